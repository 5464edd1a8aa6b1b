//! 错误与诊断 — errors for raw input, diagnostics for oddities in a document.
//!
//! [`Error`] covers only what stops a tree from being built at all: bytes that
//! do not decode (unless lossy), input that is not text, input over a limit.
//! Everything odd about a document that *does* decode becomes a
//! [`Diagnostic`] beside the tree, with the byte span it concerns.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Why raw input could not be turned into a document.
///
/// ```
/// let err = gongwen::parse_bytes(b"\xff\xfe\xfd", &gongwen::Options::new().encoding_label("utf-8")?)
///     .unwrap_err();
/// assert_eq!(err.code(), "malformed");
/// assert_eq!(err.offset(), Some(0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Bytes that are not valid in the encoding, at `offset` in the original input.
    #[error("malformed {encoding} at byte {offset} ({length} byte{})", if *length == 1 { "" } else { "s" })]
    Malformed {
        /// The encoding the bytes were read as.
        encoding: String,
        /// Byte offset of the first malformed sequence in the original input.
        offset: usize,
        /// Its length in bytes.
        length: usize,
    },
    /// The input is binary data, not text.
    #[error("not a text document: looks like {kind}")]
    NotText {
        /// What it looks like (`"PDF"`, `"ZIP archive"`, `"PNG image"`, …).
        kind: String,
    },
    /// An encoding label that no encoding answers to.
    #[error("unknown encoding label {label:?}")]
    UnknownEncoding {
        /// The label as given.
        label: String,
    },
    /// The input is larger than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[error("input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
}

impl Error {
    /// A short stable code for machines: `malformed`, `not_text`,
    /// `unknown_encoding`, `too_large`.
    ///
    /// ```
    /// let err = gongwen::Error::NotText { kind: "PDF".into() };
    /// assert_eq!(err.code(), "not_text");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Error::Malformed { .. } => "malformed",
            Error::NotText { .. } => "not_text",
            Error::UnknownEncoding { .. } => "unknown_encoding",
            Error::TooLarge { .. } => "too_large",
        }
    }

    /// The byte offset in the original input the error concerns, if any.
    ///
    /// ```
    /// let err = gongwen::Error::Malformed { encoding: "GBK".into(), offset: 7, length: 1 };
    /// assert_eq!(err.offset(), Some(7));
    /// ```
    pub fn offset(&self) -> Option<usize> {
        match self {
            Error::Malformed { offset, .. } => Some(*offset),
            _ => None,
        }
    }
}

/// 诊断 — something odd about a document, with where it is.
///
/// ```
/// let doc = gongwen::parse("一、概况\n今年发布信息xx余条。\n", &gongwen::Options::new());
/// let diag = &doc.diagnostics[0];
/// assert_eq!(diag.code, gongwen::DiagnosticCode::Placeholder);
/// assert_eq!(doc.text.get(diag.span.range()), Some("xx"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// What kind of oddity.
    pub code: DiagnosticCode,
    /// How serious.
    pub severity: Severity,
    /// A lowercase sentence for people.
    pub message: String,
    /// The text it concerns.
    pub span: Span,
}

impl Diagnostic {
    /// A warning.
    pub(crate) fn warning(code: DiagnosticCode, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: Severity::Warning,
            message: message.into(),
            span,
        }
    }

    /// A note.
    pub(crate) fn info(code: DiagnosticCode, span: Span, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: Severity::Info,
            message: message.into(),
            span,
        }
    }
}

/// Kinds of diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DiagnosticCode {
    /// A template placeholder left in (`xx`, `××`, `**`, `__`, `20xx年`).
    Placeholder,
    /// Section numbering skips or repeats (`一、` then `三、`).
    NumberingGap,
    /// Bytes that did not decode were replaced by U+FFFD (lossy decoding).
    Malformed,
    /// A number too large to represent exactly.
    NumberOverflow,
    /// Sections nested deeper than the limit; deeper markers were kept as text.
    DepthLimit,
    /// Control characters (NUL, bidi controls) inside the text.
    ControlCharacter,
}

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; the tree is as good as without it.
    Info,
    /// The tree may be less accurate around the span.
    Warning,
}
