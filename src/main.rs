//! The `gongwen` command-line program.

fn main() {}
