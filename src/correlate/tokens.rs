//! Tracking tokens: the `CRM:0001001` Dynamics 365 appends to the subject of email it sends, and
//! finds again at the end of a reply's subject.
//!
//! A token is `<prefix>:<online digit><user number><counter>`: the online digit is 0, the user
//! number is `trackingtokenidbase` + the user's sequence number in `trackingtokeniddigits`
//! digits, the counter is in as many digits as `maximumtrackingnumber` has.

use serde::Serialize;

/// Between the prefix and the digits.
const SEPARATOR: char = ':';

/// The digit server-side sync writes after the separator ("online"; offline Outlook clients
/// once wrote others, which parsing still accepts).
pub const ONLINE_DIGIT: u8 = 0;

/// Counter digits when tokens are off (`maximumtrackingnumber` 0): the width of the default
/// maximum 999, so tokens already in subjects still read the way the default wrote them.
pub const DEFAULT_COUNTER_DIGITS: u32 = 3;

/// The org's token settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenConfig {
    /// `trackingprefix` now.
    pub prefix: String,
    /// Prefixes the org used before; tokens carrying them still correlate.
    pub earlier_prefixes: Vec<String>,
    /// `trackingtokenidbase`.
    pub base: i64,
    /// `trackingtokeniddigits` (1..10).
    pub user_digits: u32,
    /// Width of `maximumtrackingnumber` (1..9).
    pub counter_digits: u32,
}

impl TokenConfig {
    /// The current prefix, then the earlier ones.
    pub fn prefixes(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.prefix.as_str())
            .chain(self.earlier_prefixes.iter().map(String::as_str))
    }
}

/// A token found at the end of a subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParsedToken {
    /// The token as it appears in the subject (its own letter case).
    #[serde(rename = "token")]
    pub raw: String,
    /// The configured prefix it carries, in the configured spelling.
    pub prefix: String,
    pub online: u8,
    pub user_number: u64,
    pub counter: u64,
}

/// Counter digits for a `maximumtrackingnumber`: its decimal width, or
/// `DEFAULT_COUNTER_DIGITS` when it is 0 or less (tokens off).
pub fn counter_digits(maximum: i64) -> u32 {
    if maximum <= 0 {
        DEFAULT_COUNTER_DIGITS
    } else {
        maximum.ilog10() + 1
    }
}

/// `base` + `user_seq`. The server does not truncate numbers, so a user number wider than
/// `user_digits` is written in full (the token gets longer) rather than cut to its low digits,
/// which would give two users the same number; `parse_token` accepts such wider user numbers.
pub fn user_number(base: i64, user_seq: u64) -> u64 {
    u64::try_from(base).unwrap_or(0).saturating_add(user_seq)
}

/// The token of a user's `counter`-th email. `counter` comes from `next_counter`, so it fits
/// `counter_digits`; a wider one would be written in full and then read back split wrongly.
pub fn format_token(cfg: &TokenConfig, user_seq: u64, counter: u64) -> String {
    format!(
        "{lead}{ONLINE_DIGIT}{user:0uw$}{counter:0cw$}",
        lead = lead(&cfg.prefix),
        user = user_number(cfg.base, user_seq),
        uw = cfg.user_digits as usize,
        cw = cfg.counter_digits as usize,
    )
}

/// The counter after `current`. It starts at 1 (0 means "nothing sent yet", the first email is
/// `...001`) and wraps back to 1 after the largest value of its width (999 with 3 digits).
pub fn next_counter(current: u64, counter_digits: u32) -> u64 {
    if current >= largest(counter_digits) {
        1
    } else {
        current + 1
    }
}

fn largest(digits: u32) -> u64 {
    10u64
        .checked_pow(digits)
        .map_or(u64::MAX, |power| power - 1)
}

/// `subject` + one space + `token`, the subject cut (by characters, never inside one) so the
/// whole fits `max_len` characters. When the token and its space alone do not fit, no token is
/// added and only the subject is cut to `max_len`. The subject is otherwise kept as it is.
pub fn append_token(subject: &str, token: &str, max_len: usize) -> String {
    let needed = token.chars().count() + 1;
    if needed > max_len {
        return cut(subject, max_len).to_string();
    }
    format!("{} {token}", cut(subject, max_len - needed))
}

/// The longest prefix of `text` that has at most `chars` characters.
fn cut(text: &str, chars: usize) -> &str {
    match text.char_indices().nth(chars) {
        Some((at, _)) => &text[..at],
        None => text,
    }
}

