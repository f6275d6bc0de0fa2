//! The JSON contract scripts rely on. Keys are stable and documented in the
//! README; numbers are numbers and what the sources do not state is `null`,
//! never a string. `list` prints an array of the same objects `show` prints.

use std::io::Write;

use serde::Serialize;
use serde_json::{json, Map, Value};

use crate::catalog::results::Score;
use crate::catalog::schema::{
    Benchmark, Bound, Catalog, Family, LicenseInfo, Qualifier, Str, Text, Variant,
};

/// Keys of a family object, in output order.
pub const FAMILY_FIELDS: &[&str] = &[
    "id",
    "name",
    "name_ja",
    "name_fr",
    "category",
    "task",
    "approach",
    "domain",
    "domain_label",
    "year",
    "released",
    "architecture",
    "base_model",
    "merged_from",
    "developers",
    "license",
    "context_length",
    "context_bound",
    "context_text",
    "base_context_length",
    "base_context_source",
    "base_context_yarn",
    "params",
    "variants",
    "url",
    "training_data",
    "training_tokens",
    "training_tokens_qualifier",
    "notes",
    "hf_ready",
    "platform",
    "papers",
    "source_line",
];

/// Keys of a checkpoint object (`list --variants`).
pub const VARIANT_FIELDS: &[&str] = &[
    "family",
    "family_name",
    "name",
    "hf",
    "url",
    "params",
    "active_params",
    "experts",
    "params_source",
    "released",
    "released_source",
    "year",
    "license",
    "context_length",
    "context_bound",
    "context_text",
    "developers",
    "results",
];

pub const BENCHMARK_FIELDS: &[&str] = &[
    "id",
    "name",
    "name_ja",
    "category",
    "description",
    "developers",
    "url",
    "source_line",
];

/// A developer as JSON shows it: `{id, name, name_ja}`; an id the catalog
/// does not know keeps its id with null names.
#[derive(Serialize)]
pub struct DeveloperRef<'a> {
    id: &'a str,
    name: Option<&'a str>,
    name_ja: Option<&'a str>,
}

fn developer_refs<'a>(cat: &'a Catalog, ids: &'a [Str]) -> Vec<DeveloperRef<'a>> {
    ids.iter()
        .map(|id| {
            let d = cat.developers.iter().find(|d| d.id == *id);
            DeveloperRef {
                id,
                name: d.map(|d| &*d.name),
                name_ja: d.map(|d| &*d.name_ja),
            }
        })
        .collect()
}

fn developers(cat: &Catalog, ids: &[Str]) -> Value {
    serde_json::to_value(developer_refs(cat, ids)).unwrap_or(Value::Null)
}

/// A checkpoint object, as `FamilyJson` serializes it: the catalog's own
/// `Variant` fields, with the license and context that apply to this
/// checkpoint (its own where the row singles it out, else the family's),
/// and its evaluation `results` (joined by repo id).
#[derive(Serialize)]
pub struct VariantJson<'a> {
    name: &'a str,
    hf: Option<&'a str>,
    url: &'a str,
    params: Option<u64>,
    active_params: Option<u64>,
    experts: Option<&'a str>,
    params_source: Option<&'a str>,
    /// Its own release date where a source gives one, else the family's,
    /// else the family's year (`YYYY`).
    released: Option<std::borrow::Cow<'a, str>>,
    /// Where `released` comes from: its source, `inherited from the
    /// family`, or `the list's year for the family`.
    released_source: Option<&'a str>,
    license: LicenseJson<'a>,
    context_length: Option<u64>,
    context_bound: Option<Bound>,
    context_text: Option<&'a str>,
    results: Vec<ResultJson<'static>>,
}

impl<'a> VariantJson<'a> {
    pub fn new(f: &'a Family, v: &'a Variant) -> Self {
        let own = v.context_length.is_some() || v.context_bound.is_some();
        let context_text = if own {
            v.context_text.as_deref()
        } else {
            f.context_text.as_deref()
        };
        let dated = v.released_in(f);
        VariantJson {
            name: &v.name,
            hf: v.hf.as_deref(),
            url: &v.url,
            params: v.params,
            active_params: v.active_params,
            experts: v.experts.as_deref(),
            params_source: v.params_source.as_deref(),
            released: dated.as_ref().map(|(d, _)| d.clone()),
            released_source: match &dated {
                Some((_, by)) => by.inherited_source().or(v.released_source.as_deref()),
                None => None,
            },
            license: LicenseJson::of(v.license_in(f)),
            context_length: v.context_in(f),
            context_bound: v.context_bound_in(f),
            context_text,
            results: v.hf.as_deref().map_or_else(Vec::new, results_of),
        }
    }
}

