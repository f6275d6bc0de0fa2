//! Units: every count jllm reads (from the list's cells and from what users
//! type) and prints back, in one place, so that a unit means the same
//! wherever it is accepted. Used by the importer, the filters, the renderers
//! and `fit`.
//!
//! What users type, one rule per kind of count:
//!
//! | flags | accepted | `k` |
//! |---|---|---|
//! | `--min-params`, `--max-params` | `7b`, `1.5B`, `500m`, `1t`, `7e9`; a plain count only from 1,000,000 (`7` is an error: "7 parameters? write 7b") | not a parameter unit |
//! | `--min-context`, `--max-context`, `fit --context` | `8192`, `32k`, `1e4` | 1024 tokens (`32k` = 32,768) |
//! | `fit --vram`, `fit --ram` | `24GB`, `8GiB`, `512MB`, `1.5TB` (a unit is required) | 1024 bytes (all units binary) |
//!
//! So `k` is 1024 wherever it is accepted. A value that is zero, negative,
//! not a number, or 10¹⁸ and over (`1e400` included) is an error saying
//! which.
//!
//! The list's cells and checkpoint names ([`read`]): `70b`, `1.5B`, `30m`,
//! `8x7b (46.7b)`, `1b(1.4b)`, `xl(3b)`, `32b-a3b`, `355b-A32B`, sizes
//! inside checkpoint names such as `ruri-v3-310m`. Only `b`/`B` (10⁹),
//! `m`/`M` (10⁶) and `t`/`T` (10¹²) count as size suffixes inside names, and
//! only as a whole token: `32k` (a context length), `4bit`, `rs35kh` and
//! `Qwen3` are not sizes.

use crate::catalog::schema::Lang;
use crate::i18n::{self, tr, trf};

/// What a piece of text says about a checkpoint's size.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SizeInfo {
    /// Total parameters.
    pub params: Option<u64>,
    /// Active parameters of a mixture of experts (`-a3b`).
    pub active: Option<u64>,
    /// Expert layout as written, e.g. `8x7b`.
    pub experts: Option<String>,
}

fn multiplier(c: char) -> Option<f64> {
    match c {
        'b' | 'B' => Some(1e9),
        'm' | 'M' => Some(1e6),
        't' | 'T' => Some(1e12),
        _ => None,
    }
}

/// `mantissa × multiplier` as a whole count, without float noise
/// (`46.7b` → 46_700_000_000, not 46_699_999_999).
fn scale(number: &str, mult: f64) -> Option<u64> {
    let value: f64 = number.parse().ok()?;
    if !value.is_finite() || value <= 0.0 {
        return None;
    }
    let total = (value * mult).round();
    (1.0..1e18).contains(&total).then_some(total as u64)
}

/// A size token found in a text.
#[derive(Debug, Clone, PartialEq)]
struct Token {
    params: u64,
    /// `NxM` layout, when the token was one.
    experts: Option<String>,
    /// The token follows an `a`/`A` right after `-` (`32b-a3b`): active params.
    active: bool,
    /// Inside parentheses.
    depth: usize,
}

/// Finds whole-token sizes in `text`.
fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '(' || c == '（' {
            depth += 1;
        } else if c == ')' || c == '）' {
            depth = depth.saturating_sub(1);
        }
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        let active_prefix =
            matches!(prev, Some('a' | 'A')) && i >= 2 && matches!(chars[i - 2], '-' | '_');
        let boundary = match prev {
            None => true,
            Some(p) => !p.is_alphanumeric() && p != '.',
        };
        if c.is_ascii_digit() && (boundary || active_prefix) {
            if let Some((tok, next)) = token_at(&chars, i, depth, active_prefix && !boundary) {
                out.push(tok);
                i = next;
                continue;
            }
            // Skip the rest of this alphanumeric run.
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '.') {
                i += 1;
            }
            continue;
        }
        i += 1;
    }
    out
}

fn number_at(chars: &[char], mut i: usize) -> (String, usize) {
    let mut s = String::new();
    while i < chars.len() && chars[i].is_ascii_digit() {
        s.push(chars[i]);
        i += 1;
    }
    if i + 1 < chars.len() && chars[i] == '.' && chars[i + 1].is_ascii_digit() {
        s.push('.');
        i += 1;
        while i < chars.len() && chars[i].is_ascii_digit() {
            s.push(chars[i]);
            i += 1;
        }
    }
    (s, i)
}

fn ends_token(chars: &[char], i: usize) -> bool {
    i >= chars.len() || !chars[i].is_alphanumeric()
}

