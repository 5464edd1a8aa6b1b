//! Peak heap memory of one parse (issue #5): an allocation-counting global
//! allocator around `System` (`peak_alloc`) records the bytes live at any moment; the peak
//! over one `parse` (or `parse_bytes`), taken above what was live before the
//! call (the input itself), is divided by the input size.
//!
//! ```text
//! cargo run --release --example peak_memory -- [utf8|gbk|big5|json|figures|baseline|all] [seed|1MB|16MB]
//! ```
//!
//! Default: `all 16MB`. `digest` instead prints a hash of the JSON trees of
//! every document, the seed and the 1 MB input: equal before and after a
//! performance change means the change kept the output. Inputs are those of `benches/parse.rs`. Also a
//! driver for profilers: `valgrind --tool=callgrind target/release/examples/peak_memory utf8 1MB`.

#[path = "../benches/common/mod.rs"]
mod common;

use std::time::Instant;

use peak_alloc::PeakAlloc;

/// `System`, counting the bytes currently allocated and their peak. Its
/// `realloc` allocates anew and copies, so a growing buffer counts old and
/// new at once: the peak is an upper bound.
#[global_allocator]
static ALLOCATOR: PeakAlloc = PeakAlloc;

/// A field of `/proc/self/status` in bytes (`VmRSS`, `VmHWM`), when readable.
fn proc_status(field: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// What one call cost: heap peak and retained bytes above what was live
/// before, growth of the resident set's high-water mark, wall time.
struct Cost {
    peak: usize,
    retained: usize,
    rss_growth: Option<usize>,
    secs: f64,
}

/// Measure `f`. The resident high-water mark is reset first by writing 5
/// to `/proc/self/clear_refs` (Linux), so its growth is this call's.
#[inline(never)] // a frame for `valgrind --toggle-collect=peak_memory::measure*`
fn measure<T>(f: impl FnOnce() -> T) -> (T, Cost) {
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let rss_before = proc_status("VmRSS");
    let before = ALLOCATOR.current_usage();
    ALLOCATOR.reset_peak_usage();
    let start = Instant::now();
    let out = f();
    let secs = start.elapsed().as_secs_f64();
    let cost = Cost {
        peak: ALLOCATOR.peak_usage() - before,
        retained: ALLOCATOR.current_usage().saturating_sub(before),
        rss_growth: match (reset, rss_before, proc_status("VmHWM")) {
            (true, Some(before), Some(hwm)) => Some(hwm.saturating_sub(before)),
            _ => None,
        },
        secs,
    };
    (out, cost)
}

fn report(what: &str, input_bytes: usize, cost: &Cost) {
    let ratio = |bytes: usize| bytes as f64 / input_bytes as f64;
    let rss = cost.rss_growth.map_or("n/a".to_owned(), |g| {
        format!("{g:>11} B = {:>5.2}×", ratio(g))
    });
    println!(
        "{what:<22} input {input_bytes:>10} B  heap peak {:>11} B = {:>5.2}×  retained {:>11} B = {:>5.2}×  RSS peak growth {rss}  ({:.1} ms)",
        cost.peak,
        ratio(cost.peak),
        cost.retained,
        ratio(cost.retained),
        cost.secs * 1e3
    );
}

/// Hash of the JSON trees of all inputs (see the module doc).
fn digest() {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let options = gongwen::Options::new();
    let docs = common::documents();
    let mut texts: Vec<String> = docs.iter().map(|d| d.text.clone()).collect();
    texts.push(common::seed().text);
    texts.push(common::sized(&docs, 1_000_000));
    let mut hasher = DefaultHasher::new();
    for text in &texts {
        let json = serde_json::to_string(&gongwen::parse(text, &options)).unwrap_or_default();
        json.hash(&mut hasher);
    }
    println!(
        "{} inputs, JSON digest {:016x}",
        texts.len(),
        hasher.finish()
    );
}

/// What the tree holds besides the text: string copies and figures, counted
/// over the JSON form of the tree (every `text` field but the document's,
/// every element of a `figures` array).
fn breakdown(doc: &gongwen::Document) {
    fn walk(v: &serde_json::Value, texts: &mut (usize, usize), figures: &mut usize) {
        match v {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    match (key.as_str(), value) {
                        ("text", serde_json::Value::String(s)) => {
                            texts.0 += 1;
                            texts.1 += s.len();
                        }
                        ("figures", serde_json::Value::Array(a)) => *figures += a.len(),
                        _ => {}
                    }
                    walk(value, texts, figures);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, texts, figures)),
            _ => {}
        }
    }
    let Ok(mut json) = serde_json::to_value(doc) else {
        return;
    };
    if let Some(map) = json.as_object_mut() {
        map.remove("text");
    }
    let (mut texts, mut figures) = ((0, 0), 0);
    walk(&json, &mut texts, &mut figures);
    println!(
        "tree: text {} B; {} copied texts, {} B; {} figures × {} B; {} diagnostics × {} B",
        doc.text.len(),
        texts.0,
        texts.1,
        figures,
        std::mem::size_of::<gongwen::Figure>(),
        doc.diagnostics.len(),
        std::mem::size_of::<gongwen::Diagnostic>()
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map_or("all", String::as_str);
    if mode == "digest" {
        return digest();
    }
    let size = args.get(1).map_or("16MB", String::as_str);
    let input = common::inputs(&[size])
        .pop()
        .unwrap_or_else(|| panic!("size should be seed, 1MB or 16MB, not {size}"));
    let options = gongwen::Options::new();
    let all = mode == "all";
    if all || mode == "utf8" || mode == "json" {
        let (doc, cost) = measure(|| gongwen::parse(&input.utf8, &options));
        report(&format!("parse utf8 {size}"), input.utf8.len(), &cost);
        if mode == "utf8" {
            breakdown(&doc);
        }
        if all || mode == "json" {
            let (json, cost) = measure(|| serde_json::to_vec(&doc));
            let json = json.unwrap_or_default();
            report(&format!("json {size}"), input.utf8.len(), &cost);
            println!("{:<22} json {} B", "", json.len());
        }
    }
    if mode == "figures" {
        let (_, cost) = measure(|| gongwen::figures::extract(&input.utf8));
        report(&format!("figures {size}"), input.utf8.len(), &cost);
    }
    if mode == "baseline" {
        let (_, cost) = measure(|| common::baseline(&input.utf8));
        report(&format!("baseline {size}"), input.utf8.len(), &cost);
    }
    for (name, bytes) in [("gbk", &input.gbk), ("big5", &input.big5)] {
        if all || mode == name {
            let (doc, cost) = measure(|| gongwen::parse_bytes(bytes, &options));
            if let Err(e) = doc {
                panic!("{name} input should decode: {e}");
            }
            report(&format!("parse_bytes {name} {size}"), bytes.len(), &cost);
        }
    }
}
