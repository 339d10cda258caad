//! What the lab render tests share: a lab rendered on the server as the shell would render it,
//! and the text of an element the markup marks with `data-testid`.

use crash_night::content::Lang;
use crash_night::context::{Prefs, PrefsProvider};
use crash_night::sections::lab_kit::LabProps;
use yew::prelude::*;
use yew::ServerRenderer;

#[derive(Properties, PartialEq)]
pub struct HostProps {
    lang: Lang,
    query: AttrValue,
}

/// Renders lab `C` as the shell would: inside the preferences provider, given the page query.
#[function_component(Host)]
pub fn host<C: BaseComponent<Properties = LabProps>>(props: &HostProps) -> Html {
    let prefs = Prefs {
        lang: props.lang,
        ..Prefs::default()
    };
    html! {
        <PrefsProvider context={prefs}>
            <C query={props.query.clone()} />
        </PrefsProvider>
    }
}

/// The markup of lab `C` in `lang` for the page query `query`, without hydration markers.
pub fn render<C: BaseComponent<Properties = LabProps>>(lang: Lang, query: &str) -> String {
    let query = query.to_owned();
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime")
        .block_on(
            ServerRenderer::<Host<C>>::with_props(move || HostProps {
                lang,
                query: query.into(),
            })
            .hydratable(false)
            .render(),
        )
}

/// The text inside the element carrying `data-testid="{id}"`.
pub fn testid(html: &str, id: &str) -> String {
    text_after(html, &format!("data-testid=\"{id}\""))
}

/// The text of the element whose opening tag holds `marker`, up to its first child or close.
pub fn text_after(html: &str, marker: &str) -> String {
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {html}"));
    let open_end = start + html[start..].find('>').expect("tag end") + 1;
    let close = open_end + html[open_end..].find("</").expect("closing tag");
    html[open_end..close].trim().to_owned()
}

/// The text of a whole rendered fragment: tags and comments dropped, elements separated.
#[allow(dead_code)] // not every test binary that includes this module reads whole texts
pub fn text_content(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}
