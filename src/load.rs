//! Reads an agenda file (or standard input) and parses it into the raw serde types, with every
//! problem of the file's shape collected as a diagnostic. The file is only ever read.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, closest, english_key, is_glued_key};
use crate::extend;
use crate::ime;
use crate::library::Library;
use crate::raw;
use crate::yaml::{self, Node, Problem, ProblemKind};

/// Agenda files larger than this are refused without being read.
pub const MAX_BYTES: u64 = 8 * 1024 * 1024;

/// An agenda's text and the name to show for it in messages.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: String,
    /// The file it was read from; `None` for standard input.
    pub path: Option<std::path::PathBuf>,
    /// The encoding it was read from, when it was not UTF-8.
    pub encoding: Option<&'static str>,
}

impl Source {
    /// Where a file this one names by `path` is: beside it, or in the working folder for
    /// standard input.
    pub fn beside(&self, path: &str) -> PathBuf {
        let folder = self.path.as_deref().and_then(Path::parent);
        folder.unwrap_or(Path::new("")).join(path)
    }
}

/// Why a source could not be read at all.
#[derive(Debug)]
pub struct ReadError {
    pub name: String,
    pub diagnostic: Box<Diagnostic>,
}

/// Reads `path`, or standard input when it is `-`.
pub fn read(path: &Path) -> Result<Source, ReadError> {
    let name = path.display().to_string();
    let fail = |d: Diagnostic| ReadError {
        name: name.clone(),
        diagnostic: Box::new(d),
    };
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| fail(Diagnostic::error(crate::tr!("load.stdin", reason = e))))?;
        bytes
    } else {
        let meta = std::fs::metadata(path).map_err(|e| {
            let d = Diagnostic::error(crate::tr!(
                "load.cannot-read",
                name = name,
                reason = io_reason(&e)
            ));
            fail(if e.kind() == std::io::ErrorKind::NotFound {
                d.help(crate::tr!("load.not-found.help"))
            } else {
                d
            })
        })?;
        if meta.is_dir() {
            return Err(fail(
                Diagnostic::error(crate::tr!("load.folder", name = name))
                    .help(crate::tr!("load.folder.help", name = name)),
            ));
        }
        if meta.len() > MAX_BYTES {
            return Err(fail(too_large(meta.len())));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| {
                fail(Diagnostic::error(crate::tr!(
                    "load.cannot-read",
                    name = name,
                    reason = io_reason(&e)
                )))
            })?;
        bytes
    };
    if bytes.len() as u64 > MAX_BYTES {
        return Err(fail(too_large(bytes.len() as u64)));
    }
    let (text, encoding) = decode(bytes).map_err(|d| fail(*d))?;
    let path = (path != Path::new("-")).then(|| path.to_path_buf());
    Ok(Source {
        name,
        text,
        path,
        encoding,
    })
}

/// Reads a file an agenda names (a template it extends, its roster, a speech): only a regular
/// file, never a FIFO or a device, which could hang the run or never end.
pub fn read_file(path: &Path) -> Result<Source, ReadError> {
    if let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
        && !meta.is_dir()
    {
        let name = path.display().to_string();
        return Err(ReadError {
            diagnostic: Box::new(Diagnostic::error(crate::tr!(
                "load.not-regular",
                name = name
            ))),
            name,
        });
    }
    read(path)
}

fn too_large(len: u64) -> Diagnostic {
    Diagnostic::error(crate::tr!(
        "load.too-large",
        size = len.div_ceil(1024 * 1024),
        limit = MAX_BYTES / 1024 / 1024
    ))
    .help(crate::tr!("load.too-large.help"))
}

/// The operating system's reason without its error number; the commonest two in the language
/// of messages.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => return crate::tr!("io.not-found"),
        std::io::ErrorKind::PermissionDenied => return crate::tr!("io.permission-denied"),
        _ => {}
    }
    let text = e.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The text of a file: UTF-8 (a byte-order mark is dropped), or UTF-16 with a byte-order
