//! Reading one input into a document.

use super::inputs::Job;
use super::output::ErrorInfo;
use gongwen::{Document, Options};
use std::io::Read;
use std::path::Path;

/// Read and parse one job's input.
pub(crate) fn load(job: &Job, options: &Options) -> Result<Document, ErrorInfo> {
    match job {
        Job::Stdin => {
            let bytes = read_limited(std::io::stdin().lock(), options)?;
            parse_bytes(&bytes, options)
        }
        Job::File(path) => load_file(path, options),
        Job::Failed { code, message, .. } => Err(ErrorInfo::new(code, message.clone())),
    }
}

/// Read and parse a file, refusing one over the size limit before reading it.
pub(crate) fn load_file(path: &Path, options: &Options) -> Result<Document, ErrorInfo> {
    let file = std::fs::File::open(path).map_err(|err| io_error(&err))?;
    let metadata = file.metadata().map_err(|err| io_error(&err))?;
    if metadata.is_dir() {
        return Err(ErrorInfo::new("io", "is a directory"));
    }
    let bytes = read_limited(file, options)?;
    parse_bytes(&bytes, options)
}

/// Parse bytes, turning a library error into an error record.
pub(crate) fn parse_bytes(bytes: &[u8], options: &Options) -> Result<Document, ErrorInfo> {
    gongwen::parse_bytes(bytes, options).map_err(|err| ErrorInfo::from(&err))
}

/// Read at most one byte over the limit, so that a huge input is refused
/// without being held in memory (the library reports the size as read).
fn read_limited(reader: impl Read, options: &Options) -> Result<Vec<u8>, ErrorInfo> {
    let limit = options.input_limit();
    let mut bytes = Vec::new();
    reader
        .take(u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|err| io_error(&err))?;
    Ok(bytes)
}

fn io_error(err: &std::io::Error) -> ErrorInfo {
    ErrorInfo::new("io", super::io_message(err))
}
