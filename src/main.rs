//! The wasm module's JS interface: embed.js calls `mount(element, [[name, value], …])` for each
//! widget on the page and `destroy()` on the handle when the element leaves. (Exports live here
//! because a bin target keeps only its own `#[wasm_bindgen]` exports.)

#[cfg(target_arch = "wasm32")]
mod exports {
    use ketamine_explainer::embed;
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    pub struct Handle(embed::Handle);

    #[wasm_bindgen]
    impl Handle {
        pub fn destroy(&mut self) {
            self.0.destroy();
        }
    }

    /// Timers and animation loops alive across all widgets (for tests: 0 after every destroy).
    #[wasm_bindgen(js_name = liveTimers)]
    pub fn live_timers() -> i32 {
        ketamine_explainer::ui::timer::live_timers()
    }

    #[wasm_bindgen]
    pub fn mount(host: web_sys::Element, attrs: js_sys::Array) -> Result<Handle, JsValue> {
        embed::mount(host, attrs).map(Handle)
    }
}

fn main() {}
