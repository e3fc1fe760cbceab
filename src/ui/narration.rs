//! The words beside the picture: step title, narration (announced politely), evidence badge and
//! the optional note; and, after the controls, "More detail" and the step's sources.

use yew::prelude::*;

use crate::story::sentences::Sentences;
use crate::story::{Content, Detail, Evidence, Step};
use crate::ui::controls::step_label;
use crate::ui::glossed::Glossed;
use crate::ui::reference_item;

#[derive(Properties, PartialEq)]
pub struct NarrationProps {
    pub content: &'static Content,
    pub step: &'static Step,
    pub index: usize,
    pub total: usize,
    /// The sentence being read aloud, if any.
    #[prop_or_default]
    pub reading: Option<usize>,
    /// The narration's sentences (split once by App).
    pub sentences: Sentences,
}

#[component]
pub fn Narration(props: &NarrationProps) -> Html {
    let (content, step) = (props.content, props.step);
    let ui = &content.ui;
    let (badge, badge_class) = match step.evidence {
        Evidence::HumanTrial => (&ui.evidence_human_trial, "human"),
        Evidence::HumanObservational => (&ui.evidence_human_observational, "human"),
        Evidence::Animal => (&ui.evidence_animal, "animal"),
        Evidence::Hypothesis => (&ui.evidence_hypothesis, "hypothesis"),
        Evidence::Analogy => (&ui.evidence_analogy, "hypothesis"),
        Evidence::Early => (&ui.evidence_early, "hypothesis"),
        Evidence::Guide => (&ui.evidence_guide, "guide"),
    };
    html! {
        <div class="ke-narration" part="narration">
            // One announcement per step, in reading order: the whole region is read when any
            // part of it changes (a glossary definition is its own live region, read alone).
            <div aria-live="polite" aria-atomic="true" class="ke-live">
                // Count, evidence and timing share one line above the title: one line less
                // between the picture and Next.
                <p class="ke-meta">
                    <span class="ke-count">{ step_label(ui.step_of.as_ref(), props.index + 1, props.total) }</span>
                    <span class={classes!("ke-badge", badge_class)}><span class="ke-sr">{ &*ui.evidence }{ " " }</span>{ &**badge }</span>
                    if !step.when.is_empty() { <span class="ke-when">{ &*step.when }</span> }
                </p>
                <h3 class="ke-step-title" id="ke-step-title">{ &*step.title }</h3>
                <Glossed {content} text={step.text.clone()} sentences={props.sentences.clone()} reading={props.reading} key={step.title.as_ref()} />
                if !step.note.is_empty() { <p class="ke-note">{ &*step.note }</p> }
            </div>
        </div>
    }
}

/// "More detail" and "Sources" of the step, closed until asked for (a plain function, not a
/// component: it has no state, and each component costs the wasm about half a kilobyte). A
/// detail still to come (`Detail::Later`), or the sources before they have come, are asked for
/// (`on_later`) when the patient opens them.
pub fn step_more(content: &'static Content, step: &'static Step, on_later: &Callback<()>) -> Html {
    let ui = &content.ui;
    let sources = step
        .cites
        .iter()
        .filter_map(|key| content.reference(key))
        .map(reference_item);
    // A detail still to come shows an ellipsis, marked busy, until the language's file is here.
    let later = matches!(step.detail, Detail::Later);
    let detail = if later { "…" } else { step.detail.words() };
    let open = on_later.reform(|_: MouseEvent| ());
    let no_sources = content.references.is_empty();
    html! {
        <div class="ke-step-more">
            if !detail.is_empty() {
                <details class="ke-more">
                    <summary onclick={later.then_some(open.clone())}>{ &*ui.more_detail }</summary>
                    <p aria-busy={later.then_some("true")}>{ detail }</p>
                </details>
            }
            <details class="ke-sources">
                <summary onclick={no_sources.then_some(open)}>{ &*ui.sources }</summary>
                <ul aria-busy={no_sources.then_some("true")}>{ for sources }</ul>
            </details>
        </div>
    }
}
