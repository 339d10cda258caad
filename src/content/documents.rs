//! Dated public documents beyond the article: what the page checked the article against, and
//! where the labs' exchange terms come from. [`document_for`] names the one behind each fact or
//! claim that rests on one, so the reader (and `data/facts.json`) gets its publisher, date and
//! address.
//!
//! Found in stored copies of public pages; where the copy was a repost, `url` is the original
//! publisher's page when the repost names it, and `note` says so.

use super::facts::{ClaimId, FactId, Ref};
use super::time::{full_date, CivilDate};
use super::{Lang, Text};

/// One public document.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Document {
    pub publisher: Text,
    /// The headline or page title, in the document's own language where it has only one.
    pub title: Text,
    /// `None` for undated reference pages (an exchange's FAQ).
    pub published: Option<CivilDate>,
    pub url: &'static str,
    /// What the reader should know about its age, scope or copy.
    pub note: Option<Text>,
}

impl Document {
    /// "6 Feb 2026" or "no date given".
    pub fn date_text(&self, lang: Lang) -> String {
        match self.published {
            Some(date) => full_date(date, Some(lang)),
            None => Text::new("页面未注明日期", "undated page")
                .get(lang)
                .to_string(),
        }
    }
}

const fn dated(year: i32, month: u8, day: u8) -> Option<CivilDate> {
    Some(CivilDate::new(year, month, day))
}

/// A page whose only title is its English one.
const fn english(title: &'static str) -> Text {
    Text::new(title, title)
}

// --- Bitcoin's path through the night ---------------------------------------------------------

pub static BLOOMBERG_BTC_LOW: Document = Document {
    publisher: Text::new("彭博社（经Business Standard转载）", "Bloomberg, via Business Standard"),
    title: english("Bitcoin bounces near $60,000 after 50% retreat from October highs"),
    published: dated(2026, 2, 6),
    url: "https://www.business-standard.com/amp/markets/cryptocurrency/bitcoin-bounces-near-60-000-after-50-retreat-from-october-highs-126020600252_1.html",
    note: None,
};

pub static BLOOMBERG_BTC_REBOUND_SG: Document = Document {
    publisher: Text::new("彭博社（经《海峡时报》转载）", "Bloomberg, via The Straits Times"),
    title: english("Bitcoin drops below US$61,000, wiping out gains since Trump's win"),
    published: dated(2026, 2, 6),
    url: "https://www.straitstimes.com/business/bitcoin-drops-below-71000-wiping-out-gain-since-trumps-win",
    note: None,
};

pub static FORBES_BTC_LOW: Document = Document {
    publisher: Text::new("《福布斯》（数据来自CoinGecko）", "Forbes (data from CoinGecko)"),
    title: english("Bitcoin Crashes To Around $60,000 As Historic Free Fall Worsens"),
    published: dated(2026, 2, 5),
    url: "https://www.forbes.com/sites/antoniopequenoiv/2026/02/05/bitcoin-crashes-to-around-60000-as-historic-free-fall-worsens-price-is-down-over-50-in-4-months/",
    note: Some(Text::new("核对所用的是一份转载副本", "checked against a reposted copy")),
};

pub static SCHWAB_MARKET_UPDATE: Document = Document {
    publisher: Text::new("嘉信理财（Charles Schwab）", "Charles Schwab"),
    title: english("Schwab Market Update: Gloom Persists as Layoffs Surge, Alphabet Weakens"),
    published: dated(2026, 2, 5),
    url: "https://international.schwab.com/resource-center/insights/content/schwab-market-update",
    note: None,
};

pub static TS2_CRYPTO_ROUT: Document = Document {
    publisher: Text::new("TS2（数据来自Investing.com）", "TS2 (Investing.com data)"),
    title: english("XRP price plunges 10% in crypto rout…"),
    published: dated(2026, 2, 5),
    url: "https://ts2.tech/?p=20782679",
    note: None,
};

