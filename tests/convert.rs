//! 繁简转换 (feature `convert`): `normalized` beside each node's `text`,
//! OpenCC's phrase conversion, and parsing that never depends on it.
#![cfg(feature = "convert")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use gongwen::{parse_bytes, Conversion, Document, Options};
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

fn parse_file(path: &Path, options: &Options) -> Document {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_bytes(&bytes, options).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn normalized(node: &Option<String>) -> &str {
    node.as_deref().unwrap_or("<none>")
}

/// The documents of `corpus/` (without encoded twins), and the seed and the
/// real corpus when `../shared` is there.
fn documents() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = common::text_files(&common::corpus_dir())
        .into_iter()
        .filter(|p| !common::is_encoded_twin(p))
        .collect();
    if let Some(shared) = common::shared_dir() {
        paths.push(common::seed_path(&shared));
        paths.extend(common::text_files(&shared.join("corpus/real")));
    }
    paths
}

/// Remove every `"normalized"` key, at any depth, without recursion.
fn strip_normalized(value: &mut Value) -> usize {
    let mut removed = 0;
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(map) => {
                removed += usize::from(map.remove("normalized").is_some());
                stack.extend(map.values_mut());
            }
            Value::Array(items) => stack.extend(items.iter_mut()),
            _ => {}
        }
    }
    removed
}

/// Every JSON object with a `"text"` that should carry `"normalized"`: all
/// but the document itself (`"schema"`), markers (`"style"`) and figures
/// (`"value"`). Returns (text, normalized) pairs; `normalized` is `None`
/// where it is missing.
fn texted_objects(value: &Value) -> Vec<(String, Option<String>)> {
    let mut out = Vec::new();
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(map) => {
                let skip = ["schema", "style", "value"]
                    .iter()
                    .any(|k| map.contains_key(*k));
                if let (Some(Value::String(text)), false) = (map.get("text"), skip) {
                    let normalized = map
                        .get("normalized")
                        .and_then(Value::as_str)
                        .map(str::to_owned);
                    out.push((text.clone(), normalized));
                }
                stack.extend(map.values());
            }
            Value::Array(items) => stack.extend(items.iter()),
            _ => {}
        }
    }
    out
}

#[test]
fn seed_to_simplified() {
    let Some(shared) = common::shared_dir() else {
        return;
    };
    let options = Options::new().convert(Conversion::ToSimplified);
    let doc = parse_file(&common::seed_path(&shared), &options);

    let title = doc.title.as_ref().expect("the seed has a title");
    assert_eq!(
        title.text, "網信辦2022年度宣傳思想文化暨意識形態工作總結",
        "should keep the title as written"
    );
    assert_eq!(
        normalized(&title.normalized),
        "网信办2022年度宣传思想文化暨意识形态工作总结",
        "should give the title in Simplified"
    );
    assert_eq!(
        normalized(&doc.front[0].normalized),
        "灵感范文站",
        "should convert the banner before the title"
    );
    assert_eq!(
        normalized(&doc.noise[0].normalized),
        "网信办2022年度宣传思想文化暨意识形态工作总结",
        "should convert the repeated title kept as noise"
    );
    let third = &doc.sections[2];
    let heading = third.children[0].heading.as_ref().unwrap();
    assert_eq!(
        (heading.text.as_str(), normalized(&heading.normalized)),
        (
            "突出抓好輿論宣傳的主陣地建設",
            "突出抓好舆论宣传的主阵地建设"
        ),
        "should convert the run-in heading of 三、（一）"
    );
    let paragraph = &third.children[0].blocks[0];
    let figure = paragraph
        .figures
        .iter()
        .find(|f| f.text == "300餘期")
        .expect("the paragraph states 300餘期");
    assert_eq!(
        doc.text.get(figure.span.range()),
        Some("300餘期"),
        "should keep the figure's span on the original text"
    );
    assert!(
        normalized(&paragraph.normalized).contains("300余期")
            && !normalized(&paragraph.normalized).contains('餘'),
        "should write 300余期 in the paragraph's normalized text"
    );
    assert_eq!(
        doc.text.get(paragraph.span.range()),
        Some(paragraph.text.as_str()),
        "should keep the paragraph's span on its original text"
    );
}

