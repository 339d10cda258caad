//! Every figure of the story, once, with its source and the moment it describes ([`Fact`]), and
//! every attributed statement without a number ([`Claim`]). Prose and charts refer to these by
//! id; nothing else in the crate writes a figure down.

use super::sources::Source;
use super::time::{self, CivilDate, DayPart, Moment, Zone};
use super::Text;

/// Declares a fieldless id enum with stable snake_case keys, `ALL`, `COUNT`, `key` and `from_key`.
macro_rules! keyed_ids {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variant:ident => $key:literal,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $($variant,)* }

        impl $name {
            pub const COUNT: usize = [$($key),*].len();
            pub const ALL: &'static [$name] = &[$($name::$variant,)*];

            /// The placeholder/CSV key.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)* }
            }

            pub fn from_key(key: &str) -> Option<$name> {
                match key { $($key => Some($name::$variant),)* _ => None }
            }
        }
    };
}
pub(crate) use keyed_ids;

/// What a fact's value counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    Usd,
    UsdPerBarrel,
    /// Renminbi yuan.
    Cny,
    /// A number of bitcoins.
    Btc,
    /// People, job cuts, orders.
    Count,
    /// A move, signed: −12.81 means a fall of 12.81 %.
    PercentChange,
    /// A level or share in percent (a margin rate, a survey share, a growth rate).
    Percent,
    /// A market-implied probability in percent points (0–100).
    Probability,
    /// An index reading on its own scale (CNN Fear & Greed, 0–100).
    IndexScore,
    /// A number of trading days.
    Days,
}

impl Unit {
    pub fn code(self) -> &'static str {
        match self {
            Unit::Usd => "usd",
            Unit::UsdPerBarrel => "usd_per_barrel",
            Unit::Cny => "cny",
            Unit::Btc => "btc",
            Unit::Count => "count",
            Unit::PercentChange => "percent_change",
            Unit::Percent => "percent",
            Unit::Probability => "probability_percent",
            Unit::IndexScore => "index_score",
            Unit::Days => "days",
        }
    }

    pub fn label(self) -> Text {
        match self {
            Unit::Usd => Text::new("美元", "US dollars"),
            Unit::UsdPerBarrel => Text::new("美元/桶", "US dollars a barrel"),
            Unit::Cny => Text::new("人民币元", "yuan"),
            Unit::Btc => Text::new("枚比特币", "bitcoins"),
            Unit::Count => Text::new("个数", "count"),
            Unit::PercentChange => Text::new("涨跌幅（%）", "change (%)"),
            Unit::Percent => Text::new("百分比", "percent"),
            Unit::Probability => Text::new("概率（%）", "probability (%)"),
            Unit::IndexScore => Text::new("指数读数", "index reading"),
            Unit::Days => Text::new("交易日", "trading days"),
        }
    }
}

/// How exact the article's figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bound {
    Exact,
    /// "超过 / more than": the magnitude exceeds the value. For a signed move (−22 %) it means
    /// a fall deeper than 22 %. Never shown as an exact value.
    MoreThan,
    /// "约 / about".
    About,
    /// "不到 / under": the magnitude is below the value.
    LessThan,
}

impl Bound {
    pub fn label(self) -> Text {
        match self {
            Bound::Exact => Text::new("原文给出的数值", "as stated"),
            Bound::MoreThan => Text::new("下限（超过此数）", "lower bound (more than this)"),
            Bound::About => Text::new("约数", "approximate"),
            Bound::LessThan => Text::new("上限（不到此数）", "upper bound (under this)"),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::MoreThan => "more_than",
            Bound::About => "about",
            Bound::LessThan => "less_than",
        }
    }
}

/// One figure of the article.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fact {
    pub id: FactId,
    pub value: f64,
    pub unit: Unit,
    pub bound: Bound,
    pub as_of: Moment,
    pub source: Source,
    /// What the number is, for tables and chart labels (no figures in it).
    pub label: Text,
    /// A caveat the reader should see next to the number.
    pub note: Option<Text>,
}

