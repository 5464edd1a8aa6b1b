//! 数字 — Chinese and Arabic numerals.
//!
//! ```text
//! numeral   = arabic [approx-in scale] [scale [arabic]]   (1,764萬4,000  10余万  1.5万)
//!           | cjk [点 digit+] [approx-in scale]           (一万二千零五  三点五亿  十余万)
//!           | digit digit+                                (二〇二三, digit by digit)
//! arabic    = [0-9０-９]{1,3} (, [0-9]{3})* | [0-9０-９]+ ; [(.|．) [0-9０-９]+]
//! cjk       = positional numeral over 十 百 千 万 亿 (拾 佰 仟 萬 億), 零 marking gaps,
//!             abbreviated tails (三百五 = 350, 一万二 = 12000)
//! digit     = 〇 | ○ | 零 | 一 | 二 | 两 | 兩 | 三 … 九 | 壹 | 贰 | 貳 … 玖
//! scale     = [十|百|千] (万|亿)* | 百 | 千                 (multiplies: 百万 = 10⁶)
//! small     = [digit] 十 [digit] | digit          (一 … 九十九, for section markers)
//! ```
//!
//! Values are exact ([`Decimal`]): no binary floating point is used while
//! reading or scaling, so `1.15亿` is exactly 115000000. A number too large to
//! represent is refused (`None` from [`parse`], a diagnostic from the figure
//! extractor), never rounded.

use crate::decimal::Decimal;

mod digits;

pub(crate) use digits::{
    arabic_digit, circled, cjk_digit, figure_digit, is_financial, is_ten, small_arabic, small_cjk,
    tens_char, unit_exponent,
};

/// Which script a numeral is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    /// `1,234.5`, `１２３`, possibly with a Chinese scale (`1.5万`).
    Arabic,
    /// `一万二千零五`, `壹佰贰拾`, `三点五`.
    Cjk,
}

/// A numeral read at the start of a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Numeral {
    /// Its exact value.
    pub(crate) value: Decimal,
    /// Bytes consumed.
    pub(crate) len: usize,
    /// Arabic or Chinese.
    pub(crate) script: Script,
    /// Whether a scale character multiplied it (`1.5万`, `三千`, `十余万`).
    pub(crate) scaled: bool,
    /// A Chinese numeral made only of scale characters (`千`, `百万`).
    pub(crate) bare_scale: bool,
    /// A 余/多 between the number and its scale (`10余万`).
    pub(crate) over_inside: bool,
    /// Number of integer digits of an Arabic numeral (for years).
    pub(crate) int_digits: u32,
    /// An Arabic numeral written with a leading zero (`02`).
    pub(crate) leading_zero: bool,
    /// Whether it has a fractional part.
    pub(crate) fraction: bool,
    /// Number of characters of a Chinese numeral (`一` is 1).
    pub(crate) chars: u32,
    /// A run of two or more Chinese digits with no unit (`二〇二三`, `五六`).
    pub(crate) digit_run: bool,
    /// The part of a Chinese numeral at or above its last `万`/`亿`
    /// (`二十五亿七千` → 2500000000); a scale after the numeral multiplies
    /// only the rest (`二十五亿七千多万` = 2570000000).
    pub(crate) high: Decimal,
}

/// A number too long to represent exactly; `len` is how many bytes it spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Overflow {
    pub(crate) len: usize,
}

type Scan<T> = Result<Option<T>, Overflow>;

fn first_char(input: &str) -> Option<char> {
    input.chars().next()
}

fn pow10(exp: u32) -> Option<i128> {
    10i128.checked_pow(exp)
}

/// Skip the rest of a digit run after an overflow; returns its byte length.
fn digit_run_len(input: &str) -> usize {
    input
        .char_indices()
        .find(|&(_, c)| {
            arabic_digit(c).is_none()
                && figure_digit(c).is_none()
                && unit_exponent(c).is_none()
                && !matches!(c, ',' | '.' | '．' | '点' | '點')
        })
        .map_or(input.len(), |(i, _)| i)
}

