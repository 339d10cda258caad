//! The fact desk: where the article and other public records differ, or where the article's
//! wording says more than its source. Each entry names the records it rests on; the page shows
//! them in the table of all figures and the documents in the source list, and the tests below
//! hold that every record from outside the article is on the desk.

use super::facts::{ClaimId as C, FactId as F, Ref};
use super::Text;

/// One correction or clarification.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Correction {
    pub title: Text,
    /// What we found, in our words; `{fact_key}` placeholders name records.
    pub finding: Text,
    /// The records the finding rests on (each with its source in the table of all figures).
    pub refs: &'static [Ref],
}

pub const TITLE: Text = Text::new("更正与澄清", "Corrections and clarifications");
pub const INTRO: Text = Text::new(
    "原文与其他公开记录不一致、或措辞超出出处所说的地方，逐条列出。所依据的每条记录都在下方的全部数字表中，报道的标题、日期和网址列在来源里的“其他公开报道”下。",
    "Where the article and other public records differ, or where its wording says more than its source. Every record behind them is in the table of all figures below, and each report's title, date and address is listed under \"Other public reports\" in the sources.",
);
pub const DATA_FILES: Text = Text::new(
    "本页全部数字与陈述的记录（含来源、时间与网址），供其他媒体取用：",
    "Every figure and statement on this page as data, with sources, moments and addresses, for other newsrooms:",
);

