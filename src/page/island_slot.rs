//! Where the static page holds an island: an element with `data-island` and `data-props`, and
//! inside it the island's own server render (hydration markers included), which the browser
//! hydrates on this element as its root (`crate::islands`).

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::context::use_prefs;
use crate::islands::{Island, IslandProps};

/// Every island's server render for the page being written, by [`Island::name`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct IslandMarkup(pub Rc<HashMap<String, String>>);

#[derive(Properties, PartialEq)]
pub struct IslandSlotProps {
    pub island: Island,
    /// The root element's tag.
    #[prop_or(AttrValue::Static("div"))]
    pub tag: AttrValue,
    #[prop_or_default]
    pub id: Option<AttrValue>,
    #[prop_or_default]
    pub class: AttrValue,
    /// `aria-labelledby`, for a section root.
    #[prop_or_default]
    pub labelled_by: Option<AttrValue>,
}

#[function_component(IslandSlot)]
pub fn island_slot(props: &IslandSlotProps) -> Html {
    let lang = use_prefs().lang;
    let rendered = use_context::<IslandMarkup>().unwrap_or_default();
    let name = props.island.name();
    let inner = rendered.0.get(&name).cloned().unwrap_or_default();
    let data_props = IslandProps {
        island: props.island,
        lang,
    }
    .to_query();
    html! {
        <@{props.tag.to_string()} id={props.id.clone()} class={props.class.clone()}
            aria-labelledby={props.labelled_by.clone()} data-section={props.id.clone()}
            data-island={name} data-props={data_props}>
            { Html::from_html_unchecked(inner.into()) }
        </@>
    }
}
