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
            for i in 2..=n {
                let expected = format!("We now come to item {i}.");
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

/// A move of a few kinds, with its text: what the script must then say somewhere.
fn a_move() -> impl Strategy<Value = (String, Option<String>)> {
    let text = "[会议工作学习传达部署落实精神领导同志报告讲话]{2,12}";
    prop_oneof![
        text.prop_map(|t| (format!("say: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("direction: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("discipline: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("notice: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("review: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("appeal: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (
            format!("invite: {{ by: {}, does: 发言 }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("invite: {{ who: p0, does: 传达, what: {} }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (format!("hopes: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("recap: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("wishes: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("views: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("vote: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("approval: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("thanks: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("action: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("score: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (
            format!("list: {{ lead: {}, entries: [一组] }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (format!("points: [{{ heading: {} }}]", quoted(&t)), Some(t))),
        text.prop_map(|t| (
            format!("rite: {{ rite: silence, for_whom: {} }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("draft: {{ title: {}, read_by: 工作人员 }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("proposal: {{ who: [王青, 李林], post: {} }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("recess: {{ does: 分组讨论, what: {} }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!(
                "vote: {{ motions: {}, count: dissent, result: passed }}",
                quoted(&t)
            ),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("approval: {{ motions: {}, ask: differ }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!(
                "election: {{ offices: {}, seats: 2, method: 差额, candidates: [周一, 吴二, 郑三], \
                 scrutineers: [冯四, 陈五], chief: 冯四, head_count: true, check_ballots: true, votes: true }}",
                quoted(&t)
            ),
            Some(t)
        )),
        Just(("quorum: { expected: blank, who: 党员 }".to_string(), None)),
        Just(("quorum: { expected: 12, who: 党员 }".to_string(), None)),
        Just(("head_count".to_string(), None)),
        Just(("convene".to_string(), None)),
        Just(("thanks".to_string(), None)),
        Just(("rite: anthem".to_string(), None)),
        Just(("declare".to_string(), None)),
        Just(("done".to_string(), None)),
        Just(("adjourn".to_string(), None)),
        Just(("overview: flow".to_string(), None)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Moves of any kind in any order, in the opening, the items and the closing, always
    /// render, and every text written is said: nothing is dropped.
    #[test]
    fn moves_in_any_order_render_and_say_every_text(
        opening in prop::collection::vec(a_move(), 1..6),
        items in prop::collection::vec((prop::collection::vec(a_move(), 1..5), any::<bool>()), 1..5),
        closing in prop::collection::vec(a_move(), 1..5),
    ) {
        let head = "meeting:\n  title: 测试会议\npeople:\n  p0: { name: 甲, title: 局长 }\n  p1: { name: 乙 }\nhost: p1\n";
        every_text_is_said(head, &opening, &items, &closing)?;
    }

    /// The same for English moves, the English-only kinds among them.
    #[test]
    fn english_moves_in_any_order_render_and_say_every_text(
        opening in prop::collection::vec(an_english_move(), 1..6),
        items in prop::collection::vec((prop::collection::vec(an_english_move(), 1..5), any::<bool>()), 1..5),
        closing in prop::collection::vec(an_english_move(), 1..5),
    ) {
        let head = "meeting:\n  title: Test Meeting\n  language: en\n  start: \"19:00\"\npeople:\n  p0: { name: Ann Lee, title: Treasurer, honorific: Ms. }\n  p1: { name: Bo Park, title: Chair }\n  p2: { name: Cy Diaz }\nhost: p1\n";
        every_text_is_said(head, &opening, &items, &closing)?;
    }
}

type Moves = Vec<(String, Option<String>)>;

/// Renders the agenda of `head` with these moves in every paper, and checks every text written
/// is said in the script.
fn every_text_is_said(
    head: &str,
    opening: &Moves,
    items: &[(Moves, bool)],
    closing: &Moves,
) -> Result<(), TestCaseError> {
    let list = |moves: &Moves, indent: &str| {
        moves
            .iter()
            .map(|(m, _)| format!("{indent}- {m}\n"))
            .collect::<String>()
    };
    let mut y = format!("{head}opening:\n");
    y.push_str(&list(opening, "  "));
    y.push_str("agenda:\n");
    for (moves, numbered) in items {
        y.push_str(&format!("  - numbered: {numbered}\n    moves:\n"));
        y.push_str(&list(moves, "      "));
    }
    y.push_str("closing:\n");
    y.push_str(&list(closing, "  "));
    let source = Source {
        name: "moves.yaml".into(),
        text: y.clone(),
        path: None,
        encoding: None,
    };
    let renderer = Renderer::new(&TemplateDirs::default());
    let analysis = pipeline::analyze(&source, &renderer, &Library::default());
    prop_assert!(analysis.is_ok(), "{:#}\n{y}", analysis.unwrap_err());
    let analysis = analysis.unwrap();
    let errors: Vec<_> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    prop_assert!(errors.is_empty(), "{errors:?}\n{y}");
    let plan = analysis.plan.unwrap();
    let output = Output {
        cues: true,
        ..Output::default()
    };
    for doc in [Doc::Script, Doc::Handout, Doc::Runsheet] {
        let rendered = pipeline::render(&plan, doc, Format::Docx, &output, &renderer);
        prop_assert!(
            rendered.is_ok(),
            "{doc:?}: {:#}\n{y}",
            rendered.unwrap_err()
        );
    }
    let script = String::from_utf8(
        pipeline::render(&plan, Doc::Script, Format::Txt, &output, &renderer).unwrap(),
    )
    .unwrap();
    let all = opening
        .iter()
        .chain(items.iter().flat_map(|(m, _)| m))
        .chain(closing);
    for text in all.filter_map(|(_, t)| t.as_ref()) {
        prop_assert!(
            script.contains(text.as_str()),
            "`{text}` is not said:\n{script}\n{y}"
        );
    }
    Ok(())
}

/// An English move of a few kinds, with its text: what the script must then say somewhere.
fn an_english_move() -> impl Strategy<Value = (String, Option<String>)> {
    let text = "[a-z]{3,8}( [a-z]{2,8}){0,3}";
    prop_oneof![
        text.prop_map(|t| (format!("say: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("direction: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("notice: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (
            format!("branch: {{ if: no quorum, text: {} }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (format!("or: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("poll: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (format!("ask: {}", quoted(&t)), Some(t))),
        text.prop_map(|t| (
            format!(
                "motion: {{ motion: {}, mover: p0, vote: hands }}",
                quoted(&t)
            ),
            Some(t)
        )),
        text.prop_map(|t| (
            format!(
                "motion: {{ motion: {}, postponed_from: the March meeting, two_thirds: true }}",
                quoted(&t)
            ),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("motion: {{ motion: {}, vote: consent }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("invite: {{ who: p0, does: present, what: {} }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!(
                "invite: {{ who: p2, does: share, what: {}, applause: welcome }}",
                quoted(&t)
            ),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("appoint: {{ role: {}, who: [Sam Reed] }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("greet: [{{ who: p0, compliment: {} }}]", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!(
                "speech: {{ who: p2, title: {}, evaluator: p0 }}",
                quoted(&t)
            ),
            Some(t)
        )),
        text.prop_map(|t| (
            format!(
                "confer: {{ degree: {}, presenter: p0, by: p1 }}",
                quoted(&t)
            ),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("nominations: {{ office: {}, seats: 3 }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("thanks: {{ who: p0, for_what: {} }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("rite: {{ rite: processional, order: [{}] }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (
            format!(
                "list: {{ lead: Our rules, entries: [{}], numbered: true }}",
                quoted(&t)
            ),
            Some(t)
        )),
        Just(("declare: { time: true }".to_string(), None)),
        Just(("convene".to_string(), None)),
        Just(("introduce".to_string(), None)),
        Just(("rite: { rite: invocation, led_by: p2 }".to_string(), None)),
        Just(("rite: pledge".to_string(), None)),
        Just(("rite: anthem".to_string(), None)),
        Just((
            "rite: { rite: silence, for_whom: our founder }".to_string(),
            None
        )),
        Just(("roles: [p0, p2]".to_string(), None)),
        Just((
            "report: { who: p0, questions: true, then: filed }".to_string(),
            None
        )),
        Just(("ballot: [Best Speaker]".to_string(), None)),
        Just(("hand_back: p0".to_string(), None)),
        Just(("minutes: { as: distributed }".to_string(), None)),
        Just(("constituted: { notice: on March 1 }".to_string(), None)),
        Just(("head_count".to_string(), None)),
        Just(("quorum: { expected: 12 }".to_string(), None)),
        Just((
            "questions: { channel: the Q&A box, upvotes: true }".to_string(),
            None
        )),
        Just(("questions_end".to_string(), None)),
        Just(("comments: 3".to_string(), None)),
        Just(("overview: list".to_string(), None)),
        Just(("done".to_string(), None)),
        Just(("adjourn: { next: on May 15, time: true }".to_string(), None)),
        Just(("adjourn: here".to_string(), None)),
        Just(("adjourn: announce-end".to_string(), None)),
        Just((
            "platform: { phrase: introduce, people: [p0] }".to_string(),
            None
        )),
        text.prop_map(|t| (
            format!(
                "wishes: {{ on_behalf_of: the board, text: {} }}",
                quoted(&t)
            ),
            Some(t)
        )),
        text.prop_map(|t| (
            format!(
                "draft: {{ title: {}, passed_by: the committee, read_by: p0 }}",
                quoted(&t)
            ),
            Some(t)
        )),
        text.prop_map(|t| (
            format!("proposal: {{ who: [p2], post: {} }}", quoted(&t)),
            Some(t)
        )),
        text.prop_map(|t| (format!("recess: {{ does: {} }}", quoted(&t)), Some(t))),
    ]
}
