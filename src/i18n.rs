//! The language of emcee's own messages: Chinese when the locale is Chinese (`LC_ALL`,
//! `LC_MESSAGES` or `LANG` of `zh_*`), English otherwise; `EMCEE_LANG=zh-CN` or `en` chooses.
//! The texts live in one catalogue per language (`locales/`), each line `id = text`, with
//! `{name}` for the values put in; keys of the agenda format stay English in both.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

const EN: &str = include_str!("../locales/en.txt");
const ZH: &str = include_str!("../locales/zh-CN.txt");

/// The language of messages, from the environment, decided once (English in unit tests, so
/// that they pass in any locale).
pub fn lang() -> Lang {
    if cfg!(test) {
        return Lang::En;
    }
    static LANG: OnceLock<Lang> = OnceLock::new();
    *LANG.get_or_init(|| {
        let var = |name| std::env::var(name).ok().filter(|v| !v.is_empty());
        from_locale(
            var("EMCEE_LANG")
                .or_else(|| var("LC_ALL"))
                .or_else(|| var("LC_MESSAGES"))
                .or_else(|| var("LANG"))
                .as_deref(),
        )
    })
}

/// The language a locale name (`zh_CN.UTF-8`, `zh-CN`, `en_US`, `C`) asks for.
pub fn from_locale(locale: Option<&str>) -> Lang {
    match locale {
        Some(l) if l.to_ascii_lowercase().starts_with("zh") => Lang::Zh,
        _ => Lang::En,
    }
}

/// The text of message `id` in the language of messages, with `{name}` replaced by its value.
pub fn text(id: &str, values: &[(&str, &str)]) -> String {
    text_in(lang(), id, values)
}

/// The text of message `id` in `lang`; its English text when the catalogue lacks it.
pub fn text_in(lang: Lang, id: &str, values: &[(&str, &str)]) -> String {
    let catalogue = match lang {
        Lang::En => EN,
        Lang::Zh => ZH,
    };
    let template = lookup(catalogue, id)
        .or_else(|| lookup(EN, id))
        .unwrap_or(id);
    // One pass: a value that holds `{name}` itself (a user's text) is put in as it is.
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether the English catalogue holds message `id`.
pub fn has(id: &str) -> bool {
    lookup(EN, id).is_some()
}

fn lookup<'a>(catalogue: &'a str, id: &str) -> Option<&'a str> {
    entries(catalogue).find(|(k, _)| *k == id).map(|(_, v)| v)
}

fn entries(catalogue: &str) -> impl Iterator<Item = (&str, &str)> {
    catalogue
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.trim(), v))
}

/// A message of the catalogue: `tr!("slip.tab")`, `tr!("slip.no-space", key = k)`.
#[macro_export]
macro_rules! tr {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), &$value.to_string())),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_choose_the_language() {
        assert_eq!(from_locale(Some("zh_CN.UTF-8")), Lang::Zh);
        assert_eq!(from_locale(Some("zh_TW")), Lang::Zh);
        assert_eq!(from_locale(Some("zh-CN")), Lang::Zh);
        assert_eq!(from_locale(Some("en_US.UTF-8")), Lang::En);
        assert_eq!(from_locale(Some("C")), Lang::En);
        assert_eq!(from_locale(None), Lang::En);
    }

    #[test]
    fn the_catalogues_hold_the_same_messages_with_the_same_values() {
        let ids = |c| entries(c).map(|(k, _)| k).collect::<Vec<_>>();
        assert_eq!(ids(EN), ids(ZH), "the same ids, in the same order");
        let names = |t: &str| {
            let mut names: Vec<String> = t
                .split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}'))
                .map(|(n, _)| n.to_string())
                .filter(|n| {
                    n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !n.is_empty()
                })
                .collect();
            names.sort();
            names
        };
        for ((id, en), (_, zh)) in entries(EN).zip(entries(ZH)) {
            assert_eq!(names(en), names(zh), "{id}");
        }
        assert_eq!(
            text_in(Lang::Zh, "slip.no-space", &[("key", "title")]),
            "`title:` 后面缺少空格"
        );
    }

    /// The ids the code names as literals (`tr!("id"`, `i18n::text("id"`,
    /// `text_in(lang, "id"`) in the files under `dir`, with the file each is in.
    fn ids_in_code(dir: &std::path::Path, found: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                ids_in_code(&path, found);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let code = std::fs::read_to_string(&path).unwrap();
            for call in ["tr!(", "i18n::text(", "i18n::text_in("] {
                for (at, _) in code.match_indices(call) {
                    let line = &code[code[..at].rfind('\n').map_or(0, |l| l + 1)..at];
                    if line.trim_start().starts_with("//") {
                        continue;
                    }
                    let args = &code[at + call.len()..];
                    // The id is the first string of the call, before any other parenthesis.
                    let Some(open) = args.find('"') else { continue };
                    if args[..open].contains(['(', ')', '"']) {
                        continue;
                    }
                    let rest = &args[open + 1..];
                    let id = &rest[..rest.find('"').unwrap()];
                    let is_id = id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
                    if is_id && !id.is_empty() {
                        found.push((id.to_string(), path.display().to_string()));
                    }
                }
            }
        }
    }

    #[test]
    fn values_are_put_in_once_as_they_are() {
        assert_eq!(
            text_in(Lang::En, "list.joined", &[("a", "`{b}`"), ("b", "`x`")]),
            "`{b}`, `x`"
        );
        assert_eq!(
            text_in(
                Lang::En,
                "reference.no-field",
                &[("reference", "a.b"), ("field", "c")]
            ),
            "`{a.b}`: an item has no `c`"
        );
        assert_eq!(
            text_in(Lang::En, "text.count-disagrees.help", &[]),
            "write `{count}` in place of the number, and emcee counts the sections"
        );
    }

    #[test]
    fn every_message_the_code_names_is_in_both_catalogues() {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        ids_in_code(&src, &mut found);
        assert!(found.len() > 300, "the ids are found: {}", found.len());
        let missing: Vec<String> = found
            .iter()
            .filter(|(id, _)| lookup(EN, id).is_none() || lookup(ZH, id).is_none())
            .map(|(id, file)| format!("{id} ({file})"))
            .collect();
        assert!(missing.is_empty(), "not in the catalogues: {missing:#?}");
    }
}