pub static CORRECTIONS: &[Correction] = &[
    Correction {
        title: Text::new("06:30的报价不是当晚低点", "The 06:30 quote was not the night's low"),
        finding: Text::new(
            "原文给出的{btc_0630}是下跌途中的一个读数。彭博汇编的数据显示，比特币随后在亚洲早盘跌到{btc_intraday_low}，再反弹到{btc_rebound_high}；本页的实验室按这个低点判断仓位。",
            "The article's {btc_0630} was a reading taken during the fall. Bloomberg's compiled data show bitcoin went on to {btc_intraday_low} in early Asian trade before bouncing to {btc_rebound_high}; the labs here judge positions against that low.",
        ),
        refs: &[
            Ref::Fact(F::BtcAt0602Gmt),
            Ref::Fact(F::BtcAt0916Et),
            Ref::Fact(F::BtcAt0630),
            Ref::Fact(F::BtcLowCoinGecko),
            Ref::Fact(F::BtcIntradayLow),
            Ref::Fact(F::BtcReboundHigh),
            Ref::Fact(F::BtcAt1453EtFeb6),
        ],
    },
    Correction {
        title: Text::new("爆仓金额不等于亏损", "Liquidated value is not losses"),
        finding: Text::new(
            "CoinGlass的{liq_usd}是被强制平掉的仓位价值，不是交易者亏掉的钱。它是滚动24小时统计，读取时点不同，人数和金额也不同。",
            "CoinGlass's {liq_usd} is the value of the positions force-closed, not the money traders lost. It is a rolling 24-hour tally, so readings taken at other times give other counts and amounts.",
        ),
        refs: &[
            Ref::Fact(F::LiqTraders),
            Ref::Fact(F::LiqUsd),
            Ref::Fact(F::LiqTradersBitPinas),
            Ref::Fact(F::LiqUsdBitPinas),
            Ref::Fact(F::LiqTradersCoinsprobe),
            Ref::Fact(F::LiqUsdCoinsprobe),
        ],
    },
    Correction {
        title: Text::new("散户逼空是2021年的事", "The meme-stock squeeze was in 2021"),
        finding: Text::new(
            "原文把那场散户对决华尔街的风波记作2022年，实际是2021年1月。原文所说Robinhood融资余额单日减少{robinhood_margin_drop}，我们未能在Robinhood公布的数据里找到；它公布的1月末融资余额是{robinhood_margin_jan}。",
            "The article dates the meme-stock episode to 2022; it was January 2021. We could not find the article's one-day drop of {robinhood_margin_drop} in Robinhood's published data, which give a margin book of {robinhood_margin_jan} at the end of January.",
        ),
        refs: &[
            Ref::Claim(C::MemeStocksJan2021),
            Ref::Fact(F::RobinhoodMarginDrop),
            Ref::Fact(F::RobinhoodMarginJan),
        ],
    },
    Correction {
        title: Text::new("AAII看空比例未能核实", "The AAII bearish share could not be confirmed"),
        finding: Text::new(
            "原文称AAII调查的看空比例升到{aaii_bears}，为2008年12月以来最高。我们没能找到AAII当周的原始页面；能找到的2月5日调查摘要给出的看空比例是{aaii_bears_feb5}。",
            "The article says the AAII survey's bearish share rose to {aaii_bears}, the highest since December 2008. We could not find AAII's own page for that week; the summary we found of the survey published on 5 February gives {aaii_bears_feb5}.",
        ),
        refs: &[
            Ref::Fact(F::AaiiBears),
            Ref::Claim(C::AaiiHighestSince2008),
            Ref::Fact(F::AaiiBearsFeb5),
        ],
    },
    Correction {
        title: Text::new("哪一个恐惧与贪婪指数", "Which fear and greed index"),
        finding: Text::new(
            "原文称CNN恐惧与贪婪指数跌到{fear_greed}。据Benzinga，CNN的指数在2月5日收盘时为{cnn_fear_greed_feb5}；同一天前后跌到个位数的是另一个指数，即加密货币恐惧与贪婪指数（{crypto_fear_greed}）。",
            "The article puts CNN's Fear & Greed Index at {fear_greed}. Benzinga reported CNN's index at {cnn_fear_greed_feb5} at the close on 5 February; the gauge near single digits then was a different one, the Crypto Fear & Greed Index ({crypto_fear_greed}).",
        ),
        refs: &[
            Ref::Fact(F::FearGreed),
            Ref::Fact(F::CnnFearGreedFeb5),
            Ref::Fact(F::CryptoFearGreed),
        ],
    },
    Correction {
        title: Text::new("芝商所的两步上调", "CME's two steps"),
        finding: Text::new(
            "原文只写了新比例。白银{silver_day}的暴跌发生时，执行的是{cme_silver_margin_prior}，{cme_silver_margin}要到2月6日收盘后才生效；黄金同理（{cme_gold_margin_prior}到{cme_gold_margin}）。在此之前，2月2日收盘后已有一步上调。",
            "The article gives only the new levels. When silver fell {silver_day}, the margin in force was {cme_silver_margin_prior}; {cme_silver_margin} took effect only after the close on 6 February, and gold likewise went from {cme_gold_margin_prior} to {cme_gold_margin}. An earlier step had taken effect after the close on 2 February.",
        ),
        refs: &[
            Ref::Fact(F::SilverDay),
            Ref::Fact(F::CmeGoldMargin),
            Ref::Fact(F::CmeSilverMargin),
            Ref::Fact(F::CmeGoldMarginBeforeFeb2),
            Ref::Fact(F::CmeSilverMarginBeforeFeb2),
            Ref::Fact(F::CmeGoldMarginPrior),
            Ref::Fact(F::CmeSilverMarginPrior),
            Ref::Fact(F::CmeGoldMarginPriorHrp),
            Ref::Fact(F::CmeSilverMarginPriorHrp),
            Ref::Claim(C::CmePercentOfNotional),
            Ref::Claim(C::CmeHrpInitialMargin),
        ],
    },
    Correction {
        title: Text::new("失业金申请高于预期", "Jobless claims came in above forecast"),
        finding: Text::new(
            "原文说首次申领失业救济人数的升幅超出预期，这一点与报道一致：实际{jobless_claims}，预期{jobless_claims_forecast}，对经济而言是坏消息。",
            "The article says initial jobless claims rose more than expected, and the reports agree: {jobless_claims} against a forecast of {jobless_claims_forecast}, bad news for the economy.",
        ),
        refs: &[Ref::Fact(F::JoblessClaims), Ref::Fact(F::JoblessClaimsForecast)],
    },
    Correction {
        title: Text::new("交易所如何强平", "How exchanges liquidate"),
        finding: Text::new(
            "强平由标记价格触发，而不是某一家交易所的最新成交价；被强平的逐仓仓位，剩余保证金通常归入风险保障基金。实验室里其他币种的起始价格取自当天的报道。",
            "Liquidation is triggered by the mark price, not the last trade on one venue, and what is left of a liquidated isolated position's margin normally goes to the insurance fund. The labs' starting prices for other coins come from that day's reports.",
        ),
        refs: &[
            Ref::Claim(C::LiquidationOnMarkPrice),
            Ref::Claim(C::LiquidationInsuranceFund),
            Ref::Fact(F::EthPrice),
            Ref::Fact(F::XrpPrice),
            Ref::Fact(F::SolPrice),
            Ref::Fact(F::DogePrice),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::documents::document_for;
    use crate::content::facts::{CLAIMS, FACTS};
    use crate::content::story::facts_in;

    #[test]
    fn every_record_from_outside_the_article_is_on_the_fact_desk() {
        let listed: Vec<Ref> = CORRECTIONS
            .iter()
            .flat_map(|c| c.refs.iter().copied())
            .collect();
        for fact in FACTS
            .iter()
            .filter(|f| document_for(Ref::Fact(f.id)).is_some())
        {
            assert!(listed.contains(&Ref::Fact(fact.id)), "{:?}", fact.id);
        }
        for claim in CLAIMS
            .iter()
            .filter(|c| document_for(Ref::Claim(c.id)).is_some())
        {
            assert!(listed.contains(&Ref::Claim(claim.id)), "{:?}", claim.id);
        }
        // A figure named in a finding is also listed with its source below it.
        for correction in CORRECTIONS {
            for id in facts_in(&correction.finding) {
                assert!(correction.refs.contains(&Ref::Fact(id)), "{id:?}");
            }
        }
    }
}
