//! Property tests (proptest): laws that must hold for every input, checked
//! on thousands of generated ones each `cargo test` — the size parser and
//! printer agree with each other, and nothing that handles user text panics
//! on arbitrary Unicode. The fuzz targets in `fuzz/` search further; these
//! run everywhere, in CI included.

use proptest::prelude::*;

use crate::catalog::index::{norm, suggest};
use crate::catalog::load;
use crate::catalog::schema::{Catalog, Family, Text};
use crate::query::search;
use crate::sanitize;
use crate::sizes;

/// Text made of what size cells and model names are made of, so that the
/// generated strings often are sizes (`8x7b (46.7b)`, `32b-a3b`).
const SIZE_LIKE: &str = "[0-9bBmMtTkKxX×.,()（）*a-z\\- eE]{0,24}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// `format` keeps two decimals of its unit (K, M, B, T), so reading
    /// back what it printed gives the count within half a unit of the last
    /// decimal: |parse_user(format(n)) − n| ≤ unit/200 + 1, and exactly n
    /// below 1000. Counts from 1 up to just under 10^18 (`parse_user`'s
    /// limit).
    #[test]
    fn printed_sizes_read_back(n in 1u64..999_990_000_000_000_000) {
        let printed = sizes::format(n);
        let back = sizes::parse_user(&printed);
        prop_assert!(back.is_ok(), "{n} printed as {printed:?}: {back:?}");
        let back = back.unwrap_or_default();
        let tolerance = crate::fuzz::round_trip_tolerance(n);
        prop_assert!(back.abs_diff(n) <= tolerance, "{n} → {printed} → {back}");
    }

    /// Sizes that are typical (up to three significant digits in a unit)
    /// survive the round trip exactly.
    #[test]
    fn round_sizes_read_back_exactly(mantissa in 1u64..1000, unit in 0u32..5, decimals in 0u32..3) {
        let n = mantissa * 10u64.pow(3 * unit) / 10u64.pow(decimals.min(3 * unit));
        prop_assume!(n > 0);
        prop_assert_eq!(sizes::parse_user(&sizes::format(n)), Ok(n));
    }

    /// Whatever a user types, `--min-params` answers a count in range or a
    /// message naming the valid forms.
    #[test]
    fn user_sizes_are_in_range_or_explained(s in prop_oneof![SIZE_LIKE, any::<String>()]) {
        match sizes::parse_user(&s) {
            Ok(n) => prop_assert!((1..1_000_000_000_000_000_000).contains(&n)),
            Err(e) => prop_assert!(e.starts_with("invalid size")),
        }
    }

    /// The list's cells: any text is read without panicking, and a total
    /// found is a count in range.
    #[test]
    fn size_cells_never_panic(s in prop_oneof![SIZE_LIKE, any::<String>()]) {
        let info = sizes::read(&s);
        if let Some(p) = info.params {
            prop_assert!((1..1_000_000_000_000_000_000).contains(&p));
        }
    }

    /// Escaped text has no character a terminal acts on; one-line text has
    /// no line breaks or tabs; text with nothing to escape is untouched.
    #[test]
    fn sanitized_text_is_inert(s in any::<String>()) {
        let text = sanitize::text(&s);
        prop_assert!(!text.chars().any(sanitize::is_dangerous), "{text:?}");
        let line = sanitize::line(&s);
        prop_assert!(!line.chars().any(|c| sanitize::is_dangerous(c) || matches!(c, '\n' | '\t' | '\r')));
        if !s.chars().any(sanitize::is_dangerous) {
            prop_assert_eq!(text.as_ref(), s.as_str());
        }
    }

    /// Normalised names drop what `norm` promises to drop, and normalising
    /// twice changes nothing.
    #[test]
    fn norm_is_idempotent(s in any::<String>()) {
        let n = norm(&s);
        prop_assert!(!n.contains([' ', '-', '_', '.', '\u{3000}', '・']), "{n:?}");
        prop_assert_eq!(norm(&n), n);
    }

    /// Any text through every cell reader (see `fuzz::cell`): no panic, no
    /// doubled or edge spaces, no empty parts.
    #[test]
    fn cells_read_without_panic(s in any::<String>()) {
        crate::fuzz::cell(&s);
    }
}

proptest! {
    // Each case scores every family of the built-in catalog.
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Search and suggestions on arbitrary Unicode queries over the
    /// built-in catalog: no panic, every hit names a field.
    #[test]
    fn search_any_query(q in any::<String>()) {
        let cat = load::embedded();
        let families: Vec<&Family> = cat.models.iter().collect();
        for hit in search::search(&cat, &families, &q) {
            prop_assert!(!hit.field.is_empty());
        }
        let _ = suggest(&q, cat.models.iter().map(|f| f.name.as_ref()), 5);
    }

    /// Search over hostile catalog text (training data in any script,
    /// including letters whose lowercase is longer, like `İ`).
    #[test]
    fn search_any_catalog_text(text in any::<String>(), q in "[a-zİı ]{1,3}|.{1,3}", pad in "[İẞ]{0,30}") {
        let family = Family {
            id: "x".into(),
            name: "zzzz".into(),
            training_data: Some(Text { en: Some(format!("{pad}{text}{q}").into()), ..Text::default() }),
            ..Family::default()
        };
        let cat = Catalog::default();
        let _ = search::search(&cat, &[&family], &q);
    }
}

/// `tidy` and `split_cells` as they were before they were rewritten to
/// write into one string and split by byte: the rewrites must agree.
mod before_rewrite {
    use crate::import::markdown::SPACES;

    pub fn tidy(s: &str) -> String {
        let mut lines = Vec::new();
        for line in s.split('\n') {
            let mut out = String::with_capacity(line.len());
            let mut space = false;
            for ch in line.chars() {
                if SPACES.contains(&ch) {
                    space = true;
                } else if matches!(ch, '\u{200b}' | '\u{feff}') {
                } else {
                    if space && !out.is_empty() {
                        out.push(' ');
                    }
                    space = false;
                    out.push(ch);
                }
            }
            if !out.is_empty() {
                lines.push(out);
            }
        }
        lines.join("\n")
    }

    pub fn split_cells(line: &str) -> Vec<String> {
        let body = line.trim();
        let body = body.strip_prefix('|').unwrap_or(body);
        let body = body.strip_suffix('|').unwrap_or(body);
        let mut cells = Vec::new();
        let mut cur = String::new();
        let mut prev_backslash = false;
        for ch in body.chars() {
            if ch == '|' && !prev_backslash {
                cells.push(cur.trim().to_string());
                cur.clear();
            } else {
                cur.push(ch);
            }
            prev_backslash = ch == '\\';
        }
        cells.push(cur.trim().to_string());
        cells
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Text made of what cells are made of: pipes, backslashes, spaces of
    /// every kind, zero-width spaces, newlines, Japanese.
    #[test]
    fn rewritten_cell_readers_agree(s in "[a-z|\\\\ \t\u{3000}\u{200b}\u{feff}\n日本語ー（）-]{0,40}") {
        use crate::import::markdown;
        prop_assert_eq!(markdown::tidy(&s), before_rewrite::tidy(&s));
        prop_assert_eq!(markdown::split_cells(&s), before_rewrite::split_cells(&s));
    }
}
