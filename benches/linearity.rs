//! Linear time on hostile shapes: for each generator, parse inputs of size
//! n and 4n and print t(4n)/t(n). Linear parsing gives about 4; a quadratic
//! step gives about 16. Criterion reports the throughput in bytes per second.
//!
//! Run with `cargo bench --bench linearity` (about two minutes). The ratio
//! comes from this file's own timing loop (the fastest of several runs, to
//! damp noise from other processes); criterion's estimates follow.

use criterion::{BenchmarkId, Criterion, Throughput};
use gongwen::{parse, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Size n in bytes; every generator is also timed at 4n.
const N: usize = 256 * 1024;

/// `unit(i)` repeated until the text holds at least `bytes` bytes.
fn repeat_until(bytes: usize, unit: impl Fn(usize) -> String) -> String {
    let mut text = String::with_capacity(bytes + 256);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(&unit(i));
        i += 1;
    }
    text
}

const CJK: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/// A generator: a name and a function from a size in bytes to a text.
type Generator = (&'static str, fn(usize) -> String);

/// The generators, one per hostile shape.
fn generators() -> Vec<Generator> {
    vec![
        ("many_sections", |b| {
            let mut text = String::from("关于2023年工作的总结\n");
            text.push_str(&repeat_until(b, |i| {
                let top = CJK.get(i % 10).copied().unwrap_or("一");
                format!("{top}、重点工作\n（一）加强学习。全年开展培训300余期。\n1.完善制度，一是抓落实，二是抓督查。\n")
            }));
            text
        }),
        ("huge_paragraph", |b| {
            repeat_until(b, |_| {
                "全年开展培训工作，取得明显成效，覆盖群众约3万人次。".to_owned()
            })
        }),
        ("many_figures", |b| {
            repeat_until(b, |i| {
                format!(
                    "投资{i}.5亿元，增长12.5%，培训300余期，2023年1月12日，三至五次，近三成；\n"
                )
            })
        }),
        ("deep_nesting", |b| {
            repeat_until(b, |_| {
                "一、甲\n（一）乙\n1.丙\n（1）丁\n①戊\n1)己\n第一章 庚\n第一节 辛\n第一条 壬\n壹、癸\n1、子\n一.丑\n".to_owned()
            })
        }),
        ("footer_like_lines", |b| {
            let mut text = String::from("关于工作的总结\n一、总体情况\n正文。\n");
            text.push_str(&repeat_until(b, |_| "某某县人民政府办公室\n".to_owned()));
            text.push_str("2023年12月28日\n");
            text
        }),
        ("closing_lines", |b| {
            let mut text =
                String::from("关于工作的总结\n一、总体情况\n正文。\n某某局\n2023年12月28日\n");
            text.push_str(&repeat_until(b, |i| format!("抄送：某某局{i}\n返回顶部\n")));
            text
        }),
        ("unclosed_brackets", |b| {
            repeat_until(b, |_| "（".to_owned())
        }),
        ("unclosed_bracket_lines", |b| {
            repeat_until(b, |_| "（\n".to_owned())
        }),
        ("marker_only_lines", |b| {
            repeat_until(b, |_| "一、\n".to_owned())
        }),
    ]
}

/// Fastest of `runs` parses of `text`.
fn fastest(text: &str, runs: usize) -> Duration {
    let options = Options::new();
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(parse(black_box(text), &options));
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn print_ratios() {
    println!("linearity: t(4n)/t(n), n = {N} bytes (about 4 is linear, 16 quadratic)");
    for (name, generate) in generators() {
        let small = generate(N);
        let large = generate(4 * N);
        fastest(&small, 1);
        let t_small = fastest(&small, 7);
        let t_large = fastest(&large, 5);
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9);
        let mb_per_s = large.len() as f64 / t_large.as_secs_f64().max(1e-9) / 1e6;
        println!(
            "{name:24} t(n) = {:>9.3} ms  t(4n) = {:>9.3} ms  ratio = {ratio:5.2}  ({mb_per_s:.1} MB/s at 4n)",
            t_small.as_secs_f64() * 1e3,
            t_large.as_secs_f64() * 1e3,
        );
    }
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` runs each
    // benchmark once, without the ratio loop.
    let benchmarking = std::env::args().any(|a| a == "--bench");
    if benchmarking {
        print_ratios();
    }
    let mut criterion = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .configure_from_args();
    let options = Options::new();
    for (name, generate) in generators() {
        let mut group = criterion.benchmark_group(name);
        for size in [N, 4 * N] {
            let text = generate(size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
                b.iter(|| parse(black_box(text), &options));
            });
        }
        group.finish();
    }
    criterion.final_summary();
}
