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
    #[prop_or_default]
    pub class: AttrValue,
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
        <div class={props.class.clone()} data-island={name} data-props={data_props}>
            { Html::from_html_unchecked(inner.into()) }
        </div>
    }
}