pub static TRADEVAE_BTC_REBOUND: Document = Document {
    publisher: Text::new("TradeVae（数据来自Investing.com）", "TradeVae (Investing.com data)"),
    title: english("Bitcoin Surges Back Above $70,000 as Market Sees Short-Lived Rally"),
    published: dated(2026, 2, 6),
    url: "https://www.tradevae.com/news/cryptocurrency/bitcoin-surges-back-above-70000-as-market-sees-short-lived-rally",
    note: None,
};

pub static UTODAY_DOGE: Document = Document {
    publisher: Text::new(
        "U.Today（数据来自CoinMarketCap）",
        "U.Today (CoinMarketCap data)",
    ),
    title: Text::new(
        "狗狗币价格报道（未记录标题）",
        "Dogecoin price report (headline not recorded)",
    ),
    published: dated(2026, 2, 5),
    url: "https://u.today/dogecoin-doge-price-adds-zero-on-18-weekly-drawdown",
    note: None,
};

// --- Liquidation totals -----------------------------------------------------------------------

pub static BITPINAS_LIQUIDATIONS: Document = Document {
    publisher: Text::new("BitPinas（数据来自CoinGlass）", "BitPinas (CoinGlass data)"),
    title: english("Crypto Bloodbath: $2.2 Billion Liquidated as Bitcoin Spirals Toward $60,000"),
    published: dated(2026, 2, 6),
    url: "https://newscrypta.xyz/crypto-bloodbath-2-2-billion-liquidated-as-bitcoin-spirals-toward-60000",
    note: Some(Text::new("核对所用的是一份转载副本", "checked against a reposted copy")),
};

pub static COINSPROBE_LIQUIDATIONS: Document = Document {
    publisher: Text::new(
        "Coinsprobe（数据来自CoinGlass）",
        "Coinsprobe (CoinGlass data)",
    ),
    title: english("$2.6B Wiped Out in 24 Hours — Crypto's 10th Largest Liquidation Ever Just Hit"),
    published: dated(2026, 2, 6),
    url: "https://www.bitget.live/bg/news/detail/12560605186273",
    note: Some(Text::new("经Bitget新闻转载", "reposted by Bitget News")),
};

// --- CME margins ------------------------------------------------------------------------------

pub static REUTERS_CME_FEB6: Document = Document {
    publisher: Text::new("路透社（经Mining.com转载）", "Reuters, via Mining.com"),
    title: english("CME Group hikes gold, silver margins again as volatility grips markets"),
    published: dated(2026, 2, 6),
    url: "https://www.mining.com/web/cme-group-hikes-gold-silver-margins-again-as-volatility-grips-markets",
    note: None,
};

pub static SMM_CME_JAN30: Document = Document {
    publisher: Text::new("FX Leaders（经上海有色网转载）", "FX Leaders, via SMM (news.metal.com)"),
    title: english("CME Raises Gold, Silver Margins in Wake of Historic Precious Metals Crash"),
    published: dated(2026, 2, 2),
    url: "https://news.metal.com/en/newscontent/103751166-CME-Raises-Gold-Silver-Margins-in-Wake-of-Historic-Precious-Metals-Crash",
    note: None,
};

pub static FINANCE_MAGNATES_CME_JAN13: Document = Document {
    publisher: Text::new("Finance Magnates", "Finance Magnates"),
    title: english("Silver and Gold Price Surges Force CME to Change How It Calculates Precious Metal Margins"),
    published: dated(2026, 1, 13),
    url: "https://www.financemagnates.com/institutional-forex/exchanges/silver-and-gold-price-surges-force-cme-to-change-how-it-calculates-precious-metal-margins",
    note: None,
};

