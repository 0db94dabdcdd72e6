//! The YAML boundary: parses text into a tree that remembers where every value stands, and
//! deserializes serde types from that tree while collecting every problem with its position.
//! This is the only module that knows the YAML library.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use serde::de::{self, DeserializeOwned, IntoDeserializer, Unexpected};

/// Limits that keep hostile input (alias bombs, deep nesting) cheap to refuse.
const MAX_DEPTH: usize = 64;
const MAX_NODES: usize = 2_000_000;

/// A place in the source: a character range, with the line and column of its start.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Span {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// Start and end as character indices into the source.
    pub start: usize,
    pub end: usize,
    /// Which file: 0 for the agenda, others for the templates it extends and its roster.
    pub source: u16,
}

impl Span {
    fn from_parser(span: saphyr_parser::Span) -> Self {
        Span {
            line: span.start.line(),
            column: span.start.col() + 1,
            start: span.start.index(),
            end: span.end.index().max(span.start.index()),
            source: 0,
        }
    }
}

/// A YAML value and where it stands.
#[derive(Debug, Clone)]
pub struct Node {
    pub kind: Kind,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum Kind {
    /// A scalar as written; `plain` scalars may be null, booleans or numbers.
    Scalar {
        text: String,
        plain: bool,
    },
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// What a scalar means under the YAML 1.2 core schema.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Resolved<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'a str),
}

fn resolve(text: &str, plain: bool) -> Resolved<'_> {
    if !plain {
        return Resolved::Str(text);
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => Resolved::Null,
        "true" | "True" | "TRUE" => Resolved::Bool(true),
        "false" | "False" | "FALSE" => Resolved::Bool(false),
        _ => {
            if let Ok(i) = text.parse::<i64>() {
                Resolved::Int(i)
            } else if looks_like_float(text) {
                text.parse::<f64>()
                    .map_or(Resolved::Str(text), Resolved::Float)
            } else {
                Resolved::Str(text)
            }
        }
    }
}

fn looks_like_float(text: &str) -> bool {
    let digits = text.trim_start_matches(['+', '-']);
    !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'))
        && digits.chars().any(|c| c.is_ascii_digit())
}

impl Node {
    /// Calls `f` on this node and every node below it.
    pub fn walk_mut(&mut self, f: &mut impl FnMut(&mut Node)) {
        f(self);
        match &mut self.kind {
            Kind::Scalar { .. } => {}
            Kind::Seq(items) => items.iter_mut().for_each(|n| n.walk_mut(f)),
            Kind::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
                k.walk_mut(f);
                v.walk_mut(f);
            }),
        }
    }

    /// Calls `f` on this node and every node below it.
    pub fn walk(&self, f: &mut impl FnMut(&Node)) {
        f(self);
        match &self.kind {
            Kind::Scalar { .. } => {}
            Kind::Seq(items) => items.iter().for_each(|n| n.walk(f)),
            Kind::Map(entries) => entries.iter().for_each(|(k, v)| {
                k.walk(f);
                v.walk(f);
            }),
        }
    }

    /// The place of the `index`-th character of a scalar written on one line without escapes
    /// (plain, or in quotes); `None` when the text does not map onto the source one to one.
    pub fn char_span(&self, index: usize) -> Option<Span> {
        let Kind::Scalar { text, plain } = &self.kind else {
            return None;
        };
        let length = text.chars().count();
        let written = self.span.end - self.span.start;
        let offset = match (plain, written) {
            (true, w) if w == length => 0,
            (false, w) if w == length + 2 => 1,
            _ => return None,
        };
        (index < length).then(|| Span {
            line: self.span.line,
            column: self.span.column + offset + index,
            start: self.span.start + offset + index,
            end: self.span.start + offset + index + 1,
            source: self.span.source,
        })
    }

    /// The scalar's text, if it is a scalar.
    pub fn text(&self) -> Option<&str> {
        match &self.kind {
            Kind::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// The value under `key`, if this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match &self.kind {
            Kind::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.text() == Some(key))
                .map(|(_, v)| v),
            _ => None,
        }
    }

    /// Whether this is an empty value (`~`, `null`, or nothing at all).
    pub fn is_null(&self) -> bool {
        matches!(self.resolved(), Some(Resolved::Null))
    }

    fn resolved(&self) -> Option<Resolved<'_>> {
        match &self.kind {
            Kind::Scalar { text, plain } => Some(resolve(text, *plain)),
            _ => None,
        }
    }

    /// A short description of what the node is, for messages.
    pub fn describe(&self) -> String {
        match &self.kind {
            Kind::Seq(_) => crate::tr!("type.list"),
            Kind::Map(_) => crate::tr!("type.mapping"),
            Kind::Scalar { text, plain } => match resolve(text, *plain) {
                Resolved::Null => crate::tr!("type.nothing"),
                Resolved::Bool(b) => crate::tr!("found.bool", value = b),
                Resolved::Int(_) | Resolved::Float(_) => crate::tr!("found.number", value = text),
                Resolved::Str(s) => crate::tr!("found.text", value = shorten(s)),
            },
        }
    }
}

