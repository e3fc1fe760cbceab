//! A clinic's theme, checked: `--ke-accent` and `--ke-text` (set on the element, or `data-accent`)
//! are used only when they keep 4.5:1 contrast (WCAG AA for body text) where the widget puts them:
//! the accent as text on the surface and under white button words, the text on the surface.
//! A colour that fails is replaced by the default, with one console warning naming it.
//! The arithmetic is pure (tested natively); `apply` asks the browser what the colours are.

/// The defaults a failing colour falls back to.
pub const ACCENT: &str = "#0072b2";
pub const TEXT: &str = "#1f2933";
const WHITE: [u8; 3] = [255, 255, 255];

/// `rgb(r, g, b)` as the browser computes an opaque colour. Not one with an alpha below 1
/// (`rgba(r, g, b, a)`: browsers write an opaque one without it), which the widget's words
/// would show through: `transparent` is `rgba(0, 0, 0, 0)`.
pub fn parse_rgb(computed: &str) -> Option<[u8; 3]> {
    let inner = computed.trim().strip_prefix("rgb")?.trim_start_matches('a');
    let inner = inner.strip_prefix('(')?.strip_suffix(')')?;
    let mut parts = inner.split([',', ' ', '/']).filter(|p| !p.is_empty());
    // Whole numbers only (a fraction is cut off): parsing floats would bring the standard
    // library's float parser into the wasm (README: size notes).
    let mut next = || {
        let whole = parts.next()?.split('.').next()?;
        whole.parse::<u16>().ok().map(|v| v.min(255) as u8)
    };
    let rgb = [next()?, next()?, next()?];
    parts.next().is_none().then_some(rgb)
}

/// WCAG relative luminance of an sRGB colour.
fn luminance(c: [u8; 3]) -> f32 {
    let lin = |v: u8| {
        let s = v as f32 / 255.0;
        if s <= 0.040_45 {
            s / 12.92
        } else {
            pow_2_4((s + 0.055) / 1.055)
        }
    };
    0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
}

/// `x^2.4` for `x` in 0..=1 from square roots alone (a single wasm instruction each): `powf`
/// would bring libm into the wasm (README: size notes). 2.4 = 2 + 0.4, and 0.4 ≈
/// 0.0110011001100 in binary, so `x^0.4` is the product of `x^(2^-k)` for those bits (exponent off by 1e-4: ratios differ in
/// the fourth digit).
fn pow_2_4(x: f32) -> f32 {
    let mut root = x; // x^(2^-k) for k = 0, 1, 2, …
    let mut product = 1.0;
    for k in 1..=11 {
        root = root.sqrt();
        if matches!(k, 2 | 3 | 6 | 7 | 10 | 11) {
            product *= root;
        }
    }
    x * x * product
}

/// WCAG contrast ratio, 1 to 21.
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f32 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The lowest contrast an accent gets in the widget: as words on the surface, and as the
/// background of white button words.
pub fn accent_contrast(accent: [u8; 3], surface: [u8; 3]) -> f32 {
    contrast(accent, surface).min(contrast(accent, WHITE))
}

#[cfg(target_arch = "wasm32")]
pub use browser::apply;

#[cfg(target_arch = "wasm32")]
mod browser {
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{Element, HtmlElement};

    use super::{accent_contrast, contrast, parse_rgb, ACCENT, TEXT};

    /// The opaque colour `value` (any CSS colour, or a `var()`) resolves to inside `container`,
    /// as the browser writes it (`rgb(…)`) and as numbers. Resolved as a background under a
    /// transparent text colour, so `currentcolor` and the CSS-wide keywords (`inherit`,
    /// `initial`, …) come out transparent: none (see parse_rgb).
    fn resolve(container: &Element, value: &str) -> Option<(String, [u8; 3])> {
        let doc = container.owner_document()?;
        let probe: HtmlElement = doc.create_element("span").ok()?.unchecked_into();
        probe.style().set_property("color", "#0000").ok()?;
        probe.style().set_property("background-color", value).ok()?;
        container.append_child(&probe).ok()?;
        let rgb = gloo::utils::window()
            .get_computed_style(&probe)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("background-color").ok());
        probe.remove();
        let rgb = rgb?;
        let numbers = parse_rgb(&rgb)?;
        Some((rgb, numbers))
    }

    /// Keeps theme colour `name` (read as `var(name, default)`) if its contrast with `surface`
    /// (by `ratio`) is at least 4.5:1, set as the rgb() it resolved to, so that no button
    /// resolves it anew (`currentcolor` under white words would be white). Otherwise (also when
    /// it is transparent, or written other than as rgb()) warns once and sets `default`.
    fn guard(
        style: &web_sys::CssStyleDeclaration,
        (container, surface): (&Element, [u8; 3]),
        (name, default): (&str, &str),
        ratio: fn([u8; 3], [u8; 3]) -> f32,
    ) -> Result<(), JsValue> {
        let colour = resolve(container, &format!("var({name}, {default})"));
        let contrast = colour.as_ref().map_or(0.0, |(_, rgb)| ratio(*rgb, surface));
        match colour {
            Some((rgb, _)) if contrast >= 4.5 => style.set_property(name, &rgb),
            _ => {
                // Tenths as integers: float printing would add its code to the wasm.
                let tenths = (contrast * 10.0).round() as u32;
                web_sys::console::warn_1(
                    &format!(
                        "ketamine-explainer: {name} is transparent or has too little contrast ({}.{}:1, needs 4.5:1); using the default {default}",
                        tenths / 10,
                        tenths % 10
                    )
                    .into(),
                );
                style.set_property(name, default)
            }
        }
    }

    /// Checks the theme the host page gives `container` and replaces a colour that fails.
    pub fn apply(container: &HtmlElement) -> Result<(), JsValue> {
        let surface =
            resolve(container, "var(--ke-surface, #fff)").map_or([255; 3], |(_, rgb)| rgb);
        let style = container.style();
        let at = (container.as_ref(), surface);
        guard(&style, at, ("--ke-accent", ACCENT), accent_contrast)?;
        guard(&style, at, ("--ke-text", TEXT), contrast)
    }
}