pub static CME_MARGINS_PAGE: Document = Document {
    publisher: Text::new("芝商所（CME Group）", "CME Group"),
    title: Text::new("履约保证金（保证金）说明页", "Performance Bonds/Margins"),
    published: None,
    url: "https://www.cmegroup.com/clearing/risk-management/performance-bonds-margins.html",
    note: None,
};

// --- Checks of the article's other claims -------------------------------------------------------

pub static SEC_MEME_STOCKS: Document = Document {
    publisher: Text::new(
        "美国证券交易委员会（SEC）",
        "US Securities and Exchange Commission",
    ),
    title: english("Staff Report on Equity and Options Market Structure Conditions in Early 2021"),
    published: dated(2021, 10, 18),
    url: "https://www.sec.gov/newsroom/speeches-statements/gensler-staff-statement-2021-10-18",
    note: None,
};

pub static GINLIX_AAII_FEB5: Document = Document {
    publisher: Text::new(
        "Ginlix（AAII调查摘要）",
        "Ginlix (summary of the AAII survey)",
    ),
    title: english("AAII Sentiment Survey: Neutral Sentiment Surges as Market Pulls Back"),
    published: dated(2026, 2, 6),
    url: "https://www.ginlix.ai/news/25607-Neutral-Sentiment-Surges-as-Market-Pulls-Back",
    note: Some(Text::new(
        "机器撰写的摘要；我们没能找到AAII本身当周的页面",
        "a machine-written summary; we could not find AAII's own page for that week",
    )),
};

pub static BENZINGA_FEAR_GREED_FEB5: Document = Document {
    publisher: Text::new("Benzinga", "Benzinga"),
    title: english("Dow Tumbles Almost 600 Amid Earnings; Investor Sentiment Declines Further, Greed Index Remains In Fear Zone"),
    published: dated(2026, 2, 6),
    url: "https://www.benzinga.com/markets/equities/26/02/50438463/dow-tumbles-almost-600-amid-earnings-investor-sentiment-declines-further-greed-index-remains-in-fear-zone",
    note: None,
};

pub static COINTELEGRAPH_CRYPTO_FEAR: Document = Document {
    publisher: Text::new("Cointelegraph", "Cointelegraph"),
    title: english("Price predictions 2/6: BTC, ETH, BNB, XRP, SOL, DOGE, ADA, BCH, HYPE, XMR"),
    published: dated(2026, 2, 6),
    url: "https://cointelegraph.com/news/price-predictions-2-6-btc-eth-bnb-xrp-sol-doge-ada-bch-hype-xmr",
    note: None,
};

pub static ROBINHOOD_OPERATING_DATA: Document = Document {
    publisher: Text::new("Robinhood（经MENAFN转载）", "Robinhood, via MENAFN"),
    title: english("Robinhood Markets, Inc. Reports February 2026 Operating Data"),
    published: dated(2026, 3, 12),
    url: "https://menafn.com/1110854815/Robinhood-Markets-Inc-Reports-February-2026-Operating-Data",
    note: None,
};

pub static RTT_JOBLESS_CLAIMS: Document = Document {
    publisher: Text::new("RTTNews（经finanzen.at转载）", "RTTNews, via finanzen.at"),
    title: english("U.S. Weekly Jobless Claims Rise More Than Expected"),
    published: dated(2026, 2, 5),
    url: "https://www.finanzen.at/nachrichten/zinsen/u-s-weekly-jobless-claims-rise-more-than-expected-1035789852",
    note: None,
};

// --- Exchange terms the labs use ----------------------------------------------------------------

pub static BINANCE_TIERS: Document = Document {
    publisher: Text::new("币安", "Binance"),
    title: Text::new(
        "币安公告：BTCUSDT 永续合约杠杆与保证金档位更新",
        "Updates to Leverage and Margin Tiers of Binance Futures Contracts (BTCUSDT)",
    ),
    published: dated(2021, 3, 18),
    url: "https://www.binance.com/en/support/announcement/86cf9aa472574b8cb2e05bb751c2a9a6",
    note: Some(Text::new(
        "这是我们能找到的最近一份完整档位表，币安此后调整过档位",
        "the latest complete table we could source; Binance has adjusted its tiers since",
    )),
};

