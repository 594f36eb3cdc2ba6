"""The import a user would write instead of `orgtrack mail import`: Python's standard library
reads the mbox (`mailbox`) and parses each message (`email`), one INSERT per message into
SQLite, committed at the end. Part of `cargo bench --bench scale`.

usage: python3 import_baseline.py MBOX DATABASE
"""
import email
import mailbox
import sqlite3
import sys
from email import policy

source, target = sys.argv[1], sys.argv[2]
db = sqlite3.connect(target)
db.execute(
    "CREATE TABLE message (id INTEGER PRIMARY KEY, message_id TEXT UNIQUE, subject TEXT,"
    " sender TEXT, recipients TEXT, sent_at TEXT, body TEXT)"
)
parse = lambda f: email.message_from_binary_file(f, policy=policy.default)
imported = failed = 0
for message in mailbox.mbox(source, factory=parse, create=False):
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
        recipients = ", ".join(str(message.get(h, "")) for h in ("To", "Cc"))
        db.execute(
            "INSERT OR IGNORE INTO message (message_id, subject, sender, recipients, sent_at, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (message["Message-ID"], message["Subject"], message["From"], recipients,
             message["Date"], body),
        )
        imported += 1
    except Exception:  # a malformed message is skipped, as orgtrack reports and skips it
        failed += 1
db.commit()
print(imported, failed)
