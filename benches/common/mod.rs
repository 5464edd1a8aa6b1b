//! Bench inputs — the seed, the document set, sized concatenations and their
//! GBK and Big5 encodings. Shared by `benches/parse.rs` and
//! `examples/peak_memory.rs` (which includes this file with `#[path]`).
//!
//! ```text
//! documents = corpus/*.txt (UTF-8 only; not the *.gbk/*.big5/*.gb18030/*.utf16* twins)
//!           + ../shared/corpus/real/**/*.txt               (when present)
//! sized(n)  = documents, in path order, joined by a blank line and cycled
//!             until the text holds at least n bytes
//! GBK       = sized(n) encoded with encoding_rs::GBK, unmappable chars dropped
//! Big5      = the Traditional-script documents, sized and encoded with
//!             encoding_rs::BIG5, unmappable chars dropped
//! ```
//!
//! A leading BOM is removed from every document before joining, so the
//! joined text holds no U+FEFF in mid-text.

#![allow(dead_code)] // each includer uses a different part

use std::fs;
use std::path::{Path, PathBuf};

use encoding_rs::{EncoderResult, Encoding};

/// One input document.
pub struct Doc {
    /// Path relative to the crate root.
    pub name: String,
    /// UTF-8 text without BOM.
    pub text: String,
}

