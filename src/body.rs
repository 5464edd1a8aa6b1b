//! 正文 — preamble, sections, paragraphs, attachments.
//!
//! A plain state machine over the body lines. A marker opens a section only
//! at a line start and in sequence:
//!
//! - it continues an open section of the same style (`二、` after `一、`;
//!   a gap of up to two numbers is accepted with a `numbering_gap`
//!   diagnostic);
//! - or it is a `1` of a style that is not open: it nests under the deepest
//!   open section whose style appeared *earlier* in the document (styles
//!   take their rank from the order in which they first appear, as
//!   reStructuredText does with adornments), closing deeper ones;
//! - or it is a `1` of a style that is open higher up: a list restarting
//!   inside a deeper section, nested under it.
//!
//! Anything else (`1次…`, `三、` with no `二、` before it) is body text.
//! Short standalone lines after which the top-level numbering restarts are
//! unnumbered part headings (`关于外交工作`), sections of their own.

use crate::blocks::{cover, Ctx};
use crate::error::{Diagnostic, DiagnosticCode};
use crate::head::{is_cjk, is_title_like};
use crate::heading::{role_of, split_heading, HeadingSplit};
use crate::items;
use crate::keywords;
use crate::markers::{self, MarkerMatch};
use crate::span::Span;
use crate::tree::{
    Annex, Attachment, Marker, MarkerStyle, Noise, NoiseKind, Paragraph, Section, TextNode,
};

/// What the body holds.
pub(crate) struct BodyOutput {
    pub(crate) preamble: Vec<Paragraph>,
    pub(crate) sections: Vec<Section>,
    pub(crate) attachments: Vec<Attachment>,
    pub(crate) annexes: Vec<Annex>,
}

/// Longest unnumbered part heading, in chars.
const PART_HEADING_CHARS: usize = 25;

struct Open {
    section: Section,
    style: Option<MarkerStyle>,
    /// A marker alone on its line: the next short line is its heading.
    awaiting_heading: bool,
}

struct Builder<'c, 't> {
    ctx: &'c mut Ctx<'t>,
    styles: Vec<MarkerStyle>,
    /// The last number each style reached, anywhere.
    last_ordinal: Vec<(MarkerStyle, u32)>,
    stack: Vec<Open>,
    sections: Vec<Section>,
    preamble: Vec<Paragraph>,
    pieces: Vec<Span>,
    attachments: Vec<Attachment>,
}

/// Parse lines `from..to` as the body of the document.
pub(crate) fn parse(
    ctx: &mut Ctx<'_>,
    from: usize,
    to: usize,
    title: Option<&str>,
    noise: &mut Vec<Noise>,
) -> BodyOutput {
    // An `附件1` line alone starts an annex: the body ends there.
    let annex_at = (from..to).find(|&i| is_annex_label(ctx.content(i)) && i > from);
    let body_end = annex_at.unwrap_or(to);
    let mut builder = Builder::new(ctx);
    builder.run(from, body_end, title, noise);
    let (preamble, sections) = builder.finish();
    let mut attachments = std::mem::take(&mut builder.attachments);
    let annexes = match annex_at {
        Some(at) => parse_annexes(builder.ctx, at, to, noise, &mut attachments),
        None => Vec::new(),
    };
    BodyOutput {
        preamble,
        sections,
        attachments,
        annexes,
    }
}

