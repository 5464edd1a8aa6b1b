use super::*;

#[test]
fn small_cjk_values() {
    let cases = [
        ("一、", 1, 3),
        ("十二）", 12, 6),
        ("二十", 20, 6),
        ("九十九", 99, 9),
        ("一百零五", 105, 12),
        ("貳、", 2, 3),
        ("拾壹", 11, 6),
        ("兩", 2, 3),
    ];
    for (input, value, len) in cases {
        assert_eq!(
            small_cjk(input),
            Some((value, len)),
            "should read {input} as {value}"
        );
    }
    assert_eq!(small_cjk("是"), None, "should refuse a non-numeral");
    assert_eq!(small_cjk("〇"), None, "should refuse zero as an ordinal");
    assert_eq!(
        small_cjk("十十十"),
        Some((10, 3)),
        "should stop at a second 十"
    );
}

#[test]
fn small_arabic_values() {
    assert_eq!(small_arabic("12."), Some((12, 2)), "should read 12");
    assert_eq!(
        small_arabic("３）"),
        Some((3, 3)),
        "should read full-width 3"
    );
    assert_eq!(small_arabic("x"), None, "should refuse letters");
}

#[test]
fn circled_values() {
    assert_eq!(circled('①'), Some(1), "should read ① as 1");
    assert_eq!(circled('⑳'), Some(20), "should read ⑳ as 20");
    assert_eq!(circled('㉑'), Some(21), "should read ㉑ as 21");
    assert_eq!(circled('a'), None, "should refuse letters");
}

#[test]
fn whole_numerals() {
    let cases = [
        ("0", "0"),
        ("7", "7"),
        ("1,234", "1234"),
        ("12,345,678", "12345678"),
        ("１２３", "123"),
        ("16.4", "16.4"),
        ("0.1", "0.1"),
        ("３．５", "3.5"),
        ("1.5万", "15000"),
        ("3.2亿", "320000000"),
        ("1.15亿", "115000000"),
        ("16.4亿", "1640000000"),
        ("5.2万亿", "5200000000000"),
        ("5千万", "50000000"),
        ("10余万", "100000"),
        ("20多万", "200000"),
        ("1,764萬4,000", "17644000"),
        ("一", "1"),
        ("两", "2"),
        ("兩", "2"),
        ("十", "10"),
        ("十二", "12"),
        ("二十", "20"),
        ("一十", "10"),
        ("九十九", "99"),
        ("一百零五", "105"),
        ("一千零一十", "1010"),
        ("一万二千零五", "12005"),
        ("十万", "100000"),
        ("一百万", "1000000"),
        ("两千", "2000"),
        ("三百五", "350"),
        ("一万二", "12000"),
        ("十萬五", "105000"),
        ("一亿二千万", "120000000"),
        ("三千亿", "300000000000"),
        ("万亿", "1000000000000"),
        ("千", "1000"),
        ("百万", "1000000"),
        ("壹佰贰拾", "120"),
        ("貳仟零伍", "2005"),
        ("參萬", "30000"),
        ("二〇二三", "2023"),
        ("二○二三", "2023"),
        ("一九五四", "1954"),
        ("十二点五", "12.5"),
        ("三点五亿", "350000000"),
        ("十余万", "100000"),
        ("二十五億七千多萬", "2570000000"),
        ("三千余万", "30000000"),
        ("1億7,000萬", "170000000"),
        ("3亿5千万", "350000000"),
        ("五百卅八", "538"),
        ("兩百廿六", "226"),
        ("廿", "20"),
    ];
    for (input, expected) in cases {
        assert_eq!(
            parse(input).map(|d| d.to_string()),
            Some(expected.to_owned()),
            "should read {input} as {expected}"
        );
    }
}

#[test]
fn refused_numerals() {
    let cases = [
        ("", "the empty string"),
        ("一些", "a word that starts with 一"),
        ("1.2.3", "a section number"),
        ("1,23", "a bad separator group"),
        ("12a", "a code"),
        ("十百", "units out of order"),
        (
            "123456789012345678901234567890123456789012",
            "a number too large to represent",
        ),
        ("0.00000000000000000000000000001", "too many decimals"),
    ];
    for (input, why) in cases {
        assert_eq!(parse(input), None, "should refuse {why}: {input}");
    }
}

#[test]
fn prefixes_and_flags() {
    let n = numeral("300餘期").ok().flatten().map(|n| (n.value, n.len));
    assert_eq!(
        n,
        Some((Decimal::from_int(300), 3)),
        "should stop before 餘 when no scale follows"
    );
    let n = numeral("1.2023年").ok().flatten().map(|n| n.len);
    assert_eq!(n, Some(1), "should not read 1.2023 before 年 as a decimal");
    let n = numeral("2千米").ok().flatten().map(|n| n.len);
    assert_eq!(n, Some(1), "should leave 千米 to the unit");
    let n = numeral("五六十人").ok().flatten();
    assert!(
        n.is_some_and(|n| n.digit_run && n.len == 6),
        "should read 五六 as a digit run"
    );
    let n = numeral("02-8968").ok().flatten();
    assert!(
        n.is_some_and(|n| n.leading_zero),
        "should flag a leading zero"
    );
    assert_eq!(
        numeral(&"9".repeat(500)).map(|n| n.map(|n| n.len)),
        Err(Overflow { len: 500 }),
        "should report a 500-digit number as an overflow over its whole length"
    );
}

#[test]
fn percentages() {
    let cases = [
        ("95%", "95"),
        ("95％", "95"),
        ("百分之九十五", "95"),
        ("百分之十二点五", "12.5"),
        ("百分之百", "100"),
        ("三成", "30"),
        ("两成", "20"),
    ];
    for (input, expected) in cases {
        assert_eq!(
            parse_percent(input).map(|d| d.to_string()),
            Some(expected.to_owned()),
            "should read {input} as {expected}%"
        );
    }
}
