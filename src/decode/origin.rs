//! 原文位置 — from spans of the decoded text back to bytes of the input.
//!
//! ```text
//! original offset of text offset t
//!   = BOM length
//!   + Σ over the characters before t of their length in the input encoding
//!   + for each malformed range before t: its length in the input (its U+FFFD counts 0)
//! ```
//!
//! Computed from the [`Document`] alone (`source.encoding`, `source.bom`,
//! `source.malformed` and the text), by measuring each character in the
//! input encoding: UTF-8 and UTF-16 by arithmetic, GBK and GB18030 with
//! `encoding_rs`'s encoder, Big5 as two bytes per non-ASCII character. Each
//! malformed range re-anchors the count at its recorded original offset.
//!
//! Exact for every input the decoder reads one way only. A GBK input that
//! writes `€` as the two-byte `A2 E3` rather than the single byte `80`, or a
//! Big5 input using one of the duplicate code points, maps a few bytes off
//! after that character.

use crate::span::Span;
use crate::tree::{Document, MalformedRange};
use encoding_rs::{
    EncoderResult, Encoding, BIG5, GB18030, GBK, ISO_2022_JP, REPLACEMENT, UTF_16BE, UTF_16LE,
    UTF_8,
};
use std::ops::Range;

/// Text bytes between two checkpoints of an [`OriginMap`].
const STEP: usize = 256;

/// How long characters were in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Measure {
    Utf8,
    Utf16,
    Gbk,
    Gb18030,
    Big5,
    /// A stateless encoding measured with its encoder.
    Encoder(&'static Encoding),
}

impl Measure {
    /// The measure and BOM length for a document's source, if supported.
    fn of(encoding: &str, bom: bool) -> Option<(Measure, usize)> {
        let encoding = Encoding::for_label(encoding.as_bytes())?;
        let (measure, bom_len) = if encoding == UTF_8 {
            (Measure::Utf8, 3)
        } else if encoding == UTF_16LE || encoding == UTF_16BE {
            (Measure::Utf16, 2)
        } else if encoding == GBK {
            (Measure::Gbk, 0)
        } else if encoding == GB18030 {
            (Measure::Gb18030, 0)
        } else if encoding == BIG5 {
            (Measure::Big5, 0)
        } else if encoding == ISO_2022_JP || encoding == REPLACEMENT {
            return None;
        } else {
            (Measure::Encoder(encoding), 0)
        };
        match (bom, bom_len) {
            (false, _) => Some((measure, 0)),
            (true, 0) => None,
            (true, len) => Some((measure, len)),
        }
    }

    /// Input length of `c`, which follows `prev`.
    fn len(self, prev: char, c: char) -> Option<usize> {
        if c.is_ascii() && self != Measure::Utf16 {
            return Some(1);
        }
        match self {
            Measure::Utf8 => Some(c.len_utf8()),
            Measure::Utf16 => Some(c.len_utf16() * 2),
            Measure::Gbk | Measure::Gb18030 if ('\u{4E00}'..='\u{9FA5}').contains(&c) => Some(2),
            Measure::Gbk => encoded_len(GBK, c).or_else(|| encoded_len(GB18030, c)),
            Measure::Gb18030 => encoded_len(GB18030, c),
            // Four Big5 code points decode to a letter and a combining mark.
            Measure::Big5 if matches!((prev, c), ('\u{CA}' | '\u{EA}', '\u{304}' | '\u{30C}')) => {
                Some(0)
            }
            Measure::Big5 => Some(2),
            Measure::Encoder(encoding) => encoded_len(encoding, c),
        }
    }
}

/// Bytes of `c` in `encoding`, `None` when it cannot be encoded.
fn encoded_len(encoding: &'static Encoding, c: char) -> Option<usize> {
    let mut encoder = encoding.new_encoder();
    let mut utf8 = [0u8; 4];
    let mut out = [0u8; 8];
    let (result, _, written) =
        encoder.encode_from_utf8_without_replacement(c.encode_utf8(&mut utf8), &mut out, true);
    (result == EncoderResult::InputEmpty).then_some(written)
}

/// A position in the text and in the input.
#[derive(Debug, Clone, Copy)]
struct Cursor {
    text: usize,
    original: usize,
    next_malformed: usize,
    prev: char,
}

