//! What emcee reads and writes is bounded whatever its inputs hold: the parts of a
//! `--reference-doc` and the output of a template have size caps, past which the run stops with
//! a message and writes nothing.

use std::io::Write;
use std::path::Path;

use insta_cmd::assert_cmd_snapshot;

use crate::util::{emcee_in, project_with};

/// A Word package holding `styles` as `word/styles.xml`, deflated; `claimed` is the unpacked
/// size written in its headers, when it lies.
fn package(path: &Path, styles: &str, claimed: Option<u32>) {
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("word/styles.xml", deflated).unwrap();
    zip.write_all(styles.as_bytes()).unwrap();
    zip.finish().unwrap();
    if let Some(claimed) = claimed {
        let mut bytes = std::fs::read(path).unwrap();
        let size = (styles.len() as u32).to_le_bytes();
        // The unpacked size in the local header (at 22) and the central directory (at 24).
        for (signature, at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
            let start = bytes.windows(4).position(|w| w == signature).unwrap() + at;
            assert_eq!(bytes[start..start + 4], size);
            bytes[start..start + 4].copy_from_slice(&claimed.to_le_bytes());
        }
        std::fs::write(path, bytes).unwrap();
    }
}

/// Styles that unpack to 9 MiB (deflated to a few kilobytes): valid XML, all but empty.
fn huge_styles() -> String {
    let mut styles = String::from(
        r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    );
    styles.push_str(&" ".repeat(9 * 1024 * 1024));
    styles.push_str("</w:styles>");
    styles
}

/// Renders to Word with a reference document whose styles unpack far past the cap (`claimed`:
/// the size its zip says they unpack to): refused, with the message snapshotted as `name`, and
/// nothing written.
fn a_reference_document_is_refused(name: &str, claimed: Option<u32>) {
    let dir = project_with("diyi-points.yaml");
    package(&dir.path().join("ref.docx"), &huge_styles(), claimed);
    assert_cmd_snapshot!(
        name,
        emcee_in(dir.path()).args([
            "render",
            "meeting.yaml",
            "-o",
            "out.docx",
            "--reference-doc",
            "ref.docx"
        ])
    );
    assert!(!dir.path().join("out.docx").exists());
}

#[test]
fn a_reference_document_part_too_large_to_be_styles_is_refused() {
    a_reference_document_is_refused(
        "a_reference_document_part_too_large_to_be_styles_is_refused",
        None,
    );
}

#[test]
fn a_zip_bomb_that_claims_a_small_part_is_refused_once_unpacked_that_far() {
    a_reference_document_is_refused(
        "a_zip_bomb_that_claims_a_small_part_is_refused_once_unpacked_that_far",
        Some(2_000),
    );
}

/// emcee run in `dir` with its address space limited to `mib` MiB: a run that tries to hold
/// more fails to allocate and aborts.
fn emcee_within(dir: &Path, mib: u32) -> std::process::Command {
    let mut cmd = std::process::Command::new("sh");
    cmd.current_dir(dir)
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .arg("-c")
        .arg(format!("ulimit -v {} && exec \"$0\" \"$@\"", mib * 1024))
        .arg(env!("CARGO_BIN_EXE_emcee"));
    cmd
}

/// A project whose script template is `template`.
fn with_script(template: &str) -> tempfile::TempDir {
    let dir = project_with("diyi-points.yaml");
    let scripts = dir.path().join("scripts/zh-CN");
    std::fs::create_dir_all(&scripts).unwrap();
    std::fs::write(scripts.join("script.txt.j2"), template).unwrap();
    dir
}

/// Renders with the script template `template` under a 512 MiB memory limit: the run must stop
/// with the message snapshotted as `name`, within 30 seconds, and write nothing.
fn a_runaway_template_is_stopped(name: &str, template: &str) {
    let dir = with_script(template);
    let started = std::time::Instant::now();
    assert_cmd_snapshot!(
        name,
        emcee_within(dir.path(), 512).args(["render", "meeting.yaml", "-o", "out.txt"])
    );
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
    assert!(!dir.path().join("out.txt").exists());
}

#[test]
fn a_template_that_writes_gigabytes_stops_at_the_output_limit() {
    // A gigabyte of text, a kilobyte at a time: cheap in fuel, so only the limit stops it.
    a_runaway_template_is_stopped(
        "a_template_that_writes_gigabytes_stops_at_the_output_limit",
        &format!(
            "{{% for i in range(10000) %}}{{% for j in range(100) %}}{}\n{{% endfor %}}{{% endfor %}}\n",
            "会".repeat(333)
        ),
    );
}

#[test]
fn a_macro_that_builds_gigabytes_runs_out_of_fuel_before_memory() {
    // A macro's output is held until it returns: the fuel (64 bytes a unit) bounds it.
    a_runaway_template_is_stopped(
        "a_macro_that_builds_gigabytes_runs_out_of_fuel_before_memory",
        "{% macro m() %}{% for i in range(10000) %}{{ 'x' * 100000 }}{% endfor %}{% endmacro %}{{ m() }}\n",
    );
}

#[test]
fn text_doubled_until_it_fills_memory_runs_out_of_fuel() {
    a_runaway_template_is_stopped(
        "text_doubled_until_it_fills_memory_runs_out_of_fuel",
        "{% set s = namespace(t='x') %}{% for i in range(40) %}{% set s.t = s.t ~ s.t %}{% endfor %}{{ s.t }}\n",
    );
}

#[test]
fn the_fuel_grows_with_whatever_the_agenda_holds_many_of() {
    // Not only items: 300,000 documents in one step (4 MB) take more than a small agenda's
    // fuel, and get it.
    let documents: Vec<String> = (0..300_000).map(|i| format!("文件{i}")).collect();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("meeting.yaml"),
        format!(
            "meeting: {{ title: 专题会议 }}\npeople:\n  li: {{ name: 李四, title: 主任 }}\nhost: li\nagenda:\n  - {{ who: li, does: 宣读, documents: [{}] }}\n",
            documents.join(", ")
        ),
    )
    .unwrap();
    let (code, script, stderr) =
        crate::util::run(emcee_in(dir.path()).args(["render", "meeting.yaml"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(script.contains("文件299999"));
}
