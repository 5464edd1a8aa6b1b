//! Malformed and non-text input: by default a typed error naming the
//! encoding and the offset and length of the first bad sequence in the
//! original bytes; with `lossy(true)` a tree whose `source.malformed` lists
//! every replaced range, with one `malformed` diagnostic each.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use encoding_rs::{Encoding, BIG5, GBK, UTF_16BE, UTF_16LE};
use gongwen::{parse_bytes, DiagnosticCode, Document, Error, Options, Span};

mod common;
use common::{seed_path, shared_dir as shared};

const SIMPLIFIED: &str = "关于2023年工作的总结\n\n一、主要工作\n全年开展培训300余期，参训人员达到一万二千人次。\n\n二、存在的问题\n一是学习不够深入。二是创新不足。\n\n某某局\n2023年12月28日\n";
const TRADITIONAL: &str = "網信辦2022年度工作總結\n\n一、明確方向，堅定意識形態工作政治站位\n年初召開專題會議4次，向區委報告工作兩次。\n\n二、存在的問題\n一是學習不夠深入。二是創新不足。\n\n清苑區委網信辦\n2023年1月12日\n";

fn encode(encoding: &'static Encoding, text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "{} should hold the test text", encoding.name());
    bytes.into_owned()
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    std::iter::once(0xFEFF)
        .chain(text.encode_utf16())
        .flat_map(|u| {
            if big_endian {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }
        })
        .collect()
}

fn malformed(encoding: &str, offset: usize, length: usize) -> Error {
    Error::Malformed {
        encoding: encoding.to_owned(),
        offset,
        length,
    }
}

/// Under `lossy(true)`: the ranges as (offset, length), and one diagnostic
/// per range pointing at a U+FFFD.
fn lossy_ranges(bytes: &[u8], name: &str) -> (Document, Vec<(usize, usize)>) {
    let doc =
        parse_bytes(bytes, &Options::new().lossy(true)).unwrap_or_else(|e| panic!("{name}: {e}"));
    let ranges: Vec<(usize, usize)> = doc
        .source
        .malformed
        .iter()
        .map(|m| (m.offset, m.length))
        .collect();
    let diagnostics: Vec<Span> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == DiagnosticCode::Malformed)
        .map(|d| d.span)
        .collect();
    let spans: Vec<Span> = doc.source.malformed.iter().map(|m| m.span).collect();
    assert_eq!(
        diagnostics, spans,
        "{name}: should give one malformed diagnostic per range"
    );
    for span in spans {
        assert_eq!(
            doc.text.get(span.range()),
            Some("\u{FFFD}"),
            "{name}: each range should be one U+FFFD"
        );
    }
    (doc, ranges)
}

struct Case {
    name: &'static str,
    bytes: Vec<u8>,
    /// The strict error.
    error: Error,
    /// The ranges under lossy decoding.
    ranges: Vec<(usize, usize)>,
    /// The text under lossy decoding.
    text: String,
}

