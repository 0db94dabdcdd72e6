//! The command line: clap types only, no I/O. The doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::format::{Format, Paper};
use crate::pipeline::Doc;

const EXAMPLES: &str = "\
Examples:
  emcee render agendas/ideology-work-meeting.yaml
  emcee render agendas/ideology-work-meeting.yaml -o 主持词.txt
  emcee render agendas/ideology-work-meeting.yaml --doc handout -o 议程.docx
  emcee render agendas/ideology-work-meeting.yaml -o 主持词.docx --large-print
  emcee plan agendas/ideology-work-meeting.yaml
  emcee check agendas/*.yaml
  emcee render agendas/*.yaml --out-dir out/ --format docx
  emcee templates
  emcee new 民主生活会 -o 2025-民主生活会.yaml
  cat meeting.yaml | emcee render -

Exit codes: 0 ok, 1 invalid agenda or failed output, 2 wrong usage.
The agenda format: emcee help format; your own phrasing: emcee help templates";

/// Compile a YAML meeting agenda into the script the host reads aloud (会议主持词).
#[derive(Debug, Parser)]
#[command(
    name = "emcee",
    version,
    after_help = EXAMPLES,
    disable_help_subcommand = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write the host's script for an agenda.
    #[command(after_help = EXAMPLES)]
    Render(RenderArgs),
    /// Check agendas and list every problem in them, without writing anything.
    #[command(after_help = EXAMPLES)]
    Check(CheckArgs),
    /// Print the run sheet: every step on the clock, the totals, the end time and any warnings.
    #[command(after_help = EXAMPLES)]
    Plan(PlanArgs),
    /// List the agenda templates: the built-in ones and your own.
    Templates(TemplatesArgs),
    /// Start an agenda from a template (see `emcee templates`).
    #[command(after_help = "Example:\n  emcee new 民主生活会 -o 2025-民主生活会.yaml")]
    New(NewArgs),
    /// Write the JSON Schema of the agenda format, for an editor to complete and check keys.
    #[command(after_help = SCHEMA_HELP)]
    Schema(SchemaArgs),
    /// Print the agenda format (`format`), the guide to your own phrasing (`templates`), or
    /// a command's help.
    #[command(
        after_help = "Examples:\n  emcee help format\n  emcee help format | less\n  emcee help templates\n  emcee help render"
    )]
    Help(HelpArgs),
}

const SCHEMA_HELP: &str = "\
Example:
  emcee schema -o emcee.schema.json

Then the first line of an agenda,
  # yaml-language-server: $schema=emcee.schema.json
makes VS Code (with Red Hat's YAML extension) complete and check its keys.
`emcee new` writes that line.";

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Write the schema to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct HelpArgs {
    /// `format`, `templates`, or a command (`render`, `check`…); none for emcee's own help.
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
    /// The template's name, as `emcee templates` lists it.
    pub template: String,
    /// Write the agenda to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite FILE if it exists.
    #[arg(long)]
    pub force: bool,
    #[command(flatten)]
    pub library: LibraryArgs,
}

#[derive(Debug, Args)]
pub struct LibraryArgs {
    /// A folder of your own agenda templates, used by name alongside the built-in ones (a
    /// `agendas/templates/` folder in the current directory does the same).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The agenda files (YAML), or `-` to read standard input.
    #[arg(required = true, value_name = "AGENDA")]
    pub agendas: Vec<PathBuf>,
    /// Write the document to this file instead of standard output (one agenda).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Write each agenda's document into this folder, as NAME.txt (NAME.handout.docx …);
    /// two agendas of one NAME are refused rather than written over each other.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Which document to write.
    #[arg(long, value_enum, default_value_t = Doc::Script)]
    pub doc: Doc,
    /// With `--doc speech` or `report`: the id of the item whose text to write, when there are
    /// several.
    #[arg(long, value_name = "ID")]
    pub text: Option<String>,
    /// The file format; by default taken from the output file's extension, else plain text.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Larger type for reading aloud (Word: 小二 on 18 lines of 24 characters).
    #[arg(long)]
    pub large_print: bool,
    /// The paper of an English document, in Word and printed from HTML; the run sheet is
    /// landscape on it (Chinese documents are A4, as GB/T 9704 asks).
    #[arg(long, value_enum, default_value_t = Paper::Letter)]
    pub paper: Paper,
    /// Page numbers at the right of every page, for single-sided printing (Word).
    #[arg(long)]
    pub simplex: bool,
    /// Take the Word styles from this .docx (an office's own template), like pandoc.
    #[arg(long, value_name = "FILE")]
    pub reference_doc: Option<PathBuf>,
    /// Leave out the stage directions （稍停）.
    #[arg(long)]
    pub no_cues: bool,
    /// Refuse to write while any placeholder 〔待填：…〕 is left: for the copy that is printed.
    #[arg(long = "final")]
    pub is_final: bool,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The agenda file (YAML), or `-` to read standard input.
    pub agenda: PathBuf,
    /// Fail (exit 1) on warnings too: overruns, gaps, overlaps, items without minutes.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The agenda files (YAML).
    #[arg(required = true)]
    pub agendas: Vec<PathBuf>,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub strict: bool,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// A folder of script templates that override the built-in ones file by file
    /// (a `scripts/` folder beside the agenda does the same).
    #[arg(long, value_name = "DIR")]
    pub scripts: Option<PathBuf>,
    #[command(flatten)]
    pub library: LibraryArgs,
}
