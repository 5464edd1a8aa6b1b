//! 落款 — the signature block: signatories, date of issue, notes; and the
//! closing lines after it.
//!
//! ```text
//! footer    = signatory { signatory } date-line { note }
//!           | person-line { person-line }            (signatory only: 部　　長　林　全)
//! date-line = date                                   (2023年1月12日, 二〇二三年一月十二日, 2023.1.12)
//!           | signatory ws date                      (on one line)
//! note      = （此件公开发布） | （联系人：…）
//! tail      = { closing | boilerplate }              (抄送：…, 返回顶部)
//! ```
//!
//! The footer is where the signature block ends the letter: at the end of
//! the text, or in mid-document when an attached regulation or plan
//! follows (`国务院令` + the 条例 it promulgates).

use crate::blocks::Ctx;
use crate::dates;
use crate::head::is_cjk;
use crate::keywords::{
    self, BODY_ENDINGS, BOILERPLATE, DEPUTY_WORDS, FOOTER_NOTES, SIGNING_TITLES,
};
use crate::markers;
use crate::span::Span;
use crate::tree::{Footer, IssueDate, TextNode};

/// What a tail line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TailKind {
    /// 抄送, 印发 lines.
    Closing,
    /// Site boilerplate.
    Boilerplate,
}

/// A footer found in the lines.
#[derive(Debug, Clone)]
pub(crate) struct FoundFooter {
    /// First line of the footer.
    pub(crate) first_line: usize,
    /// Last line of the footer (date or last note).
    pub(crate) last_line: usize,
    signatory_lines: Vec<usize>,
    /// The date line and the date's byte range within the line content.
    date: Option<(usize, Span)>,
    note_lines: Vec<usize>,
    /// Where the closing lines begin (the end of any annex).
    pub(crate) tail_start: usize,
    /// Closing and boilerplate lines after the footer.
    pub(crate) tail: Vec<(usize, TailKind)>,
}

/// Most signatory lines above a date.
const MAX_SIGNATORY_LINES: usize = 6;
/// Longest last line of a signature block, in bytes: a date line, or a
/// signing person with a deputy word, in full-width characters and spaces.
const SIGNATURE_LINE_BYTES: usize = 180;
/// Longest signatory line, in chars.
const SIGNATORY_CHARS: usize = 40;

impl FoundFooter {
    /// The year of the date of issue.
    pub(crate) fn date_year(&self, ctx: &Ctx<'_>) -> Option<i32> {
        let (line, range) = self.date?;
        let content = ctx.content(line);
        dates::date_with_year(content.get(range.range())?)?.year
    }

    /// Build the footer node.
    pub(crate) fn into_footer(self, ctx: &mut Ctx<'_>) -> Footer {
        let mut signatories = Vec::new();
        let mut pieces = Vec::new();
        for &line in &self.signatory_lines {
            for span in split_signatories(ctx, ctx.line_span(line)) {
                pieces.push(span);
                signatories.push(ctx.text_node(&[span]));
            }
        }
        let mut date = None;
        if let Some((line, range)) = self.date {
            let line_span = ctx.line_span(line);
            let span = range.shift(line_span.start);
            // Text on the date line before the date is a signatory (`某某局　2023年1月12日`).
            if range.start > 0 {
                let before = Span::new(line_span.start, line_span.start + range.start);
                let trimmed = trim_span(ctx, before);
                if !trimmed.is_empty() {
                    for part in split_signatories(ctx, trimmed) {
                        pieces.push(part);
                        signatories.push(ctx.text_node(&[part]));
                    }
                }
            }
            if let Some(m) = dates::date_with_year(ctx.slice(span)) {
                if let Some(year) = m.year {
                    date = Some(IssueDate {
                        text: ctx.slice(span).to_owned(),
                        normalized: None,
                        span,
                        year,
                        month: m.month,
                        day: m.day,
                    });
                }
            }
            pieces.push(span);
        }
        let notes: Vec<TextNode> = self
            .note_lines
            .iter()
            .map(|&l| ctx.text_node(&[ctx.line_span(l)]))
            .collect();
        let mut figures = ctx.figures_in(&pieces);
        for note in &notes {
            figures.extend(note.figures.iter().cloned());
        }
        let notes = notes
            .into_iter()
            .map(|mut n| {
                n.figures.clear();
                n
            })
            .collect();
        for s in &mut signatories {
            s.figures.clear();
        }
        let span = ctx
            .line_span(self.first_line)
            .cover(ctx.line_span(self.last_line));
        Footer {
            span,
            signatories,
            date,
            notes,
            figures,
        }
    }
}

