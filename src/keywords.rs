//! 关键词 — the words the parser relies on, in both scripts.
//!
//! Every table is written once, in Simplified characters. Text is matched
//! after [`fold`] maps the Traditional (and variant) forms of the characters
//! these tables use onto their Simplified forms, so `存在的問題` matches
//! `存在的问题` and `餘`, `馀` match `余`. Folding is only used to *match*:
//! spans and texts always keep the original characters.

/// Map a Traditional or variant character onto the Simplified form used in
/// the keyword tables; other characters are returned unchanged.
pub(crate) fn fold(c: char) -> char {
    match c {
        '問' => '问',
        '題' => '题',
        '為' => '为',
        '爲' => '为',
        '劃' => '划',
        '計' => '计',
        '餘' => '余',
        '馀' => '余',
        '總' => '总',
        '結' => '结',
        '報' => '报',
        '會' => '会',
        '議' => '议',
        '發' => '发',
        '關' => '关',
        '於' => '于',
        '來' => '来',
        '時' => '时',
        '間' => '间',
        '編' => '编',
        '輯' => '辑',
        '網' => '网',
        '辦' => '办',
        '處' => '处',
        '廳' => '厅',
        '組' => '组',
        '長' => '长',
        '員' => '员',
        '責' => '责',
        '難' => '难',
        '進' => '进',
        '節' => '节',
        '條' => '条',
        '號' => '号',
        '點' => '点',
        '個' => '个',
        '萬' => '万',
        '億' => '亿',
        '兩' => '两',
        '務' => '务',
        '與' => '与',
        '書' => '书',
        '記' => '记',
        '區' => '区',
        '鄉' => '乡',
        '鎮' => '镇',
        '縣' => '县',
        '國' => '国',
        '華' => '华',
        '臺' => '台',
        '見' => '见',
        '規' => '规',
        '決' => '决',
        '動' => '动',
        '講' => '讲',
        '話' => '话',
        '級' => '级',
        '強' => '强',
        '體' => '体',
        '專' => '专',
        '稱' => '称',
        '達' => '达',
        '処' => '处',
        '設' => '设',
        '則' => '则',
        '綱' => '纲',
        '請' => '请',
        '權' => '权',
        '轉' => '转',
        '閱' => '阅',
        '頁' => '页',
        '頂' => '顶',
        '載' => '载',
        '擊' => '击',
        '覽' => '览',
        '瀏' => '浏',
        '聯' => '联',
        '繫' => '系',
        '係' => '系',
        '電' => '电',
        '開' => '开',
        '佈' => '布',
        '訊' => '讯',
        '歡' => '欢',
        '適' => '适',
        '辭' => '辞',
        '職' => '职',
        '匯' => '汇',
        '彙' => '汇',
        '訂' => '订',
        '屬' => '属',
        '機' => '机',
        '構' => '构',
        '領' => '领',
        '導' => '导',
        '廠' => '厂',
        '團' => '团',
        '協' => '协',
        '衛' => '卫',
        '學' => '学',
        '園' => '园',
        '營' => '营',
        '屆' => '届',
        '醫' => '医',
        '覆' => '复',
        '註' => '注',
        '減' => '减',
        '還' => '还',
        '細' => '细',
        '紀' => '纪',
        '錄' => '录',
        '說' => '说',
        '詞' => '词',
        '聞' => '闻',
        '廣' => '广',
        '東' => '东',
        '門' => '门',
        '廈' => '厦',
        '鐵' => '铁',
        '審' => '审',
        '隊' => '队',
        '銀' => '银',
        '館' => '馆',
        '經' => '经',
        '寫' => '写',
        '評' => '评',
        '選' => '选',
        '數' => '数',
        '範' => '范',
        '閉' => '闭',
        '視' => '视',
        '讀' => '读',
        _ => c,
    }
}

/// `text` with every character folded. To test one text against many
/// words, fold it once and match with `str` methods: [`contains`] folds the
/// haystack anew for every word.
pub(crate) fn fold_str(text: &str) -> String {
    text.chars().map(fold).collect()
}

/// Whether `haystack`, folded, contains `needle` (written in Simplified).
pub(crate) fn contains(haystack: &str, needle: &str) -> bool {
    find(haystack, needle).is_some()
}

/// Byte offset in `haystack` of the first folded match of `needle`.
pub(crate) fn find(haystack: &str, needle: &str) -> Option<usize> {
    let first = needle.chars().next()?;
    for (i, c) in haystack.char_indices() {
        if fold(c) == first && starts_with(haystack.get(i..).unwrap_or(""), needle).is_some() {
            return Some(i);
        }
    }
    None
}

/// If `haystack` starts with `needle` (folded), the byte length matched.
pub(crate) fn starts_with(haystack: &str, needle: &str) -> Option<usize> {
    let mut len = 0;
    let mut hay = haystack.chars();
    for n in needle.chars() {
        let h = hay.next()?;
        if fold(h) != n {
            return None;
        }
        len += h.len_utf8();
    }
    Some(len)
}

