//! What native tests share: what a piece of `html!` writes, and the numbers in a text.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct ShowProps {
    html: Html,
}

#[function_component]
fn Show(props: &ShowProps) -> Html {
    props.html.clone()
}

/// `html` as the server renderer writes it, without hydration markers.
#[cfg(not(target_arch = "wasm32"))]
pub fn render(html: Html) -> String {
    let renderer =
        yew::LocalServerRenderer::<Show>::with_props(ShowProps { html }).hydratable(false);
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime")
        .block_on(renderer.render())
}

/// Every run of digits in `chars` (with a decimal point between digits), and the index just
/// past it.
pub fn number_runs(chars: &[char]) -> Vec<(String, usize)> {
    let mut runs = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (chars[i] == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
        {
            i += 1;
        }
        runs.push((chars[start..i].iter().collect(), i));
    }
    runs
}
