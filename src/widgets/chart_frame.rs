//! The figure around every chart: title and text description, the chart, the source line, a
//! "show the data" table and a CSV download of exactly the plotted records.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::csv::{to_csv, Columns};
use crate::charts::{ChartLabelling, Datum};

/// The frame's own words, supplied in the reader's language so the chart layer stays neutral.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameLabels {
    pub show_data: AttrValue,
    pub hide_data: AttrValue,
    pub download_csv: AttrValue,
    /// Headers of the table and the CSV.
    pub columns: Columns,
}

#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    /// Unique on the page; prefixes the element ids and names the CSV (`<id>.csv`).
    pub id: AttrValue,
    /// Text, as markup: the story adopts its chart copy from the prerendered page.
    pub title: Html,
    /// The text alternative: shown under the title and named by the chart's `aria-describedby`.
    pub description: Html,
    /// E.g. "Source: CoinGlass, Farside Investors".
    pub source_line: Html,
    /// The records the chart plots, for the table and the CSV.
    pub data: Rc<[Datum]>,
    pub labels: FrameLabels,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn ChartFrame(props: &ChartFrameProps) -> Html {
    let open = use_state_eq(|| false);
    let id = &props.id;
    let labelling = use_memo(id.clone(), |id| ChartLabelling {
        title_id: format!("{id}-title").into(),
        desc_id: format!("{id}-desc").into(),
    });
    let download = {
        let (data, columns) = (props.data.clone(), props.labels.columns.clone());
        let file_name = format!("{id}.csv");
        Callback::from(move |_: MouseEvent| {
            crate::browser::download_csv(&file_name, &to_csv(&columns, &data))
        })
    };
    let table_id = format!("{id}-data");
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let labels = &props.labels;
    html! {
        <figure class="chart-frame" id={id.clone()}
            aria-labelledby={labelling.title_id.clone()} aria-describedby={labelling.desc_id.clone()}>
            <figcaption class="chart-frame-caption">
                <h3 class="chart-frame-title" id={labelling.title_id.clone()}>{props.title.clone()}</h3>
                <p class="chart-frame-desc" id={labelling.desc_id.clone()}>{props.description.clone()}</p>
            </figcaption>
            <ContextProvider<ChartLabelling> context={(*labelling).clone()}>
                {props.children.clone()}
            </ContextProvider<ChartLabelling>>
            <p class="chart-frame-source">{props.source_line.clone()}</p>
            <div class="chart-frame-tools">
                <button type="button" class="chart-frame-toggle" aria-expanded={open.to_string()}
                    aria-controls={table_id.clone()} onclick={toggle}>
                    {if *open { &labels.hide_data } else { &labels.show_data }}
                </button>
                <button type="button" class="chart-frame-download" onclick={download}>
                    {&labels.download_csv}
                </button>
            </div>
            <div class="chart-frame-data" id={table_id} hidden={!*open}>
                {data_table(&props.data, &labels.columns, &labelling.title_id)}
            </div>
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
