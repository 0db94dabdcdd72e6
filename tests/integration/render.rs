//! Rendered scripts, snapshot by snapshot: every agenda under `tests/cases/`, meetings of many
//! sizes, and every sample agenda under `agendas/`.

use std::fmt::Write as _;

use crate::util::{emcee, emcee_in, render_text, root, run};

#[test]
fn cases() {
    insta::glob!("../cases", "*.yaml", |path| {
        let name = path.file_name().unwrap().to_str().unwrap();
        let (code, stdout, stderr) = run(emcee().args(["render", &format!("cases/{name}")]));
        assert_eq!((code, stderr.as_str()), (0, ""), "{name}");
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn sample_agendas_render_cleanly() {
    insta::glob!("../../agendas", "**/*.yaml", |path| {
        if path.file_name().is_some_and(|n| n == "roster.yaml")
            || path
                .parent()
                .is_some_and(|p| p.ends_with("templates") || p.ends_with("texts"))
        {
            return;
        }
        let (code, stdout, stderr) = run(emcee_in(&root()).arg("render").arg(path));
        assert_eq!(code, 0, "{}: {stderr}", path.display());
        // Only warnings: the reference speech keeps its own ASCII punctuation, and says so.
        assert!(!stderr.contains("error"), "{}: {stderr}", path.display());
        insta::assert_snapshot!(stdout);
    });
}

/// An agenda of `n` items, each one speaker; every third has a title and two steps.
fn agenda_of(n: usize, mark_last: bool) -> String {
    let mut text = format!(
        "meeting:\n  title: 测试会议\n  mark_last_item: {mark_last}\npeople:\n  a: {{ name: 甲, title: 局长 }}\n  b: {{ name: 乙, title: 副局长 }}\nhost: a\nagenda:\n"
    );
    for i in 1..=n {
        if i % 3 == 0 {
            let _ = writeln!(
                text,
                "  - title: 议题{i}\n    steps:\n      - {{ who: a, does: 传达, what: 文件{i}甲 }}\n      - {{ who: b, does: 领学, what: 文件{i}乙 }}"
            );
        } else {
            let _ = writeln!(text, "  - {{ who: b, does: 发言, what: 议题{i} }}");
        }
    }
    text
}

#[test]
fn item_counts_and_ordinals() {
    for n in [1, 2, 3, 11, 21] {
        let script = render_text(&agenda_of(n, false));
        insta::assert_snapshot!(format!("items_{n}"), script);
    }
}

#[test]
fn the_last_item_is_announced_as_last_when_asked() {
    let script = render_text(&agenda_of(3, true));
    let last = script.lines().nth(4).unwrap();
    assert!(last.starts_with("下面进行最后一项议程，议题3。"), "{last}");
    insta::assert_snapshot!(script);
}

#[test]
fn numbering_follows_the_count_of_items() {
    // The count said equals the items rendered, and ordinals run in order.
    for n in [2, 12, 22] {
        let script = render_text(&agenda_of(n, false));
        let said = emcee::numerals::count(n);
        assert!(
            script.contains(&format!("共有{said}项议程")),
            "{n}: {script}"
        );
        for i in 2..=n {
            let ordinal = emcee::numerals::ordinal(i);
            assert!(
                script.contains(&format!("下面进行第{ordinal}项议程")),
                "{i}"
            );
        }
    }
}

#[test]
fn stage_directions_can_be_left_out() {
    let args = ["render", "agendas/branch-election.yaml"];
    let (_, with, _) = run(emcee_in(&root()).args(args));
    let (code, without, _) = run(emcee_in(&root()).args(args).arg("--no-cues"));
    assert_eq!(code, 0);
    assert!(with.contains("（稍停）") && with.contains("（计票完毕）"));
    assert!(!without.contains("（稍停）"));
    assert!(!without.contains("（计票完毕）"));
    assert!(without.contains("同意的请举手。请放下。"), "{without}");
}

#[test]
fn english_meetings_in_every_document() {
    for doc in ["handout", "runsheet"] {
        let (code, stdout, stderr) =
            run(emcee_in(&root()).args(["render", "agendas/board-meeting.yaml", "--doc", doc]));
        assert_eq!((code, stderr.as_str()), (0, ""));
        insta::assert_snapshot!(format!("board_meeting_{doc}"), stdout);
    }
    let (_, handout, _) =
        run(emcee_in(&root()).args(["render", "agendas/board-meeting.yaml", "--doc", "handout"]));
    assert!(handout.contains("Time: 6:30 p.m."), "{handout}");
    assert!(
        handout.contains("Date: Thursday, April 17, 2025"),
        "{handout}"
    );
}

#[test]
fn two_hosts_label_their_lines() {
    let (_, script, _) =
        run(emcee_in(&root()).args(["render", "agendas/groundbreaking-ceremony.yaml"]));
    let labelled = script
        .lines()
        .filter(|l| {
            ["男：", "女：", "男、女："]
                .iter()
                .any(|h| l.starts_with(h))
        })
        .count();
    assert_eq!(
        labelled,
        script.lines().count() - 1,
        "all but the stage direction: {script}"
    );
    assert!(script.contains("女：仪式进行第二项："));
}

/// An English item written as moves without invitations (a club's speeches and reports, a
/// commencement's degrees) names who does what in the run sheet, as invitations do.
#[test]
fn english_run_sheets_name_the_speakers_of_moves() {
    for template in ["toastmasters", "commencement"] {
        let (code, stdout, _) = run(emcee_in(&root()).args([
            "render",
            &format!("agendas/templates/{template}.yaml"),
            "--doc",
            "runsheet",
        ]));
        assert_eq!(code, 0);
        insta::assert_snapshot!(format!("{template}_runsheet"), stdout);
    }
}
