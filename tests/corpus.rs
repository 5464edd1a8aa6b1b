//! The sample corpus (`corpus/`), the seed and the real documents of
//! `../shared/corpus/real/`: every file parses, every byte is accounted for,
//! the JSON round-trips, and titles and footers are found where they are.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use gongwen::{parse_bytes, Document, Options, Section};
use std::path::Path;

fn parse_file(path: &Path) -> Document {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_bytes(&bytes, &Options::new()).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn assert_sound(path: &Path, doc: &Document) {
    if let Err(e) = doc.check_lossless() {
        panic!("{}: tree is not lossless: {e}", path.display());
    }
    let json = serde_json::to_string(doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(
        &back,
        doc,
        "{}: JSON should deserialize to an equal tree",
        path.display()
    );
}

fn count_sections(sections: &[Section]) -> usize {
    let mut stack: Vec<&Section> = sections.iter().collect();
    let mut n = 0;
    while let Some(s) = stack.pop() {
        n += 1;
        stack.extend(s.children.iter());
    }
    n
}

#[test]
fn corpus_json_snapshots() {
    insta::glob!("../corpus", "*.txt", |path| {
        if common::is_encoded_twin(path) {
            return;
        }
        let doc = parse_file(path);
        assert_sound(path, &doc);
        insta::assert_snapshot!(serde_json::to_string_pretty(&doc).unwrap());
    });
}

#[test]
fn corpus_outline_snapshots() {
    insta::glob!("../corpus", "*.txt", |path| {
        if common::is_encoded_twin(path) {
            return;
        }
        insta::assert_snapshot!(parse_file(path).outline());
    });
}

#[test]
fn seed_snapshots() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let doc = parse_file(&common::seed_path(&shared));
    insta::assert_snapshot!("seed_outline", doc.outline());
    insta::assert_snapshot!("seed_json", serde_json::to_string_pretty(&doc).unwrap());
}

#[test]
fn corpus_is_documented_and_large_enough() {
    let files = common::text_files(&common::corpus_dir());
    let documents = files.iter().filter(|p| !common::is_encoded_twin(p)).count();
    assert!(
        documents >= 25,
        "corpus/ should hold at least 25 sample documents, has {documents}"
    );
    let readme = std::fs::read_to_string(common::corpus_dir().join("README.md")).unwrap();
    for file in &files {
        let name = file.file_name().unwrap().to_str().unwrap();
        assert!(
            readme.contains(name),
            "corpus/README.md should say what {name} covers"
        );
    }
}

#[test]
fn seed_parses_as_the_issue_describes() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let doc = parse_file(&common::seed_path(&shared));
    assert_sound(&common::seed_path(&shared), &doc);

    assert_eq!(doc.front.len(), 1, "should find one front line");
    assert_eq!(
        doc.front[0].text, "靈感範文站",
        "should take the banner as front matter"
    );
    assert_eq!(
        doc.front[0].kind,
        gongwen::FrontKind::Banner,
        "should call it a banner"
    );
    let title = doc.title.as_ref().expect("title");
    assert_eq!(
        title.text, "網信辦2022年度宣傳思想文化暨意識形態工作總結",
        "should find the title"
    );
    assert_eq!(doc.noise.len(), 1, "should find one noise line");
    assert_eq!(
        doc.noise[0].kind,
        gongwen::NoiseKind::DuplicateTitle,
        "should mark the repeated title"
    );
    assert_eq!(
        doc.noise[0].text, title.text,
        "should repeat the title text"
    );

    let top: Vec<(&str, u32)> = doc
        .sections
        .iter()
        .map(|s| (s.marker.as_ref().unwrap().text.as_str(), s.level))
        .collect();
    assert_eq!(
        top,
        vec![
            ("一、", 1),
            ("二、", 1),
            ("三、", 1),
            ("四、", 1),
            ("五、", 1)
        ],
        "should find five level-1 sections"
    );
    let roles: Vec<_> = doc.sections.iter().map(|s| s.role).collect();
    use gongwen::Role::*;
    assert_eq!(
        roles,
        vec![None, None, None, Some(Problems), Some(NextSteps)],
        "should give 四 and 五 their roles"
    );

    for (index, expected) in [
        (1, ["領導班子帶頭學", "機關支部深入學", "豐富內容廣泛學"]),
        (
            2,
            [
                "突出抓好輿論宣傳的主陣地建設",
                "抓好網絡傳播傳遞向上向善正能量",
                "充分發揮單位職能,進一步豐富意識形態工作形式",
            ],
        ),
    ] {
        let children = &doc.sections[index].children;
        let headings: Vec<&str> = children
            .iter()
            .map(|c| c.heading.as_ref().unwrap().text.as_str())
            .collect();
        assert_eq!(
            headings,
            expected,
            "should find three run-in level-2 sections under section {}",
            index + 1
        );
        assert!(
            children.iter().all(|c| c.level == 2 && c.run_in),
            "should mark them level 2 and run-in"
        );
    }

    let problems = &doc.sections[3];
    assert_eq!(
        problems.blocks.len(),
        1,
        "should hold one paragraph under 四"
    );
    let items: Vec<(&str, u32)> = problems.blocks[0]
        .items
        .iter()
        .map(|i| (i.marker.as_str(), i.ordinal))
        .collect();
    assert_eq!(
        items,
        vec![("一是", 1), ("二是", 2)],
        "should find the items 一是 and 二是"
    );

    let footer = doc.footer.as_ref().expect("footer");
    let signatories: Vec<&str> = footer.signatories.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        signatories,
        vec!["清苑區委網信辦"],
        "should find the signatory"
    );
    let date = footer.date.as_ref().expect("date of issue");
    assert_eq!(
        (date.year, date.month, date.day),
        (2023, Some(1), Some(12)),
        "should read the date of issue"
    );
}