/// serde's description of a value, in the words of [`Node::describe`].
fn describe(unexp: &Unexpected<'_>) -> String {
    match unexp {
        Unexpected::Map => crate::tr!("type.mapping"),
        Unexpected::Seq => crate::tr!("type.list"),
        Unexpected::Str(s) => crate::tr!("found.text", value = shorten(s)),
        Unexpected::Unit | Unexpected::Option => crate::tr!("type.nothing"),
        Unexpected::Bool(b) => crate::tr!("found.bool", value = b),
        Unexpected::Signed(n) => crate::tr!("found.number", value = n),
        Unexpected::Unsigned(n) => crate::tr!("found.number", value = n),
        Unexpected::Float(n) => crate::tr!("found.number", value = n),
        other => other.to_string(),
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 24;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

/// One problem found in the YAML: where, at which path, and what.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub span: Span,
    /// The YAML path of the value, like `agenda[1].steps[0].who`; empty for the document.
    pub path: String,
    pub kind: ProblemKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ProblemKind {
    Syntax(String),
    DuplicateKey {
        key: String,
        first_line: usize,
    },
    UnknownKey {
        key: String,
        expected: &'static [&'static str],
    },
    MissingKey {
        key: &'static str,
    },
    WrongType {
        expected: String,
        found: String,
    },
    UnknownVariant {
        value: String,
        expected: &'static [&'static str],
    },
    InvalidValue {
        found: String,
        expected: String,
    },
    MultipleDocuments,
    /// Text after `...`, the mark that ends a document.
    AfterDocumentEnd,
    /// A tag like `!custom`, which emcee does not read.
    UnknownTag(String),
    TooDeep,
    /// More values than [`MAX_NODES`], aliases expanded: an alias bomb.
    TooLarge,
    /// More values than [`MAX_NODES`], written out without aliases.
    TooManyValues,
    Other(String),
}

/// Parses the text of source number `source` (see [`Span::source`]).
pub fn parse_source(text: &str, source: u16) -> Result<(Node, Vec<Problem>), Problem> {
    let mark = |span: &mut Span| span.source = source;
    match parse(text) {
        Ok((mut root, mut problems)) => {
            root.walk_mut(&mut |n| mark(&mut n.span));
            problems.iter_mut().for_each(|p| mark(&mut p.span));
            Ok((root, problems))
        }
        Err(mut problem) => {
            mark(&mut problem.span);
            Err(problem)
        }
    }
}

/// Parses `text` into a tree. Syntax errors are fatal (the first is returned); duplicate keys
/// and tags emcee does not read are all reported, and the tree is still built (the first of
/// two equal keys is kept).
pub fn parse(text: &str) -> Result<(Node, Vec<Problem>), Problem> {
    let mut builder = TreeBuilder::default();
    let mut documents = 0;
    for event in Parser::new_from_str(text) {
        let (event, span) = event.map_err(|e| {
            let m = e.marker();
            Problem {
                span: Span {
                    line: m.line(),
                    column: m.col() + 1,
                    start: m.index(),
                    end: m.index(),
                    source: 0,
                },
                path: String::new(),
                kind: ProblemKind::Syntax(e.info().to_string()),
            }
        })?;
        let span = Span::from_parser(span);
        if let Event::DocumentStart(_) = event {
            documents += 1;
            if documents > 1 {
                // A document goes on after `...` (its end) without a `---` of its own.
                let marked = text.chars().skip(span.start).take(3).eq("---".chars());
                return Err(Problem {
                    span,
                    path: String::new(),
                    kind: if marked {
                        ProblemKind::MultipleDocuments
                    } else {
                        ProblemKind::AfterDocumentEnd
                    },
                });
            }
        }
        builder.event(event, span)?;
    }
    let root = builder.root.unwrap_or(Node {
        kind: Kind::Scalar {
            text: String::new(),
            plain: true,
        },
        span: Span {
            line: 1,
            column: 1,
            start: 0,
            end: 0,
            source: 0,
        },
    });
    Ok((root, builder.problems))
}