/// An Arabic number at the start of `input`: `1,234`, `１２３`, `16.4`.
///
/// A fraction directly followed by `年` is not taken (`附件：1.2023年` is an
/// item number and a year).
fn arabic(input: &str) -> Scan<Numeral> {
    let bytes_len = input.len();
    let mut mantissa: i128 = 0;
    let mut scale: u32 = 0;
    let mut int_digits: u32 = 0;
    let mut group: u32 = 0; // digits since the last separator
    let mut separated = false;
    let mut end = 0;
    let mut leading_zero = false;
    let mut overflow = false;
    let mut rest = input;
    // Integer part, with optional `,` thousands separators.
    while let Some(c) = first_char(rest) {
        if let Some(d) = arabic_digit(c) {
            if int_digits == 0 && d == 0 {
                leading_zero = true;
            }
            match mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(d)))
            {
                Some(m) => mantissa = m,
                None => overflow = true,
            }
            int_digits += 1;
            group += 1;
            end += c.len_utf8();
            rest = input.get(end..).unwrap_or("");
            continue;
        }
        if c == ',' && group >= 1 && (separated && group == 3 || !separated && group <= 3) {
            let after = rest.get(1..).unwrap_or("");
            let mut it = after.chars();
            let three = (0..3).all(|_| it.next().is_some_and(|c| c.is_ascii_digit()));
            let fourth_digit = it.next().is_some_and(|c| arabic_digit(c).is_some());
            if three && !fourth_digit {
                separated = true;
                group = 0;
                end += 1;
                rest = after;
                continue;
            }
        }
        break;
    }
    if int_digits == 0 {
        return Ok(None);
    }
    if leading_zero && int_digits == 1 {
        leading_zero = false;
    }
    let mut fraction = false;
    if let Some(c) = first_char(rest).filter(|&c| c == '.' || c == '．') {
        let after = rest.get(c.len_utf8()..).unwrap_or("");
        let digits_len = after
            .char_indices()
            .find(|&(_, c)| arabic_digit(c).is_none())
            .map_or(after.len(), |(i, _)| i);
        let followed_by_year = after.get(digits_len..).is_some_and(|r| r.starts_with('年'));
        if digits_len > 0 && !followed_by_year {
            for c in after.get(..digits_len).unwrap_or("").chars() {
                let d = arabic_digit(c).unwrap_or(0);
                match mantissa
                    .checked_mul(10)
                    .and_then(|m| m.checked_add(i128::from(d)))
                {
                    Some(m) => mantissa = m,
                    None => overflow = true,
                }
                scale += 1;
            }
            fraction = true;
            end += c.len_utf8() + digits_len;
        }
    }
    let value = if overflow {
        None
    } else {
        Decimal::new(mantissa, scale)
    };
    let Some(value) = value else {
        return Err(Overflow {
            len: end.min(bytes_len),
        });
    };
    Ok(Some(Numeral {
        value,
        len: end,
        script: Script::Arabic,
        scaled: false,
        bare_scale: false,
        over_inside: false,
        int_digits,
        leading_zero,
        fraction,
        chars: 0,
        digit_run: false,
        high: Decimal::ZERO,
    }))
}

/// A scale after a number: `万` (4), `亿` (8), `百万` (6), `千亿` (11),
/// `万亿` (12). With `allow_small`, a lone `百`/`千`/`十` counts too.
/// Returns the exponent and the bytes consumed.
pub(crate) fn scale(input: &str, allow_small: bool) -> Option<(u32, usize)> {
    let mut exp = 0u32;
    let mut len = 0usize;
    let mut big = false;
    let mut small_seen = false;
    for c in input.chars() {
        match unit_exponent(c) {
            Some(e @ (4 | 8)) => {
                exp = exp.checked_add(e)?;
                big = true;
            }
            Some(e) if !big && !small_seen => {
                exp = e;
                small_seen = true;
            }
            _ => break,
        }
        len += c.len_utf8();
        if exp > 24 {
            return None;
        }
    }
    if len == 0 || (!big && !allow_small) {
        return None;
    }
    Some((exp, len))
}

struct Positional {
    yi: i128,
    wan: i128,
    sec: i128,
    digit: Option<i128>,
    /// Exponent of the last unit read, and whether a 零 followed it.
    last_unit: Option<u32>,
    zero_after_unit: bool,
    digit_after_unit: bool,
    /// The smallest 十/百/千 exponent used in the current section.
    section_floor: u32,
    any_digit: bool,
}

impl Positional {
    fn new() -> Self {
        Positional {
            yi: 0,
            wan: 0,
            sec: 0,
            digit: None,
            last_unit: None,
            zero_after_unit: false,
            digit_after_unit: false,
            section_floor: 4,
            any_digit: false,
        }
    }

