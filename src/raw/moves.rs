//! Moves as written: each one thing the host says or directs, in the opening, an item or the
//! closing. A move is a word (`- done`) or a mapping of one key, its kind, to its keys
//! (`- invite: { who: li, does: 讲话 }`). Every kind takes `host` (which host speaks it); the
//! rest are its own, and any other key is an error that names the kinds it belongs to.
//!
//! Adding a kind: its shape here, its check in `validate/moves.rs`, its macro in each
//! language's `moves.txt.j2`, its entry in `docs/agenda-format.md` (see `docs/moves.md`).

use serde::{Deserialize, Serialize};

use super::{Applause, OneOrMany, Quorum, text_or_map};

/// One move, by its kind.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(transform = crate::schema::bare_words)]
pub enum Move {
    // Free text, anywhere.
    Say(Spoken),
    Direction(Spoken),
    // The opening.
    /// A line of the salutation, by one host (男：尊敬的各位领导、各位来宾，); with any, the
    /// meeting's own salutation is not said.
    Salutation(Spoken),
    Convene(Convene),
    Theme(Spoken),
    Tasks(Listed),
    Topics(Listed),
    Attention(Said),
    Platform(Platform),
    Participants(Participants),
    AsMember(AsMember),
    Guests(Guests),
    Welcome(Welcome),
    Quorum(QuorumMove),
    HeadCount(HeadCount),
    Rite(Rite),
    AdoptAgenda(Bare),
    Mandate(Mandate),
    Overview(OverviewMove),
    Discipline(Said),
    Declare(Declare),
    Judges(Judges),
    Honorees(Honorees),
    // Inside an item.
    Invite(Invite),
    Review(Spoken),
    Action(Spoken),
    Vote(Motions),
    Approval(Motions),
    Election(Election),
    Awards(Awards),
    List(Listing),
    Questions(Questions),
    QuestionsEnd(Bare),
    Score(Score),
    /// The item's speech or report (its `text`), written into the script here: the host's own.
    Text(Bare),
    // The closing.
    Done(Done),
    Recap(Spoken),
    Hopes(Hopes),
    Points(Points),
    Notice(Spoken),
    Adjourn(AdjournMove),
    Thanks(ThanksFor),
    Wishes(Wishes),
    /// 让我们……！
    Appeal(Spoken),
    /// The call for views before a decision: 大家对……有什么意见，请发表。（稍停）
    Views(Spoken),
    /// English: the chair introduces themself: My name is …, and I serve as ….
    Introduce(Introduce),
    /// A line the host says only if something happens on the day: [If no quorum:] ….
    Branch(Branch),
    /// English: control of the meeting handed back: Madam President, I return control of the
    /// meeting to you.
    HandBack(HandBack),
    /// English: a poll of the audience (a webinar): its question.
    Poll(Spoken),
    /// English: the meeting declared properly constituted (notice given, quorum present).
    Constituted(Constituted),
    /// English: an officer of the meeting appointed by general consent (or by motion).
    Appoint(Appoint),
    /// English: dignitaries greeted in turn, each with their own compliment.
    Greet(Greet),
    /// English: role holders asked in turn to explain their roles (Timer, would you please
    /// explain your role?).
    Roles(Roles),
    /// English: a prepared speech introduced with its path, project, timing and evaluator.
    Speech(Speech),
    /// A report asked for, and what becomes of it: May we have the treasurer's report?
    Report(Report),
    /// English: the audience votes for the best speakers on their ballots.
    Ballot(Listed),
    /// English: degrees or certificates conferred on a batch of candidates.
    Confer(Confer),
    /// A passage the host may say instead of the one before: (or) ….
    Or(Spoken),
    /// Comments from the floor: the time each speaker has, and how to get in the queue.
    Comments(Comments),
    /// English: the minutes of the last meeting read or taken as distributed, corrected by
    /// general consent and approved.
    Minutes(MinutesMove),
    /// English: a motion under Robert's Rules: moved and seconded (by name or from the floor),
    /// or taken up again after a postponement; discussed; put to a vote of the form given.
    Motion(Motion),
    /// English: an open call: Is there any new business? Are there any announcements?
    Ask(Spoken),
    /// English: nominations from the floor for an office or seats, closed, and the election by
    /// acclamation when there are no more nominees than seats.
    Nominations(Nominations),
    /// A draft put to the meeting, with its history and its reading: 《……》已经……审议通过，
    /// 现提请本次会议审议。请工作人员宣读。（宣读完毕）
    Draft(Draft),
    /// A proposal put to the meeting: ……建议由……担任……，请大家审议。
    Proposal(Proposal),
    /// A recess inside an item and the resumption: 现在请各代表团分组酝酿。（分组酝酿）请各位
    /// 代表回到原座位，现在会议继续。
    Recess(Recess),
}

