//! The catalog's tables, listed once. [`catalog_tables!`] holds the list:
//! each table's field, row type, TOML array name, the static build.rs
//! embeds it as, where its rows come from ([`Origin`]), the file of
//! `catalog/` it lives in and a title. From that list come the [`Catalog`]
//! struct, [`TABLES`] (the same facts as data) and the operations every
//! table shares: appending parsed slices, taking or copying tables, and
//! walking them with a [`Visit`] or [`Merge`] that sees each table's rows
//! as `T: Row`. What differs between rows (their key, the problem a second
//! row with that key is) is each row type's [`Row`] impl, beside the type.
//!
//! So a new table is its row type with its `Row` impl (`schema/tables.rs`)
//! and one entry of the list here; parsing, validation of keys, the
//! embedded statics, overlays, the installed update, `catalog import` and
//! its files all follow the list.

use std::borrow::Cow;
use std::fmt::Debug;

use serde::{Deserialize, Serialize};

use super::*;

/// The catalog's tables, in the order of [`Catalog`]'s fields (which is the
/// order of the embedded statics and of the installed file's keys), handed
/// to the macro `$then` as entries
/// `field: Row { toml: "name", embedded: STATIC, origin: …, file: …, title: "…" }`.
/// [`Catalog`] is defined by it here; the binary's `catalog::load` uses it
/// to borrow the statics build.rs writes.
#[macro_export]
macro_rules! catalog_tables {
    ($then:ident) => {
        $then! {
            /// Model families, one per row of the list's model tables.
            models: Family {
                toml: "model", embedded: MODELS, origin: List,
                file: PerCategory("models"), title: "Models",
            }
            benchmarks: Benchmark {
                toml: "benchmark", embedded: BENCHMARKS, origin: List,
                file: One("benchmarks.toml"), title: "Evaluation benchmarks",
            }
            developers: Developer {
                toml: "developer", embedded: DEVELOPERS, origin: CuratedGrows,
                file: One("developers.toml"), title: "Developers",
            }
            licenses: License {
                toml: "license", embedded: LICENSES, origin: Curated,
                file: One("licenses.toml"), title: "Licenses",
            }
            license_texts: LicenseText {
                toml: "text", embedded: LICENSE_TEXTS, origin: CuratedGrows,
                file: One("licenses.toml"), title: "How license cells are read",
            }
            footnotes: Footnote {
                toml: "footnote", embedded: FOOTNOTES, origin: List,
                file: One("footnotes.toml"), title: "Footnotes",
            }
            papers: Paper {
                toml: "paper", embedded: PAPERS, origin: List,
                file: One("papers.toml"),
                title: "Original papers of architectures and training methods",
            }
            domains: Domain {
                toml: "domain", embedded: DOMAINS, origin: ListNamed,
                file: One("domains.toml"), title: "Domains of domain-specific models",
            }
            /// Facts from sources other than the list (curated: sizes.toml).
            size_facts: SizeFact {
                toml: "size", embedded: SIZE_FACTS, origin: Curated,
                file: One("sizes.toml"), title: "Sizes and dates from other sources",
            }
            /// Context windows of base models (curated: sizes.toml).
            base_contexts: BaseContext {
                toml: "base_context", embedded: BASE_CONTEXTS, origin: Curated,
                file: One("sizes.toml"), title: "Context windows of base models",
            }
        }
    };
}

/// Where a table's rows come from, which says who writes it and what an
/// update does with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Read from the list: `catalog import` makes it and writes its file;
    /// an installed update replaces the built-in rows whole.
    List,
    /// Read from the list like [`Origin::List`], and the built-in rows are
    /// handed to the import, which names what it finds after them.
    ListNamed,
    /// Written by hand: `catalog import` reads its file and keeps it; an
    /// installed update keeps the built-in rows.
    Curated,
    /// Written by hand like [`Origin::Curated`], and an installed update's
    /// rows the built-in table lacks (by key) are added to it.
    CuratedGrows,
}

impl Origin {
    /// Whether `catalog import` makes the table from the list.
    #[inline]
    pub fn from_list(self) -> bool {
        matches!(self, Origin::List | Origin::ListNamed)
    }

    /// Whether the import is given the built-in (or curated) rows.
    #[inline]
    pub fn given_to_import(self) -> bool {
        self != Origin::List
    }
}

