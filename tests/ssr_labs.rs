//! Server-rendered markup of the three labs: the outputs a reader, a link or an embed sees.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{render, testid};
use crash_night::content::Lang;
use crash_night::sections::account_lab::AccountLab;
use crash_night::sections::leverage_lab::LeverageLab;
use crash_night::sections::margin_lab::MarginLab;

#[test]
fn done_when_ten_times_long_from_73243_is_liquidated_at_66183() {
    // 73,243 × (1 − 1/10) / (1 − 0.004) = 65,918.7 / 0.996 = 66,183.43: 9.64 % below entry.
    let html = render::<LeverageLab>(Lang::En, "?lev=10&entry=73243");
    assert_eq!(testid(&html, "liq-price"), "$66,183.4");
    assert_eq!(testid(&html, "liq-distance"), "\u{2212}9.64%");
    assert!(testid(&html, "verdict")
        .to_lowercase()
        .contains("liquidated"));
    // The guess starts hidden; the tier table is shown with its source and date.
    assert!(!html.contains("data-testid=\"guess-answer\""));
    assert!(html.contains("18 March 2021"));
}

#[test]
fn seven_times_long_survives_and_the_default_entry_is_the_implied_reference() {
    let html = render::<LeverageLab>(Lang::En, "?lev=7");
    // 73,243.26 × (6/7) / 0.996 = 63,032.07, below the low of 63,860.8.
    assert_eq!(testid(&html, "liq-price"), "$63,032.1");
    assert_eq!(testid(&html, "verdict"), "Survived");
    assert_eq!(testid(&html, "fatal-leverage"), "7.6x");
    // The default 10× from the implied reference: 73,243.26 × 0.9/0.996 = 66,183.67.
    let html = render::<LeverageLab>(Lang::En, "");
    assert_eq!(testid(&html, "liq-price"), "$66,183.7");
    assert!(testid(&html, "verdict")
        .to_lowercase()
        .contains("liquidated"));
}

#[test]
fn chinese_is_the_default_language() {
    let html = render::<LeverageLab>(Lang::Zh, "?lev=10&entry=73243");
    assert_eq!(testid(&html, "liq-price"), "66,183.4美元");
    assert_eq!(testid(&html, "verdict"), "爆仓");
    assert_eq!(testid(&html, "fatal-leverage"), "7.6x");
    assert!(
        html.contains("id=\"leverage\"") && html.contains("aria-labelledby=\"leverage-title\"")
    );
}

#[test]
fn coins_without_a_price_work_on_an_index() {
    // XRP fell "more than 22 %": low 78 on the index. Flat assumed 0.5 %.
    // 5×: 100 × 0.8/0.995 = 80.40 ≥ 78, liquidated whatever the real low.
    let html = render::<LeverageLab>(Lang::En, "?asset=xrp&lev=5");
    assert_eq!(testid(&html, "liq-price"), "80.4");
    assert_eq!(testid(&html, "verdict"), "Liquidated");
    // 3×: 100 × (2/3)/0.995 = 67.00 < 78: clear of the stated fall only.
    // Threshold on the stated fall: 1/(1 − 78 × 0.995/100) = 4.466.
    let html = render::<LeverageLab>(Lang::En, "?asset=xrp&lev=3");
    assert_eq!(testid(&html, "liq-price"), "67");
    assert!(testid(&html, "verdict").starts_with("Survived the stated fall"));
    assert_eq!(testid(&html, "fatal-leverage"), "4.5x");
    assert!(html.contains("index"));
    // ETH −13.1 % exactly: 10× liquidates at 90.45; fatal from 1/(1 − 86.9 × 0.995/100) = 7.39.
    let html = render::<LeverageLab>(Lang::En, "?asset=eth&lev=10");
    assert_eq!(testid(&html, "liq-price"), "90.45");
    assert_eq!(testid(&html, "fatal-leverage"), "7.4x");
}

#[test]
fn shorts_bybit_and_own_rates() {
    // Short 10× from 73,243.26: 73,243.26 × 1.1/1.004 = 80,246.6, above anything we know.
    let html = render::<LeverageLab>(Lang::En, "?side=short");
    assert_eq!(testid(&html, "liq-price"), "$80,246.6");
    assert_eq!(testid(&html, "liq-distance"), "+9.56%");
    assert_eq!(testid(&html, "verdict"), "Survived");
    assert_eq!(testid(&html, "fatal-leverage"), "—");
    // Bybit, first risk-limit tier 0.5 %, valued at entry: 73,243 × (1 − 0.1 + 0.005) = 66,284.9.
    let html = render::<LeverageLab>(Lang::En, "?exchange=bybit&entry=73243");
    assert_eq!(testid(&html, "liq-price"), "$66,284.9");
    assert!(testid(&html, "venue-compare").contains("$66,183.4"));
    // A reader's 1 % on both: Binance 65,918.7/0.99 = 66,584.5; Bybit 73,243 × 0.91 = 66,651.1.
    let html = render::<LeverageLab>(Lang::En, "?mmr=1&entry=73243");
    assert_eq!(testid(&html, "liq-price"), "$66,584.5");
    assert!(testid(&html, "venue-compare").contains("$66,651.1"));
    // 125× on Bybit is beyond its 100× cap for BTCUSDT: said so.
    let html = render::<LeverageLab>(Lang::En, "?exchange=bybit&lev=125&entry=73243");
    assert_eq!(testid(&html, "liq-price"), "$73,023.3");
    assert!(html.contains("allows at most 100x"));
}

