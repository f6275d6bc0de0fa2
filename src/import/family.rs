//! One model family from one row of a model table: names in three
//! languages, checkpoints (variants) from the links of the name, architecture,
//! base-model and Hugging Face cells, and the row's year, context, training
//! data, developers, license, platform and footnotes. Also the family ids and
//! the size facts and release dates the curated tables add afterwards.

use std::collections::{BTreeSet, HashMap};

use super::align::{text_of, Aligned};
use super::cells::{
    at, cell, cell_size, hf_repo, model_text, one_line, plain, slug, training_tokens, HF,
};
use super::lookup::Lookup;
use super::markdown::{self, Link, Row};
use super::sections::Col;
use super::Report;
use crate::catalog::schema::{Catalog, Family, HfReady, Str, Variant};
use crate::units;

pub(super) fn unique_id(fam: &Family, used: &mut HashMap<String, usize>) -> String {
    let mut base = slug(&fam.name);
    if base.is_empty() {
        base = fam
            .variants
            .iter()
            .find_map(|v| v.hf.as_deref().map(slug))
            .unwrap_or_else(|| "model".to_string());
    }
    let n = used.entry(base.clone()).or_insert(0);
    *n += 1;
    if *n == 1 {
        base
    } else {
        // The same name in another section: say which, then count.
        let qualifier = fam
            .approach
            .map(|a| a.as_str().to_string())
            .or_else(|| (fam.task.clone()).map(Str::into_owned))
            .unwrap_or_else(|| fam.category.as_str().to_string());
        let candidate = format!("{base}-{qualifier}");
        let m = used.entry(candidate.clone()).or_insert(0);
        *m += 1;
        if *m == 1 {
            candidate
        } else {
            format!("{candidate}-{m}")
        }
    }
}

/// A family's release date is its earliest checkpoint's where a
/// checkpoint's own date is earlier than the family's (or the family has
/// none). Returns the ids of the families changed.
pub(super) fn release_from_checkpoints(catalog: &mut Catalog) -> Vec<String> {
    let mut changed = Vec::new();
    for fam in catalog.models.to_mut().iter_mut() {
        let earliest = fam.variants.iter().filter_map(|v| v.released.clone()).min();
        if let Some(e) = earliest {
            if fam
                .released
                .as_ref()
                .is_none_or(|r| e < *r && !r.starts_with(&*e))
            {
                fam.released = Some(e);
                changed.push(fam.id.to_string());
            }
        }
    }
    changed
}

/// Sizes read from the Hugging Face repo name (`tohokunlp-bert-500m-…`,
/// `Llama-3.1-70B-Instruct-…`) for checkpoints the list and the curated
/// tables give none: `params_source` says the size comes from the repo
/// name. Runs last, so a size the list or a named source states wins.
/// Returns the repo ids given a size.
pub(super) fn apply_repo_name_sizes(catalog: &mut Catalog) -> Vec<String> {
    let mut given = Vec::new();
    for fam in catalog.models.to_mut().iter_mut() {
        for v in fam.variants.to_mut().iter_mut() {
            if v.params.is_some() {
                continue;
            }
            let Some(hf) = v.hf.as_deref() else { continue };
            let repo = hf.rsplit('/').next().unwrap_or(hf);
            let size = units::read(repo);
            let Some(p) = size.params else { continue };
            v.params = Some(p);
            if v.active_params.is_none() {
                v.active_params = size.active;
            }
            v.params_source = Some(Str::from(format!(
                "read from the repo name {hf}: the list gives this checkpoint no size"
            )));
            given.push(hf.to_string());
        }
    }
    given
}

pub(super) fn apply_size_facts(catalog: &mut Catalog, lookup: &Lookup) {
    for fam in catalog.models.to_mut().iter_mut() {
        for v in fam.variants.to_mut().iter_mut() {
            let Some(hf) = v.hf.as_deref() else { continue };
            if let Some(fact) = lookup.sizes.get(&hf.to_ascii_lowercase()) {
                // A named source's figure wins over the list's label unless
                // the label is the more precise (the list's `4b(3.8b)` over
                // the paper's rounded "4B").
                if let Some(p) = fact.params {
                    let more_precise = v
                        .params
                        .is_none_or(|old| significant_digits(p) >= significant_digits(old));
                    if v.params != Some(p) && more_precise {
                        v.params_source = Some(match v.params {
                            Some(old) => Str::from(format!(
                                "{} (the list's label: {})",
                                fact.source,
                                units::format(old)
                            )),
                            None => fact.source.clone(),
                        });
                        v.params = Some(p);
                    }
                }
                if let Some(a) = fact.active_params {
                    v.active_params = Some(a);
                }
                // The month the source gives for this checkpoint: its own
                // date, apart from its family's.
                if let Some(r) = &fact.released {
                    v.released = Some(r.clone());
                    v.released_source = Some(fact.source.clone());
                }
            }
        }
        if fam.released.is_none() {
            // The earliest date a source gives for any of its checkpoints.
            fam.released = fam
                .variants
                .iter()
                .filter_map(|v| v.hf.as_deref())
                .filter_map(|hf| lookup.sizes.get(&hf.to_ascii_lowercase()))
                .filter_map(|f| f.released.clone())
                .min();
        }
    }
}

