//! `gongwen parse --stdin-jsonl`: the Hadoop Streaming / Spark `RDD.pipe`
//! contract.
//!
//! Each line of standard input is one JSON object naming its document by
//! exactly one of `"path"` (a file to read), `"text"` (the text itself) or
//! `"base64"` (the raw bytes, standard alphabet). Every other key (an `"id"`,
//! say) is echoed first in the output line, `"path"` included; keys named
//! like a document field or `"error"` are not echoed. Each input line gives
//! exactly one output line, in input order: a document, or `{"error": …}`
//! for a record that cannot be read or parsed, so that the output zips with
//! the input. Record errors do not change the exit status: a non-zero
//! status would make Spark and Hadoop fail the whole task. Only standard
//! input that cannot be read (or output that cannot be written) fails the run.

use super::load::{load_file, parse_bytes};
use super::output::{self, Echo, ErrorBody, ErrorInfo, DOCUMENT_KEYS, ERROR_KEYS};
use super::report::Reporter;
use super::{Frame, Rendered, Status};
use base64::Engine as _;
use gongwen::{Document, Options};
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;
use std::fmt;
use std::io::{BufRead, BufReader, Stdin};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// Run the record loop over standard input.
pub(crate) fn run(jobs: usize, options: &Options, reporter: &Reporter) -> anyhow::Result<Status> {
    let unreadable = AtomicBool::new(false);
    let lines = Lines {
        reader: BufReader::new(std::io::stdin()),
        number: 0,
        done: false,
        unreadable: &unreadable,
    };
    super::write_all(
        jobs,
        lines,
        |(number, line)| record(number, line, options),
        reporter,
        &Frame::NONE,
    )?;
    // Record errors are answered in-band (see the module docs); only input
    // that could not be read at all fails the run.
    if unreadable.load(Ordering::Relaxed) {
        Ok(Status::Failure)
    } else {
        Ok(Status::Success)
    }
}

/// Standard input as numbered lines (1-based), without line ends. A read
/// error ends the input with one error item and sets `unreadable`.
struct Lines<'a> {
    reader: BufReader<Stdin>,
    number: usize,
    done: bool,
    unreadable: &'a AtomicBool,
}

impl Iterator for Lines<'_> {
    type Item = (usize, Result<Vec<u8>, String>);

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let mut line = Vec::new();
        match self.reader.read_until(b'\n', &mut line) {
            Ok(0) => {
                self.done = true;
                None
            }
            Ok(_) => {
                self.number += 1;
                if line.last() == Some(&b'\n') {
                    line.pop();
                    if line.last() == Some(&b'\r') {
                        line.pop();
                    }
                }
                Some((self.number, Ok(line)))
            }
            Err(err) => {
                self.done = true;
                self.unreadable.store(true, Ordering::Relaxed);
                self.number += 1;
                Some((self.number, Err(super::io_message(&err))))
            }
        }
    }
}

/// A JSON object's entries in their order.
struct Entries(Echo);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, Value>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor)
    }
}

