//! 解码 — raw bytes to UTF-8 text, without silent loss.
//!
//! ```text
//! bytes ─ size limit ─ detect (detect.rs) ─ transcode (transcode.rs) ─ Decoded
//!                          │                      │
//!                    encoding, BOM,        strict: first malformed sequence → Error::Malformed
//!                    detected?             lossy:  U+FFFD per malformed sequence, each range recorded
//! ```
//!
//! Detection order, an override aside ([`Options::encoding`]):
//!
//! 1. a byte-order mark: UTF-8, UTF-16LE, UTF-16BE;
//! 2. magic numbers of binary formats (PDF, ZIP, PNG, OLE2 `.doc`, …): [`Error::NotText`];
//! 3. UTF-16 without BOM when NUL bytes are present and only one byte order
//!    gives plausible text;
//! 4. NUL- or control-heavy data that is not UTF-16: [`Error::NotText`] (`binary data`);
//! 5. valid UTF-8 — or UTF-8 with a few corrupt sequences, which then give
//!    [`Error::Malformed`] rather than a wrong guess;
//! 6. otherwise `chardetng`, fed a bounded prefix, choosing GBK or Big5;
//!    GBK input with four-byte sequences or characters GBK never had is
//!    reported as `gb18030`.
//!
//! Where each character of the text came from in the input is recovered by
//! [`Document::original_range`](crate::Document::original_range) and
//! [`OriginMap`] (origin.rs).

mod detect;
mod origin;
mod transcode;

pub use origin::OriginMap;

use crate::error::{Diagnostic, DiagnosticCode, Error};
use crate::options::Options;
use crate::tree::MalformedRange;

/// The decoded text and what was learned about the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub(crate) text: String,
    pub(crate) encoding: &'static str,
    pub(crate) bom: bool,
    pub(crate) detected: bool,
    pub(crate) malformed: Vec<MalformedRange>,
}

impl Decoded {
    /// One `malformed` warning per replaced range, pointing at its U+FFFD.
    pub(crate) fn diagnostics(&self) -> Vec<Diagnostic> {
        self.malformed
            .iter()
            .map(|range| {
                Diagnostic::warning(
                    DiagnosticCode::Malformed,
                    range.span,
                    format!(
                        "malformed {} at byte {} ({} byte{}) replaced by U+FFFD",
                        self.encoding,
                        range.offset,
                        range.length,
                        if range.length == 1 { "" } else { "s" }
                    ),
                )
            })
            .collect()
    }
}

/// Decode `bytes` as the options say.
pub(crate) fn decode(bytes: &[u8], options: &Options) -> Result<Decoded, Error> {
    if bytes.len() > options.input_limit() {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: options.input_limit(),
        });
    }
    let choice = detect::choose(bytes, options)?;
    let body = bytes.get(choice.bom_len..).unwrap_or_default();
    let transcoded =
        transcode::transcode(choice.encoding, body, choice.bom_len, options.is_lossy())?;
    let encoding = if choice.detected
        && choice.encoding == encoding_rs::GBK
        && transcoded.beyond_gbk(body.len())
    {
        encoding_rs::GB18030
    } else {
        choice.encoding
    };
    Ok(Decoded {
        text: transcoded.text,
        encoding: encoding.name(),
        bom: choice.bom_len > 0,
        detected: choice.detected,
        malformed: transcoded.malformed,
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;
    use crate::span::Span;

    fn options() -> Options {
        Options::new()
    }

    #[test]
    fn detects_what_was_used() {
        let gbk = encoding_rs::GBK
            .encode("关于2023年工作的总结\n一、主要工作\n全年开展培训300余期。\n")
            .0;
        let big5 = encoding_rs::BIG5
            .encode("網信辦2022年度工作總結\n一、明確方向，堅定意識\n")
            .0;
        let cases: Vec<(&str, Vec<u8>, &str, bool, bool)> = vec![
            (
                "plain UTF-8",
                "工作总结\n".as_bytes().to_vec(),
                "UTF-8",
                false,
                true,
            ),
            (
                "UTF-8 with BOM",
                "\u{feff}工作总结\n".as_bytes().to_vec(),
                "UTF-8",
                true,
                false,
            ),
            ("empty input", Vec::new(), "UTF-8", false, true),
            ("GBK", gbk.into_owned(), "GBK", false, true),
            ("Big5", big5.into_owned(), "Big5", false, true),
            (
                "UTF-16LE with BOM",
                vec![0xFF, 0xFE, 0xE5, 0x5D, 0x5C, 0x4F],
                "UTF-16LE",
                true,
                false,
            ),
            (
                "UTF-16BE with BOM",
                vec![0xFE, 0xFF, 0x5D, 0xE5, 0x4F, 0x5C],
                "UTF-16BE",
                true,
                false,
            ),
        ];
        for (name, bytes, encoding, bom, detected) in cases {
            let decoded = decode(&bytes, &options()).unwrap();
            assert_eq!(
                decoded.encoding, encoding,
                "should read {name} as {encoding}"
            );
            assert_eq!(decoded.bom, bom, "should report bom={bom} for {name}");
            assert_eq!(
                decoded.detected, detected,
                "should report detected={detected} for {name}"
            );
        }
    }

    #[test]
    fn diagnostics_point_at_replacements() {
        let bytes = ["工作".as_bytes(), b"\xFF", "总结".as_bytes()].concat();
        let decoded = decode(&bytes, &options().lossy(true)).unwrap();
        let diagnostics = decoded.diagnostics();
        assert_eq!(
            diagnostics.len(),
            1,
            "should give one diagnostic per malformed range"
        );
        assert_eq!(
            diagnostics[0].code,
            DiagnosticCode::Malformed,
            "should use the malformed code"
        );
        assert_eq!(
            diagnostics[0].span,
            Span::new(6, 9),
            "should point at the U+FFFD"
        );
        assert_eq!(
            diagnostics[0].message, "malformed UTF-8 at byte 6 (1 byte) replaced by U+FFFD",
            "should name encoding, offset and length"
        );
    }

    #[test]
    fn gbk_with_four_byte_sequences_is_gb18030() {
        // 𠀀 (U+20000) exists only as a GB18030 four-byte sequence.
        let text = "关于乡镇工作的总结，𠀀字为生僻字。".repeat(20);
        let bytes = encoding_rs::GB18030.encode(&text).0;
        let decoded = decode(&bytes, &options()).unwrap();
        assert_eq!(
            decoded.encoding, "gb18030",
            "should name gb18030 when four-byte sequences occur"
        );
        assert_eq!(decoded.text, text, "should decode the four-byte sequence");
    }

    #[test]
    fn limit_is_checked_first() {
        let err = decode(b"%PDF-1.7", &options().max_input_bytes(3)).unwrap_err();
        assert_eq!(
            err.code(),
            "too_large",
            "should refuse input over the limit before sniffing"
        );
    }
}