pub static BYBIT_TIERS: Document = Document {
    publisher: Text::new("Bybit", "Bybit"),
    title: Text::new(
        "“保证金参数”页面：BTCUSDT 风险限额",
        "Margin Parameters: BTCUSDT risk limits",
    ),
    published: None,
    url: "https://www.bybit.com/en/announcement-info/margin-parameters",
    note: None,
};

pub static BINANCE_FORMULA: Document = Document {
    publisher: Text::new("币安", "Binance"),
    title: Text::new(
        "如何计算U本位合约强平价格",
        "How to Calculate Liquidation Price of USDⓈ-M Futures Contracts",
    ),
    published: None,
    url: "https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93",
    note: None,
};

pub static BYBIT_FORMULA: Document = Document {
    publisher: Text::new("Bybit", "Bybit"),
    title: Text::new("强平价格（USDT合约）", "Liquidation Price (USDT Contract)"),
    published: None,
    url: "https://www.bybit.com/en/help-center/article/Liquidation-Price-USDT-Contract",
    note: None,
};

pub static BINANCE_LIQUIDATION_PROTOCOL: Document = Document {
    publisher: Text::new("币安", "Binance"),
    title: Text::new("强平机制", "Liquidation Protocols"),
    published: None,
    url: "https://www.binance.com/en/support/faq/liquidation-protocols-360033525271",
    note: None,
};

pub static BINANCE_INSURANCE_FUND: Document = Document {
    publisher: Text::new("币安", "Binance"),
    title: Text::new("风险保障基金介绍", "Introduction to Insurance Funds"),
    published: None,
    url: "https://www.binance.com/en/support/faq/introduction-to-insurance-funds-360033525371",
    note: None,
};

/// Every document, for the sources list and the data files.
pub static ALL: &[&Document] = &[
    &BLOOMBERG_BTC_LOW,
    &BLOOMBERG_BTC_REBOUND_SG,
    &FORBES_BTC_LOW,
    &SCHWAB_MARKET_UPDATE,
    &TS2_CRYPTO_ROUT,
    &TRADEVAE_BTC_REBOUND,
    &UTODAY_DOGE,
    &BITPINAS_LIQUIDATIONS,
    &COINSPROBE_LIQUIDATIONS,
    &REUTERS_CME_FEB6,
    &SMM_CME_JAN30,
    &FINANCE_MAGNATES_CME_JAN13,
    &CME_MARGINS_PAGE,
    &SEC_MEME_STOCKS,
    &GINLIX_AAII_FEB5,
    &BENZINGA_FEAR_GREED_FEB5,
    &COINTELEGRAPH_CRYPTO_FEAR,
    &ROBINHOOD_OPERATING_DATA,
    &RTT_JOBLESS_CLAIMS,
    &BINANCE_TIERS,
    &BYBIT_TIERS,
    &BINANCE_FORMULA,
    &BYBIT_FORMULA,
    &BINANCE_LIQUIDATION_PROTOCOL,
    &BINANCE_INSURANCE_FUND,
];

