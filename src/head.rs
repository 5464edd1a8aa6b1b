//! 版头 — front matter, title and addressee.
//!
//! ```text
//! head      = { front-line } [ title { front-line | duplicate-title } ] [ addressee ]
//! title     = title-line { title-line }        (up to three adjacent lines)
//! addressee = short line ending in ：          (各位代表：)
//! ```
//!
//! The title is the first title-like line (short, no sentence punctuation)
//! that ends with a genre word (总结, 报告, 通知, 公告 …); title-like lines
//! directly above it join it (a title split over lines), and title-like
//! lines before it that are not part of it are front matter (banners).
//! Lines before the body that say where the text comes from (`来源：`),
//! who speaks (`北京市市长 殷勇`), its number (`国发〔2019〕5号`) or its
//! occasion (`——在…会议上`, `（2018年1月2日）`) are front matter too.

use crate::blocks::Ctx;
use crate::dates;
use crate::keywords::{
    self, BANNER_WORDS, BODY_ENDINGS, CHROME_LINES, SIGNING_TITLES, SOURCE_PREFIXES, TITLE_WORDS,
};
use crate::markers;
use crate::span::Span;
use crate::tree::{FrontItem, FrontKind, Noise, NoiseKind, TextNode};

/// What the head holds, and where the body begins.
pub(crate) struct Head {
    pub(crate) front: Vec<FrontItem>,
    pub(crate) title: Option<TextNode>,
    pub(crate) addressee: Option<TextNode>,
    /// First line of the body.
    pub(crate) next_line: usize,
}

/// How many non-blank lines the head may span before the body must begin.
const HEAD_LINES: usize = 40;
/// Longest front-matter line, in bytes (80 CJK characters and some).
const FRONT_LINE_BYTES: usize = 256;
/// Longest title line, in chars.
const TITLE_LINE_CHARS: usize = 60;

/// Read the head of the document.
pub(crate) fn parse(ctx: &mut Ctx<'_>, noise: &mut Vec<Noise>) -> Head {
    let mut head = Head {
        front: Vec::new(),
        title: None,
        addressee: None,
        next_line: 0,
    };
    let (mut index, markup_title) = skip_markup_block(ctx, 0, noise);
    if let Some(span) = markup_title {
        // A `title:` in a YAML block names the document.
        head.title = Some(ctx.text_node(&[span]));
        index = after_title(ctx, &mut head, index, noise);
    } else {
        let candidates = head_candidates(ctx, index);
        let title_at = choose_title(ctx, &candidates);
        index = before_title(ctx, &mut head, index, title_at.map(|(first, _)| first));
        if let Some((first, last)) = title_at {
            let mut first_span = ctx.line_span(first);
            // `# 工作总结`: a Markdown heading mark is markup, not title.
            let hashes =
                ctx.content(first).len() - ctx.content(first).trim_start_matches('#').len();
            if hashes > 0 {
                let mark = Span::new(first_span.start, first_span.start + hashes);
                noise.push(Noise {
                    kind: NoiseKind::Markup,
                    text: ctx.slice(mark).to_owned(),
                    normalized: None,
                    span: mark,
                });
                let rest = ctx.slice(Span::new(mark.end, first_span.end));
                first_span = Span::new(first_span.end - rest.trim_start().len(), first_span.end);
            }
            let pieces: Vec<Span> = (first..=last)
                .filter(|&i| !ctx.is_blank(i))
                .map(|i| {
                    if i == first {
                        first_span
                    } else {
                        ctx.line_span(i)
                    }
                })
                .collect();
            head.title = Some(ctx.text_node(&pieces));
            index = after_title(ctx, &mut head, last + 1, noise);
        }
    }

    // The addressee (主送机关).
    while index < ctx.lines.len() && ctx.is_blank(index) {
        index += 1;
    }
    if index < ctx.lines.len()
        && is_addressee(ctx.content(index))
        && front_kind(ctx.content(index)).is_none()
    {
        let span = ctx.line_span(index);
        head.addressee = Some(ctx.text_node(&[span]));
        index += 1;
    }
    head.next_line = index;
    head
}

