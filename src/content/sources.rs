//! Who said it. Every fact and claim names one of these. The article gives no addresses, so its
//! sources have none; what the page adds from elsewhere also names a `Document` with one.

use super::{Lang, Text};

/// A source the article names or relies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    CoinGlass,
    /// Bloomberg's compilation of bitcoin ETF flows.
    Bloomberg,
    CryptoQuant,
    Polymarket,
    ChallengerGrayChristmas,
    CmeGroup,
    /// CNN's Fear & Greed Index.
    Cnn,
    Aaii,
    UsDepartmentOfLabor,
    /// Wenny Cai, COO.
    SynFutures,
    /// Shiliang Tang, managing partner.
    Monarq,
    /// Mohamed El-Erian, chief economic adviser.
    Allianz,
    /// Named as a mover (its shares fell), not as a provider of data.
    FactSet,
    Anthropic,
    Robinhood,
    Binance,
    /// Prices and index moves for which the article names no provider.
    MarketData,
    /// The Chinese news report itself (for what it states without further attribution).
    Article,
    /// Other dated public reports the page checked the article against; each record that
    /// cites one names the document (`content::documents`).
    Reports,
}

/// What sort of source it is, for the source list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    DataProvider,
    NewsAgency,
    PredictionMarket,
    Consultancy,
    Exchange,
    Media,
    InvestorAssociation,
    Government,
    TradingPlatform,
    AssetManager,
    InsuranceGroup,
    /// A company the story is about rather than one it cites.
    Subject,
    AiCompany,
    Broker,
    UnnamedMarketData,
    Report,
    CheckedReports,
}

impl SourceKind {
    pub fn label(self) -> Text {
        match self {
            SourceKind::DataProvider => Text::new("数据平台", "Data provider"),
            SourceKind::NewsAgency => Text::new("通讯社", "News agency"),
            SourceKind::PredictionMarket => Text::new("预测市场", "Prediction market"),
            SourceKind::Consultancy => Text::new("咨询公司", "Consultancy"),
            SourceKind::Exchange => Text::new("交易所", "Exchange"),
            SourceKind::Media => Text::new("媒体", "Media"),
            SourceKind::InvestorAssociation => Text::new("投资者协会", "Investor association"),
            SourceKind::Government => Text::new("政府部门", "Government"),
            SourceKind::TradingPlatform => Text::new("交易平台", "Trading platform"),
            SourceKind::AssetManager => Text::new("资产管理公司", "Asset manager"),
            SourceKind::InsuranceGroup => {
                Text::new("保险与资管集团", "Insurance and asset-management group")
            }
            SourceKind::Subject => Text::new("报道对象", "Subject of the story"),
            SourceKind::AiCompany => Text::new("人工智能公司", "AI company"),
            SourceKind::Broker => Text::new("券商", "Broker"),
            SourceKind::UnnamedMarketData => {
                Text::new("未注明来源的行情", "Unattributed market data")
            }
            SourceKind::Report => Text::new("原始报道", "Source report"),
            SourceKind::CheckedReports => Text::new("核查所据的报道", "Reports used to check"),
        }
    }
}

/// A source's names and description in both languages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SourceInfo {
    pub name: Text,
    pub kind: SourceKind,
    pub description: Text,
    /// The person quoted, with their role, when the article quotes one.
    pub person: Option<Text>,
}

const fn info(name: Text, kind: SourceKind, description: Text, person: Option<Text>) -> SourceInfo {
    SourceInfo {
        name,
        kind,
        description,
        person,
    }
}

