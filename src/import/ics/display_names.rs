//! Outlook's time-zone display names as TZIDs: `(UTC+07:00) Bangkok, Hanoi, Jakarta`, or from
//! older Windows versions `(GMT+10:00) Canberra, Melbourne, Sydney`. Outlook and Exchange write
//! the display name of the sender's Windows zone when they export a calendar with a zone they
//! cannot name otherwise.
//!
//! A display name is the zone's base offset in parentheses, then its description. The
//! description is looked up among the descriptions of Windows zones (English, as `tzutil /l` and
//! Microsoft's "Default Time Zones" page list them); failing that, each place it names (split at
//! `,`, `;` and `:`) is looked up among the places of those descriptions, then among the cities
//! of IANA zone names (`Hong Kong` -> `Asia/Hong_Kong`). A place only counts when the zone it
//! finds has had the stated offset, so `La Paz` at UTC-04:00 is Bolivia's and at UTC-07:00
//! Mexico's; descriptions changed over the years, places mostly did not.

use chrono::{FixedOffset, NaiveDate, Offset, TimeZone};
use chrono_tz::Tz;

/// Windows zone id -> its display description (the text after the offset).
const DESCRIPTIONS: &[(&str, &str)] = &[
    ("Dateline Standard Time", "International Date Line West"),
    ("UTC-11", "Coordinated Universal Time-11"),
    ("Aleutian Standard Time", "Aleutian Islands"),
    ("Hawaiian Standard Time", "Hawaii"),
    ("Marquesas Standard Time", "Marquesas Islands"),
    ("Alaskan Standard Time", "Alaska"),
    ("UTC-09", "Coordinated Universal Time-09"),
    ("Pacific Standard Time (Mexico)", "Baja California"),
    ("UTC-08", "Coordinated Universal Time-08"),
    ("Pacific Standard Time", "Pacific Time (US & Canada)"),
    ("US Mountain Standard Time", "Arizona"),
    (
        "Mountain Standard Time (Mexico)",
        "Chihuahua, La Paz, Mazatlan",
    ),
    ("Mountain Standard Time", "Mountain Time (US & Canada)"),
    ("Yukon Standard Time", "Yukon"),
    ("Central America Standard Time", "Central America"),
    ("Central Standard Time", "Central Time (US & Canada)"),
    ("Easter Island Standard Time", "Easter Island"),
    (
        "Central Standard Time (Mexico)",
        "Guadalajara, Mexico City, Monterrey",
    ),
    ("Canada Central Standard Time", "Saskatchewan"),
    (
        "SA Pacific Standard Time",
        "Bogota, Lima, Quito, Rio Branco",
    ),
    ("Eastern Standard Time (Mexico)", "Chetumal"),
    ("Eastern Standard Time", "Eastern Time (US & Canada)"),
    ("Haiti Standard Time", "Haiti"),
    ("Cuba Standard Time", "Havana"),
    ("US Eastern Standard Time", "Indiana (East)"),
    ("Turks And Caicos Standard Time", "Turks and Caicos"),
    ("Paraguay Standard Time", "Asuncion"),
    ("Atlantic Standard Time", "Atlantic Time (Canada)"),
    ("Venezuela Standard Time", "Caracas"),
    ("Central Brazilian Standard Time", "Cuiaba"),
    (
        "SA Western Standard Time",
        "Georgetown, La Paz, Manaus, San Juan",
    ),
    ("Pacific SA Standard Time", "Santiago"),
    ("Newfoundland Standard Time", "Newfoundland"),
    ("Tocantins Standard Time", "Araguaina"),
    ("E. South America Standard Time", "Brasilia"),
    ("SA Eastern Standard Time", "Cayenne, Fortaleza"),
    ("Argentina Standard Time", "City of Buenos Aires"),
    ("Greenland Standard Time", "Greenland"),
    ("Montevideo Standard Time", "Montevideo"),
    ("Magallanes Standard Time", "Punta Arenas"),
    ("Saint Pierre Standard Time", "Saint Pierre and Miquelon"),
    ("Bahia Standard Time", "Salvador"),
    ("UTC-02", "Coordinated Universal Time-02"),
    ("Azores Standard Time", "Azores"),
    ("Cape Verde Standard Time", "Cabo Verde Is."),
    ("UTC", "Coordinated Universal Time"),
    ("GMT Standard Time", "Dublin, Edinburgh, Lisbon, London"),
    ("Greenwich Standard Time", "Monrovia, Reykjavik"),
    ("Sao Tome Standard Time", "Sao Tome"),
    ("Morocco Standard Time", "Casablanca"),
    (
        "W. Europe Standard Time",
        "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    ),
    (
        "Central Europe Standard Time",
        "Belgrade, Bratislava, Budapest, Ljubljana, Prague",
    ),
    (
        "Romance Standard Time",
        "Brussels, Copenhagen, Madrid, Paris",
    ),
    (
        "Central European Standard Time",
        "Sarajevo, Skopje, Warsaw, Zagreb",
    ),
    ("W. Central Africa Standard Time", "West Central Africa"),
    ("Jordan Standard Time", "Amman"),
    ("GTB Standard Time", "Athens, Bucharest"),
    ("Middle East Standard Time", "Beirut"),
    ("Egypt Standard Time", "Cairo"),
    ("E. Europe Standard Time", "Chisinau"),
    ("Syria Standard Time", "Damascus"),
    ("West Bank Standard Time", "Gaza, Hebron"),
    ("South Africa Standard Time", "Harare, Pretoria"),
    (
        "FLE Standard Time",
        "Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
    ),
    ("Israel Standard Time", "Jerusalem"),
    ("South Sudan Standard Time", "Juba"),
    ("Kaliningrad Standard Time", "Kaliningrad"),
    ("Sudan Standard Time", "Khartoum"),
    ("Libya Standard Time", "Tripoli"),
    ("Namibia Standard Time", "Windhoek"),
    ("Arabic Standard Time", "Baghdad"),
    ("Turkey Standard Time", "Istanbul"),
    ("Arab Standard Time", "Kuwait, Riyadh"),
    ("Belarus Standard Time", "Minsk"),
    ("Russian Standard Time", "Moscow, St. Petersburg"),
    ("E. Africa Standard Time", "Nairobi"),
    ("Volgograd Standard Time", "Volgograd"),
    ("Iran Standard Time", "Tehran"),
    ("Arabian Standard Time", "Abu Dhabi, Muscat"),
    ("Astrakhan Standard Time", "Astrakhan, Ulyanovsk"),
    ("Azerbaijan Standard Time", "Baku"),
    ("Russia Time Zone 3", "Izhevsk, Samara"),
    ("Mauritius Standard Time", "Port Louis"),
    ("Saratov Standard Time", "Saratov"),
    ("Georgian Standard Time", "Tbilisi"),
    ("Caucasus Standard Time", "Yerevan"),
    ("Afghanistan Standard Time", "Kabul"),
    ("West Asia Standard Time", "Ashgabat, Tashkent"),
    ("Ekaterinburg Standard Time", "Ekaterinburg"),
    ("Pakistan Standard Time", "Islamabad, Karachi"),
    ("Qyzylorda Standard Time", "Qyzylorda"),
    ("India Standard Time", "Chennai, Kolkata, Mumbai, New Delhi"),
    ("Sri Lanka Standard Time", "Sri Jayawardenepura"),
    ("Nepal Standard Time", "Kathmandu"),
    ("Central Asia Standard Time", "Astana"),
    ("Bangladesh Standard Time", "Dhaka"),
    ("Omsk Standard Time", "Omsk"),
    ("Myanmar Standard Time", "Yangon (Rangoon)"),
    ("SE Asia Standard Time", "Bangkok, Hanoi, Jakarta"),
    ("Altai Standard Time", "Barnaul, Gorno-Altaysk"),
    ("W. Mongolia Standard Time", "Hovd"),
    ("North Asia Standard Time", "Krasnoyarsk"),
    ("N. Central Asia Standard Time", "Novosibirsk"),
    ("Tomsk Standard Time", "Tomsk"),
    (
        "China Standard Time",
        "Beijing, Chongqing, Hong Kong, Urumqi",
    ),
    ("North Asia East Standard Time", "Irkutsk"),
    ("Singapore Standard Time", "Kuala Lumpur, Singapore"),
    ("W. Australia Standard Time", "Perth"),
    ("Taipei Standard Time", "Taipei"),
    ("Ulaanbaatar Standard Time", "Ulaanbaatar"),
    ("Aus Central W. Standard Time", "Eucla"),
    ("Transbaikal Standard Time", "Chita"),
    ("Tokyo Standard Time", "Osaka, Sapporo, Tokyo"),
    ("North Korea Standard Time", "Pyongyang"),
    ("Korea Standard Time", "Seoul"),
    ("Yakutsk Standard Time", "Yakutsk"),
    ("Cen. Australia Standard Time", "Adelaide"),
    ("AUS Central Standard Time", "Darwin"),
    ("E. Australia Standard Time", "Brisbane"),
    ("AUS Eastern Standard Time", "Canberra, Melbourne, Sydney"),
    ("West Pacific Standard Time", "Guam, Port Moresby"),
    ("Tasmania Standard Time", "Hobart"),
    ("Vladivostok Standard Time", "Vladivostok"),
    ("Lord Howe Standard Time", "Lord Howe Island"),
    ("Bougainville Standard Time", "Bougainville Island"),
    ("Russia Time Zone 10", "Chokurdakh"),
    ("Magadan Standard Time", "Magadan"),
    ("Norfolk Standard Time", "Norfolk Island"),
    ("Sakhalin Standard Time", "Sakhalin"),
    (
        "Central Pacific Standard Time",
        "Solomon Is., New Caledonia",
    ),
    ("Russia Time Zone 11", "Anadyr, Petropavlovsk-Kamchatsky"),
    ("New Zealand Standard Time", "Auckland, Wellington"),
    ("UTC+12", "Coordinated Universal Time+12"),
    ("Fiji Standard Time", "Fiji"),
    ("Chatham Islands Standard Time", "Chatham Islands"),
    ("UTC+13", "Coordinated Universal Time+13"),
    ("Tonga Standard Time", "Nuku'alofa"),
    ("Samoa Standard Time", "Samoa"),
    ("Line Islands Standard Time", "Kiritimati Island"),
];

/// A display name split into its stated offset and its description.
pub struct DisplayName<'a> {
    pub offset: FixedOffset,
    pub description: &'a str,
}

