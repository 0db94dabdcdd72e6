//! The command line: clap types only, no I/O. Every help text, in English and in Chinese, is
//! the catalogue's (`locales/`): `cli.COMMAND.about`, `cli.COMMAND.ARG`, `cli.arg.ARG` for
//! the options several commands share, `cli.value.ARG.VALUE` for the values of an option.

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::format::{Format, Paper};
use crate::i18n::text;
use crate::pipeline::Doc;

/// The commands shown under `emcee --help` and under `render`, `check` and `plan`.
const EXAMPLES: &[&str] = &[
    "emcee render agendas/ideology-work-meeting.yaml",
    "emcee render agendas/ideology-work-meeting.yaml -o 主持词.txt",
    "emcee render agendas/ideology-work-meeting.yaml --doc handout -o 议程.docx",
    "emcee render agendas/ideology-work-meeting.yaml -o 主持词.docx --large-print",
    "emcee plan agendas/ideology-work-meeting.yaml",
    "emcee check agendas/*.yaml",
    "emcee render agendas/*.yaml --out-dir out/ --format docx",
    "emcee templates",
    "emcee new 民主生活会 -o 2025-民主生活会.yaml",
    "cat meeting.yaml | emcee render -",
];

#[derive(Debug, Args)]
#[command(name = "emcee", version, disable_help_subcommand = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

impl CommandFactory for Cli {
    /// The command line with every help text in the language of messages.
    fn command() -> clap::Command {
        in_language(Cli::augment_args(clap::Command::new("emcee")))
    }

    fn command_for_update() -> clap::Command {
        Cli::command()
    }
}

impl Parser for Cli {}

#[derive(Debug, Subcommand)]
pub enum Command {
    Render(RenderArgs),
    Check(CheckArgs),
    Plan(PlanArgs),
    Templates(TemplatesArgs),
    New(NewArgs),
    Schema(SchemaArgs),
    Help(HelpArgs),
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct HelpArgs {
    #[arg(value_name = "TOPIC")]
    pub topic: Option<String>,
}

#[derive(Debug, Args)]
pub struct TemplatesArgs {
    #[command(flatten)]
    pub library: LibraryArgs,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    pub template: String,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub library: LibraryArgs,
}

#[derive(Debug, Args)]
pub struct LibraryArgs {
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    #[arg(required = true, value_name = "AGENDA")]
    pub agendas: Vec<PathBuf>,
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Doc::Script)]
    pub doc: Doc,
    #[arg(long, value_name = "ID")]
    pub text: Option<String>,
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    #[arg(long)]
    pub large_print: bool,
    #[arg(long, value_enum, default_value_t = Paper::Letter)]
    pub paper: Paper,
    #[arg(long)]
    pub simplex: bool,
    #[arg(long, value_name = "FILE")]
    pub reference_doc: Option<PathBuf>,
    #[arg(long)]
    pub no_cues: bool,
    #[arg(long = "final")]
    pub is_final: bool,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    pub agenda: PathBuf,
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(required = true)]
    pub agendas: Vec<PathBuf>,
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    #[arg(long, value_name = "DIR")]
    pub scripts: Option<PathBuf>,
    #[command(flatten)]
    pub library: LibraryArgs,
}

/// `cmd` with its help in the language of messages: the about of each command and the help of
/// each argument from the catalogue, the headings, the examples, and clap's own `--help` and
/// `--version` lines.
fn in_language(cmd: clap::Command) -> clap::Command {
    let mut cmd = described(cmd, "")
        .about(text("cli.about", &[]))
        .mut_subcommands(|sub| {
            let name = sub.get_name().to_string();
            described(sub, &name)
        });
    cmd.build();
    // The commands' abouts stand beside their names in emcee's list: `  render     …`.
    let beside = 4 + cmd
        .get_subcommands()
        .map(|s| s.get_name().len())
        .max()
        .unwrap_or(0);
    headed(&mut cmd, TERMINAL_WIDTH - beside);
    for sub in cmd.get_subcommands_mut() {
        headed(sub, TERMINAL_WIDTH - beside);
    }
    cmd
}

