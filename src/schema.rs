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
    describe_moves(&mut schema, moves_guide(lang), lang);
    serde_json::to_string_pretty(&schema).expect("a schema is JSON") + "\n"
}

/// The format reference in `lang`: its tables say what each key does, with examples.
fn guide(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::En => include_str!("../docs/agenda-format.md"),
        crate::i18n::Lang::Zh => include_str!("../docs/zh-CN/agenda-format.md"),
    }
}

/// The guide to moves in `lang`: its tables say what each kind gives and with which keys.
fn moves_guide(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::En => include_str!("../docs/moves.md"),
        crate::i18n::Lang::Zh => include_str!("../docs/zh-CN/moves.md"),
    }
}

/// A row of the moves guide's tables: a kind, the keys it names, and what it gives.
#[derive(Debug, PartialEq)]
pub struct MoveRow {
    pub kind: String,
    pub keys: Vec<String>,
    /// Whether the row is about its keys (an election's), not about the kind.
    pub of_keys: bool,
    /// The row's last cell, as written (Markdown).
    pub gives: String,
}

/// The rows of the tables of kinds (header `kind` or `种类`) and of the election's keys
/// (header `key` or `键`, under the heading on elections) of the moves guide.
pub fn move_rows(guide: &str) -> Vec<MoveRow> {
    let mut rows = Vec::new();
    let mut table = None;
    let mut elections = false;
    let names = |cell: &str| -> Vec<String> {
        cell.split('`')
            .skip(1)
            .step_by(2)
            .filter(|k| k.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .map(str::to_string)
            .collect()
    };
    for line in guide.lines() {
        if let Some(heading) = line.strip_prefix("### ") {
            elections = matches!(heading.trim(), "Elections" | "选举");
        }
        if !line.starts_with('|') {
            table = None;
            continue;
        }
        let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
        let cells: Vec<&str> = inner.split(" | ").map(str::trim).collect();
        match cells[0] {
            "kind" | "种类" => table = Some(true),
            "key" | "键" if elections => table = Some(false),
            cell if cell.starts_with("---") => {}
            cell => match (table, cells.last()) {
                (Some(true), Some(gives)) if cells.len() == 3 => rows.push(MoveRow {
                    kind: names(cell).into_iter().next().unwrap_or_default(),
                    keys: names(cells[1]),
                    of_keys: false,
                    gives: gives.to_string(),
                }),
                (Some(false), Some(gives)) if cells.len() == 2 => rows.push(MoveRow {
                    kind: "election".into(),
                    keys: names(cell),
                    of_keys: true,
                    gives: gives.to_string(),
                }),
                _ => {}
            },
        }
    }
    rows.retain(|row| !row.kind.is_empty());
    rows
}

/// The passages of a row's text that say what `key` does: each from where `` `key` `` or
/// `` `key: …` `` is named to the next ` · `, ` — `, `; `, `；` or `，` before another key.
fn passages(gives: &str, key: &str) -> Vec<String> {
    let mut found = Vec::new();
    for start in [format!("`{key}`"), format!("`{key}: ")]
        .iter()
        .flat_map(|mark| gives.match_indices(mark.as_str()).map(|(i, _)| i))
    {
        let rest = &gives[start..];
        let end = [" · ", " — ", "; ", "；", "，`"]
            .iter()
            .filter_map(|stop| rest[1..].find(stop).map(|i| i + 1))
            .min()
            .unwrap_or(rest.len());
        let mut passage = plain(rest[..end].trim_end());
        for (open, close) in [('(', ')'), ('（', '）')] {
            let (opened, closed) = (
                passage.matches(open).count(),
                passage.matches(close).count(),
            );
            if closed > opened && passage.ends_with(close) {
                passage.pop();
            } else if opened > closed {
                passage.push(close);
            }
        }
        if !found.contains(&passage) {
            found.push(passage);
        }
    }
    found
}

/// The values a row's text gives `key` in `` `key: value` ``, read as YAML.
fn key_examples(gives: &str, key: &str) -> Vec<Value> {
    let prefix = format!("{key}: ");
    let mut examples = Vec::new();
    for code in gives.split('`').skip(1).step_by(2) {
        let Some(value) = code.strip_prefix(&prefix) else {
            continue;
        };
        if let Ok((node, _)) = yaml::parse(value) {
            let value = to_json(&node);
            if !examples.contains(&value) {
                examples.push(value);
            }
        }
    }
    examples
}

/// The moves the guide writes out (`` `- kind: value` ``) that emcee reads without a problem,
/// by kind, as the value of the kind's key.
fn move_examples(guide: &str) -> Vec<(String, Value)> {
    let mut examples: Vec<(String, Value)> = Vec::new();
    for code in guide.split('`').skip(1).step_by(2) {
        let placeholder = code.contains(": …,") || code.contains(": … }") || code.contains("[…]");
        if !code.starts_with("- ") || placeholder || code.ends_with(": …") {
            continue;
        }
        let Ok((node, _)) = yaml::parse(code) else {
            continue;
        };
        let yaml::Kind::Seq(items) = &node.kind else {
            continue;
        };
        let Some(yaml::Kind::Map(entries)) = items.first().map(|item| &item.kind) else {
            continue;
        };
        let (read, problems) = yaml::from_node::<raw::Move>(&items[0]);
        if read.is_none() || !problems.is_empty() || entries.len() != 1 {
            continue;
        }
        let (kind, value) = &entries[0];
        let example = (kind.text().unwrap_or_default().to_string(), to_json(value));
        if !examples.contains(&example) {
            examples.push(example);
        }
    }
    examples
}

/// The pointer to the object schema (one with `properties`) that `pointer` is or refers to.
fn object_at(schema: &Value, pointer: &str) -> Option<String> {
    let value = schema.pointer(pointer)?;
    if value.get("properties").is_some() {
        return Some(pointer.to_string());
    }
    if let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        return object_at(schema, reference.trim_start_matches('#'));
    }
    ["anyOf", "allOf", "oneOf"].iter().find_map(|list| {
        let members = value.get(*list)?.as_array()?;
        (0..members.len()).find_map(|i| object_at(schema, &format!("{pointer}/{list}/{i}")))
    })
}

