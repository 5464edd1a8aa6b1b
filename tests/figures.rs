//! Figures (SPEC §2): a table of cases in both scripts, properties, the
//! seed's complete figure list, and a pass over the real corpus.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use gongwen::{figures, Approx, Figure, FigureKind};
use std::path::PathBuf;

/// One figure as a line: `text kind value[..upper] approx unit [currency]`,
/// or `text date year-month-day` (`?` for what is missing).
fn describe(f: &Figure) -> String {
    let kind = match f.kind {
        FigureKind::Count => "count",
        FigureKind::Money => "money",
        FigureKind::Percent => "percent",
        FigureKind::PercentPoint => "percent_point",
        FigureKind::Date => "date",
        FigureKind::Number => "number",
    };
    if let Some(d) = f.date {
        let part = |v: Option<String>| v.unwrap_or_else(|| "?".to_owned());
        return format!(
            "{} date {}-{}-{}{}",
            f.text,
            part(d.year.map(|v| v.to_string())),
            part(d.month.map(|v| v.to_string())),
            part(d.day.map(|v| v.to_string())),
            if d.year_inferred { " inferred" } else { "" }
        );
    }
    let approx = match f.approx {
        Some(Approx::Exact) => "exact",
        Some(Approx::About) => "about",
        Some(Approx::Over) => "over",
        Some(Approx::Under) => "under",
        Some(Approx::Nearly) => "nearly",
        None => "none",
    };
    let value = f.value.map(|v| v.to_string()).unwrap_or_default();
    let upper = f.upper.map(|v| format!("..{v}")).unwrap_or_default();
    let mut line = format!("{} {kind} {value}{upper} {approx}", f.text);
    if let Some(unit) = &f.unit {
        line.push(' ');
        line.push_str(unit);
    }
    if let Some(currency) = &f.currency {
        line.push(' ');
        line.push_str(currency);
    }
    line
}