/// A command's about, its arguments' help and its examples, from the catalogue.
fn described(cmd: clap::Command, name: &str) -> clap::Command {
    let cmd = match name {
        "" => cmd,
        name => cmd.about(text(&format!("cli.{name}.about"), &[])),
    };
    let cmd = match after_help(name) {
        Some(after) => cmd.after_help(after),
        None => cmd,
    };
    cmd.mut_args(|arg| {
        let id = arg.get_id().to_string();
        let own = format!("cli.{name}.{id}");
        let key = if crate::i18n::has(&own) {
            own
        } else {
            format!("cli.arg.{id}")
        };
        arg.help(text(&key, &[]))
    })
}

/// An option's values with what each means, and its default. clap says these in English
/// ("Possible values:", "[default: …]"); in another language they are said in its help.
fn with_values(arg: clap::Arg) -> clap::Arg {
    let help = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let values = arg.get_possible_values();
    let takes_values = arg.get_action().takes_values();
    if crate::i18n::lang() == crate::i18n::Lang::En || values.is_empty() || !takes_values {
        return arg;
    }
    let id = arg.get_id().to_string();
    let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
    let default = arg
        .get_default_values()
        .first()
        .map(|d| d.to_string_lossy().into_owned());
    let separator = spaced(text("cli.values.separator", &[]));
    let colon = spaced(text("cli.values.colon", &[]));
    let listed = names.join(&separator);
    let short = match &default {
        Some(value) => text(
            "cli.values.short-default",
            &[("values", &listed), ("value", value)],
        ),
        None => text("cli.values.short", &[("values", &listed)]),
    };
    let mut long = text("cli.values.long", &[]);
    let width = names.iter().map(|n| n.len()).max().unwrap_or(0);
    for name in &names {
        let meaning = text(&format!("cli.value.{id}.{name}"), &[]);
        let pad = " ".repeat(width - name.len());
        long.push_str(&format!("\n- {name}{colon}{pad}{meaning}"));
    }
    if let Some(value) = &default {
        long.push_str("\n\n");
        long.push_str(&text("cli.values.default", &[("value", value)]));
    }
    arg.help(format!("{help}{short}"))
        .long_help(format!("{help}\n\n{long}"))
        .hide_possible_values(true)
        .hide_default_value(true)
}

/// The examples under a command's help.
fn after_help(command: &str) -> Option<String> {
    let examples = |heading: &str, lines: &[&str]| {
        let mut out = text(heading, &[]);
        for line in lines {
            out.push_str(&format!("\n  {line}"));
        }
        out
    };
    Some(match command {
        "" | "render" | "check" | "plan" => format!(
            "{}\n\n{}\n{}",
            examples("cli.examples", EXAMPLES),
            text("cli.exit-codes", &[]),
            text("cli.docs", &[])
        ),
        "new" => examples(
            "cli.example",
            &["emcee new 民主生活会 -o 2025-民主生活会.yaml"],
        ),
        "schema" => format!(
            "{}\n\n{}\n  {}\n{}\n{}",
            examples("cli.example", &["emcee schema -o emcee.schema.json"]),
            text("cli.schema.then", &[]),
            crate::schema::modeline(crate::schema::FILE_NAME),
            text("cli.schema.editor", &[]),
            text("cli.schema.new", &[])
        ),
        "help" => examples(
            "cli.examples",
            &[
                "emcee help format",
                "emcee help format | less",
                "emcee help templates",
                "emcee help render",
            ],
        ),
        _ => return None,
    })
}

