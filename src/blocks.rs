//! 结构 — the document pipeline: head, footer, body, annexes.
//!
//! ```text
//! document = head body [footer] [annex…] tail
//! head     = { front-line } [title { front-line }] [addressee]
//! body     = preamble { section }
//! footer   = { signatory } date { note }          (落款)
//! tail     = { closing | boilerplate }
//! ```
//!
//! The pipeline works on [`Line`]s: [`head`](crate::head) takes the lines
//! before the body, [`footer`](crate::footer) finds the signature block that
//! ends the letter (at the end, or in mid-document when an attached text
//! follows), and [`body`](crate::body) builds the sections from what lies
//! between. Every line ends up in exactly one node.

use crate::anomalies;
use crate::body::{self, BodyOutput};
use crate::decode::Decoded;
use crate::error::Diagnostic;
use crate::figures::{extract_into, FigureContext};
use crate::footer;
use crate::head;
use crate::lines::{self, Line};
use crate::options::Options;
use crate::span::Span;
use crate::tree::*;

/// Shared state of one parse: the text, its lines, what is known so far.
pub(crate) struct Ctx<'t> {
    pub(crate) text: &'t str,
    pub(crate) lines: &'t [Line],
    pub(crate) figures: FigureContext,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) max_depth: u32,
}

impl<'t> Ctx<'t> {
    /// The content of line `index` (empty past the end).
    pub(crate) fn content(&self, index: usize) -> &'t str {
        self.lines.get(index).map_or("", |l| l.content(self.text))
    }

    /// The content span of line `index`.
    pub(crate) fn line_span(&self, index: usize) -> Span {
        self.lines
            .get(index)
            .map_or(Span::default(), |l| Span::new(l.start, l.end))
    }

    /// Whether line `index` is blank (or past the end).
    pub(crate) fn is_blank(&self, index: usize) -> bool {
        self.lines.get(index).is_none_or(|l| l.is_blank())
    }

    /// The text of `span`.
    pub(crate) fn slice(&self, span: Span) -> &'t str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// Figures stated in the pieces, in order.
    pub(crate) fn figures_in(&mut self, pieces: &[Span]) -> Vec<Figure> {
        let mut out = Vec::new();
        for &piece in pieces {
            let text = self.slice(piece);
            extract_into(
                text,
                piece.start,
                &self.figures,
                &mut out,
                &mut self.diagnostics,
            );
        }
        // Trees stay in memory by the thousand: no spare capacity per node.
        out.shrink_to_fit();
        out
    }

    /// A text node over pieces of text (lines of a title, say): the text is
    /// the pieces joined, the span covers them all.
    pub(crate) fn text_node(&mut self, pieces: &[Span]) -> TextNode {
        let text = self.joined(pieces);
        let span = cover(pieces);
        let figures = self.figures_in(pieces);
        TextNode {
            text,
            normalized: None,
            span,
            figures,
        }
    }

    /// The pieces' texts joined without separators.
    pub(crate) fn joined(&self, pieces: &[Span]) -> String {
        let mut text = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
        for &piece in pieces {
            text.push_str(self.slice(piece));
        }
        text
    }
}

/// The span covering all `pieces` (empty at 0 when there are none).
pub(crate) fn cover(pieces: &[Span]) -> Span {
    match (pieces.first(), pieces.last()) {
        (Some(first), Some(last)) => first.cover(*last),
        _ => Span::default(),
    }
}

