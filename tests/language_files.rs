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

/// A step's detail whose real words are "…" is words, not a detail still to come: the widget
/// would otherwise show it as loading and fetch the language again (it was a marker in the words
/// once; now `Detail::Later` is a type's variant, which no words can be).
#[test]
fn a_detail_that_reads_like_an_ellipsis_is_still_words() {
    use ketamine_explainer::story::pack::{pack, unpack};
    use std::borrow::Cow;
    let mut content = ketamine_explainer::story::EN.clone();
    let mut views = content.views.to_vec();
    let mut steps = views[0].steps.to_vec();
    steps[0].detail = Cow::Borrowed("…").into();
    views[0].steps = steps.into();
    content.views = views.into();
    assert!(
        content.is_whole(),
        "a detail of \"…\" is taken for one to come"
    );
    let back = unpack(&pack(&content)).expect("unpacks");
    assert!(back.is_whole(), "after a language file's round trip too");
}
