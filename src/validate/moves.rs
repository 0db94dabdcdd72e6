//! Checks moves as written and builds the model's moves: each kind's texts cleaned, its people
//! resolved, its host found. A kind's check is its arm of `one_move`.

use super::Validator;
use crate::diagnostic::Diagnostic;
use crate::model::{self, MoveKind, moves::PlatformGroup};
use crate::raw::{
    self, Move,
    moves::{Motions, PlatformEntry},
};
use crate::tr;
use crate::yaml::Checked;

/// What the meeting's keys give the moves of a written opening that say nothing of their own
/// (a bare `- convene` says the meeting's purpose and tasks), and which keys they read: a key
/// no move reads would be dropped, and is refused instead.
#[derive(Default)]
pub(super) struct MeetingDefaults {
    pub purpose: Vec<String>,
    pub tasks: Vec<String>,
    pub convened_by: Option<String>,
    pub platform: Vec<model::Person>,
    pub guests: Vec<String>,
    pub participants: Vec<String>,
    pub welcome: Option<raw::Welcome>,
    pub quorum: Option<raw::Quorum>,
    pub attention: Option<String>,
    pub discipline: Option<String>,
    /// The meeting's keys that moves read.
    pub read: std::collections::BTreeSet<&'static str>,
}

impl Validator<'_> {
    /// The moves of a part (`opening`, `agenda[2].moves`, `closing`), spoken by `host` unless a
    /// move names another. `None` when any move is wrong (each reported).
    pub(super) fn moves(
        &mut self,
        path: &str,
        list: &[Checked<Move>],
        host: &model::Person,
    ) -> Option<Vec<model::Move>> {
        if list.is_empty() {
            self.report(
                path,
                Diagnostic::error(tr!("moves.empty")).help(tr!("moves.empty.help")),
            );
            return None;
        }
        let mut out = Vec::with_capacity(list.len());
        let mut all = true;
        for (i, m) in list.iter().enumerate() {
            match m
                .valid()
                .and_then(|m| self.one_move(&format!("{path}[{i}]"), m, host))
            {
                Some(m) => out.push(m),
                None => all = false,
            }
        }
        all.then_some(out)
    }

    fn one_move(&mut self, path: &str, m: &Move, host: &model::Person) -> Option<model::Move> {
        let (name, speaker) = kind_and_host(m);
        let at = format!("{path}.{name}");
        let key = |k: &str| format!("{at}.{k}");
        let host = match speaker {
            Some(id) => self.move_speaker(&at, id)?,
            None => host.clone(),
        };
        if !self.keys_used(&at, m) {
            return None;
        }
        let what = match m {
            Move::Say(s) => MoveKind::Say {
                text: self.text(&at, &s.text),
            },
            Move::Direction(s) => MoveKind::Direction {
                text: self.text(&at, &s.text),
            },
            Move::Salutation(s) => MoveKind::Salutation {
                text: self.text(&at, &s.text),
            },
            Move::Appeal(s) => MoveKind::Appeal {
                text: self.text(&at, &s.text),
            },
            Move::Convene(c) => {
                let d = &mut self.defaults;
                let mut leads: Vec<raw::moves::Lead> = Vec::new();
                if c.leads.is_empty()
                    && let Some(by) = d.convened_by.clone()
                {
                    d.read.insert("convened_by");
                    leads.push(raw::moves::Lead::DecidedBy(by));
                }
                let purpose = if c.purpose.is_empty() {
                    d.read.insert("purpose");
                    d.purpose.clone()
                } else {
                    self.texts(&key("purpose"), &c.purpose)
                };
                let d = &mut self.defaults;
                let tasks = if c.tasks.is_empty() {
                    d.read.insert("tasks");
                    d.tasks.clone()
                } else {
                    self.texts(&key("tasks"), &c.tasks)
                };
                for (i, lead) in c.leads.iter().enumerate() {
                    leads.push(self.lead(&format!("{at}.leads[{i}]"), lead));
                }
                MoveKind::Convene {
                    leads,
                    purpose,
                    by: self.optional(&key("by"), &c.by),
                    when: self.optional(&key("when"), &c.when),
                    place: self.optional(&key("place"), &c.place),
                    solemn: c.solemn,
                    tasks,
                    session: self.optional(&key("session"), &c.session),
                    opens: c.opens,
                }
            }
            Move::Theme(s) => MoveKind::Theme {
                text: self.text(&at, &s.text),
            },
            Move::Tasks(l) => MoveKind::Tasks {
                items: self.listed(&at, &l.items)?,
            },
            Move::Topics(l) => {
                let items = self.listed(&at, &l.items)?;
                MoveKind::Topics {
                    count: self.count(items.len()),
                    items,
                }
            }
            Move::Attention(s) => MoveKind::Attention {
                text: self.said(&at, &s.text, "attention")?,
            },
            Move::Platform(p) => MoveKind::Platform {
                groups: if p.people.is_empty() {
                    self.defaults.read.insert("platform");
                    self.defaults
                        .platform
                        .iter()
                        .map(|p| PlatformGroup {
                            title: None,
                            people: vec![p.clone()],
                        })
                        .collect()
                } else {
                    self.platform_groups(&key("people"), &p.people, &host)?
                },
                phrase: p.phrase,
                // `who: ""` names no one before 有 (在主席台就座的有, as 人大 says).
                who: match p.who.as_deref() {
                    Some(w) if w.trim().is_empty() => Some(String::new()),
                    _ => self.optional(&key("who"), &p.who),
                },
                blank: p.blank,
            },
            Move::Participants(p) => MoveKind::Participants {
                groups: if p.who.is_empty() {
                    self.defaults.read.insert("participants");
                    vec![self.defaults.participants.clone()]
                } else {
                    p.who
                        .iter()
                        .enumerate()
                        .map(|(i, g)| self.texts(&format!("{at}.who[{i}]"), &g.0))
                        .collect()
                },
                total: self.optional(&key("total"), &p.total),
                phrase: p.phrase,
            },
            Move::AsMember(a) => MoveKind::AsMember {
                who: self.person(&key("who"), &a.who)?,
                role: self.optional(&key("role"), &a.role),
            },
            Move::Guests(g) => MoveKind::Guests {
                who: if g.who.is_empty() {
                    self.defaults.read.insert("guests");
                    self.defaults.guests.clone()
                } else {
                    self.not_ids(&key("who"), &g.who)?;
                    self.texts(&key("who"), &g.who)
                },
                phrase: g.phrase,
            },
            Move::Welcome(w) => {
                let meeting = self.defaults.welcome.clone();
                if w.to.is_none() && w.on_behalf_of.is_none() && meeting.is_some() {
                    self.defaults.read.insert("welcome");
                }
                let read = |given: &Option<String>, of: fn(&raw::Welcome) -> &String| {
                    given
                        .clone()
                        .or_else(|| meeting.as_ref().map(|m| of(m).trim().to_string()))
                };
                let to = read(&w.to, |m| &m.to);
                let on_behalf_of = match w.style {
                    raw::moves::WelcomeStyle::Behalf => read(&w.on_behalf_of, |m| &m.on_behalf_of),
                    _ => w.on_behalf_of.clone(),
                };
                let Some(to) = to else {
                    self.report(
                        &at,
                        Diagnostic::error(tr!("moves.welcome.to"))
                            .label(tr!("missing-key.label", key = "to"))
                            .help(tr!(
                                "moves.welcome.to.help",
                                behalf = self.example("县委、县政府", "the board"),
                                to = self.example("各位来宾", "our guests")
                            )),
                    );
                    return None;
                };
                if w.style == raw::moves::WelcomeStyle::Behalf && on_behalf_of.is_none() {
                    self.report(
                        &at,
                        Diagnostic::error(tr!("moves.welcome.behalf"))
                            .label(tr!("missing-key.label", key = "on_behalf_of"))
                            .help(tr!("moves.welcome.behalf.help")),
                    );
                    return None;
                }
                MoveKind::Welcome {
                    on_behalf_of: on_behalf_of.map(|t| self.text(&key("on_behalf_of"), &t)),
                    to: Some(self.text(&key("to"), &to)),
                    style: w.style,
                }
            }
            Move::Quorum(q) => {
                let meeting = match (&q.expected, &self.defaults.quorum) {
                    (None, Some(m)) => {
                        self.defaults.read.insert("quorum");
                        raw::moves::QuorumMove::from_meeting(m)
                    }
                    _ => raw::moves::QuorumMove::default(),
                };
                let Some(expected) = q.expected.clone().or(meeting.expected) else {
                    self.report(
                        &at,
                        Diagnostic::error(tr!("moves.quorum.expected"))
                            .label(tr!("missing-key.label", key = "expected"))
                            .help(tr!(
                                "moves.quorum.expected.help",
                                who = self.example("党员", "members")
                            )),
                    );
                    return None;
                };
                let (expected, expected_placeholder) = match expected {
                    raw::moves::Expected::Number(n) => (Some(n), None),
                    raw::moves::Expected::Text(t) if t.trim() == "blank" => (None, None),
                    raw::moves::Expected::Text(t) if t.contains('〔') => {
                        (None, Some(self.text(&key("expected"), &t)))
                    }
                    raw::moves::Expected::Text(t) => {
                        self.report(
                            &key("expected"),
                            Diagnostic::error(tr!("moves.quorum.not-number", text = t.trim()))
                                .help(tr!("moves.quorum.not-number.help")),
                        );
                        return None;
                    }
                };
                MoveKind::Quorum {
                    expected,
                    expected_placeholder,
                    who: self.optional(&key("who"), &q.who.clone().or(meeting.who)),
                    present: q.present.or(meeting.present),
                    absent: q.absent.or(meeting.absent),
                    rule: self.optional(&key("rule"), &q.rule.clone().or(meeting.rule)),
                    unit: self.optional(&key("unit"), &q.unit),
                    leave: !q.no_leave,
                    conclusion: self.optional(&key("conclusion"), &q.conclusion),
                    phrase: q.phrase,
                }
            }
            Move::HeadCount(h) => MoveKind::HeadCount {
                by: self.optional(&key("by"), &h.by),
            },
            Move::Rite(r) => MoveKind::Rite {
                rite: r.rite,
                action: self.optional(&key("action"), &r.action),
                for_whom: self.optional(&key("for_whom"), &r.for_whom),
                length: self.optional(&key("length"), &r.length),
                standing: r.standing,
                led_by: self.optional_person(&key("led_by"), &r.led_by)?,
                order: self.texts(&key("order"), &r.order),
            },
            Move::AdoptAgenda(_) => MoveKind::AdoptAgenda,
            Move::Mandate(m) => MoveKind::Mandate {
                by: self.text(&key("by"), &m.by),
            },
            Move::Overview(o) => MoveKind::Overview { style: o.style },
            Move::Discipline(s) => MoveKind::Discipline {
                text: self.said(&at, &s.text, "discipline")?,
            },
            Move::Declare(d) => MoveKind::Declare {
                name: self.optional(&key("name"), &d.name),
                time: d.time,
            },
            Move::Judges(j) => MoveKind::Judges {
                people: self.persons(&key("people"), &j.people)?,
                rules: self.optional(&key("rules"), &j.rules),
            },
            Move::Honorees(h) => MoveKind::Honorees {
                are: self.text(&key("are"), &h.are),
                who: self.listed(&key("who"), &h.who)?,
                call: self.optional(&key("call"), &h.call),
            },
            Move::Invite(i) => MoveKind::Invite {
                step: self.invitation(&at, i, Some(&host.id))?,
            },
            Move::Review(s) => MoveKind::Review {
                text: self.text(&at, &s.text),
            },
            Move::Action(s) => MoveKind::Action {
                text: self.text(&at, &s.text),
            },
            Move::Vote(Motions { motions, .. }) | Move::Approval(Motions { motions, .. })
                if motions.0.is_empty() =>
            {
                self.report(
                    &key("motions"),
                    Diagnostic::error(tr!("moves.motions.none", name = name))
                        .help(tr!("moves.motions.none.help")),
                );
                return None;
            }
            Move::Proposal(p) if p.who.0.is_empty() => {
                self.report(
                    &key("who"),
                    Diagnostic::error(tr!("moves.proposal.no-one"))
                        .help(tr!("moves.proposal.no-one.help")),
                );
                return None;
            }
            Move::Vote(v) => MoveKind::Vote {
                motions: self.listed(&key("motions"), &v.motions.0)?,
                by: v.by,
                count: v.count,
                result: v.result,
            },
            Move::Approval(v) => MoveKind::Approval {
                motions: self.listed(&key("motions"), &v.motions.0)?,
                ask: v.ask,
            },
            Move::Election(e) => self.election(&at, e)?,
            Move::Awards(a) => MoveKind::Awards {
                rounds: self.rounds(&at, &a.rounds)?,
                organiser: match &a.organiser {
                    Some(ids) => self.persons(&key("organiser"), ids)?,
                    None => Vec::new(),
                },
                not_on_stage: self.optional(&key("not_on_stage"), &a.not_on_stage),
            },
            Move::List(l) => MoveKind::List {
                lead: self.text(&key("lead"), &l.lead),
                entries: self.listed(&key("entries"), &l.entries)?,
                numbered: l.numbered,
            },
            Move::Questions(q) => MoveKind::Questions {
                who: self.optional(&key("who"), &q.who),
                name_outlet: q.name_outlet,
                channel: self.optional(&key("channel"), &q.channel),
                upvotes: q.upvotes,
            },
            Move::QuestionsEnd(_) => MoveKind::QuestionsEnd,
            Move::Text(_) if !path.starts_with("agenda") => {
                self.report(
                    &at,
                    Diagnostic::error(tr!("moves.text.outside"))
                        .help(tr!("moves.text.outside.help")),
                );
                return None;
            }
            Move::Text(_) => MoveKind::Text,
            Move::Score(s) => MoveKind::Score {
                who: self.text(&key("who"), &s.who),
            },
            Move::Done(d) => MoveKind::Done {
                style: d.style,
                address: self.optional(&key("address"), &d.address),
            },
            Move::Recap(s) => MoveKind::Recap {
                text: self.text(&at, &s.text),
            },
            Move::Hopes(h) => MoveKind::Hopes {
                text: self.text(&key("text"), &h.text),
                who: self.optional(&key("who"), &h.who),
            },
            Move::Points(p) if p.points.is_empty() => {
                self.report(
                    &key("points"),
                    Diagnostic::error(tr!("moves.points.empty"))
                        .help(tr!("moves.points.empty.help")),
                );
                return None;
            }
            Move::Points(p) => MoveKind::Points {
                points: self.points(&key("points"), &p.points, p.numbering)?,
                numbering: p.numbering,
                purpose: self.optional(&key("purpose"), &p.purpose),
                noun: self.optional(&key("noun"), &p.noun),
            },
            Move::Notice(s) => MoveKind::Notice {
                text: self.text(&at, &s.text),
            },
            Move::Adjourn(a) => MoveKind::Adjourn {
                style: a.style,
                time: a.time,
                next: self.optional(&key("next"), &a.next),
            },
            Move::Thanks(t) => MoveKind::Thanks {
                for_what: self.optional(&key("for_what"), &t.for_what),
                on_behalf_of: self.optional(&key("on_behalf_of"), &t.on_behalf_of),
                who: self.optional_person(&key("who"), &t.who)?,
            },
            Move::Views(s) => MoveKind::Views {
                text: self.text(&at, &s.text),
            },
            Move::Introduce(i) => MoveKind::Introduce {
                role: self.optional(&key("role"), &i.role),
            },
            Move::Branch(b) => MoveKind::Branch {
                condition: self.text(&key("if"), &b.condition),
                text: self.text(&key("text"), &b.text),
            },
            Move::HandBack(h) => MoveKind::HandBack {
                to: self.person(&key("to"), &h.to)?,
                address: self.optional(&key("address"), &h.address),
            },
            Move::Poll(s) => MoveKind::Poll {
                text: self.text(&at, &s.text),
            },
            Move::Constituted(c) => MoveKind::Constituted {
                notice: self.optional(&key("notice"), &c.notice),
            },
            Move::Appoint(a) => MoveKind::Appoint {
                role: self.text(&key("role"), &a.role),
                who: self.listed(&key("who"), &a.who)?,
                by: a.by,
            },
            Move::Greet(g) => {
                if g.people.is_empty() {
                    self.report(
                        &at,
                        Diagnostic::error(tr!("moves.greet.empty"))
                            .help(tr!("moves.greet.empty.help")),
                    );
                    return None;
                }
                let mut people = Vec::with_capacity(g.people.len());
                for (i, d) in g.people.iter().enumerate() {
                    let at = format!("{at}.people[{i}]");
                    people.push(model::moves::Dignitary {
                        who: self.person(&format!("{at}.who"), &d.who)?,
                        compliment: self.optional(&format!("{at}.compliment"), &d.compliment),
                    });
                }
                MoveKind::Greet { people }
            }
            Move::Roles(r) => MoveKind::Roles {
                people: self.persons(&key("people"), &r.people)?,
            },
            Move::Speech(s) => MoveKind::Speech {
                who: self.person(&key("who"), &s.who)?,
                title: self.optional(&key("title"), &s.title),
                path: self.optional(&key("path"), &s.path),
                level: s.level,
                project: self.optional(&key("project"), &s.project),
                timing: self.optional(&key("timing"), &s.timing),
                evaluator: self.optional_person(&key("evaluator"), &s.evaluator)?,
            },
            Move::Report(r) => MoveKind::Report {
                who: self.person(&key("who"), &r.who)?,
                questions: r.questions,
                then: r.then,
            },
            Move::Ballot(l) => MoveKind::Ballot {
                items: self.listed(&at, &l.items)?,
            },
            Move::Confer(c) => MoveKind::Confer {
                degree: self.text(&key("degree"), &c.degree),
                presenter: self.optional_person(&key("presenter"), &c.presenter)?,
                by: self.optional_person(&key("by"), &c.by)?,
                awards: self.optional(&key("awards"), &c.awards),
                class: self.optional(&key("class"), &c.class),
            },
            Move::Or(s) => MoveKind::Or {
                text: self.text(&at, &s.text),
            },
            Move::Minutes(mm) => MoveKind::Minutes {
                of: self.optional(&key("of"), &mm.of),
                approved_as: mm.approved_as,
                by: self.optional_person(&key("by"), &mm.by)?,
            },
            Move::Motion(mo) => MoveKind::Motion {
                motion: self.text(&key("motion"), &mo.motion),
                mover: self.name_or_id(&key("mover"), &mo.mover),
                seconder: self.name_or_id(&key("seconder"), &mo.seconder),
                postponed_from: self.optional(&key("postponed_from"), &mo.postponed_from),
                vote: mo.vote,
                two_thirds: mo.two_thirds,
            },
            Move::Ask(s) => MoveKind::Ask {
                text: self.text(&at, &s.text),
            },
            Move::Nominations(n) if n.seats == Some(0) => {
                self.report(
                    &key("seats"),
                    Diagnostic::error(tr!("moves.nominations.no-seat"))
                        .help(tr!("moves.nominations.no-seat.help")),
                );
                return None;
            }
            Move::Comments(c) if c.minutes == 0 => {
                self.report(
                    &at,
                    Diagnostic::error(tr!("moves.comments.no-time"))
                        .help(tr!("moves.comments.no-time.help")),
                );
                return None;
            }
            Move::Nominations(n) => MoveKind::Nominations {
                office: self.text(&key("office"), &n.office),
                seats: n.seats.filter(|&s| s > 1).map(|s| self.count(s as usize)),
            },
            Move::Comments(c) => MoveKind::Comments {
                minutes: self.count(c.minutes as usize),
                by: self.optional(&key("by"), &c.by),
            },
            Move::Wishes(w) => MoveKind::Wishes {
                text: self.text(&key("text"), &w.text),
                to: self.optional(&key("to"), &w.to),
                occasion: self.optional(&key("occasion"), &w.occasion),
                on_behalf_of: self.optional(&key("on_behalf_of"), &w.on_behalf_of),
            },
            Move::Draft(d) => {
                let (reader, party) = match &d.read_by {
                    Some(id) if self.is_person(id) => {
                        (Some(self.person(&key("read_by"), id)?), None)
                    }
                    by => (None, self.optional(&key("read_by"), by)),
                };
                MoveKind::Draft {
                    title: self.text(&key("title"), &d.title),
                    passed_by: self.optional(&key("passed_by"), &d.passed_by),
                    to: self.optional(&key("to"), &d.to),
                    reviewed_by: self.optional(&key("reviewed_by"), &d.reviewed_by),
                    put_for: d.put_for,
                    reader,
                    party,
                }
            }
            Move::Proposal(p) => {
                let names = self.names(&key("who"), &p.who.0)?;
                MoveKind::Proposal {
                    by: self.optional(&key("by"), &p.by),
                    count: (names.len() > 1).then(|| self.count(names.len())),
                    names,
                    post: self.text(&key("post"), &p.post),
                }
            }
            Move::Recess(r) => MoveKind::Recess {
                does: self.text(&key("does"), &r.does),
                who: self.optional(&key("who"), &r.who),
                what: self.optional(&key("what"), &r.what),
                back: self.optional(&key("back"), &r.back),
            },
        };
        let empty = match &what {
            MoveKind::Platform { groups, blank, .. } => {
                (groups.is_empty() && !blank).then_some(("people", "meeting.platform"))
            }
            MoveKind::Participants { groups, .. } => groups
                .iter()
                .all(Vec::is_empty)
                .then_some(("who", "meeting.participants")),
            MoveKind::Guests { who, .. } => who.is_empty().then_some(("who", "meeting.guests")),
            _ => None,
        };
        if let Some((key, meeting_key)) = empty {
            self.report(
                &at,
                Diagnostic::error(tr!("moves.names-no-one", name = name))
                    .label(tr!("missing-key.label", key = key))
                    .help(tr!("moves.names-no-one.help", meeting_key = meeting_key)),
            );
            return None;
        }
        Some(model::Move {
            host,
            written_at: Some(path.to_string()),
            what: what.into(),
        })
    }

    /// Reports a key given that the move's other keys make meaningless (`for_whom` on an
    /// anthem): nothing written is dropped silently. False when one was found.
    fn keys_used(&mut self, at: &str, m: &Move) -> bool {
        use raw::moves::{RiteKind, WelcomeStyle};
        let unused: Vec<(&str, String)> = match m {
            Move::Rite(r)
                if r.for_whom.is_some()
                    && !matches!(r.rite, RiteKind::Silence | RiteKind::Farewell) =>
            {
                vec![("for_whom", tr!("moves.unused.for-whom"))]
            }
            Move::Rite(r) if r.length.is_some() && r.rite != RiteKind::Silence => {
                vec![("length", tr!("moves.unused.length"))]
            }
            Move::Rite(r) if r.rite == RiteKind::Farewell && r.for_whom.is_none() => {
                vec![("rite", tr!("moves.unused.farewell"))]
            }
            Move::Convene(c) if c.opens && c.session.is_none() => {
                vec![("opens", tr!("moves.unused.opens"))]
            }
            Move::Platform(p) if p.blank && !p.people.is_empty() => {
                vec![("blank", tr!("moves.unused.blank"))]
            }
            Move::Welcome(w)
                if !matches!(w.style, WelcomeStyle::Behalf | WelcomeStyle::Greetings)
                    && w.on_behalf_of.is_some() =>
            {
                vec![("on_behalf_of", tr!("moves.unused.on-behalf-of"))]
            }
            Move::Quorum(q) if q.no_leave && q.absent.is_some() => {
                vec![("absent", tr!("moves.unused.no-leave"))]
            }
            Move::Approval(a) if a.by != raw::moves::VoteBy::Hands => {
                vec![("by", tr!("moves.unused.approval", key = "by"))]
            }
            Move::Approval(a) if a.count.is_some() => {
                vec![("count", tr!("moves.unused.approval", key = "count"))]
            }
            Move::Approval(a) if a.result.is_some() => {
                vec![("result", tr!("moves.unused.approval", key = "result"))]
            }
            Move::Vote(v) if v.ask.is_some() => {
                vec![("ask", tr!("moves.unused.ask"))]
            }
            Move::Vote(v) if v.by == raw::moves::VoteBy::Device && v.count.is_some() => {
                vec![("count", tr!("moves.unused.device-count"))]
            }
            Move::Vote(v)
                if v.count.is_some()
                    && matches!(
                        v.result,
                        Some(raw::moves::VoteResult::All | raw::moves::VoteResult::Unanimous)
                    ) =>
            {
                vec![("result", tr!("moves.unused.counted-result"))]
            }
            Move::Election(e) if e.seats == Some(0) => {
                vec![("seats", tr!("moves.unused.no-seat"))]
            }
            Move::Rite(r) if !r.order.is_empty() && r.rite != RiteKind::Processional => {
                vec![("order", tr!("moves.unused.order"))]
            }
            _ => Vec::new(),
        };
        // A kind or key only the other language's scripts word is refused where it stands.
        let (other, words) = match self.language {
            model::Language::En => (chinese_only(m), tr!("moves.language.Chinese")),
            _ => (english_only(m), tr!("moves.language.English")),
        };
        for key in &other {
            // `""` is the move itself: a kind English alone words, refused where it stands.
            let (place, what) = match *key {
                "" => (at.to_string(), format!("`{}`", kind_and_host(m).0)),
                "rite" => (format!("{at}.rite"), format!("`rite: {}`", rite_name(m))),
                key => (format!("{at}.{key}"), format!("`{key}`")),
            };
            self.report(
                &place,
                Diagnostic::error(tr!("moves.other-language", what = what, language = words))
                    .help(tr!("moves.other-language.help")),
            );
        }
        if !other.is_empty() {
            return false;
        }
        for (key, why) in &unused {
            self.report(&format!("{at}.{key}"), unused_key(key, why));
        }
        unused.is_empty()
    }

    /// Guests are written as they are read (县教育局局长黄敏同志), not by id: an entry that is the
    /// id of one of `people` would be read out as the id.
    fn not_ids(&mut self, path: &str, entries: &[String]) -> Option<()> {
        let mut all = true;
        for (i, entry) in entries.iter().enumerate() {
            let Some(Checked::Valid(p)) = self.people.map.get(entry.trim()) else {
                continue;
            };
            let name = p.name.trim().to_string();
            let title = p.title.as_deref().unwrap_or("").trim().to_string();
            self.report(
                &format!("{path}[{i}]"),
                Diagnostic::error(tr!("moves.guest-is-id", id = entry.trim(), name = name)).help(
                    tr!(
                        "moves.guest-is-id.help",
                        title = title,
                        name = name,
                        suffix = self.example("同志", "")
                    ),
                ),
            );
            all = false;
        }
        all.then_some(())
    }

    /// A move's own text, or without one the meeting's key of that name (`attention`,
    /// `discipline`), which it then reads.
    fn said(&mut self, at: &str, text: &Option<String>, key: &'static str) -> Option<String> {
        if let Some(text) = text {
            return Some(self.text(at, text));
        }
        let given = match key {
            "attention" => self.defaults.attention.clone(),
            _ => self.defaults.discipline.clone(),
        };
        if given.is_none() {
            self.report(
                at,
                Diagnostic::error(tr!("moves.said.none", key = key))
                    .help(tr!("moves.said.none.help", key = key)),
            );
        }
        self.defaults.read.insert(key);
        given
    }

    /// A person named by an optional id: `Some(None)` when none is given, `None` when the id
    /// is wrong (reported).
    fn optional_person(
        &mut self,
        path: &str,
        id: &Option<String>,
    ) -> Option<Option<model::Person>> {
        match id {
            Some(id) => self.person(path, id).map(Some),
            None => Some(None),
        }
    }

    /// A person named by id or by name as written: the mover of a motion may be a member who
    /// is not among `people`. The template names them.
    fn name_or_id(&mut self, path: &str, value: &Option<String>) -> Option<model::moves::Named> {
        let value = value.as_deref()?;
        match self.people.map.contains_key(value.trim()) {
            true => self
                .person(path, value.trim())
                .map(|p| model::moves::Named {
                    person: Some(p),
                    name: None,
                }),
            false => Some(model::moves::Named {
                person: None,
                name: Some(self.text(path, value)),
            }),
        }
    }

    /// A list that must not be empty.
    fn listed(&mut self, path: &str, items: &[String]) -> Option<Vec<String>> {
        if items.is_empty() {
            self.report(
                path,
                Diagnostic::error(tr!("list.empty")).help(tr!("list.empty.help")),
            );
            return None;
        }
        Some(self.texts(path, items))
    }

    fn lead(&mut self, path: &str, lead: &raw::moves::Lead) -> raw::moves::Lead {
        use raw::moves::Lead;
        let clean = |v: &mut Self, key: &str, t: &str| v.text(&format!("{path}.{key}"), t);
        match lead {
            Lead::Occasion(t) => Lead::Occasion(clean(self, "occasion", t)),
            Lead::ArrangedBy(t) => Lead::ArrangedBy(clean(self, "arranged_by", t)),
            Lead::RequiredBy(t) => Lead::RequiredBy(clean(self, "required_by", t)),
            Lead::DecidedBy(t) => Lead::DecidedBy(clean(self, "decided_by", t)),
            Lead::ApprovedBy(t) => Lead::ApprovedBy(clean(self, "approved_by", t)),
            Lead::AgreedBy(t) => Lead::AgreedBy(clean(self, "agreed_by", t)),
        }
    }

    /// The platform as groups; the host, who reads it out, is never among them.
    fn platform_groups(
        &mut self,
        path: &str,
        entries: &[PlatformEntry],
        host: &model::Person,
    ) -> Option<Vec<PlatformGroup>> {
        let mut groups = Vec::with_capacity(entries.len());
        let mut all = true;
        for (i, entry) in entries.iter().enumerate() {
            let at = format!("{path}[{i}]");
            let group = match entry {
                PlatformEntry::Person(id) => self.person(&at, id).map(|p| PlatformGroup {
                    title: None,
                    people: vec![p],
                }),
                PlatformEntry::Group(g) => {
                    let title = self.text(&format!("{at}.title"), &g.title);
                    self.persons(&format!("{at}.people"), &g.people)
                        .map(|people| PlatformGroup {
                            title: Some(title),
                            people,
                        })
                }
            };
            match group {
                Some(g) if g.people.iter().any(|p| p.id == host.id) => self.report(
                    &at,
                    Diagnostic::error(tr!("moves.platform.host"))
                        .help(tr!("moves.platform.host.help")),
                ),
                Some(g) => groups.push(g),
                None => all = false,
            }
        }
        all.then_some(groups)
    }

    /// An invitation, as an `invite` move, a step of an item or the item's own `who`/`does`.
    /// `speaker` is the move's speaker, when known: the host invites himself (由我……) only
    /// when he is the one invited; an item's step is the host's own when any host is invited.
    pub(super) fn invitation(
        &mut self,
        path: &str,
        i: &raw::moves::Invite,
        speaker: Option<&str>,
    ) -> Option<model::Step> {
        let key = |k: &str| format!("{path}.{k}");
        let who = match (&i.who, &i.by) {
            (Some(who), None) => Some(self.persons(&key("who"), who)?),
            (None, Some(_)) => None,
            (Some(_), Some(_)) => {
                self.report(
                    &key("by"),
                    Diagnostic::error(tr!("moves.invite.both")).help(tr!(
                        "moves.invite.both.help",
                        party = self.example("工作人员", "the tellers")
                    )),
                );
                return None;
            }
            (None, None) => {
                // A misspelt `who` (`whoo:`) is already told, with the key to write.
                let misspelt = crate::yaml::keys_at(self.root, path).iter().any(|k| {
                    !["who", "by"].contains(&k.as_str())
                        && crate::diagnostic::closest(k, ["who", "by"]).is_some()
                });
                if !misspelt {
                    self.report(
                        path,
                        Diagnostic::error(tr!("moves.invite.whom")).label(tr!(
                            "moves.invite.whom.label",
                            party = self.example("工作人员", "the tellers")
                        )),
                    );
                }
                return None;
            }
        };
        let who = who.unwrap_or_default();
        let by_host = who.len() == 1
            && match speaker {
                Some(id) => who[0].id == id,
                None => self.hosts.iter().any(|h| h.id == who[0].id),
            };
        let mut unused = Vec::new();
        if i.by.is_some() && i.form != raw::moves::NameForm::Full {
            unused.push(("form", tr!("moves.unused.form-party")));
        }
        if by_host && i.applause.is_some() {
            unused.push(("applause", tr!("moves.unused.applause-self")));
        }
        // `form: call` names people by their `call`: without one, the name alone would be read
        // (请许晨表态, without 同志).
        let mut named = true;
        if i.form == raw::moves::NameForm::Call {
            for p in who.iter().filter(|p| p.call.is_none()) {
                self.report(
                    &key("form"),
                    Diagnostic::error(tr!("moves.form-call", id = p.id)).help(tr!(
                        "moves.form-call.help",
                        id = p.id,
                        example = self.example("call: 许主任", "call: Dr. Whitaker")
                    )),
                );
                named = false;
            }
        }
        for (k, why) in &unused {
            self.report(&key(k), unused_key(k, why));
        }
        let step = model::Step {
            who,
            by_host,
            party: self.optional(&key("by"), &i.by),
            does: self.text(&key("does"), &i.does),
            what: self.optional(&key("what"), &i.what),
            documents: self.texts(&key("documents"), &i.documents),
            applause: i.applause,
            on_behalf_of: self.optional(&key("on_behalf_of"), &i.on_behalf_of),
            form: i.form,
            minutes: i.minutes,
            cue: self.optional(&key("cue"), &i.cue),
            about: self.optional(&key("about"), &i.about),
        };
        (unused.is_empty() && named).then_some(step)
    }

    /// Closing points, each with its heading checked.
    pub(super) fn points(
        &mut self,
        path: &str,
        points: &[Checked<raw::Point>],
        numbering: raw::PointNumbering,
    ) -> Option<Vec<model::Point>> {
        let mut out = Vec::with_capacity(points.len());
        let mut all = true;
        for (i, point) in points.iter().enumerate() {
            let Some(point) = point.valid() else {
                all = false;
                continue;
            };
            let at = format!("{path}[{i}]");
            // A point written as its text alone is its heading.
            let heading_at = match crate::yaml::find(self.root, &format!("{at}.heading")) {
                Some(_) => format!("{at}.heading"),
                None => at.clone(),
            };
            let heading = self.text(&heading_at, &point.heading);
            // One point is not numbered, so it cannot read 一要要.
            if numbering == raw::PointNumbering::YiYao && points.len() > 1 {
                self.no_second_yao(&heading_at, &heading);
            }
            out.push(model::Point {
                heading,
                body: self.optional(&format!("{at}.body"), &point.body),
            });
        }
        all.then_some(out)
    }

    /// Whether a text is the id of a person (else it is a name, or a party).
    pub(super) fn is_person(&self, text: &str) -> bool {
        self.people.map.contains_key(text.trim())
    }

    /// Names written as ids or as names: an id gives its person's name.
    pub(super) fn names(&mut self, path: &str, written: &[String]) -> Option<Vec<String>> {
        let mut names = Vec::with_capacity(written.len());
        for (i, w) in self.listed(path, written)?.into_iter().enumerate() {
            if self.is_person(&w) {
                names.push(self.person(&format!("{path}[{i}]"), &w)?.name);
            } else {
                names.push(w);
            }
        }
        Some(names)
    }

    /// A count in words, in the agenda's language (两, two).
    fn count(&self, n: usize) -> String {
        match self.language {
            model::Language::ZhCn => crate::numerals::count(n),
            model::Language::En => crate::numerals::english_count(n),
        }
    }
}