fn trim_span(ctx: &Ctx<'_>, span: Span) -> Span {
    let text = ctx.slice(span);
    let lead = text.len() - text.trim_start().len();
    Span::new(span.start + lead, span.start + lead + text.trim().len())
}

/// Find the footer between lines `from` and `to`.
pub(crate) fn find(ctx: &Ctx<'_>, from: usize, to: usize) -> Option<FoundFooter> {
    let (tail_start, tail) = tail_lines_and_start(ctx, from, to);
    // Notes just before the tail: （此件公开发布）.
    let mut end = tail_start;
    let mut notes = Vec::new();
    while let Some(prev) = prev_content(ctx, from, end) {
        if is_note(ctx.content(prev)) {
            notes.push(prev);
            end = prev;
        } else {
            break;
        }
    }
    // Collected bottom up; prepending each would be quadratic.
    notes.reverse();
    if let Some(mut found) = footer_ending_at(ctx, from, end) {
        found.last_line = notes.last().copied().unwrap_or(found.last_line);
        found.note_lines = notes;
        found.tail_start = tail_start;
        found.tail = tail;
        return Some(found);
    }
    // A footer in mid-document, with an attached text after it.
    let mut index = from;
    while index < end {
        // A signature block ends with a short line (a date or a signing person).
        if !ctx.is_blank(index) && ctx.content(index).len() <= SIGNATURE_LINE_BYTES {
            if let Some(mut found) = footer_ending_at(ctx, from, index + 1) {
                let next = next_content(ctx, index + 1, end);
                let date_follows = next.is_some_and(|n| date_at_end(ctx.content(n)).is_some());
                let body_before = prev_content(ctx, from, found.first_line).is_some_and(|p| {
                    ends_body(ctx.content(p)) || ctx.content(p).chars().count() >= 12
                });
                // A signature block ends a letter: some body comes first.
                let body_lines = (from..found.first_line)
                    .filter(|&i| !ctx.is_blank(i))
                    .count();
                if next.is_some() && body_lines >= 1 && !date_follows && body_before {
                    let mut last = index;
                    // More signing persons (a joint decree), then notes.
                    while let Some(next) = next_content(ctx, last + 1, end) {
                        if found.date.is_none()
                            && found.note_lines.is_empty()
                            && is_person_line(ctx.content(next))
                        {
                            found.signatory_lines.push(next);
                        } else if is_note(ctx.content(next)) {
                            found.note_lines.push(next);
                        } else {
                            break;
                        }
                        last = next;
                    }
                    found.last_line = last;
                    found.tail_start = tail_start;
                    found.tail = tail;
                    return Some(found);
                }
            }
        }
        index += 1;
    }
    None
}

