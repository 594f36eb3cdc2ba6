//! The OData query options `orgtrack serve` understands, over rows held as JSON objects:
//! `$filter` (comparisons eq ne gt ge lt le joined by and / or / not, with parentheses),
//! `$orderby`, `$select` and `$top`. Pure: parse and evaluate, no knowledge of the store.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Compare(String, Op, Literal),
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
    Word(String),
    Quoted(String),
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                tokens.push(Token::Open);
            }
            ')' => {
                chars.next();
                tokens.push(Token::Close);
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
                    if c.is_whitespace() || c == '(' || c == ')' || c == '\'' {
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
}

impl Parser {
    fn peek_word(&self, word: &str) -> bool {
        matches!(self.tokens.get(self.at), Some(Token::Word(w)) if w.eq_ignore_ascii_case(word))
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn or(&mut self) -> Result<Expr, String> {
        let mut left = self.and()?;
        while self.peek_word("or") {
            self.at += 1;
            left = Expr::Or(Box::new(left), Box::new(self.and()?));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut left = self.unary()?;
        while self.peek_word("and") {
            self.at += 1;
            left = Expr::And(Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, String> {
        if self.peek_word("not") {
            self.at += 1;
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        match self.next() {
            Some(Token::Open) => {
                let inner = self.or()?;
                match self.next() {
                    Some(Token::Close) => Ok(inner),
                    _ => Err("a parenthesis is not closed".into()),
                }
            }
            Some(Token::Word(property)) => {
                if !property
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
                {
                    return Err(format!("'{property}' is not a property name"));
                }
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
            Some(other) => Err(format!("unexpected {other:?}")),
            None => Err("the filter ends too early".into()),
        }
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

pub fn parse_filter(text: &str) -> Result<Expr, String> {
    let mut parser = Parser {
        tokens: tokenize(text)?,
        at: 0,
    };
    let expr = parser.or()?;
    if parser.at < parser.tokens.len() {
        return Err(format!(
            "unexpected {:?} after a complete condition",
            parser.tokens[parser.at]
        ));
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
            Expr::Compare(property, _, _) => vec![property.as_str()],
        }
    }

    pub fn matches(&self, row: &Map<String, Value>) -> Result<bool, String> {
        Ok(match self {
            Expr::And(a, b) => a.matches(row)? && b.matches(row)?,
            Expr::Or(a, b) => a.matches(row)? || b.matches(row)?,
            Expr::Not(inner) => !inner.matches(row)?,
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

/// null < false < true < numbers < text; RFC 3339 UTC text sorts in time order.
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
        (Value::String(x), Value::String(y)) => x.cmp(y),
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

    proptest! {
        #[test]
        fn parse_never_panics(input in "\\PC{0,80}") {
            let _ = parse_filter(&input);
        }
    }
}
