//! What each subcommand does: reads the inputs, runs the pipeline, prints diagnostics to
//! standard error and results to standard output or a file, and chooses the exit code.

use std::path::Path;

use crate::cli::{CheckArgs, NewArgs, PlanArgs, RenderArgs, TemplatesArgs};
use crate::diagnostic::{self, Diagnostic, Severity, count};
use crate::format::{Format, ReferenceDoc};
use crate::library::Library;
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

/// Renders one agenda to standard output or `-o FILE`, or several into `--out-dir DIR`.
pub fn render(args: &RenderArgs) -> Exit {
    if args.agendas.len() > 1 && args.out_dir.is_none() {
        eprintln!(
            "error: {} agendas need a folder to go into\n = help: add `--out-dir DIR`; each is written as DIR/NAME.{}",
            args.agendas.len(),
            args.format.unwrap_or(Format::Txt).extension()
        );
        return Exit::Usage;
    }
    if args.output.is_some() && args.out_dir.is_some() {
        eprintln!(
            "error: `-o FILE` and `--out-dir DIR` cannot go together\n = help: use `-o` for one agenda, `--out-dir` for several"
        );
        return Exit::Usage;
    }
    if let Some(clash) = args.out_dir.as_ref().and_then(|_| same_out_name(args)) {
        eprintln!(
            "error: `{}` and `{}` would both be written as `{}`\n = help: render them into different folders, or rename one",
            clash.0.display(),
            clash.1.display(),
            clash.2
        );
        return Exit::Usage;
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
        text: args.text.clone(),
        large_print: args.large_print,
        paper: args.paper,
        simplex: args.simplex,
        reference,
    };
    let renderer = Renderer::new(&TemplateDirs::standard(args.templates.scripts.as_deref()));
    let library = Library::standard(args.templates.library.templates.as_deref());
    if let Some(dir) = &args.out_dir
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        return finish(Err(anyhow::anyhow!(
            "cannot create the folder `{}`: {e}",
            dir.display()
        )));
    }
    let mut exit = Exit::Ok;
    for agenda in &args.agendas {
        let target = match &args.out_dir {
            Some(dir) => Some(dir.join(out_name(agenda, args.doc, args.format))),
            None => args.output.clone(),
        };
        let done = render_one(
            agenda,
            target.as_deref(),
            args,
            &output,
            &renderer,
            &library,
        );
        if done != Exit::Ok {
            exit = done;
        }
    }
    exit
}

/// Two agendas that `--out-dir` would write to the same file (a/会议.yaml and b/会议.yaml), with
/// that file's name.
fn same_out_name(args: &RenderArgs) -> Option<(&Path, &Path, String)> {
    let mut seen = std::collections::HashMap::new();
    for agenda in &args.agendas {
        let name = out_name(agenda, args.doc, args.format);
        if let Some(first) = seen.insert(name.clone(), agenda.as_path()) {
            return Some((first, agenda, name));
        }
    }
    None
}

/// The file name an agenda's document gets in `--out-dir`: 会议.txt, 会议.handout.docx.
fn out_name(agenda: &Path, doc: Doc, format: Option<Format>) -> String {
    let stem = agenda
        .file_stem()
        .map_or_else(|| "agenda".into(), |s| s.to_string_lossy().into_owned());
    let ext = format.unwrap_or(Format::Txt).extension();
    match doc {
        Doc::Script => format!("{stem}.{ext}"),
        other => format!("{stem}.{}.{ext}", other.name()),
    }
}

fn render_one(
    agenda: &Path,
    target: Option<&Path>,
    args: &RenderArgs,
    output: &Output,
    renderer: &Renderer,
    library: &Library,
) -> Exit {
    let Some(source) = read(agenda) else {
        return Exit::Invalid;
    };
    if let Some(target) = target
        && same_file(agenda, target)
    {
        eprintln!(
            "error: the output `{}` is the agenda itself; emcee never overwrites its input\n = help: choose another name, like `{}`",
            target.display(),
            target.with_extension("txt").display()
        );
        return Exit::Invalid;
    }
    let format = match (args.format, target) {
        (Some(format), _) => format,
        (None, Some(path)) => match Format::from_path(path) {
            Ok(format) => format,
            Err(e) => return finish(Err(e)),
        },
        (None, None) => Format::Txt,
    };
    if format == Format::Docx && target.is_none() {
        return finish(Err(anyhow::anyhow!(
            "a Word document is not written to the terminal; name the file with `-o FILE.docx`"
        )));
    }
    let mode = Mode {
        final_copy: args.is_final,
        consequence: "nothing was written",
        ..Mode::default()
    };
    let Some((plan, _)) = analyze(&source, renderer, library, &mode) else {
        return Exit::Invalid;
    };
    let result =
        pipeline::render(&plan, args.doc, format, output, renderer).and_then(
            |bytes| match target {
                Some(path) => write::to_file(path, &bytes),
                None => write::to_bytes_stdout(&bytes),
            },
        );
    finish(result)
}