/// The token at the end of `subject` (trailing whitespace allowed), for the current or any
/// earlier prefix, letter case ignored. It must start the subject or follow whitespace: a
/// token inside a word or in the middle of a subject is no token.
///
/// The digits are split with the CURRENT widths: the first is the online digit, the last
/// `counter_digits` are the counter, the rest (at least `user_digits`, more when a user number
/// outgrew its width) the user number. A token written before the widths were changed is
/// therefore read with the new split, which may differ from what was written: the org keeps
/// no history of widths, only of prefixes.
///
/// When several prefixes fit (a prefix containing a space may end with another one), the
/// longest wins; among equally long ones, the current prefix, then the most recent earlier one.
pub fn parse_token(cfg: &TokenConfig, subject: &str) -> Option<ParsedToken> {
    let text = subject.trim_end();
    let digit_count = text.bytes().rev().take_while(u8::is_ascii_digit).count();
    let digits_at = text.len() - digit_count;
    let digits = &text[digits_at..];
    let counter_digits = cfg.counter_digits as usize;
    if digit_count < 1 + cfg.user_digits as usize + counter_digits {
        return None;
    }
    let head = &text[..digits_at];
    let (start, prefix) = cfg
        .prefixes()
        .filter_map(|prefix| {
            let start = suffix_start_ignore_case(head, &lead(prefix))?;
            let at_boundary = head[..start]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace);
            at_boundary.then_some((start, prefix))
        })
        .min_by_key(|(start, _)| *start)?;
    let user_end = digit_count - counter_digits;
    Some(ParsedToken {
        raw: text[start..].to_string(),
        prefix: prefix.to_string(),
        online: digits.as_bytes()[0] - b'0',
        user_number: digits[1..user_end].parse().ok()?,
        counter: digits[user_end..].parse().ok()?,
    })
}

/// The prefix and its separator. A prefix that already ends with the separator (older
/// documentation spells the default `CRM:`) does not get a second one.
fn lead(prefix: &str) -> String {
    if prefix.ends_with(SEPARATOR) {
        prefix.to_string()
    } else {
        format!("{prefix}{SEPARATOR}")
    }
}