/// Picks a node of a document: its text as written and its normalized text.
type Pick = fn(&Document) -> (&str, &Option<String>);

/// (file, conversion, node, text as written, normalized, message)
type Case = (
    &'static str,
    Conversion,
    Pick,
    &'static str,
    &'static str,
    &'static str,
);

#[test]
fn corpus_documents_in_both_directions() {
    let corpus = common::corpus_dir();
    let cases: &[Case] = &[
        (
            "06-tw-mof-notice-header-date.txt",
            Conversion::ToSimplified,
            |d| {
                let t = d.title.as_ref().unwrap();
                (&t.text, &t.normalized)
            },
            "財政部公告",
            "财政部公告",
            "should simplify a Traditional title",
        ),
        (
            "06-tw-mof-notice-header-date.txt",
            Conversion::ToSimplified,
            |d| (&d.front[1].text, &d.front[1].normalized),
            "臺財字第1120001234號",
            "台财字第1120001234号",
            "should simplify a 发文字号 in the front matter",
        ),
        (
            "06-tw-mof-notice-header-date.txt",
            Conversion::ToSimplified,
            |d| {
                let s = &d.footer.as_ref().unwrap().signatories[1];
                (&s.text, &s.normalized)
            },
            "政務次長\u{3000}李某某\u{3000}代行",
            "政务次长\u{3000}李某某\u{3000}代行",
            "should simplify a signatory, keeping its ideographic spaces",
        ),
        (
            "04-provincial-opinion-rural-logistics.txt",
            Conversion::ToTraditional,
            |d| {
                let t = d.title.as_ref().unwrap();
                (&t.text, &t.normalized)
            },
            "青禾省人民政府关于加快推进农村寄递物流体系建设的意见",
            "青禾省人民政府關於加快推進農村寄遞物流體系建設的意見",
            "should make a Simplified title Traditional",
        ),
        (
            "04-provincial-opinion-rural-logistics.txt",
            Conversion::ToTraditional,
            |d| {
                let h = d.sections[0].heading.as_ref().unwrap();
                (&h.text, &h.normalized)
            },
            "总体要求",
            "總體要求",
            "should make a heading Traditional",
        ),
        (
            "04-provincial-opinion-rural-logistics.txt",
            Conversion::ToTraditional,
            |d| {
                let n = &d.footer.as_ref().unwrap().notes[0];
                (&n.text, &n.normalized)
            },
            "（此件公开发布）",
            "（此件公開發布）",
            "should make a footer note Traditional",
        ),
        (
            "04-provincial-opinion-rural-logistics.txt",
            Conversion::ToTraditional,
            |d| {
                let date = d.footer.as_ref().unwrap().date.as_ref().unwrap();
                (&date.text, &date.normalized)
            },
            "2023年6月8日",
            "2023年6月8日",
            "should fill the date of issue too, unchanged",
        ),
    ];
    for (file, conversion, node, text, expected, message) in cases {
        let doc = parse_file(&corpus.join(file), &Options::new().convert(*conversion));
        let (written, normalized_text) = node(&doc);
        assert_eq!(written, *text, "{file}: {message} (text as written)");
        assert_eq!(normalized(normalized_text), *expected, "{file}: {message}");
    }
}

/// For every document, in both directions: every node with text has its
/// `normalized` text, the converted text of exactly that node; and once the
/// `normalized` fields are removed, the tree — spans, figures, sections,
/// `Document::text` — is the tree parsed without conversion.
#[test]
fn parsing_does_not_depend_on_conversion() {
    let paths = documents();
    assert!(paths.len() >= 30, "should find the corpus documents");
    let mut filled = 0;
    for path in &paths {
        let plain = parse_file(path, &Options::new());
        let plain_json = serde_json::to_value(&plain).unwrap();
        assert!(
            !serde_json::to_string(&plain)
                .unwrap()
                .contains("\"normalized\""),
            "{}: should print no normalized field without conversion",
            path.display()
        );
        for conversion in [Conversion::ToSimplified, Conversion::ToTraditional] {
            let converted = parse_file(path, &Options::new().convert(conversion));
            assert_eq!(
                converted.text,
                plain.text,
                "{}: should keep Document::text as decoded",
                path.display()
            );
            let mut json = serde_json::to_value(&converted).unwrap();
            for (text, normalized) in texted_objects(&json) {
                assert_eq!(
                    normalized.as_deref(),
                    Some(conversion.convert(&text).as_str()),
                    "{}: {conversion:?}: should fill normalized for {text:?}",
                    path.display()
                );
                filled += 1;
            }
            let back: Document = serde_json::from_value(json.clone()).unwrap();
            assert_eq!(
                back,
                converted,
                "{}: should round-trip the normalized fields through JSON",
                path.display()
            );
            let removed = strip_normalized(&mut json);
            assert!(
                removed > 0,
                "{}: should have normalized fields to remove",
                path.display()
            );
            assert_eq!(
                json,
                plain_json,
                "{}: {conversion:?}: should give the tree parsed without conversion once normalized is removed",
                path.display()
            );
        }
    }
    assert!(
        filled > 1000,
        "should have checked many nodes, saw {filled}"
    );
}

