//! The file formats a document is written in: plain text, Markdown, HTML and Word. Each format
//! is one module; this one picks the format from a file name and dispatches.

mod docx;
mod markdown;
pub mod text;

use std::path::Path;

use anyhow::{Result, bail};
use serde::Serialize;

use crate::document::{self, Block, Document, Style};
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
}

impl Format {
    pub const EXTENSIONS: [&'static str; 4] = ["txt", "md", "html", "docx"];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
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
            _ => bail!(
                "cannot tell the format of `{}` from its extension{}: use .txt, .md, .html or .docx, or say --format txt|md|html|docx",
                path.display(),
                if ext.is_empty() {
                    String::new()
                } else {
                    format!(" `.{ext}`")
                }
            ),
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
    /// The paper of an English document.
    pub paper: Paper,
    /// Page numbers at the right of every page, for single-sided printing.
    pub simplex: bool,
    /// Page numbers in the footer.
    pub page_numbers: bool,
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
    // Plain text keeps the template's own blank lines, so it is written from the markup.
    let doc = || {
        let doc = Document::parse(markup);
        if cues { doc } else { doc.without_directions() }
    };
    // On paper the run sheet's summary heads its table, so it is never alone on a page.
    let print = || doc().summary_first();
    Ok(match format {
        Format::Txt => text::write(markup, cues).into_bytes(),
        Format::Md => markdown::write(&doc()).into_bytes(),
        Format::Html => {
            let doc = print();
            let titles = title_lines(&doc, layout);
            renderer
                .layout(
                    "html/document.html.j2",
                    &Page {
                        layout,
                        doc: &doc,
                        titles,
                    },
                )?
                .into_bytes()
        }
        Format::Docx => docx::write(&print(), layout, reference, renderer)?,
    })
}

#[derive(Serialize)]
struct Page<'a> {
    layout: &'a Layout,
    doc: &'a Document,
    /// The lines of each block that is a title (empty for the rest).
    titles: Vec<Vec<String>>,
}

/// The lines of each title of a Chinese document, broken by meaning (`document::title_lines`);
/// an empty list for every other block, and for every block of an English document.
fn title_lines(doc: &Document, layout: &Layout) -> Vec<Vec<String>> {
    doc.blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(p) if p.style == Style::Title && layout.language == "zh-CN" => {
                // The run sheet is landscape: 31 characters of 二号 a line.
                let line = if layout.doc == "runsheet" {
                    document::TITLE_LINE * 31 / 20
                } else {
                    document::TITLE_LINE
                };
                let lines = document::title_lines(&p.text(), line);
                if lines.len() > 1 { lines } else { Vec::new() }
            }
            _ => Vec::new(),
        })
        .collect()
}
