//! Outlook's Thread-Index header (MAPI PidTagConversationIndex), base64 on the wire.
//!
//! Layout: a 22-byte header block (6 bytes of time, then a 16-byte GUID whose Data1..Data3 are
//! big-endian, so its bytes read in order give the usual 8-4-4-4-12 text), then one 5-byte child
//! block per reply or forward: 1 bit delta code, 31 bits time delta, 4 bits random, 4 bits
//! sequence (MS-OXOMSG 2.2.1.3 "PidTagConversationIndex Property"; MAPI "Tracking
//! conversations").
//!
//! Two header encodings are seen in real mail:
//! - **old**: the first six bytes are the FILETIME shifted right 16 bits (big-endian). FILETIME's
//!   top byte is 0x01 from 1829 to 2057, so these values start with 0x01 too.
//! - **new** (MS-OXOMSG 2.2.1.3 today): a reserved byte 0x01, then the FILETIME shifted right
//!   24 bits in five bytes; so for current dates they start 0x01 0x01 (base64 `AQH...`).
//!
//! Telling them apart: a value is new when its first byte is 0x01 and reading it the new way
//! gives a plausible time (years 1980 to 2100) while the old way does not. Read the old way, a new
//! value would date from about 1830; read the new way, an old value would lie tens of thousands of
//! years ahead: the two never both look plausible. Anything else is read the old way.
//!
//! Child time deltas are FILETIME differences shifted right 18 bits (delta code 0) or 23 bits
//! (delta code 1). MS-OXOMSG words them as differences from the header time; Outlook writes them
//! otherwise, and real threads only decode to replies just before their messages' Date this way:
//! - each block is relative to the previous one (the first to the header);
//! - in a new-style value, the first block is relative to the header time *read the old way*
//!   (the six bytes as a FILETIME shifted 16 bits, a time around 1830), so the difference always
//!   needs the long scale and is cut to its low 31 bits. Decoding takes, of the times 2^54 ticks
//!   (57 years) apart that those 31 bits allow, the one nearest the header time. Outlook writes
//!   every later block of a new-style value on the long scale too;
//! - a long-scale delta is a signed 31-bit number: a reply written on a computer whose clock was
//!   behind the previous writer's goes back in time (the `//+...` blocks of real threads).
//!
//! A new-style first block with delta code 0 cannot come from Outlook (its distance from the
//! old-way header never fits the short scale); it is read as MS-OXOMSG words it, from the header
//! time, which is what orgtrack 0.1.0 wrote.

use base64::Engine;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use chrono::{DateTime, Datelike, Utc};
use serde::Serialize;

pub const HEADER_LEN: usize = 22;
pub const BLOCK_LEN: usize = 5;

/// 100 ns ticks between 1601-01-01 (FILETIME's epoch) and 1970-01-01.
const UNIX_EPOCH_TICKS: i128 = 116_444_736_000_000_000;
const TICKS_PER_SECOND: i128 = 10_000_000;
/// The delta code bit of a child block: set, the delta is on the long scale.
const LONG_DELTA: u32 = 0x8000_0000;
/// The 31 delta bits of a child block.
const DELTA_BITS: u32 = 0x7fff_ffff;
/// A short-scale delta counts units of 2^18 ticks (26 ms), a long-scale one of 2^23 (0.84 s).
const SHORT_SHIFT: u32 = 18;
const LONG_SHIFT: u32 = 23;
/// Largest time delta a child block holds with delta code 0 (about 1.7 years).
const SHORT_DELTA_LIMIT: u64 = 1 << (31 + SHORT_SHIFT);

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
    let mut ticks = i128::from(header_ticks);
    let mut replies = Vec::new();
    for (n, block) in bytes[HEADER_LEN..].chunks_exact(BLOCK_LEN).enumerate() {
        let word = u32::from_be_bytes([block[0], block[1], block[2], block[3]]);
        let long_delta = word & LONG_DELTA != 0;
        let previous = ticks;
        ticks = if n == 0 && encoding == Encoding::New && long_delta {
            nearest_wrapped(old_way_ticks(&bytes[..6]), word, previous)
        } else {
            previous + delta_ticks(word)
        }
        .clamp(0, i128::from(u64::MAX));
        replies.push(Reply {
            time: ticks_to_time(ticks),
            delta_seconds: ((ticks - previous) / TICKS_PER_SECOND) as i64,
            long_delta,
            random: block[4] >> 4,
            sequence: block[4] & 0x0f,
        });
    }
    Ok(ThreadIndex {
        encoding,
        header_time: ticks_to_time(i128::from(header_ticks)),
        guid: format_guid(&bytes[6..HEADER_LEN]),
        replies,
        conversation_key: bytes[..HEADER_LEN].to_vec(),
    })
}

