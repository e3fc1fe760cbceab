//! After the last step of each view: what to ask your clinician, and the clinic's contact
//! block (or neutral words when the clinic gave none), with the clinic's own booking link when
//! the page gives one (a light-DOM child with `slot="cta"`, shown here as it is).

use yew::prelude::*;

use crate::story::Clinic;
use crate::story::Content;
use crate::ui::browser;

#[derive(Properties, PartialEq)]
pub struct CtaProps {
    pub content: &'static Content,
    pub clinic: Clinic,
    pub on_contact: Callback<&'static str>,
    /// The handout's copy: the phone number and website as plain text a reader can copy from
    /// paper, and no booking slot (a page's slotted element can show in one place only).
    #[prop_or_default]
    pub printed: bool,
}

#[component]
pub fn Cta(props: &CtaProps) -> Html {
    let (ui, c) = (&props.content.ui, &props.clinic);
    let contact = |kind: &'static str| props.on_contact.reform(move |_: MouseEvent| kind);
    // A click on the clinic's slotted element passes through its slot; yew's own handlers follow
    // the light-DOM parents instead, so the slot gets a listener of its own, dropped with it.
    let booking = use_node_ref();
    {
        let (booking, on_contact) = (booking.clone(), props.on_contact.clone());
        let guard = crate::ui::guard::use_guard();
        use_effect_with((), move |_| {
            let on_click = move || on_contact.emit("booking");
            let listener = browser::listen(&guard, &booking, "click", on_click);
            move || drop(listener)
        });
    }
    let details = if c.is_empty() {
        html! { <p>{ &*ui.cta_neutral }</p> }
    } else {
        html! {
            <div class="ke-clinic">
                if !c.name.is_empty() { <p class="ke-clinic-name">{ &c.name }</p> }
                if !c.address.is_empty() { <p>{ &c.address }</p> }
                <p class="ke-clinic-links">
                    if !c.phone_href.is_empty() {
                        <a class="ke-btn ke-primary" part="button primary" href={c.phone_href.clone()} onclick={contact("phone")}>
                            { &*ui.cta_call }{ " " }{ &c.phone }
                        </a>
                    }
                    if !c.url.is_empty() {
                        <a class="ke-btn" part="button" href={c.url.clone()} onclick={contact("website")}>{ &*ui.cta_website }</a>
                    }
                </p>
                if props.printed && !c.url.is_empty() { <p class="ke-clinic-url">{ &c.url }</p> }
                if c.telehealth { <p>{ &*ui.cta_telehealth }</p> }
            </div>
        }
    };
    let id = if props.printed {
        "ke-print-cta-title"
    } else {
        "ke-cta-title"
    };
    html! {
        <aside class="ke-cta" part="contact" aria-labelledby={id}
            id={(!props.printed).then_some("ke-cta")} tabindex={(!props.printed).then_some("-1")}>
            <h3 {id}>{ &*ui.ask_title }</h3>
            <p>{ &*ui.ask_text }</p>
            if !props.printed { <p class="ke-booking"><slot name="cta" ref={booking}></slot></p> }
            { details }
        </aside>
    }
}
