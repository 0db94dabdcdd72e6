//! Clock times, the agenda handout and the run sheet: snapshots of `emcee plan` (the run sheet
//! and its warnings) for each agenda under `tests/time/`, and every document of the sample.

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee, emcee_in, root, run};

#[test]
fn run_sheets_and_their_warnings() {
    insta::glob!("../time", "*.yaml", |path| {
        let name = format!("time/{}", path.file_name().unwrap().to_str().unwrap());
        assert_cmd_snapshot!(emcee().args(["plan", &name]));
    });
}

#[test]
fn handouts() {
    insta::glob!("../time", "*.yaml", |path| {
        let name = format!("time/{}", path.file_name().unwrap().to_str().unwrap());
        let (code, stdout, _) = run(emcee().args(["render", &name, "--doc", "handout"]));
        assert_eq!(code, 0);
        insta::assert_snapshot!(stdout);
    });
}

#[test]
fn the_sample_meeting_in_every_document() {
    for doc in ["script", "handout", "runsheet"] {
        let (code, stdout, stderr) = run(emcee_in(&root()).args([
            "render",
            "agendas/ideology-work-meeting.yaml",
            "--doc",
            doc,
        ]));
        assert_eq!((code, stderr.as_str()), (0, ""), "{doc}");
        insta::assert_snapshot!(format!("sample_{doc}"), stdout);
    }
}

#[test]
fn the_sample_plan_adds_up() {
    assert_cmd_snapshot!(emcee_in(&root()).args(["plan", "agendas/ideology-work-meeting.yaml"]));
    let (_, sheet, _) = run(emcee_in(&root()).args(["plan", "agendas/ideology-work-meeting.yaml"]));
    // 1 (opening) + 10 + 15 + 10 + 40 + 3 (closing) minutes from 9:00.
    assert!(
        sheet.contains("各项合计79分钟，9:00开始，10:19结束"),
        "{sheet}"
    );
}

#[test]
fn strict_turns_warnings_into_failure() {
    let (code, _, _) = run(emcee().args(["plan", "time/overrun-and-overlap.yaml"]));
    assert_eq!(code, 0);
    let (code, stdout, stderr) =
        run(emcee().args(["plan", "--strict", "time/overrun-and-overlap.yaml"]));
    assert_eq!((code, stdout.as_str()), (1, ""));
    assert!(
        stderr.ends_with("2 warnings (--strict counts warnings as errors)\n"),
        "{stderr}"
    );
    let (code, _, _) = run(emcee().args(["check", "--strict", "time/lunch-session.yaml"]));
    assert_eq!(code, 1);
    let (code, _, _) = run(emcee().args(["check", "time/lunch-session.yaml"]));
    assert_eq!(code, 0);
}

#[test]
fn an_item_of_a_day_or_longer_carries_the_clock_into_the_next_day() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("day.yaml"),
        "meeting:\n  title: 专题会议\n  start: \"9:00\"\npeople:\n  zhang: { name: 张三, title: 主任 }\n  li: { name: 李四, title: 副主任 }\nhost: zhang\nagenda:\n  - { who: li, does: 讲话, minutes: 1500 }\n  - { who: zhang, does: 讲话, minutes: 30 }\n",
    )
    .unwrap();
    let (code, plan, _) = run(emcee_in(dir.path()).args(["plan", "day.yaml"]));
    assert_eq!(code, 0);
    // Once 10:01 and 10:31, as if the meeting had gone back in time.
    assert!(plan.contains("\n10:01(+1)  30分钟"), "{plan}");
    assert!(plan.contains("10:32(+1)结束"), "{plan}");
    let (_, handout, _) =
        run(emcee_in(dir.path()).args(["render", "day.yaml", "--doc", "handout"]));
    assert!(handout.contains("（9:00—10:01(+1)）"), "{handout}");
}
