//! One chart of the story in its static frame (title, text alternative, source line, data table,
//! CSV file): the night clock and the timeline are plain markup; bars, columns and gauges are
//! islands (`crate::sections::story_chart::ChartMarks`) inside the frame.

use yew::prelude::*;

use super::island_slot::IslandSlot;
use super::night_clock::NightClock;
use super::prose::{datetime, frame_labels, write_per_zone};
use super::ChartFrame;
use crate::charts::csv::to_csv;
use crate::charts::Datum;
use crate::content::chart_copy::{chart_copy, ChartId};
use crate::content::page::root_href;
use crate::content::story::render_in;
use crate::content::time::{TimeZoneChoice, TIMELINE};
use crate::content::Lang;
use crate::context::use_prefs;
use crate::islands::Island;
use crate::sections::chart_data::{chart_data, chart_kind, source_line, ChartKind};
use crate::widgets::markup::markup;

#[derive(Properties, PartialEq)]
pub struct StoryChartProps {
    pub chart: ChartId,
    /// The page's lead graphic (in the header, titled at the `h2` level).
    #[prop_or_default]
    pub lead: bool,
}

/// Where a chart's CSV is written, relative to the page's root folder.
pub fn csv_path(chart: ChartId, lang: Lang) -> String {
    format!("data/{}/{}.csv", lang.param(), chart.element_id())
}

/// Every story chart's CSV in `lang`: `(path under the site's root, file)`.
pub fn csv_files(lang: Lang) -> Vec<(String, String)> {
    let columns = frame_labels(lang).columns;
    ChartId::ALL
        .iter()
        .map(|&chart| {
            let data = chart_data(chart, lang, TimeZoneChoice::Beijing);
            (csv_path(chart, lang), to_csv(&columns, &data))
        })
        .collect()
}

#[function_component(StoryChart)]
pub fn story_chart(props: &StoryChartProps) -> Html {
    let lang = use_prefs().lang;
    let chart = props.chart;
    let data = chart_data(chart, lang, TimeZoneChoice::Beijing);
    let text = chart_copy(chart);
    let body = match chart_kind(chart) {
        ChartKind::Timeline => timeline(lang),
        ChartKind::Clock => html! { <NightClock /> },
        _ => html! { <IslandSlot island={Island::Chart(chart)} class="chart-body" /> },
    };
    html! {
        <ChartFrame
            id={chart.element_id()}
            title={markup(|m| write_per_zone(m, |tz| render_in(&text.title, lang, tz)))}
            description={markup(|m| write_per_zone(m, |tz| render_in(&text.description, lang, tz)))}
            source_line={markup(|m| write_per_zone(m, |tz| source_line(chart, lang, tz)))}
            {data}
            csv_href={root_href(lang, &csv_path(chart, lang))}
            labels={frame_labels(lang)}
            heading={if props.lead { "h2" } else { "h3" }}
        >
            { body }
        </ChartFrame>
    }
}

/// The events in order, each in both clocks; the night clock's switch (`night_clock::tz_switch`)
/// picks which shows, without the Wasm module: `assets/prefs.js` sets `<html data-tz>`.
fn timeline(lang: Lang) -> Html {
    let in_zone = |tz| chart_data(ChartId::Timeline, lang, tz);
    let (beijing, eastern) = (
        in_zone(TimeZoneChoice::Beijing),
        in_zone(TimeZoneChoice::UsEastern),
    );
    let per_zone = |pick: fn(&Datum) -> &str, i: usize| {
        markup(|m| {
            write_per_zone(m, |tz| match tz {
                TimeZoneChoice::Beijing => pick(&beijing[i]).to_string(),
                TimeZoneChoice::UsEastern => pick(&eastern[i]).to_string(),
            })
        })
    };
    html! {
        <div class="timeline-wrap">
            <ol class="timeline" data-testid="timeline">
                { for TIMELINE.iter().enumerate().map(|(i, event)| html! {
                    <li class={classes!("timeline-event", event.at.is_exact().then_some("is-exact"))}>
                        <time class="timeline-when" datetime={datetime(&event.at)}>
                            { per_zone(|d| d.display.as_str(), i) }
                        </time>
                        <span class="timeline-what">{ per_zone(|d| d.label.as_str(), i) }</span>
                        if beijing[i].note.is_some() {
                            <span class="timeline-figures figure-number">
                                { per_zone(|d| d.note.as_deref().unwrap_or_default(), i) }
                            </span>
                        }
                        <span class="timeline-source">{ &beijing[i].source }</span>
                    </li>
                }) }
            </ol>
        </div>
    }
}
