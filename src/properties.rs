//! Property tests (proptest): laws that must hold for every input, checked
//! on thousands of generated ones each `cargo test` — the size parser and
//! printer agree with each other, and nothing that handles user text panics
//! on arbitrary Unicode. The fuzz targets in `fuzz/` search further; these
//! run everywhere, in CI included.

use proptest::prelude::*;

use crate::catalog::index::{norm, suggest};
use crate::catalog::schema::{Catalog, Family, Text};
use crate::catalog::{load, parse as load_parse};
use crate::query::search;
use crate::sanitize;
use crate::units;

/// Text made of what size cells and model names are made of, so that the
/// generated strings often are sizes (`8x7b (46.7b)`, `32b-a3b`).
const SIZE_LIKE: &str = "[0-9bBmMtTkKxX×.,()（）*a-z\\- eE]{0,24}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// `format` keeps two decimals of its unit (M, B, T), so reading
    /// back what it printed gives the count within half a unit of the last
    /// decimal: |parse_params(format(n)) − n| ≤ unit/200 + 1. Counts from a
    /// million (below, `format` prints the plain count, which needs a unit)
    /// up to just under 10^18 (`parse_params`'s limit).
    #[test]
    fn printed_sizes_read_back(n in units::PLAIN_COUNT_MIN..999_990_000_000_000_000) {
        let printed = units::format(n);
        let back = units::parse_params(&printed);
        prop_assert!(back.is_ok(), "{n} printed as {printed:?}: {back:?}");
        let back = back.unwrap_or_default();
        let tolerance = crate::fuzz::round_trip_tolerance(n);
        prop_assert!(back.abs_diff(n) <= tolerance, "{n} → {printed} → {back}");
    }

    /// Sizes that are typical (up to three significant digits in a unit)
    /// survive the round trip exactly.
    #[test]
    fn round_sizes_read_back_exactly(mantissa in 1u64..1000, unit in 2u32..5, decimals in 0u32..3) {
        let n = mantissa * 10u64.pow(3 * unit) / 10u64.pow(decimals.min(3 * unit));
        prop_assume!(n >= units::PLAIN_COUNT_MIN);
        prop_assert_eq!(units::parse_params(&units::format(n)), Ok(n));
    }

    /// Whatever a user types, `--min-params` answers a count in range or a
    /// message naming the valid forms.
    #[test]
    fn user_sizes_are_in_range_or_explained(s in prop_oneof![SIZE_LIKE, any::<String>()]) {
        match units::parse_params(&s) {
            Ok(n) => prop_assert!((1..1_000_000_000_000_000_000).contains(&n)),
            Err(e) => prop_assert!(e.starts_with("invalid size")),
        }
        match units::parse_tokens(&s) {
            Ok(n) => prop_assert!((1..1_000_000_000_000_000_000).contains(&n)),
            Err(e) => prop_assert!(e.starts_with("invalid context length")),
        }
        match units::parse_bytes(&s) {
            Ok(n) => prop_assert!((1..1_000_000_000_000_000_000).contains(&n)),
            Err(e) => prop_assert!(e.starts_with("invalid memory size")),
        }
    }

    /// The list's cells: any text is read without panicking, and a total
    /// found is a count in range.
    #[test]
    fn size_cells_never_panic(s in prop_oneof![SIZE_LIKE, any::<String>()]) {
        let info = units::read(&s);
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
        let hits = search::search(&cat, &families, &q);
        let mut seen = std::collections::HashSet::new();
        for (k, hit) in hits.iter().enumerate() {
            // Each hit is the family at its index, once, best first.
            prop_assert!(std::ptr::eq(hit.family, families[hit.index]));
            prop_assert!(seen.insert(hit.index), "{} twice", hit.family.id);
            if k > 0 {
                prop_assert!(hits[k - 1].score >= hit.score);
            }
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
        let hits = search::search(&cat, &[&family], &q);
        // The training data ends with the query: an ASCII query is found
        // in it whatever comes before, once it is long enough to count as a
        // fragment (one or two Latin letters match too much; search.rs).
        if q.len() >= 3 && q.bytes().all(|b| b.is_ascii_lowercase()) {
            prop_assert_eq!(hits.len(), 1, "{:?} not found", q);
        }
    }
}

/// Text made of what links, footnotes and tags in the list's cells are made of.
const CELL_LIKE: &str = "[\\[\\]()^a1 <br>&;#x]{0,40}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The linear cell readers return what the plain ones they replaced did.
    #[test]
    fn linear_cell_readers_equal_the_plain_ones(s in prop_oneof![CELL_LIKE, any::<String>()]) {
        use crate::import::markdown::{self, reference};
        prop_assert_eq!(markdown::links(&s), reference::links(&s));
        prop_assert_eq!(markdown::footnote_refs(&s), reference::footnote_refs(&s));
        prop_assert_eq!(markdown::strip_footnotes(&s), reference::strip_footnotes(&s));
    }
}