/// A base-model name as compared: lower-case tokens at spaces, hyphens,
/// underscores and brackets, a word joined to the number after it (`Qwen
/// 2.5` = `Qwen2.5`, `Mistral-7B` = `mistral7b`).
fn base_tokens(s: &str) -> Vec<String> {
    let raw: Vec<String> = s
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '_' | '(' | ')' | ',' | '/' | '*'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    let mut out: Vec<String> = Vec::new();
    for t in raw {
        match out.last_mut() {
            Some(last)
                if last.chars().all(char::is_alphabetic)
                    && t.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                last.push_str(&t)
            }
            _ => out.push(t),
        }
    }
    out
}

/// Words that may follow a base model's name without making it another
/// model: sizes, versions and the usual post-training suffixes
/// (`Qwen2.5-32B-Instruct` is Qwen2.5; `Qwen3-VL-8B` is not Qwen3).
fn is_suffix(t: &str) -> bool {
    let size = |t: &str| {
        t.strip_suffix(['b', 'm']).is_some_and(|n| {
            !n.is_empty()
                && n.split('x')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || c == '.'))
        })
    };
    size(t)
        || t.strip_prefix('a').is_some_and(size)
        || (t.starts_with('v')
            && t[1..].chars().all(|c| c.is_ascii_digit() || c == '.')
            && t.len() > 1)
        || matches!(t, "instruct" | "chat" | "base" | "it" | "pt" | "hf")
}

/// Whether the base model `name` is the curated `base`.
fn base_matches(name: &[String], base: &[String]) -> bool {
    name.starts_with(base) && name[base.len()..].iter().all(|t| is_suffix(t))
}

/// Sets `base_context_length` on families whose row states no context,
/// from the curated table of base models' context windows. A family whose
/// checkpoints' sizes select different windows gets none.
pub(super) fn apply_base_contexts(catalog: &mut Catalog) {
    let table = catalog.base_contexts.clone();
    for fam in catalog.models.to_mut().iter_mut() {
        if fam.context_length.is_some() {
            continue;
        }
        let Some(base) = fam.base_model.as_deref().map(base_tokens) else {
            continue;
        };
        let sizes: Vec<Option<u64>> = if fam.variants.is_empty() {
            vec![None]
        } else {
            fam.variants.iter().map(|v| v.params).collect()
        };
        let pick = |size: Option<u64>| {
            table.iter().find(|b| {
                base_matches(&base, &base_tokens(&b.base))
                    && b.min_params.is_none_or(|m| size.is_some_and(|s| s >= m))
                    && b.max_params.is_none_or(|m| size.is_some_and(|s| s <= m))
            })
        };
        let picked: Vec<_> = sizes.iter().map(|s| pick(*s)).collect();
        if let Some(Some(first)) = picked.first() {
            if picked.iter().all(|p| {
                p.is_some_and(|p| {
                    p.context == first.context && p.yarn_context == first.yarn_context
                })
            }) {
                fam.base_context_length = Some(first.context);
                fam.base_context_yarn = first.yarn_context;
                let url = first
                    .url
                    .as_deref()
                    .map_or(String::new(), |u| format!(" ({u})"));
                fam.base_context_source =
                    Some(Str::from(format!("{}: {}{url}", first.base, first.source)));
            }
        }
    }
}

/// Significant digits of a count: 1_720_000_000 → 3, 1_700_000_000 → 2.
fn significant_digits(n: u64) -> usize {
    let mut n = n;
    while n >= 10 && n.is_multiple_of(10) {
        n /= 10;
    }
    n.to_string().len()
}

pub(super) fn is_title(cell: &str, link: &Link) -> bool {
    link.depth == 0 && cell[..link.start].trim().is_empty()
}

pub(super) fn variant_from(link: &Link) -> Variant {
    let mut name = one_line(&markdown::clean(&link.text));
    let hf = hf_repo(&link.url);
    // The encoder table links its ◯ mark: name the checkpoint by its repo.
    if name
        .chars()
        .all(|c| matches!(c, '◯' | '○' | '△' | '✕' | '×' | ' '))
    {
        if let Some(repo) = &hf {
            name = repo.rsplit('/').next().unwrap_or(repo).to_string();
        }
    }
    let size = units::read(&name);
    Variant {
        name: name.into(),
        hf: hf.map(Str::from),
        url: link.url.clone().into(),
        params: size.params,
        active_params: size.active,
        experts: (size.experts).map(Str::from),
        params_source: None,
        ..Variant::default()
    }
}

