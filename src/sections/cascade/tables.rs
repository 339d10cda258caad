//! The model's totals beside the reported ones, and the sensitivity table.

use super::*;

/// The model's totals beside the reported ones.
pub(super) fn write_comparison(
    m: &mut Markup,
    run: &CascadeRun,
    total: f64,
    target_text: &str,
    lang: Lang,
) {
    m.open("table", &[("class", "cascade-compare")])
        .open("thead", &[])
        .open("tr", &[])
        .open("th", &[("scope", "col")])
        .element(
            "span",
            &[("class", "visually-hidden")],
            crate::content::ui::FIGURE.get(lang),
        )
        .close("th")
        .open("th", &[("scope", "col")])
        .element(
            "span",
            &[("class", "model-badge")],
            copy::MODEL_COLUMN.get(lang),
        )
        .close("th")
        .element("th", &[("scope", "col")], copy::REPORTED_COLUMN.get(lang))
        .close("tr")
        .close("thead")
        .open("tbody", &[]);
    let share = fill(
        copy::OUT_SHARE.get(lang),
        &[&format_percent(run.total_count as f64 / total * 100.0, 1)],
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
            move_text(run.final_move),
            Some((rounds, "cascade-round-count")),
            target_text.to_owned(),
        ),
    ];
    for (name, testid, model, detail, reported) in rows {
        m.open("tr", &[])
            .element("th", &[("scope", "row")], name.get(lang))
            .open("td", &[("class", "output-card")])
            .element(
                "span",
                &[("class", "value"), ("data-testid", testid)],
                &model,
            );
        if let Some((detail, detail_testid)) = detail {
            m.open("br", &[])
                .element("small", &[("data-testid", detail_testid)], &detail);
        }
        m.close("td").element("td", &[], &reported).close("tr");
    }
    m.close("tbody").close("table");
}

pub(super) fn write_sensitivity_table(
    m: &mut Markup,
    rows: Option<&[SensitivityRow]>,
    target_text: &str,
    lang: Lang,
) {
    let Some(rows) = rows else {
        m.element(
            "p",
            &[
                ("class", "source-note"),
                ("data-testid", "cascade-sensitivity-pending"),
            ],
            copy::SENSITIVITY_PENDING.get(lang),
        );
        return;
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
    m.table(
        &[
            ("class", "cascade-sensitivity"),
            ("data-testid", "cascade-sensitivity-crowd"),
        ],
        &columns,
        rows,
    );
    m.element(
        "p",
        &[("class", "source-note")],
        &fill(copy::DEPTH_NOT_PINNED.get(lang), &[target_text]),
    );
}
