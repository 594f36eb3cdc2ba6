//! `orgtrack thread-index decode`: what an Outlook Thread-Index says about a conversation.

use serde::Serialize;

use super::Context;
use crate::cli::thread_index::ThreadIndexCommand;
use crate::correlate::thread_index::{self, Encoding, ThreadIndex};
use crate::error::{Code, Error, Result};
use crate::time;

#[derive(Serialize)]
struct Decoded {
    #[serde(with = "time::rfc3339")]
    time: chrono::DateTime<chrono::Utc>,
    guid: String,
    encoding: Encoding,
    replies: Vec<ReplyView>,
}

#[derive(Serialize)]
struct ReplyView {
    #[serde(with = "time::rfc3339")]
    time: chrono::DateTime<chrono::Utc>,
    delta_seconds: i64,
}

pub fn run(ctx: &Context, cmd: ThreadIndexCommand) -> Result<()> {
    match cmd {
        ThreadIndexCommand::Decode { value } => decode(ctx, &value),
    }
}

fn decode(ctx: &Context, value: &str) -> Result<()> {
    let index = thread_index::decode(value).map_err(|reason| {
        Error::new(
            Code::InvalidThreadIndex,
            format!("invalid Thread-Index '{value}': {reason}"),
        )
    })?;
    let view = view(&index);
    ctx.out.text_or(&text(&view), &view)
}

fn view(index: &ThreadIndex) -> Decoded {
    Decoded {
        time: index.header_time,
        guid: index.guid.clone(),
        encoding: index.encoding,
        replies: index
            .replies
            .iter()
            .map(|r| ReplyView {
                time: r.time,
                delta_seconds: r.delta_seconds,
            })
            .collect(),
    }
}

fn text(view: &Decoded) -> String {
    let encoding = match view.encoding {
        Encoding::Old => "old",
        Encoding::New => "new",
    };
    let mut text = format!(
        "time      {}\nguid      {}\nencoding  {encoding}\nreplies   {}\n",
        time::format(view.time),
        view.guid,
        view.replies.len()
    );
    for (n, reply) in view.replies.iter().enumerate() {
        text.push_str(&format!(
            "  {:>3}  {}  {:+}s\n",
            n + 1,
            time::format(reply.time),
            reply.delta_seconds
        ));
    }
    text
}
