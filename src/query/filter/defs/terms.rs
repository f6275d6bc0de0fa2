//! The filters on terms of use: license, commercial use, and downloadable
//! weights.

#[allow(unused_imports)]
use super::*;

pub const LICENSE: Def = Def {
    id: "license",
    long: "license",
    value_name: Some("LICENSE"),
    help: "License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)",
    kind: Kind::Text,
    repeat: true,
    scope: Scope::Checkpoint,
    key: "license",
    columns: &["license", "commercial"],
    requires: None,
    modifies: None,
    explain: 5,
    set: |a| !a.license.is_empty(),
    shown: |a| a.license.clone(),
    copy: |a, b| b.license = a.license.clone(),
    read: |m, f| f.license = many(m, "license"),
    resolve: Some(|a, cat, lang, filter| {
        for v in a.license.iter() {
            let found = index::find_licenses(cat, v);
            if found.is_empty() {
                let entries = cat.licenses.iter().map(|l| {
                    (
                        Entry::new(&l.id, &l.name, Vec::new()).label(),
                        index::license_names(l).collect(),
                    )
                });
                let near = index::nearest(v, entries, 5);
                let all = sorted(cat.licenses.iter().map(|l| &*l.id));
                bail!("{}", What::License.no_match_explained(lang, v, &near, &all));
            }
            filter
                .licenses
                .extend(found.into_iter().map(|l| l.id.to_string()));
        }
        Ok(())
    }),
    family: None,
    checkpoint: Some(|f, p| {
        let ids = p.license.map(|l| &l.ids[..]).unwrap_or(&[]);
        ids.iter().any(|i| f.licenses.iter().any(|x| *x == **i))
    }),
    fact: None,
    vocabulary: Some(|cat| sorted(cat.licenses.iter().map(|l| &*l.id))),
};

pub const COMMERCIAL: Def = Def {
    id: "commercial",
    long: "commercial",
    value_name: Some("CLASS"),
    help: "Only commercially usable families: class yes; =conditional also admits conditional ones",
    kind: Kind::Commercial,
    repeat: false,
    scope: Scope::Checkpoint,
    key: "commercial",
    columns: &["license", "commercial"],
    requires: None,
    modifies: None,
    explain: 6,
    set: |a| a.commercial.is_some(),
    shown: |a| {
        a.commercial
            .and_then(|c| c.to_possible_value())
            .map(|p| p.get_name().to_string())
            .into_iter()
            .collect()
    },
    copy: |a, b| b.commercial = a.commercial,
    read: |m, f| f.commercial = one(m, "commercial"),
    resolve: None,
    family: None,
    checkpoint: Some(|f, p| {
        let class = p.license.map_or(Commercial::Unknown, |l| l.commercial);
        match f.args.commercial {
            None => true,
            Some(CommercialArg::Yes) => class == Commercial::Yes,
            Some(CommercialArg::Conditional) => {
                matches!(class, Commercial::Yes | Commercial::Conditional)
            }
            Some(CommercialArg::No) => class == Commercial::No,
            Some(CommercialArg::Unknown) => class == Commercial::Unknown,
        }
    }),
    fact: None,
    vocabulary: None,
};

pub const HF: Def = Def {
    id: "hf",
    long: "hf",
    value_name: None,
    help: "Only families with downloadable weights (a Hugging Face checkpoint)",
    kind: Kind::Switch,
    repeat: false,
    scope: Scope::Family,
    key: "hf",
    columns: &["hf"],
    requires: None,
    modifies: None,
    explain: 9,
    set: |a| a.hf,
    shown: |_| Vec::new(),
    copy: |a, b| b.hf = a.hf,
    read: |m, f| f.hf = flag(m, "hf"),
    resolve: None,
    family: Some(|_, fam| fam.has_weights()),
    checkpoint: None,
    fact: None,
    vocabulary: None,
};
