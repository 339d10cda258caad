//! What the labs share, so no lab imports from another: their props, the starting state read
//! from the URL, the hook that mirrors a lab's state into the address bar, the leverage slider,
//! the output card and the fold over secondary controls.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::copy_labs as copy;
use crate::content::format::format_leverage;
use crate::content::Lang;
use crate::state::labs::{LabState, LEVERAGE_RANGE};
use crate::state::query::QueryMap;
use crate::widgets::Slider;

/// What the shell passes every lab: the URL query the page was opened with.
#[derive(Properties, PartialEq)]
pub struct LabProps {
    pub query: AttrValue,
}

/// Whether a lab's secondary controls show: once tuned (a shared link applied after the island
/// mounts), always. It never turns back by itself: a reset must not fold what the reader uses.
#[hook]
pub(crate) fn use_unfolded(tuned: bool) -> bool {
    let unfolded = use_mut_ref(|| false);
    let mut unfolded = unfolded.borrow_mut();
    *unfolded |= tuned;
    *unfolded
}

/// A lab's secondary controls, folded under "More settings" so a phone shows the main control
/// beside its result; `open` comes from [`use_unfolded`]. (A function, not a component: one
/// component type more costs the module a kilobyte.)
pub(crate) fn more_settings(lang: Lang, open: bool, controls: Html) -> Html {
    html! {
        <details class="lab-more" {open}>
            <summary>{ copy::MORE_SETTINGS.get(lang) }</summary>
            <div class="lab-more-body">{ controls }</div>
        </details>
    }
}

/// A control's callback, sending `action(value)` to the lab when it gives one. Made once, so a
/// control whose value did not change keeps equal props and skips its render on every step.
#[hook]
pub(crate) fn use_send<S: Reducible + 'static, V: 'static>(
    state: &UseReducerHandle<S>,
    action: fn(V) -> Option<S::Action>,
) -> Callback<V> {
    let dispatcher = state.dispatcher();
    (*use_memo((), move |_| {
        Callback::from(move |value: V| {
            if let Some(action) = action(value) {
                dispatcher.dispatch(action);
            }
        })
    }))
    .clone()
}

/// A lab's starting state, read from its props' query string.
pub(crate) fn initial_state<S: LabState>(props: &LabProps) -> S {
    S::from_query(&QueryMap::parse(&props.query))
}

/// Mirrors a lab's state into the address bar after each change ([`write_url`]). Runs as an
/// effect, so never during server rendering.
#[hook]
pub(crate) fn use_url_state<S: LabState + Clone + 'static>(state: &S) {
    // A lab mounts with the state its query gave it, or with the defaults of the page it
    // hydrates before its island reads the address bar: writing that would erase a shared link.
    let mounted = use_mut_ref(|| false);
    use_effect_with(state.clone(), move |state| {
        if std::mem::replace(&mut *mounted.borrow_mut(), true) {
            write_url(state.clone());
        }
    });
}

/// Puts a lab's state in the address bar once its controls rest, replacing only the lab's own
/// keys (`history.replaceState`, [`crate::browser::replace_query`]).
pub(crate) fn write_url<S: LabState + 'static>(state: S) {
    crate::browser::replace_query(S::KEYS, move |current| {
        // The page's own URL already says this (first render, or back to a linked state).
        if S::from_query(&QueryMap::parse(current)) == state {
            current.to_string()
        } else {
            state.merged_into(current)
        }
    });
}

/// The labs' leverage slider: whole steps over `LEVERAGE_RANGE` with a number box, labelled
/// and read out in `lang`, `stops` marked on its track.
pub(crate) fn leverage_slider(
    id: &'static str,
    lang: Lang,
    leverage: f64,
    stops: &[f64],
    on_input: Callback<f64>,
) -> Html {
    html! {
        <Slider
            {id}
            label={copy::LEVERAGE.get(lang)}
            value={leverage}
            min={LEVERAGE_RANGE.0}
            max={LEVERAGE_RANGE.1}
            step={1.0}
            value_text={format_leverage(leverage)}
            {on_input}
            number_input={true}
            stops={Rc::from(stops)}
        />
    }
}

/// A lab output: what the number is, then the number, which tests find by `testid`.
pub(crate) fn output_card(label: &str, testid: &'static str, value: &str) -> Html {
    html! {
        <div class="output-card">
            <span class="label">{ label.to_owned() }</span>
            <span class="value" data-testid={testid}>{ value.to_owned() }</span>
        </div>
    }
}