#[derive(Default)]
struct TreeBuilder {
    /// Open collections, innermost last, each with its anchor id and, for a mapping, the
    /// line of each scalar key given so far (so that a repeated key is found at once).
    stack: Vec<(Node, usize, HashMap<String, usize>)>,
    /// Anchored nodes by anchor id, for aliases.
    anchors: Vec<(usize, Node)>,
    root: Option<Node>,
    nodes: usize,
    /// Whether an alias was expanded: past [`MAX_NODES`], that is the cause.
    aliased: bool,
    /// Problems that do not stop the parse: repeated keys, tags emcee does not read.
    problems: Vec<Problem>,
}

impl TreeBuilder {
    fn event(&mut self, event: Event<'_>, span: Span) -> Result<(), Problem> {
        let too = |kind| Problem {
            span,
            path: String::new(),
            kind,
        };
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                self.tag(tag.as_deref(), span);
                let node = Node {
                    kind: Kind::Scalar {
                        text: text.into_owned(),
                        plain: style == ScalarStyle::Plain,
                    },
                    span,
                };
                self.count(1).map_err(|_| too(self.too_many()))?;
                self.finish(node, anchor);
            }
            Event::Alias(id) => {
                let found = self.anchors.iter().rev().find(|(a, _)| *a == id);
                let Some((_, target)) = found else {
                    return Err(too(ProblemKind::Other(crate::tr!("alias.undefined"))));
                };
                // Count before copying, so that a bomb is refused before it takes memory.
                self.aliased = true;
                let size = count_nodes(target);
                let target = (size + self.nodes <= MAX_NODES).then(|| target.clone());
                self.count(size).map_err(|_| too(ProblemKind::TooLarge))?;
                let Some(mut node) = target else {
                    return Err(too(ProblemKind::TooLarge));
                };
                node.span = span;
                self.finish(node, 0);
            }
            Event::SequenceStart(anchor, ref tag) | Event::MappingStart(anchor, ref tag) => {
                self.tag(tag.as_deref(), span);
                if self.stack.len() >= MAX_DEPTH {
                    return Err(too(ProblemKind::TooDeep));
                }
                self.count(1).map_err(|_| too(self.too_many()))?;
                let kind = if matches!(event, Event::SequenceStart(..)) {
                    Kind::Seq(Vec::new())
                } else {
                    Kind::Map(Vec::new())
                };
                self.stack
                    .push((Node { kind, span }, anchor, HashMap::new()));
            }
            Event::SequenceEnd | Event::MappingEnd => {
                if let Some((mut node, anchor, _)) = self.stack.pop() {
                    node.span.end = span.end.max(node.span.end);
                    // The tree is held while the agenda is rendered: no room to grow (a map
                    // of two keys took room for four).
                    match &mut node.kind {
                        Kind::Seq(items) => items.shrink_to_fit(),
                        Kind::Map(entries) => entries.shrink_to_fit(),
                        Kind::Scalar { .. } => {}
                    }
                    self.finish(node, anchor);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Reports a tag emcee does not read: anything but the standard ones (`!!str`, `!!int`…),
    /// which a value is read without anyway; a tag of one's own would be silently dropped.
    fn tag(&mut self, tag: Option<&Tag>, span: Span) {
        const CORE: [&str; 7] = ["str", "int", "float", "bool", "null", "seq", "map"];
        let Some(tag) = tag else { return };
        if tag.is_yaml_core_schema() && CORE.contains(&tag.suffix.as_str()) {
            return;
        }
        let written = if tag.is_yaml_core_schema() {
            format!("!!{}", tag.suffix)
        } else {
            format!("{}{}", tag.handle, tag.suffix)
        };
        self.problems.push(Problem {
            span,
            path: String::new(),
            kind: ProblemKind::UnknownTag(written),
        });
    }

    /// What passing [`MAX_NODES`] is: an alias bomb, or values written out.
    fn too_many(&self) -> ProblemKind {
        if self.aliased {
            ProblemKind::TooLarge
        } else {
            ProblemKind::TooManyValues
        }
    }

    fn count(&mut self, n: usize) -> Result<(), ()> {
        self.nodes = self.nodes.saturating_add(n);
        if self.nodes > MAX_NODES {
            Err(())
        } else {
            Ok(())
        }
    }

    /// Places a finished node in its parent: a list element, a map key, or a map value.
    fn finish(&mut self, node: Node, anchor: usize) {
        if anchor != 0 {
            self.anchors.push((anchor, node.clone()));
        }
        let Some((parent, _, keys)) = self.stack.last_mut() else {
            self.root = Some(node);
            return;
        };
        match &mut parent.kind {
            Kind::Seq(items) => items.push(node),
            Kind::Map(entries) => {
                // Keys and values alternate; a pending key is stored with a placeholder value
                // whose span has `end == usize::MAX`.
                match entries.last_mut() {
                    Some((_, value)) if value.span.end == usize::MAX => {
                        *value = node;
                        let (key, _) = entries.last().expect("entry just filled");
                        let first = match &key.kind {
                            Kind::Scalar { text, .. } => match keys.get(text) {
                                Some(line) => Some(*line),
                                None => {
                                    keys.insert(text.clone(), key.span.line);
                                    None
                                }
                            },
                            _ => None,
                        };
                        if let Some(first_line) = first {
                            let (key, _) = entries.pop().expect("entry just filled");
                            self.problems.push(Problem {
                                span: key.span,
                                path: String::new(),
                                kind: ProblemKind::DuplicateKey {
                                    key: key_text(&key),
                                    first_line,
                                },
                            });
                        }
                    }
                    _ => {
                        let placeholder = Node {
                            kind: Kind::Scalar {
                                text: String::new(),
                                plain: true,
                            },
                            span: Span {
                                end: usize::MAX,
                                ..node.span
                            },
                        };
                        entries.push((node, placeholder));
                    }
                }
            }
            Kind::Scalar { .. } => unreachable!("scalars never hold children"),
        }
    }
}

fn count_nodes(node: &Node) -> usize {
    match &node.kind {
        Kind::Scalar { .. } => 1,
        Kind::Seq(items) => 1 + items.iter().map(count_nodes).sum::<usize>(),
        Kind::Map(entries) => {
            1 + entries
                .iter()
                .map(|(k, v)| count_nodes(k) + count_nodes(v))
                .sum::<usize>()
        }
    }
}

fn key_text(node: &Node) -> String {
    match &node.kind {
        Kind::Scalar { text, .. } => text.clone(),
        _ => node.describe(),
    }
}

/// The span of the value at `path` (like `agenda[1].steps[0].who`), if it exists.
pub fn locate(root: &Node, path: &str) -> Option<Span> {
    find(root, path).map(|n| n.span)
}

/// The node at `path` (like `agenda[1].steps[0].who`), if it exists.
pub fn find<'a>(root: &'a Node, path: &str) -> Option<&'a Node> {
    let mut node = root;
    for segment in path.split('.').filter(|s| !s.is_empty()) {
        let (key, indices) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        if !key.is_empty() {
            let Kind::Map(entries) = &node.kind else {
                return None;
            };
            node = &entries.iter().find(|(k, _)| key_text(k) == key)?.1;
        }
        for index in indices.split(['[', ']']).filter(|s| !s.is_empty()) {
            let Kind::Seq(items) = &node.kind else {
                return None;
            };
            node = items.get(index.parse::<usize>().ok()?)?;
        }
    }
    Some(node)
}

