//! 转码 — run an `encoding_rs` decoder over the body, recording malformed ranges.
//!
//! ```text
//! strict: decode … Malformed(bad, after) → Error::Malformed { offset, length: bad }
//! lossy:  decode … Malformed(bad, after) → push U+FFFD, record MalformedRange, continue
//! ```
//!
//! `DecoderResult::Malformed(bad, after)`: the malformed sequence is `bad`
//! bytes long and ends `after` bytes before the end of what has been read so
//! far; those `after` bytes are kept by the decoder and decoded next, so the
//! replacement goes right where the text stands. This is how a bad GBK lead
//! byte leaves the ASCII byte after it alone.

use crate::error::Error;
use crate::span::Span;
use crate::tree::MalformedRange;
use encoding_rs::{DecoderResult, Encoding, UTF_8};

/// Decoded text with its replaced ranges.
#[derive(Debug)]
pub(super) struct Transcoded {
    pub(super) text: String,
    pub(super) malformed: Vec<MalformedRange>,
}

impl Transcoded {
    /// Whether GBK-decoded text goes beyond GBK (Windows code page 936) and
    /// is better named GB18030: the body is longer than ASCII bytes plus two
    /// bytes per other character (four-byte sequences), or the text has
    /// characters GBK never had — CJK Extension A (`䶮`, which GB18030
    /// gives a two-byte code) or ideographs after U+9FA5.
    pub(super) fn beyond_gbk(&self, body_len: usize) -> bool {
        let (mut ascii, mut other) = (0, 0);
        for c in self.text.chars() {
            if c.is_ascii() {
                ascii += 1;
            } else if ('\u{3400}'..='\u{4DBF}').contains(&c)
                || ('\u{9FA6}'..='\u{9FFF}').contains(&c)
            {
                return true;
            } else {
                other += 1;
            }
        }
        let replaced: usize = self.malformed.iter().map(|range| range.length).sum();
        let other = other - self.malformed.len().min(other);
        body_len.saturating_sub(replaced) > ascii + 2 * other
    }
}

