//! Hostile and broken input (issue #6): every input gives a tree or a typed
//! error, and every byte is accounted for. Each case states what it expects.
//! The inputs are generated here, not committed. Time is checked in
//! `benches/linearity.rs`; these tests only check results.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use gongwen::{
    parse, parse_bytes, DiagnosticCode, Document, Error, LineEndings, MarkerStyle, Options,
    Section, Severity,
};

/// The promises every result keeps: lossless spans and a JSON form that
/// reads back to the same tree.
fn assert_sound(doc: &Document, case: &str) {
    if let Err(e) = doc.check_lossless() {
        panic!("{case}: tree should be lossless: {e}");
    }
    let json = serde_json::to_string(doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    assert!(
        back == *doc,
        "{case}: JSON should read back to an equal tree"
    );
}

/// Lossless only, for inputs too large to round-trip through JSON quickly
/// in a debug build.
fn assert_lossless(doc: &Document, case: &str) {
    if let Err(e) = doc.check_lossless() {
        panic!("{case}: tree should be lossless: {e}");
    }
}

fn codes(doc: &Document) -> Vec<DiagnosticCode> {
    doc.diagnostics.iter().map(|d| d.code).collect()
}

/// Nesting depth of the deepest section, without recursion.
fn depth(sections: &[Section]) -> u32 {
    let mut deepest = 0;
    let mut stack: Vec<(u32, &Section)> = sections.iter().map(|s| (1, s)).collect();
    while let Some((d, s)) = stack.pop() {
        deepest = deepest.max(d);
        stack.extend(s.children.iter().map(|c| (d + 1, c)));
    }
    deepest
}

fn count_sections(sections: &[Section]) -> usize {
    let mut count = 0;
    let mut stack: Vec<&Section> = sections.iter().collect();
    while let Some(s) = stack.pop() {
        count += 1;
        stack.extend(&s.children);
    }
    count
}

#[test]
fn empty_and_blank_inputs_give_empty_documents() {
    let cases: [(&str, &[u8], &str, bool); 6] = [
        ("empty file", b"", "UTF-8", false),
        (
            "whitespace only",
            " \n\t\r\n  \u{3000}\n".as_bytes(),
            "UTF-8",
            false,
        ),
        ("lone UTF-8 BOM", b"\xEF\xBB\xBF", "UTF-8", true),
        ("lone UTF-16LE BOM", b"\xFF\xFE", "UTF-16LE", true),
        ("lone UTF-16BE BOM", b"\xFE\xFF", "UTF-16BE", true),
        (
            "BOM then blank lines",
            b"\xEF\xBB\xBF\n\n  \n",
            "UTF-8",
            true,
        ),
    ];
    for (case, bytes, encoding, bom) in cases {
        let doc = parse_bytes(bytes, &Options::new())
            .unwrap_or_else(|e| panic!("{case}: should give a document, not {e}"));
        assert_sound(&doc, case);
        assert_eq!(doc.source.encoding, encoding, "{case}: encoding");
        assert_eq!(doc.source.bom, bom, "{case}: BOM");
        assert_eq!(doc.source.bytes, bytes.len(), "{case}: input size");
        assert!(doc.text.trim().is_empty(), "{case}: text should be blank");
        assert!(doc.title.is_none(), "{case}: should have no title");
        assert!(
            doc.preamble.is_empty() && doc.sections.is_empty() && doc.footer.is_none(),
            "{case}: should have no body and no footer"
        );
        assert!(
            doc.diagnostics.is_empty(),
            "{case}: should have nothing to report"
        );
    }
}

#[test]
fn nul_bytes_inside_text_are_kept_and_reported() {
    let text = "一、总体\0要求\n正文\0\0内容。\n";
    let doc =
        parse_bytes(text.as_bytes(), &Options::new()).expect("NULs in UTF-8 text should decode");
    assert_sound(&doc, "NUL bytes");
    assert_eq!(doc.text, text, "should keep the NULs in the text");
    assert_eq!(
        doc.source.encoding, "UTF-8",
        "a few NULs should not make it UTF-16"
    );
    assert_eq!(doc.sections.len(), 1, "should still find the section");
    let controls: Vec<(usize, usize)> = doc
        .diagnostics
        .iter()
        .filter(|d| d.code == DiagnosticCode::ControlCharacter)
        .map(|d| (d.span.start, d.span.end))
        .collect();
    let first = text.find('\0').unwrap();
    let run = text.find("\0\0").unwrap();
    assert_eq!(
        controls,
        vec![(first, first + 1), (run, run + 2)],
        "should report the NUL and the run of two NULs"
    );
    assert!(
        doc.diagnostics
            .iter()
            .all(|d| d.severity == Severity::Warning),
        "NULs should be warnings"
    );
}

#[test]
fn binary_files_are_refused_as_not_text() {
    let mut zip = b"PK\x03\x04\x14\x00\x06\x00\x08\x00".to_vec();
    zip.extend_from_slice(b"[Content_Types].xml\x00\x00\xff\xfe");
    let cases: [(&str, Vec<u8>, &str); 3] = [
        (
            "PDF header",
            b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n".to_vec(),
            "PDF",
        ),
        ("ZIP (DOCX)", zip, "ZIP"),
        (
            "PNG",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x10".to_vec(),
            "PNG",
        ),
    ];
    for (case, bytes, kind) in cases {
        for options in [Options::new(), Options::new().lossy(true)] {
            match parse_bytes(&bytes, &options) {
                Err(Error::NotText { kind: found }) => {
                    assert!(
                        found.contains(kind),
                        "{case}: should say it looks like {kind}, says {found}"
                    )
                }
                other => panic!("{case}: should be refused as not text, got {other:?}"),
            }
        }
    }
}

#[test]
fn a_20_mb_single_line_is_one_paragraph() {
    let sentence = "全年开展培训工作，取得明显成效，群众满意度持续提升。";
    let mut text = sentence.repeat(20 * 1024 * 1024 / sentence.len());
    text.push_str("投入资金3.2亿元。");
    let doc = parse(&text, &Options::new());
    assert_lossless(&doc, "20 MB line");
    assert!(doc.title.is_none(), "a 20 MB line is no title");
    assert_eq!(doc.preamble.len(), 1, "should make one paragraph");
    let paragraph = &doc.preamble[0];
    assert_eq!(
        paragraph.span.len(),
        text.len(),
        "the paragraph should span the whole line"
    );
    let figures: Vec<&str> = paragraph.figures.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        figures,
        vec!["3.2亿元"],
        "should find the one figure at the very end"
    );
    assert_eq!(
        doc.source.line_endings,
        LineEndings::None,
        "should see no line end"
    );
}