/// Front matter before the title (or, with no title, before the body).
fn before_title(
    ctx: &Ctx<'_>,
    head: &mut Head,
    mut index: usize,
    title_start: Option<usize>,
) -> usize {
    while index < ctx.lines.len() {
        if ctx.is_blank(index) {
            index += 1;
            continue;
        }
        if Some(index) == title_start {
            break;
        }
        let content = ctx.content(index);
        let kind = match (front_kind(content), title_start) {
            (Some(kind), _) => kind,
            (None, None) => break,
            (None, Some(_)) if is_banner(content) => FrontKind::Banner,
            (None, Some(_)) => FrontKind::Other,
        };
        push_front(ctx, head, kind, index);
        index += 1;
    }
    index
}

/// Front lines after the title: number, subtitle, dateline, source, byline,
/// and the title repeated.
fn after_title(ctx: &Ctx<'_>, head: &mut Head, mut index: usize, noise: &mut Vec<Noise>) -> usize {
    let mut seen = 0;
    while index < ctx.lines.len() && seen < HEAD_LINES {
        if ctx.is_blank(index) {
            index += 1;
            continue;
        }
        seen += 1;
        let content = ctx.content(index);
        if let Some(kind) = front_kind(content).or_else(|| after_title_kind(content)) {
            push_front(ctx, head, kind, index);
        } else if head.title.as_ref().is_some_and(|t| {
            t.text == content
                || (ends_with_title_word(content)
                    && is_title_like(content)
                    && t.text.contains(content))
        }) {
            noise.push(Noise {
                kind: NoiseKind::DuplicateTitle,
                text: content.to_owned(),
                normalized: None,
                span: ctx.line_span(index),
            });
        } else if subtitle_continues(ctx, head, index) {
            extend_last_front(ctx, head, index);
        } else {
            break;
        }
        index += 1;
    }
    index
}

fn push_front(ctx: &Ctx<'_>, head: &mut Head, kind: FrontKind, index: usize) {
    let span = ctx.line_span(index);
    head.front.push(FrontItem {
        kind,
        text: ctx.slice(span).to_owned(),
        normalized: None,
        span,
    });
}

/// `——2026年1月26日在广东省第十四届` / `人民代表大会第五次会议上`: a subtitle
/// that goes on over the next line.
fn subtitle_continues(ctx: &Ctx<'_>, head: &Head, index: usize) -> bool {
    let Some(last) = head.front.last() else {
        return false;
    };
    // Only the line right after the front line goes on with it (nothing,
    // the title in particular, may stand between).
    let adjacent = !ctx.is_blank(index.wrapping_sub(1))
        && ctx.line_span(index.wrapping_sub(1)).end == last.span.end;
    // `来源:` with its value on the next line.
    let open_source = last.kind == FrontKind::Source && last.text.ends_with(['：', ':']);
    let dashed_subtitle =
        last.kind == FrontKind::Subtitle && last.text.starts_with(['—', '―', '－']);
    adjacent && (open_source || dashed_subtitle) && is_title_like(ctx.content(index))
}

fn extend_last_front(ctx: &Ctx<'_>, head: &mut Head, index: usize) {
    let span = ctx.line_span(index);
    if let Some(last) = head.front.last_mut() {
        last.text.push_str(ctx.slice(span));
        last.span = last.span.cover(span);
    }
}

/// A YAML front-matter block (`---` … `---`) left by a conversion: its
/// lines are markup noise, except that `title:` gives nothing here (the
/// title line's value is read as a title candidate by the caller).
fn skip_markup_block(ctx: &Ctx<'_>, start: usize, noise: &mut Vec<Noise>) -> (usize, Option<Span>) {
    let mut index = start;
    while index < ctx.lines.len() && ctx.is_blank(index) {
        index += 1;
    }
    if ctx.content(index) != "---" {
        return (start, None);
    }
    let close = (index + 1..ctx.lines.len().min(index + 60)).find(|&i| ctx.content(i) == "---");
    let Some(close) = close else {
        return (start, None);
    };
    let mut title = None;
    for i in index..=close {
        if ctx.is_blank(i) {
            continue;
        }
        let mut span = ctx.line_span(i);
        let content = ctx.content(i);
        if title.is_none() {
            if let Some(value) = content.strip_prefix("title:") {
                let value = value.trim().trim_matches(['"', '\'']);
                if !value.is_empty() {
                    let at = content.find(value).unwrap_or(0);
                    let value_span = Span::new(span.start + at, span.start + at + value.len());
                    title = Some(value_span);
                    span = Span::new(span.start, value_span.start);
                    let key = ctx.slice(span).trim_end();
                    span = Span::new(span.start, span.start + key.len());
                    if let Some(rest) = content
                        .get(at + value.len()..)
                        .filter(|r| !r.trim().is_empty())
                    {
                        let tail_start = value_span.end + (rest.len() - rest.trim_start().len());
                        let tail = Span::new(tail_start, ctx.line_span(i).end);
                        noise.push(Noise {
                            kind: NoiseKind::Markup,
                            text: ctx.slice(tail).to_owned(),
                            normalized: None,
                            span: tail,
                        });
                    }
                }
            }
        }
        noise.push(Noise {
            kind: NoiseKind::Markup,
            text: ctx.slice(span).to_owned(),
            normalized: None,
            span,
        });
    }
    (close + 1, title)
}

