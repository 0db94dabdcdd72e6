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
    pub minutes: Option<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub who: Person,
    pub does: String,
    pub what: Option<String>,
    pub minutes: Option<u32>,
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