keyed_ids! {
    /// Every figure of the story: the article's, and those the page adds from other reports.
    pub enum FactId {
        BtcAbove => "btc_above",
        BtcAt0630 => "btc_0630",
        BtcDay => "btc_day",
        BtcFromPeak => "btc_from_peak",
        BtcCapPeak => "btc_cap_peak",
        BtcCapNow => "btc_cap_now",
        EthDay => "eth_day",
        XrpDay => "xrp_day",
        SolDay => "sol_day",
        DogeDay => "doge_day",
        LiqTraders => "liq_traders",
        LiqUsd => "liq_usd",
        LiqCny => "liq_cny",
        EtfInMonday => "etf_in_monday",
        EtfOutTwoDays => "etf_out_two_days",
        EtfBtcBought2025 => "etf_btc_bought_2025",
        Line70k => "line_70k",
        Poly65kLevel => "poly_65k_level",
        Poly65kProb => "poly_65k_prob",
        Poly55kLevel => "poly_55k_level",
        Poly55kProb => "poly_55k_prob",
        UsIndexesDay => "us_indexes_day",
        NasdaqDay => "nasdaq_day",
        NasdaqStreak => "nasdaq_streak",
        AmznDay => "amzn_day",
        MsftDay => "msft_day",
        TslaDay => "tsla_day",
        NvdaDay => "nvda_day",
        FactsetIntraday => "factset_intraday",
        TriDay => "tri_day",
        ChallengerJan => "challenger_jan",
        GdpGrowth => "gdp_growth",
        SilverDay => "silver_day",
        GoldDay => "gold_day",
        CmeGoldMargin => "cme_gold_margin",
        CmeSilverMargin => "cme_silver_margin",
        WtiDay => "wti_day",
        WtiPrice => "wti_price",
        BrentDay => "brent_day",
        BrentPrice => "brent_price",
        AccountBefore => "account_before",
        AccountAfter => "account_after",
        RobinhoodMarginDrop => "robinhood_margin_drop",
        FearGreed => "fear_greed",
        AaiiBears => "aaii_bears",
        BtcAt0602Gmt => "btc_0602_gmt",
        BtcAt0916Et => "btc_0916_et",
        BtcLowCoinGecko => "btc_low_coingecko",
        BtcIntradayLow => "btc_intraday_low",
        BtcReboundHigh => "btc_rebound_high",
        BtcAt1453EtFeb6 => "btc_1453_et_feb6",
        EthPrice => "eth_price",
        XrpPrice => "xrp_price",
        SolPrice => "sol_price",
        DogePrice => "doge_price",
        LiqTradersBitPinas => "liq_traders_bitpinas",
        LiqUsdBitPinas => "liq_usd_bitpinas",
        LiqTradersCoinsprobe => "liq_traders_coinsprobe",
        LiqUsdCoinsprobe => "liq_usd_coinsprobe",
        CmeGoldMarginBeforeFeb2 => "cme_gold_margin_before_feb2",
        CmeSilverMarginBeforeFeb2 => "cme_silver_margin_before_feb2",
        CmeGoldMarginPrior => "cme_gold_margin_prior",
        CmeSilverMarginPrior => "cme_silver_margin_prior",
        CmeGoldMarginPriorHrp => "cme_gold_margin_prior_hrp",
        CmeSilverMarginPriorHrp => "cme_silver_margin_prior_hrp",
        AaiiBearsFeb5 => "aaii_bears_feb5",
        CnnFearGreedFeb5 => "cnn_fear_greed_feb5",
        CryptoFearGreed => "crypto_fear_greed",
        RobinhoodMarginJan => "robinhood_margin_jan",
        JoblessClaims => "jobless_claims",
        JoblessClaimsForecast => "jobless_claims_forecast",
    }
}

impl FactId {
    pub fn fact(self) -> &'static Fact {
        fact(self)
    }
}

/// The record for `id`.
pub fn fact(id: FactId) -> &'static Fact {
    // `FACTS` has exactly `FactId::COUNT` entries in declaration order (checked by a test), so
    // the index is always in range.
    &FACTS[id as usize]
}

const fn f(
    id: FactId,
    value: f64,
    unit: Unit,
    bound: Bound,
    as_of: Moment,
    source: Source,
    label: Text,
) -> Fact {
    Fact {
        id,
        value,
        unit,
        bound,
        as_of,
        source,
        label,
        note: None,
    }
}

/// A day whose zone the report does not give.
const fn day(month: u8, day: u8) -> Moment {
    Moment::Day {
        date: CivilDate::new(2026, month, day),
        zone: Zone::Unstated,
        part: DayPart::Whole,
    }
}

const fn noted(fact: Fact, note: Text) -> Fact {
    Fact {
        note: Some(note),
        ..fact
    }
}

use Bound::{About, Exact, LessThan, MoreThan};
use FactId as F;
use Source as S;
use Unit as U;