/// The file of `catalog/` a table lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum File {
    /// One file.
    One(&'static str),
    /// One file per model category in this directory (`models/vision.toml`).
    PerCategory(&'static str),
}

/// The field of a row that holds its key, as the row's TOML writes it:
/// what points a problem at the row's line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyField {
    /// A string: `id = "x"`.
    Quoted(&'static str),
    /// A number: `id = 3`.
    Bare(&'static str),
    /// The key is made of several fields: no one line holds it.
    None,
}

/// One table of the catalog: the facts of its entry in [`catalog_tables!`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Table {
    /// The field of [`Catalog`]: `models`.
    pub name: &'static str,
    /// The TOML array of its rows (`[[model]]`), also the kind of
    /// problems about them.
    pub kind: &'static str,
    /// The row type: `Family`.
    pub ty: &'static str,
    /// The static build.rs embeds it as: `MODELS`.
    pub embedded: &'static str,
    pub origin: Origin,
    pub file: File,
    /// What the table holds, as a generated file's header says it.
    pub title: &'static str,
    /// The field of its rows that holds their key.
    pub key: KeyField,
    /// Its place in [`TABLES`].
    pub position: usize,
}

/// A row of a catalog table.
pub trait Row: Clone + Debug + Serialize + Send + Sync + Pooled + 'static {
    /// The field that holds the key, for locating a row's line.
    const KEY: KeyField;

    /// The key no two rows share: an overlay's row replaces the row with
    /// its key, and validation reports a second one.
    fn key(&self) -> Cow<'_, str>;

    /// The key as the row writes it, which problems name.
    #[inline]
    fn id(&self) -> Cow<'_, str> {
        self.key()
    }

    /// The problem a second row with this key is (`kind` is the table's).
    fn duplicate(&self, kind: &str) -> String {
        format!("duplicate {kind} id '{}'", self.id())
    }
}

