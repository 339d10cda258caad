//! When things happened, and how a moment reads in Beijing or US Eastern time.
//!
//! The article states most times loosely ("Monday", "in the small hours", "last Friday"). A
//! [`Moment`] keeps exactly that much precision: only [`Moment::At`] is a clock time and only it
//! moves when the reader switches time zone; a calendar day keeps the zone the article implies.

use super::{Lang, Text};

/// The year the story happens in; dates in it are written without the year.
pub const STORY_YEAR: i32 = 2026;

/// Minutes east of UTC. US Eastern is on standard time (UTC−5) for every exact moment in this
/// story (January–February), so fixed offsets are correct here and no DST table is needed.
pub const BEIJING_OFFSET: i32 = 8 * 60;
pub const US_EASTERN_OFFSET: i32 = -5 * 60;
pub const CHICAGO_OFFSET: i32 = -6 * 60;

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CivilDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl CivilDate {
    pub const fn new(year: i32, month: u8, day: u8) -> Self {
        CivilDate { year, month, day }
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`). Out-of-range months are
    /// clamped so that no input can produce a nonsensical index.
    pub const fn days_since_epoch(self) -> i64 {
        let m = if self.month < 1 {
            1
        } else if self.month > 12 {
            12
        } else {
            self.month
        } as i64;
        let d = self.day as i64;
        let y = self.year as i64 - if m <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The inverse of [`CivilDate::days_since_epoch`] (Hinnant's `civil_from_days`).
    pub const fn from_days_since_epoch(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
        CivilDate {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }

    pub const fn add_days(self, days: i64) -> CivilDate {
        CivilDate::from_days_since_epoch(self.days_since_epoch() + days)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 from Monday).
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    pub fn short(self, lang: Lang) -> &'static str {
        let i = self as usize;
        match lang.rendered() {
            Lang::Zh => ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][i],
            Lang::En => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
        }
    }
}

/// An exact minute, stored as minutes since 1970-01-01T00:00Z.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UtcMinute(pub i64);

impl UtcMinute {
    /// A wall-clock time in a zone `offset_minutes` east of UTC, e.g. 06:30 Beijing.
    pub const fn from_local(date: CivilDate, hour: u8, minute: u8, offset_minutes: i32) -> Self {
        UtcMinute(
            date.days_since_epoch() * 1440 + hour as i64 * 60 + minute as i64
                - offset_minutes as i64,
        )
    }

    /// The local date, hour and minute in a zone `offset_minutes` east of UTC.
    pub fn local(self, offset_minutes: i32) -> (CivilDate, u8, u8) {
        let local = self.0.saturating_add(offset_minutes as i64);
        let days = local.div_euclid(1440);
        let minute_of_day = local.rem_euclid(1440);
        (
            CivilDate::from_days_since_epoch(days),
            (minute_of_day / 60) as u8,
            (minute_of_day % 60) as u8,
        )
    }
}

/// The reader's choice of clock for exact times.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum TimeZoneChoice {
    /// The article's own clock.
    #[default]
    Beijing,
    UsEastern,
}

impl TimeZoneChoice {
    pub const ALL: [TimeZoneChoice; 2] = [TimeZoneChoice::Beijing, TimeZoneChoice::UsEastern];

    pub fn offset_minutes(self) -> i32 {
        match self {
            TimeZoneChoice::Beijing => BEIJING_OFFSET,
            TimeZoneChoice::UsEastern => US_EASTERN_OFFSET,
        }
    }

    /// The value of the `tz` query parameter.
    pub fn param(self) -> &'static str {
        match self {
            TimeZoneChoice::Beijing => "beijing",
            TimeZoneChoice::UsEastern => "et",
        }
    }

    /// Every spelling [`TimeZoneChoice::parse`] accepts (also written into `assets/prefs.js`).
    pub const ALIASES: [(&'static str, TimeZoneChoice); 11] = [
        ("beijing", TimeZoneChoice::Beijing),
        ("bj", TimeZoneChoice::Beijing),
        ("cst", TimeZoneChoice::Beijing),
        ("utc+8", TimeZoneChoice::Beijing),
        ("china", TimeZoneChoice::Beijing),
        ("et", TimeZoneChoice::UsEastern),
        ("est", TimeZoneChoice::UsEastern),
        ("eastern", TimeZoneChoice::UsEastern),
        ("us", TimeZoneChoice::UsEastern),
        ("us-eastern", TimeZoneChoice::UsEastern),
        ("utc-5", TimeZoneChoice::UsEastern),
    ];

    /// Lenient: `beijing`, `bj`, `cst`, `utc+8`; `et`, `est`, `eastern`, `us`. Anything else is `None`.
    pub fn parse(value: &str) -> Option<TimeZoneChoice> {
        let value = value.trim().to_ascii_lowercase();
        TimeZoneChoice::ALIASES
            .iter()
            .find(|(alias, _)| *alias == value)
            .map(|(_, tz)| *tz)
    }

    /// The switch label ("北京时间" / "Beijing time").
    pub fn label(self) -> Text {
        match self {
            TimeZoneChoice::Beijing => Text::new("北京时间", "Beijing time"),
            TimeZoneChoice::UsEastern => Text::new("美东时间", "US Eastern time"),
        }
    }

    /// The zone as a clock time carries it: before the date in Chinese ("北京时间"), after the
    /// time in English ("Beijing").
    fn tag(self, lang: Lang) -> &'static str {
        match (self, lang.rendered()) {
            (TimeZoneChoice::Beijing, Lang::Zh) => "北京时间",
            (TimeZoneChoice::UsEastern, Lang::Zh) => "美东时间",
            (TimeZoneChoice::Beijing, Lang::En) => "Beijing",
            (TimeZoneChoice::UsEastern, Lang::En) => "ET",
        }
    }
}

/// The zone a calendar day is meant in. Days are never converted: "Monday" in New York is not
/// a Beijing day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Zone {
    Beijing,
    UsEastern,
    /// CME's "local time".
    Chicago,
    /// The article names a weekday without saying whose.
    Unstated,
}

impl Zone {
    /// For drawing and ordering only; an unstated zone is placed as UTC.
    pub fn offset_minutes(self) -> i32 {
        match self {
            Zone::Beijing => BEIJING_OFFSET,
            Zone::UsEastern => US_EASTERN_OFFSET,
            Zone::Chicago => CHICAGO_OFFSET,
            Zone::Unstated => 0,
        }
    }

    fn suffix(self, lang: Lang) -> &'static str {
        match (self, lang.rendered()) {
            (Zone::Beijing, Lang::Zh) => "北京时间",
            (Zone::UsEastern, Lang::Zh) => "美东时间",
            (Zone::Chicago, Lang::Zh) => "芝加哥当地时间",
            (Zone::Beijing, Lang::En) => "Beijing",
            (Zone::UsEastern, Lang::En) => "ET",
            (Zone::Chicago, Lang::En) => "Chicago time",
            (Zone::Unstated, _) => "",
        }
    }
}

/// Which part of a day the article means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayPart {
    Whole,
    /// 凌晨: after midnight, before dawn.
    SmallHours,
    /// The evening of `date` into the small hours of the next day.
    Night,
    /// The US regular stock-trading session.
    UsSession,
    /// After the day's close of trading.
    AfterClose,
    /// Before noon.
    Morning,
}

impl DayPart {
    /// Local minutes after midnight that a drawing may use for this part. These are drawing
    /// extents, not claims about when anything happened.
    fn extent(self) -> (i64, i64) {
        match self {
            DayPart::Whole => (0, 1440),
            DayPart::SmallHours => (0, 6 * 60),
            DayPart::Night => (18 * 60, 30 * 60),
            DayPart::UsSession => (9 * 60 + 30, 16 * 60),
            DayPart::AfterClose => (16 * 60, 1440),
            DayPart::Morning => (6 * 60, 12 * 60),
        }
    }
}

/// A point or stretch of time, as precise as the article is and no more.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Moment {
    /// A clock time the article states (converted when the reader switches zone).
    At(UtcMinute),
    /// A calendar day in a zone, or part of it.
    Day {
        date: CivilDate,
        zone: Zone,
        part: DayPart,
    },
    /// Consecutive days, inclusive.
    Days {
        from: CivilDate,
        to: CivilDate,
        zone: Zone,
    },
    /// A statistical week ending on `date` (jobless claims).
    WeekEnding(CivilDate),
    Month {
        year: i32,
        month: u8,
    },
    Year(i32),
    /// From 1 January of the year to the time of reporting.
    YearToDate(i32),
    /// The same stretch of an earlier year ("a year earlier").
    SameStretch(i32),
    /// A rolling window that ends at another moment (CoinGlass's 24-hour totals).
    Trailing {
        hours: u16,
        end: &'static Moment,
    },
    /// Some time before another moment.
    Before(&'static Moment),
    /// Current when the article was written; it gives no finer time.
    AsReported,
    /// The article gives no date.
    Undated,
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_index(month: u8) -> usize {
    (month.clamp(1, 12) - 1) as usize
}

fn en_month_short(month: u8) -> &'static str {
    &EN_MONTHS[month_index(month)][..3]
}

/// "6 Feb" (or "6 Feb 2025" outside the story's year).
fn en_date(date: CivilDate) -> String {
    let mut out = format!("{} {}", date.day, en_month_short(date.month));
    if date.year != STORY_YEAR {
        out.push_str(&format!(" {}", date.year));
    }
    out
}

/// "2月6日" (or "2025年2月6日").
fn zh_date(date: CivilDate) -> String {
    let year = if date.year != STORY_YEAR {
        format!("{}年", date.year)
    } else {
        String::new()
    };
    format!("{year}{}月{}日", date.month, date.day)
}

/// A day on an axis or in a list: "6 Feb", "2月6日".
pub fn short_date(date: CivilDate, lang: Lang) -> String {
    match lang.rendered() {
        Lang::Zh => zh_date(date),
        Lang::En => en_date(date),
    }
}

/// A publication date in full: "6 Feb 2026", "2026年2月6日"; ISO for data files.
pub fn full_date(date: CivilDate, lang: Option<Lang>) -> String {
    match lang.map(Lang::rendered) {
        Some(Lang::Zh) => format!("{}年{}月{}日", date.year, date.month, date.day),
        Some(Lang::En) => format!("{} {} {}", date.day, en_month_short(date.month), date.year),
        None => format!("{:04}-{:02}-{:02}", date.year, date.month, date.day),
    }
}

fn en_date_with_weekday(date: CivilDate) -> String {
    format!("{} {}", date.weekday().short(Lang::En), en_date(date))
}

fn en_zone(zone: Zone) -> String {
    match zone {
        Zone::Unstated => String::new(),
        z => format!(" ({})", z.suffix(Lang::En)),
    }
}

impl Moment {
    /// True only for a clock time the article states.
    pub fn is_exact(&self) -> bool {
        matches!(self, Moment::At(_))
    }

    /// How the moment reads in `lang`; `tz` applies to clock times only.
    pub fn format(&self, lang: Lang, tz: TimeZoneChoice) -> String {
        match (*self, lang.rendered()) {
            (Moment::At(t), _) => {
                let (date, h, m) = t.local(tz.offset_minutes());
                match lang.rendered() {
                    // Chinese news puts the zone first and drops the hour's leading zero:
                    // 北京时间2月6日6:30.
                    Lang::Zh => format!("{}{}{h}:{m:02}", tz.tag(lang), zh_date(date)),
                    Lang::En => format!("{}, {h:02}:{m:02} {}", en_date(date), tz.tag(lang)),
                }
            }
            (Moment::Day { date, zone, part }, Lang::Zh) => {
                let weekday = date.weekday().short(lang);
                let zone_name = zone.suffix(lang);
                match part {
                    DayPart::Whole if zone == Zone::Unstated => {
                        format!("{}（{weekday}）", zh_date(date))
                    }
                    DayPart::Whole => format!("{zone_name}{}（{weekday}）", zh_date(date)),
                    DayPart::SmallHours => format!("{zone_name}{}凌晨", zh_date(date)),
                    DayPart::Night => {
                        let next = date.add_days(1);
                        let next_text = if next.month == date.month {
                            format!("{}日", next.day)
                        } else {
                            zh_date(next)
                        };
                        format!("{zone_name}{}夜间至{next_text}凌晨", zh_date(date))
                    }
                    DayPart::UsSession => format!("美国市场{}（{weekday}）交易时段", zh_date(date)),
                    DayPart::AfterClose => {
                        format!("{zone_name}{}（{weekday}）收盘后", zh_date(date))
                    }
                    DayPart::Morning => format!("{zone_name}{}（{weekday}）上午", zh_date(date)),
                }
            }
            (Moment::Day { date, zone, part }, Lang::En) => match part {
                DayPart::Whole => format!("{}{}", en_date_with_weekday(date), en_zone(zone)),
                DayPart::SmallHours => format!("early hours of {}{}", en_date(date), en_zone(zone)),
                DayPart::Night => {
                    let next = date.add_days(1);
                    let span = if next.month == date.month {
                        format!("{}–{}", date.day, en_date(next))
                    } else {
                        format!("{} – {}", en_date(date), en_date(next))
                    };
                    format!("night of {span}{}", en_zone(zone))
                }
                DayPart::UsSession => format!("the US session of {}", en_date_with_weekday(date)),
                DayPart::AfterClose => {
                    format!(
                        "after the close on {}{}",
                        en_date_with_weekday(date),
                        en_zone(zone)
                    )
                }
                DayPart::Morning => {
                    format!(
                        "the morning of {}{}",
                        en_date_with_weekday(date),
                        en_zone(zone)
                    )
                }
            },
            (Moment::Days { from, to, zone }, Lang::Zh) => {
                let to_text = if from.month == to.month && from.year == to.year {
                    format!("{}日", to.day)
                } else {
                    zh_date(to)
                };
                format!("{}{}至{to_text}", zone.suffix(lang), zh_date(from))
            }
            (Moment::Days { from, to, zone }, Lang::En) => {
                let span = if from.month == to.month && from.year == to.year {
                    format!("{}–{}", from.day, en_date(to))
                } else {
                    format!("{} – {}", en_date(from), en_date(to))
                };
                format!("{span}{}", en_zone(zone))
            }
            (Moment::WeekEnding(date), Lang::Zh) => format!("截至{}当周", zh_date(date)),
            (Moment::WeekEnding(date), Lang::En) => format!("week to {}", en_date(date)),
            (Moment::Month { year, month }, Lang::Zh) => {
                format!("{year}年{}月", month.clamp(1, 12))
            }
            (Moment::Month { year, month }, Lang::En) => {
                format!("{} {year}", EN_MONTHS[month_index(month)])
            }
            (Moment::Year(year), Lang::Zh) => format!("{year}年"),
            (Moment::Year(year), Lang::En) => format!("{year}"),
            (Moment::YearToDate(year), Lang::Zh) => format!("{year}年以来"),
            (Moment::YearToDate(year), Lang::En) => format!("{year} so far"),
            (Moment::SameStretch(year), Lang::Zh) => format!("{year}年同期"),
            (Moment::SameStretch(year), Lang::En) => format!("the same stretch of {year}"),
            (Moment::Trailing { hours, end }, Lang::Zh) => {
                format!("截至{}的{hours}小时", end.format(lang, tz))
            }
            (Moment::Trailing { hours, end }, Lang::En) => {
                let article = match end {
                    Moment::Day {
                        part: DayPart::SmallHours | DayPart::Night,
                        ..
                    } => "the ",
                    _ => "",
                };
                format!("{hours} hours to {article}{}", end.format(lang, tz))
            }
            (Moment::Before(end), Lang::Zh) => format!("{}之前", end.format(lang, tz)),
            (Moment::Before(end), Lang::En) => format!("before {}", end.format(lang, tz)),
            (Moment::AsReported, Lang::Zh) => "报道发布时".to_string(),
            (Moment::AsReported, Lang::En) => "as reported".to_string(),
            (Moment::Undated, Lang::Zh) => "原文未注明日期".to_string(),
            (Moment::Undated, Lang::En) => "date not given".to_string(),
        }
    }

    /// The stretch of UTC minutes a chart may draw this moment over; `None` for moments that
    /// cannot be placed (undated, open-ended, "as reported").
    pub fn span_utc(&self) -> Option<(i64, i64)> {
        let day_start = |date: CivilDate, zone: Zone| {
            date.days_since_epoch() * 1440 - zone.offset_minutes() as i64
        };
        match *self {
            Moment::At(t) => Some((t.0, t.0)),
            Moment::Day { date, zone, part } => {
                let (a, b) = part.extent();
                let base = day_start(date, zone);
                Some((base + a, base + b))
            }
            Moment::Days { from, to, zone } => {
                Some((day_start(from, zone), day_start(to, zone) + 1440))
            }
            Moment::WeekEnding(date) => Some((
                day_start(date.add_days(-6), Zone::Unstated),
                day_start(date, Zone::Unstated) + 1440,
            )),
            Moment::Month { year, month } => {
                let month = month.clamp(1, 12);
                let start = CivilDate::new(year, month, 1);
                let next = if month == 12 {
                    CivilDate::new(year + 1, 1, 1)
                } else {
                    CivilDate::new(year, month + 1, 1)
                };
                Some((
                    day_start(start, Zone::Unstated),
                    day_start(next, Zone::Unstated),
                ))
            }
            Moment::Year(year) => Some((
                day_start(CivilDate::new(year, 1, 1), Zone::Unstated),
                day_start(CivilDate::new(year + 1, 1, 1), Zone::Unstated),
            )),
            Moment::Trailing { hours, end } => {
                let (end_start, end_end) = end.span_utc()?;
                Some((end_start - hours as i64 * 60, end_end))
            }
            Moment::YearToDate(_)
            | Moment::SameStretch(_)
            | Moment::Before(_)
            | Moment::AsReported
            | Moment::Undated => None,
        }
    }
}

// The moments of the story, as the article gives them. The calendar: 6 Feb 2026 was a Friday,
// so "Monday" is 2 Feb, the "next two trading days" 3–4 Feb, "Wednesday" 4 Feb, "Thursday"
// 5 Feb and "last Friday" 30 Jan; the overnight US session is Thursday 5 Feb.

/// 06:30 Beijing, 6 Feb: the bitcoin reading the article quotes.
pub const BJ_0630: Moment = Moment::At(UtcMinute::from_local(
    CivilDate::new(2026, 2, 6),
    6,
    30,
    BEIJING_OFFSET,
));
pub const BEFORE_0630: Moment = Moment::Before(&BJ_0630);
pub const SMALL_HOURS: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 6),
    zone: Zone::Beijing,
    part: DayPart::SmallHours,
};
pub const NIGHT: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 5),
    zone: Zone::Beijing,
    part: DayPart::Night,
};
pub const US_SESSION: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 5),
    zone: Zone::UsEastern,
    part: DayPart::UsSession,
};
pub const MONDAY: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 2),
    zone: Zone::UsEastern,
    part: DayPart::Whole,
};
pub const TUE_WED: Moment = Moment::Days {
    from: CivilDate::new(2026, 2, 3),
    to: CivilDate::new(2026, 2, 4),
    zone: Zone::UsEastern,
};
pub const WEDNESDAY: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 4),
    zone: Zone::Unstated,
    part: DayPart::Whole,
};
pub const THURSDAY: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 5),
    zone: Zone::Unstated,
    part: DayPart::Whole,
};
pub const LAST_FRIDAY: Moment = Moment::Day {
    date: CivilDate::new(2026, 1, 30),
    zone: Zone::Unstated,
    part: DayPart::Whole,
};
pub const CME_EFFECTIVE: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 6),
    zone: Zone::Chicago,
    part: DayPart::AfterClose,
};
/// The step before: CME's metals margins raised after Monday 2 Feb's close.
pub const CME_PRIOR_EFFECTIVE: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 2),
    zone: Zone::Chicago,
    part: DayPart::AfterClose,
};
/// The levels in force from CME's switch to percentage margins until the 2 Feb step.
pub const CME_SINCE_JAN13: Moment = Moment::Day {
    date: CivilDate::new(2026, 1, 13),
    zone: Zone::Chicago,
    part: DayPart::AfterClose,
};
// Timestamped prices from reports other than the article (see `content::documents`).
/// 06:02 GMT on 5 Feb (Investing.com, via TS2).
pub const GMT_0602_FEB5: Moment =
    Moment::At(UtcMinute::from_local(CivilDate::new(2026, 2, 5), 6, 2, 0));
/// 09:16 ET on 5 Feb (Charles Schwab's market update).
pub const ET_0916_FEB5: Moment = Moment::At(UtcMinute::from_local(
    CivilDate::new(2026, 2, 5),
    9,
    16,
    US_EASTERN_OFFSET,
));
/// 19:21 ET on 5 Feb (CoinGecko, via Forbes).
pub const ET_1921_FEB5: Moment = Moment::At(UtcMinute::from_local(
    CivilDate::new(2026, 2, 5),
    19,
    21,
    US_EASTERN_OFFSET,
));
/// Early Asian trade on Friday 6 Feb (Bloomberg: "Friday morning").
pub const ASIA_MORNING_FEB6: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 6),
    zone: Zone::Beijing,
    part: DayPart::Morning,
};
/// 09:12 Singapore (= Beijing) time on 6 Feb (Bloomberg).
pub const BJ_0912: Moment = Moment::At(UtcMinute::from_local(
    CivilDate::new(2026, 2, 6),
    9,
    12,
    BEIJING_OFFSET,
));
/// 14:53 ET on 6 Feb (Investing.com data, via TradeVae).
pub const ET_1453_FEB6: Moment = Moment::At(UtcMinute::from_local(
    CivilDate::new(2026, 2, 6),
    14,
    53,
    US_EASTERN_OFFSET,
));
/// The US close on Thursday 5 Feb.
pub const US_CLOSE_FEB5: Moment = Moment::Day {
    date: CivilDate::new(2026, 2, 5),
    zone: Zone::UsEastern,
    part: DayPart::AfterClose,
};
pub const WEEK_TO_JAN31: Moment = Moment::WeekEnding(CivilDate::new(2026, 1, 31));
pub const COINGLASS_24H: Moment = Moment::Trailing {
    hours: 24,
    end: &SMALL_HOURS,
};
/// A calendar month, as the article names it ("the highest since December 2008").
const fn month(year: i32, month: u8) -> Moment {
    Moment::Month { year, month }
}
pub const JAN_2026: Moment = month(2026, 1);
pub const JAN_2021: Moment = month(2021, 1);
pub const DEC_2025: Moment = month(2025, 12);
pub const OCT_2025: Moment = month(2025, 10);
pub const APR_2025: Moment = month(2025, 4);
pub const OCT_2024: Moment = month(2024, 10);
pub const SEP_2020: Moment = month(2020, 9);
pub const MAR_2020: Moment = month(2020, 3);
pub const DEC_2008: Moment = month(2008, 12);
/// The year the article gives for the meme-stock episode (see `ClaimId::RobinhoodLargestSince2022`).
pub const YEAR_2022: Moment = Moment::Year(2022);
pub const YTD_2026: Moment = Moment::YearToDate(2026);
pub const SAME_2025: Moment = Moment::SameStretch(2025);

crate::content::facts::keyed_ids! {
    /// Moments prose can name as `{@key}`.
    pub enum MomentId {
        Bj0630 => "bj_0630",
        Before0630 => "before_0630",
        SmallHours => "small_hours",
        Night => "night",
        UsSession => "us_session",
        Monday => "monday",
        TueWed => "tue_wed",
        Wednesday => "wednesday",
        Thursday => "thursday",
        LastFriday => "last_friday",
        CmeEffective => "cme_effective",
        WeekToJan31 => "week_to_jan31",
        Coinglass24h => "coinglass_24h",
        Jan2026 => "jan_2026",
        Dec2025 => "dec_2025",
        Oct2025 => "oct_2025",
        Apr2025 => "apr_2025",
        Oct2024 => "oct_2024",
        Sep2020 => "sep_2020",
        Mar2020 => "mar_2020",
        Dec2008 => "dec_2008",
        Jan2021 => "jan_2021",
        Year2022 => "y2022",
        Ytd2026 => "ytd_2026",
        Same2025 => "same_2025",
    }
}

impl MomentId {
    pub fn moment(self) -> Moment {
        match self {
            MomentId::Bj0630 => BJ_0630,
            MomentId::Before0630 => BEFORE_0630,
            MomentId::SmallHours => SMALL_HOURS,
            MomentId::Night => NIGHT,
            MomentId::UsSession => US_SESSION,
            MomentId::Monday => MONDAY,
            MomentId::TueWed => TUE_WED,
            MomentId::Wednesday => WEDNESDAY,
            MomentId::Thursday => THURSDAY,
            MomentId::LastFriday => LAST_FRIDAY,
            MomentId::CmeEffective => CME_EFFECTIVE,
            MomentId::WeekToJan31 => WEEK_TO_JAN31,
            MomentId::Coinglass24h => COINGLASS_24H,
            MomentId::Jan2026 => JAN_2026,
            MomentId::Dec2025 => DEC_2025,
            MomentId::Oct2025 => OCT_2025,
            MomentId::Apr2025 => APR_2025,
            MomentId::Oct2024 => OCT_2024,
            MomentId::Sep2020 => SEP_2020,
            MomentId::Mar2020 => MAR_2020,
            MomentId::Dec2008 => DEC_2008,
            MomentId::Jan2021 => JAN_2021,
            MomentId::Year2022 => YEAR_2022,
            MomentId::Ytd2026 => YTD_2026,
            MomentId::Same2025 => SAME_2025,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_arithmetic_round_trips() {
        for days in [-800_000_i64, -1, 0, 1, 19_000, 20_490, 2_000_000] {
            assert_eq!(
                CivilDate::from_days_since_epoch(days).days_since_epoch(),
                days
            );
        }
        assert_eq!(CivilDate::new(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(CivilDate::new(2026, 2, 6).weekday(), Weekday::Fri);
        assert_eq!(CivilDate::new(2026, 2, 2).weekday(), Weekday::Mon);
        assert_eq!(CivilDate::new(2026, 1, 30).weekday(), Weekday::Fri);
        assert_eq!(CivilDate::new(2026, 1, 31).weekday(), Weekday::Sat);
        assert_eq!(
            CivilDate::new(2026, 1, 31).add_days(1),
            CivilDate::new(2026, 2, 1)
        );
        // Garbage months clamp rather than panic.
        let _ = CivilDate::new(2026, 0, 40).weekday();
        let _ = CivilDate::new(2026, 255, 255).weekday();
    }

    #[test]
    fn clock_times_convert_between_zones() {
        assert_eq!(
            BJ_0630.format(Lang::Zh, TimeZoneChoice::Beijing),
            "北京时间2月6日6:30"
        );
        assert_eq!(
            BJ_0630.format(Lang::En, TimeZoneChoice::Beijing),
            "6 Feb, 06:30 Beijing"
        );
        assert_eq!(
            BJ_0630.format(Lang::En, TimeZoneChoice::UsEastern),
            "5 Feb, 17:30 ET"
        );
        assert_eq!(
            BJ_0630.format(Lang::Zh, TimeZoneChoice::UsEastern),
            "美东时间2月5日17:30"
        );
        let Moment::At(t) = BJ_0630 else { panic!() };
        assert_eq!(t.local(0), (CivilDate::new(2026, 2, 5), 22, 30));
        // Extreme values do not panic.
        let _ = Moment::At(UtcMinute(i64::MAX)).format(Lang::En, TimeZoneChoice::Beijing);
        let _ = Moment::At(UtcMinute(i64::MIN)).format(Lang::Zh, TimeZoneChoice::UsEastern);
    }

    #[test]
    fn loose_moments_read_naturally_and_keep_their_zone() {
        for tz in TimeZoneChoice::ALL {
            assert_eq!(MONDAY.format(Lang::En, tz), "Mon 2 Feb (ET)");
            assert_eq!(MONDAY.format(Lang::Zh, tz), "美东时间2月2日（周一）");
        }
        let b = TimeZoneChoice::Beijing;
        assert_eq!(SMALL_HOURS.format(Lang::Zh, b), "北京时间2月6日凌晨");
        assert_eq!(
            SMALL_HOURS.format(Lang::En, b),
            "early hours of 6 Feb (Beijing)"
        );
        assert_eq!(NIGHT.format(Lang::Zh, b), "北京时间2月5日夜间至6日凌晨");
        assert_eq!(NIGHT.format(Lang::En, b), "night of 5–6 Feb (Beijing)");
        assert_eq!(
            US_SESSION.format(Lang::En, b),
            "the US session of Thu 5 Feb"
        );
        assert_eq!(TUE_WED.format(Lang::Zh, b), "美东时间2月3日至4日");
        assert_eq!(TUE_WED.format(Lang::En, b), "3–4 Feb (ET)");
        assert_eq!(WEEK_TO_JAN31.format(Lang::Zh, b), "截至1月31日当周");
        assert_eq!(
            CME_EFFECTIVE.format(Lang::Zh, b),
            "芝加哥当地时间2月6日（周五）收盘后"
        );
        assert_eq!(
            CME_EFFECTIVE.format(Lang::En, b),
            "after the close on Fri 6 Feb (Chicago time)"
        );
        assert_eq!(
            COINGLASS_24H.format(Lang::En, b),
            "24 hours to the early hours of 6 Feb (Beijing)"
        );
        assert_eq!(
            COINGLASS_24H.format(Lang::Zh, b),
            "截至北京时间2月6日凌晨的24小时"
        );
        assert_eq!(DEC_2008.format(Lang::Zh, b), "2008年12月");
        assert_eq!(MAR_2020.format(Lang::En, b), "March 2020");
        assert_eq!(
            BEFORE_0630.format(Lang::En, b),
            "before 6 Feb, 06:30 Beijing"
        );
        assert_eq!(
            Moment::Month {
                year: 2025,
                month: 0
            }
            .format(Lang::En, b),
            "January 2025"
        );
        assert!(!SMALL_HOURS.is_exact() && BJ_0630.is_exact());
    }

    #[test]
    fn every_dated_mention_in_the_article_has_a_moment() {
        // Month-level references and the one clock time the article gives.
        let wanted = [
            OCT_2024,
            OCT_2025,
            APR_2025,
            MAR_2020,
            SEP_2020,
            DEC_2008,
            DEC_2025,
            JAN_2026,
            YEAR_2022,
            BJ_0630,
            WEEK_TO_JAN31,
            CME_EFFECTIVE,
        ];
        for moment in wanted {
            assert!(
                MomentId::ALL.iter().any(|id| id.moment() == moment),
                "{moment:?}"
            );
        }
    }

    #[test]
    fn moment_keys_are_unique_and_parse() {
        let mut seen = std::collections::HashSet::new();
        for &id in MomentId::ALL {
            assert!(seen.insert(id.key()));
            assert_eq!(MomentId::from_key(id.key()), Some(id));
        }
        assert_eq!(MomentId::from_key("nope"), None);
    }

    #[test]
    fn time_zone_choice_round_trips() {
        for tz in TimeZoneChoice::ALL {
            assert_eq!(TimeZoneChoice::parse(tz.param()), Some(tz));
        }
        assert_eq!(
            TimeZoneChoice::parse(" EST "),
            Some(TimeZoneChoice::UsEastern)
        );
        assert_eq!(TimeZoneChoice::parse("mars"), None);
        assert_eq!(TimeZoneChoice::default(), TimeZoneChoice::Beijing);
    }
}
