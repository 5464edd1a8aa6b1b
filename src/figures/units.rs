//! 量词与单位 — the measure words and units a figure may carry, and the
//! approximation words around it. Simplified and Traditional alike.
//!
//! The table is matched longest first at the byte after a number
//! (`个百分点` before `个`, `人次` before `人`). Words that look like units but
//! are not in the table (`届`, `级`, `号`, `大`, `月`, `日`, `分`, `点`) make no
//! figure on their own: they are ordinals, names, dates or clock times.

use super::charset::CharMap;
use std::sync::OnceLock;

/// What a unit says about the figure's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitClass {
    /// A measure word or physical unit: `次`, `人次`, `公里`, `倍`.
    Count,
    /// A money unit with its ISO 4217 code when the unit names one (`美元`).
    Money(Option<&'static str>),
    /// `%`, `％`, `‰`.
    Percent,
    /// `成`: tenths, reported as percent.
    Tenths,
    /// `个百分点`, `百分点`.
    PercentPoint,
}

/// One entry of the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    /// As written.
    pub(crate) text: &'static str,
    pub(crate) class: UnitClass,
}

const fn of(text: &'static str, class: UnitClass) -> Unit {
    Unit { text, class }
}

const fn count(text: &'static str) -> Unit {
    Unit {
        text,
        class: UnitClass::Count,
    }
}

const fn money(text: &'static str, currency: Option<&'static str>) -> Unit {
    Unit {
        text,
        class: UnitClass::Money(currency),
    }
}

/// The measure words and units, both scripts.
#[rustfmt::skip]
pub(crate) const UNITS: &[Unit] = &[
    // Percent and points.
    of("%", UnitClass::Percent), of("％", UnitClass::Percent), of("‰", UnitClass::Percent),
    of("成", UnitClass::Tenths), of("个百分点", UnitClass::PercentPoint),
    of("個百分點", UnitClass::PercentPoint), of("百分点", UnitClass::PercentPoint),
    of("百分點", UnitClass::PercentPoint),
    // Money.
    money("元", None), money("美元", Some("USD")), money("美金", Some("USD")), money("欧元", Some("EUR")),
    money("歐元", Some("EUR")), money("日元", Some("JPY")), money("日圓", Some("JPY")),
    money("港元", Some("HKD")), money("港币", Some("HKD")), money("港幣", Some("HKD")),
    money("英镑", Some("GBP")), money("英鎊", Some("GBP")), money("块钱", None),
    // Generic measure words.
    count("个"), count("個"), count("只"), count("隻"), count("位"), count("名"), count("人"),
    count("人次"), count("人口"), count("户"), count("戶"), count("户次"), count("戶次"), count("家"), count("所"),
    count("座"), count("处"), count("處"), count("项"), count("項"), count("项次"), count("項次"),
    count("件"), count("件次"), count("次"), count("场"), count("場"), count("场次"), count("場次"),
    count("期"), count("份"), count("篇"), count("篇次"), count("条"), count("條"), count("批"),
    count("批次"), count("轮"), count("輪"), count("起"), count("宗"), count("例"), count("对"),
    count("對"), count("组"), count("組"), count("队"), count("隊"), count("支"), count("款"), count("类"),
    count("類"), count("种"), count("種"), count("笔"), count("筆"), count("部"), count("部分"), count("本"), count("册"),
    count("冊"), count("张"), count("張"), count("幅"), count("首"), count("集"), count("页"), count("頁"),
    count("字"), count("台"), count("臺"), count("辆"), count("輛"), count("架"), count("架次"),
    count("艘"), count("列"), count("趟"), count("车次"), count("車次"), count("班次"), count("航次"),
    count("套"), count("间"), count("間"), count("栋"), count("棟"), count("幢"), count("层"), count("層"),
    count("床"), count("株"), count("棵"), count("头"), count("頭"), count("匹"), count("块"), count("塊"),
    count("片"), count("段"), count("根"), count("门"), count("門"), count("村"), count("课时"),
    count("課時"), count("学时"), count("學時"), count("学分"), count("學分"), count("岁"), count("歲"),
    count("周岁"), count("週歲"), count("倍"), count("标箱"), count("標箱"), count("标准箱"), count("標準箱"),
    // Time.
    count("年"), count("周年"), count("週年"), count("个月"), count("個月"), count("天"), count("周"),
    count("週"), count("小时"), count("小時"), count("分钟"), count("分鐘"), count("秒"), count("星期"),
    count("个星期"), count("個星期"), count("个工作日"), count("個工作日"), count("工作日"), count("个季度"),
    count("個季度"),
    count("车道"), count("車道"), count("梯次"),
    // Length, area, volume.
    count("立方"), count("方"),
    count("公里"), count("千米"), count("米"), count("厘米"), count("釐米"), count("毫米"), count("公尺"),
    count("公分"), count("延长米"), count("延長米"), count("平方米"), count("平方公里"), count("平方千米"),
    count("平方公尺"), count("立方米"), count("立方公尺"), count("亩"), count("畝"), count("公顷"), count("公頃"),
    count("千公顷"),
    // Mass, energy, concentration.
    count("吨"), count("噸"), count("公吨"), count("公噸"), count("千克"), count("公斤"), count("克"),
    count("斤"), count("升"), count("毫升"), count("千瓦"), count("千瓦时"), count("千瓦時"), count("瓦"),
    count("兆瓦"), count("吉瓦"), count("度"), count("吨标准煤"), count("噸標準煤"), count("微克/立方米"),
    count("毫克/立方米"), count("千伏"), count("千伏安"), count("伏"), count("摄氏度"), count("攝氏度"), count("大卡"), count("千卡"), count("卡路里"),
];

