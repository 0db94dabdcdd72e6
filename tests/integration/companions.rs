//! The files around an agenda: script templates are read by their real path and never from
//! outside their folder, the `scripts/` folder is the one beside the agenda, named folders must
//! exist, and the files an agenda names (`extends`, `people`, `text`) are regular files in a
//! chain of bounded length without circles.

#![cfg(unix)]

use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee_in, project_with, root, run};

/// A project whose `scripts/zh-CN/script.txt.j2` is `template`.
fn with_script(template: &str) -> tempfile::TempDir {
    let dir = project_with("diyi-points.yaml");
    let scripts = dir.path().join("scripts/zh-CN");
    fs::create_dir_all(&scripts).unwrap();
    fs::write(scripts.join("script.txt.j2"), template).unwrap();
    dir
}

fn secret() -> tempfile::TempDir {
    let secret = tempfile::tempdir().unwrap();
    fs::write(secret.path().join("passwd"), "SECRET").unwrap();
    secret
}

#[test]
fn a_link_out_of_the_template_folder_is_not_followed() {
    let secret = secret();
    // A folder link (`ln -s /etc scripts/zh-CN/sys`) and a file link.
    let dir = with_script("{% include \"zh-CN/sys/passwd\" %}\n");
    std::os::unix::fs::symlink(secret.path(), dir.path().join("scripts/zh-CN/sys")).unwrap();
    let (code, stdout, stderr) =
        run(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "out.txt"]));
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(!stderr.contains("SECRET") && !stdout.contains("SECRET"));
    assert!(
        stderr.contains("is a link that leads outside that folder"),
        "{stderr}"
    );
    assert!(!dir.path().join("out.txt").exists());

    let dir = project_with("diyi-points.yaml");
    fs::create_dir_all(dir.path().join("scripts/zh-CN")).unwrap();
    std::os::unix::fs::symlink(
        secret.path().join("passwd"),
        dir.path().join("scripts/zh-CN/script.txt.j2"),
    )
    .unwrap();
    let (code, stdout, stderr) = run(emcee_in(dir.path()).args(["render", "meeting.yaml"]));
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(!stderr.contains("SECRET"));
    assert!(
        stderr.contains("is a link that leads outside that folder"),
        "{stderr}"
    );
}

#[test]
fn a_link_inside_the_template_folder_is_followed() {
    let dir = with_script("{% include \"shared/body.j2\" %}\n");
    let shared = dir.path().join("scripts/shared");
    fs::create_dir_all(&shared).unwrap();
    fs::write(shared.join("real.j2"), "本地模板\n").unwrap();
    std::os::unix::fs::symlink("real.j2", shared.join("body.j2")).unwrap();
    let (code, stdout, stderr) = run(emcee_in(dir.path()).args(["render", "meeting.yaml"]));
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (0, "本地模板\n", "")
    );
}

#[test]
fn the_scripts_folder_is_the_one_beside_the_agenda() {
    let project = tempfile::tempdir().unwrap();
    let office = project.path().join("office");
    fs::create_dir_all(office.join("scripts/zh-CN")).unwrap();
    fs::copy(
        root().join("tests/cases/diyi-points.yaml"),
        office.join("meeting.yaml"),
    )
    .unwrap();
    fs::write(office.join("scripts/zh-CN/script.txt.j2"), "旁边的模板\n").unwrap();
    // A `scripts/` where emcee runs, not beside the agenda: not used.
    fs::create_dir_all(project.path().join("scripts/zh-CN")).unwrap();
    fs::write(
        project.path().join("scripts/zh-CN/script.txt.j2"),
        "运行目录的模板\n",
    )
    .unwrap();
    let (code, stdout, stderr) =
        run(emcee_in(project.path()).args(["render", "office/meeting.yaml"]));
    assert_eq!(
        (code, stdout.as_str(), stderr.as_str()),
        (0, "旁边的模板\n", "")
    );
    let (code, stdout, _) = run(emcee_in(&office).args(["render", "meeting.yaml"]));
    assert_eq!((code, stdout.as_str()), (0, "旁边的模板\n"));
}

#[test]
fn a_missing_scripts_or_templates_folder_is_an_error() {
    let dir = project_with("diyi-points.yaml");
    assert_cmd_snapshot!(
        "missing_scripts",
        emcee_in(dir.path()).args(["render", "meeting.yaml", "--scripts", "my-scripts"])
    );
    assert_cmd_snapshot!(
        "missing_templates",
        emcee_in(dir.path()).args(["check", "meeting.yaml", "--templates", "house"])
    );
    assert_cmd_snapshot!(
        "missing_templates_new",
        emcee_in(dir.path()).args(["new", "民主生活会", "--templates", "house"])
    );
}

/// Runs emcee in `dir`, failing the test if it takes longer than 20 seconds (a hang).
fn run_bounded(dir: &Path, args: &[&str]) -> (i32, String) {
    let mut child = emcee_in(dir)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = String::new();
            std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
            return (status.code().unwrap_or(-1), stderr);
        }
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("emcee {args:?} hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mkfifo(path: &Path) {
    assert!(
        std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .unwrap()
            .success()
    );
}

