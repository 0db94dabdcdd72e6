//! The file formats a document is written in: plain text, Markdown, HTML, Word and PDF (through
//! LibreOffice). Each format is one module; this one picks the format from a file name and
//! dispatches.

mod docx;
mod english_title;
mod markdown;
mod pdf;
pub mod text;
pub mod typeset;

use std::path::Path;

use anyhow::{Result, bail};
use serde::Serialize;

use crate::document::{self, Block, Cues, Document, Style};
use crate::render::Renderer;

pub use docx::ReferenceDoc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text, one paragraph per line.
    Txt,
    /// Markdown.
    Md,
    /// One self-contained web page, for the screen and for printing.
    Html,
    /// A Word document in official layout (GB/T 9704 for Chinese).
    Docx,
    /// A PDF of the Word document, made by LibreOffice when it is installed.
    Pdf,
}

impl Format {
    pub const EXTENSIONS: [&'static str; 5] = ["txt", "md", "html", "docx", "pdf"];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
        }
    }

    /// Whether the file is a binary one, not for a terminal.
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Docx | Format::Pdf)
    }

    /// Refuses a file name whose extension names another format than `--format` gives
    /// (`-o 主持词.txt --format docx`), or a format emcee does not write (.doc, .wps).
    pub fn check_extension(self, path: &Path) -> Result<()> {
        match Format::from_path(path) {
            Ok(named) if named != self => bail!(crate::diagnostic::with_help(
                crate::tr!(
                    "format.contradicts",
                    path = path.display(),
                    format = self.extension()
                ),
                crate::tr!("format.contradicts.help", ext = self.extension())
            )),
            Err(e) if old_word(path) => Err(e),
            _ => Ok(()),
        }
    }

    /// The format named by a file's extension.
    pub fn from_path(path: &Path) -> Result<Format> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        Ok(match ext.as_str() {
            "txt" | "text" => Format::Txt,
            "md" | "markdown" => Format::Md,
            "html" | "htm" => Format::Html,
            "docx" => Format::Docx,
            "pdf" => Format::Pdf,
            "doc" | "wps" => bail!(crate::diagnostic::with_help(
                crate::tr!("format.old-word", path = path.display(), ext = ext),
                crate::tr!("format.old-word.help", ext = ext)
            )),
            "" => bail!(crate::tr!("format.no-extension", path = path.display())),
            _ => bail!(crate::tr!(
                "format.unknown-extension",
                path = path.display(),
                ext = ext
            )),
        })
    }
}

/// Paper sizes for English documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Paper {
    /// US Letter, 8.5 × 11 in.
    #[default]
    Letter,
    /// A4, 210 × 297 mm.
    A4,
}

/// What the layouts need to know beyond the document itself.
#[derive(Debug, Clone, Serialize)]
pub struct Layout {
    /// The document's title, for the page title and the Word properties.
    pub title: String,
    /// `zh-CN` or `en`: chooses fonts and page setup.
    pub language: String,
    /// `script`, `handout` or `runsheet`.
    pub doc: String,
    /// The meeting's date as YYYY-MM-DD, if known (the only date written into a .docx).
    pub date: Option<String>,
    /// Larger type for reading aloud.
    pub large_print: bool,
    /// The paper of an English document (Word and HTML), the run sheet's too.
    pub paper: Paper,
    /// Page numbers at the right of every page, for single-sided printing.
    pub simplex: bool,
    /// Page numbers in the footer.
    pub page_numbers: bool,
    /// For each title in order, the lines set under it in 楷体: a speech's or a report's
    /// speaker and date （2024年3月6日）; empty for the titles of other documents (in a packet:
    /// the handout's and the script's).
    pub bylines: Vec<Vec<String>>,
}

/// Writes `markup` (a template's output) as a file in `format`.
pub fn write(
    format: Format,
    markup: &str,
    layout: &Layout,
    cues: bool,
    reference: Option<&ReferenceDoc>,
    renderer: &Renderer,
) -> Result<Vec<u8>> {
    // English is typeset here, for every document and format, whatever the template wrote.
    let english = layout.language == "en";
    let typeset = |text: &str| {
        if english {
            typeset::english(text)
        } else {
            text.to_string()
        }
    };
    let layout = &Layout {
        title: typeset(&layout.title),
        ..layout.clone()
    };
    let markup = typeset(markup);
    // The byline is set under the title on paper and on screen; plain text stays the text
    // itself (as read aloud, and as compared with reference speeches).
    let with_byline = match format {
        Format::Txt => markup,
        _ => with_bylines(&markup, &layout.bylines),
    };
    let markup = with_byline.as_str();
    // Plain text keeps the template's own blank lines, so it is written from the markup.
    let doc = || {
        let doc = Document::parse(markup);
        if cues { doc } else { doc.without_directions() }
    };
    // On paper the run sheet's summary heads its table, so it is never alone on a page,
    // and a range of times (9:35—9:42) is never broken between two lines.
    let print = || doc().summary_first().with_whole_ranges();
    Ok(match format {
        Format::Txt => {
            let show = if cues { Cues::All } else { Cues::Branches };
            text::write_showing(markup, show).into_bytes()
        }
        Format::Md => markdown::write(&doc()).into_bytes(),
        Format::Html => {
            let doc = print();
            let titles = title_pieces(&doc, layout);
            let short = short_columns(&doc);
            renderer
                .layout(
                    "html/document.html.j2",
                    &Page {
                        layout,
                        doc: &doc,
                        titles,
                        short,
                    },
                    doc.parts(),
                )?
                .into_bytes()
        }
        Format::Docx => docx::write(&print(), layout, reference, renderer)?,
        Format::Pdf => pdf::from_docx(&docx::write(&print(), layout, reference, renderer)?)?,
    })
}

