//! Computes, once, everything the script templates need beyond the agenda itself: the numbering
//! of items, steps and points, ordinals and counts in words (第二项, 两项), and where each item
//! stands (first, next, last). The result is the template context, documented in
//! `docs/templates.md`.

use serde::Serialize;

use crate::model::{self, Adjourn, Applause, Clock, Declare, Language, Overview, PointNumbering};
use crate::numerals;

#[derive(Debug, Serialize)]
pub struct Plan {
    pub language: &'static str,
    pub meeting: Meeting,
    /// The first host, who opens and closes the meeting.
    pub host: Person,
    /// Every host; with two or more, each paragraph is labelled with its speaker.
    pub hosts: Vec<Person>,
    /// The number of items, as a count before a measure word (两 in 共有两项议程).
    pub item_count: String,
    pub items: Vec<Item>,
    pub closing: Closing,
    /// The opening's moves, in the order spoken.
    pub opening_moves: Vec<Move>,
    /// The script's three parts as rendered (once, to time them), each item's with its time.
    pub parts: ScriptParts,
    /// The host's opening lines and their time; filled in by the schedule.
    pub opening: Part,
    /// When the meeting ends, if every item has minutes; filled in by the schedule.
    pub end: Option<Time>,
    /// The planned minutes of the whole meeting, if every item has minutes.
    pub total_minutes: Option<u32>,
    /// How long the host speaks in all.
    pub host_time: HostTime,
    /// Values left blank in the script, to be filled in on the day.
    pub blanks: Vec<Blank>,
    /// The speeches and reports of the meeting, in agenda order.
    pub texts: Vec<Text>,
    /// What `{ID.who}`, `{ID.what}` in a text refer to: each item with an id.
    pub refs: indexmap::IndexMap<String, Ref>,
}

/// An item a text can refer to: who speaks in it, and about what.
#[derive(Debug, Serialize)]
pub struct Ref {
    pub who: Vec<Person>,
    pub what: Option<String>,
    pub title: Option<String>,
}

