//! Print formats: the Word package is opened and its parts checked element by element (page
//! setup, fonts, sizes, indents, line spacing, the page-number field, schema order); HTML and
//! Markdown are snapshot-tested.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee, emcee_in, project_with, root, run};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Renders `agenda` (relative to the project root) with `args` into a .docx, checks that every
/// part is in schema order, and returns the parts by name.
fn docx(agenda: &str, args: &[&str]) -> HashMap<String, String> {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.docx");
    let (code, _, stderr) = run(emcee_in(&root())
        .args(["render", agenda, "-o"])
        .arg(&out)
        .args(args));
    assert_eq!((code, stderr.as_str()), (0, ""));
    let parts = parts(&out);
    for (name, xml) in &parts {
        assert_schema_order(name, xml);
    }
    parts
}

fn parts(path: &Path) -> HashMap<String, String> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut parts = HashMap::new();
    for i in 0..zip.len() {
        let mut file = zip.by_index(i).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        parts.insert(file.name().to_string(), text);
    }
    parts
}

fn w<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
    node.children().find(|c| c.has_tag_name((W, name)))
}

fn attr<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

/// An attribute of an element in the document defaults (`rPrDefault` or `pPrDefault`).
fn default_attr<'a>(
    styles: &'a roxmltree::Document<'_>,
    defaults: &str,
    element: &str,
    name: &str,
) -> Option<&'a str> {
    attr(first(first(styles.root(), defaults), element), name)
}

