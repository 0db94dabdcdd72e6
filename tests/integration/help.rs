//! Every command's `--help`, in English and, in a Chinese locale, in Chinese.

use crate::util::{emcee, root, run};

/// The commands, `""` for emcee itself.
const COMMANDS: &[&str] = &[
    "",
    "render",
    "check",
    "plan",
    "templates",
    "new",
    "schema",
    "help",
];

/// The help of `command` with `flag` (`--help` or `-h`) in the locale `lang`.
fn help(lang: &str, command: &str, flag: &str) -> String {
    let mut cmd = emcee();
    cmd.env("LANG", lang);
    if !command.is_empty() {
        cmd.arg(command);
    }
    let (code, stdout, stderr) = run(cmd.arg(flag));
    assert_eq!((code, stderr.as_str()), (0, ""), "{command} {flag}");
    stdout
}

/// Snapshots every command's `--help`, and `render -h`, in the locale `lang`, named
/// `PREFIX-COMMAND`.
fn snapshot_every_help(prefix: &str, lang: &str) {
    for command in COMMANDS {
        let name = if command.is_empty() { "emcee" } else { command };
        insta::assert_snapshot!(format!("{prefix}-{name}"), help(lang, command, "--help"));
    }
    insta::assert_snapshot!(format!("{prefix}-render-short"), help(lang, "render", "-h"));
}

#[test]
fn every_command_has_its_help_in_english() {
    snapshot_every_help("en", "en_US.UTF-8");
}

#[test]
fn every_command_has_its_help_in_chinese_in_a_chinese_locale() {
    snapshot_every_help("zh", "zh_CN.UTF-8");
}

#[test]
fn help_on_a_command_is_its_long_help_in_the_language_of_messages() {
    let (code, stdout, _) = run(emcee().env("LANG", "zh_CN.UTF-8").args(["help", "render"]));
    assert_eq!(code, 0);
    assert_eq!(stdout, help("zh_CN.UTF-8", "render", "--help"));
    let (_, stdout, _) = run(emcee()
        .env("LANG", "zh_CN.UTF-8")
        .env("EMCEE_LANG", "en")
        .args(["help", "render"]));
    assert_eq!(stdout, help("C", "render", "--help"));
}

#[test]
fn the_guides_are_in_chinese_in_a_chinese_locale() {
    let doc = |path: &str| std::fs::read_to_string(root().join(path)).unwrap();
    let (code, format, _) = run(emcee().env("LANG", "zh_CN.UTF-8").args(["help", "format"]));
    assert_eq!(code, 0);
    assert_eq!(
        format,
        doc("docs/zh-CN/agenda-format.md") + "\n" + &doc("docs/zh-CN/moves.md")
    );
    let (code, templates, _) = run(emcee()
        .env("LANG", "zh_CN.UTF-8")
        .args(["help", "templates"]));
    assert_eq!((code, templates), (0, doc("docs/zh-CN/templates.md")));
}

/// The keys a guide's tables name in their first column (`title`, `meeting.start`…).
fn keys_in_tables(text: &str) -> Vec<String> {
    let mut keys = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("| `")) {
        let first = line[1..].split(" | ").next().unwrap_or_default();
        keys.extend(first.split('`').skip(1).step_by(2).map(str::to_string));
    }
    keys
}

#[test]
fn the_chinese_guides_name_every_key_the_english_ones_do() {
    for (english, chinese) in [
        ("docs/agenda-format.md", "docs/zh-CN/agenda-format.md"),
        ("docs/templates.md", "docs/zh-CN/templates.md"),
    ] {
        let english = std::fs::read_to_string(root().join(english)).unwrap();
        let chinese = std::fs::read_to_string(root().join(chinese)).unwrap();
        let keys = keys_in_tables(&english);
        assert!(keys.len() > 50, "{keys:?}");
        let missing: Vec<&String> = keys
            .iter()
            .filter(|key| !chinese.contains(&format!("`{key}`")))
            .collect();
        assert!(missing.is_empty(), "not in the Chinese guide: {missing:?}");
        let table_keys = keys_in_tables(&chinese);
        for key in &keys {
            assert!(table_keys.contains(key), "not in a table: {key}");
        }
    }
}

/// Every row of a guide's tables that opens with a key, as (that key, each key named in the
/// row's first two cells): (`approval`, `motions`), (`approval`, `ask`)…
fn keys_by_row(text: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("| `")) {
        let cells: Vec<&str> = line[1..].split(" | ").take(2).collect();
        let row = cells[0].split('`').nth(1).unwrap_or_default().to_string();
        for cell in cells {
            for key in cell.split('`').skip(1).step_by(2) {
                pairs.push((row.clone(), key.to_string()));
            }
        }
    }
    pairs
}

#[test]
fn the_chinese_moves_guide_names_every_kind_and_key_the_english_one_does() {
    let english = std::fs::read_to_string(root().join("docs/moves.md")).unwrap();
    let chinese = std::fs::read_to_string(root().join("docs/zh-CN/moves.md")).unwrap();
    let english = keys_by_row(&english);
    assert!(english.len() > 300, "{}", english.len());
    assert!(english.contains(&("approval".to_string(), "ask".to_string())));
    let chinese = keys_by_row(&chinese);
    let missing: Vec<&(String, String)> = english
        .iter()
        .filter(|pair| !chinese.contains(pair))
        .collect();
    assert!(missing.is_empty(), "not in the Chinese tables: {missing:?}");
}

#[test]
fn help_on_an_unknown_topic_is_refused_in_the_language_of_messages() {
    insta_cmd::assert_cmd_snapshot!(emcee().env("LANG", "zh_CN.UTF-8").args(["help", "formats"]));
}
