//! The checked agenda: plain data that the later stages can trust. Every reference is resolved
//! and every required value present; nothing here is optional that validation should have filled.

pub use crate::raw::{
    Adjourn, Applause, Declare, ItemType, Language, Overview, PointNumbering, PointStyle, Quorum,
    StepStyle, TextKind, TextNumbering, TextPoint, Welcome, Words,
};

pub mod moves;
pub use moves::{Move, MoveKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Agenda {
    pub meeting: Meeting,
    /// One host, or two whose lines are labelled; the first opens and closes.
    pub hosts: Vec<Person>,
    pub items: Vec<Item>,
    pub closing: Closing,
    /// The opening's moves, in the order spoken (the meeting's keys expanded when the agenda
    /// gives no `opening`).
    pub opening: Vec<Move>,
    /// The closing's moves, in the order spoken.
    pub closing_moves: Vec<Move>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meeting {
    pub title: String,
    pub language: Language,
    /// The kind of event, as named in the vocabulary.
    pub kind: String,
    /// The kind's words, with the agenda's overrides.
    pub words: Words,
    /// Whether items are numbered unless they say otherwise.
    pub numbered: bool,
    pub salutation: Choice,
    pub opening: Vec<String>,
    pub convened_by: Option<String>,
    pub purpose: Vec<String>,
    pub tasks: Vec<String>,
    pub attention: Option<String>,
    /// In the order they are named: by `rank` when every one has a rank, else as listed.
    pub platform: Vec<Person>,
    pub guests: Vec<String>,
    pub participants: Vec<String>,
    pub welcome: Option<Welcome>,
    pub quorum: Option<Quorum>,
    pub declare: Option<Declare>,
    pub discipline: Option<String>,
    pub overview: Overview,
    pub frame: Option<String>,
    pub measure: Option<String>,
    pub mark_last_item: bool,
    pub date: Option<jiff::civil::Date>,
    /// The date as written when it is a placeholder (〔待填：日期〕), for the papers to show.
    pub date_to_fill: Option<String>,
    pub start: Option<Clock>,
    pub ends: Option<Clock>,
    pub place: Option<String>,
    /// Characters (Chinese) or words (English) the host reads in a minute.
    pub reading_rate: u32,
}

impl Meeting {
    /// Whether the meeting runs through 议程 (or 日程, 内容), rather than a ceremony's 项.
    pub fn by_agenda(&self) -> bool {
        let measure = self.words.measure.as_deref().unwrap_or("项议程");
        ["议程", "日程", "内容"]
            .iter()
            .any(|m| measure.ends_with(m))
    }
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

    /// How many days after the meeting's first this time falls: 1 for an item that runs past
    /// midnight.
    pub fn day(self) -> u32 {
        self.0 / (24 * 60)
    }

    /// The time `minutes` later (never overflowing, however long the agenda says).
    pub fn plus(self, minutes: u32) -> Clock {
        Clock(self.0.saturating_add(minutes))
    }
}

impl std::fmt::Display for Clock {
    /// 9:05, 14:30; 10:00(+1) on the next day.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{:02}", self.hour(), self.minute())?;
        match self.day() {
            0 => Ok(()),
            day => write!(f, "(+{day})"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Person {
    /// The key under `people:`.
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    /// The short form for later mentions, like X主任.
    pub call: Option<String>,
    /// The template's default (同志 in Chinese, none in English), none, or the one written.
    pub honorific: Choice,
    pub rank: Option<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: Option<String>,
    pub kind: ItemType,
    pub title: Option<String>,
    pub action: Option<String>,
    pub motions: Vec<String>,
    pub offices: Vec<String>,
    pub scrutineers: Vec<String>,
    pub counters: Vec<String>,
    pub rounds: Vec<Round>,
    pub review: Option<String>,
    pub say: Vec<Line>,
    /// The host who speaks this item.
    pub host: Person,
    /// As planned in the agenda; when `None`, the sum of the steps' minutes if they all have one.
    pub minutes: Option<u32>,
    pub at: Option<Clock>,
    pub cue: Option<String>,
    /// The speech or report given in this item.
    pub text: Option<Text>,
    /// What the host says and directs in this item, in order (its keys expanded when it gives
    /// no `moves`).
    pub moves: Vec<Move>,
    pub numbered: bool,
    pub step_style: StepStyle,
}

impl Item {
    /// The invitations of the item, in order: its `invite` moves.
    pub fn steps(&self) -> impl Iterator<Item = &Step> {
        self.moves.iter().filter_map(|m| match &*m.what {
            MoveKind::Invite { step } => Some(step),
            _ => None,
        })
    }
}

/// A speech or report, with every reference to an agenda item resolved.
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub kind: TextKind,
    /// `None` for a speech that takes the template's default title.
    pub title: Option<String>,
    pub salutation: Choice,
    pub opening: Vec<String>,
    pub sections: Vec<Section>,
    pub closing: Vec<String>,
}

/// A value the agenda may leave to the template's default wording, ask to leave out, or give:
/// a person's honorific, a speech's salutation. Templates see `{ is: default }`,
/// `{ is: none }` or `{ is: given, text: … }`.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "lowercase", tag = "is", content = "text")]
pub enum Choice {
    Default,
    None,
    Given(String),
}

impl Choice {
    /// From a key that may be missing (`None`), empty (`Some(None)`) or given.
    pub fn from_key(value: &Option<Option<String>>) -> Choice {
        match value {
            None => Choice::Default,
            Some(v) => match v.as_deref().map(str::trim) {
                None | Some("") => Choice::None,
                Some(text) => Choice::Given(text.to_string()),
            },
        }
    }
}

impl Text {
    /// Calls `f` on every piece of text in it, to rewrite it.
    pub fn for_each_string(&mut self, f: &mut impl FnMut(&mut String)) {
        if let Some(title) = &mut self.title {
            f(title);
        }
        self.opening.iter_mut().for_each(&mut *f);
        for s in &mut self.sections {
            s.for_each_string(f);
        }
        self.closing.iter_mut().for_each(&mut *f);
    }
}

impl Section {
    fn for_each_string(&mut self, f: &mut impl FnMut(&mut String)) {
        if let Some(h) = &mut self.heading {
            f(h);
        }
        self.paragraphs.iter_mut().for_each(&mut *f);
        for p in &mut self.points {
            f(&mut p.lead);
            if let Some(b) = &mut p.body {
                f(b);
            }
        }
        for s in &mut self.sections {
            s.for_each_string(f);
        }
        self.after.iter_mut().for_each(&mut *f);
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: Option<String>,
    pub paragraphs: Vec<String>,
    pub points: Vec<TextPoint>,
    pub style: PointStyle,
    pub numbering: TextNumbering,
    pub sections: Vec<Section>,
    pub after: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Step {
    /// One person, or several who do the same.
    pub who: Vec<Person>,
    /// The host speaks this step himself: 由我……, never 请……同志.
    pub by_host: bool,
    /// A party that is no one person, invited instead of `who`: 工作人员.
    pub party: Option<String>,
    pub does: String,
    pub what: Option<String>,
    /// Documents read out, titled in 《》 by the template.
    pub documents: Vec<String>,
    pub applause: Option<Applause>,
    pub on_behalf_of: Option<String>,
    /// How its people are named: `full`, `name-title` or `call`.
    pub form: moves::NameForm,
    pub minutes: Option<u32>,
    pub cue: Option<String>,
    /// English: a few words about the speaker, before the invitation.
    pub about: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Round {
    pub award: Option<String>,
    pub recipients: Option<String>,
    pub presenters: Vec<Person>,
    pub one_by_one: bool,
    pub music: bool,
    pub form: moves::NameForm,
}

pub use crate::raw::Line;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Closing {
    pub address: Option<String>,
    pub recap: Option<String>,
    pub hopes: Option<String>,
    pub points: Vec<Point>,
    pub numbering: PointNumbering,
    pub say: Vec<Line>,
    pub adjourn: Option<Adjourn>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Point {
    pub heading: String,
    pub body: Option<String>,
}