/// The name of a move's kind and the host it names, if any.
/// The keys of a move that only English scripts word (`""` for a whole kind): the rites of English ceremonies, who leads
/// a rite, the time said at the call to order and at the adjournment.
fn english_only(m: &Move) -> Vec<&'static str> {
    use raw::moves::RiteKind;
    match m {
        Move::Rite(r) => {
            let mut keys = Vec::new();
            if matches!(
                r.rite,
                RiteKind::Pledge
                    | RiteKind::Invocation
                    | RiteKind::Acknowledgement
                    | RiteKind::Processional
                    | RiteKind::Recessional
            ) {
                keys.push("rite");
            }
            if r.led_by.is_some() {
                keys.push("led_by");
            }
            keys
        }
        Move::Introduce(_) => vec![""],
        Move::HandBack(_) => vec![""],
        Move::Poll(_) => vec![""],
        Move::Constituted(_) => vec![""],
        Move::Appoint(_) => vec![""],
        Move::Greet(_) => vec![""],
        Move::Roles(_) => vec![""],
        Move::Speech(_) => vec![""],
        Move::Ballot(_) => vec![""],
        Move::Report(_) => vec![""],
        Move::Minutes(_) => vec![""],
        Move::Motion(_) => vec![""],
        Move::Ask(_) => vec![""],
        Move::Nominations(_) => vec![""],
        Move::Confer(_) => vec![""],
        Move::Questions(q) => [("channel", q.channel.is_some()), ("upvotes", q.upvotes)]
            .into_iter()
            .filter_map(|(key, given)| given.then_some(key))
            .collect(),
        Move::Invite(i) if i.about.is_some() => vec!["about"],
        Move::Declare(d) if d.time => vec!["time"],
        Move::Adjourn(a) if a.time => vec!["time"],
        _ => Vec::new(),
    }
}

