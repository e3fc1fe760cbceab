//! Entry point of the wasm build: start the widget. (Natively there is nothing to run.)

fn main() {
    #[cfg(target_arch = "wasm32")]
    ketamine_explainer::embed::start();
}
