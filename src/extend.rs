//! Resolves `extends`: an agenda laid over the template it names (a built-in or an office's
//! template by name, or a file by path), through chains of templates, refusing cycles. The
//! merge works on the YAML trees, so every value keeps its own file and line: mappings merge
//! key by key (people by id), other values are replaced, and agenda items are matched by `id`
//! to be replaced, removed (`remove: true`) or inserted (`before: ID` / `after: ID`).

use std::collections::HashMap;

use crate::diagnostic::{closest, did_you_mean, list};
use crate::library::{Library, Origin};
use crate::load::{self, Source};
use crate::yaml::{self, Kind, Node, Problem, ProblemKind, Span};

/// The longest chain of templates an agenda may stand on: far more than any office needs,
/// and far less than would run the stack out.
pub const MAX_CHAIN: usize = 16;

/// What makes two sources the same file in a chain: the real path of a file (whatever `./`,
/// `..` or links lead to it), or the name of a built-in template.
fn identity(source: &Source) -> String {
    source
        .path
        .as_ref()
        .and_then(|p| p.canonicalize().ok())
        .map_or_else(|| source.name.clone(), |p| p.display().to_string())
}

/// An agenda laid over its templates.
pub struct Resolved {
    pub root: Node,
    pub problems: Vec<Problem>,
    /// False when a template could not be laid under it (not found, unreadable, in a circle):
    /// the agenda is then incomplete, and checking it further would only report what the
    /// template would have given.
    pub complete: bool,
}

/// Resolves `root`'s `extends` (if any) and applies the item directives. Files read are
/// appended to `sources`; spans in the result point into them.
pub fn resolve(
    root: Node,
    source: &Source,
    library: &Library,
    sources: &mut Vec<Source>,
) -> Resolved {
    let mut problems = Vec::new();
    let mut chain = vec![(identity(source), source.name.clone())];
    let mut complete = true;
    let root = extend(
        root,
        source,
        library,
        sources,
        &mut chain,
        &mut problems,
        &mut complete,
    );
    Resolved {
        root,
        problems,
        complete,
    }
}

fn extend(
    mut root: Node,
    source: &Source,
    library: &Library,
    sources: &mut Vec<Source>,
    chain: &mut Vec<(String, String)>,
    problems: &mut Vec<Problem>,
    complete: &mut bool,
) -> Node {
    let Some(extends) = take(&mut root, "extends") else {
        apply_directives_alone(&mut root, problems);
        return root;
    };
    let Some(name) = extends.text().map(str::to_string) else {
        problems.push(problem(
            extends.span,
            "`extends` names a template or a file".into(),
        ));
        return root;
    };
    let parent_source = match find(&name, source, library) {
        Ok(parent) => parent,
        Err(message) => {
            problems.push(problem(extends.span, message));
            *complete = false;
            return root;
        }
    };
    let parent_identity = identity(&parent_source);
    if chain.iter().any(|(id, _)| *id == parent_identity) {
        let mut cycle: Vec<&str> = chain.iter().map(|(_, name)| name.as_str()).collect();
        cycle.push(&parent_source.name);
        problems.push(problem(
            extends.span,
            crate::tr!("extend.cycle", cycle = cycle.join(" → ")),
        ));
        *complete = false;
        return root;
    }
    if chain.len() > MAX_CHAIN {
        problems.push(problem(
            extends.span,
            crate::tr!("extend.too-long", max = MAX_CHAIN),
        ));
        *complete = false;
        return root;
    }
    let index = u16::try_from(sources.len()).unwrap_or(u16::MAX);
    let parent = match yaml::parse_source(&parent_source.text, index) {
        Ok((parent, duplicates)) => {
            problems.extend(duplicates);
            parent
        }
        Err(p) => {
            sources.push(parent_source);
            problems.push(p);
            *complete = false;
            return root;
        }
    };
    sources.push(parent_source.clone());
    chain.push((parent_identity, parent_source.name.clone()));
    let parent = extend(
        parent,
        &parent_source,
        library,
        sources,
        chain,
        problems,
        complete,
    );
    chain.pop();
    merge(parent, root, true, problems)
}

/// Finds the template `name`: a path (relative to the extending file) when it looks like one,
/// else a template of the library.
fn find(name: &str, source: &Source, library: &Library) -> Result<Source, String> {
    if name.ends_with(".yaml") || name.ends_with(".yml") || name.contains('/') {
        return load::read_file(&source.beside(name))
            .map_err(|e| crate::tr!("extend.unreadable", reason = e.diagnostic.message));
    }
    match library.find(name) {
        Some(template) => Ok(Source {
            name: match &template.origin {
                Origin::BuiltIn => crate::tr!("extend.built-in", name = name),
                Origin::File(path) => path.display().to_string(),
            },
            text: template.text,
            path: match template.origin {
                Origin::BuiltIn => None,
                Origin::File(path) => Some(path),
            },
            encoding: None,
        }),
        None => Err(crate::tr!(
            "clause.then",
            a = library.no_such_template(name),
            b = crate::tr!("extend.templates-listed")
        )),
    }
}

