//! A table of figures as the labs show them: a header row of column headings, then one row per
//! entry, each led by its row heading (the entry's first cell).

use yew::prelude::*;

pub fn figure_table(
    class: Option<&'static str>,
    testid: Option<&'static str>,
    columns: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) -> Html {
    let rows = rows.into_iter().map(|row| {
        let mut cells = row.into_iter();
        let heading = cells.next().unwrap_or_default();
        html! {
            <tr>
                <th scope="row">{ heading }</th>
                { for cells.map(|cell| html! { <td>{ cell }</td> }) }
            </tr>
        }
    });
    html! {
        <table {class} data-testid={testid}>
            <thead><tr>{ for columns.iter().map(|c| html! { <th scope="col">{ c.to_string() }</th> }) }</tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
