//! The command line: help, exit codes, output files, template overrides.

use std::fs;

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee, emcee_in, project_with, root, run};

#[test]
fn help_shows_an_example() {
    assert_cmd_snapshot!(emcee().arg("--help"));
}

#[test]
fn the_docs_are_in_the_binary() {
    let doc = |path: &str| fs::read_to_string(root().join(path)).unwrap();
    let (code, format, _) = run(emcee().args(["help", "format"]));
    assert_eq!(code, 0);
    assert_eq!(
        format,
        doc("docs/agenda-format.md") + "\n" + &doc("docs/moves.md")
    );
    let (code, templates, _) = run(emcee().args(["help", "templates"]));
    assert_eq!((code, templates), (0, doc("docs/templates.md")));
    let (code, render, _) = run(emcee().args(["help", "render"]));
    assert_eq!(code, 0);
    assert!(render.contains("Usage: emcee render"), "{render}");
    let (code, _, stderr) = run(emcee().args(["help", "formats"]));
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("error: no help on `formats`"),
        "{stderr}"
    );
}

#[test]
fn wrong_usage_exits_with_two() {
    assert_cmd_snapshot!(emcee().args(["render"]));
    assert_cmd_snapshot!(emcee().args(["publish", "x.yaml"]));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let agenda = fs::read(root().join("tests/cases/diyi-points.yaml")).unwrap();
    let out = emcee()
        .args(["render", "-"])
        .stdin(fs::File::open(root().join("tests/cases/diyi-points.yaml")).unwrap())
        .output()
        .unwrap();
    assert!(out.status.success());
    let (_, direct, _) = run(emcee().args(["render", "cases/diyi-points.yaml"]));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), direct);
    assert!(!agenda.is_empty());
}

#[test]
fn output_goes_to_a_file_and_a_failed_run_leaves_it_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("主持词.txt");
    let good = root().join("tests/cases/diyi-points.yaml");
    let bad = root().join("tests/errors/unknown-person.yaml");

    let (code, stdout, stderr) = run(emcee().arg("render").arg(&good).arg("-o").arg(&out));
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (0, "", ""));
    let written = fs::read_to_string(&out).unwrap();
    assert!(written.starts_with("同志们：\n"), "{written}");

    let (code, _, _) = run(emcee().arg("render").arg(&bad).arg("-o").arg(&out));
    assert_eq!(code, 1);
    assert_eq!(fs::read_to_string(&out).unwrap(), written);
    // No temporary files are left behind.
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn the_input_is_never_overwritten() {
    let dir = project_with("diyi-points.yaml");
    let agenda = dir.path().join("meeting.yaml");
    let before = fs::read(&agenda).unwrap();
    assert_cmd_snapshot!(emcee_in(dir.path()).args([
        "render",
        "meeting.yaml",
        "-o",
        "./meeting.yaml"
    ]));
    assert_eq!(fs::read(&agenda).unwrap(), before);
}

#[test]
fn output_into_a_missing_folder_is_refused() {
    let dir = project_with("diyi-points.yaml");
    assert_cmd_snapshot!(emcee_in(dir.path()).args([
        "render",
        "meeting.yaml",
        "-o",
        "out/主持词.txt"
    ]));
}

/// A project folder with its own `scripts/zh-CN/macros.txt.j2` that renders people by
/// call name and steps without the 请.
fn project_with_override() -> tempfile::TempDir {
    let dir = project_with("diyi-points.yaml");
    let scripts = dir.path().join("scripts/zh-CN");
    fs::create_dir_all(&scripts).unwrap();
    let macros = fs::read_to_string(root().join("scripts/zh-CN/macros.txt.j2"))
        .unwrap()
        .replace("{%- else %}请{{ whom }}", "{%- else %}有请{{ whom }}");
    assert!(macros.contains("有请"));
    fs::write(scripts.join("macros.txt.j2"), macros).unwrap();
    dir
}

#[test]
fn a_local_scripts_folder_overrides_built_in_templates() {
    let dir = project_with_override();
    let (code, script, stderr) = run(emcee_in(dir.path()).args(["render", "meeting.yaml"]));
    assert_eq!((code, stderr.as_str()), (0, ""));
    insta::assert_snapshot!(script);
}

#[test]
fn scripts_option_overrides_built_in_templates() {
    let dir = project_with_override();
    let (_, from_folder, _) = run(emcee_in(dir.path()).args(["render", "meeting.yaml"]));
    let (code, from_option, stderr) = run(emcee()
        .arg("render")
        .arg(dir.path().join("meeting.yaml"))
        .arg("--scripts")
        .arg(dir.path().join("scripts")));
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(from_option, from_folder);
    assert!(from_option.contains("有请"));
}

