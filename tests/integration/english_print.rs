//! English typesetting and print, whatever the script's wording: every paper in every format
//! typeset (curly quotes, a period inside a closing quote, a.m. and p.m.), the branch labels
//! the chair chooses between kept by `--no-cues` and on lines of their own in print, ragged right, the
//! run sheet on the paper chosen, a long title broken before a phrase, and the handout's order
//! of business. The agenda is `tests/print/english-print.yaml`.

use std::io::Read;

use crate::util::{emcee_in, root, run};

const AGENDA: &str = "tests/print/english-print.yaml";

/// Renders the agenda with `args` into a file of `format` and returns its bytes.
fn render(format: &str, args: &[&str]) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("out.{format}"));
    let (code, _, stderr) = run(emcee_in(&root())
        .args(["render", AGENDA, "-o"])
        .arg(&out)
        .args(args));
    assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
    std::fs::read(out).unwrap()
}

/// A part of a Word package.
fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut text = String::new();
    zip.by_name(name)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// What a reader sees of a document: the text of a .txt or .md; the body of an HTML page
/// without its tags; the runs of a Word document.
fn visible(format: &str, bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes).to_string();
    let strip = |xml: &str| {
        let mut out = String::new();
        let mut inside = false;
        for c in xml.chars() {
            match c {
                '<' => inside = true,
                '>' => inside = false,
                c if !inside => out.push(c),
                _ => {}
            }
        }
        out
    };
    match format {
        "html" => {
            let body = &text[text.find("<main>").unwrap()..text.find("</main>").unwrap()];
            strip(body)
        }
        "docx" => {
            let xml = part(bytes, "word/document.xml");
            xml.split("<w:t xml:space=\"preserve\">")
                .skip(1)
                .map(|t| &t[..t.find("</w:t>").unwrap()])
                .collect::<Vec<_>>()
                .join("|")
        }
        _ => text,
    }
}

#[test]
fn every_english_paper_and_format_is_typeset() {
    for doc in ["script", "handout", "runsheet", "packet"] {
        for format in ["txt", "md", "html", "docx"] {
            let seen = visible(format, &render(format, &["--doc", doc]));
            let at = format!("{doc} in {format}:\n{seen}");
            for straight in ["'", "\"", "&#x27;", "&quot;", "&#39;", "&#34;"] {
                assert!(!seen.contains(straight), "{straight} in {at}");
            }
            assert!(!seen.contains("”.") && !seen.contains("”,"), "{at}");
            assert!(seen.contains('’') || doc == "runsheet", "{at}");
            // The clock is a.m. and p.m. (the margin of HTML and Markdown too), never 24-hour.
            // (A script has its times only in the margin of a web page or Markdown.)
            if doc != "script" || matches!(format, "html" | "md") {
                assert!(seen.contains("11:5"), "{at}");
            }
            for hour in 13..24 {
                assert!(!seen.contains(&format!("{hour}:")), "{hour}: in {at}");
            }
        }
    }
    let script = String::from_utf8(render("txt", &[])).unwrap();
    assert!(
        script.contains("to present “Treasurer’s Report.”"),
        "{script}"
    );
    assert!(script.contains("the “Main Street Beds” plan"), "{script}");
    assert!(script.contains("the members’ volunteers"), "{script}");
    let html = String::from_utf8(render("html", &[])).unwrap();
    assert!(
        html.contains("<span class=\"aside\">11:51\u{a0}a.m.</span>"),
        "{html}"
    );
}