/// The keys of the mapping at `path`, as written; none when it is not a mapping.
pub fn keys_at(root: &Node, path: &str) -> Vec<String> {
    match find(root, path).map(|n| &n.kind) {
        Some(Kind::Map(entries)) => entries.iter().map(|(k, _)| key_text(k)).collect(),
        _ => Vec::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Deserialization

/// A value that failed to deserialize is `Invalid`; its problems are already recorded. Put it
/// where one bad part should not hide the problems of its siblings (a list element, a section).
/// It only records problems with [`from_node`]'s deserializer, and must not sit inside an
/// untagged enum (those try and discard errors).
#[derive(Debug, Clone, PartialEq)]
pub enum Checked<T> {
    Valid(T),
    Invalid,
}

impl<T> Checked<T> {
    pub fn valid(&self) -> Option<&T> {
        match self {
            Checked::Valid(v) => Some(v),
            Checked::Invalid => None,
        }
    }
}

impl<'de, T: de::Deserialize<'de>> de::Deserialize<'de> for Checked<T> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(T::deserialize(deserializer).map_or(Checked::Invalid, Checked::Valid))
    }
}

/// Deserializes `T` from the tree. Returns the value (if the document's shape allowed one)
/// and every problem found.
pub fn from_node<T: DeserializeOwned>(node: &Node) -> (Option<T>, Vec<Problem>) {
    let sink = RefCell::new(Vec::new());
    let value = T::deserialize(De {
        node,
        path: &Path::Root,
        sink: &sink,
    })
    .ok();
    let mut problems = sink.into_inner();
    problems.sort_by_key(|p| p.span.start);
    (value, problems)
}

enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => write!(f, "{key}"),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// The deserializer's error: `recorded` once it has been given a place and put in the sink.
#[derive(Debug)]
pub struct DeError {
    kind: ProblemKind,
    recorded: bool,
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.kind)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DeError::new(ProblemKind::Other(msg.to_string()))
    }
    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        DeError::new(ProblemKind::WrongType {
            expected: exp.to_string(),
            found: describe(&unexp),
        })
    }
    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        DeError::new(ProblemKind::InvalidValue {
            found: describe(&unexp),
            expected: exp.to_string(),
        })
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(ProblemKind::UnknownVariant {
            value: variant.to_string(),
            expected,
        })
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        DeError::new(ProblemKind::UnknownKey {
            key: field.to_string(),
            expected,
        })
    }
    fn missing_field(field: &'static str) -> Self {
        DeError::new(ProblemKind::MissingKey { key: field })
    }
}

impl DeError {
    fn new(kind: ProblemKind) -> Self {
        DeError {
            kind,
            recorded: false,
        }
    }
}

#[derive(Clone, Copy)]
struct De<'a> {
    node: &'a Node,
    path: &'a Path<'a>,
    sink: &'a RefCell<Vec<Problem>>,
}

impl<'a> De<'a> {
    /// Records `error` at this node unless a deeper node already did.
    fn record(self, mut error: DeError) -> DeError {
        if !error.recorded {
            self.push(self.node.span, error.kind.clone());
            error.recorded = true;
        }
        error
    }

    fn push(self, span: Span, kind: ProblemKind) {
        self.sink.borrow_mut().push(Problem {
            span,
            path: self.path.to_string(),
            kind,
        });
    }

    fn wrong_type(self, expected: &str) -> DeError {
        self.record(DeError::new(ProblemKind::WrongType {
            expected: expected.to_string(),
            found: self.node.describe(),
        }))
    }

    fn text(self) -> Option<&'a str> {
        match &self.node.kind {
            Kind::Scalar { text, plain } => match resolve(text, *plain) {
                Resolved::Null => None,
                _ => Some(text.as_str()),
            },
            _ => None,
        }
    }

    fn integer(self) -> Option<i64> {
        match self.node.resolved() {
            Some(Resolved::Int(i)) => Some(i),
            _ => None,
        }
    }
}

