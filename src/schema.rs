//! The JSON Schema of the agenda format, for editors (`emcee schema`): generated from the raw
//! types that read agendas, so it says what emcee reads and cannot drift from it. The values
//! that take two shapes have their own `Deserialize`, and so their schema here; the moves
//! written as a word alone (`- done`) are found by reading each word with the real reader.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde_json::Value;

use crate::raw;
use crate::yaml::{self, Checked, MapOrSeq};

/// Where the schema is published beside an agenda: the line that makes VS Code's YAML
/// extension (yaml-language-server) complete and check the keys.
pub const FILE_NAME: &str = "emcee.schema.json";

/// The line at the top of an agenda that names its schema for yaml-language-server.
pub fn modeline(path: &str) -> String {
    format!("# yaml-language-server: $schema={path}")
}

/// The schema of an agenda file, as pretty JSON, with the keys described and exemplified in
/// the language of messages.
pub fn agenda_schema() -> String {
    let generator = SchemaSettings::draft07().into_generator();
    let mut schema = generator.into_root_schema_for::<raw::Agenda>().to_value();
    let lang = crate::i18n::lang();
    for key in guide_keys(guide(lang)) {
        describe(&mut schema, &key, lang);
    }
    serde_json::to_string_pretty(&schema).expect("a schema is JSON") + "\n"
}

/// The format reference in `lang`: its tables say what each key does, with examples.
fn guide(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::En => include_str!("../docs/agenda-format.md"),
        crate::i18n::Lang::Zh => include_str!("../docs/zh-CN/agenda-format.md"),
    }
}

/// A key as a table of the format reference gives it.
#[derive(Debug, PartialEq)]
pub struct GuideKey {
    /// The definition the key belongs to (`Meeting`), or `""` for the top level.
    pub definition: &'static str,
    pub key: String,
    /// What it does, without the Markdown's emphasis and links.
    pub description: String,
    /// Its examples, read as YAML.
    pub examples: Vec<Value>,
}

/// Every key of the tables of the reference's sections on the top level, `meeting`, `people`,
/// `agenda`, `closing` and speeches (whose header begins with `key` or `键`).
pub fn guide_keys(guide: &str) -> Vec<GuideKey> {
    let mut keys = Vec::new();
    let mut definition = None;
    let mut columns: Option<(Option<usize>, Option<usize>)> = None;
    let cells = |line: &str| -> Vec<String> {
        let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
        inner.split(" | ").map(|c| c.trim().to_string()).collect()
    };
    for line in guide.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            definition = match heading.trim() {
                "The top level" | "顶层" => Some(""),
                "meeting" => Some("Meeting"),
                "people" => Some("Person"),
                "agenda" => Some("Item"),
                "closing" => Some("Closing"),
                "Speeches and reports" | "讲话稿和报告" => Some("Text"),
                _ => None,
            };
            columns = None;
            continue;
        }
        if !line.starts_with('|') {
            columns = None;
            continue;
        }
        let row = cells(line);
        if row.first().is_some_and(|c| c == "key" || c == "键") {
            let find = |names: &[&str]| row.iter().position(|c| names.contains(&c.as_str()));
            columns = Some((
                find(&["what it does", "what it holds", "作用", "内容"]),
                find(&["example", "示例"]),
            ));
            continue;
        }
        let (Some(definition), Some((what, example))) = (definition, columns) else {
            continue;
        };
        let Some(key) = row[0]
            .split('`')
            .nth(1)
            .filter(|_| !row[0].starts_with("---"))
        else {
            continue;
        };
        let description = what
            .and_then(|i| row.get(i))
            .map(|d| plain(d))
            .unwrap_or_default();
        let examples = example
            .and_then(|i| row.get(i))
            .map(|cell| {
                cell.split('`')
                    .skip(1)
                    .step_by(2)
                    .filter_map(|e| yaml::parse(e).ok().map(|(node, _)| to_json(&node)))
                    .collect()
            })
            .unwrap_or_default();
        keys.push(GuideKey {
            definition,
            key: key.to_string(),
            description,
            examples,
        });
    }
    keys
}

