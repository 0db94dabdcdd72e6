//! The compiler's stages in order: load → validate → plan → schedule → render. Each stage is
//! its own module; this one only chains them and gathers the diagnostics, each pointed at its
//! place in the agenda.

use anyhow::Result;

use crate::diagnostic::Diagnostic;
use crate::document;
use crate::format::{self, Format, Layout, ReferenceDoc};
use crate::load::{self, Source};
use crate::plan::{self, Plan};
use crate::render::Renderer;
use crate::schedule;
use crate::yaml;

/// The documents emcee writes from one agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Doc {
    /// The host's script (主持词).
    Script,
    /// The agenda handout for participants (会议议程).
    Handout,
    /// The run sheet for the staff, with clock times and cues (会务流程).
    Runsheet,
}

impl Doc {
    pub fn name(self) -> &'static str {
        match self {
            Doc::Script => "script",
            Doc::Handout => "handout",
            Doc::Runsheet => "runsheet",
        }
    }

    /// The template for this document in the plan's language, like `zh-CN/handout.txt.j2`.
    pub fn template(self, plan: &Plan) -> String {
        format!("{}/{}.txt.j2", plan.language, self.name())
    }
}

/// An agenda taken as far as it goes: the scheduled plan when the agenda is valid, and every
/// diagnostic (errors and warnings), in the order of the file.
#[derive(Debug)]
pub struct Analysis {
    pub plan: Option<Plan>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Loads, validates, plans and schedules an agenda's text. Template errors (from measuring the
/// host's lines) are returned as `Err`.
pub fn analyze(source: &Source, renderer: &Renderer) -> Result<Analysis> {
    let parsed = load::parse(source);
    let mut diagnostics = parsed.diagnostics;
    let (Some(raw), Some(root)) = (&parsed.raw, &parsed.root) else {
        return Ok(Analysis {
            plan: None,
            diagnostics,
        });
    };
    let (agenda, found) = crate::validate::validate(raw, root);
    diagnostics.extend(found);
    let agenda = agenda.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    let plan = match agenda {
        Some(agenda) => {
            let mut plan = plan::plan(&agenda);
            let lines = renderer.host_lines(&plan)?;
            diagnostics.extend(schedule::schedule(&mut plan, &agenda, &lines));
            Some(plan)
        }
        None => None,
    };
    for d in &mut diagnostics {
        if d.span.is_none() && !d.path.is_empty() {
            d.span = yaml::locate(root, &d.path);
        }
    }
    diagnostics.sort_by_key(|d| (d.span.map_or(0, |s| s.start), d.severity));
    Ok(Analysis { plan, diagnostics })
}

/// How a document is to be written out.
#[derive(Debug, Clone, Default)]
pub struct Output {
    /// Keep the stage directions.
    pub cues: bool,
    pub large_print: bool,
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
    let markup = renderer.render(plan, &doc.template(plan), format.extension())?;
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
        simplex: output.simplex,
        page_numbers: doc != Doc::Handout,
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