/// The byte lengths of the words of `table` that `haystack` starts with
/// (folded). The first character is folded once and compared before any
/// word is matched in full.
pub(crate) fn prefixes<'a>(
    haystack: &'a str,
    table: &'a [&'a str],
) -> impl Iterator<Item = usize> + 'a {
    let first = haystack.chars().next().map(fold);
    table
        .iter()
        .filter(move |w| first.is_some_and(|f| w.starts_with(f)))
        .filter_map(move |w| starts_with(haystack, w))
}

/// Whether `haystack` starts with any word of `table` (folded).
pub(crate) fn starts_with_any(haystack: &str, table: &[&str]) -> bool {
    prefixes(haystack, table).next().is_some()
}

/// Whether `haystack`, folded, ends with `needle`.
pub(crate) fn ends_with(haystack: &str, needle: &str) -> bool {
    let mut hay = haystack.chars().rev();
    needle
        .chars()
        .rev()
        .all(|n| hay.next().is_some_and(|h| fold(h) == n))
}

/// Headings of sections about problems (`role: problems`).
pub(crate) const PROBLEM_HEADINGS: &[&str] = &[
    "存在的问题",
    "存在问题",
    "存在的不足",
    "不足之处",
    "问题和不足",
    "问题与不足",
    "不足和问题",
    "不足与问题",
    "困难和问题",
    "问题和困难",
    "困难与问题",
    "差距和不足",
    "不足与差距",
    "差距与不足",
    "薄弱环节",
    "主要问题",
    "存在的困难",
    "面临的困难",
    "面临的问题",
    "存在的差距",
    "检讨",
];

/// Short headings that are about problems when they end the heading
/// (`工作中的不足`, `问题`).
pub(crate) const PROBLEM_ENDINGS: &[&str] = &["问题", "不足", "困难", "差距", "教训"];

/// Headings of sections about what comes next (`role: next_steps`).
pub(crate) const NEXT_STEP_HEADINGS: &[&str] = &[
    "下一步",
    "工作计划",
    "工作打算",
    "打算",
    "工作思路",
    "思路",
    "今后",
    "明年",
    "下半年",
    "工作安排",
    "工作要点",
    "工作重点",
    "努力方向",
    "展望",
    "改进措施",
    "整改措施",
    "意见建议",
];

/// Words that end a title of this genre.
pub(crate) const TITLE_WORDS: &[&str] = &[
    "总结", "报告", "通知", "意见", "决定", "办法", "条例", "规定", "公告", "通告", "通报", "批复",
    "复函", "函", "令", "讲话", "方案", "计划", "要点", "述职", "汇报", "纲要", "决议", "细则",
    "规划", "答复", "规则", "章程", "公报", "请示", "纪要", "说明", "致辞", "纪录", "记录", "议程",
    "标准",
];

/// Prefixes of source, time and editor lines on web pages (`来源：`).
pub(crate) const SOURCE_PREFIXES: &[&str] = &[
    "来源",
    "时间",
    "编辑",
    "作者",
    "发布时间",
    "发布日期",
    "发布者",
    "发稿时间",
    "信息来源",
    "稿源",
    "浏览次数",
    "浏览",
    "点击",
    "阅读量",
    "阅读",
    "发表时间",
    "发文时间",
    "发布机构",
    "责任编辑",
    "日期",
    "出处",
    "文章来源",
    "撰稿",
    "审核",
    "供稿",
];

/// Lines of site navigation chrome (`下载`, `打印`, `【字号：`).
pub(crate) const CHROME_LINES: &[&str] = &[
    "下载",
    "打印",
    "全屏",
    "收藏",
    "加大",
    "还原",
    "减小",
    "】",
    "【",
    "大",
    "中",
    "小",
    "关闭",
    "关闭窗口",
    "打印本页",
    "分享",
    "分享到",
    "字号",
    "默认",
    "返回",
    "首页",
];

/// Words of a site banner (`靈感範文站`, `XX范文网`).
pub(crate) const BANNER_WORDS: &[&str] = &[
    "范文", "网", "站", "文库", "首页", "频道", "在线", "资料", "范例", "大全",
];

/// Site boilerplate lines after the document (`返回顶部`, `本文由…整理`).
pub(crate) const BOILERPLATE: &[&str] = &[
    "返回顶部",
    "上一篇",
    "下一篇",
    "相关阅读",
    "相关推荐",
    "相关文章",
    "本文由",
    "本文来自",
    "版权所有",
    "转载请注明",
    "扫一扫",
    "分享到",
    "打印本页",
    "关闭窗口",
    "【责任编辑",
    "责任编辑：",
    "欢迎访问",
    "更多范文",
    "文章来源",
    "本作品",
    "Public domain",
];

