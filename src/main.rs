//! The `gongwen` command-line program.
//!
//! ```text
//! gongwen parse FILE... | DIR... | PATTERN... | - [--format json|jsonl|outline]
//! gongwen parse --stdin-jsonl
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
    pub(crate) mod inputs;
    pub(crate) mod load;
    pub(crate) mod output;
    pub(crate) mod parse;
    pub(crate) mod pipeline;
    pub(crate) mod report;
    pub(crate) mod stdin_jsonl;

    pub(crate) use super::{io_message, write_all, Rendered, Status};
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

/// Work on `items` in parallel and write each result to standard output in
/// input order as soon as it is next in line; errors go to standard error.
fn write_all<T, I, W>(jobs: usize, items: I, work: W, reporter: &Reporter) -> anyhow::Result<Status>
where
    I: Iterator<Item = T> + Send,
    T: Send,
    W: Fn(T) -> Rendered + Sync,
{
    let mut stdout = BufWriter::new(std::io::stdout().lock());
    let mut failed = false;
    cli::pipeline::ordered_map(jobs, items, work, |rendered| {
        if let Some((place, message)) = &rendered.error {
            failed = true;
            reporter.error(place, message);
        }
        let written = stdout
            .write_all(&rendered.stdout)
            .and_then(|()| stdout.flush());
        if let Err(err) = written {
            // Nothing more can be written (a closed pipe: `| head`); stop now
            // rather than parse inputs whose output would be lost.
            if err.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("gongwen: standard output: {}", io_message(&err));
            }
            std::process::exit(i32::from(FAILURE));
        }
        reporter.advance();
    })?;
    Ok(if failed {
        Status::Failure
    } else {
        Status::Success
    })
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