fn problem(span: Span, message: String) -> Problem {
    Problem {
        span,
        path: "extends".into(),
        kind: ProblemKind::Other(message),
    }
}

/// Removes and returns the value of `key` from a mapping.
fn take(node: &mut Node, key: &str) -> Option<Node> {
    let Kind::Map(entries) = &mut node.kind else {
        return None;
    };
    let i = entries.iter().position(|(k, _)| k.text() == Some(key))?;
    Some(entries.remove(i).1)
}

/// `child` over `parent`: mappings merge key by key, the top-level `agenda` by item id, and
/// anything else is replaced.
fn merge(parent: Node, child: Node, top: bool, problems: &mut Vec<Problem>) -> Node {
    match (parent.kind, child.kind) {
        (Kind::Map(entries), Kind::Map(child_entries)) => {
            // Entries by key, found through a table (thousands of people merge in linear
            // time); a removed one is left as a gap until the end.
            let mut entries: Vec<Option<(Node, Node)>> = entries.into_iter().map(Some).collect();
            let mut index: HashMap<String, usize> = entries
                .iter()
                .enumerate()
                .filter_map(|(i, e)| Some((e.as_ref()?.0.text()?.to_string(), i)))
                .collect();
            for (key, value) in child_entries {
                let position = key.text().and_then(|k| index.get(k)).copied();
                // `~` removes what the template gives: a key, a person, a section.
                if value.is_null() {
                    if let Some(i) = position {
                        entries[i] = None;
                        index.remove(key.text().unwrap_or_default());
                    }
                    continue;
                }
                match position.and_then(|i| Some((i, entries[i].take()?))) {
                    Some((i, (old_key, old))) => {
                        let merged = if top && key.text() == Some("agenda") {
                            merge_items(old, value, problems)
                        } else {
                            merge(old, value, false, problems)
                        };
                        entries[i] = Some((old_key, merged));
                    }
                    None => {
                        let value = if top && key.text() == Some("agenda") {
                            merge_items(empty_seq(value.span), value, problems)
                        } else {
                            value
                        };
                        if let Some(k) = key.text() {
                            index.insert(k.to_string(), entries.len());
                        }
                        entries.push(Some((key, value)));
                    }
                }
            }
            Node {
                kind: Kind::Map(entries.into_iter().flatten().collect()),
                span: child.span,
            }
        }
        (_, kind) => Node {
            kind,
            span: child.span,
        },
    }
}

fn empty_seq(span: Span) -> Node {
    Node {
        kind: Kind::Seq(Vec::new()),
        span,
    }
}

/// An agenda without `extends` may not use directives: there is nothing to place items against.
fn apply_directives_alone(root: &mut Node, problems: &mut Vec<Problem>) {
    let Kind::Map(entries) = &mut root.kind else {
        return;
    };
    if let Some((_, agenda)) = entries.iter_mut().find(|(k, _)| k.text() == Some("agenda")) {
        let items = std::mem::replace(agenda, empty_seq(agenda.span));
        *agenda = merge_items(empty_seq(items.span), items, problems);
    }
}

