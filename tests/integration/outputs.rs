//! Outputs never damage: `-o` writes into a device or a FIFO instead of replacing it, never
//! names a file the run reads, gives files the permissions a new file gets (a replaced file
//! keeps its own), leaves a read-only file alone and no temporary file behind, and a closed
//! standard output or error ends the run quietly.

#![cfg(unix)]

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::Path;
use std::process::Stdio;

use crate::util::{emcee_in, project_with, root, run};

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Runs emcee through `sh` with the umask `umask`, in `dir`.
fn with_umask(dir: &Path, umask: &str, args: &str) -> (i32, String, String) {
    let cmd = emcee_in(dir);
    let exe = cmd.get_program().to_owned();
    let mut sh = std::process::Command::new("sh");
    sh.current_dir(dir).env_clear().env("PATH", "/usr/bin:/bin");
    sh.arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" {args}"))
        .arg(exe);
    run(&mut sh)
}

#[test]
fn a_new_file_gets_the_permissions_the_umask_gives() {
    let dir = project_with("diyi-points.yaml");
    let (code, _, stderr) = with_umask(dir.path(), "022", "render meeting.yaml -o a.txt");
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(mode(&dir.path().join("a.txt")), 0o644);
    let (code, _, _) = with_umask(dir.path(), "027", "render meeting.yaml -o b.docx");
    assert_eq!(code, 0);
    assert_eq!(mode(&dir.path().join("b.docx")), 0o640);
}

#[test]
fn a_replaced_file_keeps_its_mode_and_group() {
    let dir = project_with("diyi-points.yaml");
    let out = dir.path().join("out.txt");
    fs::write(&out, "old").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o664)).unwrap();
    // Another group, where the test may give one (as root): it must survive too.
    let group = std::os::unix::fs::chown(&out, None, Some(1))
        .map(|()| 1)
        .unwrap_or_else(|_| fs::metadata(&out).unwrap().gid());
    let (code, _, stderr) = with_umask(dir.path(), "077", "render meeting.yaml -o out.txt");
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(fs::read_to_string(&out).unwrap().contains("同志们"));
    assert_eq!(mode(&out), 0o664);
    assert_eq!(fs::metadata(&out).unwrap().gid(), group);
}

#[test]
fn a_read_only_file_is_not_replaced() {
    let dir = project_with("diyi-points.yaml");
    let out = dir.path().join("out.txt");
    fs::write(&out, "the signed copy").unwrap();
    fs::set_permissions(&out, fs::Permissions::from_mode(0o444)).unwrap();
    let (code, stdout, stderr) =
        run(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "out.txt"]));
    assert_eq!(code, 1);
    insta::assert_snapshot!(format!("{stdout}{stderr}"), @r"
    error: `out.txt` is read-only; emcee does not replace it
     = help: make it writable first, or choose another name
    ");
    assert_eq!(fs::read_to_string(&out).unwrap(), "the signed copy");
}

#[test]
fn a_fifo_is_written_into_not_replaced() {
    let dir = project_with("diyi-points.yaml");
    let fifo = dir.path().join("pipe");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = std::process::Command::new("cat")
        .arg(&fifo)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let (code, _, stderr) =
        run(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "pipe", "--format", "txt"]));
    let still_a_fifo = fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo_like();
    if !still_a_fifo {
        let mut reader = reader;
        reader.kill().unwrap();
        panic!("the FIFO was replaced by a file (exit {code}: {stderr})");
    }
    let read = reader.wait_with_output().unwrap();
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(
        String::from_utf8(read.stdout)
            .unwrap()
            .starts_with("同志们：")
    );
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for fs::FileType {
    fn is_fifo_like(&self) -> bool {
        std::os::unix::fs::FileTypeExt::is_fifo(self)
    }
}

#[test]
fn a_device_is_written_into_not_replaced() {
    // Through a link, so that a broken emcee would replace the link, never the device itself.
    let dir = project_with("diyi-points.yaml");
    let link = dir.path().join("null");
    std::os::unix::fs::symlink("/dev/null", &link).unwrap();
    let (code, stdout, stderr) =
        run(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "null", "--format", "txt"]));
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (0, "", ""));
    assert_eq!(fs::read_link(&link).unwrap(), Path::new("/dev/null"));
}