fn token_at(chars: &[char], start: usize, depth: usize, active: bool) -> Option<(Token, usize)> {
    let (first, i) = number_at(chars, start);
    // Expert layout: 8x7b, 8×8B.
    if i < chars.len() && matches!(chars[i], 'x' | '×') {
        let (second, j) = number_at(chars, i + 1);
        if !second.is_empty() && j < chars.len() {
            let mult = multiplier(chars[j])?;
            if ends_token(chars, j + 1) {
                let experts: u64 = first.parse().ok()?;
                let each = scale(&second, mult)?;
                let layout: String = chars[start..=j].iter().collect();
                return Some((
                    Token {
                        params: experts.checked_mul(each)?,
                        experts: Some(layout.to_lowercase().replace('×', "x")),
                        active: false,
                        depth,
                    },
                    j + 1,
                ));
            }
        }
        return None;
    }
    if i >= chars.len() {
        return None;
    }
    let mult = multiplier(chars[i])?;
    if !ends_token(chars, i + 1) {
        return None;
    }
    Some((
        Token {
            params: scale(&first, mult)?,
            experts: None,
            active,
            depth,
        },
        i + 1,
    ))
}

/// Reads what a checkpoint name or a size cell says about the size.
///
/// A parenthesised size refines the one before it (`8x7b (46.7b)`,
/// `1b(1.4b)`, `xl(3b)`); an `NxM` layout alone gives only the layout, since
/// experts share layers and the product overstates the total; `-aNb` gives the
/// active parameters. Several different plain sizes (a cell listing `7b,
/// 13b`) give no single answer: `params` stays `None`.
pub fn read(text: &str) -> SizeInfo {
    let toks = tokens(text);
    let mut info = SizeInfo::default();
    if toks.is_empty() {
        return info;
    }
    info.experts = toks.iter().find_map(|t| t.experts.clone());
    info.active = toks.iter().find(|t| t.active).map(|t| t.params);
    let totals: Vec<&Token> = toks.iter().filter(|t| !t.active).collect();
    // A deeper (parenthesised) plain size wins over the layout it explains.
    let plain: Vec<&Token> = totals
        .iter()
        .copied()
        .filter(|t| t.experts.is_none())
        .collect();
    let chosen: Vec<u64> = match plain.iter().map(|t| t.depth).max() {
        Some(max_depth) => plain
            .iter()
            .filter(|t| t.depth == max_depth)
            .map(|t| t.params)
            .collect(),
        None => Vec::new(),
    };
    let mut distinct = chosen.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() == 1 {
        info.params = Some(distinct[0]);
    }
    info
}

/// What a number typed by a user says, before its unit is applied.
enum Reading {
    Value(f64),
    NotANumber,
}

/// Reads the number in front of a unit: digits with an optional decimal
/// point, exponent and sign (`1.5`, `7e9`, `-3`: the sign is refused later
/// as not greater than zero). Words `f64::from_str` also takes (`inf`,
/// `NaN`) are not numbers here.
fn number(text: &str) -> Reading {
    let t = text.trim();
    let plain = t
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    if t.is_empty() || !plain || !t.contains(|c: char| c.is_ascii_digit()) {
        return Reading::NotANumber;
    }
    t.parse().map_or(Reading::NotANumber, Reading::Value)
}

/// Why a number is not a count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Why {
    NotANumber,
    NotPositive,
    TooLarge,
}

impl Why {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            Why::NotANumber => tr(lang, "not a number"),
            Why::NotPositive => tr(lang, "must be greater than zero"),
            Why::TooLarge => tr(lang, "too large (the limit is 10^18)"),
        }
    }
}

/// `value × mult` as a whole count from 1 to just under 10¹⁸, or why not.
fn whole(value: f64, mult: f64) -> Result<u64, Why> {
    if value.is_nan() {
        return Err(Why::NotANumber);
    }
    if value <= 0.0 {
        return Err(Why::NotPositive);
    }
    let total = (value * mult).round();
    // `1e400` reads as infinity: too large, not "not a number".
    if !total.is_finite() || total >= 1e18 {
        return Err(Why::TooLarge);
    }
    Ok(total.max(1.0) as u64)
}

/// Splits `input` into its number and a unit that ends it, matching the
/// units in `units` case-insensitively, longest first. No unit: `""`.
fn split_unit<'a>(input: &'a str, units: &[&'static str]) -> (&'a str, &'static str) {
    let s = input.trim();
    let lower = s.to_ascii_lowercase();
    let mut best: Option<&'static str> = None;
    for &u in units {
        if lower.ends_with(u) && best.is_none_or(|b| u.len() > b.len()) {
            best = Some(u);
        }
    }
    match best {
        // `lower` and `s` have the same byte lengths (ASCII lowering).
        Some(u) if s.is_char_boundary(s.len() - u.len()) => (&s[..s.len() - u.len()], u),
        _ => (s, ""),
    }
}