/// The family one row of a model table describes, `roles` naming its
/// columns; problems with its cells go to `report`.
pub(super) fn family(
    aligned: &Aligned,
    roles: &[Col],
    lookup: &Lookup,
    report: &mut Report,
) -> Family {
    let ja = aligned.ja;
    let mut fam = Family {
        source_line: Some(ja.line as u32),
        domain: "general".to_string().into(),
        ..Family::default()
    };
    let col = |r: Col| roles.iter().position(|x| *x == r);

    // Names and the title link.
    let name_of = |row: Option<&Row>| -> Option<String> {
        let c = cell(row, 0)?;
        let links = markdown::links(c);
        let text = match links.first() {
            Some(l) if is_title(c, l) => markdown::clean(&l.text),
            _ => plain(c),
        };
        let text = one_line(&markdown::strip_footnotes(&text));
        (!text.is_empty()).then_some(text)
    };
    fam.name_ja = name_of(Some(ja)).unwrap_or_default().into();
    fam.name = name_of(aligned.en)
        .unwrap_or_else(|| fam.name_ja.to_string())
        .into();
    fam.name_fr = (name_of(aligned.fr).filter(|n| *n != fam.name)).map(Str::from);

    let name_cell = at(ja, 0);
    let name_links = markdown::links(name_cell);
    let title = name_links.first().filter(|l| is_title(name_cell, l));
    fam.url = (title.map(|l| l.url.clone())).map(Str::from);
    fam.variants = checkpoints(ja, &name_links, title, &col).into();
    model_columns(&mut fam, aligned, &col, report);
    source_columns(&mut fam, aligned, &col, lookup, report);
    let mut notes: Vec<u32> = ja
        .cells
        .iter()
        .flat_map(|c| markdown::footnote_refs(c))
        .collect();
    notes.sort_unstable();
    notes.dedup();
    fam.notes = notes.into();
    fam
}

/// A row's checkpoints: links after the title in the name cell (several
/// bare links in a row count the title too), and Hugging Face model links
/// in the architecture, base-model and "usable from Hugging Face" cells;
/// the title itself where it is the only Hugging Face model link. Sizes the
/// row states fill in those whose names say none; one variant per repo.
fn checkpoints(
    ja: &Row,
    name_links: &[Link],
    title: Option<&Link>,
    col: &dyn Fn(Col) -> Option<usize>,
) -> Vec<Variant> {
    let top_level = name_links.iter().filter(|l| l.depth == 0).count();
    let mut variants: Vec<Variant> = Vec::new();
    for (k, link) in name_links.iter().enumerate() {
        let is_the_title = k == 0 && title.is_some();
        if is_the_title && !(top_level > 1 && hf_repo(&link.url).is_some()) {
            continue;
        }
        let is_hf_page = link.url.starts_with(HF) && hf_repo(&link.url).is_none();
        if !is_hf_page {
            variants.push(variant_from(link));
        }
    }
    let mut size_cells: Vec<&str> = Vec::new();
    for r in [Col::Architecture, Col::BaseModel, Col::HfReady] {
        if let Some(idx) = col(r) {
            let c = at(ja, idx);
            size_cells.push(c);
            for link in markdown::links(c) {
                if hf_repo(&link.url).is_some() {
                    variants.push(variant_from(&link));
                }
            }
        }
    }
    if variants.is_empty() {
        if let Some(t) = title {
            if hf_repo(&t.url).is_some() {
                variants.push(variant_from(t));
            }
        }
    }
    // Sizes stated for the whole row fill in checkpoints whose names say none.
    let row_size = size_cells
        .iter()
        .map(|c| cell_size(c))
        .find(|s| s.params.is_some());
    if let Some(rs) = row_size {
        for v in &mut variants {
            fill_row_size(v, &rs);
        }
    }
    // One variant per checkpoint: the same repo linked twice in a row is one.
    let mut seen = BTreeSet::new();
    variants.retain(|v| {
        seen.insert(
            v.hf.as_ref()
                .map(|h| h.to_ascii_lowercase())
                .unwrap_or_else(|| v.url.to_string()),
        )
    });
    variants
}

