//! The risk notice: plain words, in both languages, shown in the page footer and once just
//! before the first lab (`sections::risk_notice`). Static copy, rendered the same way by the
//! prerender step and after hydration, so it takes its place from the first paint.

use super::Text;

/// What the notice is, said before it.
pub const RISK_NOTICE_LABEL: Text = Text::new("风险提示：", "Risk warning:");

pub const RISK_NOTICE: Text = Text::new(
    "本页只是对一次市场事件的解读，不构成任何投资建议。虚拟货币和杠杆交易风险极高：价格朝不利方向小幅波动，就可能触发强制平仓，让你亏掉投入的全部本金。文中的实验室是示意模型，不代表任何真实交易的结果。",
    "This page explains one night in the markets; it is not investment advice. Cryptocurrencies and leveraged trading are extremely risky: a small move against a position can set off a forced liquidation and wipe out all the money you put in. The labs are illustrative models, not the results of any real trade.",
);

/// Every string above, for audits and translators.
pub static ALL: &[(&str, Text)] = &[
    ("risk_notice_label", RISK_NOTICE_LABEL),
    ("risk_notice", RISK_NOTICE),
];

#[cfg(all(test, not(any(feature = "only-zh", feature = "only-en"))))]
mod tests {
    use super::*;

    #[test]
    fn the_notice_is_plain_text_in_both_languages() {
        for (key, text) in ALL {
            for value in [text.zh, text.en] {
                assert!(!value.trim().is_empty(), "{key}");
                assert!(!value.contains(['{', '}', '<', '>']), "{key}: {value}");
            }
        }
        assert!(RISK_NOTICE.zh.contains("投资建议") && RISK_NOTICE.zh.contains("本金"));
        assert!(RISK_NOTICE.en.contains("not investment advice"));
    }
}
