//! 精确数值 — an exact decimal for figure values.
//!
//! Figures must be exact: `0.1`, `1.15亿` and `16.4亿` are stored as an integer
//! mantissa and a decimal scale, never as binary floating point. Arithmetic is
//! checked: an overflow yields `None`, which the caller reports as a
//! diagnostic instead of a wrong value.

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// 数值 — an exact decimal number: `mantissa × 10^-scale`.
///
/// Always normalised (no trailing zeros in the mantissa while `scale > 0`), so
/// equal values compare equal.
///
/// ```
/// use gongwen::Decimal;
/// let value: Decimal = "1.15".parse()?;
/// let scaled = value.checked_mul_pow10(8).ok_or("overflow")?;
/// assert_eq!(scaled.to_string(), "115000000");
/// assert_eq!(serde_json::to_string(&scaled)?, "115000000");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

/// Largest scale kept; more fractional digits than this are refused.
const MAX_SCALE: u32 = 28;

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    /// `mantissa × 10^-scale`, normalised; `None` when `scale` is over 28.
    ///
    /// ```
    /// use gongwen::Decimal;
    /// assert_eq!(Decimal::new(125, 1).map(|d| d.to_string()), Some("12.5".into()));
    /// ```
    pub fn new(mantissa: i128, scale: u32) -> Option<Decimal> {
        if scale > MAX_SCALE {
            return None;
        }
        Some(Decimal { mantissa, scale }.normalized())
    }

    /// An integer value.
    ///
    /// ```
    /// assert_eq!(gongwen::Decimal::from_int(300).to_string(), "300");
    /// ```
    pub const fn from_int(value: i128) -> Decimal {
        Decimal {
            mantissa: value,
            scale: 0,
        }
    }

    /// The mantissa (`value × 10^scale`).
    pub const fn mantissa(self) -> i128 {
        self.mantissa
    }

    /// Number of decimal digits after the point.
    pub const fn scale(self) -> u32 {
        self.scale
    }

    /// Whether the value has no fractional part.
    ///
    /// ```
    /// use gongwen::Decimal;
    /// assert!(Decimal::from_int(3).is_integer());
    /// ```
    pub const fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// The value as `i128` when it is an integer.
    ///
    /// ```
    /// assert_eq!(gongwen::Decimal::from_int(42).to_i128(), Some(42));
    /// ```
    pub const fn to_i128(self) -> Option<i128> {
        if self.scale == 0 {
            Some(self.mantissa)
        } else {
            None
        }
    }

    fn normalized(mut self) -> Decimal {
        while self.scale > 0 && self.mantissa % 10 == 0 {
            self.mantissa /= 10;
            self.scale -= 1;
        }
        if self.mantissa == 0 {
            self.scale = 0;
        }
        self
    }

    /// Multiply by `10^exp` exactly (`1.5` × 10⁴ for `1.5万`); `None` on overflow.
    ///
    /// ```
    /// use gongwen::Decimal;
    /// let d: Decimal = "3.2".parse()?;
    /// assert_eq!(d.checked_mul_pow10(8).map(|v| v.to_string()), Some("320000000".into()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_mul_pow10(self, exp: u32) -> Option<Decimal> {
        if exp <= self.scale {
            return Decimal::new(self.mantissa, self.scale - exp);
        }
        let factor = 10i128.checked_pow(exp - self.scale)?;
        Some(Decimal {
            mantissa: self.mantissa.checked_mul(factor)?,
            scale: 0,
        })
    }

    /// Exact sum; `None` on overflow.
    ///
    /// ```
    /// use gongwen::Decimal;
    /// let sum = Decimal::from_int(17_640_000).checked_add(Decimal::from_int(4_000));
    /// assert_eq!(sum, Some(Decimal::from_int(17_644_000)));
    /// ```
    pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
        let scale = self.scale.max(other.scale);
        let a = self
            .mantissa
            .checked_mul(10i128.checked_pow(scale - self.scale)?)?;
        let b = other
            .mantissa
            .checked_mul(10i128.checked_pow(scale - other.scale)?)?;
        Decimal::new(a.checked_add(b)?, scale)
    }

    /// Exact product; `None` on overflow.
    ///
    /// ```
    /// use gongwen::Decimal;
    /// let d: Decimal = "0.5".parse()?;
    /// assert_eq!(d.checked_mul(Decimal::from_int(30)), Some(Decimal::from_int(15)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
        Decimal::new(
            self.mantissa.checked_mul(other.mantissa)?,
            self.scale.checked_add(other.scale)?,
        )
    }
}

