//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// The crate's own sample corpus.
pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// `../shared` beside the checkout: the seed and the real documents.
///
/// Fails loudly when it is missing and `CI` is set; otherwise the caller
/// skips with a note.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.join("corpus").is_dir() && dir.join("seed").is_dir() {
        return Some(dir);
    }
    if std::env::var_os("CI").is_some() {
        panic!("../shared (seed and real corpus) is missing beside the checkout, and CI is set: these tests must run in CI");
    }
    eprintln!("note: ../shared is missing; skipping the tests over the real corpus");
    None
}

/// Every `.txt` file below `dir`, sorted.
pub fn text_files(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Whether a corpus file is an encoded twin (`.gbk.txt`, `.utf16le.txt`, …).
pub fn is_encoded_twin(path: &std::path::Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    [".gbk.", ".gb18030.", ".big5.", ".utf16le.", ".utf16be."]
        .iter()
        .any(|m| name.contains(m))
}

/// The seed document's path.
pub fn seed_path(shared: &std::path::Path) -> PathBuf {
    shared.join("seed/000_73408d0bbfbab431.txt")
}
