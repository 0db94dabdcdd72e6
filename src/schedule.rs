//! Puts the plan on the clock: the start and end of the opening, of every item and step and of
//! the closing, the meeting's end, and how long the host's own lines take to read. Flags what
//! does not fit: an overrun past `ends`, gaps and overlaps around fixed `at` times, items
//! without minutes, and items shorter than the host's lines for them.

use crate::diagnostic::{Diagnostic, counted};
use crate::model::{self, Clock};
use crate::plan::{HostTime, Part, Plan, Time};
use crate::tr;

/// The host's own lines for each part of the meeting, as read aloud (no markup, no stage
/// directions), and the parts' markup as rendered, for the script.
#[derive(Debug, Clone, Default)]
pub struct HostLines {
    pub opening: String,
    pub items: Vec<String>,
    pub closing: String,
    pub markup: crate::plan::ScriptParts,
}

/// How long reading `text` aloud takes at `rate`: Chinese counts characters (not
/// punctuation), other languages count words.
pub fn host_time(text: &str, language: model::Language, rate: u32) -> HostTime {
    let length = match language {
        model::Language::ZhCn => text.chars().filter(|c| c.is_alphanumeric()).count(),
        model::Language::En => text.split_whitespace().count(),
    };
    let minutes = length as f64 / f64::from(rate.max(1));
    HostTime {
        length,
        minutes: (minutes * 10.0).round() / 10.0,
        seconds: (minutes * 60.0).round() as u32,
    }
}

/// A time of day as the agenda's language writes it in `text`: 14:30 in Chinese, 2:30 p.m. in
/// English, with a no-break space (the item's time in the margin of an HTML or Markdown script
/// is this text, and the markup's `^aside` ends at a space).
pub fn time(clock: Clock, language: model::Language) -> Time {
    let mut time = Time::from(clock);
    if language == model::Language::En {
        let hour = match clock.hour() % 12 {
            0 => 12,
            hour => hour,
        };
        let half = if clock.hour() < 12 { "a.m." } else { "p.m." };
        time.text = format!("{hour}:{:02}\u{a0}{half}", clock.minute());
        if clock.day() > 0 {
            time.text.push_str(&format!("(+{})", clock.day()));
        }
    }
    time
}