static COINGLASS: SourceInfo = info(
    Text::new("CoinGlass", "CoinGlass"),
    SourceKind::DataProvider,
    Text::new(
        "加密衍生品数据平台，汇总各交易所的强平（爆仓）数据",
        "Crypto-derivatives data platform that tallies liquidations across exchanges",
    ),
    None,
);
static BLOOMBERG: SourceInfo = info(
    Text::new("彭博社（汇编数据）", "Bloomberg (compiled data)"),
    SourceKind::NewsAgency,
    Text::new(
        "财经通讯社；本文引用其汇编的比特币ETF资金流向",
        "Financial news agency; cited for its compilation of bitcoin ETF flows",
    ),
    None,
);
static CRYPTOQUANT: SourceInfo = info(
    Text::new("CryptoQuant", "CryptoQuant"),
    SourceKind::DataProvider,
    Text::new(
        "链上与加密市场数据分析公司；引用其周三发布的报告",
        "On-chain and crypto-market analytics firm; cited for its Wednesday report",
    ),
    None,
);
static POLYMARKET: SourceInfo = info(
    Text::new("Polymarket", "Polymarket"),
    SourceKind::PredictionMarket,
    Text::new(
        "预测市场平台，交易员拿真钱为事件结果定价",
        "Prediction market where traders put money on outcomes",
    ),
    None,
);
static CHALLENGER: SourceInfo = info(
    Text::new(
        "Challenger, Gray & Christmas",
        "Challenger, Gray & Christmas",
    ),
    SourceKind::Consultancy,
    Text::new(
        "美国再就业咨询公司，逐月统计雇主公布的裁员计划",
        "US outplacement firm that counts announced job cuts each month",
    ),
    None,
);
static CME: SourceInfo = info(
    Text::new("芝加哥商业交易所集团（CME Group）", "CME Group"),
    SourceKind::Exchange,
    Text::new(
        "美国期货交易所运营商，为旗下期货合约设定保证金",
        "US futures-exchange operator that sets margins on its contracts",
    ),
    None,
);
static CNN: SourceInfo = info(
    Text::new("CNN（恐惧与贪婪指数）", "CNN (Fear & Greed Index)"),
    SourceKind::Media,
    Text::new(
        "美国媒体，发布综合多项市场指标的情绪指数",
        "US broadcaster that publishes a sentiment index built from several market gauges",
    ),
    None,
);
static AAII: SourceInfo = info(
    Text::new(
        "美国个人投资者协会（AAII）",
        "American Association of Individual Investors (AAII)",
    ),
    SourceKind::InvestorAssociation,
    Text::new(
        "每周向个人投资者调查其对后市的看法",
        "Surveys individual investors on their market outlook every week",
    ),
    None,
);
static LABOR: SourceInfo = info(
    Text::new("美国劳工部", "US Department of Labor"),
    SourceKind::Government,
    Text::new(
        "发布每周首次申领失业救济人数与职位空缺数据",
        "Publishes weekly initial jobless claims and job-openings data",
    ),
    None,
);
static SYNFUTURES: SourceInfo = info(
    Text::new("SynFutures", "SynFutures"),
    SourceKind::TradingPlatform,
    Text::new("加密衍生品交易平台", "Crypto-derivatives trading platform"),
    Some(Text::new(
        "首席运营官 Wenny Cai",
        "Wenny Cai, chief operating officer",
    )),
);
static MONARQ: SourceInfo = info(
    Text::new("Monarq Asset Management", "Monarq Asset Management"),
    SourceKind::AssetManager,
    Text::new("资产管理公司", "Asset manager"),
    Some(Text::new(
        "管理合伙人 Shiliang Tang",
        "Shiliang Tang, managing partner",
    )),
);
static ALLIANZ: SourceInfo = info(
    Text::new("安联集团", "Allianz"),
    SourceKind::InsuranceGroup,
    Text::new(
        "欧洲保险与资产管理集团",
        "European insurance and asset-management group",
    ),
    Some(Text::new(
        "首席经济顾问 穆罕默德·埃里安",
        "Mohamed El-Erian, chief economic adviser",
    )),
);
static FACTSET: SourceInfo = info(
    Text::new("FactSet Research Systems", "FactSet Research Systems"),
    SourceKind::Subject,
    Text::new(
        "金融数据服务公司；本文中是股价大跌的对象，不是数据来源",
        "Financial-data company; here its falling shares are the story, not a source of data",
    ),
    None,
);
static ANTHROPIC: SourceInfo = info(
    Text::new("Anthropic", "Anthropic"),
    SourceKind::AiCompany,
    Text::new(
        "美国人工智能公司，Claude系列模型的开发者",
        "US AI company that develops the Claude models",
    ),
    None,
);
static ROBINHOOD: SourceInfo = info(
    Text::new("Robinhood", "Robinhood"),
    SourceKind::Broker,
    Text::new(
        "美国散户常用的网络券商；引用其平台融资余额数据",
        "US online broker popular with retail investors; cited for its margin-balance data",
    ),
    None,
);
static BINANCE: SourceInfo = info(
    Text::new("币安（Binance）", "Binance"),
    SourceKind::TradingPlatform,
    Text::new("加密货币交易平台", "Cryptocurrency exchange"),
    None,
);
static MARKET_DATA: SourceInfo = info(
    Text::new("市场行情（原文未注明数据商）", "Market data as reported by the article"),
    SourceKind::UnnamedMarketData,
    Text::new(
        "原文没有注明数据商的价格、指数与涨跌幅，本页照原文引用",
        "Prices, index levels and moves for which the article names no provider, quoted as the article gives them",
    ),
    None,
);
static ARTICLE: SourceInfo = info(
    Text::new("原始中文报道", "The source article (Chinese)"),
    SourceKind::Report,
    Text::new(
        "本页所依据的中文新闻报道；它未注明出处的陈述记在它名下，正文均由本站重写",
        "The Chinese news report this page is based on; statements it makes without further attribution are credited to it, and all prose here is our own",
    ),
    None,
);

