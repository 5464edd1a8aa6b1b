//! 识别 — which encoding the bytes are in, or that they are not text.
//!
//! ```text
//! choose = bom                                   EF BB BF | FF FE | FE FF
//!        | magic            → Error::NotText     %PDF-, PK\3\4, \x89PNG, D0 CF 11 E0, …
//!        | override                              Options::encoding
//!        | utf16_without_bom                     NULs, one plausible byte order
//!        | binary           → Error::NotText     NUL/control-heavy window
//!        | utf8                                  valid, or valid with a few bad sequences
//!        | chardetng(prefix) ∈ { GBK, Big5 }
//! ```
//!
//! Sniffing looks at a bounded window ([`WINDOW`] bytes) and chardetng at a
//! bounded run of bytes from the first non-ASCII byte ([`DETECT_BUDGET`]), so
//! detection costs the same for a 10 KB and a 100 MB file. Only the UTF-8
//! validity check reads the whole input, at memory speed.

use crate::error::Error;
use crate::options::Options;
use chardetng::{EncodingDetector, Iso2022JpDetection, Utf8Detection};
use encoding_rs::{DecoderResult, Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

/// How many bytes the NUL, UTF-16 and binary sniffers look at.
const WINDOW: usize = 8 * 1024;

/// How many bytes from the first non-ASCII byte chardetng is fed, when the
/// prefix is valid in both GBK and Big5 (in practice: Big5 input). chardetng
/// runs at a few MB/s; 512 bytes (about 250 characters) tell Big5 from GBK
/// on every document of the corpus and keep detection well under a
/// millisecond whatever the file size.
const DETECT_BUDGET: usize = 512;

/// What to decode with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Choice {
    pub(super) encoding: &'static Encoding,
    /// Length of the byte-order mark to skip.
    pub(super) bom_len: usize,
    /// Whether the encoding was sniffed (not given, not from a BOM).
    pub(super) detected: bool,
}

/// Choose the encoding of `bytes`, or say that they are not text.
pub(super) fn choose(bytes: &[u8], options: &Options) -> Result<Choice, Error> {
    let bom = bom(bytes);
    if let Some(forced) = options.encoding_override() {
        if let Some(kind) = magic(bytes).filter(|_| bom.is_none()) {
            return Err(Error::NotText {
                kind: kind.to_owned(),
            });
        }
        let bom_len = match bom {
            Some((encoding, len)) if encoding == forced => len,
            _ => 0,
        };
        return Ok(Choice {
            encoding: forced,
            bom_len,
            detected: false,
        });
    }
    if let Some((encoding, bom_len)) = bom {
        return Ok(Choice {
            encoding,
            bom_len,
            detected: false,
        });
    }
    if let Some(kind) = magic(bytes) {
        return Err(Error::NotText {
            kind: kind.to_owned(),
        });
    }
    let detected = |encoding| {
        Ok(Choice {
            encoding,
            bom_len: 0,
            detected: true,
        })
    };
    let window = bytes.get(..WINDOW).unwrap_or(bytes);
    let utf8_error = std::str::from_utf8(bytes).err();
    let nuls = window.iter().filter(|&&b| b == 0).count();
    if nuls > 0 {
        // Valid UTF-8 with NULs is UTF-16 only when NULs are dense (ASCII-heavy
        // UTF-16); otherwise a stray NUL stays a NUL in UTF-8 text.
        if utf8_error.is_some() || nuls * 8 >= window.len() {
            if let Some(encoding) = utf16_without_bom(window) {
                return detected(encoding);
            }
        }
    }
    if is_binary(window) {
        return Err(Error::NotText {
            kind: "binary data".to_owned(),
        });
    }
    match utf8_error {
        None => detected(UTF_8),
        Some(err) if looks_like_utf8(bytes, err.valid_up_to()) => detected(UTF_8),
        Some(_) => detected(guess_legacy(bytes)),
    }
}

