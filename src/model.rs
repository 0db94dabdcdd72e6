//! The checked agenda: plain data that the later stages can trust. Every reference is resolved
//! and every required value present; nothing here is optional that validation should have filled.

pub use crate::raw::{Language, PointNumbering};

#[derive(Debug, Clone, PartialEq)]
pub struct Agenda {
    pub meeting: Meeting,
    pub host: Person,
    pub items: Vec<Item>,
    pub closing: Closing,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub title: String,
    pub language: Language,
    pub salutation: Option<String>,
    pub purpose: Vec<String>,
    pub tasks: Vec<String>,
    pub mark_last_item: bool,
    pub date: Option<jiff::civil::Date>,
    pub start: Option<Clock>,
    pub ends: Option<Clock>,
    pub place: Option<String>,
    pub participants: Vec<String>,
    /// Characters (Chinese) or words (English) the host reads in a minute.
    pub reading_rate: u32,
}

/// A time of day, in minutes since midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Clock(pub u32);

impl Clock {
    pub fn hour(self) -> u32 {
        self.0 / 60 % 24
    }

    pub fn minute(self) -> u32 {
        self.0 % 60
    }

    pub fn plus(self, minutes: u32) -> Clock {
        Clock(self.0 + minutes)
    }
}

impl std::fmt::Display for Clock {
    /// 9:05, 14:30
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{:02}", self.hour(), self.minute())
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The key under `people:`.
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    /// The short form for later mentions, like X主任.
    pub call: Option<String>,
    /// 同志 by default; `None` when the agenda asks for none.
    pub honorific: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: Option<String>,
    pub title: Option<String>,
    pub steps: Vec<Step>,
    /// As planned in the agenda; when `None`, the sum of the steps' minutes if they all have one.
    pub minutes: Option<u32>,
    pub at: Option<Clock>,
    pub cue: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub who: Person,
    pub does: String,
    pub what: Option<String>,
    pub minutes: Option<u32>,
    pub cue: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Closing {
    pub address: Option<String>,
    pub recap: Option<String>,
    pub hopes: Option<String>,
    pub points: Vec<Point>,
    pub numbering: PointNumbering,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub heading: String,
    pub body: Option<String>,
}