#[test]
fn a_1_mb_title_line_becomes_body_text() {
    let long = "关于进一步加强和改进基层治理工作的总结".repeat(1024 * 1024 / 57);
    let text = format!("{long}\n一、总体情况\n正文。\n");
    let doc = parse(&text, &Options::new());
    assert_sound(&doc, "1 MB title");
    assert!(doc.title.is_none(), "a 1 MB line is too long for a title");
    assert_eq!(
        doc.preamble.len(),
        1,
        "should keep the long line as a paragraph"
    );
    assert_eq!(
        doc.preamble[0].text, long,
        "the paragraph should hold the whole line"
    );
    assert_eq!(
        doc.sections.len(),
        1,
        "should still find the section after it"
    );
}

#[test]
fn one_hundred_thousand_marker_only_lines() {
    let text = "一、\n".repeat(100_000);
    let doc = parse(&text, &Options::new());
    assert_lossless(&doc, "100 000 lines of 一、");
    assert_eq!(
        doc.sections.len(),
        100_000,
        "each 一、 should open a level-1 section"
    );
    assert!(
        doc.sections.iter().all(|s| s.level == 1
            && s.heading.is_none()
            && s.marker
                .as_ref()
                .is_some_and(|m| m.ordinal == 1 && m.style == MarkerStyle::CjkComma)),
        "every section should be a bare 一、 at level 1"
    );
}

