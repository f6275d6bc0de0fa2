//! Unit tests of the Markdown cell readers.

use super::*;

/// Row counts as cmark-gfm 0.29 (`cmark-gfm -e table`, GitHub's
/// renderer) renders these lines: it was run on each case.
fn shape(text: &str) -> (Vec<Vec<usize>>, Vec<usize>) {
    let doc = parse(text);
    let rows = doc
        .tables
        .iter()
        .map(|t| t.rows.iter().map(|r| r.line).collect())
        .collect();
    (rows, doc.stray.iter().map(|(l, _)| *l).collect())
}

#[test]
fn tables_end_where_github_ends_them() {
    // A row without leading pipe is a row; a comment, a blank line and a
    // heading end the table, and the `|` lines after them are text.
    let text = "| a | b |\n|---|---|\n| 1 | 2 |\n3 | 4\n<!-- c -->\n| 5 | 6 |\n\n| 7 | 8 |\n# h\n| 9 | 10 |\n";
    assert_eq!(shape(text), (vec![vec![3, 4]], vec![6, 8, 10]));
    let doc = parse(text);
    assert!(doc.stray[0].1.contains("ended at line 5 (an HTML comment)"));
    assert!(doc.stray[1].1.contains("ended at line 5 (an HTML comment)"));
    let doc = parse("| a | b |\n|---|---|\n| 1 | 2 |\n\n| 7 | 8 |\n");
    assert!(doc.stray[0].1.contains("ended at line 4 (a blank line)"));
    // A multi-line comment ends it too.
    let text = "| a | b |\n|---|---|\n| 1 | 2 |\n<!--\nmulti\n-->\n| 5 | 6 |\n";
    assert_eq!(shape(text), (vec![vec![3]], vec![7]));
    // Header and delimiter without outer pipes; a comment before the table.
    let text = "<!-- top -->\na | b\n--- | ---\n1 | 2\n";
    assert_eq!(shape(text), (vec![vec![4]], vec![]));
    // A delimiter row with fewer cells than the header: no table.
    let text = "| a | b |\n|---|\n| 1 | 2 |\n";
    assert_eq!(shape(text), (vec![], vec![1, 2, 3]));
    // A line without any pipe continues the table (one cell): reported.
    let text = "| a | b |\n|---|---|\n| 1 | 2 |\nplain line\n> q\n";
    assert_eq!(shape(text), (vec![vec![3]], vec![4]));
    // Lists, footnote definitions and indented code end it.
    for after in ["- item", "[^1]: foot", "    | 3 | 4 |", "1. item"] {
        let text = format!("| a | b |\n|---|---|\n| 1 | 2 |\n{after}\n");
        assert_eq!(parse(&text).tables[0].rows.len(), 1, "{after}");
    }
}

#[test]
fn escaped_pipes_stay_in_their_cell() {
    let doc = parse("| a | b |\n|---|---|\n| x \\| y | z |\n");
    assert_eq!(doc.tables[0].rows[0].cells, vec!["x \\| y", "z"]);
    assert_eq!(clean(&doc.tables[0].rows[0].cells[0]), "x | y");
}

#[test]
fn cells_split_on_unescaped_pipes() {
    assert_eq!(split_cells("| a | b\\|c |  |"), vec!["a", "b\\|c", ""]);
}

#[test]
fn links_know_their_depth() {
    // A real cell from the list (Sarashina2, architecture column).
    let cell = "Llama<br>([**7b**](https://huggingface.co/sbintuitions/sarashina2-7b), [**13b**](https://huggingface.co/sbintuitions/sarashina2-13b))";
    let l = links(cell);
    assert_eq!(l.len(), 2);
    assert_eq!(l[0].text, "**7b**");
    assert_eq!(
        l[0].url,
        "https://huggingface.co/sbintuitions/sarashina2-7b"
    );
    assert_eq!(l[0].depth, 1);
    assert_eq!(clean(cell), "Llama\n(7b, 13b)");
}

#[test]
fn footnote_markers_are_not_links() {
    let cell = "Apache 2.0[^25]";
    assert!(links(cell).is_empty());
    assert_eq!(footnote_refs(cell), vec![25]);
    assert_eq!(strip_footnotes(cell), "Apache 2.0");
}

#[test]
fn entities_and_breaks() {
    assert_eq!(clean("CC BY&#x2011;SA 4.0"), "CC BY-SA 4.0");
    assert_eq!(
        clean("Megagon Labs <br> (Recruit Co.,Ltd.)"),
        "Megagon Labs\n(Recruit Co.,Ltd.)"
    );
}

#[test]
fn top_level_split_keeps_parenthesised_commas() {
    assert_eq!(
        split_top("個人 (山田育矢, 李凌寒), 東北大、富士通"),
        vec!["個人 (山田育矢, 李凌寒)", "東北大", "富士通"]
    );
}

/// Nested `[`, `[^`, `<br` and `&` in one cell: 10x the input costs
/// at most ~12x the time (it cost 100x: 100k `[` took 72 s).
#[test]
fn cells_are_read_in_linear_time() {
    for unit in ["[", "[a](", "[a](b ", "[^", "[^1", "<br", "&", "(["] {
        let time = |n: usize| {
            let cell = unit.repeat(n) + ")]";
            crate::scaling::cpu_time(|| {
                let _ = links(&cell);
                let _ = footnote_refs(&cell);
                let _ = clean(&cell);
                let _ = strip_footnotes(&cell);
            })
        };
        crate::scaling::assert_linear(unit, 20_000, time);
    }
}
