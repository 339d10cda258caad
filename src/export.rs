//! The data behind every figure, for other newsrooms: `data/facts.json` and `data/facts.csv`,
//! written by the build step (never part of the Wasm module). One row per fact and per claim,
//! with its value, unit, bound, moment, source and document, and its label in both languages.

use serde::Serialize;

use crate::content::documents::{document_for, Document};
use crate::content::facts::{Claim, Fact, Ref, CLAIMS, FACTS};
use crate::content::format::format_fact;
use crate::content::sources::Source;
use crate::content::story::render;
use crate::content::time::{full_date, Moment, TimeZoneChoice};
use crate::content::{Lang, Text};
use crate::page::prose::datetime;

/// Both languages of a piece of copy.
#[derive(Serialize)]
pub struct Both {
    pub zh: String,
    pub en: String,
}

impl Both {
    fn of(text: impl Fn(Lang) -> String) -> Both {
        Both {
            zh: text(Lang::Zh),
            en: text(Lang::En),
        }
    }

    fn text(text: Text) -> Both {
        Both::of(|lang| text.get(lang).to_string())
    }
}

/// When a record applies: machine-readable where the record is dated, and as the page words it
/// (exact times in Beijing time, as the article gives them).
#[derive(Serialize)]
pub struct When {
    /// An ISO 8601 UTC instant, date, month or year; `None` for "as reported" and undated.
    pub iso: Option<String>,
    pub text: Both,
}

#[derive(Serialize)]
pub struct SourceRecord {
    pub key: &'static str,
    pub name: Both,
}

#[derive(Serialize)]
pub struct DocumentRecord {
    pub publisher: Both,
    pub title: Both,
    /// ISO date; `None` for an undated reference page.
    pub published: Option<String>,
    pub url: &'static str,
}

/// One fact or claim.
#[derive(Serialize)]
pub struct Record {
    pub id: &'static str,
    /// `fact` (a figure) or `claim` (a statement without one).
    pub kind: &'static str,
    pub value: Option<f64>,
    pub unit: Option<&'static str>,
    /// `exact`, `more_than`, `about` or `less_than`.
    pub bound: Option<&'static str>,
    pub label: Both,
    /// The figure as the page shows it.
    pub display: Option<Both>,
    pub moment: When,
    pub source: SourceRecord,
    pub document: Option<DocumentRecord>,
    pub note: Option<Both>,
}

fn when(moment: &Moment) -> When {
    When {
        iso: datetime(moment),
        text: Both::of(|lang| moment.format(lang, TimeZoneChoice::Beijing)),
    }
}

fn source(source: Source) -> SourceRecord {
    SourceRecord {
        key: source.key(),
        name: Both::of(|lang| source.name(lang).to_string()),
    }
}

fn document(doc: &Document) -> DocumentRecord {
    DocumentRecord {
        publisher: Both::text(doc.publisher),
        title: Both::text(doc.title),
        published: doc.published.map(|date| full_date(date, None)),
        url: doc.url,
    }
}

fn fact_record(fact: &Fact) -> Record {
    Record {
        id: fact.id.key(),
        kind: "fact",
        value: fact.value.is_finite().then_some(fact.value),
        unit: Some(fact.unit.code()),
        bound: Some(fact.bound.code()),
        label: Both::text(fact.label),
        display: Some(Both::of(|lang| format_fact(fact, lang))),
        moment: when(&fact.as_of),
        source: source(fact.source),
        document: document_for(Ref::Fact(fact.id)).map(document),
        note: fact.note.map(Both::text),
    }
}

fn claim_record(claim: &Claim) -> Record {
    Record {
        id: claim.id.key(),
        kind: "claim",
        value: None,
        unit: None,
        bound: None,
        label: Both::of(|lang| render(&claim.text, lang)),
        display: None,
        moment: when(&claim.as_of),
        source: source(claim.source),
        document: document_for(Ref::Claim(claim.id)).map(document),
        note: claim.note.map(Both::text),
    }
}

/// Every fact, then every claim.
pub fn records() -> Vec<Record> {
    FACTS
        .iter()
        .map(fact_record)
        .chain(CLAIMS.iter().map(claim_record))
        .collect()
}