/// A speech or report, numbered and counted.
#[derive(Debug, Serialize)]
pub struct Text {
    /// The agenda item it belongs to (1-based) and that item's id.
    pub item: usize,
    pub id: Option<String>,
    /// `speech` or `report`.
    pub kind: model::TextKind,
    /// None: the template's default title for a speech.
    pub title: Option<String>,
    /// `{ is: default }`, `{ is: none }` or `{ is: given, text: … }`.
    pub salutation: model::Choice,
    /// `{count}` is filled with the number of sections.
    pub opening: Vec<String>,
    pub sections: Vec<Section>,
    pub closing: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Section {
    /// 1 to 4: 一、 → （一） → 1. → （1）.
    pub level: usize,
    pub number: usize,
    pub ordinal: String,
    pub heading: Option<String>,
    /// `{count}` is filled with the number of points (or sub-sections).
    pub paragraphs: Vec<String>,
    pub points: Vec<TextPoint>,
    /// `inline` or `paragraph`.
    pub style: model::PointStyle,
    /// `一是`, `一要`, `第一`, `（一）` or `1.`.
    pub numbering: model::TextNumbering,
    pub sections: Vec<Section>,
    pub after: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct TextPoint {
    pub number: usize,
    pub ordinal: String,
    pub lead: String,
    pub body: Option<String>,
}

/// A value the script leaves blank (a count known only in the room).
#[derive(Debug, Serialize, Clone, PartialEq, Eq)]
pub struct Blank {
    /// Where in the agenda it would go.
    pub path: String,
    /// What it is, for `emcee check`.
    pub what: String,
}

/// One move, as templates see it: its `kind` and keys (see `model::MoveKind`), the host who
/// speaks it, and for an invitation its place in the row of invitations it stands in.
#[derive(Debug, Serialize)]
pub struct Move {
    #[serde(flatten)]
    pub what: std::sync::Arc<model::MoveKind>,
    pub host: std::sync::Arc<Person>,
    pub run: Run,
}

/// The markup of the script's parts: the opening, each item, the closing.
#[derive(Debug, Serialize, Clone, Default)]
pub struct ScriptParts {
    pub opening: String,
    pub items: Vec<String>,
    pub closing: String,
}

impl ScriptParts {
    /// The parts with each item's start as the aside of its transition (`@transition#item-2^9:35`).
    pub fn timed(mut self, items: &[Item]) -> Self {
        for (markup, item) in self.items.iter_mut().zip(items) {
            if let Some(start) = &item.start {
                let anchor = format!("@transition#item-{} ", item.number);
                let timed = format!("@transition#item-{}^{} ", item.number, start.text);
                *markup = markup.replacen(&anchor, &timed, 1);
            }
        }
        self
    }
}

/// A move's place among the moves of its kind in a row (invitations one after another): 1-based,
/// how many there are, and where the row starts in its part (0-based).
#[derive(Debug, Serialize, Clone, Copy)]
pub struct Run {
    pub index: usize,
    pub count: usize,
    pub first: usize,
}

#[derive(Debug, Serialize)]
pub struct Meeting {
    pub title: String,
    /// The kind of event and its words (noun, verb, declare, frame, measure, done, ending,
    /// address), every one set.
    pub kind: String,
    pub words: model::Words,
    /// Whether the meeting runs through 议程 (or 日程) rather than a ceremony's 项.
    pub by_agenda: bool,
    /// `{ is: default }`, `{ is: none }` or `{ is: given, text: … }`.
    pub salutation: model::Choice,
    pub opening: Vec<String>,
    pub convened_by: Option<String>,
    pub purpose: Vec<String>,
    pub tasks: Vec<String>,
    pub attention: Option<String>,
    pub platform: Vec<Person>,
    pub guests: Vec<String>,
    pub participants: Vec<String>,
    pub welcome: Option<model::Welcome>,
    pub quorum: Option<model::Quorum>,
    /// `open`, `ceremony`, or none.
    pub declare: Option<Declare>,
    pub discipline: Option<String>,
    /// `count`, `list` or `none`.
    pub overview: Overview,
    pub frame: Option<String>,
    pub measure: Option<String>,
    pub date: Option<Date>,
    /// The date as written when it is left to fill in: the papers show it.
    pub date_to_fill: Option<String>,
    pub start: Option<Time>,
    pub ends: Option<Time>,
    pub place: Option<String>,
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
    /// The same in whole seconds, for 约1分05秒.
    pub seconds: u32,
}

#[derive(Debug, Serialize, Clone)]
pub struct Person {
    pub id: String,
    pub name: String,
    pub title: Option<String>,
    /// The short form for later mentions; the name when the agenda gives none.
    pub call: String,
    /// The template's default, none, or the one given (先生, 女士, Dr.).
    pub honorific: model::Choice,
}

#[derive(Debug, Serialize)]
pub struct Item {
    /// 1-based.
    pub number: usize,
    /// The number in words for 第N项 (二; second).
    pub ordinal: String,
    /// `first`, `next`, `last` (only when the agenda asks to mark the last item), or `only`
    /// (the meeting has one item).
    pub position: &'static str,
    /// `speech`, `action`, `anthem`, `vote`, `approval`, `election` or `awards`.
    pub kind: &'static str,
    /// Whether it is opened by its number (第二项议程) or by 下面.
    pub numbered: bool,
    /// `paragraphs`, `sentences`, `numbered` or `points`: how invitations in a row are spoken.
    pub step_style: model::StepStyle,
    /// What the host says and directs, in order.
    pub moves: Vec<Move>,
    pub title: Option<String>,
    pub steps: Vec<Step>,
    pub action: Option<String>,
    pub motions: Vec<Numbered>,
    pub offices: Vec<String>,
    pub scrutineers: Vec<String>,
    pub counters: Vec<String>,
    pub rounds: Vec<Round>,
    pub review: Option<String>,
    pub say: Vec<Line>,
    /// The host who speaks this item.
    pub host: Person,
    /// The planned minutes: the item's own, or the sum of its steps' when all have one.
    pub minutes: Option<u32>,
    pub cue: Option<String>,
    /// Filled in by the schedule, when the meeting has a start and the items before have minutes.
    pub start: Option<Time>,
    pub end: Option<Time>,
    /// The host's own lines for this item; filled in by the schedule.
    pub host_time: HostTime,
}

/// A text with its number and ordinal (the motions of a vote).
#[derive(Debug, Serialize)]
pub struct Numbered {
    pub number: usize,
    pub ordinal: String,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct Step {
    /// 1-based, within its item.
    pub number: usize,
    pub who: Vec<Person>,
    /// The host speaks this step himself (由我……).
    pub by_host: bool,
    /// A party invited that is no one person: 工作人员.
    pub party: Option<String>,
    pub does: String,
    pub what: Option<String>,
    pub documents: Vec<String>,
    /// `welcome` (让我们以热烈的掌声欢迎……) or `after` (……大家欢迎！).
    pub applause: Option<Applause>,
    pub on_behalf_of: Option<String>,
    /// `full`, `name-title` or `call`.
    pub form: model::moves::NameForm,
    pub minutes: Option<u32>,
    pub cue: Option<String>,
    pub about: Option<String>,
    pub start: Option<Time>,
}

#[derive(Debug, Serialize)]
pub struct Round {
    pub number: usize,
    pub ordinal: String,
    pub award: Option<String>,
    pub recipients: Option<String>,
    pub presenters: Vec<Person>,
}

/// A free line of the host's.
#[derive(Debug, Serialize)]
pub struct Line {
    /// `spoken` or `direction`.
    pub kind: &'static str,
    pub text: String,
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
    pub numbering: PointNumbering,
    /// The number of points as a count (两 in 强调两点).
    pub point_count: String,
    pub points: Vec<Point>,
    pub say: Vec<Line>,
    /// `adjourn`, `recess`, `close`, or none.
    pub adjourn: Option<Adjourn>,
    /// The closing's moves, in the order spoken.
    pub moves: Vec<Move>,
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
        Language::En => Numbers {
            ordinal: numerals::english_ordinal,
            count: numerals::english_count,
        },
    }
}

pub fn plan(agenda: &model::Agenda) -> Plan {
    let numbers = numbers(agenda.meeting.language);
    let last = agenda.items.len();
    let mut blanks = Vec::new();
    let mut numbered = 0;
    let items = agenda
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            // Numbers count the numbered items only: 第二项 is the second numbered one.
            if item.numbered {
                numbered += 1;
            }
            let position = if last == 1 {
                "only"
            } else if i == 0 {
                "first"
            } else if i + 1 == last && (agenda.meeting.mark_last_item || !item.numbered) {
                "last"
            } else {
                "next"
            };
            self::item(item, i + 1, numbered, position, &numbers)
        })
        .collect();
    let meeting = &agenda.meeting;
    blanks.extend(move_blanks(&agenda.opening, "meeting"));
    for (i, item) in agenda.items.iter().enumerate() {
        blanks.extend(move_blanks(&item.moves, &format!("agenda[{i}]")));
    }
    blanks.extend(move_blanks(&agenda.closing_moves, "closing"));
    blanks.sort_by_key(|b| !b.path.starts_with("meeting"));
    let closing = &agenda.closing;
    let hosts: Vec<Person> = agenda.hosts.iter().map(person).collect();
    Plan {
        language: meeting.language.code(),
        meeting: Meeting {
            title: meeting.title.clone(),
            kind: meeting.kind.clone(),
            words: meeting.words.clone(),
            by_agenda: meeting.by_agenda(),
            salutation: meeting.salutation.clone(),
            opening: meeting.opening.clone(),
            convened_by: meeting.convened_by.clone(),
            purpose: meeting.purpose.clone(),
            tasks: meeting.tasks.clone(),
            attention: meeting.attention.clone(),
            platform: meeting.platform.iter().map(person).collect(),
            guests: meeting.guests.clone(),
            participants: meeting.participants.clone(),
            welcome: meeting.welcome.clone(),
            quorum: meeting.quorum.clone(),
            declare: meeting.declare,
            discipline: meeting.discipline.clone(),
            overview: meeting.overview,
            frame: meeting.frame.clone(),
            measure: meeting.measure.clone(),
            date: meeting.date.map(|d| Date {
                year: d.year(),
                month: d.month(),
                day: d.day(),
                weekday: d.weekday().to_monday_one_offset(),
            }),
            date_to_fill: meeting.date_to_fill.clone(),
            start: meeting.start.map(Time::from),
            ends: meeting.ends.map(Time::from),
            place: meeting.place.clone(),
            reading_rate: meeting.reading_rate,
        },
        host: hosts[0].clone(),
        hosts,
        item_count: (numbers.count)(if numbered > 0 {
            numbered
        } else {
            agenda.items.len()
        }),
        items,
        closing: Closing {
            part: Part::default(),
            address: closing.address.clone(),
            recap: closing.recap.clone(),
            hopes: closing.hopes.clone(),
            numbering: closing.numbering,
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
            say: lines(&closing.say),
            adjourn: closing.adjourn,
            moves: moves(&agenda.closing_moves),
        },
        opening_moves: moves(&agenda.opening),
        parts: ScriptParts::default(),
        opening: Part::default(),
        end: None,
        total_minutes: None,
        host_time: HostTime::default(),
        blanks,
        refs: agenda
            .items
            .iter()
            .filter_map(|item| {
                let step = item.steps().next();
                item.id.clone().map(|id| {
                    (
                        id,
                        Ref {
                            who: step
                                .map(|s| s.who.iter().map(person).collect())
                                .unwrap_or_default(),
                            what: step
                                .and_then(|s| s.what.clone())
                                .or_else(|| item.title.clone()),
                            title: item
                                .title
                                .clone()
                                .or_else(|| step.and_then(|s| s.what.clone())),
                        },
                    )
                })
            })
            .collect(),
        texts: agenda
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                item.text
                    .as_ref()
                    .map(|t| text(t, i + 1, item.id.clone(), &numbers))
            })
            .collect(),
    }
}

