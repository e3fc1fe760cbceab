//! What the field shows, in numbers: how much ground is trail, where the deepest grooves are,
//! and which places are joined by a path (for the screen-reader description).

use super::{Field, Place, Sim, W};

/// How deep a path between two places is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Depth {
    Forming,
    Deep,
}

impl Sim {
    /// Cells at least `frac` of the deepest cell's depth: a measure of total trail length.
    pub fn trail_cells(&self, frac: f32) -> usize {
        let cut = self.params.g0 + (self.field.max_g() - self.params.g0) * frac;
        self.field
            .g
            .iter()
            .filter(|g| **g >= cut && **g > self.params.g0 + 0.02)
            .count()
    }

    /// The `k` deepest cells, deepest first.
    pub fn deepest(&self, k: usize) -> Vec<usize> {
        let mut cells: Vec<usize> = (0..self.field.g.len()).collect();
        cells.sort_by(|a, b| self.field.g[*b].total_cmp(&self.field.g[*a]));
        cells.truncate(k);
        cells
    }

    /// Pairs of places joined by a path (indices into `places`), with how deep it is.
    pub fn paths(&self) -> Vec<(usize, usize, Depth)> {
        let mut out = Vec::new();
        for i in 0..self.places.len() {
            for j in i + 1..self.places.len() {
                let d = path_depth(&self.field, &self.places[i], &self.places[j]);
                if d >= 0.5 {
                    out.push((i, j, Depth::Deep));
                } else if d >= 0.2 {
                    out.push((i, j, Depth::Forming));
                }
            }
        }
        out
    }
}

/// Mean depth along the line from `a` to `b`, taking the deepest cell within 3 cells of each
/// point (trails bend a little and are a few cells wide).
fn path_depth(field: &Field, a: &Place, b: &Place) -> f32 {
    const SAMPLES: usize = 20;
    let mut sum = 0.0;
    for s in 1..SAMPLES {
        let t = s as f32 / SAMPLES as f32;
        let (x, y) = (a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
        let mut best = f32::MIN;
        for dy in -3..=3 {
            for dx in -3..=3 {
                best = best.max(field.g[Field::index(x + dx as f32, y + dy as f32)]);
            }
        }
        sum += best;
    }
    sum / (SAMPLES - 1) as f32
}

/// Centre of mass of a set of cells, in cell coordinates.
pub fn centroid(cells: &[usize]) -> (f32, f32) {
    let n = cells.len().max(1) as f32;
    let (sx, sy) = cells.iter().fold((0.0, 0.0), |(sx, sy), c| {
        (sx + (c % W) as f32, sy + (c / W) as f32)
    });
    (sx / n, sy / n)
}