/// Non-blank lines of the head zone with whether each is title-like.
fn head_candidates(ctx: &Ctx<'_>, start: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut index = start;
    while index < ctx.lines.len() && out.len() < HEAD_LINES {
        if !ctx.is_blank(index) {
            let content = ctx.content(index);
            if front_kind(content).is_none() && (is_body_start(content) || !is_title_like(content))
            {
                break;
            }
            out.push(index);
        }
        index += 1;
    }
    out
}

/// Lines that can only be body: a section marker, an addressee, a sentence.
fn is_body_start(content: &str) -> bool {
    // Length first, counted only up to the limit, so a huge line costs little.
    content.chars().nth(2 * TITLE_LINE_CHARS).is_some()
        || markers::marker(content).is_some()
        || is_addressee(content)
        || (content.contains('。') && front_kind(content).is_none())
}

/// The title's first and last line, if the head has one.
fn choose_title(ctx: &Ctx<'_>, candidates: &[usize]) -> Option<(usize, usize)> {
    let titled = |i: &usize| {
        let c = ctx.content(*i);
        is_title_like(c) && front_kind(c).is_none() && ends_with_title_word(c)
    };
    let plain = |i: &usize| {
        let c = ctx.content(*i);
        is_title_like(c) && front_kind(c).is_none() && !is_banner(c)
    };
    let pos = candidates.iter().position(titled).or_else(|| {
        // No genre word: the first plain title-like line, if it is followed by the body.
        candidates.iter().position(plain)
    })?;
    let at = *candidates.get(pos)?;
    let joinable = |c: &str| {
        is_title_like(c)
            && front_kind(c).is_none()
            && !is_banner(c)
            && !keywords::ends_with(c, "文件")
    };
    // Join title-like lines above (a title split over lines, blank lines between allowed).
    let mut first = at;
    let mut joined = 0;
    while joined < 2 {
        let Some(above) = (first.saturating_sub(2)..first)
            .rev()
            .find(|&i| !ctx.is_blank(i))
        else {
            break;
        };
        let c = ctx.content(above);
        if joinable(c)
            && !ends_with_title_word(c)
            && candidates.contains(&above)
            && (c.chars().count() >= 8 || BODY_ENDINGS.iter().any(|e| keywords::ends_with(c, e)))
        {
            first = above;
            joined += 1;
        } else {
            break;
        }
    }
    // And adjacent lines below that go on with it (`暨2023年工作计划`, a speech's second line).
    let titled_at = ends_with_title_word(ctx.content(at));
    let mut last = at;
    while last + 1 < ctx.lines.len() && last < at + 2 && !ctx.is_blank(last + 1) {
        let below = ctx.content(last + 1);
        if joinable(below) && (ends_with_title_word(below) || !titled_at) && !is_byline(below) {
            last += 1;
        } else {
            break;
        }
    }
    // `…所作的` / `政府工作报告` / `。会议…`: a sentence broken by a link, not a title.
    let next = ctx.content(last + 1);
    if !ctx.is_blank(last + 1) && next.starts_with(['。', '，', '、', '；', '：', '）', '》', '”'])
    {
        return None;
    }
    Some((first, last))
}

/// Short, no sentence punctuation, not a marker: could be (part of) a title.
pub(crate) fn is_title_like(content: &str) -> bool {
    let chars = content.chars().count();
    let parenthesised = content.starts_with(['（', '(']) && content.ends_with(['）', ')']);
    (2..=TITLE_LINE_CHARS).contains(&chars)
        && !parenthesised
        && !content
            .chars()
            .any(|c| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';'))
        && !content.ends_with(['：', ':', '，', ',', '、'])
        && content.chars().any(is_cjk)
        && markers::marker(content).is_none()
}

/// Whether a character is a CJK ideograph.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