#[test]
fn standard_output_by_its_file_name_is_standard_output() {
    let dir = project_with("diyi-points.yaml");
    let (code, stdout, stderr) = run(emcee_in(dir.path()).args([
        "render",
        "meeting.yaml",
        "-o",
        "/dev/fd/1",
        "--format",
        "txt",
    ]));
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(stdout.starts_with("同志们："), "{stdout}");
}

#[test]
fn a_link_to_a_file_stays_a_link() {
    let dir = project_with("diyi-points.yaml");
    fs::create_dir(dir.path().join("shared")).unwrap();
    fs::write(dir.path().join("shared/script.txt"), "old").unwrap();
    std::os::unix::fs::symlink("shared/script.txt", dir.path().join("script.txt")).unwrap();
    let (code, _, stderr) =
        run(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "script.txt"]));
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(
        fs::symlink_metadata(dir.path().join("script.txt"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(dir.path().join("shared/script.txt"))
            .unwrap()
            .starts_with("同志们：")
    );
}

/// A project whose agenda reads every kind of companion file: a template it extends, a
/// roster and a speech.
fn project_with_companions() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::write(
        p.join("house.yaml"),
        "meeting:\n  title: 县教育局党组会议\nhost: off\nagenda:\n  - { id: talk, who: off, does: 讲话, text: speech.yaml }\n",
    )
    .unwrap();
    fs::write(
        p.join("roster.yaml"),
        "people:\n  off: { name: 王五, title: 党组书记、局长 }\n",
    )
    .unwrap();
    fs::write(
        p.join("speech.yaml"),
        "text:\n  kind: speech\n  sections:\n    - heading: 关于学习\n      points:\n        - 要深入学习。\n",
    )
    .unwrap();
    fs::write(
        p.join("meeting.yaml"),
        "extends: house.yaml\npeople: roster.yaml\n",
    )
    .unwrap();
    dir
}

#[test]
fn the_output_is_never_a_file_the_run_reads() {
    let dir = project_with_companions();
    let p = dir.path();
    let (code, _, stderr) = run(emcee_in(p).args(["render", "meeting.yaml", "-o", "ok.txt"]));
    assert_eq!((code, stderr.as_str()), (0, ""), "the project renders");
    let (code, _, _) = run(emcee_in(p).args(["render", "meeting.yaml", "-o", "house.docx"]));
    assert_eq!(code, 0);
    std::os::unix::fs::symlink("meeting.yaml", p.join("link.yaml")).unwrap();
    let before: Vec<(String, Vec<u8>)> = [
        "meeting.yaml",
        "house.yaml",
        "roster.yaml",
        "speech.yaml",
        "house.docx",
    ]
    .iter()
    .map(|f| (f.to_string(), fs::read(p.join(f)).unwrap()))
    .collect();
    // An agenda in a name its partner's handout would be written as.
    fs::copy(p.join("meeting.yaml"), p.join("meeting.handout.txt")).unwrap();
    fs::create_dir(p.join("x")).unwrap();
    let mut messages = String::new();
    let cases: [&[&str]; 7] = [
        &[
            "render",
            "meeting.yaml",
            "-o",
            "./link.yaml",
            "--format",
            "txt",
        ],
        &[
            "render",
            "meeting.yaml",
            "-o",
            "house.yaml",
            "--format",
            "txt",
        ],
        &[
            "render",
            "meeting.yaml",
            "-o",
            "roster.yaml",
            "--format",
            "txt",
        ],
        &[
            "render",
            "meeting.yaml",
            "-o",
            "x/../speech.yaml",
            "--format",
            "txt",
        ],
        &[
            "render",
            "meeting.yaml",
            "-o",
            "house.docx",
            "--reference-doc",
            "./house.docx",
        ],
        &[
            "render",
            "meeting.yaml",
            "meeting.handout.txt",
            "--doc",
            "handout",
            "--out-dir",
            ".",
        ],
        &["render", "-", "-o", "meeting.yaml", "--format", "txt"],
    ];
    for args in cases {
        let mut cmd = emcee_in(p);
        cmd.args(args);
        if args.contains(&"-") {
            cmd.stdin(fs::File::open(p.join("meeting.yaml")).unwrap());
        }
        let (code, stdout, stderr) = run(&mut cmd);
        messages.push_str(&format!(
            "$ emcee {}\nexit {code}\n{stdout}{stderr}\n",
            args.join(" ")
        ));
    }
    for (file, bytes) in before {
        assert_eq!(
            fs::read(p.join(&file)).unwrap(),
            bytes,
            "{file} was changed"
        );
    }
    insta::assert_snapshot!(messages);
}

