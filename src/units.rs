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
        // The text in one piece (digits and up to six separators of at most
        // three bytes), written at once.
        let mut text = [0u8; 40];
        let mut len = 0;
        for (i, d) in digits.iter().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                text[len..len + sep.len()].copy_from_slice(sep.as_bytes());
                len += sep.len();
            }
            text[len] = *d;
            len += 1;
        }
        out.write_str(std::str::from_utf8(&text[..len]).map_err(|_| std::fmt::Error)?)
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
mod tests;