/// The crate root.
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` next to the crate, when present.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = crate_dir().join("../shared");
    dir.is_dir().then_some(dir)
}

fn read(path: &Path) -> Doc {
    let text = fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("should read {} as UTF-8: {e}", path.display()));
    let name = path
        .strip_prefix(crate_dir())
        .unwrap_or(path)
        .display()
        .to_string();
    Doc {
        name,
        text: text.trim_start_matches('\u{feff}').to_owned(),
    }
}

/// Whether a corpus file name is an encoded twin of a UTF-8 document.
fn is_twin(name: &str) -> bool {
    [".gbk.", ".big5.", ".gb18030.", ".utf16"]
        .iter()
        .any(|tag| name.contains(tag))
}

fn txt_files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            txt_files_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// The seed document, or the first corpus document when `../shared` is missing.
pub fn seed() -> Doc {
    match shared_dir() {
        Some(shared) => read(&shared.join("seed/000_73408d0bbfbab431.txt")),
        None => {
            eprintln!("note: ../shared missing; using corpus/01 as the seed");
            read(&crate_dir().join("corpus/01-cyberspace-office-summary.txt"))
        }
    }
}

/// The document set: the crate's UTF-8 corpus, then the real documents.
pub fn documents() -> Vec<Doc> {
    let mut corpus = Vec::new();
    txt_files_under(&crate_dir().join("corpus"), &mut corpus);
    corpus.retain(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| !is_twin(n))
    });
    corpus.sort();
    let mut real = Vec::new();
    match shared_dir() {
        Some(shared) => txt_files_under(&shared.join("corpus/real"), &mut real),
        None => eprintln!("note: ../shared missing; inputs built from corpus/ only"),
    }
    real.sort();
    corpus.iter().chain(&real).map(|p| read(p)).collect()
}

/// The documents joined by a blank line, cycled until at least `target` bytes.
pub fn sized(docs: &[Doc], target: usize) -> String {
    assert!(!docs.is_empty(), "should have documents to join");
    let mut text = String::with_capacity(target + 64 * 1024);
    for doc in docs.iter().cycle() {
        if text.len() >= target {
            break;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&doc.text);
    }
    text
}

/// `text` in `encoding`, dropping characters the encoding cannot represent.
/// Returns the bytes and the number of characters dropped.
pub fn encode_dropping(text: &str, encoding: &'static Encoding) -> (Vec<u8>, usize) {
    let mut encoder = encoding.new_encoder();
    let mut out = Vec::with_capacity(text.len());
    let mut buf = vec![0u8; 64 * 1024];
    let mut rest = text;
    let mut dropped = 0;
    loop {
        let (result, read, written) =
            encoder.encode_from_utf8_without_replacement(rest, &mut buf, true);
        out.extend_from_slice(&buf[..written]);
        rest = &rest[read..];
        match result {
            EncoderResult::InputEmpty => break,
            EncoderResult::OutputFull => {}
            EncoderResult::Unmappable(_) => dropped += 1,
        }
    }
    (out, dropped)
}

/// One size class with its text in UTF-8, GBK and Big5.
pub struct Input {
    /// `seed`, `1MB`, `16MB`.
    pub name: &'static str,
    /// The UTF-8 text.
    pub utf8: String,
    /// `utf8` in GBK, unmappable characters dropped.
    pub gbk: Vec<u8>,
    /// The text `gbk` decodes to (the content its baseline runs on).
    pub gbk_text: String,
    /// Characters dropped from `utf8` to encode it in GBK.
    pub gbk_dropped: usize,
    /// Traditional documents of the same size in Big5, unmappable dropped.
    pub big5: Vec<u8>,
    /// The text `big5` decodes to.
    pub big5_text: String,
    /// Characters dropped to encode the Big5 input.
    pub big5_dropped: usize,
}

impl Input {
    fn new(name: &'static str, utf8: String, big5_source: String) -> Self {
        let (gbk, gbk_dropped) = encode_dropping(&utf8, encoding_rs::GBK);
        let gbk_text = encoding_rs::GBK
            .decode_without_bom_handling(&gbk)
            .0
            .into_owned();
        let (big5, big5_dropped) = encode_dropping(&big5_source, encoding_rs::BIG5);
        let big5_text = encoding_rs::BIG5
            .decode_without_bom_handling(&big5)
            .0
            .into_owned();
        Input {
            name,
            utf8,
            gbk,
            gbk_text,
            gbk_dropped,
            big5,
            big5_text,
            big5_dropped,
        }
    }
}

/// The documents whose script the parser finds Traditional (for Big5).
pub fn traditional(docs: &[Doc]) -> Vec<Doc> {
    let options = gongwen::Options::new();
    docs.iter()
        .filter(|d| gongwen::parse(&d.text, &options).source.script == gongwen::Script::Traditional)
        .map(|d| Doc {
            name: d.name.clone(),
            text: d.text.clone(),
        })
        .collect()
}

/// (a) the seed (Traditional, so its Big5 twin is itself), (b) ~1 MB and
/// (c) ~16 MB of joined documents. `sizes` picks a subset by name.
pub fn inputs(sizes: &[&str]) -> Vec<Input> {
    let docs = documents();
    let trad = traditional(&docs);
    let mut out = Vec::new();
    for &(name, bytes) in &[("seed", 0), ("1MB", 1_000_000), ("16MB", 16_000_000)] {
        if !sizes.contains(&name) {
            continue;
        }
        out.push(if bytes == 0 {
            let seed = seed().text;
            Input::new(name, seed.clone(), seed)
        } else {
            Input::new(name, sized(&docs, bytes), sized(&trad, bytes))
        });
    }
    out
}

/// The floor: one pass over the chars that records where lines start and
/// classifies each char as digit (ASCII or full-width), CJK numeral or other.
pub fn baseline(text: &str) -> (Vec<usize>, [usize; 3]) {
    let mut line_starts = Vec::with_capacity(text.len() / 64 + 1);
    line_starts.push(0);
    let mut counts = [0usize; 3];
    for (i, c) in text.char_indices() {
        let class = match c {
            '\n' | '\r' => {
                line_starts.push(i + 1);
                2
            }
            '0'..='9' | '０'..='９' => 0,
            '〇' | '零' | '一' | '二' | '两' | '兩' | '三' | '四' | '五' | '六' | '七' | '八'
            | '九' | '十' | '百' | '千' | '万' | '萬' | '亿' | '億' | '壹' | '贰' | '貳' | '叁'
            | '參' | '肆' | '伍' | '陆' | '陸' | '柒' | '捌' | '玖' | '拾' | '佰' | '仟' => {
                1
            }
            _ => 2,
        };
        counts[class] += 1;
    }
    (line_starts, counts)
}
