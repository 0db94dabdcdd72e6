//! Speeches and reports: the two references come out word for word, headings and points are
//! numbered at every level, counts follow the sections, and the packet puts each text on a
//! page of its own in Word.

use std::io::Read;

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee, emcee_in, root, run};

fn without_whitespace(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn golden(agenda: &str, doc: &str, reference: &str) {
    let (code, text, stderr) = run(emcee_in(&root()).args(["render", agenda, "--doc", doc]));
    assert_eq!(code, 0, "{stderr}");
    let reference = std::fs::read_to_string(root().join("tests/golden").join(reference)).unwrap();
    assert_eq!(without_whitespace(&text), without_whitespace(&reference));
}

#[test]
fn the_speech_reproduces_the_reference() {
    golden(
        "agendas/education-work-conference.yaml",
        "speech",
        "leader-speech.txt",
    );
}

#[test]
fn the_report_reproduces_the_reference() {
    golden(
        "agendas/ideology-analysis-meeting.yaml",
        "report",
        "analysis-report.txt",
    );
}

#[test]
fn headings_at_four_levels_and_points_in_both_styles() {
    let (code, text, stderr) =
        run(emcee().args(["render", "texts/levels.yaml", "--doc", "report"]));
    assert_eq!((code, stderr.as_str()), (0, ""));
    insta::assert_snapshot!(text);
}

#[test]
fn moving_sections_renumbers_and_recounts() {
    let (code, text, _) = run(emcee().args(["render", "texts/moved.yaml", "--doc", "speech"]));
    assert_eq!(code, 0);
    insta::assert_snapshot!(text);
    assert!(text.contains("我讲四点意见。"));
    assert!(text.contains("一、抓落实。\n第三部分。"));
    assert!(text.contains("四、抓作风。"));
}

#[test]
fn bad_texts() {
    assert_cmd_snapshot!(emcee().args(["check", "texts/bad-texts.yaml"]));
    assert_cmd_snapshot!(emcee().args(["check", "texts/bad-reference.yaml"]));
}

#[test]
fn asking_for_a_text_the_agenda_does_not_have() {
    assert_cmd_snapshot!(emcee_in(&root()).args([
        "render",
        "agendas/ideology-work-meeting.yaml",
        "--doc",
        "speech"
    ]));
}

#[test]
fn the_packet_puts_each_text_on_a_new_page() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("packet.docx");
    let (code, _, stderr) = run(emcee_in(&root())
        .args([
            "render",
            "agendas/education-work-conference.yaml",
            "--doc",
            "packet",
            "-o",
        ])
        .arg(&out));
    assert_eq!(code, 0, "{stderr}");
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&out).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert_eq!(
        xml.matches("<w:sectPr>").count(),
        3,
        "handout | script | speech, each a section"
    );
    let headings = xml.matches(r#"<w:pStyle w:val="Heading1"/>"#).count();
    assert_eq!(headings, 5, "the speech's five sections in 黑体 headings");
    // The document, one paragraph a line, with long runs cut: reviewed as a snapshot.
    let lines: Vec<String> = xml
        .lines()
        .map(|l| {
            let cut: String = l.chars().take(160).collect();
            if cut.len() < l.len() {
                format!("{cut}…")
            } else {
                cut
            }
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"));
}
