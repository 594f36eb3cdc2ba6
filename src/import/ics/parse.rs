//! iCalendar content lines (RFC 5545 section 3.1) and the component tree they form.

/// One property: `NAME;PARAM=VALUE;...:value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property {
    /// Uppercase.
    pub name: String,
    /// Parameter names uppercase; values without their quotes.
    pub params: Vec<(String, String)>,
    /// Raw value, still escaped (see [`unescape`]).
    pub value: String,
}

impl Property {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Component {
    /// Uppercase (`VCALENDAR`, `VEVENT`, ...).
    pub name: String,
    pub properties: Vec<Property>,
    pub children: Vec<Component>,
}

impl Component {
    pub fn property(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|p| p.name == name)
    }

    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Property> + 'a {
        self.properties.iter().filter(move |p| p.name == name)
    }

    /// Every descendant component named `name`, depth first.
    pub fn descendants<'a>(&'a self, name: &str, out: &mut Vec<&'a Component>) {
        for child in &self.children {
            if child.name == name {
                out.push(child);
            }
            child.descendants(name, out);
        }
    }
}

/// A parsed stream: a synthetic root whose children are the top-level components (normally one
/// or more VCALENDARs), and the lines that were left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub root: Component,
    pub malformed: Vec<Malformed>,
}

/// A line that is not a content line (a quoted property name, an unterminated quoted parameter,
/// no ':'): left out, the rest of its component kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    /// 1-based, the first physical line of a folded one.
    pub line: usize,
    pub reason: String,
}

/// Parses a whole iCalendar stream. A malformed property line is left out and listed; BEGIN/END
/// blocks that do not match, or a property outside any, are an error naming the line; blank
/// lines are skipped.
pub fn parse(text: &str) -> Result<Parsed, String> {
    let mut stack = vec![Component::default()];
    let mut malformed = Vec::new();
    for (number, line) in unfold(text) {
        if line.trim().is_empty() {
            continue;
        }
        let property = match parse_line(&line) {
            Ok(property) => property,
            Err(reason) => {
                malformed.push(Malformed {
                    line: number,
                    reason,
                });
                continue;
            }
        };
        match property.name.as_str() {
            "BEGIN" => stack.push(Component {
                name: property.value.trim().to_ascii_uppercase(),
                ..Component::default()
            }),
            "END" => {
                let name = property.value.trim().to_ascii_uppercase();
                if stack.len() < 2 || stack.last().map(|c| c.name.as_str()) != Some(&name) {
                    return Err(format!("line {number}: END:{name} without its BEGIN"));
                }
                let done = stack.pop().expect("checked above");
                stack.last_mut().expect("root").children.push(done);
            }
            _ if stack.len() < 2 => {
                return Err(format!(
                    "line {number}: {} outside any BEGIN/END block",
                    property.name
                ));
            }
            _ => stack.last_mut().expect("root").properties.push(property),
        }
    }
    if stack.len() > 1 {
        let open = &stack.last().expect("non-empty").name;
        return Err(format!("BEGIN:{open} is never closed"));
    }
    Ok(Parsed {
        root: stack.pop().expect("root"),
        malformed,
    })
}

/// Joins folded lines (a line starting with a space or tab continues the previous one), with
/// the 1-based number of each logical line's first physical line.
fn unfold(text: &str) -> Vec<(usize, String)> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some((_, last))) => last.push_str(rest),
            _ => lines.push((index + 1, raw.to_string())),
        }
    }
    lines
}

fn parse_line(line: &str) -> Result<Property, String> {
    let name_end = line
        .find([';', ':'])
        .ok_or_else(|| format!("'{}' is not NAME:VALUE", shorten(line)))?;
    let name = line[..name_end].trim().to_ascii_uppercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(format!("'{}' is not a property name", shorten(&name)));
    }
    let mut params = Vec::new();
    let mut rest = &line[name_end..];
    while let Some(after) = rest.strip_prefix(';') {
        let eq = after
            .find('=')
            .ok_or_else(|| format!("parameter without '=' in {name}"))?;
        let param = after[..eq].trim().to_ascii_uppercase();
        let mut value = String::new();
        let chars = after[eq + 1..].char_indices();
        let mut end = after.len() - eq - 1;
        let mut quoted = false;
        for (i, c) in chars {
            match c {
                '"' => quoted = !quoted,
                ';' | ':' if !quoted => {
                    end = i;
                    break;
                }
                _ => value.push(c),
            }
        }
        if quoted {
            return Err(format!("unterminated quote in parameter {param} of {name}"));
        }
        params.push((param, value));
        rest = &after[eq + 1 + end..];
    }
    let value = rest
        .strip_prefix(':')
        .ok_or_else(|| format!("{name} has no ':' before its value"))?;
    Ok(Property {
        name,
        params,
        value: value.to_string(),
    })
}

fn shorten(text: &str) -> String {
    text.chars().take(40).collect()
}

/// TEXT values: `\n`, `\N`, `\,`, `\;` and `\\` escapes.
pub fn unescape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfolds_and_reads_parameters() {
        let root = parse(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY;LANGUAGE=en:Budget\\, Q1\r\n  review\r\n\
ATTENDEE;CN=\"Doe; Jane\";ROLE=REQ-PARTICIPANT:mailto:jane@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        )
        .unwrap()
        .root;
        let event = &root.children[0].children[0];
        let summary = event.property("SUMMARY").unwrap();
        assert_eq!(unescape(&summary.value), "Budget, Q1 review");
        assert_eq!(summary.param("LANGUAGE"), Some("en"));
        let attendee = event.property("ATTENDEE").unwrap();
        assert_eq!(attendee.param("CN"), Some("Doe; Jane"));
        assert_eq!(attendee.param("ROLE"), Some("REQ-PARTICIPANT"));
        assert_eq!(attendee.value, "mailto:jane@example.com");
    }

    #[test]
    fn reports_broken_structure_with_line_numbers() {
        assert_eq!(
            parse("BEGIN:VCALENDAR\nEND:VEVENT\n").unwrap_err(),
            "line 2: END:VEVENT without its BEGIN"
        );
        assert_eq!(
            parse("BEGIN:VCALENDAR\n").unwrap_err(),
            "BEGIN:VCALENDAR is never closed"
        );
        assert!(
            parse("SUMMARY:x\n")
                .unwrap_err()
                .contains("outside any BEGIN/END")
        );
    }

    #[test]
    fn malformed_lines_are_left_out_and_listed() {
        let parsed = parse(
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nnonsense\nORGANIZER=\"mailto:ann@example.com\"\n\
DTSTART;TZID=\"W. Europe Standard Time:20260105T090000\nSUMMARY:kept\nEND:VEVENT\nEND:VCALENDAR\n",
        )
        .unwrap();
        let event = &parsed.root.children[0].children[0];
        assert_eq!(event.properties.len(), 1);
        assert_eq!(event.property("SUMMARY").unwrap().value, "kept");
        let lines: Vec<usize> = parsed.malformed.iter().map(|m| m.line).collect();
        assert_eq!(lines, [3, 4, 5]);
        assert_eq!(parsed.malformed[0].reason, "'nonsense' is not NAME:VALUE");
        assert_eq!(
            parsed.malformed[1].reason,
            "'ORGANIZER=\"MAILTO' is not a property name"
        );
        assert_eq!(
            parsed.malformed[2].reason,
            "unterminated quote in parameter TZID of DTSTART"
        );
    }
}
