//! The first proof: the sample agenda renders the reference host script word for word.

use crate::util::{emcee_in, root, run};

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn sample_agenda_reproduces_the_reference_script() {
    let (code, script, stderr) =
        run(emcee_in(&root()).args(["render", "agendas/ideology-work-meeting.yaml"]));
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stderr, "");
    let reference = std::fs::read_to_string(root().join("tests/golden/moderator-script.txt"))
        .expect("the reference is in tests/golden");
    assert_eq!(without_whitespace(&script), without_whitespace(&reference));
    // One paragraph per line: salutation, opening, two items, the closing, three points.
    assert_eq!(script.lines().count(), 8);
    assert!(script.ends_with("走深走实。\n"));
    assert!(!script.contains('\r'));
}
