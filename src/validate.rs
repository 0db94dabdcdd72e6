//! Checks the agenda as written and builds the model, collecting every problem instead of
//! stopping at the first. By concept: the kind of event and its words (`kind`), people
//! (`people`), moves (`moves`) and the keys that expand into them (`shorthand`); here the
//! agenda, its items, speech outlines, times, and the text lint (ASCII punctuation in Chinese,
//! stray spaces).

use indexmap::IndexMap;

use crate::diagnostic::{Diagnostic, closest, did_you_mean, list};
use crate::model::{self, ItemType};
use crate::raw;
use crate::tr;
use crate::yaml::{self, Checked, Node};

mod election;
mod kind;
mod moves;
mod people;
mod shorthand;

/// The kinds of event of the agenda's language and their words (`kinds.yaml`).
pub type Kinds = IndexMap<String, model::Words>;

/// Where the people come from: the agenda itself, or a roster file (source 1).
pub struct People<'a> {
    pub map: &'a IndexMap<String, Checked<raw::Person>>,
    /// The YAML tree the people are written in, for pointing at them.
    pub root: &'a Node,
    /// The source the people are written in: 0 for the agenda, 1 for a roster file.
    pub source: usize,
    /// False when the roster file could not be read (already reported): references to
    /// people are then not checked, rather than each reported as unknown.
    pub available: bool,
}

/// The texts kept in files of their own, by the path the agenda gives: `None` when the file
/// could not be read or parsed (already reported).
pub type TextFiles = std::collections::HashMap<String, Option<(raw::Text, Node)>>;

/// Validates `raw`, whose YAML tree is `root` (used to point at the places of problems).
/// Returns the model when there is no error, and every diagnostic (errors and warnings).
pub fn validate(
    raw: &raw::Agenda,
    root: &Node,
    people: People<'_>,
    texts: &TextFiles,
    kinds: &Kinds,
) -> (Option<model::Agenda>, Vec<Diagnostic>) {
    let mut v = Validator {
        root,
        people,
        texts,
        kinds,
        defaults: moves::MeetingDefaults::default(),
        numbered: true,
        kind: String::new(),
        text_file: None,
        language: model::Language::default(),
        hosts: Vec::new(),
        diagnostics: Vec::new(),
        told: Default::default(),
    };
    let agenda = v.agenda(raw);
    let has_errors = v.diagnostics.iter().any(Diagnostic::is_error);
    (agenda.filter(|_| !has_errors), v.diagnostics)
}

struct Validator<'a> {
    root: &'a Node,
    people: People<'a>,
    texts: &'a TextFiles,
    kinds: &'a Kinds,
    /// What the meeting's keys give the moves that say nothing of their own, and which of
    /// those keys the moves read.
    defaults: moves::MeetingDefaults,
    /// Whether items are numbered unless they say.
    numbered: bool,
    /// The kind of event (党员大会, 全体会议, …), once the meeting is read.
    kind: String,
    /// While a text kept in its own file is checked: that file's tree, and the agenda path it
    /// stands for (`agenda[1].text`), so that problems point into the file.
    text_file: Option<(&'a Node, String)>,
    language: model::Language,
    hosts: Vec<model::Person>,
    diagnostics: Vec<Diagnostic>,
    /// Where and what each problem recorded by `push` is, to tell it once.
    told: std::collections::HashSet<String>,
}

/// Which item fields belong to which kinds of item, for telling a user that a key is in the
/// wrong kind of item.
const KIND_FIELDS: &[(&str, &[ItemType])] = &[
    ("motions", &[ItemType::Vote, ItemType::Approval]),
    ("offices", &[ItemType::Election]),
    ("scrutineers", &[ItemType::Election]),
    ("counters", &[ItemType::Election]),
    ("rounds", &[ItemType::Awards]),
    ("action", &[ItemType::Action, ItemType::Anthem]),
];

