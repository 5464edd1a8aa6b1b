//! 数字 — figures (temporary seam; the figure extractor lands from its own branch).

use crate::error::Diagnostic;
use crate::tree::Figure;

/// What the extractor knows of the document around a piece of text.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FigureContext {
    /// The year the document reports on.
    pub(crate) report_year: Option<i32>,
}

/// Append the figures stated in `text` (at byte offset `base`) to `out`.
pub(crate) fn extract_into(
    _text: &str,
    _base: usize,
    _ctx: &FigureContext,
    _out: &mut Vec<Figure>,
    _diagnostics: &mut Vec<Diagnostic>,
) {
}
