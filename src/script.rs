//! 繁简 — which script a text is written in.
//!
//! ```text
//! counts = Σ over characters: simplified-only (总 问 为 …) | traditional-only (總 問 為 …)
//! script = unknown      if no script-specific character
//!        | mixed        if the minority is ≥ 3 characters and ≥ 10 % of them, or ≥ 100 characters
//!        | the majority otherwise
//! ```
//!
//! Characters written the same in both scripts (工, 作, 的) and ambiguous
//! ones (后 is also Traditional for "queen", 干 also Traditional for "shield")
//! are not counted; see `script/table.rs` for how the table was drawn up.
//! The absolute threshold catches long documents that switch script for
//! whole passages (the 1957 government work report: 9,000 Simplified and 220
//! Traditional characters), while a quoted licence notice of a few dozen
//! Traditional characters in a Simplified report does not make it mixed.
//!
//! One table lookup per character in U+4E00–U+9FFF, found from the UTF-8
//! lead byte without decoding other characters.

mod table;

use crate::tree::{Script, ScriptCounts};
use std::sync::OnceLock;

/// First code point of the lookup table.
const FIRST: u32 = 0x4E00;
/// One past the last code point of the lookup table.
const END: u32 = 0xA000;

const NEITHER: u8 = 0;
const SIMPLIFIED: u8 = 1;
const TRADITIONAL: u8 = 2;

/// Smallest minority that can make a text mixed.
const MIXED_MIN_COUNT: usize = 3;
/// Minority share, in percent, that makes a text mixed.
const MIXED_MIN_PERCENT: usize = 10;
/// Minority count that makes a text mixed whatever its share.
const MIXED_ABSOLUTE: usize = 100;

/// One byte per code point in `FIRST..END`: `NEITHER`, `SIMPLIFIED` or `TRADITIONAL`.
fn lookup() -> &'static [u8] {
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = vec![NEITHER; (END - FIRST) as usize];
        for (chunks, class) in [
            (table::SIMPLIFIED_ONLY, SIMPLIFIED),
            (table::TRADITIONAL_ONLY, TRADITIONAL),
        ] {
            for c in chunks.iter().flat_map(|chunk| chunk.chars()) {
                if let Some(slot) =
                    (u32::from(c).checked_sub(FIRST)).and_then(|i| table.get_mut(i as usize))
                {
                    *slot = class;
                }
            }
        }
        table
    })
}

/// Count script-specific characters and say which script `text` is in.
pub(crate) fn detect(text: &str) -> (Script, ScriptCounts) {
    let table = lookup();
    // Indexed by class (NEITHER, SIMPLIFIED, TRADITIONAL): adding to a slot
    // instead of branching on the class spares a mispredicted branch on
    // most characters.
    let mut tally = [0usize; 3];
    let mut bytes = text.as_bytes().iter();
    while let Some(&lead) = bytes.next() {
        // U+4E00–U+9FFF are the three-byte sequences led by E4–E9; in valid
        // UTF-8 two continuation bytes follow. Other bytes never lie in E4–E9
        // except as leads, so skipping them one at a time stays in step.
        if !(0xE4..=0xE9).contains(&lead) {
            continue;
        }
        let (Some(&b1), Some(&b2)) = (bytes.next(), bytes.next()) else {
            break;
        };
        let code =
            (u32::from(lead & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
        let class = code
            .checked_sub(FIRST)
            .and_then(|i| table.get(i as usize))
            .map_or(NEITHER, |&c| c);
        if let Some(slot) = tally.get_mut(usize::from(class)) {
            *slot += 1;
        }
    }
    let counts = ScriptCounts {
        simplified: tally.get(usize::from(SIMPLIFIED)).map_or(0, |&n| n),
        traditional: tally.get(usize::from(TRADITIONAL)).map_or(0, |&n| n),
    };
    (classify(counts), counts)
}

/// The script the counts point to.
fn classify(counts: ScriptCounts) -> Script {
    let ScriptCounts {
        simplified,
        traditional,
    } = counts;
    let total = simplified + traditional;
    let minority = simplified.min(traditional);
    if total == 0 {
        Script::Unknown
    } else if minority >= MIXED_MIN_COUNT
        && (minority * 100 >= total * MIXED_MIN_PERCENT || minority >= MIXED_ABSOLUTE)
    {
        Script::Mixed
    } else if simplified > traditional {
        Script::Simplified
    } else {
        Script::Traditional
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

    use super::*;

    #[test]
    fn counts_script_specific_characters() {
        let cases: &[(&str, usize, usize, Script)] = &[
            ("关于2023年工作的总结", 3, 0, Script::Simplified),
            ("網信辦2022年度工作總結", 0, 4, Script::Traditional),
            ("工作的人民", 0, 0, Script::Unknown),
            ("", 0, 0, Script::Unknown),
            ("abc 123", 0, 0, Script::Unknown),
            ("后天干部于是里面", 0, 0, Script::Unknown),
            ("以後幹部於是", 0, 0, Script::Unknown),
            ("为說", 1, 1, Script::Traditional),
            ("总为說", 2, 1, Script::Simplified),
            ("总结问题為說發國", 4, 4, Script::Mixed),
            (
                "问题为发国这说经济总结会议报告领导学习",
                18,
                0,
                Script::Simplified,
            ),
        ];
        for &(text, simplified, traditional, script) in cases {
            let (got, counts) = detect(text);
            assert_eq!(
                (counts.simplified, counts.traditional),
                (simplified, traditional),
                "should count {simplified} simplified and {traditional} traditional in {text:?}"
            );
            assert_eq!(got, script, "should call {text:?} {script:?}");
        }
    }

    #[test]
    fn mixed_thresholds() {
        let cases: &[(usize, usize, Script)] = &[
            (100, 2, Script::Simplified),
            (100, 9, Script::Simplified),
            (90, 10, Script::Mixed),
            (20, 3, Script::Mixed),
            (10, 2, Script::Simplified),
            (9000, 99, Script::Simplified),
            (9000, 100, Script::Mixed),
            (4, 60, Script::Traditional),
            (0, 1, Script::Traditional),
        ];
        for &(simplified, traditional, script) in cases {
            let got = classify(ScriptCounts {
                simplified,
                traditional,
            });
            assert_eq!(
                got, script,
                "should call {simplified} simplified / {traditional} traditional {script:?}"
            );
        }
    }

    #[test]
    fn table_is_consistent() {
        let table = lookup();
        let count = |class| table.iter().filter(|&&c| c == class).count();
        assert!(
            count(SIMPLIFIED) > 600,
            "should list hundreds of simplified-only characters"
        );
        assert!(
            count(TRADITIONAL) > 600,
            "should list hundreds of traditional-only characters"
        );
        for chunk in table::SIMPLIFIED_ONLY {
            for c in chunk.chars() {
                let classes = [
                    detect(&c.to_string()).1.simplified,
                    detect(&c.to_string()).1.traditional,
                ];
                assert_eq!(classes, [1, 0], "should list {c} in one script only");
            }
        }
    }

    #[test]
    fn skips_other_multibyte_characters() {
        // Four-byte, two-byte and three-byte characters outside the table around 总.
        let (_, counts) = detect("𠀀é总ー發");
        assert_eq!(
            (counts.simplified, counts.traditional),
            (1, 1),
            "should stay in step over other characters"
        );
    }
}
