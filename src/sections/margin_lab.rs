//! The margin lab: what CME's higher gold and silver margins demanded of a holder, and what the
//! night's moves did to a position margined at the new levels.

use std::rc::Rc;

use yew::prelude::*;

use super::lab_kit::{
    initial_state, more_settings, output_card, use_send, use_unfolded, use_url_state, LabProps,
};
use crate::content::copy_labs::{self as copy, fill};
use crate::content::facts::Bound;
use crate::content::format::{
    format_fact_prose, format_leverage_in, format_share, format_usd_plain,
};
use crate::content::{Lang, Text};
use crate::context::use_prefs;
use crate::model::margin::{implied_leverage, loss_to_margin, margin_call, MarginCall, Metal};
use crate::state::labs::{
    param, parse, MarginAction, MarginLabState, MARGIN_OLD_PERCENT_RANGE, METALS, NOTIONAL_RANGE,
};
use crate::widgets::{Choice, Slider};

impl Reducible for MarginLabState {
    type Action = MarginAction;

    fn reduce(self: Rc<Self>, action: MarginAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

fn metal_name(metal: Metal) -> Text {
    match metal {
        Metal::Gold => copy::GOLD,
        Metal::Silver => copy::SILVER,
    }
}

/// Position sizes span five orders of magnitude, so their slider moves along log10(notional)
/// and lands on two significant figures (100,000; 120,000; 2,500,000).
fn notional_from_slider(position: f64) -> f64 {
    let value = 10f64.powf(position);
    let unit = 10f64.powf(value.log10().floor() - 1.0);
    (value / unit).round() * unit
}

/// What the night's fall did to a position margined at the old and the new level.
fn loss_card(metal: Metal, call: &MarginCall, lang: Lang) -> Html {
    let new_rate = copy::new_margin_rate(metal);
    let prior_rate = copy::prior_margin_rate(metal);
    let move_fact = copy::metal_move_fact(metal);
    let night_move = move_fact.value / 100.0;
    // A "more than" fall makes every loss derived from it a lower bound as well.
    let (at_least, at_least_mark) = match move_fact.bound {
        Bound::MoreThan => (copy::AT_LEAST.get(lang), "≥ "),
        _ => ("", ""),
    };
    let loss_then = loss_to_margin(night_move, prior_rate);
    let loss_new = loss_to_margin(night_move, new_rate);
    let loss_template = if loss_then > 1.0 {
        copy::MARGIN_LOSS_OVER
    } else {
        copy::MARGIN_LOSS_UNDER
    };
    let then_sentence = fill(
        loss_template.get(lang),
        &[
            metal_name(metal).get(lang),
            &format_fact_prose(move_fact, lang),
            &format_share(prior_rate, 1),
            at_least,
            &format_share(loss_then, 1),
        ],
    );
    let new_sentence = fill(
        copy::MARGIN_LOSS_NEW.get(lang),
        &[
            &format_share(new_rate, 1),
            at_least,
            &format_share(loss_new, 1),
            &format_leverage_in(implied_leverage(new_rate), lang),
        ],
    );
    html! {
        <>
            if call.extra_cash <= 0.0 { <p>{ copy::MARGIN_NO_CALL.get(lang) }</p> }
            <div class="output-card" aria-live="polite">
                <span class="label">{ copy::MARGIN_OUT_LOSS.get(lang) }</span>
                <span class="value verdict-liquidated" data-testid="margin-loss-ratio">
                    { format!("{at_least_mark}{}", format_share(loss_then, 1)) }
                </span>
                <p>{ then_sentence }</p>
                <p>{ new_sentence }</p>
            </div>
        </>
    }
}

#[function_component(MarginLab)]
pub fn margin_lab(props: &LabProps) -> Html {
    let lang = use_prefs().lang;
    let state = use_reducer_eq(|| initial_state::<MarginLabState>(props));
    use_url_state(&*state);
    let unfolded = use_unfolded(state.secondary_tuned());
    let on_metal = use_send(&state, |v: AttrValue| {
        parse(&METALS, &v).map(MarginAction::Metal)
    });
    let on_old = use_send(&state, |percent| Some(MarginAction::OldPercent(percent)));
    let on_notional = use_send(&state, |position| {
        Some(MarginAction::Notional(notional_from_slider(position)))
    });

    let metal = state.metal;
    // The level in force when the night's fall happened, and where the reader's old level starts.
    let prior_rate = copy::prior_margin_rate(metal);
    let old_rate = state
        .old_percent
        .map_or(prior_rate, |percent| percent / 100.0);
    let call = margin_call(state.notional, old_rate, copy::new_margin_rate(metal));
    let metal_options: Rc<[(AttrValue, AttrValue)]> = METALS
        .iter()
        .map(|(metal, value)| {
            (
                AttrValue::from(*value),
                AttrValue::from(metal_name(*metal).get(lang)),
            )
        })
        .collect();
    let old_hint = fill(
        copy::MARGIN_OLD_HINT.get(lang),
        &[&format_share(prior_rate, 1)],
    );

    html! {
        <>
            <div class="lab-panel">
                <div class="lab-result">
                    { output_card(copy::MARGIN_OUT_EXTRA.get(lang), "margin-extra", &format_usd_plain(call.extra_cash, lang)) }
                    { output_card(copy::MARGIN_OUT_CUT.get(lang), "margin-cut", &format_share(call.cut_share, 1)) }
                </div>
                <div class="lab-controls">
                    <Choice name="margin-metal" legend={copy::METAL_LEGEND.get(lang)} options={metal_options}
                        selected={param(&METALS, &metal)} on_select={on_metal} />
                    <Slider id="margin-old" label={copy::MARGIN_OLD_LABEL.get(lang)}
                        value={old_rate * 100.0} min={MARGIN_OLD_PERCENT_RANGE.0} max={MARGIN_OLD_PERCENT_RANGE.1}
                        step={0.5} value_text={format_share(old_rate, 1)} on_input={on_old}
                        number_input={true} hint={old_hint} />
                    { more_settings(lang, unfolded, html! {
                        <Slider id="margin-notional" label={copy::MARGIN_NOTIONAL_LABEL.get(lang)}
                            value={state.notional.log10()} min={NOTIONAL_RANGE.0.log10()} max={NOTIONAL_RANGE.1.log10()}
                            step={0.01} value_text={format_usd_plain(state.notional, lang)} on_input={on_notional} />
                    }) }
                    <p class="assumptions">
                        { fill(copy::MARGIN_POSTED.get(lang), &[&format_usd_plain(call.posted, lang), &format_usd_plain(call.required, lang)]) }
                    </p>
                </div>
                <div class="lab-outputs">{ loss_card(metal, &call, lang) }</div>
            </div>
        </>
    }
}
