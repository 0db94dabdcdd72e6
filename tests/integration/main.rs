//! emcee's integration tests: one binary, one module per area. Snapshots live in
//! `snapshots/` beside each module; review changes with `cargo insta review` (or run with
//! `INSTA_UPDATE=always` and read the `.snap` files) before committing them.

mod cli;
mod companions;
mod docs;
mod english_print;
mod errors;
mod golden;
mod help;
mod hostile;
mod library;
mod limits;
mod locale;
mod no_silent_drops;
mod outputs;
mod patterns;
mod print;
mod properties;
mod render;
mod safety;
mod schema;
mod texts;
mod time;
mod util;
