//! 文档树 — the node types of a parsed document.
//!
//! One struct per node kind, with the field names of the JSON contract
//! (SPEC §3). Every node with text carries a [`Span`] into
//! [`Document::text`]; `text` fields hold the node's text as written (for a
//! title split over lines, the lines joined without their line breaks).
//!
//! `normalized` — the text converted to Simplified or Traditional script —
//! is the one field left out of the JSON when absent: it is an opt-in
//! extension (feature `convert`), and without it the JSON is exactly SPEC §3.

use crate::decimal::Decimal;
use crate::error::Diagnostic;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The value of the `schema` field: `"gongwen/1"`.
pub const SCHEMA: &str = "gongwen/1";

/// 公文 — a parsed document: the tree and the text it was parsed from.
///
/// Built by [`parse`](crate::parse) or [`parse_bytes`](crate::parse_bytes).
///
/// ```
/// let doc = gongwen::parse("关于春季防火的通知\n一、总体要求\n严防死守。\n", &gongwen::Options::new());
/// assert_eq!(doc.title.as_ref().map(|t| t.text.as_str()), Some("关于春季防火的通知"));
/// assert_eq!(doc.sections.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// What the input was: encoding, size, script, line ends.
    pub source: Source,
    /// 标题 — the title, or `None` for documents that open without one.
    pub title: Option<TextNode>,
    /// Lines before the title: banners, 发文字号, subtitles, bylines.
    pub front: Vec<FrontItem>,
    /// 主送机关 — the addressee line (`各位代表：`).
    pub addressee: Option<TextNode>,
    /// 附件 — the attachment list (`附件：1.…`).
    pub attachments: Vec<Attachment>,
    /// Paragraphs between the title (or addressee) and the first section.
    pub preamble: Vec<Paragraph>,
    /// 正文 — the numbered (or part-heading) sections.
    pub sections: Vec<Section>,
    /// 落款 — signatories and the date of issue.
    pub footer: Option<Footer>,
    /// 抄送 — the copy-to line, and other closing lines after the footer.
    pub closing: Vec<TextNode>,
    /// Text that is not part of the document: repeated titles, site boilerplate.
    pub noise: Vec<Noise>,
    /// Texts attached after the footer (an attached regulation, plan or
    /// 附件 with its own title and sections).
    pub annexes: Vec<Annex>,
    /// Oddities found while parsing: placeholders, numbering gaps, malformed bytes.
    pub diagnostics: Vec<Diagnostic>,
    /// The decoded text every span points into.
    pub text: String,
}

/// 来源 — what the input was and how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The encoding used to decode the input (`"UTF-8"`, `"GBK"`, `"Big5"`, …).
    pub encoding: String,
    /// Whether the input began with a byte-order mark.
    pub bom: bool,
    /// Whether the encoding was detected (`false` when given or UTF-8 by BOM).
    pub detected: bool,
    /// Size of the input in bytes, as given (before decoding).
    pub bytes: usize,
    /// Malformed byte ranges replaced by U+FFFD (lossy decoding only).
    pub malformed: Vec<MalformedRange>,
    /// Which script the text is written in.
    pub script: Script,
    /// Counts of script-specific characters behind [`Source::script`].
    pub script_counts: ScriptCounts,
    /// The line ends the text uses.
    pub line_endings: LineEndings,
}

/// A range of bytes in the original input that did not decode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MalformedRange {
    /// Byte offset in the original input.
    pub offset: usize,
    /// Number of malformed bytes.
    pub length: usize,
    /// Where the replacement character sits in the decoded text.
    pub span: Span,
}

/// 繁简 — the script of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Script {
    /// 简体 — Simplified characters only.
    Simplified,
    /// 繁體 — Traditional characters only.
    Traditional,
    /// Both in notable numbers.
    Mixed,
    /// No script-specific character was seen.
    Unknown,
}

/// How many characters are specific to each script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ScriptCounts {
    /// Characters used only in Simplified text (`总`, `问`, `为`).
    pub simplified: usize,
    /// Characters used only in Traditional text (`總`, `問`, `為`).
    pub traditional: usize,
}

/// 换行 — which line ends the text uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineEndings {
    /// `\n` only.
    Lf,
    /// `\r\n` only.
    Crlf,
    /// `\r` only.
    Cr,
    /// More than one kind.
    Mixed,
    /// No line end at all.
    None,
}

