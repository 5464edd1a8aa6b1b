//! 数字 — figures: every quantity the text states, typed, with its unit,
//! approximation and exact value (SPEC §2).
//!
//! ```text
//! figure   = date
//!          | [currency] [approx-before] quantity [approx-between] [unit] [approx-after]
//! quantity = numeral [range-sep numeral]       (3-5次, 三至五次, 3万至5万元)
//!          | digit digit [scale]               (三四家, 五六十人: about)
//!          | digit 、 digit                    (二、三个月: about)
//!          | 百分之 numeral                     (百分之十二点五)
//! approx-before  = 约 約 大约 | 近 将近 接近 | 超过 超 逾 | 不足 不到 未满 | 上 (上百万)
//! approx-between = 余 餘 馀 多 来 來 几 幾
//! approx-after   = 左右 上下 | 以上 | 以下
//! unit     = a measure word or unit from the table in `units.rs`, longest first
//! date     = see `dates.rs`: 2023年1月12日, 二〇二三年一月十二日, 2023.1.12,
//!            2022年度, 民國112年, 7月7日 (year from the document)
//! ```
//!
//! Precision matters as much as recall. A Chinese numeral needs a measure
//! word or unit after it (or an approximation and a scale: `上百万`), so
//! `一些`, `统一`, `十分`, `一是`, `十九大` state nothing; a lone `一` with
//! a measure word is an article (`一名党员`) and states nothing either. Set
//! phrases and names (`一带一路`, `五位一体`, `三门峡`), short quotations
//! (`“六进”`, `“十四五”`), ordinals (`第四卷`, `第一时间`), plenums
//! (`十届二次全会`), codes touching Latin letters (`G20`, `5G`, `PM2.5`),
//! phone numbers (`02-89689630`) and placeholders (`20xx年`, `xx余条`) make
//! no figure. An Arabic number with neither unit, scale nor approximation
//! (`附件1`, `2.0`) is not reported either: in these documents it is almost
//! always a code, a version or an item number.
//!
//! The scanner passes over the text once and runs the grammar only where a
//! digit or a Chinese numeral character starts (a bit set over the Basic
//! Multilingual Plane, `charset.rs`); it allocates only for the figures it
//! returns. The grammars are written by hand rather than with nom: they run
//! at every numeral character of every line, mostly to reject it after one
//! or two characters, and need the text before the numeral (`第`, `约`,
//! `人民币`) as much as the text after it.

pub(crate) mod charset;
mod date;
mod exclude;
mod ranges;
mod units;

use crate::decimal::Decimal;
use crate::error::{Diagnostic, DiagnosticCode};
use crate::numerals::{self, arabic_digit, figure_digit, unit_exponent, Numeral, Script};
use crate::span::Span;
use crate::tree::{Approx, DateValue, Figure, FigureKind};
use charset::{decode_at, is_in, FOLLOWERS, TRIGGERS};
use ranges::{range_separator, RangeOutcome};
use units::{Unit, UnitClass};

/// Extract every figure stated in `text`, in order of appearance.
///
/// 提取数字 — spans are byte offsets into `text`. With no document around
/// the text, a date without a year (`7月7日`) gets `year: None`.
///
/// ```
/// use gongwen::{figures, Approx, Decimal, FigureKind};
/// let found = figures::extract("发布信息300余期，发放宣传资料15000余份，投资3.2亿元。");
/// assert_eq!(found.len(), 3);
/// assert_eq!(found[0].text, "300余期");
/// assert_eq!(found[0].value, Some(Decimal::from_int(300)));
/// assert_eq!(found[0].approx, Some(Approx::Over));
/// assert_eq!(found[0].unit.as_deref(), Some("期"));
/// assert_eq!(found[2].kind, FigureKind::Money);
/// assert_eq!(found[2].value, Some(Decimal::from_int(320_000_000)));
/// assert!(figures::extract("认真学习十九大、二十大精神，一是加强学习").is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn extract(text: &str) -> Vec<Figure> {
    let mut out = Vec::new();
    let mut diagnostics = Vec::new();
    extract_into(
        text,
        0,
        &FigureContext { report_year: None },
        &mut out,
        &mut diagnostics,
    );
    out
}

