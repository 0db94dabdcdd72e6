//! The slips of typing YAML with a Chinese input method: a full-width colon or space after a
//! key, no space after the colon, ASCII quotes or a colon inside Chinese text, ASCII commas
//! inside `{ }`, a tab. Each is found where it is typed and told with its fix, in place of the
//! parser's message (which points at the line after, in the parser's words) or of the
//! messages about the shape the slip gave the file.

use crate::diagnostic::{Diagnostic, english_key};
use crate::tr;
use crate::yaml::{Kind, Node, Problem, ProblemKind, Span};

/// The slips that explain a syntax error: those on the lines up to the error's (the parser
/// stops at or after the slip, never before). `None` when none is found there.
pub fn explain(text: &str, problem: &Problem) -> Option<Vec<Diagnostic>> {
    if !matches!(problem.kind, ProblemKind::Syntax(_)) {
        return None;
    }
    let source = Text::new(text, problem.span.source);
    let mut found = Vec::new();
    let mut in_block = None;
    for (number, line) in source.lines() {
        // A tab that starts the next line is read into the text the parser stopped in.
        if number == problem.span.line + 1 {
            found.extend(tab(&source, &line).filter(|_| line.chars.first() == Some(&'\t')));
            break;
        }
        // The lines of a block scalar (`|`, `>`) are text, whatever they hold.
        let indent = line.chars.iter().take_while(|c| **c == ' ').count();
        match in_block {
            Some(block) if indent > block || line.is_blank() => continue,
            _ => in_block = None,
        }
        found.extend(tab(&source, &line));
        if let Some(slip) = after_key(&source, &line)
            .or_else(|| quotes(&source, &line))
            .or_else(|| second_colon(&source, &line, number == problem.span.line))
            .or_else(|| fullwidth_comma(&source, &line, number == problem.span.line))
        {
            found.push(slip);
        }
        if line.opens_block() {
            in_block = Some(indent);
        }
    }
    // A tab is the cause only when the parser stopped at its line.
    let tab = tr!("slip.tab");
    found.retain(|d| {
        d.message != tab
            || d.span
                .is_some_and(|s| s.line.abs_diff(problem.span.line) <= 1)
    });
    found.truncate(MAX_TOLD);
    (!found.is_empty()).then_some(found)
}

/// The slips that parsed, but into another shape than the one meant: `title：县…` read as the
/// text of `meeting`, `{ body: 一是, 二是 }` read as a key `二是`. Found in the tree.
pub fn in_tree(text: &str, root: &Node) -> Vec<Diagnostic> {
    let source = Text::new(text, root.span.source);
    let mut found = Vec::new();
    root.walk(&mut |node| match &node.kind {
        _ if found.len() >= MAX_TOLD => {}
        // `｛ name：许静 ｝`: full-width brackets are text to YAML, not a mapping or a list.
        Kind::Scalar { plain: true, text }
            if text.starts_with(['｛', '［']) && text.ends_with(['｝', '］']) =>
        {
            found.push(
                Diagnostic::error(tr!("slip.fullwidth-brackets"))
                    .label(tr!("slip.fullwidth-brackets.label"))
                    .help(tr!("slip.fullwidth-brackets.help"))
                    .at("", Some(source.span(node.span.start, 1))),
            );
        }
        Kind::Scalar { plain: true, .. } => {
            // Only a text that starts its line was meant as `key: value` (looked at from the
            // text back, so that a long line of many values costs no more than its length).
            let starts_line = source.chars[..node.span.start.min(source.chars.len())]
                .iter()
                .rev()
                .take_while(|c| **c != '\n')
                .all(|c| matches!(c, ' ' | '-'));
            if !starts_line {
                return;
            }
            let line = source.line_at(node.span.start);
            if key_of(&line).is_some_and(|(at, _)| line.start + at == node.span.start)
                && let Some(d) = after_key(&source, &line)
            {
                found.push(d);
            }
        }
        Kind::Map(entries) if source.char(node.span.start) == Some('{') => {
            found.extend(flow_commas(&source, entries));
        }
        _ => {}
    });
    found.sort_by_key(|d| d.span.map(|s| s.start));
    found.dedup();
    found.truncate(MAX_TOLD);
    found
}

/// Slips told at most: the first are enough to see the pattern, and a machine-made file of
/// thousands must not take minutes to print.
const MAX_TOLD: usize = 50;

