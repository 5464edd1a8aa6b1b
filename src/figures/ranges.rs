//! 范围 — two numbers that bound one quantity: `3-5次`, `三至五次`,
//! `3万至5万元`, `五六十人`, `十五六岁`, `二、三个月`. A phone number
//! (`02-89689630`) or a span of months (`1-6月`) is no range and no figure.

use super::{exclude, first_char, units, Scanner};
use crate::decimal::Decimal;
use crate::numerals::{self, figure_digit, Numeral, Script};
use units::Unit;

/// Range separators between two numbers.
pub(super) fn range_separator(rest: &str) -> Option<usize> {
    let c = first_char(rest)?;
    matches!(
        c,
        '-' | '－' | '—' | '–' | '‐' | '~' | '～' | '〜' | '至' | '到'
    )
    .then_some(c.len_utf8())
}

/// The power of ten of the big scale characters a numeral ends with
/// (`5万` → 4, `5万亿` → 12, `5` → 0).
fn trailing_scale(numeral_text: &str) -> u32 {
    numeral_text
        .chars()
        .rev()
        .map_while(|c| match c {
            '万' | '萬' => Some(4),
            '亿' | '億' => Some(8),
            _ => None,
        })
        .sum()
}

impl Scanner<'_, '_> {
    /// `五六十`: the pair times the scale after it, and the scale's length.
    pub(super) fn scaled_pair(&self, a: u32, b: u32, at: usize) -> (Decimal, Decimal, usize) {
        let lo = Decimal::from_int(i128::from(a));
        let hi = Decimal::from_int(i128::from(b));
        let rest = self.rest(at);
        if units::unit_at(rest).is_some() {
            return (lo, hi, 0);
        }
        match numerals::scale(rest, true) {
            Some((exp, len)) => match (lo.checked_mul_pow10(exp), hi.checked_mul_pow10(exp)) {
                (Some(l), Some(h)) => (l, h, len),
                _ => (lo, hi, 0),
            },
            None => (lo, hi, 0),
        }
    }

    /// `十五六岁` and `二、三个月`: a numeral followed by the next digit.
    pub(super) fn adjacent_range(
        &self,
        p: usize,
        n: &Numeral,
        end: usize,
    ) -> Option<(Decimal, Decimal, usize)> {
        if n.script != Script::Cjk || n.fraction || n.digit_run {
            return None;
        }
        let numeral_text = self.text.get(p..end)?;
        let mut rev = numeral_text.chars().rev();
        let last = figure_digit(rev.next()?)?;
        let rest = self.rest(end);
        if n.chars == 1 {
            // 二、三个月: not at a line start, where 二、 is a list marker.
            let prev = self.text.get(..p)?.chars().next_back()?;
            if prev.is_whitespace() || matches!(prev, '（' | '(') {
                return None;
            }
            let after = rest.strip_prefix('、')?;
            let next = first_char(after)?;
            if figure_digit(next)? != last + 1 {
                return None;
            }
            let unit_at = end + '、'.len_utf8() + next.len_utf8();
            let (lo, hi, len) = self.scaled_pair(last, last + 1, unit_at);
            units::unit_at(self.rest(unit_at + len))?;
            return Some((lo, hi, unit_at + len));
        }
        // 十五六: the tens digit is implied by 十.
        if !matches!(rev.next()?, '十' | '拾') || last == 0 {
            return None;
        }
        let next = first_char(rest)?;
        if figure_digit(next)? != last + 1 {
            return None;
        }
        let after = end + next.len_utf8();
        units::unit_at(self.rest(after))?;
        let hi = n.value.checked_add(Decimal::from_int(1))?;
        Some((n.value, hi, after))
    }

    pub(super) fn explicit_range(
        &self,
        n: &Numeral,
        numeral_text: &str,
        u1: Option<Unit>,
        m_at: usize,
        m: &Numeral,
    ) -> RangeOutcome {
        if m.script != n.script || m.digit_run || n.digit_run {
            return RangeOutcome::Single;
        }
        let m_end = m_at + m.len;
        let after_m = self.rest(m_end);
        let arabic = n.script == Script::Arabic;
        if arabic {
            if n.leading_zero || m.leading_zero || m.int_digits > n.int_digits + 1 {
                // 02-89689630: a phone number.
                return RangeOutcome::Reject(m_end);
            }
            if first_char(after_m)
                .is_some_and(|c| exclude::codeish(c) || range_separator(after_m).is_some())
            {
                return RangeOutcome::Reject(m_end);
            }
            let year = |x: &Numeral| x.int_digits == 4 && !x.fraction && !x.scaled;
            if year(n) && year(m) && after_m.starts_with('年') {
                return RangeOutcome::StartYear;
            }
        }
        let u2 = units::unit_at(after_m);
        if after_m.starts_with('月') && u2.is_none() {
            // 1-6月: a span of months, not a count.
            return RangeOutcome::Reject(m_end + '月'.len_utf8());
        }
        if u1.is_some() && u1.map(|u| u.text) != u2.map(|u| u.text) {
            return RangeOutcome::Single;
        }
        let mut lo = n.value;
        if !n.scaled {
            let m_text = self.text.get(m_at..m_at + m.len).unwrap_or("");
            let exp = trailing_scale(m_text);
            if exp > 0 && trailing_scale(numeral_text) == 0 {
                if let Some(scaled) = lo.checked_mul_pow10(exp) {
                    lo = scaled;
                }
            }
        }
        if less_than(lo, m.value) {
            RangeOutcome::Range(lo, m.value)
        } else {
            RangeOutcome::Single
        }
    }
}

/// `a < b`, exactly.
fn less_than(a: Decimal, b: Decimal) -> bool {
    b.checked_mul(Decimal::from_int(-1))
        .and_then(|neg| a.checked_add(neg))
        .is_some_and(|diff| diff.mantissa() < 0)
}

pub(super) enum RangeOutcome {
    Range(Decimal, Decimal),
    StartYear,
    /// Not a figure, up to this byte (`02-89689630`, `1-6月`).
    Reject(usize),
    Single,
}
