//! The lab's sliders as data: the view draws each the same way.

use super::*;

/// One slider of the lab's controls, as data: the view draws each the same way.
pub(super) struct Control {
    pub(super) id: &'static str,
    pub(super) label: Text,
    pub(super) range: (f64, f64),
    pub(super) step: f64,
    /// The state's current value and how it reads.
    pub(super) reading: fn(&CascadeState, Lang) -> (f64, String),
    pub(super) action: fn(f64) -> CascadeAction,
    /// A number field beside the slider, for values worth typing.
    pub(super) number_input: bool,
    pub(super) hint: Option<Text>,
}

impl Control {
    /// What the slider calls: its action, sent to the lab.
    pub(super) fn input(&self, on_action: &Callback<CascadeAction>) -> Callback<f64> {
        let action = self.action;
        on_action.reform(move |value: f64| action(value))
    }

    /// The slider, calling `on_input` (from [`Control::input`], made once).
    pub(super) fn slider(
        &self,
        state: &CascadeState,
        lang: Lang,
        on_input: &Callback<f64>,
    ) -> Html {
        let (value, value_text) = (self.reading)(state, lang);
        html! {
            <Slider id={self.id} label={self.label.get(lang)} {value}
                min={self.range.0} max={self.range.1} step={self.step} {value_text}
                on_input={on_input.clone()}
                number_input={self.number_input} hint={self.hint.map(|h| AttrValue::from(h.get(lang)))} />
        }
    }
}

/// The market: the first shock, the order book's depth, and how many rounds to follow.
pub(super) const MARKET_CONTROLS: [Control; 3] = [
    Control {
        id: "cascade-shock",
        label: copy::SHOCK_LABEL,
        range: SHOCK_RANGE,
        step: 0.1,
        reading: |s, _| (s.shock_pct, format_percent_change(s.shock_pct)),
        action: CascadeAction::Shock,
        number_input: true,
        hint: Some(copy::SHOCK_HINT),
    },
    Control {
        id: "cascade-depth",
        label: copy::DEPTH_LABEL,
        range: DEPTH_RANGE,
        step: 0.05,
        reading: |s, lang| (s.depth, depth_text(s.depth, lang)),
        action: CascadeAction::Depth,
        number_input: true,
        hint: Some(copy::DEPTH_HINT),
    },
    Control {
        id: "cascade-rounds",
        label: copy::ROUNDS_LABEL,
        range: ROUNDS_RANGE,
        step: 1.0,
        reading: |s, _| (s.max_rounds as f64, format_number(s.max_rounds as f64, 0)),
        action: CascadeAction::Rounds,
        number_input: false,
        hint: None,
    },
];

/// The crowd: how many positions, which way, how levered, how old and how big.
pub(super) const CROWD_CONTROLS: [Control; 6] = [
    Control {
        id: "cascade-n",
        label: copy::N_LABEL,
        range: N_RANGE,
        step: 10_000.0,
        reading: |s, lang| (s.n as f64, count_text(s.n as f64, lang)),
        action: CascadeAction::N,
        number_input: true,
        hint: Some(copy::N_HINT),
    },
    Control {
        id: "cascade-long-share",
        label: copy::LONG_SHARE_LABEL,
        range: LONG_SHARE_RANGE,
        step: 1.0,
        reading: |s, _| (s.long_share_pct, format_percent(s.long_share_pct, 1)),
        action: CascadeAction::LongShare,
        number_input: false,
        hint: None,
    },
    Control {
        id: "cascade-lev-med",
        label: copy::LEV_MED_LABEL,
        range: LEVERAGE_MEDIAN_RANGE,
        step: 0.5,
        reading: |s, _| (s.leverage_median, format_leverage(s.leverage_median)),
        action: CascadeAction::LeverageMedian,
        number_input: false,
        hint: None,
    },
    Control {
        id: "cascade-lev-spread",
        label: copy::LEV_SPREAD_LABEL,
        range: LEVERAGE_SPREAD_RANGE,
        step: 0.05,
        reading: |s, _| (s.leverage_spread, format_number(s.leverage_spread, 2)),
        action: CascadeAction::LeverageSpread,
        number_input: false,
        hint: Some(copy::LEV_SPREAD_HINT),
    },
    Control {
        id: "cascade-age",
        label: copy::AGE_LABEL,
        range: AGE_RANGE,
        step: 1.0,
        reading: |s, lang| {
            let days = format_number(s.age_days, 1);
            (s.age_days, fill(copy::AGE_UNIT.get(lang), &[&days]))
        },
        action: CascadeAction::Age,
        number_input: false,
        hint: Some(copy::AGE_HINT),
    },
    Control {
        id: "cascade-size",
        label: copy::SIZE_LABEL,
        range: SIZE_RANGE,
        step: 100.0,
        reading: |s, lang| (s.size_median, format_usd_plain(s.size_median, lang)),
        action: CascadeAction::Size,
        number_input: true,
        hint: None,
    },
];

/// The crowd's sliders, its seed and the reset, folded under "More settings".
pub(super) fn crowd_controls(
    state: &CascadeState,
    lang: Lang,
    on_action: &Callback<CascadeAction>,
    inputs: &[Callback<f64>],
) -> Html {
    let seed = state.seed;
    let on_new_seed = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| {
            on_action.emit(CascadeAction::Seed((seed + 1) & SEED_MAX))
        })
    };
    let on_reset = {
        let on_action = on_action.clone();
        Callback::from(move |_: MouseEvent| on_action.emit(CascadeAction::Reset))
    };
    html! {
        <fieldset class="cascade-group">
            <legend>{ copy::CONTROLS_CROWD.get(lang) }</legend>
            { for CROWD_CONTROLS.iter().zip(inputs).map(|(c, input)| c.slider(state, lang, input)) }
            <p class="cascade-seed">
                { format!("{}{}", copy::SEED_LABEL.get(lang), crate::content::copy_labs::COLON.get(lang)) }
                <output data-testid="cascade-seed">{ seed }</output>
                { " " }
                <button type="button" onclick={on_new_seed}>{ copy::NEW_SEED.get(lang) }</button>
                { " " }
                <button type="button" onclick={on_reset}>{ copy::RESET.get(lang) }</button>
            </p>
            <p class="slider-hint">{ copy::SEED_HINT.get(lang) }</p>
        </fieldset>
    }
}