fn check(cases: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    for (input, expected) in cases {
        let got: Vec<String> = figures::extract(input).iter().map(describe).collect();
        if got != *expected {
            failures.push(format!(
                "should read {input:?} as {expected:?}, got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn spec_rows() {
    check(&[
        ("发布信息300餘期", &["300餘期 count 300 over 期"]),
        ("发布信息300余期", &["300余期 count 300 over 期"]),
        ("撰写三十余篇", &["三十余篇 count 30 over 篇"]),
        ("撰寫三十餘篇", &["三十餘篇 count 30 over 篇"]),
        ("兩次组织党员", &["兩次 count 2 exact 次"]),
        ("两次组织党员", &["两次 count 2 exact 次"]),
        ("覆盖1.5万人", &["1.5万人 count 15000 exact 人"]),
        ("覆蓋1.5萬人", &["1.5萬人 count 15000 exact 人"]),
        ("约200名", &["约200名 count 200 about 名"]),
        ("約200名", &["約200名 count 200 about 名"]),
        ("200名左右", &["200名左右 count 200 about 名"]),
        ("近300个", &["近300个 count 300 nearly 个"]),
        ("近300個", &["近300個 count 300 nearly 個"]),
        ("不足10家", &["不足10家 count 10 under 家"]),
        ("3-5次", &["3-5次 count 3..5 exact 次"]),
        ("三至五次", &["三至五次 count 3..5 exact 次"]),
        ("95%", &["95% percent 95 exact %"]),
        ("95％", &["95％ percent 95 exact %"]),
        ("百分之九十五", &["百分之九十五 percent 95 exact %"]),
        (
            "提高3个百分点",
            &["3个百分点 percent_point 3 exact 个百分点"],
        ),
        (
            "提高3個百分點",
            &["3個百分點 percent_point 3 exact 個百分點"],
        ),
        ("投资3.2亿元", &["3.2亿元 money 320000000 exact 元 CNY"]),
        ("投資3.2億元", &["3.2億元 money 320000000 exact 元 CNY"]),
        ("2023年1月12日", &["2023年1月12日 date 2023-1-12"]),
        (
            "二〇二三年一月十二日",
            &["二〇二三年一月十二日 date 2023-1-12"],
        ),
        ("2023.1.12", &["2023.1.12 date 2023-1-12"]),
        ("7月7日", &["7月7日 date ?-7-7"]),
        ("2022年度", &["2022年度 date 2022-?-?"]),
        ("民國112年1月12日", &["民國112年1月12日 date 2023-1-12"]),
        ("五六十人", &["五六十人 count 50..60 about 人"]),
        ("三四家", &["三四家 count 3..4 about 家"]),
        ("近三成", &["近三成 percent 30 nearly %"]),
        ("千余人", &["千余人 count 1000 over 人"]),
        ("千餘人", &["千餘人 count 1000 over 人"]),
        ("万余元", &["万余元 money 10000 over 元 CNY"]),
        ("萬餘元", &["萬餘元 money 10000 over 元 CNY"]),
        ("逾千人", &["逾千人 count 1000 over 人"]),
        ("近百场", &["近百场 count 100 nearly 场"]),
        ("近百場", &["近百場 count 100 nearly 場"]),
        ("2000多人次", &["2000多人次 count 2000 over 人次"]),
        (
            "新臺幣五百萬元",
            &["新臺幣五百萬元 money 5000000 exact 元 TWD"],
        ),
        (
            "新台币五百万元",
            &["新台币五百万元 money 5000000 exact 元 TWD"],
        ),
        (
            "人民币五百万元",
            &["人民币五百万元 money 5000000 exact 元 CNY"],
        ),
        ("上百万", &["上百万 number 1000000 over"]),
        ("总额3.5亿", &["3.5亿 number 350000000 exact"]),
    ]);
}

#[test]
fn numerals_in_both_scripts() {
    check(&[
        ("共1,234人", &["1,234人 count 1234 exact 人"]),
        ("共１２３人", &["１２３人 count 123 exact 人"]),
        ("增长0.1%", &["0.1% percent 0.1 exact %"]),
        ("投入1.15亿元", &["1.15亿元 money 115000000 exact 元 CNY"]),
        ("投入16.4亿元", &["16.4亿元 money 1640000000 exact 元 CNY"]),
        ("投入16.4億元", &["16.4億元 money 1640000000 exact 元 CNY"]),
        ("一万二千零五人", &["一万二千零五人 count 12005 exact 人"]),
        ("一萬二千零五人", &["一萬二千零五人 count 12005 exact 人"]),
        ("两千人", &["两千人 count 2000 exact 人"]),
        ("兩千人", &["兩千人 count 2000 exact 人"]),
        ("一百零五个", &["一百零五个 count 105 exact 个"]),
        ("壹佰贰拾元", &["壹佰贰拾元 money 120 exact 元 CNY"]),
        ("壹佰貳拾元", &["壹佰貳拾元 money 120 exact 元 CNY"]),
        ("10余万人", &["10余万人 count 100000 over 人"]),
        ("10餘萬人", &["10餘萬人 count 100000 over 人"]),
        ("3.2亿人次", &["3.2亿人次 count 320000000 exact 人次"]),
        (
            "1,764萬4,000元",
            &["1,764萬4,000元 money 17644000 exact 元 CNY"],
        ),
        ("5.2万亿元", &["5.2万亿元 money 5200000000000 exact 元 CNY"]),
        (
            "二十五億七千多萬元",
            &["二十五億七千多萬元 money 2570000000 over 元 CNY"],
        ),
        ("三百五十万吨", &["三百五十万吨 count 3500000 exact 吨"]),
        ("三百五十萬噸", &["三百五十萬噸 count 3500000 exact 噸"]),
        ("十二点五倍", &["十二点五倍 count 12.5 exact 倍"]),
        ("十二點五倍", &["十二點五倍 count 12.5 exact 倍"]),
        ("百分之十二点五", &["百分之十二点五 percent 12.5 exact %"]),
        ("百分之十二點五", &["百分之十二點五 percent 12.5 exact %"]),
        ("百分之百", &["百分之百 percent 100 exact %"]),
        (
            "普及率僅有百分之92點8",
            &["百分之92點8 percent 92.8 exact %"],
        ),
        ("二〇二三年", &["二〇二三年 date 2023-?-?"]),
        ("二○二三年", &["二○二三年 date 2023-?-?"]),
        ("一九五四年", &["一九五四年 date 1954-?-?"]),
        ("十万火急", &[]),
        ("千万不要", &[]),
        ("万元地区生产总值能耗", &[]),
        ("百姓安居", &[]),
    ]);
}

#[test]
fn approximation_words() {
    check(&[
        ("300余人", &["300余人 count 300 over 人"]),
        ("300餘人", &["300餘人 count 300 over 人"]),
        ("300馀人", &["300馀人 count 300 over 人"]),
        ("300多人", &["300多人 count 300 over 人"]),
        ("十来个", &["十来个 count 10 over 个"]),
        ("十來個", &["十來個 count 10 over 個"]),
        ("二十几个", &["二十几个 count 20 over 个"]),
        ("二十幾個", &["二十幾個 count 20 over 個"]),
        ("约300人", &["约300人 count 300 about 人"]),
        ("約300人", &["約300人 count 300 about 人"]),
        ("大约300人", &["大约300人 count 300 about 人"]),
        ("大約300人", &["大約300人 count 300 about 人"]),
        ("300人左右", &["300人左右 count 300 about 人"]),
        ("300人上下", &["300人上下 count 300 about 人"]),
        ("近300人", &["近300人 count 300 nearly 人"]),
        ("将近300人", &["将近300人 count 300 nearly 人"]),
        ("將近300人", &["將近300人 count 300 nearly 人"]),
        ("接近300人", &["接近300人 count 300 nearly 人"]),
        ("超过300人", &["超过300人 count 300 over 人"]),
        ("超過300人", &["超過300人 count 300 over 人"]),
        ("逾300人", &["逾300人 count 300 over 人"]),
        ("300人以上", &["300人以上 count 300 over 人"]),
        ("超300人", &["超300人 count 300 over 人"]),
        ("不足300人", &["不足300人 count 300 under 人"]),
        ("不到300人", &["不到300人 count 300 under 人"]),
        ("300人以下", &["300人以下 count 300 under 人"]),
        ("未满300人", &["未满300人 count 300 under 人"]),
        ("未滿300人", &["未滿300人 count 300 under 人"]),
        ("90%以上", &["90%以上 percent 90 over %"]),
        ("九成以上", &["九成以上 percent 90 over %"]),
        ("三个多小时", &["三个多小时 count 3 over 小时"]),
        ("3个多月", &["3个多月 count 3 over 个月"]),
        ("一年多", &["一年多 count 1 over 年"]),
        ("一年半", &["一年半 count 1.5 exact 年"]),
        ("十三斤半", &["十三斤半 count 13.5 exact 斤"]),
        ("一个半月", &["一个半月 count 1.5 exact 个月"]),
        ("两个半小时", &["两个半小时 count 2.5 exact 小时"]),
        ("节约3万元", &["3万元 money 30000 exact 元 CNY"]),
        ("最近3年", &["3年 count 3 exact 年"]),
        ("近3年来", &["3年 count 3 exact 年"]),
        ("附近300米", &["300米 count 300 exact 米"]),
        ("赶超20家", &["20家 count 20 exact 家"]),
    ]);
}

#[test]
fn units_and_money() {
    check(&[
        ("5个", &["5个 count 5 exact 个"]),
        ("5個", &["5個 count 5 exact 個"]),
        ("5次", &["5次 count 5 exact 次"]),
        ("5期", &["5期 count 5 exact 期"]),
        ("5份", &["5份 count 5 exact 份"]),
        ("5篇", &["5篇 count 5 exact 篇"]),
        ("5家", &["5家 count 5 exact 家"]),
        ("5人", &["5人 count 5 exact 人"]),
        ("5人次", &["5人次 count 5 exact 人次"]),
        ("分两部分", &["两部分 count 2 exact 部分"]),
        ("五百卅八種", &["五百卅八種 count 538 exact 種"]),
        ("每10万人口", &["10万人口 count 100000 exact 人口"]),
        ("5户", &["5户 count 5 exact 户"]),
        ("5戶", &["5戶 count 5 exact 戶"]),
        ("5项", &["5项 count 5 exact 项"]),
        ("5項", &["5項 count 5 exact 項"]),
        ("5件", &["5件 count 5 exact 件"]),
        ("5场", &["5场 count 5 exact 场"]),
        ("5場", &["5場 count 5 exact 場"]),
        ("5条", &["5条 count 5 exact 条"]),
        ("5條", &["5條 count 5 exact 條"]),
        ("5名", &["5名 count 5 exact 名"]),
        ("5所", &["5所 count 5 exact 所"]),
        ("5座", &["5座 count 5 exact 座"]),
        ("5处", &["5处 count 5 exact 处"]),
        ("5處", &["5處 count 5 exact 處"]),
        ("5亩", &["5亩 count 5 exact 亩"]),
        ("5畝", &["5畝 count 5 exact 畝"]),
        ("5公里", &["5公里 count 5 exact 公里"]),
        ("5平方米", &["5平方米 count 5 exact 平方米"]),
        ("5平方公里", &["5平方公里 count 5 exact 平方公里"]),
        ("5万元", &["5万元 money 50000 exact 元 CNY"]),
        ("5萬元", &["5萬元 money 50000 exact 元 CNY"]),
        ("5亿元", &["5亿元 money 500000000 exact 元 CNY"]),
        ("5億元", &["5億元 money 500000000 exact 元 CNY"]),
        ("5倍", &["5倍 count 5 exact 倍"]),
        ("5年", &["5年 count 5 exact 年"]),
        ("5个月", &["5个月 count 5 exact 个月"]),
        ("5個月", &["5個月 count 5 exact 個月"]),
        ("5天", &["5天 count 5 exact 天"]),
        ("5小时", &["5小时 count 5 exact 小时"]),
        ("5小時", &["5小時 count 5 exact 小時"]),
        ("5吨", &["5吨 count 5 exact 吨"]),
        ("5噸", &["5噸 count 5 exact 噸"]),
        ("5辆", &["5辆 count 5 exact 辆"]),
        ("5輛", &["5輛 count 5 exact 輛"]),
        ("5千瓦", &["5千瓦 count 5 exact 千瓦"]),
        ("5千米", &["5千米 count 5 exact 千米"]),
        ("10万千瓦", &["10万千瓦 count 100000 exact 千瓦"]),
        (
            "27微克/立方米",
            &["27微克/立方米 count 27 exact 微克/立方米"],
        ),
        ("0.6人/百亿元", &["0.6人/百亿元 count 0.6 exact 人/百亿元"]),
        ("100万美元", &["100万美元 money 1000000 exact 美元 USD"]),
        ("100萬歐元", &["100萬歐元 money 1000000 exact 歐元 EUR"]),
        (
            "人民币300万元",
            &["人民币300万元 money 3000000 exact 元 CNY"],
        ),
        (
            "人民幣300萬元",
            &["人民幣300萬元 money 3000000 exact 元 CNY"],
        ),
        ("新臺幣7,000元", &["新臺幣7,000元 money 7000 exact 元 TWD"]),
        ("新臺幣壹仟元", &["新臺幣壹仟元 money 1000 exact 元 TWD"]),
        ("有期徒刑陸月", &["陸月 count 6 exact 月"]),
        ("3个百分点", &["3个百分点 percent_point 3 exact 个百分点"]),
        (
            "0.4个百分点",
            &["0.4个百分点 percent_point 0.4 exact 个百分点"],
        ),
        ("5‰", &["5‰ percent 5 exact ‰"]),
        ("两成", &["两成 percent 20 exact %"]),
        ("兩成", &["兩成 percent 20 exact %"]),
        ("超两成", &["超两成 percent 20 over %"]),
        ("80周年", &["80周年 count 80 exact 周年"]),
        ("82.4岁", &["82.4岁 count 82.4 exact 岁"]),
        (
            "5506.3万标准箱",
            &["5506.3万标准箱 count 55063000 exact 标准箱"],
        ),
        ("750千伏", &["750千伏 count 750 exact 千伏"]),
        ("天然气10亿方", &["10亿方 count 1000000000 exact 方"]),
        ("双向8车道", &["8车道 count 8 exact 车道"]),
        (
            "統籌分配款為1億7,000萬元",
            &["1億7,000萬元 money 170000000 exact 元 CNY"],
        ),
        (
            "450亿千瓦时",
            &["450亿千瓦时 count 45000000000 exact 千瓦时"],
        ),
    ]);
}

#[test]
fn ranges() {
    check(&[
        ("3-5次", &["3-5次 count 3..5 exact 次"]),
        ("3—5次", &["3—5次 count 3..5 exact 次"]),
        ("3～5次", &["3～5次 count 3..5 exact 次"]),
        ("3~5次", &["3~5次 count 3..5 exact 次"]),
        ("3至5年", &["3至5年 count 3..5 exact 年"]),
        ("3到5年", &["3到5年 count 3..5 exact 年"]),
        ("三至五年", &["三至五年 count 3..5 exact 年"]),
        (
            "3万至5万元",
            &["3万至5万元 money 30000..50000 exact 元 CNY"],
        ),
        (
            "3萬至5萬元",
            &["3萬至5萬元 money 30000..50000 exact 元 CNY"],
        ),
        ("3至5万元", &["3至5万元 money 30000..50000 exact 元 CNY"]),
        ("10%-20%", &["10%-20% percent 10..20 exact %"]),
        ("4.5%-5%", &["4.5%-5% percent 4.5..5 exact %"]),
        ("五六十人", &["五六十人 count 50..60 about 人"]),
        ("三四家", &["三四家 count 3..4 about 家"]),
        ("一两个", &["一两个 count 1..2 about 个"]),
        ("一兩個", &["一兩個 count 1..2 about 個"]),
        ("七八百人", &["七八百人 count 700..800 about 人"]),
        ("十五六岁", &["十五六岁 count 15..16 about 岁"]),
        ("需要二、三个月", &["二、三个月 count 2..3 about 个月"]),
        ("需要二、三個月", &["二、三個月 count 2..3 about 個月"]),
        (
            "五万到六万人",
            &["五万到六万人 count 50000..60000 exact 人"],
        ),
        (
            "2021—2025年",
            &["2021 date 2021-?-?", "2025年 date 2025-?-?"],
        ),
        ("02-89689630", &[]),
        ("每组3～5", &["3～5 number 3..5 exact"]),
        ("每组3至5", &["3至5 number 3..5 exact"]),
        ("附件1-2", &[]),
        ("电话：010-12345678", &[]),
        ("1-6月份", &[]),
        ("5-3次", &["3次 count 3 exact 次"]),
    ]);
}

#[test]
fn dates() {
    check(&[
        ("2023年1月12日", &["2023年1月12日 date 2023-1-12"]),
        (
            "２０２３年１月１２日",
            &["２０２３年１月１２日 date 2023-1-12"],
        ),
        (
            "二〇二三年一月十二日",
            &["二〇二三年一月十二日 date 2023-1-12"],
        ),
        (
            "二○二三年十二月三十一日",
            &["二○二三年十二月三十一日 date 2023-12-31"],
        ),
        ("2023.1.12", &["2023.1.12 date 2023-1-12"]),
        ("2023-01-12", &["2023-01-12 date 2023-1-12"]),
        ("2023/1/12", &["2023/1/12 date 2023-1-12"]),
        ("2022年度", &["2022年度 date 2022-?-?"]),
        ("2023年", &["2023年 date 2023-?-?"]),
        ("2023年7月", &["2023年7月 date 2023-7-?"]),
        ("7月", &["7月 date ?-7-?"]),
        ("7月7日", &["7月7日 date ?-7-7"]),
        ("7月7号", &["7月7号 date ?-7-7"]),
        ("7月7號", &["7月7號 date ?-7-7"]),
        ("十一月五日", &["十一月五日 date ?-11-5"]),
        ("3月份", &["3月份 date ?-3-?"]),
        ("民國112年1月12日", &["民國112年1月12日 date 2023-1-12"]),
        ("民国112年1月12日", &["民国112年1月12日 date 2023-1-12"]),
        (
            "中華民國104年4月13日",
            &["中華民國104年4月13日 date 2015-4-13"],
        ),
        (
            "中華民國 99年10月6日",
            &["中華民國 99年10月6日 date 2010-10-6"],
        ),
        ("於94年2月2日修正", &["94年2月2日 date 2005-2-2"]),
        ("104年度鑑字", &["104年度 date 2015-?-?"]),
        ("民國一○四年", &["民國一○四年 date 2015-?-?"]),
        ("預計113年底全部完工", &["113年 date 2024-?-?"]),
        ("建党100年", &["100年 count 100 exact 年"]),
        (
            "自民國六十年八月十六日施行",
            &["民國六十年八月十六日 date 1971-8-16"],
        ),
        (
            "7月、11月，兩次組織",
            &[
                "7月 date ?-7-?",
                "11月 date ?-11-?",
                "兩次 count 2 exact 次",
            ],
        ),
        (
            "2023年1月12日至2月3日",
            &["2023年1月12日 date 2023-1-12", "2月3日 date ?-2-3"],
        ),
        ("附件：1.2023年重点项目清单", &["2023年 date 2023-?-?"]),
        ("1.2023年", &["2023年 date 2023-?-?"]),
        ("截至2023年底", &["2023年 date 2023-?-?"]),
        (
            "3月19日至20日",
            &["3月19日 date ?-3-19", "20日 date ?-3-20"],
        ),
        (
            "2014年9月21日—23日",
            &["2014年9月21日 date 2014-9-21", "23日 date 2014-9-23"],
        ),
        ("2000多人次", &["2000多人次 count 2000 over 人次"]),
        ("5000年文明", &["5000年 count 5000 exact 年"]),
        ("80年代", &[]),
        ("二年级", &[]),
        ("两月", &[]),
        ("上一月最后一日", &[]),
        ("xx年6月，总公司举行", &[]),
        ("12345年", &["12345年 count 12345 exact 年"]),
    ]);
}

#[test]
fn not_figures() {
    check(&[
        ("一、明确方向", &[]),
        ("（一）领导班子带头学", &[]),
        ("(一)領導班子帶頭學", &[]),
        ("1.加强学习", &[]),
        ("1、加强学习", &[]),
        ("①加强学习", &[]),
        ("一是思想掌控不够", &[]),
        ("二是面对信息时代", &[]),
        ("三是", &[]),
        ("第四卷", &[]),
        ("第一时间感知", &[]),
        ("第一時間感知", &[]),
        ("第1次会议", &[]),
        ("第三季度", &[]),
        ("第十四届全国人民代表大会第二次会议", &[]),
        ("认真学习十九大、二十大精神", &[]),
        ("認真學習十九大、二十大精神", &[]),
        ("省委十屆二次、三次全會", &[]),
        ("省委十届二次、三次全会", &[]),
        ("市十六届人大三次会议", &[]),
        ("党的二十届四中全会", &[]),
        ("开展“六进”活动", &[]),
        ("開展“六進”活動", &[]),
        ("“十四五”规划", &[]),
        ("“十四五”時期", &[]),
        ("十四五期间", &[]),
        ("“三个代表”重要思想", &[]),
        ("做到“两个维护”", &[]),
        ("推进一带一路建设", &[]),
        ("落实三重一大制度", &[]),
        ("两学一做学习教育", &[]),
        ("兩學一做學習教育", &[]),
        ("一把手负总责", &[]),
        ("一岗双责", &[]),
        ("一崗雙責", &[]),
        ("落实三审三校制度", &[]),
        ("一系列重要讲话", &[]),
        ("统筹推进五位一体总体布局", &[]),
        ("协调推进四个全面战略布局", &[]),
        ("中央八项规定精神", &[]),
        ("中央八項規定精神", &[]),
        ("九年义务教育", &[]),
        ("第一个五年计划", &[]),
        ("三年行动计划", &[]),
        ("三番五次", &[]),
        ("王一平同志", &[]),
        ("三亚市", &[]),
        ("三门峡市", &[]),
        ("五台山", &[]),
        ("两会期间", &[]),
        ("兩會期間", &[]),
        ("两岸交流", &[]),
        ("国发〔1996〕95号", &[]),
        ("國發〔1996〕95號", &[]),
        ("xx余条", &[]),
        ("XX余条", &[]),
        ("××余条", &[]),
        ("20xx年", &[]),
        ("20××年", &[]),
        ("G20峰会", &[]),
        ("5G基站", &[]),
        ("PM2.5浓度", &[]),
        ("COVID-19疫情", &[]),
        ("“25·7”区域性大洪水", &[]),
        ("1.2.3节", &[]),
        ("服务业扩大开放2.0", &[]),
        ("12345热线", &[]),
        ("一些问题", &[]),
        ("一定要", &[]),
        ("统一思想", &[]),
        ("一体化发展", &[]),
        ("万一", &[]),
        ("十分重要", &[]),
        ("百姓", &[]),
        ("九州", &[]),
        ("一般", &[]),
        ("唯一", &[]),
        ("重要内容之一", &[]),
        ("一起", &[]),
        ("三农工作", &[]),
        ("一名共产党员", &[]),
        ("一名共產黨員", &[]),
        ("每一条措施", &[]),
        ("新一轮", &[]),
        ("一次性补助", &[]),
        ("几十年来", &[]),
        ("数十家", &[]),
        ("零误差", &[]),
        ("零件", &[]),
        ("国家会议中心二期", &[]),
        ("三轮车", &[]),
        ("跻身全球城市前五位", &[]),
        ("红十字会", &[]),
        ("一成不变", &[]),
        ("千家万户", &[]),
        ("建党百年", &[]),
        ("附件1", &[]),
        ("深化“五子”联动", &[]),
        ("民怨四起", &[]),
        ("第2會期第2、4次會議", &[]),
        ("廣告在媒體四處流竄", &[]),
        ("三次产业比重", &[]),
        ("保持两位数增长", &[]),
        ("駛進彰新路六段", &[]),
        ("逐步推行九年制义务教育", &[]),
        ("地址：10052臺北市中正區", &[]),
    ]);
}

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "../shared is missing and CI is set: the corpus tests cannot run"
    );
    eprintln!("note: ../shared is missing; skipping");
    None
}

#[test]
fn seed_figures() {
    let Some(dir) = shared() else { return };
    let bytes = std::fs::read(dir.join("seed/000_73408d0bbfbab431.txt")).unwrap();
    let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::new()).unwrap();
    let lines: Vec<String> = doc
        .figures()
        .iter()
        .map(|f| format!("{:?} [{}] {}", f.node, f.section_path, describe(f.figure)))
        .collect();
    insta::assert_snapshot!(lines.join("\n"), @r"
    Title [] 2022年度 date 2022-?-?
    Paragraph [二/(一)] 1次 count 1 exact 次
    Paragraph [二/(三)] 7月 date 2022-7-? inferred
    Paragraph [二/(三)] 11月 date 2022-11-? inferred
    Paragraph [二/(三)] 兩次 count 2 exact 次
    Paragraph [三/(一)] 300餘期 count 300 over 期
    Paragraph [三/(一)] 30篇 count 30 exact 篇
    Paragraph [三/(二)] 7家 count 7 exact 家
    Paragraph [三/(二)] 170餘個 count 170 over 個
    Paragraph [三/(二)] 13次 count 13 exact 次
    Paragraph [三/(二)] 15000餘份 count 15000 over 份
    Paragraph [三/(三)] 18期 count 18 exact 期
    Paragraph [三/(三)] 7次 count 7 exact 次
    Paragraph [三/(三)] 7月7日 date 2022-7-7 inferred
    Footer [] 2023年1月12日 date 2023-1-12
    ");
}

mod properties {
    use super::*;
    use chinese_number::{ChineseCase, ChineseCountMethod, ChineseVariant, NumberToChinese};
    use gongwen::{numerals, Decimal};
    use proptest::prelude::*;

    fn variant(traditional: bool) -> ChineseVariant {
        if traditional {
            ChineseVariant::Traditional
        } else {
            ChineseVariant::Simple
        }
    }

    fn case(upper: bool) -> ChineseCase {
        if upper {
            ChineseCase::Upper
        } else {
            ChineseCase::Lower
        }
    }

    fn assert_spans(text: &str, found: &[Figure]) -> Result<(), TestCaseError> {
        let mut last = 0;
        for f in found {
            prop_assert!(
                text.is_char_boundary(f.span.start),
                "span start on a char boundary"
            );
            prop_assert!(
                text.is_char_boundary(f.span.end),
                "span end on a char boundary"
            );
            prop_assert!(f.span.start >= last, "figures in order, not overlapping");
            prop_assert_eq!(
                text.get(f.span.range()),
                Some(f.text.as_str()),
                "text is the spanned slice"
            );
            prop_assert!(!f.text.is_empty(), "no empty figure");
            last = f.span.end;
        }
        Ok(())
    }

    proptest! {
        #[test]
        fn chinese_numerals_read_back(n in 0u64..1_000_000_000_000, traditional: bool, upper: bool) {
            let written = n
                .to_chinese(variant(traditional), case(upper), ChineseCountMethod::TenThousand)
                .unwrap();
            prop_assert_eq!(
                numerals::parse(&written),
                Some(Decimal::from_int(i128::from(n))),
                "should read {} as {}", written, n
            );
        }

        #[test]
        fn digit_by_digit_reads_back(n in 0u64..100_000_000, traditional: bool) {
            let written = n.to_chinese_naive(variant(traditional), ChineseCase::Lower).unwrap();
            prop_assert_eq!(
                numerals::parse(&written),
                Some(Decimal::from_int(i128::from(n))),
                "should read {} digit by digit as {}", written, n
            );
        }

        #[test]
        fn grouped_arabic_reads_back(n in any::<u64>()) {
            let plain = n.to_string();
            let mut grouped = String::new();
            for (i, c) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            let expected = Some(Decimal::from_int(i128::from(n)));
            prop_assert_eq!(numerals::parse(&plain), expected, "should read {}", plain);
            prop_assert_eq!(numerals::parse(&grouped), expected, "should read {}", grouped);
        }

        #[test]
        fn counts_in_text_read_back(n in 1u64..100_000_000, traditional: bool) {
            let written = n
                .to_chinese(variant(traditional), ChineseCase::Lower, ChineseCountMethod::TenThousand)
                .unwrap();
            let text = format!("共开展活动{written}次。");
            let found = figures::extract(&text);
            prop_assert_eq!(found.len(), 1, "should find one figure in {}", text);
            prop_assert_eq!(found[0].value, Some(Decimal::from_int(i128::from(n))), "value of {}", text);
        }

        #[test]
        fn extraction_never_panics(text in "\\PC{0,300}") {
            let found = figures::extract(&text);
            assert_spans(&text, &found)?;
        }

        #[test]
        fn numeral_soup_keeps_spans_on_boundaries(
            text in "[0-9０-９一二三四五六七八九十百千万亿億萬两兩零〇○余餘多约近超逾%％成年月日号个次元,.．、至到\\-～—第“”\"xX×· \n]{0,80}"
        ) {
            let found = figures::extract(&text);
            assert_spans(&text, &found)?;
        }
    }
}

#[test]
fn corpus_counts_by_kind() {
    let Some(dir) = shared() else { return };
    let mut files = Vec::new();
    let mut stack = vec![dir.join("corpus/real")];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    files.sort();
    assert!(
        files.len() >= 50,
        "should find the real corpus ({} files)",
        files.len()
    );
    let kinds = [
        FigureKind::Count,
        FigureKind::Money,
        FigureKind::Percent,
        FigureKind::PercentPoint,
        FigureKind::Date,
        FigureKind::Number,
    ];
    let mut total = [0usize; 6];
    let mut all_texts = std::collections::HashSet::new();
    println!("{:<60} count money pct  pp  date number", "document");
    for path in &files {
        let bytes = std::fs::read(path).unwrap();
        let doc = gongwen::parse_bytes(&bytes, &gongwen::Options::new().lossy(true)).unwrap();
        let mut counts = [0usize; 6];
        for located in doc.figures() {
            let f = located.figure;
            assert!(
                !f.text.is_empty(),
                "{}: a figure with empty text",
                path.display()
            );
            assert_eq!(
                doc.text.get(f.span.range()),
                Some(f.text.as_str()),
                "{}: figure text should be the spanned slice",
                path.display()
            );
            assert_eq!(
                f.kind == FigureKind::Date,
                f.date.is_some() && f.value.is_none(),
                "{}: {} should carry a date exactly when it is a date",
                path.display(),
                f.text
            );
            let index = kinds.iter().position(|k| *k == f.kind).unwrap();
            counts[index] += 1;
            all_texts.insert(f.text.clone());
        }
        for (t, c) in total.iter_mut().zip(counts) {
            *t += c;
        }
        let name = path.strip_prefix(&dir).unwrap().display().to_string();
        println!(
            "{name:<60} {:>5} {:>5} {:>4} {:>3} {:>5} {:>6}",
            counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]
        );
    }
    println!("{:<60} {:?}", "total", total);
    assert!(
        total.iter().sum::<usize>() > 5_000,
        "should find thousands of figures in the corpus"
    );
    for known in [
        "5.2万亿元",
        "0.4个百分点",
        "超五成",
        "近70万辆",
        "90%以上",
        "新臺幣壹仟元",
        "104年2月16日",
        "百分之三十六點九",
    ] {
        assert!(
            all_texts.contains(known),
            "should find {known} in the corpus"
        );
    }
    for never in ["十九大", "二十大", "一是", "第一时间", "十四五", "一带一路"] {
        assert!(
            !all_texts.iter().any(|t| t.contains(never)),
            "should never report {never}"
        );
    }
}

/// Time stays linear on pathological input (STYLE §6).
#[test]
fn pathological_inputs_stay_linear() {
    let inputs = [
        ("十".repeat(60_000), "a run of 十"),
        ("一二".repeat(50_000), "a run of digits"),
        ("9".repeat(500_000), "a half-million-digit number"),
        ("1-".repeat(60_000), "a chain of hyphens"),
        ("一、".repeat(50_000), "markers without end"),
        ("“一".repeat(50_000), "unclosed quotes"),
        ("约".repeat(50_000) + "3人", "approximation words piled up"),
        (" ".repeat(500_000) + "3人", "a long gap before a figure"),
        ("1,".repeat(60_000), "separators without groups"),
        ("二〇二三年".repeat(30_000), "years back to back"),
    ];
    for (text, what) in inputs {
        let start = std::time::Instant::now();
        let found = figures::extract(&text);
        let elapsed = start.elapsed();
        assert!(
            elapsed.as_secs() < 10,
            "should read {what} ({} bytes) in linear time, took {elapsed:?} for {} figures",
            text.len(),
            found.len()
        );
    }
}