#[test]
fn a_template_with_an_undefined_value_fails_with_its_place() {
    let dir = project_with("diyi-points.yaml");
    let scripts = dir.path().join("scripts/zh-CN");
    fs::create_dir_all(&scripts).unwrap();
    fs::write(
        scripts.join("script.txt.j2"),
        "{{ meeting.title }}\n{{ meeting.venue }}\n",
    )
    .unwrap();
    fs::write(dir.path().join("主持词.txt"), "earlier").unwrap();
    assert_cmd_snapshot!(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "主持词.txt"]));
    assert_eq!(
        fs::read_to_string(dir.path().join("主持词.txt")).unwrap(),
        "earlier"
    );
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    // The script must be larger than the pipe's buffer, or emcee finishes writing before the
    // reader goes away and the closed pipe is never met.
    let dir = tempfile::tempdir().unwrap();
    let mut agenda = String::from(
        "meeting:\n  title: 测试会议\npeople:\n  a: { name: 甲, title: 局长 }\n  b: { name: 乙, title: 副局长 }\nhost: a\nagenda:\n",
    );
    for i in 0..3000 {
        agenda.push_str(&format!(
            "  - {{ who: b, does: 发言, what: 议题{i}的有关情况 }}\n"
        ));
    }
    std::fs::write(dir.path().join("big.yaml"), agenda).unwrap();
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "'{}' render big.yaml | head -c 1 >/dev/null; echo \"${{PIPESTATUS[0]}}\"",
            env!("CARGO_BIN_EXE_emcee")
        ))
        .current_dir(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "0",
        "exit code"
    );
}

/// The usage errors clap finds (an unknown option, a missing argument, a value not allowed, a
/// command misspelt), with clap's tips and exit code, in the locale `lang`.
fn snapshot_usage_errors(prefix: &str, lang: &str) {
    for (name, args) in [
        ("unknown-option", &["render", "--formt", "docx"][..]),
        ("missing-argument", &["render"][..]),
        ("bad-value", &["render", "x.yaml", "--format", "pdfx"][..]),
        ("no-value", &["render", "x.yaml", "--format"][..]),
        ("similar-value", &["render", "x.yaml", "--doc", "scrpt"][..]),
        ("unknown-command", &["rendr", "x.yaml"][..]),
        ("two-similar-commands", &["chec", "x.yaml"][..]),
        ("option-as-value", &["check", "-q", "x.yaml"][..]),
        ("extra-argument", &["new", "a", "b"][..]),
        (
            "option-twice",
            &["render", "x.yaml", "--format", "txt", "--format", "md"][..],
        ),
        (
            "flag-with-value",
            &["render", "x.yaml", "--large-print=3"][..],
        ),
    ] {
        let mut cmd = emcee();
        cmd.env("LANG", lang).args(args);
        let (code, stdout, stderr) = run(&mut cmd);
        assert_eq!((code, stdout.as_str()), (2, ""), "{name}");
        insta::assert_snapshot!(format!("usage-{prefix}-{name}"), stderr);
    }
}

#[test]
fn usage_errors_are_in_english_as_clap_words_them() {
    snapshot_usage_errors("en", "en_US.UTF-8");
}

#[test]
fn usage_errors_are_in_chinese_in_a_chinese_locale() {
    snapshot_usage_errors("zh", "zh_CN.UTF-8");
}

#[test]
fn dash_is_standard_output_and_a_word_document_goes_down_a_pipe() {
    let dir = tempfile::tempdir().unwrap();
    let agenda = root().join("agendas/symposium.yaml");
    let mut cmd = emcee_in(dir.path());
    let out = cmd
        .args(["render", agenda.to_str().unwrap(), "-o", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let script = String::from_utf8(out.stdout).unwrap();
    assert!(
        script.starts_with("尊敬的各位企业家朋友、同志们：\n"),
        "{script}"
    );
    assert!(
        !dir.path().join("-").exists(),
        "`-o -` wrote a file named -"
    );
    // Standard output is a pipe here, not a terminal: the .docx (a zip) goes down it.
    let out = emcee_in(dir.path())
        .args([
            "render",
            agenda.to_str().unwrap(),
            "-o",
            "-",
            "--format",
            "docx",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"PK\x03\x04"), "not a .docx");
    assert!(!dir.path().join("-").exists());
}
