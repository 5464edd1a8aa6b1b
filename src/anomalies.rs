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

/// CJK characters and full-width punctuation, U+3000 and above: most of
/// the text. Controls and zero-width characters lie below U+3000 or at
/// U+FEFF, so past the placeholder test the scan skips these at once.
fn is_plain_cjk(c: char) -> bool {
    c >= '\u{3000}' && c != '\u{FEFF}' && placeholder_class(c).is_none()
}

/// Append a diagnostic for every placeholder and control character run.
pub(crate) fn scan(text: &str, out: &mut Vec<Diagnostic>) {
    let mut chars = text.char_indices().peekable();
    let mut previous: Option<char> = None;
    while let Some((start, c)) = chars.next() {
        if is_plain_cjk(c) {
            previous = Some(c);
            continue;
        }
        if is_zero_width(c) {
            out.push(Diagnostic::info(
                DiagnosticCode::ControlCharacter,
                Span::new(start, start + c.len_utf8()),
                format!("zero-width character U+{:04X} in the text", c as u32),
            ));
            previous = Some(c);
            continue;
        }
        if is_control(c) {
            let mut end = start + c.len_utf8();
            while let Some(&(i, n)) = chars.peek() {
                if !is_control(n) {
                    break;
                }
                end = i + n.len_utf8();
                chars.next();
            }
            out.push(Diagnostic::warning(
                DiagnosticCode::ControlCharacter,
                Span::new(start, end),
                format!("control character U+{:04X} in the text", c as u32),
            ));
            previous = text.get(..end).and_then(|t| t.chars().next_back());
            continue;
        }
        let Some(class) = placeholder_class(c) else {
            previous = Some(c);
            continue;
        };
        let mut end = start + c.len_utf8();
        let mut count = 1;
        while let Some(&(i, n)) = chars.peek() {
            if placeholder_class(n) != Some(class) {
                break;
            }
            end = i + n.len_utf8();
            count += 1;
            chars.next();
        }
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
        previous = text.get(..end).and_then(|t| t.chars().next_back());
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

    #[test]
    fn plain_cjk_holds_no_special_character() {
        for c in [
            'x', 'X', 'ｘ', 'Ｘ', '×', '*', '＊', '_', '＿', '\0', '\u{202E}', '\u{2066}',
            '\u{200B}', '\u{2060}', '\u{FEFF}',
        ] {
            assert!(!is_plain_cjk(c), "should not skip U+{:04X}", c as u32);
        }
        for c in ['一', '　', '。', '（', '，', '」', '\u{FEFE}', '𠀀'] {
            assert!(is_plain_cjk(c), "should skip U+{:04X}", c as u32);
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
