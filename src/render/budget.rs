//! What a render may cost: the fuel of its template and the size of its output, both growing
//! with the size of what the template is given, so that every agenda under the size limit
//! renders and a runaway template stops, as it runs, with a message.

use anyhow::{Result, anyhow};
use minijinja::value::Value;

/// The fuel of a render: a step of a template, or 64 bytes it builds (minijinja's measure),
/// costs one. A render gets [`FUEL_PER_BYTE`] more for each byte of what its template is given
/// (see [`size_of`]), so that every agenda under the size limit renders, whatever it holds
/// many of (items, documents, a long text): the built-in templates take under 6,000 in all for
/// the sample and at most 3.4 a byte for large agendas. A runaway template stops within a
/// second on an ordinary agenda, having built at most 128 MB.
const FUEL: u64 = 2_000_000;
const FUEL_PER_BYTE: u64 = 16;

/// The output of a render is limited to this, and [`OUTPUT_PER_BYTE`] more for each byte of
/// what its template is given: the built-in templates write at most 26 bytes a byte (Word's
/// markup), so a template that loops to write gigabytes stops here, as it writes.
const OUTPUT: u64 = 64 * 1024 * 1024;
const OUTPUT_PER_BYTE: u64 = 128;

/// How much a template is given: the bytes of its context's text (keys included) and one for
/// each other value, counted as the context is walked, never copied.
fn size_of(value: &Value) -> u64 {
    if let Some(text) = value.as_str() {
        return text.len() as u64 + 1;
    }
    let Some(object) = value.as_object() else {
        return 1;
    };
    let inner: u64 = match object.try_iter_pairs() {
        Some(pairs) => pairs
            .map(|(key, value)| size_of(&key) + size_of(&value))
            .sum(),
        None => object
            .try_iter()
            .map_or(0, |values| values.map(|value| size_of(&value)).sum()),
    };
    inner + 1
}

/// The output of a render, refused as it is written once it would pass `limit` bytes.
struct Capped {
    text: Vec<u8>,
    limit: usize,
    full: bool,
}

impl Capped {
    /// The output of a template given `size` bytes.
    fn for_size(size: u64) -> Capped {
        let limit = OUTPUT.saturating_add(size.saturating_mul(OUTPUT_PER_BYTE));
        Capped {
            text: Vec::new(),
            limit: usize::try_from(limit).unwrap_or(usize::MAX),
            full: false,
        }
    }
}

impl std::io::Write for Capped {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if self.text.len().saturating_add(bytes.len()) > self.limit {
            self.full = true;
            self.text = Vec::new();
            return Err(std::io::Error::other("the output limit is passed"));
        }
        self.text.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A template to render: one by its name, or one given as text, compiled as `label`, that
/// calls the template `name`.
pub(super) enum Template<'a> {
    Named(&'a str),
    Text {
        name: &'a str,
        label: &'static str,
        source: &'static str,
    },
}

/// Renders `template` with `ctx` within a budget: first the one of any agenda, and only when
/// the template runs past it, the budget for the size of `ctx`, measured then (an ordinary
/// agenda never is) and rendered again.
pub(super) fn render(
    env: &mut minijinja::Environment<'static>,
    template: Template<'_>,
    ctx: Value,
) -> Result<String> {
    let name = match template {
        Template::Named(name) | Template::Text { name, .. } => name,
    };
    let mut size = None;
    loop {
        env.set_fuel(Some(fuel(size.unwrap_or(0))));
        let compiled = match template {
            Template::Named(name) => env.get_template(name),
            Template::Text { label, source, .. } => env.template_from_named_str(label, source),
        }
        .map_err(super::template_error)?;
        let mut out = Capped::for_size(size.unwrap_or(0));
        let err = match compiled.render_captured_to(ctx.clone(), &mut out) {
            // Templates write only `str`s: the bytes are UTF-8.
            Ok(_) => {
                return Ok(String::from_utf8(out.text)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()));
            }
            Err(err) => err,
        };
        let spent = out.full || err.kind() == minijinja::ErrorKind::OutOfFuel;
        match size {
            None if spent => size = Some(size_of(&ctx)),
            Some(size) if out.full => {
                return Err(anyhow!(crate::diagnostic::with_help(
                    crate::tr!(
                        "template.too-long",
                        name = name,
                        limit = format!("{:.1}", out.limit as f64 / 1024.0 / 1024.0)
                    ),
                    crate::tr!(
                        "template.too-long.help",
                        output = OUTPUT / 1024 / 1024,
                        per_byte = OUTPUT_PER_BYTE,
                        given = format!("{:.1}", size as f64 / 1000.0)
                    )
                ))
                .context(crate::tr!("template.failed")));
            }
            _ => return Err(super::template_error(err)),
        }
    }
}

/// The fuel of a template given `size` bytes.
fn fuel(size: u64) -> u64 {
    FUEL.saturating_add(size.saturating_mul(FUEL_PER_BYTE))
}

/// What to add to the message of a template that ran out of fuel.
pub(super) fn out_of_fuel_help() -> String {
    crate::diagnostic::with_help(
        String::new(),
        crate::tr!(
            "template.out-of-fuel.help",
            million = FUEL / 1_000_000,
            per_byte = FUEL_PER_BYTE
        ),
    )
}
