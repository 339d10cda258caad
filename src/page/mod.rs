//! The static page, written at build time (native only, feature `prerender`): the story's
//! prose, key figures, static charts, sources and fact desk as plain HTML, with the islands'
//! server renders in their places. None of this is compiled into the Wasm module.

pub mod chart_frame;
mod island_slot;
mod lab_section;
pub mod markup;
mod night_clock;
pub mod prose;
mod shell;
mod sources_list;
pub mod story_chart;
mod story_section;

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

pub use chart_frame::{ChartFrame, FrameLabels};
use island_slot::IslandMarkup;
pub use shell::Page;
pub use story_section::plan;

use crate::content::Lang;
use crate::context::{Prefs, PrefsProvider};
use crate::islands::{IslandProps, IslandRoot};

#[derive(Properties, PartialEq)]
struct StaticRootProps {
    lang: Lang,
    islands: IslandMarkup,
}

#[function_component(StaticRoot)]
fn static_root(props: &StaticRootProps) -> Html {
    let prefs = Prefs {
        lang: props.lang,
        ..Prefs::default()
    };
    html! {
        <PrefsProvider context={prefs}>
            <ContextProvider<IslandMarkup> context={props.islands.clone()}>
                <Page />
            </ContextProvider<IslandMarkup>>
        </PrefsProvider>
    }
}

/// One island's server render, hydratable on its own root.
pub async fn render_island(props: IslandProps) -> String {
    yew::ServerRenderer::<IslandRoot>::with_props(move || props)
        .render()
        .await
}

/// The page's `<body>` in `lang`: static markup with every island rendered in its place.
pub async fn render_body(lang: Lang) -> String {
    let mut islands = HashMap::new();
    for island in crate::islands::all() {
        let html = render_island(IslandProps { island, lang }).await;
        islands.insert(island.name(), html);
    }
    yew::ServerRenderer::<StaticRoot>::with_props(move || StaticRootProps {
        lang,
        islands: IslandMarkup(Rc::new(islands)),
    })
    .hydratable(false)
    .render()
    .await
}