/// A checkpoint object of family `f`.
pub fn variant(f: &Family, v: &Variant) -> Value {
    serde_json::to_value(VariantJson::new(f, v)).unwrap_or(Value::Null)
}

/// One score of a checkpoint: a suite average (`task` = `avg`) or a task.
#[derive(Serialize)]
pub struct ResultJson<'a> {
    pub benchmark: &'a str,
    pub source: &'a str,
    pub suite: &'a str,
    pub task: &'a str,
    pub score: f64,
    pub std: Option<f64>,
    pub trials: Option<u32>,
    pub mode: Option<&'a str>,
    pub version: Option<&'a str>,
    pub date: &'a str,
    pub url: &'a str,
}

/// The result objects of one scored suite: its average, then its tasks.
pub fn score_json(r: &Score) -> Vec<ResultJson<'_>> {
    let one = |task, score, std| ResultJson {
        benchmark: &r.benchmark,
        source: &r.source,
        suite: &r.suite,
        task,
        score,
        std,
        trials: r.trials,
        mode: r.mode.as_deref(),
        version: r.version.as_deref(),
        date: &r.date,
        url: &r.url,
    };
    std::iter::once(one("avg", r.score, r.std))
        .chain(r.tasks.iter().map(|t| one(&t.task, t.score, None)))
        .collect()
}

/// Every result object of repo `hf` in the embedded results.
pub fn results_of(hf: &str) -> Vec<ResultJson<'static>> {
    crate::catalog::results_data::for_repo(hf)
        .iter()
        .flat_map(score_json)
        .collect()
}

/// Papers of the family's architecture: the architecture papers whose
/// normalized name appears in the architecture text (catalog::papers).
pub fn papers_for<'a>(cat: &'a Catalog, f: &Family) -> Vec<&'a crate::catalog::schema::Paper> {
    crate::catalog::papers::of_family(cat, f)
}

/// A license object. `mixed`: a family whose checkpoints differ; its
/// `commercial` is then the most restrictive of theirs. A row the list
/// gives no license (API offerings) has the same object, of class
/// `unknown` with no ids and no text: never `null`, so a script can read
/// `license.commercial` of every family and checkpoint.
#[derive(Serialize)]
pub struct LicenseJson<'a> {
    text: Option<&'a str>,
    text_ja: Option<&'a str>,
    text_fr: Option<&'a str>,
    ids: &'a [Str],
    commercial: &'static str,
    reason: Option<&'a str>,
    url: Option<&'a str>,
    mixed: bool,
}

impl<'a> LicenseJson<'a> {
    /// The object of `l`, or of an unknown license.
    pub fn of(l: Option<&'a LicenseInfo>) -> Self {
        match l {
            Some(l) => LicenseJson::new(l),
            None => LicenseJson {
                text: None,
                text_ja: None,
                text_fr: None,
                ids: &[],
                commercial: "unknown",
                reason: None,
                url: None,
                mixed: false,
            },
        }
    }

    pub fn new(l: &'a LicenseInfo) -> Self {
        LicenseJson {
            text: l.text.en.as_deref(),
            text_ja: l.text.ja.as_deref(),
            text_fr: l.text.fr.as_deref(),
            ids: &l.ids,
            commercial: l.commercial.as_str(),
            reason: l.reason.as_deref(),
            url: l.url.as_deref(),
            mixed: l.mixed,
        }
    }
}

#[derive(Serialize)]
pub struct NoteJson<'a> {
    id: u32,
    ja: Option<&'a str>,
    en: Option<&'a str>,
    fr: Option<&'a str>,
}

#[derive(Serialize)]
pub struct PaperJson<'a> {
    name: &'a str,
    title: &'a str,
    venue: Option<&'a str>,
    date: Option<&'a str>,
    url: Option<&'a str>,
}

