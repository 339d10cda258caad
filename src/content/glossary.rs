//! The market terms the copy uses, one word per idea in each language, and the words to avoid:
//! Chinese readers of Caixin or Yicai know 爆仓 and 强平, not a translator's 清算规模. A test reads
//! every copy module's source and fails on an avoided term.

use super::Text;

/// A term and what it means here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Term {
    pub term: Text,
    pub meaning: Text,
}

pub static TERMS: &[Term] = &[
    Term {
        term: Text::new("爆仓", "liquidation"),
        meaning: Text::new(
            "事件：保证金不足，仓位被交易所强制平掉",
            "the event: a position closed by the exchange because its margin ran out",
        ),
    },
    Term {
        term: Text::new("强平", "forced liquidation"),
        meaning: Text::new(
            "机制：交易所执行的强制平仓",
            "the mechanism: the exchange closing the position",
        ),
    },
    Term {
        term: Text::new("维持保证金率", "maintenance margin rate"),
        meaning: Text::new(
            "仓位价值中必须留作保证金的比例，跌破即强平",
            "the share of the position's value that must stay as margin; below it, liquidation",
        ),
    },
    Term {
        term: Text::new("追保", "margin call"),
        meaning: Text::new(
            "要求追加保证金，否则减仓或被强平",
            "a demand to add margin, or cut the position, or be liquidated",
        ),
    },
    Term {
        term: Text::new("穿仓", "negative equity"),
        meaning: Text::new(
            "亏损超过全部保证金，账户权益为负",
            "losses beyond all the margin: the account owes more than it holds",
        ),
    },
    Term {
        term: Text::new("标记价格", "mark price"),
        meaning: Text::new(
            "交易所用来触发强平的综合价格，而非最新成交价",
            "the blended price exchanges trigger liquidation on, not the last trade",
        ),
    },
    Term {
        term: Text::new("破产价格", "bankruptcy price"),
        meaning: Text::new(
            "亏损恰好等于保证金的价格",
            "the price at which losses equal the margin",
        ),
    },
    Term {
        term: Text::new("U本位永续合约", "USDT-margined perpetual"),
        meaning: Text::new(
            "以USDT计价和结算、没有到期日的合约",
            "a contract priced and settled in USDT with no expiry",
        ),
    },
    Term {
        term: Text::new("爆仓金额", "amount liquidated"),
        meaning: Text::new(
            "被强平仓位的价值，不等于交易者的亏损",
            "the value of the positions liquidated, not what traders lost",
        ),
    },
];

/// Words the copy must not use, each with what to write instead.
pub static AVOID: &[(&str, &str)] = &[
    ("清算规模", "爆仓规模"),
    ("被追加保证金", "追保"),
    ("逐仓线性永续", "U本位永续合约（逐仓）"),
    ("致命杠杆", "爆仓临界杠杆"),
    ("离开仓价", "距开仓价"),
    ("第一下冲击", "初始冲击"),
    ("市场有多薄", "市场深度"),
    ("损失合计", "爆仓金额合计"),
    ("Maintenance rate", "Maintenance margin rate"),
    ("maintenance rate of", "maintenance margin rate of"),
    (
        "jobless claims beat",
        "jobless claims rise more than forecast",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    /// Every module that holds copy, as source text.
    const COPY: &[(&str, &str)] = &[
        ("chart_copy.rs", include_str!("chart_copy.rs")),
        ("copy_cascade.rs", include_str!("copy_cascade.rs")),
        ("copy_labs.rs", include_str!("copy_labs.rs")),
        ("corrections.rs", include_str!("corrections.rs")),
        ("documents.rs", include_str!("documents.rs")),
        ("facts.rs", include_str!("facts.rs")),
        ("notice.rs", include_str!("notice.rs")),
        ("page.rs", include_str!("page.rs")),
        ("section_id.rs", include_str!("section_id.rs")),
        ("sources.rs", include_str!("sources.rs")),
        ("story.rs", include_str!("story.rs")),
        ("time.rs", include_str!("time.rs")),
        ("ui.rs", include_str!("ui.rs")),
        ("index.html", include_str!("../../index.html")),
    ];

    #[test]
    fn the_copy_uses_the_glossary_and_none_of_the_avoided_words() {
        for (file, text) in COPY {
            for (avoid, instead) in AVOID {
                assert!(
                    !text.contains(avoid),
                    "{file} says {avoid:?}; write {instead:?}"
                );
            }
            // 费率 alone is a fee; the margin rate is 维持保证金率 (资金费率 is the funding rate).
            assert!(
                !text.replace("资金费率", "").contains("费率"),
                "{file} says 费率 for a margin rate; write 维持保证金率"
            );
            // Leverage in Chinese prose is 倍: 20倍杠杆, not 20x杠杆.
            let chars: Vec<char> = text.chars().collect();
            for window in chars.windows(3) {
                assert!(
                    !(window[0].is_ascii_digit() && window[1] == 'x' && window[2] == '杠'),
                    "{file} writes leverage as 'x杠杆'"
                );
            }
        }
        for term in TERMS {
            assert!(!term.term.zh.is_empty() && !term.term.en.is_empty());
        }
    }
}
