//! A bare Yew counter: the smallest useful Yew app, for comparing sizes.
use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let n = use_state(|| 0);
    let add = {
        let n = n.clone();
        Callback::from(move |_| n.set(*n + 1))
    };
    html! { <button onclick={add}>{ *n }</button> }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
