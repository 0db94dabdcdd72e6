//! The compiler's stages in order: load → validate → plan → render. Each stage is its own
//! module; this one only chains them and gathers the diagnostics.

use anyhow::Result;

use crate::diagnostic::Diagnostic;
use crate::load::{self, Source};
use crate::model;
use crate::plan::{self, Plan};
use crate::render::{self, TemplateDirs};

/// The result of checking one agenda: the model when it is valid, and every diagnostic.
#[derive(Debug)]
pub struct Checked {
    pub agenda: Option<model::Agenda>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads and validates an agenda's text.
pub fn check(source: &Source) -> Checked {
    let parsed = load::parse(source);
    let mut diagnostics = parsed.diagnostics;
    let agenda = match (&parsed.raw, &parsed.root) {
        (Some(raw), Some(root)) => {
            let (agenda, found) = crate::validate::validate(raw, root);
            diagnostics.extend(found);
            agenda
        }
        _ => None,
    };
    diagnostics.sort_by_key(|d| (d.span.map_or(0, |s| s.start), d.severity));
    let agenda = agenda.filter(|_| !diagnostics.iter().any(Diagnostic::is_error));
    Checked {
        agenda,
        diagnostics,
    }
}

/// The template a document is rendered with.
pub fn script_template(plan: &Plan) -> String {
    format!("{}/script.txt.j2", plan.language)
}

/// Renders a valid agenda into the host's script.
pub fn render_script(agenda: &model::Agenda, dirs: &TemplateDirs) -> Result<String> {
    let plan = plan::plan(agenda);
    render::render(&plan, &script_template(&plan), dirs)
}
