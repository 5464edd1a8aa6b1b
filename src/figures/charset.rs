//! 字符集 — where the scanner stops, as bit sets over the Basic Multilingual
//! Plane built at compile time, so that passing over ordinary text costs a
//! table lookup per character.

use super::units;

/// Characters of the Basic Multilingual Plane the scanner stops at: Chinese
/// numerals and units, full-width digits, and opening quotation marks.
pub(super) const TRIGGER_CHARS: &[char] = &[
    '〇', '○', '零', '一', '壹', '二', '两', '兩', '贰', '貳', '三', '叁', '參', '叄', '四', '肆',
    '五', '伍', '六', '陆', '陸', '七', '柒', '八', '捌', '九', '玖', '十', '拾', '百', '佰', '千',
    '仟', '万', '萬', '亿', '億', '廿', '卅', '卌', '０', '１', '２', '３', '４', '５', '６', '７',
    '８', '９', '“', '「', '『', '‘',
];

/// Characters that may follow the first character of a Chinese numeral in
/// a figure, besides numeral characters and the first characters of units.
const FOLLOWER_CHARS: &[char] = &[
    '年', '月', '日', '号', '號', '点', '點', '余', '餘', '馀', '多', '来', '來', '几', '幾', '、',
    '至', '到', '成', '度', '份', '％', '‰', '－', '—', '–', '～', '〜', '分',
];

/// A set of BMP code points, one bit each.
pub(crate) type CharSet = [u64; 1024];

/// Where the scanner stops: [`TRIGGER_CHARS`].
pub(super) static TRIGGERS: CharSet = char_set(&[TRIGGER_CHARS]);

/// What may follow a Chinese numeral's first character in a figure.
pub(super) static FOLLOWERS: CharSet = followers();

#[allow(clippy::indexing_slicing)] // const context; every index is `code >> 6 < 1024`
const fn add(mut set: CharSet, code: u32) -> CharSet {
    if code < 0x1_0000 {
        set[(code >> 6) as usize] |= 1 << (code & 63);
    }
    set
}

#[allow(clippy::indexing_slicing)] // const context; loop indices are below the lengths
pub(crate) const fn char_set(lists: &[&[char]]) -> CharSet {
    let mut set = [0u64; 1024];
    let mut l = 0;
    while l < lists.len() {
        let list = lists[l];
        let mut i = 0;
        while i < list.len() {
            set = add(set, list[i] as u32);
            i += 1;
        }
        l += 1;
    }
    set
}

#[allow(clippy::indexing_slicing)] // const context; loop indices are below the lengths
const fn followers() -> CharSet {
    let mut set = char_set(&[TRIGGER_CHARS, FOLLOWER_CHARS]);
    let units = units::UNITS;
    let mut i = 0;
    while i < units.len() {
        set = add(set, decode_at(units[i].text.as_bytes(), 0).0);
        i += 1;
    }
    set
}

pub(crate) fn is_in(set: &CharSet, code: u32) -> bool {
    set.get((code >> 6) as usize)
        .is_some_and(|word| (word >> (code & 63)) & 1 == 1)
}

#[allow(clippy::indexing_slicing)] // bounds checked just before
const fn byte(bytes: &[u8], k: usize) -> u8 {
    if k < bytes.len() {
        bytes[k]
    } else {
        0
    }
}

/// The code point of the (BMP) character at byte `i` and its length; `0` for
/// characters outside the BMP, past the end, or malformed.
pub(super) const fn decode_at(bytes: &[u8], i: usize) -> (u32, usize) {
    let b = byte(bytes, i);
    match b {
        0x00..=0x7F => (b as u32, 1),
        0xC0..=0xDF => (
            ((b as u32 & 0x1F) << 6) | (byte(bytes, i + 1) as u32 & 0x3F),
            2,
        ),
        0xE0..=0xEF => (
            ((b as u32 & 0x0F) << 12)
                | ((byte(bytes, i + 1) as u32 & 0x3F) << 6)
                | (byte(bytes, i + 2) as u32 & 0x3F),
            3,
        ),
        0xF0..=0xF7 => (0, 4),
        _ => (0, 1),
    }
}

/// A hasher for `char` keys: one multiplication (the tables are small and
/// their keys are not chosen by an attacker).
#[derive(Default)]
pub(super) struct CharHasher(u64);

impl std::hash::Hasher for CharHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// A map keyed by characters.
pub(super) type CharMap<V> =
    std::collections::HashMap<char, V, std::hash::BuildHasherDefault<CharHasher>>;
