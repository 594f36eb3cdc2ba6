//! The `<OrgSettings>` blob Dataverse keeps in `organization.orgdborgsettings`:
//! `<OrgSettings><Name>value</Name>...</OrgSettings>`. Pure codec: names and texts only, no
//! knowledge of the catalog.

use quick_xml::Reader;
use quick_xml::escape::escape;
use quick_xml::events::Event;

/// Reads the blob into (name, text) pairs in document order.
pub fn parse(xml: &str) -> Result<Vec<(String, String)>, String> {
    let mut reader = Reader::from_str(xml);
    let mut entries = Vec::new();
    let mut depth = 0usize;
    let mut current: Option<(String, String)> = None;
    let mut root_seen = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("not well-formed XML: {e}"))?;
        match event {
            Event::Start(tag) => {
                let name = tag.name().as_ref().to_string();
                if depth == 0 {
                    second_root(&mut root_seen, &name)?;
                }
                depth += 1;
                match depth {
                    1 if name == "OrgSettings" => {}
                    1 => {
                        return Err(format!(
                            "the root element must be <OrgSettings>, found <{name}>"
                        ));
                    }
                    2 => current = Some((name, String::new())),
                    _ => {
                        return Err(format!(
                            "<{name}> is nested inside a setting; values must be text"
                        ));
                    }
                }
            }
            Event::Empty(tag) => {
                let name = tag.name().as_ref().to_string();
                if depth == 0 {
                    second_root(&mut root_seen, &name)?;
                }
                match depth {
                    0 if name == "OrgSettings" => {}
                    0 => {
                        return Err(format!(
                            "the root element must be <OrgSettings>, found <{name}>"
                        ));
                    }
                    1 => entries.push((name, String::new())),
                    _ => {
                        return Err(format!(
                            "<{name}> is nested inside a setting; values must be text"
                        ));
                    }
                }
            }
            Event::Text(text) => {
                // Entities arrive as separate GeneralRef events, so this text is literal.
                append_text(&mut current, depth, &text.xml10_content())?;
            }
            Event::CData(data) => {
                let text = data.xml10_content();
                append_text(&mut current, depth, &text)?;
            }
            Event::GeneralRef(reference) => {
                let name = reference.xml10_content().into_owned();
                let resolved = match name.as_str() {
                    "lt" => "<".to_string(),
                    "gt" => ">".to_string(),
                    "amp" => "&".to_string(),
                    "apos" => "'".to_string(),
                    "quot" => "\"".to_string(),
                    _ => match reference.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        _ => return Err(format!("unknown entity &{name};")),
                    },
                };
                append_text(&mut current, depth, &resolved)?;
            }
            Event::End(_) => {
                if depth == 2 {
                    entries.extend(current.take());
                }
                depth = depth.saturating_sub(1);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 {
        return Err("the XML ends before </OrgSettings>".into());
    }
    Ok(entries)
}

/// A document has one root: a second `<OrgSettings>` after the first would apply both.
fn second_root(root_seen: &mut bool, name: &str) -> Result<(), String> {
    if std::mem::replace(root_seen, true) {
        return Err(format!(
            "a second root element <{name}> follows </OrgSettings>; the file must hold one <OrgSettings>"
        ));
    }
    Ok(())
}

fn append_text(
    current: &mut Option<(String, String)>,
    depth: usize,
    text: &str,
) -> Result<(), String> {
    match current {
        Some((_, value)) if depth == 2 => {
            value.push_str(text);
            Ok(())
        }
        _ if text.trim().is_empty() => Ok(()),
        _ => Err(format!("text '{}' outside a setting element", text.trim())),
    }
}

/// Writes the blob exactly as Dataverse stores it: no declaration, no whitespace.
pub fn write<'a>(entries: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let mut xml = String::from("<OrgSettings>");
    for (name, value) in entries {
        xml.push_str(&format!("<{name}>{}</{name}>", escape(value.as_str())));
    }
    xml.push_str("</OrgSettings>");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_the_dataverse_blob() {
        let blob = "<OrgSettings><TrackCategorizedItems>true</TrackCategorizedItems><Empty/>\n  <Prefix>a&amp;b</Prefix></OrgSettings>";
        assert_eq!(
            parse(blob).unwrap(),
            vec![
                ("TrackCategorizedItems".to_string(), "true".to_string()),
                ("Empty".to_string(), String::new()),
                ("Prefix".to_string(), "a&b".to_string()),
            ]
        );
    }

    #[test]
    fn refuses_other_documents() {
        assert!(parse("<Settings><A>1</A></Settings>").is_err());
        assert!(parse("<OrgSettings><A><B>1</B></A></OrgSettings>").is_err());
        assert!(parse("<OrgSettings><A>1</A>").is_err());
        assert!(parse("not xml at all <<<").is_err());
    }

    #[test]
    fn refuses_a_second_root() {
        let two = "<OrgSettings><A>1</A></OrgSettings><OrgSettings><B>2</B></OrgSettings>";
        assert!(parse(two).unwrap_err().contains("second root element"));
        assert!(parse("<OrgSettings/><OrgSettings><B>2</B></OrgSettings>").is_err());
    }

    proptest! {
        #[test]
        fn write_then_parse_is_identity(entries in proptest::collection::vec(("[A-Za-z][A-Za-z0-9_]{0,30}", "[ -~]{0,40}"), 0..12)) {
            let xml = write(entries.iter().map(|(n, v)| (n.as_str(), v.clone())));
            let back = parse(&xml).unwrap();
            prop_assert_eq!(back, entries);
        }

        #[test]
        fn parse_never_panics(input in "\\PC{0,200}") {
            let _ = parse(&input);
        }
    }
}