/// How the minutes are approved.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum MinutesAs {
    /// Read aloud by the secretary: approved as read (or as corrected).
    #[default]
    Read,
    /// Sent out before the meeting: approved as distributed (or as corrected).
    Distributed,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct MinutesMove {
    /// Of which meeting: the March 20 meeting (the last meeting by default).
    #[serde(default)]
    pub of: Option<String>,
    /// `read` (the default) or `distributed`.
    #[serde(default, rename = "as")]
    pub approved_as: MinutesAs,
    /// Who reads them (an id; the secretary by default).
    #[serde(default)]
    pub by: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// How a motion is put to the vote.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum VoteForm {
    /// All those in favor, say “aye.” … The ayes have it.
    #[default]
    Voice,
    /// All in favor? … Opposed? … The motion carries.
    Short,
    /// A show of hands, counted.
    Hands,
    /// The roll called, with a tally.
    Roll,
    /// General consent: Is there any objection?
    Consent,
    /// A voice vote expected to be unanimous: The motion is adopted unanimously.
    Unanimous,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Motion+motion")]
#[schemars(rename = "Motion", transform = crate::schema::shorthand::motion)]
pub struct Motion {
    /// What is moved, as it follows "moved": that the board adopt the budget; to adjourn.
    pub motion: String,
    /// Who moved it (an id or a name); without it the chair asks for a motion.
    #[serde(default)]
    pub mover: Option<String>,
    /// Who seconded it (an id or a name).
    #[serde(default)]
    pub seconder: Option<String>,
    /// Postponed from: the March meeting (taken up again under unfinished business).
    #[serde(default)]
    pub postponed_from: Option<String>,
    /// `voice` (the default), `short`, `hands`, `roll` or `consent`.
    #[serde(default)]
    pub vote: VoteForm,
    /// Needs two-thirds of the votes cast.
    #[serde(default)]
    pub two_thirds: bool,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Nominations {
    /// For what: the board, the office of treasurer.
    pub office: String,
    /// How many seats (one by default).
    #[serde(default)]
    pub seats: Option<u32>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Notice of this meeting was given on March 1 as the bylaws require, and a quorum is present.
/// I declare the meeting properly constituted.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Constituted {
    /// When and how notice was given: on March 1 as the bylaws require.
    #[serde(default)]
    pub notice: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// If there is no objection, Sam Reed will serve as recording secretary.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Appoint {
    /// The office: recording secretary, scrutineers.
    pub role: String,
    /// Who is appointed: ids or names.
    pub who: Vec<String>,
    /// `consent` (general consent, the default) or `motion`.
    #[serde(default)]
    pub by: AppointBy,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// How an officer of the meeting is appointed.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum AppointBy {
    /// If there is no objection, …
    #[default]
    Consent,
    /// Is there a motion to appoint …?
    Motion,
}

/// One dignitary greeted, with their compliment.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Dignitary {
    /// An id from `people`.
    pub who: String,
    /// What is said of them: whose leadership made this day possible.
    #[serde(default)]
    pub compliment: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Greet+people")]
#[schemars(rename = "Greet", transform = crate::schema::shorthand::people)]
pub struct Greet {
    /// The dignitaries, in the order greeted.
    pub people: Vec<Dignitary>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Roles+people")]
#[schemars(rename = "Roles", transform = crate::schema::shorthand::people)]
pub struct Roles {
    /// The role holders (ids), each called by their title: Timer, Grammarian.
    pub people: OneOrMany,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Our first speaker, Mei Tanaka, is working on Level 2, Project 1 of the Presentation Mastery
/// path. The speech is titled “Small Steps” and runs five to seven minutes.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Speech {
    /// The speaker (an id).
    pub who: String,
    /// The speech's title.
    #[serde(default)]
    pub title: Option<String>,
    /// The path: Presentation Mastery.
    #[serde(default)]
    pub path: Option<String>,
    /// The level on the path: 2.
    #[serde(default)]
    pub level: Option<u32>,
    /// The project: 1, or its name.
    #[serde(default)]
    pub project: Option<String>,
    /// How long it runs: five to seven minutes.
    #[serde(default)]
    pub timing: Option<String>,
    /// The evaluator (an id).
    #[serde(default)]
    pub evaluator: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// What becomes of a report.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum ReportOutcome {
    /// Nothing is said of it (a club's timer's report).
    #[default]
    None,
    /// The report will be received.
    Received,
    /// The report will be filed for audit (a treasurer's report).
    Filed,
    /// Adopted by motion.
    Adopted,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Report+who")]
#[schemars(rename = "Report", transform = crate::schema::shorthand::who)]
pub struct Report {
    /// Who reports (an id); the report is called by their title: the treasurer's report.
    pub who: String,
    /// Ask for questions after it.
    #[serde(default)]
    pub questions: bool,
    /// `received`, `filed` or `adopted`; nothing by default.
    #[serde(default)]
    pub then: ReportOutcome,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Confer+degree")]
#[schemars(rename = "Confer", transform = crate::schema::shorthand::degree)]
pub struct Confer {
    /// What is conferred: the degree of Bachelor of Secondary Education.
    pub degree: String,
    /// Who presents the candidates (an id).
    #[serde(default)]
    pub presenter: Option<String>,
    /// Who confers it (an id).
    #[serde(default)]
    pub by: Option<String>,
    /// What is handed over, plural: degrees (the default), diplomas, certificates.
    #[serde(default)]
    pub awards: Option<String>,
    /// The class presented after the batch: the Class of 2026 (I present to you …!).
    #[serde(default)]
    pub class: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Comments+minutes")]
#[schemars(rename = "Comments", transform = crate::schema::shorthand::minutes)]
pub struct Comments {
    /// The minutes each speaker has.
    pub minutes: u32,
    /// Who calls on speakers (the moderator by default).
    #[serde(default)]
    pub by: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// My name is Dana Ortiz, and I serve as chair of the board.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Introduce+role")]
#[schemars(rename = "Introduce", transform = crate::schema::shorthand::role)]
pub struct Introduce {
    /// What the host serves as: chair of the board (the host's title by default).
    #[serde(default)]
    pub role: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// [If no quorum:] As a quorum is not present, the meeting is adjourned.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    /// What must happen for the line to be said: no quorum, there are corrections.
    #[serde(rename = "if")]
    pub condition: String,
    /// What the host then says.
    pub text: String,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Madam President, I return control of the meeting to you.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "HandBack+to")]
#[schemars(rename = "HandBack", transform = crate::schema::shorthand::to)]
pub struct HandBack {
    /// Who takes the meeting back (an id).
    pub to: String,
    /// How the host addresses them: Madam President (their `call` by default).
    #[serde(default)]
    pub address: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Text that a bare move takes from the meeting's key of its name: `- attention` says
/// `meeting.attention`; `- attention: 文本` its own.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Said+text")]
#[schemars(rename = "Said", transform = crate::schema::shorthand::text)]
pub struct Said {
    /// The text; without it, the meeting's key of the move's name.
    #[serde(default)]
    pub text: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// A move that needs nothing but may say which host speaks it.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Bare {
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Text: `- say: 文本` or `- say: { text: 文本, host: b }`.
#[derive(Debug, Default)]
pub struct Spoken {
    pub text: String,
    /// Which host speaks it, when there are two (an id).
    pub host: Option<String>,
}

impl<'de> Deserialize<'de> for Spoken {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Keys {
            text: String,
            #[serde(default)]
            host: Option<String>,
        }
        text_or_map(
            deserializer,
            || crate::tr!("type.spoken"),
            |text| Spoken {
                text: text.to_string(),
                host: None,
            },
            |k: Keys| Spoken {
                text: k.text,
                host: k.host,
            },
        )
    }
}

/// A list of texts: `- tasks: [传达……, 部署……]` or `- tasks: { items: […], host: b }`.
#[derive(Debug, Default)]
pub struct Listed {
    pub items: Vec<String>,
    /// Which host speaks it, when there are two (an id).
    pub host: Option<String>,
}

impl<'de> Deserialize<'de> for Listed {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{self, MapAccess, SeqAccess, Visitor};
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Keys {
            items: Vec<String>,
            #[serde(default)]
            host: Option<String>,
        }
        struct ListedVisitor;
        impl<'de> Visitor<'de> for ListedVisitor {
            type Value = Listed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&crate::tr!("type.listed"))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Listed, A::Error> {
                let items = Vec::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(Listed { items, host: None })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Listed, A::Error> {
                let k = Keys::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Listed {
                    items: k.items,
                    host: k.host,
                })
            }
        }
        deserializer.deserialize_any(ListedVisitor)
    }
}

/// The sentence that says the meeting is held: lead clauses, purpose, who holds it, when,
/// where, the verb (召开/举行, from the kind of event), the title, and the tasks after it.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Convene {
    /// Lead clauses in order: `{ occasion: … }` 值此……之际, `{ arranged_by: … }` 按照……部署, `{
    /// required_by: … }`, `{ decided_by: … }`, `{ approved_by: … }`, `{ agreed_by: … }`.
    #[serde(default)]
    pub leads: Vec<Lead>,
    /// 为……，
    #[serde(default)]
    pub purpose: Vec<String>,
    /// Who holds it: 县委、县政府 (……在城东新区隆重举行). Without it: 我们.
    #[serde(default)]
    pub by: Option<String>,
    /// 今天下午; 今天 when not given.
    #[serde(default)]
    pub when: Option<String>,
    /// 在城东新区; 在这里 when not given.
    #[serde(default)]
    pub place: Option<String>,
    /// 隆重举行.
    #[serde(default)]
    pub solemn: bool,
    /// The session the sitting belongs to, when the title names both: ……第五次会议今天举行
    /// 第二次全体会议。
    #[serde(default)]
    pub session: Option<String>,
    /// With `session`: the session opens today (……第五次会议今天开幕，举行第一次全体会议。).
    #[serde(default)]
    pub opens: bool,
    /// ，安排部署……，推动……: what the meeting does, after its title.
    #[serde(default)]
    pub tasks: Vec<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// A lead clause before the sentence that convenes the meeting, by its form.
#[derive(Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, PartialEq)]
#[serde(rename_all = "snake_case")]
pub enum Lead {
    /// 值此……之际，
    Occasion(String),
    /// 按照……部署，
    ArrangedBy(String),
    /// 根据……要求，
    RequiredBy(String),
    /// 经……研究决定，
    DecidedBy(String),
    /// 经……研究同意，
    ApprovedBy(String),
    /// 经……同意，
    AgreedBy(String),
}

/// How the platform is read out.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum PlatformPhrase {
    /// 出席今天会议的领导有：……
    #[default]
    Attend,
    /// 在主席台就座的领导有：……
    Seated,
    /// 邀请下列同志上主席台就座：……（念完名单）请以上同志上主席台就座。
    Invite,
    /// 下面，我介绍一下出席今天会议的领导：……
    Introduce,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Platform+people")]
#[schemars(rename = "Platform", transform = crate::schema::shorthand::people)]
pub struct Platform {
    /// Ids, in the order read; groups `{ title: 副主席, people: [li, zhao] }` share a title.
    /// Without it, `meeting.platform`.
    #[serde(default)]
    pub people: Vec<PlatformEntry>,
    /// `attend` 出席今天会议的领导有 (default), `seated` 在主席台就座的领导有, `invite` 邀请下列同志上主席台就座.
    #[serde(default)]
    pub phrase: PlatformPhrase,
    /// 领导 by default; 领导和嘉宾 when guests of another party sit there too; `""` for none
    /// (在主席台就座的有, as 人大 and 政协 say).
    #[serde(default)]
    pub who: Option<String>,
    /// Names read on the day: a blank instead of the list.
    #[serde(default)]
    pub blank: bool,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// One on the platform, or a group sharing one title (市作家协会副主席李林、赵方).
#[derive(Debug)]
pub enum PlatformEntry {
    Person(String),
    Group(PlatformGroup),
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlatformGroup {
    /// The title the group shares: 市作家协会副主席.
    pub title: String,
    pub people: OneOrMany,
}

impl<'de> Deserialize<'de> for PlatformEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_map(
            deserializer,
            || crate::tr!("type.platform-entry"),
            |id| PlatformEntry::Person(id.to_string()),
            PlatformEntry::Group,
        )
    }
}

/// Whether those named take part or sit in (列席).
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum Attendance {
    /// 参加今天会议的有：……
    #[default]
    Attend,
    /// 列席今天会议的有：……
    Observe,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Participants+who")]
#[schemars(rename = "Participants", transform = crate::schema::shorthand::who)]
pub struct Participants {
    /// Groups joined with ，; a group written as a list has its members joined with 、.
    /// Without it, `meeting.participants`.
    #[serde(default)]
    pub who: Vec<OneOrMany>,
    /// 共90余人.
    #[serde(default)]
    pub total: Option<String>,
    /// `attend` 参加今天会议的有 (default) or `observe` 列席今天会议的有.
    #[serde(default)]
    pub phrase: Attendance,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// A leader taking part as an ordinary member: ……以普通党员身份参加会议。
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "AsMember+who")]
#[schemars(rename = "AsMember", transform = crate::schema::shorthand::who)]
pub struct AsMember {
    /// The leader, by id.
    pub who: String,
    /// 普通党员 by default.
    #[serde(default)]
    pub role: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// How guests are introduced.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum GuestPhrase {
    /// 应邀出席今天会议的有…… (…的还有…… after the platform).
    #[default]
    Attend,
    /// 今天，我们还邀请到了……
    Invited,
    /// 出席今天会议并指导工作的有…… (the guests come to guide the work)
    Guide,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Guests+who")]
#[schemars(rename = "Guests", transform = crate::schema::shorthand::who)]
pub struct Guests {
    /// Without it, `meeting.guests`.
    #[serde(default)]
    pub who: Vec<String>,
    /// `attend` 应邀出席今天会议的有 (default) or `invited` 今天，我们还邀请到了.
    #[serde(default)]
    pub phrase: GuestPhrase,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// How a welcome is worded.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum WelcomeStyle {
    /// 请允许我代表……，向……表示热烈的欢迎和衷心的感谢！
    #[default]
    Behalf,
    /// 让我们以热烈的掌声，对……的到来表示热烈欢迎！
    Applause,
    /// 对……在百忙之中莅临指导表示衷心的感谢！
    Thanks,
    /// （我代表……，）向……致以节日的问候和美好的祝福！
    Greetings,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Welcome+style")]
#[schemars(rename = "WelcomeMove", transform = crate::schema::shorthand::style)]
pub struct Welcome {
    /// For `behalf`: 县委、县政府.
    #[serde(default)]
    pub on_behalf_of: Option<String>,
    /// 各位来宾; without it, `meeting.welcome`.
    #[serde(default)]
    pub to: Option<String>,
    /// `behalf` (default), `applause`, `thanks` or `greetings`.
    #[serde(default)]
    pub style: WelcomeStyle,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Attendance against the quorum; without `expected`, `meeting.quorum`.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "QuorumMove+expected")]
#[schemars(rename = "QuorumMove", transform = crate::schema::shorthand::expected)]
pub struct QuorumMove {
    /// How many are expected (without it, `meeting.quorum`): a number, `blank` (＿＿, known in
    /// the room), or a placeholder 〔待填：人数〕.
    #[serde(default)]
    pub expected: Option<Expected>,
    /// Who is counted: 党员, 代表, 委员.
    #[serde(default)]
    pub who: Option<String>,
    /// How many are present; left out, a blank.
    #[serde(default)]
    pub present: Option<u32>,
    /// How many are on leave; left out, a blank.
    #[serde(default)]
    pub absent: Option<u32>,
    /// The rule the count meets: 符合法定人数.
    #[serde(default)]
    pub rule: Option<String>,
    /// 名 (default) or 人.
    #[serde(default)]
    pub unit: Option<String>,
    /// Leave out the 因事因病请假 clause.
    #[serde(default)]
    pub no_leave: bool,
    /// 可以开会 by default: 会议有效, 预选可以进行.
    #[serde(default)]
    pub conclusion: Option<String>,
    /// `present` (应到会……实到会, the default) or `attend` (应出席……实际出席, as 人大 and 政协
    /// say).
    #[serde(default)]
    pub phrase: QuorumPhrase,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// How a quorum's counts are worded.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum QuorumPhrase {
    /// 应到会……名，实到会……名
    #[default]
    Present,
    /// 应出席……名，实际出席……名
    Attend,
}

/// How many are expected: a number, or a text (`blank`, or a placeholder).
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    Number(u32),
    Text(String),
}

impl<'de> Deserialize<'de> for Expected {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{self, Visitor};
        struct ExpectedVisitor;
        impl Visitor<'_> for ExpectedVisitor {
            type Value = Expected;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&crate::tr!("type.expected"))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Expected, E> {
                u32::try_from(v)
                    .map(Expected::Number)
                    .map_err(|_| E::custom(crate::tr!("count.too-large")))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Expected, E> {
                u32::try_from(v)
                    .map(Expected::Number)
                    .map_err(|_| E::custom(crate::tr!("count.negative")))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Expected, E> {
                Ok(Expected::Text(v.to_string()))
            }
        }
        deserializer.deserialize_any(ExpectedVisitor)
    }
}

impl QuorumMove {
    /// The move a meeting's `quorum` stands for.
    pub fn from_meeting(q: &Quorum) -> Self {
        QuorumMove {
            expected: Some(Expected::Number(q.expected)),
            who: q.who.clone(),
            present: q.present,
            absent: q.absent,
            rule: q.rule.clone(),
            ..QuorumMove::default()
        }
    }
}

/// 请工作人员清点到会人数。（清点并报告）
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "HeadCount+by")]
#[schemars(rename = "HeadCount", transform = crate::schema::shorthand::by)]
pub struct HeadCount {
    /// 工作人员 by default.
    #[serde(default)]
    pub by: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// A rite everyone stands for; not an item of the agenda unless written in one.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum RiteKind {
    /// 奏唱国歌
    #[default]
    Anthem,
    /// 升国旗、奏唱国歌
    Flag,
    /// 向……默哀一分钟
    Silence,
    /// 向……遗体告别：三鞠躬，瞻仰遗容，与家属握手慰问
    Farewell,
    /// English: the Pledge of Allegiance.
    Pledge,
    /// English: the invocation.
    Invocation,
    /// English: the land acknowledgement.
    Acknowledgement,
    /// English: the processional, with its order of march (`order`).
    Processional,
    /// English: the recessional.
    Recessional,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Rite+rite")]
#[schemars(rename = "Rite", transform = crate::schema::shorthand::rite)]
pub struct Rite {
    /// `anthem` 奏唱国歌 (default), `flag` 升国旗、奏唱国歌, or `silence` 默哀.
    #[serde(default)]
    pub rite: RiteKind,
    /// What is done instead of the rite's own words: 奏唱《国际歌》.
    #[serde(default)]
    pub action: Option<String>,
    /// For `silence` and `farewell`: whom it is for.
    #[serde(default)]
    pub for_whom: Option<String>,
    /// For `silence`: how long (一分钟 by default).
    #[serde(default)]
    pub length: Option<String>,
    /// Everyone is standing already (a memorial hall, a square): 全体肃立, and no 请坐下.
    #[serde(default)]
    pub standing: bool,
    /// English: who leads it (an id): the invocation, led by Pastor Ruth Adams.
    #[serde(default)]
    pub led_by: Option<String>,
    /// English, for a processional: who walks in, in order (the graduates of the College of
    /// Education, led by their marshal, Dr. Amy Cruz).
    #[serde(default)]
    pub order: Vec<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// 我受……委托，主持今天的会议。
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Mandate+by")]
#[schemars(rename = "Mandate", transform = crate::schema::shorthand::by)]
pub struct Mandate {
    /// Who asked the host to preside: 我受……委托.
    pub by: String,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// What the opening says about the agenda.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum OverviewStyle {
    /// 今天的会议共有两项议程，下面，我们逐项进行：
    #[default]
    Count,
    /// The count, then the items listed: 一是……；二是……。
    List,
    /// 会议的议程有两项：一是……；二是……。
    Has,
    /// 今天的会议，首先……；之后……；最后……。
    Flow,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "OverviewMove+style")]
#[schemars(rename = "OverviewMove", transform = crate::schema::shorthand::style)]
pub struct OverviewMove {
    /// `count` (default), `list`, `has` or `flow`.
    #[serde(default)]
    pub style: OverviewStyle,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Declare+name")]
#[schemars(rename = "DeclareMove", transform = crate::schema::shorthand::name)]
pub struct Declare {
    /// What is declared open, when not the title: the session, not the sitting.
    #[serde(default)]
    pub name: Option<String>,
    /// English: say the time after the call to order (The time is 7:00 p.m.), from
    /// `meeting.start`, else a blank.
    #[serde(default)]
    pub time: bool,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// The judges of a contest and its rules.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, rename = "Judges+people")]
#[schemars(rename = "Judges", transform = crate::schema::shorthand::people)]
pub struct Judges {
    pub people: OneOrMany,
    /// The scoring rules, read after the judges.
    #[serde(default)]
    pub rules: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Those honoured introduced and seated: 今天光荣退休的是……，让我们以热烈的掌声有请……入座！
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Honorees {
    /// 光荣退休的: what they are today.
    pub are: String,
    /// Those honoured, as they are called: 王芳老师.
    pub who: Vec<String>,
    /// 两位老师: how the host calls them all.
    #[serde(default)]
    pub call: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// How a person is named in an invitation.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum NameForm {
    /// 区委副书记、区长李建国同志
    #[default]
    Full,
    /// 李建国区长
    NameTitle,
    /// 李区长 (the person's `call`)
    Call,
}

/// An invitation: 请……讲话, 由我代表……, 请工作人员宣读…….
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Invite {
    /// Ids of people; or `by` for a party that is no one person.
    #[serde(default)]
    pub who: Option<OneOrMany>,
    /// 工作人员, 县委组织部的同志, 新当选的支部书记.
    #[serde(default)]
    pub by: Option<String>,
    /// The verb: 讲话, 宣读 (required).
    pub does: String,
    /// The object, after the verb.
    #[serde(default)]
    pub what: Option<String>,
    /// Documents read out, each titled in 《》.
    #[serde(default)]
    pub documents: Vec<String>,
    /// `welcome` or `after`.
    #[serde(default)]
    pub applause: Option<Applause>,
    /// 请……代表……发言 / 由我代表……
    #[serde(default)]
    pub on_behalf_of: Option<String>,
    /// How the person is named: `full` (default), `name-title` or `call`.
    #[serde(default)]
    pub form: NameForm,
    /// The time planned, in minutes.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// A cue for the staff, in the run sheet only.
    #[serde(default)]
    pub cue: Option<String>,
    /// English: a few words about the speaker before the invitation (Our keynote speaker has
    /// led the city's climate office for ten years.).
    #[serde(default)]
    pub about: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// The motions of a vote or an approval.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Motions+motions")]
#[schemars(rename = "Motions", transform = crate::schema::shorthand::motions)]
pub struct Motions {
    pub motions: OneOrMany,
    /// For a vote: `hands` (a show of hands, the default) or `device` (请按表决器, the result
    /// read into blanks).
    #[serde(default)]
    pub by: VoteBy,
    /// For a show of hands: which hands are counted aloud, into blanks: `dissent` (没有（或：有
    /// ＿＿人，请放下）) or `all` (同意＿＿人); none by default.
    #[serde(default)]
    pub count: Option<HandCount>,
    /// The result said: `passed` 通过, `all` 全体通过, `unanimous` 一致通过; by default the host
    /// chooses on the day (通过（或：全体通过）).
    #[serde(default)]
    pub result: Option<VoteResult>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
    /// For an approval, how objections are asked for: `applause` (大家有没有意见？……请鼓掌通过,
    /// the default), `hands` (有意见的请举手。（环视）没有意见，通过。) or `differ` (各位代表对……有无
    /// 不同意见？……请鼓掌通过。（鼓掌）通过。, as 人大 and 政协 say).
    #[serde(default)]
    pub ask: Option<ApprovalAsk>,
}

/// How an approval asks for objections.
#[derive(Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum ApprovalAsk {
    /// 对……，大家有没有意见？（稍停）没有意见，请鼓掌通过。（鼓掌）
    Applause,
    /// 对……，大家有没有意见？有意见的请举手。（环视）没有意见，通过。
    Hands,
    /// 各位代表对……有无不同意见？（稍停）没有。请鼓掌通过。（鼓掌）通过。
    Differ,
}

/// Which hands of a show of hands are counted aloud.
#[derive(Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum HandCount {
    /// Those against and abstaining, when any hands go up: 没有（或：有＿＿人，请放下）.
    Dissent,
    /// Every hand: 同意＿＿人, 不同意＿＿人, 弃权＿＿人.
    All,
}

/// The result a vote is announced with.
#[derive(Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum VoteResult {
    /// 通过
    Passed,
    /// 全体通过: everyone present voted for.
    All,
    /// 一致通过: no one against.
    Unanimous,
}

/// How a vote is taken.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum VoteBy {
    /// 同意的请举手。……
    #[default]
    Hands,
    /// 现在开始表决，请按表决器。（表决完毕）表决结果：……
    Device,
}

/// What an election is.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
pub enum ElectionKind {
    /// 选举
    #[default]
    #[serde(rename = "选举")]
    Elect,
    /// 补选
    #[serde(rename = "补选")]
    ByElection,
    /// 预选: no 当选; the result goes to the presidium.
    #[serde(rename = "预选")]
    Preselect,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Election+offices")]
#[schemars(rename = "Election", transform = crate::schema::shorthand::offices)]
pub struct Election {
    /// The offices: a name (县人民政府副县长), or `{ office, seats, candidates }`, one or a list.
    /// Several offices are elected on ballots of their own (本次选举的选票共两种).
    pub offices: Offices,
    /// 选举, 补选 or 预选.
    #[serde(default)]
    pub kind: ElectionKind,
    /// How many are elected to each office that does not say: that many blanks in the result
    /// (＿＿、＿＿同志当选为……).
    #[serde(default)]
    pub seats: Option<u32>,
    /// The scrutineers (监票人), names or ids.
    #[serde(default)]
    pub scrutineers: Vec<String>,
    /// The counters (计票人), names or ids.
    #[serde(default)]
    pub counters: Vec<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
    /// 等额 (as many candidates as seats) or 差额 (more candidates than seats).
    #[serde(default)]
    pub method: Option<ElectionMethod>,
    /// The candidates of the one office: ids (name and title as post), names, or `{ name, post }`
    /// (王青，城东镇党委书记). With several offices, each office's `candidates`.
    #[serde(default)]
    pub candidates: Vec<Candidate>,
    /// How the candidates came: 经校党委批复同意, 经大会主席团提名, 经酝酿.
    #[serde(default)]
    pub nominated: Option<String>,
    /// The order they are read in: 姓氏笔画 (（以姓氏笔画为序）).
    #[serde(default)]
    pub order: Option<String>,
    /// The list read is of 候选人预备人选, which the meeting confirms by a show of hands as its
    /// 正式候选人 (a 党员大会 under the 选举工作条例).
    #[serde(default)]
    pub confirm: bool,
    /// The chief scrutineer (总监票人), one of `scrutineers`.
    #[serde(default)]
    pub chief: Option<String>,
    /// Who nominated the scrutineers, who are then voted on: 大会主席团 (经大会主席团提名，……).
    #[serde(default)]
    pub scrutineers_nominated_by: Option<String>,
    /// Who appointed the scrutineers, who are then not voted on: 大会秘书处 (经大会秘书处指定，……).
    #[serde(default)]
    pub scrutineers_appointed_by: Option<String>,
    /// Who appointed the counters, who are then not voted on: 大会秘书处.
    #[serde(default)]
    pub counters_appointed_by: Option<String>,
    /// Count those present before balloting: 请总监票人清点到会人数。…
    #[serde(default)]
    pub head_count: bool,
    /// Who votes, for the head count and the majority: 有选举权的党员, 代表.
    #[serde(default)]
    pub voters: Option<String>,
    /// How many voters are expected, for the head count: 31 (应到会……31名); a blank without it.
    #[serde(default)]
    pub expected: Option<u32>,
    /// The rule the head count meets: 超过应到会人数的五分之四 (符合规定 without it, or the
    /// kind's rule).
    #[serde(default)]
    pub rule: Option<String>,
    /// Ask everyone to check the ballot: 有无错发、漏发、重发.
    #[serde(default)]
    pub check_ballots: bool,
    /// Void the spare ballots in front of everyone: 请监票人将剩余选票当众剪角作废。
    #[serde(default)]
    pub void_spare: bool,
    /// How to fill in the ballot, read out: 一是……；二是……。
    #[serde(default)]
    pub instructions: Vec<String>,
    /// Read each one's votes into blanks: ＿＿同志得＿＿票.
    #[serde(default)]
    pub votes: bool,
    /// Whose half the votes must pass to be elected: 应到会有选举权党员 (得票超过……的半数).
    #[serde(default)]
    pub majority_of: Option<String>,
}

/// 等额 or 差额.
#[derive(Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq)]
pub enum ElectionMethod {
    /// As many candidates as seats.
    #[serde(rename = "等额")]
    Equal,
    /// More candidates than seats.
    #[serde(rename = "差额")]
    Competitive,
}

/// The offices of an election: one or a list, each a name or `{ office, seats, candidates }`.
#[derive(Debug, Default)]
pub struct Offices(pub Vec<OfficeEntry>);

/// An office: its name, or `{ office: 委员, seats: 5, candidates: [...] }`.
#[derive(Debug)]
pub enum OfficeEntry {
    Name(String),
    Race(Race),
}

/// An office with its seats and candidates.
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Race {
    /// The office: 新一届支部委员会委员.
    pub office: String,
    /// How many are elected to it (the election's `seats`, or 1, when not given).
    #[serde(default)]
    pub seats: Option<u32>,
    /// Its candidates: ids, names, or `{ name, post }`.
    #[serde(default)]
    pub candidates: Vec<Candidate>,
    /// The ballot's colour, said when ballots are told apart: 红色.
    #[serde(default)]
    pub ballot: Option<String>,
}

impl<'de> Deserialize<'de> for OfficeEntry {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_map(
            deserializer,
            || crate::tr!("type.office"),
            |name| OfficeEntry::Name(name.to_string()),
            OfficeEntry::Race,
        )
    }
}

impl<'de> Deserialize<'de> for Offices {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::{self, MapAccess, SeqAccess, Visitor};
        struct OfficesVisitor;
        impl<'de> Visitor<'de> for OfficesVisitor {
            type Value = Offices;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&crate::tr!("type.offices"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Offices, E> {
                Ok(Offices(vec![OfficeEntry::Name(v.to_string())]))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Offices, A::Error> {
                let race = Race::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Offices(vec![OfficeEntry::Race(race)]))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Offices, A::Error> {
                Vec::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Offices)
            }
        }
        deserializer.deserialize_any(OfficesVisitor)
    }
}

/// A candidate: an id or a name, or `{ name: 王青, post: 城东镇党委书记 }`.
#[derive(Debug)]
pub enum Candidate {
    Named(String),
    WithPost(CandidatePost),
}

#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CandidatePost {
    pub name: String,
    /// What the candidate is now: 城东镇党委书记.
    pub post: String,
}

impl<'de> Deserialize<'de> for Candidate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_map(
            deserializer,
            || crate::tr!("type.candidate"),
            |name| Candidate::Named(name.to_string()),
            Candidate::WithPost,
        )
    }
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Awards+rounds")]
#[schemars(rename = "Awards", transform = crate::schema::shorthand::rounds)]
pub struct Awards {
    /// The rounds: `{ award, recipients, presenters }` each.
    pub rounds: Vec<crate::yaml::Checked<super::Round>>,
    /// Who organises the presenting: 请……组织颁奖。
    #[serde(default)]
    pub organiser: Option<OneOrMany>,
    /// Those not coming up: 因时间关系，……不再上台领奖。
    #[serde(default)]
    pub not_on_stage: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// A list the host reads: 大会执行主席分工如下：……；……。
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    /// The sentence before the list: 大会执行主席分工如下.
    pub lead: String,
    /// The entries, joined with ；.
    pub entries: Vec<String>,
    /// Numbered entries: 一是……；二是……。 ‖ 1. …. 2. ….
    #[serde(default)]
    pub numbered: bool,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Question time: 下面进入提问环节，请记者朋友提问，提问前请先通报所在的新闻机构。
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Questions+who")]
#[schemars(rename = "Questions", transform = crate::schema::shorthand::who)]
pub struct Questions {
    /// Who asks: 记者朋友 (大家 by default; English: anyone).
    #[serde(default)]
    pub who: Option<String>,
    /// Ask questioners to name their outlet first.
    #[serde(default)]
    pub name_outlet: bool,
    /// English: where questions are typed online: the Q&A box.
    #[serde(default)]
    pub channel: Option<String>,
    /// English: the audience can upvote questions.
    #[serde(default)]
    pub upvotes: bool,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// 下面宣布第一位选手的最后得分：＿＿分。
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Score+who")]
#[schemars(rename = "Score", transform = crate::schema::shorthand::who)]
pub struct Score {
    /// Whose score: 第一位选手.
    pub who: String,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// How the done line is worded.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum DoneStyle {
    /// 今天会议的各项议程已经进行完毕。
    #[default]
    Finished,
    /// 会议的各项议程已全部完成。
    Completed,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Done+style")]
#[schemars(rename = "Done", transform = crate::schema::shorthand::style)]
pub struct Done {
    /// The kind of event's word when not given.
    #[serde(default)]
    pub style: Option<DoneStyle>,
    /// Whom the closing turns to; by default the last part of the salutation.
    #[serde(default)]
    pub address: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// 希望大家……; `who` is whom the hopes address (各乡镇、各部门).
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Hopes+text")]
#[schemars(rename = "Hopes", transform = crate::schema::shorthand::text)]
pub struct Hopes {
    /// 希望大家…… (required).
    pub text: String,
    /// Whom the hopes address: 各乡镇、各部门.
    #[serde(default)]
    pub who: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// The host's points: 下面，我再强调三点。一要……
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Points+points")]
#[schemars(rename = "Points", transform = crate::schema::shorthand::points)]
pub struct Points {
    /// The points: `{ heading, body }` each.
    pub points: Vec<crate::yaml::Checked<super::Point>>,
    /// `一要` (default), `一是` or `第一`.
    #[serde(default)]
    pub numbering: super::PointNumbering,
    /// 为贯彻落实好这次会议精神: the purpose before the lead.
    #[serde(default)]
    pub purpose: Option<String>,
    /// 意见: the noun after the count (强调三点意见).
    #[serde(default)]
    pub noun: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Thanks: 谢谢大家！, or 感谢……！ for what is named.
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "ThanksFor+for_what")]
#[schemars(rename = "ThanksFor", transform = crate::schema::shorthand::for_what)]
pub struct ThanksFor {
    /// 郑董事长的精彩讲话: what the host thanks for; everyone when not given.
    #[serde(default)]
    pub for_what: Option<String>,
    /// Whom the host thanks by name (an id): Thank you, Dr. Raman.
    #[serde(default)]
    pub who: Option<String>,
    /// On whose behalf: the family (On behalf of the family, thank you …; 我代表……，感谢……).
    #[serde(default)]
    pub on_behalf_of: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// Good wishes before the ending: 值此新春佳节即将到来之际，衷心祝愿大家新春愉快、阖家幸福！
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Wishes+text")]
#[schemars(rename = "Wishes", transform = crate::schema::shorthand::text)]
pub struct Wishes {
    /// 新春愉快、阖家幸福: what is wished.
    pub text: String,
    /// Whom: 各位老领导、老同志 (大家 by default).
    #[serde(default)]
    pub to: Option<String>,
    /// The occasion: 新春佳节即将到来 (值此……之际，).
    #[serde(default)]
    pub occasion: Option<String>,
    /// On whose behalf: 学校 (在此，我代表学校，祝……).
    #[serde(default)]
    pub on_behalf_of: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// How the meeting ends.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum Ending {
    /// 散会！
    #[default]
    Adjourn,
    /// 现在休会。
    Recess,
    /// ……到此结束。谢谢大家！
    Close,
    /// ……到此结束。散会！
    CloseAdjourn,
    /// ……到此结束。
    End,
    /// 今天的学习会就到这里。散会！
    Here,
    /// 我宣布：……到此结束。
    AnnounceEnd,
}

#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "AdjournMove+style")]
#[schemars(rename = "AdjournMove", transform = crate::schema::shorthand::style)]
pub struct AdjournMove {
    /// `adjourn`, `recess`, `close`, `close-adjourn` or `end`; the kind's ending by default.
    #[serde(default)]
    pub style: Option<Ending>,
    /// When the next meeting is: May 15 at 7 p.m. (下次会议……).
    #[serde(default)]
    pub next: Option<String>,
    /// English: say the time of adjournment, as a blank (adjourned at ____).
    #[serde(default)]
    pub time: bool,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// A draft put to the meeting: 《选举办法（草案）》已经主席团第一次会议审议通过，现提请大会审议。
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Draft+title")]
#[schemars(rename = "Draft", transform = crate::schema::shorthand::title)]
pub struct Draft {
    /// The draft, as titled: 《选举办法（草案）》.
    pub title: String,
    /// Who has passed it already: 主席团第一次会议 (……已经……审议通过，).
    #[serde(default)]
    pub passed_by: Option<String>,
    /// Whom it is put to: 大会 (现提请大会审议); 本次会议 (by the kind's noun) by default.
    #[serde(default)]
    pub to: Option<String>,
    /// Who has reviewed it before: 各代表团 (经各代表团审议，).
    #[serde(default)]
    pub reviewed_by: Option<String>,
    /// What it is put for: `review` (审议, the default), `vote` (表决) or `discussion` (酝酿讨论).
    #[serde(default, rename = "for")]
    pub put_for: PutFor,
    /// Who reads it out: an id, or a party that is no one person (工作人员).
    #[serde(default)]
    pub read_by: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// What a draft is put to the meeting for.
#[derive(
    Debug, Deserialize, schemars::JsonSchema, Serialize, Clone, Copy, PartialEq, Eq, Default,
)]
#[serde(rename_all = "kebab-case")]
pub enum PutFor {
    /// 现提请大会审议。
    #[default]
    Review,
    /// 现提请大会表决。
    Vote,
    /// 现提交本代表团酝酿讨论。
    Discussion,
}

/// A proposal put to the meeting: 大会主席团建议由王青、李林两位同志担任大会副秘书长，请大家审议。
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// Who proposes: 大会主席团.
    #[serde(default)]
    pub by: Option<String>,
    /// Those proposed: ids, or names.
    pub who: OneOrMany,
    /// The post: 大会副秘书长.
    pub post: String,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}

/// A recess inside an item: 现在请各代表团分组酝酿候选人预备人选。（分组酝酿）, then the
/// resumption in a paragraph of its own: 请各位代表回到原座位，现在会议继续。
#[derive(Debug, Deserialize, schemars::JsonSchema, Default)]
#[serde(deny_unknown_fields, rename = "Recess+does")]
#[schemars(rename = "Recess", transform = crate::schema::shorthand::does)]
pub struct Recess {
    /// What is done meanwhile: 分组酝酿, 分组讨论.
    pub does: String,
    /// Who does it: 各代表团 (大家 by default).
    #[serde(default)]
    pub who: Option<String>,
    /// About what: 候选人预备人选.
    #[serde(default)]
    pub what: Option<String>,
    /// Whom the resumption calls back: 各位代表; the closing's address (the salutation's last
    /// group) by default.
    #[serde(default)]
    pub back: Option<String>,
    /// Which host speaks it, when there are two (an id).
    #[serde(default)]
    pub host: Option<String>,
}