impl Validator<'_> {
    /// An example for a message in the agenda's language: `does: 讲话` for a Chinese agenda,
    /// `does: speak` for an English one.
    fn example(&self, zh: &'static str, en: &'static str) -> &'static str {
        match self.language {
            model::Language::En => en,
            _ => zh,
        }
    }

    /// Reports a problem at the value at `path`; the document as a whole (`""`) has no place.
    fn report(&mut self, path: &str, diagnostic: Diagnostic) {
        if let Some((root, prefix)) = &self.text_file
            && let Some(rest) = path.strip_prefix(prefix.as_str())
        {
            let in_file = format!("text{rest}");
            let span = yaml::locate(root, &in_file);
            self.push(diagnostic.at(in_file, span));
            return;
        }
        // A value written in short form (`- platform` for `- platform: {…}`) has no node of its
        // own: point at the nearest one that is written.
        let mut at = path;
        let span = loop {
            if at.is_empty() {
                break None;
            }
            if let Some(span) = yaml::locate(self.root, at) {
                break Some(span);
            }
            at = &at[..at.rfind(['.', '[']).unwrap_or(0)];
        };
        self.push(diagnostic.at(path, span));
    }

    /// Records a problem once: a value read by two moves (a closing's points, said by the
    /// closing and by the move its keys stand for) is checked twice, and told once.
    fn push(&mut self, diagnostic: Diagnostic) {
        // By where and what, so that an agenda of thousands of problems is not compared
        // problem by problem.
        let told = format!(
            "{}\0{}\0{:?}",
            diagnostic.path, diagnostic.message, diagnostic.span
        );
        if self.told.insert(told) {
            self.diagnostics.push(diagnostic);
        }
    }

    /// Reports a problem at one character of the text at `path`, when the text maps onto its
    /// source one to one; else at the whole value.
    fn report_char(&mut self, path: &str, index: usize, diagnostic: Diagnostic) {
        let (root, at) = match &self.text_file {
            Some((root, prefix)) if path.starts_with(prefix.as_str()) => {
                (*root, format!("text{}", &path[prefix.len()..]))
            }
            _ => (self.root, path.to_string()),
        };
        match yaml::find(root, &at).and_then(|n| n.char_span(index)) {
            Some(span) => self.push(diagnostic.at(at, Some(span))),
            None => self.report(path, diagnostic),
        }
    }

    /// Reports a problem in the people, wherever they are written.
    fn report_person(&mut self, path: &str, diagnostic: Diagnostic) {
        let span = yaml::locate(self.people.root, path);
        let mut d = diagnostic.at(path, span);
        d.source = self.people.source;
        self.diagnostics.push(d);
    }

    fn agenda(&mut self, raw: &raw::Agenda) -> Option<model::Agenda> {
        let meeting = match &raw.meeting {
            Some(meeting) => meeting.valid().and_then(|m| self.meeting(m)),
            None => {
                self.report(
                    "",
                    Diagnostic::error(tr!("agenda.no-meeting")).help(tr!("agenda.no-meeting.help")),
                );
                None
            }
        };
        let people = self.people.map;
        for (id, person) in people {
            if let Some(person) = person.valid() {
                self.person_fields(id, person);
            }
        }
        let hosts = match &raw.host {
            Some(host) => host.valid().and_then(|ids| self.persons("host", ids)),
            None => {
                self.report(
                    "",
                    Diagnostic::error(tr!("agenda.no-host")).help(tr!("agenda.no-host.help")),
                );
                None
            }
        };
        self.hosts = hosts.clone().unwrap_or_default();
        let platform = raw
            .meeting
            .as_ref()
            .and_then(Checked::valid)
            .map(|m| self.platform(&m.platform));
        let items = match &raw.agenda {
            Some(items) => items.valid().map(|items| self.items(items)),
            None => {
                self.report(
                    "",
                    Diagnostic::error(tr!("agenda.no-items-key"))
                        .help(tr!("agenda.no-items-key.help")),
                );
                None
            }
        };
        let closing = match raw.closing.as_ref().map(Checked::valid) {
            Some(Some(raw::ClosingSource::Map(c))) => self.closing(c),
            Some(Some(raw::ClosingSource::Seq(_))) | None => Some(model::Closing::default()),
            Some(None) => None,
        };
        if let (Some(meeting), Some((items, _))) = (&meeting, &items) {
            self.fixed_times(meeting, items);
        }
        let mut items = items;
        if let Some((items, all_valid)) = &mut items
            && !self.references(items)
        {
            *all_valid = false;
        }
        let items = items
            .filter(|(_, all_valid)| *all_valid)
            .map(|(items, _)| items.into_iter().map(|(_, item)| item).collect());
        // The moves written are checked whatever else is wrong, so that every problem shows.
        if let Some(Some(people)) = &platform {
            self.defaults.platform = people.clone();
        }
        let host = self.hosts.first().cloned();
        let written = |v: &mut Self, path: &str, list: Option<&Vec<Checked<raw::Move>>>| match (
            list, &host,
        ) {
            (Some(list), Some(host)) => Some(v.moves(path, list, host)),
            _ => None,
        };
        let opening_list = raw.opening.as_ref().and_then(Checked::valid);
        let opening_written = written(self, "opening", opening_list);
        if let (Some(Some(moves)), Some(meeting)) = (
            &opening_written,
            raw.meeting.as_ref().and_then(Checked::valid),
        ) {
            self.meeting_keys_said(meeting, moves);
        }
        let closing_list = match raw.closing.as_ref().and_then(Checked::valid) {
            Some(raw::ClosingSource::Seq(list)) => Some(list),
            _ => None,
        };
        let closing_written = written(self, "closing", closing_list);
        let mut meeting = meeting?;
        meeting.platform = platform??;
        let host = host?;
        let items: Vec<model::Item> = items?;
        let opening = match (opening_written, &raw.opening) {
            (Some(moves), _) => moves,
            (None, Some(_)) => None,
            (None, None) => Some(shorthand::opening(&meeting, items.len(), &host)),
        };
        let closing = closing?;
        let closing_moves = closing_written.unwrap_or_else(|| {
            Some(
                shorthand::closing(&closing, &meeting)
                    .into_iter()
                    .map(|what| model::Move {
                        host: host.clone(),
                        written_at: None,
                        what: what.into(),
                    })
                    .collect(),
            )
        });
        Some(model::Agenda {
            meeting,
            hosts: hosts?,
            items,
            closing,
            opening: opening?,
            closing_moves: closing_moves?,
        })
    }

    fn meeting(&mut self, raw: &raw::Meeting) -> Option<model::Meeting> {
        self.language = raw.language;
        let title = self.text("meeting.title", &raw.title);
        let salutation = match &raw.salutation {
            Some(Some(text)) if !text.trim().is_empty() => {
                model::Choice::Given(self.text("meeting.salutation", text))
            }
            other => model::Choice::from_key(other),
        };
        let (kind, words) = self.kind(raw)?;
        self.numbered = raw.numbered.or(words.numbered).unwrap_or(true);
        self.kind = kind.clone();
        let opening = self.texts("meeting.opening", &raw.opening);
        let convened_by = self.optional("meeting.convened_by", &raw.convened_by);
        let purpose = self.texts("meeting.purpose", &raw.purpose);
        let tasks = self.texts("meeting.tasks", &raw.tasks);
        let attention = self.optional("meeting.attention", &raw.attention);
        let guests = self.texts("meeting.guests", &raw.guests);
        let participants = self.texts("meeting.participants", &raw.participants);
        // Cleaned like every text, before the moves take them as their defaults.
        let welcome = raw.welcome.as_ref().map(|w| raw::Welcome {
            on_behalf_of: self.text("meeting.welcome.on_behalf_of", &w.on_behalf_of),
            to: self.text("meeting.welcome.to", &w.to),
        });
        let quorum = raw.quorum.as_ref().map(|q| raw::Quorum {
            who: self.optional("meeting.quorum.who", &q.who),
            rule: self.optional("meeting.quorum.rule", &q.rule),
            ..q.clone()
        });
        self.defaults = moves::MeetingDefaults {
            guests: guests.clone(),
            participants: participants.clone(),
            purpose: purpose.clone(),
            tasks: tasks.clone(),
            convened_by: convened_by.clone(),
            welcome: welcome.clone(),
            quorum: quorum.clone(),
            attention: attention.clone(),
            discipline: self.optional("meeting.discipline", &raw.discipline),
            ..moves::MeetingDefaults::default()
        };
        let discipline = self.defaults.discipline.clone();
        let frame = self.optional("meeting.frame", &raw.frame);
        let measure = self.optional("meeting.measure", &raw.measure);
        if let Some(q) = &raw.quorum {
            for (key, n) in [("present", q.present), ("absent", q.absent)] {
                if n.is_some_and(|n| n > q.expected) {
                    self.report(
                        &format!("meeting.quorum.{key}"),
                        Diagnostic::error(if key == "present" {
                            tr!("quorum.more-present", expected = q.expected)
                        } else {
                            tr!("quorum.more-absent", expected = q.expected)
                        })
                        .help(tr!("quorum.more.help")),
                    );
                }
            }
        }
        let date = raw.date.as_ref().and_then(|d| self.date("meeting.date", d));
        let date_to_fill = raw
            .date
            .as_ref()
            .filter(|d| crate::pipeline::has_placeholder(d))
            .map(|d| d.trim().to_string());
        let start = raw
            .start
            .as_ref()
            .and_then(|t| self.clock("meeting.start", t));
        let ends = raw
            .ends
            .as_ref()
            .and_then(|t| self.clock("meeting.ends", t));
        if let (Some(start), Some(ends)) = (start, ends)
            && ends <= start
        {
            self.report(
                "meeting.ends",
                Diagnostic::error(tr!("meeting.ends-early", ends = ends, start = start))
                    .help(tr!("meeting.ends-early.help")),
            );
        }
        let place = self.optional("meeting.place", &raw.place);
        if raw.reading_rate == Some(0) {
            self.report(
                "meeting.reading_rate",
                Diagnostic::error(tr!("meeting.reading-rate-zero"))
                    .help(tr!("meeting.reading-rate-zero.help")),
            );
        }
        Some(model::Meeting {
            title,
            language: raw.language,
            kind,
            words,
            numbered: self.numbered,
            salutation,
            opening,
            convened_by,
            purpose,
            tasks,
            attention,
            platform: Vec::new(),
            guests,
            participants,
            welcome,
            quorum,
            declare: raw.declare,
            discipline,
            overview: raw.overview,
            frame,
            measure,
            mark_last_item: raw.mark_last_item,
            date,
            date_to_fill,
            start,
            ends,
            place,
            reading_rate: raw
                .reading_rate
                .filter(|r| *r > 0)
                .unwrap_or(raw.language.reading_rate()),
        })
    }

    fn date(&mut self, path: &str, text: &str) -> Option<jiff::civil::Date> {
        if crate::pipeline::has_placeholder(text) {
            return None;
        }
        let parsed = parse_date(text);
        if let Err(reason) = &parsed {
            self.report(
                path,
                Diagnostic::error(tr!("date.invalid", text = text, reason = reason))
                    .help(tr!("date.invalid.help")),
            );
        }
        parsed.ok()
    }

    fn clock(&mut self, path: &str, text: &str) -> Option<model::Clock> {
        if crate::pipeline::has_placeholder(text) {
            return None;
        }
        let parsed = parse_clock(text);
        if let Err(reason) = &parsed {
            // 9：00 typed with a Chinese input method: the colon is the slip.
            let help = match text.contains('：') {
                true => tr!("clock.invalid.fullwidth", fixed = text.replace('：', ":")),
                false => tr!("clock.invalid.help"),
            };
            self.report(
                path,
                Diagnostic::error(tr!("clock.invalid", text = text, reason = reason)).help(help),
            );
        }
        parsed.ok()
    }

    /// Checks that fixed start times (`at`) fit the meeting: they need `meeting.start` and
    /// cannot come before it.
    fn fixed_times(&mut self, meeting: &model::Meeting, items: &[(usize, model::Item)]) {
        for (i, item) in items {
            let Some(at) = item.at else { continue };
            let path = format!("agenda[{i}].at");
            match meeting.start {
                None => self.report(
                    &path,
                    Diagnostic::error(tr!("item.at-without-start"))
                        .help(tr!("item.at-without-start.help")),
                ),
                Some(start) if at < start => self.report(
                    &path,
                    Diagnostic::error(tr!("item.at-before-start", at = at, start = start))
                        .help(tr!("item.at-before-start.help")),
                ),
                Some(_) => {}
            }
        }
    }

    /// The valid items with their places in the list, and whether all of them were valid.
    fn items(&mut self, items: &[Checked<raw::Item>]) -> (Vec<(usize, model::Item)>, bool) {
        if items.is_empty() {
            self.report(
                "agenda",
                Diagnostic::error(tr!("agenda.no-items"))
                    .label(tr!("list.empty"))
                    .help(tr!(
                        "agenda.no-items.help",
                        does = self.example("讲话", "speak")
                    )),
            );
            return (Vec::new(), false);
        }
        let mut ids: IndexMap<&str, usize> = IndexMap::new();
        let mut out = Vec::with_capacity(items.len());
        let mut all_valid = true;
        for (i, item) in items.iter().enumerate() {
            let path = format!("agenda[{i}]");
            let Some(item) = item.valid() else {
                all_valid = false;
                continue;
            };
            if let Some(id) = &item.id
                && let Some(first) = ids.insert(id, i)
            {
                self.report(
                    &format!("{path}.id"),
                    Diagnostic::error(tr!("item.id-taken", id = id, first = first + 1))
                        .help(tr!("item.id-taken.help")),
                );
            }
            match self.item(&path, item) {
                Some(item) => out.push((i, item)),
                None => all_valid = false,
            }
        }
        (out, all_valid)
    }

    fn item(&mut self, path: &str, raw: &raw::Item) -> Option<model::Item> {
        if let Some(moves) = &raw.moves {
            return self.item_of_moves(path, raw, moves);
        }
        let kind = raw.kind;
        let mut ok = self.fields_fit_kind(path, raw);
        let title = self.optional(&format!("{path}.title"), &raw.title);
        let inline = raw.who.is_some() || raw.does.is_some() || raw.what.is_some();
        // Keys of the invitation written on the item itself mean nothing without it.
        let of_inline = [
            ("applause", raw.applause.is_some()),
            ("on_behalf_of", raw.on_behalf_of.is_some()),
            ("documents", !raw.documents.is_empty()),
            ("form", raw.form != raw::moves::NameForm::Full),
        ];
        for (key, given) in of_inline {
            if given && !inline {
                self.report(
                    &format!("{path}.{key}"),
                    Diagnostic::error(tr!("item.invitation-key", key = key)).help(
                        if raw.steps.is_some() {
                            tr!("item.invitation-key.help-steps")
                        } else {
                            tr!("item.invitation-key.help")
                        },
                    ),
                );
                ok = false;
            }
        }
        let steps = match (&raw.steps, inline) {
            (Some(_), true) => {
                self.report(
                    path,
                    Diagnostic::error(tr!("item.steps-and-inline"))
                        .help(tr!("item.steps-and-inline.help")),
                );
                None
            }
            (Some(steps), false) => self.steps(path, steps),
            (None, true) => self.inline_step(path, raw).map(|s| vec![s]),
            (None, false) if kind == ItemType::Speech => {
                self.report(
                    path,
                    Diagnostic::error(tr!("item.nobody"))
                        .label(tr!("item.nobody.label"))
                        .help(tr!(
                            "item.nobody.help-one",
                            does = self.example("讲话", "speak")
                        ))
                        .help(tr!("item.nobody.help-several"))
                        .help(tr!("item.nobody.help-procedure")),
                );
                None
            }
            (None, false) => Some(Vec::new()),
        };
        // The key each kind of procedure cannot do without, whether it is missing, and the kind.
        let needed = match kind {
            ItemType::Action => Some(("action", raw.action.is_none(), tr!("item.kind.action"))),
            ItemType::Vote => Some(("motions", raw.motions.is_empty(), tr!("item.kind.vote"))),
            ItemType::Approval => {
                Some(("motions", raw.motions.is_empty(), tr!("item.kind.approval")))
            }
            ItemType::Election => {
                Some(("offices", raw.offices.is_empty(), tr!("item.kind.election")))
            }
            ItemType::Awards => Some(("rounds", raw.rounds.is_empty(), tr!("item.kind.awards"))),
            ItemType::Speech | ItemType::Anthem => None,
        };
        if let Some((key, true, what)) = needed {
            self.report(
                path,
                Diagnostic::error(tr!("item.needs", what = what, key = key))
                    .label(tr!("missing-key.label", key = key))
                    .help(tr!("item.needs.help")),
            );
            ok = false;
        }
        let action = self.optional(&format!("{path}.action"), &raw.action);
        let motions = self.texts(&format!("{path}.motions"), &raw.motions);
        let offices = self.texts(&format!("{path}.offices"), &raw.offices);
        let scrutineers = self.texts(&format!("{path}.scrutineers"), &raw.scrutineers);
        let counters = self.texts(&format!("{path}.counters"), &raw.counters);
        let rounds = self.rounds(path, &raw.rounds);
        let review = self.optional(&format!("{path}.review"), &raw.review);
        let say = self.lines(&format!("{path}.say"), &raw.say);
        let host = self.item_host(path, raw.host.as_deref());
        let at = raw
            .at
            .as_ref()
            .and_then(|t| self.clock(&format!("{path}.at"), t));
        let cue = self.optional(&format!("{path}.cue"), &raw.cue);
        let text_path = format!("{path}.text");
        let text = match &raw.text {
            None => Some(None),
            Some(raw::TextSource::Inline(text)) => self.text_outline(&text_path, text).map(Some),
            Some(raw::TextSource::File(file)) => match self.texts.get(file) {
                Some(Some((text, root))) => {
                    self.text_file = Some((root, text_path.clone()));
                    let text = self.text_outline(&text_path, text).map(Some);
                    self.text_file = None;
                    text
                }
                Some(None) => None,
                None => {
                    self.report(
                        &text_path,
                        Diagnostic::error(tr!("item.text-file-unread", file = file))
                            .help(tr!("item.text-file-unread.help")),
                    );
                    None
                }
            },
        };
        if !ok {
            return None;
        }
        let steps = steps?;
        let mut item = model::Item {
            id: raw.id.clone(),
            kind,
            title,
            action,
            motions,
            offices,
            scrutineers,
            counters,
            rounds: rounds?,
            review,
            say,
            host: host?,
            minutes: raw.minutes,
            at,
            cue,
            text: text?,
            moves: Vec::new(),
            numbered: raw.numbered.unwrap_or(self.numbered),
            step_style: raw.step_style.unwrap_or_default(),
        };
        self.minutes_agree(path, item.minutes, &steps);
        if raw.step_style.is_some() && steps.len() < 2 {
            self.report(
                &format!("{path}.step_style"),
                Diagnostic::error(tr!("item.step-style-one")).help(tr!("item.step-style-one.help")),
            );
            return None;
        }
        let host = item.host.clone();
        item.moves = shorthand::item(&item, steps)
            .into_iter()
            .map(|what| model::Move {
                host: host.clone(),
                written_at: None,
                what: what.into(),
            })
            .collect();
        Some(item)
    }

    /// Warns when an item's own minutes contradict the sum of its steps' minutes: the run sheet
    /// would show the steps overrunning the item, or a gap after them.
    fn minutes_agree(&mut self, path: &str, minutes: Option<u32>, steps: &[model::Step]) {
        let sum: Option<u32> = steps
            .iter()
            .map(|s| s.minutes)
            .try_fold(0u32, |sum, m| m.map(|m| sum.saturating_add(m)));
        let given = steps
            .iter()
            .filter_map(|s| s.minutes)
            .fold(0u32, u32::saturating_add);
        let Some(minutes) = minutes else { return };
        let over = given > minutes;
        if over || sum.is_some_and(|sum| sum != minutes && !steps.is_empty()) {
            self.report(
                &format!("{path}.minutes"),
                Diagnostic::warning(tr!(
                    "item.minutes-disagree",
                    minutes = minutes,
                    sum = sum.unwrap_or(given)
                ))
                .help(tr!("item.minutes-disagree.help")),
            );
        }
    }

    /// An item written as moves: its title, host, time and text are its own keys; everything
    /// the host says is in its moves. Keys that its moves say instead are refused.
    fn item_of_moves(
        &mut self,
        path: &str,
        raw: &raw::Item,
        moves: &[Checked<raw::Move>],
    ) -> Option<model::Item> {
        let shorthand = [
            ("who", raw.who.is_some()),
            ("does", raw.does.is_some()),
            ("what", raw.what.is_some()),
            ("steps", raw.steps.is_some()),
            ("type", raw.kind != ItemType::Speech),
            ("documents", !raw.documents.is_empty()),
            ("applause", raw.applause.is_some()),
            ("on_behalf_of", raw.on_behalf_of.is_some()),
            ("form", raw.form != raw::moves::NameForm::Full),
            ("action", raw.action.is_some()),
            ("motions", !raw.motions.is_empty()),
            ("offices", !raw.offices.is_empty()),
            ("scrutineers", !raw.scrutineers.is_empty()),
            ("counters", !raw.counters.is_empty()),
            ("rounds", !raw.rounds.is_empty()),
            ("review", raw.review.is_some()),
            ("say", !raw.say.is_empty()),
        ];
        let mut ok = true;
        for (key, given) in shorthand {
            if given {
                self.report(
                    &format!("{path}.{key}"),
                    Diagnostic::error(tr!("item.moves-and-key", key = key))
                        .help(tr!("item.moves-and-key.help")),
                );
                ok = false;
            }
        }
        let title = self.optional(&format!("{path}.title"), &raw.title);
        let host = self.item_host(path, raw.host.as_deref())?;
        let moves = self.moves(&format!("{path}.moves"), moves, &host);
        let at = raw
            .at
            .as_ref()
            .and_then(|t| self.clock(&format!("{path}.at"), t));
        let cue = self.optional(&format!("{path}.cue"), &raw.cue);
        let text = match &raw.text {
            None => None,
            Some(raw::TextSource::Inline(text)) => {
                Some(self.text_outline(&format!("{path}.text"), text)?)
            }
            Some(raw::TextSource::File(_)) => {
                self.report(
                    &format!("{path}.text"),
                    Diagnostic::error(tr!("item.moves-text-file"))
                        .help(tr!("item.moves-text-file.help")),
                );
                return None;
            }
        };
        let moves = moves?;
        let reads_text = moves.iter().any(|m| *m.what == model::MoveKind::Text);
        if reads_text && text.is_none() {
            self.report(
                &format!("{path}.moves"),
                Diagnostic::error(tr!("item.text-move-no-text"))
                    .help(tr!("item.text-move-no-text.help")),
            );
            return None;
        }
        let no_invites_in_a_row = moves.windows(2).all(|w| {
            !matches!(
                (&*w[0].what, &*w[1].what),
                (
                    model::MoveKind::Invite { .. },
                    model::MoveKind::Invite { .. }
                )
            )
        });
        if raw.step_style.is_some() && no_invites_in_a_row {
            self.report(
                &format!("{path}.step_style"),
                Diagnostic::error(tr!("item.step-style-apart"))
                    .help(tr!("item.step-style-apart.help")),
            );
            return None;
        }
        if !ok {
            return None;
        }
        Some(model::Item {
            id: raw.id.clone(),
            kind: ItemType::Speech,
            title,
            action: None,
            motions: Vec::new(),
            offices: Vec::new(),
            scrutineers: Vec::new(),
            counters: Vec::new(),
            rounds: Vec::new(),
            review: None,
            say: Vec::new(),
            host,
            minutes: raw.minutes,
            at,
            cue,
            text,
            moves,
            numbered: raw.numbered.unwrap_or(self.numbered),
            step_style: raw.step_style.unwrap_or_default(),
        })
    }

    /// Checks a speech or report: every section with points has a heading, headings end as a
    /// heading does, and a count written out agrees with the sections.
    fn text_outline(&mut self, path: &str, raw: &raw::Text) -> Option<model::Text> {
        // A speech's title and salutation have defaults, worded by the template.
        let title = match &raw.title {
            Some(t) => Some(self.text(&format!("{path}.title"), t)),
            None if raw.kind == model::TextKind::Speech => None,
            None => {
                self.report(
                    path,
                    Diagnostic::error(tr!("text.no-title"))
                        .label(tr!("missing-key.label", key = "title"))
                        .help(tr!("text.no-title.help")),
                );
                return None;
            }
        };
        if let Some(Some(s)) = &raw.salutation {
            self.text(&format!("{path}.salutation"), s);
        }
        let salutation = model::Choice::from_key(&raw.salutation);
        let opening = self.texts(&format!("{path}.opening"), &raw.opening);
        let announced = opening.iter().find_map(|p| announced_count(p));
        if let Some(n) = announced
            && n != raw.sections.len()
        {
            self.report(
                &format!("{path}.opening"),
                Diagnostic::warning(tr!(
                    "text.count-disagrees",
                    n = n,
                    sections = raw.sections.len()
                ))
                .help(tr!("text.count-disagrees.help")),
            );
        }
        let sections = self.sections(&format!("{path}.sections"), &raw.sections, 1)?;
        let endings: Vec<bool> = sections
            .iter()
            .filter_map(|s| s.heading.as_ref())
            .map(|h| h.ends_with('。'))
            .collect();
        if endings.iter().any(|e| *e) && endings.iter().any(|e| !*e) {
            self.report(
                &format!("{path}.sections"),
                Diagnostic::warning(tr!("text.headings-end-unlike"))
                    .help(tr!("text.headings-end-unlike.help")),
            );
        }
        let closing = self.texts(&format!("{path}.closing"), &raw.closing);
        Some(model::Text {
            kind: raw.kind,
            title,
            salutation,
            opening,
            sections,
            closing,
        })
    }

    fn sections(
        &mut self,
        path: &str,
        sections: &[Checked<raw::Section>],
        level: usize,
    ) -> Option<Vec<model::Section>> {
        let mut out = Vec::with_capacity(sections.len());
        let mut all = true;
        for (i, section) in sections.iter().enumerate() {
            let at = format!("{path}[{i}]");
            let Some(section) = section.valid() else {
                all = false;
                continue;
            };
            if level > 4 {
                self.report(
                    &at,
                    Diagnostic::error(tr!("text.too-deep")).help(tr!("text.too-deep.help")),
                );
                all = false;
                continue;
            }
            let heading = self.optional(&format!("{at}.heading"), &section.heading);
            if heading.is_none() && !section.points.is_empty() {
                self.report(
                    &at,
                    Diagnostic::error(tr!("text.points-no-heading"))
                        .label(tr!("missing-key.label", key = "heading"))
                        .help(tr!("text.points-no-heading.help")),
                );
                all = false;
            }
            if let Some(h) = &heading
                && h.ends_with(['，', '；', '：', '、', ',', ';', ':'])
            {
                self.report(
                    &format!("{at}.heading"),
                    Diagnostic::warning(tr!("text.heading-comma"))
                        .help(tr!("text.heading-comma.help")),
                );
            }
            let paragraphs = self.texts(&format!("{at}.paragraphs"), &section.paragraphs);
            let after = self.texts(&format!("{at}.after"), &section.after);
            let points: Vec<model::TextPoint> = section
                .points
                .iter()
                .enumerate()
                .map(|(j, p)| {
                    let lead = self.text(&format!("{at}.points[{j}]"), &p.lead);
                    if section.numbering == raw::TextNumbering::YiYao {
                        self.no_second_yao(&format!("{at}.points[{j}]"), &lead);
                    }
                    model::TextPoint {
                        lead,
                        body: self.optional(&format!("{at}.points[{j}].body"), &p.body),
                    }
                })
                .collect();
            match self.sections(&format!("{at}.sections"), &section.sections, level + 1) {
                Some(sections) => out.push(model::Section {
                    heading,
                    paragraphs,
                    points,
                    style: section.style,
                    numbering: section.numbering,
                    sections,
                    after,
                }),
                None => all = false,
            }
        }
        all.then_some(out)
    }

    /// Checks `{ID.who}`, `{ID.call}`, `{ID.what}` and `{ID.title}` in every text against the
    /// agenda's items. Returns false when one points at nothing.
    fn references(&mut self, items: &mut [(usize, model::Item)]) -> bool {
        let targets: Vec<(String, model::Item)> = items
            .iter()
            .filter_map(|(_, item)| item.id.clone().map(|id| (id, item.clone())))
            .collect();
        let mut ok = true;
        for (i, item) in items.iter_mut() {
            let Some(text) = &mut item.text else { continue };
            let path = format!("agenda[{i}].text");
            let mut problems = Vec::new();
            text.for_each_string(&mut |s| {
                if let Err(problem) = resolve_references(s, &targets) {
                    problems.push(problem);
                }
            });
            for problem in problems {
                ok = false;
                self.report(&path, *problem);
            }
        }
        ok
    }

    /// Reports keys that belong to another kind of item (`motions` on a speech).
    fn fields_fit_kind(&mut self, path: &str, raw: &raw::Item) -> bool {
        let given = [
            ("motions", !raw.motions.is_empty()),
            ("offices", !raw.offices.is_empty()),
            ("scrutineers", !raw.scrutineers.is_empty()),
            ("counters", !raw.counters.is_empty()),
            ("rounds", !raw.rounds.is_empty()),
            ("action", raw.action.is_some()),
        ];
        let mut ok = true;
        for (key, present) in given {
            let Some((_, kinds)) = KIND_FIELDS.iter().find(|(k, _)| *k == key) else {
                continue;
            };
            if present && !kinds.contains(&raw.kind) {
                let names: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
                let types = names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .reduce(|a, b| tr!("or", a = a, b = b))
                    .unwrap_or_default();
                self.report(
                    &format!("{path}.{key}"),
                    Diagnostic::error(tr!(
                        "item.wrong-kind-key",
                        key = key,
                        types = types,
                        kind = raw.kind.name()
                    ))
                    .help(tr!(
                        "item.wrong-kind-key.help",
                        kind = names[0],
                        key = key
                    )),
                );
                ok = false;
            }
        }
        ok
    }

    fn rounds(&mut self, path: &str, rounds: &[Checked<raw::Round>]) -> Option<Vec<model::Round>> {
        let mut out = Vec::with_capacity(rounds.len());
        let mut all = true;
        for (i, round) in rounds.iter().enumerate() {
            let at = format!("{path}.rounds[{i}]");
            let Some(round) = round.valid() else {
                all = false;
                continue;
            };
            let award = self.optional(&format!("{at}.award"), &round.award);
            let recipients = self.optional(&format!("{at}.recipients"), &round.recipients);
            if recipients.is_none() {
                self.report(
                    &at,
                    Diagnostic::error(tr!("awards.no-recipients"))
                        .label(tr!("missing-key.label", key = "recipients"))
                        .help(tr!(
                            "awards.no-recipients.help",
                            example =
                                self.example("获得优秀共产党员称号的同志", "our three honorees")
                        )),
                );
                all = false;
            }
            let presenters = match &round.presenters {
                Some(ids) => self.persons(&format!("{at}.presenters"), ids),
                None => Some(Vec::new()),
            };
            match presenters {
                Some(presenters) => out.push(model::Round {
                    award,
                    recipients,
                    presenters,
                    one_by_one: round.one_by_one,
                    music: round.music.unwrap_or(true),
                    form: round.form,
                }),
                None => all = false,
            }
        }
        all.then_some(out)
    }

    fn inline_step(&mut self, path: &str, raw: &raw::Item) -> Option<model::Step> {
        let (Some(who), Some(does)) = (&raw.who, &raw.does) else {
            let missing = if raw.who.is_none() { "who" } else { "does" };
            self.report(
                path,
                Diagnostic::error(tr!("item.missing", missing = missing))
                    .label(tr!("missing-key.label", key = missing))
                    .help(tr!(
                        "item.missing.help",
                        example = tr!(
                            "or.words",
                            a = self.example("讲话", "speak"),
                            b = self.example("传达", "present")
                        )
                    )),
            );
            return None;
        };
        // The item's own minutes and cue belong to the item, not to its one step.
        let step = raw::moves::Invite {
            who: Some(who.clone()),
            by: None,
            does: does.clone(),
            what: raw.what.clone(),
            documents: raw.documents.clone(),
            applause: raw.applause,
            on_behalf_of: raw.on_behalf_of.clone(),
            form: raw.form,
            minutes: None,
            cue: None,
            about: None,
            host: None,
        };
        self.invitation(path, &step, None)
    }

    fn steps(
        &mut self,
        path: &str,
        steps: &[Checked<raw::moves::Invite>],
    ) -> Option<Vec<model::Step>> {
        if steps.is_empty() {
            self.report(
                &format!("{path}.steps"),
                Diagnostic::error(tr!("item.steps-empty")).help(tr!("item.steps-empty.help")),
            );
            return None;
        }
        let mut out = Vec::with_capacity(steps.len());
        let mut all_valid = true;
        for (i, step) in steps.iter().enumerate() {
            let step_path = format!("{path}.steps[{i}]");
            match step.valid().and_then(|s| self.step(&step_path, s)) {
                Some(step) => out.push(step),
                None => all_valid = false,
            }
        }
        all_valid.then_some(out)
    }

    /// A step of an item: an invitation, spoken by the item's host.
    fn step(&mut self, path: &str, raw: &raw::moves::Invite) -> Option<model::Step> {
        if raw.host.is_some() {
            self.report(
                &format!("{path}.host"),
                Diagnostic::error(tr!("step.host")).help(tr!("step.host.help")),
            );
            return None;
        }
        self.invitation(path, raw, None)
    }

    fn closing(&mut self, raw: &raw::Closing) -> Option<model::Closing> {
        let address = self.optional("closing.address", &raw.address);
        let recap = self.optional("closing.recap", &raw.recap);
        let hopes = self.optional("closing.hopes", &raw.hopes);
        let points = self.points("closing.points", &raw.points, raw.numbering);
        let say = self.lines("closing.say", &raw.say);
        Some(model::Closing {
            address,
            recap,
            hopes,
            points: points?,
            numbering: raw.numbering,
            say,
            adjourn: raw.adjourn,
        })
    }

    /// Warns about a point numbered 一要/二要 whose text starts with 要 again: 一要要….
    fn no_second_yao(&mut self, path: &str, text: &str) {
        if text.starts_with('要') {
            self.report_char(
                path,
                0,
                Diagnostic::warning(tr!("text.second-yao"))
                    .label(tr!("text.second-yao.label"))
                    .help(tr!("text.second-yao.help")),
            );
        }
    }

    fn lines(&mut self, path: &str, lines: &[raw::Line]) -> Vec<model::Line> {
        lines
            .iter()
            .enumerate()
            .map(|(i, line)| {
                let at = format!("{path}[{i}]");
                match line {
                    raw::Line::Spoken(t) => raw::Line::Spoken(self.text(&at, t)),
                    raw::Line::Direction(t) => {
                        raw::Line::Direction(self.text(&format!("{at}.direction"), t))
                    }
                }
            })
            .collect()
    }

    fn optional(&mut self, path: &str, text: &Option<String>) -> Option<String> {
        text.as_ref().map(|t| self.text(path, t))
    }

    fn texts(&mut self, path: &str, texts: &[String]) -> Vec<String> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| self.text(&format!("{path}[{i}]"), t))
            .collect()
    }

    /// Checks one piece of free text: not empty, and written in the genre's form.
    /// Returns it trimmed.
    fn text(&mut self, path: &str, text: &str) -> String {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            self.report(
                path,
                Diagnostic::error(tr!("text.empty", path = path)).help(tr!("text.empty.help")),
            );
        }
        let lead = text.chars().take_while(|c| c.is_whitespace()).count();
        for (index, warning) in lint(trimmed) {
            self.report_char(path, lead + index, warning);
        }
        if trimmed.contains(['\n', '\r']) {
            self.report(
                path,
                Diagnostic::warning(tr!("text.several-lines")).help(tr!("text.several-lines.help")),
            );
        }
        // A tab typed inside quotes prints as a space: 讲 话.
        if let Some(index) = trimmed.chars().position(|c| c == '\t') {
            self.report_char(
                path,
                lead + index,
                Diagnostic::warning(tr!("text.tab"))
                    .label(tr!("slip.tab.label"))
                    .help(tr!("text.tab.help")),
            );
        }
        one_line(trimmed)
    }
}

