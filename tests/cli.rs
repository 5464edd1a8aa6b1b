//! The `gongwen` program end to end: exit codes, output shapes and order,
//! standard input, `--stdin-jsonl`.

#![cfg(feature = "cli")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const DOC: &str =
    "关于2023年工作的总结\n一、主要工作\n全年开展培训300余期。\n\n某某局\n2023年12月28日\n";

/// A directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("gongwen-cli-{}-{n}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn gongwen(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    output
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn json_lines(output: &Output) -> Vec<serde_json::Value> {
    text(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn exit_codes() {
    let dir = TempDir::new("exit");
    let good = dir.file("good.txt", DOC.as_bytes());
    let bad = dir.file("bad.txt", b"\xe5\xb7\xa5\xff\xfe\n");
    let missing = dir.path().join("missing.txt");
    let cases: [(Vec<&str>, i32, &str); 10] = [
        (
            vec!["parse", s(&good)],
            0,
            "should exit 0 when the input parsed",
        ),
        (
            vec!["parse", s(&good), s(&good)],
            0,
            "should exit 0 when every input parsed",
        ),
        (
            vec!["parse", "--encoding", "utf-8", s(&good), s(&bad)],
            1,
            "should exit 1 when some input failed",
        ),
        (
            vec!["parse", s(&missing)],
            1,
            "should exit 1 on a missing file",
        ),
        (vec!["parse"], 2, "should exit 2 without an input"),
        (
            vec!["parse", "--no-such-flag", s(&good)],
            2,
            "should exit 2 on an unknown flag",
        ),
        (
            vec!["parse", "--format", "xml", s(&good)],
            2,
            "should exit 2 on an unknown format",
        ),
        (
            vec!["parse", "--encoding", "nope", s(&good)],
            2,
            "should exit 2 on an unknown encoding",
        ),
        (
            vec!["parse", "--jobs", "0", s(&good)],
            2,
            "should exit 2 on zero jobs",
        ),
        (
            vec!["frobnicate"],
            2,
            "should exit 2 on an unknown subcommand",
        ),
    ];
    for (args, expected, message) in cases {
        let output = gongwen(&args, b"");
        assert_eq!(
            output.status.code(),
            Some(expected),
            "{message}: {}",
            text(&output.stderr)
        );
    }
    for args in [["--help"], ["--version"]] {
        let output = gongwen(&args, b"");
        assert_eq!(output.status.code(), Some(0), "should exit 0 on {args:?}");
        assert!(!output.stdout.is_empty(), "should print {args:?} on stdout");
    }
    let help = text(&gongwen(&["parse", "--help"], b"").stdout);
    assert!(
        help.contains("Examples:"),
        "should show examples in --help: {help}"
    );
}

#[test]
fn errors_name_the_file() {
    let dir = TempDir::new("errors");
    let good = dir.file("good.txt", DOC.as_bytes());
    let bad = dir.file("bad.txt", b"\xe5\xb7\xa5\xff\xfe\n");
    let output = gongwen(
        &[
            "parse",
            "--encoding",
            "utf-8",
            "--format",
            "jsonl",
            s(&good),
            s(&bad),
        ],
        b"",
    );
    let stderr = text(&output.stderr);
    assert_eq!(
        stderr,
        format!("gongwen: {}: malformed UTF-8 at byte 3 (1 byte)\n", s(&bad)),
        "should name the failing file and the byte on stderr"
    );
    let lines = json_lines(&output);
    assert_eq!(
        lines.len(),
        2,
        "should print one line per input, failures included"
    );
    assert_eq!(
        lines[0]["path"],
        s(&good),
        "should print the good file first"
    );
    assert_eq!(lines[0]["schema"], "gongwen/1", "should print the document");
    assert_eq!(
        lines[1]["path"],
        s(&bad),
        "should print the failed file's path"
    );
    assert_eq!(
        lines[1]["error"],
        serde_json::json!({"code": "malformed", "message": "malformed UTF-8 at byte 3 (1 byte)", "offset": 3}),
        "should print code, message and offset"
    );
    let lossy = gongwen(&["parse", "--encoding", "utf-8", "--lossy", s(&bad)], b"");
    assert_eq!(
        lossy.status.code(),
        Some(0),
        "should parse the bad file with --lossy"
    );
}

#[test]
fn directories_in_sorted_order() {
    let dir = TempDir::new("walk");
    let names = ["b.txt", "a.txt", "sub/c.txt", "sub/deeper/a.md", "z"];
    for name in names {
        dir.file(name, DOC.as_bytes());
    }
    dir.file("MANIFEST.tsv", b"path\tsource\n");
    dir.file(".hidden.txt", DOC.as_bytes());
    dir.file(".git/config.txt", DOC.as_bytes());
    let output = gongwen(&["parse", s(dir.path())], b"");
    assert_eq!(
        output.status.code(),
        Some(0),
        "should exit 0: {}",
        text(&output.stderr)
    );
    let paths: Vec<String> = json_lines(&output)
        .iter()
        .map(|line| line["path"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/a.md", "z"]
        .iter()
        .map(|name| s(&dir.path().join(name)).to_owned())
        .collect();
    assert_eq!(
        paths, expected,
        "should print jsonl for a directory, one line per document, sorted"
    );
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("MANIFEST.tsv: skipped: not a document (.tsv)"),
        "should note the skipped file: {stderr}"
    );
    assert!(
        !stderr.contains("hidden"),
        "should skip hidden files silently: {stderr}"
    );
    let quiet = gongwen(&["parse", "--quiet", s(dir.path())], b"");
    assert!(quiet.stderr.is_empty(), "should print no note with --quiet");
    assert_eq!(
        quiet.stdout, output.stdout,
        "should print the same output with --quiet"
    );
}

#[test]
fn jobs_do_not_change_the_output() {
    let dir = TempDir::new("jobs");
    for i in 0..40 {
        // Documents of varied sizes, so that they finish out of order.
        let body = "全年开展培训300余期，覆盖1.5万人次。\n".repeat(1 + (i * 37) % 200);
        dir.file(
            &format!("doc{i:02}.txt"),
            format!("关于第{i}项工作的总结\n一、主要工作\n{body}").as_bytes(),
        );
    }
    dir.file("zz-broken.txt", b"%PDF-1.4 binary\x00\x01");
    let one = gongwen(
        &["parse", "--jobs", "1", "--format", "jsonl", s(dir.path())],
        b"",
    );
    let two = gongwen(
        &["parse", "--jobs", "2", "--format", "jsonl", s(dir.path())],
        b"",
    );
    let eight = gongwen(
        &["parse", "-j", "8", "--format", "jsonl", s(dir.path())],
        b"",
    );
    assert_eq!(json_lines(&one).len(), 41, "should print one line per file");
    assert!(
        one.stdout == two.stdout,
        "should print the same bytes with --jobs 1 and --jobs 2"
    );
    assert!(
        one.stdout == eight.stdout,
        "should print the same bytes with --jobs 1 and -j 8"
    );
    assert_eq!(
        one.status.code(),
        Some(1),
        "should exit 1: the PDF is not text"
    );
    assert_eq!(
        two.status.code(),
        Some(1),
        "should exit 1 with two jobs too"
    );
    let last = json_lines(&two).pop().unwrap();
    assert_eq!(
        last["error"]["code"], "not_text",
        "should report the PDF in its sorted place"
    );
}

#[test]
fn standard_input() {
    let output = gongwen(&["parse", "-"], DOC.as_bytes());
    assert_eq!(output.status.code(), Some(0), "should parse stdin");
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(
        doc.get("path").is_none(),
        "should print a lone document bare"
    );
    assert_eq!(doc["text"], DOC, "should read the text from stdin");
    assert!(
        text(&output.stdout).starts_with("{\n  \"schema\""),
        "should pretty-print json"
    );

    let jsonl = gongwen(&["parse", "--format", "jsonl", "-"], DOC.as_bytes());
    let lines = json_lines(&jsonl);
    assert_eq!(lines.len(), 1, "should print one line");
    assert_eq!(lines[0]["path"], "-", "should name stdin -");

    let outline = gongwen(&["parse", "--format", "outline", "-"], DOC.as_bytes());
    let outline = text(&outline.stdout);
    assert!(
        outline.starts_with("document schema=gongwen/1 "),
        "should print the outline: {outline}"
    );
    assert!(
        outline.contains("\nsection@"),
        "should print sections: {outline}"
    );
}

#[test]
fn unexpanded_patterns() {
    let dir = TempDir::new("glob");
    dir.file("x/one.txt", DOC.as_bytes());
    dir.file("x/y/two.txt", DOC.as_bytes());
    dir.file("x/y/three.md", DOC.as_bytes());
    let pattern = format!("{}/**/*.txt", s(dir.path()));
    let output = gongwen(&["parse", &pattern], b"");
    let paths: Vec<String> = json_lines(&output)
        .iter()
        .map(|line| line["path"].as_str().unwrap().to_owned())
        .collect();
    let expected: Vec<String> = ["x/one.txt", "x/y/two.txt"]
        .iter()
        .map(|name| s(&dir.path().join(name)).to_owned())
        .collect();
    assert_eq!(paths, expected, "should expand ** patterns in sorted order");
    let none = gongwen(&["parse", &format!("{}/*.pdf", s(dir.path()))], b"");
    assert_eq!(
        none.status.code(),
        Some(1),
        "should fail a pattern that matches nothing"
    );
    assert!(
        text(&none.stderr).contains("no document matches"),
        "should say so"
    );
}

#[test]
fn stdin_jsonl_answers_every_line_in_order() {
    let dir = TempDir::new("records");
    let file = dir.file("a.txt", DOC.as_bytes());
    let records = format!(
        "{{\"id\": 1, \"path\": \"{}\"}}\nnot json\n{{\"id\": 3, \"text\": \"一、概况\\n\"}}\n{{\"id\": 4}}\n{{\"id\": 5, \"base64\": \"5bel5L2c5oC757uTCg==\"}}\n{{\"id\": 6, \"path\": \"{}\"}}\n",
        s(&file),
        s(&dir.path().join("missing.txt")),
    );
    let output = gongwen(
        &["parse", "--stdin-jsonl", "--jobs", "2"],
        records.as_bytes(),
    );
    assert_eq!(
        output.status.code(),
        Some(0),
        "should exit 0: record errors are answered in-band"
    );
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 6, "should answer each of the 6 lines");
    let ids: Vec<&serde_json::Value> = lines.iter().map(|line| &line["id"]).collect();
    let null = serde_json::Value::Null;
    assert_eq!(
        ids,
        [&1.into(), &null, &3.into(), &4.into(), &5.into(), &6.into()],
        "should answer in input order and echo each id"
    );
    let failed: Vec<bool> = lines
        .iter()
        .map(|line| line.get("error").is_some())
        .collect();
    assert_eq!(
        failed,
        [false, true, false, true, false, true],
        "should answer bad lines with errors"
    );
    assert_eq!(
        lines[1]["error"]["code"], "bad_record",
        "should call a non-JSON line a bad record"
    );
    assert_eq!(
        lines[5]["error"]["code"], "io",
        "should report a missing file"
    );
    assert_eq!(lines[0]["path"], s(&file), "should echo the path");
    assert_eq!(lines[4]["text"], "工作总结\n", "should decode base64");
    assert!(lines[2].get("title").is_some(), "should parse text records");
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("gongwen: stdin line 2: not a JSON object"),
        "should name the line: {stderr}"
    );
}

#[test]
fn figures_csv_header_and_rows() {
    let dir = TempDir::new("figures");
    let doc = "关于2023年工作的总结\n一、主要工作\n全年开展培训300余期，覆盖1.5万人次。\n\n某某局\n2023年12月28日\n";
    let a = dir.file("a.txt", doc.as_bytes());
    dir.file(
        "b.txt",
        "工作总结\n一、概况\n完成3-5次，比重达95%。\n".as_bytes(),
    );
    let output = gongwen(&["figures", s(dir.path()), "--format", "csv"], b"");
    assert_eq!(
        output.status.code(),
        Some(0),
        "should exit 0: {}",
        text(&output.stderr)
    );
    let csv = text(&output.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "file,section_path,node,kind,value,upper,approx,unit,currency,date,year_inferred,text,span_start,span_end",
        "should print the header row first"
    );
    let a_path = s(&a);
    let expected_row = format!("{a_path},一,paragraph,count,300,,over,期,,,,300余期,");
    assert!(
        lines.iter().any(|line| line.starts_with(&expected_row)),
        "should print 300余期 as a count over 300 in section 一: {csv}"
    );
    let date_row = format!("{a_path},,footer,date,,,,,,2023-12-28,false,2023年12月28日,");
    assert!(
        lines.iter().any(|line| line.starts_with(&date_row)),
        "should print the date of issue as an ISO date: {csv}"
    );
    let first_b = lines
        .iter()
        .position(|line| line.contains("/b.txt,"))
        .unwrap();
    assert!(
        lines[1..first_b]
            .iter()
            .all(|line| line.starts_with(a_path)),
        "should print a.txt's rows before b.txt's"
    );
    let fields = lines.iter().skip(1).map(|line| line.split(',').count());
    assert!(
        fields.into_iter().all(|n| n == 14),
        "should print 14 fields per row: {csv}"
    );

    let jsonl = gongwen(&["figures", "--format", "jsonl", s(&a)], b"");
    let rows = json_lines(&jsonl);
    assert!(
        rows.iter()
            .any(|row| row["text"] == "1.5万人次" && row["value"] == 15000),
        "should print exact values in jsonl: {rows:?}"
    );
    let json = gongwen(
        &[
            "figures",
            "--format",
            "json",
            s(&a),
            s(&dir.path().join("none.txt")),
        ],
        b"",
    );
    assert_eq!(
        json.status.code(),
        Some(1),
        "should exit 1 when an input failed"
    );
    let array: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let array = array.as_array().unwrap();
    assert_eq!(
        array.len(),
        rows.len() + 1,
        "should hold every row and the error"
    );
    assert_eq!(
        array.last().unwrap()["error"]["code"],
        "io",
        "should report the missing file"
    );
}

#[test]
fn outlines_of_several_inputs_are_headed() {
    let dir = TempDir::new("outlines");
    let a = dir.file("a.txt", DOC.as_bytes());
    let b = dir.file(
        "b.txt",
        "各位代表：\n现在，我代表市人民政府作报告。\n".as_bytes(),
    );
    let output = gongwen(&["parse", "--format", "outline", s(&a), s(&b)], b"");
    let out = text(&output.stdout);
    let headers: Vec<&str> = out
        .lines()
        .filter(|line| line.starts_with("==> "))
        .collect();
    let expected = [format!("==> {} <==", s(&a)), format!("==> {} <==", s(&b))];
    assert_eq!(
        headers, expected,
        "should head each outline with its path, in order"
    );
    assert_eq!(
        out.matches("\ndocument schema=gongwen/1 ").count(),
        2,
        "should print one outline per input: {out}"
    );
}

#[test]
fn stdin_jsonl_answers_before_the_input_ends() {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["parse", "--stdin-jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let output = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(output).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for id in 1..=3 {
        writeln!(input, "{{\"id\": {id}, \"text\": \"工作总结\\n\"}}").unwrap();
        input.flush().unwrap();
        let answer = rx
            .recv_timeout(std::time::Duration::from_secs(30))
            .expect("should answer a record while stdin is still open, as a co-process");
        let answer: serde_json::Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(answer["id"], id, "should answer record {id} in order");
    }
    drop(input);
    assert_eq!(
        child.wait().unwrap().code(),
        Some(0),
        "should exit 0 at the end of input"
    );
}

#[test]
fn closed_output_stops_quietly() {
    let dir = TempDir::new("pipe");
    for i in 0..300 {
        dir.file(&format!("doc{i:03}.txt"), DOC.as_bytes());
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
        .args(["parse", "--jobs", "2", s(dir.path())])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    std::io::Read::read_exact(child.stdout.as_mut().unwrap(), &mut first).unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(1),
        "should exit 1 when stdout closes early"
    );
    assert!(
        output.stderr.is_empty(),
        "should not complain about a closed pipe (| head): {}",
        text(&output.stderr)
    );
}
