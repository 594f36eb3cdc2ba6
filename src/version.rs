//! Dataverse organization versions: four numeric parts (`9.2.25101.0`), compared numerically
//! part by part, so `9.1.0000.25547` equals `9.1.0.25547` and `9.10` sorts after `9.9`.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::error::{Code, Error};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version([u64; 4]);

impl Version {
    pub const MIN: Version = Version([0; 4]);
    pub const MAX: Version = Version([u64::MAX; 4]);

    pub const fn new(major: u64, minor: u64, build: u64, revision: u64) -> Self {
        Version([major, minor, build, revision])
    }
}

impl FromStr for Version {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        let bad = || {
            Error::new(
                Code::InvalidVersion,
                format!(
                    "invalid version '{text}': expected four numbers separated by dots, e.g. 9.2.25101.0"
                ),
            )
        };
        let mut parts = [0u64; 4];
        let mut count = 0;
        for piece in text.trim().split('.') {
            if count == 4 || piece.is_empty() || !piece.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            parts[count] = piece.parse().map_err(|_| bad())?;
            count += 1;
        }
        if count != 4 {
            return Err(bad());
        }
        Ok(Version(parts))
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b, c, d] = self.0;
        write!(f, "{a}.{b}.{c}.{d}")
    }
}

impl Serialize for Version {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_numerically_and_ignores_leading_zeros() {
        let a: Version = "9.1.0000.25547".parse().unwrap();
        assert_eq!(a, "9.1.0.25547".parse().unwrap());
        assert!("9.10.0.0".parse::<Version>().unwrap() > "9.9.9999.9999".parse().unwrap());
        assert!("9.2.25101.0".parse::<Version>().unwrap() < "9.999.9999.9999".parse().unwrap());
    }

    #[test]
    fn rejects_malformed_versions() {
        for bad in ["", "9.2", "9.2.1.0.0", "9.x.1.0", "9..1.0", " . . . "] {
            assert!(bad.parse::<Version>().is_err(), "{bad:?} should be refused");
        }
    }
}
