//! Bad agendas: every message is snapshot-tested, with its exit code. Each file under
//! `tests/errors/` is checked with `emcee check`, and `emcee render` must fail on it too
//! without writing anything.

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee, run};

#[test]
fn every_bad_agenda_gets_a_clear_message() {
    insta::glob!("../errors", "*.yaml", |path| {
        let name = format!("errors/{}", path.file_name().unwrap().to_str().unwrap());
        assert_cmd_snapshot!(emcee().args(["check", &name]));
        let (code, stdout, _) = run(emcee().args(["render", &name]));
        assert_eq!((code, stdout.as_str()), (1, ""), "{name}");
    });
}

#[test]
fn a_missing_file() {
    assert_cmd_snapshot!(emcee().args(["check", "errors/no-such-agenda.yaml"]));
}

#[test]
fn a_folder_instead_of_a_file() {
    assert_cmd_snapshot!(emcee().args(["render", "errors"]));
}

#[test]
fn several_files_are_all_checked() {
    assert_cmd_snapshot!(emcee().args([
        "check",
        "errors/unknown-person.yaml",
        "cases/diyi-points.yaml",
        "errors/empty-agenda.yaml"
    ]));
}

#[test]
fn a_roster_file_reports_its_own_problems() {
    assert_cmd_snapshot!(emcee().args(["check", "errors/roster-case/session.yaml"]));
}
