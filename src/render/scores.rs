//! Evaluation results for people: the section `show` prints under the
//! checkpoints (per checkpoint, the best result of each suite with its
//! source and version) and the cells `results` and the listing commands
//! share. The note that suites are not comparable goes with every table,
//! and one saying which shown suites rank the lowest score first.

use crate::catalog::results::Score;
use crate::catalog::schema::Family;
use crate::config::Config;
use crate::i18n;
use crate::query::scores;
use crate::render::table;

/// `± std (n=trials)` where the source gives them.
pub fn spread(s: &Score) -> String {
    match (s.std, s.trials) {
        (Some(d), Some(n)) => format!("±{} (n={n})", scores::format(d)),
        (Some(d), None) => format!("±{}", scores::format(d)),
        (None, Some(n)) => format!("n={n}"),
        (None, None) => String::new(),
    }
}

/// `pfgen 2025-07-09`: the source and its version.
pub fn provenance(s: &Score) -> String {
    format!("{} {}", s.source, s.date)
}

/// The results section of `show`: one row per checkpoint and suite, the
/// suite averages (best run per suite), empty when no checkpoint has any.
pub fn section(f: &Family, selected: Option<usize>, cfg: &Config) -> String {
    let lang = cfg.lang;
    let mut rows = Vec::new();
    // The suites shown where lower is better, said in the note.
    let mut lower: Vec<&str> = Vec::new();
    for (i, v) in f.variants.iter().enumerate() {
        if selected.is_some_and(|s| s != i) {
            continue;
        }
        let all = scores::of_variant(v);
        for s in scores::best_per_suite(all) {
            let runs = all.iter().filter(|r| r.suite == s.suite).count();
            let mode = s.mode.as_deref().unwrap_or("").to_string();
            let mode = if runs > 1 {
                i18n::trf(lang, "{0} (best of {1})", &[&mode, &runs])
                    .trim()
                    .to_string()
            } else {
                mode
            };
            if scores::lower_is_better(&s.suite) && !lower.contains(&&*s.suite) {
                lower.push(&s.suite);
            }
            rows.push(vec![
                v.name.to_string(),
                s.suite.to_string(),
                scores::format(s.score),
                spread(s),
                mode,
                provenance(s),
            ]);
        }
    }
    if rows.is_empty() {
        return String::new();
    }
    let header: Vec<String> = ["checkpoint", "suite", "score", "std", "mode", "source"]
        .iter()
        .map(|c| i18n::header(lang, c).to_string())
        .collect();
    let title = i18n::tr(lang, "Evaluation results (best run per suite):");
    let mut s = format!("\n{title}\n");
    s.push_str(&table::grid(&header, &rows, cfg));
    let query = selected
        .and_then(|i| f.variants.get(i)?.hf.as_deref())
        .unwrap_or(&f.id);
    let more = i18n::trf(
        lang,
        "Per task and every run: {0}",
        &[&format_args!("jllm results {query} --tasks")],
    );
    let mut note = format!("{}\n{more}", scores::honesty(cfg.lang));
    if !lower.is_empty() {
        let line = i18n::trf(
            lang,
            "Lower is better on {0} (an error rate): the best run is the lowest.",
            &[&lower.join(", ")],
        );
        note = format!("{line}\n{note}");
    }
    s.push_str(&table::note(&note, cfg));
    s
}
