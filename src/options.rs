//! 选项 — how to read and parse a document.

#[cfg(feature = "convert")]
use crate::convert::Conversion;
use crate::error::Error;
use encoding_rs::Encoding;

/// Options for [`parse`](crate::parse) and [`parse_bytes`](crate::parse_bytes).
///
/// Built with `const fn` setters so that new options break no caller.
///
/// ```
/// let options = gongwen::Options::new().lossy(true).max_depth(8);
/// assert!(options.is_lossy());
/// let gbk = gongwen::Options::new().encoding_label("gbk")?;
/// assert_eq!(gbk.encoding_override().map(|e| e.name()), Some("GBK"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    encoding: Option<&'static Encoding>,
    lossy: bool,
    max_input_bytes: usize,
    max_depth: u32,
    #[cfg(feature = "convert")]
    conversion: Option<Conversion>,
}

impl Default for Options {
    fn default() -> Self {
        Options::new()
    }
}

impl Options {
    /// Default for [`Options::max_input_bytes`]: 256 MiB.
    pub const DEFAULT_MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;
    /// Default for [`Options::max_depth`]: 12 levels of sections.
    pub const DEFAULT_MAX_DEPTH: u32 = 12;
    /// The largest [`Options::max_depth`] accepted: 32 levels. Placing a
    /// section costs time in proportion to the depth, and the tree is
    /// dropped and serialised recursively; the JSON form of a deeper tree
    /// would also pass `serde_json`'s nesting limit of 128.
    pub const MAX_DEPTH_CEILING: u32 = 32;

    /// Defaults: detect the encoding, strict decoding, 256 MiB, depth 12.
    ///
    /// ```
    /// assert!(!gongwen::Options::new().is_lossy());
    /// ```
    pub const fn new() -> Self {
        Options {
            encoding: None,
            lossy: false,
            max_input_bytes: Self::DEFAULT_MAX_INPUT_BYTES,
            max_depth: Self::DEFAULT_MAX_DEPTH,
            #[cfg(feature = "convert")]
            conversion: None,
        }
    }

    /// 编码 — read the bytes in this encoding instead of detecting one.
    ///
    /// ```
    /// let options = gongwen::Options::new().encoding(encoding_rs::BIG5);
    /// assert_eq!(options.encoding_override(), Some(encoding_rs::BIG5));
    /// ```
    pub const fn encoding(mut self, encoding: &'static Encoding) -> Self {
        self.encoding = Some(encoding);
        self
    }

    /// Like [`Options::encoding`], by any WHATWG label (`"gbk"`, `"big5"`,
    /// `"utf-16le"`, `"gb18030"`).
    ///
    /// ```
    /// assert!(gongwen::Options::new().encoding_label("no-such-thing").is_err());
    /// ```
    pub fn encoding_label(self, label: &str) -> Result<Self, Error> {
        match Encoding::for_label(label.trim().as_bytes()) {
            Some(encoding) => Ok(self.encoding(encoding)),
            None => Err(Error::UnknownEncoding {
                label: label.to_owned(),
            }),
        }
    }

    /// The encoding set with [`Options::encoding`], if any.
    pub const fn encoding_override(&self) -> Option<&'static Encoding> {
        self.encoding
    }

    /// 容错 — replace malformed bytes with U+FFFD, recording each range in
    /// `source.malformed` and a diagnostic, instead of failing.
    ///
    /// ```
    /// let doc = gongwen::parse_bytes(b"abc\xffdef", &gongwen::Options::new().lossy(true))?;
    /// assert_eq!(doc.source.malformed.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn lossy(mut self, lossy: bool) -> Self {
        self.lossy = lossy;
        self
    }

    /// Whether lossy decoding is on.
    pub const fn is_lossy(&self) -> bool {
        self.lossy
    }

    /// Refuse inputs larger than this many bytes with [`Error::TooLarge`].
    ///
    /// ```
    /// let options = gongwen::Options::new().max_input_bytes(4);
    /// assert_eq!(gongwen::parse_bytes(b"12345", &options).unwrap_err().code(), "too_large");
    /// ```
    pub const fn max_input_bytes(mut self, limit: usize) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// The input size limit in force.
    pub const fn input_limit(&self) -> usize {
        self.max_input_bytes
    }

    /// Deepest section level built; deeper markers stay body text with a
    /// `depth_limit` diagnostic. At least 1, at most
    /// [`Options::MAX_DEPTH_CEILING`] (32).
    ///
    /// ```
    /// assert_eq!(gongwen::Options::new().max_depth(0).depth_limit(), 1);
    /// assert_eq!(gongwen::Options::new().max_depth(u32::MAX).depth_limit(), 32);
    /// ```
    pub const fn max_depth(mut self, depth: u32) -> Self {
        self.max_depth = if depth == 0 {
            1
        } else if depth > Self::MAX_DEPTH_CEILING {
            Self::MAX_DEPTH_CEILING
        } else {
            depth
        };
        self
    }

    /// The depth limit in force.
    pub const fn depth_limit(&self) -> u32 {
        self.max_depth
    }

    /// 繁简转换 — after parsing, fill the `normalized` field beside each
    /// node's `text` with the text converted to this script (feature
    /// `convert`). Parsing does not depend on it: the tree, its spans and
    /// [`Document::text`](crate::Document::text) stay those of the original.
    ///
    /// ```
    /// use gongwen::{Conversion, Options};
    /// let text = "網信辦2022年度宣傳思想文化暨意識形態工作總結\n一、主要工作\n發佈信息300餘期。\n";
    /// let doc = gongwen::parse(text, &Options::new().convert(Conversion::ToSimplified));
    /// let title = doc.title.as_ref().ok_or("no title")?;
    /// assert_eq!(title.text, "網信辦2022年度宣傳思想文化暨意識形態工作總結");
    /// assert_eq!(title.normalized.as_deref(), Some("网信办2022年度宣传思想文化暨意识形态工作总结"));
    /// let paragraph = &doc.sections[0].blocks[0];
    /// assert_eq!(paragraph.normalized.as_deref(), Some("发布信息300余期。"));
    /// assert_eq!(&doc.text[paragraph.span.range()], "發佈信息300餘期。");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg(feature = "convert")]
    pub const fn convert(mut self, conversion: Conversion) -> Self {
        self.conversion = Some(conversion);
        self
    }

    /// The conversion set with [`Options::convert`], if any (feature `convert`).
    ///
    /// ```
    /// use gongwen::{Conversion, Options};
    /// assert_eq!(Options::new().conversion(), None);
    /// let options = Options::new().convert(Conversion::ToTraditional);
    /// assert_eq!(options.conversion(), Some(Conversion::ToTraditional));
    /// ```
    #[cfg(feature = "convert")]
    pub const fn conversion(&self) -> Option<Conversion> {
        self.conversion
    }
}
