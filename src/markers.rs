//! 序号 — section markers at the start of a line.
//!
//! ```text
//! marker = cjk "、"            一、        (cjk_comma)
//!        | cjk ("." | "．")    一.         (cjk_dot)
//!        | open cjk close      （一）(一)   (cjk_paren)
//!        | arabic ("."|"．")   1.  1．     (arabic_dot; not before a digit: 1.5万 is a number)
//!        | arabic "、"         1、         (arabic_comma)
//!        | open arabic close   （1）(1)    (arabic_paren)
//!        | arabic close        1）1)       (arabic_half_paren)
//!        | circled             ①          (circled)
//!        | financial "、"      壹、貳、     (financial_comma)
//!        | "第" cjk ("部分"|"章"|"节"|"節"|"条"|"條")
//! open   = "（" | "("        close = "）" | ")"
//! ```
//!
//! GB/T 9704-2012 orders them 一、 → （一） → 1. → （1）; Taiwan's order is
//! 壹、 → 一、 → （一） → 1、 → （1）. This module only recognises a marker;
//! which level it opens is decided by the order in which styles first appear
//! (see `blocks`). Full-width and half-width punctuation may be mixed
//! (`（1)`), and a space may follow the marker.

use crate::numerals::{circled, cjk_digit, is_financial, small_arabic, small_cjk};
use crate::tree::MarkerStyle;

/// A marker found at the start of a line's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MarkerMatch {
    pub(crate) style: MarkerStyle,
    pub(crate) ordinal: u32,
    /// Byte length of the marker itself (punctuation included).
    pub(crate) len: usize,
}

fn is_open(c: char) -> bool {
    matches!(c, '（' | '(')
}

fn is_close(c: char) -> bool {
    matches!(c, '）' | ')')
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

fn after(s: &str, n: usize) -> &str {
    s.get(n..).unwrap_or("")
}

/// Recognise a section marker at the start of `content` (a trimmed line).
pub(crate) fn marker(content: &str) -> Option<MarkerMatch> {
    let c = first_char(content)?;
    if let Some(ordinal) = circled(c) {
        return Some(MarkerMatch {
            style: MarkerStyle::Circled,
            ordinal,
            len: c.len_utf8(),
        });
    }
    if is_open(c) {
        return parenthesised(content, c.len_utf8());
    }
    if c == '第' {
        return ordinal_word(content);
    }
    if let Some((ordinal, len)) = small_arabic(content) {
        return arabic_suffix(content, ordinal, len);
    }
    if cjk_digit(c).is_some() || matches!(c, '十' | '拾') {
        let (ordinal, len) = small_cjk(content)?;
        let rest = after(content, len);
        let p = first_char(rest)?;
        let style = match p {
            '、' if is_financial(c) => MarkerStyle::FinancialComma,
            '、' => MarkerStyle::CjkComma,
            '.' | '．'
                if !rest
                    .get(1..)
                    .and_then(first_char)
                    .is_some_and(|d| d.is_ascii_digit()) =>
            {
                MarkerStyle::CjkDot
            }
            _ => return None,
        };
        return Some(MarkerMatch {
            style,
            ordinal,
            len: len + p.len_utf8(),
        });
    }
    None
}

/// `（一）`, `(1)`, `（1)` — the opening bracket is `open_len` bytes.
fn parenthesised(content: &str, open_len: usize) -> Option<MarkerMatch> {
    let inner = after(content, open_len);
    let (ordinal, len, style) = match small_arabic(inner) {
        Some((n, l)) => (n, l, MarkerStyle::ArabicParen),
        None => {
            let (n, l) = small_cjk(inner)?;
            (n, l, MarkerStyle::CjkParen)
        }
    };
    let close = first_char(after(inner, len)).filter(|&c| is_close(c))?;
    Some(MarkerMatch {
        style,
        ordinal,
        len: open_len + len + close.len_utf8(),
    })
}

/// `1.` `1．` `1、` `1）` — not `1.5`, `2023.1.12` or `1次`.
fn arabic_suffix(content: &str, ordinal: u32, len: usize) -> Option<MarkerMatch> {
    if ordinal == 0 || len > 6 {
        return None;
    }
    let rest = after(content, len);
    let p = first_char(rest)?;
    let style = match p {
        '.' | '．' => {
            let next = after(rest, p.len_utf8());
            if starts_with_digit(next) && !is_year_after_item(next) {
                return None;
            }
            MarkerStyle::ArabicDot
        }
        '、' => MarkerStyle::ArabicComma,
        '）' | ')' => MarkerStyle::ArabicHalfParen,
        _ => return None,
    };
    Some(MarkerMatch {
        style,
        ordinal,
        len: len + p.len_utf8(),
    })
}

fn starts_with_digit(s: &str) -> bool {
    first_char(s).is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c))
}

