//! Decoding benchmarks, in bytes of input per second.
//!
//! - `parse_bytes/{UTF-8,GBK,Big5}`: the same document set (the Traditional
//!   documents of `corpus/`, which all three encodings hold, and the seed
//!   when `../shared` is there), parsed from raw bytes with detection, in one
//!   run; `parse_bytes/text (no decoding)` parses the UTF-8 text with
//!   `gongwen::parse`, so the gaps are the cost of detecting and decoding.
//! - `detection/{detected,given}/SIZE`: GBK input of growing size parsed with
//!   the encoding detected and with it given; the gap between the two is the
//!   cost of detection, which stays flat because chardetng sees a bounded
//!   prefix.
//!
//! `cargo bench --bench decode`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use encoding_rs::{Encoding, BIG5, GBK, UTF_8};
use gongwen::{parse_bytes, Options};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// Traditional documents that GBK and Big5 both hold, as UTF-8 text.
fn documents() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<_> = std::fs::read_dir(root.join("corpus"))
        .map(|dir| dir.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.push(root.join("../shared/seed/000_73408d0bbfbab431.txt"));
    paths.sort();
    paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|bytes| String::from_utf8(bytes).ok())
        .map(|text| text.trim_start_matches('\u{feff}').to_owned())
        .filter(|text| !GBK.encode(text).2 && !BIG5.encode(text).2)
        .filter(|text| {
            let doc = gongwen::parse(text, &Options::new());
            doc.source.script == gongwen::Script::Traditional
        })
        .collect()
}

fn encode_all(texts: &[String], encoding: &'static Encoding) -> Vec<Vec<u8>> {
    texts
        .iter()
        .map(|t| encoding.encode(t).0.into_owned())
        .collect()
}

fn parse_all(inputs: &[Vec<u8>], options: &Options) -> usize {
    inputs
        .iter()
        .map(|bytes| parse_bytes(black_box(bytes), options).map_or(0, |doc| doc.text.len()))
        .sum()
}

fn by_encoding(c: &mut Criterion) {
    let texts = documents();
    let mut group = c.benchmark_group("parse_bytes");
    let bytes: usize = texts.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("text (no decoding)", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| gongwen::parse(black_box(t), &Options::new()).text.len())
                .sum::<usize>()
        })
    });
    for encoding in [UTF_8, GBK, BIG5] {
        let inputs = encode_all(&texts, encoding);
        let bytes: usize = inputs.iter().map(Vec::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(encoding.name(), |b| {
            b.iter(|| parse_all(&inputs, &Options::new()))
        });
    }
    group.finish();
}

fn detection(c: &mut Criterion) {
    let texts = documents();
    let one: String = texts.concat();
    let mut group = c.benchmark_group("detection");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    for size in [64 * 1024, 512 * 1024, 2 * 1024 * 1024] {
        let text = one.repeat(size / one.len().max(1) + 1);
        let input = GBK.encode(&text).0.into_owned();
        group.throughput(Throughput::Bytes(input.len() as u64));
        let detected = Options::new();
        let given = Options::new().encoding(GBK);
        group.bench_with_input(BenchmarkId::new("detected", size), &input, |b, input| {
            b.iter(|| parse_bytes(black_box(input), &detected).map(|d| d.text.len()))
        });
        group.bench_with_input(BenchmarkId::new("given", size), &input, |b, input| {
            b.iter(|| parse_bytes(black_box(input), &given).map(|d| d.text.len()))
        });
    }
    group.finish();
}

criterion_group!(benches, by_encoding, detection);
criterion_main!(benches);
