//! Encodings: every document, re-encoded as GBK (GB18030 where GBK cannot
//! hold it), Big5 (Traditional documents Big5 can hold), UTF-16LE and
//! UTF-16BE with BOM, and with CRLF and CR line ends, parses to the same tree
//! as its UTF-8 form, and every span maps back to bytes of the re-encoded
//! input that decode to the same characters.
//!
//! Documents: `corpus/` (the UTF-8 sources; committed twins are checked
//! against them), `../shared/corpus/real/`, `../shared/corpus/legacy/` and
//! the seed. The copies are made here with `encoding_rs`; nothing is
//! committed. Tests reading `../shared` fail when it is missing and `CI` is
//! set, and are skipped with a note otherwise.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};
use gongwen::{parse_bytes, Document, Options, OriginMap, Script, Span};
use serde_json::Value;
use std::path::PathBuf;

mod common;
use common::{
    corpus_dir, is_encoded_twin as is_twin, seed_path, shared_dir as shared,
    text_files as txt_files,
};

/// Suffixes of the committed encoding twins in `corpus/`, with the encoding each names.
const TWINS: &[(&str, &str)] = &[
    (".gbk.txt", "GBK"),
    (".gb18030.txt", "gb18030"),
    (".big5.txt", "Big5"),
    (".utf16le.txt", "UTF-16LE"),
    (".utf16be.txt", "UTF-16BE"),
];

/// The UTF-8 documents: project corpus sources, shared real documents, the seed.
fn utf8_documents() -> Vec<(String, String)> {
    let mut paths: Vec<PathBuf> = txt_files(&corpus_dir())
        .into_iter()
        .filter(|p| !is_twin(p))
        .collect();
    if let Some(shared) = shared() {
        paths.extend(txt_files(&shared.join("corpus/real")));
        paths.push(seed_path(&shared));
    }
    paths
        .into_iter()
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            let text = String::from_utf8(bytes)
                .unwrap_or_else(|_| panic!("{} is not UTF-8", path.display()));
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
            (
                path.strip_prefix(corpus_dir().parent().unwrap())
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
                text,
            )
        })
        .collect()
}

/// The tree without spans, source and text, line ends folded to LF: what
/// must not change with the encoding or line ends.
fn structure(doc: &Document) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.retain(|key, _| !key.ends_with("span"));
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            Value::String(s) => *s = s.replace("\r\n", "\n").replace('\r', "\n"),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(doc).unwrap();
    if let Value::Object(map) = &mut value {
        map.remove("source");
        map.remove("text");
    }
    strip(&mut value);
    value
}