/// The text as one line: line breaks joined (dropped beside Chinese, a space elsewhere), tabs
/// as spaces, and the characters emcee's markup uses left out, so no text can start a paragraph
/// or a table of its own in the documents.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // A carriage return alone is a line break too (old Mac files), never a character that
    // sends a terminal back to the start of its line.
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    while let Some(line) = lines.next() {
        for c in line.chars() {
            match c {
                '\t' => out.push(' '),
                '\u{E000}'..='\u{E003}' => {}
                c => out.push(c),
            }
        }
        if let Some(next) = lines.peek() {
            let cjk =
                line.chars().last().is_some_and(is_cjk) || next.chars().next().is_some_and(is_cjk);
            if !cjk {
                out.push(' ');
            }
        }
    }
    out
}

/// The number in a phrase like 我从五个方面 or 以下三方面, if the text has one.
fn announced_count(text: &str) -> Option<usize> {
    let chars: Vec<char> = text.chars().collect();
    let at = text.find("方面").map(|b| text[..b].chars().count())?;
    let mut end = at;
    if end > 0 && chars[end - 1] == '个' {
        end -= 1;
    }
    let start = (0..end)
        .rev()
        .take_while(|&i| "一二两三四五六七八九十".contains(chars[i]))
        .last()?;
    let word: String = chars[start..end].iter().collect();
    (1..=99).find(|&n| crate::numerals::count(n) == word || crate::numerals::ordinal(n) == word)
}

