//! 遍历 — every figure of a document, in document order, with where it sits.
//!
//! [`Document::figures`] walks the tree without recursion (documents can
//! nest deeply) in this order: title, addressee, preamble, sections
//! depth-first (heading, then blocks, then subsections), attachments, footer,
//! closing lines, then annexes (label, title, preamble, sections).

use crate::tree::{Document, Figure, Paragraph, Section};
use serde::Serialize;

/// 所在节点 — the kind of node a figure sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// 标题 — the title.
    Title,
    /// 主送机关 — the addressee line.
    Addressee,
    /// A paragraph before the first section.
    Preamble,
    /// A section heading.
    Heading,
    /// A paragraph inside a section.
    Paragraph,
    /// 附件 — an entry of the attachment list.
    Attachment,
    /// 落款 — the footer (signatories, date of issue, notes).
    Footer,
    /// 抄送 — a closing line after the footer.
    Closing,
    /// The label or title of an annex (`附件1`, the attached plan's title).
    Annex,
}

/// 带位置的数字 — a figure with the section it sits in.
///
/// ```
/// let text = "2022年工作总结\n一、主要工作\n（一）宣传。发布信息300余期。\n";
/// let doc = gongwen::parse(text, &gongwen::Options::new());
/// let located = doc.figures();
/// let last = located.last().ok_or("no figure")?;
/// assert_eq!(last.figure.text, "300余期");
/// assert_eq!(last.section_path, "一/（一）");
/// assert_eq!(last.node, gongwen::NodeKind::Paragraph);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LocatedFigure<'a> {
    /// The figure.
    pub figure: &'a Figure,
    /// The markers of the enclosing sections joined by `/`, each without its
    /// trailing `、` `.` `．` `,` (`二/（一）`); an unnumbered section gives
    /// its heading text; empty outside sections. Inside an annex the path
    /// starts with the annex's label or title (`附件1/一`).
    pub section_path: String,
    /// The kind of node it sits in.
    pub node: NodeKind,
}

/// A section's part of a path: its marker without trailing punctuation, or
/// its heading when it has no marker.
fn component(section: &Section) -> &str {
    match (&section.marker, &section.heading) {
        (Some(marker), _) => marker.text.trim_end_matches(['、', '.', '．', ',']),
        (None, Some(heading)) => heading.text.as_str(),
        (None, None) => "",
    }
}

fn join(prefix: &str, part: &str) -> String {
    match (prefix.is_empty(), part.is_empty()) {
        (true, _) => part.to_owned(),
        (false, true) => prefix.to_owned(),
        (false, false) => format!("{prefix}/{part}"),
    }
}

struct Walker<'a> {
    out: Vec<LocatedFigure<'a>>,
}

impl<'a> Walker<'a> {
    fn push(&mut self, figures: &'a [Figure], path: &str, node: NodeKind) {
        self.out.extend(figures.iter().map(|figure| LocatedFigure {
            figure,
            section_path: path.to_owned(),
            node,
        }));
    }

    fn paragraphs(&mut self, paragraphs: &'a [Paragraph], path: &str, node: NodeKind) {
        for paragraph in paragraphs {
            self.push(&paragraph.figures, path, node);
        }
    }

    /// Depth-first over `sections` with an explicit stack.
    fn sections(&mut self, sections: &'a [Section], prefix: &str) {
        let mut stack: Vec<(&'a Section, String)> = sections
            .iter()
            .rev()
            .map(|s| (s, join(prefix, component(s))))
            .collect();
        while let Some((section, path)) = stack.pop() {
            if let Some(heading) = &section.heading {
                self.push(&heading.figures, &path, NodeKind::Heading);
            }
            self.paragraphs(&section.blocks, &path, NodeKind::Paragraph);
            for child in section.children.iter().rev() {
                let child_path = join(&path, component(child));
                stack.push((child, child_path));
            }
        }
    }
}

impl Document {
    /// Every figure of the document in document order, with the section
    /// path and the kind of node it sits in.
    ///
    /// 全部数字 — see [`LocatedFigure`] for the path format.
    ///
    /// ```
    /// let text = "关于2023年工作的总结\n一、主要工作\n全年开展培训300余期，覆盖1.5万人。\n\n某某局\n2023年12月28日\n";
    /// let doc = gongwen::parse(text, &gongwen::Options::new());
    /// let located = doc.figures();
    /// let rows: Vec<(&str, &str)> = located
    ///     .iter()
    ///     .map(|f| (f.figure.text.as_str(), f.section_path.as_str()))
    ///     .collect();
    /// assert_eq!(rows.first(), Some(&("2023年", "")));
    /// assert!(rows.contains(&("300余期", "一")));
    /// assert!(rows.contains(&("1.5万人", "一")));
    /// assert_eq!(rows.last(), Some(&("2023年12月28日", "")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn figures(&self) -> Vec<LocatedFigure<'_>> {
        let mut walker = Walker { out: Vec::new() };
        if let Some(title) = &self.title {
            walker.push(&title.figures, "", NodeKind::Title);
        }
        if let Some(addressee) = &self.addressee {
            walker.push(&addressee.figures, "", NodeKind::Addressee);
        }
        walker.paragraphs(&self.preamble, "", NodeKind::Preamble);
        walker.sections(&self.sections, "");
        for attachment in &self.attachments {
            walker.push(&attachment.figures, "", NodeKind::Attachment);
        }
        if let Some(footer) = &self.footer {
            walker.push(&footer.figures, "", NodeKind::Footer);
        }
        for line in &self.closing {
            walker.push(&line.figures, "", NodeKind::Closing);
        }
        for annex in &self.annexes {
            let name = annex
                .label
                .as_ref()
                .or(annex.title.as_ref())
                .map_or("", |n| n.text.as_str());
            for node in [&annex.label, &annex.title].into_iter().flatten() {
                walker.push(&node.figures, name, NodeKind::Annex);
            }
            walker.paragraphs(&annex.preamble, name, NodeKind::Paragraph);
            walker.sections(&annex.sections, name);
        }
        walker.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::{Marker, MarkerStyle, TextNode};
    use crate::{Decimal, FigureKind, Span};

