//! 行 — split the text into lines, keeping every byte.
//!
//! ```text
//! text = { line (LF | CRLF | CR) } [ line ]
//! ```
//!
//! A [`Line`] records its whole extent and its *content*: the line without
//! leading and trailing whitespace (`char::is_whitespace`, so the ideographic
//! space U+3000 used to indent 公文 paragraphs is whitespace too). Line ends
//! LF, CRLF and CR are all recognised, so the three give the same lines.

use crate::tree::LineEndings;

/// One line of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line {
    /// Byte offset of the first content byte (after leading whitespace).
    pub(crate) start: usize,
    /// Byte offset just past the last content byte (before trailing whitespace).
    pub(crate) end: usize,
}

impl Line {
    /// Whether the line holds only whitespace.
    pub(crate) fn is_blank(self) -> bool {
        self.start == self.end
    }

    /// The content of the line within `text`.
    pub(crate) fn content(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Split `text` into lines. Returns the lines and the kind of line ends seen.
pub(crate) fn split(text: &str) -> (Vec<Line>, LineEndings) {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(text.len() / 64 + 1);
    let (mut lf, mut crlf, mut cr) = (false, false, false);
    let mut line_start = 0;
    let mut skip_lf_at = usize::MAX;
    for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if pos == skip_lf_at {
            continue;
        }
        let terminator_len = match bytes.get(pos) {
            Some(b'\r') if bytes.get(pos + 1) == Some(&b'\n') => {
                crlf = true;
                skip_lf_at = pos + 1;
                2
            }
            Some(b'\r') => {
                cr = true;
                1
            }
            _ => {
                lf = true;
                1
            }
        };
        lines.push(trimmed(text, line_start, pos));
        line_start = pos + terminator_len;
    }
    if line_start < text.len() {
        lines.push(trimmed(text, line_start, text.len()));
    }
    let endings = match (lf, crlf, cr) {
        (false, false, false) => LineEndings::None,
        (true, false, false) => LineEndings::Lf,
        (false, true, false) => LineEndings::Crlf,
        (false, false, true) => LineEndings::Cr,
        _ => LineEndings::Mixed,
    };
    (lines, endings)
}

/// The line `start..end` with whitespace trimmed at both ends.
fn trimmed(text: &str, start: usize, end: usize) -> Line {
    let raw = text.get(start..end).unwrap_or("");
    let lead = raw.len() - raw.trim_start().len();
    let content = raw.trim();
    Line {
        start: start + lead,
        end: start + lead + content.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<&str> {
        split(text).0.iter().map(|l| l.content(text)).collect()
    }

    #[test]
    fn line_ends_give_the_same_lines() {
        let expected = vec!["一、总体要求", "", "正文。"];
        assert_eq!(
            contents("一、总体要求\n\n　　正文。\n"),
            expected,
            "should split LF"
        );
        assert_eq!(
            contents("一、总体要求\r\n\r\n　　正文。\r\n"),
            expected,
            "should split CRLF"
        );
        assert_eq!(
            contents("一、总体要求\r\r　　正文。\r"),
            expected,
            "should split CR"
        );
        assert_eq!(
            contents("一、总体要求\r\n\n　　正文。\r"),
            expected,
            "should split mixed"
        );
    }

    #[test]
    fn line_endings_reported() {
        assert_eq!(split("a\nb").1, LineEndings::Lf, "should report LF");
        assert_eq!(split("a\r\nb").1, LineEndings::Crlf, "should report CRLF");
        assert_eq!(split("a\rb").1, LineEndings::Cr, "should report CR");
        assert_eq!(
            split("a\r\nb\n").1,
            LineEndings::Mixed,
            "should report mixed"
        );
        assert_eq!(split("ab").1, LineEndings::None, "should report none");
    }

    #[test]
    fn spans_point_at_content() {
        let text = "  標題　\n";
        let (lines, _) = split(text);
        assert_eq!(
            lines.first().map(|l| l.content(text)),
            Some("標題"),
            "should trim U+3000 and spaces"
        );
    }
}
