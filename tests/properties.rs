//! Properties that hold for every input: `parse` returns, every span lies
//! on char boundaries inside its parent, every byte is in a leaf span or
//! whitespace between spans, and the JSON form round-trips.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use gongwen::{parse, parse_bytes, Document, Options};
use proptest::prelude::*;

/// Pieces real documents are made of: markers, numerals, punctuation,
/// keywords, line ends, wide spaces.
const PIECES: &[&str] = &[
    "一、",
    "二、",
    "三、",
    "（一）",
    "(二)",
    "（三）",
    "1.",
    "2．",
    "3、",
    "（1）",
    "(2)",
    "①",
    "②",
    "壹、",
    "貳、",
    "第一条",
    "第二條",
    "第一章",
    "第一部分",
    "一是",
    "二是",
    "第一，",
    "第二，",
    "首先，",
    "其次，",
    "最后，",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "　",
    " ",
    "。",
    "，",
    "：",
    "；",
    "！",
    "？",
    "“",
    "”",
    "《",
    "》",
    "（",
    "）",
    "总结",
    "報告",
    "通知",
    "存在的问题",
    "下一步打算",
    "各位代表：",
    "附件：",
    "附件1",
    "抄送：",
    "（此件公开发布）",
    "某某局",
    "部　　長　林　全",
    "2023年1月12日",
    "二〇二三年一月十二日",
    "2023.1.12",
    "300餘期",
    "三十余篇",
    "95%",
    "xx",
    "××",
    "**",
    "__",
    "20xx年",
    "——在会议上",
    "来源：",
    "国发〔2023〕12号",
    "---",
    "# ",
    "十九大",
    "关于外交工作",
    "\u{200B}",
    "\u{202E}",
    "\0",
    "\u{FEFF}",
    "a",
    "😀",
    "é",
];

fn document_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|p| p.concat())
}

fn check(doc: &Document) -> Result<(), TestCaseError> {
    if let Err(e) = doc.check_lossless() {
        return Err(TestCaseError::fail(format!("not lossless: {e}")));
    }
    let json = serde_json::to_string(doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    prop_assert_eq!(&back, doc, "JSON should round-trip");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_gives_a_lossless_tree(text in any::<String>()) {
        let doc = parse(&text, &Options::new());
        prop_assert_eq!(&doc.text, &text);
        check(&doc)?;
    }

    #[test]
    fn document_like_strings_give_lossless_trees(text in document_text()) {
        let doc = parse(&text, &Options::new());
        check(&doc)?;
    }

    #[test]
    fn shallow_depth_limit_still_lossless(text in document_text()) {
        let doc = parse(&text, &Options::new().max_depth(2));
        check(&doc)?;
    }

    #[test]
    fn any_bytes_give_a_tree_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(doc) = parse_bytes(&bytes, &Options::new().lossy(true)) {
            check(&doc)?;
        }
    }

    #[test]
    fn line_ends_do_not_change_the_structure(text in document_text()) {
        let lf = text.replace("\r\n", "\n").replace('\r', "\n");
        let crlf = lf.replace('\n', "\r\n");
        let a = parse(&lf, &Options::new());
        let b = parse(&crlf, &Options::new());
        let shape = |d: &Document| {
            (
                d.title.as_ref().map(|t| t.text.clone()),
                d.sections.iter().map(|s| (s.level, s.heading.as_ref().map(|h| h.text.clone()), s.children.len())).collect::<Vec<_>>(),
                d.footer.as_ref().map(|f| (f.signatories.len(), f.date.clone().map(|x| x.text))),
            )
        };
        prop_assert_eq!(shape(&a), shape(&b), "LF and CRLF should give the same tree");
    }
}

/// Found by `document_like_strings_give_lossless_trees`: a `来源：` line
/// whose value line was the title took the line after the title too.
#[test]
fn open_source_line_does_not_reach_past_the_title() {
    let doc = parse(
        "来源：\n总结\n《总结一、一、（一）一、一、第一条第一条",
        &Options::new(),
    );
    doc.check_lossless().unwrap();
    assert_eq!(
        doc.title.as_ref().map(|t| t.text.as_str()),
        Some("总结"),
        "should keep the title"
    );
    assert_eq!(doc.front.len(), 1, "should keep the source line alone");
    assert_eq!(
        doc.front[0].text, "来源：",
        "should not extend the source line"
    );
}
