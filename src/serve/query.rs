//! The OData query options `orgtrack serve` understands, over rows held as JSON objects:
//! `$filter` (comparisons eq ne gt ge lt le, the string functions `contains`, `startswith` and
//! `endswith`, joined by and / or / not, with parentheses), `$orderby`, `$select` and `$top`.
//! Pure: parse and evaluate, no knowledge of the store.
//!
//! A filter is bounded before anything is evaluated: at most `MAX_FILTER_CHARS` characters and
//! `MAX_DEPTH` levels (parentheses, `not`, and every `and`/`or` of a chain), so a hostile query is
//! a 400 answer, never a deep recursion; no query orgtrack or a person writes comes near them.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

/// Longest `$filter` accepted, in characters.
pub const MAX_FILTER_CHARS: usize = 32 * 1024;
/// Deepest nesting accepted: parentheses, `not`, and the length of an `and`/`or` chain.
pub const MAX_DEPTH: usize = 100;

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Compare(String, Op, Literal),
    /// `contains(property,'text')` and its kin: text tests, any case, as Dataverse's.
    Call(Func, String, String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

/// The OData string functions `$filter` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Func {
    Contains,
    StartsWith,
    EndsWith,
}

impl Func {
    fn named(word: &str) -> Option<Func> {
        match word.to_ascii_lowercase().as_str() {
            "contains" => Some(Func::Contains),
            "startswith" => Some(Func::StartsWith),
            "endswith" => Some(Func::EndsWith),
            _ => None,
        }
    }

    fn holds(self, value: &str, text: &str) -> bool {
        let (value, text) = (value.to_lowercase(), text.to_lowercase());
        match self {
            Func::Contains => value.contains(&text),
            Func::StartsWith => value.starts_with(&text),
            Func::EndsWith => value.ends_with(&text),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Null,
    Bool(bool),
    Number(f64),
    /// A quoted string, or a bare GUID (compared as text, any case).
    Text(String),
    Time(DateTime<Utc>),
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Open,
    Close,
    Comma,
    Word(String),
    Quoted(String),
}

impl std::fmt::Display for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Token::Open => f.write_str("'('"),
            Token::Close => f.write_str("')'"),
            Token::Comma => f.write_str("','"),
            Token::Word(word) => write!(f, "'{word}'"),
            Token::Quoted(text) => write!(f, "the text '{text}'"),
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' | ')' | ',' => {
                chars.next();
                tokens.push(match c {
                    '(' => Token::Open,
                    ')' => Token::Close,
                    _ => Token::Comma,
                });
            }
            '\'' => {
                chars.next();
                let mut value = String::new();
                loop {
                    match chars.next() {
                        Some('\'') if chars.peek() == Some(&'\'') => {
                            chars.next();
                            value.push('\'');
                        }
                        Some('\'') => break,
                        Some(c) => value.push(c),
                        None => return Err("a string literal is not closed".into()),
                    }
                }
                tokens.push(Token::Quoted(value));
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '(' | ')' | ',' | '\'') {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                tokens.push(Token::Word(word));
            }
        }
    }
    Ok(tokens)
}

struct Parser {
    tokens: Vec<Token>,
    at: usize,
    /// Parentheses and `not`s open around the current position.
    nesting: usize,
}

fn too_deep() -> String {
    format!("the filter is nested deeper than {MAX_DEPTH} levels")
}

/// An expression and the height of its tree (a comparison is 1).
type Parsed = (Expr, usize);