fn cases() -> Vec<Case> {
    let mut out = Vec::new();

    // Truncated multi-byte sequence at the end of the file.
    let utf8 = [SIMPLIFIED.as_bytes(), "总".as_bytes().get(..2).unwrap()].concat();
    out.push(Case {
        name: "UTF-8 cut inside 总 at the end",
        error: malformed("UTF-8", SIMPLIFIED.len(), 2),
        ranges: vec![(SIMPLIFIED.len(), 2)],
        text: format!("{SIMPLIFIED}\u{FFFD}"),
        bytes: utf8,
    });
    let gbk = encode(GBK, SIMPLIFIED);
    out.push(Case {
        name: "GBK cut after a lead byte at the end",
        error: malformed("GBK", gbk.len(), 1),
        ranges: vec![(gbk.len(), 1)],
        text: format!("{SIMPLIFIED}\u{FFFD}"),
        bytes: [gbk.as_slice(), b"\xD7"].concat(),
    });
    let big5 = encode(BIG5, TRADITIONAL);
    out.push(Case {
        name: "Big5 cut after a lead byte at the end",
        error: malformed("Big5", big5.len(), 1),
        ranges: vec![(big5.len(), 1)],
        text: format!("{TRADITIONAL}\u{FFFD}"),
        bytes: [big5.as_slice(), b"\xA4"].concat(),
    });

    // A lone lead byte mid-file: the line end after it survives.
    let cut = SIMPLIFIED.find("\n\n二、").unwrap();
    let gbk_cut = encode(GBK, SIMPLIFIED.get(..cut).unwrap()).len();
    out.push(Case {
        name: "a lone GBK lead byte before a line end",
        error: malformed("GBK", gbk_cut, 1),
        ranges: vec![(gbk_cut, 1)],
        text: format!("{}\u{FFFD}{}", &SIMPLIFIED[..cut], &SIMPLIFIED[cut..]),
        bytes: [&gbk[..gbk_cut], b"\xB9", &gbk[gbk_cut..]].concat(),
    });
    let cut = TRADITIONAL.find("\n\n二、").unwrap();
    let big5_cut = encode(BIG5, TRADITIONAL.get(..cut).unwrap()).len();
    out.push(Case {
        name: "a lone Big5 lead byte before a line end",
        error: malformed("Big5", big5_cut, 1),
        ranges: vec![(big5_cut, 1)],
        text: format!("{}\u{FFFD}{}", &TRADITIONAL[..cut], &TRADITIONAL[cut..]),
        bytes: [&big5[..big5_cut], b"\xA4", &big5[big5_cut..]].concat(),
    });

    // UTF-16: an odd byte count, and lone surrogates.
    let le = utf16(SIMPLIFIED, false);
    out.push(Case {
        name: "UTF-16LE with an odd byte count",
        error: malformed("UTF-16LE", le.len(), 1),
        ranges: vec![(le.len(), 1)],
        text: format!("{SIMPLIFIED}\u{FFFD}"),
        bytes: [le.as_slice(), b"\x0A"].concat(),
    });
    let cut = SIMPLIFIED.find("一是").unwrap();
    let at = 2 + 2 * SIMPLIFIED[..cut].encode_utf16().count();
    out.push(Case {
        name: "UTF-16LE with a lone low surrogate",
        error: malformed("UTF-16LE", at, 2),
        ranges: vec![(at, 2)],
        text: format!("{}\u{FFFD}{}", &SIMPLIFIED[..cut], &SIMPLIFIED[cut..]),
        bytes: [&le[..at], b"\x00\xDC", &le[at..]].concat(),
    });
    let be = utf16(TRADITIONAL, true);
    let cut = TRADITIONAL.find("一是").unwrap();
    let at = 2 + 2 * TRADITIONAL[..cut].encode_utf16().count();
    out.push(Case {
        name: "UTF-16BE with a lone high surrogate",
        error: malformed("UTF-16BE", at, 2),
        ranges: vec![(at, 2)],
        text: format!("{}\u{FFFD}{}", &TRADITIONAL[..cut], &TRADITIONAL[cut..]),
        bytes: [&be[..at], b"\xD8\x00", &be[at..]].concat(),
    });
    out
}

#[test]
fn strict_errors_and_lossy_ranges() {
    for case in cases() {
        let err = parse_bytes(&case.bytes, &Options::new()).unwrap_err();
        assert_eq!(
            err, case.error,
            "{}: should give the documented error",
            case.name
        );
        let (doc, ranges) = lossy_ranges(&case.bytes, case.name);
        assert_eq!(
            ranges, case.ranges,
            "{}: should record the malformed ranges",
            case.name
        );
        assert_eq!(
            doc.text, case.text,
            "{}: should replace only the bad bytes",
            case.name
        );
        for range in &doc.source.malformed {
            assert_eq!(
                doc.original_range(range.span),
                Some(range.offset..range.offset + range.length),
                "{}: the U+FFFD should map back to the bad bytes",
                case.name
            );
        }
    }
}

#[test]
fn utf8_then_gbk() {
    // The GBK half opens with 第 (B5 DA): B5 is no UTF-8 lead byte.
    let first = "关于2023年工作的总结\n一、主要工作\n全年开展培训300余期。\n";
    let second = "第二部分 存在的问题\n一是学习不够深入。二是创新不足。\n";
    let bytes = [first.as_bytes(), &encode(GBK, second)].concat();
    let err = parse_bytes(&bytes, &Options::new()).unwrap_err();
    assert_eq!(
        err,
        malformed("UTF-8", first.len(), 1),
        "should read UTF-8 and stop where GBK begins"
    );
    let (doc, ranges) = lossy_ranges(&bytes, "UTF-8 then GBK");
    assert_eq!(
        doc.source.encoding, "UTF-8",
        "should keep UTF-8 under lossy decoding"
    );
    assert!(
        doc.text.starts_with(first),
        "should keep the UTF-8 half intact"
    );
    assert_eq!(
        ranges.first(),
        Some(&(first.len(), 1)),
        "should start the ranges where GBK begins"
    );
    assert!(
        ranges.iter().all(|&(offset, _)| offset >= first.len()),
        "should find nothing bad in the UTF-8 half"
    );
    assert!(
        ranges.len() > 10,
        "should record every bad sequence of the GBK half, not one"
    );
}

