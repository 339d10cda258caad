use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    html! { <main><h1>{"崩盘之夜"}</h1></main> }
}
