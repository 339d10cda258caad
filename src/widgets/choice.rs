//! A group of mutually exclusive options as native radio buttons, styled as a segmented control.
//! Radios give arrow-key navigation and a group name to screen readers without custom ARIA.

use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// The radio group's name, unique in the page.
    pub name: AttrValue,
    pub legend: AttrValue,
    /// `(value, label)` pairs.
    pub options: Rc<[(AttrValue, AttrValue)]>,
    pub selected: AttrValue,
    pub on_select: Callback<AttrValue>,
}

#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    html! {
        <fieldset class="choice">
            <legend>{ props.legend.clone() }</legend>
            <div class="choice-options">
                { for props.options.iter().map(|(value, label)| {
                    let id = format!("{}-{}", props.name, value);
                    let on_change = {
                        let on_select = props.on_select.clone();
                        let value = value.clone();
                        Callback::from(move |_: Event| on_select.emit(value.clone()))
                    };
                    html! {
                        <label class="choice-option" for={id.clone()}>
                            <input
                                type="radio"
                                id={id}
                                name={props.name.clone()}
                                value={value.clone()}
                                checked={*value == props.selected}
                                onchange={on_change}
                            />
                            <span>{ label.clone() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
