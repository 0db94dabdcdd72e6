//! What each subcommand does: reads the inputs, runs the pipeline, prints diagnostics to
//! standard error and results to standard output or a file, and chooses the exit code.

use std::path::Path;

use crate::cli::{CheckArgs, RenderArgs};
use crate::diagnostic::{self, Diagnostic};
use crate::load::{self, Source};
use crate::pipeline;
use crate::render::TemplateDirs;
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
    if let Some(output) = &args.output {
        if same_file(&args.agenda, output) {
            eprintln!(
                "error: the output `{}` is the agenda itself; emcee never overwrites its input\n = help: choose another name, like `{}`",
                output.display(),
                output.with_extension("txt").display()
            );
            return Exit::Invalid;
        }
    }
    let checked = pipeline::check(&source);
    report(&source, &checked.diagnostics);
    let Some(agenda) = checked.agenda else {
        summary(&source, &checked.diagnostics, "nothing was written");
        return Exit::Invalid;
    };
    let dirs = TemplateDirs::standard(args.templates.scripts.as_deref());
    let result = pipeline::render_script(&agenda, &dirs).and_then(|text| match &args.output {
        Some(path) => write::to_file(path, text.as_bytes()),
        None => write::to_stdout(&text),
    });
    match result {
        Ok(()) => Exit::Ok,
        Err(e) => {
            eprintln!("error: {e:#}");
            Exit::Invalid
        }
    }
}

pub fn check(args: &CheckArgs) -> Exit {
    let mut exit = Exit::Ok;
    for path in &args.agendas {
        let Some(source) = read(path) else {
            exit = Exit::Invalid;
            continue;
        };
        let checked = pipeline::check(&source);
        report(&source, &checked.diagnostics);
        match &checked.agenda {
            Some(agenda) => {
                let warnings = checked.diagnostics.len();
                let mut line = format!("{}: ok, {} items", source.name, agenda.items.len());
                if warnings > 0 {
                    line.push_str(&format!(", {}", count(warnings, "warning")));
                }
                println!("{line}");
            }
            None => {
                summary(&source, &checked.diagnostics, "");
                exit = Exit::Invalid;
            }
        }
    }
    exit
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

fn report(source: &Source, diagnostics: &[Diagnostic]) {
    if !diagnostics.is_empty() {
        eprint!(
            "{}",
            diagnostic::render(&source.name, &source.text, diagnostics)
        );
    }
}

fn summary(source: &Source, diagnostics: &[Diagnostic], consequence: &str) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    let mut line = format!("{}: {}", source.name, count(errors, "error"));
    if warnings > 0 {
        line.push_str(&format!(", {}", count(warnings, "warning")));
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