/// Where a record's document comes from.
enum Payload<'a> {
    Path(&'a str),
    Text(&'a str),
    Base64(&'a str),
}

/// Answer one input line.
fn record(number: usize, line: Result<Vec<u8>, String>, options: &Options) -> Rendered {
    let mut place = format!("stdin line {number}");
    let (echo, result) = match line {
        Err(message) => (Vec::new(), Err(ErrorInfo::new("io", message))),
        Ok(line) if line.iter().all(u8::is_ascii_whitespace) => (
            Vec::new(),
            Err(ErrorInfo::new("bad_record", "empty line: no record")),
        ),
        Ok(line) => match serde_json::from_slice::<Entries>(&line) {
            Err(err) => (
                Vec::new(),
                Err(ErrorInfo::new(
                    "bad_record",
                    format!("not a JSON object: {err}"),
                )),
            ),
            Ok(Entries(entries)) => {
                let result = payload(&entries).and_then(|payload| {
                    if let Payload::Path(path) = payload {
                        place = format!("stdin line {number}: {path}");
                    }
                    document(payload, options)
                });
                let echo = entries
                    .into_iter()
                    .filter(|(key, _)| key != "text" && key != "base64")
                    .collect();
                (echo, result)
            }
        },
    };
    let mut stdout = match &result {
        Ok(doc) => output::compact(&echo, DOCUMENT_KEYS, doc),
        Err(error) => output::compact(
            &echo,
            ERROR_KEYS,
            &ErrorBody {
                error: error.clone(),
            },
        ),
    };
    stdout.push(b'\n');
    Rendered {
        stdout,
        error: result.err().map(|error| (place, error.message)),
    }
}

/// The one source key of a record.
fn payload(entries: &Echo) -> Result<Payload<'_>, ErrorInfo> {
    let mut found = entries
        .iter()
        .filter(|(key, _)| matches!(key.as_str(), "path" | "text" | "base64"));
    let (key, value) = match (found.next(), found.next()) {
        (Some(entry), None) => entry,
        (None, _) => {
            return Err(ErrorInfo::new(
                "bad_record",
                "a record needs one of \"path\", \"text\" or \"base64\"",
            ))
        }
        (Some(_), Some(_)) => {
            return Err(ErrorInfo::new(
                "bad_record",
                "a record takes only one of \"path\", \"text\" or \"base64\"",
            ))
        }
    };
    let Value::String(value) = value else {
        return Err(ErrorInfo::new(
            "bad_record",
            format!("\"{key}\" must be a string"),
        ));
    };
    Ok(match key.as_str() {
        "path" => Payload::Path(value),
        "text" => Payload::Text(value),
        _ => Payload::Base64(value),
    })
}

fn document(payload: Payload<'_>, options: &Options) -> Result<Document, ErrorInfo> {
    match payload {
        Payload::Path(path) => load_file(Path::new(path), options),
        Payload::Text(text) => Ok(gongwen::parse(text, options)),
        Payload::Base64(data) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(data.trim())
                .map_err(|err| ErrorInfo::new("bad_record", format!("bad base64: {err}")))?;
            parse_bytes(&bytes, options)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(line: &str) -> String {
        let rendered = record(1, Ok(line.as_bytes().to_vec()), &Options::new());
        String::from_utf8(rendered.stdout).unwrap()
    }

    #[test]
    fn bad_records() {
        let cases = [
            (
                "not json",
                "not a JSON object",
                "should answer a line that is not JSON",
            ),
            ("[1, 2]", "not a JSON object", "should answer an array"),
            ("{\"id\": 1}", "needs one of", "should want a source key"),
            (
                "{\"text\": \"a\", \"path\": \"b\"}",
                "only one of",
                "should refuse two source keys",
            ),
            ("{\"text\": 3}", "must be a string", "should want a string"),
            (
                "{\"base64\": \"@@@\"}",
                "bad base64",
                "should refuse bad base64",
            ),
        ];
        for (line, expected, message) in cases {
            let out = answer(line);
            assert!(out.contains("\"code\":\"bad_record\""), "{message}: {out}");
            assert!(out.contains(expected), "{message}: {out}");
            assert!(
                out.ends_with("}\n") && out.matches('\n').count() == 1,
                "{message}: one line"
            );
        }
    }

    #[test]
    fn echoes_keys_but_not_payloads() {
        let out = answer(r#"{"id": "a-1", "text": "工作总结\n", "lang": "zh"}"#);
        assert!(
            out.starts_with(r#"{"id":"a-1","lang":"zh","schema":"gongwen/1","#),
            "should echo id and lang first, not the text: {out}"
        );
        let encoded = base64::engine::general_purpose::STANDARD.encode("工作总结\n");
        let out = answer(&format!(r#"{{"id": 2, "base64": "{encoded}"}}"#));
        assert!(
            out.starts_with(r#"{"id":2,"schema""#),
            "should not echo base64: {out}"
        );
        assert!(
            out.contains(r#""text":"工作总结\n""#),
            "should decode base64: {out}"
        );
    }
}
