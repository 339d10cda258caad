//! Reader preferences inside an island: language, theme, clock, embedding, section.
//!
//! An island's root reads them once from its props and the address bar (and follows the clock
//! switch) and provides them as a context, after yew's `contexts` example; nothing inside an
//! island changes them. The labs keep their fast-changing state locally.

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
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// `auto`, `light` or `dark`, in any case, trimmed.
    pub fn parse(value: &str) -> Option<Theme> {
        let value = value.trim().to_ascii_lowercase();
        Theme::ALL.into_iter().find(|theme| theme.param() == value)
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
    /// `tz=et`: the clock exact times are shown in (the night clock, times in the prose).
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

/// Provides `Prefs` to an island's components (and to the static page's, at build time).
pub type PrefsProvider = ContextProvider<Prefs>;

/// The reader's preferences; outside a provider (isolated component tests) the defaults.
#[hook]
pub fn use_prefs() -> Prefs {
    use_context::<Prefs>().unwrap_or_default()
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
