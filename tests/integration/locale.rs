//! The words emcee wraps around its messages in a Chinese locale: the prefixes (错误：, 警告：,
//! 提示：, 帮助：) and the summary lines; the English ones are the snapshots of every other module.

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee, emcee_in, root};

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
