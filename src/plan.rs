//! Computes, once, everything the script templates need beyond the agenda itself: the numbering
//! of items, steps and points, ordinals and counts in words (第二项, 两项), and where each item
//! stands (first, next, last). The result is the template context, documented in
//! `docs/templates.md`.

use serde::Serialize;

use crate::model::{self, Clock, Language, PointNumbering};
use crate::numerals;

#[derive(Debug, Serialize)]
pub struct Plan {
    pub language: &'static str,
    pub meeting: Meeting,
    pub host: Person,
    /// The number of items, as a count before a measure word (两 in 共有两项议程).
    pub item_count: String,
    pub items: Vec<Item>,
    pub closing: Closing,
    /// The host's opening lines and their time; filled in by the schedule.
    pub opening: Part,
    /// When the meeting ends, if every item has minutes; filled in by the schedule.
    pub end: Option<Time>,
    /// The planned minutes of the whole meeting, if every item has minutes.
    pub total_minutes: Option<u32>,
    /// How long the host speaks in all.
    pub host_time: HostTime,
}

#[derive(Debug, Serialize)]
pub struct Meeting {
    pub title: String,
    pub salutation: Option<String>,
    pub purpose: Vec<String>,
    pub tasks: Vec<String>,
    pub date: Option<Date>,
    pub start: Option<Time>,
    pub ends: Option<Time>,
    pub place: Option<String>,
    pub participants: Vec<String>,
    /// Characters (or words) the host reads a minute.
    pub reading_rate: u32,
}

#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: i16,
    pub month: i8,
    pub day: i8,
    /// 1 for Monday to 7 for Sunday.
    pub weekday: i8,
}

/// A time of day.
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct Time {
    pub hour: u32,
    pub minute: u32,
    /// 9:05, 14:30
    pub text: String,
}

impl From<Clock> for Time {
    fn from(clock: Clock) -> Self {
        Time {
            hour: clock.hour(),
            minute: clock.minute(),
            text: clock.to_string(),
        }
    }
}

/// A stretch of the meeting where only the host speaks (the opening, the closing).
#[derive(Debug, Serialize, Default)]
pub struct Part {
    pub start: Option<Time>,
    pub end: Option<Time>,
    /// Whole minutes set aside for it: the host's reading time, rounded up.
    pub minutes: u32,
    pub host: HostTime,
}

/// How much the host reads, and how long that takes at the agenda's reading rate.
#[derive(Debug, Serialize, Default, Clone, Copy, PartialEq)]
pub struct HostTime {
    /// Characters (Chinese) or words (English).
    pub length: usize,
    /// Minutes, to one decimal.
    pub minutes: f64,
}

#[derive(Debug, Serialize, Clone)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    /// The short form for later mentions; the name when the agenda gives none.
    pub call: String,
    /// 同志, 先生, 女士, or empty for none.
    pub honorific: String,
}

#[derive(Debug, Serialize)]
pub struct Item {
    /// 1-based.
    pub number: usize,
    /// The number in words for 第N项 (二).
    pub ordinal: String,
    /// `first`, `next`, `last` (only when the agenda asks to mark the last item), or `only`
    /// (the meeting has one item).
    pub position: &'static str,
    pub title: Option<String>,
    pub steps: Vec<Step>,
    /// The planned minutes: the item's own, or the sum of its steps' when all have one.
    pub minutes: Option<u32>,
    pub cue: Option<String>,
    /// Filled in by the schedule, when the meeting has a start and the items before have minutes.
    pub start: Option<Time>,
    pub end: Option<Time>,
    /// The host's own lines for this item; filled in by the schedule.
    pub host: HostTime,
}

#[derive(Debug, Serialize)]
pub struct Step {
    /// 1-based, within its item.
    pub number: usize,
    pub who: Person,
    pub does: String,
    pub what: Option<String>,
    pub minutes: Option<u32>,
    pub cue: Option<String>,
    pub start: Option<Time>,
}

