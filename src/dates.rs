//! 日期 — calendar dates as these documents write them.
//!
//! ```text
//! date  = year-part [ month-part [ day-part ] ]
//!       | year sep month sep day             (sep: . - /)
//! year-part  = [民國|民国|中華民國|中华民国] (arabic | cjk-digits) 年
//! month-part = number 月
//! day-part   = number (日|号|號)
//! ```
//! ROC years (民國112年) are converted by adding 1911.

use crate::numerals::{arabic_digit, cjk_digit, small_arabic, small_cjk};

/// A date found at the start of a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateMatch {
    pub(crate) year: Option<i32>,
    pub(crate) month: Option<u32>,
    pub(crate) day: Option<u32>,
    /// Bytes consumed.
    pub(crate) len: usize,
}

/// A year written digit by digit (`2023`, `２０２３`, `二〇二三`), 1–4 digits.
fn year_digits(input: &str) -> Option<(i32, usize)> {
    let mut value: i32 = 0;
    let mut end = 0;
    let mut count = 0;
    let mut cjk = None;
    for (i, c) in input.char_indices() {
        let (d, is_cjk) = match (arabic_digit(c), cjk_digit(c)) {
            (Some(d), _) => (d, false),
            (None, Some(d)) => (d, true),
            _ => break,
        };
        if *cjk.get_or_insert(is_cjk) != is_cjk || count == 4 {
            return None;
        }
        value = value * 10 + i32::try_from(d).ok()?;
        count += 1;
        end = i + c.len_utf8();
    }
    if count == 0 {
        None
    } else {
        Some((value, end))
    }
}

fn number(input: &str) -> Option<(u32, usize)> {
    small_arabic(input).or_else(|| small_cjk(input))
}

fn strip_char(input: &str, accept: impl Fn(char) -> bool) -> Option<&str> {
    let c = input.chars().next()?;
    if accept(c) {
        input.get(c.len_utf8()..)
    } else {
        None
    }
}

fn roc_prefix(input: &str) -> (bool, usize) {
    for prefix in ["中華民國", "中华民国", "民國", "民国"] {
        if input.starts_with(prefix) {
            return (true, prefix.len());
        }
    }
    (false, 0)
}

/// A date with a year at the start of `input`: `2023年1月12日`,
/// `二〇二三年一月十二日`, `2023.1.12`, `2023-01-12`, `2023/1/12`,
/// `民國112年1月12日`, `2023年`, `2023年7月`.
pub(crate) fn date_with_year(input: &str) -> Option<DateMatch> {
    let (roc, prefix_len) = roc_prefix(input);
    let rest = input.get(prefix_len..)?;
    let (year, year_len) = year_digits(rest).or_else(|| {
        if roc {
            small_cjk(rest).and_then(|(v, l)| Some((i32::try_from(v).ok()?, l)))
        } else {
            None
        }
    })?;
    let year = if roc { year + 1911 } else { year };
    let after_year = rest.get(year_len..)?;
    let consumed = prefix_len + year_len;
    if let Some(after) = strip_char(after_year, |c| c == '年') {
        let mut m = DateMatch {
            year: Some(year),
            month: None,
            day: None,
            len: input.len() - after.len(),
        };
        if let Some(md) = month_day(after) {
            m.month = md.month;
            m.day = md.day;
            m.len += md.len;
        }
        return Some(m);
    }
    if roc || year_len < 4 {
        return None;
    }
    // 2023.1.12 / 2023-01-12 / 2023/1/12: the separator must repeat.
    let sep = after_year
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '-' | '/' | '．'))?;
    let after_sep = after_year.get(sep.len_utf8()..)?;
    let (month, month_len) = small_arabic(after_sep)?;
    let after_month = after_sep.get(month_len..)?;
    let after_sep2 = strip_char(after_month, |c| c == sep)?;
    let (day, day_len) = small_arabic(after_sep2)?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let len = consumed + sep.len_utf8() * 2 + month_len + day_len;
    Some(DateMatch {
        year: Some(year),
        month: Some(month),
        day: Some(day),
        len,
    })
}

/// A month and optional day at the start of `input`: `7月`, `7月7日`, `十一月五号`.
pub(crate) fn month_day(input: &str) -> Option<DateMatch> {
    let (month, month_len) = number(input)?;
    let after = strip_char(input.get(month_len..)?, |c| c == '月')?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let mut m = DateMatch {
        year: None,
        month: Some(month),
        day: None,
        len: input.len() - after.len(),
    };
    if let Some((day, day_len)) = number(after) {
        if let Some(rest) = after
            .get(day_len..)
            .and_then(|r| strip_char(r, |c| matches!(c, '日' | '号' | '號')))
        {
            if (1..=31).contains(&day) {
                m.day = Some(day);
                m.len = input.len() - rest.len();
            }
        }
    }
    Some(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_dates() {
        let cases = [
            ("2023年1月12日", (2023, 1, 12)),
            ("二〇二三年一月十二日", (2023, 1, 12)),
            ("二○二三年十二月三十一日", (2023, 12, 31)),
            ("2023.1.12", (2023, 1, 12)),
            ("2023-01-12", (2023, 1, 12)),
            ("2023/1/12", (2023, 1, 12)),
            ("民國112年1月12日", (2023, 1, 12)),
            ("中華民國94年3月1日", (2005, 3, 1)),
            ("２０２３年１月１２日", (2023, 1, 12)),
        ];
        for (input, (y, m, d)) in cases {
            let got = date_with_year(input);
            assert_eq!(
                got.map(|g| (g.year, g.month, g.day, g.len)),
                Some((Some(y), Some(m), Some(d), input.len())),
                "should read {input} as {y}-{m}-{d}"
            );
        }
    }

    #[test]
    fn partial_and_refused() {
        assert_eq!(
            date_with_year("2022年度").map(|m| (m.year, m.month, m.len)),
            Some((Some(2022), None, 7))
        );
        assert_eq!(
            date_with_year("2023.1"),
            None,
            "should refuse a lone decimal"
        );
        assert_eq!(
            date_with_year("12345年"),
            None,
            "should refuse five-digit years"
        );
        assert_eq!(
            month_day("7月7日").map(|m| (m.month, m.day)),
            Some((Some(7), Some(7)))
        );
        assert_eq!(month_day("13月"), None, "should refuse month 13");
    }
}
