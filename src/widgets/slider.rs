//! A labelled native range input, optionally paired with a number box for typed input.
//!
//! Native `<input type=range>` gives keyboard control (arrows, Page Up/Down, Home/End) and
//! ARIA semantics for free; we add `aria-valuetext` in the reader's language.

use crate::decimal::clamp;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SliderProps {
    /// The range input's id; the number box gets `{id}-number`.
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// What a screen reader announces, formatted in the reader's language (e.g. "20倍").
    pub value_text: AttrValue,
    /// Called with a finite value clamped to `[min, max]`.
    pub on_input: Callback<f64>,
    /// Also show a number box for typing an exact value.
    #[prop_or_default]
    pub number_input: bool,
    /// Values marked as stops on the track (a `<datalist>`).
    #[prop_or_default]
    pub stops: Option<Rc<[f64]>>,
    /// Extra text after the value, such as a unit or an explanation.
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

/// Reads a number from an input event's target, clamped; `None` for empty or unparsable text.
fn read_clamped(target: HtmlInputElement, min: f64, max: f64) -> Option<f64> {
    let value = crate::decimal::parse(target.value().trim())?;
    value.is_finite().then(|| clamp(value, min, max))
}

fn emit_from_event(on_input: Callback<f64>, min: f64, max: f64) -> Callback<Event> {
    Callback::from(move |event: Event| {
        if let Some(value) = read_clamped(event.target_unchecked_into(), min, max) {
            on_input.emit(value);
        }
    })
}

#[function_component(Slider)]
pub fn slider(props: &SliderProps) -> Html {
    let (min, max) = (props.min, props.max);
    let value = if props.value.is_finite() {
        clamp(props.value, min, max)
    } else {
        min
    };
    let on_range = {
        let on_input = props.on_input.clone();
        Callback::from(move |event: InputEvent| {
            if let Some(value) = read_clamped(event.target_unchecked_into(), min, max) {
                on_input.emit(value);
            }
        })
    };
    // Attribute text for a number: nine decimals are finer than any step here.
    let number = |value: f64| crate::decimal::trimmed(value, 9);
    let (min_attr, max_attr, value_attr) = (number(min), number(max), number(value));
    // The number box shows two decimals more than the step has: 73243.26, not 73243.261841954.
    let step_decimals = number(props.step)
        .split_once('.')
        .map_or(0, |(_, f)| f.len());
    let box_value = crate::decimal::trimmed(value, step_decimals + 2);
    let list_id = format!("{}-stops", props.id);
    let number_id = format!("{}-number", props.id);
    html! {
        <div class="slider">
            <label class="slider-label" for={props.id.clone()}>
                { props.label.clone() }
                <output class="slider-value" for={props.id.clone()} aria-hidden="true">
                    { props.value_text.clone() }
                </output>
            </label>
            <div class="slider-controls">
                <input
                    type="range"
                    id={props.id.clone()}
                    min={min_attr.clone()}
                    max={max_attr.clone()}
                    step={number(props.step)}
                    value={value_attr.clone()}
                    aria-valuetext={props.value_text.clone()}
                    list={props.stops.as_ref().map(|_| list_id.clone())}
                    oninput={on_range}
                />
                if props.number_input {
                    <input
                        type="number"
                        class="slider-number"
                        id={number_id}
                        aria-label={props.label.clone()}
                        min={min_attr}
                        max={max_attr}
                        step="any"
                        inputmode="decimal"
                        value={box_value}
                        onchange={emit_from_event(props.on_input.clone(), min, max)}
                    />
                }
            </div>
            if let Some(stops) = &props.stops {
                <datalist id={list_id}>
                    { for stops.iter().map(|stop| html! { <option value={number(*stop)} /> }) }
                </datalist>
            }
            if let Some(hint) = &props.hint {
                <p class="slider-hint">{ hint.clone() }</p>
            }
        </div>
    }
}