/// Parse lines `from..to` as attached texts, each with its own title.
/// Attachment lists found in them are appended to `attachments`.
pub(crate) fn parse_annexes(
    ctx: &mut Ctx<'_>,
    from: usize,
    to: usize,
    noise: &mut Vec<Noise>,
    attachments: &mut Vec<Attachment>,
) -> Vec<Annex> {
    let mut starts: Vec<usize> = (from..to)
        .filter(|&i| is_annex_label(ctx.content(i)))
        .collect();
    if starts.first() != Some(&from) {
        starts.insert(0, from);
    }
    let mut annexes = Vec::new();
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(to);
        let mut index = start;
        let skip_blank = |ctx: &Ctx<'_>, mut i: usize| {
            while i < end && ctx.is_blank(i) {
                i += 1;
            }
            i
        };
        index = skip_blank(ctx, index);
        if index >= end {
            continue;
        }
        let label = if is_annex_label(ctx.content(index)) {
            let span = ctx.line_span(index);
            index = skip_blank(ctx, index + 1);
            Some(ctx.text_node(&[span]))
        } else {
            None
        };
        let title = if index < end && is_title_like(ctx.content(index)) {
            let span = ctx.line_span(index);
            index += 1;
            Some(ctx.text_node(&[span]))
        } else {
            None
        };
        let mut builder = Builder::new(&mut *ctx);
        let title_text = title.as_ref().map(|t| t.text.clone());
        builder.run(index, end, title_text.as_deref(), noise);
        let (preamble, sections) = builder.finish();
        attachments.append(&mut builder.attachments);
        let spans = [
            label.as_ref().map(|l| l.span),
            title.as_ref().map(|t| t.span),
            preamble.first().map(|p| p.span),
            preamble.last().map(|p| p.span),
            sections.first().map(|s| s.span),
            sections.last().map(|s| s.span),
        ];
        let first = spans.iter().flatten().map(|s| s.start).min().unwrap_or(0);
        let last = spans.iter().flatten().map(|s| s.end).max().unwrap_or(first);
        annexes.push(Annex {
            span: Span::new(first, last),
            label,
            title,
            preamble,
            sections,
        });
    }
    annexes
}

/// `附件`, `附件1`, `附件二`, `附件 3`: the label over an attached text.
fn is_annex_label(content: &str) -> bool {
    let Some(len) = keywords::starts_with(content, "附件") else {
        return false;
    };
    let rest = content.get(len..).unwrap_or("").trim();
    rest.chars().count() <= 3
        && rest
            .chars()
            .all(|c| c.is_ascii_digit() || crate::numerals::cjk_digit(c).is_some() || c == '十')
}

impl<'c, 't> Builder<'c, 't> {
    fn new(ctx: &'c mut Ctx<'t>) -> Self {
        Builder {
            ctx,
            styles: Vec::new(),
            last_ordinal: Vec::new(),
            stack: Vec::new(),
            sections: Vec::new(),
            preamble: Vec::new(),
            pieces: Vec::new(),
            attachments: Vec::new(),
        }
    }

