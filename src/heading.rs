//! 标题 — where a heading ends and what it says its section is about.
//!
//! ```text
//! line-after-marker = heading [ ("。" | "：" | "！" | "？" | "；") body ]
//! ```
//!
//! The heading of a numbered line is its first sentence, cut at the first
//! `。：！？；` outside brackets and quotes (`（一）领导班子带头学。狠抓…`);
//! a first sentence longer than 60 characters, or a whole line that is one
//! sentence with a clause break, is body text instead. The role words
//! (存在的问题, 下一步打算 …) are matched in both scripts.

use crate::keywords::{self, NEXT_STEP_HEADINGS, PROBLEM_ENDINGS, PROBLEM_HEADINGS};
use crate::tree::Role;

/// Longest heading, in chars; a longer first sentence is body text.
const HEADING_CHARS: usize = 60;

pub(crate) enum HeadingSplit {
    /// The first `heading_len` bytes are the heading (its closing
    /// punctuation included); its text is the first `text_len` bytes.
    Heading { text_len: usize, heading_len: usize },
    /// No heading: the line is body text.
    Body,
}

/// Split a line after its marker into heading and body: the heading is the
/// first sentence, cut at the first `。：！？；` outside brackets and quotes.
pub(crate) fn split_heading(rest: &str) -> HeadingSplit {
    let mut depth = 0i32;
    for (i, c) in rest.char_indices() {
        match c {
            '（' | '(' | '《' | '“' | '「' | '『' | '【' | '[' => depth += 1,
            '）' | ')' | '》' | '”' | '」' | '』' | '】' | ']' => depth -= 1,
            '。' | '：' | '！' | '？' | '；' | ':' | '!' | '?' | ';' if depth <= 0 => {
                let heading_len = i + c.len_utf8();
                if c == ':'
                    && rest
                        .get(heading_len..)
                        .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()))
                {
                    continue;
                }
                let chars = rest.get(..i).map_or(0, |h| h.chars().count());
                if chars == 0 || chars > HEADING_CHARS {
                    return HeadingSplit::Body;
                }
                // A whole line that is one sentence with a clause break is
                // body text (`1、全年核定經費三億元，執行率96%。`), not a heading.
                let whole = rest.get(heading_len..).is_some_and(|r| r.trim().is_empty());
                if whole && c == '。' && rest.get(..i).is_some_and(|h| h.contains(['，', ','])) {
                    return HeadingSplit::Body;
                }
                return HeadingSplit::Heading {
                    text_len: i,
                    heading_len,
                };
            }
            _ => {}
        }
    }
    if rest.chars().count() <= HEADING_CHARS {
        HeadingSplit::Heading {
            text_len: rest.len(),
            heading_len: rest.len(),
        }
    } else {
        HeadingSplit::Body
    }
}

/// What a heading says its section is about.
pub(crate) fn role_of(heading: &str) -> Option<Role> {
    // Folded once for the ~40 words below (a quarter of the parse time when
    // each word folded the heading again).
    let folded = keywords::fold_str(heading);
    let chars = heading.chars().count();
    let topic = folded.starts_with("关于");
    let problem = contains_any(&folded, PROBLEM_HEADINGS)
        || (chars <= 8 && !topic && PROBLEM_ENDINGS.iter().any(|w| folded.ends_with(w)));
    if problem {
        return Some(Role::Problems);
    }
    contains_any(&folded, NEXT_STEP_HEADINGS).then_some(Role::NextSteps)
}

/// The first characters of the role words; a test checks that every word
/// of both tables begins with one of them.
const ROLE_WORD_STARTS: &[char] = &[
    '存', '不', '问', '困', '差', '薄', '主', '面', '检', '下', '工', '打', '思', '今', '明', '展',
    '改', '整', '意', '努',
];

/// Whether `haystack` contains any word of `table`: one pass over the
/// haystack, comparing words only where a role word can begin (cheaper than
/// a substring search per word on a heading of a few dozen bytes).
fn contains_any(haystack: &str, table: &[&str]) -> bool {
    haystack.char_indices().any(|(i, c)| {
        ROLE_WORD_STARTS.contains(&c) && {
            let rest = haystack.get(i..).unwrap_or("");
            table.iter().any(|w| rest.starts_with(w))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_split_at_first_sentence() {
        let cases = [
            (
                "領導班子帶頭學。狠抓班子學習規範化。",
                Some(("領導班子帶頭學", "領導班子帶頭學。")),
            ),
            ("营造良好环境。", Some(("营造良好环境", "营造良好环境。"))),
            (
                "明確方向,堅定意識形態工作是主體職責",
                Some((
                    "明確方向,堅定意識形態工作是主體職責",
                    "明確方向,堅定意識形態工作是主體職責",
                )),
            ),
            (
                "关于“双随机、一公开”。监管",
                Some(("关于“双随机、一公开”", "关于“双随机、一公开”。")),
            ),
            ("时间安排：8:30开始", Some(("时间安排", "时间安排："))),
        ];
        for (input, expected) in cases {
            let got = match split_heading(input) {
                HeadingSplit::Heading {
                    text_len,
                    heading_len,
                } => input.get(..text_len).zip(input.get(..heading_len)),
                HeadingSplit::Body => None,
            };
            assert_eq!(got, expected, "should split {input}");
        }
        let long = "这是一个非常长的句子".repeat(8);
        assert!(
            matches!(split_heading(&long), HeadingSplit::Body),
            "should keep a long sentence as body"
        );
    }

    #[test]
    fn role_word_starts_cover_the_tables() {
        for word in PROBLEM_HEADINGS.iter().chain(NEXT_STEP_HEADINGS) {
            let first = word.chars().next().unwrap_or(' ');
            assert!(
                ROLE_WORD_STARTS.contains(&first),
                "should list the first character of {word}"
            );
        }
    }

    #[test]
    fn roles_in_both_scripts() {
        let cases = [
            ("存在的问题", Some(Role::Problems)),
            ("存在的問題", Some(Role::Problems)),
            ("工作中的不足", Some(Role::Problems)),
            ("困難和問題", Some(Role::Problems)),
            ("下一步打算", Some(Role::NextSteps)),
            ("下一步打算", Some(Role::NextSteps)),
            ("2024年工作思路", Some(Role::NextSteps)),
            ("明年工作計劃", Some(Role::NextSteps)),
            (
                "着力解决群众急难愁盼的民生实事和长期积累的结构性体制机制问题",
                None,
            ),
            ("加强理论学习", None),
            ("关于工业的生产问题", None),
            ("第一个五年计划概要", None),
        ];
        for (heading, role) in cases {
            assert_eq!(
                role_of(heading),
                role,
                "should give {heading} the role {role:?}"
            );
        }
    }
}
