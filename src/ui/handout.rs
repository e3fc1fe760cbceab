//! The printed summary of the current view: every step's words, the questions to ask, what
//! matters to the patient, the facts checked, the risks, the references and the clinic's contact. Hidden on screen; print CSS shows it with
//! the current (still) picture.

use yew::prelude::*;

use crate::story::Clinic;
use crate::story::{Content, View};
use crate::ui::check::{printed_answers, Answers};
use crate::ui::diagram::print_pictures;
use crate::ui::questions::{printed, Ticked};
use crate::ui::{reference_item, Cta, RiskPanels};

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub content: &'static Content,
    pub view: &'static View,
    pub clinic: Clinic,
    /// The questions the patient ticked (every view's handout carries the checklists, these
    /// first).
    #[prop_or_default]
    pub ticked: Ticked,
    /// The statements the patient rated and the facts they checked (after the ticked questions).
    #[prop_or_default]
    pub answers: Answers,
}

#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let (content, view) = (props.content, props.view);
    let mut keys: Vec<&str> = view
        .steps
        .iter()
        .flat_map(|s| s.cites.iter().map(|c| c.as_ref()))
        .collect();
    crate::story::sort_few(&mut keys);
    keys.dedup();
    // A one-form clinic's visit step (`visit-iv`, `visit-esketamine`) names the dose its printed
    // visit picture shows (later.css); with both forms, the picture names both.
    let dose = view
        .steps
        .iter()
        .find_map(|s| s.id.strip_prefix("visit-").map(str::to_owned));
    // The view's brief opens the handout as a boxed summary; the other steps follow, numbered
    // as on screen.
    let brief = view.steps.first().filter(|s| s.id.starts_with("brief"));
    let rest = &view.steps[usize::from(brief.is_some())..];
    html! {
        <div class="ke-print" aria-hidden="true" data-dose={dose}>
            <h2>{ &*content.ui.widget_title }{ " — " }{ &*view.tab }</h2>
            if let Some(b) = brief {
                <div class="ke-print-brief">
                    <strong>{ &*b.title }</strong>
                    <p>{ &*b.text }if !b.note.is_empty() { { " " }<em>{ &*b.note }</em> }</p>
                </div>
            }
            <ol class="ke-print-steps" start={(view.steps.len() - rest.len() + 1).to_string()}>
                { for rest.iter().map(|s| html! {
                    <li><strong>{ &*s.title }</strong>{ " " }{ &*s.text }
                        if !s.note.is_empty() { { " " }<em>{ &*s.note }</em> }</li>
                }) }
            </ol>
            { print_pictures(content, view.scene) }
            { printed(content, &props.ticked) }
            // What matters to the patient, then the facts they checked.
            { for [true, false].map(|rated| printed_answers(content, &props.answers, rated)) }
            <RiskPanels {content} {view} prefix="ke-print" printed=true />
            <Cta {content} clinic={props.clinic.clone()} on_contact={Callback::noop()} printed=true />
            // The English sources come with lang-en.txt (Print summary waits for it; the
            // page's own print may not have it).
            if !content.references.is_empty() {
                <h3>{ &*content.ui.references }</h3>
                <p>{ &*content.ui.sources_checked }</p>
                <ol class="ke-print-refs">{ for keys.iter().filter_map(|k| content.reference(k)).map(reference_item) }</ol>
            }
            <p>{ &*content.ui.disclaimer }</p>
        </div>
    }
}
