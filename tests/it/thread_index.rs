//! `orgtrack thread-index decode`.

use crate::util::Env;

/// From a real Outlook thread: eight replies, the last at 14:12:36 for a message dated 14:16:14.
const THREAD: &str =
    "AdNST+6DXK4xfZYaRzuyUbaIacENgAHGVF+AAACaRUAAAhGDmgAASt6QACm+BjkA/3MzkAAAPw7yAAA7j6A=";

#[test]
fn decodes_time_guid_and_replies_as_json() {
    let env = Env::empty();
    let doc = env.json(&["thread-index", "decode", THREAD]);
    assert_eq!(doc["time"], "2017-10-31T13:55:38Z");
    assert_eq!(doc["guid"], "5cae317d-961a-473b-b251-b68869c10d80");
    assert_eq!(doc["encoding"], "old");
    let replies = doc["replies"].as_array().unwrap();
    assert_eq!(replies.len(), 8);
    assert_eq!(replies[0]["time"], "2017-11-09T14:44:30Z");
    assert_eq!(replies[0]["delta_seconds"], 780_532);
    assert_eq!(replies[7]["time"], "2017-11-15T14:12:36Z");
}

#[test]
fn prints_a_readable_summary() {
    let env = Env::empty();
    env.run(&[
        "thread-index",
        "decode",
        "AcszC8UElBYHaZlHSsmvZEE2KBL+0wAAhg7A",
    ])
    .ok()
    .stdout_has("time      2010-08-03T12:59:55Z")
    .stdout_has("encoding  old")
    .stdout_has("replies   1")
    .stdout_has("2010-08-03T13:14:54Z");
}

#[test]
fn reads_the_new_encoding() {
    let env = Env::empty();
    // Reserved byte 0x01, then 40 bits of FILETIME (2024-03-08), then the GUID.
    let doc = env.json(&["thread-index", "decode", "AQHacXJ8EREREREREREREREREREREQ=="]);
    assert_eq!(doc["encoding"], "new");
    assert_eq!(doc["time"], "2024-03-08T16:05:48Z");
    assert_eq!(doc["replies"].as_array().unwrap().len(), 0);
}

#[test]
fn new_style_replies_land_just_before_the_message_date() {
    let env = Env::empty();
    // Real, from Outlook through Exchange Online; the message is dated 2024-02-02 15:35:19 +0000.
    let doc = env.json(&[
        "thread-index",
        "decode",
        "AQHaVbXxn3uZQDIUQEWAqG1gtcTZ8LD3Kj8AgAAEkIA=",
    ]);
    assert_eq!(doc["encoding"], "new");
    assert_eq!(doc["time"], "2024-02-02T08:58:08Z");
    let replies = doc["replies"].as_array().unwrap();
    assert_eq!(replies.len(), 2);
    assert_eq!(replies[0]["time"], "2024-02-02T15:16:45Z");
    assert_eq!(replies[0]["delta_seconds"], 22_717);
    assert_eq!(replies[1]["time"], "2024-02-02T15:33:05Z");
    assert_eq!(replies[1]["delta_seconds"], 979);
}

#[test]
fn a_reply_written_on_a_slow_clock_shows_a_negative_delta() {
    let env = Env::empty();
    env.run(&[
        "thread-index",
        "decode",
        "AQHXmd9h/5hSWDmaB0eK6ixaYO0v8quE8ftA//+aYgCAAJKPAA==",
    ])
    .ok()
    .stdout_has("replies   3")
    .stdout_has("2021-08-25T18:36:01Z  -21822s")
    .stdout_has("2021-08-26T03:20:34Z  +31473s");
}

#[test]
fn invalid_values_exit_4_with_a_clear_message() {
    let env = Env::empty();
    env.run(&["thread-index", "decode", "not*base64"])
        .code(4)
        .stderr_has("invalid Thread-Index 'not*base64'")
        .stderr_has("not valid base64");
    env.run(&["thread-index", "decode", "AQID"])
        .code(4)
        .stderr_has("too short: 3 bytes");
    let run = env
        .run(&["--json", "thread-index", "decode", "AQID"])
        .code(4);
    assert_eq!(run.error_json()["error"]["code"], "invalid_thread_index");
    assert!(run.stdout.is_empty());
}