fn text(t: &model::Text, item: usize, id: Option<String>, numbers: &Numbers) -> Text {
    let count = (numbers.count)(t.sections.len());
    Text {
        item,
        id,
        kind: t.kind,
        title: t.title.clone(),
        salutation: t.salutation.clone(),
        opening: t
            .opening
            .iter()
            .map(|p| p.replace("{count}", &count))
            .collect(),
        sections: sections(&t.sections, 1, numbers),
        closing: t.closing.clone(),
    }
}

fn sections(list: &[model::Section], level: usize, numbers: &Numbers) -> Vec<Section> {
    list.iter()
        .enumerate()
        .map(|(i, s)| {
            let parts = if s.points.is_empty() {
                s.sections.len()
            } else {
                s.points.len()
            };
            let count = (numbers.count)(parts);
            Section {
                level,
                number: i + 1,
                ordinal: (numbers.ordinal)(i + 1),
                heading: s.heading.clone(),
                paragraphs: s
                    .paragraphs
                    .iter()
                    .map(|p| p.replace("{count}", &count))
                    .collect(),
                points: s
                    .points
                    .iter()
                    .enumerate()
                    .map(|(j, p)| TextPoint {
                        number: j + 1,
                        ordinal: (numbers.ordinal)(j + 1),
                        lead: p.lead.clone(),
                        body: p.body.clone(),
                    })
                    .collect(),
                style: s.style,
                numbering: s.numbering,
                sections: sections(&s.sections, level + 1, numbers),
                after: s.after.clone(),
            }
        })
        .collect()
}