static REPORTS: SourceInfo = info(
    Text::new("其他公开报道", "Other public reports"),
    SourceKind::CheckedReports,
    Text::new(
        "本页用来核对原文、补足原文缺少的数字的公开报道与交易所文件，每条都注明了发布者、日期和网址",
        "Public reports and exchange documents this page used to check the article and fill its gaps, each given with publisher, date and address",
    ),
    None,
);

impl Source {
    pub const ALL: [Source; 19] = [
        Source::CoinGlass,
        Source::Bloomberg,
        Source::CryptoQuant,
        Source::Polymarket,
        Source::ChallengerGrayChristmas,
        Source::CmeGroup,
        Source::Cnn,
        Source::Aaii,
        Source::UsDepartmentOfLabor,
        Source::SynFutures,
        Source::Monarq,
        Source::Allianz,
        Source::FactSet,
        Source::Anthropic,
        Source::Robinhood,
        Source::Binance,
        Source::MarketData,
        Source::Article,
        Source::Reports,
    ];

    pub fn info(self) -> &'static SourceInfo {
        match self {
            Source::CoinGlass => &COINGLASS,
            Source::Bloomberg => &BLOOMBERG,
            Source::CryptoQuant => &CRYPTOQUANT,
            Source::Polymarket => &POLYMARKET,
            Source::ChallengerGrayChristmas => &CHALLENGER,
            Source::CmeGroup => &CME,
            Source::Cnn => &CNN,
            Source::Aaii => &AAII,
            Source::UsDepartmentOfLabor => &LABOR,
            Source::SynFutures => &SYNFUTURES,
            Source::Monarq => &MONARQ,
            Source::Allianz => &ALLIANZ,
            Source::FactSet => &FACTSET,
            Source::Anthropic => &ANTHROPIC,
            Source::Robinhood => &ROBINHOOD,
            Source::Binance => &BINANCE,
            Source::MarketData => &MARKET_DATA,
            Source::Article => &ARTICLE,
            Source::Reports => &REPORTS,
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        self.info().name.get(lang)
    }

    /// A stable ASCII id (CSV columns, `data-` attributes).
    pub fn key(self) -> &'static str {
        match self {
            Source::CoinGlass => "coinglass",
            Source::Bloomberg => "bloomberg",
            Source::CryptoQuant => "cryptoquant",
            Source::Polymarket => "polymarket",
            Source::ChallengerGrayChristmas => "challenger",
            Source::CmeGroup => "cme",
            Source::Cnn => "cnn",
            Source::Aaii => "aaii",
            Source::UsDepartmentOfLabor => "us-dol",
            Source::SynFutures => "synfutures",
            Source::Monarq => "monarq",
            Source::Allianz => "allianz",
            Source::FactSet => "factset",
            Source::Anthropic => "anthropic",
            Source::Robinhood => "robinhood",
            Source::Binance => "binance",
            Source::MarketData => "market-data",
            Source::Article => "article",
            Source::Reports => "reports",
        }
    }

    /// "CoinGlass" or "SynFutures (Wenny Cai, chief operating officer)".
    pub fn credit(self, lang: Lang) -> String {
        let info = self.info();
        match (info.person, lang.rendered()) {
            (Some(person), Lang::Zh) => format!("{}（{}）", info.name.get(lang), person.get(lang)),
            (Some(person), Lang::En) => format!("{} ({})", info.name.get(lang), person.get(lang)),
            (None, _) => info.name.get(lang).to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_is_listed_once_with_both_languages() {
        let mut keys = std::collections::HashSet::new();
        for source in Source::ALL {
            assert!(keys.insert(source.key()), "{source:?}");
            let info = source.info();
            for lang in Lang::ALL {
                assert!(!info.name.get(lang).trim().is_empty());
                assert!(!info.description.get(lang).trim().is_empty());
                assert!(!info.kind.label().get(lang).is_empty());
                assert!(!source.credit(lang).is_empty());
            }
        }
        assert_eq!(keys.len(), Source::ALL.len());
    }

    #[test]
    fn quoted_people_are_credited() {
        assert_eq!(
            Source::SynFutures.credit(Lang::En),
            "SynFutures (Wenny Cai, chief operating officer)"
        );
        assert!(Source::Monarq.credit(Lang::Zh).contains("Shiliang Tang"));
        assert!(Source::Allianz.credit(Lang::En).contains("El-Erian"));
        assert_eq!(Source::CoinGlass.credit(Lang::Zh), "CoinGlass");
    }
}
