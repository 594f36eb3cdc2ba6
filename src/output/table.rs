//! Tables for a terminal: columns sized to their content, shrunk to the terminal's width by
//! wrapping between words (never inside one: names, addresses, setting names and ids stay whole),
//! and, when wrapping is not enough, by hiding the last columns (the least important: commands
//! list their columns most important first).

use std::io::IsTerminal;

/// Two spaces between columns.
const GAP: usize = 2;

/// How wide the output may be: `COLUMNS` when set, else the terminal stdout is on, else no
/// limit (piped output). A terminal that reports 0 columns (some `docker exec -t`, `script`)
/// counts as unknown, so no limit.
pub fn width_limit() -> Option<usize> {
    if let Some(columns) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|c| *c > 0)
    {
        return Some(columns);
    }
    if !std::io::stdout().is_terminal() {
        return None;
    }
    terminal_columns().filter(|c| *c > 0)
}

#[cfg(unix)]
fn terminal_columns() -> Option<usize> {
    // SAFETY: TIOCGWINSZ only fills the winsize struct we own; stdout is an open descriptor.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    ok.then_some(size.ws_col as usize)
}

#[cfg(not(unix))]
fn terminal_columns() -> Option<usize> {
    None
}

/// Column widths for `headers` and `rows` within `limit`, and how many columns fit (the rest,
/// at the end, are hidden). Each column is first as wide as its widest line; over the limit,
/// the widest columns give up width first, down to their longest word.
pub fn fit(headers: &[String], rows: &[Vec<String>], limit: Option<usize>) -> (Vec<usize>, usize) {
    let count = headers.len();
    let mut natural: Vec<usize> = headers.iter().map(|h| text_width(h)).collect();
    let mut floor: Vec<usize> = headers.iter().map(|h| longest_word(h)).collect();
    for row in rows {
        for (n, text) in row.iter().enumerate().take(count) {
            natural[n] = natural[n].max(text_width(text));
            floor[n] = floor[n].max(longest_word(text));
        }
    }
    let Some(limit) = limit else {
        return (natural, count);
    };
    let mut shown = count;
    // Hide trailing columns until the others fit at their narrowest (always keep the first).
    while shown > 1 && total(&floor[..shown]) > limit {
        shown -= 1;
    }
    let mut widths: Vec<usize> = natural[..shown].to_vec();
    let mut excess = total(&widths).saturating_sub(limit);
    while excess > 0 {
        // Take one column from the widest column that can still give.
        let Some(widest) = (0..shown)
            .filter(|&n| widths[n] > floor[n])
            .max_by_key(|&n| (widths[n], n))
        else {
            break;
        };
        widths[widest] -= 1;
        excess -= 1;
    }
    (widths, shown)
}

fn total(widths: &[usize]) -> usize {
    widths.iter().sum::<usize>() + GAP * widths.len().saturating_sub(1)
}

/// The lines of one row: each cell wrapped to its column, cells side by side. With no width
/// limit nothing wraps: a cell wider than its column (a row after the ones the widths were
/// sized on) pushes the rest of its line right.
pub fn render_row(cells: &[String], widths: &[usize], limit: Option<usize>) -> String {
    let wrapped: Vec<Vec<String>> = cells
        .iter()
        .zip(widths)
        .map(|(text, width)| match limit {
            Some(_) => wrap(text, *width),
            None => vec![text.clone()],
        })
        .collect();
    let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let mut out = String::new();
    for line in 0..height {
        let mut text = String::new();
        for (n, (cell, width)) in wrapped.iter().zip(widths).enumerate() {
            if n > 0 {
                text.push_str(&" ".repeat(GAP));
            }
            let part = cell.get(line).map(String::as_str).unwrap_or("");
            text.push_str(part);
            text.push_str(&" ".repeat(width.saturating_sub(text_width(part))));
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

/// `text` in lines of at most `width`, broken between words only (a word longer than the
/// width gets a line of its own, whole).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        // Leading spaces are indentation (nested fields): kept on the first line.
        let mut line = " ".repeat(indent_of(paragraph));
        let mut has_word = false;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            if has_word && text_width(&line) + 1 + text_width(word) > width {
                lines.push(std::mem::take(&mut line));
                has_word = false;
            }
            if has_word {
                line.push(' ');
            }
            line.push_str(word);
            has_word = true;
        }
        lines.push(line);
    }
    lines
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

pub fn text_width(text: &str) -> usize {
    text.split('\n')
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0)
}

/// The narrowest a cell can be: its longest word, with its line's indentation.
fn longest_word(text: &str) -> usize {
    text.split('\n')
        .map(|line| {
            let word = line
                .split(' ')
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0);
            indent_of(line) + word
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn wrapping_breaks_between_words_and_keeps_long_words_whole() {
        assert_eq!(
            wrap("Email can't be received for the mailbox", 12),
            strings(&["Email can't", "be received", "for the", "mailbox"])
        );
        assert_eq!(
            wrap("AutoCreateContactOnPromote x", 10),
            strings(&["AutoCreateContactOnPromote", "x"])
        );
    }

    #[test]
    fn columns_shrink_to_their_longest_word_then_trailing_columns_hide() {
        let headers = strings(&["NAME", "EMAIL", "TEXT"]);
        let rows = vec![strings(&[
            "Alex Wu",
            "alex@contoso.com",
            "a long sentence that wraps over several lines",
        ])];
        let (widths, shown) = fit(&headers, &rows, None);
        assert_eq!((widths[2], shown), (45, 3));
        let (widths, shown) = fit(&headers, &rows, Some(40));
        assert_eq!(shown, 3);
        assert!(total(&widths) <= 40, "{widths:?}");
        assert_eq!(widths[1], 16, "addresses are never cut");
        let (widths, shown) = fit(&headers, &rows, Some(20));
        assert_eq!(shown, 1);
        assert_eq!(widths, vec![7]);
    }

    #[test]
    fn rows_pad_columns_and_trim_line_ends() {
        let text = render_row(&strings(&["a", "bb cc"]), &[3, 2], Some(7));
        assert_eq!(text, "a    bb\n     cc\n");
        let text = render_row(&strings(&["a", "bb cc"]), &[3, 2], None);
        assert_eq!(text, "a    bb cc\n");
    }
}
