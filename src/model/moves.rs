//! Moves as checked: every person resolved, every text cleaned. Templates see each move as a
//! mapping with its `kind` (`invite`, `done`, …) and its keys, phrased by the macro of that
//! name in the language's `moves.txt.j2`.

use serde::Serialize;

pub use crate::raw::moves::{
    AppointBy, ApprovalAsk, Attendance, DoneStyle, ElectionKind, ElectionMethod, Ending,
    GuestPhrase, HandCount, Lead, MinutesAs, NameForm, OverviewStyle, PlatformPhrase, PutFor,
    QuorumPhrase, ReportOutcome, RiteKind, VoteBy, VoteForm, VoteResult, WelcomeStyle,
};

use super::{Person, Point, PointNumbering, Round, Step};

/// One move and the host who speaks it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Move {
    /// The host who speaks it; the one of its part (opening, item, closing) unless it says.
    pub host: Person,
    /// Where the agenda writes it (`opening[2]`), or `None` for a move the keys stand for.
    #[serde(skip)]
    pub written_at: Option<String>,
    /// Shared, not copied, by the plan that puts it before the templates.
    #[serde(flatten)]
    pub what: std::sync::Arc<MoveKind>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MoveKind {
    Say {
        text: String,
    },
    Direction {
        text: String,
    },
    /// The meeting's own free paragraphs (`meeting.opening`), one paragraph each.
    Paragraph {
        text: String,
    },
    Salutation {
        text: String,
    },
    Convene {
        leads: Vec<Lead>,
        purpose: Vec<String>,
        by: Option<String>,
        when: Option<String>,
        place: Option<String>,
        solemn: bool,
        tasks: Vec<String>,
        session: Option<String>,
        opens: bool,
    },
    Theme {
        text: String,
    },
    Tasks {
        items: Vec<String>,
    },
    Topics {
        items: Vec<String>,
        /// The number in words: 两.
        count: String,
    },
    Attention {
        text: String,
    },
    Platform {
        groups: Vec<PlatformGroup>,
        phrase: PlatformPhrase,
        who: Option<String>,
        blank: bool,
    },
    Participants {
        /// Groups joined with ，, members of a group with 、.
        groups: Vec<Vec<String>>,
        total: Option<String>,
        phrase: Attendance,
    },
    AsMember {
        who: Person,
        role: Option<String>,
    },
    Guests {
        who: Vec<String>,
        phrase: GuestPhrase,
    },
    Welcome {
        on_behalf_of: Option<String>,
        to: Option<String>,
        style: WelcomeStyle,
    },
    Quorum {
        /// None: left blank, or a placeholder (`expected_placeholder`).
        expected: Option<u32>,
        who: Option<String>,
        present: Option<u32>,
        absent: Option<u32>,
        rule: Option<String>,
        unit: Option<String>,
        leave: bool,
        conclusion: Option<String>,
        phrase: QuorumPhrase,
        /// The placeholder written for the number expected: 〔待填：人数〕.
        expected_placeholder: Option<String>,
    },
    HeadCount {
        by: Option<String>,
    },
    Rite {
        rite: RiteKind,
        action: Option<String>,
        for_whom: Option<String>,
        length: Option<String>,
        standing: bool,
        led_by: Option<Person>,
        order: Vec<String>,
    },
    AdoptAgenda,
    Mandate {
        by: String,
    },
    Overview {
        style: OverviewStyle,
    },
    Discipline {
        text: String,
    },
    Declare {
        name: Option<String>,
        time: bool,
    },
    Judges {
        people: Vec<Person>,
        rules: Option<String>,
    },
    Honorees {
        are: String,
        who: Vec<String>,
        call: Option<String>,
    },
    Invite {
        step: Step,
    },
    Review {
        text: String,
    },
    Action {
        text: String,
    },
    Vote {
        motions: Vec<String>,
        by: VoteBy,
        count: Option<HandCount>,
        result: Option<VoteResult>,
    },
    Approval {
        motions: Vec<String>,
        /// How objections are asked for; `applause` when not given.
        ask: Option<ApprovalAsk>,
    },
    Election {
        offices: Vec<String>,
        scrutineers: Vec<String>,
        counters: Vec<String>,
        /// 选举, 补选 or 预选.
        election: ElectionKind,
        seats: u32,
        /// Each office with its seats and candidates, and how the ballot is run.
        #[serde(flatten)]
        rules: ElectionRules,
    },
    Awards {
        rounds: Vec<Round>,
        organiser: Vec<Person>,
        not_on_stage: Option<String>,
    },
    List {
        lead: String,
        entries: Vec<String>,
        numbered: bool,
    },
    Questions {
        who: Option<String>,
        name_outlet: bool,
        channel: Option<String>,
        upvotes: bool,
    },
    QuestionsEnd,
    Score {
        who: String,
    },
    /// The item's speech or report, read out in the script.
    Text,
    /// The done line, after the address; its style is the kind's when not given.
    Done {
        style: Option<DoneStyle>,
        address: Option<String>,
    },
    /// The address alone (同志们，), where a ceremony has no agenda to call done.
    Address {
        text: Option<String>,
    },
    Recap {
        text: String,
    },
    Hopes {
        text: String,
        who: Option<String>,
    },
    Points {
        points: Vec<Point>,
        numbering: PointNumbering,
        purpose: Option<String>,
        noun: Option<String>,
    },
    Notice {
        text: String,
    },
    Adjourn {
        style: Option<Ending>,
        time: bool,
        next: Option<String>,
    },
    Thanks {
        for_what: Option<String>,
        who: Option<Person>,
        on_behalf_of: Option<String>,
    },
    Wishes {
        text: String,
        to: Option<String>,
        occasion: Option<String>,
        on_behalf_of: Option<String>,
    },
    Appeal {
        text: String,
    },
    Views {
        text: String,
    },
    Introduce {
        role: Option<String>,
    },
    Branch {
        condition: String,
        text: String,
    },
    HandBack {
        to: Person,
        address: Option<String>,
    },
    Poll {
        text: String,
    },
    Constituted {
        notice: Option<String>,
    },
    Appoint {
        role: String,
        who: Vec<String>,
        by: AppointBy,
    },
    Greet {
        people: Vec<Dignitary>,
    },
    Roles {
        people: Vec<Person>,
    },
    Speech {
        who: Person,
        title: Option<String>,
        path: Option<String>,
        level: Option<u32>,
        project: Option<String>,
        timing: Option<String>,
        evaluator: Option<Person>,
    },
    Report {
        who: Person,
        questions: bool,
        then: ReportOutcome,
    },
    Ballot {
        items: Vec<String>,
    },
    Confer {
        degree: String,
        presenter: Option<Person>,
        by: Option<Person>,
        awards: Option<String>,
        class: Option<String>,
    },
    Or {
        text: String,
    },
    Comments {
        /// The minutes in words: three.
        minutes: String,
        by: Option<String>,
    },
    Minutes {
        of: Option<String>,
        approved_as: MinutesAs,
        by: Option<Person>,
    },
    Motion {
        motion: String,
        mover: Option<Named>,
        seconder: Option<Named>,
        postponed_from: Option<String>,
        vote: VoteForm,
        two_thirds: bool,
    },
    Ask {
        text: String,
    },
    Nominations {
        office: String,
        /// The seats in words: three; none for one seat.
        seats: Option<String>,
    },
    Draft {
        title: String,
        passed_by: Option<String>,
        to: Option<String>,
        reviewed_by: Option<String>,
        /// 审议, 表决 or 酝酿讨论.
        put_for: PutFor,
        /// The person who reads it, or `party` for one that is no one person.
        reader: Option<Person>,
        party: Option<String>,
    },
    Proposal {
        by: Option<String>,
        /// The names of those proposed.
        names: Vec<String>,
        /// How many, in words, when more than one: 两.
        count: Option<String>,
        post: String,
    },
    Recess {
        does: String,
        who: Option<String>,
        what: Option<String>,
        back: Option<String>,
    },
}

