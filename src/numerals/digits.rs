//! 数位 — single digit characters and the small ordinals of section markers
//! (`一` … `九十九`, `１２`, `①`).

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

/// A Chinese digit as figures use it: [`cjk_digit`] without the radio
/// spellings `洞` `幺` `弍`, which are ordinary words in running text.
pub(crate) fn figure_digit(c: char) -> Option<u32> {
    match c {
        '洞' | '幺' | '弍' => None,
        _ => cjk_digit(c),
    }
}

/// Whether `c` is a financial numeral (`壹` … `玖`, `拾`), used in legal and money text.
pub(crate) fn is_financial(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '叁'
            | '參'
            | '叄'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
    )
}

/// The value of an ASCII or full-width digit.
pub(crate) fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The power of ten of a Chinese unit character: `十` 1, `百` 2, `千` 3,
/// `万` 4, `亿` 8 (financial and Traditional forms too).
pub(crate) fn unit_exponent(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// `廿` 20, `卅` 30, `卌` 40: the number of tens a character stands for.
pub(crate) fn tens_char(c: char) -> Option<u32> {
    match c {
        '廿' => Some(2),
        '卅' => Some(3),
        '卌' => Some(4),
        _ => None,
    }
}

/// Whether `c` is a ten (`十`, financial `拾`).
pub(crate) fn is_ten(c: char) -> bool {
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
    let mut seen_ten = false;
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
            if seen_ten {
                break;
            }
            total += pending.unwrap_or(1) * 10;
            pending = None;
            seen_unit = true;
            seen_ten = true;
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