    /// Applies a unit character; `None` when it cannot follow (stop there)
    /// or on overflow (`Err`).
    fn unit(&mut self, exp: u32) -> Result<bool, Overflow> {
        let of = Overflow { len: 0 };
        match exp {
            1..=3 => {
                if exp >= self.section_floor {
                    return Ok(false);
                }
                let n = self.digit.take().unwrap_or(1);
                let add = n.checked_mul(pow10(exp).ok_or(of)?).ok_or(of)?;
                self.sec = self.sec.checked_add(add).ok_or(of)?;
                self.section_floor = exp;
            }
            4 => {
                if self.wan != 0 && self.sec == 0 && self.digit.is_none() {
                    return Ok(false);
                }
                let n = self.sec + self.digit.take().unwrap_or(0);
                let n = if n == 0 { 1 } else { n };
                self.wan = self
                    .wan
                    .checked_add(n.checked_mul(10_000).ok_or(of)?)
                    .ok_or(of)?;
                self.sec = 0;
                self.section_floor = 4;
            }
            _ => {
                let n = self.wan + self.sec + self.digit.take().unwrap_or(0);
                // 亿亿 multiplies what is there (10¹⁶); a bare 亿 is one 亿.
                let n = if n == 0 && self.yi == 0 { 1 } else { n };
                self.yi = self
                    .yi
                    .checked_add(n)
                    .and_then(|v| v.checked_mul(100_000_000))
                    .ok_or(of)?;
                self.wan = 0;
                self.sec = 0;
                self.section_floor = 4;
            }
        }
        self.last_unit = Some(exp);
        self.zero_after_unit = false;
        self.digit_after_unit = false;
        Ok(true)
    }

    fn total(&self) -> Option<i128> {
        let mut tail = self.digit.unwrap_or(0);
        // 三百五 = 350, 一万二 = 12000: a lone digit right after a unit of
        // 百 or more stands for the next lower place.
        if let (Some(d), Some(exp)) = (self.digit, self.last_unit) {
            if exp >= 2 && !self.zero_after_unit && self.digit_after_unit {
                tail = d.checked_mul(pow10(exp - 1)?)?;
            }
        }
        self.yi
            .checked_add(self.wan)?
            .checked_add(self.sec)?
            .checked_add(tail)
    }
}

/// A Chinese numeral at the start of `input`.
fn cjk(input: &str) -> Scan<Numeral> {
    let mut p = Positional::new();
    let mut end = 0usize;
    let mut chars_count = 0u32;
    let mut units_seen = false;
    let mut run_digits = 0u32;
    let mut run_value: i128 = 0;
    let mut run_overflow = false;
    let mut iter = input.char_indices().peekable();
    while let Some(&(i, c)) = iter.peek() {
        if let Some(d) = figure_digit(c) {
            let d = i128::from(d);
            if !units_seen {
                // Possibly a digit-by-digit run (二〇二三).
                run_digits += 1;
                match run_value.checked_mul(10).and_then(|v| v.checked_add(d)) {
                    Some(v) => run_value = v,
                    None => run_overflow = true,
                }
                if run_digits == 1 {
                    p.digit = Some(d);
                    p.any_digit = true;
                }
            } else if d == 0 {
                if p.digit.is_some() {
                    break;
                }
                p.zero_after_unit = true;
            } else {
                if p.digit.is_some() {
                    break;
                }
                p.digit = Some(d);
                p.any_digit = true;
                p.digit_after_unit = p.last_unit.is_some();
            }
        } else if let Some(exp) = unit_exponent(c) {
            if run_digits > 1 {
                break;
            }
            match p.unit(exp) {
                Ok(true) => {}
                Ok(false) => break,
                Err(_) => {
                    return Err(Overflow {
                        len: digit_run_len(input),
                    })
                }
            }
            units_seen = true;
        } else if let Some(tens) = tens_char(c) {
            // 廿 卅 卌: two, three, four tens in one character (五百卅八).
            if run_digits > 1 || p.digit.is_some() {
                break;
            }
            p.digit = Some(i128::from(tens));
            p.any_digit = true;
            match p.unit(1) {
                Ok(true) => {}
                Ok(false) | Err(_) => break,
            }
            units_seen = true;
        } else {
            break;
        }
        end = i + c.len_utf8();
        chars_count += 1;
        iter.next();
    }
    if end == 0 {
        return Ok(None);
    }
    if run_digits > 1 {
        if run_overflow {
            return Err(Overflow { len: end });
        }
        return Ok(Some(Numeral {
            value: Decimal::from_int(run_value),
            len: end,
            script: Script::Cjk,
            scaled: false,
            bare_scale: false,
            over_inside: false,
            int_digits: run_digits,
            leading_zero: false,
            fraction: false,
            chars: chars_count,
            digit_run: true,
            high: Decimal::ZERO,
        }));
    }
    let Some(total) = p.total() else {
        return Err(Overflow { len: end });
    };
    let mut value = Decimal::from_int(total);
    let mut fraction = false;
    // 三点五, 十二点五: 点 followed by digits read one by one.
    if let Some(rest) = input.get(end..) {
        let point = ['点', '點'].into_iter().find(|&c| rest.starts_with(c));
        if let Some(point) = point {
            let after = rest.get(point.len_utf8()..).unwrap_or("");
            let mut mantissa = total;
            let mut frac_digits = 0u32;
            let mut frac_len = 0usize;
            for c in after.chars() {
                let Some(d) = figure_digit(c) else { break };
                mantissa = mantissa
                    .checked_mul(10)
                    .and_then(|m| m.checked_add(i128::from(d)))
                    .ok_or(Overflow { len: end })?;
                frac_digits += 1;
                frac_len += c.len_utf8();
            }
            if frac_digits > 0 {
                value = Decimal::new(mantissa, frac_digits).ok_or(Overflow { len: end })?;
                end += point.len_utf8() + frac_len;
                chars_count += 1 + frac_digits;
                fraction = true;
            }
        }
    }
    Ok(Some(Numeral {
        value,
        len: end,
        script: Script::Cjk,
        scaled: units_seen,
        bare_scale: !p.any_digit && !first_char(input).is_some_and(is_ten),
        over_inside: false,
        int_digits: 0,
        leading_zero: false,
        fraction,
        chars: chars_count,
        digit_run: false,
        high: if fraction {
            Decimal::ZERO
        } else {
            Decimal::from_int(p.yi.saturating_add(p.wan))
        },
    }))
}

