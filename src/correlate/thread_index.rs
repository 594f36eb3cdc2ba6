//! Outlook's Thread-Index header (MAPI PidTagConversationIndex), base64 on the wire.
//!
//! Layout: a 22-byte header block (6 bytes of time, then a 16-byte GUID whose Data1..Data3 are
//! big-endian, so its bytes read in order give the usual 8-4-4-4-12 text), then one 5-byte child
//! block per reply or forward: 1 bit delta code, 31 bits time delta, 4 bits random, 4 bits
//! sequence.
//!
//! Two header encodings are seen in real mail:
//! - **old**: the first six bytes are the FILETIME shifted right 16 bits (big-endian). FILETIME's
//!   top byte is 0x01 from 1829 to 2057, so these values start with 0x01 too.
//! - **new** (MS-OXOMSG 2.2.1.3 today): a reserved byte 0x01, then the FILETIME shifted right
//!   24 bits in five bytes; so for current dates they start 0x01 0x01.
//!
//! Telling them apart: a value is new when its first byte is 0x01 and reading it the new way
//! gives a plausible time (years 1980 to 2100) while the old way does not. Read the old way, a new
//! value would date from about 1830; read the new way, an old value would lie tens of thousands of
//! years ahead: the two never both look plausible. Anything else is read the old way.
//!
//! Child time deltas are FILETIME differences shifted right 18 bits (delta code 0) or 23 bits
//! (delta code 1, for gaps over about 1.7 years). MS-OXOMSG words them as differences from the
//! header time, but Outlook writes each one relative to the previous block: summed, the replies
//! of real threads come out in order and the last lands just before the message's Date, while read
//! from the header they jump back and forth. So each reply's time is the header time plus the
//! deltas up to and including its own.

use base64::Engine;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use chrono::{DateTime, Datelike, Utc};
use serde::Serialize;

pub const HEADER_LEN: usize = 22;
pub const BLOCK_LEN: usize = 5;

/// 100 ns ticks between 1601-01-01 (FILETIME's epoch) and 1970-01-01.
const UNIX_EPOCH_TICKS: i128 = 116_444_736_000_000_000;
const TICKS_PER_SECOND: i128 = 10_000_000;
/// Largest time delta a child block holds with delta code 0 (about 1.7 years).
const SHORT_DELTA_LIMIT: u64 = 1 << (31 + 18);

/// Which header encoding a value uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Encoding {
    Old,
    New,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadIndex {
    pub encoding: Encoding,
    /// When the conversation started.
    pub header_time: DateTime<Utc>,
    /// The conversation GUID, `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, lowercase.
    pub guid: String,
    /// One per reply or forward, oldest first.
    pub replies: Vec<Reply>,
    /// The 22-byte header block: the same for every message of one conversation.
    pub conversation_key: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub time: DateTime<Utc>,
    /// Time since the previous block (the header for the first reply), whole seconds.
    pub delta_seconds: i64,
    /// True when the delta is stored with the coarse (23-bit shift) scale.
    pub long_delta: bool,
    pub random: u8,
    pub sequence: u8,
}

/// Decodes a Thread-Index header value (base64; whitespace and missing padding are tolerated).
pub fn decode(value: &str) -> Result<ThreadIndex, String> {
    decode_bytes(&to_bytes(value)?)
}

/// The raw bytes of a Thread-Index value, for prefix comparisons.
pub fn to_bytes(value: &str) -> Result<Vec<u8>, String> {
    let compact: String = value.split_whitespace().collect();
    if compact.is_empty() {
        return Err("empty Thread-Index".into());
    }
    base64_engine()
        .decode(compact.as_bytes())
        .map_err(|err| format!("Thread-Index is not valid base64 ({err})"))
}

pub fn decode_bytes(bytes: &[u8]) -> Result<ThreadIndex, String> {
    if bytes.len() < HEADER_LEN {
        return Err(format!(
            "Thread-Index too short: {} bytes, a header block alone is {HEADER_LEN}",
            bytes.len()
        ));
    }
    if !(bytes.len() - HEADER_LEN).is_multiple_of(BLOCK_LEN) {
        return Err(format!(
            "Thread-Index of {} bytes is not a {HEADER_LEN}-byte header plus {BLOCK_LEN}-byte blocks",
            bytes.len()
        ));
    }
    let (encoding, header_ticks) = header_ticks(&bytes[..6]);
    let mut ticks = header_ticks;
    let mut replies = Vec::new();
    for block in bytes[HEADER_LEN..].chunks_exact(BLOCK_LEN) {
        let word = u32::from_be_bytes([block[0], block[1], block[2], block[3]]);
        let long_delta = word & 0x8000_0000 != 0;
        let shift = if long_delta { 23 } else { 18 };
        let delta = u64::from(word & 0x7fff_ffff) << shift;
        ticks = ticks.saturating_add(delta);
        replies.push(Reply {
            time: ticks_to_time(ticks),
            delta_seconds: (i128::from(delta) / TICKS_PER_SECOND) as i64,
            long_delta,
            random: block[4] >> 4,
            sequence: block[4] & 0x0f,
        });
    }
    Ok(ThreadIndex {
        encoding,
        header_time: ticks_to_time(header_ticks),
        guid: format_guid(&bytes[6..HEADER_LEN]),
        replies,
        conversation_key: bytes[..HEADER_LEN].to_vec(),
    })
}