/// A byte-order mark and its length.
fn bom(bytes: &[u8]) -> Option<(&'static Encoding, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some((UTF_8, 3)),
        [0xFF, 0xFE, ..] => Some((UTF_16LE, 2)),
        [0xFE, 0xFF, ..] => Some((UTF_16BE, 2)),
        _ => None,
    }
}

/// Signatures of binary formats people mistake for text files.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "ZIP archive (or DOCX, XLSX, ODT)"),
    (b"PK\x05\x06", "ZIP archive (or DOCX, XLSX, ODT)"),
    (b"PK\x07\x08", "ZIP archive (or DOCX, XLSX, ODT)"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "OLE2 compound file (DOC, XLS, PPT)",
    ),
    (b"{\\rtf", "RTF"),
    (b"\x1F\x8B", "gzip archive"),
    (b"Rar!\x1A\x07", "RAR archive"),
    (b"7z\xBC\xAF\x27\x1C", "7z archive"),
    (b"\xFD7zXZ\x00", "xz archive"),
    (b"\x28\xB5\x2F\xFD", "zstd archive"),
    (b"\x7FELF", "ELF executable"),
    (b"\xCA\xFE\xBA\xBE", "Java class or Mach-O executable"),
    (b"\xCF\xFA\xED\xFE", "Mach-O executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x00asm", "WebAssembly module"),
    (b"OggS", "Ogg media"),
    (b"fLaC", "FLAC audio"),
];

/// What a binary file looks like, from its first bytes.
fn magic(bytes: &[u8]) -> Option<&'static str> {
    if let Some(&(_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(kind);
    }
    match bytes {
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some("WebP image"),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'A', b'V', b'E', ..] => Some("WAV audio"),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'A', b'V', b'I', b' ', ..] => Some("AVI video"),
        [_, _, _, _, b'f', b't', b'y', b'p', ..] => Some("MP4 or QuickTime media"),
        [b'I', b'D', b'3', 2..=4, 0, ..] => Some("MP3 audio"),
        // A DOS/Windows executable: "MZ" and a header full of NULs.
        [b'M', b'Z', ..] if bytes.len() >= 64 && bytes.iter().take(64).any(|&b| b == 0) => {
            Some("Windows executable")
        }
        _ => None,
    }
}

/// Whether `unit` is a code unit common in Chinese documents.
fn plausible(unit: u16) -> bool {
    matches!(
        unit,
        0x09 | 0x0A | 0x0D
            | 0x20..=0x7E
            | 0xA0..=0x24F
            | 0x370..=0x4FF
            | 0x2000..=0x22FF
            | 0x2460..=0x257F
            | 0x25A0..=0x26FF
            | 0x3000..=0x33FF
            | 0x4E00..=0x9FFF
            | 0xD800..=0xDFFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFFEF
    )
}

/// UTF-16 without a BOM: the window has NULs and one byte order reads as
/// plausible text (≥ 90 % of units) while the other clearly does not, or — when
/// both do, as for ASCII-only text — the NULs all sit in one byte of the pair.
fn utf16_without_bom(window: &[u8]) -> Option<&'static Encoding> {
    let pairs = window.chunks_exact(2);
    let units = pairs.len();
    if units < 2 {
        return None;
    }
    let (mut le, mut be, mut nul_high_le, mut nul_high_be) = (0usize, 0usize, 0usize, 0usize);
    for pair in pairs {
        if let [a, b] = *pair {
            le += usize::from(plausible(u16::from_le_bytes([a, b])));
            be += usize::from(plausible(u16::from_be_bytes([a, b])));
            nul_high_le += usize::from(b == 0 && a != 0);
            nul_high_be += usize::from(a == 0 && b != 0);
        }
    }
    // Shares in percent.
    let (le, be) = (le * 100 / units, be * 100 / units);
    let encoding = if le >= be + 20 {
        UTF_16LE
    } else if be >= le + 20 {
        UTF_16BE
    } else if nul_high_le > 0 && nul_high_le >= 4 * nul_high_be {
        UTF_16LE
    } else if nul_high_be > 0 && nul_high_be >= 4 * nul_high_le {
        UTF_16BE
    } else {
        return None;
    };
    let share = if encoding == UTF_16LE { le } else { be };
    (share >= 90).then_some(encoding)
}