/// Why a string is not a decimal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a decimal number (or out of range): {0:?}")]
pub struct ParseDecimalError(String);

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Parses `-?[0-9]+(\.[0-9]+)?` (ASCII digits only).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || ParseDecimalError(s.to_owned());
        let (negative, digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int_part, frac_part) = match digits.split_once('.') {
            Some((i, f)) => (i, f),
            None => (digits, ""),
        };
        if int_part.is_empty() || (digits.contains('.') && frac_part.is_empty()) {
            return Err(err());
        }
        let mut mantissa: i128 = 0;
        for b in int_part.bytes().chain(frac_part.bytes()) {
            if !b.is_ascii_digit() {
                return Err(err());
            }
            mantissa = mantissa
                .checked_mul(10)
                .and_then(|m| m.checked_add(i128::from(b - b'0')))
                .ok_or_else(err)?;
        }
        let scale = u32::try_from(frac_part.len()).map_err(|_| err())?;
        let mantissa = if negative { -mantissa } else { mantissa };
        Decimal::new(mantissa, scale).ok_or_else(err)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.scale == 0 {
            return write!(f, "{}", self.mantissa);
        }
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let digits = self.mantissa.unsigned_abs().to_string();
        let scale = self.scale as usize;
        let padded = if digits.len() <= scale {
            format!("{}{}", "0".repeat(scale + 1 - digits.len()), digits)
        } else {
            digits
        };
        let (int_part, frac_part) = padded.split_at(padded.len() - scale);
        write!(f, "{sign}{int_part}.{frac_part}")
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl Decimal {
    /// Whether the JSON form carries this value exactly: integers within
    /// `i64`/`u64`; other values travel as a float, and come back exactly
    /// when their digits (without trailing zeros) number at most 15 and their
    /// power of ten lies within ±22. The float is then one correctly rounded
    /// step from exact operands, so even a JSON reader that does not round
    /// correctly in general (`serde_json` by default) reads it back.
    pub(crate) fn json_exact(self) -> bool {
        if self.scale == 0
            && (i64::try_from(self.mantissa).is_ok() || u64::try_from(self.mantissa).is_ok())
        {
            return true;
        }
        let mut digits = self.mantissa.unsigned_abs();
        let mut exponent = -i64::from(self.scale);
        while digits != 0 && digits % 10 == 0 {
            digits /= 10;
            exponent += 1;
        }
        digits < 1_000_000_000_000_000 && (-22..=22).contains(&exponent)
    }
}

/// Serialized as a JSON number: integers exactly (`i64`/`u64`, or the
/// shortest float beyond that range); fractions through the shortest `f64`
/// representation, which prints the same digits for up to 15 significant
/// digits.
impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.scale == 0 {
            if let Ok(v) = i64::try_from(self.mantissa) {
                return serializer.serialize_i64(v);
            }
            if let Ok(v) = u64::try_from(self.mantissa) {
                return serializer.serialize_u64(v);
            }
        }
        let value: f64 = self.to_string().parse().unwrap_or(f64::NAN);
        serializer.serialize_f64(value)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DecimalVisitor;
        impl Visitor<'_> for DecimalVisitor {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::from_int(i128::from(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal::from_int(i128::from(v)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
                let text = format!("{v}");
                text.parse().map_err(E::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(DecimalVisitor)
    }
}
