//! `figures::extract` on arbitrary text, best with `-dict=fuzz/gongwen.dict`.
#![no_main]

use gongwen_fuzz::check_figures;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let figures = gongwen::figures::extract(&text);
    check_figures(&text, &figures);
});
