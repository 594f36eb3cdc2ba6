//! Smart matching: an incoming email matches an earlier tracked one when their subjects hash
//! to (nearly) the same words and they share enough addresses.
//!
//! The service's own hash function is not public; only the matching rule is reproduced. Hashes
//! here are FNV-1a 64 of the UTF-8 text, so they are stable across runs, platforms and
//! versions of orgtrack (they are stored in the state file), but they are not the values
//! Dataverse keeps in its `EmailHash` rows.
//!
//! Choosing candidates (tracked email of the last `SEARCH_WINDOW_DAYS` days) and picking the
//! most recent match are the engine's job: it queries the stored hashes.

use std::collections::BTreeSet;
use std::sync::Mutex;

use regex::Regex;

use crate::error::{Code, Error, Result};

/// How far back smart matching looks for an earlier tracked email.
pub const SEARCH_WINDOW_DAYS: i64 = 90;

/// `hashfilterkeywords` default: a leading chain of `word:` (`RE: FW: AW:`).
pub const DEFAULT_FILTER_KEYWORDS: &str = r"^[\s]*([\w]+\s?:[\s]*)+";

/// The org's smart matching settings, with the keyword regex compiled once.
#[derive(Debug, Clone)]
pub struct SmartMatchConfig {
    /// `hashfilterkeywords`, compiled.
    filter_keywords: Regex,
    /// `hashmaxcount`: at most this many subject words are hashed (the first ones).
    pub max_count: usize,
    /// `hashdeltasubjectcount`: the most subject hashes two matching emails may differ by.
    pub delta_subject_count: usize,
    /// `hashminaddresscount`: the fewest address hashes two matching emails must share.
    pub min_address_count: usize,
}

impl SmartMatchConfig {
    /// Fails (invalid value) when `filter_keywords` is not a regular expression this engine
    /// understands (Rust `regex` syntax: no look-around or back-references).
    pub fn new(
        filter_keywords: &str,
        max_count: usize,
        delta_subject_count: usize,
        min_address_count: usize,
    ) -> Result<Self> {
        let filter_keywords = compile(filter_keywords).map_err(|e| {
            Error::new(
                Code::InvalidRegex,
                format!(
                    "hashfilterkeywords '{filter_keywords}' is not a usable regular expression: {e}"
                ),
            )
            .because(e)
        })?;
        Ok(SmartMatchConfig {
            filter_keywords,
            max_count,
            delta_subject_count,
            min_address_count,
        })
    }
}

impl Default for SmartMatchConfig {
    /// The org column defaults: keywords as above, 20 words, delta 0, 2 shared addresses.
    fn default() -> Self {
        SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, 20, 0, 2)
            .expect("the default keyword regex compiles")
    }
}

/// Compiles the keyword regex, reusing the last one compiled: a `sync` of many cycles loads
/// the org's rules once per cycle, and compiling this Unicode-aware pattern costs far more than
/// a cycle over idle mailboxes.
fn compile(pattern: &str) -> std::result::Result<Regex, regex::Error> {
    static LAST: Mutex<Option<Regex>> = Mutex::new(None);
    let mut last = LAST.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(regex) = last.as_ref().filter(|r| r.as_str() == pattern) {
        return Ok(regex.clone());
    }
    let regex = Regex::new(pattern)?;
    *last = Some(regex.clone());
    Ok(regex)
}

/// FNV-1a, 64 bits.
fn hash(text: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    text.bytes()
        .fold(OFFSET, |h, byte| (h ^ u64::from(byte)).wrapping_mul(PRIME))
}

/// The hashes of the first `max_count` words of the subject, in subject order (a word that
/// occurs twice is hashed twice). Every match of `filter_keywords` is removed first, then the
/// rest is lowercased and split on whitespace; punctuation around a word is not part of it
/// (`Contoso!` and `contoso` are one word), punctuation inside is (`3.5`, `o'brien`).
pub fn subject_hashes(cfg: &SmartMatchConfig, subject: &str) -> Vec<u64> {
    let kept = cfg.filter_keywords.replace_all(subject, "");
    kept.to_lowercase()
        .split_whitespace()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|word| !word.is_empty())
        .take(cfg.max_count)
        .map(hash)
        .collect()
}

