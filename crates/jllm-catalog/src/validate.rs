//! The rules a catalog must follow (ids are slugs and unique, references
//! resolve, values are in range), shared by build.rs (a broken embedded
//! catalog fails the build) and `jllm catalog validate` / `--catalog` (a
//! broken user file gets a clear message). Reading TOML and pointing
//! problems at file lines is [`super::parse`]'s.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use super::schema::{Catalog, Category, Family, Row, Table, Visit};

/// One problem, with the entry it belongs to so callers can point at a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The TOML name of the entry's table ([`Table::kind`]): `model`,
    /// `benchmark`, `developer`, `license`, `text`…
    pub kind: &'static str,
    /// The entry's id (or license text), to find its line.
    pub id: String,
    pub message: String,
}

/// Years a release can plausibly have: the list starts in 2019.
pub const YEARS: std::ops::RangeInclusive<u16> = 2015..=2035;

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.' || c == '_'
        })
}

/// Checks the whole catalog and returns every problem found: keys repeated
/// in any table first, then each table's own rules, in entry order.
pub fn validate(cat: &Catalog) -> Vec<Problem> {
    let mut out = Problems(Vec::new());
    let known = Known {
        developers: cat.developers.iter().map(|d| d.id.as_str()).collect(),
        licenses: cat.licenses.iter().map(|l| l.id.as_str()).collect(),
        domains: cat.domains.iter().map(|d| d.id.as_str()).collect(),
        footnotes: cat.footnotes.iter().map(|f| f.id).collect(),
    };
    let Ok(()) = cat.visit(&mut out);
    developers_and_licenses(cat, &known, &mut out);
    let mut repos: HashMap<String, &str> = HashMap::new();
    for m in cat.models.iter() {
        model(m, &known, &mut repos, &mut out);
    }
    benchmarks(cat, &known, &mut out);
    out.0
}

/// The problems found so far, in the order they were found.
struct Problems(Vec<Problem>);

impl Problems {
    fn push(&mut self, kind: &'static str, id: &str, message: String) {
        self.0.push(Problem {
            kind,
            id: id.to_string(),
            message,
        })
    }
}

/// The ids the catalog's entries may refer to.
struct Known<'a> {
    developers: HashSet<&'a str>,
    licenses: HashSet<&'a str>,
    domains: HashSet<&'a str>,
    footnotes: HashSet<u32>,
}

/// No two rows of a table have one key ([`Row::key`]).
impl Visit for Problems {
    type Error = std::convert::Infallible;
    fn table<T: Row>(&mut self, table: &'static Table, rows: &[T]) -> Result<(), Self::Error> {
        for row in repeats(rows, |r| r.key()) {
            self.push(table.kind, &row.id(), row.duplicate(table.kind));
        }
        Ok(())
    }
}

/// Developers' and licenses' ids, and the license texts.
fn developers_and_licenses(cat: &Catalog, known: &Known, out: &mut Problems) {
    let licenses = &known.licenses;
    let mut push = |kind: &'static str, id: &str, message: String| out.push(kind, id, message);
    for d in cat.developers.iter() {
        if !is_slug(&d.id) {
            push(
                "developer",
                &d.id,
                format!(
                    "developer id '{}' must be lowercase letters, digits, '-', '.' or '_'",
                    d.id
                ),
            );
        }
    }
    for l in cat.licenses.iter() {
        if !is_slug(&l.id) {
            push(
                "license",
                &l.id,
                format!(
                    "license id '{}' must be lowercase letters, digits, '-', '.' or '_'",
                    l.id
                ),
            );
        }
    }
    for t in cat.license_texts.iter() {
        for id in t.ids.iter() {
            if !licenses.contains(id.as_str()) {
                push(
                    "text",
                    &t.text,
                    format!("license text {:?} names unknown license id '{id}'", t.text),
                );
            }
        }
        if t.commercial.is_some() && t.reason.as_deref().is_none_or(str::is_empty) {
            push(
                "text",
                &t.text,
                format!(
                    "license text {:?} overrides the commercial class without a reason",
                    t.text
                ),
            );
        }
    }
}

/// One model family and its checkpoints: ids and references here, the
/// other fields in [`values`]; `repos` collects the Hugging Face
/// repos seen so far (lower-cased) with the family that has each.
fn model<'a>(
    m: &'a Family,
    known: &Known,
    repos: &mut HashMap<String, &'a str>,
    out: &mut Problems,
) {
    let Known {
        developers,
        licenses,
        ..
    } = known;
    let mut push = |kind: &'static str, id: &str, message: String| out.push(kind, id, message);
    let id = m.id.as_str();
    if !is_slug(id) {
        push(
            "model",
            id,
            format!("model id '{id}' must be lowercase letters, digits, '-', '.' or '_'"),
        );
    }
    if m.name.trim().is_empty() {
        push("model", id, format!("model '{id}' has an empty name"));
    }
    for d in m.developers.iter() {
        if !developers.contains(d.as_str()) {
            push(
                "model",
                id,
                format!(
                    "model '{id}' names unknown developer id '{d}' (add it to developers.toml)"
                ),
            );
        }
    }
    if let Some(lic) = &m.license {
        for l in lic.ids.iter() {
            if !licenses.contains(l.as_str()) {
                push(
                    "model",
                    id,
                    format!(
                        "model '{id}' names unknown license id '{l}' (add it to licenses.toml)"
                    ),
                );
            }
        }
    }
    values(m, known, out);
    variants(m, repos, out);
}

