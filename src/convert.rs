//! 繁简转换 — Simplified ↔ Traditional conversion of node texts (feature `convert`).
//!
//! ```text
//! normalized(node) = convert(node.text)     after parsing, for every node with text:
//!     title, front lines, addressee, attachments, preamble and section paragraphs,
//!     headings, signatories, date of issue, notes, closing lines, noise, annexes
//! convert          = longest match over OpenCC's phrase table, then its character table
//!     to Simplified:   TSPhrases + TSCharacters     (OpenCC t2s.json)
//!     to Traditional:  STPhrases + STCharacters     (OpenCC s2t.json)
//! ```
//!
//! Phrases decide what single characters cannot: 头发 → 頭髮 but 发展 →
//! 發展, 干部 → 幹部 but 干净 → 乾淨, 乾隆 stays 乾隆 in Simplified. The
//! tables are OpenCC's (Apache-2.0), through the pure-Rust `hanconv` crate
//! (MIT). Traditional output is OpenCC's standard form (`裏`, `臺`), not the
//! Taiwan variants (`裡`, `台`).
//!
//! Conversion is a post-pass: parsing never reads its output, so markers,
//! keywords and figures are matched in both scripts natively (余, 餘 and 馀
//! alike); spans and [`Document::text`] always refer to the original text.

use crate::tree::{Document, Section};

/// 繁简转换 — the script to convert node texts to, set with
/// [`Options::convert`](crate::Options::convert) (feature `convert`).
///
/// ```
/// use gongwen::Conversion;
/// assert_eq!(Conversion::ToSimplified.convert("網信辦2022年度工作總結"), "网信办2022年度工作总结");
/// assert_eq!(Conversion::ToTraditional.convert("头发的发展"), "頭髮的發展");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Conversion {
    /// 繁转简 — Traditional to Simplified (OpenCC `t2s`).
    ToSimplified,
    /// 简转繁 — Simplified to Traditional (OpenCC `s2t`, standard form).
    ToTraditional,
}

impl Conversion {
    /// The text converted, phrase by phrase. Characters already in the
    /// target script, Latin letters, digits and punctuation pass through.
    ///
    /// ```
    /// use gongwen::Conversion;
    /// assert_eq!(Conversion::ToTraditional.convert("干部一只手干活"), "幹部一隻手幹活");
    /// assert_eq!(Conversion::ToSimplified.convert("乾隆年間乾淨"), "乾隆年间干净");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn convert(self, text: &str) -> String {
        match self {
            Conversion::ToSimplified => hanconv::t2s(text),
            Conversion::ToTraditional => hanconv::s2t(text),
        }
    }
}

/// Fill the `normalized` field of every node with text, walking sections
/// with an explicit stack (they nest as deep as the document does).
pub(crate) fn normalize(doc: &mut Document, conversion: Conversion) {
    let fill = |text: &str, normalized: &mut Option<String>| {
        *normalized = Some(conversion.convert(text));
    };
    let mut sections: Vec<&mut Section> = Vec::new();

    for node in doc.title.iter_mut().chain(doc.addressee.iter_mut()) {
        fill(&node.text, &mut node.normalized);
    }
    for item in &mut doc.front {
        fill(&item.text, &mut item.normalized);
    }
    for attachment in &mut doc.attachments {
        fill(&attachment.text, &mut attachment.normalized);
    }
    for paragraph in &mut doc.preamble {
        fill(&paragraph.text, &mut paragraph.normalized);
    }
    sections.extend(doc.sections.iter_mut());
    if let Some(footer) = &mut doc.footer {
        for node in footer.signatories.iter_mut().chain(&mut footer.notes) {
            fill(&node.text, &mut node.normalized);
        }
        if let Some(date) = &mut footer.date {
            fill(&date.text, &mut date.normalized);
        }
    }
    for node in &mut doc.closing {
        fill(&node.text, &mut node.normalized);
    }
    for noise in &mut doc.noise {
        fill(&noise.text, &mut noise.normalized);
    }
    for annex in &mut doc.annexes {
        for node in annex.label.iter_mut().chain(annex.title.iter_mut()) {
            fill(&node.text, &mut node.normalized);
        }
        for paragraph in &mut annex.preamble {
            fill(&paragraph.text, &mut paragraph.normalized);
        }
        sections.extend(annex.sections.iter_mut());
    }

    while let Some(section) = sections.pop() {
        let Section {
            heading,
            blocks,
            children,
            ..
        } = section;
        if let Some(heading) = heading {
            fill(&heading.text, &mut heading.normalized);
        }
        for paragraph in blocks {
            fill(&paragraph.text, &mut paragraph.normalized);
        }
        sections.extend(children.iter_mut());
    }
}

#[cfg(test)]
mod tests {
    use super::Conversion;

    #[test]
    fn both_directions() {
        let cases = [
            (
                Conversion::ToSimplified,
                "存在的問題",
                "存在的问题",
                "should simplify 問題",
            ),
            (
                Conversion::ToSimplified,
                "300餘期",
                "300余期",
                "should simplify 餘 to 余",
            ),
            (
                Conversion::ToTraditional,
                "下一步工作计划",
                "下一步工作計劃",
                "should make 计划 Traditional",
            ),
            (
                Conversion::ToTraditional,
                "一、主要工作",
                "一、主要工作",
                "should leave text without script-specific characters alone",
            ),
            (
                Conversion::ToSimplified,
                "",
                "",
                "should give empty text for empty text",
            ),
        ];
        for (conversion, text, expected, message) in cases {
            assert_eq!(conversion.convert(text), expected, "{message}");
        }
    }
}
