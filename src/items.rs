//! 列举 — enumerated items inside paragraphs.
//!
//! ```text
//! item = cjk ("是" | "要") | "第" cjk ("，"|"、"|","|"：") | 首先 | 其次 | 再次 | 最后
//! ```
//!
//! An item marker counts only after a sentence or clause boundary (so `统一是`
//! is no `一是`) and only as part of a chain `一是 … 二是 …` that starts at
//! one and goes up by one, within a paragraph or across the paragraphs of
//! one section (`一是…。` and `二是…。` are often paragraphs of their own).

use crate::figures::charset::{char_set, is_in, CharSet};
use crate::numerals::small_cjk;
use crate::span::Span;
use crate::tree::{Item, Paragraph};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// 一是, 二是
    Shi,
    /// 一要, 二要
    Yao,
    /// 第一，第二，
    Di,
    /// 首先, 其次, 最后
    Sequence,
}

#[derive(Debug, Clone, Copy)]
struct Candidate {
    paragraph: usize,
    family: Family,
    ordinal: u32,
    /// Marker span in the document.
    marker: Span,
    /// 最后: closes a 首先 chain with the next number.
    last: bool,
}

/// Fill the `items` of each paragraph of one container.
pub(crate) fn annotate(text: &str, paragraphs: &mut [Paragraph]) {
    let mut candidates = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        find_candidates(text, paragraph.span, index, &mut candidates);
    }
    if candidates.is_empty() {
        return;
    }
    let accepted = chains(&candidates);
    for (pos, cand) in accepted.iter().enumerate() {
        let Some(paragraph) = paragraphs.get_mut(cand.paragraph) else {
            continue;
        };
        let next_start = accepted
            .get(pos + 1)
            .filter(|n| n.paragraph == cand.paragraph)
            .map_or(paragraph.span.end, |n| n.marker.start);
        let item_text = text.get(cand.marker.start..next_start).unwrap_or("");
        let end = cand.marker.start + item_text.trim_end().len();
        paragraph.items.push(Item {
            marker: text.get(cand.marker.range()).unwrap_or("").to_owned(),
            ordinal: cand.ordinal,
            span: Span::new(cand.marker.start, end),
            marker_span: cand.marker,
        });
    }
    for paragraph in paragraphs.iter_mut() {
        paragraph.items.shrink_to_fit();
    }
}

/// Keep the candidates that form chains 1, 2, 3 … of one family (two at least).
fn chains(candidates: &[Candidate]) -> Vec<Candidate> {
    let mut accepted: Vec<Candidate> = Vec::new();
    let mut current: Vec<Candidate> = Vec::new();
    let close = |current: &mut Vec<Candidate>, accepted: &mut Vec<Candidate>| {
        if current.len() >= 2 {
            accepted.append(current);
        }
        current.clear();
    };
    for &cand in candidates {
        let continues = current.last().is_some_and(|last| {
            last.family == cand.family
                && !last.last
                && (cand.ordinal == last.ordinal + 1 || cand.last)
        });
        if continues {
            let mut cand = cand;
            if cand.last {
                cand.ordinal = current.last().map_or(1, |l| l.ordinal + 1);
            }
            current.push(cand);
        } else if cand.ordinal == 1 && !cand.last {
            close(&mut current, &mut accepted);
            current.push(cand);
        }
    }
    close(&mut current, &mut accepted);
    accepted.sort_by_key(|c| c.marker.start);
    accepted
}

fn is_boundary(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '。' | '；'
                    | '，'
                    | '：'
                    | '！'
                    | '？'
                    | '、'
                    | '“'
                    | '（'
                    | '('
                    | ';'
                    | ','
                    | ':'
                    | '.'
                    | '”'
            )
    })
}