impl Parser {
    fn peek_word(&self, word: &str) -> bool {
        matches!(self.tokens.get(self.at), Some(Token::Word(w)) if w.eq_ignore_ascii_case(word))
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn expect(&mut self, wanted: Token, what: &str) -> Result<(), String> {
        match self.next() {
            Some(token) if token == wanted => Ok(()),
            Some(token) => Err(format!("{what} is expected, not {token}")),
            None => Err(format!("{what} is expected at the end")),
        }
    }

    /// One level deeper into parentheses or `not`, refused past `MAX_DEPTH`.
    fn enter(&mut self) -> Result<(), String> {
        self.nesting += 1;
        if self.nesting > MAX_DEPTH {
            return Err(too_deep());
        }
        Ok(())
    }

    fn join(
        left: Parsed,
        right: Parsed,
        both: fn(Box<Expr>, Box<Expr>) -> Expr,
    ) -> Result<Parsed, String> {
        let height = left.1.max(right.1) + 1;
        if height > MAX_DEPTH {
            return Err(too_deep());
        }
        Ok((both(Box::new(left.0), Box::new(right.0)), height))
    }

    fn or(&mut self) -> Result<Parsed, String> {
        let mut left = self.and()?;
        while self.peek_word("or") {
            self.at += 1;
            let right = self.and()?;
            left = Self::join(left, right, Expr::Or)?;
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Parsed, String> {
        let mut left = self.unary()?;
        while self.peek_word("and") {
            self.at += 1;
            let right = self.unary()?;
            left = Self::join(left, right, Expr::And)?;
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Parsed, String> {
        if self.peek_word("not") {
            self.at += 1;
            self.enter()?;
            let (inner, height) = self.unary()?;
            self.nesting -= 1;
            return Ok((Expr::Not(Box::new(inner)), height + 1));
        }
        match self.next() {
            Some(Token::Open) => {
                self.enter()?;
                let inner = self.or()?;
                self.nesting -= 1;
                match self.next() {
                    Some(Token::Close) => Ok(inner),
                    _ => Err("a parenthesis is not closed".into()),
                }
            }
            Some(Token::Word(word)) => {
                if let Some(func) = Func::named(&word)
                    && self.tokens.get(self.at) == Some(&Token::Open)
                {
                    return self.call(func, &word).map(|expr| (expr, 1));
                }
                self.comparison(word).map(|expr| (expr, 1))
            }
            Some(other) => Err(format!("unexpected {other}")),
            None => Err("the filter ends too early".into()),
        }
    }

    /// `func(property,'text')`.
    fn call(&mut self, func: Func, name: &str) -> Result<Expr, String> {
        self.at += 1;
        let property = match self.next() {
            Some(Token::Word(property)) => property_name(property)?,
            _ => return Err(format!("{name}() takes a property name first")),
        };
        self.expect(Token::Comma, &format!("',' after {name}({property}"))?;
        let text = match self.next() {
            Some(Token::Quoted(text)) => text,
            _ => return Err(format!("{name}() takes a quoted text second")),
        };
        self.expect(Token::Close, &format!("')' closing {name}()"))?;
        Ok(Expr::Call(func, property, text))
    }

    /// `property op literal`.
    fn comparison(&mut self, property: String) -> Result<Expr, String> {
        let property = property_name(property)?;
        let op = match self.next() {
            Some(Token::Word(op)) => match op.to_ascii_lowercase().as_str() {
                "eq" => Op::Eq,
                "ne" => Op::Ne,
                "gt" => Op::Gt,
                "ge" => Op::Ge,
                "lt" => Op::Lt,
                "le" => Op::Le,
                other => return Err(format!("unknown operator '{other}'")),
            },
            _ => return Err(format!("an operator must follow '{property}'")),
        };
        let literal = match self.next() {
            Some(Token::Quoted(text)) => Literal::Text(text),
            Some(Token::Word(word)) => literal(&word)?,
            _ => return Err(format!("a value must follow '{property}'")),
        };
        Ok(Expr::Compare(property, op, literal))
    }
}

fn property_name(word: String) -> Result<String, String> {
    if !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        Ok(word)
    } else {
        Err(format!("'{word}' is not a property name"))
    }
}

fn literal(word: &str) -> Result<Literal, String> {
    let lower = word.to_ascii_lowercase();
    Ok(match lower.as_str() {
        "null" => Literal::Null,
        "true" => Literal::Bool(true),
        "false" => Literal::Bool(false),
        _ if crate::remote::odata::is_guid(word) => Literal::Text(lower),
        _ => {
            if let Ok(n) = word.parse::<f64>() {
                Literal::Number(n)
            } else if let Ok(t) = DateTime::parse_from_rfc3339(word) {
                Literal::Time(t.with_timezone(&Utc))
            } else {
                return Err(format!("'{word}' is not a value (quote text as 'text')"));
            }
        }
    })
}

/// Parses a `$filter`, refusing one longer than `MAX_FILTER_CHARS` or deeper than `MAX_DEPTH`.
pub fn parse_filter(text: &str) -> Result<Expr, String> {
    let length = text.chars().count();
    if length > MAX_FILTER_CHARS {
        return Err(format!(
            "the filter is {length} characters long; at most {MAX_FILTER_CHARS} are accepted"
        ));
    }
    let mut parser = Parser {
        tokens: tokenize(text)?,
        at: 0,
        nesting: 0,
    };
    let (expr, _) = parser.or()?;
    if let Some(extra) = parser.tokens.get(parser.at) {
        return Err(format!("unexpected {extra} after a complete condition"));
    }
    Ok(expr)
}

impl Expr {
    /// The properties the expression names, to check them before evaluating anything.
    pub fn properties(&self) -> Vec<&str> {
        match self {
            Expr::And(a, b) | Expr::Or(a, b) => {
                let mut names = a.properties();
                names.extend(b.properties());
                names
            }
            Expr::Not(inner) => inner.properties(),
            Expr::Compare(property, _, _) | Expr::Call(_, property, _) => vec![property.as_str()],
        }
    }

    pub fn matches(&self, row: &Map<String, Value>) -> Result<bool, String> {
        Ok(match self {
            Expr::And(a, b) => a.matches(row)? && b.matches(row)?,
            Expr::Or(a, b) => a.matches(row)? || b.matches(row)?,
            Expr::Not(inner) => !inner.matches(row)?,
            Expr::Call(func, property, text) => match row.get(property) {
                None | Some(Value::Null) => false,
                Some(Value::String(value)) => func.holds(value, text),
                Some(_) => return Err(format!("{property} is not text")),
            },
            Expr::Compare(property, op, literal) => {
                let value = row.get(property).unwrap_or(&Value::Null);
                match compare(value, literal, property)? {
                    None => *op == Op::Ne,
                    Some(order) => match op {
                        Op::Eq => order == Ordering::Equal,
                        Op::Ne => order != Ordering::Equal,
                        Op::Gt => order == Ordering::Greater,
                        Op::Ge => order != Ordering::Less,
                        Op::Lt => order == Ordering::Less,
                        Op::Le => order != Ordering::Greater,
                    },
                }
            }
        })
    }
}

/// How a row's value stands against a literal; None when exactly one side is null (only `ne`
/// holds then).
fn compare(value: &Value, literal: &Literal, property: &str) -> Result<Option<Ordering>, String> {
    let mismatch = || format!("{property} cannot be compared with {literal:?}");
    Ok(match (value, literal) {
        (Value::Null, Literal::Null) => Some(Ordering::Equal),
        (Value::Null, _) | (_, Literal::Null) => None,
        (Value::Bool(a), Literal::Bool(b)) => Some(a.cmp(b)),
        (Value::Number(a), Literal::Number(b)) => a.as_f64().and_then(|a| a.partial_cmp(b)),
        (Value::String(a), Literal::Text(b)) => Some(a.to_lowercase().cmp(&b.to_lowercase())),
        (Value::String(a), Literal::Time(b)) => {
            let a = DateTime::parse_from_rfc3339(a).map_err(|_| mismatch())?;
            Some(a.with_timezone(&Utc).cmp(b))
        }
        _ => return Err(mismatch()),
    })
}

/// `$orderby`: `column [asc|desc]`, comma separated.
pub fn parse_orderby(text: &str) -> Result<Vec<(String, bool)>, String> {
    text.split(',')
        .map(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            let descending = match words.get(1).map(|w| w.to_ascii_lowercase()) {
                None => false,
                Some(w) if w == "asc" => false,
                Some(w) if w == "desc" => true,
                Some(w) => return Err(format!("'{w}' is neither asc nor desc")),
            };
            match words.as_slice() {
                [column] | [column, _] => Ok((column.to_string(), descending)),
                _ => Err(format!("cannot order by '{}'", part.trim())),
            }
        })
        .collect()
}

pub fn sort(rows: &mut [Map<String, Value>], order: &[(String, bool)]) {
    rows.sort_by(|a, b| {
        for (column, descending) in order {
            let ordering = order_values(
                a.get(column).unwrap_or(&Value::Null),
                b.get(column).unwrap_or(&Value::Null),
            );
            let ordering = if *descending {
                ordering.reverse()
            } else {
                ordering
            };
            if ordering != Ordering::Equal {
                return ordering;
            }
        }
        Ordering::Equal
    });
}

/// null < false < true < numbers < text (any case); RFC 3339 UTC text sorts in time order.
fn order_values(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Number(_) => 2,
            _ => 3,
        }
    }
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Number(x), Value::Number(y)) => x
            .as_f64()
            .partial_cmp(&y.as_f64())
            .unwrap_or(Ordering::Equal),
        // Any case first, as Dataverse (a case-insensitive collation) and the state's NOCASE
        // columns order names; the exact text only breaks ties.
        (Value::String(x), Value::String(y)) => {
            let folded = |s: &String| {
                s.bytes()
                    .map(|b| b.to_ascii_lowercase())
                    .collect::<Vec<_>>()
            };
            folded(x).cmp(&folded(y)).then_with(|| x.cmp(y))
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn row(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn comparisons_joined_by_and_or_not() {
        let r = row(
            json!({"level": 3, "name": "O'Brien", "id": "6D627800-0000-4000-8000-000000000001",
                           "at": "2026-01-05T09:00:00Z", "flag": true, "none": null}),
        );
        let yes = [
            "level eq 3",
            "level ge 2 and level le 3",
            "level eq 1 or (name eq 'o''brien' and flag eq true)",
            "not (level eq 1)",
            "id eq 6d627800-0000-4000-8000-000000000001",
            "at ge 2026-01-05T09:00:00Z and at lt 2026-01-05T09:00:01Z",
            "none eq null and level ne null",
        ];
        for text in yes {
            assert!(parse_filter(text).unwrap().matches(&r).unwrap(), "{text}");
        }
        let no = ["level gt 3", "name eq 'x'", "flag eq false", "none ne null"];
        for text in no {
            assert!(!parse_filter(text).unwrap().matches(&r).unwrap(), "{text}");
        }
    }

    #[test]
    fn and_binds_tighter_than_or() {
        let expr = parse_filter("a eq 1 or b eq 2 and c eq 3").unwrap();
        assert!(matches!(expr, Expr::Or(_, _)));
        assert_eq!(expr.properties(), vec!["a", "b", "c"]);
    }

    #[test]
    fn malformed_filters_are_refused() {
        for text in [
            "",
            "level",
            "level eq",
            "level like 3",
            "(level eq 3",
            "level eq 3 level",
            "name eq 'open",
            "name eq bare",
        ] {
            assert!(parse_filter(text).is_err(), "{text}");
        }
        let r = row(json!({"level": 3}));
        assert!(parse_filter("level eq 'x'").unwrap().matches(&r).is_err());
    }

    #[test]
    fn orderby_sorts_by_each_key() {
        let mut rows = vec![
            row(json!({"n": "b", "t": 1})),
            row(json!({"n": "a", "t": 1})),
            row(json!({"n": "c", "t": 2})),
        ];
        sort(&mut rows, &parse_orderby("t desc, n").unwrap());
        let names: Vec<&str> = rows.iter().map(|r| r["n"].as_str().unwrap()).collect();
        assert_eq!(names, ["c", "a", "b"]);
        assert!(parse_orderby("n sideways").is_err());
    }

    #[test]
    fn string_functions_test_text_in_any_case() {
        let r = row(json!({"name": "Alex Wu", "email": null, "level": 3}));
        for (text, expected) in [
            ("contains(name,'x w')", true),
            ("startswith(name, 'ALEX')", true),
            ("endswith(name,'wu') and not contains(name,'zz')", true),
            ("contains(name,'zz')", false),
            ("startswith(email,'a')", false),
            ("endswith(name,'Alex')", false),
        ] {
            assert_eq!(
                parse_filter(text).unwrap().matches(&r).unwrap(),
                expected,
                "{text}"
            );
        }
        assert_eq!(
            parse_filter("contains(name,'a') or level eq 1")
                .unwrap()
                .properties(),
            vec!["name", "level"]
        );
        for text in [
            "contains(name)",
            "contains(name,3)",
            "contains('a',name)",
            "contains(name,'a'",
        ] {
            assert!(parse_filter(text).is_err(), "{text}");
        }
        assert!(
            parse_filter("contains(level,'3')")
                .unwrap()
                .matches(&r)
                .is_err()
        );
    }

    #[test]
    fn deep_or_long_filters_are_refused_without_recursing() {
        let deep = format!("{}level eq 3{}", "(".repeat(10_000), ")".repeat(10_000));
        assert!(
            parse_filter(&deep)
                .unwrap_err()
                .contains("nested deeper than 100")
        );
        let nots = format!("{}level eq 3", "not ".repeat(5_000));
        assert!(parse_filter(&nots).unwrap_err().contains("nested deeper"));
        let chain = vec!["level eq 3"; 1_000].join(" and ");
        assert!(parse_filter(&chain).unwrap_err().contains("nested deeper"));
        let long = format!("name eq '{}'", "x".repeat(MAX_FILTER_CHARS));
        assert!(parse_filter(&long).unwrap_err().contains("characters long"));
        let fine = format!(
            "{}level eq 3{}",
            "(".repeat(MAX_DEPTH),
            ")".repeat(MAX_DEPTH)
        );
        assert!(parse_filter(&fine).is_ok());
        assert!(parse_filter(&vec!["level eq 3"; MAX_DEPTH].join(" or ")).is_ok());
    }

    proptest! {
        #[test]
        fn parse_never_panics(input in "\\PC{0,80}") {
            let _ = parse_filter(&input);
        }
    }
}