#[test]
fn files_an_agenda_names_must_be_regular_files() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    for name in ["house.yaml", "roster.yaml", "speech.yaml"] {
        mkfifo(&p.join(name));
    }
    fs::write(p.join("a.yaml"), "extends: house.yaml\n").unwrap();
    fs::write(
        p.join("b.yaml"),
        "meeting: { title: 专题会议 }\npeople: roster.yaml\nhost: li\nagenda:\n  - { who: li, does: 讲话 }\n",
    )
    .unwrap();
    fs::write(
        p.join("c.yaml"),
        "meeting: { title: 专题会议 }\npeople:\n  li: { name: 李四, title: 主任 }\nhost: li\nagenda:\n  - { who: li, does: 讲话, text: speech.yaml }\n",
    )
    .unwrap();
    let mut messages = String::new();
    for agenda in ["a.yaml", "b.yaml", "c.yaml"] {
        let (code, stderr) = run_bounded(p, &["check", agenda]);
        messages.push_str(&format!("$ emcee check {agenda}\nexit {code}\n{stderr}\n"));
    }
    insta::assert_snapshot!(messages);
}

#[test]
fn a_file_named_as_a_roster_or_a_speech_that_is_neither_is_not_shown() {
    // `people: /etc/passwd` once printed the file line by line, each as a slip of typing.
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("passwd"),
        "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("meeting.yaml"),
        "meeting: { title: 专题会议 }\npeople: passwd\nhost: li\nagenda:\n  - { who: li, does: 讲话, text: passwd }\n",
    )
    .unwrap();
    let (code, _, stderr) = run(emcee_in(dir.path()).args(["check", "meeting.yaml"]));
    assert_eq!(code, 1);
    assert!(
        !stderr.contains("root:x") && !stderr.contains("daemon"),
        "{stderr}"
    );
    insta::assert_snapshot!(stderr);
}

#[test]
fn a_long_chain_of_templates_is_refused_before_the_stack_runs_out() {
    let dir = project_with("diyi-points.yaml");
    let p = dir.path();
    fs::rename(p.join("meeting.yaml"), p.join("t0.yaml")).unwrap();
    for i in 1..=5000 {
        fs::write(
            p.join(format!("t{i}.yaml")),
            format!("extends: t{}.yaml\n", i - 1),
        )
        .unwrap();
    }
    let (code, stderr) = run_bounded(p, &["check", "t5000.yaml"]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.starts_with(
            "error: `extends`: the chain of templates is too long: at most 16 templates may extend one another"
        ),
        "{stderr}"
    );
    // Within the limit, a chain works.
    let (code, stderr) = run_bounded(p, &["check", "t16.yaml"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_path_back_to_the_same_file_is_a_circle() {
    let dir = tempfile::tempdir().unwrap();
    let office = dir.path().join("office");
    fs::create_dir(&office).unwrap();
    fs::write(office.join("a.yaml"), "extends: ../office/a.yaml\n").unwrap();
    fs::write(office.join("b.yaml"), "extends: link.yaml\n").unwrap();
    std::os::unix::fs::symlink("b.yaml", office.join("link.yaml")).unwrap();
    let mut messages = String::new();
    for agenda in ["a.yaml", "b.yaml"] {
        let (code, stderr) = run_bounded(&office, &["check", agenda]);
        messages.push_str(&format!("$ emcee check {agenda}\nexit {code}\n{stderr}\n"));
    }
    insta::assert_snapshot!(messages);
}

#[test]
fn a_reference_document_must_be_a_regular_file() {
    let dir = project_with("diyi-points.yaml");
    mkfifo(&dir.path().join("house.docx"));
    let (code, stderr) = run_bounded(
        dir.path(),
        &[
            "render",
            "meeting.yaml",
            "-o",
            "out.docx",
            "--reference-doc",
            "house.docx",
        ],
    );
    assert_eq!(
        (code, stderr.as_str()),
        (
            1,
            "error: the reference document `house.docx` is not a regular file; save it from Word as .docx\n"
        )
    );
}

#[test]
fn the_template_library_reads_only_regular_files_inside_its_folder() {
    let secret = tempfile::tempdir().unwrap();
    fs::write(
        secret.path().join("passwd.yaml"),
        "# SECRET: root:x:0:0\nmeeting: { title: SECRET }\n",
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("agendas/templates");
    fs::create_dir_all(&library).unwrap();
    std::os::unix::fs::symlink(secret.path().join("passwd.yaml"), library.join("leak.yaml"))
        .unwrap();
    mkfifo(&library.join("pipe.yaml"));
    fs::write(
        library.join("own.yaml"),
        "# 本单位模板：党组会\nmeeting: { title: 党组会 }\n",
    )
    .unwrap();
    let mut child = emcee_in(dir.path())
        .arg("templates")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("emcee templates hangs on a FIFO");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(
        stdout
            .lines()
            .any(|l| l.starts_with("own ") && l.contains("党组会")),
        "{stdout}"
    );
    assert!(
        !stdout.contains("SECRET") && !stdout.contains("leak"),
        "{stdout}"
    );
    assert!(!stdout.contains("pipe"), "{stdout}");
}