/// A built command's headings, its options' values and its `--help` and `--version` lines in
/// the language of messages; built, because clap adds those two options when it builds.
fn headed(cmd: &mut clap::Command, about_width: usize) {
    let styles = cmd.get_styles();
    let (usage, header) = (styles.get_usage(), styles.get_header());
    let heading = |id: &str, style: &clap::builder::styling::Style| {
        let words = text(id, &[]);
        let space = if words.ends_with(':') { " " } else { "" };
        format!("{style}{words}{style:#}{space}")
    };
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}",
        heading("cli.heading.usage", usage)
    );
    let mut section = |id: &str, tag: &str| {
        let words = heading(id, header);
        template.push_str(&format!("\n\n{}\n{{{tag}}}", words.trim_end()));
    };
    if cmd.has_subcommands() {
        section("cli.heading.commands", "subcommands");
    }
    if cmd.get_positionals().next().is_some() {
        section("cli.heading.arguments", "positionals");
    }
    section("cli.heading.options", "options");
    template.push_str("{after-help}");
    let taken = std::mem::take(cmd).help_template(template);
    let taken = taken.mut_args(|arg| match arg.get_id().as_str() {
        "help" if arg.get_long_help().is_some() => arg
            .help(text("cli.flag.help-short", &[]))
            .long_help(text("cli.flag.help-long", &[])),
        "help" => arg.help(text("cli.flag.help", &[])),
        "version" => arg.help(text("cli.flag.version", &[])),
        _ => with_values(arg),
    });
    *cmd = match crate::i18n::lang() {
        crate::i18n::Lang::En => taken,
        _ => lined(taken, about_width),
    };
}

/// The terminal a Chinese help is laid out for: clap breaks only at spaces, so Chinese is
/// broken into lines by emcee, for the narrowest common terminal.
const TERMINAL_WIDTH: usize = 80;

/// The width of a help text under its option: clap puts it on the line after the option, 10
/// columns in.
const HELP_WIDTH: usize = TERMINAL_WIDTH - 10;

/// `cmd` with its help texts broken into lines for Chinese, which clap does not break (it
/// breaks only at spaces), each on the line after its option as in a long help.
fn lined(cmd: clap::Command, about_width: usize) -> clap::Command {
    let wrap = |text: Option<&clap::builder::StyledStr>, width| {
        text.map(|t| wrapped(&t.to_string(), width))
    };
    let about = wrap(cmd.get_about(), about_width);
    // emcee's own list of commands fits beside them.
    let below = !cmd.has_subcommands();
    let cmd = cmd.next_line_help(below).mut_args(|arg| {
        let (help, long) = (
            wrap(arg.get_help(), HELP_WIDTH),
            wrap(arg.get_long_help(), HELP_WIDTH),
        );
        let arg = match help {
            Some(help) => arg.help(help),
            None => arg,
        };
        match long {
            Some(long) => arg.long_help(long),
            None => arg,
        }
    });
    match about {
        Some(about) => cmd.about(about),
        None => cmd,
    }
}

/// `text` with each line longer than `width` display columns broken where Chinese allows:
/// after full-width punctuation, between Chinese characters, at a space; never inside `code`,
/// never before a closing mark or after an opening one. A line of a list (`- …`) goes on
/// indented under its text.
fn wrapped(text: &str, width: usize) -> String {
    text.split('\n')
        .map(|line| wrapped_line(line, width))
        .collect::<Vec<_>>()
        .join("\n")
}

fn wrapped_line(line: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let indent = if line.starts_with("- ") { "  " } else { "" };
    let chars: Vec<char> = line.chars().collect();
    let wide = |c: &char| c.width().unwrap_or(0);
    let mut lines: Vec<String> = Vec::new();
    let (mut start, mut column, mut code) = (0, 0, false);
    let mut last_break = None;
    for (i, c) in chars.iter().enumerate() {
        if i > start && !code && breakable(chars[i - 1], *c) {
            last_break = Some(i);
        }
        if *c == '`' {
            code = !code;
        }
        column += wide(c);
        let limit = if lines.is_empty() {
            width
        } else {
            width - indent.len()
        };
        if column > limit
            && let Some(at) = last_break.take()
        {
            lines.push(
                chars[start..at]
                    .iter()
                    .collect::<String>()
                    .trim_end()
                    .to_string(),
            );
            start = at + usize::from(chars[at] == ' ');
            column = chars[start..=i].iter().map(wide).sum();
        }
    }
    lines.push(chars[start..].iter().collect());
    lines.join(&format!("\n{indent}"))
}