/// Pieces of TOML that confuse a line-based splitter: headers, quotes of
/// every kind, comment and escape characters, newlines.
const TOML_PIECES: &[&str] = &[
    "[[model]]",
    "[[model.variants]]",
    "\n",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "#",
    "\\",
    "x",
    "[",
    "]",
    "=",
    " ",
    "{",
    "}",
    ",",
];

/// One string value in one of the four TOML forms, escaped to be valid
/// (`valid`) or raw (often invalid, to compare the errors too).
fn toml_string(form: u8, pieces: &[usize], valid: bool) -> String {
    let content: String = pieces
        .iter()
        .map(|&k| TOML_PIECES[k % TOML_PIECES.len()])
        .collect();
    if !valid {
        let quote = ["\"", "'", "\"\"\"", "'''"][form as usize % 4];
        return format!("{quote}{content}{quote}");
    }
    match form % 4 {
        0 => format!("{:?}", content).replace("\\'", "'"),
        1 => format!("'{}'", content.replace(['\'', '\n'], "")),
        2 => format!(
            "\"\"\"{}\"\"\"",
            content.replace('\\', "\\\\").replace('"', "\\\"")
        ),
        _ => format!("'''{}'''", content.replace("'''", "''")),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Parsing in slices (here the smallest: a cut before every header the
    /// splitter allows) gives exactly what parsing the whole text gives:
    /// the same catalog, or an error for both.
    #[test]
    fn sliced_parse_equals_whole_parse(
        entries in prop::collection::vec(
            (0u8..6, 0u8..4, prop::collection::vec(0usize..64, 0..8), any::<bool>(), prop::option::of(prop::collection::vec(0usize..64, 0..6))),
            1..6,
        )
    ) {
        let mut text = String::new();
        for (i, (kind, form, pieces, valid, comment)) in entries.iter().enumerate() {
            let header = match kind {
                0..=2 => "[[model]]",
                3 => "[[model.variants]]",
                4 => "[[benchmark]]",
                _ => "  [[ model ]] # spaced",
            };
            let value = toml_string(*form, pieces, *valid);
            let comment = comment.as_ref().map_or(String::new(), |c| {
                let c: String = c.iter().map(|&k| TOML_PIECES[k % TOML_PIECES.len()]).collect();
                format!(" # {}", c.replace('\n', " "))
            });
            if *kind == 3 {
                text.push_str(&format!("{header}\nname = {value}{comment}\nurl = \"u\"\n"));
            } else if *kind == 4 {
                text.push_str(&format!("{header}\nid = \"b{i}\"\nname = {value}{comment}\ncategory = \"nlu\"\n"));
            } else {
                text.push_str(&format!(
                    "{header}\nid = \"m{i}\"\nname = {value}{comment}\nname_ja = 'n'\ncategory = \"encoder\"\n"
                ));
            }
        }
        let whole = toml::from_str::<Catalog>(&text);
        let sliced = load_parse::parse_in_chunks(&text, 1);
        match (&whole, &sliced) {
            (Ok(w), Ok(s)) => prop_assert_eq!(w, s, "{}", text),
            // Both refuse it. (The messages may differ: on some broken
            // strings the whole-file parser reports a later line than the
            // one that is broken, which the slice holding it reports.)
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "whole {:?} but sliced {:?}\n{}", whole.is_ok(), sliced.is_ok(), text),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Overlays applied through one `Overlays` (the index kept between
    /// files) give what applying each with a fresh index (the old cost,
    /// quadratic in files) gives: ids from a small set, so that overlays
    /// replace, repeat and add entries.
    #[test]
    fn kept_index_overlays_equal_fresh_ones(files in prop::collection::vec(prop::collection::vec(0u8..6, 0..5), 1..8)) {
        let family = |id: u8, n: usize| {
            let mut f = load::embedded().models[0].clone();
            f.id = format!("x{id}").into();
            f.name = format!("file {n}").into();
            f
        };
        let catalogs: Vec<Catalog> = files
            .iter()
            .enumerate()
            .map(|(n, ids)| Catalog {
                models: ids.iter().map(|&id| family(id, n)).collect(),
                ..Catalog::default()
            })
            .collect();
        let mut kept = Catalog::default();
        let mut overlays = load::Overlays::default();
        let mut fresh = Catalog::default();
        for c in &catalogs {
            overlays.add(&mut kept, c.clone());
            load::overlay(&mut fresh, c.clone());
        }
        prop_assert_eq!(kept, fresh);
    }
}

/// Words of `list` and `search` command lines, flags and values, right and
/// wrong, for the parse-path property below.
const ARG_WORDS: &[&str] = &[
    "list",
    "ls",
    "search",
    "show",
    "elyza",
    "--min-params",
    "7b",
    "x",
    "--json",
    "id,name",
    "--lang",
    // English only: the language a run decides is process-wide (messages
    // below `Config` read it), and the unit tests that run beside this one
    // assert English messages.
    "en",
    "--color",
    "never",
    "--no-builtin",
    "--format",
    "ids",
    "tsv",
    "--sort",
    "params",
    "--reverse",
    "--limit",
    "3",
    "--category",
    "speech",
    "--approach",
    "merge",
    "--license",
    "apache",
    "--",
    "-h",
    "--help",
    "--variants",
    "--commercial",
    "--year",
    "2024",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The fast command-line parse users hit (`Cli::parse_args`) answers as
    /// the full clap tree does wherever it answers (`fuzz::query` asserts
    /// it), and running the line never panics.
    #[test]
    fn fast_parse_equals_full_parse(words in prop::collection::vec(0usize..64, 1..8)) {
        let line: Vec<&str> = words.iter().map(|&k| ARG_WORDS[k % ARG_WORDS.len()]).collect();
        crate::fuzz::query(&line.join("\n"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// What `tidy` promises, for text made of what cells are made of
    /// (pipes, backslashes, spaces of every kind, zero-width spaces,
    /// newlines, Japanese): no empty line, no space at either end of a
    /// line, single ASCII spaces only, no zero-width character; the words
    /// are the input's words (split at any space or line break, with the
    /// zero-width characters deleted) in their order; line breaks stay
    /// where words were; and tidying twice changes nothing.
    #[test]
    fn tidy_keeps_words_and_drops_spacing(s in "[a-z|\\\\ \t\u{3000}\u{200b}\u{feff}\n日本語ー（）-]{0,40}") {
        use crate::import::markdown::{tidy, SPACES};
        let t = tidy(&s);
        let zero_width = ['\u{200b}', '\u{feff}'];
        for line in t.split('\n').filter(|_| !t.is_empty()) {
            prop_assert!(!line.is_empty(), "empty line in {t:?}");
            prop_assert!(!line.starts_with(' ') && !line.ends_with(' '), "{line:?}");
            prop_assert!(!line.contains("  "), "{line:?}");
            prop_assert!(!line.contains(['\t', '\u{3000}']), "{line:?}");
            prop_assert!(!line.contains(zero_width), "{line:?}");
        }
        let words = |lines: &str| -> Vec<Vec<String>> {
            lines
                .replace(zero_width, "")
                .split('\n')
                .map(|l| l.split(SPACES).filter(|w| !w.is_empty()).map(str::to_string).collect::<Vec<_>>())
                .filter(|l| !l.is_empty())
                .collect()
        };
        prop_assert_eq!(words(&t), words(&s));
        prop_assert_eq!(tidy(&t), t.clone());
        prop_assert_eq!(t, crate::import::markdown::reference::tidy(&s));
    }

    /// What `split_cells` promises: a row's cells are what lies between
    /// the pipes not preceded by a backslash (an outer pipe at either end
    /// of the trimmed row opens or closes the row), each trimmed, and an
    /// escaped pipe stays in its cell as `\|`.
    #[test]
    fn split_cells_splits_at_unescaped_pipes(s in "[a-z|\\\\ \t日本語-]{0,40}") {
        use crate::import::markdown::split_cells;
        let cells = split_cells(&s);
        let body = s.trim();
        let body = body.strip_prefix('|').unwrap_or(body);
        let body = body.strip_suffix('|').unwrap_or(body);
        let chars: Vec<char> = body.chars().collect();
        let separators: Vec<usize> = (0..chars.len())
            .filter(|&i| chars[i] == '|' && (i == 0 || chars[i - 1] != '\\'))
            .collect();
        prop_assert_eq!(cells.len(), separators.len() + 1, "{:?} → {:?}", s, cells);
        let mut from = 0;
        for (cell, end) in cells.iter().zip(separators.iter().copied().chain([chars.len()])) {
            let expected: String = chars[from..end].iter().collect();
            prop_assert_eq!(cell.as_str(), expected.trim());
            from = end + 1;
        }
        prop_assert_eq!(cells, crate::import::markdown::reference::split_cells(&s));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The hand-written edit distance is `strsim`'s optimal string
    /// alignment, capped at `limit + 1`, both for the whole text and for
    /// every prefix of its table.
    #[test]
    fn edit_distance_is_strsims(a in "[abcあい]{0,8}", b in "[abcあい]{0,10}", limit in 0usize..5) {
        use crate::catalog::index::{distance, edits};
        let cap = |d: usize| d.min(limit + 1);
        prop_assert_eq!(distance(&a, &b, limit), cap(strsim::osa_distance(&a, &b)));
        let ac: Vec<char> = a.chars().collect();
        let bc: Vec<char> = b.chars().collect();
        let mut rows = Default::default();
        match edits(&ac, &bc, &mut rows, limit) {
            Some(row) => {
                for (j, &d) in row.iter().enumerate() {
                    let prefix: String = bc[..j].iter().collect();
                    let want = strsim::osa_distance(&a, &prefix);
                    // Entries past the limit may hold any value above it.
                    prop_assert!(cap(d) == cap(want), "{a:?} {prefix:?}: {d} vs {want}");
                }
            }
            None => {
                for j in 0..=bc.len() {
                    let prefix: String = bc[..j].iter().collect();
                    prop_assert!(strsim::osa_distance(&a, &prefix) > limit);
                }
            }
        }
    }
}
