//! The JSON Schema (`emcee schema`): every example agenda, built-in template and pattern
//! passes it, and a wrong key or value fails it at its place.

use std::fs;

use emcee::{schema, yaml};
use serde_json::Value;

use crate::util::{emcee, root, run};

fn validator() -> jsonschema::Validator {
    let (code, text, _) = run(emcee().arg("schema"));
    assert_eq!(code, 0);
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn as_json(text: &str) -> Value {
    let (node, _) = yaml::parse(text).expect("valid YAML");
    schema::to_json(&node)
}

/// The schema's complaints about an agenda: place and message, one a line.
fn errors(validator: &jsonschema::Validator, text: &str) -> Vec<String> {
    validator
        .iter_errors(&as_json(text))
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn every_shipped_agenda_passes_the_schema() {
    let validator = validator();
    let mut checked = 0;
    for folder in ["agendas", "agendas/templates", "tests/patterns"] {
        for entry in fs::read_dir(root().join(folder)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "yaml") {
                continue;
            }
            let text = fs::read_to_string(&path).unwrap();
            let errors = errors(&validator, &text);
            assert!(
                errors.is_empty(),
                "{}:\n{}",
                path.display(),
                errors.join("\n")
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} files");
}

#[test]
fn a_wrong_key_or_value_fails_the_schema_at_its_place() {
    let validator = validator();
    let good = fs::read_to_string(root().join("agendas/ideology-work-meeting.yaml")).unwrap();
    assert!(errors(&validator, &good).is_empty());
    let base = "meeting: { title: 会议 }\npeople: { li: { name: 李四 } }\nhost: li\n";
    for (agenda, place) in [
        ("agenda: [{ whoo: li, does: 讲话 }]", "/agenda/0"),
        (
            "agenda: [{ who: li, does: 讲话, step_style: numbred }]",
            "/agenda/0/step_style",
        ),
        (
            "agenda: [{ who: li, does: 讲话, minutes: 十 }]",
            "/agenda/0/minutes",
        ),
        (
            "agenda: [{ moves: [{ invite: { who: li, doess: 讲话 } }] }]",
            "/agenda/0/moves/0",
        ),
        ("agenda: [{ moves: [recap] }]", "/agenda/0/moves/0"),
        (
            "agenda: [{ who: li, does: 讲话 }]\nclosing: [{ adjourn: someday }]",
            "/closing",
        ),
        ("agenda: [{ who: li, does: 讲话 }]\n会议: x", ""),
    ] {
        let errors = errors(&validator, &format!("{base}{agenda}\n"));
        assert!(
            errors.iter().any(|e| e.starts_with(&format!("{place}:"))),
            "{agenda}: {errors:?}"
        );
    }
    // The shapes emcee reads are all accepted: a word, a value for the main key, a mapping.
    let shapes = "agenda:\n  - moves:\n      - rite: anthem\n      - rite: { rite: flag }\n      - done\n      - invite: { who: [li], does: 讲话 }\n      - say: { text: 好, host: li }\n    say: [好, { direction: 稍停 }]\nclosing:\n  - adjourn: recess\n";
    let errors = errors(&validator, &format!("{base}{shapes}"));
    assert!(errors.is_empty(), "{errors:?}");
}

/// The schema in the locale `lang`.
fn schema_in(lang: &str) -> Value {
    let (code, text, _) = run(emcee().env("LANG", lang).arg("schema"));
    assert_eq!(code, 0);
    serde_json::from_str(&text).expect("the schema is JSON")
}

/// The objects of a schema value: itself when it has properties, and those among the
/// alternatives it lists (`anyOf`, `allOf`, `oneOf`), named by `name` and their place.
fn objects<'a>(name: String, value: &'a Value, found: &mut Vec<(String, &'a Value)>) {
    if value["properties"].is_object() {
        found.push((name.clone(), value));
    }
    for list in ["anyOf", "allOf", "oneOf"] {
        for (i, member) in value[list].as_array().into_iter().flatten().enumerate() {
            objects(format!("{name}/{list}/{i}"), member, found);
        }
    }
}

/// Every property with examples, by definition (`""` for the top level, `Move/oneOf/3` for a
/// kind of move) and key.
fn examples(schema: &Value) -> Vec<(String, String, Value)> {
    let mut owners = vec![(String::new(), schema)];
    for (name, definition) in schema["definitions"].as_object().unwrap() {
        objects(name.clone(), definition, &mut owners);
    }
    let mut found = Vec::new();
    for (name, owner) in owners {
        let Some(properties) = owner["properties"].as_object() else {
            continue;
        };
        for (key, property) in properties {
            if property.get("examples").is_some() {
                found.push((name.clone(), key.clone(), property.clone()));
            }
        }
    }
    found
}

#[test]
fn every_example_the_schema_gives_passes_it_in_both_languages() {
    for lang in ["C", "zh_CN.UTF-8"] {
        let schema = schema_in(lang);
        let found = examples(&schema);
        assert!(found.len() > 50, "{lang}: {}", found.len());
        for (name, key, property) in found {
            let mut alone = property.clone();
            alone["definitions"] = schema["definitions"].clone();
            let validator = jsonschema::validator_for(&alone).unwrap();
            for example in property["examples"].as_array().unwrap() {
                let wrong: Vec<String> = validator
                    .iter_errors(example)
                    .map(|e| e.to_string())
                    .collect();
                assert!(
                    wrong.is_empty(),
                    "{lang} {name}.{key} = {example}: {wrong:?}"
                );
            }
        }
    }
}

#[test]
fn in_a_chinese_locale_the_keys_are_described_in_chinese() {
    let schema = schema_in("zh_CN.UTF-8");
    let mut listing = String::new();
    for name in ["", "Meeting", "Person", "Closing"] {
        let owner = match name {
            "" => &schema,
            name => &schema["definitions"][name],
        };
        let heading = if name.is_empty() { "(top level)" } else { name };
        listing.push_str(&keys_of(heading, owner));
    }
    insta::assert_snapshot!(listing);
    let english = schema_in("C");
    assert_eq!(
        english["definitions"]["Meeting"]["properties"]["title"]["examples"],
        serde_json::json!(["县机关意识形态工作专题会议"])
    );
}

/// A key's description and examples: `key: description | examples`.
fn described(key: &str, property: &Value) -> String {
    format!(
        "{key}: {} | {}\n",
        property["description"].as_str().unwrap_or_default(),
        property
            .get("examples")
            .map_or(String::new(), |e| e.to_string())
    )
}

/// The description and examples of each key of `object`, one a line under `heading`.
fn keys_of(heading: &str, object: &Value) -> String {
    let mut listing = format!("{heading}\n");
    for (key, property) in object["properties"].as_object().unwrap() {
        listing.push_str(&format!("  {}", described(key, property)));
    }
    listing
}

/// The pointer to the kind of move `kind` in the schema's `Move`.
fn kind_of_move(schema: &Value, kind: &str) -> String {
    let variants = schema["definitions"]["Move"]["oneOf"].as_array().unwrap();
    let i = variants
        .iter()
        .position(|v| v["properties"].get(kind).is_some())
        .unwrap();
    format!("/definitions/Move/oneOf/{i}/properties/{kind}")
}

#[test]
fn in_a_chinese_locale_the_kinds_of_move_and_their_keys_are_described_in_chinese() {
    let schema = schema_in("zh_CN.UTF-8");
    let ask = &schema["definitions"]["Motions"]["anyOf"][0]["properties"]["ask"];
    assert!(
        ask["description"]
            .as_str()
            .unwrap()
            .starts_with("`ask: hands` 有意见的请举手。"),
        "{ask}"
    );
    assert_eq!(ask["examples"], serde_json::json!(["hands", "differ"]));
    let approval = schema.pointer(&kind_of_move(&schema, "approval")).unwrap();
    assert!(
        approval["description"]
            .as_str()
            .unwrap()
            .starts_with("对……，大家有没有意见？"),
        "{approval}"
    );
    let mut all = String::new();
    for kind in ["approval", "quorum", "platform", "election"] {
        let pointer = kind_of_move(&schema, kind);
        all.push_str(&described(kind, schema.pointer(&pointer).unwrap()));
    }
    for definition in ["Motions", "QuorumMove", "Platform", "Election"] {
        let pointer = format!("/definitions/{definition}/anyOf/0");
        all.push_str(&keys_of(&pointer, schema.pointer(&pointer).unwrap()));
    }
    insta::assert_snapshot!(all);
    // In English a key keeps its doc comment, and takes the guide's examples.
    let english = schema_in("C");
    let ask = &english["definitions"]["Motions"]["anyOf"][0]["properties"]["ask"];
    assert!(
        ask["description"]
            .as_str()
            .unwrap()
            .starts_with("For an approval"),
        "{ask}"
    );
    assert_eq!(ask["examples"], serde_json::json!(["hands", "differ"]));
}
