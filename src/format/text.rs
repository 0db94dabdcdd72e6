//! Plain text: the template's output without its markup, paragraphs one per line, tables
//! aligned into columns. The sample script in this format is the golden reference.

use unicode_width::UnicodeWidthStr;

use crate::document::{self, DIRECTION, Style};

/// Writes plain text from a template's markup. Stage directions are kept unless `cues` is false.
pub fn write(markup: &str, cues: bool) -> String {
    let mut out = String::with_capacity(markup.len());
    for line in markup.lines() {
        let (style, body) = document::split_style(line);
        let body = if cues {
            body.to_string()
        } else {
            drop_directions(body)
        };
        if !cues && style == Some(Style::Direction) {
            continue;
        }
        if style == Some(Style::Subitem) {
            out.push_str(document::indent(&body));
        }
        out.push_str(&document::plain(&body));
        out.push('\n');
    }
    tidy(&out)
}

fn drop_directions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        match c {
            c if c == DIRECTION.0 => inside = true,
            c if c == DIRECTION.1 => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
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
    }
}
