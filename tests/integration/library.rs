//! Agenda templates: the built-in library, `emcee new`, placeholders and `--final`, and
//! agendas that extend a house template.

use std::fs;

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee, emcee_in, root, run};

#[test]
fn every_built_in_template_renders_with_its_placeholders() {
    insta::glob!("../../agendas/templates", "*.yaml", |path| {
        let (code, stdout, stderr) = run(emcee_in(&root()).arg("render").arg(path));
        assert_eq!(code, 0, "{stderr}");
        assert!(
            stderr.starts_with("note: ") && stderr.lines().count() == 1,
            "{stderr}"
        );
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn the_library_is_listed() {
    let dir = tempfile::tempdir().unwrap();
    assert_cmd_snapshot!(emcee_in(dir.path()).arg("templates"));
}

/// Fills every placeholder of a new agenda: dates with a date, everything else with 某.
fn fill(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = if line.trim_start().starts_with("date:") {
            line.split("date:").next().unwrap().to_string() + "date: 2025-03-28"
        } else {
            let mut line = line.to_string();
            while let Some(start) = line.find('〔') {
                let end = line[start..]
                    .find('〕')
                    .map(|e| start + e + '〕'.len_utf8())
                    .unwrap();
                line.replace_range(start..end, "某");
            }
            line
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[test]
fn a_new_agenda_is_final_only_once_filled_in() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) =
        run(emcee_in(dir.path()).args(["new", "民主生活会", "-o", "2025-民主生活会.yaml"]));
    assert_eq!(
        (code, stderr.as_str()),
        (
            0,
            "note: wrote `emcee.schema.json` beside it, for editors to complete and check the keys\n"
        )
    );
    let agenda = dir.path().join("2025-民主生活会.yaml");
    // Its first line names the schema written beside it, for the editor.
    let text = fs::read_to_string(&agenda).unwrap();
    assert!(text.starts_with("# yaml-language-server: $schema=emcee.schema.json\n"));
    let schema = fs::read_to_string(dir.path().join("emcee.schema.json")).unwrap();
    assert!(schema.contains("\"title\": \"emcee agenda\""));

    // A draft renders, with the placeholders visible; the final copy is refused.
    let (code, draft, _) = run(emcee_in(dir.path()).args(["render", "2025-民主生活会.yaml"]));
    assert_eq!(code, 0);
    assert!(draft.contains("〔待填："));
    let out = dir.path().join("主持词.txt");
    let render_final = || {
        run(emcee_in(dir.path()).args([
            "render",
            "--final",
            "2025-民主生活会.yaml",
            "-o",
            "主持词.txt",
        ]))
    };
    let (code, _, stderr) = render_final();
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error: a placeholder is left to fill in"),
        "{stderr}"
    );
    assert!(!out.exists());

    fs::write(&agenda, fill(&fs::read_to_string(&agenda).unwrap())).unwrap();
    let (code, _, stderr) = render_final();
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(!fs::read_to_string(&out).unwrap().contains('〔'));

    // `new` never overwrites without --force.
    assert_cmd_snapshot!(emcee_in(dir.path()).args([
        "new",
        "民主生活会",
        "-o",
        "2025-民主生活会.yaml"
    ]));
    let (code, _, _) = run(emcee_in(dir.path()).args([
        "new",
        "民主生活会",
        "-o",
        "2025-民主生活会.yaml",
        "--force",
    ]));
    assert_eq!(code, 0);
}

#[test]
fn check_lists_the_placeholders() {
    let (code, stdout, stderr) =
        run(emcee_in(&root()).args(["check", "agendas/templates/开工仪式.yaml"]));
    assert_eq!(code, 0);
    assert!(stdout.starts_with("agendas/templates/开工仪式.yaml: ok"));
    assert_eq!(
        stderr
            .matches("note: a placeholder is left to fill in")
            .count(),
        8
    );
}

#[test]
fn an_unknown_template_name() {
    assert_cmd_snapshot!(emcee().args(["new", "民主生活"]));
}

#[test]
fn agendas_extend_a_house_template() {
    for name in ["march", "april", "chained", "may"] {
        let (code, stdout, stderr) = run(emcee().args(["render", &format!("extends/{name}.yaml")]));
        assert_eq!((code, stderr.as_str()), (0, ""), "{name}");
        insta::assert_snapshot!(format!("extends_{name}"), stdout);
    }
}

#[test]
fn final_ignores_placeholders_of_people_never_named() {
    let (code, _, stderr) = run(emcee().args(["render", "--final", "extends/may.yaml"]));
    assert_eq!((code, stderr.as_str()), (0, ""));
}

#[test]
fn a_user_template_folder_is_used_by_name_and_shadows_built_ins() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("agendas/templates");
    fs::create_dir_all(&templates).unwrap();
    fs::copy(
        root().join("tests/extends/house.yaml"),
        templates.join("党组会.yaml"),
    )
    .unwrap();
    fs::copy(
        root().join("tests/extends/house.yaml"),
        templates.join("座谈会.yaml"),
    )
    .unwrap();
    fs::write(
        dir.path().join("m.yaml"),
        "extends: 党组会\nmeeting:\n  title: 本月党组会\n",
    )
    .unwrap();
    let (code, script, stderr) = run(emcee_in(dir.path()).args(["render", "m.yaml"]));
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(script.contains("召开本月党组会"), "{script}");
    let (_, list, _) = run(emcee_in(dir.path()).arg("templates"));
    assert!(
        list.contains("党组会") && list.contains("agendas/templates/座谈会.yaml"),
        "{list}"
    );
    let (_, new, _) = run(emcee_in(dir.path()).args(["new", "座谈会"]));
    let mut lines = new.lines();
    assert_eq!(
        lines.next(),
        Some("# yaml-language-server: $schema=emcee.schema.json")
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("# An office's house template"),
        "{new}"
    );
}

#[test]
fn bad_extends() {
    for name in [
        "cycle-a",
        "bad-override",
        "extends-bad-parent",
        "unknown-template",
    ] {
        assert_cmd_snapshot!(
            name,
            emcee().args(["check", &format!("extends/{name}.yaml")])
        );
    }
}
