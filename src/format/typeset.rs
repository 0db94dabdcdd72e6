//! English typesetting, applied to every English document in every format before it is
//! written, so that no template can forget it: straight quotes and apostrophes become curly
//! ones (“ ” ‘ ’), a period or a comma after a closing quote moves inside it (American
//! style: “Treasurer’s Report.”), and a sentence that ends with an abbreviation ends with its
//! period alone (at 7:51 p.m.). Chinese documents are never passed through it.

use crate::document::{self, DIRECTION, LABEL};

/// The markup of an English document, typeset line by line. A line's `@style#anchor^aside`
/// prefix is left as it is.
pub fn english(markup: &str) -> String {
    let mut out = String::with_capacity(markup.len() + 16);
    for line in markup.split_inclusive('\n') {
        let (_, body) = document::split_style(line);
        out.push_str(&line[..line.len() - body.len()]);
        out.push_str(&one_period(&punctuation_inside(&curled(body))));
    }
    out
}

/// The markers of runs (stage directions, labels): a run starts at a word, so a quote just
/// after one opens.
fn is_marker(c: char) -> bool {
    [DIRECTION.0, DIRECTION.1, LABEL.0, LABEL.1].contains(&c)
}

/// Whether a quote after `before` (none: at the start of the text) opens a quotation.
fn opens_after(before: Option<char>) -> bool {
    before.is_none_or(|c| c.is_whitespace() || "([{—–/“‘".contains(c))
}

/// Straight quotes made curly: a double quote opens after a space, a bracket or a dash, and
/// closes elsewhere; a single quote opens there too (unless a digit follows: ’90s) and is an
/// apostrophe or a closing quote everywhere else (the Treasurer’s report, members’).
fn curled(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut before: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        let next = chars[i + 1..].iter().copied().find(|&c| !is_marker(c));
        let typeset = match c {
            '"' if opens_after(before) => '“',
            '"' => '”',
            '\'' if opens_after(before) && !next.is_some_and(|n| n.is_ascii_digit()) => '‘',
            '\'' => '’',
            c => c,
        };
        out.push(typeset);
        before = if is_marker(c) { None } else { Some(typeset) };
    }
    out
}

/// A period or a comma just after a closing double quote, moved inside it; dropped when the
/// quotation already ends with its own mark (“Aye!”).
fn punctuation_inside(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let after = chars.get(i + 1).copied();
        if c == '”' && matches!(after, Some('.' | ',')) {
            if !out.last().is_some_and(|&l| ".!?,".contains(l)) {
                out.extend(after);
            }
            out.push('”');
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out.into_iter().collect()
}

/// Two periods in a row made one: a sentence ending with an abbreviation (p.m., Inc.) takes no
/// period of its own. An ellipsis (three or more) stays.
fn one_period(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let run = chars[i..].iter().take_while(|&&c| c == '.').count();
        if run == 2 {
            out.push('.');
            i += 2;
        } else if run > 0 {
            out.extend(&chars[i..i + run]);
            i += run;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_apostrophes_are_curled() {
        let cases = [
            (
                "the Executive Director's report",
                "the Executive Director’s report",
            ),
            (
                "say \"aye.\" Those opposed, say \"no.\"",
                "say “aye.” Those opposed, say “no.”",
            ),
            ("\"Small Steps\"", "“Small Steps”"),
            ("('Tis the season)", "(‘Tis the season)"),
            ("He said 'yes' twice", "He said ‘yes’ twice"),
            (
                "the class of '25 and the '90s",
                "the class of ’25 and the ’90s",
            ),
            ("the members' votes", "the members’ votes"),
            (
                "a \"quoted\" word—\"and another\"",
                "a “quoted” word—“and another”",
            ),
            // Curly quotes the agenda typed stay as they are.
            ("“Budget” and ‘notes’", "“Budget” and ‘notes’"),
        ];
        for (plain, want) in cases {
            assert_eq!(english(plain), want, "{plain}");
        }
    }

    #[test]
    fn a_period_or_comma_after_a_closing_quote_goes_inside() {
        assert_eq!(
            english("to present \"Treasurer's Report\". Next, \"Budget\", then"),
            "to present “Treasurer’s Report.” Next, “Budget,” then"
        );
        // A quotation that ends with its own mark keeps it alone.
        assert_eq!(english("She said \"Aye!\"."), "She said “Aye!”");
        // Other marks stay outside: they belong to the sentence.
        assert_eq!(
            english("Did you read \"Budget\"? See \"Notes\"; and \"Plan\":"),
            "Did you read “Budget”? See “Notes”; and “Plan”:"
        );
        // An apostrophe at the end of a word is not a quotation.
        assert_eq!(english("the members'."), "the members’.");
    }

    #[test]
    fn a_sentence_ending_with_an_abbreviation_takes_one_period() {
        assert_eq!(
            english("Total 51 minutes, from 7:00 p.m. to 7:51 p.m.."),
            "Total 51 minutes, from 7:00 p.m. to 7:51 p.m."
        );
        assert_eq!(
            english("To be continued... or not…."),
            "To be continued... or not…."
        );
    }

    #[test]
    fn markup_and_run_markers_are_kept() {
        let markup = "@transition#item-2^6:36\u{a0}p.m. \u{E002}We now come to item 2,\u{E003} \"Reports\".\n@body say \"no.\" \u{E000}[Pause.]\u{E001} \"Done\"\nTime\tWho\n6:30 p.m.\tMs. Ellis's \"desk\"\n";
        assert_eq!(
            english(markup),
            "@transition#item-2^6:36\u{a0}p.m. \u{E002}We now come to item 2,\u{E003} “Reports.”\n@body say “no.” \u{E000}[Pause.]\u{E001} “Done”\nTime\tWho\n6:30 p.m.\tMs. Ellis’s “desk”\n"
        );
        // A run starts at a word: a quote just after its marker opens.
        assert_eq!(
            english("\u{E002}Title:\u{E003}\"Budget\" \u{E000}\"Aside\"\u{E001}"),
            "\u{E002}Title:\u{E003}“Budget” \u{E000}“Aside”\u{E001}"
        );
    }
}