/// A piece of text with its span and the figures in it (title, heading,
/// addressee, signatory, closing line).
///
/// > 網信辦2022年度宣傳思想文化暨意識形態工作總結
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextNode {
    /// The text as written.
    pub text: String,
    /// 繁简转换 — the text converted to the script `Options::convert` asked
    /// for (feature `convert`); absent otherwise. Spans refer to `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
    /// Where it is.
    pub span: Span,
    /// Figures stated in it.
    pub figures: Vec<Figure>,
}

/// A line before the title.
///
/// > 来源：北京日报
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrontItem {
    /// What kind of line it is.
    pub kind: FrontKind,
    /// The line's text.
    pub text: String,
    /// 繁简转换 — the text converted to the script `Options::convert` asked
    /// for (feature `convert`); absent otherwise. Spans refer to `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
    /// Where it is.
    pub span: Span,
}

/// Kinds of front matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrontKind {
    /// A site banner or navigation chrome (`靈感範文站`, `下载`, `【字号：`).
    Banner,
    /// 发文字号 — the document number (`国发〔2019〕5号`).
    DocNumber,
    /// 副标题 — a subtitle (`——在…会议上`) or a dateline (`（2018年1月2日）`).
    Subtitle,
    /// 署名 — the speaker or author line (`北京市市长 殷勇`).
    Byline,
    /// 来源 — source, time and editor lines (`来源：`, `时间：`).
    Source,
    /// Anything else before the title.
    Other,
}

/// 附件 — one attachment named in the attachment list.
///
/// > 附件：1.2023年重点项目清单
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    /// Its number in the list (1 when the list has a single unnumbered entry).
    pub ordinal: u32,
    /// The attachment's name.
    pub text: String,
    /// 繁简转换 — the text converted to the script `Options::convert` asked
    /// for (feature `convert`); absent otherwise. Spans refer to `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
    /// Where the entry is (including `附件：` and its number).
    pub span: Span,
    /// Figures in the name.
    pub figures: Vec<Figure>,
}

/// 附件正文 — a text attached after the footer: an attached regulation or
/// plan (`中华人民共和国个人所得税法实施条例`), or an `附件1` with its own title.
///
/// > 附件1
/// > 2026年省十件民生实事
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annex {
    /// From the label (or title) to the end of the annex.
    pub span: Span,
    /// The `附件1` label line, when there is one.
    pub label: Option<TextNode>,
    /// The annex's own title.
    pub title: Option<TextNode>,
    /// Lines between the title and the first section.
    pub preamble: Vec<Paragraph>,
    /// Its sections.
    pub sections: Vec<Section>,
}

/// 层次 — a section: marker, heading, body, subsections.
///
/// > 四、存在的問題
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Depth, from 1; assigned from the order in which marker styles first appear.
    pub level: u32,
    /// From the marker to the end of the last block or subsection.
    pub span: Span,
    /// 序号 — the number; `None` for an unnumbered part heading (`关于外交工作`).
    pub marker: Option<Marker>,
    /// 标题 — the heading, or `None` when the marker stands alone with body text after it.
    pub heading: Option<TextNode>,
    /// Whether the heading runs into the body on the same line (`（一）领导班子带头学。狠抓…`).
    pub run_in: bool,
    /// What the section is about, when its heading says so.
    pub role: Option<Role>,
    /// Paragraphs directly under the heading.
    pub blocks: Vec<Paragraph>,
    /// Subsections.
    pub children: Vec<Section>,
}

/// 序号 — a section marker.
///
/// > （三）
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    /// As written, including its punctuation (`一、`, `（一）`, `1.`).
    pub text: String,
    /// The marker's style.
    pub style: MarkerStyle,
    /// Its number (`（三）` → 3, `貳、` → 2).
    pub ordinal: u32,
    /// Where it is.
    pub span: Span,
}

/// 序号样式 — marker styles. Full-width and half-width forms share a style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerStyle {
    /// `一、`
    CjkComma,
    /// `一.` `一．`
    CjkDot,
    /// `（一）` `(一)`
    CjkParen,
    /// `1.` `1．`
    ArabicDot,
    /// `1、`
    ArabicComma,
    /// `（1）` `(1)`
    ArabicParen,
    /// `1)` `1）`
    ArabicHalfParen,
    /// `①`
    Circled,
    /// `壹、` `貳、`
    FinancialComma,
    /// `第一部分`
    Part,
    /// `第一章`
    Chapter,
    /// `第一节` `第一節`
    Subchapter,
    /// `第一条` `第一條`
    Article,
    /// `第一，` — used only as a heading marker when alone before a heading.
    Ordinal,
}

/// 角色 — what a section is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 存在的问题, 不足, 困难.
    Problems,
    /// 下一步, 工作计划, 打算, 思路.
    NextSteps,
}

