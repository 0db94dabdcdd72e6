//! A rendered document as structure: paragraphs with a style, runs of text (spoken, stage
//! direction, label) and tables. The templates write it as text with a light markup, which this
//! module reads; every output format is written from it.
//!
//! The markup, all of it optional:
//! - a line starting `@style ` gives the paragraph its style (`@title 县机关……议程`), with an
//!   optional `#anchor` and `^aside` (a note for the margin, like the item's time):
//!   `@transition#item-2^9:36 下面进行第二项议程，……`;
//! - `direction("（稍停）")` and `label("时　　间：")` in a template mark a run, with private-use
//!   characters that never occur in agenda text; a direction that labels a branch the chair
//!   chooses between (`[If the ayes have it:]`, `(or)`) is a branch label: it starts a line of
//!   its own, and stays when the stage directions are left out;
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
    /// A stage direction that labels a branch: `[If none:]`, `(or)`.
    Branch,
    /// A line break within the paragraph, before a branch label (its text is `\n`).
    Break,
}

/// What of the stage directions a document shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cues {
    /// Every stage direction and branch label.
    All,
    /// The branch labels only (`--no-cues`): what the chair needs to choose between outcomes.
    Branches,
    /// Neither: only what is read aloud (to time it).
    None,
}

impl Cues {
    fn keeps(self, kind: RunKind) -> bool {
        match kind {
            RunKind::Direction => self == Cues::All,
            RunKind::Branch | RunKind::Break => self != Cues::None,
            RunKind::Text | RunKind::Label => true,
        }
    }
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

    /// A line of markup read as a paragraph (a line without a style is body text).
    pub fn parse(line: &str) -> Paragraph {
        paragraph(line)
    }

