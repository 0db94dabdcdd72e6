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
                Diagnostic::error("this election names no office")
                    .help("write the office elected: `offices: 新一届支部委员会委员`"),
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
                            Diagnostic::error("an office has one seat or more").help(
                                "write how many are elected to it, or leave `seats` out for one",
                            ),
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
                    Diagnostic::error("with several offices, `candidates` does not say whose they are")
                        .help("write each office's candidates under it: `- { office: 委员, seats: 5, candidates: […] }`"),
                );
            } else if !races[0].candidates.is_empty() {
                fail(
                    self,
                    key("candidates"),
                    Diagnostic::error("the candidates are given twice, here and under the office")
                        .help("keep one list"),
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
                Some(format!(
                    "{} has {seats} seats but only {n} candidates",
                    race.office
                ))
            } else {
                match e.method {
                    Some(ElectionMethod::Equal) if n != seats => Some(format!(
                        "an election by 等额 has as many candidates as seats: {} has {n} candidates for {seats} seats",
                        race.office
                    )),
                    Some(ElectionMethod::Competitive) if n == seats => Some(format!(
                        "an election by 差额 has more candidates than seats: {} has {n} for {seats}",
                        race.office
                    )),
                    _ => None,
                }
            };
            if let Some(message) = wrong {
                fail(
                    self,
                    path,
                    Diagnostic::error(message).help(
                        "check `seats` and the candidates, or `method` (等额: as many; 差额: more)",
                    ),
                );
            }
        }
        for (k, given) in [("nominated", &e.nominated), ("order", &e.order)] {
            if given.is_some() && !named {
                fail(
                    self,
                    key(k),
                    super::moves::unused_key(
                        k,
                        "it says how the candidates are read: give `candidates`",
                    ),
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
                        Diagnostic::error(format!(
                            "the chief scrutineer {name} is not among the scrutineers"
                        ))
                        .help("the 总监票人 is one of the 监票人: add the name to `scrutineers`"),
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
                    Diagnostic::error(format!(
                        "{name} stands as a candidate and cannot be among the {k}"
                    ))
                    .help("a candidate does not serve as 监票人 or 计票人: name someone else"),
                );
            }
        }
        if e.scrutineers_nominated_by.is_some() && e.scrutineers_appointed_by.is_some() {
            fail(
                self,
                key("scrutineers_appointed_by"),
                Diagnostic::error("the scrutineers are both nominated (and voted on) and appointed")
                    .help("keep `scrutineers_nominated_by` when the meeting votes on them, `scrutineers_appointed_by` when it does not"),
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
                    Diagnostic::error(format!("this election names no {what} to appoint"))
                        .help(format!("name them under `{what}`, or remove `{k}`")),
                );
            }
        }
        if e.kind == ElectionKind::Preselect && e.majority_of.is_some() {
            fail(
                self,
                key("majority_of"),
                Diagnostic::error("a 预选 elects no one: it has no 当选 and no majority to pass")
                    .help("its result goes to the presidium (预选结果将报大会主席团): remove `majority_of`"),
            );
        }
        let rules = ElectionRules {
            races,
            method: e.method,
            nominated: self.optional(&key("nominated"), &e.nominated),
            order: self.optional(&key("order"), &e.order),
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