/// True when `child` continues the conversation of `parent`: it starts with all of `parent`'s
/// bytes and adds one or more whole child blocks. More than one block is accepted on purpose: a
/// reply to a reply still belongs to the conversation when the message in between was never
/// tracked.
pub fn is_reply_of(child: &[u8], parent: &[u8]) -> bool {
    parent.len() >= HEADER_LEN
        && (parent.len() - HEADER_LEN).is_multiple_of(BLOCK_LEN)
        && child.len() > parent.len()
        && (child.len() - parent.len()).is_multiple_of(BLOCK_LEN)
        && child.starts_with(parent)
}

/// A new conversation's index in the new encoding (reserved byte, 40 time bits, GUID).
pub fn encode_new(time: DateTime<Utc>, guid: [u8; 16]) -> String {
    let ticks = time_to_ticks(time);
    let mut bytes = Vec::with_capacity(HEADER_LEN);
    bytes.push(0x01);
    bytes.extend_from_slice(&(ticks >> 24).to_be_bytes()[3..]);
    bytes.extend_from_slice(&guid);
    base64_engine().encode(bytes)
}

/// The index of a reply written at `time` to the message whose index is `parent`. A time before
/// the parent's last block counts as no time at all.
pub fn encode_reply(parent: &str, time: DateTime<Utc>) -> Result<String, String> {
    let mut bytes = to_bytes(parent)?;
    let decoded = decode_bytes(&bytes)?;
    let last = decoded
        .replies
        .last()
        .map_or(decoded.header_time, |r| r.time);
    let delta = time_to_ticks(time).saturating_sub(time_to_ticks(last));
    let (code, kept) = if delta < SHORT_DELTA_LIMIT {
        (0u32, delta >> 18)
    } else {
        (0x8000_0000, (delta >> 23).min(0x7fff_ffff))
    };
    let word = code | kept as u32;
    bytes.extend_from_slice(&word.to_be_bytes());
    // The random nibble comes from the bits the delta drops, so a given reply always encodes the
    // same way; the sequence nibble stays 0.
    bytes.push((((delta >> 14) & 0x0f) as u8) << 4);
    Ok(base64_engine().encode(bytes))
}

fn base64_engine() -> GeneralPurpose {
    GeneralPurpose::new(
        &base64::alphabet::STANDARD,
        GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
    )
}

/// The header's FILETIME in ticks, and the encoding it was read with.
fn header_ticks(head: &[u8]) -> (Encoding, u64) {
    let old = head.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b)) << 16;
    let new = head[1..]
        .iter()
        .fold(0u64, |acc, b| (acc << 8) | u64::from(*b))
        << 24;
    if head[0] == 0x01 && plausible(new) && !plausible(old) {
        (Encoding::New, new)
    } else {
        (Encoding::Old, old)
    }
}

fn plausible(ticks: u64) -> bool {
    (1980..=2100).contains(&ticks_to_time(ticks).year())
}

fn ticks_to_time(ticks: u64) -> DateTime<Utc> {
    let since_unix = i128::from(ticks) - UNIX_EPOCH_TICKS;
    let seconds = since_unix.div_euclid(TICKS_PER_SECOND) as i64;
    let nanos = (since_unix.rem_euclid(TICKS_PER_SECOND) * 100) as u32;
    // Every u64 FILETIME is within chrono's range (it ends in year 60056).
    DateTime::from_timestamp(seconds, nanos).unwrap_or(DateTime::<Utc>::MAX_UTC)
}

fn time_to_ticks(time: DateTime<Utc>) -> u64 {
    let ticks = i128::from(time.timestamp()) * TICKS_PER_SECOND
        + i128::from(time.timestamp_subsec_nanos() / 100)
        + UNIX_EPOCH_TICKS;
    ticks.clamp(0, i128::from(u64::MAX)) as u64
}

