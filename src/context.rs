//! Reader preferences shared by every section: language, theme, clock, embedding.
//!
//! Follows yew's `contexts` example: one reducer, a context type alias and a provider. Only the
//! shell and chrome change these, rarely; the labs keep their fast-changing state locally so a
//! slider never re-renders unrelated sections.

use std::rc::Rc;

use yew::prelude::*;

use crate::content::time::TimeZoneChoice;
use crate::content::{Lang, SectionId};
use crate::state::query::QueryMap;

/// The colour scheme a reader or embedding page asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn parse(value: &str) -> Option<Theme> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    pub fn param(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What the page was opened with and what the reader has since changed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prefs {
    pub lang: Lang,
    pub theme: Theme,
    /// `tz=et`: the clock exact times are shown in (the timeline, times in the prose).
    pub tz: TimeZoneChoice,
    /// `embed=1`: no page chrome, a compact header and source line.
    pub embed: bool,
    /// `section=…`: render only this section.
    pub section: Option<SectionId>,
}

impl Prefs {
    /// Reads the shell's parameters; malformed values fall back to defaults.
    pub fn from_query(query: &QueryMap, default_lang: Lang) -> Prefs {
        Prefs {
            lang: query
                .get("lang")
                .and_then(Lang::parse)
                .unwrap_or(default_lang),
            theme: query
                .get("theme")
                .and_then(Theme::parse)
                .unwrap_or_default(),
            tz: query
                .get("tz")
                .and_then(TimeZoneChoice::parse)
                .unwrap_or_default(),
            embed: query.flag("embed").unwrap_or(false),
            section: query.get("section").and_then(SectionId::parse),
        }
    }
}

pub enum PrefsAction {
    SetLang(Lang),
    SetTheme(Theme),
    SetTimeZone(TimeZoneChoice),
    /// The page's URL query was applied (after hydration, or on navigation).
    Reset(Prefs),
}

impl Reducible for Prefs {
    type Action = PrefsAction;

    fn reduce(self: Rc<Self>, action: PrefsAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PrefsAction::SetLang(lang) => next.lang = lang,
            PrefsAction::SetTheme(theme) => next.theme = theme,
            PrefsAction::SetTimeZone(tz) => next.tz = tz,
            PrefsAction::Reset(prefs) => next = prefs,
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

pub type PrefsContext = UseReducerHandle<Prefs>;

#[derive(Properties, PartialEq)]
pub struct PrefsProviderProps {
    pub initial: Prefs,
    pub children: Html,
}

#[function_component(PrefsProvider)]
pub fn prefs_provider(props: &PrefsProviderProps) -> Html {
    let initial = props.initial.clone();
    let prefs = use_reducer(move || initial);
    // A new `initial` (the URL query applied after hydration) replaces what the page started
    // with. Only a change does: dispatching the first value too could land after a reader's
    // first click (replayed from before hydration) and undo it.
    let started_with = use_mut_ref(|| props.initial.clone());
    {
        let prefs = prefs.clone();
        use_effect_with(props.initial.clone(), move |initial| {
            if *started_with.borrow() != *initial {
                *started_with.borrow_mut() = initial.clone();
                prefs.dispatch(PrefsAction::Reset(initial.clone()));
            }
        });
    }
    html! {
        <ContextProvider<PrefsContext> context={prefs}>
            { props.children.clone() }
        </ContextProvider<PrefsContext>>
    }
}

/// The reader's preferences; outside a provider (isolated component tests) the defaults.
#[hook]
pub fn use_prefs() -> Prefs {
    use_context::<PrefsContext>()
        .map(|handle| (*handle).clone())
        .unwrap_or_default()
}

/// The handle to change preferences; `None` outside a provider.
#[hook]
pub fn use_prefs_dispatch() -> Option<PrefsContext> {
    use_context::<PrefsContext>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_parameters_parse_and_fall_back() {
        let q = QueryMap::parse("?lang=en&theme=dark&embed=1&section=leverage&tz=et");
        let p = Prefs::from_query(&q, Lang::Zh);
        assert_eq!(p.lang, Lang::En);
        assert_eq!(p.theme, Theme::Dark);
        assert_eq!(p.tz, TimeZoneChoice::UsEastern);
        assert!(p.embed);
        assert_eq!(p.section, Some(SectionId::LeverageLab));

        let q =
            QueryMap::parse("?lang=xx&theme=%3Cscript%3E&embed=maybe&section=../../etc&tz=mars");
        assert_eq!(
            Prefs::from_query(&q, Lang::En),
            Prefs {
                lang: Lang::En,
                ..Prefs::default()
            }
        );
    }
}