/// Whether a character beginning with byte `b` can be a boundary (see
/// [`is_boundary`]): ASCII whitespace and punctuation, and the lead bytes of
/// U+0080–U+00FF, U+1000–U+1FFF, U+2000–U+2FFF (spaces, `“ ”`), U+3000–U+3FFF
/// (`。、`, the ideographic space) and U+F000–U+FFFF (full-width `；，：！？（`).
/// CJK ideographs (lead bytes E4–E9) never are, so most of a paragraph is
/// stepped over a byte at a time without decoding.
/// For each first byte of a character: 0 where the character may be a
/// boundary, else the character's length in bytes, so the scan steps from
/// character to character with one lookup each.
#[allow(clippy::indexing_slicing)] // const context; every index is below 256
static STEP: [u8; 256] = {
    let mut table = [1u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        b += 1;
    }
    let leads: [u8; 16] = [
        b' ', b'\t', b'\n', b'\r', 0x0B, 0x0C, b'(', b';', b',', b':', b'.', 0xC2, 0xE1, 0xE2,
        0xE3, 0xEF,
    ];
    let mut k = 0;
    while k < leads.len() {
        table[leads[k] as usize] = 0;
        k += 1;
    }
    table
};

fn find_candidates(text: &str, span: Span, paragraph: usize, out: &mut Vec<Candidate>) {
    let Some(para) = text.get(span.range()) else {
        return;
    };
    let mut check = |at: usize| {
        let Some(rest) = para.get(at..) else { return };
        // The cheap test first: few characters can start a marker.
        if !rest
            .chars()
            .next()
            .is_some_and(|c| is_in(&MARKER_STARTS, u32::from(c)))
        {
            return;
        }
        if let Some((family, ordinal, len, last)) = item_marker(rest) {
            let start = span.start + at;
            out.push(Candidate {
                paragraph,
                family,
                ordinal,
                marker: Span::new(start, start + len),
                last,
            });
        }
    };
    check(0);
    let bytes = para.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match STEP.get(usize::from(b)) {
            Some(0) => {
                // Bytes with step 0 only ever begin a character.
                let Some(c) = para.get(i..).and_then(|r| r.chars().next()) else {
                    return;
                };
                i += c.len_utf8();
                if is_boundary(Some(c)) {
                    check(i);
                }
            }
            Some(&len) => i += usize::from(len),
            None => return,
        }
    }
}

/// The characters that can start an item marker: those of 第, 首先, 其次,
/// 再次, 最后/最後, and of a small Chinese numeral (a digit of
/// `numerals::cjk_digit` or a ten; the tests check both). A bit set: one
/// lookup per character instead of a tree of comparisons whose branches the
/// processor mispredicts on running text.
static MARKER_STARTS: CharSet = char_set(&[&[
    '第', '首', '其', '再', '最', '十', '拾', '〇', '○', '零', '洞', '一', '壹', '幺', '二', '两',
    '兩', '贰', '貳', '弍', '三', '叁', '參', '叄', '四', '肆', '五', '伍', '六', '陆', '陸', '七',
    '柒', '八', '捌', '九', '玖',
]]);

/// An item marker at the start of `rest`: family, ordinal, byte length, whether it is 最后.
fn item_marker(rest: &str) -> Option<(Family, u32, usize, bool)> {
    let first = rest.chars().next()?;
    if first == '第' {
        let after = rest.get(first.len_utf8()..)?;
        let (ordinal, len) = small_cjk(after)?;
        let p = after.get(len..)?.chars().next()?;
        if matches!(p, '，' | '、' | ',' | '：') && ordinal <= 20 {
            return Some((
                Family::Di,
                ordinal,
                first.len_utf8() + len + p.len_utf8(),
                false,
            ));
        }
        return None;
    }
    for (word, ordinal, last) in [
        ("首先", 1, false),
        ("其次", 2, false),
        ("再次", 3, false),
        ("最后", 0, true),
        ("最後", 0, true),
    ] {
        if let Some(after) = rest.strip_prefix(word) {
            let comma = after
                .chars()
                .next()
                .filter(|c| matches!(c, '，' | ',' | '、'))
                .map_or(0, char::len_utf8);
            return Some((Family::Sequence, ordinal, word.len() + comma, last));
        }
    }
    let (ordinal, len) = small_cjk(rest)?;
    if ordinal > 20 {
        return None;
    }
    let family = match rest.get(len..)?.chars().next()? {
        '是' => Family::Shi,
        '要' => Family::Yao,
        _ => return None,
    };
    Some((family, ordinal, len + '是'.len_utf8(), false))
}

