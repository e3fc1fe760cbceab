//! Whether the reader asked for less motion (the system setting `prefers-reduced-motion`).

/// True when the browser reports `prefers-reduced-motion: reduce`; false natively.
pub fn prefers_reduced() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        gloo::utils::window()
            .match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches())
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}
