//! A rendered document as structure: paragraphs with a style, runs of text (spoken, stage
//! direction, label) and tables. The templates write it as text with a light markup, which this
//! module reads; every output format is written from it.
//!
//! The markup, all of it optional:
//! - a line starting `@style ` gives the paragraph its style (`@title 县机关……议程`), with an
//!   optional `#anchor` and `^aside` (a note for the margin, like the item's time):
//!   `@transition#item-2^9:36 下面进行第二项议程，……`;
//! - `direction("（稍停）")` and `label("时　　间：")` in a template mark a run, with private-use
//!   characters that never occur in agenda text;
//! - consecutive lines holding tabs are a table, the first row its header.

use serde::Serialize;

/// Marks the start and end of a stage direction run.
pub const DIRECTION: (char, char) = ('\u{E000}', '\u{E001}');
/// Marks the start and end of a label run.
pub const LABEL: (char, char) = ('\u{E002}', '\u{E003}');

/// Paragraph styles; the names are the style ids in Word and the classes in HTML.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Style {
    Title,
    Subtitle,
    Salutation,
    Body,
    Transition,
    Point,
    Direction,
    Meta,
    Item,
    Subitem,
    Note,
    /// An empty line between parts (a blank line in the markup).
    Gap,
    /// Headings of speeches and reports: 一、 → （一） → 1. → （1）.
    Heading1,
    Heading2,
    Heading3,
    Heading4,
    /// A new page.
    Pagebreak,
    /// A paragraph of a speech or report: long, so it may break across pages.
    Prose,
}

