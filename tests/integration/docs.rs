//! The docs' YAML examples: each agenda in the moves guides (English and Chinese) renders
//! without a message, a fragment does inside a minimal agenda, and a script shown after an
//! example is the one emcee writes.

use std::fs;

use crate::util::{render_text, root};

/// The guides whose examples are checked.
const GUIDES: &[&str] = &["docs/moves.md", "docs/zh-CN/moves.md"];

/// What a fragment lacks to be an agenda, by top-level key.
const BASE: &[(&str, &str)] = &[
    ("meeting:", "meeting: { title: 县教育局党组会议 }\n"),
    ("people:", "people: { li: { name: 李林, title: 局长 } }\n"),
    ("host:", "host: li\n"),
    ("agenda:", "agenda: [{ who: li, does: 讲话 }]\n"),
];

/// An example of a guide: its YAML, and the script shown right after it, if any.
struct Example {
    yaml: String,
    script: Option<String>,
}

/// The ```yaml blocks of `guide`, each with the plain ``` block that follows it before any
/// other block or heading.
fn examples(guide: &str) -> Vec<Example> {
    let mut examples: Vec<Example> = Vec::new();
    let mut lines = guide.lines();
    let mut last_was_yaml = false;
    while let Some(line) = lines.next() {
        if line.starts_with('#') {
            last_was_yaml = false;
        }
        let Some(language) = line.strip_prefix("```") else {
            continue;
        };
        let block: String = lines
            .by_ref()
            .take_while(|l| *l != "```")
            .map(|l| format!("{l}\n"))
            .collect();
        match language {
            "yaml" => {
                examples.push(Example {
                    yaml: block,
                    script: None,
                });
                last_was_yaml = true;
            }
            "" if last_was_yaml => {
                examples.last_mut().expect("a yaml block").script = Some(block);
                last_was_yaml = false;
            }
            _ => last_was_yaml = false,
        }
    }
    examples
}

/// The example as an agenda: the keys a fragment lacks are added from `BASE`.
fn as_agenda(yaml: &str) -> String {
    let mut agenda = yaml.to_string();
    for (key, line) in BASE {
        if !yaml.lines().any(|l| l.starts_with(key)) {
            agenda.push_str(line);
        }
    }
    agenda
}

#[test]
fn every_example_of_the_moves_guides_renders_without_a_message() {
    for guide in GUIDES {
        let text = fs::read_to_string(root().join(guide)).unwrap();
        let examples = examples(&text);
        assert!(examples.len() >= 2, "{guide}: {} examples", examples.len());
        let mut scripts = 0;
        for example in examples {
            if !example.yaml.lines().any(|l| l.starts_with("meeting:")) {
                continue; // a line for the editor, not an agenda
            }
            let script = render_text(&as_agenda(&example.yaml));
            if let Some(expected) = example.script {
                assert_eq!(script, expected, "{guide}:\n{}", example.yaml);
                scripts += 1;
            }
        }
        assert!(scripts >= 1, "{guide}: no script shown");
    }
}

#[test]
fn a_fragment_is_completed_and_a_script_is_paired_with_its_example() {
    let guide = "# A\n\n```yaml\nmeeting:\n  title: 会议\n```\n\ngives\n\n```\n同志们：\n```\n\n## B\n\n```\nnot a script\n```\n";
    let found = examples(guide);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].script.as_deref(), Some("同志们：\n"));
    let agenda = as_agenda(&found[0].yaml);
    assert!(
        agenda.starts_with("meeting:\n  title: 会议\npeople:"),
        "{agenda}"
    );
    assert!(
        agenda.ends_with("agenda: [{ who: li, does: 讲话 }]\n"),
        "{agenda}"
    );
}