/// The dated public document a record comes from: every figure and statement the page adds
/// beyond the article, and none of the article's own. Kept apart from the records so the Wasm
/// module, which shows the records, does not carry every document's address.
pub fn document_for(record: Ref) -> Option<&'static Document> {
    Some(match record {
        Ref::Fact(FactId::BtcAt0602Gmt) => &TS2_CRYPTO_ROUT,
        Ref::Fact(FactId::BtcAt0916Et) => &SCHWAB_MARKET_UPDATE,
        Ref::Fact(FactId::BtcLowCoinGecko) => &FORBES_BTC_LOW,
        Ref::Fact(FactId::BtcIntradayLow) => &BLOOMBERG_BTC_LOW,
        Ref::Fact(FactId::BtcReboundHigh) => &BLOOMBERG_BTC_LOW,
        Ref::Fact(FactId::BtcAt1453EtFeb6) => &TRADEVAE_BTC_REBOUND,
        Ref::Fact(FactId::EthPrice) => &TS2_CRYPTO_ROUT,
        Ref::Fact(FactId::XrpPrice) => &TS2_CRYPTO_ROUT,
        Ref::Fact(FactId::SolPrice) => &COINSPROBE_LIQUIDATIONS,
        Ref::Fact(FactId::DogePrice) => &UTODAY_DOGE,
        Ref::Fact(FactId::LiqTradersBitPinas) => &BITPINAS_LIQUIDATIONS,
        Ref::Fact(FactId::LiqUsdBitPinas) => &BITPINAS_LIQUIDATIONS,
        Ref::Fact(FactId::LiqTradersCoinsprobe) => &COINSPROBE_LIQUIDATIONS,
        Ref::Fact(FactId::LiqUsdCoinsprobe) => &COINSPROBE_LIQUIDATIONS,
        Ref::Fact(FactId::CmeGoldMarginBeforeFeb2) => &SMM_CME_JAN30,
        Ref::Fact(FactId::CmeSilverMarginBeforeFeb2) => &SMM_CME_JAN30,
        Ref::Fact(FactId::CmeGoldMarginPrior) => &REUTERS_CME_FEB6,
        Ref::Fact(FactId::CmeSilverMarginPrior) => &REUTERS_CME_FEB6,
        Ref::Fact(FactId::CmeGoldMarginPriorHrp) => &SMM_CME_JAN30,
        Ref::Fact(FactId::CmeSilverMarginPriorHrp) => &SMM_CME_JAN30,
        Ref::Fact(FactId::AaiiBearsFeb5) => &GINLIX_AAII_FEB5,
        Ref::Fact(FactId::CnnFearGreedFeb5) => &BENZINGA_FEAR_GREED_FEB5,
        Ref::Fact(FactId::CryptoFearGreed) => &COINTELEGRAPH_CRYPTO_FEAR,
        Ref::Fact(FactId::RobinhoodMarginJan) => &ROBINHOOD_OPERATING_DATA,
        Ref::Fact(FactId::JoblessClaims) => &RTT_JOBLESS_CLAIMS,
        Ref::Fact(FactId::JoblessClaimsForecast) => &RTT_JOBLESS_CLAIMS,
        Ref::Claim(ClaimId::CmePercentOfNotional) => &FINANCE_MAGNATES_CME_JAN13,
        Ref::Claim(ClaimId::CmeHrpInitialMargin) => &CME_MARGINS_PAGE,
        Ref::Claim(ClaimId::MemeStocksJan2021) => &SEC_MEME_STOCKS,
        Ref::Claim(ClaimId::LiquidationOnMarkPrice) => &BINANCE_LIQUIDATION_PROTOCOL,
        Ref::Claim(ClaimId::LiquidationInsuranceFund) => &BINANCE_INSURANCE_FUND,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_document_has_an_https_address_a_publisher_and_a_title() {
        let mut urls = std::collections::HashSet::new();
        for doc in ALL {
            assert!(doc.url.starts_with("https://"), "{}", doc.url);
            assert!(urls.insert(doc.url), "listed twice: {}", doc.url);
            for lang in Lang::ALL {
                assert!(!doc.publisher.get(lang).trim().is_empty());
                assert!(!doc.title.get(lang).trim().is_empty());
                assert!(!doc.date_text(lang).is_empty());
            }
        }
        assert_eq!(REUTERS_CME_FEB6.date_text(Lang::En), "6 Feb 2026");
        assert_eq!(REUTERS_CME_FEB6.date_text(Lang::Zh), "2026年2月6日");
    }
}
