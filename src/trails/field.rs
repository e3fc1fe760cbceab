//! The snowy field: ground comfort G (how trodden each cell is) and trail attractiveness V
//! (G smoothed, so walkers notice a trail from a few cells away).

use super::Params;

/// Grid size in cells; the canvas scales it up.
pub const W: usize = 96;
pub const H: usize = 96; // square: the same picture shape as the diagrams

#[derive(Clone, Debug)]
pub struct Field {
    /// Ground comfort G per cell, from `g0` (fresh snow) up to `g_max` (a deep path).
    pub g: Vec<f32>,
    /// Trail attractiveness V: G blurred with a kernel of width σ.
    pub v: Vec<f32>,
    /// Footprints left this step, per cell.
    pub steps: Vec<f32>,
    scratch: Vec<f32>,
}

impl Field {
    pub fn new(g0: f32) -> Self {
        Field {
            g: vec![g0; W * H],
            v: vec![g0; W * H],
            steps: vec![0.0; W * H],
            scratch: vec![0.0; W * H],
        }
    }

    pub fn index(x: f32, y: f32) -> usize {
        let cx = (x.max(0.0) as usize).min(W - 1);
        let cy = (y.max(0.0) as usize).min(H - 1);
        cy * W + cx
    }

    /// dG/dt = (G0 − G)/T + I·(1 − G/Gmax)·footprints, one time step.
    pub fn wear(&mut self, p: &Params) {
        for (g, n) in self.g.iter_mut().zip(self.steps.iter_mut()) {
            *g += (p.g0 - *g) / p.durability + p.intensity * (1.0 - *g / p.g_max) * *n;
            *n = 0.0;
        }
    }

    /// V = G smoothed: three box-blur passes each way make a near-Gaussian blur about σ wide,
    /// standing in for the model's e^(−d/σ) kernel (close enough for a picture; cheap per frame).
    pub fn smooth(&mut self, sigma: f32) {
        let r = (sigma.max(0.5) * 0.75).round().max(1.0) as usize;
        self.v.copy_from_slice(&self.g);
        for _ in 0..3 {
            box_blur(&self.v, &mut self.scratch, r, true);
            box_blur(&self.scratch, &mut self.v, r, false);
        }
    }

    /// ∇V at (x, y) by central differences, in comfort per cell.
    pub fn gradient(&self, x: f32, y: f32) -> (f32, f32) {
        let cx = (x as usize).clamp(1, W - 2);
        let cy = (y as usize).clamp(1, H - 2);
        let at = |x: usize, y: usize| self.v[y * W + x];
        (
            (at(cx + 1, cy) - at(cx - 1, cy)) * 0.5,
            (at(cx, cy + 1) - at(cx, cy - 1)) * 0.5,
        )
    }

    /// Fresh snow: every groove keeps only `keep` of its depth above fresh snow.
    pub fn snowfall(&mut self, g0: f32, keep: f32) {
        for g in &mut self.g {
            *g = g0 + (*g - g0) * keep;
        }
        self.v.copy_from_slice(&self.g);
    }

    pub fn max_g(&self) -> f32 {
        self.g.iter().copied().fold(f32::MIN, f32::max)
    }
}

/// One box-blur pass of radius `r` along rows (`horizontal`) or columns: a running sum, so
/// the cost does not grow with `r`. Edges repeat the border cell.
fn box_blur(src: &[f32], dst: &mut [f32], r: usize, horizontal: bool) {
    let (lines, len, stride, step) = if horizontal {
        (H, W, 1, W)
    } else {
        (W, H, W, 1)
    };
    let norm = 1.0 / (2 * r + 1) as f32;
    let r = r as isize;
    for line in 0..lines {
        let base = line * step;
        let at = |i: isize| src[base + (i.clamp(0, len as isize - 1) as usize) * stride];
        let mut sum: f32 = (-r..=r).map(at).sum();
        for i in 0..len as isize {
            dst[base + i as usize * stride] = sum * norm;
            sum += at(i + r + 1) - at(i - r);
        }
    }
}