/// The smallest plain count `--min-params` takes without a unit: below it a
/// bare number is almost surely a forgotten `b` (`7` for 7B).
pub const PLAIN_COUNT_MIN: u64 = 1_000_000;

/// Parses a parameter count a user types (`--min-params`, `--max-params`):
/// `7b`, `7B`, `1.5b`, `500m`, `0.5B`, `1t`, `7e9`, or a plain count of at
/// least 1,000,000 (`7000000000`). A smaller count without a unit is an
/// error naming the fix (`7 parameters? write 7b`); `k` is a unit of
/// tokens and bytes (1024), never of parameters. Errors say what would be
/// right, in the language of messages ([`i18n::lang`]).
pub fn parse_params(input: &str) -> Result<u64, String> {
    // Messages are made on failure only: the language of messages is read
    // ahead of `Config` then, never on the way to a result.
    let fail = |why: &dyn Fn(Lang) -> String| {
        let lang = i18n::lang();
        trf(lang, "invalid size '{0}': {1}", &[&input, &why(lang)])
    };
    let forms = |lang| {
        tr(
            lang,
            "expected a number with a unit, like 7b, 1.5B or 500m (or a plain count such as 7000000000)",
        )
        .to_string()
    };
    let (num, unit) = split_unit(input, &["b", "m", "t", "k"]);
    let mult = match unit {
        "b" => 1e9,
        "m" => 1e6,
        "t" => 1e12,
        "k" => {
            return Err(fail(&|lang| {
                tr(
                    lang,
                    "k is not a unit of parameters (32k means 32,768 tokens); write millions or billions, like 500m or 1.5b",
                )
                .to_string()
            }))
        }
        _ => 1.0,
    };
    let value = match number(num) {
        Reading::Value(v) => v,
        Reading::NotANumber => return Err(fail(&forms)),
    };
    let n = whole(value, mult).map_err(|why| fail(&|lang| why.text(lang).to_string()))?;
    if unit.is_empty() && n < PLAIN_COUNT_MIN {
        let typed = num.trim();
        return Err(fail(&|lang| {
            trf(
                lang,
                "{0} parameters? write {0}b (billions) or {0}m (millions); a count without a unit must be at least {1}",
                &[&typed, &PLAIN_COUNT_MIN],
            )
        }));
    }
    Ok(n)
}

/// Tokens in one `k`: model cards write a 32,768-token window as `32k`.
pub const TOKENS_PER_K: u64 = 1024;

/// Parses a number of tokens (`--min-context`, `--max-context`,
/// `fit --context`): a plain count (`8192`, `1e4`) or thousands written
/// `k`, which are 1024 (`32k` = 32,768, `1.5k` = 1,536).
pub fn parse_tokens(input: &str) -> Result<u64, String> {
    let fail = |why: &dyn Fn(Lang) -> String| {
        let lang = i18n::lang();
        trf(
            lang,
            "invalid context length '{0}': {1}",
            &[&input, &why(lang)],
        )
    };
    let forms = |lang| {
        tr(
            lang,
            "expected a number of tokens like 8192 or 32k (k = 1024)",
        )
        .to_string()
    };
    let (num, unit) = split_unit(input, &["k", "b", "m", "t"]);
    let mult = match unit {
        "k" => TOKENS_PER_K as f64,
        "" => 1.0,
        other => {
            return Err(fail(&|lang| {
                trf(
                    lang,
                    "'{0}' is a unit of parameters; {1}",
                    &[&other, &forms(lang)],
                )
            }))
        }
    };
    match number(num) {
        Reading::Value(v) => whole(v, mult).map_err(|why| fail(&|lang| why.text(lang).to_string())),
        Reading::NotANumber => Err(fail(&forms)),
    }
}

/// Parses a memory size (`--vram`, `--ram`): `24GB`, `24 GiB`, `8g`,
/// `512MB`, `1.5TB`. Units are binary (1 GB = 1024³ bytes, as memory is
/// sold and as JEDEC defines them for memory), so `k` is 1024 here too; a
/// unit is required.
pub fn parse_bytes(input: &str) -> Result<u64, String> {
    let fail = |why: &dyn Fn(Lang) -> String| {
        let lang = i18n::lang();
        trf(
            lang,
            "invalid memory size '{0}': {1}",
            &[&input, &why(lang)],
        )
    };
    let forms = |lang| {
        tr(
            lang,
            "expected a number with a unit, like 24GB, 8GiB or 512MB",
        )
        .to_string()
    };
    let units = [
        "k", "kb", "kib", "m", "mb", "mib", "g", "gb", "gib", "t", "tb", "tib",
    ];
    let (num, unit) = split_unit(input, &units);
    let shift = match unit.chars().next() {
        Some('k') => 10,
        Some('m') => 20,
        Some('g') => 30,
        Some('t') => 40,
        _ => return Err(fail(&forms)),
    };
    match number(num) {
        Reading::Value(v) => {
            whole(v, (1u64 << shift) as f64).map_err(|why| fail(&|lang| why.text(lang).to_string()))
        }
        Reading::NotANumber => Err(fail(&forms)),
    }
}