/// Checks that each `{ID.field}` in `text` names an item and something it has; the templates
/// put the words in.
fn resolve_references(
    text: &mut String,
    targets: &[(String, model::Item)],
) -> Result<(), Box<Diagnostic>> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let reference = &after[..close];
        match reference.split_once('.') {
            Some((id, field)) if !id.is_empty() => {
                let Some((_, item)) = targets.iter().find(|(t, _)| t == id) else {
                    let ids: Vec<&str> = targets.iter().map(|(t, _)| t.as_str()).collect();
                    let mut d =
                        Diagnostic::error(tr!("reference.no-item", reference = reference, id = id));
                    if let Some(near) = closest(id, ids.iter().copied()) {
                        d = d.help(did_you_mean(id, near));
                    }
                    return Err(Box::new(d.help(if ids.is_empty() {
                        tr!("reference.no-item.help-none")
                    } else {
                        tr!("reference.no-item.help-ids", ids = list(&ids))
                    })));
                };
                let step = item.steps().next();
                let known = match field {
                    "who" | "call" => step.is_some(),
                    "what" | "title" => {
                        item.title.is_some() || step.is_some_and(|s| s.what.is_some())
                    }
                    _ => {
                        return Err(Box::new(
                            Diagnostic::error(tr!(
                                "reference.no-field",
                                reference = reference,
                                field = field
                            ))
                            .help(tr!("reference.no-field.help")),
                        ));
                    }
                };
                if !known {
                    return Err(Box::new(Diagnostic::error(tr!(
                        "reference.nothing",
                        reference = reference,
                        id = id,
                        field = field
                    ))));
                }
                // Kept for the templates, which word the person (同志, Dr.).
                out.push('{');
                out.push_str(reference);
                out.push('}');
            }
            // `{count}` and other braces are left for the plan.
            _ => {
                out.push('{');
                out.push_str(reference);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    *text = out;
    Ok(())
}

/// A date written YYYY-MM-DD.
fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    let parts: Vec<&str> = text.split('-').collect();
    let numbers: Option<Vec<i16>> = match parts.as_slice() {
        // Digits only: `+024` and ` 24` would parse as numbers too.
        [y, m, d]
            if y.len() == 4
                && (1..=2).contains(&m.len())
                && (1..=2).contains(&d.len())
                && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) =>
        {
            parts.iter().map(|p| p.parse::<i16>().ok()).collect()
        }
        _ => None,
    };
    let Some(numbers) = numbers else {
        return Err(tr!("date.not-written"));
    };
    let (year, month, day) = (numbers[0], numbers[1], numbers[2]);
    if !(1..=12).contains(&month) {
        return Err(tr!("date.no-month", month = month));
    }
    jiff::civil::Date::new(year, month as i8, day as i8).map_err(|_| {
        tr!(
            "date.no-day",
            day = day,
            year = year,
            month = format!("{month:02}")
        )
    })
}