/// A family object, serialized straight from the catalog's borrowed data
/// (`list --json` of the whole catalog is 800 KB: building `Value` trees
/// first cost more than the rest of the run). Field order is the output
/// order, that of [`FAMILY_FIELDS`].
#[derive(Serialize)]
pub struct FamilyJson<'a> {
    id: &'a str,
    name: &'a str,
    name_ja: &'a str,
    name_fr: &'a str,
    category: &'static str,
    task: Option<&'a str>,
    approach: Option<&'static str>,
    domain: &'a str,
    domain_label: Option<&'a Text>,
    year: Option<u16>,
    released: Option<&'a str>,
    architecture: Option<&'a str>,
    base_model: Option<&'a str>,
    merged_from: &'a [Str],
    developers: Vec<DeveloperRef<'a>>,
    license: LicenseJson<'a>,
    context_length: Option<u64>,
    context_bound: Option<Bound>,
    context_text: Option<&'a str>,
    base_context_length: Option<u64>,
    base_context_source: Option<&'a str>,
    base_context_yarn: Option<u64>,
    params: Option<u64>,
    variants: Vec<VariantJson<'a>>,
    url: Option<&'a str>,
    training_data: Option<&'a Text>,
    training_tokens: Option<u64>,
    training_tokens_qualifier: Option<Qualifier>,
    notes: Vec<NoteJson<'a>>,
    hf_ready: Option<&'static str>,
    platform: Option<&'a Text>,
    papers: Vec<PaperJson<'a>>,
    source_line: Option<u32>,
}

/// A family object. `only` restricts `variants` (the checkpoints a size
/// filter kept); `params` is the largest of those with a known size.
pub fn family<'a>(cat: &'a Catalog, f: &'a Family, only: Option<&[usize]>) -> FamilyJson<'a> {
    let variants: Vec<&Variant> = match only {
        Some(idx) => idx.iter().filter_map(|&i| f.variants.get(i)).collect(),
        None => f.variants.iter().collect(),
    };
    let params = variants.iter().filter_map(|v| v.params).max();
    let variants = variants
        .into_iter()
        .map(|v| VariantJson::new(f, v))
        .collect();
    let license = LicenseJson::of(f.license.as_ref());
    let notes = f
        .notes
        .iter()
        .map(|&n| {
            let t = cat.footnotes.iter().find(|x| x.id == n).map(|x| &x.text);
            NoteJson {
                id: n,
                ja: t.and_then(|t| t.ja.as_deref()),
                en: t.and_then(|t| t.en.as_deref()),
                fr: t.and_then(|t| t.fr.as_deref()),
            }
        })
        .collect();
    let papers = papers_for(cat, f)
        .into_iter()
        .map(|p| PaperJson {
            name: &p.name,
            title: &p.title,
            venue: p.venue.as_deref(),
            date: p.date.as_deref(),
            url: p.url.as_deref(),
        })
        .collect();
    FamilyJson {
        id: &f.id,
        name: &f.name,
        name_ja: &f.name_ja,
        name_fr: f.name_fr.as_deref().unwrap_or(&f.name),
        category: f.category.as_str(),
        task: f.task.as_deref(),
        approach: f.approach.map(|a| a.as_str()),
        domain: &f.domain,
        domain_label: cat
            .domains
            .iter()
            .find(|d| d.id == f.domain)
            .map(|d| &d.label),
        year: f.year,
        released: f.released.as_deref(),
        architecture: f.architecture.as_deref(),
        base_model: f.base_model.as_deref(),
        merged_from: &f.merged_from,
        developers: developer_refs(cat, &f.developers),
        license,
        context_length: f.context_length,
        context_bound: f.context_bound,
        context_text: f.context_text.as_deref(),
        base_context_length: f.base_context_length,
        base_context_source: f.base_context_source.as_deref(),
        base_context_yarn: f.base_context_yarn,
        params,
        variants,
        url: f.url.as_deref(),
        training_data: f.training_data.as_ref(),
        training_tokens: f.training_tokens,
        training_tokens_qualifier: f.training_tokens_qualifier,
        notes,
        hf_ready: f.hf_ready.map(|h| h.as_str()),
        platform: f.platform.as_ref(),
        papers,
        source_line: f.source_line,
    }
}

/// The same object as a `Value`, for commands that add keys to it.
pub fn family_value(cat: &Catalog, f: &Family, only: Option<&[usize]>) -> Value {
    serde_json::to_value(family(cat, f, only)).unwrap_or(Value::Null)
}