/// Build the document tree from decoded text.
pub(crate) fn build(decoded: Decoded, input_bytes: usize, options: &Options) -> Document {
    let malformed_diagnostics = decoded.diagnostics();
    let (script, script_counts) = crate::script::detect(&decoded.text);
    let Decoded {
        text,
        encoding,
        bom,
        detected,
        malformed,
    } = decoded;
    let (lines, line_endings) = lines::split(&text);
    let mut ctx = Ctx {
        text: &text,
        lines: &lines,
        figures: FigureContext::default(),
        diagnostics: Vec::new(),
        max_depth: options.depth_limit(),
    };
    let mut noise = Vec::new();

    let head = head::parse(&mut ctx, &mut noise);
    let title_year = head.title.as_ref().and_then(|t| year_in(&t.text));
    let found = footer::find(&ctx, head.next_line, lines.len());
    let footer_year = found.as_ref().and_then(|f| f.date_year(&ctx));
    ctx.figures.report_year = title_year.or(footer_year);

    let (body_end, annex_range) = match &found {
        Some(f) => (f.first_line, (f.last_line + 1, f.tail_start)),
        None => {
            let tail = footer::tail_start(&ctx, head.next_line, lines.len());
            (tail, (tail, tail))
        }
    };
    let title_text = head.title.as_ref().map(|t| t.text.clone());
    let BodyOutput {
        preamble,
        sections,
        mut attachments,
        annexes: inner_annexes,
    } = body::parse(
        &mut ctx,
        head.next_line,
        body_end,
        title_text.as_deref(),
        &mut noise,
    );
    let mut annexes = inner_annexes;
    let (footer_node, tail_lines) = match found {
        Some(f) => {
            let tail = f.tail.clone();
            (Some(f.into_footer(&mut ctx)), tail)
        }
        None => (None, footer::tail_lines(&ctx, body_end, lines.len())),
    };
    if annex_range.0 < annex_range.1 {
        annexes.extend(body::parse_annexes(
            &mut ctx,
            annex_range.0,
            annex_range.1,
            &mut noise,
            &mut attachments,
        ));
    }
    let mut closing = Vec::new();
    for (index, kind) in tail_lines {
        let span = ctx.line_span(index);
        match kind {
            footer::TailKind::Closing => closing.push(ctx.text_node(&[span])),
            footer::TailKind::Boilerplate => noise.push(Noise {
                kind: NoiseKind::Boilerplate,
                text: ctx.slice(span).to_owned(),
                normalized: None,
                span,
            }),
        }
    }
    noise.sort_by_key(|n| n.span.start);

    let mut diagnostics = std::mem::take(&mut ctx.diagnostics);
    anomalies::scan(&text, &mut diagnostics);
    diagnostics.extend(malformed_diagnostics);
    diagnostics.sort_by_key(|d| (d.span.start, d.span.end));

    #[cfg_attr(not(feature = "convert"), allow(unused_mut))]
    let mut document = Document {
        schema: SCHEMA.to_owned(),
        source: Source {
            encoding: encoding.to_owned(),
            bom,
            detected,
            bytes: input_bytes,
            malformed,
            script,
            script_counts,
            line_endings,
        },
        title: head.title,
        front: head.front,
        addressee: head.addressee,
        attachments,
        preamble,
        sections,
        footer: footer_node,
        closing,
        noise,
        annexes,
        diagnostics,
        text,
    };
    #[cfg(feature = "convert")]
    if let Some(conversion) = options.conversion() {
        crate::convert::normalize(&mut document, conversion);
    }
    document
}

/// The first plausible year (1900–2099, four digits before `年`) in `text`.
fn year_in(text: &str) -> Option<i32> {
    let mut rest = text;
    while let Some(pos) = rest.find('年') {
        let before = rest.get(..pos).unwrap_or("");
        let digits: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if digits.len() == 4 {
            if let Ok(year) = digits.parse::<i32>() {
                if (1900..2100).contains(&year) {
                    return Some(year);
                }
            }
        }
        rest = rest.get(pos + '年'.len_utf8()..).unwrap_or("");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::year_in;

    #[test]
    fn report_year_from_title() {
        assert_eq!(
            year_in("網信辦2022年度宣傳思想文化工作總結"),
            Some(2022),
            "should find 2022年度"
        );
        assert_eq!(
            year_in("关于12345年的总结"),
            None,
            "should refuse five digits"
        );
        assert_eq!(year_in("工作总结"), None, "should find no year");
    }
}