impl Style {
    const ALL: [Style; 18] = [
        Style::Title,
        Style::Subtitle,
        Style::Salutation,
        Style::Body,
        Style::Transition,
        Style::Point,
        Style::Direction,
        Style::Meta,
        Style::Item,
        Style::Subitem,
        Style::Note,
        Style::Gap,
        Style::Heading1,
        Style::Heading2,
        Style::Heading3,
        Style::Heading4,
        Style::Pagebreak,
        Style::Prose,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Style::Title => "title",
            Style::Subtitle => "subtitle",
            Style::Salutation => "salutation",
            Style::Body => "body",
            Style::Transition => "transition",
            Style::Point => "point",
            Style::Direction => "direction",
            Style::Meta => "meta",
            Style::Item => "item",
            Style::Subitem => "subitem",
            Style::Note => "note",
            Style::Gap => "gap",
            Style::Heading1 => "heading1",
            Style::Heading2 => "heading2",
            Style::Heading3 => "heading3",
            Style::Heading4 => "heading4",
            Style::Pagebreak => "pagebreak",
            Style::Prose => "prose",
        }
    }

    fn from_name(name: &str) -> Option<Style> {
        Style::ALL.into_iter().find(|s| s.name() == name)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RunKind {
    Text,
    Direction,
    Label,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Run {
    pub kind: RunKind,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Paragraph {
    pub style: Style,
    pub anchor: Option<String>,
    pub aside: Option<String>,
    pub runs: Vec<Run>,
}

impl Paragraph {
    /// The paragraph's text without markup.
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Block {
    Paragraph(Paragraph),
    Table(Table),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Document {
    pub blocks: Vec<Block>,
}

impl Document {
    /// Reads template output. A run of blank lines between paragraphs is one gap (an empty
    /// line in print); blank lines at the start and the end are dropped.
    pub fn parse(text: &str) -> Document {
        let mut blocks = Vec::new();
        let lines: Vec<&str> = text.lines().collect();
        let mut i = 0;
        while i < lines.len() {
            let line = lines[i];
            if line.contains('\t') {
                let end = (i..lines.len())
                    .find(|&j| !lines[j].contains('\t'))
                    .unwrap_or(lines.len());
                let mut rows = lines[i..end].iter().map(|l| {
                    l.split('\t')
                        .map(|c| plain(c.trim()))
                        .collect::<Vec<String>>()
                });
                let header = rows.next().unwrap_or_default();
                blocks.push(Block::Table(Table {
                    header,
                    rows: rows.collect(),
                }));
                i = end;
                continue;
            }
            if line.trim() == "@pagebreak" {
                if is_gap(blocks.last()) {
                    blocks.pop();
                }
                blocks.push(Block::Paragraph(paragraph("@pagebreak")));
            } else if !line.trim().is_empty() {
                blocks.push(Block::Paragraph(paragraph(line.trim_end())));
            } else if !blocks.is_empty() && !is_gap(blocks.last()) && !is_break(blocks.last()) {
                blocks.push(Block::Paragraph(Paragraph {
                    style: Style::Gap,
                    anchor: None,
                    aside: None,
                    runs: Vec::new(),
                }));
            }
            i += 1;
        }
        if is_gap(blocks.last()) {
            blocks.pop();
        }
        Document { blocks }
    }

    /// Drops the stage directions (for `--no-cues`), and the paragraphs left empty by it.
    pub fn without_directions(mut self) -> Document {
        self.blocks.retain_mut(|block| match block {
            Block::Paragraph(p) => {
                let was_empty = p.runs.is_empty() || p.style == Style::Pagebreak;
                p.runs.retain(|r| r.kind != RunKind::Direction);
                p.style != Style::Direction && (was_empty || !p.runs.is_empty())
            }
            Block::Table(_) => true,
        });
        self
    }
}

/// A line's `@style#anchor^aside ` prefix, read; `None` when the line has none.
fn prefix(line: &str) -> Option<(Style, Option<String>, Option<String>, &str)> {
    let rest = line.strip_prefix('@')?;
    let (head, body) = rest.split_once(' ').unwrap_or((rest, ""));
    let (head, aside) = match head.split_once('^') {
        Some((h, a)) => (h, Some(a.to_string())),
        None => (head, None),
    };
    let (name, anchor) = match head.split_once('#') {
        Some((n, a)) => (n, Some(a.to_string())),
        None => (head, None),
    };
    Style::from_name(name).map(|style| (style, anchor, aside, body))
}

/// A line's style, if it names one, and the rest of the line.
pub fn split_style(line: &str) -> (Option<Style>, &str) {
    match prefix(line) {
        Some((style, _, _, body)) => (Some(style), body),
        None => (None, line),
    }
}

fn is_break(block: Option<&Block>) -> bool {
    matches!(block, Some(Block::Paragraph(p)) if p.style == Style::Pagebreak)
}

fn is_gap(block: Option<&Block>) -> bool {
    matches!(block, Some(Block::Paragraph(p)) if p.style == Style::Gap)
}

fn paragraph(line: &str) -> Paragraph {
    let (style, anchor, aside, body) = prefix(line).unwrap_or((Style::Body, None, None, line));
    Paragraph {
        style,
        anchor,
        aside,
        runs: runs(body),
    }
}

/// Splits text into runs at the direction and label markers.
fn runs(text: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut kind = RunKind::Text;
    let mut current = String::new();
    let flush = |kind: RunKind, current: &mut String, runs: &mut Vec<Run>| {
        if !current.is_empty() {
            runs.push(Run {
                kind,
                text: std::mem::take(current),
            });
        }
    };
    for c in text.chars() {
        let next = match c {
            c if c == DIRECTION.0 => Some(RunKind::Direction),
            c if c == LABEL.0 => Some(RunKind::Label),
            c if c == DIRECTION.1 || c == LABEL.1 => Some(RunKind::Text),
            _ => None,
        };
        match next {
            Some(next) => {
                flush(kind, &mut current, &mut runs);
                kind = next;
            }
            None => current.push(c),
        }
    }
    flush(kind, &mut current, &mut runs);
    runs
}

/// The indent of a sub-item in plain text: two full-width spaces before Chinese, four spaces
/// before anything else.
pub fn indent(text: &str) -> &'static str {
    if text.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c)) {
        "\u{3000}\u{3000}"
    } else {
        "    "
    }
}

/// The text without any markers.
pub fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(*c, '\u{E000}'..='\u{E003}'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_read_into_styles_runs_and_tables() {
        let doc = Document::parse(
            "\n@title 会议议程\n@transition#item-2^9:36 下面\u{E000}（稍停）\u{E001}请讲话。\n时间\t议程\n9:00\t开场\n@unknown 不是样式\n",
        );
        let blocks = &doc.blocks;
        assert_eq!(blocks.len(), 4);
        let Block::Paragraph(title) = &blocks[0] else {
            panic!()
        };
        assert_eq!(
            (title.style, title.text().as_str()),
            (Style::Title, "会议议程")
        );
        let Block::Paragraph(t) = &blocks[1] else {
            panic!()
        };
        assert_eq!(t.style, Style::Transition);
        assert_eq!(t.anchor.as_deref(), Some("item-2"));
        assert_eq!(t.aside.as_deref(), Some("9:36"));
        assert_eq!(
            t.runs.iter().map(|r| r.kind).collect::<Vec<_>>(),
            vec![RunKind::Text, RunKind::Direction, RunKind::Text]
        );
        let Block::Table(table) = &blocks[2] else {
            panic!()
        };
        assert_eq!(table.header, vec!["时间", "议程"]);
        assert_eq!(table.rows, vec![vec!["9:00", "开场"]]);
        let Block::Paragraph(p) = &blocks[3] else {
            panic!()
        };
        assert_eq!(
            (p.style, p.text().as_str()),
            (Style::Body, "@unknown 不是样式")
        );
    }

    #[test]
    fn blank_lines_become_one_gap() {
        let doc = Document::parse("\n\n标题\n\n\n正文\n\n");
        let styles: Vec<Style> = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.style,
                Block::Table(_) => panic!(),
            })
            .collect();
        assert_eq!(styles, vec![Style::Body, Style::Gap, Style::Body]);
    }

    #[test]
    fn directions_can_be_left_out() {
        let doc = Document::parse("请讲话。\u{E000}（鼓掌）\u{E001}\n@direction （奏毕）\n")
            .without_directions();
        assert_eq!(doc.blocks.len(), 1);
        let Block::Paragraph(p) = &doc.blocks[0] else {
            panic!()
        };
        assert_eq!(p.text(), "请讲话。");
    }
}