/// The markup with each byline set under its title (`@subtitle` lines): the n-th byline under
/// the n-th title.
fn with_bylines(markup: &str, bylines: &[Vec<String>]) -> String {
    if bylines.iter().all(Vec::is_empty) {
        return markup.to_string();
    }
    let lines: Vec<&str> = markup.split_inclusive('\n').collect();
    let mut out = String::with_capacity(markup.len() + 64);
    let mut titles = 0;
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        if document::split_style(line.trim_end()).0 != Some(Style::Title) {
            continue;
        }
        titles += 1;
        let Some(byline) = bylines.get(titles - 1).filter(|b| !b.is_empty()) else {
            continue;
        };
        if !line.ends_with('\n') {
            out.push('\n');
        }
        for by in byline {
            out.push_str("@subtitle ");
            out.push_str(by);
            out.push('\n');
        }
        // A blank line before the text, unless a salutation follows (it has its own).
        let next = lines
            .get(i + 1)
            .map(|l| document::split_style(l.trim_end()).0);
        if next != Some(Some(Style::Salutation)) {
            out.push('\n');
        }
    }
    out
}

#[derive(Serialize)]
struct Page<'a> {
    layout: &'a Layout,
    doc: &'a Document,
    /// The pieces of each block that is a title (empty for the rest), each kept on one line.
    titles: Vec<Vec<String>>,
    /// For each block that is a table, which columns are short (times, minutes, names): they
    /// never wrap (no 1分/钟). Empty for paragraphs.
    short: Vec<Vec<bool>>,
}

/// A column whose every cell is at most this many display columns (五个汉字) never wraps.
const SHORT_COLUMN: usize = 10;

fn short_columns(doc: &Document) -> Vec<Vec<bool>> {
    doc.blocks
        .iter()
        .map(|block| match block {
            Block::Table(t) => (0..t.header.len())
                .map(|i| {
                    std::iter::once(&t.header)
                        .chain(&t.rows)
                        .filter_map(|row| row.get(i))
                        .all(|cell| {
                            unicode_width::UnicodeWidthStr::width(cell.as_str()) <= SHORT_COLUMN
                        })
                })
                .collect(),
            Block::Paragraph(_) => Vec::new(),
        })
        .collect()
}

/// The lines of each title, broken by meaning (`document::title_lines` for Chinese,
/// `english_title::lines` for English); an empty list for every other block.
fn title_lines(doc: &Document, layout: &Layout) -> Vec<Vec<String>> {
    let runsheet = layout.doc == "runsheet";
    if layout.language != "zh-CN" {
        // Characters of an 18 pt bold title a line: 6.5 in (portrait), 9.5 in (a run sheet).
        let line = if runsheet { 75 } else { 50 };
        return doc
            .blocks
            .iter()
            .map(|block| match block {
                Block::Paragraph(p) if p.style == Style::Title => {
                    let lines = english_title::lines(&p.text(), line);
                    if lines.len() > 1 { lines } else { Vec::new() }
                }
                _ => Vec::new(),
            })
            .collect();
    }
    // The run sheet is landscape: 31 characters of 二号 a line.
    let line = if runsheet {
        document::TITLE_LINE * 31 / 20
    } else {
        document::TITLE_LINE
    };
    titles_in(doc, layout, line)
}

/// A web page's titles in pieces of at most ten characters, cut at meaningful points: each
/// piece is kept whole, so a phone wraps a title between pieces (县机关意识形态工作 /
/// 专题会议主持词), and a page as wide as paper puts them on lines as Word does.
fn title_pieces(doc: &Document, layout: &Layout) -> Vec<Vec<String>> {
    titles_in(doc, layout, 10)
}

fn titles_in(doc: &Document, layout: &Layout, line: usize) -> Vec<Vec<String>> {
    doc.blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(p) if p.style == Style::Title && layout.language == "zh-CN" => {
                let lines = document::title_lines(&p.text(), line);
                if lines.len() > 1 { lines } else { Vec::new() }
            }
            _ => Vec::new(),
        })
        .collect()
}

/// Whether a file name asks for Word 97 (.doc) or WPS (.wps), which emcee does not write.
fn old_word(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("doc") || e.eq_ignore_ascii_case("wps"))
}