/// The text of an element: its text nodes, joined.
fn text_of(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// The first element named `w:{name}` at or under `node`.
fn first<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> roxmltree::Node<'a, 'i> {
    node.descendants()
        .find(|n| n.has_tag_name((W, name)))
        .unwrap_or_else(|| panic!("no w:{name}"))
}

/// The style with this id in styles.xml.
fn style<'a, 'i>(styles: &'a roxmltree::Document<'i>, id: &str) -> roxmltree::Node<'a, 'i> {
    styles
        .descendants()
        .find(|n| n.has_tag_name((W, "style")) && attr(*n, "styleId") == Some(id))
        .unwrap_or_else(|| panic!("no style {id}"))
}

/// The children of each element kind must follow the schema's sequence (ECMA-376), or Word
/// drops them silently.
const ORDER: &[(&str, &[&str])] = &[
    (
        "pPr",
        &[
            "pStyle",
            "keepNext",
            "keepLines",
            "pageBreakBefore",
            "widowControl",
            "numPr",
            "pBdr",
            "shd",
            "tabs",
            "snapToGrid",
            "spacing",
            "ind",
            "contextualSpacing",
            "jc",
            "outlineLvl",
            "rPr",
            "sectPr",
        ],
    ),
    (
        "rPr",
        &[
            "rStyle",
            "rFonts",
            "b",
            "bCs",
            "i",
            "iCs",
            "caps",
            "strike",
            "vanish",
            "color",
            "spacing",
            "w",
            "kern",
            "position",
            "sz",
            "szCs",
            "highlight",
            "u",
            "shd",
            "fitText",
            "vertAlign",
            "lang",
        ],
    ),
    (
        "sectPr",
        &[
            "headerReference",
            "footerReference",
            "footnotePr",
            "endnotePr",
            "type",
            "pgSz",
            "pgMar",
            "paperSrc",
            "pgBorders",
            "lnNumType",
            "pgNumType",
            "cols",
            "formProt",
            "vAlign",
            "noEndnote",
            "titlePg",
            "textDirection",
            "bidi",
            "rtlGutter",
            "docGrid",
        ],
    ),
    (
        "style",
        &[
            "name",
            "aliases",
            "basedOn",
            "next",
            "link",
            "autoRedefine",
            "hidden",
            "uiPriority",
            "semiHidden",
            "unhideWhenUsed",
            "qFormat",
            "locked",
            "personal",
            "rsid",
            "pPr",
            "rPr",
            "tblPr",
            "trPr",
            "tcPr",
            "tblStylePr",
        ],
    ),
    (
        "tblPr",
        &[
            "tblStyle",
            "tblpPr",
            "tblOverlap",
            "bidiVisual",
            "tblStyleRowBandSize",
            "tblStyleColBandSize",
            "tblW",
            "jc",
            "tblCellSpacing",
            "tblInd",
            "tblBorders",
            "shd",
            "tblLayout",
            "tblCellMar",
            "tblLook",
        ],
    ),
    (
        "tcPr",
        &[
            "cnfStyle",
            "tcW",
            "gridSpan",
            "vMerge",
            "tcBorders",
            "shd",
            "noWrap",
            "tcMar",
            "textDirection",
            "tcFitText",
            "vAlign",
            "hideMark",
        ],
    ),
    ("tbl", &["tblPr", "tblGrid", "tr"]),
    ("tc", &["tcPr", "p"]),
    (
        "settings",
        &[
            "zoom",
            "defaultTabStop",
            "evenAndOddHeaders",
            "characterSpacingControl",
            "compat",
        ],
    ),
    ("docDefaults", &["rPrDefault", "pPrDefault"]),
];

fn assert_schema_order(name: &str, xml: &str) {
    let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{name}: {e}"));
    for node in doc.descendants().filter(|n| n.is_element()) {
        let Some((_, order)) = ORDER.iter().find(|(el, _)| node.has_tag_name((W, *el))) else {
            continue;
        };
        let positions: Vec<usize> = node
            .children()
            .filter(|c| c.is_element())
            .map(|c| {
                let tag = c.tag_name().name();
                order.iter().position(|o| *o == tag).unwrap_or_else(|| {
                    panic!(
                        "{name}: <{tag}> is not expected in <{}>",
                        node.tag_name().name()
                    )
                })
            })
            .collect();
        assert!(
            positions.windows(2).all(|p| p[0] <= p[1]),
            "{name}: the children of <{}> are out of schema order",
            node.tag_name().name()
        );
    }
}

#[test]
fn the_script_follows_gbt_9704() {
    let parts = docx("agendas/ideology-work-meeting.yaml", &[]);
    let document = roxmltree::Document::parse(&parts["word/document.xml"]).unwrap();
    let sect = first(document.root(), "sectPr");
    let size = w(sect, "pgSz").unwrap();
    assert_eq!(
        (attr(size, "w"), attr(size, "h")),
        (Some("11906"), Some("16838"))
    );
    let margins = w(sect, "pgMar").unwrap();
    assert_eq!(
        ["top", "right", "bottom", "left", "footer"].map(|a| attr(margins, a)),
        [
            Some("2098"),
            Some("1466"),
            Some("1984"),
            Some("1587"),
            Some("1417")
        ]
    );
    assert_eq!(attr(w(sect, "docGrid").unwrap(), "linePitch"), Some("579"));
    // 22 lines fit the type area (225 mm) that the margins leave.
    let num = |node, name| attr(node, name).unwrap().parse::<u32>().unwrap();
    let type_area = num(size, "h") - num(margins, "top") - num(margins, "bottom");
    assert!(22 * num(w(sect, "docGrid").unwrap(), "linePitch") <= type_area);
    let footers: Vec<_> = sect
        .children()
        .filter(|c| c.has_tag_name((W, "footerReference")))
        .collect();
    assert_eq!(footers.len(), 2, "odd and even page numbers");

    let styles = roxmltree::Document::parse(&parts["word/styles.xml"]).unwrap();
    let defaults = first(styles.root(), "rPrDefault");
    let rpr = w(defaults, "rPr").unwrap();
    let fonts = w(rpr, "rFonts").unwrap();
    assert_eq!(attr(fonts, "eastAsia"), Some("仿宋_GB2312"));
    assert_eq!(attr(fonts, "ascii"), Some("Times New Roman"));
    assert_eq!(attr(w(rpr, "sz").unwrap(), "val"), Some("32"));
    // 28 characters a line: −0.2 pt each (15.8 pt) in a line 0.14 mm wider than 156 mm, so
    // that a mark at the end of a line still fits and is drawn (at −0.25 pt LibreOffice hung
    // it past the margin and lost it; tests/print/render-check.sh measures this).
    assert_eq!(attr(w(rpr, "spacing").unwrap(), "val"), Some("-4"));
    // Latin text and digits are English, Chinese Chinese: so LibreOffice never breaks a number
    // between its digits (表彰2/024年).
    let lang = w(rpr, "lang").unwrap();
    assert_eq!(
        (attr(lang, "val"), attr(lang, "eastAsia")),
        (Some("en-US"), Some("zh-CN"))
    );
    let ppr = first(styles.root(), "pPrDefault");
    let spacing = first(ppr, "spacing");
    assert_eq!(
        (attr(spacing, "line"), attr(spacing, "lineRule")),
        (Some("579"), Some("exact"))
    );

    let title = style(&styles, "Title");
    let title_rpr = w(title, "rPr").unwrap();
    assert_eq!(
        attr(w(title_rpr, "rFonts").unwrap(), "eastAsia"),
        Some("方正小标宋简体")
    );
    assert_eq!(attr(w(title_rpr, "sz").unwrap(), "val"), Some("44"));
    assert_eq!(
        attr(w(w(title, "pPr").unwrap(), "jc").unwrap(), "val"),
        Some("center")
    );
    let body = w(style(&styles, "Body"), "pPr").unwrap();
    // Two characters of 15.8 pt, less 0.2 pt: the first line holds 26 after it even when an
    // item opens with a run in 黑体 (LibreOffice rounds each run on its own).
    assert_eq!(attr(w(body, "ind").unwrap(), "firstLine"), Some("628"));
    // Spoken paragraphs may break across pages, never leaving a line alone; short ones and an
    // item's opening are kept whole on the paragraph itself.
    assert!(w(body, "keepLines").is_none());
    assert!(w(body, "widowControl").is_some());
    let kept: Vec<String> = document
        .descendants()
        .filter(|p| p.has_tag_name((W, "p")))
        .filter(|p| p.descendants().any(|n| n.has_tag_name((W, "keepLines"))))
        .map(|p| text_of(p).chars().take(9).collect())
        .collect();
    // The second item's opening (two lines); the first item's runs to seven lines, the opening
    // to six and the points to five, so they may break (with two lines at least on each page).
    assert_eq!(kept, ["下面进行第二项议程"]);
    // The words that open an item stand out in 黑体, so the host finds his place.
    let label = w(style(&styles, "LabelChar"), "rPr").unwrap();
    assert_eq!(attr(w(label, "rFonts").unwrap(), "eastAsia"), Some("黑体"));
    assert!(parts["word/document.xml"].contains(
        r#"<w:rStyle w:val="LabelChar"/></w:rPr><w:t xml:space="preserve">下面进行第二项议程</w:t>"#
    ));
    let direction = w(style(&styles, "DirectionChar"), "rPr").unwrap();
    assert_eq!(
        attr(w(direction, "rFonts").unwrap(), "eastAsia"),
        Some("楷体_GB2312")
    );
    let subtitle = w(style(&styles, "Subtitle"), "rPr").unwrap();
    assert_eq!(
        attr(w(subtitle, "rFonts").unwrap(), "eastAsia"),
        Some("楷体_GB2312")
    );

    // Paragraphs carry named styles: the transitions can be restyled in one place.
    let styles_used: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name((W, "pStyle")))
        .filter_map(|n| attr(n, "val"))
        .collect();
    assert_eq!(
        styles_used,
        [
            "Title",
            "Subtitle",
            "Subtitle",
            "Salutation",
            "Body",
            "Transition",
            "Transition",
            "Body",
            "Point",
            "Point",
            "Point"
        ]
    );

    for (footer, jc, indent) in [
        ("word/footer1.xml", "right", "right"),
        ("word/footer2.xml", "left", "left"),
    ] {
        let xml = roxmltree::Document::parse(&parts[footer]).unwrap();
        let ppr = first(xml.root(), "pPr");
        assert_eq!(attr(w(ppr, "jc").unwrap(), "val"), Some(jc));
        assert_eq!(attr(w(ppr, "ind").unwrap(), indent), Some("280"));
        let instr: String = xml
            .descendants()
            .filter(|n| n.has_tag_name((W, "instrText")))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(instr.trim(), "PAGE");
        let text: String = xml
            .descendants()
            .filter(|n| n.has_tag_name((W, "t")))
            .filter_map(|n| n.text())
            .collect();
        assert_eq!(text, "— 1 —");
        let size = first(xml.root(), "sz");
        assert_eq!(attr(size, "val"), Some("28"));
    }
    assert!(parts["word/settings.xml"].contains("<w:evenAndOddHeaders/>"));
    assert!(
        parts["word/fontTable.xml"]
            .contains(r#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>"#)
    );
    assert!(
        parts["docProps/core.xml"]
            .contains("<dc:title>县机关意识形态工作专题会议主持词</dc:title>")
    );
    assert!(parts["docProps/core.xml"].contains("2024-03-28T00:00:00Z"));
}

#[test]
fn large_print_and_single_sided() {
    let parts = docx(
        "agendas/ideology-work-meeting.yaml",
        &["--large-print", "--simplex"],
    );
    let styles = roxmltree::Document::parse(&parts["word/styles.xml"]).unwrap();
    assert_eq!(default_attr(&styles, "rPrDefault", "sz", "val"), Some("36"));
    assert_eq!(
        default_attr(&styles, "pPrDefault", "spacing", "line"),
        Some("680")
    );
    let body = w(style(&styles, "Body"), "pPr").unwrap();
    assert_eq!(attr(w(body, "ind").unwrap(), "firstLine"), Some("720"));
    assert!(
        parts["word/document.xml"].contains(r#"<w:docGrid w:type="lines" w:linePitch="680"/>"#)
    );
    // Single-sided: one footer, at the right of every page.
    assert!(!parts.contains_key("word/footer2.xml"));
    assert!(!parts["word/settings.xml"].contains("evenAndOddHeaders"));
    assert!(parts["word/footer1.xml"].contains(r#"<w:jc w:val="right"/>"#));
}

#[test]
fn the_handout_has_aligned_labels_hanging_items_and_no_page_number() {
    let parts = docx("agendas/ideology-work-meeting.yaml", &["--doc", "handout"]);
    let document = roxmltree::Document::parse(&parts["word/document.xml"]).unwrap();
    assert!(
        document
            .descendants()
            .all(|n| !n.has_tag_name((W, "footerReference")))
    );
    let labels: Vec<String> = document
        .descendants()
        .filter(|n| n.has_tag_name((W, "r")))
        .filter(|r| {
            r.descendants()
                .any(|n| n.has_tag_name((W, "rStyle")) && attr(n, "val") == Some("LabelChar"))
        })
        .map(text_of)
        .collect();
    assert_eq!(
        labels,
        [
            "时　　间：",
            "地　　点：",
            "主\u{2002}持\u{2002}人：",
            "参会人员："
        ]
    );
    let styles = roxmltree::Document::parse(&parts["word/styles.xml"]).unwrap();
    let item = w(w(style(&styles, "Item"), "pPr").unwrap(), "ind").unwrap();
    assert_eq!(
        (attr(item, "left"), attr(item, "hanging")),
        (Some("1256"), Some("628"))
    );
    let label = w(style(&styles, "LabelChar"), "rPr").unwrap();
    assert_eq!(attr(w(label, "rFonts").unwrap(), "eastAsia"), Some("黑体"));
    // Items end without punctuation.
    let items: Vec<String> = document
        .descendants()
        .filter(|p| {
            p.has_tag_name((W, "p")) && p.descendants().any(|n| attr(n, "val") == Some("Item"))
        })
        .map(text_of)
        .collect();
    assert_eq!(items.len(), 2);
    assert!(
        items
            .iter()
            .all(|t| !t.ends_with('。') && !t.ends_with('；')),
        "{items:?}"
    );
}

#[test]
fn the_run_sheet_is_a_table_with_a_repeated_header() {
    let parts = docx("agendas/ideology-work-meeting.yaml", &["--doc", "runsheet"]);
    let document = roxmltree::Document::parse(&parts["word/document.xml"]).unwrap();
    let table = first(document.root(), "tbl");
    let rows: Vec<_> = table
        .children()
        .filter(|c| c.has_tag_name((W, "tr")))
        .collect();
    assert_eq!(
        rows.len(),
        8,
        "a header, the opening, two items, three steps, the closing"
    );
    assert!(
        rows[0]
            .descendants()
            .any(|n| n.has_tag_name((W, "tblHeader")))
    );
    let grid: u32 = table
        .descendants()
        .filter(|n| n.has_tag_name((W, "gridCol")))
        .map(|n| attr(n, "w").unwrap().parse::<u32>().unwrap())
        .sum();
    assert_eq!(
        grid,
        16838 - 1587 - 1474,
        "the table fills the landscape type area"
    );
    assert!(
        parts["word/document.xml"]
            .contains(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#)
    );
}

#[test]
fn output_is_byte_for_byte_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    for format in ["docx", "html", "md", "txt"] {
        let a = dir.path().join(format!("a.{format}"));
        let b = dir.path().join(format!("b.{format}"));
        for out in [&a, &b] {
            let (code, _, _) = run(emcee_in(&root())
                .args(["render", "agendas/ideology-work-meeting.yaml", "-o"])
                .arg(out));
            assert_eq!(code, 0);
        }
        assert_eq!(
            std::fs::read(&a).unwrap(),
            std::fs::read(&b).unwrap(),
            "{format}"
        );
    }
}

#[test]
fn styles_can_come_from_a_reference_document() {
    let dir = tempfile::tempdir().unwrap();
    // A house template: our own document with its Title style renamed.
    let house = dir.path().join("house.docx");
    let (code, _, _) = run(emcee_in(&root())
        .args(["render", "agendas/ideology-work-meeting.yaml", "-o"])
        .arg(&house));
    assert_eq!(code, 0);
    let mut parts = parts(&house);
    let styles = parts["word/styles.xml"].replace(
        r#"<w:name w:val="Title"/>"#,
        r#"<w:name w:val="House Title"/>"#,
    );
    parts.insert("word/styles.xml".into(), styles);
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&house).unwrap());
    for (name, text) in &parts {
        zip.start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();

    let out = dir.path().join("out.docx");
    let (code, _, stderr) = run(emcee_in(&root())
        .args(["render", "agendas/ideology-work-meeting.yaml", "-o"])
        .arg(&out)
        .arg("--reference-doc")
        .arg(&house));
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(self::parts(&out)["word/styles.xml"].contains("House Title"));
}

#[test]
fn bad_print_options_are_refused() {
    let dir = project_with("diyi-points.yaml");
    std::fs::write(dir.path().join("not-a-docx.docx"), "plain text").unwrap();
    assert_cmd_snapshot!(
        "unknown_extension",
        emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "主持词.rtf"])
    );
    assert_cmd_snapshot!(
        "old_word_format",
        emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "主持词.doc"])
    );
    assert_cmd_snapshot!(
        "extension_contradicts_format",
        emcee_in(dir.path()).args([
            "render",
            "meeting.yaml",
            "-o",
            "主持词.txt",
            "--format",
            "docx"
        ])
    );
    assert_cmd_snapshot!(
        "unknown_format",
        emcee_in(dir.path()).args(["render", "meeting.yaml", "--format", "rtf"])
    );
    assert_cmd_snapshot!(
        "reference_doc_not_a_docx",
        emcee_in(dir.path()).args([
            "render",
            "meeting.yaml",
            "-o",
            "x.docx",
            "--reference-doc",
            "not-a-docx.docx"
        ])
    );
    assert_cmd_snapshot!(
        "reference_doc_missing",
        emcee_in(dir.path()).args([
            "render",
            "meeting.yaml",
            "-o",
            "x.docx",
            "--reference-doc",
            "house.docx"
        ])
    );
    assert!(!dir.path().join("x.docx").exists());
}

