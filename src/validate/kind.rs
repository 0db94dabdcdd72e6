//! The kind of event and its words (`meeting.kind`, `meeting.words`, the old `frame`,
//! `measure` and `declare`), the collocations they must keep, and what a written opening must
//! say of the meeting's keys.

use super::{Validator, shorthand};
use crate::diagnostic::{Diagnostic, closest, did_you_mean, list};
use crate::model;
use crate::raw;

impl Validator<'_> {
    /// The kind of event and its words: the kind's from the vocabulary, then the agenda's
    /// `frame`, `measure` and `declare`, then its `words`.
    pub(super) fn kind(&mut self, raw: &raw::Meeting) -> Option<(String, model::Words)> {
        // Without `kind`, the longest kind the title ends with (……表彰大会, ……座谈会).
        // A Chinese title by its ending (……表彰大会); an English one by the longest kind it names
        // in words, whatever their case (2026 Spring Commencement of Lakeside College).
        let english = raw.language == model::Language::En;
        let title = match english {
            true => format!(
                " {} ",
                raw.title
                    .trim()
                    .to_lowercase()
                    .replace(|c: char| !c.is_alphanumeric(), " ")
            ),
            false => raw.title.trim().to_string(),
        };
        let title = title.as_str();
        let by_title = self
            .kinds
            .keys()
            .filter(|k| match english {
                true => title.contains(&format!(" {k} ")),
                false => title.ends_with(k.as_str()),
            })
            .max_by_key(|k| k.chars().count());
        let default = match (raw.language, raw.frame.as_deref(), by_title) {
            (model::Language::En, _, Some(kind)) => kind.as_str(),
            (model::Language::En, ..) => "meeting",
            (_, Some("仪式"), _) => "仪式",
            (_, _, Some(kind)) => kind.as_str(),
            _ => "会议",
        };
        let kind = raw.kind.as_deref().map_or(default, str::trim).to_string();
        let kind = kind.as_str();
        let Some(base) = self.kinds.get(kind) else {
            let known: Vec<&str> = self.kinds.keys().map(String::as_str).collect();
            let mut d = Diagnostic::error(crate::tr!("kind.unknown", kind = kind));
            if let Some(near) = closest(kind, known.iter().copied()) {
                d = d.label(did_you_mean(kind, near));
            }
            self.report(
                "meeting.kind",
                d.help(crate::tr!("kind.unknown.help", kinds = list(&known)))
                    .help(crate::tr!("kind.unknown.help-words")),
            );
            return None;
        };
        let mut words = base.clone();
        // The body's words of a show of hands, whatever the kind of sitting: a party body says
        // 同意/不同意, a people's congress and a political consultative conference 赞成/反对.
        if !english && let Some(body) = body_votes(title).and_then(|k| self.kinds.get(k)) {
            words.yes = body.yes.clone();
            words.no = body.no.clone();
        }
        // A session opens (开幕) at its first sitting; a later sitting only starts: 现在开会。
        if !english && words.declare.as_deref() == Some("announce-open") && later_sitting(title) {
            words.declare = Some("open".to_string());
        }
        if let Some(frame) = &raw.frame {
            words.frame = Some(frame.trim().to_string());
        }
        if let Some(measure) = &raw.measure {
            words.measure = Some(measure.trim().to_string());
        }
        if let Some(declare) = raw.declare {
            let word = words.declare.clone().unwrap_or_default();
            words.declare = Some(shorthand::declare_word(
                declare,
                &word,
                raw.frame.as_deref(),
            ));
        }
        if let Some(given) = &raw.words {
            macro_rules! over {
                ($($field:ident),*) => {$(
                    if let Some(w) = &given.$field {
                        words.$field = Some(self.text(concat!("meeting.words.", stringify!($field)), w));
                    }
                )*};
            }
            over!(
                noun, verb, declare, measure, transition, done, ending, address, yes, no
            );
            if let Some(numbered) = given.numbered {
                words.numbered = Some(numbered);
            }
            if let Some(invite) = &given.invite {
                words.invite = Some(invite.trim().to_string());
            }
            if let Some(article) = &given.article {
                words.article = Some(article.trim().to_string());
            }
            // The frame may be empty: 首先进行第一项议程.
            if let Some(frame) = &given.frame {
                words.frame = Some(frame.trim().to_string());
            }
        }
        let closed: [(&str, &Option<String>, &[&str]); 4] = [
            (
                "transition",
                &words.transition,
                &["agenda", "ceremony", "bare"],
            ),
            (
                "declare",
                &words.declare,
                &[
                    "open",
                    "start",
                    "announce-start",
                    "announce-begin",
                    "announce-open",
                    "hold",
                ],
            ),
            ("done", &words.done, &["finished", "completed"]),
            (
                "ending",
                &words.ending,
                &[
                    "adjourn",
                    "recess",
                    "close",
                    "close-adjourn",
                    "end",
                    "here",
                    "announce-end",
                ],
            ),
        ];
        for (key, value, options) in closed {
            if let Some(value) = value
                && !options.contains(&value.as_str())
            {
                self.report(
                    &format!("meeting.words.{key}"),
                    Diagnostic::error(crate::tr!("kind.word-unknown", value = value, key = key))
                        .help(crate::tr!(
                            "kind.word-unknown.help",
                            options = list(options)
                        )),
                );
            }
        }
        self.collocations(raw, &words);
        Some((kind.to_string(), words))
    }

    /// Warns about words that do not go together (E4): 召开 with a 仪式 or 典礼, and 开幕 for
    /// an event that is not a session or a congress.
    pub(super) fn collocations(&mut self, raw: &raw::Meeting, words: &model::Words) {
        let title = raw.title.trim();
        let ceremony = ["仪式", "典礼"].iter().find(|w| title.ends_with(*w));
        if let Some(ceremony) = ceremony
            && words.verb.as_deref().is_some_and(|v| v.contains("召开"))
        {
            self.report(
                "meeting.title",
                Diagnostic::warning(crate::tr!("kind.held-not-convened", ceremony = ceremony))
                    .help(crate::tr!(
                        "kind.held-not-convened.help",
                        ceremony = ceremony
                    )),
            );
        }
        let opens = ["会议", "大会", "代表大会"];
        if words.declare.as_deref() == Some("announce-open")
            && (title.ends_with("座谈会") || ceremony.is_some())
            && !opens.iter().any(|w| title.ends_with(w))
        {
            self.report(
                "meeting.title",
                Diagnostic::warning(crate::tr!("kind.opens-declared"))
                    .help(crate::tr!("kind.opens-declared.help")),
            );
        }
    }

    /// With the opening written as moves, every key of the meeting's that only the opening says
    /// must be said by one of its moves: a key no move reads would be dropped.
    pub(super) fn meeting_keys_said(&mut self, meeting: &raw::Meeting, moves: &[model::Move]) {
        let has = |kind: &str| moves.iter().any(|m| m.what.name() == kind);
        let read = |key: &str| self.defaults.read.contains(key);
        let keys: [(&str, bool, bool, &str); 11] = [
            (
                "convened_by",
                meeting.convened_by.is_some(),
                read("convened_by"),
                "convene",
            ),
            (
                "purpose",
                !meeting.purpose.is_empty(),
                read("purpose"),
                "convene",
            ),
            ("tasks", !meeting.tasks.is_empty(), read("tasks"), "convene"),
            (
                "platform",
                !meeting.platform.is_empty(),
                read("platform"),
                "platform",
            ),
            (
                "guests",
                !meeting.guests.is_empty(),
                read("guests"),
                "guests",
            ),
            (
                "welcome",
                meeting.welcome.is_some(),
                read("welcome"),
                "welcome",
            ),
            ("quorum", meeting.quorum.is_some(), read("quorum"), "quorum"),
            (
                "declare",
                meeting.declare.is_some(),
                has("declare"),
                "declare",
            ),
            (
                "overview",
                meeting.overview != raw::Overview::Count,
                has("overview"),
                "overview",
            ),
            (
                "attention",
                meeting.attention.is_some(),
                read("attention"),
                "attention",
            ),
            (
                "discipline",
                meeting.discipline.is_some(),
                read("discipline"),
                "discipline",
            ),
        ];
        let mut unsaid: Vec<(&str, &str)> = keys
            .iter()
            .filter(|(_, given, said, _)| *given && !*said)
            .map(|(key, _, _, kind)| (*key, *kind))
            .collect();
        if !meeting.opening.is_empty() {
            unsaid.push(("opening", "say: …"));
        }
        for (key, kind) in unsaid {
            self.report(
                &format!("meeting.{key}"),
                Diagnostic::error(crate::tr!("kind.unsaid", key = key))
                    .help(crate::tr!("kind.unsaid.help", kind = kind)),
            );
        }
    }
}

/// Whether a title names a sitting after a session's first: ……第三次全体会议.
fn later_sitting(title: &str) -> bool {
    title
        .strip_suffix("次全体会议")
        .and_then(|rest| rest.rsplit_once('第'))
        .is_some_and(|(_, number)| !number.is_empty() && number != "一")
}

/// The kind whose words of a show of hands the body a title names uses, whatever the kind of
/// its sitting: a party body (中国共产党……) a 党员大会's, a people's congress or a CPPCC
/// (……人民代表大会……, 政协……) a 全体会议's (the words themselves are in kinds.yaml).
fn body_votes(title: &str) -> Option<&'static str> {
    if title.starts_with("中国共产党") || title.starts_with("中共") {
        Some("党员大会")
    } else if ["人民代表大会", "政治协商会议", "政协"]
        .iter()
        .any(|body| title.contains(body))
    {
        Some("全体会议")
    } else {
        None
    }
}
