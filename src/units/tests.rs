//! Tests of `crate::units`.

use super::*;

// Every case below is a real cell or link text of the list.
#[test]
fn bold_and_plain_sizes() {
    assert_eq!(read("**70b**").params, Some(70_000_000_000));
    assert_eq!(read("70B").params, Some(70_000_000_000));
    assert_eq!(read("**1.5b**").params, Some(1_500_000_000));
    assert_eq!(read("v3-30m").params, Some(30_000_000));
    assert_eq!(read("ruri-v3-310m").params, Some(310_000_000));
    assert_eq!(read("172b-instruct2").params, Some(172_000_000_000));
}

#[test]
fn moe_layouts() {
    let s = read("8x7b (**46.7b**)");
    assert_eq!(s.params, Some(46_700_000_000));
    assert_eq!(s.experts.as_deref(), Some("8x7b"));
    let s = read("8x70b (465b)");
    assert_eq!(s.params, Some(465_000_000_000));
    assert_eq!(s.experts.as_deref(), Some("8x70b"));
    // A layout alone: the product would overstate the total.
    let s = read("SIP-jmed-llm-3-8x13b-OP-32k-R0.1");
    assert_eq!(s.params, None);
    assert_eq!(s.experts.as_deref(), Some("8x13b"));
    let s = read("MoE (**47b**)");
    assert_eq!(s.params, Some(47_000_000_000));
}

#[test]
fn parenthesised_size_refines() {
    assert_eq!(read("1b(1.4b)").params, Some(1_400_000_000));
    assert_eq!(read("xl(3b)").params, Some(3_000_000_000));
    assert_eq!(read("mini(1.5b)").params, Some(1_500_000_000));
}

#[test]
fn active_parameters() {
    let s = read("**32b-a3b**-thinking");
    assert_eq!(s.params, Some(32_000_000_000));
    assert_eq!(s.active, Some(3_000_000_000));
    let s = read("GLM-4.7 (**355b-A32B**)");
    assert_eq!(s.params, Some(355_000_000_000));
    assert_eq!(s.active, Some(32_000_000_000));
}

#[test]
fn not_sizes() {
    for text in [
        "v1.0-GPTQ-4bit",
        "rs35kh",
        "Qwen3",
        "OP-32k",
        "base (v3)",
        "clip-vit-b-16",
    ] {
        let s = read(text);
        assert!(s.params.is_none(), "{text}: {s:?}");
    }
    // A name with a size among version and quantization tokens: the
    // size is read, whatever follows the quantization name.
    for text in [
        "GPT-OSS-Swallow-120B-RL-v0.1-MXFP4",
        "GPT-OSS-Swallow-120B-RL-v0.1-MXFP4x",
    ] {
        assert_eq!(read(text).params, Some(120_000_000_000), "{text}");
    }
}

#[test]
fn several_sizes_are_not_one() {
    assert_eq!(read("7b, 13b").params, None);
}

#[test]
fn user_sizes() {
    assert_eq!(parse_params("7b"), Ok(7_000_000_000));
    assert_eq!(parse_params("7B"), Ok(7_000_000_000));
    assert_eq!(parse_params("1.5b"), Ok(1_500_000_000));
    assert_eq!(parse_params("500m"), Ok(500_000_000));
    assert_eq!(parse_params("0.5B"), Ok(500_000_000));
    assert_eq!(parse_params("7e9"), Ok(7_000_000_000));
    assert_eq!(parse_params("7000000000"), Ok(7_000_000_000));
    assert_eq!(parse_params("1000000"), Ok(1_000_000));
    assert_eq!(parse_params("465b"), Ok(465_000_000_000));
    assert_eq!(parse_params(" 1t "), Ok(1_000_000_000_000));
    assert!(parse_params("abc").unwrap_err().contains("7b"));
    assert!(parse_params("-3b")
        .unwrap_err()
        .contains("greater than zero"));
    assert!(parse_params("").is_err());
}

/// A count without a unit below a million is a mistake (`--min-params 7`
/// would select every sized family): the error names the fix.
#[test]
fn a_small_count_without_a_unit_names_the_fix() {
    let e = parse_params("7").unwrap_err();
    assert!(e.contains("7 parameters? write 7b"), "{e}");
    assert!(parse_params("999999").is_err());
    assert!(parse_params("70").unwrap_err().contains("70b"));
}