/// mark, or GB18030/GBK as Chinese Windows saves it; these two are read with a note saying so.
/// Binary data and anything else are refused with the byte offset of the first bad byte.
fn decode(bytes: Vec<u8>) -> Result<(String, Option<&'static str>), Box<Diagnostic>> {
    let refuse = |d: Diagnostic| Err(Box::new(d));
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(&bytes) {
        if encoding == encoding_rs::UTF_8 {
            return decode(bytes[bom..].to_vec());
        }
        let (text, _, had_errors) = encoding.decode(&bytes);
        if had_errors {
            return refuse(
                Diagnostic::error(crate::tr!("load.bad-bom", encoding = encoding.name()))
                    .help(crate::tr!("load.save-utf8")),
            );
        }
        return Ok((text.into_owned(), Some("UTF-16")));
    }
    if let Some(offset) = bytes.iter().position(|b| *b == 0) {
        return refuse(
            Diagnostic::error(crate::tr!("load.binary", offset = offset))
                .help(crate::tr!("load.binary.help")),
        );
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((text, None)),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // Text that is mostly UTF-8 (more Chinese characters written in UTF-8 than bad
            // sequences) had a character cut or garbled; read as GBK it would all be wrong.
            let (mut good, mut bad) = (0, 0);
            for chunk in bytes.utf8_chunks() {
                good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
                bad += usize::from(!chunk.invalid().is_empty());
            }
            if good > bad {
                let line = bytes[..offset].iter().filter(|b| **b == b'\n').count() + 1;
                let start = bytes[..offset]
                    .iter()
                    .rposition(|b| *b == b'\n')
                    .map_or(0, |i| i + 1);
                let column = String::from_utf8_lossy(&bytes[start..offset])
                    .chars()
                    .count()
                    + 1;
                return refuse(
                    Diagnostic::error(crate::tr!(
                        "load.bad-byte",
                        line = line,
                        column = column,
                        offset = offset
                    ))
                    .help(crate::tr!("load.bad-byte.help")),
                );
            }
            match encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(&bytes) {
                Some(text) => Ok((text.into_owned(), Some("GB18030 (GBK)"))),
                None => refuse(
                    Diagnostic::error(crate::tr!("load.not-text", offset = offset))
                        .help(crate::tr!("load.not-text.help")),
                ),
            }
        }
    }
}

