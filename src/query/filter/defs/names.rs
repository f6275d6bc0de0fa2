//! The filters on names: architecture, base model, developer, domain,
//! category, task and approach, with the catalog's names they complete
//! and are checked against.

#[allow(unused_imports)]
use super::*;

pub const ARCH: Def = Def {
    id: "arch",
    long: "arch",
    value_name: Some("ARCH"),
    help: "Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)",
    kind: Kind::Text,
    repeat: true,
    scope: Scope::Mixed(|a| a.arch.iter().any(|x| norm(x) == "moe")),
    key: "arch",
    columns: &["arch", "architecture"],
    requires: None,
    modifies: None,
    explain: 7,
    set: |a| !a.arch.is_empty(),
    shown: |a| a.arch.clone(),
    copy: |a, b| b.arch = a.arch.clone(),
    read: |m, f| f.arch = many(m, "arch"),
    resolve: Some(|a, cat, lang, _| {
        for x in a.arch.iter() {
            let nx = norm(x);
            if !cat.models.iter().any(|f| arch_matches(f, &nx)) {
                return Err(closest(lang, What::Architecture, x, arch_names(cat)));
            }
        }
        Ok(())
    }),
    // A family passes on its architecture or base text; `moe` is then
    // tested on each checkpoint's expert layout.
    family: Some(|f, fam| {
        f.args
            .arch
            .iter()
            .any(|x| norm(x) == "moe" || arch_text_matches(fam, &norm(x)))
    }),
    checkpoint: Some(|f, p| {
        f.args
            .arch
            .iter()
            .any(|x| arch_text_matches(p.family, &norm(x)))
            || p.variant
                .is_some_and(|v| v.experts.is_some() || v.active_params.is_some())
    }),
    fact: None,
    vocabulary: Some(arch_names),
};

pub const BASE: Def = Def {
    id: "base",
    long: "base",
    value_name: Some("MODEL"),
    help: "Base model the family was trained from (matches a fragment: \"llama 3.1\", qwen2.5)",
    kind: Kind::Text,
    repeat: true,
    scope: Scope::Family,
    key: "base",
    columns: &["base", "arch"],
    requires: None,
    modifies: None,
    explain: 8,
    set: |a| !a.base.is_empty(),
    shown: |a| a.base.clone(),
    copy: |a, b| b.base = a.base.clone(),
    read: |m, f| f.base = many(m, "base"),
    resolve: Some(|a, cat, lang, _| {
        for b in a.base.iter() {
            let nb = norm(b);
            let found = !nb.is_empty()
                && cat.models.iter().any(|f| {
                    f.base_model
                        .as_deref()
                        .is_some_and(|x| norm(x).contains(&nb))
                });
            if !found {
                return Err(closest(lang, What::BaseModel, b, base_names(cat)));
            }
        }
        Ok(())
    }),
    family: Some(|f, fam| {
        let base = fam.base_model.as_deref().map(norm).unwrap_or_default();
        !base.is_empty() && f.args.base.iter().any(|b| base.contains(&norm(b)))
    }),
    checkpoint: None,
    fact: None,
    vocabulary: Some(base_names),
};

pub const DEVELOPER: Def = Def {
    id: "developer",
    long: "developer",
    value_name: Some("DEV"),
    help: "Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)",
    kind: Kind::Text,
    repeat: true,
    scope: Scope::Family,
    key: "developer",
    columns: &["developer"],
    requires: None,
    modifies: None,
    explain: 3,
    set: |a| !a.developer.is_empty(),
    shown: |a| a.developer.clone(),
    copy: |a, b| b.developer = a.developer.clone(),
    read: |m, f| f.developer = many(m, "developer"),
    resolve: Some(|a, cat, lang, filter| {
        filter.developers = resolve::developers(cat, &a.developer, lang)?;
        Ok(())
    }),
    family: Some(|f, fam| {
        fam.developers
            .iter()
            .any(|d| f.developers.iter().any(|x| *x == **d))
    }),
    checkpoint: None,
    fact: None,
    vocabulary: Some(|cat| sorted(cat.developers.iter().map(|d| &*d.id))),
};

