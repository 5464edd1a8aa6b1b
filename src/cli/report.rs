//! Standard error: error messages, notes and the progress bar.
//!
//! Errors are always printed (`gongwen: PATH: message`); notes only without
//! `--quiet`. The progress bar appears only when standard error is a
//! terminal, there is more than one input and `--quiet` is not given.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub(crate) struct Reporter {
    quiet: bool,
    bar: Option<ProgressBar>,
}

impl Reporter {
    pub(crate) fn new(quiet: bool) -> Self {
        Reporter { quiet, bar: None }
    }

    /// Show a progress bar over `total` inputs when it makes sense.
    pub(crate) fn start_progress(&mut self, total: usize) {
        if self.quiet || total < 2 || !std::io::stderr().is_terminal() {
            return;
        }
        let bar = ProgressBar::with_draw_target(
            Some(u64::try_from(total).unwrap_or(u64::MAX)),
            ProgressDrawTarget::stderr(),
        );
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} files  {elapsed} eta {eta}")
        {
            bar.set_style(style);
        }
        self.bar = Some(bar);
    }

    /// One more input done.
    pub(crate) fn advance(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    pub(crate) fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }

    /// `gongwen: WHERE: MESSAGE`, always.
    pub(crate) fn error(&self, place: &str, message: &str) {
        self.print(&format!("gongwen: {place}: {message}"));
    }

    /// `gongwen: MESSAGE`, unless quiet.
    pub(crate) fn note(&self, message: &str) {
        if !self.quiet {
            self.print(&format!("gongwen: {message}"));
        }
    }

    fn print(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }
}