fn ends_with_title_word(content: &str) -> bool {
    // `几 个 问 题 的 通 知`: letter-spaced titles.
    let compact: String = content.chars().filter(|c| !c.is_whitespace()).collect();
    let trimmed = compact.trim_end_matches(['）', ')', '》', '”', '」']);
    TITLE_WORDS.iter().any(|w| keywords::ends_with(trimmed, w))
        || (compact.ends_with(['）', ')'])
            && TITLE_WORDS.iter().any(|w| keywords::contains(&compact, w)))
}

fn is_banner(content: &str) -> bool {
    content.chars().count() <= 16 && BANNER_WORDS.iter().any(|w| keywords::contains(content, w))
}

/// The kind of a front-matter line, if it is one wherever it stands.
pub(crate) fn front_kind(content: &str) -> Option<FrontKind> {
    // Every kind of front line is short; body paragraphs are not.
    if content.len() > FRONT_LINE_BYTES {
        return None;
    }
    if keywords::prefixes(content, CHROME_LINES).any(|l| l == content.len())
        || keywords::starts_with(content, "【字号").is_some()
        || keywords::starts_with(content, "【字体").is_some()
        || (content.starts_with(['【', '['])
            && content.ends_with(['：', ':'])
            && content.chars().count() <= 6)
    {
        return Some(FrontKind::Banner);
    }
    if is_breadcrumb(content) {
        return Some(FrontKind::Banner);
    }
    if is_source_line(content) || is_timestamp(content) {
        return Some(FrontKind::Source);
    }
    if is_doc_number(content) {
        return Some(FrontKind::DocNumber);
    }
    if content.starts_with(['—', '―', '－']) || content.starts_with("--") || is_dateline(content)
    {
        return Some(FrontKind::Subtitle);
    }
    if is_caption(content) {
        return Some(FrontKind::Other);
    }
    None
}

/// Kinds only recognised right after the title: a byline.
fn after_title_kind(content: &str) -> Option<FrontKind> {
    let parenthesised = content.starts_with(['（', '('])
        && content.ends_with(['）', ')'])
        && content.chars().count() <= 80;
    let occasion = (keywords::contains(content, "会议上") || keywords::contains(content, "大会上"))
        && content.chars().count() <= 80
        && !content.contains('。');
    if parenthesised || occasion {
        return Some(FrontKind::Subtitle);
    }
    is_byline(content).then_some(FrontKind::Byline)
}

/// `来源：北京日报`, `时间：2026-02-02`, `编辑：…`.
fn is_source_line(content: &str) -> bool {
    keywords::prefixes(content, SOURCE_PREFIXES).any(|len| {
        content
            .get(len..)
            .is_some_and(|rest| rest.trim_start().starts_with(['：', ':']))
    }) || ["编写", "撰写", "报告人", "述职人"].iter().any(|p| {
        keywords::starts_with(content, p)
            .and_then(|len| content.get(len..))
            .is_some_and(|r| r.starts_with(['：', ':']))
    })
}

/// `2026-01-31 07:00:44`, `2026年02月10日 07时41分`: a web page's time stamp.
fn is_timestamp(content: &str) -> bool {
    let Some(date) = dates::date_with_year(content) else {
        return false;
    };
    let Some(rest) = content.get(date.len..) else {
        return false;
    };
    let rest = rest.trim();
    date.day.is_some()
        && !rest.is_empty()
        && rest.chars().count() <= 12
        && rest.chars().all(|c| {
            c.is_ascii_digit() || matches!(c, ':' | '：' | '时' | '時' | '分' | '秒' | ' ')
        })
}

/// `首页 > 工作总结 > 年度工作总结`: a site's navigation path.
fn is_breadcrumb(content: &str) -> bool {
    let location = ["当前位置", "您的位置", "所在位置", "分享"]
        .iter()
        .any(|w| {
            keywords::starts_with(content, w)
                .and_then(|l| content.get(l..))
                .is_some_and(|r| r.trim_start().starts_with(['：', ':']))
        });
    // Length first, counted only up to the limit: a long line is never one.
    location
        || content.chars().nth(80).is_none()
            && content.contains(['>', '＞', '›', '»'])
            && !content.contains('。')
}

/// 发文字号: `国发〔2019〕5号`, `第707号`, `台財關字第09400028030號`.
pub(crate) fn is_doc_number(content: &str) -> bool {
    let chars = content.chars().count();
    if chars > 40 || !(content.ends_with('号') || content.ends_with('號')) {
        return false;
    }
    let bracketed = content.contains(is_open_bracket) && content.contains(is_close_bracket);
    let ordinal = content.starts_with('第') && chars <= 12;
    let taiwan = content.contains("字第");
    bracketed || ordinal || taiwan
}

