//! Problems found in an agenda, and the one place that turns them into the messages people read:
//! what is wrong, where (file:line:column, or the YAML path), and how to fix it.

use std::fmt::Write as _;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};

use crate::yaml::{Problem, ProblemKind, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    /// Information, like a placeholder left to fill in.
    Note,
}

/// One problem, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Which file it is in: 0 for the agenda, others for the templates it extends and its
    /// roster (an index into the analysis's sources).
    pub source: usize,
    /// Where in the file, when known.
    pub span: Option<Span>,
    /// The YAML path of the value, like `agenda[1].who`; empty for the whole document.
    pub path: String,
    pub message: String,
    /// A short note printed under the marked place.
    pub label: Option<String>,
    /// How to fix it, one line each.
    pub help: Vec<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            source: 0,
            span: None,
            path: String::new(),
            message: message.into(),
            label: None,
            help: Vec::new(),
        }
    }

    pub fn note(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(message)
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    /// Places the diagnostic at `path`, and at `span` in whichever file the span is in.
    pub fn at(mut self, path: impl Into<String>, span: Option<Span>) -> Self {
        self.path = path.into();
        if let Some(span) = span {
            self.source = usize::from(span.source);
        }
        self.span = span;
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help.push(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }
}

/// How a YAML path reads in a message: `agenda[1].who`, or "the top level".
pub fn place(path: &str) -> String {
    if path.is_empty() {
        crate::tr!("place.top")
    } else {
        format!("`{path}`")
    }
}

/// The valid choice closest to `given`, if one is close enough to be a likely typo.
pub fn closest<'a>(given: &str, choices: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (given.chars().count() / 3).max(1);
    choices
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(given, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// A character that does not show, or that reorders the text around it.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{AD}')
        || c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `text` holds a character that does not show: an id like that is a slip to mend,
/// never one to add.
pub fn has_invisible(text: &str) -> bool {
    text.chars().any(invisible)
}

/// The label offering `near` for `given`; when the two differ only by characters that do not
/// show, it says so, or the two would look the same.
pub fn did_you_mean(given: &str, near: &str) -> String {
    did_you_mean_in(crate::i18n::lang(), given, near)
}

/// [`did_you_mean`] in `lang`, for a message whose other words are in that language.
pub fn did_you_mean_in(lang: crate::i18n::Lang, given: &str, near: &str) -> String {
    match given.chars().find(|c| invisible(*c)) {
        Some(c) if given.chars().filter(|c| !invisible(*c)).eq(near.chars()) => {
            crate::i18n::text_in(
                lang,
                "did-you-mean.invisible",
                &[("near", near), ("code", &format!("{:04X}", c as u32))],
            )
        }
        _ => crate::i18n::text_in(lang, "did-you-mean", &[("near", near)]),
    }
}

/// The English key a Chinese one stands for (`会议` → `meeting`), when it is one of
/// `expected` (any key, when `expected` is empty).
pub fn english_key(key: &str, expected: &[&'static str]) -> Option<&'static str> {
    const KEYS: &[(&str, &str)] = &[
        ("会议", "meeting"),
        ("人员", "people"),
        ("人物", "people"),
        ("主持人", "host"),
        ("主持", "host"),
        ("开场", "opening"),
        ("开场白", "opening"),
        ("议程", "agenda"),
        ("会议议程", "agenda"),
        ("结束", "closing"),
        ("结束语", "closing"),
        ("结尾", "closing"),
        ("标题", "title"),
        ("名称", "title"),
        ("会议名称", "title"),
        ("职务", "title"),
        ("题目", "title"),
        ("姓名", "name"),
        ("名字", "name"),
        ("称呼", "salutation"),
        ("日期", "date"),
        ("地点", "place"),
        ("开始", "start"),
        ("时长", "minutes"),
        ("分钟", "minutes"),
        ("类型", "type"),
        ("步骤", "steps"),
        ("发言人", "who"),
        ("讲话人", "who"),
        ("人", "who"),
        ("内容", "what"),
        ("要点", "points"),
        ("小标题", "heading"),
        ("正文", "body"),
        ("文件", "documents"),
        ("参会人员", "participants"),
        ("目的", "purpose"),
        ("任务", "tasks"),
    ];
    KEYS.iter()
        .find(|(cn, en)| *cn == key && (expected.is_empty() || expected.contains(en)))
        .map(|(_, en)| *en)
}

/// "1 item", "3 errors" (1 项议程, 3 个错误): a count of items, errors or warnings, in the
/// language of messages.
pub fn counted(n: usize, noun: &str) -> String {
    let n_text = n.to_string();
    let values: &[(&str, &str)] = &[("n", &n_text)];
    match (noun, n) {
        ("item", 1) => crate::i18n::text("count.item.one", values),
        ("item", _) => crate::i18n::text("count.item.many", values),
        ("error", 1) => crate::i18n::text("count.error.one", values),
        ("error", _) => crate::i18n::text("count.error.many", values),
        ("warning", 1) => crate::i18n::text("count.warning.one", values),
        ("warning", _) => crate::i18n::text("count.warning.many", values),
        ("placeholder", 1) => crate::i18n::text("count.placeholder.one", values),
        ("placeholder", _) => crate::i18n::text("count.placeholder.many", values),
        ("blank", 1) => crate::i18n::text("count.blank.one", values),
        ("blank", _) => crate::i18n::text("count.blank.many", values),
        ("minute", 1) => crate::i18n::text("count.minute.one", values),
        ("minute", _) => crate::i18n::text("count.minute.many", values),
        ("file", 1) => crate::i18n::text("count.file.one", values),
        ("file", _) => crate::i18n::text("count.file.many", values),
        _ => count(n, noun),
    }
}

/// "1 warning", "3 warnings": a count and its noun, for messages.
pub fn count(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

/// `a`, `b`, `c`: at most 50, then how many more (a message lists a few to choose from, never
/// a file's thousands).
pub fn list<I>(choices: I) -> String
where
    I: IntoIterator<Item: AsRef<str>, IntoIter: ExactSizeIterator>,
{
    const SHOWN: usize = 50;
    let choices = choices.into_iter();
    let more = choices.len().saturating_sub(SHOWN);
    let out = choices
        .take(SHOWN)
        .map(|c| format!("`{}`", c.as_ref()))
        .reduce(|a, b| crate::tr!("list.joined", a = a, b = b))
        .unwrap_or_default();
    if more > 0 {
        return crate::tr!("list.more", list = out, more = more);
    }
    out
}

impl From<Problem> for Diagnostic {
    fn from(problem: Problem) -> Self {
        let here = place(&problem.path);
        let d = match problem.kind {
            ProblemKind::Syntax(info) => {
                Diagnostic::error(crate::tr!("syntax", info = parser_message(&info)))
                    .help(crate::tr!("syntax.help"))
            }
            ProblemKind::DuplicateKey { key, first_line } => {
                Diagnostic::error(crate::tr!("duplicate-key", key = key))
                    .label(crate::tr!(
                        "duplicate-key.label",
                        key = key,
                        line = first_line
                    ))
                    .help(crate::tr!("duplicate-key.help"))
            }
            ProblemKind::UnknownKey { key, expected } => {
                if let Some(d) = glued_key(&key, expected, problem.span) {
                    let span = d.span;
                    return d.at(problem.path, span);
                }
                if let Some(english) = english_key(&key, expected) {
                    return Diagnostic::error(crate::tr!("slip.chinese-key", key = key))
                        .label(crate::tr!("slip.chinese-key.label", english = english))
                        .help(crate::tr!(
                            "slip.chinese-key.help",
                            key = key,
                            english = english
                        ))
                        .help(crate::tr!("unknown-key.help", keys = list(expected)))
                        .at(problem.path, Some(problem.span));
                }
                let d = Diagnostic::error(crate::tr!("unknown-key", key = key, at = here));
                let d = match (
                    closest(&key, expected.iter().copied()),
                    english_key(&key, &[]),
                ) {
                    (Some(near), _) => d.label(did_you_mean(&key, near)),
                    // `主持人:` under `meeting`: the key it stands for belongs elsewhere.
                    (None, Some(english)) => d
                        .label(crate::tr!("slip.chinese-key.elsewhere", english = english))
                        .help(match english {
                            "meeting" | "people" | "host" | "agenda" | "opening" | "closing" => {
                                crate::tr!("slip.chinese-key.top-level", english = english)
                            }
                            _ => crate::tr!("slip.chinese-key.elsewhere.help", english = english),
                        }),
                    (None, None) => d.label(crate::tr!("unknown-key.label")),
                };
                d.help(crate::tr!("unknown-key.help", keys = list(expected)))
            }
            ProblemKind::MissingKey { key } => {
                Diagnostic::error(crate::tr!("missing-key", key = key, at = here))
                    .label(crate::tr!("missing-key.label", key = key))
                    .help(crate::tr!("missing-key.help"))
            }
            ProblemKind::WrongType { expected, found } => Diagnostic::error(crate::tr!(
                "wrong-type",
                at = here,
                expected = expected,
                found = found
            ))
            .help(
                match expected == crate::tr!("type.text") && found == crate::tr!("type.mapping") {
                    // `- 部署工作: 抓好落实`: a colon and a space inside the text made it `key: value`.
                    true => crate::tr!("type.text.colon-help"),
                    false => type_help(&expected),
                },
            ),
            ProblemKind::UnknownVariant { value, expected } => {
                let d = Diagnostic::error(crate::tr!("unknown-value", value = value, at = here));
                let d = match closest(&value, expected.iter().copied()) {
                    Some(near) => d.label(did_you_mean(&value, near)),
                    None => d,
                };
                d.help(crate::tr!("unknown-value.help", values = list(expected)))
            }
            ProblemKind::InvalidValue { found, expected } => Diagnostic::error(crate::tr!(
                "wrong-type",
                at = here,
                expected = expected,
                found = found
            )),
            ProblemKind::MultipleDocuments => Diagnostic::error(crate::tr!("two-documents"))
                .help(crate::tr!("two-documents.help")),
            ProblemKind::TooDeep => {
                Diagnostic::error(crate::tr!("too-deep")).help(crate::tr!("too-deep.help"))
            }
            ProblemKind::TooLarge => {
                Diagnostic::error(crate::tr!("too-large")).help(crate::tr!("too-large.help"))
            }
            ProblemKind::TooManyValues => Diagnostic::error(crate::tr!("too-many-values"))
                .help(crate::tr!("too-many-values.help")),
            ProblemKind::AfterDocumentEnd => Diagnostic::error(crate::tr!("after-end"))
                .label(crate::tr!("after-end.label"))
                .help(crate::tr!("after-end.help")),
            ProblemKind::UnknownTag(tag) => Diagnostic::error(crate::tr!("unknown-tag", tag = tag))
                .label(crate::tr!("unknown-tag.label"))
                .help(crate::tr!("unknown-tag.help")),
            ProblemKind::Other(message) => {
                Diagnostic::error(crate::tr!("problem.other", at = here, message = message))
            }
        };
        d.at(problem.path, Some(problem.span))
    }
}

/// The YAML parser's message in the language of messages: the catalogue holds the ones people
/// meet (its English text is the parser's own); the rare others are given as the parser says.
fn parser_message(info: &str) -> String {
    match info {
        "mapping values are not allowed in this context" => crate::tr!("parser.mapping-values"),
        "while parsing a block mapping, did not find expected key" => {
            crate::tr!("parser.block-mapping-key")
        }
        "while parsing a flow mapping, did not find expected ',' or '}'" => {
            crate::tr!("parser.flow-mapping")
        }
        "while parsing a flow sequence, expected ',' or ']'" => crate::tr!("parser.flow-sequence"),
        "while parsing a node, did not find expected node content" => {
            crate::tr!("parser.node-content")
        }
        "while parsing node, found unknown anchor" => crate::tr!("parser.unknown-anchor"),
        "while parsing anchor, found duplicated anchor" => crate::tr!("parser.duplicated-anchor"),
        "invalid indentation in quoted scalar" => crate::tr!("parser.quoted-indentation"),
        "invalid trailing content after double-quoted scalar" => crate::tr!("parser.after-quote"),
        "block sequence entries are not allowed in this context" => {
            crate::tr!("parser.sequence-here")
        }
        "while parsing a block collection, did not find expected '-' indicator" => {
            crate::tr!("parser.sequence-expected")
        }
        "while scanning a quoted scalar, found unexpected end of stream" => {
            crate::tr!("parser.unclosed-quote")
        }
        "while scanning a plain scalar, found a tab" => crate::tr!("parser.tab"),
        "found unprintable character" => crate::tr!("parser.unprintable"),
        "while scanning an anchor or alias, did not find expected alphabetic or numeric character" =>
        {
            crate::tr!("parser.anchor-name")
        }
        "invalid indentation" => crate::tr!("parser.indentation"),
        other => other.to_string(),
    }
}

/// Whether an unknown key is a known key and its value read as one (`who：dep`).
pub fn is_glued_key(key: &str, expected: &[&'static str]) -> bool {
    glued_key(key, expected, Span::default()).is_some()
}

/// A key and its value read as one key, in `{ }`: `who：dep` (a full-width colon) or `who:dep`
/// (no space after the colon). The message points at the colon.
fn glued_key(key: &str, expected: &[&'static str], span: Span) -> Option<Diagnostic> {
    let (at, colon) = key.char_indices().find(|(_, c)| matches!(c, ':' | '：'))?;
    let (name, value) = (&key[..at], key[at + colon.len_utf8()..].trim_start());
    let english = english_key(name, expected).unwrap_or(name);
    if !expected.contains(&english) || value.is_empty() {
        return None;
    }
    let (message, label) = if colon == '：' {
        (
            crate::tr!("slip.fullwidth-colon", key = name),
            crate::tr!("slip.fullwidth-colon.label"),
        )
    } else {
        (
            crate::tr!("slip.no-space", key = name),
            crate::tr!("slip.no-space.label"),
        )
    };
    let column = name.chars().count();
    let span = Span {
        column: span.column + column,
        start: span.start + column,
        end: span.start + column + 1,
        ..span
    };
    Some(
        Diagnostic::error(message)
            .label(label)
            .help(crate::tr!(
                "slip.key.help",
                written = format!("`{english}: {value}`")
            ))
            .help(crate::tr!("slip.key.help-ime"))
            .at("", Some(span)),
    )
}

fn type_help(expected: &str) -> String {
    let mappings = [
        crate::tr!("type.mapping"),
        crate::tr!("type.mapping-or-list"),
        crate::tr!("type.mapping-or-moves"),
        crate::tr!("type.people"),
    ];
    match expected {
        e if e == crate::tr!("type.list") => crate::tr!("type.list.help"),
        e if e == crate::tr!("type.text") => crate::tr!("type.text.help"),
        e if e == crate::tr!("type.whole-number") => crate::tr!("type.whole-number.help"),
        e if mappings.iter().any(|m| m == e) => crate::tr!("type.mapping.help"),
        e => crate::tr!("type.other.help", expected = e),
    }
}

/// Text as it may reach a terminal: every character a terminal would obey or that would hide
/// or reverse what follows (control characters but tab and line feed, a carriage return not
/// ending a line, bidirectional controls, zero-width characters) shown as `�`, one for one, so
/// the places in the text stay where they were.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char, next: Option<char>| match c {
        '\t' | '\n' => false,
        '\r' => next != Some('\n'),
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => true,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{061C}' => true,
        '\u{E0000}'..='\u{E007F}' => true,
        _ => false,
    };
    let mut chars = text.chars().peekable();
    let mut clean = true;
    while let Some(c) = chars.next() {
        if hidden(c, chars.peek().copied()) {
            clean = false;
            break;
        }
    }
    if clean {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(if hidden(c, chars.peek().copied()) {
            '\u{FFFD}'
        } else {
            c
        });
    }
    out.into()
}

/// Prints the diagnostics of one file; made once per file, so that each message costs only
/// its own lines, however many there are.
pub struct Printer {
    file: SimpleFile<String, String>,
    /// The character and byte index where each line starts.
    lines: Vec<(usize, usize)>,
}

impl Printer {
    /// `name` is the file as the user named it.
    pub fn new(name: &str, source: &str) -> Self {
        let source = visible(source).into_owned();
        let mut lines = vec![(0, 0)];
        for (chars, (bytes, c)) in source.char_indices().enumerate() {
            if c == '\n' {
                lines.push((chars + 1, bytes + 1));
            }
        }
        Printer {
            file: SimpleFile::new(visible(name).into_owned(), source),
            lines,
        }
    }

    /// Prints diagnostics the way a compiler does, with the source line and a marker under
    /// the place.
    pub fn render(&self, diagnostics: &[Diagnostic]) -> String {
        let config = Config::default();
        let mut out = String::new();
        for d in diagnostics {
            let mut bytes = Vec::new();
            let mut writer = InLanguage::new(term::termcolor::NoColor::new(&mut bytes));
            match term::emit_to_write_style(&mut writer, &config, &self.file, &self.report(d)) {
                Ok(()) => out.push_str(&String::from_utf8_lossy(&bytes)),
                Err(_) => {
                    let _ = writeln!(out, "{}: {}", self.file.name(), visible(&d.message));
                }
            }
        }
        out
    }

    /// Prints diagnostics to standard error in colour, for a terminal.
    pub fn print_in_colour(&self, diagnostics: &[Diagnostic]) {
        use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
        let config = Config::default();
        let mut stderr = InLanguage::new(StandardStream::stderr(ColorChoice::Auto));
        for d in diagnostics {
            if term::emit_to_write_style(&mut stderr, &config, &self.file, &self.report(d)).is_err()
            {
                crate::write::to_stderr(&self.render(std::slice::from_ref(d)));
            }
        }
    }

    /// One diagnostic as codespan's report: the message, the marked place with its label, and
    /// the help lines.
    fn report(&self, d: &Diagnostic) -> Report<()> {
        let report = match d.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
            Severity::Note => Report::note(),
        };
        let mut report = report.with_message(visible(&d.message));
        let mut notes = Vec::new();
        match d.span {
            Some(span) => {
                let label = Label::primary((), self.byte_range(span));
                let label = match &d.label {
                    Some(text) => label.with_message(visible(text)),
                    None => label,
                };
                report = report.with_labels(vec![label]);
            }
            None if d.path.is_empty() => {}
            None => notes.push(crate::tr!(
                "diagnostic.at",
                path = visible(&d.path),
                file = self.file.name()
            )),
        }
        notes.extend(
            d.help
                .iter()
                .map(|h| prefixed("severity.help", &visible(h))),
        );
        report.with_notes(notes)
    }

    /// The byte range of a span, kept to its first line and at least one character wide.
    fn byte_range(&self, span: Span) -> std::ops::Range<usize> {
        let source = self.file.source().as_str();
        let start = self.byte(span.start);
        let end = self.byte(span.end.max(span.start));
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let end = end.min(line_end);
        if end > start {
            start..end
        } else {
            let next = source[start..]
                .chars()
                .next()
                .filter(|c| *c != '\n')
                .map_or(start, |c| start + c.len_utf8());
            start..next
        }
    }

    /// The byte index of a character index: from the start of its line.
    fn byte(&self, index: usize) -> usize {
        let source = self.file.source().as_str();
        let line = self.lines.partition_point(|(c, _)| *c <= index) - 1;
        let (chars, bytes) = self.lines[line];
        source[bytes..]
            .char_indices()
            .nth(index - chars)
            .map_or(source.len(), |(b, _)| bytes + b)
    }
}

/// `text` after the catalogue's prefix `id` ("help: …", "帮助：…"): an ASCII colon takes a
/// space after it, a full-width one none.
pub fn prefixed(id: &str, text: &str) -> String {
    let prefix = crate::i18n::text(id, &[]);
    let space = if prefix.ends_with(':') { " " } else { "" };
    format!("{prefix}{space}{text}")
}

/// `message` with a line of help under it, as a diagnostic's help reads (`\n = help: …`).
pub fn with_help(message: String, help: String) -> String {
    format!("{message}\n = {}", prefixed("severity.help", &help))
}

/// A writer that says the severity of a message (`error:`, `warning:`, `note:`) in the language
/// of messages: codespan writes it in English, word then `": "`, after setting the header's
/// style. A prefix ending in an ASCII colon keeps codespan's `": "`; one ending otherwise (`错误：`)
/// takes its place.
struct InLanguage<W> {
    inner: W,
    lang: crate::i18n::Lang,
    expect: Expect,
}

/// What `InLanguage` waits for.
enum Expect {
    Nothing,
    /// The English word of this severity.
    Word(codespan_reporting::diagnostic::Severity),
    /// The `": "` after it, already said by the prefix.
    Colon,
}

impl<W> InLanguage<W> {
    /// In the language of messages.
    fn new(inner: W) -> Self {
        InLanguage::in_lang(inner, crate::i18n::lang())
    }

    fn in_lang(inner: W, lang: crate::i18n::Lang) -> Self {
        InLanguage {
            inner,
            lang,
            expect: Expect::Nothing,
        }
    }
}

impl<W: std::io::Write> std::io::Write for InLanguage<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        use codespan_reporting::diagnostic::Severity as S;
        match std::mem::replace(&mut self.expect, Expect::Nothing) {
            Expect::Word(severity) => {
                let (english, id) = match severity {
                    S::Error => ("error", "severity.error"),
                    S::Warning => ("warning", "severity.warning"),
                    S::Note => ("note", "severity.note"),
                    S::Help => ("help", "severity.help"),
                    S::Bug => ("bug", "severity.bug"),
                };
                if buf != english.as_bytes() {
                    return self.inner.write(buf);
                }
                let prefix = crate::i18n::text_in(self.lang, id, &[]);
                match prefix.strip_suffix(':') {
                    Some(word) => self.inner.write_all(word.as_bytes())?,
                    None => {
                        self.inner.write_all(prefix.as_bytes())?;
                        self.expect = Expect::Colon;
                    }
                }
                Ok(buf.len())
            }
            Expect::Colon if buf.starts_with(b": ") => {
                self.inner.write_all(&buf[2..])?;
                Ok(buf.len())
            }
            _ => self.inner.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

impl<W: term::WriteStyle> term::WriteStyle for InLanguage<W> {
    fn set_header(
        &mut self,
        severity: codespan_reporting::diagnostic::Severity,
    ) -> std::io::Result<()> {
        self.expect = Expect::Word(severity);
        self.inner.set_header(severity)
    }

    fn set_header_message(&mut self) -> std::io::Result<()> {
        self.inner.set_header_message()
    }

    fn set_line_number(&mut self) -> std::io::Result<()> {
        self.inner.set_line_number()
    }

    fn set_note_bullet(&mut self) -> std::io::Result<()> {
        self.inner.set_note_bullet()
    }

    fn set_source_border(&mut self) -> std::io::Result<()> {
        self.inner.set_source_border()
    }

    fn set_label(
        &mut self,
        severity: codespan_reporting::diagnostic::Severity,
        style: codespan_reporting::diagnostic::LabelStyle,
    ) -> std::io::Result<()> {
        self.inner.set_label(severity, style)
    }

    fn reset(&mut self) -> std::io::Result<()> {
        self.inner.reset()
    }
}

/// Prints diagnostics the way a compiler does, with the source line and a marker under the
/// place. `name` is the file as the user named it.
pub fn render(name: &str, source: &str, diagnostics: &[Diagnostic]) -> String {
    Printer::new(name, source).render(diagnostics)
}

/// Prints diagnostics to standard error in colour, for a terminal.
pub fn print_in_colour(name: &str, source: &str, diagnostics: &[Diagnostic]) {
    Printer::new(name, source).print_in_colour(diagnostics);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_finds_typos_only() {
        assert_eq!(closest("whoo", ["who", "does", "what"]), Some("who"));
        assert_eq!(closest("titel", ["title", "steps"]), Some("title"));
        assert_eq!(closest("speaker", ["who", "does", "what"]), None);
    }

    #[test]
    fn a_suggestion_says_when_only_an_invisible_character_differs() {
        assert_eq!(
            did_you_mean("zh\u{200B}ang", "zhang"),
            "did you mean `zhang`? This one holds an invisible character (U+200B)"
        );
        assert_eq!(did_you_mean("zhnag", "zhang"), "did you mean `zhang`?");
    }

    #[test]
    fn long_lists_are_cut() {
        assert_eq!(list(["a", "b"]), "`a`, `b`");
        let many: Vec<String> = (0..100).map(|i| i.to_string()).collect();
        assert!(list(&many).ends_with("`49` and 50 more"));
    }

    #[test]
    fn terminal_controls_are_shown_not_obeyed() {
        assert_eq!(
            visible("a\u{1b}[2Jb\tc\r\nd\re\u{202E}f"),
            "a�[2Jb\tc\r\nd�e�f"
        );
        assert!(matches!(visible("各位\n"), std::borrow::Cow::Borrowed(_)));
    }

    /// The terminal's coloured path, which the tests of the binary never take (their standard
    /// error is not a terminal).
    #[test]
    fn severities_are_said_in_the_language_in_colour_too() {
        use crate::i18n::Lang;
        let printer = Printer::new("a.yaml", "a: 1\n");
        let span = Span {
            line: 1,
            column: 1,
            start: 0,
            end: 1,
            source: 0,
        };
        let said = |lang, d: &Diagnostic| {
            let mut ansi = term::termcolor::Ansi::new(Vec::new());
            let mut writer = InLanguage::in_lang(&mut ansi, lang);
            term::emit_to_write_style(
                &mut writer,
                &Config::default(),
                &printer.file,
                &printer.report(d),
            )
            .unwrap();
            String::from_utf8(ansi.into_inner()).unwrap()
        };
        let error = Diagnostic::error("键 `a` 写了两次").at("a", Some(span));
        let warning = Diagnostic::warning("warned").at("a", Some(span));
        let zh = said(Lang::Zh, &error);
        assert!(zh.contains("错误：\u{1b}"), "{zh:?}");
        assert!(zh.contains("键 `a` 写了两次"), "{zh:?}");
        assert!(!zh.contains("error") && !zh.contains(": 键"), "{zh:?}");
        assert!(said(Lang::Zh, &warning).contains("警告："));
        let mut ansi = term::termcolor::Ansi::new(Vec::new());
        term::emit_to_write_style(
            &mut ansi,
            &Config::default(),
            &printer.file,
            &printer.report(&error),
        )
        .unwrap();
        let codespans = String::from_utf8(ansi.into_inner()).unwrap();
        assert_eq!(said(Lang::En, &error), codespans);
        assert!(
            codespans.contains("error\u{1b}[0m\u{1b}[1m: 键"),
            "{codespans:?}"
        );
    }

    #[test]
    fn ranges_stay_on_one_line_and_are_never_empty() {
        let source = "a: 各位\nb: 2\n";
        let span = Span {
            line: 1,
            column: 4,
            start: 3,
            end: 9,
            source: 0,
        };
        let printer = Printer::new("a.yaml", source);
        assert_eq!(&source[printer.byte_range(span)], "各位");
        let empty = Span {
            line: 1,
            column: 4,
            start: 3,
            end: 3,
            source: 0,
        };
        assert_eq!(&source[printer.byte_range(empty)], "各");
    }
}