/// One hash per distinct address (surrounding whitespace and letter case ignored) across the
/// From, To, Cc and Bcc addresses given, sorted. Empty addresses are skipped.
pub fn address_hashes<'a>(addresses: impl IntoIterator<Item = &'a str>) -> Vec<u64> {
    addresses
        .into_iter()
        .map(str::trim)
        .filter(|address| !address.is_empty())
        .map(|address| hash(&address.to_lowercase()))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Whether a candidate (incoming) email matches an earlier tracked one.
///
/// Subjects: the hashes are compared as multisets (word order ignored, repeated words counted)
/// and "differ by" is the size of their symmetric difference: with `delta_subject_count` 0
/// the two subjects must have the same words; with 1, one word may be added, dropped (and a
/// changed word counts 2). An email with no subject words matches nothing: an empty subject
/// carries no evidence of a conversation.
///
/// Addresses: the hashes are compared as sets; at least `min_address_count` must be in both.
pub fn matches(
    cfg: &SmartMatchConfig,
    candidate_subject: &[u64],
    candidate_addresses: &[u64],
    earlier_subject: &[u64],
    earlier_addresses: &[u64],
) -> bool {
    if candidate_subject.is_empty() || earlier_subject.is_empty() {
        return false;
    }
    if multiset_difference(candidate_subject, earlier_subject) > cfg.delta_subject_count {
        return false;
    }
    let earlier: BTreeSet<u64> = earlier_addresses.iter().copied().collect();
    let shared = candidate_addresses
        .iter()
        .copied()
        .collect::<BTreeSet<u64>>()
        .intersection(&earlier)
        .count();
    shared >= cfg.min_address_count
}

/// Size of the symmetric difference of two multisets.
fn multiset_difference(a: &[u64], b: &[u64]) -> usize {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort_unstable();
    b.sort_unstable();
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    a.len() + b.len() - 2 * common
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn words(cfg: &SmartMatchConfig, subject: &str) -> Vec<u64> {
        subject_hashes(cfg, subject)
    }

    const ALICE: &str = "alice@contoso.com";
    const BOB: &str = "bob@fabrikam.com";
    const CAROL: &str = "carol@contoso.com";

    #[test]
    fn fnv1a_reference_values() {
        assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn reply_and_forward_prefixes_are_stripped() {
        let cfg = SmartMatchConfig::default();
        let plain = words(&cfg, "Quote for Contoso");
        assert_eq!(plain.len(), 3);
        assert_eq!(words(&cfg, "RE: FW: Quote for Contoso"), plain);
        assert_eq!(words(&cfg, "  Re:Fwd : AW: quote FOR contoso"), plain);
        assert_eq!(words(&cfg, "RE: RE: RE: Quote for Contoso!"), plain);
    }

    #[test]
    fn only_leading_keywords_are_stripped() {
        let cfg = SmartMatchConfig::default();
        assert_eq!(
            words(&cfg, "Quote for Contoso: RE: pricing").len(),
            5,
            "a colon later in the subject keeps its words"
        );
    }

    #[test]
    fn at_most_max_count_words_are_hashed() {
        let cfg = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, 2, 0, 2).unwrap();
        let all = words(&SmartMatchConfig::default(), "one two three");
        assert_eq!(words(&cfg, "one two three"), all[..2].to_vec());
        let none = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, 0, 0, 2).unwrap();
        assert!(words(&none, "one two three").is_empty());
    }

    #[test]
    fn a_custom_keyword_regex_is_removed_everywhere() {
        let cfg = SmartMatchConfig::new(r"(?i)\[external\]", 20, 0, 2).unwrap();
        assert_eq!(
            words(&cfg, "[EXTERNAL] Quote [external] for Contoso"),
            words(&cfg, "Quote for Contoso")
        );
    }

    #[test]
    fn an_invalid_regex_is_refused_clearly() {
        let err = SmartMatchConfig::new(r"^(RE:", 20, 0, 2).unwrap_err();
        assert_eq!(err.code, Code::InvalidRegex);
        assert_eq!(err.exit_code(), 4);
        assert!(
            err.message.contains("hashfilterkeywords '^(RE:'"),
            "{}",
            err.message
        );
        assert!(SmartMatchConfig::new(r"(?<=RE):", 20, 0, 2).is_err());
    }

    #[test]
    fn addresses_are_distinct_and_case_insensitive() {
        let one = address_hashes([ALICE, " Alice@Contoso.COM ", BOB, "", ALICE]);
        assert_eq!(one.len(), 2);
        assert_eq!(one, address_hashes([BOB, ALICE]));
    }

    #[test]
    fn a_reply_matches_the_tracked_original() {
        let cfg = SmartMatchConfig::default();
        let tracked = (
            words(&cfg, "Quote for Contoso"),
            address_hashes([ALICE, BOB, CAROL]),
        );
        let reply = (
            words(&cfg, "RE: FW: Quote for Contoso"),
            address_hashes([BOB, ALICE]),
        );
        assert!(matches(&cfg, &reply.0, &reply.1, &tracked.0, &tracked.1));
    }

    #[test]
    fn too_few_shared_addresses_do_not_match() {
        let cfg = SmartMatchConfig::default();
        let subject = words(&cfg, "Quote for Contoso");
        let tracked = address_hashes([ALICE, BOB]);
        let other = address_hashes([ALICE, "dave@litware.com"]);
        assert!(!matches(&cfg, &subject, &other, &subject, &tracked));
        let lenient = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, 20, 0, 1).unwrap();
        assert!(matches(&lenient, &subject, &other, &subject, &tracked));
    }

    #[test]
    fn subject_difference_is_bounded_by_delta() {
        let strict = SmartMatchConfig::default();
        let addresses = address_hashes([ALICE, BOB]);
        let tracked = words(&strict, "Quote for Contoso");
        let longer = words(&strict, "RE: Updated quote for Contoso");
        let changed = words(&strict, "RE: Quote for Fabrikam");
        assert!(!matches(&strict, &longer, &addresses, &tracked, &addresses));
        let one = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, 20, 1, 2).unwrap();
        assert!(matches(&one, &longer, &addresses, &tracked, &addresses));
        assert!(!matches(&one, &changed, &addresses, &tracked, &addresses));
        let two = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, 20, 2, 2).unwrap();
        assert!(matches(&two, &changed, &addresses, &tracked, &addresses));
    }

    #[test]
    fn word_order_is_ignored_but_repeats_count() {
        let cfg = SmartMatchConfig::default();
        let addresses = address_hashes([ALICE, BOB]);
        let tracked = words(&cfg, "Quote for Contoso");
        // "Contoso:" at the start reads as a keyword like "RE:" and is stripped.
        let keyword_like = words(&cfg, "Contoso: quote for");
        let shuffled = words(&cfg, "for Contoso quote");
        let repeated = words(&cfg, "Quote quote for Contoso");
        assert!(matches(&cfg, &shuffled, &addresses, &tracked, &addresses));
        assert!(!matches(
            &cfg,
            &keyword_like,
            &addresses,
            &tracked,
            &addresses
        ));
        assert!(!matches(&cfg, &repeated, &addresses, &tracked, &addresses));
    }

    #[test]
    fn empty_subjects_match_nothing() {
        let cfg = SmartMatchConfig::default();
        let addresses = address_hashes([ALICE, BOB]);
        let empty = words(&cfg, "RE: ");
        assert!(empty.is_empty());
        assert!(!matches(&cfg, &empty, &addresses, &empty, &addresses));
    }

    proptest! {
        #[test]
        fn subject_hashing_is_deterministic_and_never_panics(subject in "\\PC{0,200}", max in 0usize..30) {
            let cfg = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, max, 0, 2).unwrap();
            let first = subject_hashes(&cfg, &subject);
            prop_assert!(first.len() <= max);
            prop_assert_eq!(first, subject_hashes(&cfg, &subject));
        }

        #[test]
        fn subject_hashing_ignores_case(subject in "[a-zA-Z ]{0,80}") {
            let cfg = SmartMatchConfig::default();
            prop_assert_eq!(
                subject_hashes(&cfg, &subject.to_uppercase()),
                subject_hashes(&cfg, &subject.to_lowercase())
            );
        }

        #[test]
        fn address_hashes_ignore_case_order_and_repeats(addresses in prop::collection::vec("\\PC{0,30}", 0..8)) {
            let hashes = address_hashes(addresses.iter().map(String::as_str));
            let upper: Vec<String> = addresses.iter().rev().map(|a| a.to_uppercase()).collect();
            let lower: Vec<String> = addresses.iter().map(|a| a.to_lowercase()).collect();
            prop_assert!(hashes.windows(2).all(|w| w[0] < w[1]));
            prop_assert_eq!(&hashes, &address_hashes(lower.iter().map(String::as_str)));
            // Uppercasing can change a string's lowercase form outside ASCII (e.g. 'ß' -> "SS").
            if addresses.iter().all(|a| a.is_ascii()) {
                prop_assert_eq!(&hashes, &address_hashes(upper.iter().map(String::as_str)));
            }
        }

        #[test]
        fn matching_is_symmetric(
            a in prop::collection::vec(0u64..6, 0..6),
            b in prop::collection::vec(0u64..6, 0..6),
            a_addresses in prop::collection::vec(0u64..6, 0..5),
            b_addresses in prop::collection::vec(0u64..6, 0..5),
            delta in 0usize..3,
            min in 0usize..4,
        ) {
            let cfg = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, 20, delta, min).unwrap();
            prop_assert_eq!(
                matches(&cfg, &a, &a_addresses, &b, &b_addresses),
                matches(&cfg, &b, &b_addresses, &a, &a_addresses)
            );
            prop_assert_eq!(
                matches(&cfg, &a, &a_addresses, &b, &b_addresses),
                matches(&cfg, &b, &a_addresses, &a, &b_addresses)
            );
        }

        #[test]
        fn reply_and_forward_chains_leave_the_subject_hashes_alone(
            words in prop::collection::vec("[a-z0-9]{1,10}", 1..8),
            chain in prop::collection::vec(("(RE|Re|FW|Fwd|AW|SV)", " ?", " {0,2}"), 0..5),
        ) {
            let cfg = SmartMatchConfig::default();
            let subject = words.join(" ");
            let prefixed: String = chain
                .iter()
                .map(|(word, before, after)| format!("{word}{before}:{after}"))
                .collect::<Vec<_>>()
                .join(" ")
                + " "
                + &subject;
            prop_assert_eq!(subject_hashes(&cfg, &prefixed), subject_hashes(&cfg, &subject));
        }

        #[test]
        fn a_reply_to_the_same_people_matches_its_original(
            words in prop::collection::vec("[a-z]{1,10}", 1..8),
            people in prop::collection::btree_set("[a-z]{1,8}@[a-z]{1,8}\\.com", 2..6),
        ) {
            let cfg = SmartMatchConfig::default();
            let subject = words.join(" ");
            let addresses = address_hashes(people.iter().map(String::as_str));
            let reply = subject_hashes(&cfg, &format!("RE: {}", subject.to_uppercase()));
            prop_assert!(matches(&cfg, &reply, &addresses, &subject_hashes(&cfg, &subject), &addresses));
        }

        #[test]
        fn max_count_keeps_the_first_words(subject in "\\PC{0,120}", max in 0usize..12, more in 0usize..12) {
            let few = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, max, 0, 2).unwrap();
            let many = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, max + more, 0, 2).unwrap();
            let all = subject_hashes(&many, &subject);
            let first = subject_hashes(&few, &subject);
            prop_assert!(all.starts_with(&first));
            prop_assert_eq!(first.len(), all.len().min(max));
        }

        #[test]
        fn with_delta_zero_subjects_must_hold_the_same_words(
            a in prop::collection::vec(0u64..5, 1..6),
            b in prop::collection::vec(0u64..5, 1..6),
        ) {
            let cfg = SmartMatchConfig::new(DEFAULT_FILTER_KEYWORDS, 20, 0, 0).unwrap();
            let (mut sa, mut sb) = (a.clone(), b.clone());
            sa.sort_unstable();
            sb.sort_unstable();
            prop_assert_eq!(matches(&cfg, &a, &[], &b, &[]), sa == sb);
        }
    }
}
