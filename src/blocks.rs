//! 结构 — front matter, title, sections, paragraphs, footer.

use crate::decode::Decoded;
use crate::options::Options;
use crate::tree::*;

/// Build the document tree from decoded text.
pub(crate) fn build(decoded: Decoded, input_bytes: usize, _options: &Options) -> Document {
    Document {
        schema: SCHEMA.to_owned(),
        source: Source {
            encoding: decoded.encoding.to_owned(),
            bom: decoded.bom,
            detected: decoded.detected,
            bytes: input_bytes,
            malformed: decoded.malformed,
            script: Script::Unknown,
            script_counts: ScriptCounts::default(),
            line_endings: LineEndings::None,
        },
        title: None,
        front: Vec::new(),
        addressee: None,
        attachments: Vec::new(),
        preamble: Vec::new(),
        sections: Vec::new(),
        footer: None,
        closing: Vec::new(),
        noise: Vec::new(),
        diagnostics: Vec::new(),
        text: decoded.text,
    }
}
