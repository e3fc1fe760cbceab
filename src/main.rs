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

    /// `base`: the URL of the widget's folder (other languages' files are fetched from it);
    /// `fetch_text(url, pin)`: first-<lang>.js's once-per-page fetch, checked against the file's hash (its
    /// pin): a promise of the text or an Error; `css`: the widget's stylesheet (first-<lang>.js
    /// carries it for the first screen).
    #[wasm_bindgen]
    pub fn mount(
        host: web_sys::Element,
        attrs: js_sys::Array,
        base: String,
        fetch_text: js_sys::Function,
        css: String,
    ) -> Result<Handle, JsValue> {
        embed::mount(host, attrs, (base, fetch_text), css).map(Handle)
    }
}

/// A small free-list allocator instead of the standard dlmalloc: kilobytes less to download
/// (README: size notes), and the widget allocates little.
// SAFETY: the widget runs on the page's single thread; wasm here has no threads.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

/// Test builds only (`--features test-hooks`): `window.KetamineExplainerTest` with
/// `liveTimers()` (timers and animation loops alive across all widgets: 0 after every destroy)
/// and `memoryPages()` (the module's memory in 64 KiB pages, for the leak checks). Set by each
/// module instance as it starts, so after a panic's restart it speaks for the live instance.
#[cfg(all(target_arch = "wasm32", feature = "test-hooks"))]
fn install_test_hooks() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    let hooks = js_sys::Object::new();
    let live = Closure::<dyn Fn() -> i32>::new(ketamine_explainer::ui::browser::live_timers);
    let pages = Closure::<dyn Fn() -> u32>::new(|| {
        let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
        let buffer: js_sys::ArrayBuffer = memory.buffer().unchecked_into();
        buffer.byte_length() / 65_536
    });
    // Handed to JS for the page's life (a test page), not forgotten: JS's collector owns them.
    let _ = js_sys::Reflect::set(&hooks, &"liveTimers".into(), &live.into_js_value());
    let _ = js_sys::Reflect::set(&hooks, &"memoryPages".into(), &pages.into_js_value());
    let _ = js_sys::Reflect::set(
        &gloo::utils::window(),
        &"KetamineExplainerTest".into(),
        &hooks,
    );
}

fn main() {
    #[cfg(all(target_arch = "wasm32", feature = "test-hooks"))]
    install_test_hooks();
}
