//! Figure extraction alone, in bytes per second, on a large input built from
//! the real corpus (`../shared/corpus/real/`), or on generated text when the
//! corpus is not there.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};

/// About this many bytes of input.
const TARGET_BYTES: usize = 4 * 1024 * 1024;

fn corpus_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
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
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The corpus concatenated until it reaches [`TARGET_BYTES`].
fn input() -> (String, &'static str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/real");
    let files = corpus_files(&dir);
    let mut text = String::new();
    if !files.is_empty() {
        while text.len() < TARGET_BYTES {
            for path in &files {
                if let Ok(doc) = std::fs::read_to_string(path) {
                    text.push_str(&doc);
                    text.push('\n');
                }
            }
        }
        return (text, "corpus");
    }
    let mut n = 0u64;
    while text.len() < TARGET_BYTES {
        n += 1;
        text.push_str(&format!(
            "一、主要工作\n全年开展培训{n}余期，覆盖{}.5万人次，投入资金{}.2亿元，同比增长{}%，\
             较上年提高{}个百分点。一是加强学习，二是统一思想，做到第一时间响应。\n",
            n % 97,
            n % 13,
            n % 41,
            n % 7
        ));
    }
    (text, "generated")
}

fn bench(c: &mut Criterion) {
    let (text, source) = input();
    let mut group = c.benchmark_group("figures");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function(format!("extract/{source}"), |b| {
        b.iter(|| gongwen::figures::extract(black_box(&text)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
