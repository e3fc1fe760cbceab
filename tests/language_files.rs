//! A translation's file (`story::pack`), fetched by pages in that language: it unpacks to the
//! same content, and whatever a server sends instead never makes the widget panic.
#![cfg(not(target_arch = "wasm32"))]

use ketamine_explainer::story::{ES, LANGUAGES};

#[test]
fn a_language_file_unpacks_to_the_same_content() {
    use ketamine_explainer::story::pack::{pack, unpack};
    for content in LANGUAGES {
        let back = unpack(&pack(content)).expect("unpacks");
        assert_eq!(
            format!("{back:#?}"),
            format!("{content:#?}"),
            "{}",
            content.lang
        );
    }
    let packed = pack(&ES);
    assert!(
        unpack(&packed[..packed.len() / 2]).is_none(),
        "a cut file is refused"
    );
    assert!(
        unpack(&format!("{packed}extra")).is_none(),
        "trailing text is refused"
    );
    assert!(unpack("").is_none());
}

proptest::proptest! {
    /// Whatever a server sends instead of the language file, unpacking never panics.
    #[test]
    fn unpacking_garbage_never_panics(text in ".{0,400}", cut in 0usize..40_000) {
        use ketamine_explainer::story::pack::{pack, unpack, SEP};
        let _ = unpack(&text);
        let _ = unpack(&text.replace(' ', &SEP.to_string()));
        let packed = pack(&ES);
        let cut = packed.char_indices().map(|(i, _)| i).find(|&i| i >= cut).unwrap_or(packed.len());
        let _ = unpack(&format!("{}{text}", &packed[..cut]));
    }
}
