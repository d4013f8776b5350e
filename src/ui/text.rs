//! Fitting text to the terminal.

/// Splits wrapped `text` for a terminal of `rows` rows that must keep `reserve` rows free
/// under it: everything fits → (all, ""); else the first page (all rows but the pager's
/// line) and the rest. Unknown size → no paging.
pub fn split_page(text: &str, rows: Option<usize>, reserve: usize) -> (&str, &str) {
    let Some(rows) = rows else {
        return (text, "");
    };
    if text.lines().count() + reserve <= rows || rows < 2 {
        return (text, "");
    }
    let page = rows - 1;
    match text.match_indices('\n').nth(page - 1) {
        Some((at, _)) => text.split_at(at + 1),
        None => (text, ""),
    }
}

/// Wraps every line of `text` to `width` columns.
pub fn wrap_all(text: &str, width: usize) -> String {
    text.lines().map(|ln| wrap(ln, width) + "\n").collect()
}

/// Word-wraps one line to `width` columns (by display width, so wide scripts count right).
pub fn wrap(line: &str, width: usize) -> String {
    if console::measure_text_width(line) <= width {
        return line.to_string();
    }
    let indent_len = line.len() - line.trim_start().len();
    let indent = &line[..indent_len];
    // List items ("• ", "- ", "1. ") continue under their text; paragraphs at their indent.
    let rest = &line[indent_len..];
    let marker = ["• ", "- ", "▸ "]
        .iter()
        .find(|m| rest.starts_with(**m))
        .map(|m| m.chars().count())
        .or_else(|| {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            (digits > 0 && rest[digits..].starts_with(". ")).then_some(digits + 2)
        });
    let hang_by = marker.unwrap_or(if indent_len == 0 { 0 } else { 2 });
    let hang = format!("{indent}{}", " ".repeat(hang_by));
    let mut out = String::new();
    let mut col = 0;
    for word in line.split_whitespace() {
        let w = console::measure_text_width(word);
        if col == 0 {
            out.push_str(indent);
            col = indent_len;
        } else if col + 1 + w > width {
            out.push('\n');
            out.push_str(&hang);
            col = hang.len();
        } else {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_with_a_hanging_indent() {
        let got = wrap("    one two three four five six", 16);
        assert_eq!(got, "    one two\n      three four\n      five six");
        let got = wrap("  • one two three four", 12);
        assert_eq!(got, "  • one two\n    three\n    four");
        let got = wrap("  12. one two three", 12);
        assert_eq!(got, "  12. one\n      two\n      three");
    }

    #[test]
    fn pages_only_what_does_not_fit() {
        use super::split_page;
        let text = "1\n2\n3\n4\n5\n6\n";
        assert_eq!(split_page(text, None, 3), (text, ""));
        assert_eq!(split_page(text, Some(9), 3), (text, ""));
        // The text fits the terminal; only the choices push its top up a little.
        assert_eq!(split_page(text, Some(8), 3), (text, ""));
        assert_eq!(split_page(text, Some(5), 3), ("1\n2\n3\n4\n", "5\n6\n"));
        assert_eq!(split_page(text, Some(1), 3), (text, ""));
    }

    #[test]
    fn short_lines_and_long_words_are_kept() {
        assert_eq!(wrap("  short", 80), "  short");
        assert_eq!(
            wrap("  /a/very/long/path/name", 10),
            "  /a/very/long/path/name"
        );
    }
}