/// A family's year, context, domain, task, approach and footnotes.
fn values(m: &Family, known: &Known, out: &mut Problems) {
    let id = m.id.as_str();
    let Known {
        domains, footnotes, ..
    } = known;
    let mut push = |kind: &'static str, id: &str, message: String| out.push(kind, id, message);
    if let Some(y) = m.year {
        if !YEARS.contains(&y) {
            push(
                "model",
                id,
                format!(
                    "model '{id}' has year {y}, outside {}..={}",
                    YEARS.start(),
                    YEARS.end()
                ),
            );
        }
    }
    if m.context_length == Some(0) || m.context_bound.is_some_and(|b| b.value == 0) {
        push(
            "model",
            id,
            format!("model '{id}' has a context length of 0"),
        );
    }
    // A bound stands for a length the row does not state exactly: both
    // at once would say two things.
    let both = |len: Option<u64>, b: Option<super::schema::Bound>| len.is_some() && b.is_some();
    if both(m.context_length, m.context_bound)
        || m.variants
            .iter()
            .any(|v| both(v.context_length, v.context_bound))
    {
        push(
            "model",
            id,
            format!("model '{id}' states a context both as a length and as a bound"),
        );
    }
    if m.domain != "general" && !domains.contains(m.domain.as_str()) {
        push(
            "model",
            id,
            format!("model '{id}' names unknown domain '{}'", m.domain),
        );
    }
    if let Some(task) = &m.task {
        let tasks = m.category.tasks();
        if !tasks.contains(&task.as_str()) {
            let valid = if tasks.is_empty() {
                "none".to_string()
            } else {
                tasks.join(", ")
            };
            push(
                "model",
                id,
                format!(
                    "model '{id}' has task '{task}', not one of {} tasks: {valid}",
                    m.category.as_str()
                ),
            );
        }
    }
    if m.category != Category::TextGeneration
        && m.category != Category::Vision
        && m.approach.is_some()
    {
        push(
            "model",
            id,
            format!("model '{id}': approach applies to text-generation and vision models only"),
        );
    }
    for n in m.notes.iter() {
        if !footnotes.is_empty() && !footnotes.contains(n) {
            push(
                "model",
                id,
                format!("model '{id}' cites footnote {n}, which the catalog does not have"),
            );
        }
    }
}

/// The checkpoints of family `m`.
fn variants<'a>(m: &'a Family, repos: &mut HashMap<String, &'a str>, out: &mut Problems) {
    let id = m.id.as_str();
    let mut push = |kind: &'static str, id: &str, message: String| out.push(kind, id, message);
    for v in m.variants.iter() {
        if v.name.trim().is_empty() {
            push(
                "model",
                id,
                format!("model '{id}' has a variant with an empty name"),
            );
        }
        if v.params == Some(0) || v.active_params == Some(0) {
            push(
                "model",
                id,
                format!("model '{id}' variant '{}' has a size of 0", v.name),
            );
        }
        if let (Some(total), Some(active)) = (v.params, v.active_params) {
            if active > total {
                push(
                    "model",
                    id,
                    format!(
                        "model '{id}' variant '{}' has more active than total parameters",
                        v.name
                    ),
                );
            }
        }
        if let Some(hf) = &v.hf {
            let parts: Vec<&str> = hf.split('/').collect();
            if parts.len() != 2 || parts.iter().any(|p| p.is_empty()) {
                push(
                    "model",
                    id,
                    format!(
                        "model '{id}' variant '{}' has Hugging Face id '{hf}', expected owner/repo",
                        v.name
                    ),
                );
            }
            if let Some(other) = repos.insert(hf.to_ascii_lowercase(), id) {
                push(
                    "model",
                    id,
                    format!("Hugging Face repo '{hf}' appears twice (also in '{other}')"),
                );
            }
        }
    }
}

/// Benchmarks' ids and developers.
fn benchmarks(cat: &Catalog, known: &Known, out: &mut Problems) {
    let developers = &known.developers;
    let mut push = |kind: &'static str, id: &str, message: String| out.push(kind, id, message);
    for b in cat.benchmarks.iter() {
        if !is_slug(&b.id) {
            push(
                "benchmark",
                &b.id,
                format!(
                    "benchmark id '{}' must be lowercase letters, digits, '-', '.' or '_'",
                    b.id
                ),
            );
        }
        for d in b.developers.iter() {
            if !developers.contains(d.as_str()) {
                push(
                    "benchmark",
                    &b.id,
                    format!("benchmark '{}' names unknown developer id '{d}'", b.id),
                );
            }
        }
    }
}

/// The entries of a table whose key an earlier entry has, in order.
fn repeats<'a, T, K: Eq + Hash>(
    items: &'a [T],
    key: impl Fn(&'a T) -> K,
) -> impl Iterator<Item = &'a T> {
    let mut seen = HashSet::with_capacity(items.len());
    items.iter().filter(move |item| !seen.insert(key(item)))
}