/// An item: `number` is its place in the agenda; `numbered` how many numbered items there are
/// up to it, whose ordinal it is said by (第二项).
fn item(
    item: &model::Item,
    number: usize,
    numbered: usize,
    position: &'static str,
    numbers: &Numbers,
) -> Item {
    Item {
        number,
        ordinal: (numbers.ordinal)(numbered.max(1)),
        position,
        kind: item.kind.name(),
        numbered: item.numbered,
        step_style: item.step_style,
        moves: moves(&item.moves),
        title: item.title.clone(),
        steps: item
            .steps()
            .enumerate()
            .map(|(j, step)| Step {
                number: j + 1,
                who: step.who.iter().map(person).collect(),
                by_host: step.by_host,
                party: step.party.clone(),
                does: step.does.clone(),
                what: step.what.clone(),
                documents: step.documents.clone(),
                applause: step.applause,
                on_behalf_of: step.on_behalf_of.clone(),
                form: step.form,
                minutes: step.minutes,
                cue: step.cue.clone(),
                about: step.about.clone(),
                start: None,
            })
            .collect(),
        action: item.action.clone(),
        motions: item
            .motions
            .iter()
            .enumerate()
            .map(|(k, text)| Numbered {
                number: k + 1,
                ordinal: (numbers.ordinal)(k + 1),
                text: text.clone(),
            })
            .collect(),
        offices: item.offices.clone(),
        scrutineers: item.scrutineers.clone(),
        counters: item.counters.clone(),
        rounds: item
            .rounds
            .iter()
            .enumerate()
            .map(|(k, r)| Round {
                number: k + 1,
                ordinal: (numbers.ordinal)(k + 1),
                award: r.award.clone(),
                recipients: r.recipients.clone(),
                presenters: r.presenters.iter().map(person).collect(),
            })
            .collect(),
        review: item.review.clone(),
        say: lines(&item.say),
        host: person(&item.host),
        minutes: item.minutes.or_else(|| {
            item.steps()
                .map(|s| s.minutes)
                .try_fold(0u32, |sum, m| m.map(|m| sum.saturating_add(m)))
                .filter(|_| item.steps().next().is_some())
        }),
        cue: item.cue.clone(),
        start: None,
        end: None,
        host_time: HostTime::default(),
    }
}

