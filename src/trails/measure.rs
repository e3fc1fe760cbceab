//! What the field shows, in numbers: how much ground is trail, where the deepest grooves are,
//! and which places are joined by a path (for the screen-reader description).

use super::{Field, Place, Sim, H, W};

/// How deep a path between two places looks in the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Depth {
    /// Drawn in light blue-grey: a path starting to form, or an old one fading.
    Faint,
    /// Drawn in dark slate.
    Deep,
}

/// Mean shown depth along a path from which it is called deep (drawn at least three quarters
/// of the way to the deepest slate), and from which it is called a path at all.
pub const DEEP_PATH: f32 = 0.65;
pub const FAINT_PATH: f32 = 0.2;

impl Sim {
    /// Cells at least `frac` of the deepest cell's depth: a measure of total trail length
    /// (for the tests and the dump example, not the widget).
    #[cfg(feature = "test-hooks")]
    pub fn trail_cells(&self, frac: f32) -> usize {
        let cut = self.params.g0 + (self.field.max_g() - self.params.g0) * frac;
        self.field
            .g
            .iter()
            .filter(|g| **g >= cut && **g > self.params.g0 + 0.02)
            .count()
    }

    /// The `k` deepest cells, deepest first (for the tests, not the widget).
    #[cfg(feature = "test-hooks")]
    pub fn deepest(&self, k: usize) -> Vec<usize> {
        let mut cells: Vec<usize> = (0..self.field.g.len()).collect();
        cells.sort_by(|a, b| self.field.g[*b].total_cmp(&self.field.g[*a]));
        cells.truncate(k);
        cells
    }

    /// The depth the picture shows at cell (x, y), 0 (fresh snow) to 1 (deepest): the deepest
    /// cell of its 3 × 3 neighbourhood, so a one-cell trail is drawn three cells wide and stays
    /// dark when the grid is scaled up smoothly. The painter colours this; the words describe it.
    pub fn shade(&self, x: usize, y: usize) -> f32 {
        let span = (self.params.g_max - self.params.g0).max(1e-6);
        let mut g = f32::MIN;
        for cy in y.saturating_sub(1)..=(y + 1).min(H - 1) {
            for cx in x.saturating_sub(1)..=(x + 1).min(W - 1) {
                g = g.max(self.field.g[cy * W + cx]);
            }
        }
        (g - self.params.g0) / span
    }

    /// Pairs of places joined by a path (indices into `places`), with how deep it looks.
    pub fn paths(&self) -> Vec<(usize, usize, Depth)> {
        let mut out = Vec::new();
        for i in 0..self.places.len() {
            for j in i + 1..self.places.len() {
                let d = self.path_depth(&self.places[i], &self.places[j]);
                if d >= DEEP_PATH {
                    out.push((i, j, Depth::Deep));
                } else if d >= FAINT_PATH {
                    out.push((i, j, Depth::Faint));
                }
            }
        }
        out
    }

    /// Mean shown depth along the line from `a` to `b`, taking the deepest within 2 cells of
    /// each point (trails bend a little).
    pub fn path_depth(&self, a: &Place, b: &Place) -> f32 {
        const SAMPLES: usize = 20;
        let mut sum = 0.0;
        for s in 1..SAMPLES {
            let t = s as f32 / SAMPLES as f32;
            let (x, y) = (a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
            let mut best = f32::MIN;
            for dy in -2..=2 {
                for dx in -2..=2 {
                    let at = Field::index(x + dx as f32, y + dy as f32);
                    best = best.max(self.shade(at % W, at / W));
                }
            }
            sum += best;
        }
        sum / (SAMPLES - 1) as f32
    }
}

/// Centre of mass of a set of cells, in cell coordinates (for the tests, not the widget).
#[cfg(feature = "test-hooks")]
pub fn centroid(cells: &[usize]) -> (f32, f32) {
    let n = cells.len().max(1) as f32;
    let (sx, sy) = cells.iter().fold((0.0, 0.0), |(sx, sy), c| {
        (sx + (c % W) as f32, sy + (c / W) as f32)
    });
    (sx / n, sy / n)
}
