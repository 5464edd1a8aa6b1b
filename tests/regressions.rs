//! Inputs that once broke a promise, found by the fuzz targets in `fuzz/`.
//!
//! Each file in `tests/regressions/` is replayed through the target named
//! by its prefix (`parse_bytes-…`, `parse_text-…`, `figures-…`) with the
//! same invariants the fuzz targets assert (`fuzz/src/lib.rs`), so a crash
//! input keeps guarding its fix. The tests at the bottom name the fixed
//! bug and check the specific result.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../fuzz/src/lib.rs"]
mod invariants;

use gongwen::{parse, Options};
use invariants::{check_document, check_figures, options_from};
use std::path::PathBuf;

fn regression_files() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("tests/regressions should exist")
        .map(|e| {
            let path = e.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Replay one input as its fuzz target did; a failed invariant panics
/// with the file name.
fn replay(name: &str, data: &[u8]) {
    let target = name.split('-').next().unwrap_or("");
    match target {
        "parse_bytes" => {
            let Some((&first, bytes)) = data.split_first() else {
                return;
            };
            let options = options_from(first);
            if let Ok(doc) = gongwen::parse_bytes(bytes, &options) {
                check_document(&doc, &options);
            }
        }
        "parse_text" => {
            let Some((&first, bytes)) = data.split_first() else {
                return;
            };
            let options = options_from(first);
            let text = String::from_utf8_lossy(bytes);
            let doc = parse(&text, &options);
            assert_eq!(
                doc.text, text,
                "{name}: the document text should be the input"
            );
            check_document(&doc, &options);
        }
        "figures" => {
            let text = String::from_utf8_lossy(data);
            check_figures(&text, &gongwen::figures::extract(&text));
        }
        other => panic!("{name}: no fuzz target called {other:?}"),
    }
}

#[test]
fn every_saved_crash_input_now_keeps_the_promises() {
    let files = regression_files();
    assert!(
        !files.is_empty(),
        "tests/regressions should hold the crash inputs"
    );
    for (name, data) in &files {
        let outcome = std::panic::catch_unwind(|| replay(name, data));
        assert!(
            outcome.is_ok(),
            "{name} should parse without breaking an invariant"
        );
    }
}

#[test]
fn attachment_list_inside_an_attached_text_is_kept() {
    // Found by both parse targets: an `附件：` list in the text attached
    // after the footer was parsed and then dropped with its lines.
    let text = "关于工作的通知\n各局：\n正文。\n\n市教育局\n2023年2月20日\n\n附件1\n某某计划\n附件：1.某某\n二、重点任务\n";
    let doc = parse(text, &Options::new());
    assert_eq!(
        doc.check_lossless(),
        Ok(()),
        "should keep the attachment lines"
    );
    let names: Vec<&str> = doc.attachments.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(
        names.first(),
        Some(&"某某"),
        "should list the attachment named in the annex"
    );
}

#[test]
fn many_unfinished_lines_join_into_one_paragraph() {
    // Each line used to recount the chars of the whole paragraph so far:
    // quadratic in the number of lines (10 000 lines of `（` took seconds).
    let text = "（\n".repeat(10_000);
    let doc = parse(&text, &Options::new());
    assert_eq!(doc.check_lossless(), Ok(()), "should keep every bracket");
    assert_eq!(
        doc.preamble.len(),
        1,
        "should join the unfinished lines into one paragraph"
    );
    assert_eq!(
        doc.preamble[0].text.chars().count(),
        10_000,
        "should hold every bracket in the paragraph"
    );
}

#[test]
fn many_part_heading_candidates_are_checked_once() {
    // Every part-heading candidate used to search onwards for the next
    // top-level marker: quadratic in the lines after the last marker.
    let mut text = String::from("关于工作的总结\n一、总体情况\n正文。\n");
    text.push_str(&"某某县人民政府办公室\n".repeat(5_000));
    text.push_str("2023年12月28日\n");
    let doc = parse(&text, &Options::new());
    assert_eq!(doc.check_lossless(), Ok(()), "should keep every line");
    assert_eq!(
        doc.sections.len(),
        1,
        "should find one section and no part headings"
    );
    let footer = doc.footer.as_ref().expect("should find the footer");
    assert_eq!(
        footer.date.as_ref().map(|d| d.text.as_str()),
        Some("2023年12月28日"),
        "should read the date of issue"
    );
}

#[test]
fn yi_yi_multiplies_instead_of_adding_one() {
    // Found by the hostile case 九千九百九十九亿亿: a second 亿 with nothing
    // new before it added one 亿 and then multiplied (9999×10¹⁶ + 10⁸).
    let cases = [
        ("九千九百九十九亿亿", "99990000000000000000"),
        ("一亿亿", "10000000000000000"),
        ("三亿二千万亿", "32000000000000000"),
        ("五亿", "500000000"),
        ("亿", "100000000"),
    ];
    for (text, expected) in cases {
        assert_eq!(
            gongwen::numerals::parse(text)
                .map(|d| d.to_string())
                .as_deref(),
            Some(expected),
            "should read {text} as {expected}"
        );
    }
}

#[test]
fn figures_the_json_form_cannot_carry_exactly_become_diagnostics() {
    // Found by parse_bytes: a figure with more significant digits than an
    // f64 keeps serialised as a rounded JSON number and read back unequal.
    let cases = [
        ("全年投入999999999999999999999999999999元。", None),
        ("投资12345678901234.5678元。", None),
        ("投资1.23456789012345678亿元。", None),
        // 17 digits: std reads the float back exactly, serde_json does not.
        ("约100.33333333333333元。", None),
        ("逾222222222222221.22元。", None),
        ("投资123456789012.345元。", Some("123456789012.345")),
        ("投资1.5亿元。", Some("150000000")),
        ("投入九千九百九十九亿亿元。", Some("99990000000000000000")),
    ];
    for (text, expected) in cases {
        let doc = parse(text, &Options::new());
        let figures: Vec<String> = doc
            .preamble
            .iter()
            .flat_map(|p| &p.figures)
            .filter_map(|f| f.value.map(|v| v.to_string()))
            .collect();
        assert_eq!(
            figures.first().map(String::as_str),
            expected,
            "{text}: figure value"
        );
        if expected.is_none() {
            assert!(
                doc.diagnostics
                    .iter()
                    .any(|d| d.code == gongwen::DiagnosticCode::NumberOverflow),
                "{text}: should report the number it cannot state exactly"
            );
        }
        let back: gongwen::Document =
            serde_json::from_str(&serde_json::to_string(&doc).unwrap()).unwrap();
        assert_eq!(back, doc, "{text}: JSON should round-trip");
    }
}

#[test]
fn many_closing_note_and_boilerplate_lines_stay_in_order() {
    // Each line above the tail used to be prepended to a Vec: quadratic in
    // the number of closing, note and boilerplate lines at the end.
    let head = "关于工作的总结\n一、总体\n正文。\n某某局\n2023年12月28日\n";
    type LineMaker = fn(usize) -> String;
    let cases: [(LineMaker, &str); 3] = [
        (|i| format!("（此件公开发布{i}）"), "notes"),
        (|i| format!("抄送：某某局{i}"), "closing"),
        (|i| format!("返回顶部{i}"), "noise"),
    ];
    for (line, field) in cases {
        let mut text = String::from(head);
        for i in 0..5_000 {
            text.push_str(&line(i));
            text.push('\n');
        }
        let doc = parse(&text, &Options::new());
        assert_eq!(
            doc.check_lossless(),
            Ok(()),
            "{field}: should keep every line"
        );
        let texts: Vec<&str> = match field {
            "notes" => doc
                .footer
                .as_ref()
                .unwrap()
                .notes
                .iter()
                .map(|n| n.text.as_str())
                .collect(),
            "closing" => doc.closing.iter().map(|n| n.text.as_str()).collect(),
            _ => doc.noise.iter().map(|n| n.text.as_str()).collect(),
        };
        assert_eq!(texts.len(), 5_000, "{field}: should take every line");
        let expected: Vec<String> = (0..5_000).map(line).collect();
        assert!(
            texts.iter().zip(&expected).all(|(a, b)| a == b),
            "{field}: should keep the lines in order"
        );
    }
}
