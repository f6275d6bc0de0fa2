//! Parameter counts as the list writes them (read by the importer and by
//! the runtime's filters and renderers, hence outside `import/`): `70b`, `1.5B`, `30m`,
//! `8x7b (46.7b)`, `1b(1.4b)`, `xl(3b)`, `32b-a3b`, `355b-A32B`, sizes
//! inside checkpoint names such as `ruri-v3-310m`.
//!
//! Only `b`/`B` (10⁹), `m`/`M` (10⁶) and `t`/`T` (10¹²) count as size
//! suffixes inside names, and only as a whole token: `32k` (a context length),
//! `4bit`, `rs35kh` and `Qwen3` are not sizes. The same reader parses the
//! `--min-params` values users type, which may also be plain numbers or
//! scientific notation (`7e9`).

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

/// Parses a size a user types: `7b`, `7B`, `1.5b`, `500m`, `0.5B`, `7e9`,
/// `465b`, `1t`, `2.07K`, or a plain count. Errors say what would be right.
pub fn parse_user(input: &str) -> Result<u64, String> {
    let s = input.trim();
    let bad = || {
        format!("invalid size '{input}': expected a number with an optional unit, like 7b, 1.5B, 500m, 7e9 or 7000000000")
    };
    if s.is_empty() {
        return Err(bad());
    }
    let last = s.chars().last().ok_or_else(bad)?;
    // `format` prints thousands as `2.07K`, so users may type them back;
    // only here: inside names `32k` is a context length, not a size.
    let thousands = matches!(last, 'k' | 'K').then_some(1e3);
    let (number, mult) = match multiplier(last).or(thousands) {
        Some(m) => (&s[..s.len() - last.len_utf8()], m),
        None if last.is_ascii_alphabetic() && last != 'e' && last != 'E' => return Err(bad()),
        None => (s, 1.0),
    };
    let value: f64 = number.trim().parse().map_err(|_| bad())?;
    if !value.is_finite() || value <= 0.0 {
        return Err(format!("invalid size '{input}': must be greater than zero"));
    }
    let total = (value * mult).round();
    if total >= 1e18 {
        return Err(format!("invalid size '{input}': too large"));
    }
    Ok(total.max(1.0) as u64)
}

/// Prints a count the way the list writes sizes: `70B`, `1.5B`, `310M`, `46.7B`.
pub fn format(params: u64) -> String {
    let (scale, unit): (u64, &str) = if params >= 1_000_000_000_000 {
        (1_000_000_000_000, "T")
    } else if params >= 1_000_000_000 {
        (1_000_000_000, "B")
    } else if params >= 1_000_000 {
        (1_000_000, "M")
    } else if params >= 1_000 {
        (1_000, "K")
    } else {
        return params.to_string();
    };
    // Two decimals, rounded half up, trailing zeros dropped; in integers,
    // because float formatting was a tenth of a `list` run.
    let hundredths = (u128::from(params) * 100 + u128::from(scale) / 2) / u128::from(scale);
    let (whole, frac) = (hundredths / 100, hundredths % 100);
    match frac {
        0 => format!("{whole}{unit}"),
        f if f % 10 == 0 => format!("{whole}.{}{unit}", f / 10),
        f => format!("{whole}.{f:02}{unit}"),
    }
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
        assert_eq!(parse_user("7b"), Ok(7_000_000_000));
        assert_eq!(parse_user("7B"), Ok(7_000_000_000));
        assert_eq!(parse_user("1.5b"), Ok(1_500_000_000));
        assert_eq!(parse_user("500m"), Ok(500_000_000));
        assert_eq!(parse_user("0.5B"), Ok(500_000_000));
        assert_eq!(parse_user("7e9"), Ok(7_000_000_000));
        assert_eq!(parse_user("465b"), Ok(465_000_000_000));
        assert!(parse_user("abc").unwrap_err().contains("7b"));
        assert!(parse_user("-3b").is_err());
        assert!(parse_user("").is_err());
    }

    /// Found by the `sizes` fuzz target: 2074 printed as `2.07K`, which
    /// `--min-params` then refused.
    #[test]
    fn printed_thousands_read_back() {
        assert_eq!(format(2074), "2.07K");
        assert_eq!(parse_user("2.07K"), Ok(2070));
        assert_eq!(parse_user("32k"), Ok(32_000));
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
    }
}
