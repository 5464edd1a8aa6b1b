//! 无损 — check that the tree accounts for every byte of the text.

use crate::span::Span;
use crate::tree::{Document, Paragraph, Section, TextNode};

/// Why a tree does not account for its text.
///
/// ```
/// let doc = gongwen::parse("标题\n正文。\n", &gongwen::Options::new());
/// assert!(doc.check_lossless().is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message} at {span:?}")]
pub struct LosslessError {
    /// What is wrong.
    pub message: String,
    /// Where.
    pub span: Span,
}

fn fail<T>(message: impl Into<String>, span: Span) -> Result<T, LosslessError> {
    Err(LosslessError {
        message: message.into(),
        span,
    })
}

struct Checker<'d> {
    text: &'d str,
    leaves: Vec<Span>,
}

impl Checker<'_> {
    fn valid(&self, span: Span, what: &str) -> Result<(), LosslessError> {
        if span.end > self.text.len() || span.start > span.end {
            return fail(format!("{what} span out of bounds"), span);
        }
        if !self.text.is_char_boundary(span.start) || !self.text.is_char_boundary(span.end) {
            return fail(format!("{what} span not on char boundaries"), span);
        }
        Ok(())
    }

    fn inside(&self, parent: Span, child: Span, what: &str) -> Result<(), LosslessError> {
        self.valid(child, what)?;
        if parent.contains(child) {
            Ok(())
        } else {
            fail(format!("{what} outside its parent {parent:?}"), child)
        }
    }

    fn leaf(&mut self, span: Span, what: &str) -> Result<(), LosslessError> {
        self.valid(span, what)?;
        self.leaves.push(span);
        Ok(())
    }

    fn text_node(&mut self, node: &TextNode, what: &str) -> Result<(), LosslessError> {
        self.leaf(node.span, what)?;
        for f in &node.figures {
            self.inside(node.span, f.span, "figure")?;
        }
        Ok(())
    }

    fn paragraph(&mut self, p: &Paragraph) -> Result<(), LosslessError> {
        self.leaf(p.span, "paragraph")?;
        for f in &p.figures {
            self.inside(p.span, f.span, "figure")?;
        }
        for item in &p.items {
            self.inside(p.span, item.span, "item")?;
            self.inside(item.span, item.marker_span, "item marker")?;
        }
        Ok(())
    }

    fn sections(
        &mut self,
        parent: Option<Span>,
        sections: &[Section],
    ) -> Result<(), LosslessError> {
        let mut stack: Vec<(Option<Span>, &Section)> =
            sections.iter().rev().map(|s| (parent, s)).collect();
        while let Some((parent, section)) = stack.pop() {
            match parent {
                Some(p) => self.inside(p, section.span, "section")?,
                None => self.valid(section.span, "section")?,
            }
            if let Some(marker) = &section.marker {
                self.inside(section.span, marker.span, "marker")?;
                self.leaf(marker.span, "marker")?;
            }
            if let Some(heading) = &section.heading {
                self.inside(section.span, heading.span, "heading")?;
                self.text_node(heading, "heading")?;
            }
            for block in &section.blocks {
                self.inside(section.span, block.span, "paragraph")?;
                self.paragraph(block)?;
            }
            stack.extend(
                section
                    .children
                    .iter()
                    .rev()
                    .map(|c| (Some(section.span), c)),
            );
        }
        Ok(())
    }
}

impl Document {
    /// Check the promise that nothing is dropped: every span lies on char
    /// boundaries inside the text, children lie inside their parents, leaf
    /// spans do not overlap, and every byte outside them is whitespace.
    ///
    /// ```
    /// let doc = gongwen::parse("網信辦工作總結\n一、主要工作\n開展活動13次。\n", &gongwen::Options::new());
    /// doc.check_lossless()?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check_lossless(&self) -> Result<(), LosslessError> {
        let mut c = Checker {
            text: &self.text,
            leaves: Vec::new(),
        };
        for item in &self.front {
            c.leaf(item.span, "front")?;
        }
        if let Some(title) = &self.title {
            c.text_node(title, "title")?;
        }
        if let Some(addressee) = &self.addressee {
            c.text_node(addressee, "addressee")?;
        }
        for p in &self.preamble {
            c.paragraph(p)?;
        }
        c.sections(None, &self.sections)?;
        for a in &self.attachments {
            c.leaf(a.span, "attachment")?;
            for f in &a.figures {
                c.inside(a.span, f.span, "figure")?;
            }
        }
        if let Some(footer) = &self.footer {
            c.valid(footer.span, "footer")?;
            for s in &footer.signatories {
                c.inside(footer.span, s.span, "signatory")?;
                c.text_node(s, "signatory")?;
            }
            if let Some(date) = &footer.date {
                c.inside(footer.span, date.span, "date")?;
                c.leaf(date.span, "date")?;
            }
            for n in &footer.notes {
                c.inside(footer.span, n.span, "note")?;
                c.text_node(n, "note")?;
            }
            for f in &footer.figures {
                c.inside(footer.span, f.span, "figure")?;
            }
        }
        for annex in &self.annexes {
            c.valid(annex.span, "annex")?;
            for node in [&annex.label, &annex.title].into_iter().flatten() {
                c.inside(annex.span, node.span, "annex title")?;
                c.text_node(node, "annex title")?;
            }
            for p in &annex.preamble {
                c.inside(annex.span, p.span, "paragraph")?;
                c.paragraph(p)?;
            }
            c.sections(Some(annex.span), &annex.sections)?;
        }
        for n in &self.closing {
            c.text_node(n, "closing")?;
        }
        for n in &self.noise {
            c.leaf(n.span, "noise")?;
        }
        for d in &self.diagnostics {
            c.valid(d.span, "diagnostic")?;
        }
        let mut leaves = c.leaves;
        leaves.sort_unstable_by_key(|s| (s.start, s.end));
        let mut covered = 0;
        for span in leaves {
            if span.start < covered {
                return fail("leaf spans overlap", span);
            }
            let gap = Span::new(covered, span.start);
            if !self
                .text
                .get(gap.range())
                .is_some_and(|g| g.chars().all(char::is_whitespace))
            {
                return fail("text outside every leaf span", gap);
            }
            covered = span.end;
        }
        let gap = Span::new(covered, self.text.len());
        if !self
            .text
            .get(gap.range())
            .is_some_and(|g| g.chars().all(char::is_whitespace))
        {
            return fail("text outside every leaf span", gap);
        }
        Ok(())
    }
}
