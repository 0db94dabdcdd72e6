//! The compiler's stages in order: load → validate → plan → schedule → render. Each stage is
//! its own module; this one only chains them and gathers the diagnostics, each pointed at its
//! place in the agenda.

use anyhow::Result;

use crate::diagnostic::Diagnostic;
use crate::document;
use crate::format::{self, Format, Layout, Paper, ReferenceDoc};
use crate::library::Library;
use crate::load::{self, Source};
use crate::plan::{self, Plan};
use crate::raw;
use crate::render::Renderer;
use crate::schedule;
use crate::validate;
use crate::yaml;
use indexmap::IndexMap;

/// The documents emcee writes from one agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Doc {
    /// The host's script (主持词).
    Script,
    /// The agenda handout for participants (会议议程).
    Handout,
    /// The run sheet for the staff, with clock times and cues (会务流程).
    Runsheet,
    /// A leader's speech given in the meeting (讲话稿).
    Speech,
    /// A report read out in the meeting (工作报告, 研判报告).
    Report,
    /// Everything for the leader's folder: the handout, the script, then every speech and
    /// report, each on a new page.
    Packet,
}

impl Doc {
    pub fn name(self) -> &'static str {
        match self {
            Doc::Script => "script",
            Doc::Handout => "handout",
            Doc::Runsheet => "runsheet",
            Doc::Speech => "speech",
            Doc::Report => "report",
            Doc::Packet => "packet",
        }
    }

    /// The template for this document in the plan's language, like `zh-CN/handout.txt.j2`
    /// (speeches and reports share `text.txt.j2`).
    pub fn template(self, plan: &Plan) -> String {
        let name = match self {
            Doc::Speech | Doc::Report => "text",
            other => other.name(),
        };
        format!("{}/{}.txt.j2", plan.language, name)
    }

    /// The speech or report this document is: the one of item `id`, or the first of its kind.
    fn text<'p>(self, plan: &'p Plan, id: Option<&str>) -> Result<Option<&'p plan::Text>> {
        let (kind, key) = match self {
            Doc::Speech => (crate::model::TextKind::Speech, "speech"),
            Doc::Report => (crate::model::TextKind::Report, "report"),
            _ => return Ok(None),
        };
        let name = match kind {
            crate::model::TextKind::Speech => crate::tr!("pipeline.text.speech"),
            _ => crate::tr!("pipeline.text.report"),
        };
        let found = plan
            .texts
            .iter()
            .filter(|t| t.kind == kind)
            .find(|t| id.is_none() || t.id.as_deref() == id);
        match found {
            Some(text) => Ok(Some(text)),
            None => {
                let have: Vec<String> = plan
                    .texts
                    .iter()
                    .filter(|t| t.kind == kind)
                    .filter_map(|t| t.id.clone())
                    .collect();
                match id {
                    Some(id) => {
                        let have = crate::diagnostic::list(&have);
                        let have = match kind {
                            _ if have.is_empty() => String::new(),
                            crate::model::TextKind::Speech => {
                                crate::tr!("pipeline.texts-are-in.speech", have = have)
                            }
                            _ => crate::tr!("pipeline.texts-are-in.report", have = have),
                        };
                        anyhow::bail!(
                            "{}{have}",
                            crate::tr!("pipeline.no-text-id", name = name, id = id)
                        )
                    }
                    None => anyhow::bail!(crate::tr!("pipeline.no-text", name = name, kind = key)),
                }
            }
        }
    }
}

/// An agenda taken as far as it goes: the scheduled plan when the agenda is valid, and every
/// diagnostic (errors and warnings), in the order of the file.
#[derive(Debug)]
pub struct Analysis {
    pub plan: Option<Plan>,
    pub diagnostics: Vec<Diagnostic>,
    /// The files read: the agenda first, then the templates it extends and its roster.
    /// A diagnostic's `source` is an index into this.
    pub sources: Vec<Source>,
}

