//! Synthetic orgs for `orgtrack generate`: users, queues and their mailboxes, ready for sync
//! cycles, each holding email received over the last 30 days, a share of it categorized and
//! waiting for the next cycle. Everything follows from the seed and the sizes (times are
//! relative to the org's clock), so a benchmark or a bug report can make the same org again.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;
use crate::model::{OwnerKind, TrackEmail};
use crate::settings::SettingValue;
use crate::store::bulk::{self, BulkEmail, MailboxIds, ReadyMailbox};
use crate::store::settings;

/// What to make.
#[derive(Debug, Clone)]
pub struct Spec {
    pub users: u32,
    pub queues: u32,
    pub emails_per_mailbox: u32,
    /// Emails come in conversations of 1 to 6 replying to each other.
    pub threads: bool,
    /// Percent of the emails categorized (0 to 100).
    pub categorized: u8,
    pub seed: u64,
}

/// What was made.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Generated {
    pub users: u64,
    pub queues: u64,
    pub mailboxes: u64,
    pub emails: u64,
    pub categorized: u64,
}

/// splitmix64: tiny, fast and good enough to pick names and words; fixed by the seed.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (0 when n is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        ((u128::from(self.next_u64()) * u128::from(n)) >> 64) as u64
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }

    /// True with probability `percent`/100.
    pub fn percent(&mut self, percent: u8) -> bool {
        self.below(100) < u64::from(percent)
    }
}

const FIRST: &[&str] = &[
    "Avery", "Blake", "Casey", "Dana", "Eli", "Farah", "Gus", "Hana", "Ivan", "Jia", "Kofi",
    "Lena", "Mateo", "Nia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomas", "Uma", "Vera",
    "Wen", "Ximena", "Yusuf", "Zoe",
];
const LAST: &[&str] = &[
    "Adams", "Bauer", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Haddad", "Ito", "Jensen",
    "Kim", "Lopez", "Moreau", "Nakamura", "Okafor", "Patel", "Rossi", "Silva", "Tanaka", "Novak",
    "Weber", "Yilmaz",
];
const QUEUES: &[&str] = &["Support", "Sales", "Billing", "Info", "Careers", "Partners"];
const PARTNERS: &[&str] = &[
    "fabrikam.example",
    "adventure-works.example",
    "northwind.example",
    "litware.example",
    "tailspin.example",
    "wingtip.example",
];
const WORDS: &[&str] = &[
    "quarterly",
    "review",
    "contract",
    "renewal",
    "invoice",
    "proposal",
    "meeting",
    "follow-up",
    "pricing",
    "order",
    "shipment",
    "delay",
    "agenda",
    "budget",
    "forecast",
    "workshop",
    "demo",
    "onboarding",
    "support",
    "ticket",
    "escalation",
    "license",
    "upgrade",
    "migration",
    "audit",
    "report",
    "draft",
    "signature",
    "payment",
    "reminder",
    "question",
    "update",
    "project",
    "timeline",
    "kickoff",
    "feedback",
    "survey",
    "training",
    "webinar",
    "partnership",
];

/// How far back the generated mail goes.
const HISTORY_DAYS: i64 = 30;

/// Writes the org's contents into a new state (inside one transaction on `conn`).
pub fn write(
    conn: &mut Connection,
    spec: &Spec,
    org_name: &str,
    clock: DateTime<Utc>,
) -> Result<Generated> {
    // The staging file of `Store::create_with`: nobody else sees it, so this is the one writer
    // that needs no IMMEDIATE lock.
    let tx = conn.transaction()?;
    if !settings::flag(&tx, "TrackCategorizedItems")? {
        let now = crate::time::format(clock);
        let on = SettingValue::Bool(true).to_string();
        settings::set_value(&tx, "TrackCategorizedItems", &on, &now)?;
    }
    let generated = fill(&tx, spec, org_name, clock)?;
    tx.commit()?;
    Ok(generated)
}

fn fill(conn: &Connection, spec: &Spec, org_name: &str, clock: DateTime<Utc>) -> Result<Generated> {
    let domain = domain_of(org_name);
    let mut rng = Rng::new(spec.seed);
    let mut writer = bulk::Writer::new(conn)?;
    let mut made = Generated::default();
    let mut mailboxes = Vec::new();
    let mut user_ids = Vec::new();
    let created = clock - Duration::days(HISTORY_DAYS + 1);
    for n in 1..=spec.users {
        let (first, last) = (*rng.pick(FIRST), *rng.pick(LAST));
        let name = format!("{first} {last} {n}");
        let email = format!(
            "{}.{}.{n}@{domain}",
            first.to_lowercase(),
            last.to_lowercase()
        );
        let id = writer.user(&name, TrackEmail::Responses, created)?;
        user_ids.push(id);
        let ids = writer.ready_mailbox(&ReadyMailbox {
            owner: OwnerKind::User,
            owner_id: id,
            name: &name,
            email: &email,
            created_at: created,
        })?;
        mailboxes.push((ids, email));
        made.users += 1;
    }
    for n in 1..=spec.queues {
        let name = format!("{} {n}", rng.pick(QUEUES));
        let email =
            format!("{}.{n}@{domain}", name.split(' ').next().unwrap_or("queue")).to_lowercase();
        let owner = user_ids[(n as usize - 1) % user_ids.len()];
        let id = writer.queue(&name, owner, TrackEmail::All, created)?;
        let ids = writer.ready_mailbox(&ReadyMailbox {
            owner: OwnerKind::Queue,
            owner_id: id,
            name: &name,
            email: &email,
            created_at: created,
        })?;
        mailboxes.push((ids, email));
        made.queues += 1;
    }
    made.mailboxes = mailboxes.len() as u64;
    for (ids, email) in &mailboxes {
        let mut mail = MailboxMail {
            writer: &mut writer,
            rng: &mut rng,
            spec,
            mailbox: ids,
            address: email,
            clock,
            made: &mut made,
        };
        mail.write_all()?;
    }
    Ok(made)
}