/// Sets `property`'s description from the guide (unless `keep` and it has one), and adds the
/// guide's examples to its own.
fn annotate(property: &mut Value, description: &str, examples: Vec<Value>, keep: bool) {
    let Value::Object(property) = property else {
        return;
    };
    if !(description.is_empty() || (keep && property.contains_key("description"))) {
        property.insert("description".into(), description.into());
    }
    if examples.is_empty() {
        return;
    }
    let Value::Array(all) = property
        .entry("examples")
        .or_insert_with(|| Value::Array(Vec::new()))
    else {
        return;
    };
    for example in examples {
        if !all.contains(&example) {
            all.push(example);
        }
    }
}

/// Gives each kind of move, and each key of a kind, the description and examples of the moves
/// guide: a kind what its row gives, a key the passages of the row that name it (the whole
/// row when none does), and `host` the catalogue's words. In English a key keeps its doc
/// comment.
fn describe_moves(schema: &mut Value, guide: &str, lang: crate::i18n::Lang) {
    let variant_of = |schema: &Value, kind: &str| {
        schema
            .pointer("/definitions/Move/oneOf")?
            .as_array()?
            .iter()
            .position(|v| v.pointer(&format!("/properties/{kind}")).is_some())
    };
    let examples = move_examples(guide);
    let mut described: Vec<(String, String)> = Vec::new();
    let mut fallbacks: Vec<(String, String, String)> = Vec::new();
    for row in move_rows(guide) {
        let Some(variant) = variant_of(schema, &row.kind) else {
            continue;
        };
        let gives = plain(&row.gives);
        let kind_pointer = format!("/definitions/Move/oneOf/{variant}/properties/{}", row.kind);
        let kind_examples = examples
            .iter()
            .filter(|(kind, _)| *kind == row.kind)
            .map(|(_, example)| example.clone())
            .collect();
        let kind_described = described.contains(&(kind_pointer.clone(), String::new()));
        if let Some(property) = schema.pointer_mut(&kind_pointer)
            && !row.of_keys
            && !kind_described
        {
            annotate(property, &gives, kind_examples, false);
            described.push((kind_pointer.clone(), String::new()));
        }
        let Some(object) = object_at(schema, &kind_pointer) else {
            continue;
        };
        for key in &row.keys {
            if described.contains(&(object.clone(), key.clone())) {
                continue;
            }
            let Some(property) = schema.pointer_mut(&format!("{object}/properties/{key}")) else {
                continue;
            };
            let keep = lang == crate::i18n::Lang::En;
            let passages = match row.of_keys {
                true => vec![gives.clone()],
                false => passages(&row.gives, key),
            };
            if passages.is_empty() {
                // The whole row, until a row of the same kind says more (an election's keys);
                // a definition shared by kinds (a vote's and an approval's) keeps the first.
                let other_kind = fallbacks
                    .iter()
                    .any(|(o, k, kind)| (o, k) == (&object, key) && *kind != row.kind);
                if !other_kind {
                    annotate(property, &gives, Vec::new(), keep);
                    fallbacks.push((object.clone(), key.clone(), row.kind.clone()));
                }
                continue;
            }
            annotate(
                property,
                &passages.join(" · "),
                key_examples(&row.gives, key),
                keep,
            );
            described.push((object.clone(), key.clone()));
        }
        if lang != crate::i18n::Lang::En
            && let Some(property) = schema.pointer_mut(&format!("{object}/properties/host"))
        {
            annotate(
                property,
                &crate::i18n::text("schema.host", &[]),
                Vec::new(),
                false,
            );
        }
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
    raw::Point,
    "Point",
    crate::i18n::text("schema.point", &[]),
    |g| g.subschema_for::<raw::HeadingAndBody>()
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

    /// Every kind and key the moves guides' tables name is in the schema, where the kind's
    /// keys are: a key renamed in one and not the other is caught.
    #[test]
    fn every_kind_and_key_the_moves_guides_name_is_in_the_schema() {
        let schema: Value = serde_json::from_str(&agenda_schema()).unwrap();
        for lang in [crate::i18n::Lang::En, crate::i18n::Lang::Zh] {
            let rows = move_rows(moves_guide(lang));
            assert!(rows.len() > 80, "{lang:?}: {}", rows.len());
            let mut missing = Vec::new();
            for row in &rows {
                let variants = schema["definitions"]["Move"]["oneOf"].as_array().unwrap();
                let Some(variant) = variants
                    .iter()
                    .position(|v| v["properties"].get(&row.kind).is_some())
                else {
                    missing.push(row.kind.clone());
                    continue;
                };
                let pointer = format!("/definitions/Move/oneOf/{variant}/properties/{}", row.kind);
                let object = object_at(&schema, &pointer).unwrap_or_default();
                for key in &row.keys {
                    if schema
                        .pointer(&format!("{object}/properties/{key}"))
                        .is_none()
                    {
                        missing.push(format!("{}.{key}", row.kind));
                    }
                }
            }
            assert!(missing.is_empty(), "{lang:?}: {missing:?}");
        }
    }

    #[test]
    fn a_passage_runs_from_its_key_to_the_next() {
        let gives = "对……，大家有没有意见？ — `ask: hands` 有意见的请举手。（环视）；`ask: differ` 有无不同意见？（人大、政协；称呼取自 salutation）；前面是 `views` 时";
        assert_eq!(
            passages(gives, "ask"),
            [
                "`ask: hands` 有意见的请举手。（环视）",
                "`ask: differ` 有无不同意见？（人大、政协）"
            ]
        );
        assert_eq!(
            key_examples(gives, "ask"),
            [Value::from("hands"), Value::from("differ")]
        );
        assert!(passages(gives, "motions").is_empty());
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
