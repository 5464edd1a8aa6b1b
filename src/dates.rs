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
//!
//! [`date_with_year`] reads the date of issue in a footer; [`figure_date`]
//! is its stricter sibling for dates inside running text, where `5年` is
//! five years and not the year 5:
//!
//! ```text
//! figure-date = roc-prefix [space] year 年 [度 | month-part [day-part]]
//!             | year4 年 [度 | month-part [day-part]]       (2023年, 二〇二三年)
//!             | year2-3 年 (度 | month-part [day-part])      (104年度, 94年2月2日: ROC)
//!             | year2-3 年 before 第 底 初 上半 下半 全年      (113年第2季, 113年底: ROC)
//!             | year4 sep month sep day                     (2023.1.12)
//! ```

use crate::numerals::{arabic_digit, cjk_digit, figure_digit, small_arabic, small_cjk};

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
    digit_year(input, cjk_digit).map(|(value, end, _, _)| (value, end))
}

/// Up to four digits of one kind, Arabic or Chinese (read by `cjk`):
/// value, byte length, count, and whether they are Chinese. `None` for no
/// digit, a fifth digit, or a mix of kinds.
fn digit_year(input: &str, cjk: fn(char) -> Option<u32>) -> Option<(i32, usize, u32, bool)> {
    let mut value: i32 = 0;
    let mut end = 0;
    let mut count = 0u32;
    let mut is_cjk_run = None;
    for (i, c) in input.char_indices() {
        let (d, is_cjk) = match (arabic_digit(c), cjk(c)) {
            (Some(d), _) => (d, false),
            (None, Some(d)) => (d, true),
            _ => break,
        };
        if *is_cjk_run.get_or_insert(is_cjk) != is_cjk || count == 4 {
            return None;
        }
        value = value * 10 + i32::try_from(d).ok()?;
        count += 1;
        end = i + c.len_utf8();
    }
    Some((value, end, count, is_cjk_run?))
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

/// A year written digit by digit for a figure: digits, their count and
/// whether they are Chinese (`二〇二三`). Refuses radio spellings (`洞`).
fn figure_year_digits(input: &str) -> Option<(i32, usize, u32, bool)> {
    digit_year(input, figure_digit)
}

/// A date inside running text, at the start of `input` (see the module
/// grammar): `2023年1月12日`, `二〇二三年一月十二日`, `2022年度`,
/// `民國112年1月12日`, `94年2月2日` (an ROC year without prefix, only with a
/// month or `年度`), `2023.1.12`, `2023-01-12`. A `份` after a month
/// (`1月份`) belongs to the date. `5年` and `12345年` are not dates.
pub(crate) fn figure_date(input: &str) -> Option<DateMatch> {
    let (roc, mut consumed) = roc_prefix(input);
    let mut rest = input.get(consumed..)?;
    if roc {
        for space in [' ', '\u{3000}'] {
            if let Some(r) = rest.strip_prefix(space) {
                consumed += space.len_utf8();
                rest = r;
            }
        }
    }
    let digits = figure_year_digits(rest)
        .filter(|&(_, len, _, _)| !roc || rest.get(len..).is_some_and(|r| r.starts_with('年')));
    let (year, year_len, count, cjk) = match digits {
        Some(found) => found,
        None if roc => {
            // 民國六十年: a positional numeral.
            let (v, l) = small_cjk(rest)?;
            (i32::try_from(v).ok()?, l, 0, true)
        }
        None => return None,
    };
    let after_year = rest.get(year_len..)?;
    consumed += year_len;
    if let Some(after) = after_year.strip_prefix('年') {
        consumed += '年'.len_utf8();
        let md = month_day(after);
        let fiscal = md.is_none() && after.starts_with('度');
        let gregorian = count == 4 && (cjk || (1000..=2199).contains(&year));
        // 104年度, 94年2月2日, 113年第2季, 113年底: a year of the ROC calendar.
        let roc_context = ["第", "底", "初", "上半", "下半", "全年"]
            .iter()
            .any(|w| after.starts_with(w));
        let roc_bare =
            !cjk && (2..=3).contains(&count) && (md.is_some() || fiscal || roc_context) && year > 0;
        if !(roc || gregorian || roc_bare) {
            return None;
        }
        let year = if roc || roc_bare { year + 1911 } else { year };
        let mut m = DateMatch {
            year: Some(year),
            month: None,
            day: None,
            len: consumed,
        };
        if let Some(md) = md {
            m.month = md.month;
            m.day = md.day;
            m.len += md.len;
        } else if fiscal {
            m.len += '度'.len_utf8();
        }
        return Some(m);
    }
    if roc || cjk || count != 4 {
        return None;
    }
    date_with_year(input).filter(|m| m.month.is_some())
}

/// [`month_day`] for figures: also takes a `份` after a lone month
/// (`1月份`), and refuses a day outside 1–31.
pub(crate) fn figure_month_day(input: &str) -> Option<DateMatch> {
    let mut m = month_day(input)?;
    if m.day.is_none() {
        if let Some(rest) = input.get(m.len..) {
            if rest.starts_with('份') {
                m.len += '份'.len_utf8();
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

    #[test]
    fn figure_dates() {
        type Expected = Option<(Option<i32>, Option<u32>, Option<u32>, usize)>;
        let cases: [(&str, Expected); 16] = [
            ("2023年1月12日", Some((Some(2023), Some(1), Some(12), 16))),
            (
                "二〇二三年一月十二日",
                Some((Some(2023), Some(1), Some(12), 30)),
            ),
            ("2022年度", Some((Some(2022), None, None, 10))),
            ("2023年", Some((Some(2023), None, None, 7))),
            (
                "民國112年1月12日",
                Some((Some(2023), Some(1), Some(12), 21)),
            ),
            ("中華民國 99年", Some((Some(2010), None, None, 18))),
            (
                "民國六十年八月十六日",
                Some((Some(1971), Some(8), Some(16), 30)),
            ),
            ("94年2月2日", Some((Some(2005), Some(2), Some(2), 13))),
            ("104年度", Some((Some(2015), None, None, 9))),
            ("113年第2季", Some((Some(2024), None, None, 6))),
            ("2023.1.12", Some((Some(2023), Some(1), Some(12), 9))),
            ("5年", None),
            ("30年", None),
            ("12345年", None),
            ("2023.12", None),
            ("二〇年", None),
        ];
        for (input, expected) in cases {
            assert_eq!(
                figure_date(input).map(|m| (m.year, m.month, m.day, m.len)),
                expected,
                "should read {input} as {expected:?}"
            );
        }
        assert_eq!(
            figure_month_day("1月份").map(|m| (m.month, m.len)),
            Some((Some(1), 7)),
            "should take 份 after a month"
        );
    }
}