#[test]
fn the_account_lab_by_hand() {
    // 10× on $1.2 M: a 9.67 % fall loses $1.16 M, but the 12 M notional is liquidated in the
    // 10–20 M tier after a 7.60 % fall with $288,105 left (see model::account).
    let html = render::<AccountLab>(Lang::En, "?acct_lev=10&lev=3");
    assert_eq!(testid(&html, "account-move"), "9.67%");
    assert_eq!(testid(&html, "account-liq-move"), "7.6%");
    assert_eq!(testid(&html, "account-equity"), "$288,105");
    assert!(testid(&html, "account-outcome").starts_with("Liquidation comes first"));
    assert!(html.contains("not a record of that trader"));
    // 1×: a long cannot be liquidated; the loss comes first.
    let html = render::<AccountLab>(Lang::Zh, "?acct_lev=1");
    assert_eq!(testid(&html, "account-move"), "96.67%");
    assert!(testid(&html, "account-outcome").starts_with("在这个杠杆下，亏损先到"));
}

#[test]
fn the_margin_lab_by_hand() {
    // Silver by default, old level two-thirds of 18 % = 12 %, $100,000: posted 12,000, required
    // 18,000; add 6,000 or sell 1 − 12/18 = 33.3 %. The night's −19 % is 105.6 % of an 18 % margin.
    let html = render::<MarginLab>(Lang::En, "");
    assert_eq!(testid(&html, "margin-extra"), "$6,000");
    assert_eq!(testid(&html, "margin-cut"), "33.3%");
    assert_eq!(testid(&html, "margin-loss-ratio"), "≥ 105.6%");
    // Gold from 6 % to 9 % on $250,000: add 7,500 or sell a third; −3 % is a third of 9 %.
    let html = render::<MarginLab>(Lang::En, "?metal=gold&margin_old=6&notional=250000");
    assert_eq!(testid(&html, "margin-extra"), "$7,500");
    assert_eq!(testid(&html, "margin-cut"), "33.3%");
    assert_eq!(testid(&html, "margin-loss-ratio"), "≥ 33.3%");
    // An old level above the new one calls for nothing.
    let html = render::<MarginLab>(Lang::Zh, "?metal=gold&margin_old=12");
    assert_eq!(testid(&html, "margin-extra"), "0美元");
    assert_eq!(testid(&html, "margin-cut"), "0%");
}

/// Hostile and extreme queries render every lab without a NaN, an infinity or a panic.
#[test]
fn hostile_and_extreme_queries_render_cleanly() {
    let queries = [
        "?lev=NaN&entry=-1&mmr=1e999&asset=%3Cscript%3E&side=x&exchange=ftx",
        "?acct_lev=inf&margin_old=-3&notional=1e400&metal=lead",
        "?lev=0&entry=0&mmr=0&acct_lev=0&margin_old=0&notional=0",
        "?lev=1e308&entry=1e308&mmr=5&acct_lev=1e308&margin_old=1e308&notional=1e308",
        "?%%%&&==&lev=%E4%B8%AD",
    ];
    let mut sweeps = Vec::new();
    for asset in ["btc", "eth", "xrp", "sol", "doge"] {
        for side in ["long", "short"] {
            for exchange in ["binance", "bybit"] {
                for lev in ["1", "125"] {
                    for mmr in ["", "&mmr=0.1", "&mmr=5"] {
                        sweeps.push(format!(
                            "?asset={asset}&side={side}&exchange={exchange}&lev={lev}{mmr}"
                        ));
                    }
                }
            }
        }
    }
    for query in queries.iter().map(|q| q.to_string()).chain(sweeps) {
        for lang in Lang::ALL {
            for html in [
                render::<LeverageLab>(lang, &query),
                render::<AccountLab>(lang, &query),
                render::<MarginLab>(lang, &query),
            ] {
                for bad in ["NaN", ">inf", "inf<", "\"inf", "∞", "undefined"] {
                    assert!(!html.contains(bad), "{bad} in {query}: {html}");
                }
            }
        }
    }
}
