//! Templates are code from strangers: a user's `scripts/` override can read only the context
//! and other templates in the template folders, and every way it can go wrong ends in an error
//! that names the template and its line, quickly, writing nothing.

use std::fs;

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee_in, project_with, run};

/// A project whose `scripts/zh-CN/script.txt.j2` is `template`.
fn with_script(template: &str) -> tempfile::TempDir {
    let dir = project_with("diyi-points.yaml");
    let scripts = dir.path().join("scripts/zh-CN");
    fs::create_dir_all(&scripts).unwrap();
    fs::write(scripts.join("script.txt.j2"), template).unwrap();
    dir
}

fn render(dir: &tempfile::TempDir) -> (i32, String, String) {
    run(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "out.txt"]))
}

#[test]
fn templates_cannot_leave_the_template_folders() {
    let secret = tempfile::tempdir().unwrap();
    fs::write(secret.path().join("secret.txt"), "SECRET").unwrap();
    for include in [
        "../meeting.yaml".to_string(),
        secret.path().join("secret.txt").display().to_string(),
        "zh-CN/../../meeting.yaml".to_string(),
    ] {
        let dir = with_script(&format!("{{% include \"{include}\" %}}\n"));
        let (code, _, stderr) = render(&dir);
        assert_eq!(code, 1, "{include}");
        // minijinja reports a refused name as not found; either way nothing is read.
        assert!(
            stderr.contains("not an allowed template name")
                || stderr.contains("template not found"),
            "{include}: {stderr}"
        );
        assert!(!stderr.contains("SECRET"));
        assert!(!dir.path().join("out.txt").exists());
    }
}

#[test]
fn templates_see_no_environment_and_no_files() {
    for expression in ["env.HOME", "HOME", "open('/etc/passwd')", "self.__init__"] {
        let dir = with_script(&format!("{{{{ {expression} }}}}\n"));
        let (code, stdout, stderr) = render(&dir);
        assert_eq!((code, stdout.as_str()), (1, ""), "{expression}: {stderr}");
        assert!(
            stderr.contains("(in zh-CN/script.txt.j2:1)"),
            "{expression}: {stderr}"
        );
    }
}

#[test]
fn a_template_syntax_error_names_its_line() {
    let dir = with_script("{{ meeting.title }}\n{% for item in items %}\n{{ item.title }\n");
    assert_cmd_snapshot!(emcee_in(dir.path()).args(["render", "meeting.yaml"]));
}

#[test]
fn an_endless_loop_runs_out_of_fuel() {
    let dir = with_script(
        "{% for a in range(10000) %}{% for b in range(10000) %}{% for c in range(10000) %}x{% endfor %}{% endfor %}{% endfor %}\n",
    );
    let (code, _, stderr) = render(&dir);
    assert_eq!(code, 1);
    assert!(stderr.contains("fuel"), "{stderr}");
    assert!(!dir.path().join("out.txt").exists());
}

#[test]
fn runaway_recursion_is_stopped() {
    let dir = with_script("{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}{{ again(0) }}\n");
    let (code, _, stderr) = render(&dir);
    assert_eq!(code, 1);
    assert!(stderr.contains("recursion"), "{stderr}");
}
