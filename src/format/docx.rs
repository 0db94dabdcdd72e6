//! Word (.docx): the WordprocessingML parts are templates under `scripts/docx/`, written in
//! schema order, zipped with fixed timestamps so the same agenda gives the same bytes. Styles
//! can come from an office's own Word file (`--reference-doc`).

use std::io::{Read, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};
use serde::Serialize;
use unicode_width::UnicodeWidthStr;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

use super::Layout;
use crate::document::{Block, Document, Paragraph, Style};
use crate::render::Renderer;

/// The width of the type area in twips (156 mm on A4 portrait); tables fill it.
const TEXT_WIDTH: usize = 8845;

/// A page: its size, margins and the footer's distance from the bottom edge, in twips.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
struct Page {
    w: usize,
    h: usize,
    top: usize,
    right: usize,
    bottom: usize,
    left: usize,
    footer: usize,
    landscape: bool,
    /// The width of the type area, which tables fill.
    width: usize,
}

impl Page {
    /// The page of a document: Chinese ones on A4 with the margins of GB/T 9704; English ones
    /// on the `--paper` chosen with one-inch margins. A run sheet is landscape for its table's
    /// width (an English one with margins of three quarters of an inch).
    fn of(layout: &Layout) -> Page {
        let runsheet = layout.doc == "runsheet";
        if layout.language == "zh-CN" {
            return if runsheet {
                Page {
                    w: 16838,
                    h: 11906,
                    top: 1417,
                    right: 1474,
                    bottom: 1417,
                    left: 1587,
                    footer: 850,
                    landscape: true,
                    width: 16838 - 1587 - 1474,
                }
            } else {
                Page {
                    w: 11906,
                    h: 16838,
                    top: 2098,
                    right: 1466,
                    bottom: 1984,
                    left: 1587,
                    footer: 1417,
                    landscape: false,
                    width: TEXT_WIDTH,
                }
            };
        }
        let (w, h) = match layout.paper {
            super::Paper::Letter => (12240, 15840),
            super::Paper::A4 => (11906, 16838),
        };
        let (margin, footer) = if runsheet { (1080, 567) } else { (1440, 720) };
        let (w, h) = if runsheet { (h, w) } else { (w, h) };
        Page {
            w,
            h,
            top: margin,
            right: margin,
            bottom: margin,
            left: margin,
            footer,
            landscape: runsheet,
            width: w - 2 * margin,
        }
    }
}

/// The parts of the package: (name in the zip, template).
const PARTS: [(&str, &str); 10] = [
    ("[Content_Types].xml", "docx/[Content_Types].xml.j2"),
    ("_rels/.rels", "docx/_rels/rels.xml.j2"),
    ("docProps/core.xml", "docx/docProps/core.xml.j2"),
    ("docProps/app.xml", "docx/docProps/app.xml.j2"),
    (
        "word/_rels/document.xml.rels",
        "docx/word/_rels/document.xml.rels.j2",
    ),
    ("word/document.xml", "docx/word/document.xml.j2"),
    ("word/styles.xml", "docx/word/styles.xml.j2"),
    ("word/settings.xml", "docx/word/settings.xml.j2"),
    ("word/fontTable.xml", "docx/word/fontTable.xml.j2"),
    ("word/footer1.xml", "docx/word/footer.xml.j2"),
];

/// Styles taken from an office's own Word document.
#[derive(Debug, Clone)]
pub struct ReferenceDoc {
    styles: String,
    font_table: Option<String>,
}

impl ReferenceDoc {
    /// Reads `word/styles.xml` (and the font table, if any) from a .docx file.
    pub fn open(path: &Path) -> Result<ReferenceDoc> {
        let name = path.display();
        let file = std::fs::File::open(path)
            .with_context(|| crate::tr!("reference.unreadable", name = name))?;
        let mut zip = ZipArchive::new(file)
            .map_err(|e| anyhow::anyhow!(crate::tr!("reference.not-docx", name = name, why = e)))?;
        let mut part = |part: &str| -> Result<Option<String>> {
            match zip.by_name(part) {
                Ok(mut f) => {
                    let mut text = String::new();
                    f.read_to_string(&mut text).with_context(|| {
                        crate::tr!("reference.part-unreadable", part = part, name = name)
                    })?;
                    Ok(Some(text))
                }
                Err(zip::result::ZipError::FileNotFound) => Ok(None),
                Err(e) => bail!(crate::tr!("reference.unreadable.why", name = name, why = e)),
            }
        };
        let Some(styles) = part("word/styles.xml")? else {
            bail!(crate::tr!("reference.no-styles", name = name));
        };
        if roxmltree::Document::parse(&styles).is_err() {
            bail!(crate::tr!("reference.bad-styles", name = name));
        }
        let font_table = part("word/fontTable.xml")?;
        Ok(ReferenceDoc { styles, font_table })
    }
}