/// A footer whose last line is the last non-blank line before `end`.
fn footer_ending_at(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<FoundFooter> {
    let last = prev_content(ctx, from, end)?;
    let content = ctx.content(last);
    let mut found = FoundFooter {
        first_line: last,
        last_line: last,
        signatory_lines: Vec::new(),
        date: None,
        note_lines: Vec::new(),
        tail_start: end,
        tail: Vec::new(),
    };
    if let Some(range) = date_at_end(content) {
        found.date = Some((last, range));
        let mut above = last;
        while found.signatory_lines.len() < MAX_SIGNATORY_LINES {
            let Some(prev) = prev_content(ctx, from, above) else {
                break;
            };
            if !is_signatory_like(ctx.content(prev)) {
                break;
            }
            found.signatory_lines.insert(0, prev);
            above = prev;
        }
        let has_signatory = !found.signatory_lines.is_empty() || range.start > 0;
        // A bare date after body text is a footer only at the end of the text.
        if !has_signatory && next_content(ctx, last + 1, ctx.lines.len()).is_some() {
            return None;
        }
        // The signature block must follow some body, not stand in the head.
        if prev_content(ctx, from, above).is_none() && above == from {
            return None;
        }
        found.first_line = above;
        return Some(found);
    }
    if is_person_line(content) {
        let mut above = last;
        found.signatory_lines.push(last);
        while found.signatory_lines.len() < MAX_SIGNATORY_LINES {
            let Some(prev) = prev_content(ctx, from, above) else {
                break;
            };
            if !is_person_line(ctx.content(prev)) {
                break;
            }
            found.signatory_lines.insert(0, prev);
            above = prev;
        }
        found.first_line = above;
        return Some(found);
    }
    None
}

/// The byte range of a date of issue that ends the line: the whole line,
/// or the last whitespace-separated part of it.
fn date_at_end(content: &str) -> Option<Span> {
    // A date after at most a signatory: a longer line (counted only up to
    // the limit, so a huge line costs little) has none.
    if content
        .chars()
        .filter(|c| !c.is_whitespace())
        .nth(SIGNATORY_CHARS + 32)
        .is_some()
    {
        return None;
    }
    let whole =
        |s: &str| dates::date_with_year(s).is_some_and(|d| d.len == s.len() && d.month.is_some());
    if whole(content) {
        return Some(Span::new(0, content.len()));
    }
    let cut = content.rfind(char::is_whitespace)?;
    let c = content.get(cut..)?.chars().next()?;
    let start = cut + c.len_utf8();
    let last = content.get(start..)?;
    let before = content.get(..cut)?.trim();
    (whole(last) && is_signatory_like(before)).then_some(Span::new(start, content.len()))
}

/// A line of body text that a signature block can follow.
fn ends_body(content: &str) -> bool {
    content.chars().count() >= 4
        && content.ends_with(['。', '！', '？', '；', '）', ')', '”', '」', '：'])
}

/// `述职人：刘某某`: a labelled signature.
fn is_labelled_signature(content: &str) -> bool {
    ["述职人", "报告人", "汇报人", "撰稿人", "发言人", "署名"]
        .iter()
        .any(|w| {
            keywords::starts_with(content, w)
                .and_then(|l| content.get(l..))
                .is_some_and(|r| r.starts_with(['：', ':']) && r.chars().count() <= 16)
        })
}

/// Short, no sentence punctuation, not a marker: a body or a person.
fn is_signatory_like(content: &str) -> bool {
    if is_labelled_signature(content) {
        return true;
    }
    let chars = content.chars().count();
    (2..=SIGNATORY_CHARS).contains(&chars)
        && !content.contains([
            '。', '！', '？', '；', '，', ',', '：', ':', '!', '?', ';', '、',
        ])
        && content.chars().any(is_cjk)
        && markers::marker(content).is_none()
        && date_at_end(content).is_none()
        && !keywords::contains(content, "附件")
        && !keywords::contains(content, "抄送")
}

/// `部　　長　林　全　出國`, `總理　　李克強`: a post, then a name, spaced out.
fn is_person_line(content: &str) -> bool {
    let chars = content.chars().count();
    if chars > 30
        || !content.chars().any(char::is_whitespace)
        || content.contains(['。', '，', '：'])
    {
        return false;
    }
    let compact: String = content.chars().filter(|c| !c.is_whitespace()).collect();
    SIGNING_TITLES.iter().any(|t| {
        keywords::starts_with(&compact, t).is_some()
            || ["政务", "常务", "兼代", "代理", "副", "兼", "代"]
                .iter()
                .any(|p| {
                    keywords::starts_with(&compact, p)
                        .and_then(|l| compact.get(l..))
                        .is_some_and(|rest| keywords::starts_with(rest, t).is_some())
                })
    })
}

/// `（此件公开发布）`, `（联系人：张三，电话：12345678）`.
fn is_note(content: &str) -> bool {
    let inner = content
        .strip_prefix(['（', '('])
        .filter(|_| content.ends_with(['）', ')']));
    inner.is_some_and(|i| {
        FOOTER_NOTES
            .iter()
            .any(|w| keywords::starts_with(i, w).is_some())
    })
}

/// Split a signatory line into signatories: two bodies on one line separated
/// by wide space are two; a person line (post, name, deputy word) is one.
fn split_signatories(ctx: &Ctx<'_>, span: Span) -> Vec<Span> {
    let content = ctx.slice(span);
    if is_person_line(content) || DEPUTY_WORDS.iter().any(|w| keywords::contains(content, w)) {
        return vec![span];
    }
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut gap = 0usize;
    let mut wide_gap = false;
    for (i, c) in content.char_indices() {
        if c.is_whitespace() {
            gap += if c == '\u{3000}' { 2 } else { 1 };
            continue;
        }
        if gap > 0 {
            if let Some(s) = start.take() {
                let end = content.get(..i).map_or(i, |b| b.trim_end().len());
                parts.push(Span::new(span.start + s, span.start + end));
            }
            wide_gap |= gap >= 2;
        }
        gap = 0;
        start.get_or_insert(i);
    }
    if let Some(s) = start {
        parts.push(Span::new(span.start + s, span.end));
    }
    let all_bodies = parts.iter().all(|p| {
        let t = ctx.slice(*p);
        t.chars().count() >= 3 && BODY_ENDINGS.iter().any(|e| keywords::ends_with(t, e))
    });
    if parts.len() >= 2 && wide_gap && all_bodies {
        parts
    } else {
        vec![span]
    }
}

/// The last non-blank line in `from..end`.
fn prev_content(ctx: &Ctx<'_>, from: usize, end: usize) -> Option<usize> {
    (from..end).rev().find(|&i| !ctx.is_blank(i))
}

/// The first non-blank line in `start..end`.
fn next_content(ctx: &Ctx<'_>, start: usize, end: usize) -> Option<usize> {
    (start..end).find(|&i| !ctx.is_blank(i))
}

/// How many non-blank lines at the end may be site boilerplate.
const BOILERPLATE_LINES: usize = 40;

/// Closing and boilerplate lines at the end, and where they begin.
///
/// Boilerplate starts at a line such as `本作品是…` or `返回顶部` among the
/// last lines, and everything after it is boilerplate too (a licence notice
/// broken over many lines); closing lines (`抄送：`) come before it.
fn tail_lines_and_start(ctx: &Ctx<'_>, from: usize, to: usize) -> (usize, Vec<(usize, TailKind)>) {
    let mut tail = Vec::new();
    let last_lines: Vec<usize> = (from..to)
        .rev()
        .filter(|&i| !ctx.is_blank(i))
        .take(BOILERPLATE_LINES)
        .collect();
    let mut start = to;
    if let Some(&first) = last_lines
        .iter()
        .rev()
        .find(|&&i| is_boilerplate(ctx.content(i)))
    {
        for &i in last_lines.iter().rev().filter(|&&i| i >= first) {
            tail.push((i, TailKind::Boilerplate));
        }
        start = first;
    }
    // Lines above, collected bottom up and put in front at the end:
    // prepending each would be quadratic.
    let mut above = Vec::new();
    while let Some(prev) = prev_content(ctx, from, start) {
        let content = ctx.content(prev);
        let kind = if is_boilerplate(content) {
            TailKind::Boilerplate
        } else if is_closing(content) {
            TailKind::Closing
        } else {
            break;
        };
        above.push((prev, kind));
        start = prev;
    }
    above.reverse();
    above.extend(tail);
    (start, above)
}

/// Where the closing lines begin, when there is no footer.
pub(crate) fn tail_start(ctx: &Ctx<'_>, from: usize, to: usize) -> usize {
    tail_lines_and_start(ctx, from, to).0
}

/// The closing lines, when there is no footer.
pub(crate) fn tail_lines(ctx: &Ctx<'_>, from: usize, to: usize) -> Vec<(usize, TailKind)> {
    tail_lines_and_start(ctx, from, to).1
}

/// `抄送：…`, `某某办公室　2023年1月12日印发`.
fn is_closing(content: &str) -> bool {
    ["抄送", "抄报", "分送", "主题词"]
        .iter()
        .any(|w| keywords::starts_with(content, w).is_some())
        || (keywords::ends_with(content, "印发") && content.chars().count() <= 60)
}

fn is_boilerplate(content: &str) -> bool {
    content.len() <= 240 && keywords::starts_with_any(content, BOILERPLATE)
}

impl crate::tree::Document {
    /// 成文日期 — the date of issue: the footer's date, or else a date
    /// standing alone in the head (Taiwan texts put it under the title:
    /// `中華民國94年3月1日`).
    ///
    /// ```
    /// let doc = gongwen::parse("財政部公告\n中華民國94年3月1日\n主旨：公告修正草案。\n部　　長　林　全\n", &gongwen::Options::new());
    /// let date = doc.issue_date().ok_or("no date")?;
    /// assert_eq!((date.year, date.month, date.day), (2005, Some(3), Some(1)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn issue_date(&self) -> Option<IssueDate> {
        if let Some(date) = self.footer.as_ref().and_then(|f| f.date.clone()) {
            return Some(date);
        }
        self.front.iter().find_map(|item| {
            if item.kind != crate::tree::FrontKind::Subtitle {
                return None;
            }
            let inner = item
                .text
                .trim_start_matches(['（', '('])
                .trim_end_matches(['）', ')']);
            let offset = item.text.find(inner)?;
            let m = dates::date_with_year(inner)
                .filter(|m| m.len == inner.len() && m.month.is_some())?;
            let start = item.span.start + offset;
            Some(IssueDate {
                text: inner.to_owned(),
                normalized: None,
                span: Span::new(start, start + inner.len()),
                year: m.year?,
                month: m.month,
                day: m.day,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_at_line_end() {
        assert_eq!(
            date_at_end("2023年1月12日"),
            Some(Span::new(0, 16)),
            "should take a whole date line"
        );
        assert_eq!(
            date_at_end("二〇二三年一月十二日").map(|s| s.start),
            Some(0),
            "should take CJK dates"
        );
        assert_eq!(
            date_at_end("某某局　2023年1月12日").map(|s| s.start),
            Some("某某局　".len()),
            "should find a date after a signatory"
        );
        assert_eq!(
            date_at_end("2023年工作回顾"),
            None,
            "should refuse a heading"
        );
    }

    #[test]
    fn person_lines() {
        for input in [
            "部　　長　林　全　出國",
            "政務次長　李瑞倉　代行",
            "总理　　李克强",
            "部　　長　陳雄文　請假",
        ] {
            assert!(
                is_person_line(input),
                "should read {input} as a person line"
            );
        }
        for input in ["清苑區委網信辦", "国务院", "总理李克强同志说，要加强。"]
        {
            assert!(
                !is_person_line(input),
                "should not read {input} as a person line"
            );
        }
    }

    #[test]
    fn notes_and_closing() {
        assert!(
            is_note("（此件公开发布）"),
            "should read a publication note"
        );
        assert!(
            is_note("（聯系人：王某，電話：12345678）"),
            "should read a contact note in Traditional"
        );
        assert!(
            !is_note("（一）加强领导"),
            "should not read a marker as a note"
        );
        assert!(is_closing("抄送：市委办公室"), "should read a copy-to line");
        assert!(
            is_boilerplate("返回頂部"),
            "should read boilerplate in Traditional"
        );
    }
}
