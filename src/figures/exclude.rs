//! 非数字 — numerals that state no quantity.
//!
//! A numeral followed by a measure word is not always a figure. These
//! documents are full of set phrases and slogans built from numerals
//! (`一带一路`, `两学一做`, `五位一体`, `八项规定`), of names (`三门峡`,
//! `五台山`), of congress names (`十届二次全会`) and of ordinals (`第四卷`).
//! This module holds the lists and the context rules the extractor consults
//! before it reports a figure. Both scripts are listed.

use std::sync::OnceLock;

/// Set phrases, slogans, idioms and names that contain a numeral plus what
/// would otherwise read as a measure word. A numeral inside one of them is
/// not a figure.
#[rustfmt::skip]
const PHRASES: &[&str] = &[
    // Slogans and policy names.
    "一带一路", "一帶一路", "两学一做", "兩學一做", "三重一大", "一岗双责", "一崗雙責", "一把手", "三审三校", "三審三校", "三严三实", "三嚴三實",
    "三会一课", "三會一課", "五位一体", "五位一體", "四个全面", "四個全面", "四个意识", "四個意識", "四个自信", "四個自信", "两个维护", "兩個維護",
    "两个确立", "兩個確立", "三个代表", "三個代表", "四个中心", "四個中心", "四个服务", "四個服務", "两个一百年", "兩個一百年", "三个务必",
    "三個務必", "四项基本原则", "四項基本原則", "八项规定", "八項規定", "九年义务教育", "九年義務教育", "两不愁三保障", "兩不愁三保障", "五险一金",
    "五險一金", "一国两制", "一國兩制", "十四五", "十三五", "十二五", "十一五", "十五五", "一号文件", "一號文件", "一件事", "一站式",
    "一网通办", "一網通辦", "一次性", "一盘棋", "一盤棋", "一张蓝图", "一張藍圖", "一张网", "一張網", "一体化", "一體化", "一条龙", "一條龍",
    "一票否决", "一票否決", "一刀切", "一老一小", "一村一品", "一户一策", "一戶一策", "一区一策", "一區一策", "一企一策", "一事一议", "一事一議",
    "一案一策", "双一流", "雙一流", "三个一批", "三個一批", "百千工程", "千万工程", "千萬工程", "百县千乡", "两个毫不动摇", "兩個毫不動搖",
    "两个结合", "兩個結合", "四下基层", "四下基層", "四个现代化", "四個現代化", "三个世界", "三個世界", "红十字", "紅十字", "十字路口", "十字架",
    // Idioms.
    "三番五次", "三令五申", "三天两头", "三天兩頭", "一年四季", "一年到头", "一年到頭", "千家万户", "千家萬戶", "一次次", "一个个", "一個個",
    "一项项", "一項項", "一件件", "一批批", "一步一个脚印", "一步一個腳印", "一天天", "一年年", "一代代", "三五成群", "一成不变", "一成不變",
    "民怨四起", "谣言四起", "謠言四起", "烽烟四起", "烽煙四起", "四处", "四處", "四周",
    "三次产业", "三次產業", "九年制", "瑞芳九份", "九份地区", "九份地區", "九份老街",
    // Places and names.
    "三门峡", "三門峽", "五台山", "五臺山", "七台河", "七臺河", "五家渠", "三亚", "三亞", "六盘水", "六盤水", "万宁", "萬寧", "三河市",
    "四会市", "四會市",
];

/// Phrases by the numeral characters they contain, keyed by the numeral and
/// the character after it in the phrase (`\0` at the end of the phrase):
/// the phrases holding that pair and the pair's byte offset in them.
fn index() -> &'static PairMap {
    static INDEX: OnceLock<PairMap> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map = PairMap::default();
        for phrase in PHRASES {
            let mut chars = phrase.char_indices().peekable();
            while let Some((offset, c)) = chars.next() {
                if is_numeral_char(c) {
                    let next = chars.peek().map_or('\0', |&(_, n)| n);
                    map.entry(pair(c, next)).or_default().push((phrase, offset));
                }
            }
        }
        map
    })
}

type PairMap = std::collections::HashMap<
    u64,
    Vec<(&'static str, usize)>,
    std::hash::BuildHasherDefault<super::charset::CharHasher>,
>;

fn pair(c: char, next: char) -> u64 {
    (u64::from(u32::from(c)) << 32) | u64::from(u32::from(next))
}

fn is_numeral_char(c: char) -> bool {
    crate::numerals::figure_digit(c).is_some() || crate::numerals::unit_exponent(c).is_some()
}

/// Whether the numeral at byte `at` of `text` lies inside a set phrase.
pub(crate) fn in_phrase(text: &str, at: usize) -> bool {
    let mut chars = text.get(at..).unwrap_or("").chars();
    let Some(c) = chars.next() else {
        return false;
    };
    let next = chars.next().unwrap_or('\0');
    let index = index();
    [pair(c, next), pair(c, '\0')]
        .iter()
        .filter_map(|key| index.get(key))
        .flatten()
        .any(|&(phrase, offset)| {
            at.checked_sub(offset)
                .and_then(|start| text.get(start..))
                .is_some_and(|r| r.starts_with(phrase))
        })
}

/// Opening quotation marks and their closers.
pub(crate) fn quote_closer(c: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '「' => Some('」'),
        '『' => Some('』'),
        '‘' => Some('’'),
        '"' => Some('"'),
        _ => None,
    }
}