/// What the extractor knows about the document around a piece of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct FigureContext {
    /// The year the document reports on: the year in the title, else the
    /// year of the date of issue. Dates without a year take it.
    pub(crate) report_year: Option<i32>,
}

/// Append the figures of `text` to `out`, with spans shifted by `base` (the
/// byte offset of `text` in the document). Numbers too large to represent
/// become [`DiagnosticCode::NumberOverflow`] diagnostics.
pub(crate) fn extract_into(
    text: &str,
    base: usize,
    ctx: &FigureContext,
    out: &mut Vec<Figure>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut scanner = Scanner {
        text,
        base,
        ctx,
        out,
        diagnostics,
        quote: 0..0,
        last_end: 0,
    };
    scanner.run();
}

/// Whether a character may start a numeral.
fn starts_numeral(c: char) -> bool {
    arabic_digit(c).is_some()
        || figure_digit(c).is_some()
        || unit_exponent(c).is_some()
        || numerals::tens_char(c).is_some()
}

fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// Time units after which `近` means "the last" (`近3年`), not "nearly".
fn is_time_unit(unit: &str) -> bool {
    matches!(
        unit,
        "年" | "个月" | "個月" | "天" | "周" | "週" | "小时" | "小時" | "个季度" | "個季度"
    )
}

/// A pending figure: everything but its text.
struct Draft {
    start: usize,
    end: usize,
    kind: FigureKind,
    value: Option<Decimal>,
    upper: Option<Decimal>,
    approx: Option<Approx>,
    unit: Option<String>,
    currency: Option<String>,
    date: Option<DateValue>,
}

impl Draft {
    /// A date figure over `start..end`.
    fn date(start: usize, end: usize, date: DateValue) -> Draft {
        Draft {
            start,
            end,
            kind: FigureKind::Date,
            value: None,
            upper: None,
            approx: None,
            unit: None,
            currency: None,
            date: Some(date),
        }
    }
}

struct Scanner<'t, 'o> {
    text: &'t str,
    base: usize,
    ctx: &'o FigureContext,
    out: &'o mut Vec<Figure>,
    diagnostics: &'o mut Vec<Diagnostic>,
    /// The short quotation the scanner is in (`“六进”`), if any.
    quote: std::ops::Range<usize>,
    /// End of the last figure: approximation words are not looked for before it.
    last_end: usize,
}