/// Fills in the plan's times from the agenda and the host's lines; returns the warnings.
pub fn schedule(plan: &mut Plan, agenda: &model::Agenda, lines: &HostLines) -> Vec<Diagnostic> {
    let language = agenda.meeting.language;
    let at = |clock: Clock| time(clock, language);
    plan.meeting.start = agenda.meeting.start.map(at);
    plan.meeting.ends = agenda.meeting.ends.map(at);
    let rate = agenda.meeting.reading_rate;
    let reading = |text: &str| host_time(text, language, rate);
    let mut warnings = Vec::new();
    let mut cursor: Option<Clock> = agenda.meeting.start;
    let mut total: Option<u32> = Some(0);

    plan.opening = timed_part(&mut cursor, &mut total, reading(&lines.opening), at);
    let mut host = plan.opening.host;

    for (i, (item, source)) in plan.items.iter_mut().zip(&agenda.items).enumerate() {
        let path = format!("agenda[{i}]");
        if let Some(at) = source.at {
            if let Some(now) = cursor {
                if at < now {
                    warnings.push(
                        Diagnostic::warning(tr!("time.overlap", n = i + 1, at = at, now = now))
                            .help(tr!("time.overlap.help"))
                            .at(format!("{path}.at"), None),
                    );
                } else if at > now {
                    warnings.push(
                        Diagnostic::warning(tr!("time.gap", now = now, at = at, n = i + 1))
                            .help(tr!("time.gap.help"))
                            .at(format!("{path}.at"), None),
                    );
                }
            }
            cursor = Some(at);
        }
        item.host_time = reading(lines.items.get(i).map_or("", String::as_str));
        host = add(host, item.host_time);
        if let Some(minutes) = item.minutes
            && item.host_time.minutes > f64::from(minutes)
        {
            warnings.push(
                Diagnostic::warning(tr!(
                    "time.host-overruns",
                    n = i + 1,
                    planned = counted(minutes as usize, "minute"),
                    host = item.host_time.minutes
                ))
                .help(tr!("time.host-overruns.help"))
                .at(path.clone(), None),
            );
        }
        item.start = cursor.map(at);
        let mut step_cursor = cursor;
        for step in &mut item.steps {
            step.start = step_cursor.map(at);
            step_cursor = step_cursor.zip(step.minutes).map(|(c, m)| c.plus(m));
        }
        match item.minutes {
            Some(minutes) => {
                cursor = cursor.map(|c| c.plus(minutes));
                total = total.map(|t| t.saturating_add(minutes));
            }
            None => {
                if cursor.is_some() {
                    warnings.push(
                        Diagnostic::warning(tr!("time.no-minutes", n = i + 1))
                            .help(tr!("time.no-minutes.help"))
                            .at(path, None),
                    );
                }
                cursor = None;
                total = None;
            }
        }
        item.end = cursor.map(at);
    }

    plan.closing.part = timed_part(&mut cursor, &mut total, reading(&lines.closing), at);
    host = add(host, plan.closing.part.host);
    plan.host_time = host;
    plan.end = cursor.map(at);
    plan.total_minutes = total;

    if let (Some(end), Some(ends)) = (cursor, agenda.meeting.ends)
        && end > ends
    {
        warnings.push(
            Diagnostic::warning(tr!(
                "time.overrun",
                end = end,
                over = counted((end.0 - ends.0) as usize, "minute"),
                ends = ends
            ))
            .help(tr!("time.overrun.help"))
            .at("meeting.ends", None),
        );
    }
    warnings
}

/// A part where only the host speaks takes the reading time rounded up to whole minutes.
fn timed_part(
    cursor: &mut Option<Clock>,
    total: &mut Option<u32>,
    host: HostTime,
    at: impl Fn(Clock) -> Time,
) -> Part {
    let minutes = host.minutes.ceil() as u32;
    let start = *cursor;
    *cursor = cursor.map(|c| c.plus(minutes));
    *total = total.map(|t| t.saturating_add(minutes));
    Part {
        start: start.map(&at),
        end: cursor.map(&at),
        minutes,
        host,
    }
}

fn add(a: HostTime, b: HostTime) -> HostTime {
    HostTime {
        length: a.length + b.length,
        minutes: ((a.minutes + b.minutes) * 10.0).round() / 10.0,
        seconds: a.seconds.saturating_add(b.seconds),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_times_are_written_with_a_m_and_p_m_and_chinese_ones_on_the_24_hour_clock() {
        let text = |minutes: u32, language| time(Clock(minutes), language).text;
        let en = model::Language::En;
        let cases = [
            (0, "12:00 a.m."),
            (9 * 60 + 5, "9:05 a.m."),
            (12 * 60, "12:00 p.m."),
            (18 * 60 + 31, "6:31 p.m."),
            (23 * 60 + 59, "11:59 p.m."),
            (24 * 60 + 30, "12:30 a.m.(+1)"),
        ];
        for (minutes, want) in cases {
            assert_eq!(text(minutes, en), want.replacen(' ', "\u{a0}", 1));
        }
        assert_eq!(text(18 * 60 + 31, model::Language::ZhCn), "18:31");
        let t = time(Clock(14 * 60 + 30), en);
        assert_eq!((t.hour, t.minute), (14, 30));
    }

    #[test]
    fn chinese_reading_time_counts_characters_not_punctuation() {
        let t = host_time(
            "同志们，今天会议的各项议程已经进行完毕。",
            model::Language::ZhCn,
            220,
        );
        assert_eq!(t.length, 18);
        assert_eq!(t.minutes, 0.1);
        let long = "字".repeat(440);
        assert_eq!(host_time(&long, model::Language::ZhCn, 220).minutes, 2.0);
    }
}
