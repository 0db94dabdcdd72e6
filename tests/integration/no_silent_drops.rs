//! No silent drops: every key an item accepts changes a paper it is for, or is refused. For
//! every Chinese example agenda, every item is given, one at a time, each key that some other
//! item of the examples writes (with that item's value); the agenda must then fail to check,
//! or its script, handout or run sheet must change.

use std::collections::BTreeMap;

use emcee::format::Format;
use emcee::library::Library;
use emcee::load::Source;
use emcee::pipeline::{self, Doc, Output};
use emcee::render::{Renderer, TemplateDirs};
use emcee::yaml::{self, Kind, Node};

use crate::util::root;

/// The example agendas: their file names under `agendas/`, and their trees.
fn examples() -> Vec<(String, Node)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root().join("agendas")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let (node, _) = yaml::parse(&text).unwrap();
            let english = node
                .get("meeting")
                .and_then(|m| m.get("language"))
                .and_then(Node::text)
                == Some("en");
            if !english {
                let name = path.file_name().unwrap().to_str().unwrap().to_string();
                out.push((name, node));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn items(agenda: &Node) -> &[Node] {
    match agenda.get("agenda").map(|a| &a.kind) {
        Some(Kind::Seq(items)) => items,
        _ => &[],
    }
}

/// The tree written back as YAML, in flow style with every text quoted.
pub(crate) fn emit(node: &Node, out: &mut String) {
    match &node.kind {
        Kind::Scalar { text, plain } => {
            let number = text.parse::<i64>().is_ok() || text == "true" || text == "false";
            if *plain && number {
                out.push_str(text);
            } else {
                out.push('"');
                for c in text.chars() {
                    match c {
                        '"' => out.push_str("\\\""),
                        '\\' => out.push_str("\\\\"),
                        '\n' => out.push_str("\\n"),
                        c => out.push(c),
                    }
                }
                out.push('"');
            }
        }
        Kind::Seq(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                emit(item, out);
            }
            out.push(']');
        }
        Kind::Map(entries) => {
            out.push('{');
            for (i, (k, v)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                emit(k, out);
                out.push_str(": ");
                emit(v, out);
            }
            out.push('}');
        }
    }
}

/// The papers of an agenda, or `None` when it does not check.
fn papers(name: &str, agenda: &Node, renderer: &Renderer) -> Option<Vec<Vec<u8>>> {
    let mut text = String::new();
    emit(agenda, &mut text);
    let source = Source {
        name: name.into(),
        text,
        path: Some(root().join("agendas").join(name)),
        encoding: None,
    };
    let analysis = pipeline::analyze(&source, renderer, &Library::default()).ok()?;
    if analysis.has_errors() {
        return None;
    }
    let plan = analysis.plan?;
    let output = Output {
        cues: true,
        ..Output::default()
    };
    // The packet holds the handout, the script and every speech and report.
    [Doc::Packet, Doc::Runsheet]
        .into_iter()
        .map(|doc| pipeline::render(&plan, doc, Format::Txt, &output, renderer).ok())
        .collect()
}

#[test]
fn every_key_an_item_takes_changes_a_paper_or_is_refused() {
    let renderer = Renderer::new(&TemplateDirs::default());
    let examples = examples();
    // Each key, with the values the examples give it.
    let mut donors: BTreeMap<String, Vec<Node>> = BTreeMap::new();
    for (_, agenda) in &examples {
        for item in items(agenda) {
            if let Kind::Map(entries) = &item.kind {
                for (k, v) in entries {
                    let values = donors.entry(k.text().unwrap().to_string()).or_default();
                    if values.len() < 3 {
                        values.push(v.clone());
                    }
                }
            }
        }
    }
    let mut silent = Vec::new();
    let mut tried = 0;
    for (name, agenda) in &examples {
        let baseline = papers(name, agenda, &renderer).expect("the example checks");
        for (i, item) in items(agenda).iter().enumerate() {
            let Kind::Map(entries) = &item.kind else {
                continue;
            };
            for (key, values) in &donors {
                // An id is a name that references and `extends` use; it prints nothing itself
                // (a repeated one is refused, which the test of errors shows).
                let present = entries.iter().any(|(k, _)| k.text() == Some(key.as_str()));
                if present || key == "id" {
                    continue;
                }
                for value in values {
                    let mut changed = agenda.clone();
                    let Some((
                        _,
                        Node {
                            kind: Kind::Seq(list),
                            ..
                        },
                    )) = (match &mut changed.kind {
                        Kind::Map(top) => top.iter_mut().find(|(k, _)| k.text() == Some("agenda")),
                        _ => None,
                    })
                    else {
                        unreachable!("an example has an agenda")
                    };
                    if let Kind::Map(fields) = &mut list[i].kind {
                        let mut k = fields[0].0.clone();
                        k.kind = Kind::Scalar {
                            text: key.clone(),
                            plain: true,
                        };
                        fields.push((k, value.clone()));
                    }
                    tried += 1;
                    if papers(name, &changed, &renderer).as_ref() == Some(&baseline) {
                        let mut v = String::new();
                        emit(value, &mut v);
                        silent.push(format!("{name} item {}: `{key}: {v}`", i + 1));
                    }
                }
            }
        }
    }
    assert!(tried > 500, "only {tried} tries");
    assert!(
        silent.is_empty(),
        "{} of {tried} keys changed nothing and were not refused:\n{}",
        silent.len(),
        silent.join("\n")
    );
}