/// `1.2023年…`: an item number before a four-digit year, not the decimal `1.2023`.
pub(crate) fn is_year_after_item(s: &str) -> bool {
    let digits = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
        .count();
    digits == 4 && s.chars().nth(4) == Some('年')
}

/// `第一部分`, `第二章`, `第三节`, `第十二条`.
fn ordinal_word(content: &str) -> Option<MarkerMatch> {
    let inner = after(content, '第'.len_utf8());
    let (ordinal, len) = small_cjk(inner).or_else(|| small_arabic(inner))?;
    let rest = after(inner, len);
    let (style, word_len) = [
        ("部分", MarkerStyle::Part),
        ("章", MarkerStyle::Chapter),
        ("节", MarkerStyle::Subchapter),
        ("節", MarkerStyle::Subchapter),
        ("条", MarkerStyle::Article),
        ("條", MarkerStyle::Article),
    ]
    .iter()
    .find(|(word, _)| rest.starts_with(word))
    .map(|(word, style)| (*style, word.len()))?;
    // 第一条线 or 第三节课 would go on with more CJK at once; articles are
    // followed by a space, punctuation or the end of the line in practice.
    let next = first_char(after(rest, word_len));
    if style == MarkerStyle::Article && next.is_some_and(|c| !c.is_whitespace() && !is_separator(c))
    {
        return None;
    }
    Some(MarkerMatch {
        style,
        ordinal,
        len: '第'.len_utf8() + len + word_len,
    })
}

fn is_separator(c: char) -> bool {
    matches!(c, '　' | ' ' | '：' | ':' | '、' | '，' | ',' | '.' | '．')
}

#[cfg(test)]
mod tests {
    use super::*;
    use MarkerStyle::*;

    #[test]
    fn recognised_markers() {
        let cases = [
            ("一、总体要求", CjkComma, 1, "一、"),
            ("十二、其他", CjkComma, 12, "十二、"),
            ("三.加强领导", CjkDot, 3, "三."),
            ("四．保障措施", CjkDot, 4, "四．"),
            ("（一）领导班子带头学。", CjkParen, 1, "（一）"),
            ("(二)機關支部深入學。", CjkParen, 2, "(二)"),
            ("（十二）其他", CjkParen, 12, "（十二）"),
            ("1.加强学习", ArabicDot, 1, "1."),
            ("２．完善制度", ArabicDot, 2, "２．"),
            ("3、落实责任", ArabicComma, 3, "3、"),
            ("（1）制定方案", ArabicParen, 1, "（1）"),
            ("(2)组织实施", ArabicParen, 2, "(2)"),
            ("（3)混合括号", ArabicParen, 3, "（3)"),
            ("4）推进", ArabicHalfParen, 4, "4）"),
            ("①强化", Circled, 1, "①"),
            ("壹、前言", FinancialComma, 1, "壹、"),
            ("貳、辦理情形", FinancialComma, 2, "貳、"),
            ("第一部分 总体情况", Part, 1, "第一部分"),
            ("第三章 附则", Chapter, 3, "第三章"),
            ("第二節 範圍", Subchapter, 2, "第二節"),
            (
                "第十二条　本条例自公布之日起施行。",
                Article,
                12,
                "第十二条",
            ),
            ("第4條 本辦法", Article, 4, "第4條"),
            ("1.2023年重点项目清单", ArabicDot, 1, "1."),
        ];
        for (input, style, ordinal, text) in cases {
            let m = marker(input);
            assert_eq!(
                m.map(|m| (m.style, m.ordinal, input.get(..m.len))),
                Some((style, ordinal, Some(text))),
                "should read {input} as {style:?} {ordinal}"
            );
        }
    }

    #[test]
    fn lines_that_only_begin_with_a_number() {
        for input in [
            "1次集中学习",
            "2023年工作回顾",
            "3月份开展",
            "10余家单位",
            "100%完成",
            "1.5万人参加",
            "2023.1.12",
            "一是思想掌控",
            "一系列措施",
            "第一时间上报",
            "第一条线",
            "十九大精神",
            "三亚市",
            "(此件公开发布)",
        ] {
            assert_eq!(marker(input), None, "should not read {input} as a marker");
        }
    }
}