/// A tab outside quotes: YAML indents with spaces only, and a tab after a key's colon is where
/// a space belongs.
fn tab(source: &Text, line: &Line) -> Option<Diagnostic> {
    let at = line.chars.iter().position(|c| *c == '\t')?;
    let before: String = line.chars[..at].iter().collect();
    if before.contains(['"', '\'']) {
        return None;
    }
    let indenting = before.trim_start_matches([' ', '-']).is_empty();
    let d = Diagnostic::error(tr!("slip.tab"))
        .label(tr!("slip.tab.label"))
        .help(tr!("slip.tab.help"));
    Some(
        if indenting {
            d
        } else {
            d.help(tr!("slip.tab.help-after-colon"))
        }
        .at("", Some(source.span(line.start + at, 1))),
    )
}

/// The start of a line (after its indentation and any `- `) when it is a key, with what follows
/// the key.
fn key_of(line: &Line) -> Option<(usize, String)> {
    let mut i = 0;
    let chars = &line.chars;
    loop {
        while chars.get(i) == Some(&' ') {
            i += 1;
        }
        if chars.get(i) == Some(&'-') && chars.get(i + 1) == Some(&' ') {
            i += 2;
        } else {
            break;
        }
    }
    let start = i;
    while chars.get(i).is_some_and(|c| {
        c.is_ascii_alphanumeric() || *c == '_' || !c.is_ascii() && *c != '：' && *c != '\u{3000}'
    }) {
        i += 1;
    }
    (i > start).then(|| (start, chars[start..i].iter().collect()))
}

/// A key followed by a full-width colon, by a colon and a full-width space, or by a colon and
/// the value with no space: YAML reads the whole line as text, not as `key: value`.
fn after_key(source: &Text, line: &Line) -> Option<Diagnostic> {
    let (start, key) = key_of(line)?;
    let ascii = key.is_ascii();
    if !ascii && english_key(&key, &[]).is_none() {
        return None;
    }
    let colon = start + key.chars().count();
    let next = *line.chars.get(colon + 1).unwrap_or(&'\n');
    let value: String = line.chars[(colon + 1).min(line.chars.len())..]
        .iter()
        .collect();
    let value = value.trim_start_matches([' ', '\u{3000}']).trim_end();
    let written = |key: &str| match value {
        "" => format!("`{key}:`"),
        v => format!("`{key}: {v}`"),
    };
    let key_shown = english_key(&key, &[]).unwrap_or(&key).to_string();
    let (message, label, width) = match line.chars.get(colon)? {
        '：' => (
            tr!("slip.fullwidth-colon", key = key),
            tr!("slip.fullwidth-colon.label"),
            1,
        ),
        ':' if next == '\u{3000}' => (
            tr!("slip.fullwidth-space", key = key),
            tr!("slip.fullwidth-space.label"),
            2,
        ),
        ':' if !next.is_whitespace() && next != '/' && !next.is_ascii_digit() && ascii => (
            tr!("slip.no-space", key = key),
            tr!("slip.no-space.label"),
            1,
        ),
        _ => return None,
    };
    let at = if width == 2 { colon + 1 } else { colon };
    let mut d = Diagnostic::error(message)
        .label(label)
        .help(tr!("slip.key.help", written = written(&key_shown)))
        .help(tr!("slip.key.help-ime"));
    if !ascii {
        d = d.help(tr!("slip.key.help-english", key = key, english = key_shown));
    }
    Some(d.at("", Some(source.span(line.start + at, 1))))
}

/// A value that starts with ASCII quotes closed before its end: `what: "全县"教育工作会议精神`.
fn quotes(source: &Text, line: &Line) -> Option<Diagnostic> {
    let (start, key) = key_of(line)?;
    let colon = start + key.chars().count();
    if line.chars.get(colon) != Some(&':') {
        return None;
    }
    let open = colon
        + 1
        + line.chars[colon + 1..]
            .iter()
            .take_while(|c| **c == ' ')
            .count();
    let quote = *line.chars.get(open).filter(|c| matches!(c, '"' | '\''))?;
    let close = open + 1 + line.chars[open + 1..].iter().position(|c| *c == quote)?;
    let rest: String = line.chars[close + 1..].iter().collect();
    let rest = rest.trim_end();
    if rest.is_empty() || rest.starts_with([' ', '#', ',', '}', ']']) {
        return None;
    }
    let quoted: String = line.chars[open + 1..close].iter().collect();
    let whole: String = line.chars[open..].iter().collect::<String>();
    let whole = whole.trim_end();
    let (cn_open, cn_close, other) = if quote == '"' {
        ('“', '”', '\'')
    } else {
        ('‘', '’', '"')
    };
    Some(
        Diagnostic::error(tr!(
            "slip.quotes",
            quoted = format!("{quote}{quoted}{quote}"),
            key = key
        ))
        .label(tr!("slip.quotes.label"))
        .help(tr!(
            "slip.quotes.help-chinese",
            fixed = format!("{key}: {cn_open}{quoted}{cn_close}{rest}")
        ))
        .help(tr!(
            "slip.quotes.help-whole",
            fixed = format!("{key}: {other}{whole}{other}")
        ))
        .at("", Some(source.span(line.start + close, 1))),
    )
}