/// `data/facts.json`: the records, pretty-printed.
pub fn facts_json() -> String {
    serde_json::to_string_pretty(&records()).expect("records are plain strings and numbers")
}

/// `data/facts.csv`: the same records flattened, both languages side by side.
pub fn facts_csv() -> String {
    const HEADER: [&str; 18] = [
        "id",
        "kind",
        "value",
        "unit",
        "bound",
        "moment_iso",
        "moment_zh",
        "moment_en",
        "label_zh",
        "label_en",
        "display_zh",
        "display_en",
        "source",
        "publisher",
        "title",
        "published",
        "url",
        "note_en",
    ];
    let mut out = String::from(crate::csv::BOM);
    crate::csv::push_row(&mut out, HEADER);
    for record in records() {
        let doc = record.document.as_ref();
        let row = [
            record.id.to_string(),
            record.kind.to_string(),
            record
                .value
                .map(|v| crate::decimal::trimmed(v, 9))
                .unwrap_or_default(),
            record.unit.unwrap_or_default().to_string(),
            record.bound.unwrap_or_default().to_string(),
            record.moment.iso.clone().unwrap_or_default(),
            record.moment.text.zh.clone(),
            record.moment.text.en.clone(),
            record.label.zh.clone(),
            record.label.en.clone(),
            record
                .display
                .as_ref()
                .map(|d| d.zh.clone())
                .unwrap_or_default(),
            record
                .display
                .as_ref()
                .map(|d| d.en.clone())
                .unwrap_or_default(),
            record.source.name.en.clone(),
            doc.map(|d| d.publisher.en.clone()).unwrap_or_default(),
            doc.map(|d| d.title.en.clone()).unwrap_or_default(),
            doc.and_then(|d| d.published.clone()).unwrap_or_default(),
            doc.map(|d| d.url.to_string()).unwrap_or_default(),
            record
                .note
                .as_ref()
                .map(|n| n.en.clone())
                .unwrap_or_default(),
        ];
        crate::csv::push_row(&mut out, row.iter().map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::facts::{ClaimId, FactId};

    #[test]
    fn json_parses_and_holds_every_record() {
        let parsed: serde_json::Value = serde_json::from_str(&facts_json()).unwrap();
        let rows = parsed.as_array().unwrap();
        assert_eq!(rows.len(), FactId::COUNT + ClaimId::COUNT);
        let low = rows.iter().find(|r| r["id"] == "btc_intraday_low").unwrap();
        assert_eq!(low["value"], 60_033.0);
        assert_eq!(low["document"]["published"], "2026-02-06");
        assert!(low["document"]["url"]
            .as_str()
            .unwrap()
            .starts_with("https://"));
        let reading = rows.iter().find(|r| r["id"] == "btc_0630").unwrap();
        assert_eq!(reading["moment"]["iso"], "2026-02-05T22:30Z");
    }

    #[test]
    fn every_record_from_outside_the_article_carries_its_document() {
        for fact in FACTS.iter() {
            if fact.source == Source::Reports {
                assert!(document_for(Ref::Fact(fact.id)).is_some(), "{:?}", fact.id);
            }
        }
        for claim in CLAIMS.iter() {
            if claim.source == Source::Reports {
                assert!(
                    document_for(Ref::Claim(claim.id)).is_some(),
                    "{:?}",
                    claim.id
                );
            }
        }
        for record in records() {
            if let Some(doc) = &record.document {
                assert!(doc.url.starts_with("https://"), "{}", record.id);
                assert!(!doc.publisher.en.is_empty() && !doc.publisher.zh.is_empty());
            }
        }
    }

    #[test]
    fn csv_has_a_row_per_record_and_no_cell_a_spreadsheet_would_run() {
        let csv = facts_csv();
        let lines: Vec<&str> = csv
            .trim_start_matches(crate::csv::BOM)
            .split("\r\n")
            .collect();
        // Header, records, and the empty string after the last line end (no cell has a break).
        assert_eq!(lines.len(), FactId::COUNT + ClaimId::COUNT + 2);
        for line in &lines {
            for cell in line.split(',') {
                let cell = cell.trim_start_matches('"');
                if cell.starts_with(['=', '+', '-', '@']) {
                    assert!(crate::decimal::parse(cell).is_some(), "{cell}");
                }
            }
        }
    }
}
