//! 大纲 — the outline: a document as an indented, human-readable tree.
//!
//! One line per node, in the style of rowan's debug trees, for snapshot
//! review and for `gongwen parse --format outline`:
//!
//! ```text
//! document schema=gongwen/1 encoding=UTF-8 bom=false detected=true bytes=144 script=simplified line_endings=lf
//! title@0..28 关于2023年工作的总结
//!   figure@6..13 date 2023 "2023年"
//! section@29..114 level=1
//!   marker@29..35 cjk_comma 1 一、
//!   heading@35..47 主要工作
//!   paragraph@48..114 全年开展培训300余期，一是抓学习，二是抓落实。
//!     figure@66..75 count 300 over 期 "300余期"
//!     item@78..96 ordinal=1 marker=一是@78..84
//!     item@96..114 ordinal=2 marker=二是@96..102
//! footer@116..143
//!   signatory@116..125 某某局
//!   date@126..143 2023-12-28 "2023年12月28日"
//!   figure@126..143 date 2023-12-28 "2023年12月28日"
//! ```
//!
//! Other kinds: `front@… banner 靈感範文站`, `addressee@…`, `preamble@…`,
//! `attachment@… 1 …`, `note@…`, `closing@…`, `noise@… duplicate_title …`,
//! `annex@…` with `label@…`, `title@…`, `preamble@…` and `section@…` under
//! it, `malformed@… offset=… length=…`, `diagnostic@… warning placeholder "…"`.
//!
//! Grammar of a line:
//!
//! ```text
//! line      = indent kind "@" start ".." end { " " attribute } [ " " text ]
//! indent    = two spaces per level of nesting; past 32 levels, 64 spaces
//!             then "+N " for the levels beyond
//! attribute = word | key "=" value | quoted
//! text      = the node's text, at most 40 chars, then "…"; \n \r \t escaped
//! ```
//!
//! Nodes are listed in the order of their spans, at the top level and
//! under each parent (ties keep field order: front, title, addressee,
//! preamble, sections, attachments, footer, closing, noise, annexes at the
//! top; items before figures in a paragraph); malformed byte ranges and
//! diagnostics come last. Sections are walked with an explicit stack, so
//! any depth of nesting is safe.

use crate::error::Diagnostic;
use crate::span::Span;
use crate::tree::{
    Annex, Attachment, DateValue, Document, Figure, Footer, FrontItem, IssueDate, Item,
    MalformedRange, Marker, Noise, Paragraph, Section, TextNode,
};
use serde::Serialize;
use std::fmt::Write as _;

/// Longest text shown on an outline line, in chars; longer texts end in `…`.
const MAX_TEXT_CHARS: usize = 40;

/// Deepest level shown by indentation alone.
const MAX_INDENT: usize = 32;

impl Document {
    /// 大纲 — the document as an indented tree, one line per node with its span.
    ///
    /// Deterministic: the same document always gives the same text, which
    /// makes the outline a good snapshot to review. Each line reads
    /// `kind@start..end attributes… text`, indented two spaces per level;
    /// spans are byte offsets into [`Document::text`]. Texts longer than 40
    /// chars are cut (never inside a char) and end in `…`; line breaks are
    /// escaped as `\n`. Nodes come in span order under their parent;
    /// malformed byte ranges and diagnostics come last. Sections nest to any
    /// depth without recursion; past 32 levels the indent stops growing and
    /// `+N ` counts the levels beyond, so the outline stays linear in size.
    ///
    /// ```
    /// let doc = gongwen::parse("关于2023年工作的总结\n一、主要工作\n全年开展培训300余期。\n", &gongwen::Options::new());
    /// let outline = doc.outline();
    /// let mut lines = outline.lines();
    /// assert!(lines.next().is_some_and(|line| line.starts_with("document schema=gongwen/1 encoding=UTF-8")));
    /// assert_eq!(lines.next(), Some("title@0..28 关于2023年工作的总结"));
    /// assert!(outline.contains("\n  marker@29..35 cjk_comma 1 一、\n"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn outline(&self) -> String {
        let mut out = String::new();
        let source = &self.source;
        let _ = writeln!(
            out,
            "document schema={} encoding={} bom={} detected={} bytes={} script={} line_endings={}",
            self.schema,
            source.encoding,
            source.bom,
            source.detected,
            source.bytes,
            name(&source.script),
            name(&source.line_endings),
        );
        let mut stack: Vec<(usize, Node<'_>)> = top_level(self)
            .into_iter()
            .rev()
            .map(|node| (0, node))
            .collect();
        while let Some((depth, node)) = stack.pop() {
            write_indent(&mut out, depth);
            node.write_line(&mut out);
            out.push('\n');
            let first_child = stack.len();
            node.push_children(depth + 1, &mut stack);
            if let Some(children) = stack.get_mut(first_child..) {
                // Span order (stable: ties keep field order), reversed for popping.
                children.sort_by_key(|(_, child)| child.span().start);
                children.reverse();
            }
        }
        out
    }
}