/// The template's items with the agenda's laid over them by `id`.
fn merge_items(parent: Node, child: Node, problems: &mut Vec<Problem>) -> Node {
    let Kind::Seq(mut items) = parent.kind else {
        return child;
    };
    // Taken, not copied: a large agenda's items were held twice while they were merged.
    let child_items = match child.kind {
        Kind::Seq(child_items) => child_items,
        kind => {
            return Node {
                kind,
                span: child.span,
            };
        }
    };
    let id_of = |n: &Node| n.get("id").and_then(Node::text).map(str::to_string);
    let mut seen: HashMap<String, Span> = HashMap::new();
    let mut index: Option<HashMap<String, usize>> = None;
    for mut item in child_items {
        let remove = take(&mut item, "remove");
        let before = take(&mut item, "before");
        let after = take(&mut item, "after");
        let id = id_of(&item);
        if let Some(id) = &id {
            if let Some(first) = seen.get(id) {
                problems.push(Problem {
                    span: item.span,
                    path: "agenda".into(),
                    kind: ProblemKind::Other(crate::tr!(
                        "extend.second-id",
                        id = id,
                        line = first.line
                    )),
                });
                continue;
            }
            seen.insert(id.clone(), item.span);
        }
        // Items by id, through a table rebuilt only after an insertion or a removal moved
        // them: replacing and adding items by id costs linear time.
        let mut position = |items: &[Node], id: &str| -> Option<usize> {
            if index.is_none() {
                index = Some(
                    items
                        .iter()
                        .enumerate()
                        .filter_map(|(i, n)| Some((id_of(n)?, i)))
                        .rev()
                        .collect(),
                );
            }
            index.as_ref().and_then(|index| index.get(id)).copied()
        };
        // A suggestion weighs every id: given for the first problems only.
        let suggest = problems.len() < 100;
        let missing = |node: &Node, id: &str, items: &[Node]| {
            let mut message = crate::tr!("extend.no-id", id = id);
            if suggest {
                let ids: Vec<String> = items.iter().filter_map(id_of).collect();
                if let Some(near) = closest(id, ids.iter().map(String::as_str)) {
                    message = crate::tr!("clause.then", a = message, b = did_you_mean(id, near));
                }
                if !ids.is_empty() {
                    message.push_str(&crate::tr!("extend.ids-are", ids = list(&ids)));
                }
            }
            Problem {
                span: node.span,
                path: "agenda".into(),
                kind: ProblemKind::Other(message),
            }
        };
        if remove.as_ref().and_then(Node::text) == Some("true") {
            match id.as_deref().and_then(|id| position(&items, id)) {
                Some(i) => {
                    items.remove(i);
                    index = None;
                }
                None => problems.push(missing(&item, id.as_deref().unwrap_or("?"), &items)),
            }
            continue;
        }
        let anchor = before
            .as_ref()
            .map(|n| (n, 0))
            .or(after.as_ref().map(|n| (n, 1)));
        if let Some((anchor, offset)) = anchor {
            let target = anchor.text().unwrap_or_default().to_string();
            match position(&items, &target) {
                Some(i) => {
                    items.insert(i + offset, item);
                    index = None;
                }
                None => problems.push(missing(anchor, &target, &items)),
            }
            continue;
        }
        match id.as_deref().and_then(|id| position(&items, id)) {
            Some(i) => items[i] = item,
            None => {
                if let (Some(index), Some(id)) = (index.as_mut(), id) {
                    index.entry(id).or_insert(items.len());
                }
                items.push(item);
            }
        }
    }
    Node {
        kind: Kind::Seq(items),
        span: child.span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merging_thousands_of_items_by_id_takes_linear_time() {
        let items = |prefix: &str, n: usize, does: &str| -> String {
            (0..n)
                .map(|i| format!("  - {{ id: {prefix}{i}, does: {does} }}\n"))
                .collect()
        };
        let n = 20_000;
        let parent = format!("agenda:\n{}", items("a", n, "讲话"));
        let child = format!(
            "agenda:\n{}{}",
            items("a", n, "致辞"),
            items("b", n, "讲话")
        );
        let (parent, _) = yaml::parse(&parent).unwrap();
        let (child, _) = yaml::parse(&child).unwrap();
        let started = std::time::Instant::now();
        let mut problems = Vec::new();
        let merged = merge(parent, child, true, &mut problems);
        // Quadratic, this took minutes; linear, a fraction of a second even unoptimized.
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
        assert!(problems.is_empty());
        let Some(Kind::Seq(agenda)) = merged.get("agenda").map(|a| &a.kind) else {
            panic!("an agenda")
        };
        assert_eq!(agenda.len(), 2 * n);
        assert_eq!(agenda[0].get("does").and_then(Node::text), Some("致辞"));
        assert_eq!(agenda[n].get("id").and_then(Node::text), Some("b0"));
    }

    #[test]
    fn items_are_placed_removed_and_replaced_by_id() {
        let parent = "agenda:\n  - { id: a }\n  - { id: b }\n  - { id: c }\n";
        let child = "agenda:\n  - { id: x, before: b }\n  - { id: c, remove: true }\n  - { id: y, after: a }\n  - { id: b, does: 讲话 }\n  - { id: z }\n  - { id: q, after: z }\n";
        let (parent, _) = yaml::parse(parent).unwrap();
        let (child, _) = yaml::parse(child).unwrap();
        let mut problems = Vec::new();
        let merged = merge(parent, child, true, &mut problems);
        assert!(problems.is_empty());
        let Some(Kind::Seq(agenda)) = merged.get("agenda").map(|a| &a.kind) else {
            panic!("an agenda")
        };
        let ids: Vec<&str> = agenda
            .iter()
            .filter_map(|n| n.get("id").and_then(Node::text))
            .collect();
        assert_eq!(ids, ["a", "y", "x", "b", "z", "q"]);
        assert_eq!(agenda[3].get("does").and_then(Node::text), Some("讲话"));
    }
}
