//! Typed setting values: parsing what a user typed (or a file held), range checks, and the
//! canonical text form stored in the state file and written to `<OrgSettings>`.

use std::fmt;

use serde::{Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SettingType {
    Boolean,
    Number,
    Double,
    String,
}

impl SettingType {
    pub fn parse(word: &str) -> Option<Self> {
        match word.trim().to_ascii_lowercase().as_str() {
            "boolean" => Some(Self::Boolean),
            "number" => Some(Self::Number),
            "double" => Some(Self::Double),
            "string" => Some(Self::String),
            _ => None,
        }
    }
}

impl fmt::Display for SettingType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Boolean => "boolean",
            Self::Number => "number",
            Self::Double => "double",
            Self::String => "string",
        })
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum SettingValue {
    Bool(bool),
    Number(i64),
    Double(f64),
    Text(String),
}

/// Inclusive limits: numeric bounds for numbers and doubles, length bounds for strings.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Range {
    pub min: Option<f64>,
    pub max: Option<f64>,
}

impl Range {
    pub fn describe(&self, ty: SettingType) -> String {
        let show = |b: f64| match ty {
            SettingType::Double => format_double(b),
            _ => format!("{}", b as i64),
        };
        let span = match (self.min, self.max) {
            (Some(lo), Some(hi)) => format!("{}..{}", show(lo), show(hi)),
            (Some(lo), None) => format!(">= {}", show(lo)),
            (None, Some(hi)) => format!("<= {}", show(hi)),
            (None, None) => String::new(),
        };
        if ty == SettingType::String && !span.is_empty() {
            format!("{span} characters")
        } else {
            span
        }
    }

    fn contains(&self, x: f64) -> bool {
        self.min.is_none_or(|lo| x >= lo) && self.max.is_none_or(|hi| x <= hi)
    }
}

impl SettingValue {
    /// Parses text in the given type and checks it against the range. The error says what is
    /// allowed, ready to follow "invalid value 'x' for NAME: ".
    pub fn parse(ty: SettingType, text: &str, range: Range) -> Result<Self, String> {
        let value = match ty {
            SettingType::Boolean => match text.trim().to_ascii_lowercase().as_str() {
                "true" => SettingValue::Bool(true),
                "false" => SettingValue::Bool(false),
                _ => return Err("expected true or false".into()),
            },
            SettingType::Number => match text.trim().parse::<i64>() {
                Ok(n) => SettingValue::Number(n),
                Err(_) => return Err(expected("a whole number", ty, range)),
            },
            SettingType::Double => match text.trim().parse::<f64>() {
                Ok(x) if x.is_finite() => SettingValue::Double(x),
                _ => return Err(expected("a number", ty, range)),
            },
            SettingType::String => {
                if let Some(c) = text.chars().find(|c| forbidden_in_text(*c)) {
                    return Err(format!(
                        "it holds the control character U+{:04X}, which the <OrgSettings> XML \
                         cannot carry; of the control characters only tab, line feed and \
                         carriage return are allowed",
                        u32::from(c)
                    ));
                }
                SettingValue::Text(text.to_string())
            }
        };
        value.check_range(ty, range)?;
        Ok(value)
    }

    /// Converts a typed value read from TOML or JSON, accepting text for any type (XML and
    /// hand-edited files carry everything as text).
    pub fn from_json(
        ty: SettingType,
        value: &serde_json::Value,
        range: Range,
    ) -> Result<Self, String> {
        use serde_json::Value as J;
        match (ty, value) {
            (_, J::String(s)) => Self::parse(ty, s, range),
            (SettingType::Boolean, J::Bool(b)) => Ok(SettingValue::Bool(*b)),
            (SettingType::Number | SettingType::Double, J::Number(n)) => {
                Self::parse(ty, &n.to_string(), range)
            }
            _ => Err(match ty {
                SettingType::Boolean => "expected true or false".to_string(),
                SettingType::Number => expected("a whole number", ty, range),
                SettingType::Double => expected("a number", ty, range),
                SettingType::String => "expected a string".to_string(),
            }),
        }
    }

    fn check_range(&self, ty: SettingType, range: Range) -> Result<(), String> {
        let measured = match self {
            SettingValue::Bool(_) => return Ok(()),
            SettingValue::Number(n) => *n as f64,
            SettingValue::Double(x) => *x,
            SettingValue::Text(s) => s.chars().count() as f64,
        };
        if range.contains(measured) {
            Ok(())
        } else if ty == SettingType::String {
            Err(format!("the length must be {}", range.describe(ty)))
        } else {
            Err(format!("allowed range is {}", range.describe(ty)))
        }
    }

    pub fn to_json(&self) -> serde_json::Value {
        match self {
            SettingValue::Bool(b) => (*b).into(),
            SettingValue::Number(n) => (*n).into(),
            SettingValue::Double(x) => {
                serde_json::Number::from_f64(*x).map_or(serde_json::Value::Null, Into::into)
            }
            SettingValue::Text(s) => s.clone().into(),
        }
    }
}