/// Titles and posts of people who sign (`部长`, `总理`, `主任委员`).
pub(crate) const SIGNING_TITLES: &[&str] = &[
    "总理",
    "副总理",
    "部长",
    "次长",
    "院长",
    "局长",
    "主任",
    "主委",
    "委员",
    "市长",
    "省长",
    "县长",
    "区长",
    "书记",
    "署长",
    "处长",
    "厅长",
    "主席",
    "社长",
    "校长",
    "会长",
    "组长",
    "秘书长",
    "董事长",
    "总经理",
    "经理",
    "镇长",
    "乡长",
    "代表",
    "审计长",
    "行长",
    "所长",
    "馆长",
    "司长",
    "科长",
    "队长",
];

/// Words after a signing name on deputy-sign lines (`請假`, `代行`).
pub(crate) const DEPUTY_WORDS: &[&str] = &[
    "请假", "出国", "代行", "代理", "公出", "决行", "公假", "休假", "出差", "兼",
];

/// Endings of the names of bodies (`…办公室`, `…委员会`, `…局`).
pub(crate) const BODY_ENDINGS: &[&str] = &[
    "委员会",
    "办公室",
    "办公厅",
    "人民政府",
    "政府",
    "委",
    "办",
    "局",
    "厅",
    "部",
    "院",
    "会",
    "府",
    "室",
    "处",
    "司",
    "署",
    "组",
    "中心",
    "公司",
    "集团",
    "协会",
    "学会",
    "支部",
    "党委",
    "党组",
    "小组",
    "大队",
    "中队",
    "街道",
    "社区",
    "学校",
    "大学",
    "学院",
    "医院",
    "银行",
    "所",
    "馆",
    "站",
    "队",
];

/// Notes that follow the date of issue (`（此件公开发布）`).
pub(crate) const FOOTER_NOTES: &[&str] =
    &["此件", "联系人", "联系电话", "印发", "公开方式", "本件"];

#[cfg(test)]
mod tests {
    use super::*;

    /// Each table entry must match its Traditional rendering too.
    #[test]
    fn tables_match_both_scripts() {
        let pairs: &[(&[&str], &[&str])] = &[
            (
                PROBLEM_HEADINGS,
                &[
                    "存在的問題",
                    "存在問題",
                    "問題和不足",
                    "困難和問題",
                    "主要問題",
                ],
            ),
            (PROBLEM_ENDINGS, &["問題", "不足", "困難"]),
            (
                NEXT_STEP_HEADINGS,
                &[
                    "下一步",
                    "工作計劃",
                    "工作打算",
                    "工作思路",
                    "工作安排",
                    "工作要點",
                    "整改措施",
                    "意見建議",
                ],
            ),
            (
                TITLE_WORDS,
                &[
                    "總結", "報告", "通知", "意見", "決定", "辦法", "條例", "規定", "講話", "計劃",
                    "要點", "述職", "匯報", "綱要", "決議", "細則", "規劃", "答覆",
                ],
            ),
            (
                SOURCE_PREFIXES,
                &[
                    "來源",
                    "時間",
                    "編輯",
                    "發佈時間",
                    "發布日期",
                    "瀏覽次數",
                    "點擊",
                    "責任編輯",
                ],
            ),
            (
                BOILERPLATE,
                &[
                    "返回頂部",
                    "上一篇",
                    "相關閱讀",
                    "本文由",
                    "轉載請註明",
                    "關閉窗口",
                    "打印本頁",
                ],
            ),
            (
                SIGNING_TITLES,
                &[
                    "總理",
                    "部長",
                    "院長",
                    "局長",
                    "主任",
                    "市長",
                    "書記",
                    "處長",
                    "廳長",
                    "秘書長",
                    "總經理",
                ],
            ),
            (DEPUTY_WORDS, &["請假", "出國", "代行", "代理", "決行"]),
            (
                BODY_ENDINGS,
                &[
                    "委員會",
                    "辦公室",
                    "辦公廳",
                    "人民政府",
                    "局",
                    "廳",
                    "處",
                    "組",
                    "中心",
                    "協會",
                    "學校",
                    "醫院",
                ],
            ),
            (FOOTER_NOTES, &["此件", "聯繫人", "聯系電話", "印發"]),
            (BANNER_WORDS, &["範文", "網", "站"]),
            (
                CHROME_LINES,
                &["下載", "打印", "收藏", "還原", "減小", "關閉"],
            ),
        ];
        for (table, traditional) in pairs {
            for word in *traditional {
                assert!(
                    table
                        .iter()
                        .any(|entry| starts_with(word, entry).is_some_and(|l| l == word.len())),
                    "should match the Traditional form {word} against a Simplified entry"
                );
            }
        }
    }

    #[test]
    fn folding_matches_variants() {
        assert!(contains("四、存在的問題", "存在的问题"), "should fold 問題");
        assert!(contains("三十餘篇", "余"), "should fold 餘");
        assert!(contains("三十馀篇", "余"), "should fold 馀");
        assert!(
            ends_with("網信辦2022年度工作總結", "总结"),
            "should fold 總結 at the end"
        );
        assert_eq!(
            find("下一步打算", "打算"),
            Some(9),
            "should find the byte offset"
        );
    }
}