macro_rules! deserialize_integer {
    ($($method:ident => $visit:ident : $ty:ty),* $(,)?) => {$(
        fn $method<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
            match self.integer().and_then(|i| <$ty>::try_from(i).ok()) {
                Some(n) => visitor.$visit(n).map_err(|e| self.record(e)),
                None => Err(self.wrong_type(&crate::tr!("type.whole-number"))),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for De<'_> {
    type Error = DeError;

    fn deserialize_any<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = match &self.node.kind {
            Kind::Seq(items) => visitor.visit_seq(SeqAccess::new(self, items)),
            Kind::Map(entries) => visitor.visit_map(MapAccess::new(self, entries.iter().collect())),
            Kind::Scalar { text, plain } => match resolve(text, *plain) {
                Resolved::Null => visitor.visit_unit(),
                Resolved::Bool(b) => visitor.visit_bool(b),
                Resolved::Int(i) => visitor.visit_i64(i),
                Resolved::Float(f) => visitor.visit_f64(f),
                Resolved::Str(s) => visitor.visit_str(s),
            },
        };
        result.map_err(|e| self.record(e))
    }

    fn deserialize_bool<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node.resolved() {
            Some(Resolved::Bool(b)) => visitor.visit_bool(b).map_err(|e| self.record(e)),
            _ => Err(self.wrong_type(&crate::tr!("type.bool"))),
        }
    }

    deserialize_integer! {
        deserialize_i8 => visit_i8: i8,
        deserialize_i16 => visit_i16: i16,
        deserialize_i32 => visit_i32: i32,
        deserialize_i64 => visit_i64: i64,
        deserialize_u8 => visit_u8: u8,
        deserialize_u16 => visit_u16: u16,
        deserialize_u32 => visit_u32: u32,
        deserialize_u64 => visit_u64: u64,
    }

    fn deserialize_f32<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node.resolved() {
            Some(Resolved::Float(f)) => visitor.visit_f64(f).map_err(|e| self.record(e)),
            Some(Resolved::Int(i)) => visitor.visit_i64(i).map_err(|e| self.record(e)),
            _ => Err(self.wrong_type(&crate::tr!("type.number"))),
        }
    }

    fn deserialize_char<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    /// Any scalar reads as text when text is asked for (`title: 2024` is the text "2024").
    fn deserialize_str<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.text() {
            Some(text) => visitor.visit_str(text).map_err(|e| self.record(e)),
            None => Err(self.wrong_type(&crate::tr!("type.text"))),
        }
    }

    fn deserialize_string<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = match self.node.resolved() {
            Some(Resolved::Null) => visitor.visit_none(),
            _ => visitor.visit_some(self),
        };
        result.map_err(|e| self.record(e))
    }

    fn deserialize_unit<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node.resolved() {
            Some(Resolved::Null) => visitor.visit_unit().map_err(|e| self.record(e)),
            _ => Err(self.wrong_type(&crate::tr!("type.nothing"))),
        }
    }

    fn deserialize_unit_struct<V: de::Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: de::Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        if name == MAP_OR_SEQ {
            return visitor.visit_seq(Shape {
                de: self,
                told: false,
            });
        }
        visitor
            .visit_newtype_struct(self)
            .map_err(|e| self.record(e))
    }

    fn deserialize_seq<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Seq(items) => visitor
                .visit_seq(SeqAccess::new(self, items))
                .map_err(|e| self.record(e)),
            _ => Err(self.wrong_type(&crate::tr!("type.list"))),
        }
    }

    fn deserialize_tuple<V: de::Visitor<'de>>(
        self,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: de::Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match &self.node.kind {
            Kind::Map(entries) => visitor
                .visit_map(MapAccess::new(self, entries.iter().collect()))
                .map_err(|e| self.record(e)),
            _ => Err(self.wrong_type(&crate::tr!("type.mapping"))),
        }
    }

    /// Reports every unknown key (with the valid ones) and hands the rest to the visitor.
    fn deserialize_struct<V: de::Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let Kind::Map(entries) = &self.node.kind else {
            // A struct named `Name+key` may be written as the value of its `key` alone:
            // `- rite: anthem` for `- rite: { rite: anthem }`.
            if let Some((_, key)) = name.split_once('+')
                && !self.node.is_null()
            {
                let entry = (
                    Node {
                        kind: Kind::Scalar {
                            text: key.to_string(),
                            plain: true,
                        },
                        span: self.node.span,
                    },
                    self.node.clone(),
                );
                return visitor
                    .visit_map(MapAccess::new(self, vec![&entry]))
                    .map_err(|e| self.record(e));
            }
            return Err(self.wrong_type(&crate::tr!("type.mapping")));
        };
        let mut known = Vec::with_capacity(entries.len());
        for entry @ (key, _) in entries {
            match &key.kind {
                Kind::Scalar { text, .. } if fields.contains(&text.as_str()) => known.push(entry),
                _ => self.push(
                    key.span,
                    ProblemKind::UnknownKey {
                        key: key_text(key),
                        expected: fields,
                    },
                ),
            }
        }
        visitor
            .visit_map(MapAccess::new(self, known))
            .map_err(|e| self.record(e))
    }

    /// An enum is a word (`adjourn`), or a mapping of one key, the variant, to its value
    /// (`- invite: { who: li }`). A word stands for a variant whose value has only defaults.
    fn deserialize_enum<V: de::Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        let result = match &self.node.kind {
            Kind::Scalar { .. } => match self.text() {
                Some(text) => visitor.visit_enum(Variant {
                    de: self,
                    name: text,
                    value: None,
                }),
                None => return Err(self.wrong_type(&crate::tr!("type.word"))),
            },
            Kind::Map(entries) if entries.len() == 1 => {
                let (key, value) = &entries[0];
                let Kind::Scalar { text, .. } = &key.kind else {
                    return Err(self.wrong_type(&crate::tr!("type.word")));
                };
                let key_de = De { node: key, ..self };
                return visitor
                    .visit_enum(Variant {
                        de: key_de,
                        name: text,
                        value: Some(value),
                    })
                    .map_err(|e| key_de.record(e));
            }
            Kind::Map(_) => {
                return Err(self.wrong_type(&crate::tr!("type.word-or-mapping")));
            }
            _ => return Err(self.wrong_type(&crate::tr!("type.word"))),
        };
        result.map_err(|e| self.record(e))
    }

    fn deserialize_identifier<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }
}

struct SeqAccess<'a> {
    de: De<'a>,
    items: std::slice::Iter<'a, Node>,
    index: usize,
}

impl<'a> SeqAccess<'a> {
    fn new(de: De<'a>, items: &'a [Node]) -> Self {
        SeqAccess {
            de,
            items: items.iter(),
            index: 0,
        }
    }
}

impl<'de> de::SeqAccess<'de> for SeqAccess<'_> {
    type Error = DeError;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        let Some(node) = self.items.next() else {
            return Ok(None);
        };
        let path = Path::Index(self.de.path, self.index);
        self.index += 1;
        seed.deserialize(De {
            node,
            path: &path,
            sink: self.de.sink,
        })
        .map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// The name [`MapOrSeq`] asks for, to be told the node's shape before it is read.
const MAP_OR_SEQ: &str = "emcee::MapOrSeq";