/// NULs and C0 controls other than tab, line ends, form feed and escape
/// make up 1 in 32 bytes of the window (a lone NUL in text is not binary).
fn is_binary(window: &[u8]) -> bool {
    let suspicious = window
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | 0x1A | 0x1B))
        .count();
    suspicious >= 4 && suspicious * 32 >= window.len()
}

/// Whether invalid UTF-8 is UTF-8 with a few corrupt sequences rather than a
/// legacy encoding: at least 4 multi-byte characters before the first error,
/// or, in a window from the first non-ASCII byte, valid multi-byte
/// characters outnumber errors 4 to 1.
/// (GBK or Big5 text breaks UTF-8 within its first few characters, and
/// chance UTF-8 sequences in it are rare.)
fn looks_like_utf8(bytes: &[u8], valid_up_to: usize) -> bool {
    let leads = |slice: &[u8]| slice.iter().filter(|&&b| b >= 0xC2).count();
    let prefix = bytes.get(..valid_up_to).unwrap_or_default();
    if prefix.iter().filter(|&&b| b >= 0xC2).take(4).count() >= 4 {
        return true;
    }
    let start = Encoding::ascii_valid_up_to(bytes);
    let end = start.saturating_add(WINDOW).min(bytes.len());
    let window_is_all = end == bytes.len();
    let mut rest = bytes.get(start..end).unwrap_or_default();
    let (mut valid, mut errors) = (0, 0);
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => {
                valid += leads(rest);
                break;
            }
            Err(err) => {
                valid += leads(rest.get(..err.valid_up_to()).unwrap_or_default());
                match err.error_len() {
                    Some(len) => {
                        errors += 1;
                        rest = rest.get(err.valid_up_to() + len..).unwrap_or_default();
                    }
                    None => {
                        // A sequence cut by the window end is no error.
                        errors += usize::from(window_is_all);
                        break;
                    }
                }
            }
        }
    }
    valid >= 2 && valid >= 4 * errors
}

/// GBK or Big5, as chardetng says from a bounded prefix with no country hint.
///
/// chardetng rules out an encoding at its first invalid sequence, so when
/// the prefix is valid in exactly one of the two, that one is the answer
/// and chardetng (a few MB/s) is not run: GBK text is almost never valid
/// Big5, while Big5 text is nearly always valid GBK and goes to chardetng.
///
/// One corrupt byte early in a file can rule out the right encoding too.
/// When neither survives, chardetng judges again the bytes up to where the
/// second of them breaks: the right one is clean there and the wrong one,
/// usually broken much earlier, still ruled out. Any other guess left
/// (EUC-KR, Shift_JIS, windows-1252, …) is asked again with the `.cn` and
/// then the `.tw` hint; GBK when nothing helps (decoding then reports where
/// the bytes are bad).
fn guess_legacy(bytes: &[u8]) -> &'static Encoding {
    let first_non_ascii = Encoding::ascii_valid_up_to(bytes);
    let end = first_non_ascii
        .saturating_add(DETECT_BUDGET)
        .min(bytes.len());
    let prefix = bytes.get(..end).unwrap_or(bytes);
    let (gbk_error, big5_error) = (first_error(GBK, prefix), first_error(BIG5, prefix));
    match (gbk_error == prefix.len(), big5_error == prefix.len()) {
        (true, false) => return GBK,
        (false, true) => return BIG5,
        _ => {}
    }
    let detector = detector(prefix);
    if let Some(encoding) = chinese(detector.guess(None, Utf8Detection::Deny)) {
        return encoding;
    }
    let clean = gbk_error.max(big5_error);
    if clean > first_non_ascii && clean < prefix.len() {
        let before = detector_guess(prefix.get(..clean).unwrap_or_default());
        if let Some(encoding) = before {
            return encoding;
        }
    }
    [b"cn".as_ref(), b"tw".as_ref()]
        .into_iter()
        .find_map(|tld| chinese(detector.guess(Some(tld), Utf8Detection::Deny)))
        .unwrap_or(GBK)
}