/// Sections nest; the post-pass walks them with a stack and reaches the deepest.
#[test]
fn deep_sections_are_filled() {
    let mut text = String::from("關於深層編號的說明\n");
    for marker in ["一、", "（一）", "1.", "（1）", "①", "1）", "壹、", "1、"] {
        text.push_str(&format!("{marker}標題層級\n"));
    }
    text.push_str("這裡是最深處的內容。\n");
    let doc = gongwen::parse(&text, &Options::new().convert(Conversion::ToSimplified));
    let mut deepest = None;
    let mut stack: Vec<&gongwen::Section> = doc.sections.iter().collect();
    while let Some(section) = stack.pop() {
        if section.children.is_empty() && !section.blocks.is_empty() {
            deepest = Some(section);
        }
        stack.extend(section.children.iter());
    }
    let deepest = deepest.expect("a section with body text");
    assert_eq!(deepest.level, 8, "should nest eight levels of sections");
    assert_eq!(
        normalized(&deepest.blocks[0].normalized),
        "这里是最深处的内容。",
        "should reach the deepest paragraph (level {})",
        deepest.level
    );
}

/// Markers are matched natively in both scripts: the Traditional and the
/// Simplified copy of one document give the same structure, and 余, 餘 and
/// 馀 all read as approximate counts.
#[test]
fn markers_matched_in_both_scripts() {
    let traditional = "關於2023年工作的總結\n一、主要工作\n全年開展培訓300餘期。\n二、存在的問題\n覆蓋200馀人。\n";
    let simplified = Conversion::ToSimplified.convert(traditional);
    assert_eq!(
        simplified,
        "关于2023年工作的总结\n一、主要工作\n全年开展培训300余期。\n二、存在的问题\n覆盖200馀人。\n",
        "should simplify the document (馀 is already a Simplified form)"
    );
    let outline = |text: &str| {
        let doc = gongwen::parse(text, &Options::new());
        let roles: Vec<_> = doc.sections.iter().map(|s| s.role).collect();
        let figures: Vec<_> = doc
            .figures()
            .iter()
            .map(|f| (f.figure.value, f.figure.approx, f.section_path.clone()))
            .collect();
        (doc.sections.len(), roles, figures)
    };
    let (count, roles, figures) = outline(traditional);
    assert_eq!(count, 2, "should find both sections in Traditional");
    assert_eq!(
        roles[1],
        Some(gongwen::Role::Problems),
        "should read 存在的問題 as problems"
    );
    assert_eq!(
        (count, roles, figures),
        outline(&simplified),
        "should give the same sections, roles and figures in both scripts"
    );
}

