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

/// The widest a column of a plain-text table grows: a wider cell wraps onto more lines.
const COLUMN_WIDTH: usize = 30;

/// Pads tab-separated cells to the widest cell of their column, two spaces apart; a cell wider
/// than [`COLUMN_WIDTH`] wraps onto lines of its own below, so nothing is cut (the last column
/// runs on, as a line would).
fn align(rows: &[&str], out: &mut String) {
    let cells: Vec<Vec<Vec<String>>> = rows
        .iter()
        .map(|r| {
            let n = r.split('\t').count();
            r.split('\t')
                .enumerate()
                .map(|(c, cell)| match c + 1 < n {
                    true => wrap(cell.trim(), COLUMN_WIDTH),
                    false => vec![cell.trim().to_string()],
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = Vec::new();
    for row in &cells {
        for (c, lines) in row.iter().enumerate() {
            let w = lines.iter().map(|l| l.width()).max().unwrap_or(0);
            match widths.get_mut(c) {
                Some(max) => *max = (*max).max(w),
                None => widths.push(w),
            }
        }
    }
    for row in &cells {
        let height = row.iter().map(Vec::len).max().unwrap_or(1);
        for i in 0..height {
            let mut line = String::new();
            for (c, lines) in row.iter().enumerate() {
                let cell = lines.get(i).map_or("", String::as_str);
                line.push_str(cell);
                if c + 1 < row.len() {
                    let pad = widths[c] - cell.width() + 2;
                    line.extend(std::iter::repeat_n(' ', pad));
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
}

/// A cell as lines of at most `width` display columns: broken at the last space (English), else
/// between characters (Chinese), never before closing punctuation (，。、）》”).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut rest = text;
    while rest.width() > width {
        let mut used = 0;
        let mut cut = 0;
        let mut space = None;
        for (i, c) in rest.char_indices() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if used + w > width {
                break;
            }
            if c == ' ' {
                space = Some(i);
            }
            used += w;
            cut = i + c.len_utf8();
        }
        // Closing punctuation stays with the text before it, a little past the width.
        while let Some(c) = rest[cut..].chars().next()
            && "，。、；：！？）》”’,.;:!?)".contains(c)
        {
            cut += c.len_utf8();
        }
        // One character alone on the last line goes down with the one before it (奠基培 / 土).
        if space.is_none() && rest[cut..].width() <= 2 && rest[cut..].chars().count() == 1 {
            // Never back to nothing: a line holds one character at least, so the loop ends.
            cut = match rest[..cut].char_indices().last() {
                Some((i, _)) if i > 0 => i,
                _ => cut,
            };
        }
        let cut = match space {
            Some(i) if i > 0 && !rest[cut..].starts_with(' ') => i,
            _ => cut,
        };
        lines.push(rest[..cut].trim_end().to_string());
        rest = rest[cut..].trim_start();
    }
    lines.push(rest.to_string());
    lines
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
    fn a_wide_cell_wraps_below_and_loses_nothing() {
        let table = tidy("9:00\t四、校党委委员、组织员唐文同志讲话并提出要求\t唐文\n");
        assert_eq!(
            table,
            "9:00  四、校党委委员、组织员唐文同志  唐文\n      讲话并提出要求\n"
        );
        assert_eq!(
            wrap("Report of the Nominating Committee on the slate", 20),
            ["Report of the", "Nominating Committee", "on the slate"]
        );
        assert_eq!(wrap("一二三四五六七八", 14), ["一二三四五六", "七八"]);
        assert_eq!(
            wrap("一二三四五六七，八九", 14),
            ["一二三四五六七，", "八九"]
        );
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