/// 段落 — a paragraph of body text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph as written.
    pub text: String,
    /// 繁简转换 — the text converted to the script `Options::convert` asked
    /// for (feature `convert`); absent otherwise. Spans refer to `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
    /// Where it is.
    pub span: Span,
    /// Figures stated in it.
    pub figures: Vec<Figure>,
    /// Enumerated items inside it (`一是…二是…`).
    pub items: Vec<Item>,
}

/// 列举项 — an enumerated item inside a paragraph (`一是`, `第一，`, `首先`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// The marker as written (`一是`, `第二，`, `其次，`).
    pub marker: String,
    /// Its number (`三是` → 3; `首先` → 1, `其次` → 2).
    pub ordinal: u32,
    /// From the marker to the end of the item (before the next item).
    pub span: Span,
    /// Where the marker itself is.
    pub marker_span: Span,
}

/// 落款 — signatories and the date of issue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Footer {
    /// From the first signatory to the end of the date (or of the last note).
    pub span: Span,
    /// 发文机关署名 — issuing bodies or signing persons, one per entry.
    pub signatories: Vec<TextNode>,
    /// 成文日期 — the date of issue.
    pub date: Option<IssueDate>,
    /// Notes after the date (`（此件公开发布）`).
    pub notes: Vec<TextNode>,
    /// Figures in the footer lines, the date of issue among them.
    pub figures: Vec<Figure>,
}

/// 成文日期 — the date of issue.
///
/// > 2023年1月12日
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssueDate {
    /// As written.
    pub text: String,
    /// 繁简转换 — the text converted to the script `Options::convert` asked
    /// for (feature `convert`); absent otherwise. Spans refer to `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
    /// Where it is.
    pub span: Span,
    /// Year (Gregorian; ROC years are converted).
    pub year: i32,
    /// Month, 1–12, when given.
    pub month: Option<u32>,
    /// Day, 1–31, when given.
    pub day: Option<u32>,
}

/// Text that is not part of the document proper.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Noise {
    /// Why it is noise.
    pub kind: NoiseKind,
    /// As written.
    pub text: String,
    /// 繁简转换 — the text converted to the script `Options::convert` asked
    /// for (feature `convert`); absent otherwise. Spans refer to `text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
    /// Where it is.
    pub span: Span,
}

/// Kinds of noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoiseKind {
    /// The title repeated in the body.
    DuplicateTitle,
    /// Site or template boilerplate (`（此文由…整理）`, `返回顶部`).
    Boilerplate,
    /// Markup left over from a conversion (`---` front matter, table rules).
    Markup,
}

/// 数字 — a quantity the text states (SPEC §2).
///
/// > 300餘期
///
/// All fields are always present in JSON; those that do not apply are `null`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// As written, including approximation words and unit.
    pub text: String,
    /// Where it is.
    pub span: Span,
    /// What kind of quantity.
    pub kind: FigureKind,
    /// The value (lower bound of a range); `None` for dates.
    pub value: Option<Decimal>,
    /// Upper bound of a range (`3-5次` → 5).
    pub upper: Option<Decimal>,
    /// 约数 — how exact the value is; `None` for dates.
    pub approx: Option<Approx>,
    /// 单位 — measure word or unit (`期`, `人次`, `元`, `%`).
    pub unit: Option<String>,
    /// Currency of a money figure (ISO 4217: `CNY`, `TWD`, `USD`).
    pub currency: Option<String>,
    /// The date of a date figure.
    pub date: Option<DateValue>,
}

/// Kinds of figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FigureKind {
    /// A number with its measure word or unit (`300餘期`, `兩次`).
    Count,
    /// An amount of money (`3.2亿元`).
    Money,
    /// A percentage (`95%`, `近三成`).
    Percent,
    /// Percentage points (`3个百分点`).
    PercentPoint,
    /// A date (`2023年1月12日`, `7月7日`, `2022年度`).
    Date,
    /// A quantity with no unit (`3.5亿`).
    Number,
}

/// 约数 — how exact a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Approx {
    /// As stated.
    Exact,
    /// 约, 左右, 上下.
    About,
    /// 余, 多, 逾, 超过, 以上.
    Over,
    /// 不足, 不到, 以下, 未满.
    Under,
    /// 近, 将近, 接近.
    Nearly,
}

/// 日期 — a calendar date, possibly partial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// Gregorian year, `None` when neither written nor inferable.
    pub year: Option<i32>,
    /// Month 1–12.
    pub month: Option<u32>,
    /// Day 1–31.
    pub day: Option<u32>,
    /// Whether the year was taken from the document rather than written.
    pub year_inferred: bool,
}