#[test]
fn no_cues_keeps_the_branches_the_chair_chooses_between() {
    // Plain text keeps a paragraph on one line, the labels in it.
    let text = String::from_utf8(render("txt", &["--no-cues"])).unwrap();
    assert!(text.contains("say “no.” [If the ayes have it:] The ayes have it, and the motion is adopted. [If the noes have it:] The noes have it"), "{text}");
    assert!(
        text.contains("Is there any further business? [If none:] Hearing none"),
        "{text}"
    );
    assert!(
        !text.contains("[Pause.]") && !text.contains("gavel"),
        "{text}"
    );
    assert!(!text.contains("  ") && !text.contains(" \n"), "{text}");
    let cued = String::from_utf8(render("txt", &[])).unwrap();
    assert!(
        cued.contains("say “no.” [Pause.] [If the ayes have it:] The ayes have it"),
        "{cued}"
    );
    // On paper and on screen: a line break before each branch label, none before the others.
    let html = String::from_utf8(render("html", &["--no-cues"])).unwrap();
    assert!(
        html.contains(
            "say “no.”<br><span class=\"run-branch\">[If the ayes have it:]</span> The ayes have it"
        ),
        "{html}"
    );
    let body = &html[html.find("<main>").unwrap()..];
    assert!(!body.contains("run-direction"), "{body}");
    let docx = part(&render("docx", &["--no-cues"]), "word/document.xml");
    assert!(docx.contains(r#"<w:r><w:br/></w:r><w:r><w:rPr><w:rStyle w:val="DirectionChar"/></w:rPr><w:t xml:space="preserve">[If none:]</w:t></w:r>"#), "{docx}");
    let md = String::from_utf8(render("md", &["--no-cues"])).unwrap();
    assert!(
        md.contains("Is there any further business?\\\n*\\[If none:\\]* Hearing none"),
        "{md}"
    );
}

#[test]
fn english_print_is_ragged_right() {
    let styles = part(&render("docx", &[]), "word/styles.xml");
    for id in ["Body", "Prose"] {
        let style = &styles[styles.find(&format!("w:styleId=\"{id}\"")).unwrap()..];
        let style = &style[..style.find("</w:style>").unwrap()];
        assert!(style.contains(r#"<w:jc w:val="left"/>"#), "{style}");
    }
    assert!(!styles.contains(r#"<w:jc w:val="both"/>"#));
    let html = String::from_utf8(render("html", &[])).unwrap();
    assert!(html.contains("p { text-align: left;"), "{html}");
    // The page number alone, not the Chinese — 1 —; none on the handout, as in Word.
    assert!(html.contains("@bottom-center { content: counter(page);"));
    assert!(!html.contains("\"— \""));
    let handout = String::from_utf8(render("html", &["--doc", "handout"])).unwrap();
    assert!(!handout.contains("counter(page)"), "{handout}");
}

#[test]
fn the_run_sheet_is_printed_on_the_paper_chosen() {
    let sizes = [
        (
            "letter",
            r#"<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>"#,
            15840,
        ),
        (
            "a4",
            r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#,
            16838,
        ),
    ];
    for (paper, size, width) in sizes {
        let docx = part(
            &render("docx", &["--doc", "runsheet", "--paper", paper]),
            "word/document.xml",
        );
        assert!(docx.contains(size), "{paper}: {docx}");
        assert!(
            docx.contains(r#"<w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080""#),
            "{docx}"
        );
        // The table fills the type area, three quarters of an inch in on each side.
        let columns: usize = docx
            .split("<w:gridCol w:w=\"")
            .skip(1)
            .map(|c| c[..c.find('"').unwrap()].parse::<usize>().unwrap())
            .sum();
        assert_eq!(columns, width - 2 * 1080, "{paper}");
        let html =
            String::from_utf8(render("html", &["--doc", "runsheet", "--paper", paper])).unwrap();
        assert!(
            html.contains(&format!(
                "@page {{ size: {} landscape; margin: 0.75in;",
                if paper == "a4" { "A4" } else { "letter" }
            )),
            "{html}"
        );
    }
    // Every other paper is portrait on the paper chosen, with one-inch margins.
    for doc in ["script", "handout", "packet"] {
        let docx = part(
            &render("docx", &["--doc", doc, "--paper", "a4"]),
            "word/document.xml",
        );
        assert!(docx.contains(r#"<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440""#), "{doc}");
    }
}

#[test]
fn a_long_title_breaks_before_a_phrase() {
    let docx = part(&render("docx", &[]), "word/document.xml");
    assert!(docx.contains(r#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">Spring Meeting of the Members</w:t><w:br/><w:t xml:space="preserve">of the Westfield Garden Club and Friends of the Park</w:t></w:r>"#), "{docx}");
}

#[test]
fn the_handout_gives_the_order_of_business() {
    let handout = String::from_utf8(render("txt", &["--doc", "handout"])).unwrap();
    let order: Vec<&str> = handout
        .lines()
        .skip_while(|l| !l.starts_with("Call"))
        .collect();
    assert_eq!(
        order,
        [
            "Call to order (11:50 a.m.)",
            "1. Approval of the minutes (11:51–11:56 a.m.)",
            "2. Reports (11:56 a.m.–12:06 p.m.)",
            "    Mr. Leo Park: present “Treasurer’s Report”",
            "3. New business (12:06–12:26 p.m.)",
            "    Motion to adopt the “Main Street Beds” plan",
            "    Motion to thank the members’ volunteers",
            "Adjournment (12:27 p.m.)",
        ]
    );
    // In Word, items hang on their number and sub-items stand further in.
    let styles = part(&render("docx", &["--doc", "handout"]), "word/styles.xml");
    assert!(styles.contains(r#"w:styleId="Item"><w:name w:val="Item"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/><w:spacing w:after="80"/><w:ind w:left="360" w:hanging="360"/>"#), "{styles}");
    assert!(
        styles.contains(r#"<w:ind w:left="540" w:hanging="0"/>"#),
        "{styles}"
    );
}