/// 原文映射 — maps many spans of a document back to the input bytes,
/// in O(log n) plus a short walk each.
///
/// Built once per document; [`Document::original_range`] builds one per call.
///
/// ```
/// let bytes = encoding_rs::GBK.encode("关于2023年工作的总结\n一、主要工作\n").0;
/// let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::new())?;
/// let map = gongwen::OriginMap::new(&doc);
/// let start = doc.text.find("主要工作").ok_or("missing")?;
/// let span = gongwen::Span::new(start, start + "主要工作".len());
/// let range = map.original_range(span).ok_or("unmapped")?;
/// assert_eq!(&bytes[range], encoding_rs::GBK.encode("主要工作").0.as_ref());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct OriginMap<'a> {
    text: &'a str,
    malformed: &'a [MalformedRange],
    measure: Option<Measure>,
    checkpoints: Vec<Cursor>,
}

impl<'a> OriginMap<'a> {
    /// Measure the whole text once, keeping a checkpoint every 256 bytes.
    ///
    /// ```
    /// let doc = gongwen::parse_bytes("\u{feff}工作总结\n".as_bytes(), &gongwen::Options::new())?;
    /// let map = gongwen::OriginMap::new(&doc);
    /// assert_eq!(map.original_offset(3), Some(6), "should skip the BOM and 工");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(doc: &'a Document) -> Self {
        let measured = Measure::of(&doc.source.encoding, doc.source.bom);
        let mut map = OriginMap {
            text: &doc.text,
            malformed: &doc.source.malformed,
            measure: measured.map(|(measure, _)| measure),
            checkpoints: Vec::new(),
        };
        let Some((_, bom_len)) = measured else {
            return map;
        };
        let mut cursor = Cursor {
            text: 0,
            original: bom_len,
            next_malformed: 0,
            prev: '\0',
        };
        let mut checkpoints = Vec::with_capacity(doc.text.len() / STEP + 1);
        checkpoints.push(cursor);
        while cursor.text < doc.text.len() {
            if map.step(&mut cursor).is_none() {
                break;
            }
            if cursor.text >= checkpoints.last().map_or(0, |c| c.text) + STEP {
                checkpoints.push(cursor);
            }
        }
        map.checkpoints = checkpoints;
        map
    }

    /// The byte offset in the input of byte `offset` of the text; `None` when
    /// `offset` is past the end or not on a character boundary, or the
    /// encoding cannot be mapped (ISO-2022-JP).
    ///
    /// ```
    /// let bytes = [&[0xFF, 0xFE][..], &"一、概况".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>()].concat();
    /// let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::new())?;
    /// let map = gongwen::OriginMap::new(&doc);
    /// assert_eq!(map.original_offset("一、".len()), Some(2 + 4));
    /// assert_eq!(map.original_offset(1), None, "inside 一");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn original_offset(&self, offset: usize) -> Option<usize> {
        if !self.text.is_char_boundary(offset) {
            return None;
        }
        let index = self
            .checkpoints
            .partition_point(|c| c.text <= offset)
            .checked_sub(1)?;
        let mut cursor = *self.checkpoints.get(index)?;
        while cursor.text < offset {
            self.step(&mut cursor)?;
        }
        (cursor.text == offset).then_some(cursor.original)
    }

    /// The byte range in the input that `span` of the text was decoded from.
    ///
    /// ```
    /// let bytes = encoding_rs::BIG5.encode("網信辦工作總結\n一、明確方向\n").0;
    /// let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::new().encoding_label("big5")?)?;
    /// let start = doc.text.find("明確").ok_or("missing")?;
    /// let range = gongwen::OriginMap::new(&doc).original_range(gongwen::Span::new(start, start + 6));
    /// assert_eq!(range, Some(19..23));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn original_range(&self, span: Span) -> Option<Range<usize>> {
        Some(self.original_offset(span.start)?..self.original_offset(span.end)?)
    }

    /// Move `cursor` over one character or one malformed range.
    fn step(&self, cursor: &mut Cursor) -> Option<()> {
        if let Some(range) = self.malformed.get(cursor.next_malformed) {
            if range.span.start == cursor.text && range.span.end > cursor.text {
                cursor.text = range.span.end;
                cursor.original = range.offset + range.length;
                cursor.next_malformed += 1;
                cursor.prev = char::REPLACEMENT_CHARACTER;
                return Some(());
            }
        }
        let c = self.text.get(cursor.text..)?.chars().next()?;
        cursor.original += self.measure?.len(cursor.prev, c)?;
        cursor.text += c.len_utf8();
        cursor.prev = c;
        Some(())
    }
}

