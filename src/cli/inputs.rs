//! Which inputs an operand list names: files, directories walked recursively,
//! glob patterns the shell left unexpanded, and `-` for standard input.
//!
//! Files named on the command line are always parsed. Files found by walking
//! a directory or expanding a pattern are parsed when they look like
//! documents ([`DOCUMENT_EXTENSIONS`], or no extension); others are skipped
//! with a note on standard error. Hidden files and directories (a name
//! starting with `.`) are skipped silently, symbolic links to directories
//! with a note (they could loop). Each directory's or pattern's files come in
//! sorted path order; operands keep their command-line order.

use globset::{GlobBuilder, GlobMatcher};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// Extensions of files taken as documents while walking directories.
pub(crate) const DOCUMENT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown"];

/// One unit of work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Job {
    /// Standard input (`-`).
    Stdin,
    /// A file to read.
    File(PathBuf),
    /// An operand that named no readable input: reported as a failure.
    Failed {
        /// The operand.
        path: PathBuf,
        /// Stable error code.
        code: &'static str,
        /// What went wrong.
        message: String,
    },
}

impl Job {
    /// The path as printed in output and messages (`-` for standard input).
    pub(crate) fn display(&self) -> String {
        match self {
            Job::Stdin => "-".to_owned(),
            Job::File(path) | Job::Failed { path, .. } => path.to_string_lossy().into_owned(),
        }
    }
}

/// The jobs an operand list expands to.
#[derive(Debug, Default)]
pub(crate) struct Expansion {
    /// In output order.
    pub(crate) jobs: Vec<Job>,
    /// Notes for standard error: skipped files.
    pub(crate) notes: Vec<String>,
    /// Whether the operands were exactly one file or `-` (no directory, no
    /// pattern): the output is then one bare document.
    pub(crate) single: bool,
}

/// Expand the operands.
pub(crate) fn expand(operands: &[PathBuf]) -> Expansion {
    let mut expansion = Expansion::default();
    let mut walked = false;
    for operand in operands {
        if operand.as_os_str() == "-" {
            expansion.jobs.push(Job::Stdin);
        } else if operand.is_dir() {
            walked = true;
            walk(operand, None, &mut expansion);
        } else if operand.exists() {
            expansion.jobs.push(Job::File(operand.clone()));
        } else if let Some(pattern) = operand.to_str().filter(|p| is_pattern(p)) {
            walked = true;
            expand_pattern(operand, pattern, &mut expansion);
        } else {
            // Let the reader report it (no such file, permission denied…).
            expansion.jobs.push(Job::File(operand.clone()));
        }
    }
    expansion.single = !walked && operands.len() == 1;
    expansion
}

/// Whether an operand is a glob pattern (`*`, `?`, `[…]`, `{a,b}`).
fn is_pattern(operand: &str) -> bool {
    operand.contains(['*', '?', '[', '{'])
}

fn expand_pattern(operand: &Path, pattern: &str, expansion: &mut Expansion) {
    let matcher = match GlobBuilder::new(pattern).literal_separator(true).build() {
        Ok(glob) => glob.compile_matcher(),
        Err(err) => {
            expansion.jobs.push(Job::Failed {
                path: operand.to_owned(),
                code: "bad_pattern",
                message: format!("bad pattern: {}", err.kind()),
            });
            return;
        }
    };
    // Walk from the longest literal prefix of the pattern.
    let base: PathBuf = Path::new(pattern)
        .components()
        .take_while(|c| !c.as_os_str().to_str().is_some_and(is_pattern))
        .collect();
    let before = expansion.jobs.len();
    if base.as_os_str().is_empty() || base.is_dir() {
        walk(&base, Some(&matcher), expansion);
    }
    if expansion.jobs.len() == before {
        expansion.jobs.push(Job::Failed {
            path: operand.to_owned(),
            code: "not_found",
            message: "no document matches the pattern".to_owned(),
        });
    }
}

/// Walk `root` without recursion; with a matcher, keep only files whose path
/// matches (or that lie under a directory that matches).
fn walk(root: &Path, matcher: Option<&GlobMatcher>, expansion: &mut Expansion) {
    let mut found: Vec<PathBuf> = Vec::new();
    let mut notes: Vec<(PathBuf, String)> = Vec::new();
    let mut failed: Vec<Job> = Vec::new();
    let mut stack: Vec<(PathBuf, bool)> = vec![(root.to_owned(), matcher.is_none())];
    while let Some((dir, take_all)) = stack.pop() {
        let listing = if dir.as_os_str().is_empty() {
            std::fs::read_dir(".")
        } else {
            std::fs::read_dir(&dir)
        };
        let entries = match listing {
            Ok(entries) => entries,
            Err(err) => {
                failed.push(Job::Failed {
                    path: dir,
                    code: "io",
                    message: super::io_message(&err),
                });
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(entry) => entry,
                Err(err) => {
                    failed.push(Job::Failed {
                        path: dir.clone(),
                        code: "io",
                        message: super::io_message(&err),
                    });
                    continue;
                }
            };
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let path = dir.join(&name);
            let matches = take_all || matcher.is_some_and(|m| m.is_match(&path));
            let Ok(file_type) = entry.file_type() else {
                continue;
            };
            let is_dir = if file_type.is_symlink() {
                if path.is_dir() {
                    if matches {
                        notes.push((path, "skipped: symbolic link to a directory".to_owned()));
                    }
                    continue;
                }
                false
            } else {
                file_type.is_dir()
            };
            if is_dir {
                stack.push((path, matches));
            } else if matches {
                match not_a_document(&path) {
                    None => found.push(path),
                    Some(why) => notes.push((path, why)),
                }
            }
        }
    }
    found.sort();
    notes.sort();
    failed.sort_by_key(Job::display);
    expansion.jobs.extend(failed);
    expansion.jobs.extend(found.into_iter().map(Job::File));
    expansion.notes.extend(
        notes
            .into_iter()
            .map(|(path, why)| format!("{}: {why}", path.to_string_lossy())),
    );
}

/// Why a file found by walking is not taken as a document, if it is not.
fn not_a_document(path: &Path) -> Option<String> {
    let extension = path.extension().and_then(OsStr::to_str)?;
    let known = DOCUMENT_EXTENSIONS
        .iter()
        .any(|known| known.eq_ignore_ascii_case(extension));
    if known {
        None
    } else {
        Some(format!("skipped: not a document (.{extension})"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        let cases = [
            ("corpus/**/*.txt", true, "should see ** and * as a pattern"),
            ("a?.txt", true, "should see ? as a pattern"),
            ("[ab].txt", true, "should see a class as a pattern"),
            ("{a,b}.txt", true, "should see alternatives as a pattern"),
            (
                "corpus/real/a.txt",
                false,
                "should see a plain path as literal",
            ),
        ];
        for (operand, expected, message) in cases {
            assert_eq!(is_pattern(operand), expected, "{message}");
        }
    }

    #[test]
    fn documents_by_extension() {
        let cases = [
            ("a/b.txt", true, "should take .txt"),
            ("a/b.TXT", true, "should take .TXT regardless of case"),
            ("a/b.md", true, "should take .md"),
            ("a/README", true, "should take a file without extension"),
            ("a/MANIFEST.tsv", false, "should skip .tsv"),
            ("a/scan.pdf", false, "should skip .pdf"),
        ];
        for (path, expected, message) in cases {
            assert_eq!(
                not_a_document(Path::new(path)).is_none(),
                expected,
                "{message}"
            );
        }
    }
}
