//! Speed of the whole parser (issue #5): for (a) the seed, (b) ~1 MB and
//! (c) ~16 MB of joined corpus documents, the time of
//!
//! - `baseline`: one pass that finds the line starts and classifies every
//!   char as digit, CJK numeral or other — the floor every parser pays;
//! - `parse_utf8`: [`gongwen::parse`] of the UTF-8 text;
//! - `parse_bytes_gbk`, `parse_bytes_big5`: [`gongwen::parse_bytes`] of the
//!   GBK and Big5 encodings (detection included), throughput in input bytes;
//! - `json`: `serde_json::to_vec` of the parsed tree.
//!
//! Criterion measures each case; then a summary table, timed in the same
//! process with a plain median-of-samples loop, prints MB/s (10^6 bytes) and
//! the ratio to the baseline run over the same content, so figures from
//! different machines compare. `GONGWEN_BENCH_SUMMARY_ONLY=1` skips
//! criterion and prints the summary alone; `GONGWEN_BENCH_SIZES=seed,1MB`
//! picks size classes.
//!
//! Inputs: see `benches/common/mod.rs`.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::Input;
use criterion::{Criterion, SamplingMode, Throughput};

/// The floor: one pass over the chars that records where lines start and
/// classifies each char as digit (ASCII or full-width), CJK numeral or other.
fn baseline(text: &str) -> (Vec<usize>, [usize; 3]) {
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

/// One measured case of one size class.
struct Case<'a> {
    name: &'static str,
    /// Bytes the throughput counts (input bytes: UTF-8, GBK or Big5).
    bytes: usize,
    /// The UTF-8 content the case works on; the baseline runs over it for the ratio.
    content: &'a str,
    run: Box<dyn Fn() + 'a>,
}

fn cases<'a>(input: &'a Input, doc: &'a gongwen::Document) -> Vec<Case<'a>> {
    let options = gongwen::Options::new();
    vec![
        Case {
            name: "parse_utf8",
            bytes: input.utf8.len(),
            content: &input.utf8,
            run: Box::new(move || {
                black_box(gongwen::parse(black_box(&input.utf8), &options));
            }),
        },
        Case {
            name: "parse_bytes_gbk",
            bytes: input.gbk.len(),
            content: &input.gbk_text,
            run: Box::new(move || {
                black_box(gongwen::parse_bytes(black_box(&input.gbk), &options).ok());
            }),
        },
        Case {
            name: "parse_bytes_big5",
            bytes: input.big5.len(),
            content: &input.big5_text,
            run: Box::new(move || {
                black_box(gongwen::parse_bytes(black_box(&input.big5), &options).ok());
            }),
        },
        Case {
            name: "json",
            bytes: input.utf8.len(),
            content: &input.utf8,
            run: Box::new(move || {
                black_box(serde_json::to_vec(black_box(doc)).ok());
            }),
        },
    ]
}

/// Check that the encoded inputs decode as the encoding they are in, so the
/// bench measures the intended path.
fn check(input: &Input) {
    let options = gongwen::Options::new();
    for (bytes, want) in [(&input.gbk, "GBK"), (&input.big5, "Big5")] {
        let doc = gongwen::parse_bytes(bytes, &options)
            .unwrap_or_else(|e| panic!("{} {want} input should decode: {e}", input.name));
        assert_eq!(
            doc.source.encoding, want,
            "{} input should be detected as {want}",
            input.name
        );
    }
}

fn criterion_groups(c: &mut Criterion, inputs: &[Input], docs: &[gongwen::Document]) {
    for (input, doc) in inputs.iter().zip(docs) {
        let mut group = c.benchmark_group(input.name);
        group
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2));
        if input.name == "16MB" {
            group
                .sampling_mode(SamplingMode::Flat)
                .measurement_time(Duration::from_secs(6));
        }
        group.throughput(Throughput::Bytes(input.utf8.len() as u64));
        group.bench_function("baseline", |b| b.iter(|| baseline(black_box(&input.utf8))));
        for case in cases(input, doc) {
            group.throughput(Throughput::Bytes(case.bytes as u64));
            group.bench_function(case.name, |b| b.iter(&case.run));
        }
        group.finish();
    }
}