impl Document {
    /// 原文区间 — the byte range of the original input that `span` of
    /// [`Document::text`] was decoded from, for highlighting the source.
    ///
    /// Counts the byte-order mark, multi-byte characters of GBK, GB18030,
    /// Big5 and UTF-16, and bytes replaced under lossy decoding. `None` when a
    /// bound is past the text or inside a character. For many spans, build an
    /// [`OriginMap`] once instead.
    ///
    /// ```
    /// let bytes = encoding_rs::GBK.encode("关于2023年工作的总结\n一、主要工作\n").0;
    /// let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::new())?;
    /// assert_eq!(doc.source.encoding, "GBK");
    /// let start = doc.text.find("2023年").ok_or("missing")?;
    /// let range = doc.original_range(gongwen::Span::new(start, start + "2023年".len())).ok_or("unmapped")?;
    /// assert_eq!(range, 4..10);
    /// assert_eq!(encoding_rs::GBK.decode_without_bom_handling(&bytes[range]).0, "2023年");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn original_range(&self, span: Span) -> Option<Range<usize>> {
        OriginMap::new(self).original_range(span)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

    use crate::{parse_bytes, Options, Span};
    use encoding_rs::{Encoding, BIG5, GB18030, GBK};

    /// Every character of the text maps to bytes that decode to it.
    fn assert_every_char_maps(
        bytes: &[u8],
        options: &Options,
        encoding: &'static Encoding,
        name: &str,
    ) {
        let doc = parse_bytes(bytes, options).unwrap();
        let map = super::OriginMap::new(&doc);
        for (start, c) in doc.text.char_indices() {
            let span = Span::new(start, start + c.len_utf8());
            let range = map
                .original_range(span)
                .unwrap_or_else(|| panic!("{name}: {c:?} at {start} unmapped"));
            if doc.source.malformed.iter().any(|m| m.span == span) {
                continue;
            }
            let decoded = encoding
                .decode_without_bom_handling(&bytes[range.clone()])
                .0;
            assert_eq!(
                decoded,
                c.to_string(),
                "{name}: should map {c:?} at {start} to bytes {range:?}"
            );
        }
        assert_eq!(
            map.original_offset(doc.text.len()),
            Some(bytes.len()),
            "{name}: should map the end to the end"
        );
    }

    #[test]
    fn every_character_maps_back() {
        let text = "关于2023年工作的总结\r\n一、主要工作€\n（一）全年开展培训300余期。𠀀\n";
        let traditional = "網信辦2022年度工作總結\n一、明確方向，堅定意識\n";
        let bom8 = ["\u{feff}", text].concat();
        let utf16le: Vec<u8> = "\u{feff}"
            .encode_utf16()
            .chain(text.encode_utf16())
            .flat_map(u16::to_le_bytes)
            .collect();
        let utf16be: Vec<u8> = "\u{feff}"
            .encode_utf16()
            .chain(text.encode_utf16())
            .flat_map(u16::to_be_bytes)
            .collect();
        let gb18030 = GB18030.encode(text).0.into_owned();
        let gbk = GBK.encode(traditional).0.into_owned();
        let big5 = BIG5.encode(traditional).0.into_owned();
        // HKSCS letters with a combining mark: one Big5 code point, two characters.
        let big5_pair = b"\x88\x62\x88\x64a\x88\xA3";
        let options = Options::new();
        assert_every_char_maps(text.as_bytes(), &options, encoding_rs::UTF_8, "UTF-8");
        assert_every_char_maps(
            bom8.as_bytes(),
            &options,
            encoding_rs::UTF_8,
            "UTF-8 with BOM",
        );
        assert_every_char_maps(
            &utf16le,
            &options,
            encoding_rs::UTF_16LE,
            "UTF-16LE with BOM",
        );
        assert_every_char_maps(
            &utf16be,
            &options,
            encoding_rs::UTF_16BE,
            "UTF-16BE with BOM",
        );
        assert_every_char_maps(&gb18030, &options, GB18030, "GB18030");
        assert_every_char_maps(
            &gb18030,
            &options.encoding(GB18030),
            GB18030,
            "GB18030 by override",
        );
        assert_every_char_maps(&gbk, &options.encoding(GBK), GBK, "GBK");
        assert_every_char_maps(&big5, &options.encoding(BIG5), BIG5, "Big5");
        let doc = parse_bytes(big5_pair, &options.encoding(BIG5)).unwrap();
        assert_eq!(
            doc.text, "\u{CA}\u{304}\u{CA}\u{30C}a\u{EA}\u{304}",
            "should decode the Big5 pairs"
        );
        let map = super::OriginMap::new(&doc);
        let offsets: Vec<_> = doc
            .text
            .char_indices()
            .map(|(i, _)| map.original_offset(i))
            .collect();
        assert_eq!(
            offsets,
            vec![
                Some(0),
                Some(2),
                Some(2),
                Some(4),
                Some(4),
                Some(5),
                Some(7)
            ],
            "should give a Big5 pair's combining mark no bytes of its own"
        );
        assert_every_char_maps(
            b"abc\xE9t\xE9",
            &options.encoding(encoding_rs::WINDOWS_1252),
            encoding_rs::WINDOWS_1252,
            "windows-1252",
        );
    }