/// A file parsed as far as its shape allows, with the problems found on the way.
#[derive(Debug)]
pub struct Parsed<T = raw::Agenda> {
    /// The YAML tree, for pointing at places; `None` after a syntax error.
    pub root: Option<Node>,
    /// The raw agenda (or roster), if the document had its shape at all.
    pub raw: Option<T>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses an agenda, laid over the templates it extends. The templates' texts are appended
/// to `sources` (whose first is the agenda): spans and diagnostics point into them.
pub fn parse(source: &Source, library: &Library, sources: &mut Vec<Source>) -> Parsed {
    let (root, duplicates) = match yaml::parse(&source.text) {
        Ok(parsed) => parsed,
        Err(problem) => return failed(syntax(&source.text, problem)),
    };
    let slips = ime::in_tree(&source.text, &root);
    if !slips.is_empty() {
        return failed(slips);
    }
    if root.is_null() {
        return failed(vec![empty(crate::tr!("load.empty-agenda"))]);
    }
    if let Some(kind) = companion_kind(&root) {
        return failed(vec![
            Diagnostic::error(crate::tr!("load.companion", kind = kind))
                .help(crate::tr!("load.companion.help")),
        ]);
    }
    let resolved = extend::resolve(root, source, library, sources);
    let mut diagnostics: Vec<Diagnostic> = duplicates.into_iter().map(Into::into).collect();
    diagnostics.extend(resolved.problems.into_iter().map(Diagnostic::from));
    if !resolved.complete {
        return Parsed {
            root: Some(resolved.root),
            raw: None,
            diagnostics,
        };
    }
    let mut parsed = parse_tree::<raw::Agenda>(resolved.root);
    if chinese_sections(parsed.root.as_ref()) {
        // `会议:` for `meeting:`: its section is told once, not again as missing.
        parsed.raw = None;
    }
    diagnostics.append(&mut parsed.diagnostics);
    parsed.diagnostics = diagnostics;
    parsed
}

/// Whether a section of the agenda is written under its Chinese name (`会议:`).
fn chinese_sections(root: Option<&Node>) -> bool {
    const SECTIONS: &[&str] = &["meeting", "people", "host", "opening", "agenda", "closing"];
    let Some(yaml::Kind::Map(entries)) = root.map(|r| &r.kind) else {
        return false;
    };
    entries
        .iter()
        .any(|(k, _)| k.text().is_some_and(|k| english_key(k, SECTIONS).is_some()))
}

/// What a file that an agenda names looks like: a roster (only `people:`) or a speech or
/// report (only `text:`).
fn companion_kind(root: &Node) -> Option<String> {
    let yaml::Kind::Map(entries) = &root.kind else {
        return None;
    };
    match entries
        .iter()
        .map(|(k, _)| k.text())
        .collect::<Vec<_>>()
        .as_slice()
    {
        [Some("people")] => Some(crate::tr!("load.roster-file")),
        [Some("text")] => Some(crate::tr!("load.text-file")),
        _ => None,
    }
}

/// A syntax error, told as the input-method slips that caused it when there are any.
fn syntax(text: &str, problem: Problem) -> Vec<Diagnostic> {
    ime::explain(text, &problem).unwrap_or_else(|| vec![problem.into()])
}

fn failed<T>(diagnostics: Vec<Diagnostic>) -> Parsed<T> {
    Parsed {
        root: None,
        raw: None,
        diagnostics,
    }
}

fn empty(message: String) -> Diagnostic {
    Diagnostic::error(message).help(crate::tr!("load.empty.help"))
}

/// Reads and parses the roster file an agenda names, relative to the agenda's folder, as source
/// number `index`.
pub fn roster(
    agenda: &Source,
    path: &str,
    index: u16,
) -> Result<(Source, Parsed<raw::Roster>), ReadError> {
    companion(
        agenda,
        path,
        index,
        ("people", &crate::tr!("load.a-roster")),
    )
}

/// Reads and parses a speech or report kept in a file of its own, as source number `index`.
pub fn text_file(
    agenda: &Source,
    path: &str,
    index: u16,
) -> Result<(Source, Parsed<raw::TextFile>), ReadError> {
    companion(
        agenda,
        path,
        index,
        ("text", &crate::tr!("load.a-text-file")),
    )
}

/// Reads and parses a file an agenda names, relative to the agenda's folder: `(key, what)`
/// is the one key it holds and what it is called. A file without that key at the start of
/// a line is refused whole, its lines never shown (`people: /etc/passwd`).
fn companion<T: serde::de::DeserializeOwned>(
    agenda: &Source,
    path: &str,
    index: u16,
    (key, what): (&'static str, &str),
) -> Result<(Source, Parsed<T>), ReadError> {
    let source = read_file(&agenda.beside(path))?;
    if !source.text.trim().is_empty() && !has_key_line(&source.text, key) {
        return Err(ReadError {
            diagnostic: Box::new(Diagnostic::error(crate::tr!(
                "load.no-key-line",
                key = key,
                what = what
            ))),
            name: source.name,
        });
    }
    let parsed = match yaml::parse_source(&source.text, index) {
        Ok((root, _)) if root.is_null() => failed(vec![empty(crate::tr!("load.empty-file"))]),
        Ok((root, _)) if !ime::in_tree(&source.text, &root).is_empty() => {
            failed(ime::in_tree(&source.text, &root))
        }
        Ok((root, duplicates)) => {
            let mut parsed = parse_tree(root);
            let mut diagnostics: Vec<Diagnostic> = duplicates.into_iter().map(Into::into).collect();
            diagnostics.append(&mut parsed.diagnostics);
            parsed.diagnostics = diagnostics;
            parsed
        }
        Err(problem) => failed(syntax(&source.text, problem)),
    };
    Ok((source, parsed))
}

/// Whether a line starts with `key` as a key, as typed or slipped (`people：`, `peple:`,
/// `人员:`).
fn has_key_line(text: &str, key: &'static str) -> bool {
    text.lines().any(|line| {
        let word: String = line
            .trim_start_matches(['\u{feff}', ' ', '"', '\''])
            .chars()
            .take_while(|c| !matches!(c, ':' | '：' | ' ' | '\t' | '\u{3000}' | '"' | '\''))
            .collect();
        !word.is_empty()
            && (word == key
                || english_key(&word, &[key]).is_some()
                || closest(&word, [key]).is_some())
    })
}

/// Deserializes a parsed tree into the raw types.
fn parse_tree<T: serde::de::DeserializeOwned>(root: Node) -> Parsed<T> {
    let (raw, problems) = yaml::from_node::<T>(&root);
    // `{ who：dep }`: the key is told as typed, not again as missing.
    let glued = problems.iter().any(|p| {
        matches!(&p.kind, ProblemKind::UnknownKey { key, expected } if is_glued_key(key, expected))
    });
    Parsed {
        raw: raw.filter(|_| !glued),
        diagnostics: without_echoes(problems)
            .into_iter()
            .map(Diagnostic::from)
            .collect(),
        root: Some(root),
    }
}

/// Drops "missing key `title`" where the same mapping has an unknown key `titel` that is the
/// likely typo for it: one mistake, one message.
fn without_echoes(problems: Vec<Problem>) -> Vec<Problem> {
    let typos: Vec<(String, &str)> = problems
        .iter()
        .filter_map(|p| match &p.kind {
            ProblemKind::UnknownKey { key, expected } => english_key(key, expected)
                .or_else(|| {
                    let name = key.split([':', '：']).next().unwrap_or_default();
                    expected.iter().copied().find(|k| *k == name)
                })
                .or_else(|| closest(key, expected.iter().copied()))
                .map(|near| (p.path.clone(), near)),
            _ => None,
        })
        .collect();
    problems
        .iter()
        .filter(|p| match &p.kind {
            ProblemKind::MissingKey { key } => !typos
                .iter()
                .any(|(path, near)| *path == p.path && near == key),
            _ => true,
        })
        .cloned()
        .collect()
}