#[cfg(test)]
#[allow(clippy::indexing_slicing, clippy::string_slice)]
mod tests {
    use super::*;
    use crate::numerals::{cjk_digit, is_ten};

    /// Whether `c` can be the first character of an item marker.
    fn may_start_marker(c: char) -> bool {
        matches!(c, '第' | '首' | '其' | '再' | '最') || cjk_digit(c).is_some() || is_ten(c)
    }

    fn items_of(paragraphs: &[&str]) -> Vec<Vec<(String, u32)>> {
        let mut text = String::new();
        let mut nodes = Vec::new();
        for p in paragraphs {
            let start = text.len();
            text.push_str(p);
            nodes.push(Paragraph {
                text: (*p).to_owned(),
                normalized: None,
                span: Span::new(start, text.len()),
                figures: vec![],
                items: vec![],
            });
            text.push('\n');
        }
        annotate(&text, &mut nodes);
        nodes
            .iter()
            .map(|n| {
                n.items
                    .iter()
                    .map(|i| (i.marker.clone(), i.ordinal))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn chains_in_one_paragraph() {
        let got = items_of(&["一是思想掌控不夠全面深入。二是面對信息時代下網絡媒體等外界因素。"]);
        assert_eq!(
            got,
            vec![vec![("一是".to_owned(), 1), ("二是".to_owned(), 2)]],
            "should find 一是 and 二是"
        );
        let got = items_of(&["第一，加强学习；第二，完善制度；第三，强化落实。"]);
        assert_eq!(got[0].len(), 3, "should find three 第N， items");
        let got = items_of(&["首先，统一思想。其次，明确责任。最后，抓好落实。"]);
        assert_eq!(
            got[0].iter().map(|i| i.1).collect::<Vec<_>>(),
            vec![1, 2, 3],
            "should number 首先/其次/最后 1, 2, 3"
        );
    }

    #[test]
    fn chains_across_paragraphs() {
        let got = items_of(&["一是首都功能持续优化提升。", "二是经济实力稳步增强。"]);
        assert_eq!(
            got,
            vec![vec![("一是".to_owned(), 1)], vec![("二是".to_owned(), 2)]],
            "should chain across paragraphs"
        );
    }

    #[test]
    fn not_items() {
        assert!(
            items_of(&["统一是基础，唯一是关键。"])
                .iter()
                .all(Vec::is_empty),
            "should not read 统一是 as an item"
        );
        assert!(
            items_of(&["一是只有一项。"]).iter().all(Vec::is_empty),
            "should need a chain of two"
        );
        assert!(
            items_of(&["二是没有一是。三是也没有。"])
                .iter()
                .all(Vec::is_empty),
            "should need a chain from one"
        );
    }

    #[test]
    fn item_spans_end_before_the_next() {
        let text = "一是甲。二是乙。";
        let mut nodes = vec![Paragraph {
            text: text.to_owned(),
            normalized: None,
            span: Span::new(0, text.len()),
            figures: vec![],
            items: vec![],
        }];
        annotate(text, &mut nodes);
        let spans: Vec<&str> = nodes[0]
            .items
            .iter()
            .map(|i| &text[i.span.range()])
            .collect();
        assert_eq!(
            spans,
            vec!["一是甲。", "二是乙。"],
            "should end each item before the next"
        );
    }

    #[test]
    fn markers_start_with_a_marker_start() {
        let text = "第一，首先，其次，再次，最后，最後，一是二要三是十是十一是拾是貳是两是〇是";
        for (i, c) in text.char_indices() {
            if item_marker(&text[i..]).is_some() {
                assert!(may_start_marker(c), "should let {c} start a marker");
            }
        }
        for c in ['百', '统', '。', 'a'] {
            assert!(!may_start_marker(c), "should not let {c} start a marker");
        }
    }

    #[test]
    fn marker_start_set_agrees_with_the_test() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_in(&MARKER_STARTS, u32::from(c)),
                may_start_marker(c),
                "should agree on U+{:04X}",
                c as u32
            );
        }
    }
}