#[derive(Debug, Serialize)]
pub struct Closing {
    /// The host's closing lines and their time; filled in by the schedule.
    pub part: Part,
    /// Whom the closing turns to; the template's default when `None`.
    pub address: Option<String>,
    pub recap: Option<String>,
    pub hopes: Option<String>,
    /// `一要`, `一是` or `第一`.
    pub numbering: &'static str,
    /// The number of points as a count (两 in 强调两点).
    pub point_count: String,
    pub points: Vec<Point>,
}

#[derive(Debug, Serialize)]
pub struct Point {
    pub number: usize,
    /// The number in words (二 in 二要).
    pub ordinal: String,
    pub heading: String,
    pub body: Option<String>,
}

/// Numbers in words for one language.
struct Numbers {
    ordinal: fn(usize) -> String,
    count: fn(usize) -> String,
}

fn numbers(language: Language) -> Numbers {
    match language {
        Language::ZhCn => Numbers {
            ordinal: numerals::ordinal,
            count: numerals::count,
        },
    }
}

pub fn plan(agenda: &model::Agenda) -> Plan {
    let numbers = numbers(agenda.meeting.language);
    let last = agenda.items.len();
    let items = agenda
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let number = i + 1;
            let position = if last == 1 {
                "only"
            } else if number == 1 {
                "first"
            } else if number == last && agenda.meeting.mark_last_item {
                "last"
            } else {
                "next"
            };
            Item {
                number,
                ordinal: (numbers.ordinal)(number),
                position,
                title: item.title.clone(),
                steps: item
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(j, step)| Step {
                        number: j + 1,
                        who: person(&step.who),
                        does: step.does.clone(),
                        what: step.what.clone(),
                        minutes: step.minutes,
                        cue: step.cue.clone(),
                        start: None,
                    })
                    .collect(),
                minutes: item.minutes.or_else(|| {
                    item.steps
                        .iter()
                        .map(|s| s.minutes)
                        .sum::<Option<u32>>()
                        .filter(|_| !item.steps.is_empty())
                }),
                cue: item.cue.clone(),
                start: None,
                end: None,
                host: HostTime::default(),
            }
        })
        .collect();
    let closing = &agenda.closing;
    let meeting = &agenda.meeting;
    Plan {
        language: meeting.language.code(),
        meeting: Meeting {
            title: meeting.title.clone(),
            salutation: meeting.salutation.clone(),
            purpose: meeting.purpose.clone(),
            tasks: meeting.tasks.clone(),
            date: meeting.date.map(|d| Date {
                year: d.year(),
                month: d.month(),
                day: d.day(),
                weekday: d.weekday().to_monday_one_offset(),
            }),
            start: meeting.start.map(Time::from),
            ends: meeting.ends.map(Time::from),
            place: meeting.place.clone(),
            participants: meeting.participants.clone(),
            reading_rate: meeting.reading_rate,
        },
        opening: Part::default(),
        end: None,
        total_minutes: None,
        host_time: HostTime::default(),
        host: person(&agenda.host),
        item_count: (numbers.count)(agenda.items.len()),
        items,
        closing: Closing {
            part: Part::default(),
            address: closing.address.clone(),
            recap: closing.recap.clone(),
            hopes: closing.hopes.clone(),
            numbering: match closing.numbering {
                PointNumbering::YiYao => "一要",
                PointNumbering::YiShi => "一是",
                PointNumbering::DiYi => "第一",
            },
            point_count: (numbers.count)(closing.points.len()),
            points: closing
                .points
                .iter()
                .enumerate()
                .map(|(i, p)| Point {
                    number: i + 1,
                    ordinal: (numbers.ordinal)(i + 1),
                    heading: p.heading.clone(),
                    body: p.body.clone(),
                })
                .collect(),
        },
    }
}

fn person(p: &model::Person) -> Person {
    Person {
        id: p.id.clone(),
        name: p.name.clone(),
        title: p.title.clone(),
        call: p.call.clone().unwrap_or_else(|| p.name.clone()),
        honorific: p.honorific.clone().unwrap_or_default(),
    }
}