fn over_word(input: &str) -> Option<usize> {
    ['余', '餘', '馀', '多']
        .into_iter()
        .find(|&c| input.starts_with(c))
        .map(char::len_utf8)
}

/// A numeral at the start of `input`, with its scale: `1.5万`, `10余万`,
/// `1,764萬4,000`, `三点五亿`, `一万二千零五`, `二〇二三`.
///
/// `Ok(None)` when `input` does not start with a numeral; `Err` when it does
/// but the value is too large to represent.
pub(crate) fn numeral(input: &str) -> Scan<Numeral> {
    let first = match first_char(input) {
        Some(c) => c,
        None => return Ok(None),
    };
    let mut n = if arabic_digit(first).is_some() {
        match arabic(input)? {
            Some(n) => n,
            None => return Ok(None),
        }
    } else if figure_digit(first).is_some()
        || unit_exponent(first).is_some()
        || tens_char(first).is_some()
    {
        match cjk(input)? {
            Some(n) => n,
            None => return Ok(None),
        }
    } else {
        return Ok(None);
    };
    if n.digit_run {
        return Ok(Some(n));
    }
    let rest = input.get(n.len..).unwrap_or("");
    // 10余万: an over-word between the number and a big scale.
    let (over_len, rest) = match over_word(rest) {
        Some(l) => match rest.get(l..).and_then(|r| scale(r, false).map(|_| r)) {
            Some(r) => (l, r),
            None => (0, rest),
        },
        None => (0, rest),
    };
    let allow_small = n.script == Script::Arabic && !n.fraction;
    if n.script == Script::Cjk && over_len == 0 && !n.fraction {
        // Positional numerals consume their own scales.
        return Ok(Some(n));
    }
    if let Some((exp, scale_len)) = scale(rest, allow_small || over_len > 0) {
        if !blocks_scale(rest) {
            let of = Overflow { len: n.len };
            let low = n
                .value
                .checked_add(n.high.checked_mul(Decimal::from_int(-1)).ok_or(of)?)
                .ok_or(of)?;
            n.value = low
                .checked_mul_pow10(exp)
                .and_then(|v| v.checked_add(n.high))
                .ok_or(of)?;
            n.len += over_len + scale_len;
            n.scaled = true;
            n.over_inside = over_len > 0;
            // 1,764萬4,000 and 1億7,000萬: a smaller Arabic number after
            // the scale (with a smaller scale of its own) adds to it.
            if n.script == Script::Arabic && exp >= 4 {
                let tail = input.get(n.len..).unwrap_or("");
                if let Ok(Some(t)) = arabic(tail) {
                    let after_tail = tail.get(t.len..).unwrap_or("");
                    let (tail_exp, tail_scale_len) = match scale(after_tail, false) {
                        Some((e, l)) if e < exp && !blocks_scale(after_tail) => (e, l),
                        Some(_) => (u32::MAX, 0),
                        None => (0, 0),
                    };
                    let limit = pow10(exp).unwrap_or(0);
                    let tail_value = t
                        .value
                        .checked_mul_pow10(tail_exp)
                        .filter(|_| tail_exp != u32::MAX);
                    if let Some(tail_value) = tail_value {
                        if (tail_exp > 0 || !t.fraction)
                            && tail_value.mantissa() < limit
                            && tail_value.scale() == 0
                            && !t.leading_zero
                        {
                            n.value = n
                                .value
                                .checked_add(tail_value)
                                .ok_or(Overflow { len: n.len })?;
                            n.len += t.len + tail_scale_len;
                        }
                    }
                }
            }
        }
    }
    Ok(Some(n))
}

