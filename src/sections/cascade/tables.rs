//! The model's totals beside the reported ones, the rounds, the sensitivity tables and the
//! model's assumptions.

use super::*;

/// The model's totals beside the reported ones.
pub(super) fn comparison(run: &CascadeRun, total: f64, target_text: &str, lang: Lang) -> Html {
    let share = fill(
        copy::OUT_SHARE.get(lang),
        &[&format_share(run.total_count as f64 / total, 1)],
    );
    let rounds = fill(
        copy::OUT_ROUNDS.get(lang),
        &[&rounds_text(run.round_count(), lang)],
    );
    let rows = [
        (
            copy::OUT_COUNT,
            "cascade-count",
            count_text(run.total_count as f64, lang),
            Some((share, "cascade-share")),
            format_fact(fact(FactId::LiqTraders), lang),
        ),
        (
            copy::OUT_NOTIONAL,
            "cascade-notional",
            usd_text(run.total_notional, lang),
            None,
            format_fact(fact(FactId::LiqUsd), lang),
        ),
        (
            copy::OUT_MOVE,
            "cascade-move",
            format_change(run.final_move),
            Some((rounds, "cascade-round-count")),
            target_text.to_owned(),
        ),
    ]
    .map(|(name, testid, model, detail, reported)| {
        html! {
            <tr>
                <th scope="row">{ name.get(lang) }</th>
                <td class="output-card">
                    <span class="value" data-testid={testid}>{ model }</span>
                    if let Some((detail, detail_testid)) = detail {
                        <br /><small data-testid={detail_testid}>{ detail }</small>
                    }
                </td>
                <td>{ reported }</td>
            </tr>
        }
    });
    html! {
        <table class="cascade-compare">
            <thead>
                <tr>
                    <th scope="col"><span class="visually-hidden">{ crate::content::ui::FIGURE.get(lang) }</span></th>
                    <th scope="col"><span class="model-badge">{ copy::MODEL_COLUMN.get(lang) }</span></th>
                    <th scope="col">{ copy::REPORTED_COLUMN.get(lang) }</th>
                </tr>
            </thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}

/// The crowd-assumption table, filled row by row as the rows are recalibrated.
pub(super) fn crowd_sensitivity_table(
    rows: Option<&[SensitivityRow]>,
    target_text: &str,
    lang: Lang,
) -> Html {
    let Some(rows) = rows else {
        return html! {
            <p class="source-note" data-testid="cascade-sensitivity-pending">{ copy::SENSITIVITY_PENDING.get(lang) }</p>
        };
    };
    let columns = [
        copy::COL_CASE,
        copy::COL_DEPTH,
        copy::COL_COUNT,
        copy::COL_NOTIONAL,
    ]
    .map(|c| c.get(lang));
    let rows = rows.iter().map(|row| {
        vec![
            variation_label(row.variation).get(lang).to_owned(),
            depth_needed_text(&row.calibration, lang),
            count_text(row.count, lang),
            usd_text(row.notional, lang),
        ]
    });
    html! {
        <>
            { figure_table(Some("cascade-sensitivity"), Some("cascade-sensitivity-crowd"), &columns, rows) }
            <p class="source-note">{ fill(copy::DEPTH_NOT_PINNED.get(lang), &[target_text]) }</p>
        </>
    }
}

/// The neighbouring settings' table, then the crowd-assumption table (filled row by row).
pub(super) fn sensitivity(
    state: &CascadeState,
    near: &[(Text, CascadeRun)],
    crowd_rows: Option<&[SensitivityRow]>,
    target_text: &str,
    lang: Lang,
) -> Html {
    let columns = [
        copy::COL_CASE,
        copy::COL_COUNT,
        copy::COL_NOTIONAL,
        copy::COL_MOVE,
    ]
    .map(|c| c.get(lang));
    let rows = near.iter().map(|(label, r)| {
        vec![
            label.get(lang).to_owned(),
            count_text(r.total_count as f64, lang),
            usd_text(r.total_notional, lang),
            format_change(r.final_move),
        ]
    });
    let sample = (state.n > SENSITIVITY_SAMPLE).then(|| {
        let sample = count_text(SENSITIVITY_SAMPLE as f64, lang);
        format!(" {}", fill(copy::SENSITIVITY_SAMPLE.get(lang), &[&sample]))
    });
    html! {
        <>
            <h3>{ copy::SENSITIVITY_NEAR.get(lang) }</h3>
            <p class="source-note">{ copy::SENSITIVITY_NEAR_NOTE.get(lang) }</p>
            { figure_table(Some("cascade-sensitivity"), Some("cascade-sensitivity-near"), &columns, rows) }
            <h3>{ copy::SENSITIVITY_CROWD.get(lang) }</h3>
            <p class="source-note">{ copy::SENSITIVITY_CROWD_NOTE.get(lang) }{ sample }</p>
            { crowd_sensitivity_table(crowd_rows, target_text, lang) }
        </>
    }
}

/// The first rounds of the run, one row each, and how many more follow.
pub(super) fn rounds_table(run: &CascadeRun, lang: Lang) -> Html {
    let rows = run
        .rounds
        .iter()
        .take(TABLE_ROWS)
        .enumerate()
        .map(|(i, round)| {
            vec![
                (i + 1).to_string(),
                price_text(1.0 + round.move_at, lang),
                count_text(round.count as f64, lang),
                usd_text(round.notional, lang),
            ]
        });
    let more_rounds = run.rounds.len().saturating_sub(TABLE_ROWS);
    let columns = [
        copy::COL_ROUND,
        copy::COL_PRICE,
        copy::COL_NEW,
        copy::COL_NEW_NOTIONAL,
    ]
    .map(|c| c.get(lang));
    html! {
        <>
            { figure_table(None, None, &columns, rows) }
            if more_rounds > 0 {
                <p>{ fill(copy::ROUNDS_MORE.get(lang), &[&more_rounds.to_string()]) }</p>
            }
        </>
    }
}

/// What the model assumes, with the crowd's own figures (what it leaves out is written by the
/// page after the lab: `page::lab_section`).
pub(super) fn assumptions(population: &Population, lang: Lang) -> Html {
    let crowd = population.params();
    // One list of slot values per assumption; the array length keeps the two in step.
    let assumptions: [Vec<String>; copy::ASSUMPTION_ITEMS.len()] = [
        vec![
            count_text(crowd.count as f64, lang),
            format_share(crowd.long_share, 1),
        ],
        vec![
            format_leverage(crowd.leverage_median),
            format_number(crowd.leverage_spread, 2),
        ],
        vec![
            format_number(crowd.age_days, 1),
            format_share(crowd.daily_volatility, 2),
            count_text(population.redrawn() as f64, lang),
        ],
        vec![
            format_usd_plain(crowd.size_median_usd, lang),
            format_number(crowd.size_spread, 2),
        ],
        vec![format_share(crowd.mmr, 2)],
        vec![],
        vec![],
        vec![format_usd_plain(reference_price(), lang)],
    ];
    let items = copy::ASSUMPTION_ITEMS
        .iter()
        .zip(assumptions.iter())
        .map(|(item, args)| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            html! { <li>{ fill(item.get(lang), &args) }</li> }
        });
    html! { <ul>{ for items }</ul> }
}