    fn run(&mut self, from: usize, to: usize, title: Option<&str>, noise: &mut Vec<Noise>) {
        // `## 一、招新与培训`: a Markdown heading mark left by a conversion is
        // markup; what follows it is read like any line.
        let markdown: Vec<usize> = (from..to)
            .map(|i| markdown_mark(self.ctx.content(i)))
            .collect();
        let line_of = |ctx: &Ctx<'_>, i: usize| {
            let span = ctx.line_span(i);
            let mark = markdown.get(i - from).copied().unwrap_or(0);
            trim_start_span(ctx, Span::new(span.start + mark, span.end))
        };
        let markers: Vec<Option<MarkerMatch>> = (from..to)
            .map(|i| markers::marker(self.ctx.slice(line_of(self.ctx, i))))
            .collect();
        let parts = self.part_headings(from, to, &markers);
        let mut previous_blank = true;
        for index in from..to {
            if self.ctx.is_blank(index) {
                previous_blank = true;
                continue;
            }
            let whole = self.ctx.line_span(index);
            let span = line_of(self.ctx, index);
            let content = self.ctx.slice(span);
            let is_markdown = span.start > whole.start;
            if is_markdown {
                let mark = Span::new(
                    whole.start,
                    whole.start + markdown.get(index - from).copied().unwrap_or(0),
                );
                let mark = Span::new(
                    mark.start,
                    mark.start + self.ctx.slice(mark).trim_end().len(),
                );
                noise.push(Noise {
                    kind: NoiseKind::Markup,
                    text: self.ctx.slice(mark).to_owned(),
                    normalized: None,
                    span: mark,
                });
            }
            let was_blank = std::mem::replace(&mut previous_blank, false);
            if title == Some(content) {
                self.flush();
                noise.push(Noise {
                    kind: NoiseKind::DuplicateTitle,
                    text: content.to_owned(),
                    normalized: None,
                    span,
                });
                continue;
            }
            if !is_markdown && self.attachment_line(index, content) {
                continue;
            }
            let marker = markers.get(index - from).copied().flatten();
            if let Some(m) = marker {
                if self.open_marked(span, m) {
                    continue;
                }
            }
            if parts.contains(&index) || is_markdown {
                self.open_part(span, span);
                continue;
            }
            if self.take_heading(span) {
                continue;
            }
            self.add_line(span, was_blank);
        }
        self.flush();
    }

    /// Close everything; return the preamble and top-level sections.
    fn finish(&mut self) -> (Vec<Paragraph>, Vec<Section>) {
        self.flush();
        while self.close_one() {}
        let mut preamble = std::mem::take(&mut self.preamble);
        items::annotate(self.ctx.text, &mut preamble);
        (preamble, std::mem::take(&mut self.sections))
    }

    /// Pop the deepest open section into its parent. False when none is open.
    fn close_one(&mut self) -> bool {
        let Some(mut open) = self.stack.pop() else {
            return false;
        };
        items::annotate(self.ctx.text, &mut open.section.blocks);
        let mut section = open.section;
        section.blocks.shrink_to_fit();
        section.children.shrink_to_fit();
        match self.stack.last_mut() {
            Some(parent) => {
                parent.section.span = parent.section.span.cover(section.span);
                parent.section.children.push(section);
            }
            None => self.sections.push(section),
        }
        true
    }

    /// Close sections until `depth` remain open.
    fn close_to(&mut self, depth: usize) {
        while self.stack.len() > depth && self.close_one() {}
    }

    /// Whether an open section of style `open` may hold a `style` section
    /// (whose first-appearance rank is `rank`). Part headings hold all;
    /// 第N部分 → 第N章 → 第N节 → 第N条 keep their own order; other
    /// styles rank by first appearance.
    fn outranks(&self, open: Option<MarkerStyle>, style: MarkerStyle, rank: usize) -> bool {
        let Some(open) = open else { return true };
        match (statute_rank(open), statute_rank(style)) {
            (Some(a), Some(b)) => a < b,
            _ => self.rank(Some(open)).is_some_and(|r| r < rank),
        }
    }

    fn rank(&self, style: Option<MarkerStyle>) -> Option<usize> {
        style.and_then(|s| self.styles.iter().position(|&x| x == s))
    }

    /// Where a marker goes: the depth of its parent, and whether it skips numbers.
    fn place(&mut self, m: MarkerMatch) -> Option<(usize, bool)> {
        let ordinal_at = |o: &Open| o.section.marker.as_ref().map_or(0, |mk| mk.ordinal);
        let same_style: Vec<usize> = (0..self.stack.len())
            .rev()
            .filter(|&i| self.stack.get(i).is_some_and(|o| o.style == Some(m.style)))
            .collect();
        // The next number of an open section of this style, deepest first;
        // then a small gap.
        for &idx in &same_style {
            let prev = self.stack.get(idx).map_or(0, ordinal_at);
            if m.ordinal == prev + 1 {
                return Some((idx, false));
            }
        }
        for &idx in &same_style {
            let prev = self.stack.get(idx).map_or(0, ordinal_at);
            if m.ordinal > prev + 1 && m.ordinal <= prev + 3 {
                return Some((idx, true));
            }
        }
        if let Some(&deepest) = same_style.first() {
            if m.ordinal != 1 {
                return None;
            }
            // A list restarting at 1: beside the deepest section of its style
            // when that is the deepest open one, else nested under it all.
            return Some(if deepest + 1 == self.stack.len() {
                (deepest, false)
            } else {
                (self.stack.len(), false)
            });
        }
        // Numbering that runs on across parents: （一）…（四） under 一、,
        // （五）…（八） under 二、.
        let continues = self
            .last_ordinal
            .iter()
            .any(|&(style, n)| style == m.style && m.ordinal == n + 1);
        if m.ordinal != 1 && !continues {
            return None;
        }
        let rank = match self.rank(Some(m.style)) {
            Some(r) => r,
            None => {
                self.styles.push(m.style);
                self.styles.len() - 1
            }
        };
        // Nest under the deepest open section whose style ranks above this one.
        let parent = self
            .stack
            .iter()
            .rposition(|o| self.outranks(o.style, m.style, rank));
        Some((parent.map_or(0, |p| p + 1), false))
    }

    /// Open a section for a marker line. False when the marker is out of sequence.
    fn open_marked(&mut self, line: Span, m: MarkerMatch) -> bool {
        let Some((depth, gap)) = self.place(m) else {
            return false;
        };
        if depth as u32 >= self.ctx.max_depth {
            self.ctx.diagnostics.push(Diagnostic::warning(
                DiagnosticCode::DepthLimit,
                line,
                format!(
                    "section nested deeper than {} levels kept as body text",
                    self.ctx.max_depth
                ),
            ));
            return false;
        }
        self.flush();
        self.close_to(depth);
        let marker_span = Span::new(line.start, line.start + m.len);
        if gap {
            self.ctx.diagnostics.push(Diagnostic::warning(
                DiagnosticCode::NumberingGap,
                marker_span,
                format!("numbering skips to {}", m.ordinal),
            ));
        }
        let marker = Marker {
            text: self.ctx.slice(marker_span).to_owned(),
            style: m.style,
            ordinal: m.ordinal,
            span: marker_span,
        };
        let rest = trim_start_span(self.ctx, Span::new(marker_span.end, line.end));
        let mut section = Section {
            level: depth as u32 + 1,
            span: line,
            marker: Some(marker),
            heading: None,
            run_in: false,
            role: None,
            blocks: Vec::new(),
            children: Vec::new(),
        };
        let mut awaiting_heading = false;
        if rest.is_empty() {
            awaiting_heading = m.style != MarkerStyle::Article;
        } else {
            // 第N条 articles have no headings: their text is the provision.
            let split = if m.style == MarkerStyle::Article {
                HeadingSplit::Body
            } else {
                split_heading(self.ctx.slice(rest))
            };
            match split {
                HeadingSplit::Heading {
                    text_len,
                    heading_len,
                } => {
                    let span = Span::new(rest.start, rest.start + heading_len);
                    section.heading = Some(self.heading_node(span, text_len));
                    let body = trim_start_span(self.ctx, Span::new(span.end, rest.end));
                    if !body.is_empty() {
                        section.run_in = true;
                        self.pieces.push(body);
                    }
                }
                HeadingSplit::Body => self.pieces.push(rest),
            }
        }
        section.role = section.heading.as_ref().and_then(|h| role_of(&h.text));
        match self
            .last_ordinal
            .iter_mut()
            .find(|(style, _)| *style == m.style)
        {
            Some(entry) => entry.1 = m.ordinal,
            None => self.last_ordinal.push((m.style, m.ordinal)),
        }
        self.stack.push(Open {
            section,
            style: Some(m.style),
            awaiting_heading,
        });
        if !self.pieces.is_empty() {
            self.flush();
        }
        true
    }

    /// A heading node whose text leaves out its closing punctuation.
    fn heading_node(&mut self, span: Span, text_len: usize) -> TextNode {
        let text_span = Span::new(span.start, span.start + text_len);
        let mut node = self.ctx.text_node(&[text_span]);
        node.span = span;
        node
    }

    /// After a marker alone on its line, a short line is its heading.
    fn take_heading(&mut self, span: Span) -> bool {
        let Some(open) = self.stack.last_mut() else {
            return false;
        };
        if !std::mem::replace(&mut open.awaiting_heading, false) {
            return false;
        }
        let content = self.ctx.slice(span);
        let HeadingSplit::Heading {
            text_len,
            heading_len,
        } = split_heading(content)
        else {
            return false;
        };
        if heading_len != content.len() {
            return false;
        }
        let node = self.heading_node(span, text_len);
        if let Some(open) = self.stack.last_mut() {
            open.section.role = role_of(&node.text);
            open.section.span = open.section.span.cover(span);
            open.section.heading = Some(node);
        }
        true
    }

    /// Open an unnumbered part heading: the line is `span`, its text `text`.
    fn open_part(&mut self, span: Span, text: Span) {
        self.flush();
        self.close_to(0);
        let mut heading = self.ctx.text_node(&[text]);
        heading.span = span;
        let role = role_of(&heading.text);
        let section = Section {
            level: 1,
            span,
            marker: None,
            heading: Some(heading),
            run_in: false,
            role,
            blocks: Vec::new(),
            children: Vec::new(),
        };
        self.stack.push(Open {
            section,
            style: None,
            awaiting_heading: false,
        });
    }

    /// Add a body line to the paragraph being built, or start a new one.
    fn add_line(&mut self, span: Span, after_blank: bool) {
        if let Some(&last) = self.pieces.last() {
            // Whether the paragraph so far holds 20 chars: counted up to
            // the 20th only, so that a long run of lines stays linear.
            let long_enough = self
                .pieces
                .iter()
                .flat_map(|p| self.ctx.slice(*p).chars())
                .nth(19)
                .is_some();
            let unfinished = !ends_sentence(self.ctx.slice(last));
            let line = self.ctx.slice(span);
            let continues = unfinished
                && (long_enough
                    || line.starts_with(is_continuing_punct)
                    || self.ctx.slice(last).ends_with(is_opening));
            if after_blank || !continues {
                self.flush();
            }
        }
        self.pieces.push(span);
    }

    /// Finish the paragraph being built.
    fn flush(&mut self) {
        if self.pieces.is_empty() {
            return;
        }
        let pieces = std::mem::take(&mut self.pieces);
        let text = self.ctx.joined(&pieces);
        let span = cover(&pieces);
        let figures = self.ctx.figures_in(&pieces);
        let paragraph = Paragraph {
            text,
            normalized: None,
            span,
            figures,
            items: Vec::new(),
        };
        match self.stack.last_mut() {
            Some(open) => {
                open.awaiting_heading = false;
                open.section.span = open.section.span.cover(span);
                open.section.blocks.push(paragraph);
            }
            None => self.preamble.push(paragraph),
        }
    }

    /// `附件：1.…` and the numbered lines after it.
    fn attachment_line(&mut self, index: usize, content: &str) -> bool {
        let line = self.ctx.line_span(index);
        if let Some(len) = keywords::starts_with(content, "附件") {
            let rest = content.get(len..).unwrap_or("");
            let Some(colon) = rest.chars().next().filter(|c| matches!(c, '：' | ':')) else {
                return false;
            };
            let after = rest.get(colon.len_utf8()..).unwrap_or("").trim_start();
            if after.is_empty() {
                return false;
            }
            self.flush();
            let (ordinal, name_start) = match markers::marker(after) {
                Some(m) => (m.ordinal, line.end - after.len() + m.len),
                None => (1, line.end - after.len()),
            };
            self.push_attachment(ordinal, line, Span::new(name_start, line.end));
            return true;
        }
        // A numbered line right after an attachment entry continues the list.
        let Some(last) = self.attachments.last() else {
            return false;
        };
        let between = self.ctx.slice(Span::new(last.span.end, line.start));
        if !between.trim().is_empty() {
            return false;
        }
        match markers::marker(content) {
            Some(m) if m.ordinal == last.ordinal + 1 && content.chars().count() <= 80 => {
                let name = trim_start_span(self.ctx, Span::new(line.start + m.len, line.end));
                self.push_attachment(m.ordinal, line, name);
                true
            }
            _ => false,
        }
    }

    fn push_attachment(&mut self, ordinal: u32, span: Span, name: Span) {
        let name = trim_start_span(self.ctx, name);
        let text = self.ctx.slice(name).to_owned();
        let figures = self.ctx.figures_in(&[name]);
        self.attachments.push(Attachment {
            ordinal,
            text,
            normalized: None,
            span,
            figures,
        });
    }

    /// Unnumbered part headings: short standalone lines after which the
    /// top-level numbering starts again at 1.
    fn part_headings(&self, from: usize, to: usize, markers: &[Option<MarkerMatch>]) -> Vec<usize> {
        let marker_at = |i: usize| markers.get(i - from).copied().flatten();
        let Some(top) = (from..to)
            .find_map(|i| marker_at(i).filter(|m| m.ordinal == 1))
            .map(|m| m.style)
        else {
            return Vec::new();
        };
        let mut candidates = Vec::new();
        let mut previous_finished = true;
        for i in from..to {
            if self.ctx.is_blank(i) {
                continue;
            }
            let content = self.ctx.content(i);
            if marker_at(i).is_none() && previous_finished && is_part_heading_like(content) {
                candidates.push(i);
            }
            previous_finished =
                ends_sentence(content) || marker_at(i).is_some() || is_part_heading_like(content);
        }
        // The first top-level marker at or after each line, in one backward
        // pass: searching onwards from every candidate would be quadratic.
        let mut next_top_at: Vec<Option<MarkerMatch>> = vec![None; to.saturating_sub(from) + 1];
        for i in (from..to).rev() {
            let here = marker_at(i)
                .filter(|m| m.style == top)
                .or_else(|| next_top_at.get(i + 1 - from).copied().flatten());
            if let Some(slot) = next_top_at.get_mut(i - from) {
                *slot = here;
            }
        }
        // A candidate is a part heading when the top-level numbering after it
        // starts at 1 (or does not go on at all).
        let mut confirmed = Vec::new();
        let mut restarts = 0;
        let mut last_top = 0u32;
        let mut next_candidate = candidates.iter().peekable();
        for i in from..to {
            if next_candidate.peek().is_some_and(|&&c| c == i) {
                next_candidate.next();
                let next_top = next_top_at.get(i + 1 - from).copied().flatten();
                match next_top {
                    Some(m) if m.ordinal == 1 => {
                        if last_top > 0 {
                            restarts += 1;
                        }
                        confirmed.push(i);
                    }
                    None if last_top > 0 => confirmed.push(i),
                    _ => {}
                }
            }
            if let Some(m) = marker_at(i).filter(|m| m.style == top) {
                last_top = m.ordinal;
            }
        }
        if restarts == 0 || confirmed.len() < 2 {
            return Vec::new();
        }
        confirmed
    }
}

