//! # gongwen — 公文解析
//!
//! Turns Chinese administrative documents — 工作总结, 年度总结, 述职报告,
//! 工作报告, 通知 — into a typed, serde-serializable tree: title, numbered
//! sections at every depth, run-in headings, enumerations, the footer
//! (signatories and date of issue) and the figures stated in the text.
//! Simplified and Traditional script alike; legacy encodings too.
//!
//! ## Entry points
//!
//! - [`parse`] — text to [`Document`]; never fails, never panics.
//! - [`parse_bytes`] — raw file bytes to [`Document`], or an [`Error`] that
//!   names the byte offset of what could not be read (UTF-8, UTF-16, GBK,
//!   GB18030 and Big5, detected or given with [`Options::encoding`]).
//! - [`figures::extract`] — the figures of any text, no document needed;
//!   [`Document::figures`] walks every figure of a tree with its section path.
//! - [`numerals::parse`] — Chinese and Arabic numerals to exact values.
//! - [`Document::check_lossless`] — proves every byte is accounted for;
//!   [`Document::original_range`] and [`OriginMap`] map spans back to the
//!   bytes of the original file; [`Document::issue_date`] gives the date of
//!   issue wherever it stands.
//!
//! ```
//! let text = "关于2023年工作的总结\n一、主要工作\n全年开展培训300余期。\n\n某某局\n2023年12月28日\n";
//! let doc = gongwen::parse(text, &gongwen::Options::new());
//! assert_eq!(doc.title.as_ref().map(|t| t.text.as_str()), Some("关于2023年工作的总结"));
//! assert_eq!(doc.sections[0].heading.as_ref().map(|h| h.text.as_str()), Some("主要工作"));
//! let footer = doc.footer.as_ref().ok_or("no footer")?;
//! assert_eq!(footer.signatories[0].text, "某某局");
//! assert_eq!(footer.date.as_ref().map(|d| (d.year, d.month, d.day)), Some((2023, Some(12), Some(28))));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Design
//!
//! - **Parsing text never fails.** Like rowan and markdown-rs, [`parse`]
//!   builds a tree for any string. Oddities become [`Diagnostic`]s with a
//!   byte span. Only raw bytes can fail ([`parse_bytes`]).
//! - **Spans are byte offsets** into [`Document::text`], the decoded UTF-8 text.
//! - **Nothing is dropped.** Every byte of the text lies in exactly one leaf
//!   span or in whitespace between spans; [`Document::check_lossless`] verifies it.
//! - **Values are exact** ([`Decimal`]); the source is never normalised.
//!
//! # Panics
//!
//! No function of this crate panics on any input. Library code is compiled
//! with clippy's `unwrap_used`, `expect_used`, `panic`, `indexing_slicing` and
//! `string_slice` lints and `#![forbid(unsafe_code)]`.
//!
//! # Features
//!
//! - `cli` (off by default): the `gongwen` command-line program. It turns
//!   on `convert`, so that `gongwen parse --convert s|t` always works.
//! - `convert` (off by default): 繁简转换 — `Options::convert` fills a
//!   `normalized` field beside the `text` of titles, headings, paragraphs,
//!   front lines, attachments, footer lines and noise with the text in
//!   Simplified or Traditional script (`Conversion`), by OpenCC's phrase
//!   tables through the pure-Rust `hanconv` crate (MIT; the OpenCC data is
//!   Apache-2.0). Parsing never depends on it and spans keep pointing into
//!   the original [`Document::text`]; without it the field is absent from
//!   the JSON. Needs Rust 1.88.
//!
//! # Glossary
//!
//! | term | meaning | in the tree |
//! |---|---|---|
//! | 标题 | title | [`Document::title`] |
//! | 主送机关 | addressee | [`Document::addressee`] |
//! | 正文 | body | [`Document::preamble`], [`Document::sections`] |
//! | 落款 | footer (signature block) | [`Document::footer`] |
//! | 成文日期 | date of issue | [`Footer::date`] |
//! | 附件 | attachment | [`Document::attachments`] |
//! | 抄送 | copy to | [`Document::closing`] |

#![forbid(unsafe_code)]
#![warn(missing_docs, unreachable_pub)]
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::print_stdout
)]

mod anomalies;
mod blocks;
mod body;
#[cfg(feature = "convert")]
mod convert;
mod dates;
mod decimal;
mod decode;
mod error;
pub mod figures;
mod footer;
mod head;
mod heading;
mod items;
mod keywords;
mod lines;
mod lossless;
mod markers;
pub mod numerals;
mod options;
mod render;
mod script;
mod span;
mod tree;
mod walk;

#[cfg(feature = "convert")]
pub use convert::Conversion;
pub use decimal::{Decimal, ParseDecimalError};
pub use decode::OriginMap;
pub use error::{Diagnostic, DiagnosticCode, Error, Severity};
pub use lossless::LosslessError;
pub use options::Options;
pub use span::Span;
pub use tree::*;
pub use walk::{LocatedFigure, NodeKind};

/// Parse a document from text. Never fails and never panics.
///
/// ```
/// let doc = gongwen::parse("各位代表：\n现在，我代表市人民政府作报告。\n", &gongwen::Options::new());
/// assert!(doc.title.is_none());
/// assert_eq!(doc.addressee.as_ref().map(|a| a.text.as_str()), Some("各位代表："));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse(text: &str, options: &Options) -> Document {
    let decoded = decode::Decoded {
        text: text.to_owned(),
        encoding: "UTF-8",
        bom: false,
        detected: false,
        malformed: Vec::new(),
    };
    blocks::build(decoded, text.len(), options)
}

/// Parse a document from raw bytes, in whatever encoding they come.
///
/// The encoding is taken from a byte-order mark (UTF-8, UTF-16LE/BE), else
/// detected: UTF-16 without BOM by its NUL bytes, UTF-8 by validity, and
/// otherwise GBK, GB18030 or Big5 by `chardetng` on a bounded prefix.
/// [`Options::encoding`] overrides detection. `source.encoding`, `source.bom`
/// and `source.detected` record what was used; spans point into the decoded
/// [`Document::text`], and [`Document::original_range`] maps them back to
/// the input bytes.
///
/// # Errors
///
/// - [`Error::Malformed`]: bytes invalid in the encoding, with the offset and
///   length of the first bad sequence in the input. With
///   [`Options::lossy`] they become U+FFFD instead, each range listed in
///   `source.malformed` with a `malformed` diagnostic.
/// - [`Error::NotText`]: a PDF, ZIP (DOCX), PNG, OLE2 (`.doc`) or other binary file.
/// - [`Error::TooLarge`]: input over [`Options::max_input_bytes`].
///
/// Empty and whitespace-only input give an empty document.
///
/// ```
/// let doc = gongwen::parse_bytes("\u{feff}工作总结\n".as_bytes(), &gongwen::Options::new())?;
/// assert!(doc.source.bom);
/// assert_eq!(doc.text, "工作总结\n");
///
/// let gbk = encoding_rs::GBK.encode("关于2023年工作的总结\n一、主要工作\n").0;
/// let doc = gongwen::parse_bytes(&gbk, &gongwen::Options::new())?;
/// assert_eq!((doc.source.encoding.as_str(), doc.source.detected), ("GBK", true));
///
/// let err = gongwen::parse_bytes(b"%PDF-1.7\n", &gongwen::Options::new()).unwrap_err();
/// assert_eq!(err.to_string(), "not a text document: looks like PDF");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Document, Error> {
    let decoded = decode::decode(bytes, options)?;
    Ok(blocks::build(decoded, bytes.len(), options))
}

/// The README's examples, run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