/// Characters XML 1.0 has no way to write (not even as a character reference): the C0 controls
/// other than tab, line feed and carriage return. Dataverse keeps string settings inside the
/// `<OrgSettings>` XML, so such a value could never be stored there.
fn forbidden_in_text(c: char) -> bool {
    c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{7f}')
}

fn expected(what: &str, ty: SettingType, range: Range) -> String {
    let span = range.describe(ty);
    if span.is_empty() {
        format!("expected {what}")
    } else {
        format!("expected {what} in {span}")
    }
}

fn format_double(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{x:.1}")
    } else {
        format!("{x}")
    }
}

impl fmt::Display for SettingValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingValue::Bool(b) => write!(f, "{b}"),
            SettingValue::Number(n) => write!(f, "{n}"),
            SettingValue::Double(x) => f.write_str(&format_double(*x)),
            SettingValue::Text(s) => f.write_str(s),
        }
    }
}

impl Serialize for SettingValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_json().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANY: Range = Range {
        min: None,
        max: None,
    };

    #[test]
    fn booleans_accept_any_case_only() {
        assert_eq!(
            SettingValue::parse(SettingType::Boolean, "TRUE", ANY),
            Ok(SettingValue::Bool(true))
        );
        assert_eq!(
            SettingValue::parse(SettingType::Boolean, "False", ANY),
            Ok(SettingValue::Bool(false))
        );
        assert!(SettingValue::parse(SettingType::Boolean, "1", ANY).is_err());
    }

    #[test]
    fn numbers_are_range_checked() {
        let r = Range {
            min: Some(1.0),
            max: Some(10.0),
        };
        assert_eq!(
            SettingValue::parse(SettingType::Number, "10", r),
            Ok(SettingValue::Number(10))
        );
        let err = SettingValue::parse(SettingType::Number, "11", r).unwrap_err();
        assert_eq!(err, "allowed range is 1..10");
        assert!(SettingValue::parse(SettingType::Number, "1.5", r).is_err());
    }

    #[test]
    fn string_ranges_are_lengths() {
        let r = Range {
            min: Some(1.0),
            max: Some(3.0),
        };
        assert!(SettingValue::parse(SettingType::String, "", r).is_err());
        assert!(SettingValue::parse(SettingType::String, "CRM", r).is_ok());
        assert!(SettingValue::parse(SettingType::String, "CRMX", r).is_err());
    }

    fn any_type() -> impl proptest::strategy::Strategy<Value = SettingType> {
        proptest::sample::select(vec![
            SettingType::Boolean,
            SettingType::Number,
            SettingType::Double,
            SettingType::String,
        ])
    }

    fn any_bound() -> impl proptest::strategy::Strategy<Value = Option<f64>> {
        use proptest::prelude::*;
        prop_oneof![
            Just(None),
            (-100i64..100).prop_map(|n| Some(n as f64)),
            proptest::num::f64::ANY.prop_map(Some),
        ]
    }

    fn any_range() -> impl proptest::strategy::Strategy<Value = Range> {
        use proptest::prelude::*;
        (any_bound(), any_bound()).prop_map(|(min, max)| Range { min, max })
    }

    /// Text a user or a file could hold: numbers of every shape, words, and anything at all.
    fn any_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            "[ ]?[+-]?[0-9]{0,20}([.][0-9]{0,20})?([eE][+-]?[0-9]{1,4})?[ ]?",
            "(?i)[ ]?(true|false|nan|inf|infinity|-inf)[ ]?",
            any::<i64>().prop_map(|n| n.to_string()),
            any::<f64>().prop_map(|x| x.to_string()),
            ".{0,40}",
        ]
    }

    fn any_json() -> impl proptest::strategy::Strategy<Value = serde_json::Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            any::<f64>().prop_map(serde_json::Value::from),
            any_text().prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(3, 16, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
                proptest::collection::btree_map("[a-z]{1,4}", inner, 0..4)
                    .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
            ]
        })
    }

    /// A value `parse` accepted must read back the same from its canonical text (what the
    /// state stores and `<OrgSettings>` carries) and from its JSON form.
    fn assert_round_trips(ty: SettingType, value: &SettingValue, range: Range) {
        let again = SettingValue::parse(ty, &value.to_string(), range);
        assert_eq!(again.as_ref(), Ok(value), "{value} through its text");
        let json = value.to_json();
        assert_eq!(
            SettingValue::from_json(ty, &json, range).as_ref(),
            Ok(value),
            "{value} through {json}"
        );
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics_and_accepted_values_round_trip(
            ty in any_type(), text in any_text(), range in any_range()
        ) {
            if let Ok(value) = SettingValue::parse(ty, &text, range) {
                assert_round_trips(ty, &value, range);
            }
        }

        #[test]
        fn from_json_never_panics_and_accepted_values_round_trip(
            ty in any_type(), json in any_json(), range in any_range()
        ) {
            if let Ok(value) = SettingValue::from_json(ty, &json, range) {
                assert_round_trips(ty, &value, range);
            }
        }

        #[test]
        fn every_double_in_range_round_trips(x in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL | proptest::num::f64::ZERO) {
            let value = SettingValue::parse(SettingType::Double, &x.to_string(), ANY).unwrap();
            assert_round_trips(SettingType::Double, &value, ANY);
        }
    }
}
