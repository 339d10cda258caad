//! The story's sections, in reading order. Their slugs are public: deep links (`#crypto`),
//! single-section embeds (`?section=leverage`) and the prerendered markup all use them.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SectionId {
    Opening,
    Crypto,
    Liquidations,
    LeverageLab,
    Confidence,
    WallStreet,
    AiTrigger,
    Jobs,
    Havens,
    MarginLab,
    Oil,
    Fed,
    Contagion,
    AccountLab,
    Cascade,
    Fear,
    Closing,
    Sources,
}

impl SectionId {
    pub const ALL: [SectionId; 18] = [
        SectionId::Opening,
        SectionId::Crypto,
        SectionId::Liquidations,
        SectionId::LeverageLab,
        SectionId::Confidence,
        SectionId::WallStreet,
        SectionId::AiTrigger,
        SectionId::Jobs,
        SectionId::Havens,
        SectionId::MarginLab,
        SectionId::Oil,
        SectionId::Fed,
        SectionId::Contagion,
        SectionId::AccountLab,
        SectionId::Cascade,
        SectionId::Fear,
        SectionId::Closing,
        SectionId::Sources,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            SectionId::Opening => "opening",
            SectionId::Crypto => "crypto",
            SectionId::Liquidations => "liquidations",
            SectionId::LeverageLab => "leverage",
            SectionId::Confidence => "confidence",
            SectionId::WallStreet => "wall-street",
            SectionId::AiTrigger => "ai",
            SectionId::Jobs => "jobs",
            SectionId::Havens => "havens",
            SectionId::MarginLab => "margin",
            SectionId::Oil => "oil",
            SectionId::Fed => "fed",
            SectionId::Contagion => "contagion",
            SectionId::AccountLab => "account",
            SectionId::Cascade => "cascade",
            SectionId::Fear => "fear",
            SectionId::Closing => "closing",
            SectionId::Sources => "sources",
        }
    }

    /// Exact, case-insensitive slug match; anything else is `None` (and the full story shows).
    pub fn parse(value: &str) -> Option<SectionId> {
        let value = value.trim();
        SectionId::ALL
            .into_iter()
            .find(|id| id.slug().eq_ignore_ascii_case(value))
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
}
