//! `parse_bytes` on arbitrary bytes: the first byte picks the options
//! (lossy, depth limit, encoding override), the rest is the file.
#![no_main]

use gongwen_fuzz::{check_document, options_from};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let options = options_from(first);
    match gongwen::parse_bytes(bytes, &options) {
        Ok(doc) => {
            assert_eq!(
                doc.source.bytes,
                bytes.len(),
                "source.bytes should be the input size"
            );
            check_document(&doc, &options);
        }
        Err(e) => {
            // A typed error with a stable code; an offset, if any, inside the input.
            let code = e.code();
            assert!(
                matches!(code, "malformed" | "not_text" | "too_large"),
                "unexpected error code {code} for bytes"
            );
            if let Some(offset) = e.offset() {
                assert!(
                    offset < bytes.len(),
                    "error offset {offset} past the input ({})",
                    bytes.len()
                );
            }
            assert!(
                !options.is_lossy() || code != "malformed",
                "lossy decoding should not fail as malformed"
            );
        }
    }
});
