//! The story's sections, in reading order. Their slugs are public: deep links (`#crypto`),
//! single-section embeds (`?section=leverage`) and the prerendered markup all use them.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionId {
    Opening,
    Crypto,
    Liquidations,
    LeverageLab,
    Markets,
    Havens,
    MarginLab,
    AccountLab,
    Cascade,
    Closing,
    Sources,
}

impl SectionId {
    pub const ALL: [SectionId; 11] = [
        SectionId::Opening,
        SectionId::Crypto,
        SectionId::Liquidations,
        SectionId::LeverageLab,
        SectionId::Markets,
        SectionId::Havens,
        SectionId::MarginLab,
        SectionId::AccountLab,
        SectionId::Cascade,
        SectionId::Closing,
        SectionId::Sources,
    ];

    /// Slugs of sections that were folded into a chapter when the story was cut to length
    /// (issue 14), with the chapter each now lands in. Published deep links and embeds use them:
    /// each is an anchor at the top of its chapter, and [`SectionId::parse`] accepts it.
    pub const ALIASES: [(&'static str, SectionId); 8] = [
        ("confidence", SectionId::Crypto),
        ("contagion", SectionId::Liquidations),
        ("wall-street", SectionId::Markets),
        ("ai", SectionId::Markets),
        ("jobs", SectionId::Markets),
        ("oil", SectionId::Markets),
        ("fed", SectionId::Markets),
        ("fear", SectionId::Closing),
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SectionId::Opening => "opening",
            SectionId::Crypto => "crypto",
            SectionId::Liquidations => "liquidations",
            SectionId::LeverageLab => "leverage",
            SectionId::Markets => "markets",
            SectionId::Havens => "havens",
            SectionId::MarginLab => "margin",
            SectionId::AccountLab => "account",
            SectionId::Cascade => "cascade",
            SectionId::Closing => "closing",
            SectionId::Sources => "sources",
        }
    }

    /// The old slugs that now land in this section.
    pub fn aliases(self) -> impl Iterator<Item = &'static str> {
        SectionId::ALIASES
            .into_iter()
            .filter(move |(_, id)| *id == self)
            .map(|(alias, _)| alias)
    }

    /// Exact, case-insensitive match of a slug or an old slug; anything else is `None` (and the
    /// full story shows).
    pub fn parse(value: &str) -> Option<SectionId> {
        let value = value.trim();
        SectionId::ALL
            .into_iter()
            .map(|id| (id.slug(), id))
            .chain(SectionId::ALIASES)
            .find(|(slug, _)| slug.eq_ignore_ascii_case(value))
            .map(|(_, id)| id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_unique_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for id in SectionId::ALL {
            assert!(seen.insert(id.slug()), "duplicate slug {}", id.slug());
            assert_eq!(SectionId::parse(id.slug()), Some(id));
            assert!(id
                .slug()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
        }
        assert_eq!(SectionId::parse("LEVERAGE"), Some(SectionId::LeverageLab));
        assert_eq!(SectionId::parse("nope"), None);
    }

    #[test]
    fn old_slugs_land_in_their_chapter() {
        for (alias, id) in SectionId::ALIASES {
            assert_eq!(SectionId::parse(alias), Some(id));
            assert!(
                SectionId::ALL.iter().all(|s| s.slug() != alias),
                "{alias} is a slug"
            );
            assert!(id.aliases().any(|a| a == alias));
        }
        assert_eq!(SectionId::parse(" Wall-Street "), Some(SectionId::Markets));
    }
}
