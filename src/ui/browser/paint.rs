//! Draws the field on a canvas: the grid as one small image scaled up smoothly (two calls per
//! frame, not one per cell), then every walker as a ringed dot in a single path (one fill, one
//! stroke).

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
        for (i, px) in self.rgba.chunks_exact_mut(4).enumerate() {
            px[..3].copy_from_slice(&colour(sim.shade(i % W, i / W)));
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
            // 5 of the canvas's 480 px: a dot about 7 px across on a 375 px phone.
            self.ctx.move_to(x + 5.0, y);
            let _ = self.ctx.arc(x, y, 5.0, 0.0, std::f64::consts::TAU);
        }
        self.ctx.fill();
        // A white ring keeps a walker visible on the dark slate of a deep path.
        self.ctx.set_stroke_style_str("#fff");
        self.ctx.set_line_width(1.5);
        self.ctx.stroke();
    }
}