pub const DOMAIN: Def = Def {
    id: "domain",
    long: "domain",
    value_name: Some("DOMAIN"),
    help: "Domain in English or Japanese (general, medical, 医療, finance…)",
    kind: Kind::Text,
    repeat: true,
    scope: Scope::Family,
    key: "domain",
    columns: &["domain"],
    requires: None,
    modifies: None,
    explain: 4,
    set: |a| !a.domain.is_empty(),
    shown: |a| a.domain.clone(),
    copy: |a, b| b.domain = a.domain.clone(),
    read: |m, f| f.domain = many(m, "domain"),
    resolve: Some(|a, cat, lang, filter| {
        let mut entries: Vec<Entry> = cat
            .domains
            .iter()
            .map(|d| {
                let mut names: Vec<&str> = vec![&d.id];
                names.extend(
                    [&d.label.ja, &d.label.en, &d.label.fr]
                        .into_iter()
                        .flatten()
                        .map(|l| &**l),
                );
                names.extend(labels::words(labels::DOMAINS, &d.id));
                Entry::new(&d.id, d.label.en.as_deref().unwrap_or(""), names)
            })
            .collect();
        entries.push(Entry::new(
            "general",
            "",
            labels::words(labels::DOMAINS, "general").collect(),
        ));
        for v in a.domain.iter() {
            let found = match resolve::find(v, &entries) {
                Ok(found) => found,
                Err(resolve::Miss::None(near)) => bail!(
                    "{}",
                    What::Domain.no_match_explained(lang, v, &near, &domain_ids(cat))
                ),
                Err(miss) => bail!("{}", What::Domain.message(lang, v, &miss)),
            };
            filter.domains.extend(found.into_iter().map(str::to_string));
        }
        Ok(())
    }),
    family: Some(|f, fam| f.domains.iter().any(|d| *d == *fam.domain)),
    checkpoint: None,
    fact: None,
    vocabulary: Some(domain_ids),
};

pub const CATEGORY: Def = Def {
    id: "category",
    long: "category",
    value_name: Some("CATEGORY"),
    help: "Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)",
    kind: Kind::Category,
    repeat: true,
    scope: Scope::Family,
    key: "category",
    columns: &["category"],
    requires: None,
    modifies: None,
    explain: 0,
    set: |a| !a.category.is_empty(),
    shown: |a| a.category.iter().map(|c| c.as_str().to_string()).collect(),
    copy: |a, b| b.category = a.category.clone(),
    read: |m, f| f.category = many(m, "category"),
    resolve: None,
    family: Some(|f, fam| f.args.category.contains(&fam.category)),
    checkpoint: None,
    fact: None,
    vocabulary: None,
};

pub const TASK: Def = Def {
    id: "task",
    long: "task",
    value_name: Some("TASK"),
    help: "Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)",
    kind: Kind::Task,
    repeat: true,
    scope: Scope::Family,
    key: "task",
    columns: &["task"],
    requires: None,
    modifies: None,
    explain: 1,
    set: |a| !a.task.is_empty(),
    shown: |a| a.task.clone(),
    copy: |a, b| b.task = a.task.clone(),
    read: |m, f| f.task = many(m, "task"),
    resolve: None,
    family: Some(|f, fam| {
        f.args
            .task
            .iter()
            .any(|t| fam.task.as_deref() == Some(t.as_str()))
    }),
    checkpoint: None,
    fact: None,
    vocabulary: None,
};

pub const APPROACH: Def = Def {
    id: "approach",
    long: "approach",
    value_name: Some("APPROACH"),
    help: "How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)",
    kind: Kind::Approach,
    repeat: true,
    scope: Scope::Family,
    key: "approach",
    columns: &["approach"],
    requires: None,
    modifies: None,
    explain: 2,
    set: |a| !a.approach.is_empty(),
    shown: |a| a.approach.iter().map(|x| x.as_str().to_string()).collect(),
    copy: |a, b| b.approach = a.approach.clone(),
    read: |m, f| f.approach = many(m, "approach"),
    resolve: None,
    family: Some(|f, fam| f.args.approach.iter().any(|&x| Some(x) == fam.approach)),
    checkpoint: None,
    fact: None,
    vocabulary: None,
};

/// The architecture and base model names of the catalog.
fn arch_names(cat: &Catalog) -> Vec<String> {
    sorted(
        cat.models
            .iter()
            .flat_map(|f| [f.architecture.as_deref(), f.base_model.as_deref()])
            .flatten(),
    )
}

/// The base model names of the catalog.
fn base_names(cat: &Catalog) -> Vec<String> {
    sorted(cat.models.iter().filter_map(|f| f.base_model.as_deref()))
}

/// The domain ids of the catalog, with `general`.
fn domain_ids(cat: &Catalog) -> Vec<String> {
    sorted(
        cat.domains
            .iter()
            .map(|d| &*d.id)
            .chain(std::iter::once("general")),
    )
}

/// Whether the architecture or base model text names `needle`.
fn arch_text_matches(f: &Family, needle: &str) -> bool {
    !needle.is_empty()
        && [f.architecture.as_deref(), f.base_model.as_deref()]
            .iter()
            .flatten()
            .any(|h| norm(h).contains(needle))
}

/// Architecture filters match the architecture or base model text, and
/// `moe` also matches checkpoints with an expert layout.
fn arch_matches(f: &Family, needle: &str) -> bool {
    arch_text_matches(f, needle)
        || (needle == "moe"
            && f.variants
                .iter()
                .any(|v| v.experts.is_some() || v.active_params.is_some()))
}