/// The keys of a move that only Chinese scripts word (`""` for a whole kind): the procedure
/// of 人大, 政协 and party bodies (drafts, proposals, recesses, counted votes, elections with
/// candidates and scrutineers, a quorum left blank).
fn chinese_only(m: &Move) -> Vec<&'static str> {
    let given = |keys: &[(&'static str, bool)]| -> Vec<&'static str> {
        keys.iter().filter(|(_, g)| *g).map(|(k, _)| *k).collect()
    };
    match m {
        Move::Vote(v) | Move::Approval(v) => given(&[
            ("count", v.count.is_some()),
            ("result", v.result.is_some()),
            ("ask", v.ask.is_some()),
        ]),
        Move::Election(e) => given(&[
            (
                "offices",
                e.offices
                    .0
                    .iter()
                    .any(|o| matches!(o, raw::moves::OfficeEntry::Race(_))),
            ),
            ("method", e.method.is_some()),
            ("candidates", !e.candidates.is_empty()),
            ("nominated", e.nominated.is_some()),
            ("order", e.order.is_some()),
            ("chief", e.chief.is_some()),
            (
                "scrutineers_nominated_by",
                e.scrutineers_nominated_by.is_some(),
            ),
            (
                "scrutineers_appointed_by",
                e.scrutineers_appointed_by.is_some(),
            ),
            ("counters_appointed_by", e.counters_appointed_by.is_some()),
            ("head_count", e.head_count),
            ("voters", e.voters.is_some()),
            ("check_ballots", e.check_ballots),
            ("void_spare", e.void_spare),
            ("instructions", !e.instructions.is_empty()),
            ("votes", e.votes),
            ("majority_of", e.majority_of.is_some()),
        ]),
        Move::Quorum(q) => given(&[(
            "expected",
            matches!(q.expected, Some(raw::moves::Expected::Text(_))),
        )]),
        _ => Vec::new(),
    }
}

/// A key that changes nothing where it stands, with why (the key it depends on).
pub(super) fn unused_key(key: &str, why: &str) -> Diagnostic {
    Diagnostic::error(tr!("moves.unused", key = key))
        .help(why.to_string())
        .help(tr!("moves.unused.help"))
}

/// The word of a rite as written: `pledge`.
fn rite_name(m: &Move) -> String {
    match m {
        Move::Rite(r) => serde_json::to_value(r.rite)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

fn kind_and_host(m: &Move) -> (&'static str, Option<&str>) {
    macro_rules! each {
        ($($variant:ident => $name:literal),* $(,)?) => {
            match m { $(Move::$variant(a) => ($name, a.host.as_deref()),)* }
        };
    }
    each! {
        Say => "say", Direction => "direction", Salutation => "salutation", Convene => "convene",
        Theme => "theme", Appeal => "appeal", Views => "views",
        Tasks => "tasks", Topics => "topics", Attention => "attention", Platform => "platform",
        Participants => "participants", AsMember => "as_member", Guests => "guests",
        Welcome => "welcome", Quorum => "quorum", HeadCount => "head_count", Rite => "rite",
        AdoptAgenda => "adopt_agenda", Mandate => "mandate", Overview => "overview",
        Discipline => "discipline", Declare => "declare", Judges => "judges",
        Honorees => "honorees", Invite => "invite", Review => "review", Action => "action",
        Vote => "vote", Approval => "approval", Election => "election", Awards => "awards",
        List => "list", Questions => "questions", QuestionsEnd => "questions_end",
        Score => "score", Text => "text", Done => "done", Recap => "recap", Hopes => "hopes",
        Points => "points", Notice => "notice", Adjourn => "adjourn", Thanks => "thanks",
        Wishes => "wishes", Introduce => "introduce", Branch => "branch", HandBack => "hand_back",
        Poll => "poll", Constituted => "constituted", Appoint => "appoint", Greet => "greet",
        Roles => "roles", Speech => "speech", Report => "report", Ballot => "ballot",
        Confer => "confer", Or => "or", Comments => "comments", Minutes => "minutes",
        Motion => "motion", Ask => "ask", Nominations => "nominations",
        Draft => "draft", Proposal => "proposal", Recess => "recess",
    }
}