/// All facts, in `FactId` order.
pub static FACTS: [Fact; FactId::COUNT] = [
    f(F::BtcAbove, 70_000.0, U::Usd, MoreThan, time::BEFORE_0630, S::MarketData,
        Text::new("下跌开始前的比特币价格", "Bitcoin price before the slide")),
    f(F::BtcAt0630, 63_860.8, U::Usd, Exact, time::BJ_0630, S::MarketData,
        Text::new("比特币报价（下跌途中的读数，并非当晚低点）", "Bitcoin price in a reading during the fall (not the night's low)")),
    f(F::BtcDay, -12.81, U::PercentChange, Exact, time::BJ_0630, S::MarketData,
        Text::new("比特币日内涨跌幅", "Bitcoin, change on the day")),
    f(F::BtcFromPeak, -48.0, U::PercentChange, MoreThan, time::SMALL_HOURS, S::MarketData,
        Text::new("比特币较去年高点的累计跌幅", "Bitcoin, fall from last year's peak")),
    f(F::BtcCapPeak, 2.48e12, U::Usd, Exact, time::OCT_2025, S::MarketData,
        Text::new("比特币总市值（高点）", "Bitcoin market value at the peak")),
    f(F::BtcCapNow, 1.27e12, U::Usd, Exact, time::SMALL_HOURS, S::MarketData,
        Text::new("比特币总市值（暴跌后）", "Bitcoin market value after the fall")),
    f(F::EthDay, -13.1, U::PercentChange, Exact, time::SMALL_HOURS, S::MarketData,
        Text::new("以太坊涨跌幅", "Ether, change")),
    f(F::XrpDay, -22.0, U::PercentChange, MoreThan, time::SMALL_HOURS, S::MarketData,
        Text::new("XRP涨跌幅", "XRP, change")),
    f(F::SolDay, -14.0, U::PercentChange, MoreThan, time::SMALL_HOURS, S::MarketData,
        Text::new("SOL涨跌幅", "Solana (SOL), change")),
    f(F::DogeDay, -14.0, U::PercentChange, MoreThan, time::SMALL_HOURS, S::MarketData,
        Text::new("狗狗币涨跌幅", "Dogecoin, change")),
    f(F::LiqTraders, 430_000.0, U::Count, MoreThan, time::COINGLASS_24H, S::CoinGlass,
        Text::new("爆仓人数", "Traders liquidated")),
    f(F::LiqUsd, 2.069e9, U::Usd, Exact, time::COINGLASS_24H, S::CoinGlass,
        Text::new("爆仓金额", "Amount liquidated")),
    noted(
        f(F::LiqCny, 14.4e9, U::Cny, About, time::COINGLASS_24H, S::CoinGlass,
            Text::new("爆仓金额（折合人民币）", "Amount liquidated, in yuan")),
        Text::new("人民币金额按原文的折算", "Converted to yuan as in the article"),
    ),
    f(F::EtfInMonday, 562e6, U::Usd, About, time::MONDAY, S::Bloomberg,
        Text::new("比特币ETF周一净流入", "Bitcoin ETF net inflow, Monday")),
    f(F::EtfOutTwoDays, 800e6, U::Usd, MoreThan, time::TUE_WED, S::Bloomberg,
        Text::new("比特币ETF随后两个交易日的资金流出", "Bitcoin ETF outflows over the next two trading days")),
    f(F::EtfBtcBought2025, 46_000.0, U::Btc, Exact, time::SAME_2025, S::CryptoQuant,
        Text::new("一年前同期美国ETF买入的比特币", "Bitcoin bought by US ETFs a year earlier")),
    f(F::Line70k, 70_000.0, U::Usd, Exact, Moment::AsReported, S::Article,
        Text::new("被视为心理关口的价位", "Price seen as a psychological floor")),
    f(F::Poly65kLevel, 65_000.0, U::Usd, Exact, Moment::AsReported, S::Polymarket,
        Text::new("Polymarket合约：较高价位", "Polymarket threshold, higher")),
    f(F::Poly65kProb, 82.0, U::Probability, Exact, Moment::AsReported, S::Polymarket,
        Text::new("年内跌破较高价位的概率", "Odds of falling below the higher threshold this year")),
    f(F::Poly55kLevel, 55_000.0, U::Usd, Exact, Moment::AsReported, S::Polymarket,
        Text::new("Polymarket合约：较低价位", "Polymarket threshold, lower")),
    f(F::Poly55kProb, 60.0, U::Probability, About, Moment::AsReported, S::Polymarket,
        Text::new("年内跌破较低价位的概率", "Odds of falling below the lower threshold this year")),
    f(F::UsIndexesDay, -1.0, U::PercentChange, MoreThan, time::US_SESSION, S::MarketData,
        Text::new("美股三大指数各自跌幅", "Each of the three main US indexes")),
    f(F::NasdaqDay, -1.59, U::PercentChange, Exact, time::US_SESSION, S::MarketData,
        Text::new("纳斯达克指数涨跌幅", "Nasdaq, change")),
    f(F::NasdaqStreak, 3.0, U::Days, Exact, time::US_SESSION, S::MarketData,
        Text::new("纳指连续遭抛售的天数", "Nasdaq, days of heavy selling in a row")),
    f(F::AmznDay, -4.0, U::PercentChange, MoreThan, time::US_SESSION, S::MarketData,
        Text::new("亚马逊", "Amazon")),
    f(F::MsftDay, -4.0, U::PercentChange, MoreThan, time::US_SESSION, S::MarketData,
        Text::new("微软", "Microsoft")),
    f(F::TslaDay, -2.0, U::PercentChange, MoreThan, time::US_SESSION, S::MarketData,
        Text::new("特斯拉", "Tesla")),
    f(F::NvdaDay, -1.0, U::PercentChange, MoreThan, time::US_SESSION, S::MarketData,
        Text::new("英伟达", "Nvidia")),
    f(F::FactsetIntraday, -10.0, U::PercentChange, MoreThan, time::US_SESSION, S::MarketData,
        Text::new("FactSet盘中跌幅", "FactSet, intraday")),
    f(F::TriDay, -5.0, U::PercentChange, MoreThan, time::US_SESSION, S::MarketData,
        Text::new("汤森路透", "Thomson Reuters")),
    f(F::ChallengerJan, 108_435.0, U::Count, Exact, time::JAN_2026, S::ChallengerGrayChristmas,
        Text::new("美国雇主宣布的裁员人数", "Job cuts announced by US employers")),
    f(F::GdpGrowth, 4.0, U::Percent, About, Moment::AsReported, S::Allianz,
        Text::new("埃里安所说的GDP增速", "GDP growth rate cited by El-Erian")),
    f(F::SilverDay, -19.0, U::PercentChange, MoreThan, time::NIGHT, S::MarketData,
        Text::new("现货白银盘中跌幅", "Spot silver, intraday")),
    f(F::GoldDay, -3.0, U::PercentChange, MoreThan, time::NIGHT, S::MarketData,
        Text::new("现货黄金跌幅", "Spot gold")),
    f(F::CmeGoldMargin, 9.0, U::Percent, Exact, time::CME_EFFECTIVE, S::CmeGroup,
        Text::new("CME黄金期货保证金比例", "CME gold futures margin, share of contract value")),
    f(F::CmeSilverMargin, 18.0, U::Percent, Exact, time::CME_EFFECTIVE, S::CmeGroup,
        Text::new("CME白银期货保证金比例", "CME silver futures margin, share of contract value")),
    f(F::WtiDay, -2.84, U::PercentChange, Exact, time::US_SESSION, S::MarketData,
        Text::new("WTI原油期货涨跌幅", "WTI crude futures, change")),
    f(F::WtiPrice, 63.29, U::UsdPerBarrel, Exact, time::US_SESSION, S::MarketData,
        Text::new("WTI原油期货收盘价", "WTI crude futures, close")),
    f(F::BrentDay, -2.75, U::PercentChange, Exact, time::US_SESSION, S::MarketData,
        Text::new("布伦特原油期货涨跌幅", "Brent crude futures, change")),
    f(F::BrentPrice, 67.55, U::UsdPerBarrel, Exact, time::US_SESSION, S::MarketData,
        Text::new("布伦特原油期货收盘价", "Brent crude futures, close")),
    f(F::AccountBefore, 1.2e6, U::Usd, Exact, Moment::Undated, S::Article,
        Text::new("流传帖子中的账户余额（之前）", "Account balance in a widely shared post, before")),
    f(F::AccountAfter, 40_000.0, U::Usd, LessThan, Moment::Undated, S::Article,
        Text::new("流传帖子中的账户余额（之后）", "Account balance in a widely shared post, after")),
    noted(
        f(F::RobinhoodMarginDrop, 12e9, U::Usd, Exact, Moment::Undated, S::Robinhood,
            Text::new("Robinhood融资余额单日降幅", "Robinhood margin balances, one-day drop")),
        Text::new(
            "原文数字，未能在Robinhood公布的数据中核实；原文对散户逼空风波的年份也写错了，见“更正与澄清”",
            "The article's figure, not confirmed in Robinhood's published data; the article also misdates the meme-stock episode (see Corrections and clarifications)",
        ),
    ),
    f(F::FearGreed, 10.0, U::IndexScore, Exact, Moment::AsReported, S::Cnn,
        Text::new("CNN恐惧与贪婪指数", "CNN Fear & Greed Index")),
    noted(
        f(F::AaiiBears, 68.0, U::Percent, Exact, Moment::AsReported, S::Aaii,
            Text::new("AAII调查中看空后市的比例（原文数字）", "Share of bearish investors in the AAII survey (the article's figure)")),
        Text::new("未能核实，见“更正与澄清”", "Not confirmed (see Corrections and clarifications)"),
    ),
    f(F::BtcAt0602Gmt, 70_823.0, U::Usd, About, time::GMT_0602_FEB5, S::Reports,
        Text::new("比特币价格（当晚之前）", "Bitcoin price, before the night")),
    f(F::BtcAt0916Et, 69_560.0, U::Usd, Exact, time::ET_0916_FEB5, S::Reports,
        Text::new("比特币价格（美股开盘时）", "Bitcoin price at the US open")),
    f(F::BtcLowCoinGecko, 60_256.0, U::Usd, About, time::ET_1921_FEB5, S::Reports,
        Text::new("比特币低点（CoinGecko）", "Bitcoin's low on CoinGecko")),
    noted(
        f(F::BtcIntradayLow, 60_033.0, U::Usd, Exact, time::ASIA_MORNING_FEB6, S::Reports,
            Text::new("比特币当晚低点", "Bitcoin's low of the night")),
        Text::new(
            "彭博汇编的数据；其他数据源的低点略有不同",
            "Bloomberg's compiled data; other feeds differ slightly",
        ),
    ),
    f(F::BtcReboundHigh, 65_926.0, U::Usd, Exact, time::ASIA_MORNING_FEB6, S::Reports,
        Text::new("比特币触底后的反弹高点", "Bitcoin's bounce from the low, high")),
    f(F::BtcAt1453EtFeb6, 70_826.9, U::Usd, About, time::ET_1453_FEB6, S::Reports,
        Text::new("比特币价格（次日美股午盘）", "Bitcoin price in the next US afternoon")),
    f(F::EthPrice, 2_104.0, U::Usd, About, time::GMT_0602_FEB5, S::Reports,
        Text::new("以太坊价格", "Ether price")),
    f(F::XrpPrice, 1.4404, U::Usd, Exact, time::GMT_0602_FEB5, S::Reports,
        Text::new("XRP价格", "XRP price")),
    f(F::SolPrice, 80.0, U::Usd, About, day(2, 6), S::Reports,
        Text::new("SOL价格", "Solana (SOL) price")),
    f(F::DogePrice, 0.0985, U::Usd, Exact, day(2, 5), S::Reports,
        Text::new("狗狗币价格", "Dogecoin price")),
    f(F::LiqTradersBitPinas, 442_144.0, U::Count, Exact, day(2, 6), S::Reports,
        Text::new("爆仓人数（另一时点的滚动统计）", "Traders liquidated (rolling tally, read at another time)")),
    f(F::LiqUsdBitPinas, 2.12e9, U::Usd, Exact, day(2, 6), S::Reports,
        Text::new("爆仓金额（另一时点的滚动统计）", "Amount liquidated (rolling tally, read at another time)")),
    f(F::LiqTradersCoinsprobe, 580_000.0, U::Count, About, day(2, 6), S::Reports,
        Text::new("爆仓人数（稍晚的滚动统计）", "Traders liquidated (a later rolling tally)")),
    f(F::LiqUsdCoinsprobe, 2.6e9, U::Usd, MoreThan, day(2, 6), S::Reports,
        Text::new("爆仓金额（稍晚的滚动统计）", "Amount liquidated (a later rolling tally)")),
    f(F::CmeGoldMarginBeforeFeb2, 6.0, U::Percent, Exact, Moment::Before(&time::CME_PRIOR_EFFECTIVE), S::CmeGroup,
        Text::new("CME黄金期货保证金比例（第一步上调前）", "CME gold futures margin before the first step")),
    f(F::CmeSilverMarginBeforeFeb2, 11.0, U::Percent, Exact, Moment::Before(&time::CME_PRIOR_EFFECTIVE), S::CmeGroup,
        Text::new("CME白银期货保证金比例（第一步上调前）", "CME silver futures margin before the first step")),
    f(F::CmeGoldMarginPrior, 8.0, U::Percent, Exact, time::CME_PRIOR_EFFECTIVE, S::CmeGroup,
        Text::new("CME黄金期货保证金比例（两步之间，暴跌时执行）", "CME gold futures margin between the steps, in force during the fall")),
    f(F::CmeSilverMarginPrior, 15.0, U::Percent, Exact, time::CME_PRIOR_EFFECTIVE, S::CmeGroup,
        Text::new("CME白银期货保证金比例（两步之间，暴跌时执行）", "CME silver futures margin between the steps, in force during the fall")),
    f(F::CmeGoldMarginPriorHrp, 8.8, U::Percent, Exact, time::CME_PRIOR_EFFECTIVE, S::CmeGroup,
        Text::new("CME黄金期货保证金比例（高风险账户，两步之间）", "CME gold futures margin, heightened-risk accounts, between the steps")),
    f(F::CmeSilverMarginPriorHrp, 16.5, U::Percent, Exact, time::CME_PRIOR_EFFECTIVE, S::CmeGroup,
        Text::new("CME白银期货保证金比例（高风险账户，两步之间）", "CME silver futures margin, heightened-risk accounts, between the steps")),
    f(F::AaiiBearsFeb5, 29.0, U::Percent, Exact, day(2, 5), S::Aaii,
        Text::new("AAII调查中看空后市的比例（当周公布的调查）", "Share of bearish investors, AAII survey of that week")),
    f(F::CnnFearGreedFeb5, 33.0, U::IndexScore, Exact, time::US_CLOSE_FEB5, S::Cnn,
        Text::new("CNN恐惧与贪婪指数（美股收盘时）", "CNN Fear & Greed Index at the US close")),
    f(F::CryptoFearGreed, 9.0, U::IndexScore, Exact, day(2, 6), S::Reports,
        Text::new("加密货币恐惧与贪婪指数", "Crypto Fear & Greed Index")),
    f(F::RobinhoodMarginJan, 18.4e9, U::Usd, Exact, time::JAN_2026, S::Robinhood,
        Text::new("Robinhood融资余额（月末）", "Robinhood margin book at the end of the month")),
    f(F::JoblessClaims, 231_000.0, U::Count, Exact, time::WEEK_TO_JAN31, S::UsDepartmentOfLabor,
        Text::new("首次申领失业救济人数", "Initial jobless claims")),
    f(F::JoblessClaimsForecast, 212_000.0, U::Count, Exact, time::WEEK_TO_JAN31, S::Reports,
        Text::new("首次申领失业救济人数（经济学家预期）", "Initial jobless claims, economists' forecast")),
];

