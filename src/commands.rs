//! What each subcommand does: reads the inputs, runs the pipeline, prints diagnostics to
//! standard error and results to standard output or a file, and chooses the exit code.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use crate::cli::{CheckArgs, HelpArgs, NewArgs, PlanArgs, RenderArgs, SchemaArgs, TemplatesArgs};
use crate::diagnostic::{self, Diagnostic, Severity, counted};
use crate::format::{Format, ReferenceDoc};
use crate::library::Library;
use crate::load::{self, Source};
use crate::pipeline::{self, Doc, Output};
use crate::plan::Plan;
use crate::render::{Renderer, TemplateDirs};
use crate::tr;
use crate::write::{self, FileId};
use crate::{say, tell};

/// The process exit codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    Invalid = 1,
    Usage = 2,
}

/// Refuses a reference document whose styles or font table unpack to more than
/// [`load::MAX_BYTES`], whatever size the package claims for them (a zip bomb): each is
/// unpacked only that far, before [`ReferenceDoc::open`] reads it. A package that cannot be
/// read is left to that to tell.
fn reference_parts_within_limit(path: &Path) -> anyhow::Result<()> {
    use std::io::Read;
    /// The parts [`ReferenceDoc::open`] reads.
    const PARTS: [&str; 2] = ["word/styles.xml", "word/fontTable.xml"];
    let Some(mut zip) = std::fs::File::open(path)
        .ok()
        .and_then(|file| zip::ZipArchive::new(file).ok())
    else {
        return Ok(());
    };
    for part in PARTS {
        let Ok(entry) = zip.by_name(part) else {
            continue;
        };
        let unpacked = match entry.size() {
            claimed if claimed > load::MAX_BYTES => claimed,
            _ => std::io::copy(&mut entry.take(load::MAX_BYTES + 1), &mut std::io::sink())
                .unwrap_or(0),
        };
        if unpacked > load::MAX_BYTES {
            anyhow::bail!(diagnostic::with_help(
                tr!(
                    "cmd.reference-too-large",
                    part = part,
                    path = path.display(),
                    limit = load::MAX_BYTES / 1024 / 1024
                ),
                tr!("cmd.reference-too-large.help")
            ));
        }
    }
    Ok(())
}

/// Renders one agenda to standard output or `-o FILE`, or several into `--out-dir DIR`.
pub fn render(args: &RenderArgs) -> Exit {
    if args.agendas.len() > 1 && args.out_dir.is_none() {
        refuse(
            tr!("cmd.needs-out-dir", n = args.agendas.len()),
            tr!(
                "cmd.needs-out-dir.help",
                ext = args.format.unwrap_or(Format::Txt).extension()
            ),
        );
        return Exit::Usage;
    }
    if args.output.is_some() && args.out_dir.is_some() {
        refuse(
            tr!("cmd.output-and-out-dir"),
            tr!("cmd.output-and-out-dir.help"),
        );
        return Exit::Usage;
    }
    if let Some(clash) = args.out_dir.as_ref().and_then(|_| same_out_name(args)) {
        refuse(
            tr!(
                "cmd.same-out-name",
                a = clash.0.display(),
                b = clash.1.display(),
                name = clash.2
            ),
            tr!("cmd.same-out-name.help"),
        );
        return Exit::Usage;
    }
    let (library, mut renderers) = match template_folders(&args.templates) {
        Ok(found) => found,
        Err(e) => return finish(Err(e)),
    };
    let reference = match &args.reference_doc {
        // A FIFO or a device would hang the run or never end.
        Some(path) if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) => {
            return finish(Err(anyhow::anyhow!(tr!(
                "cmd.reference-not-file",
                path = path.display()
            ))));
        }
        Some(path) => {
            match reference_parts_within_limit(path).and_then(|()| ReferenceDoc::open(path)) {
                Ok(reference) => Some(reference),
                Err(e) => return finish(Err(e)),
            }
        }
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
    let inputs = Inputs::of(args);
    if let Some(dir) = &args.out_dir
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        return finish(Err(anyhow::anyhow!(tr!(
            "cmd.cannot-create-folder",
            dir = dir.display(),
            reason = write::reason(&e)
        ))));
    }
    let mut exit = Exit::Ok;
    let mut done = Vec::new();
    for agenda in &args.agendas {
        let target = match &args.out_dir {
            Some(dir) => Some(dir.join(out_name(agenda, args.doc, args.format))),
            // `-o -` is standard output.
            None => args.output.clone().filter(|p| p != Path::new("-")),
        };
        // A target that exists before the run: if it is not written, it is out of date.
        let existed = target.as_deref().is_some_and(|t| t.exists());
        let result = render_one(
            agenda,
            target.as_deref(),
            args,
            &output,
            &mut renderers,
            &library,
            &inputs,
        );
        if result != Exit::Ok {
            exit = result;
        }
        done.push((agenda, target, result == Exit::Ok, existed));
    }
    if let Some(dir) = &args.out_dir {
        out_dir_summary(dir, &done);
    }
    exit
}