    /// The paragraph showing only the `cues` asked for: the space before and after a stage
    /// direction left out closes up to one, and no line break is left at the start.
    pub fn with_cues(mut self, cues: Cues) -> Paragraph {
        if cues == Cues::All {
            return self;
        }
        let mut runs: Vec<Run> = Vec::with_capacity(self.runs.len());
        for run in self.runs.into_iter().filter(|r| cues.keeps(r.kind)) {
            if let Some(last) = runs.last_mut()
                && last.kind == RunKind::Text
                && run.kind == RunKind::Text
                && last.text.ends_with(' ')
                && run.text.starts_with(' ')
            {
                last.text.pop();
            }
            runs.push(run);
        }
        while runs.first().is_some_and(|r| r.kind == RunKind::Break) {
            runs.remove(0);
        }
        for i in 1..runs.len() {
            if runs[i].kind == RunKind::Break && runs[i - 1].kind == RunKind::Text {
                let end = runs[i - 1].text.trim_end().len();
                runs[i - 1].text.truncate(end);
            }
        }
        for (i, end) in [(0, false), (runs.len().saturating_sub(1), true)] {
            if let Some(run) = runs.get_mut(i).filter(|r| r.kind == RunKind::Text) {
                run.text = if end {
                    run.text.trim_end().to_string()
                } else {
                    run.text.trim_start().to_string()
                };
            }
        }
        runs.retain(|r| !r.text.is_empty());
        self.runs = runs;
        self
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
    /// How many paragraphs and table rows it has: what a layout template's work grows with.
    pub fn parts(&self) -> usize {
        self.blocks
            .iter()
            .map(|b| match b {
                Block::Table(t) => 1 + t.rows.len(),
                Block::Paragraph(_) => 1,
            })
            .sum()
    }

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

    /// Moves the notes that follow the last table (the run sheet's summary: the total time,
    /// the host's reading time) to just before the first table, under the title, so that on
    /// paper they are never left alone on a page after a long table. For print (Word, HTML).
    pub fn summary_first(mut self) -> Document {
        let is_table = |b: &Block| matches!(b, Block::Table(_));
        let (Some(first), Some(last)) = (
            self.blocks.iter().position(is_table),
            self.blocks.iter().rposition(is_table),
        ) else {
            return self;
        };
        let after: Vec<Block> = self.blocks.drain(last + 1..).collect();
        let is_note = |b: &Block| matches!(b, Block::Paragraph(p) if matches!(p.style, Style::Note | Style::Gap));
        if !after.iter().all(is_note) || !after.iter().any(|b| !is_gap(Some(b))) {
            self.blocks.extend(after);
            return self;
        }
        let notes = after.into_iter().filter(|b| !is_gap(Some(b)));
        let gap = Block::Paragraph(Paragraph {
            style: Style::Gap,
            anchor: None,
            aside: None,
            runs: Vec::new(),
        });
        let moved: Vec<Block> = notes.collect();
        self.blocks
            .splice(first..first, moved.into_iter().chain([gap]));
        self
    }

    /// Keeps every range of numbers or times (9:35—9:42, 2025—2026) on one line: a word
    /// joiner (U+2060, no width) on each side of its dash. For print (Word, HTML).
    pub fn with_whole_ranges(mut self) -> Document {
        for block in &mut self.blocks {
            if let Block::Paragraph(p) = block {
                for run in &mut p.runs {
                    run.text = whole_ranges(&run.text);
                }
            }
        }
        self
    }

    /// Drops the stage directions but keeps the branch labels (for `--no-cues`), and drops
    /// the paragraphs left empty by it.
    pub fn without_directions(mut self) -> Document {
        self.blocks = std::mem::take(&mut self.blocks)
            .into_iter()
            .filter_map(|block| match block {
                Block::Paragraph(p) => {
                    let was_empty = p.runs.is_empty() || p.style == Style::Pagebreak;
                    let p = p.with_cues(Cues::Branches);
                    let branch = p.runs.iter().any(|r| r.kind == RunKind::Branch);
                    let kept = (p.style != Style::Direction || branch)
                        && (was_empty || !p.runs.is_empty());
                    kept.then_some(Block::Paragraph(p))
                }
                table => Some(table),
            })
            .collect();
        self
    }
}

/// `text` with a word joiner on each side of a dash between two digits.
fn whole_ranges(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if between_digits && matches!(c, '—' | '–' | '-' | '~' | '～') {
            out.push('\u{2060}');
            out.push(c);
            out.push('\u{2060}');
        } else {
            out.push(c);
        }
    }
    out
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

/// Whether a stage direction labels a branch the chair chooses between: a condition or a
/// label in ASCII brackets ending with a colon (`[If the ayes have it:]`, `[If none:]`), or an
/// alternative (`(or)`, `[Or:]`).
fn is_branch(direction: &str) -> bool {
    let inner = direction
        .trim()
        .strip_prefix(['[', '('])
        .and_then(|t| t.strip_suffix([']', ')']))
        .map(str::trim);
    inner.is_some_and(|t| t.ends_with(':') || t.eq_ignore_ascii_case("or"))
}

/// Splits text into runs at the direction and label markers; a branch label starts a new line
/// (a break before it, unless it opens the paragraph), the spaces before it dropped.
fn runs(text: &str) -> Vec<Run> {
    let mut runs = marked_runs(text);
    let mut i = 0;
    while i < runs.len() {
        if runs[i].kind == RunKind::Direction && is_branch(&runs[i].text) {
            runs[i].kind = RunKind::Branch;
            if let Some(before) = runs[..i].last_mut().filter(|r| r.kind == RunKind::Text) {
                before.text.truncate(before.text.trim_end().len());
            }
            if runs[..i].iter().any(|r| !r.text.is_empty()) {
                runs.insert(
                    i,
                    Run {
                        kind: RunKind::Break,
                        text: "\n".into(),
                    },
                );
                i += 1;
            }
        }
        i += 1;
    }
    runs.retain(|r| !r.text.is_empty());
    runs
}

/// Splits text into runs at the direction and label markers.
fn marked_runs(text: &str) -> Vec<Run> {
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

/// A break in a title that the agenda gives (a template writes it where a title's lines meet).
pub const TITLE_BREAK: char = '\u{2028}';

/// Characters of 二号 (22 pt) a title line holds in the 156 mm type area.
pub const TITLE_LINE: usize = 20;

/// Where a title may break: before these words (the document's name, the kind of meeting, an
/// ordinal session) …
const BREAK_BEFORE: [&str; 26] = [
    "主持词",
    "议程",
    "会务流程",
    "讲话",
    "报告",
    "在",
    "关于",
    "第",
    "表彰大会",
    "动员大会",
    "推进会",
    "座谈会",
    "民主生活会",
    "组织生活会",
    "开工仪式",
    "签约仪式",
    "开班仪式",
    "研判会",
    "专题会议",
    "工作会议",
    "党员大会",
    "全体会议",
    "预备会议",
    "警示教育大会",
    "理论学习中心组",
    "意识形态工作",
];
/// … or after these (the body that meets, the year). Never after 和, 及 or 与: they join what
/// belongs on one line (先进集体和先进个人).
const BREAK_AFTER: [&str; 19] = [
    "的",
    "上",
    "会议",
    "大会",
    "年度",
    "季度",
    "党支部",
    "党组",
    "党委",
    "支部",
    "委员会",
    "人民代表大会",
    "政府",
    "新区",
    "中学",
    "大学",
    "社区",
    "暨",
    "项目",
];
/// A weaker break than the end of a name.
const WEAK: [&str; 1] = ["的"];

/// Splits a title into lines of at most `line` characters, broken at a meaningful point
/// (after the body that meets, before the kind of meeting or the document's name) into a
/// balanced shape: two lines of near length, or three with the middle one not the shortest
/// (梯形 or 菱形, GB/T 9704 §7.3.1), never leaving three characters or fewer alone. A title
/// that fits one line is one line. A line separator (U+2028, [`TITLE_BREAK`]) in the title is
/// a break the agenda gave, and is kept as given.
pub fn title_lines(title: &str, line: usize) -> Vec<String> {
    if title.contains(TITLE_BREAK) {
        return title.split(TITLE_BREAK).map(str::to_string).collect();
    }
    let chars: Vec<char> = title.chars().collect();
    // Width in half characters: Latin letters and digits are half as wide as Chinese.
    let half = |c: char| if c.is_ascii() { 1 } else { 2 };
    let mut at = vec![0usize; chars.len() + 1];
    for (i, &c) in chars.iter().enumerate() {
        at[i + 1] = at[i] + half(c);
    }
    let width = at[chars.len()];
    let limit = line * 2;
    if width <= limit {
        return vec![title.to_string()];
    }
    // The cost of a break before `chars[i]`: None where no break may fall.
    let cost = |i: usize| -> Option<usize> {
        let (before, after) = (chars[i - 1], chars[i]);
        if before.is_ascii_alphanumeric() && after.is_ascii_alphanumeric() {
            return None;
        }
        if "，、。；：）》”’".contains(after) || "（《“‘".contains(before) {
            return None;
        }
        let head: String = chars[..i].iter().collect();
        let tail: String = chars[i..].iter().collect();
        let ends = BREAK_AFTER.iter().find(|w| head.ends_with(*w));
        let starts = BREAK_BEFORE.iter().find(|w| tail.starts_with(*w));
        Some(match (ends, starts) {
            (Some(w), _) if WEAK.contains(w) => 8,
            (Some(_), _) | (_, Some(_)) => 0,
            (None, None) => 24,
        })
    };
    // The papers of one meeting break its name alike: balance is weighed as if the title
    // ended with the longest of their names (会务流程), whichever it ends with.
    let pad = ["主持词", "议程"]
        .iter()
        .find(|s| title.ends_with(*s))
        .map_or(0, |s| 8 - s.chars().count() * 2);
    let lines = width.div_ceil(limit).max(2);
    // A line of three characters or fewer stands alone; a line past the limit overflows.
    let fits = |a: usize, b: usize| {
        let w = at[b] - at[a];
        w > 6 && w <= limit
    };
    let mut best: Option<(usize, Vec<usize>)> = None;
    let mut consider = |cuts: Vec<usize>, penalty: usize| {
        if best.as_ref().is_none_or(|(b, _)| penalty < *b) {
            best = Some((penalty, cuts));
        }
    };
    let n = chars.len();
    if lines == 2 {
        for (i, &top) in at.iter().enumerate().take(n).skip(1) {
            let (Some(c), true, true) = (cost(i), fits(0, i), fits(i, n)) else {
                continue;
            };
            let bottom = width + pad - top;
            // Balanced, and a little better wide at the foot (正梯形) than at the head.
            consider(
                vec![i],
                c + top.abs_diff(bottom) + usize::from(top > bottom),
            );
        }
    } else {
        for i in 1..n {
            let Some(ci) = cost(i) else { continue };
            if !fits(0, i) {
                continue;
            }
            for j in i + 1..n {
                let (Some(cj), true, true) = (cost(j), fits(i, j), fits(j, n)) else {
                    continue;
                };
                let w = [at[i], at[j] - at[i], width + pad - at[j]];
                // No hourglass: the middle line is not the shortest.
                if w[1] < w[0] && w[1] < w[2] {
                    continue;
                }
                let spread = w.iter().max().unwrap_or(&0) - w.iter().min().unwrap_or(&0);
                consider(vec![i, j], ci + cj + spread);
            }
        }
    }
    match best {
        Some((_, cuts)) => lines_at(&chars, cuts, |piece| piece.iter().collect()),
        None => vec![title.to_string()],
    }
}

/// The lines of `items` broken at `cuts` (where each new line starts), each put together by
/// `join`: a title's lines from the places its breaks were chosen.
pub fn lines_at<T>(items: &[T], cuts: Vec<usize>, join: impl Fn(&[T]) -> String) -> Vec<String> {
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for cut in cuts.into_iter().chain(std::iter::once(items.len())) {
        out.push(join(&items[from..cut]));
        from = cut;
    }
    out
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
    fn titles_break_at_a_meaningful_point_into_a_balanced_shape() {
        let cases = [
            (
                "县机关意识形态工作专题会议主持词",
                vec!["县机关意识形态工作专题会议主持词"],
            ),
            (
                "全区2024年度先进集体和先进个人表彰大会主持词",
                vec!["全区2024年度先进集体和先进个人", "表彰大会主持词"],
            ),
            (
                "县第十八届人民代表大会第五次会议第一次全体会议会务流程",
                vec!["县第十八届人民代表大会", "第五次会议第一次全体会议会务流程"],
            ),
            (
                "XX社区党支部2024年第一季度意识形态工作研判会会务流程",
                vec!["XX社区党支部2024年第一季度", "意识形态工作研判会会务流程"],
            ),
            (
                "中共××市第一中学第三党支部党员大会会务流程",
                vec!["中共××市第一中学", "第三党支部党员大会会务流程"],
            ),
            ("上半年\u{2028}工作会议", vec!["上半年", "工作会议"]),
        ];
        for (title, want) in cases {
            assert_eq!(title_lines(title, TITLE_LINE), want, "{title}");
        }
        // Three lines: the middle one is never the shortest, none is three characters or less.
        let long = "中国共产党某某省某某市某某区人民代表大会常务委员会机关第二党支部2025年度党员干部学习教育动员大会主持词";
        let lines = title_lines(long, TITLE_LINE);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(
            lines
                .iter()
                .all(|l| l.chars().count() > 3 && l.chars().count() <= 20)
        );
        assert_eq!(lines.concat(), long);
    }

    #[test]
    fn the_summary_of_a_run_sheet_goes_above_its_table() {
        let doc = Document::parse(
            "@title 会务流程\n\n时间\t议程\n9:00\t开场\n\n@note 各项合计79分钟。\n@note 主持词共955字。\n",
        )
        .summary_first();
        let shape: Vec<String> = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => format!("{}:{}", p.style.name(), p.text()),
                Block::Table(t) => format!("table:{}", t.rows.len()),
            })
            .collect();
        assert_eq!(
            shape,
            [
                "title:会务流程",
                "gap:",
                "note:各项合计79分钟。",
                "note:主持词共955字。",
                "gap:",
                "table:1"
            ]
        );
    }

