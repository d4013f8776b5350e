//! Untrusted text (process names, paths, command lines, imported files) made safe to show:
//! control characters, terminal escape sequences and bidirectional overrides become visible
//! `\x1b`-style escapes. Backslashes are kept as they are, so escaping twice changes nothing
//! and Windows paths stay readable.

use std::ffi::OsStr;
use std::fmt::Write;

/// Escapes every character that could move the cursor, change colours, reorder text or
/// hide itself when printed to a terminal.
pub fn escape(s: &str) -> String {
    if !s.chars().any(needs_escape) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs_escape(c) {
            let n = c as u32;
            // Writing to a String cannot fail.
            let _ = if n <= 0xff {
                write!(out, "\\x{n:02x}")
            } else {
                write!(out, "\\u{{{n:04x}}}")
            };
        } else {
            out.push(c);
        }
    }
    out
}

/// Like [`escape`] for OS strings: bytes that are not valid UTF-8 are shown as `\xNN`.
pub fn escape_os(s: &OsStr) -> String {
    match s.to_str() {
        Some(valid) => escape(valid),
        None => escape_bytes(s.as_encoded_bytes()),
    }
}

fn escape_bytes(mut bytes: &[u8]) -> String {
    let mut out = String::new();
    loop {
        match std::str::from_utf8(bytes) {
            Ok(valid) => {
                out.push_str(&escape(valid));
                return out;
            }
            Err(e) => {
                let (good, rest) = bytes.split_at(e.valid_up_to());
                out.push_str(&escape(std::str::from_utf8(good).unwrap_or_default()));
                let bad = e.error_len().unwrap_or(rest.len()).min(rest.len());
                for b in &rest[..bad] {
                    let _ = write!(out, "\\x{b:02x}");
                }
                bytes = &rest[bad..];
            }
        }
    }
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200b}'..='\u{200f}'   // zero-width characters and directional marks
            | '\u{2028}'..='\u{202e}' // line/paragraph separators, bidi embeddings and overrides
            | '\u{2060}'..='\u{2069}' // word joiner, invisible operators, bidi isolates
            | '\u{feff}'              // byte-order mark / zero-width no-break space
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_a_terminal_would_act_on() {
        let cases = [
            ("firefox", "firefox"),
            ("evil\x1b[31mred", "evil\\x1b[31mred"),
            ("bell\x07", "bell\\x07"),
            ("new\nline\ttab\r", "new\\x0aline\\x09tab\\x0d"),
            ("c1\u{9b}31m", "c1\\x9b31m"),
            ("del\x7f", "del\\x7f"),
            ("gpj.\u{202e}exe", "gpj.\\u{202e}exe"),
            ("zero\u{200b}width", "zero\\u{200b}width"),
            (
                "C:\\Windows\\System32\\svchost.exe",
                "C:\\Windows\\System32\\svchost.exe",
            ),
            ("Ünïcødé 名前", "Ünïcødé 名前"),
        ];
        for (raw, shown) in cases {
            assert_eq!(escape(raw), shown, "escaping {raw:?}");
        }
    }

    #[test]
    fn escaping_twice_changes_nothing() {
        let once = escape("a\x1b]0;title\x07b\u{202e}");
        assert_eq!(escape(&once), once);
    }

    #[cfg(unix)]
    #[test]
    fn invalid_utf8_is_shown_as_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let raw = OsStr::from_bytes(b"ok\xff\xfe\x1bend");
        assert_eq!(escape_os(raw), "ok\\xff\\xfe\\x1bend");
    }
}
