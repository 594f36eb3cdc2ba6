//! Which choices a user's "Track email messages" personal option offers, as "OrgDBSettings for
//! server-side sync" and the OrgDBOrgSettings tool describe them: `DoNotAutoTrackEmail` (on:
//! "No email messages" is offered), `HideTrackAllOption` (on: "All email messages" is hidden)
//! and `HideEmailAutoTrackOptions` (on: "All", "from leads, contacts and accounts" and "from
//! email-enabled records" are hidden). "Responses to Dynamics 365 email" is always offered.

use rusqlite::Connection;

use crate::error::{Code, Error, Result};
use crate::model::TrackEmail;
use crate::store::settings::flag;

/// The setting that hides `option` from users' personal options, if one does.
pub fn hidden_by(conn: &Connection, option: TrackEmail) -> Result<Option<&'static str>> {
    Ok(match option {
        TrackEmail::Responses => None,
        TrackEmail::None => {
            (!flag(conn, "DoNotAutoTrackEmail")?).then_some("DoNotAutoTrackEmail is off")
        }
        TrackEmail::All if flag(conn, "HideTrackAllOption")? => Some("HideTrackAllOption is on"),
        _ if flag(conn, "HideEmailAutoTrackOptions")? => Some("HideEmailAutoTrackOptions is on"),
        _ => None,
    })
}

/// Refuses a choice the org hides from users' personal options.
pub fn check_user_choice(conn: &Connection, option: TrackEmail) -> Result<()> {
    match hidden_by(conn, option)? {
        None => Ok(()),
        Some(why) => Err(Error::new(
            Code::OptionHidden,
            format!(
                "users cannot choose to track {} here: {why} (see `orgtrack settings describe`)",
                choice(option)
            ),
        )),
    }
}

/// The choice as the personal options page words it.
fn choice(option: TrackEmail) -> &'static str {
    match option {
        TrackEmail::All => "all email messages",
        TrackEmail::Responses => "responses to Dynamics 365 email",
        TrackEmail::LeadsContactsAccounts => "email from leads, contacts and accounts",
        TrackEmail::EmailEnabled => "email from email-enabled records",
        TrackEmail::None => "no email messages",
    }
}