impl<'t> Scanner<'t, '_> {
    fn run(&mut self) {
        let bytes = self.text.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            if b < 0x80 {
                if b.is_ascii_digit() {
                    i = self.candidate(i);
                } else {
                    if b == b'"' {
                        self.open_quote(i);
                    }
                    i += 1;
                }
                continue;
            }
            if (0xE0..=0xEF).contains(&b) {
                // Three-byte characters (all of CJK): the lead byte and the
                // next select a 64-character block of the trigger set; most
                // blocks hold no trigger at all.
                let b1 = bytes.get(i + 1).copied().unwrap_or(0);
                let block = (usize::from(b & 0x0F) << 6) | usize::from(b1 & 0x3F);
                if TRIGGERS.get(block).is_none_or(|&word| word == 0) {
                    i += 3;
                    continue;
                }
            }
            let (code, len) = decode_at(bytes, i);
            if is_in(&TRIGGERS, code) {
                let Some(c) = char::from_u32(code) else {
                    i += len;
                    continue;
                };
                if starts_numeral(c) {
                    // Most Chinese numerals in running text are words
                    // (一些, 统一, 一是): look at the next character first.
                    let (next, _) = decode_at(bytes, i + len);
                    if arabic_digit(c).is_some() || next < 0x80 || is_in(&FOLLOWERS, next) {
                        i = self.candidate(i);
                        continue;
                    }
                } else {
                    self.open_quote(i);
                }
            }
            i += len;
        }
    }

    fn open_quote(&mut self, at: usize) {
        if at < self.quote.end {
            return;
        }
        if let Some(end) = exclude::short_quote_end(self.text, at) {
            self.quote = at..end;
        }
    }

    fn rest(&self, at: usize) -> &'t str {
        self.text.get(at..).unwrap_or("")
    }

    /// Text between the last figure and `at`.
    fn before(&self, at: usize) -> &'t str {
        self.text.get(self.last_end.min(at)..at).unwrap_or("")
    }

    /// Looks at the numeral starting at `p`; returns where to go on.
    fn candidate(&mut self, p: usize) -> usize {
        let rest = self.rest(p);
        let Some(first) = first_char(rest) else {
            return p + 1;
        };
        let step = p + first.len_utf8();
        let prev = self.text.get(..p).and_then(|b| b.chars().next_back());
        let arabic = arabic_digit(first).is_some();
        if prev == Some('第')
            || (prev == Some('、') && exclude::ordinal_list_before(self.before(p)))
        {
            // 第四卷, and 第2、4次: every number of an ordinal list.
            return self.skip_numeral(p);
        }
        if arabic && prev.is_some_and(exclude::codeish) {
            return self.skip_code(p);
        }
        if !arabic && prev.is_some_and(exclude::vague_before) {
            // 几十年, 数十家: no definite number.
            return self.skip_numeral(p);
        }
        if self.quote.contains(&p) {
            return self.skip_numeral(p);
        }
        if rest.starts_with("百分之") {
            return self.percent_words(p).unwrap_or(step);
        }
        let parsed = numerals::numeral(rest);
        // A date needs 年 or 月 after its first number (or a separator after
        // a four-digit year): look before trying the date grammars.
        if let Ok(Some(n)) = &parsed {
            let after = self.rest(p + n.len);
            let dated = after.starts_with(['年', '月'])
                || (arabic && after.starts_with(['.', '-', '/', '．', '－']));
            if dated {
                if let Some(end) = self.date(p, arabic) {
                    return end;
                }
            }
        }
        let n = match parsed {
            Ok(Some(n)) => n,
            Ok(None) => return step,
            Err(overflow) => {
                let end = p + overflow.len.max(first.len_utf8());
                self.diagnostics.push(Diagnostic::warning(
                    DiagnosticCode::NumberOverflow,
                    Span::new(p + self.base, end + self.base),
                    "number too large to represent exactly",
                ));
                return end;
            }
        };
        let after = self.rest(p + n.len);
        if arabic {
            let next = first_char(after);
            let dotted = n.fraction
                && after.starts_with(['.', '．'])
                && after.chars().nth(1).and_then(arabic_digit).is_some();
            let dashed_code = prev == Some('-')
                && self
                    .text
                    .get(..p.saturating_sub(1))
                    .and_then(|b| b.chars().next_back())
                    .is_some_and(|c| c.is_ascii_alphabetic());
            if next.is_some_and(exclude::codeish) || dotted || dashed_code {
                return self.skip_code(p);
            }
        }
        match self.quantity(p, &n) {
            Ok(draft) => self.emit(draft),
            Err(to) => to.max(step),
        }
    }

    /// Past the numeral at `p` (whatever it is).
    fn skip_numeral(&self, p: usize) -> usize {
        let rest = self.rest(p);
        let len = rest
            .char_indices()
            .find(|&(_, c)| !starts_numeral(c) && !matches!(c, '.' | '．' | ',' | '点' | '點'))
            .map_or(rest.len(), |(i, _)| i);
        p + len.max(first_char(rest).map_or(1, char::len_utf8))
    }

    /// Past a code such as `G20`, `PM2.5`, `20xx`, `1.2.3`.
    fn skip_code(&self, p: usize) -> usize {
        let rest = self.rest(p);
        let len = rest
            .char_indices()
            .find(|&(_, c)| {
                !(c.is_ascii_alphanumeric()
                    || arabic_digit(c).is_some()
                    || exclude::codeish(c)
                    || matches!(c, '.' | '．' | '-'))
            })
            .map_or(rest.len(), |(i, _)| i);
        p + len.max(1)
    }

    /// `百分之九十五`, `百分之十二点五`, `近百分之五十`.
    fn percent_words(&mut self, p: usize) -> Option<usize> {
        let at = p + "百分之".len();
        let n = numerals::numeral(self.rest(at)).ok()??;
        let (start, mut approx, _) = self.prefix(p, false);
        let mut end = at + n.len;
        let mut value = n.value;
        // 百分之92點8: Arabic digits with a Chinese decimal point.
        let rest = self.rest(end);
        if let Some(point) = ['點', '点'].into_iter().find(|&c| rest.starts_with(c)) {
            let digits = rest.get(point.len_utf8()..).unwrap_or("");
            let len = digits
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(digits.len());
            let fraction = digits
                .get(..len)
                .and_then(|d| format!("0.{d}").parse::<Decimal>().ok());
            if let Some(sum) = fraction
                .filter(|_| n.script == Script::Arabic && len > 0)
                .and_then(|f| value.checked_add(f))
            {
                value = sum;
                end += point.len_utf8() + len;
            }
        }
        if let Some((len, a)) = self.suffix(end) {
            approx = approx.or(Some(a));
            end += len;
        }
        Some(self.emit(Draft {
            start,
            end,
            kind: FigureKind::Percent,
            value: Some(value),
            upper: None,
            approx: Some(approx.unwrap_or(Approx::Exact)),
            unit: Some("%".to_owned()),
            currency: None,
            date: None,
        }))
    }

    /// Approximation and currency words before `p`: the start of the figure,
    /// the approximation, the currency.
    fn prefix(
        &self,
        p: usize,
        bare_scale: bool,
    ) -> (usize, Option<Approx>, Option<(usize, &'static str)>) {
        let before = self.before(p);
        let mut start = p;
        let mut approx = None;
        let last = before.chars().next_back();
        let may_prefix = last.is_some_and(|c| {
            matches!(
                c,
                '约' | '約' | '近' | '逾' | '超' | '过' | '過' | '足' | '到' | '满' | '滿' | '上'
            )
        });
        for pre in units::PREFIXES.iter().filter(|_| may_prefix) {
            if let Some(head) = before.strip_suffix(pre.text) {
                let prev = head.chars().next_back();
                let blocked = match pre.text {
                    "近" => prev.is_some_and(units::blocks_near),
                    "超" => prev.is_some_and(units::blocks_super),
                    "约" | "約" => prev.is_some_and(units::blocks_about),
                    _ => false,
                };
                if !blocked {
                    start = p - pre.text.len();
                    approx = Some(pre.approx);
                }
                break;
            }
        }
        if approx.is_none() && bare_scale && before.ends_with('上') && !before.ends_with("以上")
        {
            start = p - '上'.len_utf8();
            approx = Some(Approx::Over);
        }
        let head = before.get(..before.len() - (p - start)).unwrap_or("");
        let currency = units::CURRENCY_PREFIXES
            .iter()
            .filter(|_| head.ends_with(['币', '幣', '元', '金']))
            .find(|(word, _)| head.ends_with(word))
            .map(|(word, code)| (start - word.len(), *code));
        (start, approx, currency)
    }

    /// An approximation word after a figure's unit: its length and meaning.
    fn suffix(&self, at: usize) -> Option<(usize, Approx)> {
        let rest = self.rest(at);
        units::SUFFIXES
            .iter()
            .find(|s| rest.starts_with(s.text))
            .map(|s| (s.text.len(), s.approx))
    }

    /// The quantity whose numeral `n` starts at `p`, if it states one.
    fn quantity(&self, p: usize, n: &Numeral) -> Result<Draft, usize> {
        let skip = p + n.len.max(1);
        let text = self.text;
        let cjk = n.script == Script::Cjk;
        let numeral_text = text.get(p..p + n.len).ok_or(skip)?;
        let mut value = n.value;
        let mut upper = None;
        let mut end = p + n.len;
        let mut approx = n.over_inside.then_some(Approx::Over);
        let mut ranged = false;
        let mut worded_range = false;
        let mut unit: Option<Unit> = None;
        if n.digit_run {
            // 三四家, 五六十人, 一两个: two consecutive digits.
            let mut digits = numeral_text.chars().filter_map(figure_digit);
            let (a, b) = (digits.next().ok_or(skip)?, digits.next().ok_or(skip)?);
            if n.chars != 2 || a == 0 || b != a + 1 {
                return Err(skip);
            }
            let (lo, hi, len) = self.scaled_pair(a, b, end);
            value = lo;
            upper = Some(hi);
            end += len;
            approx = Some(Approx::About);
            ranged = true;
        } else if let Some(r) = self.adjacent_range(p, n, end) {
            (value, upper, end) = (r.0, Some(r.1), r.2);
            approx = Some(Approx::About);
            ranged = true;
        } else {
            let u1 = units::unit_at(self.rest(end));
            let sep_at = end + u1.map_or(0, |u| u.text.len());
            if let Some(sep_len) = range_separator(self.rest(sep_at)) {
                let m_at = sep_at + sep_len;
                if let Ok(Some(m)) = numerals::numeral(self.rest(m_at)) {
                    match self.explicit_range(n, numeral_text, u1, m_at, &m) {
                        RangeOutcome::Range(lo, hi) => {
                            // 3～5, 3至5: a range even without a unit; 1-2 is
                            // too often an item or a code.
                            worded_range =
                                !self.rest(sep_at).starts_with(['-', '－', '—', '–', '‐']);
                            value = lo;
                            upper = Some(hi);
                            end = m_at + m.len;
                            ranged = true;
                        }
                        RangeOutcome::StartYear => {
                            return Ok(self.year_only(p, n, value));
                        }
                        RangeOutcome::Reject(to) => return Err(to),
                        RangeOutcome::Single => {}
                    }
                }
            }
        }
        // 300余期, 十来个: an over-word between number and unit.
        let mut between = 0;
        if let Some(c) = first_char(self.rest(end)).filter(|&c| units::over_between(c)) {
            let after = self.rest(end + c.len_utf8());
            let takes_bare = !cjk && matches!(c, '余' | '餘' | '馀' | '多');
            if units::unit_at(after).is_some() || takes_bare {
                between = c.len_utf8();
                approx = Some(Approx::Over);
            }
        }
        end += between;
        let mut unit_text: Option<&'t str> = None;
        if let Some(u) = units::unit_at(self.rest(end)) {
            let unit_start = end;
            unit = Some(u);
            end += u.text.len();
            // 三个多小时, 3个多月, 一个半月: the over-word or the half sits
            // inside the unit.
            let half = first_char(self.rest(end)).filter(|&c| c == '半' && !ranged);
            if matches!(u.text, "个" | "個") {
                let inside =
                    first_char(self.rest(end)).filter(|&c| units::over_between(c) || c == '半');
                if let Some(c) = inside {
                    let after = self.rest(end + c.len_utf8());
                    let inner = units::unit_at(after);
                    if after.starts_with('月') || inner.is_some() {
                        if c == '半' {
                            value = value
                                .checked_add(Decimal::new(5, 1).ok_or(skip)?)
                                .ok_or(skip)?;
                        } else {
                            approx = Some(Approx::Over);
                        }
                    }
                    if after.starts_with('月') {
                        unit_text = Some(if u.text == "个" { "个月" } else { "個月" });
                        end += c.len_utf8() + '月'.len_utf8();
                    } else if let Some(inner) = inner {
                        unit = Some(inner);
                        end += c.len_utf8() + inner.text.len();
                    }
                }
            } else if let Some(c) = half.filter(|_| u.class == UnitClass::Count) {
                // 一年半, 十三斤半, 六倍半: and a half.
                value = value
                    .checked_add(Decimal::new(5, 1).ok_or(skip)?)
                    .ok_or(skip)?;
                end += c.len_utf8();
            }
            // 0.6人/百亿元, 27微克/立方米: a rate.
            let rest = self.rest(end);
            if let Some(slash) = ['/', '／'].into_iter().find(|&c| rest.starts_with(c)) {
                let after = self.rest(end + slash.len_utf8());
                let scale_len = numerals::scale(after, true).map_or(0, |(_, l)| l);
                if let Some(per) = units::unit_at(after.get(scale_len..).unwrap_or("")) {
                    end += slash.len_utf8() + scale_len + per.text.len();
                    unit = Some(Unit {
                        text: u.text,
                        class: UnitClass::Count,
                    });
                    unit_text = self.text.get(unit_start..end);
                }
            }
        }
        let (mut start, prefix_approx, currency_prefix) = self.prefix(p, n.bare_scale);
        let currency = currency_prefix.map(|(_, code)| code);
        let mut approx_final = prefix_approx.or(approx);
        if prefix_approx == Some(Approx::Nearly)
            && unit.is_some_and(|u| is_time_unit(u.text))
            && text.get(start..p) == Some("近")
        {
            // 近3年: the last three years.
            start = p;
            approx_final = approx;
        }
        if let Some((len, a)) = self.suffix(end) {
            approx_final = approx_final.or(Some(a));
            end += len;
        } else if unit.is_some_and(|u| is_time_unit(u.text)) && approx_final.is_none() {
            // 一年多, 两年余: the over-word after a span of time.
            if let Some(c) = first_char(self.rest(end)).filter(|c| matches!(c, '多' | '余' | '餘'))
            {
                approx_final = Some(Approx::Over);
                end += c.len_utf8();
            }
        }
        // Words that make the numeral part of a name.
        let before = text.get(..p).unwrap_or("");
        let after = self.rest(end);
        if let Some(u) = unit {
            if exclude::names_something(u.text, cjk, before, after) {
                return Err(skip);
            }
            let lone = cjk && n.chars == 1 && !ranged;
            if lone && u.text == "期" && approx_final.is_none() {
                // 二期工程, 三期: a phase, not a count.
                return Err(skip);
            }
        }
        if cjk && !ranged {
            let lone = n.chars == 1 && !n.scaled;
            if lone && value == Decimal::ZERO {
                return Err(skip);
            }
            if lone && value == Decimal::from_int(1) && approx_final.is_none() {
                return Err(skip);
            }
            if lone && numeral_text.starts_with(['參', '陆', '陸', '伍', '肆', '柒', '捌', '玖'])
            {
                return Err(skip);
            }
            if n.bare_scale && approx_final.is_none() {
                return Err(skip);
            }
        }
        if cjk && exclude::in_phrase(text, p) {
            return Err(skip);
        }
        let (kind, unit_text, currency) = match unit.map(|u| u.class) {
            Some(UnitClass::Count) => (FigureKind::Count, unit_text.or(unit.map(|u| u.text)), None),
            Some(UnitClass::Money(code)) => {
                let code = code.or(currency).unwrap_or("CNY");
                let shown = match unit.map(|u| u.text) {
                    Some("块钱") => Some("元"),
                    other => other,
                };
                (FigureKind::Money, shown, Some(code))
            }
            Some(UnitClass::Percent) => {
                let shown = if unit.is_some_and(|u| u.text == "‰") {
                    "‰"
                } else {
                    "%"
                };
                (FigureKind::Percent, Some(shown), None)
            }
            Some(UnitClass::Tenths) => {
                let ten = Decimal::from_int(10);
                value = value.checked_mul(ten).ok_or(skip)?;
                upper = match upper {
                    Some(u) => Some(u.checked_mul(ten).ok_or(skip)?),
                    None => None,
                };
                (FigureKind::Percent, Some("%"), None)
            }
            Some(UnitClass::PercentPoint) => (FigureKind::PercentPoint, unit.map(|u| u.text), None),
            None if currency.is_some() => (FigureKind::Money, None, currency),
            None => {
                let stated = if cjk {
                    n.scaled && approx_final.is_some()
                } else {
                    n.scaled || approx_final.is_some() || worded_range
                };
                if !stated {
                    return Err(skip);
                }
                (FigureKind::Number, None, None)
            }
        };
        if kind == FigureKind::Money {
            if let Some((currency_start, _)) = currency_prefix {
                start = currency_start;
            }
        }
        Ok(Draft {
            start,
            end,
            kind,
            value: Some(value),
            upper,
            approx: Some(approx_final.unwrap_or(Approx::Exact)),
            unit: unit_text.map(str::to_owned),
            currency: currency.map(str::to_owned),
            date: None,
        })
    }

    fn emit(&mut self, draft: Draft) -> usize {
        if !draft
            .value
            .iter()
            .chain(&draft.upper)
            .all(|v| v.json_exact())
        {
            // A value the JSON form would round is not stated exactly.
            self.diagnostics.push(Diagnostic::warning(
                DiagnosticCode::NumberOverflow,
                Span::new(draft.start + self.base, draft.end + self.base),
                "number has more digits than can be represented exactly",
            ));
            self.last_end = draft.end;
            return draft.end;
        }
        let text = self
            .text
            .get(draft.start..draft.end)
            .unwrap_or("")
            .to_owned();
        self.out.push(Figure {
            text,
            span: Span::new(draft.start + self.base, draft.end + self.base),
            kind: draft.kind,
            value: draft.value,
            upper: draft.upper,
            approx: draft.approx,
            unit: draft.unit,
            currency: draft.currency,
            date: draft.date,
        });
        self.last_end = draft.end;
        draft.end
    }
}

#[cfg(test)]
mod tests;