/// Median time of one run of `f`: samples of a batch of runs (each batch
/// ≥ 2 ms), at least `min_samples`, until `budget` is spent.
fn median_time(f: &dyn Fn(), budget: Duration, min_samples: usize) -> Duration {
    let start = Instant::now();
    f();
    let once = start.elapsed().max(Duration::from_nanos(1));
    let batch = (Duration::from_millis(2).as_nanos() / once.as_nanos()).max(1) as u32;
    let mut samples = Vec::new();
    let start = Instant::now();
    while samples.len() < min_samples || (start.elapsed() < budget && samples.len() < 2000) {
        let t = Instant::now();
        for _ in 0..batch {
            f();
        }
        samples.push(t.elapsed() / batch);
    }
    samples.sort();
    samples[samples.len() / 2]
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / time.as_secs_f64() / 1e6
}

fn summary(inputs: &[Input], docs: &[gongwen::Document]) {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!();
    println!("== summary: medians, MB = 10^6 bytes; ratio = baseline time on the same content / case time");
    println!("== load average at start: {}", load.trim());
    println!(
        "{:<6} {:<17} {:>11} {:>12} {:>10} {:>9}",
        "size", "case", "bytes", "median", "MB/s", "×base"
    );
    for (input, doc) in inputs.iter().zip(docs) {
        let (budget, min_samples) = match input.name {
            "16MB" => (Duration::from_secs(3), 5),
            _ => (Duration::from_millis(1500), 20),
        };
        let mut baselines: Vec<(*const u8, Duration)> = Vec::new();
        let mut baseline_of = |content: &str| {
            let key = content.as_ptr();
            if let Some(&(_, t)) = baselines.iter().find(|(k, _)| *k == key) {
                return t;
            }
            let t = median_time(
                &|| {
                    black_box(baseline(black_box(content)));
                },
                budget,
                min_samples,
            );
            baselines.push((key, t));
            t
        };
        let base = baseline_of(&input.utf8);
        println!(
            "{:<6} {:<17} {:>11} {:>12.3?} {:>10.1} {:>9.3}",
            input.name,
            "baseline",
            input.utf8.len(),
            base,
            mb_per_s(input.utf8.len(), base),
            1.0
        );
        for case in cases(input, doc) {
            let base = baseline_of(case.content);
            let t = median_time(&case.run, budget, min_samples);
            println!(
                "{:<6} {:<17} {:>11} {:>12.3?} {:>10.1} {:>9.3}",
                input.name,
                case.name,
                case.bytes,
                t,
                mb_per_s(case.bytes, t),
                base.as_secs_f64() / t.as_secs_f64()
            );
        }
    }
    for input in inputs {
        println!(
            "== {}: UTF-8 {} bytes; GBK {} bytes ({} chars dropped); Big5 {} bytes from Traditional documents ({} chars dropped)",
            input.name,
            input.utf8.len(),
            input.gbk.len(),
            input.gbk_dropped,
            input.big5.len(),
            input.big5_dropped
        );
    }
}

fn main() {
    let sizes = std::env::var("GONGWEN_BENCH_SIZES").unwrap_or_else(|_| "seed,1MB,16MB".into());
    let sizes: Vec<&str> = sizes.split(',').collect();
    let inputs = common::inputs(&sizes);
    inputs.iter().for_each(check);
    let options = gongwen::Options::new();
    let docs: Vec<gongwen::Document> = inputs
        .iter()
        .map(|i| gongwen::parse(&i.utf8, &options))
        .collect();
    if std::env::var_os("GONGWEN_BENCH_SUMMARY_ONLY").is_none() {
        let mut c = Criterion::default().configure_from_args();
        criterion_groups(&mut c, &inputs, &docs);
        c.final_summary();
    }
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and
    // then criterion runs each case once and the summary is skipped.
    if std::env::args().any(|a| a == "--bench") {
        summary(&inputs, &docs);
    }
}