/// A time written HH:MM (or H:MM) on the 24-hour clock.
fn parse_clock(text: &str) -> Result<model::Clock, String> {
    let Some((h, m)) = text.split_once(':') else {
        return Err(tr!("clock.not-written"));
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(h) || m.len() != 2 || !digits(m) {
        return Err(tr!("clock.not-written"));
    }
    let (hour, minute): (i8, i8) = (h.parse().unwrap_or(99), m.parse().unwrap_or(99));
    let time = jiff::civil::Time::new(hour, minute, 0, 0).map_err(|_| {
        if hour > 23 {
            tr!("clock.no-hour", hour = hour)
        } else {
            tr!("clock.no-minute", minute = minute)
        }
    })?;
    Ok(model::Clock(time.hour() as u32 * 60 + time.minute() as u32))
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

/// Every check of a text's characters, each finding with the index of its character.
fn lint(text: &str) -> Vec<(usize, Diagnostic)> {
    let mut found = characters(text);
    found.extend(lint_chinese(text));
    found
}

/// What a character no text should hold is, and why it matters, or `None` for an ordinary
/// one. Errors: control characters (a Word file holding one does not open; a terminal obeys
/// them), noncharacters, and the bidirectional controls that print the words after them
/// reversed. Warnings: the invisible ones, and private-use characters, which print only in a
/// font that defines them.
fn strange(c: char) -> Option<(bool, String, String)> {
    let breaks = || tr!("char.breaks-word");
    let n = c as u32;
    Some(match c {
        '\t' | '\n' | '\r' => return None,
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => (true, tr!("char.control"), breaks()),
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {
            (true, tr!("char.bidi"), tr!("char.bidi.why"))
        }
        '\u{FDD0}'..='\u{FDEF}' => (true, tr!("char.noncharacter"), breaks()),
        _ if n & 0xFFFE == 0xFFFE => (true, tr!("char.noncharacter"), breaks()),
        '\u{200B}'..='\u{200F}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{AD}'
        | '\u{E0000}'..='\u{E007F}' => (false, tr!("char.invisible"), tr!("char.invisible.why")),
        '\u{E000}'..='\u{E003}' => (false, tr!("char.private"), tr!("char.private-markup.why")),
        '\u{E004}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}' => {
            (false, tr!("char.private"), tr!("char.private.why"))
        }
        _ => return None,
    })
}

/// The strange characters of a text (see [`strange`]), the first of each kind, with its index.
fn characters(text: &str) -> Vec<(usize, Diagnostic)> {
    let mut found: Vec<(usize, Diagnostic)> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (i, c) in text.chars().enumerate() {
        let Some((error, what, why)) = strange(c) else {
            continue;
        };
        if seen.contains(&what) {
            continue;
        }
        let message = tr!(
            "char.strange",
            what = what,
            code = format!("{:04X}", c as u32)
        );
        seen.push(what);
        let d = if error {
            Diagnostic::error(message)
        } else {
            Diagnostic::warning(message)
        };
        found.push((i, d.label(tr!("char.strange.label")).help(why)));
    }
    found
}

/// Warnings for ASCII punctuation and spaces beside Chinese characters, each with the index
/// of the character it is about.
fn lint_chinese(text: &str) -> Vec<(usize, Diagnostic)> {
    const FULL_WIDTH: [(char, char); 8] = [
        (',', '，'),
        ('.', '。'),
        (';', '；'),
        (':', '：'),
        ('?', '？'),
        ('!', '！'),
        ('(', '（'),
        (')', '）'),
    ];
    let chars: Vec<char> = text.chars().collect();
    let mut warnings = Vec::new();
    let mut seen = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let beside_cjk = before.is_some_and(is_cjk) || after.is_some_and(is_cjk);
        if !beside_cjk || seen.contains(&c) {
            continue;
        }
        let full = FULL_WIDTH
            .iter()
            .find(|(ascii, _)| *ascii == c)
            .map(|(_, full)| *full);
        if let Some(full) = full {
            // A decimal point or a list number like "1." is not a full stop.
            if c == '.' && (before.is_some_and(|b| b.is_ascii_digit())) {
                continue;
            }
            seen.push(c);
            warnings.push((
                i,
                Diagnostic::warning(tr!("lint.ascii-punctuation", c = c))
                    .label(tr!("lint.ascii-punctuation.label", full = full))
                    .help(tr!("lint.ascii-punctuation.help", full = full)),
            ));
        } else if c == ' ' && before.is_some_and(is_cjk) && after.is_some_and(is_cjk) {
            seen.push(c);
            warnings.push((
                i,
                Diagnostic::warning(tr!("lint.space"))
                    .label(tr!("lint.space.label"))
                    .help(tr!("lint.space.help")),
            ));
        } else if matches!(c, '"' | '\'') {
            seen.push(c);
            let (open, close) = if c == '"' {
                ('“', '”')
            } else {
                ('‘', '’')
            };
            warnings.push((
                i,
                Diagnostic::warning(tr!("lint.ascii-quotes", c = c))
                    .label(tr!("lint.ascii-quotes.label", open = open, close = close))
                    .help(tr!("lint.ascii-quotes.help", open = open, close = close)),
            ));
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_become_one_line_without_markup() {
        assert_eq!(one_line("学习贯彻\n  会议精神"), "学习贯彻会议精神");
        assert_eq!(one_line("Thank you\n  all"), "Thank you all");
        assert_eq!(one_line("a\tb"), "a b");
        assert_eq!(one_line("讲话\n@title 假标题"), "讲话@title 假标题");
        assert_eq!(one_line("讲\u{E000}话\u{E001}"), "讲话");
        assert_eq!(one_line("讲\r话\r\n会议"), "讲话会议");
    }

    #[test]
    fn strange_characters_are_found_once_a_kind() {
        let found = |t: &str| -> Vec<(usize, bool, String)> {
            characters(t)
                .into_iter()
                .map(|(i, d)| (i, d.is_error(), d.message))
                .collect()
        };
        assert_eq!(
            found("讲\u{7}话\u{1b}\u{202E}会\u{200B}议\u{E123}\u{FFFF}"),
            vec![
                (1, true, "a control character (U+0007) in the text".into()),
                (
                    4,
                    true,
                    "a bidirectional control (U+202E) in the text".into()
                ),
                (
                    6,
                    false,
                    "an invisible character (U+200B) in the text".into()
                ),
                (
                    8,
                    false,
                    "a private-use character (U+E123) in the text".into()
                ),
                (9, true, "a noncharacter (U+FFFF) in the text".into()),
            ]
        );
        assert!(found("各位领导，同志们：\tDr. Smith\n2024年").is_empty());
        // Tag characters spell hidden ASCII.
        assert_eq!(
            found("讲话\u{E0041}"),
            vec![(
                2,
                false,
                "an invisible character (U+E0041) in the text".into()
            )]
        );
    }

    #[test]
    fn dates_and_times_are_checked() {
        assert_eq!(parse_date("2024-03-28").unwrap().to_string(), "2024-03-28");
        assert_eq!(
            parse_date("2024-13-01").unwrap_err(),
            "there is no month 13"
        );
        assert_eq!(
            parse_date("2023-02-29").unwrap_err(),
            "there is no day 29 in 2023-02"
        );
        assert!(parse_date("2024年3月28日").is_err());
        assert!(parse_date("+024-03-28").is_err());
        assert!(parse_date("2024-+3-28").is_err());
        assert!(parse_date("2024-03-+8").is_err());
        assert_eq!(parse_clock("9:05").unwrap().to_string(), "9:05");
        assert_eq!(parse_clock("14:30").unwrap(), model::Clock(14 * 60 + 30));
        assert_eq!(parse_clock("25:00").unwrap_err(), "there is no hour 25");
        assert_eq!(parse_clock("9:60").unwrap_err(), "there is no minute 60");
        assert!(parse_clock("9点").is_err());
        assert!(parse_clock("9:5").is_err());
    }

    #[test]
    fn lint_finds_ascii_punctuation_beside_chinese() {
        let messages = |t: &str| -> Vec<String> {
            lint_chinese(t)
                .into_iter()
                .map(|(_, d)| d.message)
                .collect()
        };
        assert_eq!(messages("学习贯彻,落实"), vec!["ASCII `,` in Chinese text"]);
        assert_eq!(
            messages("各位 同志(们)"),
            vec![
                "a space between Chinese characters",
                "ASCII `(` in Chinese text",
                "ASCII `)` in Chinese text"
            ]
        );
        assert!(messages("QQ群和微信群，2024年3.5亿元").is_empty());
        assert!(messages("Hello, world.").is_empty());
    }
}