/// A statement the article attributes to a source, with no figure of its own. Its text may
/// name facts and moments with `{placeholders}`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Claim {
    pub id: ClaimId,
    pub source: Source,
    pub as_of: Moment,
    pub text: Text,
    pub note: Option<Text>,
}

keyed_ids! {
    /// Every attributed statement without a number.
    pub enum ClaimId {
        BtcBackToOct2024 => "btc_back_to_oct_2024",
        CaiRiskOff => "cai_risk_off",
        EtfNetSellers2026 => "etf_net_sellers_2026",
        TangConfidenceCrisis => "tang_confidence_crisis",
        Line70kBroken => "line_70k_broken",
        NasdaqWorstThreeDays => "nasdaq_worst_three_days",
        AppleGoogleLower => "apple_google_lower",
        SoftwareHitHarder => "software_hit_harder",
        TriLowSinceMar2020 => "tri_low_since_mar_2020",
        OpusLaunch => "opus_launch",
        AiDisruptionFear => "ai_disruption_fear",
        ChallengerHighestJanuary => "challenger_highest_january",
        ElErianDecoupling => "el_erian_decoupling",
        JoblessClaimsAboveForecast => "jobless_claims_above_forecast",
        JobOpeningsLowest => "job_openings_lowest",
        MetalsLastFriday => "metals_last_friday",
        CmeMarginHike => "cme_margin_hike",
        OilGeopolitics => "oil_geopolitics",
        WarshNominated => "warsh_nominated",
        WarshStance => "warsh_stance",
        CutAndShrinkFear => "cut_and_shrink_fear",
        BinanceRecord => "binance_record",
        RobinhoodLargestSince2022 => "robinhood_largest_since_2022",
        JpMorganMargins => "jpmorgan_margins",
        GoldmanPause => "goldman_pause",
        FearGreedExtreme => "fear_greed_extreme",
        AaiiHighestSince2008 => "aaii_highest_since_2008",
        CmePercentOfNotional => "cme_percent_of_notional",
        CmeHrpInitialMargin => "cme_hrp_initial_margin",
        MemeStocksJan2021 => "meme_stocks_jan_2021",
        LiquidationOnMarkPrice => "liquidation_on_mark_price",
        LiquidationInsuranceFund => "liquidation_insurance_fund",
    }
}