/// OpenCC agreement where characters alone go wrong. Expected values are
/// the entries of OpenCC's STPhrases / TSPhrases tables as shipped in
/// hanconv's `data/`; the naive column converts character by character with
/// the first candidate of STCharacters / TSCharacters, computed here from
/// the same tables.
#[test]
fn opencc_phrases() {
    let naive_table = |dictionary: hanconv::Dictionary| -> HashMap<char, String> {
        dictionary
            .iter()
            .filter_map(|(key, value)| {
                let mut chars = key.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some((c, value.to_owned())),
                    _ => None,
                }
            })
            .collect()
    };
    let to_traditional = naive_table(hanconv::Dictionary::STCharacters);
    let to_simplified = naive_table(hanconv::Dictionary::TSCharacters);
    let naive = |conversion: Conversion, text: &str| -> String {
        let table = match conversion {
            Conversion::ToTraditional => &to_traditional,
            Conversion::ToSimplified => &to_simplified,
        };
        text.chars()
            .map(|c| table.get(&c).cloned().unwrap_or_else(|| c.to_string()))
            .collect()
    };
    use Conversion::{ToSimplified as S, ToTraditional as T};
    // (conversion, input, OpenCC, whether the phrase table decides)
    let cases = [
        (T, "头发", "頭髮", true),
        (T, "理发", "理髮", true),
        (T, "发展", "發展", false),
        (T, "干部", "幹部", false),
        (T, "干净", "乾淨", true),
        (T, "干涉", "干涉", true),
        (T, "后来", "後來", false),
        (T, "皇后", "皇后", true),
        (T, "一只", "一隻", true),
        (T, "只有", "只有", false),
        (T, "里面", "裏面", false),
        (T, "公里", "公里", true),
        (T, "面条", "麪條", true),
        (T, "日历", "日曆", true),
        (T, "台风", "颱風", true),
        (T, "台湾", "臺灣", false),
        (T, "复习", "複習", true),
        (T, "答复", "答覆", true),
        (T, "联系", "聯繫", true),
        (T, "关系", "關係", true),
        (T, "考核", "考覈", true),
        (T, "钟表", "鐘錶", true),
        (T, "放松", "放鬆", true),
        (T, "凭借", "憑藉", true),
        (T, "其余", "其餘", false),
        (S, "乾隆", "乾隆", true),
        (S, "乾坤", "乾坤", true),
        (S, "瞭解", "了解", true),
        (S, "一目瞭然", "一目了然", true),
        (S, "答覆", "答复", true),
        (S, "乾淨", "干净", false),
        (S, "300餘期", "300余期", false),
    ];
    for (conversion, input, expected, phrase_decides) in cases {
        assert_eq!(
            conversion.convert(input),
            expected,
            "should convert {input} to {expected} as OpenCC does ({conversion:?})"
        );
        assert_eq!(
            naive(conversion, input) != expected,
            phrase_decides,
            "character-by-character {input} gives {}: the phrase table should {}decide",
            naive(conversion, input),
            if phrase_decides { "" } else { "not " }
        );
    }
    assert_eq!(
        T.convert("加强干部队伍建设，头发理得干干净净。"),
        "加強幹部隊伍建設，頭髮理得乾乾淨淨。",
        "should pick phrases inside a sentence"
    );
}

/// `gongwen parse --convert s|t`, on files and on `--stdin-jsonl` records.
#[cfg(feature = "cli")]
#[test]
fn command_line_flag() {
    use std::io::Write;
    use std::process::{Command, Stdio};

    let run = |args: &[&str], stdin: &str| -> Value {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gongwen"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(stdin.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "should succeed: {args:?}");
        serde_json::from_slice(&output.stdout).unwrap()
    };
    let corpus = common::corpus_dir();
    let traditional = corpus.join("06-tw-mof-notice-header-date.txt");
    let simplified = corpus.join("04-provincial-opinion-rural-logistics.txt");
    let cases: [(Vec<&str>, &str, Option<&str>, &str); 4] = [
        (
            vec!["parse", "--convert", "s", traditional.to_str().unwrap()],
            "",
            Some("财政部公告"),
            "should simplify with --convert s",
        ),
        (
            vec!["parse", "--convert", "t", simplified.to_str().unwrap()],
            "",
            Some("青禾省人民政府關於加快推進農村寄遞物流體系建設的意見"),
            "should make Traditional with --convert t",
        ),
        (
            vec!["parse", traditional.to_str().unwrap()],
            "",
            None,
            "should print no normalized text without --convert",
        ),
        (
            vec!["parse", "--stdin-jsonl", "--convert", "s"],
            "{\"id\":7,\"text\":\"關於工作的總結\\n一、主要工作\\n\"}\n",
            Some("关于工作的总结"),
            "should convert --stdin-jsonl records too",
        ),
    ];
    for (args, stdin, expected, message) in cases {
        let json = run(&args, stdin);
        assert_eq!(
            json["title"].get("normalized").and_then(Value::as_str),
            expected,
            "{message}"
        );
    }
}