/// A detector fed `prefix` as the start of a longer stream, so that a
/// sequence cut at its end is no error.
fn detector(prefix: &[u8]) -> EncodingDetector {
    let mut detector = EncodingDetector::new(Iso2022JpDetection::Deny);
    detector.feed(prefix, false);
    detector
}

/// The unhinted guess for `prefix`, if GBK or Big5.
fn detector_guess(prefix: &[u8]) -> Option<&'static Encoding> {
    chinese(detector(prefix).guess(None, Utf8Detection::Deny))
}

fn chinese(encoding: &'static Encoding) -> Option<&'static Encoding> {
    (encoding == GBK || encoding == BIG5 || encoding == GB18030).then_some(encoding)
}

/// Offset of the first invalid sequence of `bytes` in `encoding`, or its
/// length when there is none (a sequence cut at the end is no error).
fn first_error(encoding: &'static Encoding, bytes: &[u8]) -> usize {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = [0u8; 1024];
    let mut consumed = 0;
    loop {
        let rest = bytes.get(consumed..).unwrap_or_default();
        let (result, read, _) = decoder.decode_to_utf8_without_replacement(rest, &mut out, false);
        consumed += read;
        match result {
            DecoderResult::InputEmpty => return bytes.len(),
            DecoderResult::OutputFull => {}
            DecoderResult::Malformed(bad, after) => {
                return consumed.saturating_sub(usize::from(bad) + usize::from(after));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]

    use super::*;

    fn choose_default(bytes: &[u8]) -> Result<Choice, Error> {
        choose(bytes, &Options::new())
    }

    fn utf16le(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_le_bytes).collect()
    }

    fn utf16be(text: &str) -> Vec<u8> {
        text.encode_utf16().flat_map(u16::to_be_bytes).collect()
    }

    #[test]
    fn not_text_is_named() {
        let mut exe = b"MZ\x90\x00".to_vec();
        exe.resize(128, 0);
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("a PDF", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(), "PDF"),
            (
                "a DOCX",
                b"PK\x03\x04\x14\x00\x06\x00".to_vec(),
                "ZIP archive (or DOCX, XLSX, ODT)",
            ),
            (
                "a PNG",
                b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(),
                "PNG image",
            ),
            (
                "a JPEG",
                b"\xFF\xD8\xFF\xE0\x00\x10JFIF".to_vec(),
                "JPEG image",
            ),
            (
                "an old .doc",
                b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00".to_vec(),
                "OLE2 compound file (DOC, XLS, PPT)",
            ),
            ("a gzip file", b"\x1F\x8B\x08\x00".to_vec(), "gzip archive"),
            (
                "an ELF binary",
                b"\x7FELF\x02\x01\x01".to_vec(),
                "ELF executable",
            ),
            ("a Windows executable", exe, "Windows executable"),
            (
                "a WebP",
                b"RIFF\x24\x00\x00\x00WEBPVP8 ".to_vec(),
                "WebP image",
            ),
            (
                "NUL-heavy data",
                [0u8, 1, 2, 3, 0, 0, 0, 7, 8, 0, 0xFF, 0x10].repeat(20),
                "binary data",
            ),
        ];
        for (name, bytes, kind) in cases {
            assert_eq!(
                choose_default(&bytes),
                Err(Error::NotText {
                    kind: kind.to_owned()
                }),
                "should refuse {name} as {kind}"
            );
        }
    }

    #[test]
    fn text_is_not_binary() {
        let cases: Vec<(&str, Vec<u8>)> = vec![
            (
                "a lone NUL in UTF-8 text",
                "工作总结\n一、主要工作\u{0}全年开展培训300余期。\n"
                    .as_bytes()
                    .to_vec(),
            ),
            ("text starting with MZ", b"MZ county report\n".to_vec()),
            (
                "text with a form feed",
                "第一页\u{c}第二页\n".as_bytes().to_vec(),
            ),
        ];
        for (name, bytes) in cases {
            assert_eq!(
                choose_default(&bytes).map(|c| c.encoding),
                Ok(UTF_8),
                "should read {name} as UTF-8"
            );
        }
    }

    #[test]
    fn utf16_without_bom_needs_a_clear_pattern() {
        let chinese = "关于2023年工作的总结\n一、主要工作\n全年开展培训300余期，一是抓学习。\n";
        let cases: Vec<(&str, Vec<u8>, Option<&'static Encoding>)> = vec![
            ("Chinese UTF-16LE", utf16le(chinese), Some(UTF_16LE)),
            ("Chinese UTF-16BE", utf16be(chinese), Some(UTF_16BE)),
            (
                "ASCII UTF-16LE",
                utf16le("Annual report 2023\r\n"),
                Some(UTF_16LE),
            ),
            (
                "ASCII UTF-16BE",
                utf16be("Annual report 2023\r\n"),
                Some(UTF_16BE),
            ),
            (
                "GBK with a NUL",
                [GBK.encode("关于工作的总结").0.as_ref(), b"\x00"].concat(),
                None,
            ),
            ("random binary", (0u8..=255).collect(), None),
        ];
        for (name, bytes, expected) in cases {
            assert_eq!(
                utf16_without_bom(&bytes),
                expected,
                "should sniff {name} as {expected:?}"
            );
        }
        let choice = choose_default(&utf16le(chinese)).unwrap();
        assert_eq!(
            (choice.encoding, choice.detected),
            (UTF_16LE, true),
            "should choose UTF-16LE without BOM"
        );
    }

    #[test]
    fn boms_and_overrides() {
        type Case = (
            &'static str,
            &'static [u8],
            Options,
            &'static Encoding,
            usize,
            bool,
        );
        let cases: Vec<Case> = vec![
            (
                "a UTF-8 BOM",
                b"\xEF\xBB\xBFabc",
                Options::new(),
                UTF_8,
                3,
                false,
            ),
            (
                "a UTF-16LE BOM",
                b"\xFF\xFEa\x00",
                Options::new(),
                UTF_16LE,
                2,
                false,
            ),
            (
                "a UTF-16BE BOM",
                b"\xFE\xFF\x00a",
                Options::new(),
                UTF_16BE,
                2,
                false,
            ),
            (
                "an override",
                b"\xB9\xA4",
                Options::new().encoding(BIG5),
                BIG5,
                0,
                false,
            ),
            (
                "an override with its own BOM",
                b"\xFF\xFEa\x00",
                Options::new().encoding(UTF_16LE),
                UTF_16LE,
                2,
                false,
            ),
            (
                "an override against another BOM",
                b"\xEF\xBB\xBFa",
                Options::new().encoding(GBK),
                GBK,
                0,
                false,
            ),
        ];
        for (name, bytes, options, encoding, bom_len, detected) in cases {
            assert_eq!(
                choose(bytes, &options),
                Ok(Choice {
                    encoding,
                    bom_len,
                    detected
                }),
                "should handle {name}"
            );
        }
    }

    #[test]
    fn short_utf8_is_never_gbk() {
        for text in [
            "工",
            "总结",
            "二〇二三年",
            "abc",
            "一、",
            "余额",
            "（十二）",
        ] {
            assert!(text.len() < 16);
            let choice = choose_default(text.as_bytes()).unwrap();
            assert_eq!(
                choice.encoding, UTF_8,
                "should read short valid UTF-8 {text:?} as UTF-8"
            );
        }
    }

    #[test]
    fn corrupt_utf8_stays_utf8() {
        let mut one_bad = "关于2023年工作的总结\n一、主要工作\n".as_bytes().to_vec();
        one_bad[4] = 0xFF;
        let half_gbk = [
            "关于2023年工作的总结\n一、主要工作\n".as_bytes(),
            GBK.encode("全年开展培训300余期。\n二、存在的问题\n")
                .0
                .as_ref(),
        ]
        .concat();
        let early_bad = [b"\xFF".as_ref(), "工作总结".as_bytes()].concat();
        let late_bad = [
            "a".repeat(WINDOW * 2).as_bytes(),
            b"\xFF",
            "关于工作的总结".as_bytes(),
        ]
        .concat();
        for (name, bytes) in [
            ("one corrupted byte", one_bad),
            ("UTF-8 then GBK", half_gbk),
            ("a bad first byte", early_bad),
            (
                "a bad first non-ASCII byte after a long ASCII run",
                late_bad,
            ),
        ] {
            assert_eq!(
                choose_default(&bytes).map(|c| c.encoding),
                Ok(UTF_8),
                "should read {name} as UTF-8"
            );
        }
    }

    #[test]
    fn corrupt_bytes_early_do_not_mislead() {
        let traditional = "網信辦2022年度宣傳思想文化暨意識形態工作總結\n一、明確方向，堅定意識形態工作政治站位\n年初召開專題會議4次，向區委報告工作兩次。\n";
        let simplified =
            "关于2023年工作的总结\n一、主要工作\n全年开展培训300余期，参训人员达到一万二千人次。\n";
        let big5 = BIG5.encode(traditional).0.into_owned();
        let gbk = GBK.encode(simplified).0.into_owned();
        let cut = |bytes: &[u8], text: &str, encoding: &'static Encoding| {
            let at = encoding
                .encode(text.get(..text.find('\n').unwrap()).unwrap())
                .0
                .len();
            (
                bytes.get(..at).unwrap().to_vec(),
                bytes.get(at..).unwrap().to_vec(),
            )
        };
        let (big5_head, big5_tail) = cut(&big5, traditional, BIG5);
        let (gbk_head, gbk_tail) = cut(&gbk, simplified, GBK);
        let cases = [
            (
                "Big5 cut at the end",
                [big5.as_slice(), b"\xA4"].concat(),
                BIG5,
            ),
            (
                "Big5 with a lone lead byte early",
                [big5_head.as_slice(), b"\xA4", &big5_tail].concat(),
                BIG5,
            ),
            (
                "Big5 with a bad trail byte early",
                [big5_head.as_slice(), b"\xA4\xFF", &big5_tail].concat(),
                BIG5,
            ),
            (
                "GBK cut at the end",
                [gbk.as_slice(), b"\xB9"].concat(),
                GBK,
            ),
            (
                "GBK with a lone lead byte early",
                [gbk_head.as_slice(), b"\xB9", &gbk_tail].concat(),
                GBK,
            ),
        ];
        for (name, bytes, expected) in cases {
            assert_eq!(guess_legacy(&bytes), expected, "should still detect {name}");
        }
    }

    #[test]
    fn first_errors() {
        let cases: &[(&str, &'static Encoding, &[u8], usize)] = &[
            ("clean GBK", GBK, b"\xB9\xA4\xD7\xF7", 4),
            ("GBK cut at the end", GBK, b"\xB9\xA4\xD7", 3),
            ("a GBK lead before a line end", GBK, b"\xB9\xA4\xD7\n", 2),
            ("a Big5 lead before 0xFF", BIG5, b"a\xA4\xFF", 1),
        ];
        for &(name, encoding, bytes, expected) in cases {
            assert_eq!(
                first_error(encoding, bytes),
                expected,
                "should find the first error of {name}"
            );
        }
    }

    #[test]
    fn legacy_guesses() {
        let simplified =
            "关于2023年工作的总结\n一、主要工作\n全年开展培训300余期，参训人员达到一万二千人次。\n";
        let traditional = "網信辦2022年度宣傳思想文化暨意識形態工作總結\n一、明確方向，堅定意識形態工作政治站位\n";
        let cases = [
            ("Simplified GBK", GBK.encode(simplified).0.into_owned(), GBK),
            (
                "Traditional GBK",
                GBK.encode(traditional).0.into_owned(),
                GBK,
            ),
            (
                "Traditional Big5",
                BIG5.encode(traditional).0.into_owned(),
                BIG5,
            ),
        ];
        for (name, bytes, expected) in cases {
            assert_eq!(
                choose_default(&bytes).map(|c| c.encoding),
                Ok(expected),
                "should detect {name}"
            );
        }
    }
}
