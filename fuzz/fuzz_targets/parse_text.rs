//! `parse` on arbitrary text, best with `-dict=fuzz/gongwen.dict` (markers,
//! numerals, punctuation, keywords): the first byte picks the options, the
//! rest is read as UTF-8 (invalid sequences replaced).
#![no_main]

use gongwen_fuzz::{check_document, options_from};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let options = options_from(first);
    let text = String::from_utf8_lossy(bytes);
    let doc = gongwen::parse(&text, &options);
    assert_eq!(doc.text, text, "the document text should be the input");
    check_document(&doc, &options);
});