/// The blanks a part's moves leave for the day: the counts of a quorum, a score. `keys` is
/// where the part's keys are, for moves that the keys stand for.
fn move_blanks(moves: &[model::Move], keys: &str) -> Vec<Blank> {
    let mut out = Vec::new();
    for m in moves {
        let at = |key: &str| match &m.written_at {
            Some(path) => format!("{path}.{}.{key}", m.what.name()),
            None => format!("{keys}.{}.{key}", m.what.name()),
        };
        // The move as a whole: `agenda[2].moves[0].election`, or the item's keys.
        let whole = match &m.written_at {
            Some(path) => format!("{path}.{}", m.what.name()),
            None => keys.to_string(),
        };
        match &*m.what {
            model::MoveKind::Quorum {
                expected,
                expected_placeholder,
                present,
                absent,
                leave,
                ..
            } => {
                if expected.is_none() && expected_placeholder.is_none() {
                    out.push(Blank {
                        path: at("expected"),
                        what: crate::tr!("blank.expected"),
                    });
                }
                if present.is_none() {
                    out.push(Blank {
                        path: at("present"),
                        what: crate::tr!("blank.present"),
                    });
                }
                if absent.is_none() && *leave {
                    out.push(Blank {
                        path: at("absent"),
                        what: crate::tr!("blank.absent"),
                    });
                }
            }
            model::MoveKind::Election {
                election, rules, ..
            } => out.extend(election_blanks(&whole, *election, rules)),
            model::MoveKind::Vote {
                motions, by, count, ..
            } => {
                for motion in motions {
                    let what = match (by, count) {
                        (model::moves::VoteBy::Device, _) => {
                            crate::tr!("blank.votes.device", motion = motion)
                        }
                        (_, Some(model::moves::HandCount::All)) => {
                            crate::tr!("blank.votes.all", motion = motion)
                        }
                        (_, Some(model::moves::HandCount::Dissent)) => {
                            crate::tr!("blank.votes.dissent", motion = motion)
                        }
                        (_, None) => break,
                    };
                    out.push(Blank {
                        path: whole.clone(),
                        what,
                    });
                }
            }
            model::MoveKind::Platform { blank: true, .. } => out.push(Blank {
                path: at("blank"),
                what: crate::tr!("blank.platform"),
            }),
            model::MoveKind::Score { who } => out.push(Blank {
                path: whole.clone(),
                what: crate::tr!("blank.score", who = who),
            }),
            _ => {}
        }
    }
    out
}

