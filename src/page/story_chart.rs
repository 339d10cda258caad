//! One chart of the story in its static frame (title, text alternative, source line, data table,
//! CSV file): the night clock is plain markup; bars, columns and gauges are islands
//! (`crate::sections::story_chart::ChartMarks`) inside the frame.

use yew::prelude::*;

use super::island_slot::IslandSlot;
use super::night_clock::NightClock;
use super::prose::{frame_labels, write_per_zone};
use super::ChartFrame;
use crate::charts::csv::to_csv;
use crate::content::chart_copy::{chart_copy, ChartId};
use crate::content::page::root_href;
use crate::content::story::render_in;
use crate::content::time::TimeZoneChoice;
use crate::content::Lang;
use crate::context::use_prefs;
use crate::islands::Island;
use crate::page::markup::markup;
use crate::sections::chart_data::{chart_data, chart_kind, source_line, ChartKind};

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