/// What walks every table's rows ([`Catalog::visit`]).
pub trait Visit {
    type Error;
    fn table<T: Row>(&mut self, table: &'static Table, rows: &[T]) -> Result<(), Self::Error>;
}

/// What combines each table of a catalog with the same table of another
/// ([`Catalog::merge`]).
pub trait Merge {
    fn table<T: Row>(&mut self, table: &'static Table, into: &mut List<T>, from: List<T>);
}

/// Defines [`Catalog`], [`TABLES`] and the per-table operations from the
/// entries of [`catalog_tables!`].
macro_rules! define_catalog {
    ($(
        $(#[$doc:meta])*
        $field:ident: $row:ident {
            toml: $toml:literal, embedded: $embedded:ident, origin: $origin:ident,
            file: $file:ident($path:literal), title: $title:literal $(,)?
        }
    )*) => {
        /// Everything jllm knows: the embedded catalog, or a user's overlay file.
        #[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
        #[serde(deny_unknown_fields)]
        pub struct Catalog {
            $(
                $(#[$doc])*
                #[serde(default, rename = $toml)]
                pub $field: List<$row>,
            )*
        }

        /// The tables' places in [`TABLES`].
        #[allow(non_camel_case_types)]
        enum Position {
            $($field,)*
        }

        /// Every table of the catalog, in the order of its fields.
        pub const TABLES: &[Table] = &[$(
            Table {
                name: stringify!($field),
                kind: $toml,
                ty: stringify!($row),
                embedded: stringify!($embedded),
                origin: Origin::$origin,
                file: File::$file($path),
                title: $title,
                key: <$row as Row>::KEY,
                position: Position::$field as usize,
            },
        )*];

        impl Catalog {
            /// Whether every table is still the built-in one, untouched by
            /// overlays (so what build.rs derived from it still holds).
            #[inline]
            pub fn is_embedded(&self) -> bool {
                true $(&& self.$field.is_borrowed())*
            }

            /// Adds the rows of `part` after those of each table.
            pub fn append(&mut self, part: Catalog) {
                $(self.$field.append(part.$field);)*
            }

            /// Replaces each table `which` names with `from`'s.
            pub fn take(&mut self, from: Catalog, which: impl Fn(&Table) -> bool) {
                $(
                    if which(&TABLES[Position::$field as usize]) {
                        self.$field = from.$field;
                    }
                )*
            }

            /// A catalog with a copy of each table `which` names, the
            /// others empty.
            pub fn select(&self, which: impl Fn(&Table) -> bool) -> Catalog {
                let mut part = Catalog::default();
                $(
                    if which(&TABLES[Position::$field as usize]) {
                        part.$field = self.$field.clone();
                    }
                )*
                part
            }

            /// Hands every table's rows to `visit`, in order, until it fails.
            pub fn visit<V: Visit>(&self, visit: &mut V) -> Result<(), V::Error> {
                $(visit.table(&TABLES[Position::$field as usize], &self.$field)?;)*
                Ok(())
            }

            /// Hands each table with the same table of `other` to `merge`.
            pub fn merge(&mut self, other: Catalog, merge: &mut impl Merge) {
                $(merge.table(&TABLES[Position::$field as usize], &mut self.$field, other.$field);)*
            }
        }
    };
}

crate::catalog_tables!(define_catalog);

/// The table whose rows are `kind` (`model`), if any.
pub fn table_of(kind: &str) -> Option<&'static Table> {
    TABLES.iter().find(|t| t.kind == kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Each table once: distinct fields, TOML names and statics, and
    /// positions in order.
    #[test]
    fn tables_are_listed_once_in_order() {
        for (i, t) in TABLES.iter().enumerate() {
            assert_eq!(t.position, i, "{}", t.name);
            let same =
                |u: &&Table| u.name == t.name || u.kind == t.kind || u.embedded == t.embedded;
            assert_eq!(TABLES.iter().filter(same).count(), 1, "{}", t.name);
            assert_eq!(t.embedded, t.name.to_ascii_uppercase(), "{}", t.name);
        }
    }

    /// Every file of the committed catalog/ holds the tables whose entry
    /// names it, and only those; and every table's rows are in its file.
    #[test]
    fn the_committed_catalog_files_hold_the_listed_tables() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalog");
        let mut files = Vec::new();
        for entry in std::fs::read_dir(&dir).expect("catalog/") {
            let path = entry.expect("entry").path();
            if path.is_dir() && path.file_name().is_some_and(|n| n == "models") {
                for model in std::fs::read_dir(&path).expect("catalog/models") {
                    files.push(model.expect("entry").path());
                }
            } else if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
        let mut seen = Vec::new();
        for path in &files {
            let text = std::fs::read_to_string(path).expect("readable");
            let table = toml::from_str::<toml::Table>(&text).expect("TOML");
            let name = path.strip_prefix(&dir).expect("below catalog/");
            for kind in table.keys() {
                let t = table_of(kind).unwrap_or_else(|| panic!("{name:?}: [[{kind}]]"));
                let belongs = match t.file {
                    File::One(file) => name == Path::new(file),
                    File::PerCategory(d) => name.parent() == Some(Path::new(d)),
                };
                assert!(belongs, "{name:?} holds [[{kind}]], listed in {:?}", t.file);
                seen.push(t.name);
            }
        }
        for t in TABLES {
            assert!(seen.contains(&t.name), "no file holds {}", t.name);
        }
    }

    /// A second row with a key its table has is the table's problem, shown
    /// on the two tables whose keys are not a plain id: keys compare as
    /// [`Row::key`] says (a size fact's repo whatever its case, a base
    /// context's base). Models, developers and papers: tests/hostile_files.rs.
    #[test]
    fn size_facts_and_base_contexts_report_a_repeated_key() {
        let text = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalog/sizes.toml"),
        )
        .expect("sizes.toml");
        let mut cat: Catalog = toml::from_str(&text).expect("sizes.toml parses");
        assert!(crate::validate::validate(&cat).is_empty());
        let mut fact = cat.size_facts[0].clone();
        fact.hf = fact.hf.to_ascii_uppercase().into();
        cat.size_facts.to_mut().push(fact);
        let context = cat.base_contexts[0].clone();
        cat.base_contexts.to_mut().push(context);
        let problems = crate::validate::validate(&cat);
        let said: Vec<(&str, &str)> = problems
            .iter()
            .map(|p| (p.kind, p.message.as_str()))
            .collect();
        // The first of each in sizes.toml: `hf = "rinna/bilingual-gpt-neox-4b"`
        // (line 12) and `base = "Llama 2"` without sizes (line 233).
        assert_eq!(
            said,
            [
                (
                    "size",
                    "size fact for 'RINNA/BILINGUAL-GPT-NEOX-4B' is listed twice"
                ),
                ("base_context", "base context for 'Llama 2' is listed twice"),
            ]
        );
    }
}
