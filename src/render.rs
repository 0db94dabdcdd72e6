//! Renders a plan through the script templates (minijinja). Owns where templates come from: the
//! built-in ones embedded from `scripts/` at build time, overridden file by file by a `scripts/`
//! folder in the current directory or by `--scripts DIR`. Templates see only the plan and the
//! filters registered here; undefined values are errors, never silent blanks.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use anyhow::{Result, anyhow};
use include_dir::{Dir, include_dir};
use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Serde, Value};
use minijinja::{Environment, UndefinedBehavior, context};
use unicode_width::UnicodeWidthStr;

use crate::document::{DIRECTION, LABEL};
use crate::plan::Plan;
use crate::schedule::HostLines;

mod budget;
use budget::Template;

static BUILT_IN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/scripts");

/// Where to look for templates before the built-in ones, first match wins. A template found in
/// a folder must really be inside it, by its real path: links included.
#[derive(Debug, Clone, Default)]
pub struct TemplateDirs {
    pub dirs: Vec<PathBuf>,
}

impl TemplateDirs {
    /// `--scripts DIR` if given (it must exist), then the `scripts` folder beside the agenda
    /// (`beside` is the agenda's folder; the working folder for standard input) if it exists.
    pub fn standard(explicit: Option<&Path>, beside: Option<&Path>) -> Result<Self> {
        let mut dirs = Vec::new();
        if let Some(dir) = explicit {
            match dir.canonicalize() {
                Ok(real) if real.is_dir() => dirs.push(dir.to_path_buf()),
                Ok(_) => anyhow::bail!(crate::tr!("scripts.not-folder", dir = dir.display())),
                Err(_) => anyhow::bail!(crate::diagnostic::with_help(
                    crate::tr!("scripts.missing", dir = dir.display()),
                    crate::tr!("scripts.missing.help")
                )),
            }
        }
        let local = match beside {
            Some(folder) if !folder.as_os_str().is_empty() => folder.join("scripts"),
            _ => PathBuf::from("scripts"),
        };
        if local.is_dir() && !dirs.contains(&local) {
            dirs.push(local);
        }
        Ok(TemplateDirs { dirs })
    }
}

/// A template name is a relative path of plain segments: no `..`, no absolute paths, no
/// hidden files, no backslashes.
fn is_safe_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && name
            .split('/')
            .all(|seg| !seg.is_empty() && !seg.starts_with('.'))
}

fn load_template(dirs: &[PathBuf], name: &str) -> Result<Option<String>, minijinja::Error> {
    let refuse = |message: String| {
        Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            message,
        ))
    };
    if !is_safe_name(name) {
        return Err(minijinja::Error::new(
            minijinja::ErrorKind::TemplateNotFound,
            format!(
                "`{name}` is not an allowed template name (use a relative path inside the template folder)"
            ),
        ));
    }
    for dir in dirs {
        let path = dir.join(name);
        if path.symlink_metadata().is_err() {
            continue;
        }
        let Ok(real_dir) = dir.canonicalize() else {
            continue;
        };
        // By real path: a link (to the file or to a folder on the way) may not lead out.
        let real = match path.canonicalize() {
            Ok(real) if real.starts_with(&real_dir) => real,
            Ok(_) => {
                return refuse(format!(
                    "the template `{name}` in `{}` is a link that leads outside that folder; templates are read only from inside it",
                    dir.display()
                ));
            }
            Err(_) => {
                return refuse(format!(
                    "the template `{name}` in `{}` is a link to nothing",
                    dir.display()
                ));
            }
        };
        match std::fs::metadata(&real) {
            Ok(meta) if meta.is_dir() => continue,
            Ok(meta) if meta.is_file() => {}
            _ => {
                return refuse(format!(
                    "the template `{name}` in `{}` is not a regular file",
                    dir.display()
                ));
            }
        }
        return std::fs::read_to_string(&real).map(Some).map_err(|e| {
            minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                format!(
                    "cannot read template `{}`: {}",
                    path.display(),
                    crate::write::reason(&e)
                ),
            )
        });
    }
    Ok(BUILT_IN
        .get_file(name)
        .and_then(|f| f.contents_utf8())
        .map(str::to_string))
}

fn environment(dirs: &TemplateDirs) -> Environment<'static> {
    let mut env = Environment::new();
    let syntax = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
        .expect("the default delimiters are valid");
    env.set_syntax(syntax);
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_debug(true);
    let search = dirs.dirs.clone();
    env.set_loader(move |name| load_template(&search, name));
    env.add_filter("bare", bare);
    env.add_filter("sentence", sentence);
    env.add_filter("clip", clip);
    env.add_filter("closed", closed);
    env.add_filter("capitalize_first", capitalize_first);
    env.add_filter("zh_ordinal", |n: usize| crate::numerals::ordinal(n));
    env.add_filter("zh_count", |n: usize| crate::numerals::count(n));
    env.add_filter("en_ordinal", |n: usize| crate::numerals::english_ordinal(n));
    env.add_filter("en_count", |n: usize| crate::numerals::english_count(n));
    env.add_function("direction", |text: &str| marked(text, DIRECTION));
    env.add_function("label", |text: &str| marked(text, LABEL));
    env
}

