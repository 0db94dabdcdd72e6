//! Hostile and broken input: every file under `tests/hostile/` gets a clear message (or, for
//! encodings emcee can read, a warning) and its exit code, snapshot by snapshot; none panics,
//! hangs or leaves a file behind.

use std::fs;

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee, emcee_in, run};

#[test]
fn every_hostile_input_gets_a_clear_answer() {
    insta::glob!("../hostile", "*.yaml", |path| {
        let name = format!("hostile/{}", path.file_name().unwrap().to_str().unwrap());
        let (code, stdout, stderr) = run(emcee().args(["check", &name]));
        assert!(code == 0 || code == 1, "{name}: exit {code}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        // Long lines are cut for the snapshot; the whole text is checked above.
        let cut = |s: &str| -> String {
            s.lines()
                .map(|l| l.chars().take(200).collect::<String>())
                .collect::<Vec<_>>()
                .join("\n")
        };
        insta::assert_snapshot!(format!(
            "exit code: {code}\n----- stdout -----\n{}\n----- stderr -----\n{}",
            cut(&stdout),
            cut(&stderr)
        ));
    });
}

#[test]
fn a_file_over_the_size_limit_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.yaml");
    let line = "# ".to_string() + &"填充".repeat(1000) + "\n";
    fs::write(&big, line.repeat(9 * 1024 * 1024 / line.len() + 1)).unwrap();
    assert_cmd_snapshot!(emcee_in(dir.path()).args(["check", "big.yaml"]));
}

#[test]
fn a_bom_and_windows_line_endings_simply_work() {
    let (code, script, stderr) = run(emcee().args(["render", "hostile/bom-crlf.yaml"]));
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        script,
        "同志们：\n今天我们在这里召开专题会议。\n下面，请副主任李四同志讲话。\n同志们，今天会议的各项议程已经进行完毕。\n"
    );
}

#[test]
fn a_gbk_file_from_chinese_windows_is_read_with_a_warning() {
    let (code, script, stderr) = run(emcee().args(["render", "hostile/gbk.yaml"]));
    assert_eq!(code, 0);
    assert!(script.contains("召开专题会议"));
    assert!(
        stderr.starts_with("warning: the file is in GB18030 (GBK), not UTF-8"),
        "{stderr}"
    );
}

#[test]
fn several_agendas_render_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (code, _, stderr) = run(emcee()
        .args([
            "render",
            "cases/diyi-points.yaml",
            "cases/honorifics.yaml",
            "hostile/binary.yaml",
            "--out-dir",
        ])
        .arg(&out));
    assert_eq!(code, 1, "one of the three is not an agenda");
    assert!(stderr.contains("binary data"), "{stderr}");
    let mut written: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    written.sort();
    assert_eq!(written, ["diyi-points.txt", "honorifics.txt"]);
    let (code, _, _) =
        run(emcee().args(["render", "cases/diyi-points.yaml", "cases/honorifics.yaml"]));
    assert_eq!(code, 2, "several agendas need --out-dir");
}

#[test]
fn two_agendas_of_one_name_are_not_written_over_each_other() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (code, _, stderr) = run(emcee()
        .args([
            "render",
            "cases/honorifics.yaml",
            "../agendas/ideology-work-meeting.yaml",
            "cases/../cases/honorifics.yaml",
            "--out-dir",
        ])
        .arg(&out));
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "error: `cases/honorifics.yaml` and `cases/../cases/honorifics.yaml` would both be written as `honorifics.txt`\n = help: render them into different folders, or rename one\n"
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn text_cannot_inject_markup_into_the_documents() {
    // A line break, `@title`, a tab and a private-use marker in agenda text stay text.
    let (code, script, _) = run(emcee().args(["render", "hostile/markup-in-text.yaml"]));
    assert_eq!(code, 0);
    assert_eq!(script.lines().count(), 4, "{script}");
    assert!(script.contains("请副主任李四同志讲话学习贯彻@title 假标题会议精神。"));
    let (_, html, _) =
        run(emcee().args(["render", "hostile/markup-in-text.yaml", "--format", "html"]));
    assert_eq!(html.matches("class=\"title\"").count(), 1, "{html}");
    assert!(!html.contains("<table"));
}
