//! Checks an election as written: its offices with their seats and candidates, who the
//! scrutineers are and how they come, and what the procedure allows (预选 elects no one, a
//! 差额 election has more candidates than seats, the chief scrutineer is a scrutineer).

use super::Validator;
use crate::diagnostic::Diagnostic;
use crate::model::{
    MoveKind,
    moves::{Candidate, ElectionKind, ElectionMethod, ElectionRules, Race},
};
use crate::raw::moves::{self as raw, OfficeEntry};
use crate::tr;

impl Validator<'_> {
    /// The election move at `at`, or `None` when it is wrong (every problem reported).
    pub(super) fn election(&mut self, at: &str, e: &raw::Election) -> Option<MoveKind> {
        let key = |k: &str| format!("{at}.{k}");
        let mut ok = true;
        let mut fail = |v: &mut Self, path: String, d: Diagnostic| {
            v.report(&path, d);
            ok = false;
        };
        if e.offices.0.is_empty() {
            fail(
                self,
                key("offices"),
                Diagnostic::error(tr!("election.no-office")).help(tr!(
                    "election.no-office.help",
                    example = self.example("新一届支部委员会委员", "Board of Directors")
                )),
            );
            return None;
        }
        let several = e.offices.0.len() > 1;
        let default_seats = e.seats.unwrap_or(1).max(1);
        let mut races = Vec::with_capacity(e.offices.0.len());
        for (i, entry) in e.offices.0.iter().enumerate() {
            let path = if several {
                format!("{at}.offices[{i}]")
            } else {
                key("offices")
            };
            let race = match entry {
                OfficeEntry::Name(name) => Race::plain(&self.text(&path, name), default_seats),
                OfficeEntry::Race(r) => {
                    if r.seats == Some(0) {
                        fail(
                            self,
                            format!("{path}.seats"),
                            Diagnostic::error(tr!("election.no-seat"))
                                .help(tr!("election.no-seat.help")),
                        );
                    }
                    Race {
                        office: self.text(&format!("{path}.office"), &r.office),
                        seats: r.seats.unwrap_or(default_seats).max(1),
                        candidates: self
                            .candidates(&format!("{path}.candidates"), &r.candidates)?,
                        ballot: self.optional(&format!("{path}.ballot"), &r.ballot),
                    }
                }
            };
            races.push(race);
        }
        if !e.candidates.is_empty() {
            if several {
                fail(
                    self,
                    key("candidates"),
                    Diagnostic::error(tr!("election.candidates.whose")).help(tr!(
                        "election.candidates.whose.help",
                        office = self.example("委员", "Director")
                    )),
                );
            } else if !races[0].candidates.is_empty() {
                fail(
                    self,
                    key("candidates"),
                    Diagnostic::error(tr!("election.candidates.twice"))
                        .help(tr!("election.candidates.twice.help")),
                );
            } else {
                races[0].candidates = self.candidates(&key("candidates"), &e.candidates)?;
            }
        }
        let named = races.iter().any(|r| !r.candidates.is_empty());
        for (i, race) in races.iter().enumerate() {
            let path = if several {
                format!("{at}.offices[{i}]")
            } else {
                key("offices")
            };
            let (n, seats) = (race.candidates.len() as u32, race.seats);
            if n == 0 {
                continue;
            }
            let wrong = if n < seats {
                Some(tr!(
                    "election.too-few",
                    office = race.office,
                    seats = seats,
                    n = n
                ))
            } else {
                match e.method {
                    Some(ElectionMethod::Equal) if n != seats => Some(tr!(
                        "election.equal",
                        office = race.office,
                        seats = seats,
                        n = n
                    )),
                    Some(ElectionMethod::Competitive) if n == seats => Some(tr!(
                        "election.competitive",
                        office = race.office,
                        seats = seats,
                        n = n
                    )),
                    _ => None,
                }
            };
            // The 选举工作条例: a 党员大会 elects its committee with a margin of at least 20%.
            if wrong.is_none() && self.kind == "党员大会" && n > seats && (n - seats) * 5 < seats
            {
                self.report(
                    &path,
                    Diagnostic::warning(tr!(
                        "election.margin",
                        office = race.office,
                        seats = seats,
                        n = n
                    ))
                    .help(tr!("election.margin.help", least = seats.div_ceil(5))),
                );
            }
            if let Some(message) = wrong {
                fail(
                    self,
                    path,
                    Diagnostic::error(message).help(tr!("election.count.help")),
                );
            }
        }
        for (k, given) in [
            ("nominated", e.nominated.is_some()),
            ("order", e.order.is_some()),
            ("confirm", e.confirm),
        ] {
            if given && !named {
                fail(
                    self,
                    key(k),
                    super::moves::unused_key(k, &tr!("election.unread")),
                );
            }
        }
        let scrutineers = self.names_or_none(&key("scrutineers"), &e.scrutineers)?;
        let counters = self.names_or_none(&key("counters"), &e.counters)?;
        let chief = match &e.chief {
            Some(c) => {
                let name = self.names_or_none(&key("chief"), std::slice::from_ref(c))?;
                let name = name.into_iter().next().unwrap_or_default();
                if !scrutineers.contains(&name) {
                    fail(
                        self,
                        key("chief"),
                        Diagnostic::error(tr!("election.chief", name = name))
                            .help(tr!("election.chief.help")),
                    );
                }
                Some(name)
            }
            None => None,
        };
        let standing: Vec<&str> = ballot_candidates(&races).collect();
        for (k, list) in [("scrutineers", &scrutineers), ("counters", &counters)] {
            if let Some(name) = list.iter().find(|n| standing.contains(&n.as_str())) {
                fail(
                    self,
                    key(k),
                    Diagnostic::error(tr!(
                        "election.candidate-serves",
                        name = name,
                        role = role(k)
                    ))
                    .help(tr!("election.candidate-serves.help")),
                );
            }
        }
        if e.scrutineers_nominated_by.is_some() && e.scrutineers_appointed_by.is_some() {
            fail(
                self,
                key("scrutineers_appointed_by"),
                Diagnostic::error(tr!("election.scrutineers.both"))
                    .help(tr!("election.scrutineers.both.help")),
            );
        }
        for (k, given, list, what) in [
            (
                "scrutineers_nominated_by",
                &e.scrutineers_nominated_by,
                &scrutineers,
                "scrutineers",
            ),
            (
                "scrutineers_appointed_by",
                &e.scrutineers_appointed_by,
                &scrutineers,
                "scrutineers",
            ),
            (
                "counters_appointed_by",
                &e.counters_appointed_by,
                &counters,
                "counters",
            ),
        ] {
            if given.is_some() && list.is_empty() {
                fail(
                    self,
                    key(k),
                    Diagnostic::error(tr!("election.none-to-appoint", key = what)).help(tr!(
                        "election.none-to-appoint.help",
                        key = what,
                        by = k
                    )),
                );
            }
        }
        if e.kind == ElectionKind::Preselect && e.majority_of.is_some() {
            fail(
                self,
                key("majority_of"),
                Diagnostic::error(tr!("election.preselect.majority"))
                    .help(tr!("election.preselect.majority.help")),
            );
        }
        for (k, given) in [
            ("expected", e.expected.is_some()),
            ("rule", e.rule.is_some()),
        ] {
            if given && !e.head_count {
                fail(
                    self,
                    key(k),
                    super::moves::unused_key(k, &tr!("election.head-count-only")),
                );
            }
        }
        let rules = ElectionRules {
            races,
            method: e.method,
            nominated: self.optional(&key("nominated"), &e.nominated),
            order: self.optional(&key("order"), &e.order),
            confirm: e.confirm,
            chief,
            scrutineers_nominated_by: self.optional(
                &key("scrutineers_nominated_by"),
                &e.scrutineers_nominated_by,
            ),
            scrutineers_appointed_by: self.optional(
                &key("scrutineers_appointed_by"),
                &e.scrutineers_appointed_by,
            ),
            counters_appointed_by: self
                .optional(&key("counters_appointed_by"), &e.counters_appointed_by),
            head_count: e.head_count,
            voters: self.optional(&key("voters"), &e.voters),
            expected: e.expected,
            rule: self.optional(&key("rule"), &e.rule),
            check_ballots: e.check_ballots,
            void_spare: e.void_spare,
            instructions: self.texts(&key("instructions"), &e.instructions),
            votes: e.votes,
            majority_of: self.optional(&key("majority_of"), &e.majority_of),
        };
        ok.then(|| MoveKind::Election {
            offices: rules.races.iter().map(|r| r.office.clone()).collect(),
            scrutineers,
            counters,
            election: e.kind,
            seats: default_seats,
            rules,
        })
    }

    /// Candidates: an id gives its person's name and title (the post held now).
    fn candidates(&mut self, path: &str, written: &[raw::Candidate]) -> Option<Vec<Candidate>> {
        let mut out = Vec::with_capacity(written.len());
        for (i, c) in written.iter().enumerate() {
            let at = format!("{path}[{i}]");
            out.push(match c {
                raw::Candidate::Named(id) if self.is_person(id) => {
                    let p = self.person(&at, id)?;
                    Candidate {
                        name: p.name,
                        post: p.title,
                    }
                }
                raw::Candidate::Named(name) => Candidate {
                    name: self.text(&at, name),
                    post: None,
                },
                raw::Candidate::WithPost(c) => Candidate {
                    name: self.text(&format!("{at}.name"), &c.name),
                    post: Some(self.text(&format!("{at}.post"), &c.post)),
                },
            });
        }
        Some(out)
    }

    /// Names written as ids or as names, none allowed.
    fn names_or_none(&mut self, path: &str, written: &[String]) -> Option<Vec<String>> {
        if written.is_empty() {
            return Some(Vec::new());
        }
        self.names(path, written)
    }
}

/// The names of every office's candidates.
fn ballot_candidates(races: &[Race]) -> impl Iterator<Item = &str> {
    races
        .iter()
        .flat_map(|r| r.candidates.iter().map(|c| c.name.as_str()))
}

/// What the scrutineers or the counters are called, in the language of messages.
fn role(key: &str) -> String {
    match key {
        "scrutineers" => tr!("election.role.scrutineers"),
        _ => tr!("election.role.counters"),
    }
}