fn index() -> &'static CharMap<Vec<Unit>> {
    static INDEX: OnceLock<CharMap<Vec<Unit>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: CharMap<Vec<Unit>> = CharMap::default();
        for unit in UNITS {
            if let Some(c) = unit.text.chars().next() {
                map.entry(c).or_default().push(*unit);
            }
        }
        for units in map.values_mut() {
            units.sort_by_key(|u| std::cmp::Reverse(u.text.len()));
        }
        map
    })
}

/// The longest unit at the start of `rest`.
pub(crate) fn unit_at(rest: &str) -> Option<Unit> {
    let c = rest.chars().next()?;
    index()
        .get(&c)?
        .iter()
        .find(|u| rest.starts_with(u.text))
        .copied()
}

/// An approximation word written before a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Prefix {
    pub(crate) text: &'static str,
    pub(crate) approx: crate::tree::Approx,
}

/// Approximation words before a number, longest first.
pub(crate) const PREFIXES: &[Prefix] = {
    use crate::tree::Approx::{About, Nearly, Over, Under};
    &[
        Prefix {
            text: "大约",
            approx: About,
        },
        Prefix {
            text: "大約",
            approx: About,
        },
        Prefix {
            text: "将近",
            approx: Nearly,
        },
        Prefix {
            text: "將近",
            approx: Nearly,
        },
        Prefix {
            text: "接近",
            approx: Nearly,
        },
        Prefix {
            text: "超过",
            approx: Over,
        },
        Prefix {
            text: "超過",
            approx: Over,
        },
        Prefix {
            text: "不足",
            approx: Under,
        },
        Prefix {
            text: "不到",
            approx: Under,
        },
        Prefix {
            text: "未满",
            approx: Under,
        },
        Prefix {
            text: "未滿",
            approx: Under,
        },
        Prefix {
            text: "约",
            approx: About,
        },
        Prefix {
            text: "約",
            approx: About,
        },
        Prefix {
            text: "近",
            approx: Nearly,
        },
        Prefix {
            text: "逾",
            approx: Over,
        },
        Prefix {
            text: "超",
            approx: Over,
        },
    ]
};

/// Characters before `近` that make it a word of its own (最近, 附近, 靠近).
pub(crate) fn blocks_near(c: char) -> bool {
    matches!(
        c,
        '最' | '附'
            | '靠'
            | '临'
            | '臨'
            | '邻'
            | '鄰'
            | '亲'
            | '親'
            | '就'
            | '贴'
            | '貼'
            | '走'
            | '拉'
    )
}

/// Characters before `约` that make it a word of its own (节约, 预约, 公约).
pub(crate) fn blocks_about(c: char) -> bool {
    matches!(
        c,
        '节' | '節'
            | '简'
            | '簡'
            | '预'
            | '預'
            | '契'
            | '条'
            | '條'
            | '公'
            | '合'
            | '特'
            | '违'
            | '違'
            | '制'
            | '婚'
            | '邀'
            | '相'
            | '履'
            | '誓'
            | '盟'
            | '集'
    )
}

/// Characters before `超` that make it a word of its own (赶超, 高超).
pub(crate) fn blocks_super(c: char) -> bool {
    matches!(c, '赶' | '趕' | '高' | '反')
}

/// Approximation words after the unit, with their meaning.
pub(crate) const SUFFIXES: &[Prefix] = {
    use crate::tree::Approx::{About, Over, Under};
    &[
        Prefix {
            text: "左右",
            approx: About,
        },
        Prefix {
            text: "上下",
            approx: About,
        },
        Prefix {
            text: "以上",
            approx: Over,
        },
        Prefix {
            text: "以下",
            approx: Under,
        },
    ]
};

/// 余/多/来/几 between a number and its unit (`300余期`, `十来个`).
pub(crate) fn over_between(c: char) -> bool {
    matches!(c, '余' | '餘' | '馀' | '多' | '来' | '來' | '几' | '幾')
}

/// Currency words before an amount, with their ISO 4217 code.
pub(crate) const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("人民币", "CNY"),
    ("人民幣", "CNY"),
    ("新臺幣", "TWD"),
    ("新台幣", "TWD"),
    ("新台币", "TWD"),
    ("臺幣", "TWD"),
    ("台幣", "TWD"),
    ("台币", "TWD"),
    ("港币", "HKD"),
    ("港幣", "HKD"),
    ("美元", "USD"),
    ("美金", "USD"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_unit_wins() {
        let cases = [
            ("个百分点以上", "个百分点"),
            ("個月", "個月"),
            ("个月", "个月"),
            ("人次", "人次"),
            ("人参加", "人"),
            ("公里", "公里"),
            ("平方公里", "平方公里"),
            ("微克/立方米", "微克/立方米"),
            ("美元", "美元"),
            ("千瓦时", "千瓦时"),
        ];
        for (input, unit) in cases {
            assert_eq!(
                unit_at(input).map(|u| u.text),
                Some(unit),
                "should read {unit} at the start of {input}"
            );
        }
        for word in ["届", "级", "号", "大", "月", "日", "点", "是"] {
            assert_eq!(unit_at(word), None, "should not take {word} as a unit");
        }
    }

    #[test]
    fn units_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for unit in UNITS {
            assert!(seen.insert(unit.text), "should list {} once", unit.text);
        }
    }
}
