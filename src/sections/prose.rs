//! Copy as markup: figures and moments from `content::story::segments` become styled, labelled
//! elements, so no component writes a number or a date itself.

use yew::prelude::*;

use crate::charts::csv::Columns;
use crate::content::chart_copy as copy;
use crate::content::story::{segments, Segment};
use crate::content::time::{Moment, TimeZoneChoice};
use crate::content::{ui, Lang, Text};
use crate::widgets::FrameLabels;

/// `text` in `lang` with each figure in a `span.figure-number` (naming its record in
/// `data-fact`) and each moment in a `<time>` (with a machine-readable `datetime` when the
/// moment has a date).
pub fn rich_text(text: &Text, lang: Lang, tz: TimeZoneChoice) -> Html {
    segments(text.get(lang), lang, tz)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(plain) => html! { { plain } },
            Segment::Figure { fact, text } => html! {
                <span class="figure-number" data-fact={fact.key()}>{ text }</span>
            },
            Segment::Moment { moment, text } => html! {
                <time class="moment" datetime={datetime(&moment.moment())}>{ text }</time>
            },
        })
        .collect()
}

/// The HTML `datetime` value of a moment: a UTC instant, a date, a month or a year; `None` for
/// moments the article gives without a date.
pub fn datetime(moment: &Moment) -> Option<AttrValue> {
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
    Some(text.into())
}

/// The chart frame's own words in `lang`.
pub fn frame_labels(lang: Lang) -> FrameLabels {
    FrameLabels {
        show_data: ui::SHOW_DATA.get(lang).into(),
        hide_data: ui::HIDE_DATA.get(lang).into(),
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
