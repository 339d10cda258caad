//! Islands: the parts of the page a reader can touch, each a yew component on its own root.
//!
//! The page itself is static HTML written at build time (`crate::page`, native only). Where it
//! holds an interactive part it writes an element with `data-island` (what to mount) and
//! `data-props` (its props, as a URL query: the same parser that already takes hostile input),
//! and inside it the island's own server render. In the browser [`hydrate`] wakes each island
//! on its own root when the reader nears it (the pattern of The Guardian's `<gu-island>` and
//! Astro's `client:visible`), so a slider never re-renders the story and the story's text never
//! enters the Wasm module.

#[cfg(target_arch = "wasm32")]
mod hydrate;
#[cfg(target_arch = "wasm32")]
pub use hydrate::hydrate;

use yew::prelude::*;

use crate::content::chart_copy::ChartId;
use crate::content::time::TimeZoneChoice;
use crate::content::{Lang, SectionId};
use crate::context::{Prefs, PrefsProvider};
use crate::state::query::{QueryMap, QueryWriter};

/// What an island mounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// "Embed this", in the masthead.
    EmbedThis,
    /// A lab, inside its section: the page writes the section's headline and introduction
    /// before it and the lab's fixed notes after it.
    Lab(SectionId),
    /// The marks of a chart that answers hover, tap and focus (its frame is static).
    Chart(ChartId),
}

impl Island {
    /// The value of `data-island`, which also names it in tests and the audit.
    pub fn name(self) -> String {
        match self {
            Island::EmbedThis => "embed-this".into(),
            Island::Lab(id) => id.slug().into(),
            Island::Chart(id) => id.element_id(),
        }
    }
}

/// An island's props, written beside it in the page.
#[derive(Properties, Clone, Copy, Debug, PartialEq)]
pub struct IslandProps {
    pub island: Island,
    /// The page's language; a module built without it uses the one it carries.
    pub lang: Lang,
}

impl IslandProps {
    /// `data-props`: `?island=leverage&lang=zh`, `?island=chart&chart=moves&lang=en`.
    pub fn to_query(self) -> String {
        let mut query = QueryWriter::default();
        match self.island {
            Island::EmbedThis => query.push("island", "embed-this"),
            Island::Lab(id) => query.push("island", id.slug()),
            Island::Chart(id) => query.push("island", "chart").push("chart", id.slug()),
        };
        query.push("lang", self.lang.param());
        query.finish()
    }

    /// Reads `data-props`; anything it does not recognise is `None` (the island stays static).
    pub fn parse(props: &str) -> Option<IslandProps> {
        let query = QueryMap::parse(props);
        let island = match query.get("island")? {
            "embed-this" => Island::EmbedThis,
            "chart" => Island::Chart(ChartId::parse(query.get("chart")?)?),
            slug => Some(SectionId::parse(slug)?)
                .filter(|id| crate::sections::is_lab(*id))
                .map(Island::Lab)?,
        };
        let lang = query
            .get("lang")
            .and_then(Lang::parse)
            .filter(|lang| lang.is_built())
            .unwrap_or(Lang::BUILT[0]);
        Some(IslandProps { island, lang })
    }
}

/// Every island of a page, in page order.
pub fn all() -> impl Iterator<Item = Island> {
    let labs = SectionId::ALL
        .into_iter()
        .filter(|id| crate::sections::is_lab(*id))
        .map(Island::Lab);
    let charts = ChartId::ALL
        .into_iter()
        .filter(|id| crate::sections::story_chart::is_interactive(*id))
        .map(Island::Chart);
    std::iter::once(Island::EmbedThis).chain(labs).chain(charts)
}

/// Mounts an island with the reader's preferences. The first render is the one the page was
/// built with (no query), so hydration matches; the address bar's query is applied after
/// mounting, which restores a lab's shared state.
#[function_component(IslandRoot)]
pub fn island_root(props: &IslandProps) -> Html {
    let query = use_state_eq(AttrValue::default);
    let tz = use_state_eq(TimeZoneChoice::default);
    {
        let (query, tz) = (query.clone(), tz.clone());
        use_effect_with((), move |_| {
            query.set(crate::browser::current_query().into());
            let following = crate::browser::follow_time_zone(move |zone| tz.set(zone));
            move || drop(following)
        });
    }
    let prefs = Prefs {
        lang: props.lang,
        tz: *tz,
        ..Prefs::from_query(&QueryMap::parse(&query), props.lang)
    };
    let query = (*query).clone();
    let view = match props.island {
        Island::EmbedThis => html! { <crate::embed::EmbedButton section={prefs.section} /> },
        Island::Lab(id) => crate::sections::lab_view(id, query),
        Island::Chart(chart) => html! { <crate::sections::story_chart::ChartMarks {chart} /> },
    };
    html! { <PrefsProvider context={prefs}>{ view }</PrefsProvider> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn props_round_trip_for_every_island() {
        for island in all() {
            for &lang in Lang::BUILT {
                let props = IslandProps { island, lang };
                assert_eq!(IslandProps::parse(&props.to_query()), Some(props));
            }
        }
        assert_eq!(all().filter(|i| matches!(i, Island::Lab(_))).count(), 4);
    }

    #[test]
    fn hostile_props_leave_the_island_static() {
        for props in [
            "",
            "island=",
            "island=crypto",
            "island=chart",
            "island=chart&chart=<script>",
            "island=../../etc&lang=en",
            "island=%00",
        ] {
            assert_eq!(IslandProps::parse(props), None, "{props}");
        }
        let odd_lang = IslandProps::parse("island=embed-this&lang=xx").unwrap();
        assert_eq!(odd_lang.lang, Lang::BUILT[0]);
    }
}