/// A value written as a mapping (`M`) or as a list (`S`), each read by this deserializer (so
/// every unknown key is reported, which serde's own map deserializer would stop at).
#[derive(Debug)]
pub enum MapOrSeq<M, S> {
    Map(M),
    Seq(S),
}

impl<'de, M: de::Deserialize<'de>, S: de::Deserialize<'de>> de::Deserialize<'de>
    for MapOrSeq<M, S>
{
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Pair<M, S>(std::marker::PhantomData<(M, S)>);
        impl<'de, M: de::Deserialize<'de>, S: de::Deserialize<'de>> de::Visitor<'de> for Pair<M, S> {
            type Value = MapOrSeq<M, S>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&crate::tr!("type.mapping-or-list"))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let shape: String = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::custom("no shape"))?;
                let missing = || de::Error::custom("no value");
                if shape == "map" {
                    Ok(MapOrSeq::Map(seq.next_element()?.ok_or_else(missing)?))
                } else {
                    Ok(MapOrSeq::Seq(seq.next_element()?.ok_or_else(missing)?))
                }
            }
        }
        deserializer.deserialize_newtype_struct(MAP_OR_SEQ, Pair(std::marker::PhantomData))
    }
}

/// Tells a [`MapOrSeq`] the node's shape (`map` or `seq`), then hands it the node.
struct Shape<'a> {
    de: De<'a>,
    told: bool,
}

impl<'de> de::SeqAccess<'de> for Shape<'_> {
    type Error = DeError;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        if self.told {
            return seed.deserialize(self.de).map(Some);
        }
        self.told = true;
        let shape = match &self.de.node.kind {
            Kind::Map(_) => "map",
            Kind::Seq(_) => "seq",
            _ => return Err(self.de.wrong_type(&crate::tr!("type.mapping-or-moves"))),
        };
        let shape: de::value::StrDeserializer<'_, DeError> = shape.into_deserializer();
        seed.deserialize(shape).map(Some)
    }
}

/// One variant of an enum: its name, and the node of its value when it has one.
struct Variant<'a> {
    de: De<'a>,
    name: &'a str,
    value: Option<&'a Node>,
}

impl<'de, 'a> de::EnumAccess<'de> for Variant<'a> {
    type Error = DeError;
    type Variant = Self;

    fn variant_seed<S: de::DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self), DeError> {
        let name: de::value::StrDeserializer<'_, DeError> = self.name.into_deserializer();
        seed.deserialize(name).map(|v| (v, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        match self.value {
            None => Ok(()),
            Some(node) => match node.resolved() {
                Some(Resolved::Null) => Ok(()),
                _ => Err(DeError::new(ProblemKind::Other(crate::tr!(
                    "variant.takes-no-value",
                    name = self.name
                )))),
            },
        }
    }

    fn newtype_variant_seed<S: de::DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<S::Value, DeError> {
        match self.value {
            // A bare word: its value is an empty mapping, so that every key takes its default.
            None => seed.deserialize(de::value::MapDeserializer::<
                std::iter::Empty<(&str, &str)>,
                DeError,
            >::new(std::iter::empty())),
            Some(node) => {
                let path = Path::Key(self.de.path, self.name);
                seed.deserialize(De {
                    node,
                    path: &path,
                    sink: self.de.sink,
                })
            }
        }
    }

    fn tuple_variant<V: de::Visitor<'de>>(
        self,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value, DeError> {
        Err(DeError::new(ProblemKind::Other(
            "tuple variants are not supported".into(),
        )))
    }

    fn struct_variant<V: de::Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, DeError> {
        Err(DeError::new(ProblemKind::Other(
            "struct variants are not supported".into(),
        )))
    }
}

struct MapAccess<'a> {
    de: De<'a>,
    entries: std::vec::IntoIter<&'a (Node, Node)>,
    value: Option<(&'a Node, &'a Node)>,
}

impl<'a> MapAccess<'a> {
    fn new(de: De<'a>, entries: Vec<&'a (Node, Node)>) -> Self {
        MapAccess {
            de,
            entries: entries.into_iter(),
            value: None,
        }
    }
}