/// The fixed order of the 第N styles of statutes.
fn statute_rank(style: MarkerStyle) -> Option<u8> {
    match style {
        MarkerStyle::Part => Some(0),
        MarkerStyle::Chapter => Some(1),
        MarkerStyle::Subchapter => Some(2),
        MarkerStyle::Article => Some(3),
        _ => None,
    }
}

/// Bytes of a Markdown heading mark (`## `) at the start of a line, or 0.
fn markdown_mark(content: &str) -> usize {
    let hashes = content.len() - content.trim_start_matches('#').len();
    match content.get(hashes..) {
        Some(rest)
            if hashes > 0
                && hashes <= 6
                && rest.starts_with([' ', '\u{3000}'])
                && !rest.trim().is_empty() =>
        {
            content.len() - rest.trim_start().len()
        }
        _ => 0,
    }
}

/// A short standalone line with no punctuation: `关于外交工作`, `结束语`.
fn is_part_heading_like(content: &str) -> bool {
    let chars = content.chars().count();
    (2..=PART_HEADING_CHARS).contains(&chars)
        && content.chars().filter(|&c| is_cjk(c)).count() * 2 > chars
        && !content.contains([
            '。', '！', '？', '；', '，', '：', ':', ',', '!', '?', ';', '（', '(', '—', '《', '“',
        ])
        && !keywords::contains(content, "附件")
}