/// A checkpoint's size from the size its row states (`rs`): where its name
/// says none, or rounds the stated one.
fn fill_row_size(v: &mut Variant, rs: &units::SizeInfo) {
    if let (Some(named), Some(stated)) = (v.params, rs.params) {
        // The name's label rounds the size the row states:
        // `Qwen3-1.7B-pfn-qfin` in a row saying `Qwen3 (**1.72b**)`.
        if named != stated
            && named.abs_diff(stated) * 20 < stated
            && significant_digits(stated) > significant_digits(named)
        {
            v.params = Some(stated);
            v.params_source = Some(Str::from(format!(
                "the row's size cell ({}); the checkpoint's name rounds it to {}",
                units::format(stated),
                units::format(named)
            )));
        }
    }
    // A layout alone (`8x7B`) beside the row's size of one expert
    // (the base model's: `Mistral-7B-v0.1 (7b)`) says nothing of the
    // total: it stays unknown unless sizes.toml gives it.
    let per_expert = v
        .experts
        .as_deref()
        .and_then(|e| e.split_once('x'))
        .and_then(|(_, each)| units::read(each).params);
    if v.params.is_none() && per_expert.is_some() && per_expert == rs.params {
        return;
    }
    if v.params.is_none() {
        v.params = rs.params;
        if v.active_params.is_none() {
            v.active_params = rs.active;
        }
        if v.experts.is_none() {
            v.experts = (rs.experts.clone()).map(Str::from);
        }
    }
}

/// The cells that describe the model: year, architecture, base model,
/// context length, training data and tokens.
fn model_columns(
    fam: &mut Family,
    aligned: &Aligned,
    col: &dyn Fn(Col) -> Option<usize>,
    report: &mut Report,
) {
    let ja = aligned.ja;
    let line = ja.line;
    if let Some(idx) = col(Col::Year) {
        let y = markdown::clean(at(ja, idx));
        fam.year = y.trim().parse().ok();
        if fam.year.is_none() && !y.trim().is_empty() {
            report
                .warnings
                .push(format!("README.md:{line}: year '{y}' is not a number"));
        }
    }
    if let Some(idx) = col(Col::Architecture) {
        fam.architecture = (cell(aligned.en, idx)
            .and_then(model_text)
            .or_else(|| model_text(at(ja, idx))))
        .map(Str::from);
    }
    if let Some(idx) = col(Col::BaseModel) {
        fam.base_model = (cell(aligned.en, idx)
            .and_then(model_text)
            .or_else(|| model_text(at(ja, idx))))
        .map(Str::from);
    }
    if let Some(idx) = col(Col::Context) {
        super::checkpoints::context(fam, aligned, idx, report);
    }
    if let Some(idx) = col(Col::TrainingData) {
        fam.training_data = text_of(aligned, idx, plain);
        let en_tokens = cell(aligned.en, idx).and_then(|c| training_tokens(&plain(c)));
        let ja_tokens = training_tokens(&plain(at(ja, idx)));
        let tokens = en_tokens.or(ja_tokens);
        fam.training_tokens = tokens.map(|t| t.0);
        // Qualified where either language qualifies the same number (the
        // English `0.69T tokens` is the Japanese `約0.69Tトークン`).
        fam.training_tokens_qualifier =
            tokens.and_then(|(n, q)| q.or(ja_tokens.filter(|j| j.0 == n).and_then(|j| j.1)));
    }
}

/// The cells about where the model comes from and how to get it: models
/// merged, developers, license, platform, Hugging Face readiness.
fn source_columns(
    fam: &mut Family,
    aligned: &Aligned,
    col: &dyn Fn(Col) -> Option<usize>,
    lookup: &Lookup,
    report: &mut Report,
) {
    let ja = aligned.ja;
    if let Some(idx) = col(Col::MergedFrom) {
        let c = cell(aligned.en, idx).unwrap_or(at(ja, idx));
        fam.merged_from = markdown::split_top(&plain(c))
            .into_iter()
            .filter(|s| s != "-")
            .map(Str::from)
            .collect();
        if fam.merged_from.is_empty() {
            // "- (trained further from Llama-3-EvoVLM-JP-v2)": the cell says
            // what it is built on instead.
            fam.base_model = Some(
                one_line(&plain(c))
                    .trim_start_matches("- ")
                    .to_string()
                    .into(),
            );
        }
    }
    if let Some(idx) = col(Col::Developer) {
        fam.developers = lookup.developers(aligned, idx, report);
    }
    if let Some(idx) = col(Col::License) {
        super::checkpoints::license(fam, aligned, idx, lookup, report);
    }
    if let Some(idx) = col(Col::Platform) {
        fam.platform = text_of(aligned, idx, plain);
    }
    if let Some(idx) = col(Col::HfReady) {
        let c = at(ja, idx);
        fam.hf_ready = if c.contains('◯') || c.contains('○') {
            Some(HfReady::Yes)
        } else if c.contains('△') {
            Some(HfReady::Convertible)
        } else if c.contains('✕') || c.contains('×') {
            Some(HfReady::No)
        } else {
            None
        };
    }
}