/// Longest quotation (in characters) treated as a slogan or a name.
pub(crate) const SLOGAN_CHARS: usize = 12;

/// If a short quotation opens at byte `at` (`“六进”`, `“十四五”`), the byte
/// just past its closing mark.
pub(crate) fn short_quote_end(text: &str, at: usize) -> Option<usize> {
    let rest = text.get(at..)?;
    let mut chars = rest.char_indices();
    let (_, open) = chars.next()?;
    let closer = quote_closer(open)?;
    for (n, (i, c)) in chars.enumerate() {
        if c == closer {
            return Some(at + i + c.len_utf8());
        }
        if n >= SLOGAN_CHARS || matches!(c, '\n' | '\r' | '。') {
            return None;
        }
    }
    None
}

/// Words just before a numeral that make it part of a name: `第` (ordinal),
/// and before a count of `次`, the congress it numbers (`十届二次全会`,
/// `人大三次会议`).
pub(crate) fn congress_before(before: &str) -> bool {
    ["届", "屆", "人大", "政协", "政協", "党代会", "黨代會"]
        .iter()
        .any(|w| before.ends_with(w))
}

/// Characters before a Chinese numeral that make it indefinite (`几十年`,
/// `数十家`).
pub(crate) fn vague_before(c: char) -> bool {
    matches!(c, '几' | '幾' | '数' | '數' | '若')
}

/// Whether a numeral with this unit, between `before` and `after`, is part
/// of a name rather than a count: a plenum (`十届二次全会`, `三次全会`), a
/// school grade or decade (`二年级`, `80年代`), a plan (`五年计划`,
/// `三年行动`), a slogan (`两个“确保”`), a vehicle (`三轮车`), a rank
/// (`前五位`).
pub(crate) fn names_something(unit: &str, cjk: bool, before: &str, after: &str) -> bool {
    match unit {
        "次" => congress_before(before) || plenum_after(after),
        "年" | "个月" | "個月" => {
            after.starts_with(['级', '級', '代'])
                || (cjk
                    && [
                        "计划", "計劃", "計划", "规划", "規劃", "行动", "行動", "纲要", "綱要",
                    ]
                    .iter()
                    .any(|w| after.starts_with(w)))
        }
        "个" | "個" => after.starts_with(['“', '"', '「']),
        "轮" | "輪" => after.starts_with(['车', '車']),
        "位" | "名" => before.ends_with('前') || after.starts_with(['数', '數']),
        // 彰新路六段: a section of a road, part of an address.
        "段" => before.ends_with(['路', '街', '道']),
        // 10052臺北市: a postcode before a city.
        "台" | "臺" => after.starts_with(['北', '中', '南', '東', '东', '湾', '灣']),
        _ => false,
    }
}

/// Whether `before` (the text before a number that follows `、`) ends with
/// an ordinal list opened by `第`: `第2、` in `第2、4次会议`.
pub(crate) fn ordinal_list_before(before: &str) -> bool {
    for c in before.chars().rev().take(24) {
        match c {
            '第' => return true,
            '、' => {}
            c if crate::numerals::arabic_digit(c).is_some()
                || crate::numerals::figure_digit(c).is_some()
                || crate::numerals::unit_exponent(c).is_some() => {}
            _ => return false,
        }
    }
    false
}

/// What follows `次` in the name of a plenum (`三次全会`).
pub(crate) fn plenum_after(after: &str) -> bool {
    ["全会", "全會", "全体会议", "全體會議", "中全会", "中全會"]
        .iter()
        .any(|w| after.starts_with(w))
}

/// Characters that, touching an Arabic number, make it a code or a
/// placeholder rather than a quantity (`G20`, `5G`, `PM2.5`, `20xx年`, `2××`).
pub(crate) fn codeish(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(
            c,
            '×' | '*' | '＊' | '_' | '＿' | 'Ｘ' | 'ｘ' | '○' | '@' | '#' | '＃' | '·' | '・'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_cover_their_numerals() {
        let cases = [
            ("推进一带一路建设", "一带一路", 0),
            ("推进一带一路建设", "一带一路", 1),
            ("开展两学一做", "两学一做", 0),
            ("开展两学一做", "两学一做", 1),
            ("统筹推进五位一体总体布局", "五位一体", 0),
            ("落实中央八项规定精神", "八项规定", 0),
            ("三门峡市", "三门峡", 0),
            ("“十四五”时期", "十四五", 0),
        ];
        for (text, phrase, nth) in cases {
            let at = text
                .char_indices()
                .filter(|&(_, c)| is_numeral_char(c))
                .nth(nth)
                .map(|(i, _)| i)
                .unwrap_or(usize::MAX);
            assert!(
                in_phrase(text, at),
                "should see numeral {nth} of {text} as part of {phrase}"
            );
        }
        assert!(
            !in_phrase("开展活动13次", "开展活动".len()),
            "should not exclude a plain count"
        );
    }

    #[test]
    fn short_quotes() {
        let text = "开展“六进”活动13次";
        assert_eq!(
            short_quote_end(text, "开展".len()),
            Some("开展“六进”".len()),
            "should close “六进”"
        );
        let long = "“这是一个超过十二个字符的很长很长的引用文字”";
        assert_eq!(
            short_quote_end(long, 0),
            None,
            "should not treat a long quotation as a slogan"
        );
    }
}
