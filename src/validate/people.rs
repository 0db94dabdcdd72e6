//! People: each one's fields checked where they are written (the agenda or a roster), every
//! reference to one resolved by id, the platform in rank order, and the hosts.

use super::{Validator, lint, one_line};
use crate::diagnostic::{Diagnostic, closest, did_you_mean, list};
use crate::model;
use crate::raw::{self, OneOrMany};
use crate::yaml::{self, Checked};

impl Validator<'_> {
    pub(super) fn person_fields(&mut self, id: &str, raw: &raw::Person) {
        let path = format!("people.{id}");
        let lint_at = |v: &mut Self, at: &str, value: &str| {
            let lead = value.chars().take_while(|c| c.is_whitespace()).count();
            for (index, warning) in lint(value.trim()) {
                let span = yaml::find(v.people.root, at).and_then(|n| n.char_span(lead + index));
                match span {
                    Some(span) => v.diagnostics.push(warning.at(at, Some(span))),
                    None => v.report_person(at, warning),
                }
            }
        };
        let check = |v: &mut Self, key: &str, value: &str| {
            let at = format!("{path}.{key}");
            if value.trim().is_empty() {
                v.report_person(
                    &at,
                    Diagnostic::error(crate::tr!("person.empty", key = key, id = id))
                        .help(crate::tr!("person.empty.help")),
                );
            }
            lint_at(v, &at, value);
        };
        check(self, "name", &raw.name);
        for (key, value) in [("title", &raw.title), ("call", &raw.call)] {
            if let Some(value) = value {
                check(self, key, value);
            }
        }
        // An empty honorific asks for none, so only its characters are checked.
        if let Some(Some(value)) = &raw.honorific {
            lint_at(self, &format!("{path}.honorific"), value);
        }
    }

    /// Resolves a reference to a person by id; `path` is where the reference stands.
    pub(super) fn person(&mut self, path: &str, id: &str) -> Option<model::Person> {
        match self.people.map.get(id) {
            Some(Checked::Valid(p)) => Some(model::Person {
                id: id.to_string(),
                name: one_line(p.name.trim()),
                title: p.title.as_ref().map(|t| one_line(t.trim())),
                call: p.call.as_ref().map(|t| one_line(t.trim())),
                honorific: match model::Choice::from_key(&p.honorific) {
                    model::Choice::Given(text) => model::Choice::Given(one_line(&text)),
                    choice => choice,
                },
                rank: p.rank,
            }),
            // Already reported where the person is defined.
            Some(Checked::Invalid) => None,
            None if !self.people.available => None,
            None => {
                // Looked for among the first problems only, as suggestions are (below).
                let named = (self.diagnostics.len() < 100)
                    .then(|| {
                        self.people.map.iter().find_map(|(key, p)| match p {
                            Checked::Valid(p) if p.name.trim() == id.trim() => Some(key.clone()),
                            _ => None,
                        })
                    })
                    .flatten();
                if let Some(key) = named {
                    let field = path
                        .rsplit('.')
                        .next()
                        .unwrap_or(path)
                        .split('[')
                        .next()
                        .unwrap_or_default();
                    let d = Diagnostic::error(crate::tr!(
                        "slip.name-for-id",
                        name = id,
                        id = key,
                        key = field
                    ))
                    .label(crate::tr!("slip.name-for-id.label", id = key))
                    .help(crate::tr!("slip.name-for-id.help", id = key));
                    self.report(path, d);
                    return None;
                }
                let known = self.people.map.keys().map(String::as_str);
                let mut d = Diagnostic::error(crate::tr!("not-a-person", id = id));
                // A suggestion weighs every id: given for the first problems only, so that a
                // file of thousands of wrong references still costs in proportion to its size.
                if self.diagnostics.len() < 100
                    && let Some(near) = closest(id, known.clone())
                {
                    d = d.label(did_you_mean(id, near));
                }
                let d = if self.people.map.is_empty() {
                    d.help(crate::tr!("not-a-person.help-none", id = id))
                } else {
                    let d = d.help(crate::tr!("not-a-person.help-known", known = list(known)));
                    // An id with a character that does not show is a slip, never a person to add.
                    if crate::diagnostic::has_invisible(id) {
                        d
                    } else {
                        d.help(crate::tr!("not-a-person.help-add", id = id))
                    }
                };
                self.report(path, d);
                None
            }
        }
    }

    /// Resolves one id or a list of ids.
    pub(super) fn persons(&mut self, path: &str, ids: &OneOrMany) -> Option<Vec<model::Person>> {
        if ids.0.is_empty() {
            self.report(
                path,
                Diagnostic::error(crate::tr!("persons.none")).help(crate::tr!("persons.none.help")),
            );
            return None;
        }
        let single = ids.0.len() == 1;
        let mut out = Vec::with_capacity(ids.0.len());
        let mut all = true;
        for (i, id) in ids.0.iter().enumerate() {
            let at = if single {
                path.to_string()
            } else {
                format!("{path}[{i}]")
            };
            match self.person(&at, id) {
                Some(p) => out.push(p),
                None => all = false,
            }
        }
        all.then_some(out)
    }

    /// The platform in rank order: by `rank` when every one has one, else as listed.
    pub(super) fn platform(&mut self, ids: &[String]) -> Option<Vec<model::Person>> {
        let mut people = Vec::with_capacity(ids.len());
        let mut all = true;
        for (i, id) in ids.iter().enumerate() {
            match self.person(&format!("meeting.platform[{i}]"), id) {
                Some(p) => people.push(p),
                None => all = false,
            }
        }
        let ranked = people.iter().filter(|p| p.rank.is_some()).count();
        if ranked == people.len() {
            people.sort_by_key(|p| p.rank);
        } else if ranked > 0 {
            self.report(
                "meeting.platform",
                Diagnostic::warning(crate::tr!("platform.some-ranked"))
                    .help(crate::tr!("platform.some-ranked.help")),
            );
        }
        all.then_some(people)
    }

    /// The host who speaks an item or a move: the one it names, or the first; `all` for the
    /// hosts speaking together (labelled 男、女：).
    pub(super) fn item_host(&mut self, path: &str, id: Option<&str>) -> Option<model::Person> {
        self.speaker(path, id, false)
    }

    /// Who speaks a move: a host, the hosts together, or anyone of `people`.
    pub(super) fn move_speaker(&mut self, path: &str, id: &str) -> Option<model::Person> {
        self.speaker(path, Some(id), true)
    }

    fn speaker(
        &mut self,
        path: &str,
        id: Option<&str>,
        speaks_moves: bool,
    ) -> Option<model::Person> {
        match id {
            None => self.hosts.first().cloned(),
            Some("all") if self.hosts.len() > 1 => {
                let calls: Vec<&str> = self
                    .hosts
                    .iter()
                    .map(|h| h.call.as_deref().unwrap_or(&h.name))
                    .collect();
                let first = self.hosts.first()?;
                Some(model::Person {
                    id: "all".into(),
                    name: calls.join("、"),
                    title: None,
                    call: Some(calls.join("、")),
                    honorific: model::Choice::None,
                    rank: first.rank,
                })
            }
            Some(id) => match self.hosts.iter().find(|h| h.id == id) {
                Some(host) => Some(host.clone()),
                // A move may be spoken by anyone of `people` (the secretary reporting a quorum);
                // the script labels it with their title.
                None if speaks_moves && self.people.map.contains_key(id) => {
                    self.person(&format!("{path}.host"), id)
                }
                None => {
                    let ids: Vec<&str> = self.hosts.iter().map(|h| h.id.as_str()).collect();
                    self.report(
                        &format!("{path}.host"),
                        Diagnostic::error(crate::tr!("not-a-host", id = id))
                            .help(crate::tr!("not-a-host.help", ids = list(&ids))),
                    );
                    None
                }
            },
        }
    }
}