impl ClaimId {
    pub fn claim(self) -> &'static Claim {
        claim(self)
    }
}

pub fn claim(id: ClaimId) -> &'static Claim {
    &CLAIMS[id as usize]
}

const fn c(id: ClaimId, source: Source, as_of: Moment, text: Text) -> Claim {
    Claim {
        id,
        source,
        as_of,
        text,
        note: None,
    }
}

use ClaimId as C;

/// All claims, in `ClaimId` order.
pub static CLAIMS: [Claim; ClaimId::COUNT] = [
    c(C::BtcBackToOct2024, S::MarketData, time::SMALL_HOURS,
        Text::new("比特币回落至{@oct_2024}时的价位。", "Bitcoin's price was back at its {@oct_2024} level.")),
    c(C::CaiRiskOff, S::SynFutures, Moment::AsReported, Text::new(
        "爆仓规模过大，市场情绪已全面转入避险；左右价格的是被迫平仓和脆弱的资产负债表，而非技术愿景。",
        "Liquidations were so large that sentiment had turned fully risk-off; forced selling and fragile balance sheets, not technology narratives, were driving prices.",
    )),
    c(C::EtfNetSellers2026, S::CryptoQuant, time::WEDNESDAY,
        Text::new("{@ytd_2026}，美国比特币ETF已转为净卖出方。", "US bitcoin ETFs have turned net sellers in {@ytd_2026}.")),
    c(C::TangConfidenceCrisis, S::Monarq, Moment::AsReported,
        Text::new("加密市场陷入了信心危机。", "Crypto is going through a crisis of confidence.")),
    c(C::Line70kBroken, S::Article, time::SMALL_HOURS, Text::new(
        "{line_70k}曾被许多人当作有政策预期托底的心理关口，如今已被击穿。",
        "Many saw {line_70k} as a psychological floor that policy hopes would defend; it has now broken.",
    )),
    c(C::NasdaqWorstThreeDays, S::MarketData, time::US_SESSION,
        Text::new("纳指录得{@apr_2025}以来最差的三个交易日。", "The Nasdaq's worst three-day run since {@apr_2025}.")),
    c(C::AppleGoogleLower, S::MarketData, time::US_SESSION,
        Text::new("苹果和谷歌小幅收低。", "Apple and Google closed slightly lower.")),
    c(C::SoftwareHitHarder, S::MarketData, time::US_SESSION,
        Text::new("美股软件板块跌得比大盘更深。", "US software stocks fell harder than the broader market.")),
    c(C::TriLowSinceMar2020, S::MarketData, time::US_SESSION,
        Text::new("汤森路透股价跌至{@mar_2020}以来最低。", "Thomson Reuters shares fell to their lowest since {@mar_2020}.")),
    c(C::OpusLaunch, S::Anthropic, time::THURSDAY, Text::new(
        "Anthropic推出Claude Opus 4.6，称其长于金融研究，编程与多任务能力也有提升。",
        "Anthropic launched Claude Opus 4.6, described as strong at financial research, with better coding and multitasking.",
    )),
    c(C::AiDisruptionFear, S::Article, Moment::AsReported, Text::new(
        "投资者担心AI工具会冲击软件企业与金融服务机构赖以盈利的模式。",
        "Investors feared AI tools could undermine the business models of software and financial-services firms.",
    )),
    c(C::ChallengerHighestJanuary, S::ChallengerGrayChristmas, time::JAN_2026,
        Text::new("为全球金融危机后一月份的最高纪录。", "The highest January total since the global financial crisis.")),
    c(C::ElErianDecoupling, S::Allianz, Moment::AsReported, Text::new(
        "裁员与经济增长正在加速脱钩，若持续下去，影响会很深远。",
        "Job cuts are decoupling from growth ever faster; if that lasts, the consequences will be far-reaching.",
    )),
    c(C::JoblessClaimsAboveForecast, S::UsDepartmentOfLabor, time::WEEK_TO_JAN31,
        Text::new("首次申领失业救济人数的升幅高于预期。", "Initial jobless claims rose more than expected.")),
    c(C::JobOpeningsLowest, S::UsDepartmentOfLabor, time::DEC_2025,
        Text::new("职位空缺数降至{@sep_2020}以来最低。", "Job openings fell to their lowest since {@sep_2020}.")),
    c(C::MetalsLastFriday, S::MarketData, time::LAST_FRIDAY, Text::new(
        "金银在上周五刚经历过历史性抛售，至今仍在寻底。",
        "Gold and silver had suffered a historic sell-off the previous Friday and were still looking for a bottom.",
    )),
    c(C::CmeMarginHike, S::CmeGroup, time::CME_EFFECTIVE,
        Text::new("CME提高了若干金银期货合约所需的保证金。", "CME Group raised margin requirements on some gold and silver futures.")),
    c(C::OilGeopolitics, S::Article, time::US_SESSION, Text::new(
        "油价回落既有对全球经济的忧虑，也和地缘形势的细微转变相关。",
        "The oil drop reflected worries about the global economy and subtle shifts in geopolitics.",
    )),
    c(C::WarshNominated, S::Article, Moment::Undated, Text::new(
        "特朗普提名曾任美联储理事的凯文·沃什出任下一任美联储主席。",
        "President Trump nominated former Fed governor Kevin Warsh as the next Fed chair.",
    )),
    c(C::WarshStance, S::Article, Moment::Undated, Text::new(
        "沃什立场偏鹰，主张给美联储资产负债表大幅瘦身，并反对借货币政策压低国债收益率。",
        "Warsh is a hawk who wants a much smaller Fed balance sheet and opposes using monetary policy to hold down Treasury yields.",
    )),
    c(C::CutAndShrinkFear, S::Article, Moment::AsReported, Text::new(
        "市场担心出现“降息加缩表”的组合，实际收紧美元流动性。",
        "Markets feared rate cuts paired with balance-sheet shrinkage, in effect tightening dollar liquidity.",
    )),
    c(C::BinanceRecord, S::Binance, Moment::Undated, Text::new(
        "币安等平台单日执行的强平订单数量创下纪录。",
        "Binance and other platforms handled a record number of forced-liquidation orders in a day.",
    )),
    {
        let mut claim = c(C::RobinhoodLargestSince2022, S::Robinhood, Moment::Undated, Text::new(
            "原文称这是“散户对决华尔街”那场风波以来最大的一日跌幅，并把那场风波记作2022年。",
            "The article calls it the largest one-day drop since the meme-stock episode, which it dates to 2022.",
        ));
        claim.note = Some(Text::new(
            "原文把年份写错了，见“更正与澄清”；这一降幅我们也未能在Robinhood公布的数据中核实",
            "The article misdates the episode (see Corrections and clarifications), and we could not confirm the drop itself in Robinhood's published data",
        ));
        claim
    },
    c(C::JpMorganMargins, S::Article, Moment::AsReported,
        Text::new("摩根大通上调了公司贷款的保证金比例。", "JPMorgan raised margin requirements on corporate loans.")),
    c(C::GoldmanPause, S::Article, Moment::AsReported,
        Text::new("高盛暂缓承接部分新的商品衍生品交易。", "Goldman Sachs paused some new commodity-derivatives trades.")),
    c(C::FearGreedExtreme, S::Cnn, Moment::AsReported,
        Text::new("指数落在“极度恐惧”区间。", "The index sits in its \"extreme fear\" band.")),
    {
        let mut claim = c(C::AaiiHighestSince2008, S::Aaii, Moment::AsReported,
            Text::new("原文称看空比例为{@dec_2008}以来最高。", "The article calls it the highest bearish share since {@dec_2008}."));
        claim.note = Some(Text::new("未能核实", "Not confirmed"));
        claim
    },
    c(C::CmePercentOfNotional, S::CmeGroup, time::CME_SINCE_JAN13, Text::new(
        "芝商所改为按合约价值的百分比设定金、银、铂、钯期货的保证金。",
        "CME switched to setting gold, silver, platinum and palladium margins as a percentage of contract value.",
    )),
    c(C::CmeHrpInitialMargin, S::CmeGroup, Moment::AsReported, Text::new(
        "高风险账户的初始保证金高于维持保证金（为其一点一倍），普通账户两者相同。",
        "Heightened-risk accounts post more initial margin than maintenance (one and a tenth times it); other accounts post the same.",
    )),
    c(C::MemeStocksJan2021, S::Reports, time::JAN_2021, Text::new(
        "以游戏驿站为代表的散户逼空发生在{@jan_2021}。",
        "The retail squeeze in GameStop and other meme stocks happened in {@jan_2021}.",
    )),
    c(C::LiquidationOnMarkPrice, S::Binance, Moment::AsReported, Text::new(
        "交易所以标记价格而非最新成交价触发强平；标记价格综合多家现货交易所的价格与资金费率数据。",
        "Exchanges trigger liquidation on the mark price, built from several spot venues' prices and funding data, not on the last trade.",
    )),
    c(C::LiquidationInsuranceFund, S::Binance, Moment::AsReported, Text::new(
        "强平单以立即成交或取消方式发出；仍不足时，仓位按破产价平仓，由风险保障基金接手；基金也接不住时，会对盈利一方自动减仓。",
        "Liquidation orders are immediate-or-cancel; if margin is still short, the position is closed at the bankruptcy price and the insurance fund takes it over, and if the fund cannot, profitable traders on the other side are cut back.",
    )),
];