#[test]
fn one_corrupted_byte_in_the_seed() {
    let Some(shared) = shared() else { return };
    let seed = std::fs::read_to_string(seed_path(&shared)).unwrap();
    // Big5 lacks OpenCC's 爲 衆 羣; a Big5 file writes 為 眾 群.
    let taiwan: String = seed
        .chars()
        .map(|c| match c {
            '爲' => '為',
            '衆' => '眾',
            '羣' => '群',
            c => c,
        })
        .collect();
    // The character to corrupt: the first CJK character a tenth in (inside
    // the prefix chardetng sees) and two thirds in.
    let count = seed.chars().count();
    for skip in [count / 10, count * 2 / 3] {
        let (at, c) = seed
            .char_indices()
            .skip(skip)
            .find(|(_, c)| *c >= '\u{4E00}')
            .unwrap();
        let prefix = &seed[..at];
        let rest = &seed[at + c.len_utf8()..];
        let mut utf8 = seed.clone().into_bytes();
        utf8[at + 2] = b'A'; // lead, continuation, 'A': the first two bytes are malformed
        let mut gbk = encode(GBK, &seed);
        let gbk_at = encode(GBK, prefix).len();
        gbk[gbk_at + 1] = 0xFF; // a trail byte no GBK character has
        let mut big5 = encode(BIG5, &taiwan);
        let big5_at = encode(BIG5, &taiwan[..at]).len();
        big5[big5_at + 1] = 0xFF;
        let cases = [
            ("UTF-8", utf8, at, format!("{prefix}\u{FFFD}A{rest}")),
            ("GBK", gbk, gbk_at, format!("{prefix}\u{FFFD}{rest}")),
            (
                "Big5",
                big5,
                big5_at,
                format!("{}\u{FFFD}{}", &taiwan[..at], &taiwan[at + c.len_utf8()..]),
            ),
        ];
        for (name, bytes, offset, text) in cases {
            let err = parse_bytes(&bytes, &Options::new()).unwrap_err();
            assert_eq!(
                err,
                malformed(name, offset, 2),
                "should name the corrupted {name} byte at {offset}"
            );
            assert_eq!(
                err.to_string(),
                format!("malformed {name} at byte {offset} (2 bytes)"),
                "should say where in the message"
            );
            let (doc, ranges) = lossy_ranges(&bytes, name);
            assert_eq!(
                ranges,
                vec![(offset, 2)],
                "should give one malformed range for the {name} seed"
            );
            assert_eq!(
                doc.text, text,
                "should replace just the corrupted {name} character"
            );
            assert!(
                doc.title.is_some() && !doc.sections.is_empty(),
                "should still build the {name} tree"
            );
        }
    }
}