/// Reads `(UTC+07:00) ...`, `(GMT-05:00) ...`, `(UTC) ...` and `(GMT) ...`; None for anything
/// else.
pub fn split(tzid: &str) -> Option<DisplayName<'_>> {
    let rest = tzid.trim().strip_prefix('(')?;
    let (inside, description) = rest.split_once(')')?;
    let inside = inside.trim();
    let sign_and_time = inside
        .strip_prefix("UTC")
        .or_else(|| inside.strip_prefix("GMT"))?
        .trim();
    let seconds = if sign_and_time.is_empty() {
        0
    } else {
        let (sign, time) = match sign_and_time.as_bytes()[0] {
            b'+' => (1, &sign_and_time[1..]),
            b'-' => (-1, &sign_and_time[1..]),
            _ => return None,
        };
        let (hours, minutes) = time.split_once(':').unwrap_or((time, "0"));
        let hours: i32 = hours.trim().parse().ok()?;
        let minutes: i32 = minutes.trim().parse().ok()?;
        if hours > 14 || minutes > 59 {
            return None;
        }
        sign * (hours * 3600 + minutes * 60)
    };
    Some(DisplayName {
        offset: FixedOffset::east_opt(seconds)?,
        description: description.trim(),
    })
}

/// The zone a display name stands for (the IANA zone of its Windows zone), if one can be told.
pub fn resolve(tzid: &str) -> Option<Tz> {
    let name = split(tzid)?;
    if let Some((windows, _)) = DESCRIPTIONS
        .iter()
        .find(|(_, d)| same_words(d, name.description))
    {
        return super::tz::resolve_windows(windows);
    }
    places(name.description).find_map(|place| {
        DESCRIPTIONS
            .iter()
            .filter(|(_, d)| places(d).any(|p| same_words(p, place)))
            .filter_map(|(windows, _)| super::tz::resolve_windows(windows))
            .chain(iana_city(place))
            .find(|tz| has_had_offset(*tz, name.offset))
    })
}