impl Analysis {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Loads, validates, plans and schedules an agenda's text (and its roster file, if it names
/// one: diagnostics with `source` 1 are in it). Template errors (from measuring the host's
/// lines) are returned as `Err`.
pub fn analyze(source: &Source, renderer: &Renderer, library: &Library) -> Result<Analysis> {
    let mut sources = vec![source.clone()];
    let parsed = load::parse(source, library, &mut sources);
    let mut diagnostics = parsed.diagnostics;
    if let Some(encoding) = source.encoding {
        diagnostics.push(
            Diagnostic::warning(crate::tr!("pipeline.encoding", encoding = encoding))
                .help(crate::tr!("pipeline.encoding.help")),
        );
    }
    if let Some(root) = &parsed.root {
        diagnostics.extend(placeholders(root));
    }
    let (Some(raw), Some(root)) = (parsed.raw, &parsed.root) else {
        return Ok(Analysis {
            plan: None,
            diagnostics,
            sources,
        });
    };
    let empty = IndexMap::new();
    let mut roster_parsed = None;
    let mut roster_source = 0;
    let mut available = true;
    if let Some(raw::People::Roster(path)) = &raw.people {
        let index = u16::try_from(sources.len()).unwrap_or(u16::MAX);
        match load::roster(source, path, index) {
            Ok((roster, parsed)) => {
                diagnostics.extend(parsed.diagnostics.iter().cloned());
                roster_source = sources.len();
                sources.push(roster);
                roster_parsed = Some((parsed.root, parsed.raw));
            }
            Err(e) => {
                available = false;
                let d = Diagnostic::error(crate::tr!(
                    "pipeline.roster-unread",
                    reason = e.diagnostic.message
                ))
                .help(crate::tr!("pipeline.roster-unread.help", path = path));
                let span = yaml::locate(root, "people");
                diagnostics.push(d.at("people", span));
            }
        }
    }
    let people_root = match &roster_parsed {
        Some((Some(root), _)) => root,
        _ => root,
    };
    let people = validate::People {
        map: match (&raw.people, &roster_parsed) {
            (Some(raw::People::Inline(map)), _) => map,
            (Some(raw::People::Roster(_)), Some((_, Some(roster)))) => &roster.people,
            _ => &empty,
        },
        root: people_root,
        source: roster_source,
        available,
    };
    let texts = text_files(&raw, root, source, &mut sources, &mut diagnostics);
    let language = raw
        .meeting
        .as_ref()
        .and_then(|m| m.valid())
        .map(|m| m.language)
        .unwrap_or_default();
    let kinds = renderer.kinds(language.code())?;
    let (agenda, found) = validate::validate(&raw, root, people, &texts, &kinds);
    diagnostics.extend(found);
    // What was read is held in the model now: freed before the plan is rendered, when memory
    // peaks (a large agenda's raw items are a tenth of it).
    drop((raw, roster_parsed, texts));
    let agenda = agenda.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    let plan = match agenda {
        Some(agenda) => {
            let mut plan = plan::plan(&agenda);
            let lines = renderer.host_lines(&plan)?;
            diagnostics.extend(schedule::schedule(&mut plan, &agenda, &lines));
            plan.parts = lines.markup.timed(&plan.items);
            Some(plan)
        }
        None => None,
    };
    for d in &mut diagnostics {
        if d.span.is_none() && !d.path.is_empty() && d.source == 0 {
            let span = yaml::locate(root, &d.path);
            let path = std::mem::take(&mut d.path);
            *d = std::mem::replace(d, Diagnostic::error("")).at(path, span);
        }
    }
    diagnostics.sort_by_key(|d| (d.source, d.span.map_or(0, |s| s.start), d.severity));
    Ok(Analysis {
        plan,
        diagnostics,
        sources,
    })
}

/// Reads the speeches and reports that agenda items keep in files of their own.
fn text_files(
    raw: &raw::Agenda,
    root: &yaml::Node,
    source: &Source,
    sources: &mut Vec<Source>,
    diagnostics: &mut Vec<Diagnostic>,
) -> validate::TextFiles {
    let mut texts = validate::TextFiles::new();
    let items = raw
        .agenda
        .as_ref()
        .and_then(|a| a.valid())
        .map(Vec::as_slice)
        .unwrap_or_default();
    for (i, item) in items.iter().enumerate() {
        let Some(item) = item.valid() else { continue };
        let Some(raw::TextSource::File(path)) = &item.text else {
            continue;
        };
        if texts.contains_key(path) {
            continue;
        }
        let index = u16::try_from(sources.len()).unwrap_or(u16::MAX);
        let text = match load::text_file(source, path, index) {
            Ok((file, parsed)) => {
                diagnostics.extend(parsed.diagnostics);
                sources.push(file);
                match (parsed.raw, parsed.root) {
                    (
                        Some(raw::TextFile {
                            text: crate::yaml::Checked::Valid(text),
                        }),
                        Some(root),
                    ) => Some((text, root)),
                    _ => None,
                }
            }
            Err(e) => {
                let at = format!("agenda[{i}].text");
                let span = yaml::locate(root, &at);
                diagnostics.push(
                    Diagnostic::error(crate::tr!(
                        "pipeline.text-unread",
                        reason = e.diagnostic.message
                    ))
                    .help(crate::tr!("pipeline.text-unread.help", path = path))
                    .at(at, span),
                );
                None
            }
        };
        texts.insert(path.clone(), text);
    }
    texts
}

/// What marks a value still to be filled in: 〔待填：姓名〕, or 〔fill in name〕 in English.
pub const PLACEHOLDERS: [&str; 2] = ["〔待填", "〔fill in"];

/// Whether a text holds a placeholder.
pub fn has_placeholder(text: &str) -> bool {
    PLACEHOLDERS.iter().any(|p| text.contains(p))
}

/// A note for every value that still holds a placeholder.
fn placeholders(root: &yaml::Node) -> Vec<Diagnostic> {
    // A person the agenda never names (a template's spare) may keep its placeholders.
    let mut named: std::collections::HashMap<&str, bool> = std::collections::HashMap::new();
    if let yaml::Kind::Map(entries) = &root.kind {
        if let Some((_, people)) = entries.iter().find(|(k, _)| k.text() == Some("people"))
            && let yaml::Kind::Map(people) = &people.kind
        {
            named.extend(
                people
                    .iter()
                    .filter_map(|(id, _)| id.text())
                    .map(|id| (id, false)),
            );
        }
        for (key, value) in entries {
            if key.text() != Some("people") {
                value.walk(&mut |node| {
                    if let Some(seen) = node.text().and_then(|t| named.get_mut(t)) {
                        *seen = true;
                    }
                });
            }
        }
    }
    let named: std::collections::HashSet<&str> = named
        .into_iter()
        .filter(|(_, seen)| *seen)
        .map(|(id, _)| id)
        .collect();
    let mut found = Vec::new();
    let mut look = |node: &yaml::Node| {
        if let Some(text) = node.text()
            && has_placeholder(text)
        {
            found.push(
                Diagnostic::note(crate::tr!("pipeline.placeholder", text = text))
                    .at("", Some(node.span)),
            );
        }
    };
    let yaml::Kind::Map(entries) = &root.kind else {
        root.walk(&mut look);
        return found;
    };
    for (key, value) in entries {
        match (&value.kind, key.text()) {
            (yaml::Kind::Map(people), Some("people")) => {
                for (id, person) in people {
                    if id.text().is_some_and(|id| named.contains(id)) {
                        person.walk(&mut look);
                    }
                }
            }
            _ => {
                key.walk(&mut look);
                value.walk(&mut look);
            }
        }
    }
    found
}

impl Analysis {
    /// The placeholders left, as errors: a final copy must have none.
    pub fn finalize(&mut self) {
        for d in &mut self.diagnostics {
            if d.severity == crate::diagnostic::Severity::Note {
                d.severity = crate::diagnostic::Severity::Error;
                d.help.push(crate::tr!("pipeline.placeholder.final"));
            }
        }
    }
}

/// The lines under the title of a Chinese speech or report: who gives it (职务　姓名, from the
/// first step of its item) and the meeting's date in full-width parentheses.
fn byline(plan: &Plan, text: &plan::Text) -> Vec<String> {
    if plan.language != "zh-CN" {
        return Vec::new();
    }
    let mut lines = Vec::new();
    let speaker = plan
        .items
        .get(text.item.wrapping_sub(1))
        .and_then(|item| item.steps.first())
        .and_then(|step| step.who.first());
    if let Some(person) = speaker {
        lines.push(match &person.title {
            Some(title) => format!("{title}\u{3000}{}", person.name),
            None => person.name.clone(),
        });
    }
    if let Some(d) = &plan.meeting.date {
        lines.push(format!("（{}年{}月{}日）", d.year, d.month, d.day));
    }
    lines
}

/// How a document is to be written out.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// Keep the stage directions.
    pub cues: bool,
    /// Which item's speech or report, by id, when there are several.
    pub text: Option<String>,
    pub large_print: bool,
    pub paper: Paper,
    pub simplex: bool,
    pub reference: Option<ReferenceDoc>,
}

