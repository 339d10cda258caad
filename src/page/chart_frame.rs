//! The figure around every chart, static: title and text description, the chart, the source
//! line, a "show the data" table and a CSV file of exactly the plotted records.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::csv::Columns;
use crate::charts::{ChartLabelling, Datum};

/// The frame's own words, supplied in the reader's language so the chart layer stays neutral.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameLabels {
    pub show_data: AttrValue,
    pub download_csv: AttrValue,
    /// Headers of the table and the CSV.
    pub columns: Columns,
}

#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    /// Unique on the page; prefixes the element ids and names the CSV (`<id>.csv`).
    pub id: AttrValue,
    pub title: Html,
    /// The text alternative: shown under the chart and named by the chart's `aria-describedby`.
    pub description: Html,
    /// E.g. "Source: CoinGlass, Farside Investors".
    pub source_line: Html,
    /// The records the chart plots, for the table.
    pub data: Rc<[Datum]>,
    /// The CSV of exactly those records, written beside the page at build time.
    pub csv_href: AttrValue,
    pub labels: FrameLabels,
    /// The title's heading element: `h3` inside a section, `h2` for the lead graphic, which
    /// sits under the page's `h1`.
    #[prop_or(AttrValue::Static("h3"))]
    pub heading: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

/// The frame is static: the table opens with a native `<details>` (keyboard and screen reader
/// support without script) and the CSV is a file, so only the marks inside are an island.
#[function_component]
pub fn ChartFrame(props: &ChartFrameProps) -> Html {
    let id = &props.id;
    let labelling = ChartLabelling::for_frame(id);
    let labels = &props.labels;
    html! {
        <figure class="chart-frame" id={id.clone()}
            aria-labelledby={labelling.title_id.clone()} aria-describedby={labelling.desc_id.clone()}>
            <figcaption class="chart-frame-caption">
                <@{props.heading.to_string()} class="chart-frame-title" id={labelling.title_id.clone()}>{props.title.clone()}</@>
            </figcaption>
            {props.children.clone()}
            // Under the chart, as a desk runs its chatter: the title and the chart come first.
            <p class="chart-frame-desc" id={labelling.desc_id.clone()}>{props.description.clone()}</p>
            <p class="chart-frame-source">{props.source_line.clone()}</p>
            <details class="chart-frame-data" id={format!("{id}-data")}>
                <summary class="chart-frame-toggle">{&labels.show_data}</summary>
                <a class="chart-frame-download" href={props.csv_href.clone()} download={format!("{id}.csv")}>
                    {&labels.download_csv}
                </a>
                {data_table(&props.data, &labels.columns, &labelling.title_id)}
            </details>
        </figure>
    }
}

/// One row per record: label, value as displayed, source, and group/note columns when any
/// record has one.
fn data_table(data: &[Datum], columns: &Columns, title_id: &AttrValue) -> Html {
    let has_group = data.iter().any(|d| d.group.is_some());
    let has_note = data.iter().any(|d| d.note.is_some());
    let rows = data.iter().map(|d| {
        html! {
            <tr>
                <th scope="row">{&d.label}</th>
                if has_group { <td>{d.group.clone().unwrap_or_default()}</td> }
                <td class="chart-table-value">{&d.display}</td>
                <td>{&d.source}</td>
                if has_note { <td>{d.note.clone().unwrap_or_default()}</td> }
            </tr>
        }
    });
    html! {
        <table class="chart-table" aria-labelledby={title_id.clone()}>
            <thead>
                <tr>
                    <th scope="col">{&columns.label}</th>
                    if has_group { <th scope="col">{&columns.group}</th> }
                    <th scope="col">{&columns.display}</th>
                    <th scope="col">{&columns.source}</th>
                    if has_note { <th scope="col">{&columns.note}</th> }
                </tr>
            </thead>
            <tbody>{for rows}</tbody>
        </table>
    }
}
