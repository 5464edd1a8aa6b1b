//! Invariants every fuzz target asserts on what gongwen returns.
//!
//! A fuzz target only panics through these asserts (or a panic inside
//! gongwen), so every crash libFuzzer reports is a broken promise.
#![allow(clippy::panic)]

use gongwen::{Document, Figure, Options, Section};

/// Options drawn from one byte of fuzz input: lossy or strict, a depth
/// limit from 1 to 16 (0 keeps the default), and an encoding override.
pub fn options_from(byte: u8) -> Options {
    let mut options = Options::new().lossy(byte & 1 == 1);
    let depth = u32::from((byte >> 1) & 0x0f);
    if depth != 0 {
        options = options.max_depth(depth);
    }
    let label = match byte >> 5 {
        1 => Some("utf-8"),
        2 => Some("gbk"),
        3 => Some("big5"),
        4 => Some("utf-16le"),
        5 => Some("utf-16be"),
        6 => Some("gb18030"),
        _ => None,
    };
    match label {
        Some(label) => match options.encoding_label(label) {
            Ok(o) => o,
            Err(e) => panic!("the label {label} should be known: {e}"),
        },
        None => options,
    }
}

/// Depth of the deepest section under `sections`, without recursion.
fn depth(sections: &[Section]) -> u32 {
    let mut deepest = 0;
    let mut stack: Vec<(u32, &Section)> = sections.iter().map(|s| (1, s)).collect();
    while let Some((d, s)) = stack.pop() {
        deepest = deepest.max(d);
        stack.extend(s.children.iter().map(|c| (d + 1, c)));
    }
    deepest
}

/// The document promises: lossless spans, nesting within the depth limit,
/// diagnostics on the text, and a JSON form that reads back to the same tree.
pub fn check_document(doc: &Document, options: &Options) {
    if let Err(e) = doc.check_lossless() {
        panic!("tree should be lossless: {e}");
    }
    let limit = options.depth_limit();
    let deepest = depth(&doc.sections);
    assert!(
        deepest <= limit,
        "sections nest {deepest} deep, over the limit {limit}"
    );
    for annex in &doc.annexes {
        let deepest = depth(&annex.sections);
        assert!(
            deepest <= limit,
            "annex sections nest {deepest} deep, over the limit {limit}"
        );
    }
    let json = match serde_json::to_string(doc) {
        Ok(json) => json,
        Err(e) => panic!("document should serialise: {e}"),
    };
    let back: Document = match serde_json::from_str(&json) {
        Ok(back) => back,
        Err(e) => panic!("document JSON should read back: {e}"),
    };
    assert!(back == *doc, "JSON should round-trip to an equal tree");
}

/// Figures from `figures::extract`: spans on char boundaries inside the
/// text, in order, each figure's text the text of its span, and JSON that
/// reads back equal.
pub fn check_figures(text: &str, figures: &[Figure]) {
    let mut last_end = 0;
    for f in figures {
        let span = f.span;
        assert!(
            span.start <= span.end && span.end <= text.len(),
            "figure span {span:?} out of bounds"
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "figure span {span:?} not on char boundaries"
        );
        assert!(
            span.start >= last_end,
            "figures should not overlap: {span:?} starts before {last_end}"
        );
        last_end = span.end;
        assert_eq!(
            text.get(span.range()),
            Some(f.text.as_str()),
            "figure text should be the text of its span"
        );
    }
    let json = match serde_json::to_string(figures) {
        Ok(json) => json,
        Err(e) => panic!("figures should serialise: {e}"),
    };
    let back: Vec<Figure> = match serde_json::from_str(&json) {
        Ok(back) => back,
        Err(e) => panic!("figure JSON should read back: {e}"),
    };
    assert!(back.as_slice() == figures, "figure JSON should round-trip");
}