/// A reference to any node of the tree.
#[derive(Clone, Copy)]
enum Node<'a> {
    Front(&'a FrontItem),
    Title(&'a TextNode),
    Addressee(&'a TextNode),
    Preamble(&'a Paragraph),
    Section(&'a Section),
    Marker(&'a Marker),
    Heading(&'a TextNode),
    Paragraph(&'a Paragraph),
    Item(&'a Item),
    Figure(&'a Figure),
    Attachment(&'a Attachment),
    Footer(&'a Footer),
    Signatory(&'a TextNode),
    Date(&'a IssueDate),
    Note(&'a TextNode),
    Closing(&'a TextNode),
    Noise(&'a Noise),
    Annex(&'a Annex),
    Label(&'a TextNode),
    Malformed(&'a MalformedRange),
    Diagnostic(&'a Diagnostic),
}

/// The top-level nodes in span order, then malformed ranges and diagnostics.
fn top_level(doc: &Document) -> Vec<Node<'_>> {
    let mut nodes: Vec<Node<'_>> = Vec::new();
    nodes.extend(doc.front.iter().map(Node::Front));
    nodes.extend(doc.title.iter().map(Node::Title));
    nodes.extend(doc.addressee.iter().map(Node::Addressee));
    nodes.extend(doc.preamble.iter().map(Node::Preamble));
    nodes.extend(doc.sections.iter().map(Node::Section));
    nodes.extend(doc.attachments.iter().map(Node::Attachment));
    nodes.extend(doc.footer.iter().map(Node::Footer));
    nodes.extend(doc.closing.iter().map(Node::Closing));
    nodes.extend(doc.noise.iter().map(Node::Noise));
    nodes.extend(doc.annexes.iter().map(Node::Annex));
    // A stable sort: equal starts keep the field order above.
    nodes.sort_by_key(|node| node.span().start);
    nodes.extend(doc.source.malformed.iter().map(Node::Malformed));
    nodes.extend(doc.diagnostics.iter().map(Node::Diagnostic));
    nodes
}

impl<'a> Node<'a> {
    fn span(self) -> Span {
        match self {
            Node::Front(n) => n.span,
            Node::Title(n)
            | Node::Addressee(n)
            | Node::Heading(n)
            | Node::Signatory(n)
            | Node::Note(n)
            | Node::Closing(n)
            | Node::Label(n) => n.span,
            Node::Preamble(n) | Node::Paragraph(n) => n.span,
            Node::Section(n) => n.span,
            Node::Marker(n) => n.span,
            Node::Item(n) => n.span,
            Node::Figure(n) => n.span,
            Node::Attachment(n) => n.span,
            Node::Footer(n) => n.span,
            Node::Date(n) => n.span,
            Node::Noise(n) => n.span,
            Node::Annex(n) => n.span,
            Node::Malformed(n) => n.span,
            Node::Diagnostic(n) => n.span,
        }
    }

    fn kind(self) -> &'static str {
        match self {
            Node::Front(_) => "front",
            Node::Title(_) => "title",
            Node::Addressee(_) => "addressee",
            Node::Preamble(_) => "preamble",
            Node::Section(_) => "section",
            Node::Marker(_) => "marker",
            Node::Heading(_) => "heading",
            Node::Paragraph(_) => "paragraph",
            Node::Item(_) => "item",
            Node::Figure(_) => "figure",
            Node::Attachment(_) => "attachment",
            Node::Footer(_) => "footer",
            Node::Signatory(_) => "signatory",
            Node::Date(_) => "date",
            Node::Note(_) => "note",
            Node::Closing(_) => "closing",
            Node::Noise(_) => "noise",
            Node::Annex(_) => "annex",
            Node::Label(_) => "label",
            Node::Malformed(_) => "malformed",
            Node::Diagnostic(_) => "diagnostic",
        }
    }

    /// `kind@start..end attributes… text`, without indent or line end.
    fn write_line(self, out: &mut String) {
        let span = self.span();
        let _ = write!(out, "{}@{}..{}", self.kind(), span.start, span.end);
        match self {
            Node::Front(n) => {
                let _ = write!(out, " {}", name(&n.kind));
                push_text(out, &n.text);
            }
            Node::Title(n)
            | Node::Addressee(n)
            | Node::Heading(n)
            | Node::Signatory(n)
            | Node::Note(n)
            | Node::Closing(n)
            | Node::Label(n) => push_text(out, &n.text),
            Node::Preamble(n) | Node::Paragraph(n) => push_text(out, &n.text),
            Node::Section(n) => {
                let _ = write!(out, " level={}", n.level);
                if let Some(role) = &n.role {
                    let _ = write!(out, " role={}", name(role));
                }
                if n.run_in {
                    out.push_str(" run_in");
                }
            }
            Node::Marker(n) => {
                let _ = write!(out, " {} {}", name(&n.style), n.ordinal);
                push_text(out, &n.text);
            }
            Node::Item(n) => {
                let _ = write!(out, " ordinal={} marker=", n.ordinal);
                push_escaped(out, &n.marker);
                let _ = write!(out, "@{}..{}", n.marker_span.start, n.marker_span.end);
            }
            Node::Figure(n) => write_figure(out, n),
            Node::Attachment(n) => {
                let _ = write!(out, " {}", n.ordinal);
                push_text(out, &n.text);
            }
            Node::Footer(_) | Node::Annex(_) => {}
            Node::Date(n) => {
                let _ = write!(out, " {}", n.year);
                if let Some(month) = n.month {
                    let _ = write!(out, "-{month:02}");
                    if let Some(day) = n.day {
                        let _ = write!(out, "-{day:02}");
                    }
                }
                push_quoted(out, &n.text);
            }
            Node::Noise(n) => {
                let _ = write!(out, " {}", name(&n.kind));
                push_text(out, &n.text);
            }
            Node::Malformed(n) => {
                let _ = write!(out, " offset={} length={}", n.offset, n.length);
            }
            Node::Diagnostic(n) => {
                let _ = write!(out, " {} {}", name(&n.severity), name(&n.code));
                push_quoted(out, &n.message);
            }
        }
    }

    /// Push the children in field order (the caller sorts and reverses them).
    fn push_children(self, depth: usize, stack: &mut Vec<(usize, Node<'a>)>) {
        let mut push = |node: Node<'a>| stack.push((depth, node));
        match self {
            Node::Title(n)
            | Node::Addressee(n)
            | Node::Heading(n)
            | Node::Signatory(n)
            | Node::Note(n)
            | Node::Closing(n)
            | Node::Label(n) => n.figures.iter().map(Node::Figure).for_each(push),
            Node::Preamble(n) | Node::Paragraph(n) => {
                n.items.iter().map(Node::Item).for_each(&mut push);
                n.figures.iter().map(Node::Figure).for_each(push);
            }
            Node::Section(n) => {
                n.marker.iter().map(Node::Marker).for_each(&mut push);
                n.heading.iter().map(Node::Heading).for_each(&mut push);
                n.blocks.iter().map(Node::Paragraph).for_each(&mut push);
                n.children.iter().map(Node::Section).for_each(push);
            }
            Node::Attachment(n) => n.figures.iter().map(Node::Figure).for_each(push),
            Node::Annex(n) => {
                n.label.iter().map(Node::Label).for_each(&mut push);
                n.title.iter().map(Node::Title).for_each(&mut push);
                n.preamble.iter().map(Node::Preamble).for_each(&mut push);
                n.sections.iter().map(Node::Section).for_each(push);
            }
            Node::Footer(n) => {
                n.signatories
                    .iter()
                    .map(Node::Signatory)
                    .for_each(&mut push);
                n.date.iter().map(Node::Date).for_each(&mut push);
                n.notes.iter().map(Node::Note).for_each(&mut push);
                n.figures.iter().map(Node::Figure).for_each(push);
            }
            Node::Front(_)
            | Node::Marker(_)
            | Node::Item(_)
            | Node::Figure(_)
            | Node::Date(_)
            | Node::Noise(_)
            | Node::Malformed(_)
            | Node::Diagnostic(_) => {}
        }
    }
}

/// ` count 3-5 over 期 CNY 2023-01-12 "3-5次"`: the fields that are set.
fn write_figure(out: &mut String, figure: &Figure) {
    let _ = write!(out, " {}", name(&figure.kind));
    if let Some(value) = &figure.value {
        let _ = write!(out, " {value}");
        if let Some(upper) = &figure.upper {
            let _ = write!(out, "-{upper}");
        }
    }
    if let Some(approx) = &figure.approx {
        let _ = write!(out, " {}", name(approx));
    }
    if let Some(unit) = &figure.unit {
        out.push(' ');
        push_escaped(out, unit);
    }
    if let Some(currency) = &figure.currency {
        out.push(' ');
        push_escaped(out, currency);
    }
    if let Some(date) = &figure.date {
        out.push(' ');
        write_date(out, date);
    }
    push_quoted(out, &figure.text);
}

/// `2023-01-12`, `2023-01`, `?-07-07`, with ` inferred` when the year was inferred.
fn write_date(out: &mut String, date: &DateValue) {
    match date.year {
        Some(year) => {
            let _ = write!(out, "{year}");
        }
        None => out.push('?'),
    }
    if let Some(month) = date.month {
        let _ = write!(out, "-{month:02}");
        if let Some(day) = date.day {
            let _ = write!(out, "-{day:02}");
        }
    }
    if date.year_inferred {
        out.push_str(" inferred");
    }
}

/// Two spaces per level; past [`MAX_INDENT`] levels, the indent stops
/// growing and `+N ` tells how many levels deeper the line is, so that the
/// outline of a deeply nested tree stays linear in size.
fn write_indent(out: &mut String, depth: usize) {
    for _ in 0..depth.min(MAX_INDENT) {
        out.push_str("  ");
    }
    if depth > MAX_INDENT {
        let _ = write!(out, "+{} ", depth - MAX_INDENT);
    }
}

/// The serde name of a unit enum variant (`cjk_comma`, `duplicate_title`).
fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::from("?"),
    }
}

/// ` text`, abbreviated and escaped; nothing for empty text.
fn push_text(out: &mut String, text: &str) {
    if !text.is_empty() {
        out.push(' ');
        push_escaped(out, text);
    }
}

/// ` "text"`, abbreviated, escaped, with `"` and `\` escaped too.
fn push_quoted(out: &mut String, text: &str) {
    out.push_str(" \"");
    for c in abbreviated(text) {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => push_char(out, c),
        }
    }
    out.push('"');
}

/// The text abbreviated to [`MAX_TEXT_CHARS`], line breaks escaped.
fn push_escaped(out: &mut String, text: &str) {
    abbreviated(text).for_each(|c| push_char(out, c));
}

/// The first [`MAX_TEXT_CHARS`] chars, then `…` when there were more.
fn abbreviated(text: &str) -> impl Iterator<Item = char> + '_ {
    let more = text.chars().nth(MAX_TEXT_CHARS).is_some();
    text.chars().take(MAX_TEXT_CHARS).chain(more.then_some('…'))
}

/// One char, with control characters escaped so a line stays one line.
fn push_char(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decimal::Decimal;
    use crate::error::{DiagnosticCode, Severity};
    use crate::tree::*;

    fn text_node(text: &str, start: usize) -> TextNode {
        TextNode {
            text: text.to_owned(),
            normalized: None,
            span: Span::new(start, start + text.len()),
            figures: Vec::new(),
        }
    }

    fn paragraph(text: &str, start: usize) -> Paragraph {
        Paragraph {
            text: text.to_owned(),
            normalized: None,
            span: Span::new(start, start + text.len()),
            figures: Vec::new(),
            items: Vec::new(),
        }
    }

    fn figure(text: &str, start: usize, kind: FigureKind, value: i128) -> Figure {
        Figure {
            text: text.to_owned(),
            span: Span::new(start, start + text.len()),
            kind,
            value: Some(Decimal::from_int(value)),
            upper: None,
            approx: Some(Approx::Exact),
            unit: None,
            currency: None,
            date: None,
        }
    }

    fn section(
        level: u32,
        start: usize,
        marker: &str,
        style: MarkerStyle,
        ordinal: u32,
    ) -> Section {
        Section {
            level,
            span: Span::new(start, start + 10),
            marker: Some(Marker {
                text: marker.to_owned(),
                style,
                ordinal,
                span: Span::new(start, start + marker.len()),
            }),
            heading: None,
            run_in: false,
            role: None,
            blocks: Vec::new(),
            children: Vec::new(),
        }
    }

    fn empty() -> Document {
        crate::parse("", &crate::Options::new())
    }

    /// A document with one node of every kind, built by hand so that the
    /// outline does not depend on the parser.
    fn every_kind() -> Document {
        let mut doc = empty();
        doc.source.encoding = "GBK".to_owned();
        doc.source.detected = true;
        doc.source.bytes = 999;
        doc.source.script = Script::Traditional;
        doc.source.line_endings = LineEndings::Lf;
        doc.source.malformed.push(MalformedRange {
            offset: 700,
            length: 1,
            span: Span::new(690, 693),
        });
        doc.front.push(FrontItem {
            kind: FrontKind::Banner,
            text: "靈感範文站".to_owned(),
            normalized: None,
            span: Span::new(0, 15),
        });
        let mut title = text_node("網信辦2022年度工作總結", 16);
        let mut year = figure("2022年度", 25, FigureKind::Date, 0);
        year.value = None;
        year.approx = None;
        year.date = Some(DateValue {
            year: Some(2022),
            month: None,
            day: None,
            year_inferred: false,
        });
        title.figures.push(year);
        doc.title = Some(title);
        doc.addressee = Some(text_node("區委網信辦：", 60));
        doc.preamble
            .push(paragraph("根據有關規定，現總結如下:", 80));
        let mut top = section(1, 200, "四、", MarkerStyle::CjkComma, 4);
        top.role = Some(Role::Problems);
        top.heading = Some(text_node("存在的問題", 206));
        let mut body = paragraph("一是思想掌控不夠全面深入，開展300餘期", 222);
        body.items.push(Item {
            marker: "一是".to_owned(),
            ordinal: 1,
            span: Span::new(222, 260),
            marker_span: Span::new(222, 228),
        });
        let mut count = figure("300餘期", 270, FigureKind::Count, 300);
        count.approx = Some(Approx::Over);
        count.unit = Some("期".to_owned());
        body.figures.push(count);
        top.blocks.push(body);
        let mut child = section(2, 300, "（一）", MarkerStyle::CjkParen, 1);
        child.run_in = true;
        top.children.push(child);
        doc.sections.push(top);
        doc.attachments.push(Attachment {
            ordinal: 1,
            text: "重點項目清單".to_owned(),
            normalized: None,
            span: Span::new(400, 430),
            figures: Vec::new(),
        });
        doc.footer = Some(Footer {
            span: Span::new(500, 560),
            signatories: vec![text_node("清苑區委網信辦", 500)],
            date: Some(IssueDate {
                text: "2023年1月12日".to_owned(),
                normalized: None,
                span: Span::new(522, 539),
                year: 2023,
                month: Some(1),
                day: Some(12),
            }),
            notes: vec![text_node("（此件公開發布）", 540)],
            figures: Vec::new(),
        });
        doc.closing.push(text_node("抄送：市委網信辦", 600));
        doc.noise.push(Noise {
            kind: NoiseKind::DuplicateTitle,
            text: "網信辦2022年度工作總結".to_owned(),
            normalized: None,
            span: Span::new(150, 185),
        });
        doc.annexes.push(Annex {
            span: Span::new(640, 689),
            label: Some(text_node("附件1", 640)),
            title: Some(text_node("民生實事清單", 648)),
            preamble: vec![paragraph("說明", 667)],
            sections: vec![section(1, 674, "一、", MarkerStyle::CjkComma, 1)],
        });
        doc.diagnostics.push(Diagnostic {
            code: DiagnosticCode::Placeholder,
            severity: Severity::Warning,
            message: "template placeholder \"xx\" left in".to_owned(),
            span: Span::new(280, 284),
        });
        doc
    }

    #[test]
    fn outline_of_every_node_kind() {
        let expected = "\
document schema=gongwen/1 encoding=GBK bom=false detected=true bytes=999 script=traditional line_endings=lf
front@0..15 banner 靈感範文站
title@16..47 網信辦2022年度工作總結
  figure@25..35 date 2022 \"2022年度\"
addressee@60..78 區委網信辦：
preamble@80..117 根據有關規定，現總結如下:
noise@150..185 duplicate_title 網信辦2022年度工作總結
section@200..210 level=1 role=problems
  marker@200..206 cjk_comma 4 四、
  heading@206..221 存在的問題
  paragraph@222..276 一是思想掌控不夠全面深入，開展300餘期
    item@222..260 ordinal=1 marker=一是@222..228
    figure@270..279 count 300 over 期 \"300餘期\"
  section@300..310 level=2 run_in
    marker@300..309 cjk_paren 1 （一）
attachment@400..430 1 重點項目清單
footer@500..560
  signatory@500..521 清苑區委網信辦
  date@522..539 2023-01-12 \"2023年1月12日\"
  note@540..564 （此件公開發布）
closing@600..624 抄送：市委網信辦
annex@640..689
  label@640..647 附件1
  title@648..666 民生實事清單
  preamble@667..673 說明
  section@674..684 level=1
    marker@674..680 cjk_comma 1 一、
malformed@690..693 offset=700 length=1
diagnostic@280..284 warning placeholder \"template placeholder \\\"xx\\\" left in\"
";
        assert_eq!(
            every_kind().outline(),
            expected,
            "should print one line per node, in span order, children indented"
        );
    }

    #[test]
    fn outline_is_deterministic() {
        let doc = every_kind();
        assert_eq!(
            doc.outline(),
            doc.clone().outline(),
            "should print the same outline twice"
        );
    }

    #[test]
    fn long_and_multiline_texts() {
        let cases: [(&str, &str, &str); 4] = [
            ("短", "preamble@0..3 短\n", "should print short text as is"),
            (
                "第一行\n第二行\r\n",
                "preamble@0..3 第一行\\n第二行\\r\\n\n",
                "should escape line breaks so a node stays on one line",
            ),
            (
                "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
                "preamble@0..3 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十\n",
                "should keep exactly 40 chars whole",
            ),
            (
                "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十多",
                "preamble@0..3 一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十…\n",
                "should cut after 40 chars, never inside a char, and mark the cut with …",
            ),
        ];
        for (text, expected, message) in cases {
            let mut doc = empty();
            let mut node = paragraph(text, 0);
            node.span = Span::new(0, 3);
            doc.preamble.push(node);
            let outline = doc.outline();
            let line = outline.split_once('\n').map(|(_, rest)| rest);
            assert_eq!(line, Some(expected), "{message}");
        }
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let depth = 100_000;
        let mut innermost = section(1, 0, "1.", MarkerStyle::ArabicDot, 1);
        for _ in 1..depth {
            let mut parent = section(1, 0, "1.", MarkerStyle::ArabicDot, 1);
            parent.children.push(innermost);
            innermost = parent;
        }
        let mut doc = empty();
        doc.sections.push(innermost);
        let outline = doc.outline();
        assert_eq!(
            outline
                .lines()
                .filter(|line| line.contains("section@"))
                .count(),
            depth,
            "should print every one of 100000 nested sections without recursion"
        );
        assert!(
            outline.len() < depth * 200,
            "should stay linear in size, not grow with depth squared: {} bytes",
            outline.len()
        );
        let deepest = outline.lines().last().unwrap_or_default();
        assert_eq!(
            deepest,
            format!(
                "{}+{} marker@0..2 arabic_dot 1 1.",
                "  ".repeat(MAX_INDENT),
                depth - MAX_INDENT
            ),
            "should count the levels past the indent limit"
        );
        // Dropping the tree itself recurses; forget it so that the test
        // measures the renderer only.
        std::mem::forget(doc);
    }

    #[test]
    fn figure_fields() {
        let mut range = figure("3-5次", 0, FigureKind::Count, 3);
        range.upper = Some(Decimal::from_int(5));
        range.unit = Some("次".to_owned());
        let mut money = figure("新臺幣五百萬元", 0, FigureKind::Money, 5_000_000);
        money.unit = Some("元".to_owned());
        money.currency = Some("TWD".to_owned());
        let mut inferred = figure("7月7日", 0, FigureKind::Date, 0);
        inferred.value = None;
        inferred.approx = None;
        inferred.date = Some(DateValue {
            year: Some(2022),
            month: Some(7),
            day: Some(7),
            year_inferred: true,
        });
        let mut unknown_year = inferred.clone();
        unknown_year.date = Some(DateValue {
            year: None,
            month: Some(7),
            day: None,
            year_inferred: false,
        });
        let cases = [
            (
                range,
                " count 3-5 exact 次 \"3-5次\"",
                "should print a range as lower-upper",
            ),
            (
                money,
                " money 5000000 exact 元 TWD \"新臺幣五百萬元\"",
                "should print the currency after the unit",
            ),
            (
                inferred,
                " date 2022-07-07 inferred \"7月7日\"",
                "should mark an inferred year",
            ),
            (
                unknown_year,
                " date ?-07 \"7月7日\"",
                "should print ? for a missing year",
            ),
        ];
        for (figure, expected, message) in cases {
            let mut out = String::new();
            write_figure(&mut out, &figure);
            assert_eq!(out, expected, "{message}");
        }
    }
}
