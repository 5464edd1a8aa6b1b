//! `gongwen figures`: one row per figure, from [`gongwen::Document::figures`].
//!
//! Columns: file, section path, node, kind, value, upper, approx, unit,
//! currency, date, text, span. Inputs are walked, ordered, parsed in
//! parallel and streamed exactly as by `gongwen parse`.

use super::args::{FiguresArgs, FiguresFormat};
use super::inputs::{self, Job};
use super::load::load;
use super::output::{ErrorBody, ErrorInfo};
use super::{Frame, Rendered, Status};
use gongwen::{Approx, DateValue, Decimal, FigureKind, LocatedFigure, NodeKind, Span};
use serde::Serialize;
use std::fmt::Write as _;

/// The CSV header row.
const CSV_HEADER: &str = "file,section_path,node,kind,value,upper,approx,unit,currency,date,year_inferred,text,span_start,span_end\n";

/// Run `gongwen figures`.
pub(crate) fn run(args: &FiguresArgs) -> anyhow::Result<Status> {
    let options = args.common.options()?;
    let mut reporter = super::report::Reporter::new(args.common.quiet);
    let expansion = inputs::expand(&args.inputs);
    for note in &expansion.notes {
        reporter.note(note);
    }
    let format = args.format;
    let single = expansion.single;
    let frame = match format {
        FiguresFormat::Csv => Frame {
            header: CSV_HEADER.as_bytes(),
            between: b"",
            footer: b"",
        },
        FiguresFormat::Json => Frame {
            header: b"[\n",
            between: b",\n",
            footer: b"\n]\n",
        },
        FiguresFormat::Jsonl | FiguresFormat::Table => Frame::NONE,
    };
    reporter.start_progress(expansion.jobs.len());
    let status = super::write_all(
        args.common.jobs(),
        expansion.jobs.into_iter(),
        |job| render(&job, format, single, &options),
        &reporter,
        &frame,
    );
    reporter.finish();
    status
}

/// One figure as a row.
#[derive(Debug, Serialize)]
struct Row<'a> {
    file: &'a str,
    section_path: &'a str,
    node: NodeKind,
    kind: FigureKind,
    value: Option<Decimal>,
    upper: Option<Decimal>,
    approx: Option<Approx>,
    unit: Option<&'a str>,
    currency: Option<&'a str>,
    date: Option<DateValue>,
    text: &'a str,
    span: Span,
}

impl<'a> Row<'a> {
    fn new(file: &'a str, located: &'a LocatedFigure<'a>) -> Self {
        let figure = located.figure;
        Row {
            file,
            section_path: &located.section_path,
            node: located.node,
            kind: figure.kind,
            value: figure.value,
            upper: figure.upper,
            approx: figure.approx,
            unit: figure.unit.as_deref(),
            currency: figure.currency.as_deref(),
            date: figure.date,
            text: &figure.text,
            span: figure.span,
        }
    }
}

/// `{"file": …, "error": …}`.
#[derive(Serialize)]
struct FileError<'a> {
    file: &'a str,
    #[serde(flatten)]
    body: ErrorBody,
}

/// One input's rows in the chosen format.
fn render(job: &Job, format: FiguresFormat, single: bool, options: &gongwen::Options) -> Rendered {
    let file = job.display();
    let doc = match load(job, options) {
        Ok(doc) => doc,
        Err(error) => return failure(&file, format, error),
    };
    let located = doc.figures();
    let rows: Vec<Row<'_>> = located.iter().map(|l| Row::new(&file, l)).collect();
    let mut out = String::new();
    match format {
        FiguresFormat::Jsonl => {
            for row in &rows {
                out.push_str(&json(row));
                out.push('\n');
            }
        }
        FiguresFormat::Json => {
            let rows: Vec<String> = rows.iter().map(|row| format!("  {}", json(row))).collect();
            out = rows.join(",\n");
        }
        FiguresFormat::Csv => rows.iter().for_each(|row| csv_row(&mut out, row)),
        FiguresFormat::Table => {
            if !single {
                let _ = writeln!(out, "==> {file} <==");
            }
            table(&mut out, &rows);
        }
    }
    Rendered {
        stdout: out.into_bytes(),
        error: None,
    }
}

fn failure(file: &str, format: FiguresFormat, error: ErrorInfo) -> Rendered {
    let line = FileError {
        file,
        body: ErrorBody {
            error: error.clone(),
        },
    };
    let stdout = match format {
        FiguresFormat::Jsonl => format!("{}\n", json(&line)),
        FiguresFormat::Json => format!("  {}", json(&line)),
        FiguresFormat::Csv | FiguresFormat::Table => String::new(),
    };
    Rendered {
        stdout: stdout.into_bytes(),
        error: Some((file.to_owned(), error.message)),
    }
}

fn json<T: Serialize>(value: &T) -> String {
    // Our rows have string keys only: serializing them cannot fail.
    serde_json::to_string(value).unwrap_or_default()
}

/// The serde name of a unit variant (`percent_point`, `over`).
fn name<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::new(),
    }
}

