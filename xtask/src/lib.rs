//! What the build tools share: finding the build's widget files, and the integrity hash a
//! clinic's script tag pins embed.js with.
use std::path::Path;

use base64::Engine;
use sha2::{Digest, Sha384};

/// The build's hashed widget files in `dir`: the JS glue and the wasm (Trunk names them
/// `ketamine-explainer-<hash>.js` and `…_bg.wasm`); an error unless there is exactly one each.
pub fn widget_files(dir: &Path) -> Result<(String, String), String> {
    let names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.starts_with("ketamine-explainer"))
        .collect();
    let one = |suffix: &str| match names
        .iter()
        .filter(|n| n.ends_with(suffix))
        .collect::<Vec<_>>()[..]
    {
        [name] => Ok(name.clone()),
        ref found => Err(format!(
            "{} widget {suffix} files in {} (want 1)",
            found.len(),
            dir.display()
        )),
    };
    Ok((one(".js")?, one("_bg.wasm")?))
}

/// The Subresource Integrity value of `bytes`: `sha384-` and the hash in base64.
pub fn integrity(bytes: &[u8]) -> String {
    let hash = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(hash)
    )
}

/// A file's version for its name: the first 8 bytes of its sha384, in hex (16 digits, as Trunk's
/// names have).
pub fn content_hash(bytes: &[u8]) -> String {
    Sha384::digest(bytes)[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::integrity;

    #[test]
    fn integrity_is_sha384_in_base64() {
        // The SRI specification's own example value for the text `alert('Hello, world.');`.
        assert_eq!(
            integrity(b"alert('Hello, world.');"),
            "sha384-H8BRh8j48O9oYatfu5AZzq6A9RINhZO5H16dQZngK7T62em8MUt1FLm52t+eX6xO"
        );
    }
}
