//! Markdown: headings for titles, paragraphs separated by blank lines, stage directions in
//! italics, labels in bold, tables as pipe tables. Reads well in git and on code-hosting sites.

use crate::document::{self, Block, Document, RunKind, Style, Table};

pub fn write(doc: &Document) -> String {
    let mut out = String::new();
    for block in &doc.blocks {
        match block {
            Block::Paragraph(p) if p.style == Style::Gap => {}
            Block::Paragraph(p) if p.style == Style::Pagebreak => out.push_str("---\n\n"),
            Block::Paragraph(p) => {
                let mut text = String::new();
                for run in &p.runs {
                    let escaped = escape(&run.text);
                    match run.kind {
                        RunKind::Text => text.push_str(&escaped),
                        RunKind::Direction | RunKind::Branch => {
                            text.push_str(&format!("*{escaped}*"))
                        }
                        // A hard line break (CommonMark): a backslash at the end of the line.
                        RunKind::Break => text.push_str("\\\n"),
                        RunKind::Label => text.push_str(&format!("**{escaped}**")),
                    }
                }
                let line = match p.style {
                    Style::Title => format!("# {text}"),
                    Style::Heading1 => format!("## {text}"),
                    Style::Heading2 => format!("### {text}"),
                    Style::Heading3 => format!("#### {text}"),
                    Style::Heading4 => format!("##### {text}"),
                    Style::Subtitle | Style::Direction => format!("*{}*", text.trim_matches('*')),
                    Style::Subitem => {
                        format!("{}{}", document::indent(&text), escape_start(&text))
                    }
                    _ => match &p.aside {
                        Some(aside) => format!("`{aside}` {text}"),
                        None => escape_start(&text),
                    },
                };
                out.push_str(&line);
                out.push_str("\n\n");
            }
            Block::Table(table) => {
                table_rows(table, &mut out);
                out.push('\n');
            }
        }
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

fn table_rows(table: &Table, out: &mut String) {
    let row = |cells: &[String]| {
        let cells: Vec<String> = cells
            .iter()
            .map(|c| escape(c).replace('|', "\\|"))
            .collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.push_str(&row(&table.header));
    out.push_str(&format!("|{}\n", " --- |".repeat(table.header.len())));
    for cells in &table.rows {
        out.push_str(&row(cells));
    }
}

/// Escapes what would start Markdown syntax at the start of a line: a list (`- `, `+ `, `1. `,
/// `1) `), a rule or a heading's underline (`---`, `===`).
fn escape_start(text: &str) -> String {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    match text.as_bytes().get(digits) {
        Some(b'-' | b'+' | b'=') if digits == 0 => format!("\\{text}"),
        Some(b'.' | b')')
            if digits > 0 && matches!(text.as_bytes().get(digits + 1), None | Some(b' ')) =>
        {
            format!("{}\\{}", &text[..digits], &text[digits..])
        }
        _ => text.to_string(),
    }
}

/// Escapes the characters that would start Markdown syntax inside a paragraph: emphasis, code
/// and fences (`` ` ``, `~`), links, HTML and entities (`&amp;`), headings.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '~' | '&' | '[' | ']' | '<' | '>' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles_become_markdown() {
        let doc = Document::parse(
            "@title 会议议程\n@meta \u{E002}时　　间：\u{E003}上午9:00\n请讲话。\u{E000}（鼓掌）\u{E001}\n时间\t议程\n9:00\t开|场\n",
        );
        assert_eq!(
            write(&doc),
            "# 会议议程\n\n**时　　间：**上午9:00\n\n请讲话。*（鼓掌）*\n\n| 时间 | 议程 |\n| --- | --- |\n| 9:00 | 开\\|场 |\n"
        );
    }

    #[test]
    fn a_branch_label_starts_a_line_of_its_own() {
        let doc = Document::parse(
            "Any objection? \u{E000}[If none:]\u{E001} Adopted. \u{E000}[Pause.]\u{E001}\n",
        );
        assert_eq!(
            write(&doc),
            "Any objection?\\\n*\\[If none:\\]* Adopted. *\\[Pause.\\]*\n"
        );
    }

    #[test]
    fn text_cannot_start_a_list_a_fence_or_an_entity() {
        let doc = Document::parse(
            "- 不是列表\n+ 也不是\n2024. 不是编号\n3) 也不是\n---\n~~~\n&#x202E;反转 &amp;\n20.5亿元\n",
        );
        assert_eq!(
            write(&doc),
            "\\- 不是列表\n\n\\+ 也不是\n\n2024\\. 不是编号\n\n3\\) 也不是\n\n\\---\n\n\\~\\~\\~\n\n\\&\\#x202E;反转 \\&amp;\n\n20.5亿元\n"
        );
    }
}
