//! Copy as markup: figures and moments from `content::story::segments` become styled, labelled
//! elements, so no component writes a number or a date itself.

use super::chart_frame::FrameLabels;
use crate::charts::csv::Columns;
use crate::content::chart_copy as copy;
use crate::content::story::{segments, Segment};
use crate::content::time::{Moment, TimeZoneChoice};
use crate::content::{ui, Lang, Text};
use crate::page::markup::Markup;

/// Writes `text` in `lang` with each figure in a `span.figure-number` (naming its record in
/// `data-fact`) and each moment in a `<time>` (with a machine-readable `datetime` when the
/// moment has a date), in both clocks where they differ (see [`write_per_zone`]), so the prose
/// never re-renders for the reader's choice of clock.
pub fn write_rich_text(m: &mut Markup, text: &Text, lang: Lang) {
    for segment in segments(text.get(lang), lang, TimeZoneChoice::Beijing) {
        match segment {
            Segment::Plain(plain) => {
                m.text(plain);
            }
            Segment::Figure { fact, text } => {
                m.element(
                    "span",
                    &[("class", "figure-number"), ("data-fact", fact.key())],
                    &text,
                );
            }
            Segment::Moment { moment, .. } => {
                let moment = moment.moment();
                let datetime = datetime(&moment);
                let mut attributes = vec![("class", "moment")];
                if let Some(datetime) = &datetime {
                    attributes.push(("datetime", datetime));
                }
                m.open("time", &attributes);
                write_per_zone(m, |tz| moment.format(lang, tz));
                m.close("time");
            }
        }
    }
}

/// Writes `text_in(tz)`: once when both clocks read the same, else once per clock, each in a
/// `span` that the stylesheet shows only when `<html data-tz>` asks for that clock.
pub fn write_per_zone(m: &mut Markup, text_in: impl Fn(TimeZoneChoice) -> String) {
    let beijing = text_in(TimeZoneChoice::Beijing);
    let eastern = text_in(TimeZoneChoice::UsEastern);
    if beijing == eastern {
        m.text(&beijing);
    } else {
        m.element("span", &[("class", "tz-beijing")], &beijing)
            .element("span", &[("class", "tz-eastern")], &eastern);
    }
}

/// The HTML `datetime` value of a moment: a UTC instant, a date, a month or a year; `None` for
/// moments the article gives without a date.
pub fn datetime(moment: &Moment) -> Option<String> {
    let text = match *moment {
        Moment::At(t) => {
            let (date, h, m) = t.local(0);
            format!(
                "{:04}-{:02}-{:02}T{h:02}:{m:02}Z",
                date.year, date.month, date.day
            )
        }
        Moment::Day { date, .. } => format!("{:04}-{:02}-{:02}", date.year, date.month, date.day),
        Moment::Days { from, .. } => format!("{:04}-{:02}-{:02}", from.year, from.month, from.day),
        Moment::WeekEnding(date) => format!("{:04}-{:02}-{:02}", date.year, date.month, date.day),
        Moment::Month { year, month } => format!("{year:04}-{:02}", month.clamp(1, 12)),
        Moment::Year(year) | Moment::YearToDate(year) | Moment::SameStretch(year) => {
            format!("{year:04}")
        }
        Moment::Trailing { end, .. } | Moment::Before(end) => return datetime(end),
        Moment::AsReported | Moment::Undated => return None,
    };
    Some(text)
}

/// The chart frame's own words in `lang`.
pub fn frame_labels(lang: Lang) -> FrameLabels {
    FrameLabels {
        show_data: ui::SHOW_DATA.get(lang).into(),
        download_csv: ui::DOWNLOAD_CSV.get(lang).into(),
        columns: Columns {
            label: copy::COL_LABEL.get(lang).into(),
            group: copy::COL_GROUP.get(lang).into(),
            value: copy::COL_VALUE.get(lang).into(),
            display: copy::COL_DISPLAY.get(lang).into(),
            source: copy::COL_SOURCE.get(lang).into(),
            note: copy::COL_NOTE.get(lang).into(),
        },
    }
}