/// Markdown as plain text: `**bold**` and `[a link](to)` read as their words.
fn plain(markdown: &str) -> String {
    let text = markdown.replace("**", "");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Gives `key` its examples, and in a language other than English its description (the
/// English one is the key's doc comment).
fn describe(schema: &mut Value, key: &GuideKey, lang: crate::i18n::Lang) {
    let owner = match key.definition {
        "" => Some(&mut *schema),
        name => schema.get_mut("definitions").and_then(|d| d.get_mut(name)),
    };
    let Some(Value::Object(property)) = owner
        .and_then(|o| o.get_mut("properties"))
        .and_then(|p| p.get_mut(&key.key))
    else {
        return;
    };
    if let Some(reference) = property.remove("$ref") {
        property.insert("allOf".into(), serde_json::json!([{ "$ref": reference }]));
    }
    if lang != crate::i18n::Lang::En && !key.description.is_empty() {
        property.insert("description".into(), key.description.clone().into());
    }
    if !key.examples.is_empty() {
        property.insert("examples".into(), Value::Array(key.examples.clone()));
    }
}

/// A YAML tree as JSON, its plain scalars read as YAML 1.2's core schema reads them (as an
/// editor does): for checking an agenda against the schema.
pub fn to_json(node: &yaml::Node) -> Value {
    match &node.kind {
        yaml::Kind::Seq(items) => Value::Array(items.iter().map(to_json).collect()),
        yaml::Kind::Map(entries) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.text().unwrap_or_default().to_string(), to_json(v)))
                .collect(),
        ),
        yaml::Kind::Scalar { text, plain: false } => Value::String(text.clone()),
        yaml::Kind::Scalar { text, plain: true } => match text.as_str() {
            _ if node.is_null() => Value::Null,
            "true" | "True" | "TRUE" => Value::Bool(true),
            "false" | "False" | "FALSE" => Value::Bool(false),
            _ => match (text.parse::<i64>(), text.parse::<f64>()) {
                (Ok(i), _) => Value::from(i),
                (_, Ok(f)) if text.chars().any(|c| c.is_ascii_digit()) => Value::from(f),
                _ => Value::String(text.clone()),
            },
        },
    }
}

/// The top level: also `extends`, which is read before the agenda's own keys.
pub fn agenda(schema: &mut Schema) {
    if let Some(Value::Object(properties)) = schema.get_mut("properties") {
        properties.insert(
            "extends".into(),
            serde_json::json!({
                "description": crate::i18n::text("schema.extends", &[]),
                "type": "string"
            }),
        );
    }
    schema.insert("title".into(), "emcee agenda".into());
}

/// A move written as a word alone (`- done`, `- adopt_agenda`): every kind whose keys all
/// have defaults, found by reading each word as the real reader does.
pub fn bare_words(schema: &mut Schema) {
    let Some(Value::Array(kinds)) = schema.get_mut("oneOf") else {
        return;
    };
    let words: Vec<Value> = kinds
        .iter()
        .filter_map(|kind| kind.get("required")?.get(0)?.as_str())
        .filter(|word| {
            yaml::parse(word).is_ok_and(|(node, _)| {
                let (read, problems) = yaml::from_node::<raw::Move>(&node);
                read.is_some() && problems.is_empty()
            })
        })
        .map(|word| Value::String(word.to_string()))
        .collect();
    kinds.push(serde_json::json!({
        "description": crate::i18n::text("schema.bare-word", &[]),
        "enum": words
    }));
}

/// Structs named `Name+key` may be written as their `key`'s value alone: `- rite: anthem`
/// for `- rite: { rite: anthem }`.
fn or_key(schema: &mut Schema, key: &str) {
    let Some(value) = schema.get("properties").and_then(|p| p.get(key)).cloned() else {
        return;
    };
    let description = schema.remove("description");
    let mut one = Schema::from(serde_json::Map::new());
    one.insert(
        "anyOf".into(),
        Value::Array(vec![schema.clone().to_value(), value]),
    );
    if let Some(description) = description {
        one.insert("description".into(), description);
    }
    *schema = one;
}

/// The transforms of the `Name+key` structs, one per key.
pub mod shorthand {
    macro_rules! keys {
        ($($key:ident)*) => {$(
            pub fn $key(schema: &mut schemars::Schema) {
                super::or_key(schema, stringify!($key));
            }
        )*};
    }
    keys!(by degree does expected for_what minutes motion motions name offices people points rite role rounds seats style text title to who);
}

impl<T: JsonSchema> JsonSchema for Checked<T> {
    fn inline_schema() -> bool {
        T::inline_schema()
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        T::json_schema(generator)
    }
}

impl<M: JsonSchema, S: JsonSchema> JsonSchema for MapOrSeq<M, S> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("{}Or{}", M::schema_name(), S::schema_name()).into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let (m, s) = (
            generator.subschema_for::<M>(),
            generator.subschema_for::<S>(),
        );
        json_schema!({ "anyOf": [m, s] })
    }
}

/// Implements `JsonSchema` for a type read as text or as a mapping (or a list).
macro_rules! either {
    ($type:ty, $name:literal, $description:expr, |$g:ident| $other:expr) => {
        impl JsonSchema for $type {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }
            fn json_schema($g: &mut SchemaGenerator) -> Schema {
                let other = $other;
                json_schema!({
                    "description": $description,
                    "anyOf": [{ "type": "string" }, other]
                })
            }
        }
    };
}