/// Someone named by id (one of `people`) or by name as written (a member not among them).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Named {
    pub person: Option<Person>,
    pub name: Option<String>,
}

/// A dignitary greeted, with their compliment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dignitary {
    pub who: Person,
    pub compliment: Option<String>,
}

/// How an election is run beyond its offices: the candidates, the scrutineers' appointment,
/// the checks of the ballot and how the result is read.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ElectionRules {
    /// Each office, in order, with its seats and candidates.
    pub races: Vec<Race>,
    pub method: Option<ElectionMethod>,
    /// How the candidates came: 经校党委批复同意.
    pub nominated: Option<String>,
    /// 姓氏笔画: （以姓氏笔画为序）.
    pub order: Option<String>,
    /// The candidates-in-waiting are confirmed by the meeting as its 正式候选人.
    pub confirm: bool,
    /// The chief scrutineer (总监票人), one of the scrutineers.
    pub chief: Option<String>,
    pub scrutineers_nominated_by: Option<String>,
    pub scrutineers_appointed_by: Option<String>,
    pub counters_appointed_by: Option<String>,
    pub head_count: bool,
    pub voters: Option<String>,
    /// The voters expected at the head count; a blank when unknown.
    pub expected: Option<u32>,
    /// The rule the head count meets: 超过应到会人数的五分之四.
    pub rule: Option<String>,
    pub check_ballots: bool,
    pub void_spare: bool,
    pub instructions: Vec<String>,
    pub votes: bool,
    pub majority_of: Option<String>,
}