/// A child block's delta in ticks: unsigned on the short scale, signed 31 bits on the long one.
fn delta_ticks(word: u32) -> i128 {
    if word & LONG_DELTA != 0 {
        // Shifting the 31 bits to the top of an i32 and back extends their sign.
        i128::from(((word << 1) as i32) >> 1) << LONG_SHIFT
    } else {
        i128::from(word) << SHORT_SHIFT
    }
}

/// The first block of a new-style value: `old_way` plus the long-scale delta whose low 31 bits
/// the block kept, taking of the times one wrap (2^54 ticks) apart the one nearest `header`.
fn nearest_wrapped(old_way: u64, word: u32, header: i128) -> i128 {
    let period = 1i128 << (31 + LONG_SHIFT);
    let first = i128::from(old_way) + (i128::from(word & DELTA_BITS) << LONG_SHIFT);
    first + (header - first + period / 2).div_euclid(period) * period
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

/// The index of a reply written at `time` to the message whose index is `parent`, with its block
/// written as Outlook writes it (see the module notes). A time before the parent's last block
/// counts as no time at all.
pub fn encode_reply(parent: &str, time: DateTime<Utc>) -> Result<String, String> {
    let mut bytes = to_bytes(parent)?;
    let decoded = decode_bytes(&bytes)?;
    let last = decoded
        .replies
        .last()
        .map_or(decoded.header_time, |r| r.time);
    let now = time_to_ticks(time.max(last));
    let since_last = now - time_to_ticks(last);
    let word = match decoded.encoding {
        Encoding::New if decoded.replies.is_empty() => {
            let since_old_way = now - old_way_ticks(&bytes[..6]);
            LONG_DELTA | ((since_old_way >> LONG_SHIFT) as u32 & DELTA_BITS)
        }
        Encoding::Old if since_last < SHORT_DELTA_LIMIT => (since_last >> SHORT_SHIFT) as u32,
        Encoding::New | Encoding::Old => {
            // The largest positive signed 31-bit delta is about 28 years.
            LONG_DELTA | (since_last >> LONG_SHIFT).min(u64::from(DELTA_BITS >> 1)) as u32
        }
    };
    bytes.extend_from_slice(&word.to_be_bytes());
    // The random nibble comes from bits the delta drops, so a given reply always encodes the
    // same way; the sequence nibble stays 0.
    bytes.push((((now >> 14) & 0x0f) as u8) << 4);
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
    let old = old_way_ticks(head);
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

/// The six header bytes read as a FILETIME shifted right 16 bits.
fn old_way_ticks(head: &[u8]) -> u64 {
    head[..6]
        .iter()
        .fold(0u64, |acc, b| (acc << 8) | u64::from(*b))
        << 16
}

fn plausible(ticks: u64) -> bool {
    (1980..=2100).contains(&ticks_to_time(i128::from(ticks)).year())
}

fn ticks_to_time(ticks: i128) -> DateTime<Utc> {
    let since_unix = ticks - UNIX_EPOCH_TICKS;
    let seconds = since_unix.div_euclid(TICKS_PER_SECOND) as i64;
    let nanos = (since_unix.rem_euclid(TICKS_PER_SECOND) * 100) as u32;
    // Every u64 FILETIME (all a value can hold) is within chrono's range (it ends in year 60056).
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

    /// Real new-style values (public mailing-list archives, sent from Outlook through Exchange
    /// Online), each with its message's Date: the last reply lands just before it.
    const REAL_NEW_STYLE: [(&str, &str); 4] = [
        (
            "AQHWW4kYTVU0hTDyYEitKlUuU5vZlKkKf2uAgAACLICAAR7YAIAAIxaAgAAB34CAAARBAIAAAV+AgAADXAA=",
            "2020-07-17T14:01:10Z",
        ),
        (
            "AQHVdJmSz7FwOb+ZL0aIExPYLyfVU6c/a/SA",
            "2019-09-27T11:56:21Z",
        ),
        (
            "AQHaVbXxn3uZQDIUQEWAqG1gtcTZ8LD3Kj8AgAAEkIA=",
            "2024-02-02T15:35:19Z",
        ),
        (
            "AQHcAuTPFh3B/4ChdE6GwpvHtJDnrbRT8avA",
            "2025-08-05T11:26:57Z",
        ),
    ];

    #[test]
    fn decodes_real_new_style_replies() {
        let index = decode(REAL_NEW_STYLE[0].0).unwrap();
        assert_eq!(index.encoding, Encoding::New);
        assert_eq!(format(index.header_time), "2020-07-16T15:52:22Z");
        let times: Vec<String> = index.replies.iter().map(|r| format(r.time)).collect();
        assert_eq!(
            times,
            [
                "2020-07-16T18:02:18Z",
                "2020-07-16T18:10:04Z",
                "2020-07-17T11:16:43Z",
                "2020-07-17T13:22:18Z",
                "2020-07-17T13:29:00Z",
                "2020-07-17T13:44:13Z",
                "2020-07-17T13:49:08Z",
                "2020-07-17T14:01:09Z",
            ]
        );
        assert!(index.replies.iter().all(|r| r.long_delta));
        assert_eq!(index.replies[0].delta_seconds, 7795);
        assert_eq!(index.replies[1].delta_seconds, 466);

        for (value, date) in REAL_NEW_STYLE {
            let last = decode(value).unwrap().replies.last().unwrap().time;
            let before = crate::time::parse_user(date, chrono::Utc::now()).unwrap() - last;
            assert!(
                (0..=300).contains(&before.num_seconds()),
                "{value}: last reply {} for a message dated {date}",
                format(last)
            );
        }
    }

    #[test]
    fn a_long_delta_can_go_back_in_time() {
        // A real thread where the middle reply was written on a computer whose clock was about
        // six hours behind: its block is a negative long-scale delta (`//+aYg...`).
        let index = decode("AQHXmd9h/5hSWDmaB0eK6ixaYO0v8quE8ftA//+aYgCAAJKPAA==").unwrap();
        let times: Vec<String> = index.replies.iter().map(|r| format(r.time)).collect();
        assert_eq!(
            times,
            [
                "2021-08-26T00:39:43Z",
                "2021-08-25T18:36:01Z",
                "2021-08-26T03:20:34Z"
            ]
        );
        assert_eq!(index.replies[1].delta_seconds, -21822);
    }

    #[test]
    fn a_short_first_block_of_a_new_value_counts_from_the_header() {
        // What MS-OXOMSG's wording (and orgtrack 0.1.0) writes: 30 minutes on the short scale.
        let mut bytes = to_bytes("AQHacXJ8EREREREREREREREREREREQ==").unwrap();
        let units = (30 * 60 * TICKS_PER_SECOND as u64) >> SHORT_SHIFT;
        bytes.extend_from_slice(&(units as u32).to_be_bytes());
        bytes.push(0);
        let index = decode_bytes(&bytes).unwrap();
        assert_eq!(format(index.replies[0].time), "2024-03-08T16:35:48Z");
    }

    #[test]
    fn replies_extend_their_parent() {
        let start = crate::time::parse_stored("2026-01-05T09:00:00Z").unwrap();
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
        // As Outlook writes new-style values: every block on the long scale.
        assert!(decoded.replies.iter().all(|r| r.long_delta));
        let first =
            (start + chrono::Duration::minutes(30) - decoded.replies[0].time).num_milliseconds();
        assert!((0..840).contains(&first), "{first} ms short");
        let short_of =
            (start + chrono::Duration::days(800) - decoded.replies[1].time).num_milliseconds();
        assert!((0..840).contains(&short_of), "{short_of} ms short");
    }

    #[test]
    fn the_first_new_style_block_counts_from_the_header_read_the_old_way() {
        // 2024-03-08T16:05:48Z started, replied to at 16:35:48: the block holds the low 31 bits
        // of (reply - the header read the old way) >> 23, with the delta code set.
        let root = "AQHacXJ8EREREREREREREREREREREQ==";
        let at = crate::time::parse_user("2024-03-08T16:35:48Z", chrono::Utc::now()).unwrap();
        let bytes = to_bytes(&encode_reply(root, at).unwrap()).unwrap();
        let word = u32::from_be_bytes([bytes[22], bytes[23], bytes[24], bytes[25]]);
        let old_way = old_way_ticks(&bytes[..6]);
        let expected =
            LONG_DELTA | (((time_to_ticks(at) - old_way) >> LONG_SHIFT) as u32 & DELTA_BITS);
        assert_eq!(word, expected);
    }

    #[test]
    fn old_style_replies_stay_on_the_short_scale() {
        let start = crate::time::parse_user("2010-08-03T12:59:55Z", chrono::Utc::now()).unwrap();
        let root = encode_old(start, [3; 16]);
        let reply = encode_reply(&root, start + chrono::Duration::minutes(15)).unwrap();
        let decoded = decode(&reply).unwrap();
        assert_eq!(decoded.encoding, Encoding::Old);
        assert!(!decoded.replies[0].long_delta);
        assert_eq!(format(decoded.replies[0].time), "2010-08-03T13:14:54Z");
    }

    #[test]
    fn a_reply_before_its_parent_adds_no_time() {
        let start = crate::time::parse_stored("2026-01-05T09:00:00Z").unwrap();
        let root = encode_new(start, [1; 16]);
        let reply = encode_reply(&root, start - chrono::Duration::hours(1)).unwrap();
        assert_eq!(decode(&reply).unwrap().replies[0].delta_seconds, 0);
        let old = encode_old(start, [1; 16]);
        let reply = encode_reply(&old, start - chrono::Duration::hours(1)).unwrap();
        assert_eq!(decode(&reply).unwrap().replies[0].delta_seconds, 0);
    }

    /// An old-style header, as Outlook wrote them before the new encoding (only the reply writer
    /// is the simulator's; it continues whatever a received message carried).
    fn encode_old(time: DateTime<Utc>, guid: [u8; 16]) -> String {
        let mut bytes = (time_to_ticks(time) >> 16).to_be_bytes()[2..].to_vec();
        bytes.extend_from_slice(&guid);
        base64_engine().encode(bytes)
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

        /// What the simulator writes decodes back to the times it meant, in both encodings:
        /// every reply within one unit of its block's scale (0.84 s long, 26 ms short), however
        /// many replies came before it.
        #[test]
        fn encode_decode_round_trip(
            seconds in 315_532_800i64..4_102_444_800,
            guid in proptest::array::uniform16(proptest::num::u8::ANY),
            gaps in proptest::collection::vec(0i64..100_000_000, 0..6),
            new_style in proptest::bool::ANY,
        ) {
            let start = DateTime::from_timestamp(seconds, 0).unwrap();
            let mut value = if new_style { encode_new(start, guid) } else { encode_old(start, guid) };
            let mut time = start;
            let mut meant = Vec::new();
            for gap in &gaps {
                time += chrono::Duration::seconds(*gap);
                meant.push(time);
                value = encode_reply(&value, time).unwrap();
            }
            let decoded = decode(&value).unwrap();
            let encoding = if new_style { Encoding::New } else { Encoding::Old };
            proptest::prop_assert_eq!(decoded.encoding, encoding);
            proptest::prop_assert!((start - decoded.header_time).num_milliseconds() < 1_700);
            proptest::prop_assert!(decoded.header_time <= start);
            proptest::prop_assert_eq!(decoded.guid.replace('-', ""), guid.iter().map(|b| format!("{b:02x}")).collect::<String>());
            proptest::prop_assert_eq!(decoded.replies.len(), gaps.len());
            for (reply, meant) in decoded.replies.iter().zip(&meant) {
                let short_by = (*meant - reply.time).num_milliseconds();
                let unit = if reply.long_delta { 839 } else { 27 };
                proptest::prop_assert!((0..=unit).contains(&short_by), "{} ms short of {}", short_by, meant);
            }
        }
    }
}
