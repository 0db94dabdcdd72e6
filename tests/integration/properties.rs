//! Property tests: random valid agendas (sizes, people, steps, points, Chinese and English text)
//! always render, and the numbering is consistent: the count said equals the items rendered.

use emcee::format::Format;
use emcee::library::Library;
use emcee::load::Source;
use emcee::pipeline::{self, Doc, Output};
use emcee::render::{Renderer, TemplateDirs};
use proptest::prelude::*;

#[derive(Debug, Clone)]
struct Agenda {
    english: bool,
    people: Vec<(String, String)>,
    items: Vec<Vec<(usize, String)>>,
    points: Vec<String>,
}

fn words(english: bool) -> impl Strategy<Value = String> {
    if english {
        "[a-z]{1,8}( [a-z]{1,8}){0,4}".boxed()
    } else {
        "[会议工作学习传达部署落实精神领导同志报告讲话《》（）、]{1,16}".boxed()
    }
}

fn agenda() -> impl Strategy<Value = Agenda> {
    any::<bool>().prop_flat_map(|english| {
        (
            Just(english),
            prop::collection::vec((words(english), words(english)), 1..6),
            prop::collection::vec(
                prop::collection::vec((0..6usize, words(english)), 1..4),
                1..30,
            ),
            prop::collection::vec(words(english), 0..6),
        )
            .prop_map(|(english, people, items, points)| Agenda {
                english,
                people,
                items,
                points,
            })
    })
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn yaml(a: &Agenda) -> String {
    let mut y = format!(
        "meeting:\n  title: {}\n  language: {}\npeople:\n",
        quoted("测试会议 test meeting"),
        if a.english { "en" } else { "zh-CN" }
    );
    for (i, (name, title)) in a.people.iter().enumerate() {
        y.push_str(&format!(
            "  p{i}: {{ name: {}, title: {} }}\n",
            quoted(name),
            quoted(title)
        ));
    }
    y.push_str("host: p0\nagenda:\n");
    for steps in &a.items {
        y.push_str("  - steps:\n");
        for (who, what) in steps {
            let who = who % a.people.len();
            y.push_str(&format!(
                "      - {{ who: p{who}, does: {}, what: {} }}\n",
                quoted("speak"),
                quoted(what)
            ));
        }
    }
    if !a.points.is_empty() {
        y.push_str("closing:\n  points:\n");
        for p in &a.points {
            y.push_str(&format!("    - {{ heading: {} }}\n", quoted(p)));
        }
    }
    y
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_agendas_render_with_consistent_numbering(a in agenda()) {
        let source = Source { name: "random.yaml".into(), text: yaml(&a), path: None, encoding: None };
        let renderer = Renderer::new(&TemplateDirs::default());
        let analysis = pipeline::analyze(&source, &renderer, &Library::default()).unwrap();
        let errors: Vec<_> = analysis.diagnostics.iter().filter(|d| d.is_error()).collect();
        prop_assert!(errors.is_empty(), "{errors:?}\n{}", source.text);
        let plan = analysis.plan.unwrap();
        let output = Output { cues: true, ..Output::default() };
        for doc in [Doc::Script, Doc::Handout, Doc::Runsheet] {
            for format in [Format::Txt, Format::Html, Format::Docx] {
                prop_assert!(pipeline::render(&plan, doc, format, &output, &renderer).is_ok());
            }
        }
        let script = String::from_utf8(pipeline::render(&plan, Doc::Script, Format::Txt, &output, &renderer).unwrap()).unwrap();
        let n = a.items.len();
        prop_assert_eq!(plan.items.len(), n);
        let lines: Vec<&str> = script.lines().collect();
        if a.english {
            if n > 1 {
                let said = emcee::numerals::english_count(n);
                let expected = format!("We have {said} items on our agenda today");
                prop_assert!(script.contains(&expected), "{}", script);
            }
            for i in 2..n {
                let expected = format!("Next, for item {i},");
                prop_assert!(lines.iter().any(|l| l.starts_with(&expected)), "{}", script);
            }
        } else {
            if n > 1 {
                let expected = format!("共有{}项议程", emcee::numerals::count(n));
                prop_assert!(script.contains(&expected), "{}", script);
            }
            for i in 2..=n {
                let expected = format!("下面进行第{}项议程", emcee::numerals::ordinal(i));
                prop_assert_eq!(lines.iter().filter(|l| l.starts_with(&expected)).count(), 1, "{}", script);
            }
            if !a.points.is_empty() {
                let expected = format!("我再强调{}点", emcee::numerals::count(a.points.len()));
                prop_assert!(script.contains(&expected), "{}", script);
                // One point runs on unnumbered (我再强调一点：要……); several are 一要, 二要, ….
                if a.points.len() == 1 {
                    prop_assert!(script.contains("我再强调一点：要"), "{}", script);
                }
                for i in (1..=a.points.len()).filter(|_| a.points.len() > 1) {
                    let expected = format!("{}要", emcee::numerals::ordinal(i));
                    prop_assert!(lines.iter().any(|l| l.starts_with(&expected)), "{}", script);
                }
            }
        }
    }
}