/// Says what `--out-dir` wrote and what it did not, and which files there are left from an
/// earlier run.
fn out_dir_summary(dir: &Path, done: &[(&PathBuf, Option<PathBuf>, bool, bool)]) {
    let name = |t: &Option<PathBuf>| {
        t.as_deref()
            .and_then(Path::file_name)
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    };
    let written: Vec<String> = done
        .iter()
        .filter(|d| d.2)
        .map(|d| format!("`{}`", name(&d.1)))
        .collect();
    let failed = done.len() - written.len();
    let names = written
        .iter()
        .cloned()
        .reduce(|a, b| tr!("list.joined", a = a, b = b))
        .unwrap_or_default();
    if failed == 0 {
        tell!(
            "{}",
            tr!(
                "cmd.wrote-all",
                files = counted(written.len(), "file"),
                dir = dir.display(),
                names = names
            )
        );
        return;
    }
    if written.is_empty() {
        tell!("{}", tr!("cmd.wrote-none", dir = dir.display()));
    } else {
        tell!(
            "{}",
            tr!(
                "cmd.wrote-some",
                written = written.len(),
                files = counted(done.len(), "file"),
                dir = dir.display(),
                names = names
            )
        );
    }
    for (agenda, target, ok, existed) in done {
        if *ok {
            continue;
        }
        let mut line = tr!(
            "cmd.not-written",
            name = name(target),
            agenda = agenda.display()
        );
        if *existed {
            line.push_str(&tr!(
                "cmd.left-as-it-was",
                name = name(target),
                dir = dir.display()
            ));
        }
        tell!("{line}");
    }
}

/// The files a run reads, by identity, with what each is: an output may be none of them.
struct Inputs {
    files: Vec<(FileId, String)>,
}

impl Inputs {
    /// The agendas (standard input too, when it is a file) and the reference document.
    fn of(args: &RenderArgs) -> Inputs {
        let mut files = Vec::new();
        for agenda in &args.agendas {
            if agenda == Path::new("-") {
                if let Some(id) = FileId::of_stdin() {
                    files.push((id, tr!("cmd.input.stdin")));
                }
            } else if let Some(id) = FileId::of(agenda) {
                files.push((id, tr!("cmd.input.other-agenda", path = agenda.display())));
            }
        }
        if let Some(path) = &args.reference_doc
            && let Some(id) = FileId::of(path)
        {
            files.push((id, tr!("cmd.input.reference", path = path.display())));
        }
        Inputs { files }
    }

    /// Refuses `target` if it is one of the inputs or of `more` (the files an agenda reads).
    /// `agenda` is the agenda being rendered.
    fn refuse(&self, target: &Path, agenda: &Path, more: &[(FileId, String)]) -> bool {
        let Some(id) = FileId::of(target) else {
            return false;
        };
        let Some((_, what)) = self.files.iter().chain(more).find(|(i, _)| *i == id) else {
            return false;
        };
        if agenda != Path::new("-") && FileId::of(agenda) == Some(id) {
            refuse(
                tr!("cmd.output-is-agenda", target = target.display()),
                tr!(
                    "cmd.output-is-agenda.help",
                    name = target.with_extension("txt").display()
                ),
            );
        } else {
            refuse(
                tr!(
                    "cmd.output-is-input",
                    target = target.display(),
                    what = what
                ),
                tr!("cmd.output-is-input.help"),
            );
        }
        true
    }
}

/// The renderers of a run, one for each folder of agendas, since each folder may have its own
/// `scripts/`.
struct Renderers<'a> {
    explicit: Option<&'a Path>,
    by_folder: std::collections::HashMap<PathBuf, Renderer>,
}