    #[test]
    fn a_range_of_times_stays_on_one_line() {
        let doc =
            Document::parse("一、讲话（9:35—9:42）\n2025-2026年，第1—3项\n").with_whole_ranges();
        let texts: Vec<String> = doc
            .blocks
            .iter()
            .map(|b| match b {
                Block::Paragraph(p) => p.text(),
                Block::Table(_) => panic!(),
            })
            .collect();
        assert_eq!(
            texts,
            [
                "一、讲话（9:35\u{2060}—\u{2060}9:42）",
                "2025\u{2060}-\u{2060}2026年，第1\u{2060}—\u{2060}3项"
            ]
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
    fn a_branch_label_starts_a_line_and_stays_without_the_cues() {
        let line = "say “no.” \u{E000}[Pause.]\u{E001} \u{E000}[If the ayes have it:]\u{E001} The ayes have it. \u{E000}(or)\u{E001} We adjourn.";
        let shape = |p: &Paragraph| {
            p.runs
                .iter()
                .map(|r| format!("{:?}:{}", r.kind, r.text))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            shape(&Paragraph::parse(line)),
            [
                "Text:say “no.” ",
                "Direction:[Pause.]",
                "Break:\n",
                "Branch:[If the ayes have it:]",
                "Text: The ayes have it.",
                "Break:\n",
                "Branch:(or)",
                "Text: We adjourn."
            ]
        );
        assert_eq!(
            Paragraph::parse(line).with_cues(Cues::Branches).text(),
            "say “no.”\n[If the ayes have it:] The ayes have it.\n(or) We adjourn."
        );
        // Read aloud: neither, and no double space where they stood.
        assert_eq!(
            Paragraph::parse(line).with_cues(Cues::None).text(),
            "say “no.” The ayes have it. We adjourn."
        );
        // A branch that opens the paragraph needs no break; a Chinese direction is no branch.
        let opening = Paragraph::parse("@body \u{E000}[If none:]\u{E001} Hearing none.");
        assert_eq!(
            shape(&opening),
            ["Branch:[If none:]", "Text: Hearing none."]
        );
        let chinese = Paragraph::parse("请举手。\u{E000}（或：全体通过）\u{E001}");
        assert_eq!(chinese.runs[1].kind, RunKind::Direction);
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
        // A paragraph of directions that holds a branch label keeps the label.
        let doc =
            Document::parse("@direction \u{E000}[Pause.]\u{E001} \u{E000}[If none:]\u{E001}\n")
                .without_directions();
        let Block::Paragraph(p) = &doc.blocks[0] else {
            panic!()
        };
        assert_eq!(p.text(), "[If none:]");
    }
}