impl<'de> de::MapAccess<'de> for MapAccess<'_> {
    type Error = DeError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let Some((key, value)) = self.entries.next() else {
            return Ok(None);
        };
        self.value = Some((key, value));
        let key_de = De {
            node: key,
            path: self.de.path,
            sink: self.de.sink,
        };
        seed.deserialize(key_de).map(Some)
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, DeError> {
        let (key, value) = self
            .value
            .take()
            .ok_or_else(|| DeError::new(ProblemKind::Other("value before key".into())))?;
        let name = key_text(key);
        let path = Path::Key(self.de.path, &name);
        seed.deserialize(De {
            node: value,
            path: &path,
            sink: self.de.sink,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[test]
    fn the_tree_holds_no_room_to_grow() {
        // It is held while the agenda renders: a large agenda's maps of two keys once took
        // room for four.
        fn snug(node: &Node) -> bool {
            match &node.kind {
                Kind::Scalar { .. } => true,
                Kind::Seq(items) => items.capacity() == items.len() && items.iter().all(snug),
                Kind::Map(entries) => {
                    entries.capacity() == entries.len()
                        && entries.iter().all(|(k, v)| snug(k) && snug(v))
                }
            }
        }
        let (root, _) = parse(
            "agenda:\n  - {who: z, does: 讲话}\n  - who: z\n    does: 发言\n    what: [a, b, c]\n",
        )
        .unwrap();
        assert!(snug(&root), "{root:?}");
    }

    #[test]
    fn repeated_keys_are_found_in_linear_time() {
        let n = 40_000;
        let mut text: String = (0..n).map(|i| format!("p{i}: 1\n")).collect();
        text.push_str("p7: 2\n");
        let started = std::time::Instant::now();
        let (_, problems) = parse(&text).unwrap();
        // Each key compared with every one before took seconds; a table, milliseconds.
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
        assert_eq!(problems.len(), 1);
        assert!(matches!(
            &problems[0].kind,
            ProblemKind::DuplicateKey { key, first_line: 8 } if key == "p7"
        ));
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Person {
        name: String,
        #[serde(default)]
        age: Option<u32>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        people: Vec<Checked<Person>>,
        title: String,
    }

    fn load<T: DeserializeOwned>(text: &str) -> (Option<T>, Vec<Problem>) {
        let (node, dup) = parse(text).expect("syntax");
        assert!(dup.is_empty());
        from_node(&node)
    }

    #[test]
    fn scalars_resolve_like_yaml_core() {
        assert_eq!(resolve("~", true), Resolved::Null);
        assert_eq!(resolve("42", true), Resolved::Int(42));
        assert_eq!(resolve("-1.5e3", true), Resolved::Float(-1500.0));
        assert_eq!(resolve("42", false), Resolved::Str("42"));
        assert_eq!(resolve("yes", true), Resolved::Str("yes"));
        assert_eq!(resolve("1.2.3", true), Resolved::Str("1.2.3"));
    }

    #[test]
    fn every_bad_element_is_reported_with_its_place() {
        let text = "people:\n  - { name: A, agee: 3 }\n  - name: [x]\n  - { name: B }\ntitle: T\nextra: 1\n";
        let (doc, problems): (Option<Doc>, _) = load(text);
        let doc = doc.expect("the document still has a shape");
        assert_eq!(doc.title, "T");
        assert_eq!(doc.people.len(), 3);
        assert_eq!(
            doc.people[2],
            Checked::Valid(Person {
                name: "B".into(),
                age: None
            })
        );
        let summary: Vec<_> = problems
            .iter()
            .map(|p| (p.span.line, p.span.column, p.path.as_str()))
            .collect();
        assert_eq!(
            summary,
            vec![(2, 16, "people[0]"), (3, 11, "people[1].name"), (6, 1, "")]
        );
    }

    #[test]
    fn missing_keys_point_at_the_mapping() {
        let (_, problems): (Option<Person>, _) = load("age: 3\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].kind, ProblemKind::MissingKey { key: "name" });
    }

    #[test]
    fn paths_locate_values() {
        let (root, _) = parse("a:\n  - x\n  - b: [1, 2]\n").unwrap();
        let span = locate(&root, "a[1].b[1]").unwrap();
        assert_eq!((span.line, span.column), (3, 12));
        assert!(locate(&root, "a[5]").is_none());
        assert!(locate(&root, "zzz").is_none());
    }

    #[test]
    fn duplicate_keys_are_reported() {
        let (_, dup) = parse("a: 1\nb: 2\na: 3\n").unwrap();
        assert_eq!(dup.len(), 1);
        assert_eq!(dup[0].span.line, 3);
    }

    #[test]
    fn alias_bombs_are_refused() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..10 {
            let prev = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"
            ));
        }
        let err = parse(&text).unwrap_err();
        assert_eq!(err.kind, ProblemKind::TooLarge);
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&text).unwrap_err().kind, ProblemKind::TooDeep);
        // Far deeper input is refused by the parser itself, as a syntax error.
        let text = "[".repeat(100_000);
        assert!(matches!(
            parse(&text).unwrap_err().kind,
            ProblemKind::Syntax(_)
        ));
    }
}
