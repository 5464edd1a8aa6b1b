//! Dates inside running text: `2023年1月12日`, `民國112年`, `7月7日` (the
//! year taken from the document), and a year standing alone in a range.

use super::ranges::range_separator;
use super::{exclude, first_char, Draft, Scanner};
use crate::dates::{self, DateMatch};
use crate::decimal::Decimal;
use crate::numerals::{self, figure_digit, is_financial, Numeral};
use crate::tree::{Approx, DateValue, FigureKind};

impl Scanner<'_, '_> {
    /// A date at `p` (with an ROC prefix before it).
    pub(super) fn date(&mut self, p: usize, arabic: bool) -> Option<usize> {
        let before = self.before(p);
        let trimmed = before.trim_end_matches([' ', '\u{3000}']);
        let roc = ["中華民國", "中华民国", "民國", "民国"]
            .into_iter()
            .find(|w| trimmed.ends_with(w))
            .map(|w| trimmed.len() - w.len());
        let start = roc.map_or(p, |r| p - (before.len() - r));
        let first = first_char(self.rest(p))?;
        let year_like = arabic || figure_digit(first).is_some() || roc.is_some();
        if year_like {
            if let Some(m) = dates::figure_date(self.rest(start)) {
                return Some(self.emit_date(start, m, false));
            }
        }
        if matches!(first, '两' | '兩') {
            return None;
        }
        let mut back = before.chars().rev();
        let prev = back.next();
        if first == '一'
            && prev.is_some_and(|c| {
                matches!(
                    c,
                    '上' | '下'
                        | '本'
                        | '每'
                        | '当'
                        | '當'
                        | '这'
                        | '這'
                        | '同'
                        | '前'
                        | '后'
                        | '後'
                )
            })
        {
            // 上一月, 每一月: a month counted, not January.
            return None;
        }
        if prev == Some('年') && back.next().is_some_and(exclude::codeish) {
            // xx年6月: a placeholder year; the month is no date to report.
            return None;
        }
        let m = dates::figure_month_day(self.rest(p))?;
        if m.day.is_none() && is_financial(first) {
            // 有期徒刑陸月: six months, in the financial numerals of legal text.
            let month = m.month.map(|v| Decimal::from_int(i128::from(v)));
            let end = p + self.rest(p).find('月')? + '月'.len_utf8();
            return Some(self.emit(Draft {
                start: p,
                end,
                kind: FigureKind::Count,
                value: month,
                upper: None,
                approx: Some(Approx::Exact),
                unit: Some("月".to_owned()),
                currency: None,
                date: None,
            }));
        }
        Some(self.emit_date(p, m, true))
    }

    pub(super) fn emit_date(&mut self, start: usize, m: DateMatch, partial: bool) -> usize {
        let (year, inferred) = match (partial, self.ctx.report_year) {
            (true, Some(y)) => (Some(y), true),
            (true, None) => (None, false),
            (false, _) => (m.year, false),
        };
        let date = DateValue {
            year,
            month: m.month,
            day: m.day,
            year_inferred: inferred,
        };
        let end = self.emit(Draft::date(start, start + m.len, date));
        // 3月19日至20日: the last day of a span of days, in the same month.
        if m.day.is_none() {
            return end;
        }
        let Some(sep) = range_separator(self.rest(end)) else {
            return end;
        };
        let day_at = end + sep;
        let day = numerals::small_arabic(self.rest(day_at))
            .or_else(|| numerals::small_cjk(self.rest(day_at)));
        let Some((day, len)) =
            day.filter(|&(d, _)| (1..=31).contains(&d) && m.day.is_some_and(|first| first < d))
        else {
            return end;
        };
        let after = self.rest(day_at + len);
        let Some(suffix) = ['日', '号', '號']
            .into_iter()
            .find(|&c| after.starts_with(c))
        else {
            return end;
        };
        let last_day = DateValue {
            day: Some(day),
            ..date
        };
        self.emit(Draft::date(
            day_at,
            day_at + len + suffix.len_utf8(),
            last_day,
        ))
    }

    /// `2021` in `2021—2025年`: a year on its own.
    pub(super) fn year_only(&self, p: usize, n: &Numeral, value: Decimal) -> Draft {
        let year = value.to_i128().and_then(|y| i32::try_from(y).ok());
        let date = DateValue {
            year,
            month: None,
            day: None,
            year_inferred: false,
        };
        Draft::date(p, p + n.len, date)
    }
}
