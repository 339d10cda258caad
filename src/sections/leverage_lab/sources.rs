//! Where the lab's terms come from: the tier table in use and the formulas' documents.

use yew::prelude::*;

use crate::content::copy_labs as copy;
use crate::content::documents::{self as docs, Document};
use crate::content::format::{format_leverage, format_number, format_share};
use crate::content::Lang;
use crate::model::liquidation::tiers;

use super::outcome::{PublishedTable, RateOrigin};

/// The tier table in use, with the row that applies marked.
pub(super) fn tier_table(table: &PublishedTable, in_use: usize, lang: Lang) -> Html {
    let source = table.source;
    let rows = tiers(table.brackets).into_iter().map(|tier| {
        let current = tier.index == in_use;
        html! {
            <tr aria-current={current.then_some("true")}>
                <td>
                    { format!("{} – {}", format_number(tier.floor, 0), format_number(tier.cap, 0)) }
                    if current { <strong>{ copy::TIER_IN_USE.get(lang) }</strong> }
                </td>
                <td>{ format_leverage(tier.max_leverage) }</td>
                <td>{ format_share(tier.mmr, 2) }</td>
                <td>{ format_number(tier.cum, 0) }</td>
            </tr>
        }
    });
    let heads = [
        copy::TIER_HEAD_NOTIONAL,
        copy::TIER_HEAD_MAX,
        copy::TIER_HEAD_MMR,
        copy::TIER_HEAD_CUM,
    ];
    html! {
        <details class="lab-tiers">
            <summary>{ format!("{}{}{}", copy::TIERS_LABEL.get(lang), copy::COLON.get(lang), source.title.get(lang)) }</summary>
            <table class="chart-table">
                <thead><tr>{ for heads.iter().map(|head| html! { <th scope="col">{ head.get(lang) }</th> }) }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </details>
    }
}

fn link(source: &Document, lang: Lang) -> Html {
    html! { <a href={source.url}>{ source.title.get(lang) }</a> }
}

/// Where the tier table (when one is in use) and the two formulas come from.
pub(super) fn source_note(origin: RateOrigin, lang: Lang) -> Html {
    let table = match origin {
        RateOrigin::Table(table) => {
            let source = table.source;
            let note = source
                .note
                .map(|note| format!("{}{}", copy::COMMA.get(lang), note.get(lang)));
            html! {
                <>
                    { copy::TIERS_LABEL.get(lang) }{ copy::COLON.get(lang) }{ link(source, lang) }
                    { copy::COMMA.get(lang) }{ source.date_text(lang) }{ note }{ copy::FULL_STOP.get(lang) }
                </>
            }
        }
        RateOrigin::Assumed | RateOrigin::Own => Html::default(),
    };
    let separator = copy::LIST_SEPARATOR.get(lang);
    html! {
        <p class="source-note">
            { table }
            { copy::FORMULAS_LABEL.get(lang) }{ copy::COLON.get(lang) }
            { link(&docs::BINANCE_FORMULA, lang) }{ separator }
            { link(&docs::BYBIT_FORMULA, lang) }{ separator }
            { link(&docs::BINANCE_LIQUIDATION_PROTOCOL, lang) }{ copy::FULL_STOP.get(lang).trim_end() }
        </p>
    }
}
