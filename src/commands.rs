//! What each subcommand does: reads the inputs, runs the pipeline, prints diagnostics to
//! standard error and results to standard output or a file, and chooses the exit code.

use std::path::Path;

use crate::cli::{CheckArgs, PlanArgs, RenderArgs};
use crate::diagnostic::{self, Diagnostic};
use crate::format::{Format, ReferenceDoc};
use crate::load::{self, Source};
use crate::pipeline::{self, Doc, Output};
use crate::plan::Plan;
use crate::render::{Renderer, TemplateDirs};
use crate::write;

/// The process exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    Invalid = 1,
    Usage = 2,
}

pub fn render(args: &RenderArgs) -> Exit {
    let Some(source) = read(&args.agenda) else {
        return Exit::Invalid;
    };
    if let Some(output) = &args.output
        && same_file(&args.agenda, output)
    {
        eprintln!(
            "error: the output `{}` is the agenda itself; emcee never overwrites its input\n = help: choose another name, like `{}`",
            output.display(),
            output.with_extension("txt").display()
        );
        return Exit::Invalid;
    }
    let format = match (args.format, &args.output) {
        (Some(format), _) => format,
        (None, Some(path)) => match Format::from_path(path) {
            Ok(format) => format,
            Err(e) => return finish(Err(e)),
        },
        (None, None) => Format::Txt,
    };
    if format == Format::Docx && args.output.is_none() {
        return finish(Err(anyhow::anyhow!(
            "a Word document is not written to the terminal; name the file with `-o FILE.docx`"
        )));
    }
    let reference = match &args.reference_doc {
        Some(path) => match ReferenceDoc::open(path) {
            Ok(reference) => Some(reference),
            Err(e) => return finish(Err(e)),
        },
        None => None,
    };
    let output = Output {
        cues: !args.no_cues,
        large_print: args.large_print,
        simplex: args.simplex,
        reference,
    };
    let renderer = Renderer::new(&TemplateDirs::standard(args.templates.scripts.as_deref()));
    let Some((plan, _)) = analyze(&source, &renderer, false, "nothing was written") else {
        return Exit::Invalid;
    };
    let result =
        pipeline::render(&plan, args.doc, format, &output, &renderer).and_then(|bytes| match &args
            .output
        {
            Some(path) => write::to_file(path, &bytes),
            None => write::to_bytes_stdout(&bytes),
        });
    finish(result)
}

/// Prints the run sheet: every step on the clock, with totals and warnings.
pub fn plan(args: &PlanArgs) -> Exit {
    let Some(source) = read(&args.agenda) else {
        return Exit::Invalid;
    };
    let renderer = Renderer::new(&TemplateDirs::standard(args.templates.scripts.as_deref()));
    let Some((plan, _)) = analyze(&source, &renderer, args.strict, "") else {
        return Exit::Invalid;
    };
    let output = Output {
        cues: true,
        ..Output::default()
    };
    finish(
        pipeline::render(&plan, Doc::Runsheet, Format::Txt, &output, &renderer)
            .and_then(|bytes| write::to_bytes_stdout(&bytes)),
    )
}

pub fn check(args: &CheckArgs) -> Exit {
    let renderer = Renderer::new(&TemplateDirs::standard(args.templates.scripts.as_deref()));
    let mut exit = Exit::Ok;
    for path in &args.agendas {
        let Some(source) = read(path) else {
            exit = Exit::Invalid;
            continue;
        };
        match analyze(&source, &renderer, args.strict, "") {
            Some((plan, warnings)) => {
                let mut line = format!("{}: ok, {} items", source.name, plan.items.len());
                if warnings > 0 {
                    line.push_str(&format!(", {}", count(warnings, "warning")));
                }
                if !plan.blanks.is_empty() {
                    line.push_str(&format!(
                        ", {} to fill in on the day:",
                        count(plan.blanks.len(), "blank")
                    ));
                }
                println!("{line}");
                for blank in &plan.blanks {
                    println!("  - {} (`{}`)", blank.what, blank.path);
                }
            }
            None => exit = Exit::Invalid,
        }
    }
    exit
}

/// Analyzes an agenda and prints its diagnostics. Returns the plan, with the number of
/// warnings, when it may be used: no errors (and, when `strict`, no warnings).
fn analyze(
    source: &Source,
    renderer: &Renderer,
    strict: bool,
    consequence: &str,
) -> Option<(Plan, usize)> {
    let analysis = match pipeline::analyze(source, renderer) {
        Ok(analysis) => analysis,
        Err(e) => {
            eprintln!("error: {e:#}");
            return None;
        }
    };
    report(source, analysis.roster.as_ref(), &analysis.diagnostics);
    let failed = analysis.has_errors() || (strict && !analysis.diagnostics.is_empty());
    if failed {
        summary(source, &analysis.diagnostics, strict, consequence);
        return None;
    }
    let warnings = analysis.diagnostics.len();
    analysis.plan.map(|plan| (plan, warnings))
}

fn finish(result: anyhow::Result<()>) -> Exit {
    match result {
        Ok(()) => Exit::Ok,
        Err(e) => {
            eprintln!("error: {e:#}");
            Exit::Invalid
        }
    }
}

fn read(path: &Path) -> Option<Source> {
    match load::read(path) {
        Ok(source) => Some(source),
        Err(e) => {
            eprint!("{}", diagnostic::render(&e.name, "", &[*e.diagnostic]));
            None
        }
    }
}

/// Prints diagnostics, each with the file it is in: the agenda or its roster.
fn report(source: &Source, roster: Option<&Source>, diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        let file = match (d.source, roster) {
            (1, Some(roster)) => roster,
            _ => source,
        };
        eprint!(
            "{}",
            diagnostic::render(&file.name, &file.text, std::slice::from_ref(d))
        );
    }
}

fn summary(source: &Source, diagnostics: &[Diagnostic], strict: bool, consequence: &str) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let mut line = format!("{}: {}", source.name, count(errors, "error"));
    if warnings > 0 {
        line.push_str(&format!(", {}", count(warnings, "warning")));
        if strict {
            line.push_str(" (--strict counts warnings as errors)");
        }
    }
    if !consequence.is_empty() {
        line.push_str("; ");
        line.push_str(consequence);
    }
    eprintln!("{line}");
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
