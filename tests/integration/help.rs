//! Every command's `--help`, in English and, in a Chinese locale, in Chinese.

use crate::util::{emcee, run};

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

#[test]
fn every_command_has_its_help_in_english() {
    for command in COMMANDS {
        let name = format!("en-{}", if command.is_empty() { "emcee" } else { command });
        insta::assert_snapshot!(name, help("en_US.UTF-8", command, "--help"));
    }
    insta::assert_snapshot!("en-render-short", help("C", "render", "-h"));
}

#[test]
fn every_command_has_its_help_in_chinese_in_a_chinese_locale() {
    for command in COMMANDS {
        let name = format!("zh-{}", if command.is_empty() { "emcee" } else { command });
        insta::assert_snapshot!(name, help("zh_CN.UTF-8", command, "--help"));
    }
    insta::assert_snapshot!("zh-render-short", help("zh_CN.UTF-8", "render", "-h"));
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
