//! The words emcee wraps around its messages in a Chinese locale: the prefixes (错误：, 警告：,
//! 提示：, 帮助：) and the summary lines; the English ones are the snapshots of every other module.

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee, emcee_in, root, run};

#[test]
fn a_failed_render_says_in_chinese_that_nothing_was_written() {
    assert_cmd_snapshot!(emcee().env("LANG", "zh_CN.UTF-8").args([
        "render",
        "errors/unknown-person.yaml",
        "-o",
        "out.txt"
    ]));
}

#[test]
fn warnings_and_the_strict_summary_are_said_in_chinese() {
    assert_cmd_snapshot!(emcee().env("LANG", "zh_CN.UTF-8").args([
        "check",
        "--strict",
        "time/overrun-and-overlap.yaml"
    ]));
}

#[test]
fn placeholders_left_are_noted_in_chinese() {
    assert_cmd_snapshot!(
        emcee()
            .env("LANG", "zh_CN.UTF-8")
            .args(["render", "time/awards-and-a-date-to-fill.yaml"])
    );
    assert_cmd_snapshot!(
        emcee_in(&root())
            .env("LANG", "zh_CN.UTF-8")
            .args(["check", "agendas/templates/开工仪式.yaml"])
    );
}

#[test]
fn the_blanks_of_the_day_are_listed_in_chinese() {
    assert_cmd_snapshot!(emcee_in(&root()).env("LANG", "zh_CN.UTF-8").args([
        "check",
        "agendas/branch-election.yaml",
        "agendas/cppcc-plenary.yaml"
    ]));
}

#[test]
fn every_bad_agenda_is_told_in_chinese_in_a_chinese_locale() {
    // The input-method slips have their own Chinese snapshots (hostile.rs).
    insta::glob!("..", "{errors,hostile,extends,time}/*.yaml", |path| {
        let file = path.file_name().unwrap().to_str().unwrap();
        let folder = path
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_str()
            .unwrap();
        if file.starts_with("ime-") {
            return;
        }
        let name = format!("{folder}/{file}");
        let (code, stdout, stderr) = run(emcee().env("LANG", "zh_CN.UTF-8").args(["check", &name]));
        insta::assert_snapshot!(crate::hostile::outcome(code, &stdout, &stderr));
    });
}

#[test]
fn commands_refused_are_told_in_chinese() {
    let zh = || {
        let mut cmd = emcee();
        cmd.env("LANG", "zh_CN.UTF-8");
        cmd
    };
    // Several agendas and no folder to write them into.
    assert_cmd_snapshot!(zh().args(["render", "cases/single-item.yaml", "cases/honorifics.yaml"]));
    // No template of that name.
    assert_cmd_snapshot!(zh().args(["new", "民主生活"]));
    // The output is a folder, or the agenda itself.
    assert_cmd_snapshot!(zh().args([
        "render",
        "cases/single-item.yaml",
        "--format",
        "txt",
        "-o",
        "cases"
    ]));
    assert_cmd_snapshot!(zh().args([
        "render",
        "cases/single-item.yaml",
        "-o",
        "cases/single-item.yaml"
    ]));
    // A speech the agenda does not have.
    assert_cmd_snapshot!(zh().args(["render", "cases/single-item.yaml", "--doc", "speech"]));
}