/// A checkpoint row of `list --variants`: the checkpoint object (the same
/// as in a family's `variants`, its `license` an object) with its family's
/// id, name, year and developers.
pub fn variant_row(cat: &Catalog, f: &Family, v: &Variant) -> Value {
    let mut m = match variant(f, v) {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    m.insert("family".into(), json!(f.id));
    m.insert("family_name".into(), json!(f.name));
    m.insert("year".into(), json!(f.year));
    m.insert("developers".into(), developers(cat, &f.developers));
    let mut ordered = Map::new();
    for k in VARIANT_FIELDS {
        if let Some(v) = m.remove(*k) {
            ordered.insert((*k).to_string(), v);
        }
    }
    Value::Object(ordered)
}

pub fn benchmark(cat: &Catalog, b: &Benchmark) -> Value {
    json!({
        "id": b.id,
        "name": b.name,
        "name_ja": b.name_ja.as_ref().unwrap_or(&b.name),
        "category": b.category,
        "description": b.description,
        "developers": developers(cat, &b.developers),
        "url": b.url,
        "source_line": b.source_line,
    })
}

/// A serde_json formatter that also escapes, as `\uXXXX`, the characters
/// JSON allows raw but a terminal acts on: DEL, C1 controls (U+009B is a
/// CSI) and bidi overrides. A JSON reader sees the same strings; a terminal
/// showing `jllm list --json` sees no escape sequence.
pub struct TerminalSafe<F>(pub F);

impl<F: serde_json::ser::Formatter> serde_json::ser::Formatter for TerminalSafe<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        // ASCII below DEL (URLs, ids, suite names: most fragments) holds
        // nothing to escape; serde_json has escaped what is below space.
        // Measured: without this check, escaping was 46% of a filtered
        // `list --json` (2.3M of 5.0M instructions).
        if fragment.bytes().all(|b| b < 0x7f) {
            return w.write_all(fragment.as_bytes());
        }
        let mut rest = fragment;
        while let Some((i, c)) = rest
            .char_indices()
            .find(|&(_, c)| crate::sanitize::is_dangerous(c))
        {
            w.write_all(&rest.as_bytes()[..i])?;
            // Every such character is in the Basic Multilingual Plane.
            write!(w, "\\u{:04x}", u32::from(c))?;
            rest = &rest[i + c.len_utf8()..];
        }
        w.write_all(rest.as_bytes())
    }
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_key(w)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// Writes `value` as compact JSON with [`TerminalSafe`] escaping: the form
/// pipes get, and the form build.rs stores for the built-in families.
pub fn write_compact<W: std::io::Write>(
    out: W,
    value: &(impl Serialize + ?Sized),
) -> serde_json::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(
        out,
        TerminalSafe(serde_json::ser::CompactFormatter),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::load;

    /// `list --json` prints the objects build.rs rendered for the built-in
    /// catalog; they must be exactly what this module renders now, whole
    /// and with only some checkpoints kept (a filter's), in any order.
    #[test]
    fn build_time_json_is_the_contract() {
        use crate::render::family::write_prerendered;
        let cat = load::embedded();
        assert!(cat.is_embedded());
        let mut subsets_checked = 0;
        for (i, f) in cat.models.iter().enumerate() {
            let Some(parts) = load::embedded_family_json(i) else {
                panic!("{}: no build-time JSON", f.id);
            };
            let n = f.variants.len();
            let mut subsets: Vec<Option<Vec<usize>>> = vec![None, Some(vec![])];
            subsets.extend((0..n).map(|k| Some(vec![k])));
            subsets.push(Some((0..n).step_by(2).collect()));
            subsets.push(Some((0..n).rev().collect()));
            // An index past the end is left out, as `family` leaves it.
            subsets.push(Some(vec![n, 0]));
            for only in &subsets {
                let mut now = Vec::new();
                write_compact(&mut now, &family(&cat, f, only.as_deref())).expect("serializes");
                let mut copied = Vec::new();
                write_prerendered(&mut copied, f, parts, only.as_deref()).expect("writes");
                assert!(
                    now == copied,
                    "{} {only:?}:\n{}\n{}",
                    f.id,
                    String::from_utf8_lossy(&now),
                    String::from_utf8_lossy(&copied)
                );
                subsets_checked += 1;
            }
        }
        assert!(subsets_checked > 1000, "{subsets_checked}");
        assert!(load::embedded_family_json(cat.models.len()).is_none());
    }
}
