//! Criterion benches for each stage at 10, 100, 1,000 and 10,000 agenda items: load (parse and
//! deserialize), validate + plan, and render (the script as plain text). Cost should grow
//! linearly with the items; `benches/compare.sh` prints the ratios.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use emcee::format::Format;
use emcee::library::Library;
use emcee::load::{self, Source};
use emcee::pipeline::{self, Doc, Output};
use emcee::plan;
use emcee::raw;
use emcee::render::{Renderer, TemplateDirs};
use emcee::validate::{self, People};

const SIZES: [usize; 4] = [10, 100, 1_000, 10_000];

/// An agenda of `n` items: every third has a title and two steps, as real agendas mix them.
fn agenda(n: usize) -> Source {
    let mut text = String::from(
        "meeting:\n  title: 全县工作会议\n  start: \"09:00\"\n  purpose: [深入学习贯彻会议精神]\npeople:\n  a: { name: 张三, title: 县委书记, call: 张书记 }\n  b: { name: 李四, title: 县委副书记、县长 }\n  c: { name: 王五, title: 县委常委、办公室主任 }\nhost: c\nagenda:\n",
    );
    for i in 0..n {
        if i % 3 == 0 {
            text.push_str(&format!("  - title: 学习文件{i}\n    steps:\n      - {{ who: a, does: 传达, what: 文件{i}精神, minutes: 5 }}\n      - {{ who: b, does: 领学, documents: [条例{i}], minutes: 5 }}\n"));
        } else {
            text.push_str(&format!(
                "  - {{ who: b, does: 发言, what: 议题{i}, minutes: 10 }}\n"
            ));
        }
    }
    text.push_str("closing:\n  recap: 张书记作了重要讲话\n  points:\n    - { heading: 要抓好落实, body: 各单位要迅速行动。 }\n");
    Source {
        name: format!("bench-{n}.yaml"),
        text,
        path: None,
        encoding: None,
    }
}

fn stages(c: &mut Criterion) {
    let renderer = Renderer::new(&TemplateDirs::default());
    let library = Library::default();
    let output = Output {
        cues: true,
        ..Output::default()
    };
    let texts = validate::TextFiles::new();
    for (stage, run) in [("load", 0), ("validate+plan", 1), ("render", 2)] {
        let mut group = c.benchmark_group(stage);
        group.sample_size(20);
        for n in SIZES {
            let source = agenda(n);
            let mut sources = vec![source.clone()];
            let parsed = load::parse(&source, &library, &mut sources);
            let (raw, root) = (parsed.raw.unwrap(), parsed.root.unwrap());
            let people = match &raw.people {
                Some(raw::People::Inline(map)) => map,
                _ => unreachable!("the bench agenda writes its people inline"),
            };
            let people_of = || People {
                map: people,
                root: &root,
                source: 0,
                available: true,
            };
            let kinds = renderer.kinds("zh-CN").unwrap();
            let (agenda, _) = validate::validate(&raw, &root, people_of(), &texts, &kinds);
            let plan = plan::plan(agenda.as_ref().unwrap());
            // The script's parts are rendered once, to time them, and the script reuses them:
            // rendering is both.
            let mut scripted = plan::plan(agenda.as_ref().unwrap());
            scripted.parts = renderer.host_lines(&plan).unwrap().markup;
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| match run {
                0 => b.iter(|| {
                    let mut sources = vec![source.clone()];
                    black_box(load::parse(black_box(&source), &library, &mut sources))
                }),
                1 => b.iter(|| {
                    let (agenda, _) =
                        validate::validate(black_box(&raw), &root, people_of(), &texts, &kinds);
                    black_box(plan::plan(&agenda.unwrap()))
                }),
                _ => b.iter(|| {
                    black_box(renderer.host_lines(black_box(&plan)).unwrap());
                    black_box(
                        pipeline::render(
                            black_box(&scripted),
                            Doc::Script,
                            Format::Txt,
                            &output,
                            &renderer,
                        )
                        .unwrap(),
                    )
                }),
            });
        }
        group.finish();
    }
}

criterion_group!(benches, stages);
criterion_main!(benches);
