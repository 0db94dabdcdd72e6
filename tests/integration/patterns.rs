//! The patterns of real host scripts (`shared/genre/patterns.md`), each written with the
//! format's own keys in an agenda under `tests/patterns/`. Every `# expect:` line of an agenda
//! must be a paragraph of its script, word for word; the whole script is a snapshot.

use crate::util::{emcee, run};

#[test]
fn every_pattern_is_written_with_the_formats_own_keys() {
    insta::glob!("../patterns", "*.yaml", |path| {
        let name = path.file_name().unwrap().to_str().unwrap();
        let source = std::fs::read_to_string(path).unwrap();
        let (code, script, stderr) = run(emcee().args(["render", &format!("patterns/{name}")]));
        assert_eq!((code, stderr.as_str()), (0, ""), "{name}");
        let paragraphs: Vec<&str> = script.lines().collect();
        let expected: Vec<&str> = source
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .collect();
        assert!(!expected.is_empty(), "{name} expects nothing");
        for line in expected {
            assert!(
                paragraphs.contains(&line),
                "{name}: no paragraph reads\n{line}\nin\n{script}"
            );
        }
        insta::assert_snapshot!(script);
    });
}

/// Every number or name known only in the room is a blank that `emcee check` lists, with where
/// it stands in the agenda: counts, the names elected and their votes, the platform read on
/// the day.
#[test]
fn check_lists_the_blanks_left_for_the_day() {
    insta_cmd::assert_cmd_snapshot!(crate::util::emcee_in(&crate::util::root()).args([
        "check",
        "agendas/branch-election.yaml",
        "agendas/congress/third-plenary-session.yaml",
        "agendas/cppcc-plenary.yaml",
        "agendas/delegation-preselection.yaml",
        "tests/patterns/c08b-counted-votes.yaml",
        "tests/patterns/c12-by-election.yaml",
        "tests/patterns/a14-quorum-forms.yaml",
        "tests/patterns/a08-platform.yaml",
    ]));
}