/// Prints the run sheet: every step on the clock, with totals and warnings.
pub fn plan(args: &PlanArgs) -> Exit {
    let Some(source) = read(&args.agenda) else {
        return Exit::Invalid;
    };
    let renderer = Renderer::new(&TemplateDirs::standard(args.templates.scripts.as_deref()));
    let library = Library::standard(args.templates.library.templates.as_deref());
    let mode = Mode {
        strict: args.strict,
        ..Mode::default()
    };
    let Some((plan, _)) = analyze(&source, &renderer, &library, &mode) else {
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
    let library = Library::standard(args.templates.library.templates.as_deref());
    let mode = Mode {
        strict: args.strict,
        notes: true,
        ..Mode::default()
    };
    let mut exit = Exit::Ok;
    for path in &args.agendas {
        let Some(source) = read(path) else {
            exit = Exit::Invalid;
            continue;
        };
        match analyze(&source, &renderer, &library, &mode) {
            Some((plan, warnings)) => {
                let mut line = format!("{}: ok, {}", source.name, count(plan.items.len(), "item"));
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

/// How strictly an agenda is taken, and what is said about it.
#[derive(Debug, Default)]
struct Mode<'a> {
    /// Warnings fail it too.
    strict: bool,
    /// Placeholders left fail it (a final copy).
    final_copy: bool,
    /// Print every note (placeholders), not only their count.
    notes: bool,
    /// What failing means, for the summary line ("nothing was written").
    consequence: &'a str,
}

/// Analyzes an agenda and prints its diagnostics. Returns the plan, with the number of
/// warnings, when it may be used: no errors (and, when `strict`, no warnings).
fn analyze(
    source: &Source,
    renderer: &Renderer,
    library: &Library,
    mode: &Mode<'_>,
) -> Option<(Plan, usize)> {
    let mut analysis = match pipeline::analyze(source, renderer, library) {
        Ok(analysis) => analysis,
        Err(e) => {
            eprintln!("error: {e:#}");
            return None;
        }
    };
    if mode.final_copy {
        analysis.finalize();
    }
    let notes = analysis
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Note)
        .count();
    let shown: Vec<Diagnostic> = analysis
        .diagnostics
        .iter()
        .filter(|d| mode.notes || d.severity != Severity::Note)
        .cloned()
        .collect();
    report(&analysis.sources, &shown);
    let warnings = analysis
        .diagnostics
        .iter()
        .filter(|d| d.is_warning())
        .count();
    let failed = analysis.has_errors() || (mode.strict && warnings > 0);
    if failed {
        summary(source, &analysis.diagnostics, mode.strict, mode.consequence);
        return None;
    }
    if notes > 0 && !mode.notes {
        eprintln!(
            "note: {} left to fill in (`emcee check` lists them; `--final` refuses them)",
            count(notes, "placeholder")
        );
    }
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

/// Prints diagnostics, each with the file it is in: the agenda, a template it extends, or its
/// roster.
fn report(sources: &[Source], diagnostics: &[Diagnostic]) {
    use std::io::IsTerminal;
    let colour = std::io::stderr().is_terminal();
    for d in diagnostics {
        let file = sources.get(d.source).unwrap_or(&sources[0]);
        let one = std::slice::from_ref(d);
        if colour {
            diagnostic::print_in_colour(&file.name, &file.text, one);
        } else {
            eprint!("{}", diagnostic::render(&file.name, &file.text, one));
        }
    }
}

fn summary(source: &Source, diagnostics: &[Diagnostic], strict: bool, consequence: &str) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.iter().filter(|d| d.is_warning()).count();
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

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Lists the agenda templates, one a line: name, language, what it is for.
pub fn templates(args: &TemplatesArgs) -> Exit {
    let library = Library::standard(args.library.templates.as_deref());
    let mut table = String::new();
    for t in library.all() {
        // A template of the user's own says where it is, unless it is a built-in one's copy.
        let place = match t.origin {
            crate::library::Origin::File(_) if !library.is_built_in_copy(&t) => {
                format!(" ({})", t.place())
            }
            _ => String::new(),
        };
        table.push_str(&format!("{}\t{}\t{}{place}\n", t.name, t.language, t.about));
    }
    finish(write::to_stdout(&crate::format::text::write(&table, true)))
}

/// Writes a new agenda from a template.
pub fn new(args: &NewArgs) -> Exit {
    let library = Library::standard(args.library.templates.as_deref());
    let Some(template) = library.find(&args.template) else {
        eprintln!(
            "error: {}\n = help: `emcee templates` lists them with what each is for",
            library.no_such_template(&args.template)
        );
        return Exit::Invalid;
    };
    match &args.output {
        Some(path) if path.exists() && !args.force => {
            eprintln!(
                "error: `{}` already exists; emcee does not overwrite it\n = help: choose another name, or add `--force` to overwrite it",
                path.display()
            );
            Exit::Invalid
        }
        Some(path) => finish(write::to_file(path, template.text.as_bytes())),
        None => finish(write::to_stdout(&template.text)),
    }
}