either!(
    raw::OneOrMany,
    "OneOrMany",
    crate::i18n::text("schema.one-or-many", &[]),
    |_g| { json_schema!({ "type": "array", "items": { "type": "string" } }) }
);
either!(
    raw::People,
    "People",
    crate::i18n::text("schema.people", &[]),
    |g| json_schema!({
        "type": "object",
        "additionalProperties": g.subschema_for::<raw::Person>()
    })
);
either!(
    raw::Line,
    "Line",
    crate::i18n::text("schema.line", &[]),
    |_g| json_schema!({
        "type": "object",
        "properties": { "direction": { "type": "string", "description": crate::i18n::text("schema.direction", &[]) } },
        "required": ["direction"],
        "additionalProperties": false
    })
);
either!(
    raw::TextSource,
    "TextSource",
    crate::i18n::text("schema.text-source", &[]),
    |g| g.subschema_for::<raw::Text>()
);
either!(
    raw::TextPoint,
    "TextPoint",
    crate::i18n::text("schema.text-point", &[]),
    |_g| json_schema!({
        "type": "object",
        "properties": {
            "lead": { "type": "string", "description": crate::i18n::text("schema.lead", &[]) },
            "body": { "type": "string", "description": crate::i18n::text("schema.body", &[]) }
        },
        "required": ["lead"],
        "additionalProperties": false
    })
);
either!(
    raw::moves::Spoken,
    "Spoken",
    crate::i18n::text("schema.spoken", &[]),
    |_g| json_schema!({
        "type": "object",
        "properties": {
            "text": { "type": "string" },
            "host": { "type": "string", "description": crate::i18n::text("schema.host", &[]) }
        },
        "required": ["text"],
        "additionalProperties": false
    })
);
either!(
    raw::moves::PlatformEntry,
    "PlatformEntry",
    crate::i18n::text("schema.platform-entry", &[]),
    |g| g.subschema_for::<raw::moves::PlatformGroup>()
);

either!(
    raw::moves::OfficeEntry,
    "OfficeEntry",
    "An office, or `{ office: 委员, seats: 5, candidates: […] }`.",
    |g| g.subschema_for::<raw::moves::Race>()
);
either!(
    raw::moves::Candidate,
    "Candidate",
    "An id or a name, or `{ name: 王青, post: 城东镇党委书记 }`.",
    |g| g.subschema_for::<raw::moves::CandidatePost>()
);

either!(
    raw::moves::Expected,
    "Expected",
    "How many are expected: a number, `blank` (known in the room), or a placeholder 〔待填：人数〕.",
    |_g| json_schema!({ "type": "integer", "minimum": 0 })
);

impl JsonSchema for raw::moves::Offices {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Offices".into()
    }
    fn json_schema(g: &mut SchemaGenerator) -> Schema {
        let entry = g.subschema_for::<raw::moves::OfficeEntry>();
        json_schema!({
            "description": "An office, `{ office: 委员, seats: 5, candidates: […] }`, or a list of them.",
            "anyOf": [entry.clone(), { "type": "array", "items": entry }]
        })
    }
}

impl JsonSchema for raw::moves::Listed {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Listed".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": crate::i18n::text("schema.listed", &[]),
            "anyOf": [
                { "type": "array", "items": { "type": "string" } },
                {
                    "type": "object",
                    "properties": {
                        "items": { "type": "array", "items": { "type": "string" } },
                        "host": { "type": "string", "description": crate::i18n::text("schema.host", &[]) }
                    },
                    "required": ["items"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key of the guides' tables is a key of the schema, so that a key renamed in one
    /// and not the other is caught.
    #[test]
    fn every_key_the_guides_describe_is_in_the_schema() {
        let schema: Value = serde_json::from_str(&agenda_schema()).unwrap();
        for lang in [crate::i18n::Lang::En, crate::i18n::Lang::Zh] {
            let keys = guide_keys(guide(lang));
            assert!(keys.len() > 70, "{lang:?}: {}", keys.len());
            for key in &keys {
                let owner = match key.definition {
                    "" => &schema,
                    name => &schema["definitions"][name],
                };
                assert!(
                    owner["properties"].get(&key.key).is_some(),
                    "{lang:?}: {} {}",
                    key.definition,
                    key.key
                );
            }
        }
    }

    #[test]
    fn markdown_reads_as_plain_text() {
        assert_eq!(
            plain("见 [moves](../moves.md)：**为**深入学习"),
            "见 moves：为深入学习"
        );
    }

    #[test]
    fn moves_of_defaults_alone_are_words() {
        let schema: Value = serde_json::from_str(&agenda_schema()).unwrap();
        let words = schema["definitions"]["Move"]["oneOf"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()["enum"]
            .clone();
        let words: Vec<&str> = words
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap())
            .collect();
        for word in [
            "done",
            "adopt_agenda",
            "thanks",
            "head_count",
            "rite",
            "text",
        ] {
            assert!(words.contains(&word), "{word}: {words:?}");
        }
        for word in ["say", "invite", "recap"] {
            assert!(!words.contains(&word), "{word}");
        }
    }
}