/// `Contoso Ltd` mails from `contosoltd.com`.
fn domain_of(org_name: &str) -> String {
    let slug: String = org_name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if slug.is_empty() {
        "org.example".into()
    } else {
        format!("{slug}.com")
    }
}

/// The email of one mailbox, oldest first, spread over the history before the clock (so before
/// the mailbox's watermark: automatic tracking has nothing left to do with it).
struct MailboxMail<'a, 'c> {
    writer: &'a mut bulk::Writer<'c>,
    rng: &'a mut Rng,
    spec: &'a Spec,
    mailbox: &'a MailboxIds,
    address: &'a str,
    clock: DateTime<Utc>,
    made: &'a mut Generated,
}

impl MailboxMail<'_, '_> {
    fn write_all(&mut self) -> Result<()> {
        let total = u64::from(self.spec.emails_per_mailbox);
        let span = HISTORY_DAYS * 86_400;
        let start = self.clock - Duration::seconds(span);
        let step = (span as u64 / total.max(1)).max(1);
        let mut index = 0u64;
        while index < total {
            let length = if self.spec.threads {
                (1 + self.rng.below(6)).min(total - index)
            } else {
                1
            };
            let partner = format!(
                "{}.{}@{}",
                self.rng.pick(FIRST).to_lowercase(),
                self.rng.pick(LAST).to_lowercase(),
                self.rng.pick(PARTNERS)
            );
            let topic = self.subject();
            let conversation = self.writer.next_item_id();
            let mut thread: Vec<String> = Vec::new();
            for reply in 0..length {
                let received = start
                    + Duration::seconds(((index * span as u64) / total.max(1)) as i64)
                    + Duration::seconds(self.rng.below(step) as i64);
                // Alone, one email in five was sent; in a thread, replies alternate.
                let outgoing = if self.spec.threads {
                    reply % 2 == 1
                } else {
                    self.rng.percent(20)
                };
                let subject = if reply == 0 {
                    topic.clone()
                } else {
                    format!("RE: {topic}")
                };
                let message_id = format!(
                    "{:07}.{:08}.{:x}@{}",
                    self.mailbox.id,
                    index,
                    self.spec.seed,
                    self.address.rsplit('@').next().unwrap_or("org.example")
                );
                let (from, to) = if outgoing {
                    (self.address, partner.as_str())
                } else {
                    (partner.as_str(), self.address)
                };
                let categorized = self.rng.percent(self.spec.categorized);
                self.writer.email(&BulkEmail {
                    mailbox: self.mailbox,
                    outgoing,
                    subject: &subject,
                    message_id: &message_id,
                    in_reply_to: thread.last().map(String::as_str),
                    references: &thread.join(" "),
                    conversation_id: Some(conversation),
                    from,
                    to,
                    sent_at: received - Duration::seconds(2),
                    received_at: received,
                    categorized,
                })?;
                thread.push(message_id);
                index += 1;
                self.made.emails += 1;
                self.made.categorized += u64::from(categorized);
            }
        }
        Ok(())
    }

    /// Three to seven words, capitalized like a person would.
    fn subject(&mut self) -> String {
        let count = 3 + self.rng.below(5);
        let words: Vec<&str> = (0..count).map(|_| *self.rng.pick(WORDS)).collect();
        let mut subject = words.join(" ");
        if let Some(first) = subject.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        subject
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_decides_every_draw() {
        let draws = |seed| {
            let mut rng = Rng::new(seed);
            (0..8).map(|_| rng.next_u64()).collect::<Vec<_>>()
        };
        assert_eq!(draws(7), draws(7));
        assert_ne!(draws(7), draws(8));
    }

    #[test]
    fn below_stays_in_range_and_reaches_both_ends() {
        let mut rng = Rng::new(1);
        let seen: Vec<u64> = (0..2000).map(|_| rng.below(10)).collect();
        assert!(seen.iter().all(|&n| n < 10));
        assert!(seen.contains(&0) && seen.contains(&9));
        assert_eq!(rng.below(0), 0);
    }

    #[test]
    fn percent_follows_its_bounds() {
        let mut rng = Rng::new(3);
        assert!((0..1000).all(|_| rng.percent(100)));
        assert!((0..1000).all(|_| !rng.percent(0)));
    }

    #[test]
    fn domains_come_from_the_org_name() {
        assert_eq!(domain_of("Contoso Ltd"), "contosoltd.com");
        assert_eq!(domain_of("!!!"), "org.example");
    }
}