/// The places a description names: `Greenwich Mean Time : Dublin, Edinburgh` gives three.
fn places(description: &str) -> impl Iterator<Item = &str> {
    description
        .split([',', ';', ':'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace()
        .map(str::to_lowercase)
        .eq(b.split_whitespace().map(str::to_lowercase))
}

/// The IANA zone whose city is `place` (`Hong Kong` -> `Asia/Hong_Kong`).
fn iana_city(place: &str) -> Option<Tz> {
    let wanted = place.replace(' ', "_");
    chrono_tz::TZ_VARIANTS.iter().copied().find(|tz| {
        tz.name()
            .rsplit('/')
            .next()
            .is_some_and(|city| city.eq_ignore_ascii_case(&wanted))
            && tz.name().contains('/')
    })
}

/// Whether `tz` used `offset` as its base in January or July of a year since Windows first
/// wrote display names (offsets move: Venezuela, Kazakhstan, Samoa).
fn has_had_offset(tz: Tz, offset: FixedOffset) -> bool {
    (2000..=2025).step_by(5).any(|year| {
        [1, 7].iter().any(|month| {
            NaiveDate::from_ymd_opt(year, *month, 15)
                .and_then(|d| d.and_hms_opt(12, 0, 0))
                .map(|t| tz.from_utc_datetime(&t).offset().fix() == offset)
                .unwrap_or(false)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_description_names_a_windows_zone_we_map() {
        for (windows, _) in DESCRIPTIONS {
            assert!(
                super::super::tz::resolve_windows(windows).is_some(),
                "{windows}"
            );
        }
    }

    #[test]
    fn resolves_current_and_older_display_names() {
        for (name, zone) in [
            ("(UTC+07:00) Bangkok, Hanoi, Jakarta", Tz::Asia__Bangkok),
            (
                "(UTC-05:00) Eastern Time (US & Canada)",
                Tz::America__New_York,
            ),
            (
                "(GMT+10:00) Canberra, Melbourne, Sydney",
                Tz::Australia__Sydney,
            ),
            (
                "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
                Tz::Europe__Berlin,
            ),
            ("(UTC) Coordinated Universal Time", Tz::Etc__UTC),
            // Older descriptions, found through their places.
            (
                "(GMT) Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London",
                Tz::Europe__London,
            ),
            (
                "(GMT-08:00) Pacific Time (US & Canada); Tijuana",
                Tz::America__Los_Angeles,
            ),
            (
                "(GMT+03:00) Moscow, St. Petersburg, Volgograd",
                Tz::Europe__Moscow,
            ),
            (
                "(GMT+02:00) Athens, Bucharest, Istanbul",
                Tz::Europe__Bucharest,
            ),
            ("(GMT-04:00) Caracas, La Paz", Tz::America__Caracas),
            (
                "(GMT-07:00) Chihuahua, La Paz, Mazatlan",
                Tz::America__Mazatlan,
            ),
            ("(UTC+08:00) Hong Kong", Tz::Asia__Shanghai),
            // A place only IANA knows.
            ("(UTC+07:00) Ho Chi Minh", Tz::Asia__Ho_Chi_Minh),
        ] {
            assert_eq!(resolve(name), Some(zone), "{name}");
        }
    }

    #[test]
    fn a_place_at_another_offset_does_not_count() {
        assert_eq!(resolve("(UTC+03:00) Bangkok"), None);
        assert_eq!(resolve("(UTC+05:00) Atlantis"), None);
        let name = split("(UTC+05:45) Kathmandu").unwrap();
        assert_eq!(name.offset.local_minus_utc(), 5 * 3600 + 45 * 60);
        assert!(split("Customized Time Zone").is_none());
        assert!(split("(UTC+99:00) Nowhere").is_none());
    }
}
