//! The JSON contract scripts rely on. Keys are stable and documented in the
//! README; numbers are numbers and what the sources do not state is `null`,
//! never a string. `list` prints an array of the same objects `show` prints.

use serde_json::{json, Map, Value};

use crate::catalog::schema::{Benchmark, Catalog, Family, Str, Text, Variant};

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
    "context_text",
    "params",
    "variants",
    "url",
    "training_data",
    "training_tokens",
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
    "year",
    "license",
    "commercial",
    "developers",
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

fn text(t: Option<&Text>) -> Value {
    match t {
        Some(t) => json!({ "ja": t.ja, "en": t.en, "fr": t.fr }),
        None => Value::Null,
    }
}

fn developers(cat: &Catalog, ids: &[Str]) -> Value {
    Value::Array(
        ids.iter()
            .map(|id| match cat.developers.iter().find(|d| &d.id == id) {
                Some(d) => json!({ "id": d.id, "name": d.name, "name_ja": d.name_ja }),
                None => json!({ "id": id, "name": null, "name_ja": null }),
            })
            .collect(),
    )
}

pub fn variant(v: &Variant) -> Value {
    json!({
        "name": v.name,
        "hf": v.hf,
        "url": v.url,
        "params": v.params,
        "active_params": v.active_params,
        "experts": v.experts,
        "params_source": v.params_source,
    })
}

/// Papers of the family's architecture: architecture names the catalog's
/// paper table knows, found as whole words in the architecture text.
pub fn papers_for<'a>(cat: &'a Catalog, f: &Family) -> Vec<&'a crate::catalog::schema::Paper> {
    let Some(arch) = f.architecture.as_deref() else {
        return Vec::new();
    };
    let words: Vec<String> = arch
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '.'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    cat.papers
        .iter()
        .filter(|p| p.kind == "architecture" && words.contains(&p.name.to_lowercase()))
        .collect()
}

/// A family object. `only` restricts `variants` (the checkpoints a size
/// filter kept); `params` is the largest of those with a known size.
pub fn family(cat: &Catalog, f: &Family, only: Option<&[usize]>) -> Value {
    let variants: Vec<&Variant> = match only {
        Some(idx) => idx.iter().filter_map(|&i| f.variants.get(i)).collect(),
        None => f.variants.iter().collect(),
    };
    let params = variants.iter().filter_map(|v| v.params).max();
    let license = f.license.as_ref().map(|l| {
        json!({
            "text": l.text.en,
            "text_ja": l.text.ja,
            "text_fr": l.text.fr,
            "ids": l.ids,
            "commercial": l.commercial.as_str(),
        })
    });
    let notes: Vec<Value> = f
        .notes
        .iter()
        .map(|n| match cat.footnotes.iter().find(|x| x.id == *n) {
            Some(note) => {
                json!({ "id": n, "ja": note.text.ja, "en": note.text.en, "fr": note.text.fr })
            }
            None => json!({ "id": n, "ja": null, "en": null, "fr": null }),
        })
        .collect();
    let domain_label = cat
        .domains
        .iter()
        .find(|d| d.id == f.domain)
        .map(|d| &d.label);
    let papers: Vec<Value> = papers_for(cat, f)
        .into_iter()
        .map(|p| json!({ "name": p.name, "title": p.title, "venue": p.venue, "date": p.date, "url": p.url }))
        .collect();
    let mut m = Map::new();
    let mut put = |k: &str, v: Value| {
        m.insert(k.to_string(), v);
    };
    put("id", json!(f.id));
    put("name", json!(f.name));
    put("name_ja", json!(f.name_ja));
    put("name_fr", json!(f.name_fr.as_ref().unwrap_or(&f.name)));
    put("category", json!(f.category.as_str()));
    put("task", json!(f.task));
    put("approach", json!(f.approach.map(|a| a.as_str())));
    put("domain", json!(f.domain));
    put("domain_label", text(domain_label));
    put("year", json!(f.year));
    put("released", json!(f.released));
    put("architecture", json!(f.architecture));
    put("base_model", json!(f.base_model));
    put("merged_from", json!(f.merged_from));
    put("developers", developers(cat, &f.developers));
    put("license", license.unwrap_or(Value::Null));
    put("context_length", json!(f.context_length));
    put("context_text", json!(f.context_text));
    put("params", json!(params));
    put(
        "variants",
        Value::Array(variants.into_iter().map(variant).collect()),
    );
    put("url", json!(f.url));
    put("training_data", text(f.training_data.as_ref()));
    put("training_tokens", json!(f.training_tokens));
    put("notes", Value::Array(notes));
    put("hf_ready", json!(f.hf_ready.map(|h| h.as_str())));
    put("platform", text(f.platform.as_ref()));
    put("papers", Value::Array(papers));
    put("source_line", json!(f.source_line));
    Value::Object(m)
}

/// A checkpoint row of `list --variants`.
pub fn variant_row(cat: &Catalog, f: &Family, v: &Variant) -> Value {
    let mut m = match variant(v) {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    m.insert("family".into(), json!(f.id));
    m.insert("family_name".into(), json!(f.name));
    m.insert("year".into(), json!(f.year));
    m.insert(
        "license".into(),
        json!(f.license.as_ref().and_then(|l| l.text.en.clone())),
    );
    m.insert(
        "commercial".into(),
        json!(f.license.as_ref().map(|l| l.commercial.as_str())),
    );
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
        "description": text(b.description.as_ref()),
        "developers": developers(cat, &b.developers),
        "url": b.url,
        "source_line": b.source_line,
    })
}

/// Keeps only `fields` of an object, in the order asked.
pub fn select(value: Value, fields: Option<&[String]>) -> Value {
    match (value, fields) {
        (Value::Object(mut m), Some(fields)) => {
            let mut out = Map::new();
            for f in fields {
                out.insert(f.clone(), m.remove(f).unwrap_or(Value::Null));
            }
            Value::Object(out)
        }
        (v, _) => v,
    }
}