impl<'a> Renderers<'a> {
    fn new(explicit: Option<&'a Path>) -> Self {
        Renderers {
            explicit,
            by_folder: std::collections::HashMap::new(),
        }
    }

    /// Whether the `--scripts` folder, if any, is there.
    fn check(&self) -> anyhow::Result<()> {
        TemplateDirs::standard(self.explicit, None).map(|_| ())
    }

    /// The renderer for an agenda: its folder's `scripts/` (the working folder's for
    /// standard input).
    fn get(&mut self, agenda: &Path) -> anyhow::Result<&Renderer> {
        let folder = match agenda.parent() {
            Some(p) if agenda != Path::new("-") => p.to_path_buf(),
            _ => PathBuf::new(),
        };
        if !self.by_folder.contains_key(&folder) {
            let dirs = TemplateDirs::standard(self.explicit, Some(&folder))?;
            self.by_folder.insert(folder.clone(), Renderer::new(&dirs));
        }
        Ok(&self.by_folder[&folder])
    }
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
    renderers: &mut Renderers<'_>,
    library: &Library,
    inputs: &Inputs,
) -> Exit {
    if let Some(target) = target
        && inputs.refuse(target, agenda, &[])
    {
        return Exit::Invalid;
    }
    let Some(source) = read(agenda) else {
        return Exit::Invalid;
    };
    let format = match (args.format, target) {
        (Some(format), Some(path)) => match format.check_extension(path) {
            Ok(()) => format,
            Err(e) => return finish(Err(e)),
        },
        (Some(format), None) => format,
        (None, Some(path)) => match Format::from_path(path) {
            Ok(format) => format,
            Err(e) => return finish(Err(e)),
        },
        (None, None) => Format::Txt,
    };
    // A Word document may go down a pipe, not onto a terminal.
    if format.is_binary() && target.is_none() && std::io::stdout().is_terminal() {
        return finish(Err(anyhow::anyhow!(tr!("cmd.docx-to-terminal"))));
    }
    let renderer = match renderers.get(agenda) {
        Ok(renderer) => renderer,
        Err(e) => return finish(Err(e)),
    };
    let nothing = crate::tr!("summary.nothing-written");
    let mode = Mode {
        final_copy: args.is_final,
        consequence: &nothing,
        ..Mode::default()
    };
    let Some((plan, _, read)) = analyze(&source, renderer, library, &mode) else {
        return Exit::Invalid;
    };
    if let Some(target) = target {
        let read: Vec<(FileId, String)> = read
            .iter()
            .filter_map(|path| {
                let what = if path == target {
                    tr!("cmd.input.named")
                } else {
                    tr!("cmd.input.named-path", path = path.display())
                };
                Some((FileId::of(path)?, what))
            })
            .collect();
        if inputs.refuse(target, agenda, &read) {
            return Exit::Invalid;
        }
    }
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
    let (library, mut renderers) = match template_folders(&args.templates) {
        Ok(found) => found,
        Err(e) => return finish(Err(e)),
    };
    let Some(source) = read(&args.agenda) else {
        return Exit::Invalid;
    };
    let renderer = match renderers.get(&args.agenda) {
        Ok(renderer) => renderer,
        Err(e) => return finish(Err(e)),
    };
    let mode = Mode {
        strict: args.strict,
        ..Mode::default()
    };
    let Some((plan, _, _)) = analyze(&source, renderer, &library, &mode) else {
        return Exit::Invalid;
    };
    let output = Output {
        cues: true,
        ..Output::default()
    };
    finish(
        pipeline::render(&plan, Doc::Runsheet, Format::Txt, &output, renderer)
            .and_then(|bytes| write::to_bytes_stdout(&bytes)),
    )
}

