//! Speed of the whole parser (issue #5): for (a) the seed, (b) ~1 MB and
//! (c) ~16 MB of joined corpus documents, the time of
//!
//! - `baseline`: one pass that finds the line starts and classifies every
//!   char as digit, CJK numeral or other — the floor every parser pays;
//! - `parse_utf8`: [`gongwen::parse`] of the UTF-8 text;
//! - `parse_bytes_gbk`, `parse_bytes_big5`: [`gongwen::parse_bytes`] of the
//!   GBK and Big5 encodings (detection included), throughput in input bytes;
//! - `figures`: [`gongwen::figures::extract`] alone over the whole text;
//! - `json`: `serde_json::to_vec` of the parsed tree.
//!
//! Criterion measures each case (wall clock); then a summary table, timed in
//! the same process with a plain median-of-samples loop on the thread's CPU
//! clock (so time spent waiting for a core on a busy machine is left out),
//! prints MB/s (10^6 bytes) and the ratio to the baseline run over the same
//! content, so figures from different machines compare. `GONGWEN_BENCH_SUMMARY_ONLY=1` skips
//! criterion and prints the summary alone; `GONGWEN_BENCH_SIZES=seed,1MB`
//! picks size classes.
//!
//! Inputs: see `benches/common/mod.rs`.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::{baseline, Input};
use cpu_time::ThreadTime;
use criterion::{Criterion, SamplingMode, Throughput};

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
            name: "figures",
            bytes: input.utf8.len(),
            content: &input.utf8,
            run: Box::new(move || {
                black_box(gongwen::figures::extract(black_box(&input.utf8)));
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

/// Check that the encoded inputs decode to the text they encode, detected
/// as their encoding, so the bench measures the intended path. GBK bytes
/// holding characters GBK never had are named `gb18030` (same decoder).
fn check(input: &Input) {
    let options = gongwen::Options::new();
    let cases: [(&[u8], &[&str], &str); 2] = [
        (&input.gbk, &["GBK", "gb18030"], &input.gbk_text),
        (&input.big5, &["Big5"], &input.big5_text),
    ];
    for (bytes, names, text) in cases {
        let doc = gongwen::parse_bytes(bytes, &options)
            .unwrap_or_else(|e| panic!("{} {names:?} input should decode: {e}", input.name));
        assert!(
            names.contains(&doc.source.encoding.as_str()) && doc.text == text,
            "{} input should decode as {names:?}, not {}",
            input.name,
            doc.source.encoding
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

/// Median time of one run of `f`, by the wall clock and by the thread's
/// CPU clock: samples of a batch of runs (each batch ≥ 2 ms), at least
/// `min_samples`, until `budget` is spent.
fn median_time(f: &dyn Fn(), budget: Duration, min_samples: usize) -> (Duration, Duration) {
    let start = Instant::now();
    f();
    let once = start.elapsed().max(Duration::from_nanos(1));
    let batch = (Duration::from_millis(2).as_nanos() / once.as_nanos()).max(1) as u32;
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    let start = Instant::now();
    while wall.len() < min_samples || (start.elapsed() < budget && wall.len() < 2000) {
        let (t, c) = (Instant::now(), ThreadTime::now());
        for _ in 0..batch {
            f();
        }
        cpu.push(c.elapsed() / batch);
        wall.push(t.elapsed() / batch);
    }
    let median = |mut v: Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    (median(wall), median(cpu))
}

fn mb_per_s(bytes: usize, time: Duration) -> f64 {
    bytes as f64 / time.as_secs_f64() / 1e6
}

fn summary(inputs: &[Input], docs: &[gongwen::Document]) {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!();
    println!("== summary: medians; MB = 10^6 bytes; MB/s and ×base from the thread's CPU time");
    println!("== (immune to waiting for a core on a shared machine; wall-clock medians beside it)");
    println!("== ×base = baseline time on the same UTF-8 content / case time");
    println!("== load average at start: {}", load.trim());
    println!(
        "{:<6} {:<17} {:>11} {:>12} {:>12} {:>10} {:>9}",
        "size", "case", "bytes", "cpu median", "wall median", "MB/s", "×base"
    );
    let row =
        |size: &str, case: &str, bytes: usize, (wall, cpu): (Duration, Duration), ratio: f64| {
            println!(
                "{size:<6} {case:<17} {bytes:>11} {:>12.3?} {:>12.3?} {:>10.1} {ratio:>9.3}",
                cpu,
                wall,
                mb_per_s(bytes, cpu),
            );
        };
    for (input, doc) in inputs.iter().zip(docs) {
        let (budget, min_samples) = match input.name {
            "16MB" => (Duration::from_secs(3), 5),
            _ => (Duration::from_millis(1500), 20),
        };
        let mut baselines: Vec<(*const u8, (Duration, Duration))> = Vec::new();
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
        row(input.name, "baseline", input.utf8.len(), base, 1.0);
        for case in cases(input, doc) {
            let base = baseline_of(case.content).1;
            let t = median_time(&case.run, budget, min_samples);
            let ratio = base.as_secs_f64() / t.1.as_secs_f64();
            row(input.name, case.name, case.bytes, t, ratio);
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