#[test]
fn ten_thousand_unclosed_brackets() {
    for (case, text) in [
        ("on one line", "（".repeat(10_000)),
        ("one per line", "（\n".repeat(10_000)),
    ] {
        let doc = parse(&text, &Options::new());
        assert_sound(&doc, case);
        assert!(doc.sections.is_empty(), "{case}: brackets open no section");
        let kept: usize = doc.preamble.iter().map(|p| p.text.chars().count()).sum();
        assert_eq!(
            kept, 10_000,
            "{case}: every bracket should be in a paragraph"
        );
    }
}

#[test]
fn ten_thousand_nested_looking_markers() {
    let one_line = "（一）1.（1）①".repeat(10_000);
    let doc = parse(&one_line, &Options::new());
    assert_sound(&doc, "markers on one line");
    assert_eq!(
        count_sections(&doc.sections),
        1,
        "only the marker at the line start opens a section"
    );

    // One marker per line, 2 500 times over: each restarting （一） nests
    // under the open ①, so only the depth limit stops the nesting.
    let lines = "（一）\n1.\n（1）\n①\n".repeat(2_500);
    let doc = parse(&lines, &Options::new());
    assert_sound(&doc, "markers on lines");
    assert_eq!(
        depth(&doc.sections),
        Options::DEFAULT_MAX_DEPTH,
        "the default limit should cap the nesting"
    );
    assert!(
        codes(&doc).contains(&DiagnosticCode::DepthLimit),
        "markers below the default limit should be reported as depth_limit"
    );
    // Even an unbounded request stops at the ceiling, so the tree still
    // drops, serialises and reads back (serde_json nests at most 128 deep).
    let doc = parse(&lines, &Options::new().max_depth(u32::MAX));
    assert_sound(&doc, "markers on lines, max_depth u32::MAX");
    assert_eq!(
        depth(&doc.sections),
        Options::MAX_DEPTH_CEILING,
        "the ceiling should cap the nesting"
    );
    let with_limit = Options::new().max_depth(2);
    let doc = parse(&lines, &with_limit);
    assert_sound(&doc, "markers on lines, max_depth 2");
    assert!(
        depth(&doc.sections) <= 2,
        "max_depth 2 should cap the nesting"
    );
    assert!(
        codes(&doc).contains(&DiagnosticCode::DepthLimit),
        "markers below the limit should be reported as depth_limit"
    );
}

#[test]
fn deep_nesting_is_capped_by_max_depth() {
    // Thirteen marker styles in GB/T 9704 and Taiwan order, repeated: without
    // a limit they would nest thirteen deep.
    let unit = "第一部分 总则\n第一章 甲\n第一节 乙\n第一条 丙\n壹、丁\n一、戊\n（一）己\n1.庚\n（1）辛\n①壬\n1)癸\n1、子\n一.丑\n";
    let text = unit.repeat(500);
    for limit in [1, 3, Options::DEFAULT_MAX_DEPTH, u32::MAX] {
        let options = Options::new().max_depth(limit);
        let doc = parse(&text, &options);
        assert_sound(&doc, &format!("max_depth {limit}"));
        let deepest = depth(&doc.sections);
        let cap = limit.min(Options::MAX_DEPTH_CEILING);
        assert!(
            deepest <= cap,
            "max_depth {limit}: sections nest {deepest} deep, over {cap}"
        );
        assert!(
            codes(&doc).contains(&DiagnosticCode::DepthLimit),
            "max_depth {limit}: deeper markers should be reported"
        );
        drop(doc); // dropping the tree must not recurse deeper than the limit either
    }
}

#[test]
fn a_1000_digit_number_is_reported_not_rounded() {
    let digits = "9".repeat(1000);
    let text = format!("一、投入情况\n全年投入{digits}元。\n");
    let doc = parse(&text, &Options::new());
    assert_sound(&doc, "1000-digit number");
    let figures: usize = doc.sections[0].blocks.iter().map(|b| b.figures.len()).sum();
    assert_eq!(figures, 0, "should state no figure it cannot represent");
    let start = text.find('9').unwrap();
    let overflow = doc
        .diagnostics
        .iter()
        .find(|d| d.code == DiagnosticCode::NumberOverflow)
        .expect("should report the overflow");
    assert_eq!(
        overflow.span.start, start,
        "the diagnostic should start at the number"
    );
    assert!(
        overflow.span.end >= start + 1000,
        "the diagnostic should cover the digits"
    );
}

