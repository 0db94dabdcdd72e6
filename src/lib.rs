//! emcee compiles a YAML meeting agenda into the script the host reads aloud (会议主持词).
//!
//! The pipeline, one module per stage: [`load`] (read and parse into [`raw`] types) →
//! [`validate`] (into the checked [`model`]) → [`plan`] (numbering and numerals) → [`render`]
//! (minijinja templates from `scripts/`) → [`write`]. [`pipeline`] chains them and
//! [`commands`] runs them for the command line.

pub mod cli;
pub mod commands;
pub mod diagnostic;
pub mod document;
pub mod extend;
pub mod format;
pub mod i18n;
pub mod ime;
pub mod library;
pub mod load;
pub mod model;
pub mod numerals;
pub mod pipeline;
pub mod plan;
pub mod raw;
pub mod render;
pub mod schedule;
pub mod schema;
pub mod validate;
pub mod write;
pub mod yaml;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::commands::Exit;

/// Runs emcee with these command-line arguments and returns the exit code.
pub fn run<I, T>(args: I) -> Exit
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            match cli::usage_error(&e).filter(|_| e.use_stderr()) {
                Some(message) => eprint!("{message}"),
                None => drop(e.print()),
            }
            return if e.use_stderr() {
                Exit::Usage
            } else {
                Exit::Ok
            };
        }
    };
    match &cli.command {
        Command::Render(args) => commands::render(args),
        Command::Check(args) => commands::check(args),
        Command::Plan(args) => commands::plan(args),
        Command::Templates(args) => commands::templates(args),
        Command::New(args) => commands::new(args),
        Command::Help(args) => commands::help(args),
        Command::Schema(args) => commands::schema(args),
    }
}