/// A second `: ` in a value: `title: 学习贯彻《条例》: 专题会议` (YAML reads a new key).
fn second_colon(source: &Text, line: &Line, at_error: bool) -> Option<Diagnostic> {
    let (start, key) = key_of(line)?;
    let colon = start + key.chars().count();
    if !at_error || line.chars.get(colon) != Some(&':') {
        return None;
    }
    let value: String = line.chars[colon + 1..].iter().collect();
    let value_start = colon + 1 + value.chars().take_while(|c| *c == ' ').count();
    let value = value.trim();
    if value.starts_with(['"', '\'', '{', '[']) {
        return None;
    }
    let second = value_start
        + line.chars[value_start..]
            .windows(2)
            .position(|w| w[0] == ':' && w[1] == ' ')?;
    let cn: String = value.replacen(": ", "：", usize::MAX);
    Some(
        Diagnostic::error(tr!("slip.colon-inside", key = key))
            .label(tr!("slip.colon-inside.label"))
            .help(tr!(
                "slip.colon-inside.help",
                chinese = format!("{key}: {cn}"),
                quoted = format!("{key}: \"{value}\"")
            ))
            .at("", Some(source.span(line.start + second, 1))),
    )
}

/// `{ name: 王丽， title: 副局长 }`: a full-width comma where `{ }` needs an ASCII one, before
/// the next key.
fn fullwidth_comma(source: &Text, line: &Line, at_error: bool) -> Option<Diagnostic> {
    if !at_error || !line.chars.contains(&'{') {
        return None;
    }
    let chars = &line.chars;
    let at = (0..chars.len()).find(|&i| {
        if chars[i] != '，' {
            return false;
        }
        let mut j = i + 1;
        while chars.get(j) == Some(&' ') {
            j += 1;
        }
        let key = j;
        while chars
            .get(j)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
        {
            j += 1;
        }
        j > key && chars.get(j) == Some(&':')
    })?;
    Some(
        Diagnostic::error(tr!("slip.fullwidth-comma"))
            .label(tr!("slip.fullwidth-comma.label"))
            .help(tr!("slip.fullwidth-comma.help"))
            .at("", Some(source.span(line.start + at, 1))),
    )
}

/// `{ heading: …, body: 我强调三点, 一要…, 二要… }`: the ASCII commas inside the value made keys
/// of its parts. One message per value so cut, at its first comma.
fn flow_commas(source: &Text, entries: &[(Node, Node)]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut owner: Option<&Node> = None;
    let mut parts: Vec<&str> = Vec::new();
    let mut first_comma = None;
    let flush = |owner: Option<&Node>, parts: &[&str], comma: Option<usize>| {
        let (key, comma) = (owner?.text()?, comma?);
        // A person's posts are listed with 、 (局党组成员、副局长); other texts run on with ，.
        let mark = if key == "title" { "、" } else { "，" };
        let joined = parts.join(mark);
        let ascii = parts.join(", ");
        Some(
            Diagnostic::error(tr!("slip.comma", key = key))
                .label(tr!("slip.comma.label", head = parts[0], next = parts[1]))
                .help(tr!(
                    "slip.comma.help",
                    mark = mark,
                    chinese = format!("{key}: {joined}"),
                    quoted = format!("{key}: \"{ascii}\"")
                ))
                .at("", Some(source.span(comma, 1))),
        )
    };
    let mut previous: Option<(&Node, &Node)> = None;
    for (key, value) in entries {
        let bare = value.is_null()
            && matches!(key.kind, Kind::Scalar { plain: true, .. })
            && key.text().is_some_and(|k| !k.is_ascii() && !glued(k))
            && source.next_non_space(key.span.end) != Some(':');
        if bare {
            if parts.is_empty() {
                let Some((k, v)) =
                    previous.filter(|(_, v)| v.text().is_some_and(|t| !t.is_empty()))
                else {
                    previous = Some((key, value));
                    continue;
                };
                owner = Some(k);
                parts.push(v.text().unwrap_or_default());
                first_comma = source.comma_before(key.span.start);
            }
            parts.push(key.text().unwrap_or_default());
        } else {
            if parts.len() > 1 {
                found.extend(flush(owner, &parts, first_comma));
            }
            parts.clear();
            previous = Some((key, value));
        }
    }
    if parts.len() > 1 {
        found.extend(flush(owner, &parts, first_comma));
    }
    found
}

