//! 异常 — placeholders and control characters left in the text.
//!
//! ```text
//! placeholder = [0-9]* ("xx" | "XX" | "××" | "ＸＸ" | "**" | "__" | "＿＿") …
//! control     = NUL | other C0 controls | bidi controls (U+202A–U+202E, U+2066–U+2069)
//! zero-width  = U+200B–U+200D | U+2060 | U+FEFF          (reported as info)
//! ```
//!
//! Template placeholders (`20xx年`, `xx余条`, `××县`, `“**网信”`) are reported
//! as `placeholder` diagnostics; Markdown bold (`**活动时间**`) is not.

use crate::error::{Diagnostic, DiagnosticCode};
use crate::span::Span;

fn placeholder_class(c: char) -> Option<u8> {
    match c {
        'x' | 'X' | 'ｘ' | 'Ｘ' => Some(1),
        '×' => Some(2),
        '*' | '＊' => Some(3),
        '_' | '＿' => Some(4),
        _ => None,
    }
}

fn is_control(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// Whether a character starting with byte `b` can be a control, zero-width
/// or placeholder character: ASCII `x X * _`, C0 controls but line ends and
/// tab, DEL; and the lead bytes of U+0080–U+00FF (C1 controls, `×`),
/// U+2000–U+2FFF (zero-width and bidi controls) and U+F000–U+FFFF (U+FEFF,
/// full-width `ｘ Ｘ ＊ ＿`).
const fn may_start_anomaly(b: u8) -> bool {
    matches!(
        b,
        b'x' | b'X' | b'*' | b'_' | 0x7F | 0xC2 | 0xC3 | 0xE2 | 0xEF
    ) || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t'))
}

/// For each first byte of a character: 0 where [`may_start_anomaly`], else
/// the character's length in bytes. CJK text holds few stops, so the scan
/// steps from character to character with one lookup each, decoding none.
#[allow(clippy::indexing_slicing)] // const context; `b < 256`
static STEP: [u8; 256] = {
    let mut table = [1u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = if may_start_anomaly(b as u8) {
            0
        } else {
            match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF7 => 4,
                _ => 1,
            }
        };
        b += 1;
    }
    table
};

/// The first character at or after `from` (a character boundary) that may
/// be an anomaly.
fn next_stop(bytes: &[u8], mut from: usize) -> Option<usize> {
    while let Some(&b) = bytes.get(from) {
        match STEP.get(usize::from(b)) {
            Some(0) | None => return Some(from),
            Some(&len) => from += usize::from(len),
        }
    }
    None
}

/// Byte offset just past the run of characters from `start` on that satisfy `keep`.
fn run_end(text: &str, start: usize, keep: impl Fn(char) -> bool) -> usize {
    let rest = text.get(start..).unwrap_or("");
    start + rest.find(|c: char| !keep(c)).unwrap_or(rest.len())
}

/// Append a diagnostic for every placeholder and control character run.
pub(crate) fn scan(text: &str, out: &mut Vec<Diagnostic>) {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(start) = next_stop(bytes, from) {
        let Some(c) = text.get(start..).and_then(|t| t.chars().next()) else {
            break;
        };
        from = start + c.len_utf8();
        if is_zero_width(c) {
            out.push(Diagnostic::info(
                DiagnosticCode::ControlCharacter,
                Span::new(start, from),
                format!("zero-width character U+{:04X} in the text", c as u32),
            ));
            continue;
        }
        if is_control(c) {
            let end = run_end(text, start, is_control);
            out.push(Diagnostic::warning(
                DiagnosticCode::ControlCharacter,
                Span::new(start, end),
                format!("control character U+{:04X} in the text", c as u32),
            ));
            from = end;
            continue;
        }
        let Some(class) = placeholder_class(c) else {
            continue;
        };
        let end = run_end(text, start, |n| placeholder_class(n) == Some(class));
        let count = text.get(start..end).map_or(0, |run| run.chars().count());
        let previous = text.get(..start).and_then(|t| t.chars().next_back());
        let next = text.get(end..).and_then(|t| t.chars().next());
        let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
        let url = |c: Option<char>| c.is_some_and(|c| matches!(c, '.' | '@' | '/' | ':' | '-'));
        let is_placeholder = count >= 2
            && !(class == 1 && (latin(previous) || latin(next) || url(previous) || url(next)))
            && !(class == 3 && is_markdown_bold(text, start, end));
        if is_placeholder {
            // 20xx年: the digits before belong to the placeholder.
            let digits = text.get(..start).map_or(0, |t| {
                t.len() - t.trim_end_matches(|d: char| d.is_ascii_digit()).len()
            });
            let span = Span::new(start - if class == 1 { digits } else { 0 }, end);
            let shown = text.get(span.range()).unwrap_or("");
            out.push(Diagnostic::warning(
                DiagnosticCode::Placeholder,
                span,
                format!("template placeholder {shown:?} left in the text"),
            ));
        }
        from = end;
    }
}

/// `**活动时间**`: an opening `**` after a space, a `|` or the line start
/// whose closing `**` follows on the same line; or such a closing `**`.
fn is_markdown_bold(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    let edge =
        |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || matches!(c, '|' | '#' | '-'));
    let line_rest = text
        .get(end..)
        .map_or("", |t| t.split(['\n', '\r']).next().unwrap_or(""));
    let line_before = text
        .get(..start)
        .map_or("", |t| t.rsplit(['\n', '\r']).next().unwrap_or(""));
    (edge(before) && line_rest.contains("**")) || (edge(after) && line_before.contains("**"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(DiagnosticCode, &str)> {
        let mut out = Vec::new();
        scan(text, &mut out);
        out.iter()
            .map(|d| (d.code, text.get(d.span.range()).unwrap_or("")))
            .collect()
    }

    #[test]
    fn placeholders() {
        use DiagnosticCode::Placeholder as P;
        let cases: &[(&str, &[(DiagnosticCode, &str)])] = &[
            ("20xx年工作总结", &[(P, "20xx")]),
            ("发布信息xx余条", &[(P, "xx")]),
            ("中共××县委", &[(P, "××")]),
            ("通過“**網信”微信公衆號", &[(P, "**")]),
            ("姓名：____", &[(P, "____")]),
            ("| **活动时间** | 招新 |", &[]),
            ("访问xxx.com网站", &[]),
            ("X光机一台", &[]),
        ];
        for (input, expected) in cases {
            assert_eq!(
                found(input),
                expected.to_vec(),
                "should report {expected:?} in {input}"
            );
        }
    }

    /// The first byte of `c` in UTF-8.
    fn lead_byte(c: char) -> u8 {
        let mut buf = [0; 4];
        c.encode_utf8(&mut buf)
            .as_bytes()
            .first()
            .copied()
            .unwrap_or(0)
    }

    #[test]
    fn every_anomaly_starts_with_a_candidate_byte() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if is_zero_width(c) || is_control(c) || placeholder_class(c).is_some() {
                assert!(
                    may_start_anomaly(lead_byte(c)),
                    "should stop at U+{:04X}",
                    c as u32
                );
            }
        }
        for c in ['一', '。', '、', 'a', '1', '\n'] {
            assert!(!may_start_anomaly(lead_byte(c)), "should skip {c:?}");
        }
    }

    #[test]
    fn control_characters() {
        assert_eq!(
            found("一、\u{202E}总体\0要求"),
            vec![
                (DiagnosticCode::ControlCharacter, "\u{202E}"),
                (DiagnosticCode::ControlCharacter, "\0")
            ],
            "should report bidi controls and NUL"
        );
    }
}
