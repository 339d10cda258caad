//! The wiped-out account: the arithmetic behind a balance falling from $1.2 million to under
//! $40,000, at a leverage the reader picks.

use std::rc::Rc;

use yew::prelude::*;

use super::lab_kit::{
    initial_state, leverage_slider, output_card, use_send, use_url_state, LabProps,
};
use crate::content::copy_labs::{self as copy, fill};
use crate::content::facts::{fact, FactId};
use crate::content::format::{
    format_fact_prose, format_leverage_in, format_share, format_usd_plain,
};
use crate::context::use_prefs;
use crate::model::account::{wipeout, Drawdown};
use crate::model::assets::Asset;
use crate::model::liquidation::{
    admission, max_leverage_for_margin, max_notional_at, Maintenance, Venue,
    BINANCE_BTCUSDT_2021_03_18,
};
use crate::state::labs::AccountLabState;

impl Reducible for AccountLabState {
    /// The leverage the reader chose.
    type Action = f64;

    fn reduce(self: Rc<Self>, leverage: f64) -> Rc<Self> {
        Rc::new(self.with_leverage(leverage))
    }
}

#[function_component(AccountLab)]
pub fn account_lab(props: &LabProps) -> Html {
    let lang = use_prefs().lang;
    let state = use_reducer_eq(|| initial_state::<AccountLabState>(props));
    use_url_state(&*state);
    let on_leverage = use_send(&state, Some);

    let (before, after) = (fact(FactId::AccountBefore), fact(FactId::AccountAfter));
    let drawdown = Drawdown {
        start: before.value,
        end: after.value,
    };
    let maintenance = Maintenance::Tiered(BINANCE_BTCUSDT_2021_03_18);
    // The exchange's tiers cap the leverage a balance this size can use; above that the lab
    // says so and works with what the exchange would give.
    let asked = admission(maintenance, before.value * state.leverage, state.leverage);
    let whole_balance_max = max_leverage_for_margin(maintenance, before.value);
    let leverage = if asked.allowed() {
        asked.asked
    } else {
        whole_balance_max
    };
    let refused = (!asked.allowed()).then(|| {
        fill(
            copy::ACCOUNT_REFUSED.get(lang),
            &[
                &format_usd_plain(before.value, lang),
                &format_leverage_in(asked.asked, lang),
                &format_leverage_in(asked.max_leverage, lang),
                &format_leverage_in(whole_balance_max, lang),
                &max_notional_at(maintenance, asked.asked)
                    .map_or_else(String::new, |cap| format_usd_plain(cap, lang)),
            ],
        )
    });
    let result = wipeout(drawdown, leverage, Venue::Binance, maintenance);
    let end = format_usd_plain(after.value, lang);
    let required = format_share(result.required_move, 2);
    let liquidation_move = format_share(result.liquidation.adverse_move(), 2);
    let equity = format_usd_plain(result.equity_at_liquidation, lang);
    let outcome = if result.liquidated_first() {
        fill(
            copy::ACCOUNT_LIQUIDATED_FIRST.get(lang),
            &[&liquidation_move, &equity],
        )
    } else {
        fill(
            copy::ACCOUNT_LOSS_FIRST.get(lang),
            &[&required, &end, &liquidation_move],
        )
    };
    let btc_scale = drawdown
        .leverage_for_move(copy::night_move(Asset::Btc).change)
        .map(|leverage| {
            let fall = format_fact_prose(copy::move_fact(Asset::Btc), lang);
            fill(
                copy::ACCOUNT_BTC_SCALE.get(lang),
                &[&fall, &format_leverage_in(leverage, lang)],
            )
        });

    html! {
        <>
            <div class="lab-panel">
                <div class="lab-result">
                    { output_card(&fill(copy::ACCOUNT_OUT_MOVE.get(lang), &[&end]), "account-move", &required) }
                    { output_card(copy::ACCOUNT_OUT_LIQ_MOVE.get(lang), "account-liq-move", &liquidation_move) }
                </div>
                <div class="lab-controls">
                    { leverage_slider(
                        "account-lev",
                        lang,
                        state.leverage,
                        &[1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 50.0, 100.0, 125.0],
                        on_leverage,
                    ) }
                    if let Some(text) = btc_scale { <p class="assumptions">{ text }</p> }
                </div>
                <div class="lab-outputs">
                    if let Some(text) = refused {
                        <p class="lab-warning" role="status" data-testid="account-limit">{ text }</p>
                    }
                    { output_card(copy::ACCOUNT_OUT_EQUITY.get(lang), "account-equity", &equity) }
                    if result.liquidated_first() {
                        { output_card(copy::ACCOUNT_OUT_BACK.get(lang), "account-returned",
                            &format_usd_plain(result.returned_after_liquidation(), lang)) }
                    }
                    <p aria-live="polite" data-testid="account-outcome">{ outcome }</p>
                </div>
            </div>
        </>
    }
}