/// Titles of the real documents that have one (those without open with an
/// addressee or a sentence).
const REAL_TITLES: &[(&str, &str)] = &[
    ("bit-python-course/rural-revitalization-opinion-bom.txt", "中共中央 国务院关于实施乡村振兴战略的意见"),
    ("bit-python-course/rural-revitalization-opinion-crlf.txt", "中共中央 国务院关于实施乡村振兴战略的意见"),
    ("ey-gazette/ey-094-03-04-1662.txt", "財政部臺灣省中區國稅局公告"),
    ("ey-gazette/ey-094-03-04-1663.txt", "財政部公告"),
    ("ey-gazette/ey-094-03-04-1669.txt", "行政院客家委員會令"),
    ("ey-gazette/ey-096-10-26-19422.txt", "經濟部水利署令"),
    ("ey-gazette/ey-098-02-23-29606.txt", "法務部函"),
    ("ey-gazette/ey-099-10-08-41769.txt", "交通部內政部令"),
    ("ey-gazette/ey-099-10-08-41792.txt", "經濟部國際貿易局公告"),
    ("ey-gazette/ey-101-08-29-55367.txt", "中央選舉委員會公告"),
    ("ey-gazette/ey-102-02-20-59095.txt", "國家通訊傳播委員會公告"),
    ("ey-gazette/ey-103-09-25-71248.txt", "交通部臺灣區國道高速公路局公告"),
    ("ey-gazette/ey-103-09-25-71249.txt", "教育部函"),
    ("ey-gazette/ey-104-04-16-75449.txt", "教育部函"),
    ("ey-gazette/ey-105-01-08-81243.txt", "金融監督管理委員會公告"),
    ("ey-gazette/ey-105-01-21-81584.txt", "行政院環境保護署函"),
    ("ey-gazette/ey-105-01-21-81608.txt", "勞動部公告"),
    ("gov-cn-policy-2019/guobanfa-1996-2.txt", "国务院办公厅转发国家地震局关于我国地震重点监视防御区的确定和加强防震减灾工作意见报告的通知"),
    ("gov-cn-policy-2019/guobanfa-2004-7.txt", "国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报"),
    ("gov-cn-policy-2019/guobanfa-2018-109.txt", "国务院办公厅关于调整国家教材委员会组成人员的通知"),
    ("gov-cn-policy-2019/guobanfa-2019-3.txt", "国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知"),
    ("gov-cn-policy-2019/guobanfamingdian-2018-15.txt", "国务院办公厅关于2019年部分节假日安排的通知"),
    ("gov-cn-policy-2019/guobanhan-2004-80.txt", "国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函"),
    ("gov-cn-policy-2019/guobanhan-2005-21.txt", "国务院办公厅关于科技节水建议的复函"),
    ("gov-cn-policy-2019/guobanhan-2006-82.txt", "国务院办公厅对全国政协十届四次会议第4626号提案的答复"),
    ("gov-cn-policy-2019/guofa-1981-88.txt", "国务院关于棉粮、糖粮挂钩奖售粮几 个 问 题 的 通 知"),
    ("gov-cn-policy-2019/guofa-2018-44.txt", "国务院关于2018年度国家科学技术奖励的决定"),
    ("gov-cn-policy-2019/guofa-2019-4.txt", "国务院关于印发国家职业教育改革实施方案的通知"),
    ("gov-cn-policy-2019/guofa-2019-5.txt", "国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见"),
    ("gov-cn-policy-2019/guohan-1996-95.txt", "国务院、中央军委关于同意武警总部后勤部机关等迁址新建的批复"),
    ("gov-cn-policy-2019/guohan-2018-159.txt", "国务院关于河北雄安新区总体规划（2018—2035年）的批复"),
    ("gov-cn-policy-2019/guoling-707.txt", "中华人民共和国国务院令"),
    ("icersite/summary-2007-computer-association.txt", "计算机协会07-08年度上半学期工作总结及下半学期工作开展计划"),
    ("provincial-gwr-2026/beijing-2026.txt", "2026年北京市政府工作报告"),
    ("provincial-gwr-2026/gansu-2026.txt", "2026年甘肃省政府工作报告"),
    ("provincial-gwr-2026/guangdong-2026.txt", "政府工作报告"),
    ("provincial-gwr-2026/guangxi-2026.txt", "2026年广西壮族自治区政府工作报告"),
    ("provincial-gwr-2026/guizhou-2026.txt", "政府工作报告"),
    ("provincial-gwr-2026/hainan-2026.txt", "政府工作报告"),
    ("provincial-gwr-2026/jiangxi-2026.txt", "2026年江西省政府工作报告"),
    ("provincial-gwr-2026/neimenggu-2026.txt", "2026年内蒙古自治区政府工作报告"),
    ("provincial-gwr-2026/ningxia-2026.txt", "2026年宁夏回族自治区政府工作报告"),
    ("provincial-gwr-2026/qinghai-2026.txt", "政府工作报告"),
    ("provincial-gwr-2026/shaanxi-2026.txt", "陕西省2026年政府工作报告"),
    ("provincial-gwr-2026/shanghai-2026.txt", "2026年上海市政府工作报告"),
    ("provincial-gwr-2026/sichuan-2026.txt", "2026年四川省人民政府工作报告"),
    ("provincial-gwr-2026/xizang-2026.txt", "2026年西藏自治区政府工作报告"),
    ("provincial-gwr-2026/yunnan-2026.txt", "2026年政府工作报告"),
    ("twlyparser/ly-gazette-4004-plenary.txt", "院會紀錄"),
    ("wikisource-gwr/gwr-2024.txt", "政府工作报告"),
    ("wikisource-gwr/resolution-2023.txt", "第十四届全国人民代表大会第一次会议关于政府工作报告的决议"),
];

