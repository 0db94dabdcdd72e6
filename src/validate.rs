//! Checks the agenda as written and builds the model: resolves every `who` and the host against
//! `people`, enforces what each part needs, and collects every problem instead of stopping at
//! the first. Also warns about text that breaks the genre's written form (ASCII punctuation in
//! Chinese, stray spaces).

use indexmap::IndexMap;

use crate::diagnostic::{Diagnostic, closest, list};
use crate::model;
use crate::raw;
use crate::yaml::{self, Checked, Node};

/// Validates `raw`, whose YAML tree is `root` (used to point at the places of problems).
/// Returns the model when there is no error, and every diagnostic (errors and warnings).
pub fn validate(raw: &raw::Agenda, root: &Node) -> (Option<model::Agenda>, Vec<Diagnostic>) {
    let mut v = Validator {
        root,
        people: &raw.people,
        diagnostics: Vec::new(),
    };
    let agenda = v.agenda(raw);
    let has_errors = v.diagnostics.iter().any(Diagnostic::is_error);
    (agenda.filter(|_| !has_errors), v.diagnostics)
}

struct Validator<'a> {
    root: &'a Node,
    people: &'a IndexMap<String, Checked<raw::Person>>,
    diagnostics: Vec<Diagnostic>,
}

impl Validator<'_> {
    /// Reports a problem at the value at `path`; the document as a whole (`""`) has no place.
    fn report(&mut self, path: &str, diagnostic: Diagnostic) {
        let span = if path.is_empty() {
            None
        } else {
            yaml::locate(self.root, path)
        };
        self.diagnostics.push(diagnostic.at(path, span));
    }

    fn agenda(&mut self, raw: &raw::Agenda) -> Option<model::Agenda> {
        let meeting = match &raw.meeting {
            Some(meeting) => meeting.valid().and_then(|m| self.meeting(m)),
            None => {
                self.report(
                    "",
                    Diagnostic::error("the agenda has no `meeting` section")
                        .help("add `meeting:` with at least `title:`, the meeting's name"),
                );
                None
            }
        };
        for (id, person) in self.people {
            if let Some(person) = person.valid() {
                self.person_fields(id, person);
            }
        }
        let host = match &raw.host {
            Some(host) => host.valid().and_then(|id| self.person("host", id)),
            None => {
                self.report(
                    "",
                    Diagnostic::error("the agenda does not say who hosts the meeting")
                        .help("add `host: ID`, naming one of the people under `people:`"),
                );
                None
            }
        };
        let items = match &raw.agenda {
            Some(items) => items.valid().and_then(|items| self.items(items)),
            None => {
                self.report(
                    "",
                    Diagnostic::error("the agenda has no `agenda` list of items")
                        .help("add `agenda:` with one `- ` entry for each item of the meeting"),
                );
                None
            }
        };
        let closing = match &raw.closing {
            Some(closing) => closing.valid().and_then(|c| self.closing(c)),
            None => Some(model::Closing::default()),
        };
        Some(model::Agenda {
            meeting: meeting?,
            host: host?,
            items: items?,
            closing: closing?,
        })
    }

    fn meeting(&mut self, raw: &raw::Meeting) -> Option<model::Meeting> {
        let title = self.text("meeting.title", &raw.title);
        let salutation = raw
            .salutation
            .as_ref()
            .map(|s| self.text("meeting.salutation", s));
        let purpose = self.texts("meeting.purpose", &raw.purpose);
        let tasks = self.texts("meeting.tasks", &raw.tasks);
        Some(model::Meeting {
            title,
            language: raw.language,
            salutation,
            purpose,
            tasks,
            mark_last_item: raw.mark_last_item,
        })
    }

    fn person_fields(&mut self, id: &str, raw: &raw::Person) {
        let path = format!("people.{id}");
        self.text(&format!("{path}.name"), &raw.name);
        for (key, value) in [("title", &raw.title), ("call", &raw.call)] {
            if let Some(value) = value {
                self.text(&format!("{path}.{key}"), value);
            }
        }
    }

    /// Resolves a reference to a person by id; `path` is where the reference stands.
    fn person(&mut self, path: &str, id: &str) -> Option<model::Person> {
        match self.people.get(id) {
            Some(Checked::Valid(p)) => Some(model::Person {
                id: id.to_string(),
                name: p.name.trim().to_string(),
                title: p.title.as_ref().map(|t| t.trim().to_string()),
                call: p.call.as_ref().map(|t| t.trim().to_string()),
                honorific: p
                    .honorific
                    .as_ref()
                    .map(|h| h.trim().to_string())
                    .filter(|h| !h.is_empty()),
            }),
            // Already reported where the person is defined.
            Some(Checked::Invalid) => None,
            None => {
                let known: Vec<&str> = self.people.keys().map(String::as_str).collect();
                let mut d = Diagnostic::error(format!("`{id}` is not one of the people"));
                if let Some(near) = closest(id, known.iter().copied()) {
                    d = d.label(format!("did you mean `{near}`?"));
                }
                let d = if known.is_empty() {
                    d.help(format!(
                        "add a `people:` section with `{id}: {{ name: …, title: … }}`"
                    ))
                } else {
                    d.help(format!("the people are {}", list(&known)))
                        .help(format!(
                            "or add `{id}: {{ name: …, title: … }}` under `people:`"
                        ))
                };
                self.report(path, d);
                None
            }
        }
    }

    fn items(&mut self, items: &[Checked<raw::Item>]) -> Option<Vec<model::Item>> {
        if items.is_empty() {
            self.report(
                "agenda",
                Diagnostic::error("the agenda has no items")
                    .label("this list is empty")
                    .help("add at least one item, such as `- { who: ID, does: 讲话 }`"),
            );
            return None;
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
            if let Some(id) = &item.id {
                if let Some(first) = ids.insert(id, i) {
                    self.report(
                        &format!("{path}.id"),
                        Diagnostic::error(format!(
                            "item id `{id}` is already used by item {}",
                            first + 1
                        ))
                        .help("give each item its own id"),
                    );
                }
            }
            match self.item(&path, item) {
                Some(item) => out.push(item),
                None => all_valid = false,
            }
        }
        all_valid.then_some(out)
    }

    fn item(&mut self, path: &str, raw: &raw::Item) -> Option<model::Item> {
        let title = raw
            .title
            .as_ref()
            .map(|t| self.text(&format!("{path}.title"), t));
        let inline = raw.who.is_some() || raw.does.is_some() || raw.what.is_some();
        let steps = match (&raw.steps, inline) {
            (Some(_), true) => {
                self.report(
                    path,
                    Diagnostic::error("this item has both `steps` and its own `who`/`does`/`what`")
                        .help("move `who`, `does` and `what` into an entry of `steps`, or drop `steps`"),
                );
                None
            }
            (Some(steps), false) => self.steps(path, steps),
            (None, true) => self.inline_step(path, raw).map(|s| vec![s]),
            (None, false) => {
                self.report(
                    path,
                    Diagnostic::error("this item says nobody who does anything")
                        .label("add `who` and `does`, or `steps`")
                        .help("for one speaker: `- { who: ID, does: 讲话 }`")
                        .help(
                            "for several: `steps:` with one `- { who: ID, does: …, what: … }` each",
                        ),
                );
                None
            }
        };
        Some(model::Item {
            id: raw.id.clone(),
            title,
            steps: steps?,
            minutes: raw.minutes,
        })
    }

    fn inline_step(&mut self, path: &str, raw: &raw::Item) -> Option<model::Step> {
        let (Some(who), Some(does)) = (&raw.who, &raw.does) else {
            let missing = if raw.who.is_none() { "who" } else { "does" };
            self.report(
                path,
                Diagnostic::error(format!("this item is missing `{missing}`"))
                    .label(format!("add `{missing}:` here"))
                    .help("an item with one speaker needs `who` (an id from `people`) and `does` (the verb, like 讲话 or 传达)"),
            );
            return None;
        };
        self.step_parts(path, who, does, raw.what.as_deref(), raw.minutes)
    }

    fn steps(&mut self, path: &str, steps: &[Checked<raw::Step>]) -> Option<Vec<model::Step>> {
        if steps.is_empty() {
            self.report(
                &format!("{path}.steps"),
                Diagnostic::error("this item's `steps` list is empty")
                    .help("add one `- { who: ID, does: …, what: … }` for each person who speaks"),
            );
            return None;
        }
        let mut out = Vec::with_capacity(steps.len());
        let mut all_valid = true;
        for (i, step) in steps.iter().enumerate() {
            let step_path = format!("{path}.steps[{i}]");
            let step = step.valid().and_then(|s| {
                self.step_parts(&step_path, &s.who, &s.does, s.what.as_deref(), s.minutes)
            });
            match step {
                Some(step) => out.push(step),
                None => all_valid = false,
            }
        }
        all_valid.then_some(out)
    }

    fn step_parts(
        &mut self,
        path: &str,
        who: &str,
        does: &str,
        what: Option<&str>,
        minutes: Option<u32>,
    ) -> Option<model::Step> {
        let person = self.person(&format!("{path}.who"), who);
        let does = self.text(&format!("{path}.does"), does);
        let what = what.map(|w| self.text(&format!("{path}.what"), w));
        Some(model::Step {
            who: person?,
            does,
            what,
            minutes,
        })
    }

    fn closing(&mut self, raw: &raw::Closing) -> Option<model::Closing> {
        let address = raw
            .address
            .as_ref()
            .map(|a| self.text("closing.address", a));
        let recap = raw.recap.as_ref().map(|r| self.text("closing.recap", r));
        let hopes = raw.hopes.as_ref().map(|h| self.text("closing.hopes", h));
        let mut points = Vec::with_capacity(raw.points.len());
        let mut all_valid = true;
        for (i, point) in raw.points.iter().enumerate() {
            let Some(point) = point.valid() else {
                all_valid = false;
                continue;
            };
            let path = format!("closing.points[{i}]");
            points.push(model::Point {
                heading: self.text(&format!("{path}.heading"), &point.heading),
                body: point
                    .body
                    .as_ref()
                    .map(|b| self.text(&format!("{path}.body"), b)),
            });
        }
        all_valid.then_some(model::Closing {
            address,
            recap,
            hopes,
            points,
            numbering: raw.numbering,
        })
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
                Diagnostic::error(format!("`{path}` is empty"))
                    .help("write the text, or delete the key if it is optional"),
            );
        }
        for warning in lint_chinese(trimmed) {
            self.report(path, warning);
        }
        trimmed.to_string()
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

/// Warnings for ASCII punctuation and spaces beside Chinese characters.
fn lint_chinese(text: &str) -> Vec<Diagnostic> {
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
            warnings.push(
                Diagnostic::warning(format!("ASCII `{c}` in Chinese text"))
                    .help(format!("Chinese text uses the full-width `{full}`")),
            );
        } else if c == ' ' && before.is_some_and(is_cjk) && after.is_some_and(is_cjk) {
            seen.push(c);
            warnings.push(
                Diagnostic::warning("a space between Chinese characters")
                    .help("Chinese text has no spaces between characters; delete it"),
            );
        }
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lint_finds_ascii_punctuation_beside_chinese() {
        let messages =
            |t: &str| -> Vec<String> { lint_chinese(t).into_iter().map(|d| d.message).collect() };
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
