//! Plain text: the template's output without its markup, paragraphs one per line, tables
//! aligned into columns. The sample script in this format is the golden reference.

use unicode_width::UnicodeWidthStr;

use crate::document::{self, Cues, Paragraph, RunKind, Style};

/// Writes plain text from a template's markup: with `cues`, every stage direction; without,
/// only what is read aloud (what the host's reading time is measured on).
pub fn write(markup: &str, cues: bool) -> String {
    write_showing(markup, if cues { Cues::All } else { Cues::None })
}

/// Writes plain text from a template's markup, showing the `cues` asked for. A paragraph stays
/// one line: a branch label, which starts a line of its own in print, runs on here.
pub fn write_showing(markup: &str, cues: Cues) -> String {
    let mut out = String::with_capacity(markup.len());
    for line in markup.lines() {
        if line.contains('\t') {
            out.push_str(&document::plain(document::split_style(line).1));
            out.push('\n');
            continue;
        }
        let p = Paragraph::parse(line).with_cues(cues);
        let branch = p.runs.iter().any(|r| r.kind == RunKind::Branch);
        if cues != Cues::All && p.style == Style::Direction && !branch {
            continue;
        }
        let text: String = p
            .runs
            .iter()
            .map(|r| match r.kind {
                RunKind::Break => " ",
                _ => r.text.as_str(),
            })
            .collect();
        if p.style == Style::Subitem {
            out.push_str(document::indent(&text));
        }
        out.push_str(&text);
        out.push('\n');
    }
    tidy(&out)
}

/// LF line endings, no trailing spaces, no blank lines at the end, one final newline; runs of
/// lines holding tabs are aligned into columns (by display width, so Chinese lines up).
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].contains('\t') {
            let end = (i..lines.len())
                .find(|&j| !lines[j].contains('\t'))
                .unwrap_or(lines.len());
            align(&lines[i..end], &mut out);
            i = end;
        } else {
            out.push_str(lines[i].trim_end());
            out.push('\n');
            i += 1;
        }
    }
    let trimmed = out.trim_end_matches('\n').len();
    out.truncate(trimmed);
    out.push('\n');
    out
}

/// Pads tab-separated cells to the widest cell of their column, two spaces apart.
fn align(rows: &[&str], out: &mut String) {
    let cells: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.split('\t').map(str::trim).collect())
        .collect();
    let mut widths: Vec<usize> = Vec::new();
    for row in &cells {
        for (c, cell) in row.iter().enumerate() {
            let w = UnicodeWidthStr::width(*cell);
            match widths.get_mut(c) {
                Some(max) => *max = (*max).max(w),
                None => widths.push(w),
            }
        }
    }
    for row in &cells {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if c + 1 < row.len() {
                let pad = widths[c] - UnicodeWidthStr::width(*cell) + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_is_tidied() {
        assert_eq!(tidy("a  \r\nb\n\n\n"), "a\nb\n");
    }

    #[test]
    fn tab_separated_lines_are_aligned_by_display_width() {
        let table = tidy("时间\t议程\tx\n9:00\t开场\ty\n9:01\tOK\tz\nend\n");
        assert_eq!(table, "时间  议程  x\n9:00  开场  y\n9:01  OK    z\nend\n");
    }

    #[test]
    fn markup_is_removed_and_cues_can_be_dropped() {
        let markup =
            "@title 议程\n@subitem 1.讲话\n请坐下。\u{E000}（稍停）\u{E001}\n@direction （奏毕）\n";
        assert_eq!(
            write(markup, true),
            "议程\n\u{3000}\u{3000}1.讲话\n请坐下。（稍停）\n（奏毕）\n"
        );
        assert_eq!(
            write(markup, false),
            "议程\n\u{3000}\u{3000}1.讲话\n请坐下。\n"
        );
        // `--no-cues` keeps a branch label, in its paragraph's line; what is read aloud has
        // neither.
        let markup =
            "Any objection? \u{E000}[Pause.]\u{E001} \u{E000}[If none:]\u{E001} Adopted.\n";
        assert_eq!(
            write_showing(markup, Cues::All),
            "Any objection? [Pause.] [If none:] Adopted.\n"
        );
        assert_eq!(
            write_showing(markup, Cues::Branches),
            "Any objection? [If none:] Adopted.\n"
        );
        assert_eq!(write(markup, false), "Any objection? Adopted.\n");
    }
}