fn format_guid(bytes: &[u8]) -> String {
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::format;

    #[test]
    fn decodes_an_old_outlook_value_with_replies() {
        // A real thread of eight replies (Date of the message: 2017-11-15 14:16:14 +0000).
        let index = decode(
            "AdNST+6DXK4xfZYaRzuyUbaIacENgAHGVF+AAACaRUAAAhGDmgAASt6QACm+BjkA/3MzkAAAPw7yAAA7j6A=",
        )
        .unwrap();
        assert_eq!(index.encoding, Encoding::Old);
        assert_eq!(format(index.header_time), "2017-10-31T13:55:38Z");
        assert_eq!(index.guid, "5cae317d-961a-473b-b251-b68869c10d80");
        assert_eq!(index.replies.len(), 8);
        let times: Vec<String> = index.replies.iter().map(|r| format(r.time)).collect();
        assert_eq!(times[0], "2017-11-09T14:44:30Z");
        assert_eq!(times[7], "2017-11-15T14:12:36Z");
        assert!(times.windows(2).all(|w| w[0] <= w[1]), "{times:?}");
        assert_eq!(index.conversation_key.len(), HEADER_LEN);
    }

    #[test]
    fn decodes_the_new_encoding() {
        let mut bytes = vec![0x01, 0x01, 0xda, 0x71, 0x72, 0x7c];
        bytes.extend_from_slice(&[0x11; 16]);
        let index = decode_bytes(&bytes).unwrap();
        assert_eq!(index.encoding, Encoding::New);
        assert_eq!(format(index.header_time), "2024-03-08T16:05:48Z");
        // Read the old way the same bytes would date from 1830.
        assert_eq!(header_ticks(&bytes[..6]).0, Encoding::New);
    }

    #[test]
    fn rejects_what_is_not_an_index() {
        assert!(decode("not base64!").unwrap_err().contains("base64"));
        assert!(decode("AQID").unwrap_err().contains("too short"));
        assert!(decode("").unwrap_err().contains("empty"));
        let mut bytes = vec![1u8; 24];
        bytes[1] = 0xcb;
        assert!(
            decode_bytes(&bytes)
                .unwrap_err()
                .contains("not a 22-byte header")
        );
    }

    #[test]
    fn replies_extend_their_parent() {
        let start = crate::time::parse_user("2026-01-05T09:00:00Z").unwrap();
        let root = encode_new(start, [7; 16]);
        let reply = encode_reply(&root, start + chrono::Duration::minutes(30)).unwrap();
        let again = encode_reply(&reply, start + chrono::Duration::days(800)).unwrap();
        let (root_b, reply_b, again_b) = (
            to_bytes(&root).unwrap(),
            to_bytes(&reply).unwrap(),
            to_bytes(&again).unwrap(),
        );
        assert!(is_reply_of(&reply_b, &root_b));
        assert!(is_reply_of(&again_b, &root_b));
        assert!(is_reply_of(&again_b, &reply_b));
        assert!(!is_reply_of(&root_b, &reply_b));
        assert!(!is_reply_of(&root_b, &root_b));
        assert!(!is_reply_of(&reply_b[..26], &root_b));

        let decoded = decode(&again).unwrap();
        assert_eq!(decoded.encoding, Encoding::New);
        assert_eq!(decoded.guid, "07070707-0707-0707-0707-070707070707");
        assert_eq!(decoded.replies.len(), 2);
        assert!(!decoded.replies[0].long_delta);
        assert!(
            decoded.replies[1].long_delta,
            "800 days needs the long scale"
        );
        let first = (decoded.replies[0].time - start).num_seconds();
        assert!((1798..=1800).contains(&first), "{first}");
        let short_of =
            (start + chrono::Duration::days(800) - decoded.replies[1].time).num_seconds();
        assert!((0..=2).contains(&short_of), "{short_of}");
    }

    #[test]
    fn a_reply_before_its_parent_adds_no_time() {
        let start = crate::time::parse_user("2026-01-05T09:00:00Z").unwrap();
        let root = encode_new(start, [1; 16]);
        let reply = encode_reply(&root, start - chrono::Duration::hours(1)).unwrap();
        assert_eq!(decode(&reply).unwrap().replies[0].delta_seconds, 0);
    }

    proptest::proptest! {
        #[test]
        fn decode_never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..120)) {
            let _ = decode_bytes(&bytes);
            let _ = decode(&base64_engine().encode(&bytes));
        }

        #[test]
        fn decode_never_panics_on_text(text in "[A-Za-z0-9+/= \n]{0,80}") {
            let _ = decode(&text);
        }

        #[test]
        fn encode_decode_round_trip(
            seconds in 315_532_800i64..4_102_444_800,
            guid in proptest::array::uniform16(proptest::num::u8::ANY),
            gaps in proptest::collection::vec(0i64..100_000_000, 0..6),
        ) {
            let start = DateTime::from_timestamp(seconds, 0).unwrap();
            let mut value = encode_new(start, guid);
            let mut time = start;
            for gap in &gaps {
                time += chrono::Duration::seconds(*gap);
                value = encode_reply(&value, time).unwrap();
            }
            let decoded = decode(&value).unwrap();
            proptest::prop_assert_eq!(decoded.encoding, Encoding::New);
            proptest::prop_assert!((start - decoded.header_time).num_seconds().abs() <= 2);
            proptest::prop_assert_eq!(decoded.guid.replace('-', ""), guid.iter().map(|b| format!("{b:02x}")).collect::<String>());
            proptest::prop_assert_eq!(decoded.replies.len(), gaps.len());
            if let Some(last) = decoded.replies.last() {
                // Each block loses at most one unit of its scale (0.84 s on the long one).
                let error = (time - last.time).num_milliseconds().abs();
                proptest::prop_assert!(error <= 2_000 + 900 * gaps.len() as i64, "error {} ms", error);
            }
        }
    }
}
