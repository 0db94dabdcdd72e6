//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `emcee` binary, run in `dir` with a clean environment.
pub fn emcee_in(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_emcee"));
    cmd.current_dir(dir)
        .env_clear()
        .env("PATH", "/usr/bin:/bin");
    cmd
}

/// The `emcee` binary, run in `tests/` so that paths in messages read `cases/x.yaml`.
pub fn emcee() -> Command {
    emcee_in(&root().join("tests"))
}

/// Runs emcee and returns (exit code, stdout, stderr).
pub fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().expect("emcee runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// Renders the agenda text given on standard input and returns the script; panics with the
/// messages if emcee fails.
pub fn render_text(agenda: &str) -> String {
    use std::io::Write;
    let mut child = emcee()
        .args(["render", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("emcee runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(agenda.as_bytes())
        .expect("agenda written");
    let out = child.wait_with_output().expect("emcee finishes");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "emcee failed:\n{stderr}");
    assert!(stderr.is_empty(), "unexpected messages:\n{stderr}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// A temporary project folder holding a copy of `tests/cases/{case}` as `meeting.yaml`.
pub fn project_with(case: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        root().join("tests/cases").join(case),
        dir.path().join("meeting.yaml"),
    )
    .expect("case copied");
    dir
}
