//! The reader's language. Every piece of copy exists in both, enforced by [`Text`].
//!
//! The copy is about a third of the Wasm module, so the release build makes one module per
//! language (feature `only-zh` or `only-en`), each loaded by its own prerendered page; a switch
//! of language then opens the other page. Tests, prerendering and `trunk serve` carry both.

#[cfg(all(feature = "only-zh", feature = "only-en"))]
compile_error!("the features only-zh and only-en exclude each other");

/// A language the story is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Simplified Chinese, the default: the source article is Chinese.
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The languages whose copy this build carries.
    pub const BUILT: &'static [Lang] = if cfg!(feature = "only-zh") {
        &[Lang::Zh]
    } else if cfg!(feature = "only-en") {
        &[Lang::En]
    } else {
        &Lang::ALL
    };

    /// Whether this build can render the language; if not, its page must be opened.
    pub fn is_built(self) -> bool {
        Lang::BUILT.contains(&self)
    }

    /// The value of `<html lang>` and of the `lang` query parameter's canonical form.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The short form used in URLs (`?lang=zh`).
    pub fn param(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// Parses a query value leniently (`zh`, `zh-CN`, `ZH`, `en-US`…); anything else is `None`.
    pub fn parse(value: &str) -> Option<Lang> {
        let primary = value.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALIASES
            .iter()
            .find(|(alias, _)| *alias == primary)
            .map(|(_, lang)| *lang)
    }

    /// The primary subtags [`Lang::parse`] accepts (also written into `assets/prefs.js`).
    pub const ALIASES: [(&'static str, Lang); 3] =
        [("zh", Lang::Zh), ("cn", Lang::Zh), ("en", Lang::En)];

    /// The language to write copy in: `self`, or in a one-language build that build's language
    /// (it never writes another: a switch opens the other page, as [`Text::get`] assumes). Copy
    /// chosen by matching on it lets the compiler drop the other language's code.
    #[inline(always)]
    pub fn rendered(self) -> Lang {
        if cfg!(feature = "only-zh") {
            Lang::Zh
        } else if cfg!(feature = "only-en") {
            Lang::En
        } else {
            self
        }
    }

    /// The language's name in itself, for the switch. Not a [`Text`]: a one-language build must
    /// still name the other language.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::Zh => "中文",
            Lang::En => "English",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// One piece of copy in both languages. A missing translation is a compile error. A build for
/// one language keeps only that one: the other literal is dropped at compile time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    #[cfg(not(feature = "only-en"))]
    pub zh: &'static str,
    #[cfg(not(feature = "only-zh"))]
    pub en: &'static str,
}

impl Text {
    pub const fn new(zh: &'static str, en: &'static str) -> Self {
        #[cfg(feature = "only-en")]
        let _ = zh;
        #[cfg(feature = "only-zh")]
        let _ = en;
        Text {
            #[cfg(not(feature = "only-en"))]
            zh,
            #[cfg(not(feature = "only-zh"))]
            en,
        }
    }

    /// The copy in `lang`; in a one-language build, that language's (the app never renders
    /// another: it opens the other page instead).
    #[cfg(not(any(feature = "only-zh", feature = "only-en")))]
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    #[cfg(feature = "only-zh")]
    pub fn get(&self, _: Lang) -> &'static str {
        self.zh
    }

    #[cfg(feature = "only-en")]
    pub fn get(&self, _: Lang) -> &'static str {
        self.en
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_language_tags_leniently() {
        assert_eq!(Lang::parse("zh"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse(" EN-us "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
        assert_eq!(Lang::parse("<script>"), None);
    }

    #[test]
    fn param_round_trips() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.param()), Some(lang));
            assert_eq!(Lang::parse(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
            assert_ne!(lang.endonym(), lang.other().endonym());
        }
    }

    /// The build that writes both languages (the page's prerender, these tests) writes each in
    /// itself; only a one-language module folds them.
    #[test]
    fn a_two_language_build_renders_each_language_in_itself() {
        for lang in Lang::ALL {
            assert_eq!(lang.rendered(), lang);
        }
    }
}