/// Whether a line may break between `before` and `after`.
fn breakable(before: char, after: char) -> bool {
    const CLOSING: &str = "，。；：、！？）》」』”’…";
    const OPENING: &str = "（《「『“‘";
    let chinese = |c: char| {
        ('\u{4E00}'..='\u{9FFF}').contains(&c)
            || ('\u{3000}'..='\u{30FF}').contains(&c)
            || ('\u{FF00}'..='\u{FFEF}').contains(&c)
    };
    if CLOSING.contains(after) || OPENING.contains(before) {
        return false;
    }
    after == ' ' && !chinese(before) || before == ' ' || chinese(before) || chinese(after)
}

/// Words ending in an ASCII `:` or `,` with the space that follows them (full-width
/// punctuation takes none).
fn spaced(words: String) -> String {
    if words.ends_with([':', ',']) {
        words + " "
    } else {
        words
    }
}

/// A usage error of clap's (an unknown option, a missing argument, a value not allowed) in the
/// language of messages, from the catalogue, laid out as clap lays it out: the error, the
/// values allowed, a tip (a similar option, command or value), the usage line and where to
/// find more. `None` for an error clap words in a way the catalogue does not cover.
pub fn usage_error(error: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let string = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        _ => None,
    };
    let strings = |kind| match error.get(kind) {
        Some(ContextValue::Strings(s)) => s.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let arg = string(ContextKind::InvalidArg).unwrap_or_default();
    let value = string(ContextKind::InvalidValue).unwrap_or_default();
    let mut message = match error.kind() {
        ErrorKind::UnknownArgument if arg.starts_with('-') => {
            text("usage.unknown-argument", &[("arg", &arg)])
        }
        ErrorKind::UnknownArgument => text("usage.extra-argument", &[("arg", &arg)]),
        ErrorKind::InvalidValue if value.is_empty() => {
            text("usage.value-required", &[("arg", &arg)])
        }
        ErrorKind::InvalidValue => text("usage.invalid-value", &[("arg", &arg), ("value", &value)]),
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error).map(|s| s.to_string())?;
            let values = [
                ("arg", arg.as_str()),
                ("value", &value),
                ("reason", &reason),
            ];
            text("usage.validation", &values)
        }
        ErrorKind::TooManyValues => {
            text("usage.too-many-values", &[("arg", &arg), ("value", &value)])
        }
        ErrorKind::InvalidSubcommand => {
            let name = string(ContextKind::InvalidSubcommand)?;
            text("usage.invalid-subcommand", &[("name", &name)])
        }
        ErrorKind::MissingRequiredArgument => {
            let mut message = text("usage.missing", &[]);
            for missing in strings(ContextKind::InvalidArg) {
                message.push_str(&format!("\n  {missing}"));
            }
            message
        }
        // No option of emcee's excludes another: the one conflict is an option given twice.
        ErrorKind::ArgumentConflict if string(ContextKind::PriorArg) == Some(arg.clone()) => {
            text("usage.repeated", &[("arg", &arg)])
        }
        _ => return None,
    };
    let separator = text("usage.separator", &[]);
    let allowed = strings(ContextKind::ValidValue);
    if !allowed.is_empty() {
        let values = text(
            "usage.possible-values",
            &[("values", &allowed.join(&separator))],
        );
        message.push_str(&format!("\n  [{values}]"));
    }
    let quoted = |list: &[String]| -> String {
        let quoted: Vec<String> = list
            .iter()
            .map(|s| text("usage.quoted", &[("text", s)]))
            .collect();
        quoted.join(&text("usage.alternatives", &[]))
    };
    let mut tips = Vec::new();
    for (kind, one, several) in [
        (
            ContextKind::SuggestedSubcommand,
            "usage.similar-subcommand",
            "usage.similar-subcommands",
        ),
        (
            ContextKind::SuggestedArg,
            "usage.similar-argument",
            "usage.similar-arguments",
        ),
        (
            ContextKind::SuggestedValue,
            "usage.similar-value",
            "usage.similar-values",
        ),
    ] {
        let suggestions = strings(kind);
        let id = if suggestions.len() > 1 { several } else { one };
        if !suggestions.is_empty() {
            tips.push(crate::i18n::text(
                id,
                &[("suggestions", &quoted(&suggestions))],
            ));
        }
    }
    if let Some(ContextValue::StyledStrs(suggested)) = error.get(ContextKind::Suggested) {
        for tip in suggested.iter().map(ToString::to_string) {
            // clap's one tip of this shape; any other is kept as clap words it.
            let as_value = tip
                .strip_prefix("to pass '")
                .and_then(|rest| rest.split_once("' as a value"))
                .map(|(arg, _)| text("usage.as-value", &[("arg", arg)]));
            tips.push(as_value.unwrap_or(tip));
        }
    }
    let mut out = crate::diagnostic::prefixed("severity.error", &message);
    if !tips.is_empty() {
        out.push('\n');
    }
    for tip in tips {
        out.push_str(&format!(
            "\n  {}",
            crate::diagnostic::prefixed("usage.tip", &tip)
        ));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let line = usage.trim_start_matches("Usage:").trim_start();
        let heading = crate::diagnostic::prefixed("cli.heading.usage", line);
        out.push_str(&format!("\n\n{heading}"));
    }
    let more = text("usage.more", &[("flag", "--help")]);
    Some(format!("{out}\n\n{more}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and every argument, with the command's name.
    fn arguments() -> Vec<(String, clap::Arg)> {
        let cli = Cli::command();
        let mut all: Vec<(String, clap::Arg)> = cli
            .get_arguments()
            .map(|a| (String::new(), a.clone()))
            .collect();
        for sub in cli.get_subcommands() {
            all.extend(
                sub.get_arguments()
                    .map(|a| (sub.get_name().to_string(), a.clone())),
            );
        }
        all
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_the_catalogue() {
        for sub in Cli::command().get_subcommands() {
            assert!(
                crate::i18n::has(&format!("cli.{}.about", sub.get_name())),
                "{}",
                sub.get_name()
            );
        }
        for (command, arg) in arguments() {
            let id = arg.get_id().as_str();
            if ["help", "version"].contains(&id) {
                continue;
            }
            assert!(
                crate::i18n::has(&format!("cli.{command}.{id}"))
                    || crate::i18n::has(&format!("cli.arg.{id}")),
                "{command} {id}"
            );
        }
    }

    #[test]
    fn chinese_is_broken_between_characters_never_inside_code_nor_before_a_closing_mark() {
        assert_eq!(
            wrapped("把文稿写入这个文件，而不是输出到标准输出", 20),
            "把文稿写入这个文件，\n而不是输出到标准输出"
        );
        assert_eq!(
            wrapped("与 `--doc speech` 合用", 12),
            "与\n`--doc speech`\n合用"
        );
        assert_eq!(wrapped("一二三四（五）", 10), "一二三四\n（五）");
        assert_eq!(wrapped("一二三四五。六", 10), "一二三四\n五。六");
        assert_eq!(
            wrapped("- packet：全套材料，各自另起一页", 24),
            "- packet：全套材料，各自\n  另起一页"
        );
        assert_eq!(wrapped("short\n短", 4), "short\n短");
    }

    /// The English catalogue says what each value means as the value's own doc comment does
    /// (clap shows that one in English), so the two cannot drift.
    #[test]
    fn the_values_mean_in_the_catalogue_what_their_doc_comments_say() {
        let mut seen = 0;
        for (_, arg) in arguments() {
            for value in arg.get_possible_values() {
                let Some(help) = value.get_help() else {
                    continue;
                };
                let id = format!("cli.value.{}.{}", arg.get_id(), value.get_name());
                assert_eq!(text(&id, &[]), help.to_string(), "{id}");
                seen += 1;
            }
        }
        assert_eq!(seen, 13);
    }
}