/// Each wrong number is named for what is wrong with it (`1e400` is too
/// large, not "not greater than zero").
#[test]
fn each_wrong_number_says_what_is_wrong() {
    assert!(parse_params("1e400").unwrap_err().contains("too large"));
    assert!(parse_params("2e18").unwrap_err().contains("too large"));
    assert!(parse_params("0b")
        .unwrap_err()
        .contains("greater than zero"));
    assert!(parse_params("nanb")
        .unwrap_err()
        .contains("expected a number"));
    assert!(parse_params("infb")
        .unwrap_err()
        .contains("expected a number"));
    assert!(parse_tokens("1e400").unwrap_err().contains("too large"));
    assert!(parse_tokens("0").unwrap_err().contains("greater than zero"));
    assert!(parse_bytes("1e400GB").unwrap_err().contains("too large"));
    assert!(parse_bytes("0GB")
        .unwrap_err()
        .contains("greater than zero"));
}

/// `k` is 1024 wherever it is accepted, and nowhere a thousand.
#[test]
fn k_means_1024_wherever_it_is_accepted() {
    assert_eq!(parse_tokens("32k"), Ok(32_768));
    assert_eq!(parse_tokens("32K"), Ok(32_768));
    assert_eq!(parse_tokens("1.5k"), Ok(1_536));
    assert_eq!(parse_tokens("8192"), Ok(8_192));
    assert_eq!(parse_bytes("32k"), Ok(32 * 1024));
    assert_eq!(parse_bytes("32KB"), Ok(32 * 1024));
    let e = parse_params("32k").unwrap_err();
    assert!(e.contains("k is not a unit of parameters"), "{e}");
    assert!(parse_tokens("7b")
        .unwrap_err()
        .contains("unit of parameters"));
}

/// Found by review while fuzzing: `18446744073709551615k` overflowed the
/// multiplication (a panic in debug builds, a wrong filter in release).
#[test]
fn context_lengths_do_not_overflow() {
    assert!(parse_tokens("18446744073709551615k")
        .unwrap_err()
        .contains("too large"));
}

#[test]
fn memory_sizes() {
    const GIB: u64 = 1 << 30;
    assert_eq!(parse_bytes("24GB"), Ok(24 * GIB));
    assert_eq!(parse_bytes("24gb"), Ok(24 * GIB));
    assert_eq!(parse_bytes("8GiB"), Ok(8 * GIB));
    assert_eq!(parse_bytes("8 GiB"), Ok(8 * GIB));
    assert_eq!(parse_bytes("12g"), Ok(12 * GIB));
    assert_eq!(parse_bytes("512MB"), Ok(512 << 20));
    assert_eq!(parse_bytes("1.5TB"), Ok(3 << 39));
    assert_eq!(parse_bytes("0.5g"), Ok(GIB / 2));
    for bad in ["24", "GB", "", "-8GB", "8XB", "8..1GB", "0GB"] {
        let e = parse_bytes(bad).unwrap_err();
        assert!(e.contains("24GB") || e.contains("greater"), "{bad}: {e}");
    }
}

/// The `sizes` fuzz target found 2074 printed as `2.07K`, which
/// `--min-params` refused; below a million the plain count is printed.
#[test]
fn small_counts_print_plain() {
    assert_eq!(format(2074), "2074");
    assert_eq!(format(999_999), "999999");
    assert_eq!(format(1_000_000), "1M");
    // In names `32k` stays a context length.
    assert_eq!(read("OP-32k").params, None);
}

#[test]
fn formatting() {
    assert_eq!(format(70_000_000_000), "70B");
    assert_eq!(format(46_700_000_000), "46.7B");
    assert_eq!(format(310_000_000), "310M");
    assert_eq!(format(1_500_000_000), "1.5B");
    assert_eq!(format(1_005_000_000), "1.01B");
    assert_eq!(format(7_241_732_096), "7.24B");
    assert_eq!(format(999_999_999), "1000M");
    assert_eq!(format(465_000_000_000), "465B");
    assert_eq!(format(1_400_000_000_000), "1.4T");
    assert_eq!(format(999), "999");
    assert_eq!(format(0), "0");
}
