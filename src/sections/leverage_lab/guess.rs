//! The lab's opening question: guess the fall that liquidates a 20× bitcoin long, then see it.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::copy_labs::{self as copy, fill};
use crate::content::format::{format_leverage_in, format_price, format_share};
use crate::context::use_prefs;
use crate::widgets::Slider;

use super::mark_axis::{AxisMark, MarkAxis};
use super::outcome::guess_answer;

#[function_component(LeverageGuess)]
pub(super) fn leverage_guess() -> Html {
    let lang = use_prefs().lang;
    let guess = use_state_eq(|| copy::GUESS_START);
    let revealed = use_state_eq(|| false);
    let on_input = {
        let guess = guess.clone();
        Callback::from(move |value: f64| guess.set(value))
    };
    let on_reveal = {
        let revealed = revealed.clone();
        Callback::from(move |_: MouseEvent| revealed.set(true))
    };
    let guess_text = format_share(*guess / 100.0, 1);
    let answer = guess_answer();
    let answer_percent = answer.adverse_move() * 100.0;
    let answer_text = format_share(answer.adverse_move(), 2);
    let marks: Rc<[AxisMark]> = Rc::from(vec![
        AxisMark {
            value: *guess,
            label: format!("{} {guess_text}", copy::GUESS_MARK.get(lang)).into(),
            line_class: "chart-stem",
            label_class: "chart-label",
        },
        AxisMark {
            value: answer_percent,
            label: format!("{} {answer_text}", copy::ANSWER_MARK.get(lang)).into(),
            line_class: "chart-ghost",
            label_class: "chart-change chart-down",
        },
    ]);
    let percent_ticks =
        Callback::from(|value: f64| AttrValue::from(format_share(value / 100.0, 0)));
    html! {
        <div class="output-card lab-guess">
            <p><strong>{ fill(copy::GUESS_QUESTION.get(lang), &[&format_leverage_in(copy::GUESS_LEVERAGE, lang)]) }</strong></p>
            <Slider
                id="leverage-guess"
                label={copy::GUESS_LABEL.get(lang)}
                value={*guess}
                min={copy::GUESS_RANGE.0}
                max={copy::GUESS_RANGE.1}
                step={0.5}
                value_text={guess_text.clone()}
                on_input={on_input}
            />
            if *revealed {
                <p data-testid="guess-answer" aria-live="polite">{
                    fill(copy::GUESS_ANSWER.get(lang), &[
                        &guess_text,
                        &answer_text,
                        &format_price(answer.price, answer.entry, lang),
                        &format_leverage_in(copy::GUESS_LEVERAGE, lang),
                        &format_share(1.0 / copy::GUESS_LEVERAGE, 0),
                    ])
                }</p>
                <MarkAxis
                    marks={marks}
                    band={(0.0, answer_percent)}
                    summary={fill(copy::GUESS_SUMMARY.get(lang), &[&guess_text, &answer_text])}
                    tick_format={percent_ticks}
                />
            } else {
                <button type="button" onclick={on_reveal}>{ copy::GUESS_REVEAL.get(lang) }</button>
            }
        </div>
    }
}