#[test]
fn out_dir_says_what_was_written_and_what_was_not() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    fs::create_dir(&out).unwrap();
    // An old output of the agenda that fails, from an earlier run.
    fs::write(out.join("binary.txt"), "last week's").unwrap();
    let (code, _, stderr) = run(emcee_in(&root().join("tests"))
        .args([
            "render",
            "cases/diyi-points.yaml",
            "hostile/binary.yaml",
            "cases/honorifics.yaml",
            "--out-dir",
        ])
        .arg(&out));
    assert_eq!(code, 1);
    let stderr = stderr.replace(&out.display().to_string(), "OUT");
    insta::assert_snapshot!(stderr);
}

#[test]
fn out_dir_says_what_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let (code, stdout, stderr) = run(emcee_in(dir.path())
        .args(["render", "--out-dir", "out"])
        .arg(root().join("tests/cases/diyi-points.yaml"))
        .arg(root().join("tests/cases/honorifics.yaml")));
    assert_eq!((code, stdout.as_str()), (0, ""));
    assert_eq!(
        stderr,
        "wrote 2 files into `out`: `diyi-points.txt`, `honorifics.txt`\n"
    );
}

/// The temporary files in a folder.
fn temporaries(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".emcee-"))
        .collect()
}

#[test]
fn an_interrupted_write_leaves_no_temporary_file() {
    let dir = project_with("diyi-points.yaml");
    let mut child = emcee_in(dir.path())
        .args(["render", "meeting.yaml", "-o", "out.txt"])
        // A debug build waits this long between creating its temporary file and writing it.
        .env("EMCEE_TEST_WRITE_PAUSE_MS", "5000")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while temporaries(dir.path()).is_empty() {
        if start.elapsed() > std::time::Duration::from_secs(4) {
            child.kill().unwrap();
            panic!("no temporary file was seen");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert!(!status.success());
    assert_eq!(temporaries(dir.path()), Vec::<String>::new());
    assert!(!dir.path().join("out.txt").exists());
}

#[test]
fn a_folder_that_cannot_be_written_is_named_without_the_temporary_file() {
    // `/proc` takes no new files, even from root.
    let dir = project_with("diyi-points.yaml");
    let (code, _, stderr) =
        run(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "/proc/emcee-test.txt"]));
    assert_eq!(code, 1);
    assert!(!stderr.contains(".emcee-"), "{stderr}");
    assert!(!stderr.contains("os error"), "{stderr}");
    assert!(
        stderr.starts_with("error: cannot write `/proc/emcee-test.txt`: "),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn a_closed_standard_output_ends_the_run_quietly() {
    let agendas: Vec<String> = fs::read_dir(root().join("agendas"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .map(|p| p.display().to_string())
        .collect();
    for command in ["check", "plan", "render"] {
        let mut cmd = emcee_in(&root());
        cmd.arg(command);
        match command {
            "check" => cmd.args(&agendas),
            _ => cmd.arg(&agendas[0]),
        };
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Closed before emcee writes a line: every write fails (`| head -0`).
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{command}: {stderr}");
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{command}: {:?}",
            out.status
        );
    }
}

#[test]
fn a_closed_standard_error_ends_the_run_quietly() {
    let mut child = emcee_in(&root().join("tests"))
        .args(["check", "hostile/binary.yaml", "errors/unknown-keys.yaml"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(1));
}

#[test]
fn a_link_to_nothing_is_not_replaced_by_a_file() {
    let dir = project_with("diyi-points.yaml");
    let link = dir.path().join("script.txt");
    std::os::unix::fs::symlink("archive/script.txt", &link).unwrap();
    let (code, _, stderr) =
        run(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "script.txt"]));
    assert_eq!(
        (code, stderr.as_str()),
        (
            1,
            "error: cannot write `script.txt`: it is a link to `archive/script.txt`, which does not exist\n"
        )
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}