#[derive(Serialize)]
struct Parts<'a> {
    layout: &'a Layout,
    /// The page's size and margins.
    page: Page,
    doc: &'a Document,
    /// Column widths in twips for each block that is a table (empty for paragraphs).
    widths: Vec<Vec<usize>>,
    /// Which paragraphs are kept whole on one page: short ones, and an item's opening. The
    /// rest may break across pages, never leaving one line alone (widow and orphan control).
    keep: Vec<bool>,
    /// The line pitch in twips when it is not the usual grid: a handout set closer to fit one
    /// page.
    pitch: Option<usize>,
    /// The lines of each block that is a title (empty for the rest): broken by meaning.
    titles: Vec<Vec<String>>,
    /// Which footer: `odd` (right, or every page when single-sided) or `even` (left).
    footer: &'static str,
}

pub fn write(
    doc: &Document,
    layout: &Layout,
    reference: Option<&ReferenceDoc>,
    renderer: &Renderer,
) -> Result<Vec<u8>> {
    let page = Page::of(layout);
    let widths = doc
        .blocks
        .iter()
        .map(|block| match block {
            Block::Table(t) => column_widths(&t.header, &t.rows, page.width),
            Block::Paragraph(_) => Vec::new(),
        })
        .collect();
    let mut ctx = Parts {
        layout,
        page,
        doc,
        widths,
        keep: doc
            .blocks
            .iter()
            .map(|block| match block {
                Block::Paragraph(p) => kept_whole(p, layout),
                Block::Table(_) => false,
            })
            .collect(),
        titles: super::title_lines(doc, layout),
        pitch: handout_pitch(doc, layout),
        footer: "odd",
    };
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default());
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let add = |zip: &mut ZipWriter<_>, name: &str, content: &str| -> Result<()> {
        zip.start_file(name, options)?;
        zip.write_all(content.as_bytes())?;
        Ok(())
    };
    for (name, template) in PARTS {
        let from_reference = reference.and_then(|r| match name {
            "word/styles.xml" => Some(r.styles.clone()),
            "word/fontTable.xml" => r.font_table.clone(),
            _ => None,
        });
        let content = match from_reference {
            Some(content) => content,
            None => renderer.layout(template, &ctx, doc.parts())?,
        };
        add(&mut zip, name, &content)?;
    }
    if layout.page_numbers && !layout.simplex {
        ctx.footer = "even";
        add(
            &mut zip,
            "word/footer2.xml",
            &renderer.layout("docx/word/footer.xml.j2", &ctx, 0)?,
        )?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Spoken paragraphs of this many lines or fewer stay on one page: a host does not turn the
/// page in the middle of a sentence or two. (Widow control alone keeps three together.)
const SHORT: usize = 4;
/// An item's opening (下面进行第二项议程，请……) stays whole up to this many lines.
const OPENING: usize = 6;

/// An English chair reads a paragraph as one unit (a motion put to the vote with its outcomes
/// on lines of their own): it stays whole up to this many lines, on pages of 36.
const ENGLISH_WHOLE: usize = 9;

/// Whether a paragraph is kept whole on one page.
fn kept_whole(p: &Paragraph, layout: &Layout) -> bool {
    let lines = estimated_lines(p, layout);
    let english = layout.language != "zh-CN";
    match p.style {
        Style::Transition | Style::Body | Style::Point | Style::Direction if english => {
            lines <= ENGLISH_WHOLE
        }
        Style::Transition => lines <= OPENING,
        Style::Body | Style::Point | Style::Direction | Style::Item | Style::Subitem => {
            lines <= SHORT
        }
        _ => false,
    }
}

/// About how many lines a paragraph takes: Chinese characters count one cell, Latin letters
/// and digits half; the first line is indented two cells. An English line holds about 90
/// letters of 12 pt (68 of 16 pt), and each branch label starts a line of its own.
fn estimated_lines(p: &Paragraph, layout: &Layout) -> usize {
    let cells = match (layout.language.as_str(), layout.large_print) {
        ("zh-CN", false) => 28,
        ("zh-CN", true) => 24,
        (_, false) => 45,
        (_, true) => 34,
    };
    p.text()
        .split('\n')
        .map(|line| {
            let half: usize = line.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
            (half + 4).div_ceil(cells * 2).max(1)
        })
        .sum()
}

/// The height of the type area in twips (225 mm).
const TEXT_HEIGHT: usize = 12756;
/// A handout this many lines over a page is set on closer lines to fit one page …
const SQUEEZE: usize = 4;
/// … but never closer than this (24 pt for 三号: one and a half lines).
const CLOSEST: usize = 480;

/// The line pitch of a handout that would run a few lines onto a second page: closer lines,
/// so that it fits one (an agenda is handed out on one sheet). None: the usual grid.
fn handout_pitch(doc: &Document, layout: &Layout) -> Option<usize> {
    if layout.doc != "handout" || layout.language != "zh-CN" {
        return None;
    }
    let (cells, page, pitch) = if layout.large_print {
        (24, 18, 680)
    } else {
        (28, 22, 579)
    };
    let titles = super::title_lines(doc, layout);
    let mut lines = 0;
    for (block, title) in doc.blocks.iter().zip(&titles) {
        let Block::Paragraph(p) = block else {
            return None;
        };
        let text = p.text();
        lines += match p.style {
            Style::Title => title.len().max(1),
            Style::Meta => wrapped(&text, cells - 2, cells - 7),
            Style::Item => wrapped(&text, cells - 2, cells - 4),
            Style::Subitem => wrapped(&text, cells - 4, cells - 4),
            Style::Gap | Style::Subtitle => 1,
            _ => wrapped(&text, cells - 2, cells),
        };
    }
    // One line to spare: a time range kept whole can wrap an item a line earlier than counted.
    (lines > page && lines <= page + SQUEEZE)
        .then(|| (TEXT_HEIGHT / (lines + 1)).min(pitch))
        .filter(|&closer| closer >= CLOSEST * pitch / 579)
}

/// How many lines `text` takes with `first` cells on its first line and `rest` on the others
/// (Latin letters and digits half a cell).
fn wrapped(text: &str, first: usize, rest: usize) -> usize {
    let half: usize = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    if half <= first * 2 {
        1
    } else {
        1 + (half - first * 2).div_ceil(rest * 2)
    }
}

/// Twips per display column of table text (五号, 10.5 pt: a Chinese character is two columns).
const TWIPS_PER_COLUMN: usize = 125;
/// Twips a cell needs beyond its text: the left and right cell margins, and some air.
const CELL_PADDING: usize = 230;
/// Cells wider than this many display columns wrap; they share what is left of the width.
const WRAP_AT: usize = 16;

/// Column widths in twips: short columns (times, minutes, names) get room for their widest
/// cell so they never wrap; the rest of the type area goes to the long columns.
fn column_widths(header: &[String], rows: &[Vec<String>], total: usize) -> Vec<usize> {
    let columns = header.len().max(1);
    let mut widest = vec![2usize; columns];
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        for (i, cell) in row.iter().enumerate().take(columns) {
            widest[i] = widest[i].max(UnicodeWidthStr::width(cell.as_str()));
        }
    }
    // A long column wraps anyway: it starts from half the wrapping width.
    let need = |w: usize| {
        let columns = if w > WRAP_AT { WRAP_AT / 2 } else { w };
        columns * TWIPS_PER_COLUMN + CELL_PADDING
    };
    let mut widths: Vec<usize> = widest.iter().map(|&w| need(w)).collect();
    let used: usize = widths.iter().sum();
    if used < total {
        let long: Vec<usize> = (0..columns).filter(|&i| widest[i] > WRAP_AT).collect();
        let share: Vec<usize> = if long.is_empty() {
            (0..columns).collect()
        } else {
            long
        };
        let weight: usize = share.iter().map(|&i| widest[i]).sum::<usize>().max(1);
        let extra = total - used;
        for &i in &share {
            widths[i] += extra * widest[i] / weight;
        }
    } else {
        widths = widths.iter().map(|w| w * total / used).collect();
    }
    let used: usize = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += total - used;
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(doc: &str) -> Layout {
        Layout {
            title: String::new(),
            language: "zh-CN".into(),
            doc: doc.into(),
            date: None,
            large_print: false,
            paper: super::super::Paper::A4,
            simplex: false,
            page_numbers: false,
            bylines: Vec::new(),
        }
    }

    #[test]
    fn a_handout_a_few_lines_too_long_is_set_closer_to_fit_one_page() {
        let handout = |items: usize| {
            let mut markup = String::from("@title 全市重点工作推进会议程\n\n@meta 时间\n\n");
            for i in 0..items {
                markup.push_str(&format!("@item {i}、市发展和改革委员会主任赵立新同志介绍全市重点项目推进情况和下一步工作安排\n"));
            }
            Document::parse(&markup)
        };
        // 4 lines and items of two lines each: one page (22 lines), two over (24: on lines of
        // 25 a page), eight over.
        assert_eq!(handout_pitch(&handout(9), &layout("handout")), None);
        assert_eq!(
            handout_pitch(&handout(10), &layout("handout")),
            Some(TEXT_HEIGHT / 25)
        );
        assert_eq!(handout_pitch(&handout(13), &layout("handout")), None);
        // Only handouts.
        assert_eq!(handout_pitch(&handout(10), &layout("script")), None);
        assert_eq!(wrapped("一二三", 2, 4), 2);
        assert_eq!(wrapped("ab", 1, 4), 1);
    }

    #[test]
    fn columns_fill_the_type_area() {
        let header = vec!["时间".to_string(), "议程".to_string()];
        let rows = vec![vec![
            "9:00".to_string(),
            "学习相关文件和法律法规".to_string(),
        ]];
        let widths = column_widths(&header, &rows, TEXT_WIDTH);
        assert_eq!(widths.iter().sum::<usize>(), TEXT_WIDTH);
        // The time column holds "9:00" without wrapping; the rest goes to the long column.
        assert!(widths[0] >= 4 * TWIPS_PER_COLUMN + CELL_PADDING);
        assert!(widths[1] > widths[0] * 5);
    }
}
