//! The `gongwen` command-line program.
//!
//! ```text
//! gongwen parse FILE... | DIR... | PATTERN... | - [--format json|jsonl|outline] [--convert s|t]
//! gongwen parse --stdin-jsonl
//! gongwen figures FILE... | DIR... | PATTERN... | - [--format json|jsonl|csv|table]
//! ```
//!
//! Standard output carries results only; errors and notes go to standard
//! error, each naming its input. Exit status: [`SUCCESS`] when every input
//! parsed, [`FAILURE`] when some failed, [`USAGE`] on bad usage.

use clap::Parser as _;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

mod cli {
    pub(crate) mod args;
    pub(crate) mod figures;
    pub(crate) mod inputs;
    pub(crate) mod load;
    pub(crate) mod output;
    pub(crate) mod parse;
    pub(crate) mod pipeline;
    pub(crate) mod report;
    pub(crate) mod stdin_jsonl;

    pub(crate) use super::{io_message, write_all, Frame, Rendered, Status};
}

use cli::args::{Cli, Command};
use cli::report::Reporter;

/// Exit status when every input parsed.
const SUCCESS: u8 = 0;
/// Exit status when some input failed (the others were still written).
const FAILURE: u8 = 1;
/// Exit status on bad usage: unknown option, missing operand, bad value.
const USAGE: u8 = 2;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Success,
    Failure,
}

/// One input's output, and its error message (place, message) if it failed.
struct Rendered {
    stdout: Vec<u8>,
    error: Option<(String, String)>,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // --help and --version print to stdout and succeed.
            let code = if err.use_stderr() { USAGE } else { SUCCESS };
            let _ = err.print();
            return ExitCode::from(code);
        }
    };
    let result = match &cli.command {
        Command::Parse(args) => cli::parse::run(args),
        Command::Figures(args) => cli::figures::run(args),
    };
    match result {
        Ok(Status::Success) => ExitCode::from(SUCCESS),
        Ok(Status::Failure) => ExitCode::from(FAILURE),
        Err(err) => {
            eprintln!("gongwen: {err:#}");
            ExitCode::from(FAILURE)
        }
    }
}

/// What surrounds the results on standard output: a header (a CSV header
/// row, `[`), a separator between non-empty results (`,` in a JSON array)
/// and a footer.
struct Frame<'a> {
    header: &'a [u8],
    between: &'a [u8],
    footer: &'a [u8],
}

impl Frame<'_> {
    /// Nothing around the results.
    const NONE: Frame<'static> = Frame {
        header: b"",
        between: b"",
        footer: b"",
    };
}

/// Work on `items` in parallel and write each result to standard output in
/// input order as soon as it is next in line; errors go to standard error.
fn write_all<T, I, W>(
    jobs: usize,
    items: I,
    work: W,
    reporter: &Reporter,
    frame: &Frame<'_>,
) -> anyhow::Result<Status>
where
    I: Iterator<Item = T> + Send,
    T: Send,
    W: Fn(T) -> Rendered + Sync,
{
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    write_or_exit(&mut stdout, frame.header);
    let mut failed = false;
    let mut written_any = false;
    cli::pipeline::ordered_map(jobs, items, work, |rendered| {
        if let Some((place, message)) = &rendered.error {
            failed = true;
            reporter.error(place, message);
        }
        if !rendered.stdout.is_empty() {
            if written_any {
                write_or_exit(&mut stdout, frame.between);
            }
            written_any = true;
            write_or_exit(&mut stdout, &rendered.stdout);
        }
        reporter.advance();
    })?;
    write_or_exit(&mut stdout, frame.footer);
    Ok(if failed {
        Status::Failure
    } else {
        Status::Success
    })
}

/// Write and flush, or exit: when nothing more can be written (a closed
/// pipe: `| head`), stop rather than parse inputs whose output would be lost.
fn write_or_exit(stdout: &mut impl Write, bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    if let Err(err) = stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        if err.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("gongwen: standard output: {}", io_message(&err));
        }
        std::process::exit(i32::from(FAILURE));
    }
}

/// A lowercase message for an I/O error.
fn io_message(err: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => "no such file or directory".to_owned(),
        ErrorKind::PermissionDenied => "permission denied".to_owned(),
        ErrorKind::InvalidData => "stream did not contain valid data".to_owned(),
        _ => err.to_string(),
    }
}