/// Whether a key is a key and its value with no space between (`does:传达`, `who：dep`).
fn glued(key: &str) -> bool {
    key.split_once([':', '：'])
        .is_some_and(|(name, _)| !name.is_empty() && name.is_ascii())
}

/// The source as characters, with its lines, for finding slips by place.
struct Text {
    chars: Vec<char>,
    /// The character index at which each line starts.
    starts: Vec<usize>,
    source: u16,
}

struct Line {
    /// The character index of `chars[0]` in the source.
    start: usize,
    chars: Vec<char>,
}

impl Line {
    fn is_blank(&self) -> bool {
        self.chars.iter().all(|c| c.is_whitespace())
    }

    /// Whether the line ends in a block scalar's indicator (`key: |`, `- >-`).
    fn opens_block(&self) -> bool {
        let text: String = self.chars.iter().collect();
        let text = text.split(" #").next().unwrap_or_default();
        let last = text.split_whitespace().last().unwrap_or_default();
        let mut chars = last.chars();
        matches!(chars.next(), Some('|' | '>'))
            && chars.all(|c| matches!(c, '-' | '+' | '1'..='9'))
            && text.trim_end().len() > last.len()
    }
}

impl Text {
    fn new(text: &str, source: u16) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let mut starts = vec![0];
        starts.extend(
            chars
                .iter()
                .enumerate()
                .filter(|(_, c)| **c == '\n')
                .map(|(i, _)| i + 1),
        );
        Text {
            chars,
            starts,
            source,
        }
    }

    fn char(&self, index: usize) -> Option<char> {
        self.chars.get(index).copied()
    }

    /// Every line, numbered from 1, without its line break.
    fn lines(&self) -> impl Iterator<Item = (usize, Line)> + '_ {
        (0..self.starts.len()).map(|i| (i + 1, self.line(i)))
    }

    fn line(&self, i: usize) -> Line {
        let start = self.starts[i];
        let end = self.starts.get(i + 1).map_or(self.chars.len(), |e| e - 1);
        let chars: Vec<char> = self.chars[start..end.max(start)]
            .iter()
            .copied()
            .filter(|c| *c != '\r')
            .collect();
        Line { start, chars }
    }

    fn line_at(&self, index: usize) -> Line {
        let i = self.starts.partition_point(|s| *s <= index) - 1;
        self.line(i)
    }

    fn span(&self, start: usize, width: usize) -> Span {
        let i = self.starts.partition_point(|s| *s <= start) - 1;
        Span {
            line: i + 1,
            column: start - self.starts[i] + 1,
            start,
            end: start + width,
            source: self.source,
        }
    }

    fn next_non_space(&self, index: usize) -> Option<char> {
        self.chars[index.min(self.chars.len())..]
            .iter()
            .copied()
            .find(|c| *c != ' ')
    }

    fn comma_before(&self, index: usize) -> Option<usize> {
        (0..index.min(self.chars.len()))
            .rev()
            .find(|i| self.chars[*i] != ' ')
            .filter(|i| self.chars[*i] == ',')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml;

    fn slips(text: &str) -> Vec<String> {
        match yaml::parse(text) {
            Ok((root, _)) => in_tree(text, &root),
            Err(problem) => explain(text, &problem).unwrap_or_default(),
        }
        .into_iter()
        .map(|d| d.message)
        .collect()
    }

    #[test]
    fn text_that_only_looks_like_a_key_is_left_alone() {
        assert!(slips("a:\n  - |\n    title:这是一段文字\n").is_empty());
        assert!(slips("cue: PPT:第一页\nlink: http://x\nstart: 9:00\n").is_empty());
        assert!(slips("say: 注意：要准时\n").is_empty());
        assert!(slips("a: { b: 一是，二是 }\n").is_empty());
    }

    #[test]
    fn each_slip_is_found_in_a_file_that_parses() {
        assert_eq!(slips("a:\n  title:县\n"), ["no space after `title:`"]);
        assert_eq!(
            slips("会议：\n"),
            ["a full-width colon `：` after the key `会议`"]
        );
        assert_eq!(slips("a: { b: 一是, 二是, 三是 }\n").len(), 1);
    }
}