#[test]
fn nine_thousand_nine_hundred_ninety_nine_yi_yi() {
    let text = "一、投入情况\n全年投入九千九百九十九亿亿元。\n";
    let doc = parse(text, &Options::new());
    assert_sound(&doc, "九千九百九十九亿亿");
    let figure = &doc.sections[0].blocks[0].figures[0];
    assert_eq!(
        figure.text, "九千九百九十九亿亿元",
        "should take the whole numeral and unit"
    );
    assert_eq!(
        figure.value.map(|v| v.to_string()).as_deref(),
        Some("99990000000000000000"),
        "should read 9999×10^16 exactly"
    );
}

#[test]
fn invisible_characters_between_marker_and_text() {
    let cases = [
        ("zero-width space", "\u{200B}", Severity::Info),
        ("zero-width joiner", "\u{200D}", Severity::Info),
        ("right-to-left override", "\u{202E}", Severity::Warning),
        ("left-to-right isolate", "\u{2066}", Severity::Warning),
    ];
    for (case, invisible, severity) in cases {
        let text =
            format!("关于工作的总结\n一、{invisible}总体情况\n正文。\n二、存在问题\n正文。\n");
        let doc = parse(&text, &Options::new());
        assert_sound(&doc, case);
        assert_eq!(
            doc.sections.len(),
            2,
            "{case}: should still find both sections"
        );
        let marker = doc.sections[0]
            .marker
            .as_ref()
            .expect("should keep the marker");
        assert_eq!(
            (marker.text.as_str(), marker.ordinal),
            ("一、", 1),
            "{case}: marker"
        );
        let at = text.find(invisible).unwrap();
        let diagnostic = doc
            .diagnostics
            .iter()
            .find(|d| d.code == DiagnosticCode::ControlCharacter)
            .unwrap_or_else(|| panic!("{case}: should report the character"));
        assert_eq!(diagnostic.span.start, at, "{case}: diagnostic position");
        assert_eq!(diagnostic.severity, severity, "{case}: severity");
    }
}

#[test]
fn full_and_half_width_mixed_in_one_marker() {
    let text = "（1)第一项\n(2）第二项\n（３)第三项\n(一）甲\n（二)乙\n";
    let doc = parse(text, &Options::new());
    assert_sound(&doc, "mixed-width markers");
    let mut markers = Vec::new();
    let mut stack: Vec<&Section> = doc.sections.iter().rev().collect();
    while let Some(s) = stack.pop() {
        if let Some(m) = &s.marker {
            markers.push((m.text.as_str(), m.style, m.ordinal));
        }
        stack.extend(s.children.iter().rev());
    }
    assert_eq!(
        markers,
        vec![
            ("（1)", MarkerStyle::ArabicParen, 1),
            ("(2）", MarkerStyle::ArabicParen, 2),
            ("（３)", MarkerStyle::ArabicParen, 3),
            ("(一）", MarkerStyle::CjkParen, 1),
            ("（二)", MarkerStyle::CjkParen, 2),
        ],
        "mixed full-width and half-width brackets should read as one style"
    );
}

#[test]
fn cr_only_line_ends_give_the_lf_tree() {
    let lf =
        "关于工作的总结\n一、总体情况\n正文。\n二、存在问题\n正文。\n\n某某局\n2023年12月28日\n";
    let cr = lf.replace('\n', "\r");
    let a = parse(lf, &Options::new());
    let b = parse(&cr, &Options::new());
    assert_sound(&b, "CR-only");
    assert_eq!(
        b.source.line_endings,
        LineEndings::Cr,
        "should report CR line ends"
    );
    assert_eq!(
        b.title.as_ref().map(|t| &t.text),
        a.title.as_ref().map(|t| &t.text),
        "same title"
    );
    let headings = |d: &Document| -> Vec<Option<String>> {
        d.sections
            .iter()
            .map(|s| s.heading.as_ref().map(|h| h.text.clone()))
            .collect()
    };
    assert_eq!(headings(&b), headings(&a), "same sections");
    assert_eq!(
        b.footer
            .as_ref()
            .and_then(|f| f.date.as_ref())
            .map(|d| &d.text),
        a.footer
            .as_ref()
            .and_then(|f| f.date.as_ref())
            .map(|d| &d.text),
        "same date of issue"
    );
}

