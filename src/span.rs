//! 位置 — byte spans into the decoded document text.
//!
//! Every node of the tree carries a [`Span`]: a half-open range of **byte
//! offsets** into [`Document::text`](crate::Document::text), the decoded UTF-8
//! text (a byte-order mark is not part of it; CRLF line ends stay as written).
//! Spans are never char indices and never offsets into GBK or Big5 bytes; use
//! [`Document::original_range`](crate::Document::original_range) for those.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Range;

/// 区间 — a half-open byte range `start..end` into the decoded text.
///
/// Serializes as the JSON array `[start, end]`; `Debug` prints `start..end`.
///
/// ```
/// use gongwen::Span;
/// let span = Span::new(3, 9);
/// assert_eq!(span.len(), 6);
/// assert_eq!(serde_json::to_string(&span)?, "[3,9]");
/// assert_eq!(format!("{span:?}"), "3..9");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (end exclusive). An inverted pair is
    /// clamped to the empty span at `start`.
    ///
    /// ```
    /// assert!(gongwen::Span::new(5, 2).is_empty());
    /// ```
    pub const fn new(start: usize, end: usize) -> Self {
        if end < start {
            Span { start, end: start }
        } else {
            Span { start, end }
        }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(gongwen::Span::new(0, 3).len(), 3);
    /// ```
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    ///
    /// ```
    /// assert!(gongwen::Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies inside `self` (bounds included).
    ///
    /// ```
    /// use gongwen::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 10)));
    /// assert!(!Span::new(0, 10).contains(Span::new(2, 11)));
    /// ```
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use gongwen::Span;
    /// assert_eq!(Span::new(0, 3).cover(Span::new(6, 9)), Span::new(0, 9));
    /// ```
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The same length moved `offset` bytes to the right.
    ///
    /// ```
    /// use gongwen::Span;
    /// assert_eq!(Span::new(1, 4).shift(10), Span::new(11, 14));
    /// ```
    pub const fn shift(self, offset: usize) -> Span {
        Span {
            start: self.start + offset,
            end: self.end + offset,
        }
    }

    /// As a `Range<usize>`, for `str::get`.
    ///
    /// ```
    /// let text = "一、总体要求";
    /// assert_eq!(text.get(gongwen::Span::new(0, 6).range()), Some("一、"));
    /// ```
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(deserializer)?;
        Ok(Span::new(start, end))
    }
}
