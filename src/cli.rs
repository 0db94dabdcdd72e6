//! The command line: clap types only, no I/O. The doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

const EXAMPLES: &str = "\
Examples:
  emcee render agendas/ideology-work-meeting.yaml
  emcee render agendas/ideology-work-meeting.yaml -o 主持词.txt
  emcee check agendas/*.yaml
  cat meeting.yaml | emcee render -

Exit codes: 0 ok, 1 invalid agenda or failed output, 2 wrong usage.
The agenda format: docs/agenda-format.md";

/// Compile a YAML meeting agenda into the script the host reads aloud (会议主持词).
#[derive(Debug, Parser)]
#[command(name = "emcee", version, after_help = EXAMPLES)]
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
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The agenda file (YAML), or `-` to read standard input.
    pub agenda: PathBuf,
    /// Write the script to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub templates: TemplateArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The agenda files (YAML).
    #[arg(required = true)]
    pub agendas: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TemplateArgs {
    /// A folder of script templates that override the built-in ones file by file
    /// (a `scripts/` folder in the current directory does the same).
    #[arg(long, value_name = "DIR")]
    pub scripts: Option<PathBuf>,
}
