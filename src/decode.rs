//! 解码 — bytes to UTF-8 text.
//!
//! This first version reads UTF-8 with or without a byte-order mark; every
//! other input is an [`Error::Malformed`] naming the first invalid byte.

use crate::error::Error;
use crate::options::Options;
use crate::tree::MalformedRange;

/// The decoded text and what was learned about the bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub(crate) text: String,
    pub(crate) encoding: &'static str,
    pub(crate) bom: bool,
    pub(crate) detected: bool,
    pub(crate) malformed: Vec<MalformedRange>,
}

/// Decode `bytes` as the options say.
pub(crate) fn decode(bytes: &[u8], options: &Options) -> Result<Decoded, Error> {
    if bytes.len() > options.input_limit() {
        return Err(Error::TooLarge {
            size: bytes.len(),
            limit: options.input_limit(),
        });
    }
    let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let bom_len = if bom { 3 } else { 0 };
    match std::str::from_utf8(body) {
        Ok(text) => Ok(Decoded {
            text: text.to_owned(),
            encoding: "UTF-8",
            bom,
            detected: false,
            malformed: Vec::new(),
        }),
        Err(err) => Err(Error::Malformed {
            encoding: "UTF-8".to_owned(),
            offset: bom_len + err.valid_up_to(),
            length: err.error_len().unwrap_or(body.len() - err.valid_up_to()),
        }),
    }
}