/// Where `needle` starts when `haystack` ends with it, comparing letters without case.
fn suffix_start_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut rest = haystack.chars();
    for expected in needle.chars().rev() {
        let found = rest.next_back()?;
        if !found.to_lowercase().eq(expected.to_lowercase()) {
            return None;
        }
    }
    Some(rest.as_str().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `MaximumSubjectLengthOnMailServer` default: the longest subject, token included.
    const MAX_SUBJECT_LENGTH: usize = 255;
    use proptest::prelude::*;

    fn defaults() -> TokenConfig {
        TokenConfig {
            prefix: "CRM".into(),
            earlier_prefixes: vec![],
            base: 0,
            user_digits: 3,
            counter_digits: 3,
        }
    }

    fn parsed(prefix: &str, raw: &str, online: u8, user: u64, counter: u64) -> ParsedToken {
        ParsedToken {
            raw: raw.into(),
            prefix: prefix.into(),
            online,
            user_number: user,
            counter,
        }
    }

    #[test]
    fn default_token_of_the_first_user_and_email() {
        assert_eq!(format_token(&defaults(), 1, 1), "CRM:0001001");
        assert_eq!(format_token(&defaults(), 42, 999), "CRM:0042999");
    }

    #[test]
    fn base_is_added_to_the_user_number() {
        let cfg = TokenConfig {
            base: 500,
            user_digits: 4,
            counter_digits: 2,
            ..defaults()
        };
        assert_eq!(format_token(&cfg, 7, 3), "CRM:0050703");
    }

    #[test]
    fn a_user_number_wider_than_its_digits_is_written_in_full() {
        let cfg = TokenConfig {
            base: 1000,
            ..defaults()
        };
        let token = format_token(&cfg, 5, 1);
        assert_eq!(token, "CRM:01005001");
        assert_eq!(
            parse_token(&cfg, &token),
            Some(parsed("CRM", "CRM:01005001", 0, 1005, 1))
        );
    }

    #[test]
    fn a_prefix_ending_with_the_separator_gets_no_second_one() {
        let cfg = TokenConfig {
            prefix: "CRM:".into(),
            ..defaults()
        };
        assert_eq!(format_token(&cfg, 1, 1), "CRM:0001001");
        assert_eq!(
            parse_token(&cfg, "Offer CRM:0001001").map(|t| t.prefix),
            Some("CRM:".into())
        );
    }

    #[test]
    fn counter_digits_are_the_width_of_the_maximum() {
        assert_eq!(counter_digits(999), 3);
        assert_eq!(counter_digits(500), 3);
        assert_eq!(counter_digits(1000), 4);
        assert_eq!(counter_digits(9), 1);
        assert_eq!(counter_digits(999_999_999), 9);
        assert_eq!(counter_digits(0), DEFAULT_COUNTER_DIGITS);
    }

    #[test]
    fn counter_starts_at_one_and_wraps_after_its_largest_value() {
        assert_eq!(next_counter(0, 3), 1);
        assert_eq!(next_counter(1, 3), 2);
        assert_eq!(next_counter(998, 3), 999);
        assert_eq!(next_counter(999, 3), 1);
        assert_eq!(next_counter(9, 1), 1);
        assert_eq!(next_counter(999_999_999, 9), 1);
        // A counter left wider by an earlier, larger width wraps at once.
        assert_eq!(next_counter(5000, 3), 1);
    }

    #[test]
    fn token_goes_after_one_space() {
        assert_eq!(
            append_token("Offer", "CRM:0001001", 255),
            "Offer CRM:0001001"
        );
        assert_eq!(append_token("", "CRM:0001001", 255), " CRM:0001001");
    }

    #[test]
    fn long_subject_is_cut_so_the_token_fits() {
        let subject = "x".repeat(300);
        let out = append_token(&subject, "CRM:0001001", 255);
        assert_eq!(out.chars().count(), 255);
        assert!(out.ends_with(" CRM:0001001"));
        assert_eq!(out, format!("{} CRM:0001001", "x".repeat(243)));
    }

    #[test]
    fn cutting_counts_characters_not_bytes() {
        let subject = "é".repeat(20);
        let out = append_token(&subject, "CRM:0001001", 20);
        assert_eq!(out, format!("{} CRM:0001001", "é".repeat(8)));
        assert_eq!(out.chars().count(), 20);
    }

    #[test]
    fn no_token_when_the_token_alone_does_not_fit() {
        assert_eq!(append_token("Offer", "CRM:0001001", 11), "Offer");
        assert_eq!(append_token("Offer", "CRM:0001001", 3), "Off");
        assert_eq!(append_token("Offer", "CRM:0001001", 12), " CRM:0001001");
    }

    #[test]
    fn parses_a_token_at_the_end_of_a_reply() {
        assert_eq!(
            parse_token(&defaults(), "RE: Offer CRM:0001001"),
            Some(parsed("CRM", "CRM:0001001", 0, 1, 1))
        );
        assert_eq!(
            parse_token(&defaults(), "CRM:0042017"),
            Some(parsed("CRM", "CRM:0042017", 0, 42, 17))
        );
    }

    #[test]
    fn trailing_whitespace_is_allowed() {
        assert_eq!(
            parse_token(&defaults(), "RE: Offer CRM:0001001 \t\r\n").map(|t| t.raw),
            Some("CRM:0001001".into())
        );
    }

    #[test]
    fn prefix_case_is_ignored_and_the_subject_spelling_kept() {
        assert_eq!(
            parse_token(&defaults(), "re: offer crm:0001002"),
            Some(parsed("CRM", "crm:0001002", 0, 1, 2))
        );
    }

    #[test]
    fn a_token_not_at_the_end_is_no_token() {
        assert_eq!(parse_token(&defaults(), "CRM:0001001 is great"), None);
        assert_eq!(parse_token(&defaults(), "Offer CRM:0001001."), None);
        assert_eq!(parse_token(&defaults(), "Offer CRM:0001001x"), None);
    }

    #[test]
    fn a_token_glued_to_a_word_is_no_token() {
        assert_eq!(parse_token(&defaults(), "OfferCRM:0001001"), None);
        assert_eq!(parse_token(&defaults(), "Offer XCRM:0001001"), None);
    }

    #[test]
    fn too_few_digits_or_another_prefix_is_no_token() {
        assert_eq!(parse_token(&defaults(), "Offer CRM:000100"), None);
        assert_eq!(parse_token(&defaults(), "Offer ABC:0001001"), None);
        assert_eq!(parse_token(&defaults(), "Offer CRM 0001001"), None);
        assert_eq!(parse_token(&defaults(), "Offer CRM:"), None);
        assert_eq!(parse_token(&defaults(), ""), None);
    }

    #[test]
    fn other_online_digits_are_read() {
        assert_eq!(
            parse_token(&defaults(), "Offer CRM:1001001").map(|t| t.online),
            Some(1)
        );
    }

    #[test]
    fn earlier_prefixes_still_parse() {
        let cfg = TokenConfig {
            prefix: "NEW".into(),
            earlier_prefixes: vec!["CRM".into(), "OLD".into()],
            ..defaults()
        };
        assert_eq!(
            parse_token(&cfg, "RE: Offer CRM:0001001").map(|t| t.prefix),
            Some("CRM".into())
        );
        assert_eq!(
            parse_token(&cfg, "RE: Offer old:0003004").map(|t| t.prefix),
            Some("OLD".into())
        );
        assert_eq!(
            parse_token(&cfg, "RE: Offer NEW:0001001").map(|t| t.prefix),
            Some("NEW".into())
        );
        assert_eq!(parse_token(&cfg, "RE: Offer ABC:0001001"), None);
    }

    #[test]
    fn the_longest_fitting_prefix_wins() {
        let cfg = TokenConfig {
            prefix: "CRM".into(),
            earlier_prefixes: vec!["Ticket CRM".into()],
            ..defaults()
        };
        assert_eq!(
            parse_token(&cfg, "Offer Ticket CRM:0001001").map(|t| (t.prefix, t.raw)),
            Some(("Ticket CRM".into(), "Ticket CRM:0001001".into()))
        );
        assert_eq!(
            parse_token(&cfg, "Offer CRM:0001001").map(|t| t.prefix),
            Some("CRM".into())
        );
    }

    #[test]
    fn digits_are_split_with_the_current_widths() {
        let cfg = TokenConfig {
            user_digits: 4,
            counter_digits: 2,
            ..defaults()
        };
        // Written with 3 + 3 digits, read as 4 + 2.
        assert_eq!(
            parse_token(&cfg, "Offer CRM:0001001"),
            Some(parsed("CRM", "CRM:0001001", 0, 10, 1))
        );
    }

    #[test]
    fn a_user_number_beyond_64_bits_is_no_token() {
        let subject = format!("Offer CRM:0{}001", "9".repeat(30));
        assert_eq!(parse_token(&defaults(), &subject), None);
    }

    fn config() -> impl Strategy<Value = TokenConfig> {
        (
            "[A-Za-z0-9]{1,20}",
            prop::collection::vec("[A-Za-z0-9]{1,20}", 0..4),
            0i64..=2_147_483_647,
            1u32..=10,
            1u32..=9,
        )
            .prop_map(
                |(prefix, earlier_prefixes, base, user_digits, counter_digits)| TokenConfig {
                    prefix,
                    earlier_prefixes,
                    base,
                    user_digits,
                    counter_digits,
                },
            )
    }

    proptest! {
        #[test]
        fn format_append_parse_round_trip(
            cfg in config(),
            seq in 0u64..1_000_000,
            counter_seed in any::<u64>(),
            subject in "\\PC{0,300}",
        ) {
            let counter = counter_seed % largest(cfg.counter_digits) + 1;
            let token = format_token(&cfg, seq, counter);
            let subject = append_token(&subject, &token, MAX_SUBJECT_LENGTH);
            let tail = format!(" {token}");
            prop_assert!(subject.ends_with(&tail));
            let found = parse_token(&cfg, &subject).expect("token found");
            prop_assert_eq!(&found.raw, &token);
            prop_assert_eq!(found.online, ONLINE_DIGIT);
            prop_assert_eq!(found.user_number, user_number(cfg.base, seq));
            prop_assert_eq!(found.counter, counter);
            prop_assert!(found.prefix.eq_ignore_ascii_case(&cfg.prefix));
        }

        #[test]
        fn earlier_prefix_tokens_round_trip(cfg in config(), which in any::<prop::sample::Index>()) {
            prop_assume!(!cfg.earlier_prefixes.is_empty());
            let old = which.get(&cfg.earlier_prefixes).clone();
            let old_cfg = TokenConfig { prefix: old.clone(), earlier_prefixes: vec![], ..cfg.clone() };
            let subject = append_token("RE: Offer", &format_token(&old_cfg, 3, 4), MAX_SUBJECT_LENGTH);
            let found = parse_token(&cfg, &subject).expect("token found");
            prop_assert!(found.prefix.eq_ignore_ascii_case(&old));
            prop_assert_eq!(found.counter, 4);
        }

        #[test]
        fn parse_never_panics(
            subject in "\\PC{0,60}( ?[a-zA-Z:İı]{0,6}:[0-9]{0,25})?\\s{0,2}",
            prefixes in prop::collection::vec("\\PC{0,8}", 0..4),
            user_digits in 0u32..12,
            counter_digits in 0u32..12,
        ) {
            let cfg = TokenConfig {
                prefix: prefixes.first().cloned().unwrap_or_default(),
                earlier_prefixes: prefixes,
                base: 0,
                user_digits,
                counter_digits,
            };
            let _ = parse_token(&cfg, &subject);
        }

        #[test]
        fn append_never_exceeds_the_maximum(
            subject in "\\PC{0,300}",
            token in "\\PC{0,40}",
            max_len in 0usize..300,
        ) {
            let out = append_token(&subject, &token, max_len);
            prop_assert!(out.chars().count() <= max_len);
            if token.chars().count() < max_len {
                let tail = format!(" {token}");
                prop_assert!(out.ends_with(&tail));
            } else {
                prop_assert!(subject.starts_with(&out));
            }
        }

        #[test]
        fn counter_stays_within_its_width(current in any::<u64>(), digits in 1u32..=9) {
            let next = next_counter(current, digits);
            prop_assert!((1..=largest(digits)).contains(&next));
        }
    }
}
