//! The leverage lab: where an isolated perpetual position is liquidated, and whether the night
//! of 6 February reached that price.
//!
//! Rooms: [`outcome`] (what the lab computes), [`words`] (what it says about it), [`guess`]
//! (the opening question), [`mark_axis`] (the price chart), [`sources`] (tier table and
//! formulas); this file is the component that wires them.

mod guess;
mod mark_axis;
mod outcome;
mod sources;
mod words;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::copy_labs::{self as copy, fill};
use crate::content::format::{format_change, format_price, format_share, format_usd_plain};
use crate::content::Lang;
use crate::context::use_prefs;
use crate::model::liquidation::{Side, Verdict};
use crate::state::labs::{
    param, parse, LeverageAction, LeverageLabState, ASSETS, MMR_PERCENT_RANGE, SIDES, VENUES,
};
use crate::widgets::{Choice, Slider};

use super::lab_kit::{
    initial_state, leverage_slider, more_settings, output_card, use_send, use_unfolded,
    use_url_state, LabProps,
};
use guess::LeverageGuess;
use mark_axis::MarkAxis;
use outcome::{outcome, venue_name, Outcome, RateOrigin};
use sources::{source_note, tier_table};
use words::{words, Words};

/// A `Choice`'s options: each variant's URL value with its label in the reader's language.
fn options<T>(
    table: &[(T, &'static str)],
    label: impl Fn(&T) -> String,
) -> Rc<[(AttrValue, AttrValue)]> {
    table
        .iter()
        .map(|(item, name)| (AttrValue::from(*name), AttrValue::from(label(item))))
        .collect()
}

impl Reducible for LeverageLabState {
    type Action = LeverageAction;

    fn reduce(self: Rc<Self>, action: LeverageAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The exchange's refusal, when it refuses, then the verdict and the most leverage the night
/// spared, above the price chart.
fn verdict_cards(out: &Outcome, said: &Words, side: Side, lang: Lang) -> Html {
    let verdict_class = said
        .verdict_class
        .map_or("value".to_owned(), |c| format!("value {c}"));
    let note = if out.verdict == Verdict::DependsOnEntryTime {
        Some(copy::DEPENDS_NOTE)
    } else {
        (side == Side::Short).then_some(copy::SHORT_NOTE)
    };
    html! {
        <>
            if let Some(note) = &said.limit_note {
                <p class="lab-warning" role="status" data-testid="exchange-limit">{ note.clone() }</p>
            }
            <div class="output-card" aria-live="polite">
                <span class="label">{ copy::OUT_VERDICT.get(lang) }</span>
                <span class={verdict_class} data-testid="verdict">{ said.verdict_text.get(lang) }</span>
                if let Some(note) = note { <p class="assumptions">{ note.get(lang) }</p> }
            </div>
            <div class="output-card">
                <span class="label">{ copy::OUT_FATAL.get(lang) }</span>
                <span class="value" data-testid="fatal-leverage">{ said.fatal_value.clone() }</span>
                <p>{ said.fatal_sentence.clone() }</p>
            </div>
        </>
    }
}

#[function_component(LeverageLab)]
pub fn leverage_lab(props: &LabProps) -> Html {
    let prefs = use_prefs();
    let lang = prefs.lang;
    let state = use_reducer_eq(|| initial_state::<LeverageLabState>(props));
    use_url_state(&*state);
    let unfolded = use_unfolded(state.secondary_tuned());
    let out = outcome(&state);
    let on_asset = use_send(&state, |v: AttrValue| {
        parse(&ASSETS, &v).map(LeverageAction::Asset)
    });
    let on_side = use_send(&state, |v: AttrValue| {
        parse(&SIDES, &v).map(LeverageAction::Side)
    });
    let on_venue = use_send(&state, |v: AttrValue| {
        parse(&VENUES, &v).map(LeverageAction::Venue)
    });
    let on_leverage = use_send(&state, |v| Some(LeverageAction::Leverage(v)));
    let on_entry = use_send(&state, |v| Some(LeverageAction::Entry(v)));
    let on_rate = use_send(&state, |v| Some(LeverageAction::MmrPercent(v)));
    let on_default_rate = use_send(&state, |_: MouseEvent| Some(LeverageAction::TableMmr));
    let liq = out.liquidation;
    let (entry_min, entry_max, entry_step) = out.entry_bounds;
    let said = words(&out, &state, lang, prefs.tz);
    let distance = format_change((liq.price - out.entry) / out.entry);

    html! {
        <>
            <LeverageGuess />
            <div class="lab-panel">
                // The main result, first: on a phone it sticks under the masthead while the
                // controls below it are in use (style.css, `.lab-result`).
                <div class="lab-result">
                    { output_card(copy::OUT_LIQ_PRICE.get(lang), "liq-price", &said.price_text) }
                    { output_card(copy::OUT_DISTANCE.get(lang), "liq-distance", &distance) }
                </div>
                <div class="lab-controls">
                    <Choice name="leverage-asset" legend={copy::ASSET_LEGEND.get(lang)}
                        options={options(&ASSETS, |asset| asset.ticker().to_owned())}
                        selected={param(&ASSETS, &state.asset)}
                        on_select={on_asset} />
                    <Choice name="leverage-side" legend={copy::SIDE_LEGEND.get(lang)}
                        options={options(&SIDES, |side| match side {
                            Side::Long => copy::LONG.get(lang).to_owned(),
                            Side::Short => copy::SHORT.get(lang).to_owned(),
                        })}
                        selected={param(&SIDES, &state.side)}
                        on_select={on_side} />
                    { leverage_slider("leverage-lev", lang, state.leverage,
                        &[1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 25.0, 50.0, 75.0, 100.0, 125.0],
                        on_leverage) }
                    { more_settings(lang, unfolded, html! {
                        <>
                        <Choice name="leverage-venue" legend={copy::VENUE_LEGEND.get(lang)}
                            options={options(&VENUES, |venue| venue_name(*venue).get(lang).to_owned())}
                            selected={param(&VENUES, &state.venue)}
                            on_select={on_venue} />
                        <Slider id="leverage-entry" label={copy::ENTRY_USD.get(lang)}
                            value={out.entry} min={entry_min} max={entry_max} step={entry_step}
                            value_text={format_price(out.entry, out.start, lang)}
                            on_input={on_entry}
                            number_input={true} hint={said.entry_hint.clone()} />
                        <Slider id="leverage-mmr" label={copy::MMR_LABEL.get(lang)}
                            value={liq.tier.mmr * 100.0} min={MMR_PERCENT_RANGE.0} max={MMR_PERCENT_RANGE.1}
                            step={0.05} value_text={format_share(liq.tier.mmr, 2)}
                            on_input={on_rate}
                            number_input={true} hint={said.rate_hint.clone()} />
                        if state.mmr_percent.is_some() {
                            <button type="button" onclick={on_default_rate}>{ copy::MMR_RESET.get(lang) }</button>
                        }
                        </>
                    }) }
                    <p class="assumptions">{ fill(copy::POSITION_NOTE.get(lang), &[&format_usd_plain(copy::LAB_NOTIONAL, lang)]) }</p>
                </div>
                <div class="lab-outputs">
                    { verdict_cards(&out, &said, state.side, lang) }
                    <MarkAxis marks={said.marks.clone()} band={(out.range.low, out.range.high)} summary={said.summary.clone()} />
                    <p data-testid="venue-compare">{ said.compare.clone() }</p>
                    <p class="assumptions">{ said.compare_why.get(lang) }</p>
                    <p class="assumptions">{ copy::TRIGGER_NOTE.get(lang) }</p>
                </div>
            </div>
            if let RateOrigin::Table(table) = out.origin { { tier_table(table, liq.tier.index, lang) } }
            { source_note(out.origin, lang) }
        </>
    }
}