/// Every span of the tree.
fn spans(doc: &Document) -> Vec<Span> {
    fn walk(value: &Value, out: &mut Vec<Span>) {
        match value {
            Value::Object(map) => {
                for (key, item) in map {
                    if key.ends_with("span") {
                        out.push(serde_json::from_value(item.clone()).unwrap());
                    } else {
                        walk(item, out);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(doc).unwrap();
    if let Value::Object(map) = &mut value {
        map.remove("source");
    }
    let mut out = Vec::new();
    walk(&value, &mut out);
    out
}

/// Every span of `doc` maps to bytes of `input` that decode to its text.
fn assert_spans_map_back(doc: &Document, input: &[u8], encoding: &'static Encoding, name: &str) {
    let map = OriginMap::new(doc);
    for span in spans(doc) {
        let range = map
            .original_range(span)
            .unwrap_or_else(|| panic!("{name}: span {span:?} should map back"));
        let bytes = &input[range.clone()];
        let decoded = encoding.decode_without_bom_handling_and_without_replacement(bytes);
        assert_eq!(
            decoded.as_deref(),
            doc.text.get(span.range()),
            "{name}: span {span:?} should map to bytes {range:?} holding the same characters"
        );
    }
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    std::iter::once(0xFEFF)
        .chain(text.encode_utf16())
        .flat_map(|unit| {
            if big_endian {
                unit.to_be_bytes()
            } else {
                unit.to_le_bytes()
            }
        })
        .collect()
}

fn lf(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// A re-encoded copy of a document: its bytes and what should be reported.
struct Copy {
    kind: &'static str,
    /// The UTF-8 text it should parse like, when not the document's own.
    reference: Option<String>,
    bytes: Vec<u8>,
    encoding: &'static Encoding,
    bom: bool,
    detected: bool,
}

/// Taiwan forms of OpenCC's standard variants (OpenCC `TWVariants.txt`):
/// a Big5 file writes 為 眾 群, which Big5 has, not 爲 衆 羣, which it lacks.
const TW_VARIANTS: &[(char, char)] = &[
    ('僞', '偽'),
    ('啓', '啟'),
    ('喫', '吃'),
    ('嫺', '嫻'),
    ('峯', '峰'),
    ('擡', '抬'),
    ('檐', '簷'),
    ('污', '汙'),
    ('泄', '洩'),
    ('爲', '為'),
    ('牀', '床'),
    ('痹', '痺'),
    ('癡', '痴'),
    ('皁', '皂'),
    ('着', '著'),
    ('祕', '秘'),
    ('竈', '灶'),
    ('糉', '粽'),
    ('繮', '韁'),
    ('纔', '才'),
    ('羣', '群'),
    ('脣', '唇'),
    ('蔘', '參'),
    ('衆', '眾'),
    ('裏', '裡'),
    ('覈', '核'),
    ('踊', '踴'),
    ('鉢', '缽'),
    ('鍼', '針'),
    ('鮎', '鯰'),
    ('麪', '麵'),
    ('齶', '顎'),
];

fn taiwan_forms(text: &str) -> String {
    text.chars()
        .map(|c| {
            TW_VARIANTS
                .iter()
                .find(|(from, _)| *from == c)
                .map_or(c, |&(_, to)| to)
        })
        .collect()
}

/// Whether GBK text of `text` is reported as GB18030: GBK cannot encode it,
/// or it has characters code page 936 never had (CJK Extension A, ideographs
/// after U+9FA5).
fn needs_gb18030(text: &str) -> bool {
    GBK.encode(text).2
        || text.chars().any(|c| {
            ('\u{3400}'..='\u{4DBF}').contains(&c) || ('\u{9FA6}'..='\u{9FFF}').contains(&c)
        })
}

/// The copies to make of `text`. Big5 only for Traditional documents, in
/// Taiwan forms where OpenCC's variants are not in Big5; `None` when Big5
/// cannot hold even those.
fn copies(text: &str, traditional: bool) -> (Vec<Copy>, bool) {
    let mut out = Vec::new();
    let encoding = if needs_gb18030(text) { GB18030 } else { GBK };
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "GB18030 holds every character");
    out.push(Copy {
        reference: None,
        kind: encoding.name(),
        bytes: bytes.into_owned(),
        encoding,
        bom: false,
        detected: true,
    });
    let mut big5_skipped = false;
    if traditional {
        let taiwan = taiwan_forms(text);
        let (big5, _, unmappable) = BIG5.encode(&taiwan);
        if unmappable {
            big5_skipped = true;
        } else {
            let bytes = big5.into_owned();
            let reference = (taiwan != text).then_some(taiwan);
            out.push(Copy {
                reference,
                kind: "Big5",
                bytes,
                encoding: BIG5,
                bom: false,
                detected: true,
            });
        }
    }
    out.push(Copy {
        reference: None,
        kind: "UTF-16LE",
        bytes: utf16(text, false),
        encoding: UTF_16LE,
        bom: true,
        detected: false,
    });
    out.push(Copy {
        reference: None,
        kind: "UTF-16BE",
        bytes: utf16(text, true),
        encoding: UTF_16BE,
        bom: true,
        detected: false,
    });
    for (kind, end) in [("CRLF", "\r\n"), ("CR", "\r")] {
        let bytes = lf(text).replace('\n', end).into_bytes();
        out.push(Copy {
            reference: None,
            kind,
            bytes,
            encoding: UTF_8,
            bom: false,
            detected: true,
        });
    }
    (out, big5_skipped)
}

#[test]
fn round_trips_give_the_same_tree() {
    let options = Options::new();
    let mut skipped_big5 = Vec::new();
    let mut checked = 0;
    for (name, text) in utf8_documents() {
        let reference = parse_bytes(text.as_bytes(), &options).unwrap();
        let expected = structure(&reference);
        let traditional = reference.source.script == Script::Traditional;
        let (copies, big5_skipped) = copies(&text, traditional);
        if big5_skipped {
            skipped_big5.push(name.clone());
        }
        for copy in copies {
            let label = format!("{name} as {}", copy.kind);
            let doc = parse_bytes(&copy.bytes, &options).unwrap_or_else(|e| panic!("{label}: {e}"));
            let source = (
                doc.source.encoding.as_str(),
                doc.source.bom,
                doc.source.detected,
            );
            assert_eq!(
                source,
                (copy.encoding.name(), copy.bom, copy.detected),
                "{label}: should report the encoding used"
            );
            let (want_text, want_tree) = match &copy.reference {
                Some(reference) => (
                    reference.clone(),
                    structure(&parse_bytes(reference.as_bytes(), &options).unwrap()),
                ),
                None => (text.clone(), expected.clone()),
            };
            if copy.encoding != UTF_8 {
                assert_eq!(
                    doc.text, want_text,
                    "{label}: should decode to the UTF-8 text"
                );
            }
            assert!(
                doc.source.malformed.is_empty(),
                "{label}: should find nothing malformed"
            );
            assert_eq!(
                structure(&doc),
                want_tree,
                "{label}: should parse to the same tree"
            );
            assert_eq!(
                doc.source.script, reference.source.script,
                "{label}: should see the same script"
            );
            assert_spans_map_back(&doc, &copy.bytes, copy.encoding, &label);
            checked += 1;
        }
    }
    // Big5 lacks some Traditional characters even in Taiwan forms (rare
    // names, 堃, HKSCS-only characters): those documents are checked in the
    // other encodings only.
    eprintln!("checked {checked} copies; Big5 cannot hold: {skipped_big5:?}");
    assert!(
        checked >= 5 * 30,
        "should check the project corpus at least"
    );
}

#[test]
fn committed_twins_match_their_sources() {
    let options = Options::new();
    let mut seen = 0;
    for path in txt_files(&corpus_dir()).into_iter().filter(|p| is_twin(p)) {
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        let (suffix, encoding) = TWINS
            .iter()
            .find(|(suffix, _)| name.ends_with(suffix))
            .unwrap();
        let source = path.with_file_name(name.replace(suffix, ".txt"));
        let bytes = std::fs::read(&path).unwrap();
        let doc = parse_bytes(&bytes, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
        let reference = parse_bytes(&std::fs::read(&source).unwrap(), &options).unwrap();
        assert_eq!(
            doc.source.encoding, *encoding,
            "{name}: should be read as {encoding}"
        );
        assert_eq!(
            doc.text, reference.text,
            "{name}: should decode to its source's text"
        );
        assert_eq!(
            structure(&doc),
            structure(&reference),
            "{name}: should parse to its source's tree"
        );
        let decoder = Encoding::for_label(encoding.as_bytes()).unwrap();
        assert_spans_map_back(&doc, &bytes, decoder, &name);
        seen += 1;
    }
    assert_eq!(
        seen,
        TWINS.len(),
        "should find one committed twin per encoding"
    );
}

#[test]
fn legacy_files_match_their_twins() {
    let Some(shared) = shared() else { return };
    let legacy = txt_files(&shared.join("corpus/legacy"));
    assert!(!legacy.is_empty(), "should find legacy files");
    for path in legacy {
        let relative = path
            .strip_prefix(shared.join("corpus/legacy"))
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let (stem, encoding) = relative
            .rsplit_once('.')
            .and_then(|(stem, _)| stem.rsplit_once('.'))
            .unwrap();
        let twin = shared.join("corpus/real").join(format!("{stem}.txt"));
        let bytes = std::fs::read(&path).unwrap();
        let doc =
            parse_bytes(&bytes, &Options::new()).unwrap_or_else(|e| panic!("{relative}: {e}"));
        let reference = parse_bytes(&std::fs::read(&twin).unwrap(), &Options::new()).unwrap();
        assert_eq!(
            doc.source.encoding.to_lowercase(),
            encoding,
            "{relative}: should detect {encoding}"
        );
        assert!(
            doc.source.detected,
            "{relative}: should say the encoding was detected"
        );
        assert_eq!(
            doc.text, reference.text,
            "{relative}: should decode to its UTF-8 twin"
        );
        assert_eq!(
            structure(&doc),
            structure(&reference),
            "{relative}: should parse as its UTF-8 twin"
        );
        assert_spans_map_back(
            &doc,
            &bytes,
            Encoding::for_label(encoding.as_bytes()).unwrap(),
            &relative,
        );
    }
}

/// The issue's acceptance test: GBK and Big5 copies of the seed parse to the
/// tree of the UTF-8 seed. The seed writes OpenCC's 爲 衆 羣, which Big5
/// lacks; its Big5 copy uses the Taiwan forms 為 眾 群, as a Big5 file would,
/// and is compared with the UTF-8 seed in those forms.
#[test]
fn seed_in_gbk_and_big5() {
    let Some(shared) = shared() else { return };
    let seed = std::fs::read_to_string(seed_path(&shared)).unwrap();
    assert!(BIG5.encode(&seed).2, "Big5 should lack the seed's 爲 衆 羣");
    for (encoding, name, text) in [
        (GBK, "GBK", seed.clone()),
        (BIG5, "Big5", taiwan_forms(&seed)),
    ] {
        let reference = parse_bytes(text.as_bytes(), &Options::new()).unwrap();
        assert!(
            reference.title.is_some() && !reference.sections.is_empty(),
            "the seed should have a title and sections"
        );
        let (bytes, _, unmappable) = encoding.encode(&text);
        assert!(!unmappable, "{name} should hold the seed");
        let doc = parse_bytes(&bytes, &Options::new()).unwrap();
        assert_eq!(
            (doc.source.encoding.as_str(), doc.source.detected),
            (name, true),
            "should detect the seed in {name}"
        );
        assert_eq!(doc.text, text, "should decode the {name} seed");
        assert_eq!(
            structure(&doc),
            structure(&reference),
            "should parse the {name} seed as the UTF-8 seed"
        );
        let title = doc.title.as_ref().unwrap();
        let range = doc.original_range(title.span).unwrap();
        assert_eq!(
            encoding.decode_without_bom_handling(&bytes[range]).0,
            reference.text[reference.title.as_ref().unwrap().span.range()],
            "should map the {name} title back to its bytes"
        );
    }
}

#[test]
fn scripts_match_the_manifest() {
    let Some(shared) = shared() else { return };
    let manifest = std::fs::read_to_string(shared.join("corpus/MANIFEST.tsv")).unwrap();
    let mut checked = 0;
    for line in manifest.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (path, script) = (fields[0], fields[5]);
        if !path.starts_with("real/") {
            continue;
        }
        let expected = match script {
            "simplified" => Script::Simplified,
            "traditional" => Script::Traditional,
            "mixed" => Script::Mixed,
            other => panic!("unknown script {other} in MANIFEST"),
        };
        let doc = parse_bytes(
            &std::fs::read(shared.join("corpus").join(path)).unwrap(),
            &Options::new(),
        )
        .unwrap();
        let counts = doc.source.script_counts;
        assert_eq!(
            doc.source.script, expected,
            "{path}: should be {script} ({counts:?})"
        );
        checked += 1;
    }
    let seed = parse_bytes(&std::fs::read(seed_path(&shared)).unwrap(), &Options::new()).unwrap();
    assert_eq!(
        seed.source.script,
        Script::Traditional,
        "the seed should be Traditional"
    );
    assert!(
        seed.source.script_counts.traditional > 500,
        "the seed should have hundreds of Traditional-only characters"
    );
    let real = txt_files(&shared.join("corpus/real")).len();
    assert_eq!(checked, real, "should check every real document");
}

/// Project corpus documents written in Traditional script (by number).
const TRADITIONAL_CORPUS: &[&str] = &[
    "01", "06", "07", "16", "17", "22", "24", "27", "29", "30", "31",
];

#[test]
fn project_corpus_scripts() {
    let options = Options::new();
    let mut checked = 0;
    for path in txt_files(&corpus_dir()).into_iter().filter(|p| !is_twin(p)) {
        let name = path.file_name().unwrap().to_str().unwrap();
        let doc = parse_bytes(&std::fs::read(&path).unwrap(), &options).unwrap();
        let expected = if name.contains("mixed-script") {
            Script::Mixed
        } else if TRADITIONAL_CORPUS
            .iter()
            .any(|n| name.starts_with(&format!("{n}-")))
        {
            Script::Traditional
        } else {
            Script::Simplified
        };
        let counts = doc.source.script_counts;
        assert_eq!(
            doc.source.script, expected,
            "{name}: should be {expected:?} ({counts:?})"
        );
        checked += 1;
    }
    assert!(checked >= 30, "should check the project corpus");
}

#[test]
fn overrides_and_empty_input() {
    let text = "關於2023年工作的總結\n一、主要工作\n";
    let big5 = BIG5.encode(text).0;
    let doc = parse_bytes(&big5, &Options::new().encoding_label("big5").unwrap()).unwrap();
    assert_eq!(
        (doc.source.encoding.as_str(), doc.source.detected),
        ("Big5", false),
        "should use the given encoding"
    );
    assert_eq!(doc.text, text, "should decode with the given encoding");
    for (name, bytes) in [
        ("empty input", &b""[..]),
        ("whitespace", b" \n\r\n\t\n"),
        ("ideographic spaces", "\u{3000}\u{3000}\n".as_bytes()),
    ] {
        let doc = parse_bytes(bytes, &Options::new()).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(
            doc.title.is_none() && doc.sections.is_empty() && doc.footer.is_none(),
            "{name}: should be an empty document"
        );
        assert!(
            doc.diagnostics.is_empty(),
            "{name}: should have no diagnostics"
        );
    }
}