/// The blanks of an election: the head count, the ballots, and who is elected to each office
/// (with their votes when read), or the names pre-selected.
fn election_blanks(
    path: &str,
    election: model::moves::ElectionKind,
    rules: &model::moves::ElectionRules,
) -> Vec<Blank> {
    use model::moves::ElectionKind;
    let what = match election {
        ElectionKind::Elect => crate::tr!("blank.election"),
        ElectionKind::ByElection => crate::tr!("blank.by-election"),
        ElectionKind::Preselect => crate::tr!("blank.pre-selection"),
    };
    let blank = |what: String| Blank {
        path: path.to_string(),
        what,
    };
    let mut out = Vec::new();
    match (rules.head_count, rules.expected) {
        (false, _) => {}
        (true, None) => out.push(blank(crate::tr!("blank.head-count", what = what))),
        (true, Some(_)) => out.push(blank(crate::tr!("blank.head-count.present", what = what))),
    }
    if let [_] = rules.races.as_slice() {
        out.push(blank(crate::tr!("blank.ballots", what = what)));
    } else {
        for race in &rules.races {
            let office = &race.office;
            out.push(blank(crate::tr!(
                "blank.ballots.kind",
                what = what,
                office = office
            )));
        }
    }
    for race in &rules.races {
        let seats = match race.seats {
            1 => crate::tr!("blank.one"),
            n => n.to_string(),
        };
        let office = &race.office;
        // An 等额 election's names are known before the count: only their votes are blanks.
        let known = rules.method == Some(model::moves::ElectionMethod::Equal)
            && race.candidates.len() == race.seats as usize;
        out.push(blank(match (election, rules.votes, known) {
            (ElectionKind::Preselect, true, _) => {
                crate::tr!("blank.preselected", seats = seats, office = office)
            }
            (ElectionKind::Preselect, false, _) | (_, false, true) => continue,
            (_, true, true) => crate::tr!("blank.elected.known", office = office),
            (_, true, false) => {
                crate::tr!("blank.elected.votes", seats = seats, office = office)
            }
            (_, false, false) => crate::tr!("blank.elected", seats = seats, office = office),
        }));
    }
    out
}

/// Whether two moves stand in one row: of the same kind, and not a processional or a
/// recessional, which stand alone (the rites around them are stood through without them).
fn same_row(a: &model::MoveKind, b: &model::MoveKind) -> bool {
    use model::moves::RiteKind::{Processional, Recessional};
    let alone = |m: &model::MoveKind| {
        matches!(
            m,
            model::MoveKind::Rite {
                rite: Processional | Recessional,
                ..
            }
        )
    };
    a.name() == b.name() && !alone(a) && !alone(b)
}

/// The moves of a part, each placed in its row of moves of the same kind (invitations in a row,
/// rites everyone stands for in a row).
fn moves(list: &[model::Move]) -> Vec<Move> {
    // How many moves stand in a row from each move on.
    let mut ahead = vec![1usize; list.len()];
    for i in (0..list.len().saturating_sub(1)).rev() {
        if same_row(&list[i].what, &list[i + 1].what) {
            ahead[i] = ahead[i + 1] + 1;
        }
    }
    let mut out: Vec<Move> = Vec::with_capacity(list.len());
    let mut host: Option<std::sync::Arc<Person>> = None;
    let mut run = Run {
        index: 0,
        count: 0,
        first: 0,
    };
    for (i, m) in list.iter().enumerate() {
        // Moves of a part mostly share their host: convert it once.
        let speaker = match &host {
            Some(h) if h.id == m.host.id => h.clone(),
            _ => std::sync::Arc::new(person(&m.host)),
        };
        host = Some(speaker.clone());
        run = if run.index < run.count {
            Run {
                index: run.index + 1,
                ..run
            }
        } else {
            Run {
                index: 1,
                count: ahead[i],
                first: i,
            }
        };
        out.push(Move {
            what: m.what.clone(),
            host: speaker,
            run,
        });
    }
    out
}

fn lines(lines: &[model::Line]) -> Vec<Line> {
    lines
        .iter()
        .map(|l| match l {
            model::Line::Spoken(t) => Line {
                kind: "spoken",
                text: t.clone(),
            },
            model::Line::Direction(t) => Line {
                kind: "direction",
                text: t.clone(),
            },
        })
        .collect()
}

fn person(p: &model::Person) -> Person {
    Person {
        id: p.id.clone(),
        name: p.name.clone(),
        title: p.title.clone(),
        call: p.call.clone().unwrap_or_else(|| p.name.clone()),
        honorific: p.honorific.clone(),
    }
}