#[test]
fn lone_surrogates_in_utf16() {
    let mut bytes = vec![0xFF, 0xFE];
    for unit in "一、总体".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let bad = bytes.len();
    bytes.extend_from_slice(&0xD800u16.to_le_bytes()); // a high surrogate with no low one
    for unit in "情况\n".encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    bytes.extend_from_slice(&0xDC00u16.to_le_bytes()); // a lone low surrogate at the end

    match parse_bytes(&bytes, &Options::new()) {
        Err(e @ Error::Malformed { .. }) => {
            assert_eq!(
                e.code(),
                "malformed",
                "strict decoding should fail as malformed"
            );
            assert_eq!(
                e.offset(),
                Some(bad),
                "should name the lone surrogate's offset"
            );
        }
        other => panic!("strict decoding should refuse lone surrogates, got {other:?}"),
    }

    let doc = parse_bytes(&bytes, &Options::new().lossy(true))
        .expect("lossy decoding should give a tree");
    assert_sound(&doc, "lossy UTF-16");
    assert_eq!(doc.source.encoding, "UTF-16LE", "encoding from the BOM");
    assert_eq!(
        doc.text, "一、总体\u{FFFD}情况\n\u{FFFD}",
        "each lone surrogate should become U+FFFD"
    );
    let offsets: Vec<(usize, usize)> = doc
        .source
        .malformed
        .iter()
        .map(|m| (m.offset, m.length))
        .collect();
    assert_eq!(
        offsets,
        vec![(bad, 2), (bytes.len() - 2, 2)],
        "should list both bad ranges"
    );
    let reported = codes(&doc)
        .iter()
        .filter(|c| **c == DiagnosticCode::Malformed)
        .count();
    assert_eq!(reported, 2, "should report both replacements");
}

#[test]
fn a_footer_with_a_thousand_signatory_lines() {
    let mut text = String::from("关于2023年工作的总结\n一、总体情况\n全年开展培训300余期。\n\n");
    for i in 0..1000 {
        text.push_str(&format!("某某县第{i}工作组\n"));
    }
    text.push_str("2023年12月28日\n");
    let doc = parse(&text, &Options::new());
    assert_sound(&doc, "1000 signatories");
    let footer = doc.footer.as_ref().expect("should find the footer");
    let date = footer.date.as_ref().expect("should read the date of issue");
    assert_eq!(
        (date.year, date.month, date.day),
        (2023, Some(12), Some(28)),
        "date of issue"
    );
    assert!(
        !footer.signatories.is_empty(),
        "should take signatories above the date"
    );
    let last = footer.signatories.last().unwrap();
    assert_eq!(
        last.text, "某某县第999工作组",
        "the line above the date should be a signatory"
    );
}

#[test]
fn input_over_the_limit_is_refused_with_a_typed_error() {
    let text = "一、总体情况\n正文。\n".repeat(100);
    let limit = 1024;
    match parse_bytes(text.as_bytes(), &Options::new().max_input_bytes(limit)) {
        Err(Error::TooLarge { size, limit: l }) => {
            assert_eq!(
                (size, l),
                (text.len(), limit),
                "should name the size and the limit"
            )
        }
        other => panic!("should refuse input over max_input_bytes, got {other:?}"),
    }
    assert_eq!(
        Options::new().input_limit(),
        Options::DEFAULT_MAX_INPUT_BYTES,
        "the default limit should be documented"
    );
    assert!(
        parse_bytes(text.as_bytes(), &Options::new().max_input_bytes(text.len())).is_ok(),
        "input at the limit should be read"
    );
}