fn is_open_bracket(c: char) -> bool {
    matches!(c, '〔' | '[' | '［' | '【')
}

fn is_close_bracket(c: char) -> bool {
    matches!(c, '〕' | ']' | '］' | '】')
}

/// `（2018年1月2日）`, or a bare date line in the head (`中華民國94年3月1日`).
fn is_dateline(content: &str) -> bool {
    let inner = content
        .strip_prefix(['（', '('])
        .and_then(|c| c.strip_suffix(['）', ')']))
        .unwrap_or(content);
    dates::date_with_year(inner).is_some_and(|d| d.len == inner.len() && d.month.is_some())
}

/// A photo caption: `殷勇同志作政府工作报告。本报记者 戴冰摄`.
fn is_caption(content: &str) -> bool {
    (content.ends_with('摄') || content.ends_with('攝')) && content.chars().count() <= 60
}

/// `北京市市长 殷勇`, `国务院总理`, `李　强`: a speaker line after the title.
fn is_byline(content: &str) -> bool {
    let chars = content.chars().count();
    if chars > 24 || content.contains(['，', '。', '：']) {
        return false;
    }
    let compact: String = content.chars().filter(|c| !c.is_whitespace()).collect();
    let has_title = SIGNING_TITLES
        .iter()
        .any(|t| keywords::contains(&compact, t));
    let is_name = content.chars().any(char::is_whitespace) && compact.chars().count() <= 4;
    has_title || is_name
}

/// `各位代表：`, `各省、自治区、直辖市人民政府，国务院各部委：`.
pub(crate) fn is_addressee(content: &str) -> bool {
    let Some(body) = content.strip_suffix(['：', ':']) else {
        return false;
    };
    if body.starts_with(['【', '[']) {
        return false;
    }
    let chars = body.chars().count();
    (2..=80).contains(&chars)
        && !body.contains(['。', '；', '：', ':', '！', '？'])
        && markers::marker(content).is_none()
        && !keywords::contains(body, "附件")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_kinds() {
        let cases = [
            ("下载", Some(FrontKind::Banner)),
            ("【字号：", Some(FrontKind::Banner)),
            ("来源：北京日报", Some(FrontKind::Source)),
            ("來源：北京日報", Some(FrontKind::Source)),
            ("时间：2026-02-02", Some(FrontKind::Source)),
            ("國發〔2019〕5號", Some(FrontKind::DocNumber)),
            ("国发〔2019〕5号", Some(FrontKind::DocNumber)),
            ("第707号", Some(FrontKind::DocNumber)),
            ("台財關字第09400028030號", Some(FrontKind::DocNumber)),
            (
                "——2026年1月25日在北京市第十六届人民代表大会第四次会议上",
                Some(FrontKind::Subtitle),
            ),
            ("（2018年1月2日）", Some(FrontKind::Subtitle)),
            ("中華民國94年3月1日", Some(FrontKind::Subtitle)),
            (
                "殷勇同志作政府工作报告。本报记者 戴冰摄",
                Some(FrontKind::Other),
            ),
            ("網信辦2022年度宣傳思想文化暨意識形態工作總結", None),
        ];
        for (input, kind) in cases {
            assert_eq!(
                front_kind(input),
                kind,
                "should classify {input} as {kind:?}"
            );
        }
    }

    #[test]
    fn addressees() {
        for input in [
            "各位代表：",
            "區委網信辦：",
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
        ] {
            assert!(is_addressee(input), "should read {input} as an addressee");
        }
        for input in ["公告事項：", "主　　旨：公告", "附件：", "一、总体要求："]
        {
            let expected = input == "公告事項：";
            assert_eq!(is_addressee(input), expected, "should judge {input}");
        }
    }

    #[test]
    fn titles_and_bylines() {
        assert!(
            ends_with_title_word("網信辦2022年度宣傳思想文化暨意識形態工作總結"),
            "should see 總結"
        );
        assert!(ends_with_title_word("財政部公告"), "should see 公告");
        assert!(
            !ends_with_title_word("靈感範文站"),
            "should not see a genre word in a banner"
        );
        assert!(is_banner("靈感範文站"), "should read 範文站 as a banner");
        assert!(is_byline("北京市市长 殷勇"), "should read a speaker line");
        assert!(is_byline("李　强"), "should read a spaced name");
    }
}