/// Renders plans through one set of templates.
pub struct Renderer {
    /// Locked for a render, whose fuel is set by the size of the plan.
    env: Mutex<Environment<'static>>,
    /// The folders templates are looked up in, for the data files beside them (`kinds.yaml`).
    dirs: Vec<PathBuf>,
}

/// Renders each part of the meeting through the language's macros, each part after a line
/// holding only U+001E, so that the host's lines can be measured part by part.
const MEASURE: &str = "{% import language ~ '/parts.txt.j2' as p %}\
{{ p.opening(meeting, items, item_count, host, hosts, opening_moves) }}\n\u{1e}\n\
{% for item in items %}{{ p.item(item, meeting, items, item_count, hosts, texts, refs) }}\n\u{1e}\n{% endfor %}\
{{ p.closing(closing, meeting, items, item_count, host, hosts) }}";

impl Renderer {
    /// The environment, locked for a render (its fuel is set for each).
    fn env(&self) -> MutexGuard<'_, Environment<'static>> {
        self.env.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn new(dirs: &TemplateDirs) -> Self {
        Renderer {
            env: Mutex::new(environment(dirs)),
            dirs: dirs.dirs.clone(),
        }
    }

    /// Renders `template` (like `zh-CN/script.txt.j2`) for `plan`, telling it the output
    /// `format` (`txt`, `md`, `html`, `docx`). The result is the document's markup (see
    /// [`crate::document`]).
    pub fn render(
        &self,
        plan: &Plan,
        template: &str,
        format: &str,
        text: Option<&crate::plan::Text>,
    ) -> Result<String> {
        let ctx = context! { format => format, text => Value::from(Serde(text)), ..Value::from(Serde(plan)) };
        budget::render(&mut self.env(), Template::Named(template), ctx)
    }

    /// Renders a template that lays out a finished document in a file format (like
    /// `html/document.html.j2`) with `ctx`. Its fuel and output grow with the size of `ctx`,
    /// whatever `_parts` says.
    pub fn layout<S: serde::Serialize>(
        &self,
        template: &str,
        ctx: &S,
        _parts: usize,
    ) -> Result<String> {
        budget::render(
            &mut self.env(),
            Template::Named(template),
            Value::from(Serde(ctx)),
        )
    }

    /// The kinds of event of a language and their words, from its `kinds.yaml`.
    pub fn kinds(&self, language: &str) -> Result<crate::validate::Kinds> {
        let name = format!("{language}/kinds.yaml");
        // Read as data, by the templates' own lookup, never compiled as a template.
        let source = load_template(&self.dirs, &name)
            .map_err(template_error)?
            .ok_or_else(|| anyhow::anyhow!(crate::tr!("vocabulary.missing", name = name)))?;
        let broken = |what: String| {
            anyhow::anyhow!(crate::tr!("vocabulary.broken", name = name, what = what))
        };
        let (root, _) = crate::yaml::parse(&source).map_err(|p| broken(format!("{p:?}")))?;
        let (kinds, problems) = crate::yaml::from_node(&root);
        match (kinds, problems.first()) {
            (Some(kinds), None) => Ok(kinds),
            (_, Some(p)) => Err(broken(format!("{p:?}"))),
            (None, None) => Err(broken("not a mapping of kinds".into())),
        }
    }

    /// The host's own lines for the opening, each item and the closing: their markup, rendered
    /// once for the script, and what the host reads of them, to time it.
    pub fn host_lines(&self, plan: &Plan) -> Result<HostLines> {
        let ctx = context! { format => "txt", ..Value::from(Serde(plan)) };
        let parts = format!("{}/parts.txt.j2", plan.language);
        let measure = Template::Text {
            name: &parts,
            label: "<the script's parts>",
            source: MEASURE,
        };
        let out = budget::render(&mut self.env(), measure, ctx)?;
        let (opening, items, closing) = split_parts(&out);
        let markup = crate::plan::ScriptParts {
            opening: opening.to_string(),
            items: items.iter().map(|s| s.to_string()).collect(),
            closing: closing.to_string(),
        };
        // What the host reads: no markup, no stage directions.
        let read = crate::format::text::write(&out, false);
        let (opening, items, closing) = split_parts(&read);
        Ok(HostLines {
            opening: opening.to_string(),
            items: items.iter().map(|s| s.to_string()).collect(),
            closing: closing.to_string(),
            markup,
        })
    }
}

/// The opening, the items and the closing of an output of `MEASURE`, each between lines
/// holding only U+001E.
fn split_parts(out: &str) -> (&str, Vec<&str>, &str) {
    let mut parts: Vec<&str> = out
        .split('\u{1e}')
        .map(|p| p.strip_prefix('\n').unwrap_or(p))
        .map(|p| p.strip_suffix('\n').unwrap_or(p))
        .collect();
    let closing = parts.pop().unwrap_or_default();
    let opening = if parts.is_empty() {
        ""
    } else {
        parts.remove(0)
    };
    (opening, parts, closing)
}

pub(crate) fn template_error(err: minijinja::Error) -> anyhow::Error {
    let mut message = format!("{err}");
    if let Some(info) = err.display_debug_info().to_string().lines().next()
        && !info.is_empty()
        && !message.contains(info)
    {
        message.push('\n');
        message.push_str(info);
    }
    if err.kind() == minijinja::ErrorKind::OutOfFuel {
        message.push_str(&budget::out_of_fuel_help());
    }
    anyhow!(message).context(crate::tr!("template.failed"))
}

/// Punctuation that ends a sentence or a clause, full-width and ASCII.
const CLAUSE_END: &[char] = &['，', '、', '；', '：', ',', ';', ':'];
const SENTENCE_END: &[char] = &['。', '！', '？', '…', '.', '!', '?'];

/// The text without punctuation at its end, for joining it into a longer sentence. An
/// ellipsis stays: it stands for words left out (……, a motion to …), not for an ending.
fn bare(text: &str) -> String {
    let text = text.trim();
    let stripped = text.trim_end_matches(|c| CLAUSE_END.contains(&c) || SENTENCE_END.contains(&c));
    let dots = text[stripped.len()..]
        .find(['…', '.'])
        .filter(|_| text.ends_with('…') || text.ends_with("..."));
    match dots {
        Some(_) => text
            .trim_end_matches(|c| CLAUSE_END.contains(&c))
            .to_string(),
        None => stripped.to_string(),
    }
}

/// The text ended as a sentence with `mark` (。 by default), unless it already ends with a
/// sentence mark of its own (！, ？, …).
fn sentence(text: &str, mark: Option<&str>) -> String {
    let text = text.trim().trim_end_matches(|c| CLAUSE_END.contains(&c));
    if text.ends_with(SENTENCE_END) {
        text.to_string()
    } else {
        format!("{text}{}", mark.unwrap_or("。"))
    }
}

fn marked(text: &str, (open, close): (char, char)) -> String {
    format!("{open}{text}{close}")
}

/// The text as written when it already ends with punctuation, else ended with `mark`: for
/// points that run on inline (……；二是……。), where the writer's own punctuation stands.
fn closed(text: &str, mark: &str) -> String {
    let text = text.trim();
    if text.ends_with(CLAUSE_END) || text.ends_with(SENTENCE_END) {
        text.to_string()
    } else {
        format!("{text}{mark}")
    }
}

/// The text with its first letter capitalised and the rest as written (the secretary → The
/// secretary), unlike `capitalize`, which lowers the rest.
fn capitalize_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The text cut to `width` display columns (a Chinese character is two), with … when cut.
fn clip(text: &str, width: usize) -> String {
    if UnicodeWidthStr::width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_stay_inside_the_folder() {
        assert!(is_safe_name("zh-CN/script.txt.j2"));
        assert!(!is_safe_name("../secret"));
        assert!(!is_safe_name("/etc/passwd"));
        assert!(!is_safe_name("zh-CN/../../x"));
        assert!(!is_safe_name(".hidden"));
        assert!(!is_safe_name("a\\b"));
        assert!(!is_safe_name(""));
    }

    #[test]
    fn punctuation_filters_join_clauses_cleanly() {
        assert_eq!(bare("各位领导，同志们："), "各位领导，同志们");
        assert_eq!(bare("推动落实。"), "推动落实");
        assert_eq!(sentence("推动落实", None), "推动落实。");
        assert_eq!(sentence("推动落实；", None), "推动落实。");
        assert_eq!(sentence("谢谢大家！", None), "谢谢大家！");
        assert_eq!(sentence("Thank you", Some(".")), "Thank you.");
        assert_eq!(closed("学得好；", "。"), "学得好；");
        assert_eq!(closed("学得好", "；"), "学得好；");
        assert_eq!(clip("传达通知精神", 12), "传达通知精神");
        assert_eq!(clip("传达市委办公室通知精神", 12), "传达市委办…");
    }
}
