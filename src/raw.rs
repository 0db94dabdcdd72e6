//! The agenda file as written: serde types that mirror the YAML key for key, before any checks.
//! Every key is documented in `docs/agenda-format.md`; a key that is not here is an error.
//!
//! Parts that can fail on their own are wrapped in [`Checked`], so that one bad agenda item
//! does not hide the problems of the next.

use indexmap::IndexMap;
use serde::Deserialize;

use crate::yaml::Checked;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    /// Required; optional here so that validation can report every missing section at once.
    #[serde(default)]
    pub meeting: Option<Checked<Meeting>>,
    #[serde(default)]
    pub people: IndexMap<String, Checked<Person>>,
    #[serde(default)]
    pub host: Option<Checked<String>>,
    #[serde(default)]
    pub agenda: Option<Checked<Vec<Checked<Item>>>>,
    #[serde(default)]
    pub closing: Option<Checked<Closing>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub title: String,
    #[serde(default)]
    pub language: Language,
    #[serde(default)]
    pub salutation: Option<String>,
    #[serde(default)]
    pub purpose: Vec<String>,
    #[serde(default)]
    pub tasks: Vec<String>,
    #[serde(default)]
    pub mark_last_item: bool,
    /// YYYY-MM-DD.
    #[serde(default)]
    pub date: Option<String>,
    /// HH:MM, when the meeting starts.
    #[serde(default)]
    pub start: Option<String>,
    /// HH:MM, when the meeting must end at the latest.
    #[serde(default)]
    pub ends: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    /// Who attends, for the handout (参会人员).
    #[serde(default)]
    pub participants: Vec<String>,
    /// How fast the host reads: characters a minute (Chinese) or words a minute (English).
    #[serde(default)]
    pub reading_rate: Option<u32>,
}

#[derive(Debug, Deserialize, Default, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Language {
    /// The folder of this language's templates under `scripts/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::ZhCn => "zh-CN",
        }
    }

    /// How fast a host reads aloud by default: characters a minute for Chinese.
    pub fn reading_rate(self) -> u32 {
        match self {
            Language::ZhCn => 220,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub call: Option<String>,
    /// Missing means the default (同志); an empty value means none.
    #[serde(default = "default_honorific")]
    pub honorific: Option<String>,
}

fn default_honorific() -> Option<String> {
    Some(String::from("同志"))
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    #[serde(default)]
    pub id: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub steps: Option<Vec<Checked<Step>>>,
    #[serde(default)]
    pub who: Option<String>,
    #[serde(default)]
    pub does: Option<String>,
    #[serde(default)]
    pub what: Option<String>,
    #[serde(default)]
    pub minutes: Option<u32>,
    /// HH:MM: the item starts at this time (a session after lunch, a hard start).
    #[serde(default)]
    pub at: Option<String>,
    /// A cue for the staff, shown in the run sheet only (播放国歌, 切换PPT).
    #[serde(default)]
    pub cue: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub who: String,
    pub does: String,
    #[serde(default)]
    pub what: Option<String>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub cue: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    /// Whom the closing turns to (同志们 by default).
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub recap: Option<String>,
    #[serde(default)]
    pub hopes: Option<String>,
    #[serde(default)]
    pub points: Vec<Checked<Point>>,
    #[serde(default)]
    pub numbering: PointNumbering,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub heading: String,
    #[serde(default)]
    pub body: Option<String>,
}

/// How closing points are numbered: 一要/二要, 一是/二是, or 第一/第二.
#[derive(Debug, Deserialize, Default, Clone, Copy, PartialEq, Eq)]
pub enum PointNumbering {
    #[default]
    #[serde(rename = "一要")]
    YiYao,
    #[serde(rename = "一是")]
    YiShi,
    #[serde(rename = "第一")]
    DiYi,
}
