//! What the lab render tests share: a lab rendered on the server as the shell would render it,
//! and the text of an element the markup marks with `data-testid`.

use crash_night::content::Lang;
use crash_night::context::{Prefs, PrefsProvider};
use crash_night::sections::leverage_lab::LabProps;
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
        <PrefsProvider initial={prefs}>
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
    let marker = format!("data-testid=\"{id}\"");
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let open_end = start + html[start..].find('>').expect("tag end") + 1;
    let close = open_end + html[open_end..].find("</").expect("closing tag");
    html[open_end..close].trim().to_owned()
}
