//! Where a long English title breaks on paper: between words, into lines of near length, best
//! before "of" or "for", after the name of a body (… College) or after a colon (Regular Meeting of the Board of
//! Directors / of the Riverside Community Library Foundation), never after an article or a
//! preposition, never leaving a word alone.

use crate::document::{self, TITLE_BREAK};

/// Words a line may well start with: a new phrase begins (… Board of Directors / of the …).
const STARTS_PHRASE: [&str; 4] = ["of", "for", "—", "–"];
/// Words that end the name of a body: a line may well end with one (Northfield Community
/// College / Excellence in Teaching Awards).
const ENDS_NAME: [&str; 16] = [
    "college",
    "university",
    "school",
    "club",
    "society",
    "association",
    "foundation",
    "committee",
    "council",
    "board",
    "company",
    "corporation",
    "institute",
    "library",
    "church",
    "league",
];
/// Words a line never ends with: they belong to the next.
const NEVER_LAST: [&str; 14] = [
    "the", "a", "an", "of", "for", "and", "in", "on", "at", "to", "with", "by", "from", "&",
];

/// The cost of a break between `before` and `after`; none where no break may fall.
fn cost(before: &str, after: &str) -> Option<usize> {
    let last = before.to_ascii_lowercase();
    if NEVER_LAST.contains(&last.as_str()) {
        return None;
    }
    let next = after.to_ascii_lowercase();
    Some(
        if before.ends_with([':', ',', ';']) || STARTS_PHRASE.contains(&next.as_str()) {
            0
        } else if ENDS_NAME.contains(&last.as_str()) {
            5
        } else {
            30
        },
    )
}

/// The lines of `title`, each at most `line` characters where it can be: one line if it fits,
/// else two (or three) of balanced length broken at the best places. A line separator
/// (U+2028) in the title is a break the agenda gave, kept as given.
pub fn lines(title: &str, line: usize) -> Vec<String> {
    if title.contains(TITLE_BREAK) {
        return title.split(TITLE_BREAK).map(str::to_string).collect();
    }
    let words: Vec<&str> = title.split(' ').collect();
    let width = title.chars().count();
    if width <= line || words.len() < 3 {
        return vec![title.to_string()];
    }
    // Characters up to the end of word i, with the spaces between.
    let mut ends = Vec::with_capacity(words.len());
    let mut at = 0;
    for (i, w) in words.iter().enumerate() {
        at += w.chars().count() + usize::from(i > 0);
        ends.push(at);
    }
    let span = |from: usize, to: usize| {
        // Words from..to (exclusive), without the space before the first.
        ends[to - 1] - if from == 0 { 0 } else { ends[from - 1] + 1 }
    };
    let count = width.div_ceil(line).clamp(2, 3);
    let mut best: Option<(usize, Vec<usize>)> = None;
    let mut consider = |cuts: Vec<usize>| {
        let bounds: Vec<usize> = std::iter::once(0)
            .chain(cuts.iter().copied())
            .chain(std::iter::once(words.len()))
            .collect();
        let mut penalty = 0;
        let mut widths = Vec::new();
        for pair in bounds.windows(2) {
            let (from, to) = (pair[0], pair[1]);
            // No word alone on a line, nothing past the line.
            if to - from < 2 && words.len() > 3 {
                return;
            }
            widths.push(span(from, to));
        }
        for &cut in &cuts {
            match cost(words[cut - 1], words[cut]) {
                Some(c) => penalty += c,
                None => return,
            }
        }
        let widest = *widths.iter().max().unwrap_or(&0);
        let narrowest = *widths.iter().min().unwrap_or(&0);
        penalty += (widest - narrowest) + 4 * widest.saturating_sub(line);
        if best.as_ref().is_none_or(|(b, _)| penalty < *b) {
            best = Some((penalty, cuts));
        }
    };
    let n = words.len();
    if count == 2 {
        for i in 1..n {
            consider(vec![i]);
        }
    } else {
        for i in 1..n {
            for j in i + 1..n {
                consider(vec![i, j]);
            }
        }
    }
    match best {
        Some((_, cuts)) => document::lines_at(&words, cuts, |piece| piece.join(" ")),
        None => vec![title.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_title_breaks_before_a_phrase_into_balanced_lines() {
        // Before a phrase rather than inside a name, even at the cost of balance.
        assert_eq!(
            lines(
                "Spring Meeting of the Members of the Westfield Garden Club and Friends of the Park",
                50
            ),
            [
                "Spring Meeting of the Members",
                "of the Westfield Garden Club and Friends of the Park"
            ]
        );
        let board = "Regular Meeting of the Board of Directors of the Riverside Community Library Foundation";
        assert_eq!(
            lines(board, 50),
            [
                "Regular Meeting of the Board of Directors",
                "of the Riverside Community Library Foundation"
            ]
        );
        assert_eq!(
            lines(&format!("{board}: Run of Show"), 75),
            [
                "Regular Meeting of the Board of Directors",
                "of the Riverside Community Library Foundation: Run of Show"
            ]
        );
        // Not inside a name joined by a preposition.
        assert_eq!(
            lines(
                "Northfield Community College Excellence in Teaching Awards 2025",
                50
            ),
            [
                "Northfield Community College",
                "Excellence in Teaching Awards 2025"
            ]
        );
        assert_eq!(
            lines(
                "Northfield Community College Excellence in Teaching Awards 2025: Run of Show",
                75
            ),
            [
                "Northfield Community College",
                "Excellence in Teaching Awards 2025: Run of Show"
            ]
        );
        // After a colon.
        assert_eq!(
            lines(
                "Northfield Community College: Excellence in Teaching Awards 2025",
                40
            ),
            [
                "Northfield Community College:",
                "Excellence in Teaching Awards 2025"
            ]
        );
        // Never after an article or a preposition.
        for line in lines(
            "The Annual Dinner and Awards Night of the Westfield Rotary Club",
            40,
        ) {
            let last = line.rsplit(' ').next().unwrap_or("");
            assert!(
                !NEVER_LAST.contains(&last.to_lowercase().as_str()),
                "{line}"
            );
        }
    }

    #[test]
    fn a_short_title_or_a_given_break_is_kept() {
        assert_eq!(
            lines("Annual General Meeting", 50),
            ["Annual General Meeting"]
        );
        assert_eq!(
            lines("Annual General\u{2028}Meeting", 50),
            ["Annual General", "Meeting"]
        );
    }
}