/// Whether a line ends a sentence (so the next line starts a new paragraph).
fn ends_sentence(line: &str) -> bool {
    line.ends_with([
        '。', '！', '？', '；', '：', '…', '”', '」', '』', '）', ')', '.', '!', '?', ';', ':', '|',
    ])
}

fn is_continuing_punct(c: char) -> bool {
    matches!(
        c,
        '，' | '、' | '。' | '；' | '：' | '）' | '》' | '”' | '」' | ',' | ')' | '.'
    )
}

fn is_opening(c: char) -> bool {
    matches!(c, '《' | '“' | '「' | '（' | '(' | '—')
}

fn trim_start_span(ctx: &Ctx<'_>, span: Span) -> Span {
    let text = ctx.slice(span);
    let lead = text.len() - text.trim_start().len();
    Span::new(span.start + lead, span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_heading_shapes() {
        assert!(
            is_part_heading_like("关于外交工作"),
            "should accept a short standalone heading"
        );
        assert!(
            is_part_heading_like("結束語"),
            "should accept a Traditional one"
        );
        assert!(
            !is_part_heading_like("各位代表！"),
            "should refuse an exclamation"
        );
        assert!(
            !is_part_heading_like("第一，"),
            "should refuse an item marker"
        );
        assert!(!is_part_heading_like("2.5"), "should refuse a bare number");
    }

    #[test]
    fn annex_labels() {
        for input in ["附件", "附件1", "附件 2", "附件二"] {
            assert!(
                is_annex_label(input),
                "should read {input} as an annex label"
            );
        }
        assert!(
            !is_annex_label("附件：2023年重点项目清单"),
            "should not read an attachment list as a label"
        );
    }
}