#[test]
fn html_and_markdown() {
    for doc in ["script", "handout", "runsheet"] {
        for format in ["html", "md"] {
            let (code, stdout, stderr) = run(emcee_in(&root()).args([
                "render",
                "agendas/ideology-work-meeting.yaml",
                "--doc",
                doc,
                "--format",
                format,
            ]));
            assert_eq!((code, stderr.as_str()), (0, ""));
            insta::assert_snapshot!(format!("sample_{doc}_{format}"), stdout);
        }
    }
    for format in ["html", "md"] {
        let (code, stdout, stderr) = run(emcee_in(&root()).args([
            "render",
            "agendas/board-meeting.yaml",
            "--format",
            format,
        ]));
        assert_eq!((code, stderr.as_str()), (0, ""));
        insta::assert_snapshot!(format!("board_meeting_script_{format}"), stdout);
    }
    // No network: nothing is fetched from anywhere.
    let (_, html, _) = run(emcee().args(["render", "cases/diyi-points.yaml", "--format", "html"]));
    assert!(!html.contains("http"), "{html}");
    assert!(!html.contains("<script"));
}

#[test]
fn english_documents_take_letter_or_a4() {
    let letter = docx("agendas/board-meeting.yaml", &[]);
    assert!(letter["word/document.xml"].contains(r#"<w:pgSz w:w="12240" w:h="15840"/>"#));
    assert!(letter["word/styles.xml"].contains(r#"w:eastAsia="Times New Roman""#));
    let a4 = docx("agendas/board-meeting.yaml", &["--paper", "a4"]);
    assert!(a4["word/document.xml"].contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#));
}

#[test]
fn a_long_title_is_one_paragraph_broken_by_meaning() {
    let parts = docx("agendas/commendation-ceremony.yaml", &[]);
    let document = roxmltree::Document::parse(&parts["word/document.xml"]).unwrap();
    let title = document
        .descendants()
        .find(|p| {
            p.has_tag_name((W, "p")) && p.descendants().any(|n| attr(n, "val") == Some("Title"))
        })
        .unwrap();
    // Two lines in one run, broken before the kind of meeting, not before 主持词 alone.
    let lines: Vec<String> = first(title, "r")
        .children()
        .filter(|c| c.has_tag_name((W, "t")) || c.has_tag_name((W, "br")))
        .map(|c| c.text().unwrap_or("/").to_string())
        .collect();
    assert_eq!(
        lines,
        ["全区2024年度先进集体和先进个人", "/", "表彰大会主持词"]
    );
    // The lines are spaced as one title, not snapped to two grid lines each.
    let styles = roxmltree::Document::parse(&parts["word/styles.xml"]).unwrap();
    let ppr = w(style(&styles, "Title"), "pPr").unwrap();
    assert_eq!(attr(w(ppr, "snapToGrid").unwrap(), "val"), Some("0"));
    // The run sheet is landscape: its title fits one line there.
    let runsheet = docx("agendas/commendation-ceremony.yaml", &["--doc", "runsheet"]);
    assert!(runsheet["word/document.xml"].contains(
        r#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">全区2024年度先进集体和先进个人表彰大会会务流程</w:t>"#
    ));
}

#[test]
fn each_document_of_a_packet_starts_on_an_odd_page_numbered_from_one() {
    let parts = docx(
        "agendas/ideology-analysis-meeting.yaml",
        &["--doc", "packet"],
    );
    let document = roxmltree::Document::parse(&parts["word/document.xml"]).unwrap();
    let sections: Vec<_> = document
        .descendants()
        .filter(|n| n.has_tag_name((W, "sectPr")))
        .collect();
    // The handout, the script, the report.
    assert_eq!(sections.len(), 3);
    let describe = |s: roxmltree::Node| {
        (
            s.children()
                .filter(|c| c.has_tag_name((W, "footerReference")))
                .count(),
            w(s, "type")
                .and_then(|t| attr(t, "val"))
                .map(str::to_string),
            w(s, "pgNumType")
                .and_then(|t| attr(t, "start"))
                .map(str::to_string),
        )
    };
    assert_eq!(
        describe(sections[0]),
        (0, None, None),
        "no page number on the handout"
    );
    for s in &sections[1..] {
        assert_eq!(describe(*s), (2, Some("oddPage".into()), Some("1".into())));
    }
    // Printed single-sided, a document starts on the next page, not after a blank one.
    let simplex = docx(
        "agendas/ideology-analysis-meeting.yaml",
        &["--doc", "packet", "--simplex"],
    );
    assert!(simplex["word/document.xml"].contains(r#"<w:type w:val="nextPage"/>"#));
    assert!(!simplex["word/document.xml"].contains("oddPage"));
}

#[test]
fn a_report_carries_its_speaker_and_date_under_the_title() {
    let parts = docx(
        "agendas/ideology-analysis-meeting.yaml",
        &["--doc", "report"],
    );
    let document = roxmltree::Document::parse(&parts["word/document.xml"]).unwrap();
    let head: Vec<(String, String)> = document
        .descendants()
        .filter(|p| p.has_tag_name((W, "p")))
        .take(4)
        .map(|p| {
            let style = p
                .descendants()
                .find(|n| n.has_tag_name((W, "pStyle")))
                .and_then(|n| attr(n, "val"))
                .unwrap_or_default();
            (style.to_string(), text_of(p).chars().take(12).collect())
        })
        .collect();
    // In 楷体 (the Subtitle style), then a blank line before the text.
    assert_eq!(
        head,
        [
            ("Title".into(), "社区党支部2024年一季".into()),
            ("Subtitle".into(), "XX社区党支部书记　赵丽".into()),
            ("Subtitle".into(), "（2024年4月8日）".into()),
            ("Gap".into(), String::new()),
        ]
    );
    // Plain text is the text alone.
    let (_, text, _) = run(emcee_in(&root()).args([
        "render",
        "agendas/ideology-analysis-meeting.yaml",
        "--doc",
        "report",
    ]));
    assert!(!text.contains("赵丽"));
}

/// A Word document is refused on a terminal (it would fill the screen with bytes); `script`
/// gives the run a terminal of its own.
#[test]
fn a_word_document_is_not_written_to_a_terminal() {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("skipped: `script` (util-linux) is not installed to give emcee a terminal");
        return;
    }
    let dir = project_with("diyi-points.yaml");
    let bin = env!("CARGO_BIN_EXE_emcee");
    let out = std::process::Command::new("script")
        .current_dir(dir.path())
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .args([
            "-qec",
            &format!("{bin} render meeting.yaml --format docx"),
            "/dev/null",
        ])
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n");
    insta::assert_snapshot!(shown, @r"
    error: a Word document is not written to the terminal; name the file with `-o FILE.docx`
    ");
    assert_eq!(out.status.code(), Some(1));
}

/// `-o x.pdf` makes a PDF through LibreOffice when it is installed, and says how to get one
/// when it is not.
#[test]
fn a_pdf_is_made_by_libreoffice_or_the_user_is_told_how() {
    let dir = project_with("diyi-points.yaml");
    assert_cmd_snapshot!(
        "pdf_without_libreoffice",
        emcee_in(dir.path()).env("PATH", "/nonexistent").args([
            "render",
            "meeting.yaml",
            "-o",
            "主持词.pdf"
        ])
    );
    assert!(!dir.path().join("主持词.pdf").exists());
    if std::process::Command::new("soffice")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("skipped the PDF itself: LibreOffice (soffice) is not installed");
        return;
    }
    let (code, _, stderr) =
        run(emcee_in(dir.path()).args(["render", "meeting.yaml", "-o", "主持词.pdf"]));
    assert_eq!((code, stderr.as_str()), (0, ""));
    let pdf = std::fs::read(dir.path().join("主持词.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
}