/// Real documents that open without a title: with an addressee
/// (`各位代表：`), or straight with a sentence.
const REAL_UNTITLED: &[&str] = &[
    "java-study/shuzhi-report-customer-service.txt",
    "wikisource-cpc/cpc1-beijing.txt",
    "wikisource-cpc/cpc1-guangzhou.txt",
    "wikisource-cpc/cpc3-chen-duxiu.txt",
    "wikisource-gwr/gwr-1954.txt",
    "wikisource-gwr/gwr-1955.txt",
    "wikisource-gwr/gwr-1988.txt",
    "wikisource-gwr/gwr-2025.txt",
    "wikisource-gwr/resolution-1964.txt",
    "wikisource-gwr/resolution-2012.txt",
    "wikisource-gwr/resolution-2017.txt",
];

/// `MANIFEST.tsv` rows: path → has_footer.
fn manifest(shared: &Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(shared.join("corpus/MANIFEST.tsv")).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let path_col = header.iter().position(|h| *h == "path").unwrap();
    let footer_col = header.iter().position(|h| *h == "has_footer").unwrap();
    lines
        .map(|l| l.split('\t').collect::<Vec<_>>())
        .map(|cols| (cols[path_col].to_owned(), cols[footer_col].to_owned()))
        .collect()
}

#[test]
fn real_documents() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let real = shared.join("corpus/real");
    let files = common::text_files(&real);
    assert!(
        files.len() >= 60,
        "should find the real corpus, found {} files",
        files.len()
    );
    let (mut titles, mut sections, mut footers) = (0, 0, 0);
    for path in &files {
        let doc = parse_file(path);
        assert_sound(path, &doc);
        let rel = path
            .strip_prefix(&real)
            .unwrap()
            .to_str()
            .unwrap()
            .replace('\\', "/");
        if let Some((_, expected)) = REAL_TITLES.iter().find(|(p, _)| *p == rel) {
            assert_eq!(
                doc.title.as_ref().map(|t| t.text.as_str()),
                Some(*expected),
                "{rel}: should find the title"
            );
        }
        if REAL_UNTITLED.contains(&rel.as_str()) {
            assert_eq!(
                doc.title, None,
                "{rel}: should find no title in a document that opens without one"
            );
        }
        titles += usize::from(doc.title.is_some());
        sections += count_sections(&doc.sections)
            + doc
                .annexes
                .iter()
                .map(|a| count_sections(&a.sections))
                .sum::<usize>();
        footers += usize::from(doc.footer.is_some());
    }
    let mut expected_footers = 0;
    for (path, has_footer) in manifest(&shared) {
        if !path.starts_with("real/") || !has_footer.starts_with("yes") {
            continue;
        }
        expected_footers += 1;
        let doc = parse_file(&shared.join("corpus").join(&path));
        let footer = doc
            .footer
            .as_ref()
            .unwrap_or_else(|| panic!("{path}: MANIFEST says it has a footer"));
        assert!(
            !footer.signatories.is_empty() || footer.date.is_some(),
            "{path}: footer should say something"
        );
    }
    assert!(expected_footers >= 15, "MANIFEST should list footers");
    println!(
        "real corpus: {} documents, {titles} with a title, {sections} sections, {footers} footers",
        files.len()
    );
}
