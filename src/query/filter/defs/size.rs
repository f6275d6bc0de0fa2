//! The filters on sizes: parameters and context length (per checkpoint),
//! and the switch that lets a fine-tune take its base model's context.

#[allow(unused_imports)]
use super::*;

pub const MIN_PARAMS: Def = Def {
    id: "min_params",
    long: "min-params",
    value_name: Some("SIZE"),
    help: "At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded",
    kind: Kind::Params,
    repeat: false,
    scope: Scope::Checkpoint,
    key: "params",
    columns: &["sizes", "params"],
    requires: None,
    modifies: None,
    explain: 15,
    set: |a| a.min_params.is_some(),
    shown: |a| a.min_params.map(units::format).into_iter().collect(),
    copy: |a, b| b.min_params = a.min_params,
    read: |m, f| f.min_params = one(m, "min_params"),
    resolve: Some(|a, _, lang, _| {
        if let (Some(min), Some(max)) = (a.min_params, a.max_params) {
            if min > max {
                bail!(
                    "{}",
                    trf(
                        lang,
                        "--min-params {0} is larger than --max-params {1}",
                        &[&units::format(min), &units::format(max)]
                    )
                );
            }
        }
        Ok(())
    }),
    family: None,
    checkpoint: Some(|f, p| p.params.zip(f.args.min_params).is_some_and(|(p, m)| p >= m)),
    fact: Some(|a, cat, lang| {
        let (p, top) = (a.min_params?, params(cat).max()?);
        Some(trf(
            lang,
            "no checkpoint has {0} parameters or more; the largest has {1}",
            &[&units::format(p), &units::format(top)],
        ))
    }),
    vocabulary: None,
};

pub const MAX_PARAMS: Def = Def {
    id: "max_params",
    long: "max-params",
    value_name: Some("SIZE"),
    help: "At most this many parameters, per checkpoint; families with no known size are excluded",
    kind: Kind::Params,
    repeat: false,
    scope: Scope::Checkpoint,
    key: "params",
    columns: &["sizes", "params"],
    requires: None,
    modifies: None,
    explain: 16,
    set: |a| a.max_params.is_some(),
    shown: |a| a.max_params.map(units::format).into_iter().collect(),
    copy: |a, b| b.max_params = a.max_params,
    read: |m, f| f.max_params = one(m, "max_params"),
    resolve: None,
    family: None,
    checkpoint: Some(|f, p| p.params.zip(f.args.max_params).is_some_and(|(p, m)| p <= m)),
    fact: Some(|a, cat, lang| {
        let (p, low) = (a.max_params?, params(cat).min()?);
        Some(trf(
            lang,
            "no checkpoint has {0} parameters or fewer; the smallest has {1}",
            &[&units::format(p), &units::format(low)],
        ))
    }),
    vocabulary: None,
};

pub const MIN_CONTEXT: Def = Def {
    id: "min_context",
    long: "min-context",
    value_name: Some("TOKENS"),
    help: "Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it (\"≤ 2,048\")",
    kind: Kind::Tokens,
    repeat: false,
    scope: Scope::Checkpoint,
    key: "context",
    columns: &["context"],
    requires: None,
    modifies: None,
    explain: 13,
    set: |a| a.min_context.is_some(),
    shown: |a| strings(a.min_context.as_slice()),
    copy: |a, b| b.min_context = a.min_context,
    read: |m, f| f.min_context = one(m, "min_context"),
    resolve: Some(|a, _, lang, _| {
        if let (Some(min), Some(max)) = (a.min_context, a.max_context) {
            if min > max {
                bail!(
                    "{}",
                    trf(
                        lang,
                        "--min-context {0} is larger than --max-context {1}",
                        &[&min, &max]
                    )
                );
            }
        }
        Ok(())
    }),
    family: None,
    // Stated lengths only; the base model's window where asked to. A
    // bound passes only if it proves the length (`≥ N`): `≤ 2,048` may
    // be 1,024.
    checkpoint: Some(|f, p| {
        let Some(min) = f.args.min_context else {
            return true;
        };
        match (p.context, p.bound) {
            (Some(c), _) => c >= min,
            (None, Some(b)) => b.reaches(min),
            (None, None) => {
                f.args.assume_base_context
                    && p.family.base_context_length.is_some_and(|c| c >= min)
            }
        }
    }),
    fact: Some(|a, cat, lang| {
        let (c, top) = (a.min_context?, contexts(cat).max()?);
        Some(trf(
            lang,
            "no family takes a context of {0} tokens or more; the longest known is {1}",
            &[&c, &top],
        ))
    }),
    vocabulary: None,
};

pub const MAX_CONTEXT: Def = Def {
    id: "max_context",
    long: "max-context",
    value_name: Some("TOKENS"),
    help: "Stated context length of at most this many tokens, per checkpoint (2048, 8k; \"≤ 2,048\" is at most 2048); unknown lengths are excluded",
    kind: Kind::Tokens,
    repeat: false,
    scope: Scope::Checkpoint,
    key: "context",
    columns: &["context"],
    requires: None,
    modifies: None,
    explain: 14,
    set: |a| a.max_context.is_some(),
    shown: |a| strings(a.max_context.as_slice()),
    copy: |a, b| b.max_context = a.max_context,
    read: |m, f| f.max_context = one(m, "max_context"),
    resolve: None,
    family: None,
    // Stated lengths only: a base model's window may be cut by a
    // fine-tune, so it proves no upper bound; `≤ N` does.
    checkpoint: Some(|f, p| {
        let Some(max) = f.args.max_context else {
            return true;
        };
        match (p.context, p.bound) {
            (Some(c), _) => c <= max,
            (None, Some(b)) => b.within(max),
            (None, None) => false,
        }
    }),
    fact: Some(|a, cat, lang| {
        let (c, low) = (a.max_context?, contexts(cat).min()?);
        Some(trf(
            lang,
            "no family has a context of {0} tokens or less; the shortest known is {1}",
            &[&c, &low],
        ))
    }),
    vocabulary: None,
};

pub const ASSUME_BASE_CONTEXT: Def = Def {
    id: "assume_base_context",
    long: "assume-base-context",
    value_name: None,
    help: "With --min-context, also admit checkpoints with no stated context whose base model's window (catalog/sizes.toml) reaches it; tables mark them \"unknown (base model: N)\"",
    kind: Kind::Switch,
    repeat: false,
    scope: Scope::Checkpoint,
    key: "context",
    columns: &["context"],
    requires: Some("min_context"),
    modifies: Some("min_context"),
    explain: 13,
    set: |a| a.assume_base_context,
    shown: |_| Vec::new(),
    copy: |a, b| b.assume_base_context = a.assume_base_context,
    read: |m, f| f.assume_base_context = flag(m, "assume_base_context"),
    resolve: None,
    family: None,
    checkpoint: None,
    fact: None,
    vocabulary: None,
};

fn contexts(cat: &Catalog) -> impl Iterator<Item = u64> + Clone + '_ {
    cat.models.iter().filter_map(|f| f.context_length)
}

fn params(cat: &Catalog) -> impl Iterator<Item = u64> + Clone + '_ {
    cat.models
        .iter()
        .flat_map(|f| f.variants.iter().filter_map(|v| v.params))
}