    fn figure(text: &str) -> Figure {
        Figure {
            text: text.to_owned(),
            span: Span::new(0, text.len()),
            kind: FigureKind::Count,
            value: Some(Decimal::from_int(1)),
            upper: None,
            approx: None,
            unit: None,
            currency: None,
            date: None,
        }
    }

    fn section(marker: Option<&str>, heading: &str, fig: &str, children: Vec<Section>) -> Section {
        Section {
            level: 1,
            span: Span::new(0, 0),
            marker: marker.map(|m| Marker {
                text: m.to_owned(),
                style: MarkerStyle::CjkComma,
                ordinal: 1,
                span: Span::new(0, 0),
            }),
            heading: Some(TextNode {
                text: heading.to_owned(),
                normalized: None,
                span: Span::new(0, 0),
                figures: vec![figure(&format!("{fig}-h"))],
            }),
            run_in: false,
            role: None,
            blocks: vec![Paragraph {
                text: String::new(),
                normalized: None,
                span: Span::new(0, 0),
                figures: vec![figure(&format!("{fig}-p"))],
                items: Vec::new(),
            }],
            children,
        }
    }

    #[test]
    fn paths_and_order() {
        let mut doc = crate::parse("", &crate::Options::new());
        doc.sections = vec![
            section(
                Some("二、"),
                "打造",
                "a",
                vec![section(Some("（一）"), "领导", "b", Vec::new())],
            ),
            section(None, "关于外交工作", "c", Vec::new()),
            section(Some("3."), "其他", "d", Vec::new()),
        ];
        let rows: Vec<(String, String, NodeKind)> = doc
            .figures()
            .into_iter()
            .map(|f| (f.figure.text.clone(), f.section_path, f.node))
            .collect();
        let expected = [
            ("a-h", "二", NodeKind::Heading),
            ("a-p", "二", NodeKind::Paragraph),
            ("b-h", "二/（一）", NodeKind::Heading),
            ("b-p", "二/（一）", NodeKind::Paragraph),
            ("c-h", "关于外交工作", NodeKind::Heading),
            ("c-p", "关于外交工作", NodeKind::Paragraph),
            ("d-h", "3", NodeKind::Heading),
            ("d-p", "3", NodeKind::Paragraph),
        ];
        let expected: Vec<(String, String, NodeKind)> = expected
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
            .collect();
        assert_eq!(
            rows, expected,
            "should walk heading, blocks, children depth-first with marker paths"
        );
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let mut doc = crate::parse("", &crate::Options::new());
        let mut node = section(Some("1."), "x", "leaf", Vec::new());
        for _ in 0..3_000 {
            node = section(Some("1."), "x", "n", vec![node]);
        }
        doc.sections = vec![node];
        let found = doc.figures();
        assert_eq!(
            found.len(),
            6_002,
            "should visit every level of a 3001-deep tree"
        );
        assert_eq!(
            found.last().map(|f| f.figure.text.as_str()),
            Some("leaf-p"),
            "should end with the deepest paragraph"
        );
        // Dropping a deep tree recurses in Drop; flatten it first.
        let mut stack = std::mem::take(&mut doc.sections);
        while let Some(mut s) = stack.pop() {
            stack.append(&mut s.children);
        }
    }
}