/// Units that begin with a scale character: `2千米` is two kilometres, not
/// two thousand metres.
fn blocks_scale(rest: &str) -> bool {
    [
        "千米",
        "千克",
        "千瓦",
        "千卡",
        "千兆",
        "千伏",
        "千帕",
        "百分点",
        "百分之",
        "千公顷",
        "十分",
        "百分比",
    ]
    .iter()
    .any(|u| rest.starts_with(u))
}

/// Parse a whole numeral string to its exact value.
///
/// 数字解析 — reads Arabic numerals (`1,234`, `16.4`, full-width `１２３`),
/// Chinese numerals (`一万二千零五`, `两千`, `壹佰贰拾`, `十萬五` = 105000),
/// digit-by-digit numerals (`二〇二三` = 2023, also with `○`), Chinese
/// decimals (`十二点五`) and mixed forms with a scale (`1.5万`, `3.2亿`,
/// `1,764萬4,000`). Returns `None` when `text` is not a numeral as a whole or
/// its value does not fit (about 38 digits).
///
/// ```
/// use gongwen::{numerals, Decimal};
/// assert_eq!(numerals::parse("一万二千零五"), Some(Decimal::from_int(12005)));
/// assert_eq!(numerals::parse("1.5万"), Some(Decimal::from_int(15000)));
/// assert_eq!(numerals::parse("二〇二三"), Some(Decimal::from_int(2023)));
/// assert_eq!(numerals::parse("壹佰贰拾"), Some(Decimal::from_int(120)));
/// assert_eq!(numerals::parse("1,234"), Some(Decimal::from_int(1234)));
/// assert_eq!(numerals::parse("１２３"), Some(Decimal::from_int(123)));
/// assert_eq!(numerals::parse("1.15亿").map(|d| d.to_string()), Some("115000000".into()));
/// assert_eq!(numerals::parse("一些"), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse(text: &str) -> Option<Decimal> {
    match parse_prefix(text) {
        Some((value, len)) if len == text.len() => Some(value),
        _ => None,
    }
}

/// Parse the numeral at the start of `text`: its value and its length in bytes.
///
/// 前缀数字 — like [`parse`], but stops where the numeral ends, so the
/// measure word after it can be read next. Over-words between a number and
/// its scale are part of it (`10余万` reads as 100000).
///
/// ```
/// use gongwen::{numerals, Decimal};
/// assert_eq!(numerals::parse_prefix("三百余人"), Some((Decimal::from_int(300), "三百".len())));
/// assert_eq!(numerals::parse_prefix("3.2亿元"), Some((Decimal::from_int(320_000_000), "3.2亿".len())));
/// assert_eq!(numerals::parse_prefix("人数"), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_prefix(text: &str) -> Option<(Decimal, usize)> {
    match numeral(text) {
        Ok(Some(n)) => Some((n.value, n.len)),
        _ => None,
    }
}

/// Parse a percentage written out: `95%`, `95％`, `百分之九十五`,
/// `百分之十二点五`, `三成` (tenths). Returns the number of percent.
///
/// 百分数 — the whole string must be the percentage.
///
/// ```
/// use gongwen::{numerals, Decimal};
/// assert_eq!(numerals::parse_percent("百分之十二点五"), Some("12.5".parse::<Decimal>()?));
/// assert_eq!(numerals::parse_percent("95％"), Some(Decimal::from_int(95)));
/// assert_eq!(numerals::parse_percent("三成"), Some(Decimal::from_int(30)));
/// assert_eq!(numerals::parse_percent("九十五"), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn parse_percent(text: &str) -> Option<Decimal> {
    if let Some(rest) = text.strip_prefix("百分之") {
        return parse(rest);
    }
    if let Some(rest) = text.strip_suffix('%').or_else(|| text.strip_suffix('％')) {
        return parse(rest);
    }
    let rest = text.strip_suffix('成')?;
    parse(rest)?.checked_mul(Decimal::from_int(10))
}

#[cfg(test)]
mod tests;
