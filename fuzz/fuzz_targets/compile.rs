//! Fuzzes the whole compiler: any bytes as an agenda, through load, validate, plan, schedule
//! and render, into every document and format. It must never panic.
#![no_main]

use emcee::format::Format;
use emcee::load::Source;
use emcee::library::Library;
use emcee::pipeline::{self, Doc, Output};
use emcee::render::{Renderer, TemplateDirs};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let source = Source {
        name: "fuzz.yaml".into(),
        text: text.to_string(),
        path: None,
        encoding: None,
    };
    let renderer = Renderer::new(&TemplateDirs::default());
    let library = Library::default();
    let Ok(analysis) = pipeline::analyze(&source, &renderer, &library) else {
        return;
    };
    // Every message must render, whatever its place.
    for d in &analysis.diagnostics {
        let file = analysis.sources.get(d.source).unwrap_or(&source);
        let _ = emcee::diagnostic::render(&file.name, &file.text, std::slice::from_ref(d));
    }
    if let Some(plan) = analysis.plan {
        let output = Output { cues: true, ..Output::default() };
        for doc in [Doc::Script, Doc::Handout, Doc::Runsheet] {
            for format in [Format::Txt, Format::Md, Format::Html, Format::Docx] {
                let _ = pipeline::render(&plan, doc, format, &output, &renderer);
            }
        }
    }
});