/// ISO 8601 forms: `2023-01-12`, `2023-01`, `2023`, `--07-07` (no year).
fn iso_date(date: &DateValue) -> String {
    let mut out = match date.year {
        Some(year) => format!("{year:04}"),
        None => "-".to_owned(),
    };
    if let Some(month) = date.month {
        let _ = write!(out, "-{month:02}");
        if let Some(day) = date.day {
            let _ = write!(out, "-{day:02}");
        }
    }
    out
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// One CSV record, RFC 4180 quoting, LF line end.
fn csv_row(out: &mut String, row: &Row<'_>) {
    let fields = [
        row.file.to_owned(),
        row.section_path.to_owned(),
        name(&row.node),
        name(&row.kind),
        opt(row.value),
        opt(row.upper),
        row.approx.map(|a| name(&a)).unwrap_or_default(),
        opt(row.unit),
        opt(row.currency),
        row.date.as_ref().map(iso_date).unwrap_or_default(),
        opt(row.date.map(|d| d.year_inferred)),
        row.text.to_owned(),
        row.span.start.to_string(),
        row.span.end.to_string(),
    ];
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        csv_field(out, field);
    }
    out.push('\n');
}

/// A field, quoted when it holds a comma, a quote, a line break or edge spaces.
fn csv_field(out: &mut String, field: &str) {
    let quote = field.contains([',', '"', '\n', '\r'])
        || field.starts_with(char::is_whitespace)
        || field.ends_with(char::is_whitespace);
    if quote {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Aligned columns for reading; CJK characters count two columns.
fn table(out: &mut String, rows: &[Row<'_>]) {
    let header = [
        "section", "node", "kind", "value", "approx", "unit", "date", "text", "span",
    ];
    let mut cells: Vec<[String; 9]> = vec![header.map(str::to_owned)];
    for row in rows {
        let value = match (row.value, row.upper) {
            (Some(value), Some(upper)) => format!("{value}-{upper}"),
            (value, _) => opt(value),
        };
        let unit = match (row.unit, row.currency) {
            (Some(unit), Some(currency)) => format!("{unit} {currency}"),
            (unit, currency) => opt(unit.or(currency)),
        };
        let date = match &row.date {
            Some(date) if date.year_inferred => format!("{} (inferred)", iso_date(date)),
            Some(date) => iso_date(date),
            None => String::new(),
        };
        cells.push([
            row.section_path.to_owned(),
            name(&row.node),
            name(&row.kind),
            value,
            row.approx.map(|a| name(&a)).unwrap_or_default(),
            unit,
            date,
            row.text.replace(['\n', '\r'], " "),
            format!("{}..{}", row.span.start, row.span.end),
        ]);
    }
    let mut widths = [0usize; 9];
    for line in &cells {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(display_width(cell));
        }
    }
    for line in &cells {
        let mut text = String::new();
        for (index, (cell, width)) in line.iter().zip(widths).enumerate() {
            text.push_str(cell);
            if index + 1 < line.len() {
                let pad = width.saturating_sub(display_width(cell)) + 2;
                text.extend(std::iter::repeat_n(' ', pad));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    }
}

/// Terminal columns of a string: East Asian wide and full-width characters
/// count two.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            let wide = matches!(u32::from(c),
                0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
                | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
                | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
            if wide {
                2
            } else {
                1
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quoting() {
        let cases = [
            ("300余期", "300余期", "should leave a plain field bare"),
            ("一,二", "\"一,二\"", "should quote a comma"),
            (
                "说\"好\"",
                "\"说\"\"好\"\"\"",
                "should double quotes inside quotes",
            ),
            ("一\n二", "\"一\n二\"", "should quote a line break"),
            (" 3次", "\" 3次\"", "should quote a leading space"),
            ("", "", "should leave an empty field empty"),
        ];
        for (field, expected, message) in cases {
            let mut out = String::new();
            csv_field(&mut out, field);
            assert_eq!(out, expected, "{message}");
        }
    }

    #[test]
    fn iso_dates() {
        let date = |year, month, day| DateValue {
            year,
            month,
            day,
            year_inferred: false,
        };
        let cases = [
            (
                date(Some(2023), Some(1), Some(12)),
                "2023-01-12",
                "should print a full date",
            ),
            (
                date(Some(2022), Some(7), None),
                "2022-07",
                "should print a month",
            ),
            (date(Some(2022), None, None), "2022", "should print a year"),
            (
                date(None, Some(7), Some(7)),
                "--07-07",
                "should print a date without year",
            ),
        ];
        for (value, expected, message) in cases {
            assert_eq!(iso_date(&value), expected, "{message}");
        }
    }

    #[test]
    fn widths() {
        let cases = [
            ("abc", 3, "should count ASCII as one column"),
            (
                "一/（一）",
                9,
                "should count CJK and full-width as two, / as one",
            ),
            ("300余期", 7, "should mix"),
        ];
        for (text, expected, message) in cases {
            assert_eq!(display_width(text), expected, "{message}");
        }
    }
}