    #[test]
    fn malformed_ranges_count_their_bytes() {
        // 工, lead byte before \n, 作, lead byte before DEL, 总, truncated lead.
        let bytes = b"\xB9\xA4\xD7\n\xD7\xF7\x81\x7F\xD7\xDC\xB9";
        let options = Options::new().encoding(GBK).lossy(true);
        assert_every_char_maps(bytes, &options, GBK, "lossy GBK");
        let doc = parse_bytes(bytes, &options).unwrap();
        let ranges: Vec<_> = doc
            .source
            .malformed
            .iter()
            .map(|m| doc.original_range(m.span))
            .collect();
        assert_eq!(
            ranges,
            vec![Some(2..3), Some(6..7), Some(10..11)],
            "should map each U+FFFD to its malformed bytes"
        );
        let utf8 = b"\xEF\xBB\xBF\xE5\xB7\xA5\xFF\xE4\xBD\x9C";
        assert_every_char_maps(
            utf8,
            &Options::new().lossy(true),
            encoding_rs::UTF_8,
            "lossy UTF-8 with BOM",
        );
    }

    #[test]
    fn bounds_are_checked() {
        let doc = parse_bytes("工作".as_bytes(), &Options::new()).unwrap();
        let cases = [
            (Span::new(0, 3), Some(0..3), "one whole character"),
            (Span::new(0, 6), Some(0..6), "the whole text"),
            (Span::new(3, 3), Some(3..3), "an empty span"),
            (Span::new(1, 3), None, "a start inside a character"),
            (Span::new(0, 7), None, "an end past the text"),
        ];
        for (span, expected, name) in cases {
            assert_eq!(doc.original_range(span), expected, "should map {name}");
        }
    }

    #[test]
    fn unmappable_encodings_give_none() {
        let doc = parse_bytes(
            b"\x1B$B$3\x1B(B",
            &Options::new().encoding(encoding_rs::ISO_2022_JP),
        )
        .unwrap();
        assert_eq!(
            doc.original_range(Span::new(0, 0)),
            None,
            "should not guess for ISO-2022-JP"
        );
    }

    #[test]
    fn long_texts_map_through_checkpoints() {
        let text = "一、主要工作\n全年开展培训300余期，参训人员达到一万二千人次。\n".repeat(200);
        let bytes = GBK.encode(&text).0;
        let doc = parse_bytes(&bytes, &Options::new()).unwrap();
        let map = super::OriginMap::new(&doc);
        let last = doc.text.rfind("全年").unwrap();
        let range = map.original_range(Span::new(last, doc.text.len())).unwrap();
        assert_eq!(
            GBK.decode_without_bom_handling(&bytes[range]).0,
            "全年开展培训300余期，参训人员达到一万二千人次。\n",
            "should map a span far into the text"
        );
    }
}
