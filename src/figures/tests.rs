use super::*;

fn with_year(text: &str, year: Option<i32>) -> (Vec<Figure>, Vec<Diagnostic>) {
    let mut out = Vec::new();
    let mut diagnostics = Vec::new();
    extract_into(
        text,
        100,
        &FigureContext { report_year: year },
        &mut out,
        &mut diagnostics,
    );
    (out, diagnostics)
}

#[test]
fn partial_dates_take_the_report_year() {
    let (found, _) = with_year("7月7日，邀请专家授课", Some(2022));
    let date = found.first().and_then(|f| f.date);
    assert_eq!(
        date,
        Some(DateValue {
            year: Some(2022),
            month: Some(7),
            day: Some(7),
            year_inferred: true
        }),
        "should infer 2022 for 7月7日 in a 2022 summary"
    );
    let (found, _) = with_year("7月7日", None);
    assert_eq!(
        found
            .first()
            .and_then(|f| f.date)
            .map(|d| (d.year, d.year_inferred)),
        Some((None, false)),
        "should leave the year null without a report year"
    );
    let (found, _) = with_year("2023年1月12日", Some(2022));
    assert_eq!(
        found
            .first()
            .and_then(|f| f.date)
            .map(|d| (d.year, d.year_inferred)),
        Some((Some(2023), false)),
        "should keep a written year"
    );
}

#[test]
fn spans_are_shifted_by_base() {
    let (found, _) = with_year("共13次", None);
    assert_eq!(
        found.first().map(|f| f.span),
        Some(Span::new(103, 108)),
        "should shift the span of 13次 by the base offset"
    );
}

#[test]
fn overflow_is_a_diagnostic() {
    let text = format!("共{}元", "9".repeat(60));
    let (found, diagnostics) = with_year(&text, None);
    assert!(
        found.is_empty(),
        "should report no figure for a 60-digit amount"
    );
    assert_eq!(
        diagnostics
            .iter()
            .map(|d| (d.code, d.span))
            .collect::<Vec<_>>(),
        vec![(DiagnosticCode::NumberOverflow, Span::new(103, 163))],
        "should report the overflow over the digits"
    );
}

#[test]
fn triggers_cover_every_numeral_start() {
    for code in 0x80u32..0x1_0000 {
        let Some(c) = char::from_u32(code) else {
            continue;
        };
        if starts_numeral(c) || exclude::quote_closer(c).is_some() {
            assert!(is_in(&TRIGGERS, code), "should stop at {c} (U+{code:04X})");
        }
    }
    assert!(!is_in(&TRIGGERS, '的' as u32), "should pass over 的");
    for unit in ["个", "次", "人", "元", "公里", "年", "月", "％"] {
        let code = unit.chars().next().map_or(0, |c| c as u32);
        assert!(
            is_in(&FOLLOWERS, code),
            "should let {unit} follow a numeral"
        );
    }
    assert!(
        !is_in(&FOLLOWERS, '是' as u32),
        "should not let 是 follow a numeral"
    );
}
