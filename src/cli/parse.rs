//! `gongwen parse`: files, directories and patterns, or `--stdin-jsonl`.

use super::args::{ParseArgs, ParseFormat};
use super::inputs::{self, Job};
use super::load::load;
use super::output::{self, ErrorBody, DOCUMENT_KEYS, ERROR_KEYS};
use super::report::Reporter;
use super::{stdin_jsonl, Frame, Rendered, Status};
use gongwen::Options;
use std::io::Write;

/// Run `gongwen parse`.
pub(crate) fn run(args: &ParseArgs) -> anyhow::Result<Status> {
    let options = args.options()?;
    let jobs = args.common.jobs();
    let mut reporter = Reporter::new(args.common.quiet);
    if args.stdin_jsonl {
        return stdin_jsonl::run(jobs, &options, &reporter);
    }
    let expansion = inputs::expand(&args.inputs);
    for note in &expansion.notes {
        reporter.note(note);
    }
    let format = args.format.unwrap_or(if expansion.single {
        ParseFormat::Json
    } else {
        ParseFormat::Jsonl
    });
    let single = expansion.single;
    reporter.start_progress(expansion.jobs.len());
    let status = super::write_all(
        jobs,
        expansion.jobs.into_iter(),
        |job| render(&job, format, single, &options),
        &reporter,
        &Frame::NONE,
    );
    reporter.finish();
    status
}

/// One input in the chosen format, plus its error message if it failed.
fn render(job: &Job, format: ParseFormat, single: bool, options: &Options) -> Rendered {
    let path = job.display();
    // A lone document in json is printed bare (SPEC §3); jsonl always has "path".
    let echo = if single && format != ParseFormat::Jsonl {
        Vec::new()
    } else {
        output::path_echo(&path)
    };
    let result = load(job, options);
    let mut stdout = match (&result, format) {
        (Ok(doc), ParseFormat::Json) => output::pretty(&echo, DOCUMENT_KEYS, doc),
        (Ok(doc), ParseFormat::Jsonl) => output::compact(&echo, DOCUMENT_KEYS, doc),
        (Ok(doc), ParseFormat::Outline) => {
            let mut out = Vec::new();
            if !single {
                let _ = writeln!(out, "==> {path} <==");
            }
            out.extend_from_slice(doc.outline().as_bytes());
            out
        }
        (Err(_), ParseFormat::Outline) => Vec::new(),
        (Err(_), ParseFormat::Json) if single => Vec::new(),
        (Err(error), ParseFormat::Json) => output::pretty(
            &echo,
            ERROR_KEYS,
            &ErrorBody {
                error: error.clone(),
            },
        ),
        (Err(error), ParseFormat::Jsonl) => output::compact(
            &echo,
            ERROR_KEYS,
            &ErrorBody {
                error: error.clone(),
            },
        ),
    };
    if !stdout.is_empty() && stdout.last() != Some(&b'\n') {
        stdout.push(b'\n');
    }
    Rendered {
        stdout,
        error: result.err().map(|error| (path, error.message)),
    }
}