/// Renders one document of a scheduled plan in a file format.
pub fn render(
    plan: &Plan,
    doc: Doc,
    format: Format,
    output: &Output,
    renderer: &Renderer,
) -> Result<Vec<u8>> {
    let text = doc.text(plan, output.text.as_deref())?;
    let markup = renderer.render(plan, &doc.template(plan), format.extension(), text)?;
    let layout = Layout {
        title: document::Document::parse(&markup)
            .blocks
            .iter()
            .find_map(|b| match b {
                document::Block::Paragraph(p) if p.style == document::Style::Title => {
                    Some(p.text())
                }
                _ => None,
            })
            .unwrap_or_else(|| plan.meeting.title.clone()),
        language: plan.language.to_string(),
        doc: doc.name().to_string(),
        date: plan
            .meeting
            .date
            .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)),
        large_print: output.large_print,
        paper: output.paper,
        simplex: output.simplex,
        page_numbers: doc != Doc::Handout,
        bylines: match (doc, text) {
            (_, Some(text)) => vec![byline(plan, text)],
            // The handout, the script, then every text, each under its own title.
            (Doc::Packet, None) => [Vec::new(), Vec::new()]
                .into_iter()
                .chain(plan.texts.iter().map(|t| byline(plan, t)))
                .collect(),
            _ => Vec::new(),
        },
    };
    format::write(
        format,
        &markup,
        &layout,
        output.cues,
        output.reference.as_ref(),
        renderer,
    )
}
