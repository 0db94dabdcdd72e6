//! Chinese numerals as the genre writes them: ordinals (第二项, 二要) and counts with a
//! measure word (两项议程, 强调两点), from 1 to 99.

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// The number in words, as in 第二项, 二要, 十二项, 二十二项 (十 not 一十 for 10 to 19).
/// Numbers from 100 on are written in Arabic digits, as office style does for large numbers.
pub fn ordinal(n: usize) -> String {
    match n {
        0..=9 => DIGITS[n].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", DIGITS[n % 10]),
        20..=99 if n.is_multiple_of(10) => format!("{}十", DIGITS[n / 10]),
        20..=99 => format!("{}十{}", DIGITS[n / 10], DIGITS[n % 10]),
        _ => n.to_string(),
    }
}

/// The number as a count before a measure word: 两 for two (两项, 两点), otherwise as
/// [`ordinal`] (十二项, 二十二项: compounds keep 二).
pub fn count(n: usize) -> String {
    if n == 2 {
        "两".to_string()
    } else {
        ordinal(n)
    }
}

const ENGLISH_ORDINALS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];
const ENGLISH_COUNTS: [&str; 20] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// English ordinals in words to twenty (first, second), then 21st, 22nd, 23rd, 24th.
pub fn english_ordinal(n: usize) -> String {
    match n {
        1..=20 => ENGLISH_ORDINALS[n - 1].to_string(),
        _ => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
    }
}

/// English counts in words to twenty (two items), then digits (21 items).
pub fn english_count(n: usize) -> String {
    match n {
        1..=20 => ENGLISH_COUNTS[n - 1].to_string(),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_from_one_to_ninety_nine() {
        let all: Vec<String> = (1..=99).map(ordinal).collect();
        insta::assert_snapshot!(all.join(" "));
        assert_eq!(ordinal(1), "一");
        assert_eq!(ordinal(2), "二");
        assert_eq!(ordinal(10), "十");
        assert_eq!(ordinal(11), "十一");
        assert_eq!(ordinal(20), "二十");
        assert_eq!(ordinal(21), "二十一");
        assert_eq!(ordinal(22), "二十二");
        assert_eq!(ordinal(99), "九十九");
        assert_eq!(ordinal(100), "100");
    }

    #[test]
    fn english_numbers() {
        assert_eq!(english_ordinal(2), "second");
        assert_eq!(english_ordinal(20), "twentieth");
        assert_eq!(english_ordinal(21), "21st");
        assert_eq!(english_ordinal(22), "22nd");
        assert_eq!(english_ordinal(23), "23rd");
        assert_eq!(english_ordinal(111), "111th");
        assert_eq!(english_count(2), "two");
        assert_eq!(english_count(21), "21");
    }

    #[test]
    fn counts_use_liang_only_for_two_alone() {
        assert_eq!(count(1), "一");
        assert_eq!(count(2), "两");
        assert_eq!(count(3), "三");
        assert_eq!(count(12), "十二");
        assert_eq!(count(20), "二十");
        assert_eq!(count(22), "二十二");
        let all: Vec<String> = (1..=99).map(count).collect();
        insta::assert_snapshot!(all.join(" "));
    }
}
