//! Draws the field on a canvas: the grid as one small image scaled up smoothly (two calls per
//! frame, not one per cell), then every walker as a dot in a single path with one fill style.

use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};
use yew::NodeRef;

use crate::trails::{colour, Sim, H, W};

const SCALE: f64 = super::CANVAS_SCALE as f64;

/// The canvas and a small off-screen canvas of grid size, plus the pixel buffer they share.
pub struct Painter {
    ctx: CanvasRenderingContext2d,
    grid: HtmlCanvasElement,
    grid_ctx: CanvasRenderingContext2d,
    rgba: Vec<u8>,
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

impl Painter {
    /// A painter for the canvas `canvas` holds (`None` before it is in the page).
    pub fn new(canvas: &NodeRef) -> Option<Self> {
        let canvas: HtmlCanvasElement = canvas.cast()?;
        let grid: HtmlCanvasElement = gloo::utils::document()
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        grid.set_width(W as u32);
        grid.set_height(H as u32);
        let (ctx, grid_ctx) = (context(&canvas)?, context(&grid)?);
        ctx.set_image_smoothing_enabled(true);
        Some(Painter {
            ctx,
            grid,
            grid_ctx,
            rgba: vec![255; W * H * 4],
        })
    }

    pub fn draw(&mut self, sim: &Sim) {
        let span = (sim.params.g_max - sim.params.g0).max(1e-6);
        for (px, g) in self.rgba.chunks_exact_mut(4).zip(&sim.field.g) {
            px[..3].copy_from_slice(&colour((g - sim.params.g0) / span));
        }
        if let Ok(image) =
            ImageData::new_with_u8_clamped_array_and_sh(Clamped(&self.rgba), W as u32, H as u32)
        {
            let _ = self.grid_ctx.put_image_data(&image, 0.0, 0.0);
        }
        let (w, h) = (W as f64 * SCALE, H as f64 * SCALE);
        let _ = self
            .ctx
            .draw_image_with_html_canvas_element_and_dw_and_dh(&self.grid, 0.0, 0.0, w, h);
        self.ctx.set_fill_style_str("#7a2e00");
        self.ctx.begin_path();
        for walker in &sim.walkers {
            let (x, y) = (
                walker.x as f64 * SCALE + SCALE / 2.0,
                walker.y as f64 * SCALE + SCALE / 2.0,
            );
            self.ctx.move_to(x + 3.5, y);
            let _ = self.ctx.arc(x, y, 3.5, 0.0, std::f64::consts::TAU);
        }
        self.ctx.fill();
    }
}