/// Bytes for people in the binary units the user typed: `21.6 GiB`.
pub fn format_gib(bytes: u64) -> String {
    format!("{:.1} GiB", bytes as f64 / f64::from(1u32 << 30))
}

/// [`format_gib`] as `lang` writes it: French with a decimal comma and
/// its unit's name, `21,6 Gio`.
pub fn format_gib_in(bytes: u64, lang: crate::catalog::schema::Lang) -> String {
    match lang {
        crate::catalog::schema::Lang::Fr => {
            format!("{:.1} Gio", bytes as f64 / f64::from(1u32 << 30)).replacen('.', ",", 1)
        }
        _ => format_gib(bytes),
    }
}

/// A percentage to one decimal as `lang` writes it: `12.5%`; French with a
/// decimal comma and a narrow no-break space (U+202F) before the sign,
/// `12,5 %`.
pub fn percent(value: f64, lang: crate::catalog::schema::Lang) -> String {
    match lang {
        crate::catalog::schema::Lang::Fr => format!("{value:.1}\u{202f}%").replacen('.', ",", 1),
        _ => format!("{value:.1}%"),
    }
}

/// A count with its thousands grouped as `lang` writes them: `4,096`, in
/// French `4 096` (a narrow no-break space, U+202F, which a terminal
/// never breaks a line at).
pub fn thousands(n: u64, lang: crate::catalog::schema::Lang) -> String {
    Thousands(n, lang).to_string()
}

/// [`thousands`] as a `Display`: written into a table cell without a
/// `String` of its own.
pub struct Thousands(pub u64, pub crate::catalog::schema::Lang);

impl std::fmt::Display for Thousands {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sep = match self.1 {
            crate::catalog::schema::Lang::Fr => "\u{202f}",
            _ => ",",
        };
        // Groups from the left: the first has 1 to 3 digits.
        let mut buf = [0u8; 20];
        let mut at = buf.len();
        let mut n = self.0;
        loop {
            at -= 1;
            buf[at] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let digits = &buf[at..];
        for (i, d) in digits.iter().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.write_str(sep)?;
            }
            std::fmt::Write::write_char(out, char::from(*d))?;
        }
        Ok(())
    }
}

/// Prints a count the way the list writes sizes: `70B`, `1.5B`, `310M`,
/// `46.7B`; below a million, the plain count. From a million up,
/// [`parse_params`] reads it back within two decimals of its unit.
pub fn format(params: u64) -> String {
    let mut out = String::new();
    push_format(&mut out, params);
    out
}

/// The decimal digits of `n`, appended.
fn push_digits(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &buf[at..] {
        out.push(char::from(d));
    }
}

/// [`format`], appended to `out` (table cells are written into one buffer).
pub fn push_format(out: &mut String, params: u64) {
    let (scale, unit): (u64, &str) = if params >= 1_000_000_000_000 {
        (1_000_000_000_000, "T")
    } else if params >= 1_000_000_000 {
        (1_000_000_000, "B")
    } else if params >= 1_000_000 {
        (1_000_000, "M")
    } else {
        // Below a million, the exact count: no checkpoint is that small, and
        // a `K` here would be a unit `--min-params` does not take.
        push_digits(out, params);
        return;
    };
    // Two decimals, rounded half up, trailing zeros dropped; in integers,
    // because float formatting was a tenth of a `list` run.
    let hundredths = (u128::from(params) * 100 + u128::from(scale) / 2) / u128::from(scale);
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    // Digits pushed by hand: `write!` was most of this function's cost.
    push_digits(out, u64::try_from(whole).unwrap_or(u64::MAX));
    if frac != 0 {
        out.push('.');
        out.push(char::from(b'0' + (frac / 10) as u8));
        if frac % 10 != 0 {
            out.push(char::from(b'0' + (frac % 10) as u8));
        }
    }
    out.push_str(unit);
}

#[cfg(test)]
mod tests {
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

    /// Issue 11: `--min-params 7` meant seven parameters and selected every
    /// sized family. A count without a unit below a million is a mistake.
    #[test]
    fn a_small_count_without_a_unit_names_the_fix() {
        let e = parse_params("7").unwrap_err();
        assert!(e.contains("7 parameters? write 7b"), "{e}");
        assert!(parse_params("999999").is_err());
        assert!(parse_params("70").unwrap_err().contains("70b"));
    }

    /// Issue 10: `1e400` was reported as "must be greater than zero".
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
}