pub fn check(args: &CheckArgs) -> Exit {
    let (library, mut renderers) = match template_folders(&args.templates) {
        Ok(found) => found,
        Err(e) => return finish(Err(e)),
    };
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
        let renderer = match renderers.get(path) {
            Ok(renderer) => renderer,
            Err(e) => {
                exit = finish(Err(e));
                continue;
            }
        };
        match analyze(&source, renderer, &library, &mode) {
            Some((plan, warnings, _)) => {
                let mut line = crate::tr!(
                    "summary.ok",
                    name = source.name,
                    items = counted(plan.items.len(), "item")
                );
                if warnings > 0 {
                    line.push_str(&crate::tr!(
                        "summary.warnings",
                        warnings = counted(warnings, "warning")
                    ));
                }
                if !plan.blanks.is_empty() {
                    line.push_str(&crate::tr!(
                        "summary.blanks",
                        blanks = counted(plan.blanks.len(), "blank")
                    ));
                }
                say!("{line}");
                for blank in &plan.blanks {
                    say!("  - {} (`{}`)", blank.what, blank.path);
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
/// warnings and the other files read (templates it extends, its roster, its speeches), when
/// it may be used: no errors (and, when `strict`, no warnings).
fn analyze(
    source: &Source,
    renderer: &Renderer,
    library: &Library,
    mode: &Mode<'_>,
) -> Option<(Plan, usize, Vec<PathBuf>)> {
    let mut analysis = match pipeline::analyze(source, renderer, library) {
        Ok(analysis) => analysis,
        Err(e) => {
            tell!(
                "{}",
                diagnostic::prefixed("severity.error", &format!("{e:#}"))
            );
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
        let said = crate::tr!(
            "summary.placeholders",
            placeholders = counted(notes, "placeholder")
        );
        tell!("{}", diagnostic::prefixed("severity.note", &said));
    }
    let read = analysis
        .sources
        .iter()
        .skip(1)
        .filter_map(|s| s.path.clone())
        .collect();
    analysis.plan.map(|plan| (plan, warnings, read))
}

/// The agenda templates and the script templates a command uses, each folder checked.
fn template_folders(args: &crate::cli::TemplateArgs) -> anyhow::Result<(Library, Renderers<'_>)> {
    let library = Library::standard(args.library.templates.as_deref())?;
    let renderers = Renderers::new(args.scripts.as_deref());
    renderers.check()?;
    Ok((library, renderers))
}

fn finish(result: anyhow::Result<()>) -> Exit {
    match result {
        Ok(()) => Exit::Ok,
        Err(e) => {
            tell!(
                "{}",
                diagnostic::prefixed("severity.error", &format!("{e:#}"))
            );
            Exit::Invalid
        }
    }
}

/// Says that a command is refused, and how to fix it, in the language of messages.
fn refuse(message: String, help: String) {
    tell!(
        "{}",
        diagnostic::with_help(diagnostic::prefixed("severity.error", &message), help)
    );
}

fn read(path: &Path) -> Option<Source> {
    match load::read(path) {
        Ok(source) => Some(source),
        Err(e) => {
            write::to_stderr(&diagnostic::render(&e.name, "", &[*e.diagnostic]));
            None
        }
    }
}

/// Prints diagnostics, each with the file it is in: the agenda, a template it extends, or its
/// roster.
fn report(sources: &[Source], diagnostics: &[Diagnostic]) {
    use std::io::IsTerminal;
    let colour = std::io::stderr().is_terminal();
    // One printer a file, made when its first message comes.
    let mut printers: Vec<Option<diagnostic::Printer>> = sources.iter().map(|_| None).collect();
    for d in diagnostics {
        let at = if d.source < sources.len() {
            d.source
        } else {
            0
        };
        let file = &sources[at];
        let printer =
            printers[at].get_or_insert_with(|| diagnostic::Printer::new(&file.name, &file.text));
        let one = std::slice::from_ref(d);
        if colour {
            printer.print_in_colour(one);
        } else {
            write::to_stderr(&printer.render(one));
        }
    }
}

fn summary(source: &Source, diagnostics: &[Diagnostic], strict: bool, consequence: &str) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.iter().filter(|d| d.is_warning()).count();
    let mut line = crate::tr!(
        "summary.problems",
        name = source.name,
        errors = counted(errors, "error")
    );
    if warnings > 0 {
        line.push_str(&crate::tr!(
            "summary.warnings",
            warnings = counted(warnings, "warning")
        ));
        if strict {
            line.push_str(&crate::tr!("summary.strict"));
        }
    }
    if !consequence.is_empty() {
        line.push_str(&crate::tr!(
            "summary.consequence",
            consequence = consequence
        ));
    }
    tell!("{line}");
}

/// Lists the agenda templates, one a line: name, language, what it is for.
pub fn templates(args: &TemplatesArgs) -> Exit {
    let library = match Library::standard(args.library.templates.as_deref()) {
        Ok(library) => library,
        Err(e) => return finish(Err(e)),
    };
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
    let library = match Library::standard(args.library.templates.as_deref()) {
        Ok(library) => library,
        Err(e) => return finish(Err(e)),
    };
    let Some(template) = library.find(&args.template) else {
        refuse(
            library.no_such_template(&args.template),
            tr!("cmd.new.templates.help"),
        );
        return Exit::Invalid;
    };
    match &args.output {
        Some(path) if path.exists() && !args.force => {
            refuse(
                tr!("cmd.new.exists", path = path.display()),
                tr!("cmd.new.exists.help"),
            );
            Exit::Invalid
        }
        Some(path) => {
            let text = with_modeline(&template.text);
            let result = write::to_file(path, text.as_bytes());
            if result.is_ok() {
                schema_beside(path);
            }
            finish(result)
        }
        None => finish(write::to_stdout(&with_modeline(&template.text))),
    }
}

/// A new agenda starts with the line that names its schema to yaml-language-server (VS Code's
/// YAML extension), so that the editor completes and checks its keys.
fn with_modeline(text: &str) -> String {
    let line = crate::schema::modeline(crate::schema::FILE_NAME);
    if text.starts_with("# yaml-language-server:") {
        return text.to_string();
    }
    format!("{line}\n{text}")
}

/// Writes the schema the modeline names beside a new agenda, unless a file is there already.
fn schema_beside(agenda: &Path) {
    let folder = agenda.parent().unwrap_or(Path::new(""));
    let path = folder.join(crate::schema::FILE_NAME);
    if path.exists() {
        return;
    }
    let schema = crate::schema::agenda_schema();
    match write::to_file(&path, schema.as_bytes()) {
        Ok(()) => tell!(
            "{}",
            diagnostic::prefixed(
                "severity.note",
                &tr!("cmd.schema-beside", path = path.display())
            )
        ),
        Err(e) => tell!(
            "{}",
            diagnostic::prefixed(
                "severity.warning",
                &tr!(
                    "cmd.schema-beside.failed",
                    path = path.display(),
                    reason = format!("{e:#}")
                )
            )
        ),
    }
}

/// The agenda format, every kind of move, and the guide to templates, as the docs hold them.
const FORMAT_DOC: &str = concat!(
    include_str!("../docs/agenda-format.md"),
    "\n",
    include_str!("../docs/moves.md")
);
const TEMPLATES_DOC: &str = include_str!("../docs/templates.md");
/// The Chinese agenda format, followed by every kind of move in Chinese.
const FORMAT_DOC_ZH: &str = concat!(
    include_str!("../docs/zh-CN/agenda-format.md"),
    "\n",
    include_str!("../docs/zh-CN/moves.md")
);
const TEMPLATES_DOC_ZH: &str = include_str!("../docs/zh-CN/templates.md");

/// Prints a guide embedded in the binary, in the language of messages, or a command's help.
pub fn help(args: &HelpArgs) -> Exit {
    use clap::CommandFactory;
    let mut cli = crate::cli::Cli::command();
    cli.build();
    let text = match args.topic.as_deref() {
        None => cli.render_long_help().to_string(),
        Some("format") => in_language(FORMAT_DOC, FORMAT_DOC_ZH).to_string(),
        Some("templates") => in_language(TEMPLATES_DOC, TEMPLATES_DOC_ZH).to_string(),
        Some(name) => match cli.find_subcommand_mut(name) {
            Some(command) => command.render_long_help().to_string(),
            None => {
                let commands: Vec<String> = cli
                    .get_subcommands()
                    .map(|c| c.get_name().to_string())
                    .collect();
                let help = crate::tr!("help.unknown.help", commands = diagnostic::list(&commands));
                tell!(
                    "{}\n = {}",
                    diagnostic::prefixed(
                        "severity.error",
                        &crate::tr!("help.unknown", name = name)
                    ),
                    diagnostic::prefixed("severity.help", &help)
                );
                return Exit::Usage;
            }
        },
    };
    finish(write::to_stdout(&text))
}

/// The English or the Chinese of a guide, by the language of messages.
fn in_language(en: &'static str, zh: &'static str) -> &'static str {
    match crate::i18n::lang() {
        crate::i18n::Lang::En => en,
        crate::i18n::Lang::Zh => zh,
    }
}

/// Writes the JSON Schema of the agenda format.
pub fn schema(args: &SchemaArgs) -> Exit {
    let schema = crate::schema::agenda_schema();
    finish(match &args.output {
        Some(path) => write::to_file(path, schema.as_bytes()),
        None => write::to_stdout(&schema),
    })
}