/// An office of an election: its seats (and the number in words: 两), its candidates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Race {
    pub office: String,
    pub seats: u32,
    pub candidates: Vec<Candidate>,
    /// The ballot's colour: 红色.
    pub ballot: Option<String>,
}

impl Race {
    /// An office with its seats and no candidates named.
    pub fn plain(office: &str, seats: u32) -> Self {
        Race {
            office: office.to_string(),
            seats,
            candidates: Vec::new(),
            ballot: None,
        }
    }
}

/// A candidate read out, with the post held now (王青，城东镇党委书记).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    pub name: String,
    pub post: Option<String>,
}

/// People on the platform sharing a title, or one person (no shared title).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlatformGroup {
    pub title: Option<String>,
    pub people: Vec<Person>,
}

impl MoveKind {
    /// The kind's name, as written in an agenda.
    pub fn name(&self) -> &'static str {
        match self {
            MoveKind::Say { .. } => "say",
            MoveKind::Direction { .. } => "direction",
            MoveKind::Paragraph { .. } => "paragraph",
            MoveKind::Salutation { .. } => "salutation",
            MoveKind::Convene { .. } => "convene",
            MoveKind::Theme { .. } => "theme",
            MoveKind::Tasks { .. } => "tasks",
            MoveKind::Topics { .. } => "topics",
            MoveKind::Attention { .. } => "attention",
            MoveKind::Platform { .. } => "platform",
            MoveKind::Participants { .. } => "participants",
            MoveKind::AsMember { .. } => "as_member",
            MoveKind::Guests { .. } => "guests",
            MoveKind::Welcome { .. } => "welcome",
            MoveKind::Quorum { .. } => "quorum",
            MoveKind::HeadCount { .. } => "head_count",
            MoveKind::Rite { .. } => "rite",
            MoveKind::AdoptAgenda => "adopt_agenda",
            MoveKind::Mandate { .. } => "mandate",
            MoveKind::Overview { .. } => "overview",
            MoveKind::Discipline { .. } => "discipline",
            MoveKind::Declare { .. } => "declare",
            MoveKind::Judges { .. } => "judges",
            MoveKind::Honorees { .. } => "honorees",
            MoveKind::Invite { .. } => "invite",
            MoveKind::Review { .. } => "review",
            MoveKind::Action { .. } => "action",
            MoveKind::Vote { .. } => "vote",
            MoveKind::Approval { .. } => "approval",
            MoveKind::Election { .. } => "election",
            MoveKind::Awards { .. } => "awards",
            MoveKind::List { .. } => "list",
            MoveKind::Questions { .. } => "questions",
            MoveKind::QuestionsEnd => "questions_end",
            MoveKind::Score { .. } => "score",
            MoveKind::Text => "text",
            MoveKind::Done { .. } => "done",
            MoveKind::Address { .. } => "address",
            MoveKind::Recap { .. } => "recap",
            MoveKind::Hopes { .. } => "hopes",
            MoveKind::Points { .. } => "points",
            MoveKind::Notice { .. } => "notice",
            MoveKind::Adjourn { .. } => "adjourn",
            MoveKind::Thanks { .. } => "thanks",
            MoveKind::Views { .. } => "views",
            MoveKind::Wishes { .. } => "wishes",
            MoveKind::Appeal { .. } => "appeal",
            MoveKind::Introduce { .. } => "introduce",
            MoveKind::Branch { .. } => "branch",
            MoveKind::HandBack { .. } => "hand_back",
            MoveKind::Poll { .. } => "poll",
            MoveKind::Constituted { .. } => "constituted",
            MoveKind::Appoint { .. } => "appoint",
            MoveKind::Greet { .. } => "greet",
            MoveKind::Roles { .. } => "roles",
            MoveKind::Speech { .. } => "speech",
            MoveKind::Report { .. } => "report",
            MoveKind::Ballot { .. } => "ballot",
            MoveKind::Confer { .. } => "confer",
            MoveKind::Or { .. } => "or",
            MoveKind::Comments { .. } => "comments",
            MoveKind::Minutes { .. } => "minutes",
            MoveKind::Motion { .. } => "motion",
            MoveKind::Ask { .. } => "ask",
            MoveKind::Nominations { .. } => "nominations",
            MoveKind::Draft { .. } => "draft",
            MoveKind::Proposal { .. } => "proposal",
            MoveKind::Recess { .. } => "recess",
        }
    }
}