/// A fact or a claim: what a correction of the fact desk refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ref {
    Fact(FactId),
    Claim(ClaimId),
}

impl Ref {
    pub fn source(self) -> Source {
        match self {
            Ref::Fact(id) => fact(id).source,
            Ref::Claim(id) => claim(id).source,
        }
    }

    pub fn as_of(self) -> Moment {
        match self {
            Ref::Fact(id) => fact(id).as_of,
            Ref::Claim(id) => claim(id).as_of,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_appears_exactly_once_in_order() {
        assert_eq!(FACTS.len(), FactId::ALL.len());
        for (i, (&id, record)) in FactId::ALL.iter().zip(FACTS.iter()).enumerate() {
            assert_eq!(record.id, id, "FACTS[{i}]");
            assert_eq!(id as usize, i);
            assert_eq!(fact(id).id, id);
            assert_eq!(FactId::from_key(id.key()), Some(id));
        }
        assert_eq!(CLAIMS.len(), ClaimId::ALL.len());
        for (i, (&id, record)) in ClaimId::ALL.iter().zip(CLAIMS.iter()).enumerate() {
            assert_eq!(record.id, id, "CLAIMS[{i}]");
            assert_eq!(id as usize, i);
            assert_eq!(ClaimId::from_key(id.key()), Some(id));
        }
        let mut keys = std::collections::HashSet::new();
        for &id in FactId::ALL {
            assert!(keys.insert(id.key()));
        }
        for &id in ClaimId::ALL {
            assert!(keys.insert(id.key()), "claim key {} collides", id.key());
        }
    }

    #[test]
    fn every_record_is_finite_labelled_and_sourced() {
        for fact in FACTS.iter() {
            assert!(fact.value.is_finite(), "{:?}", fact.id);
            assert!(
                !fact.label.zh.trim().is_empty() && !fact.label.en.trim().is_empty(),
                "{:?}",
                fact.id
            );
            // Moves are signed; levels, amounts and counts are not.
            if fact.unit != Unit::PercentChange {
                assert!(fact.value >= 0.0, "{:?}", fact.id);
            }
        }
        for claim in CLAIMS.iter() {
            assert!(!claim.text.zh.trim().is_empty() && !claim.text.en.trim().is_empty());
        }
        // Every named source is attributed something, except a company the story is only about.
        for source in Source::ALL {
            let used = FACTS.iter().any(|f| f.source == source)
                || CLAIMS.iter().any(|c| c.source == source);
            let subject = source.info().kind == super::super::sources::SourceKind::Subject;
            assert!(used || subject, "{source:?} is never cited");
        }
    }

    /// The article's figures, each as the article gives it.
    const ARTICLE_FIGURES: &[(f64, Unit, Bound, Source)] = &[
        (70_000.0, Unit::Usd, MoreThan, S::MarketData),
        (63_860.8, Unit::Usd, Exact, S::MarketData),
        (-12.81, Unit::PercentChange, Exact, S::MarketData),
        (-48.0, Unit::PercentChange, MoreThan, S::MarketData),
        (2.48e12, Unit::Usd, Exact, S::MarketData),
        (1.27e12, Unit::Usd, Exact, S::MarketData),
        (-13.1, Unit::PercentChange, Exact, S::MarketData),
        (-22.0, Unit::PercentChange, MoreThan, S::MarketData),
        (-14.0, Unit::PercentChange, MoreThan, S::MarketData),
        (430_000.0, Unit::Count, MoreThan, S::CoinGlass),
        (2.069e9, Unit::Usd, Exact, S::CoinGlass),
        (14.4e9, Unit::Cny, About, S::CoinGlass),
        (562e6, Unit::Usd, About, S::Bloomberg),
        (800e6, Unit::Usd, MoreThan, S::Bloomberg),
        (46_000.0, Unit::Btc, Exact, S::CryptoQuant),
        (70_000.0, Unit::Usd, Exact, S::Article),
        (82.0, Unit::Probability, Exact, S::Polymarket),
        (65_000.0, Unit::Usd, Exact, S::Polymarket),
        (60.0, Unit::Probability, About, S::Polymarket),
        (55_000.0, Unit::Usd, Exact, S::Polymarket),
        (-1.0, Unit::PercentChange, MoreThan, S::MarketData),
        (-1.59, Unit::PercentChange, Exact, S::MarketData),
        (3.0, Unit::Days, Exact, S::MarketData),
        (-4.0, Unit::PercentChange, MoreThan, S::MarketData),
        (-2.0, Unit::PercentChange, MoreThan, S::MarketData),
        (-10.0, Unit::PercentChange, MoreThan, S::MarketData),
        (-5.0, Unit::PercentChange, MoreThan, S::MarketData),
        (108_435.0, Unit::Count, Exact, S::ChallengerGrayChristmas),
        (4.0, Unit::Percent, About, S::Allianz),
        (-19.0, Unit::PercentChange, MoreThan, S::MarketData),
        (-3.0, Unit::PercentChange, MoreThan, S::MarketData),
        (9.0, Unit::Percent, Exact, S::CmeGroup),
        (18.0, Unit::Percent, Exact, S::CmeGroup),
        (-2.84, Unit::PercentChange, Exact, S::MarketData),
        (63.29, Unit::UsdPerBarrel, Exact, S::MarketData),
        (-2.75, Unit::PercentChange, Exact, S::MarketData),
        (67.55, Unit::UsdPerBarrel, Exact, S::MarketData),
        (1.2e6, Unit::Usd, Exact, S::Article),
        (40_000.0, Unit::Usd, LessThan, S::Article),
        (12e9, Unit::Usd, Exact, S::Robinhood),
        (10.0, Unit::IndexScore, Exact, S::Cnn),
        (68.0, Unit::Percent, Exact, S::Aaii),
    ];

    fn same(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    #[test]
    fn every_figure_of_the_article_is_a_sourced_record() {
        for &(value, unit, bound, source) in ARTICLE_FIGURES {
            assert!(
                FACTS.iter().any(|f| same(f.value, value)
                    && f.unit == unit
                    && f.bound == bound
                    && f.source == source),
                "missing {value} {unit:?} {bound:?} {source:?}"
            );
        }
        // Pairs the article gives once for two names are one record per name.
        assert_eq!(
            FACTS
                .iter()
                .filter(|f| same(f.value, -4.0) && f.unit == Unit::PercentChange)
                .count(),
            2
        );
        assert_eq!(FACTS.iter().filter(|f| same(f.value, -14.0)).count(), 2);
    }

    /// Reads the seed article when it is present and checks that each number in it is either a
    /// fact's value (after 万/亿 scaling) or part of a date or time.
    #[test]
    fn every_number_in_the_article_is_accounted_for() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/seed/000_da769148f0bdbb0a.txt");
        let Ok(article) = std::fs::read_to_string(path) else {
            return;
        };
        // Dates, clock times, window lengths, the model's version.
        let calendar = [
            2026.0, 2.0, 6.0, 30.0, 2024.0, 10.0, 24.0, 4.0, 2020.0, 3.0, 4.6, 1.0, 31.0, 2025.0,
            12.0, 9.0, 2022.0, 2008.0,
        ];
        let chars: Vec<char> = article.chars().collect();
        let mut checked = 0;
        for (text, i) in crate::test_support::number_runs(&chars) {
            let mut value: f64 = text.parse().unwrap();
            let rest: String = chars[i..chars.len().min(i + 2)].iter().collect();
            if rest.starts_with("万亿") {
                value *= 1e12;
            } else if rest.starts_with('亿') {
                value *= 1e8;
            } else if rest.starts_with('万') {
                value *= 1e4;
            }
            let known = FACTS.iter().any(|f| same(f.value.abs(), value))
                || calendar.iter().any(|&c| same(c, value));
            assert!(known, "article number {text} ({value}) has no record");
            checked += 1;
        }
        assert!(checked > 50);
    }

    #[test]
    fn refs_resolve_to_their_sources() {
        assert_eq!(Ref::Fact(FactId::LiqUsd).source(), Source::CoinGlass);
        assert_eq!(Ref::Claim(ClaimId::OpusLaunch).source(), Source::Anthropic);
        assert_eq!(
            Ref::Claim(ClaimId::JobOpeningsLowest).as_of(),
            time::DEC_2025
        );
    }
}