#[test]
fn short_utf8_is_never_gbk() {
    let Some(shared) = shared() else { return };
    let seed = std::fs::read_to_string(seed_path(&shared)).unwrap();
    let texts = [seed.as_str(), SIMPLIFIED, TRADITIONAL];
    let mut checked = 0;
    for text in texts {
        let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).take(600).collect();
        for &start in &starts {
            for end in
                (start + 1..=(start + 15).min(text.len())).filter(|&e| text.is_char_boundary(e))
            {
                let piece = &text[start..end];
                let doc = parse_bytes(piece.as_bytes(), &Options::new()).unwrap();
                assert_eq!(
                    doc.source.encoding, "UTF-8",
                    "should read {piece:?} as UTF-8"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 2000, "should check thousands of short inputs");
}

#[test]
fn not_text_is_refused() {
    let cases: &[(&str, &[u8], &str)] = &[
        ("a PDF", b"%PDF-1.4\n%\xC7\xEC\x8F\xA2\n5 0 obj\n", "PDF"),
        (
            "a DOCX",
            b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00",
            "ZIP archive (or DOCX, XLSX, ODT)",
        ),
        (
            "a PNG",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
            "PNG image",
        ),
        (
            "an old .doc",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00",
            "OLE2 compound file (DOC, XLS, PPT)",
        ),
        (
            "a JPEG",
            b"\xFF\xD8\xFF\xE1\x00\x18Exif\x00\x00",
            "JPEG image",
        ),
        ("a GIF", b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF image"),
        (
            "a gzip file",
            b"\x1F\x8B\x08\x00\x00\x00\x00\x00",
            "gzip archive",
        ),
        (
            "an ELF binary",
            b"\x7FELF\x02\x01\x01\x00",
            "ELF executable",
        ),
    ];
    for &(name, bytes, kind) in cases {
        for options in [
            Options::new(),
            Options::new().lossy(true),
            Options::new().encoding(GBK),
        ] {
            let err = parse_bytes(bytes, &options).unwrap_err();
            assert_eq!(
                err,
                Error::NotText {
                    kind: kind.to_owned()
                },
                "should refuse {name} as {kind}"
            );
            assert_eq!(err.code(), "not_text", "should code {name} as not_text");
        }
    }
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 & 0x1F)
        .collect();
    let err = parse_bytes(&noise, &Options::new()).unwrap_err();
    assert_eq!(
        err.to_string(),
        "not a text document: looks like binary data",
        "should refuse control-heavy data"
    );
    let doc = parse_bytes(
        "一、概况\n全年\u{0}开展培训。\n".as_bytes(),
        &Options::new(),
    )
    .unwrap();
    assert_eq!(
        doc.source.encoding, "UTF-8",
        "should read text with a lone NUL as text"
    );
}

#[test]
fn utf16_le_be_without_bom() {
    for (name, big_endian, encoding) in
        [("UTF-16LE", false, UTF_16LE), ("UTF-16BE", true, UTF_16BE)]
    {
        let bytes = utf16(SIMPLIFIED, big_endian);
        let doc = parse_bytes(&bytes[2..], &Options::new()).unwrap();
        assert_eq!(
            (
                doc.source.encoding.as_str(),
                doc.source.bom,
                doc.source.detected
            ),
            (encoding.name(), false, true),
            "should detect {name} without a BOM"
        );
        assert_eq!(doc.text, SIMPLIFIED, "should decode {name} without a BOM");
    }
}

mod properties {
    use super::*;
    use gongwen::OriginMap;
    use proptest::prelude::*;

    const ENCODINGS: [&Encoding; 5] = [encoding_rs::UTF_8, GBK, BIG5, UTF_16LE, UTF_16BE];

    fn encode_any(encoding: &'static Encoding, text: &str) -> Option<Vec<u8>> {
        if encoding == UTF_16LE || encoding == UTF_16BE {
            let be = encoding == UTF_16BE;
            return Some(
                text.encode_utf16()
                    .flat_map(|u| if be { u.to_be_bytes() } else { u.to_le_bytes() })
                    .collect(),
            );
        }
        let (bytes, _, unmappable) = encoding.encode(text);
        (!unmappable).then(|| bytes.into_owned())
    }

    proptest! {
        /// Lossy decoding of corrupted text: every character that was not
        /// replaced maps back to bytes that decode to it, and the end of the
        /// text maps to the end of the input.
        #[test]
        fn lossy_text_maps_back(
            text in prop_oneof![
                "[\u{4E00}-\u{9FA5}a-z0-9，。、（）“”\n]{0,40}",
                "[網信辦年度工作總結明確方向堅定意識形態與會議報告問題一二三四、，。：（）\n a-z0-9]{0,40}",
            ],
            which in 0..5usize,
            corruptions in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..4),
        ) {
            let encoding = ENCODINGS[which];
            let Some(mut bytes) = encode_any(encoding, &text) else { return Ok(()) };
            for (at, byte) in corruptions {
                if !bytes.is_empty() {
                    let len = bytes.len();
                    bytes[at % len] = byte;
                }
            }
            let doc = match parse_bytes(&bytes, &Options::new().encoding(encoding).lossy(true)) {
                Ok(doc) => doc,
                Err(Error::NotText { .. }) => return Ok(()),
                Err(err) => panic!("lossy decoding should not fail: {err}"),
            };
            // GBK reads € from 80 and from A2 E3; the map counts it as the 80
            // code page 936 writes (documented on OriginMap).
            prop_assume!(encoding != GBK || !doc.text.contains('€'));
            let map = OriginMap::new(&doc);
            let mut last = 0;
            for (start, c) in doc.text.char_indices() {
                let span = Span::new(start, start + c.len_utf8());
                let range = map.original_range(span).expect("every character should map back");
                prop_assert!(range.start >= last, "offsets should not go backwards");
                last = range.end;
                if doc.source.malformed.iter().any(|m| m.span == span) {
                    continue;
                }
                let decoded = encoding.decode_without_bom_handling(&bytes[range.clone()]).0;
                prop_assert_eq!(decoded.as_ref(), c.to_string(), "{:?} at {} should map to {:?}", c, start, range);
            }
            prop_assert_eq!(map.original_offset(doc.text.len()), Some(bytes.len()), "the end should map to the end");
        }

        /// Any bytes: a document or a typed error, never a panic; lossy
        /// decoding fails only on binary data.
        #[test]
        fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            match parse_bytes(&bytes, &Options::new()) {
                Ok(doc) => prop_assert!(doc.source.malformed.is_empty(), "strict decoding should replace nothing"),
                Err(err) => prop_assert!(matches!(err.code(), "malformed" | "not_text"), "unexpected error {}", err),
            }
            match parse_bytes(&bytes, &Options::new().lossy(true)) {
                Ok(doc) => {
                    let offsets: Vec<usize> = doc.source.malformed.iter().map(|m| m.offset).collect();
                    prop_assert!(offsets.windows(2).all(|w| w[0] < w[1]), "ranges should be in order");
                    prop_assert!(doc.source.malformed.iter().all(|m| m.offset + m.length <= bytes.len()), "ranges should lie in the input");
                }
                Err(err) => prop_assert_eq!(err.code(), "not_text", "lossy decoding should only refuse binary data"),
            }
        }
    }
}
