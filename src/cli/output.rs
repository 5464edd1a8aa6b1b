//! The shapes printed on standard output: a document or an error, with the
//! keys that identify the input (`"path"`, or a record's own keys) first.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::Value;

/// The top-level keys of a serialized [`gongwen::Document`]. Input keys with
/// these names are not echoed: the document's own fields win.
pub(crate) const DOCUMENT_KEYS: &[&str] = &[
    "schema",
    "source",
    "title",
    "front",
    "addressee",
    "attachments",
    "preamble",
    "sections",
    "footer",
    "closing",
    "noise",
    "annexes",
    "diagnostics",
    "text",
];

/// Keys that identify an input, printed before the body.
pub(crate) type Echo = Vec<(String, Value)>;

/// `{"path": …}` as an echo.
pub(crate) fn path_echo(path: &str) -> Echo {
    vec![("path".to_owned(), Value::String(path.to_owned()))]
}

/// One output object: the echoed keys, then the body's fields.
#[derive(Serialize)]
pub(crate) struct Line<'a, B: Serialize> {
    #[serde(flatten)]
    echo: EchoMap<'a>,
    #[serde(flatten)]
    body: &'a B,
}

impl<'a, B: Serialize> Line<'a, B> {
    /// `echo` keys first (except those `body` prints), then `body`.
    pub(crate) fn new(echo: &'a [(String, Value)], reserved: &'a [&'a str], body: &'a B) -> Self {
        Line {
            echo: EchoMap { echo, reserved },
            body,
        }
    }
}

struct EchoMap<'a> {
    echo: &'a [(String, Value)],
    reserved: &'a [&'a str],
}

impl Serialize for EchoMap<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for (index, (key, value)) in self.echo.iter().enumerate() {
            let reserved = self.reserved.contains(&key.as_str());
            let repeated = self.echo.iter().take(index).any(|(k, _)| k == key);
            if !reserved && !repeated {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}

/// `{"error": {"code", "message", "offset"}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct ErrorBody {
    pub(crate) error: ErrorInfo,
}

/// What went wrong with one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct ErrorInfo {
    /// Stable code: the library's (`malformed`, `not_text`, `too_large`,
    /// `unknown_encoding`) or the program's (`io`, `not_found`,
    /// `bad_pattern`, `bad_record`).
    pub(crate) code: String,
    /// A lowercase sentence.
    pub(crate) message: String,
    /// Byte offset in the input, when the error has one.
    pub(crate) offset: Option<usize>,
}

impl ErrorInfo {
    pub(crate) fn new(code: &str, message: impl Into<String>) -> Self {
        ErrorInfo {
            code: code.to_owned(),
            message: message.into(),
            offset: None,
        }
    }
}

impl From<&gongwen::Error> for ErrorInfo {
    fn from(err: &gongwen::Error) -> Self {
        ErrorInfo {
            code: err.code().to_owned(),
            message: err.to_string(),
            offset: err.offset(),
        }
    }
}

/// Keys an error line reserves.
pub(crate) const ERROR_KEYS: &[&str] = &["error"];

/// Serialize one compact line (without the line end).
pub(crate) fn compact<B: Serialize>(
    echo: &[(String, Value)],
    reserved: &[&str],
    body: &B,
) -> Vec<u8> {
    let mut out = Vec::new();
    // Serializing our own types to memory cannot fail: no map has non-string keys.
    let _ = serde_json::to_writer(&mut out, &Line::new(echo, reserved, body));
    out
}

/// Serialize one pretty object (without the final line end).
pub(crate) fn pretty<B: Serialize>(
    echo: &[(String, Value)],
    reserved: &[&str],
    body: &B,
) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = serde_json::to_writer_pretty(&mut out, &Line::new(echo, reserved, body));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_keys_match_the_document() {
        let doc = gongwen::parse("工作总结\n", &gongwen::Options::new());
        let value = serde_json::to_value(&doc).unwrap();
        let mut keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = DOCUMENT_KEYS.to_vec();
        keys.sort_unstable();
        expected.sort_unstable();
        assert_eq!(
            keys, expected,
            "should list every top-level key of a document"
        );
    }

    #[test]
    fn echo_comes_first() {
        let echo = vec![
            ("id".to_owned(), Value::from(7)),
            ("path".to_owned(), Value::from("a.txt")),
            ("error".to_owned(), Value::from("mine")),
            ("id".to_owned(), Value::from(8)),
        ];
        let body = ErrorBody {
            error: ErrorInfo::new("io", "no such file"),
        };
        let line = String::from_utf8(compact(&echo, ERROR_KEYS, &body)).unwrap();
        assert_eq!(
            line,
            r#"{"id":7,"path":"a.txt","error":{"code":"io","message":"no such file","offset":null}}"#,
            "should echo keys first, in their order, once, and let the body's keys win"
        );
    }

    #[test]
    fn path_before_document_fields() {
        let doc = gongwen::parse("工作总结\n", &gongwen::Options::new());
        let line = String::from_utf8(compact(&path_echo("x.txt"), DOCUMENT_KEYS, &doc)).unwrap();
        assert!(
            line.starts_with(r#"{"path":"x.txt","schema":"gongwen/1","#),
            "should print path first, then the document in field order: {line}"
        );
    }
}
