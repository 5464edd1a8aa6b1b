//! 数字 — Chinese and Arabic numerals.
//!
//! ```text
//! digit     = 〇 | ○ | 零 | 一 | 二 | 两 | 兩 | 三 … 九 | 壹 | 贰 | 貳 … 玖
//! small     = [digit] 十 [digit] | digit          (一 … 九十九)
//! arabic    = [0-9０-９]+
//! ```

/// The value of one Chinese digit character (`〇`/`○`/`零` → 0, `两`/`兩` → 2,
/// financial `壹`…`玖` too).
pub(crate) fn cjk_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '○' | '零' | '洞' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' | '弍' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of an ASCII or full-width digit.
pub(crate) fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn is_ten(c: char) -> bool {
    matches!(c, '十' | '拾')
}

/// A small Chinese ordinal (1–999) at the start of `input`: `一`, `十二`,
/// `二十`, `九十九`, `一百零五`, `壹`, `貳拾`. Returns the value and the byte
/// length consumed.
pub(crate) fn small_cjk(input: &str) -> Option<(u32, usize)> {
    let mut chars = input.char_indices().peekable();
    let mut total: u32 = 0;
    let mut pending: Option<u32> = None;
    let mut end = 0;
    let mut seen_unit = false;
    while let Some(&(i, c)) = chars.peek() {
        if let Some(d) = cjk_digit(c) {
            if d == 0 && seen_unit && pending.is_none() {
                // 一百零五: the 零 only marks the empty tens place.
            } else if pending.is_some() {
                break;
            } else {
                pending = Some(d);
            }
        } else if is_ten(c) {
            total += pending.unwrap_or(1) * 10;
            pending = None;
            seen_unit = true;
        } else if matches!(c, '百' | '佰') {
            if seen_unit {
                break;
            }
            total += pending?.checked_mul(100)?;
            pending = None;
            seen_unit = true;
        } else {
            break;
        }
        end = i + c.len_utf8();
        chars.next();
    }
    if end == 0 {
        return None;
    }
    let value = total + pending.unwrap_or(0);
    if value == 0 {
        return None;
    }
    Some((value, end))
}

/// Arabic digits (ASCII or full-width) at the start of `input`, at most 9.
pub(crate) fn small_arabic(input: &str) -> Option<(u32, usize)> {
    let mut value: u32 = 0;
    let mut end = 0;
    for (i, c) in input.char_indices() {
        match arabic_digit(c) {
            Some(d) if i < 27 => {
                value = value.checked_mul(10)?.checked_add(d)?;
                end = i + c.len_utf8();
            }
            _ => break,
        }
    }
    if end == 0 {
        None
    } else {
        Some((value, end))
    }
}

/// A circled number `①`…`⑳` (also `㉑`…`㉟`, `⑴`…`⒇`, `⒈`…`⒛`).
pub(crate) fn circled(c: char) -> Option<u32> {
    let n = c as u32;
    match c {
        '①'..='⑳' => Some(n - '①' as u32 + 1),
        '㉑'..='㉟' => Some(n - '㉑' as u32 + 21),
        '⑴'..='⒇' => Some(n - '⑴' as u32 + 1),
        '⒈'..='⒛' => Some(n - '⒈' as u32 + 1),
        '❶'..='❿' => Some(n - '❶' as u32 + 1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_cjk_values() {
        let cases = [
            ("一、", 1, 3),
            ("十二）", 12, 6),
            ("二十", 20, 6),
            ("九十九", 99, 9),
            ("一百零五", 105, 12),
            ("貳、", 2, 3),
            ("拾壹", 11, 6),
            ("兩", 2, 3),
        ];
        for (input, value, len) in cases {
            assert_eq!(
                small_cjk(input),
                Some((value, len)),
                "should read {input} as {value}"
            );
        }
        assert_eq!(small_cjk("是"), None, "should refuse a non-numeral");
        assert_eq!(small_cjk("〇"), None, "should refuse zero as an ordinal");
    }

    #[test]
    fn small_arabic_values() {
        assert_eq!(small_arabic("12."), Some((12, 2)), "should read 12");
        assert_eq!(
            small_arabic("３）"),
            Some((3, 3)),
            "should read full-width 3"
        );
        assert_eq!(small_arabic("x"), None, "should refuse letters");
    }

    #[test]
    fn circled_values() {
        assert_eq!(circled('①'), Some(1), "should read ① as 1");
        assert_eq!(circled('⑳'), Some(20), "should read ⑳ as 20");
        assert_eq!(circled('㉑'), Some(21), "should read ㉑ as 21");
        assert_eq!(circled('a'), None, "should refuse letters");
    }
}