/// Decode `body` (the input after any BOM, which is `base` bytes long).
pub(super) fn transcode(
    encoding: &'static Encoding,
    body: &[u8],
    base: usize,
    lossy: bool,
) -> Result<Transcoded, Error> {
    if encoding == UTF_8 {
        if let Ok(text) = std::str::from_utf8(body) {
            return Ok(Transcoded {
                text: text.to_owned(),
                malformed: Vec::new(),
            });
        }
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length(body.len())
        .unwrap_or(body.len());
    let mut text = String::with_capacity(capacity);
    let mut malformed = Vec::new();
    let mut consumed = 0;
    loop {
        let rest = body.get(consumed..).unwrap_or_default();
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        consumed += read;
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                let remaining = body.len().saturating_sub(consumed);
                text.reserve(
                    decoder
                        .max_utf8_buffer_length(remaining)
                        .unwrap_or(remaining)
                        + 4,
                );
            }
            DecoderResult::Malformed(bad, after) => {
                let end = consumed.saturating_sub(usize::from(after));
                let start = end.saturating_sub(usize::from(bad));
                if !lossy {
                    return Err(Error::Malformed {
                        encoding: encoding.name().to_owned(),
                        offset: base + start,
                        length: end - start,
                    });
                }
                let at = text.len();
                text.push(char::REPLACEMENT_CHARACTER);
                malformed.push(MalformedRange {
                    offset: base + start,
                    length: end - start,
                    span: Span::new(at, text.len()),
                });
            }
        }
    }
    Ok(Transcoded { text, malformed })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;
    use encoding_rs::{BIG5, GBK, UTF_16BE, UTF_16LE};

    #[test]
    fn strict_errors_name_the_first_bad_sequence() {
        let cases: &[(&str, &'static Encoding, &[u8], usize, usize)] = &[
            ("a bad UTF-8 byte", UTF_8, b"ab\xFFcd", 2, 1),
            (
                "a truncated UTF-8 sequence at the end",
                UTF_8,
                b"ab\xE5\xB7",
                2,
                2,
            ),
            (
                "a lone GBK lead byte before ASCII",
                GBK,
                b"\xB9\xA4\xD7\n",
                2,
                1,
            ),
            ("a GBK lead byte at the end", GBK, b"\xB9\xA4\xD7", 2, 1),
            (
                "a Big5 lead byte before a line end",
                BIG5,
                b"\xA4\x40\xA4\n",
                2,
                1,
            ),
            (
                "an odd byte count in UTF-16LE",
                UTF_16LE,
                b"\xE5\x5D\x5C",
                2,
                1,
            ),
            (
                "a lone high surrogate in UTF-16LE",
                UTF_16LE,
                b"\x00\xD8\x41\x00",
                0,
                2,
            ),
            (
                "a lone low surrogate in UTF-16BE",
                UTF_16BE,
                b"\x00\x41\xDC\x00",
                2,
                2,
            ),
        ];
        for &(name, encoding, bytes, offset, length) in cases {
            let err = transcode(encoding, bytes, 0, false).unwrap_err();
            assert_eq!(
                err,
                Error::Malformed {
                    encoding: encoding.name().to_owned(),
                    offset,
                    length
                },
                "should report {name} at {offset} ({length} bytes)"
            );
        }
    }

    #[test]
    fn base_offset_is_added() {
        let err = transcode(UTF_8, b"ab\xFF", 3, false).unwrap_err();
        assert_eq!(err.offset(), Some(5), "should count the BOM in the offset");
    }

    #[test]
    fn lossy_records_every_range() {
        // 工 then a lone lead byte before '\n', then 作, then a truncated lead at the end.
        let bytes = b"\xB9\xA4\xD7\n\xD7\xF7\xB9";
        let out = transcode(GBK, bytes, 0, true).unwrap();
        assert_eq!(
            out.text, "工\u{FFFD}\n作\u{FFFD}",
            "should keep the ASCII byte after a bad lead byte"
        );
        let ranges: Vec<(usize, usize, Span)> = out
            .malformed
            .iter()
            .map(|r| (r.offset, r.length, r.span))
            .collect();
        assert_eq!(
            ranges,
            vec![(2, 1, Span::new(3, 6)), (6, 1, Span::new(10, 13))],
            "should record each range with its original offset and the U+FFFD span"
        );
    }

    #[test]
    fn lossy_surrogates_in_utf16() {
        // 'A', lone high surrogate, 'B', high surrogate + low surrogate (𠀀), odd byte.
        let bytes = b"\x41\x00\x00\xD8\x42\x00\x40\xD8\x00\xDC\x7F";
        let out = transcode(UTF_16LE, bytes, 2, true).unwrap();
        assert_eq!(
            out.text, "A\u{FFFD}B\u{20000}\u{FFFD}",
            "should replace only the bad units"
        );
        let ranges: Vec<(usize, usize)> =
            out.malformed.iter().map(|r| (r.offset, r.length)).collect();
        assert_eq!(
            ranges,
            vec![(4, 2), (12, 1)],
            "should give original offsets including the BOM"
        );
    }

    #[test]
    fn characters_beyond_gbk_are_seen() {
        let cases = [
            ("工作总结", false, "plain GBK"),
            ("工作总结€", false, "the euro sign"),
            ("工作𠀀", true, "an astral four-byte character"),
            (
                "工作\u{A0}",
                true,
                "a no-break space, four bytes in GB18030",
            ),
            ("龚䶮", true, "the two-byte Extension A character 䶮"),
            ("工作\u{9FB4}", true, "an ideograph after U+9FA5"),
        ];
        for (text, expected, name) in cases {
            let bytes = encoding_rs::GB18030.encode(text).0;
            let out = transcode(GBK, &bytes, 0, false).unwrap();
            assert_eq!(
                out.beyond_gbk(bytes.len()),
                expected,
                "should tell GB18030 by {name}"
            );
        }
        let lossy = transcode(GBK, b"\xB9\xA4\xFF\xFF", 0, true).unwrap();
        assert!(
            !lossy.beyond_gbk(4),
            "should not count replaced bytes as four-byte sequences"
        );
    }
}
