//! Command-line arguments (clap derive).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  gongwen parse report.txt                       one document, pretty JSON
  gongwen parse report.txt --format outline      the tree, one line per node
  gongwen parse corpus/ --format jsonl > out.jsonl
  gongwen parse 'corpus/**/*.txt' --jobs 4       patterns the shell left unexpanded
  cat report.txt | gongwen parse -               read standard input
  gongwen parse --encoding gbk --lossy old.txt
  gongwen parse --convert s big5.txt             add \"normalized\": each text in Simplified
  printf '{\"id\":1,\"path\":\"a.txt\"}\\n' | gongwen parse --stdin-jsonl
  gongwen figures corpus/ --format csv > figures.csv
  gongwen figures report.txt                     a table of the figures

Exit status: 0 when every input parsed, 1 when some failed, 2 on bad usage.";

/// 公文解析 — parse Chinese administrative documents into a typed tree.
#[derive(Debug, Parser)]
#[command(name = "gongwen", version, after_help = EXAMPLES)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Parse documents and print their trees (JSON, JSON lines or an outline).
    #[command(after_help = EXAMPLES)]
    Parse(ParseArgs),
    /// Print the figures stated in documents, one row per figure.
    #[command(after_help = EXAMPLES)]
    Figures(FiguresArgs),
}

/// `gongwen parse`.
#[derive(Debug, Args)]
pub(crate) struct ParseArgs {
    /// Files, directories (walked recursively) or glob patterns; `-` is standard input.
    #[arg(value_name = "INPUT", required_unless_present = "stdin_jsonl")]
    pub(crate) inputs: Vec<PathBuf>,

    /// Output format [default: json for one file or `-`, jsonl for directories,
    /// patterns and several inputs]. With several inputs, json prints one
    /// pretty object per input with "path" first.
    #[arg(long, value_enum)]
    pub(crate) format: Option<ParseFormat>,

    /// Read one JSON record per line from standard input — {"path": …},
    /// {"text": …} or {"base64": …}, other keys echoed — and write one JSON
    /// line per record, in order (Hadoop Streaming, Spark RDD.pipe).
    #[arg(long, conflicts_with_all = ["inputs", "format"])]
    pub(crate) stdin_jsonl: bool,

    /// 繁简转换 — add "normalized" beside each node's "text": the text in
    /// Simplified (s) or Traditional (t) script, by OpenCC's phrase tables.
    /// Spans and parsing stay those of the original text.
    #[arg(long, value_enum, value_name = "SCRIPT")]
    pub(crate) convert: Option<ConvertTo>,

    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

impl ParseArgs {
    /// The library options these arguments ask for.
    pub(crate) fn options(&self) -> anyhow::Result<gongwen::Options> {
        let options = self.common.options()?;
        Ok(match self.convert {
            Some(ConvertTo::S) => options.convert(gongwen::Conversion::ToSimplified),
            Some(ConvertTo::T) => options.convert(gongwen::Conversion::ToTraditional),
            None => options,
        })
    }
}

/// `gongwen figures`.
#[derive(Debug, Args)]
pub(crate) struct FiguresArgs {
    /// Files, directories (walked recursively) or glob patterns; `-` is standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub(crate) inputs: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FiguresFormat::Table)]
    pub(crate) format: FiguresFormat,

    #[command(flatten)]
    pub(crate) common: CommonArgs,
}

/// Options shared by the subcommands.
#[derive(Debug, Args)]
pub(crate) struct CommonArgs {
    /// Read input in this encoding (WHATWG label: gbk, gb18030, big5, utf-16le, …)
    /// instead of detecting it.
    #[arg(long, value_name = "LABEL", value_parser = encoding_label)]
    pub(crate) encoding: Option<String>,

    /// Replace bytes that do not decode with U+FFFD (reported as diagnostics)
    /// instead of failing.
    #[arg(long)]
    pub(crate) lossy: bool,

    /// Parse this many documents in parallel [default: the number of cores].
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1024))]
    pub(crate) jobs: Option<u32>,

    /// No progress bar and no notes on standard error; errors are still printed.
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,
}

impl CommonArgs {
    /// The library options these arguments ask for.
    pub(crate) fn options(&self) -> anyhow::Result<gongwen::Options> {
        let mut options = gongwen::Options::new().lossy(self.lossy);
        if let Some(label) = &self.encoding {
            options = options.encoding_label(label)?;
        }
        Ok(options)
    }

    /// Worker threads to use.
    pub(crate) fn jobs(&self) -> usize {
        match self.jobs {
            Some(jobs) => usize::try_from(jobs).unwrap_or(1),
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

/// `--format` of `gongwen parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ParseFormat {
    /// Pretty-printed JSON (SPEC §3).
    Json,
    /// One compact JSON object per line, with "path" first.
    Jsonl,
    /// An indented tree, one line per node with its byte span.
    Outline,
}

/// `--convert` of `gongwen parse`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ConvertTo {
    /// 简体 — Simplified (OpenCC t2s).
    #[value(alias = "simplified")]
    S,
    /// 繁體 — Traditional (OpenCC s2t).
    #[value(alias = "traditional")]
    T,
}

/// `--format` of `gongwen figures`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FiguresFormat {
    /// One JSON array of all rows.
    Json,
    /// One compact JSON object per figure.
    Jsonl,
    /// CSV with a header row, RFC 4180 quoting, span as span_start and span_end.
    Csv,
    /// Aligned columns for reading, one block per file.
    Table,
}

/// Validate an encoding label at parse time so that a bad label is a usage error.
fn encoding_label(label: &str) -> Result<String, String> {
    match gongwen::Options::new().encoding_label(label) {
        Ok(_) => Ok(label.to_owned()),
        Err(err) => Err(err.to_string()),
    }
}
