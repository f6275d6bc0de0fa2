//! The model filters. A repeated flag ORs its values, different flags AND.
//! Size filters apply per checkpoint: a family passes when one of its
//! checkpoints does, and only those checkpoints are shown. Values are checked
//! against the catalog before filtering, so a typo is an error naming the
//! closest valid values (exit 2), not an empty result. Each filter is an
//! entry of [`defs::FILTERS`]; this module only walks that table.

pub mod defs;

use crate::catalog::schema::{Catalog, Family};
use crate::i18n;
use anyhow::Result;

pub use defs::{Def, Filters, Point, FILTERS};

/// A family that passed, with the indices of its checkpoints that did.
pub struct Hit<'a> {
    pub family: &'a Family,
    /// Position of the family in the catalog's models.
    pub index: usize,
    /// Checkpoints the checkpoint filters kept (all of them without such filters).
    pub variants: Vec<usize>,
}

/// The filters with their values resolved against the catalog.
pub struct Filter {
    pub(crate) args: Filters,
    /// The developer ids `--developer` means.
    pub(crate) developers: Vec<String>,
    /// The license ids `--license` means.
    pub(crate) licenses: Vec<String>,
    /// The domain ids `--domain` means.
    pub(crate) domains: Vec<String>,
    /// The entries set that test families, and those that test checkpoints.
    family_tests: Vec<&'static Def>,
    checkpoint_tests: Vec<&'static Def>,
}

impl Filter {
    /// The filters of `args` with their values resolved against `cat`;
    /// errors are in the language of messages ([`i18n::lang`]).
    pub fn new(args: &Filters, cat: &Catalog) -> Result<Filter> {
        let lang = i18n::lang();
        let mut filter = Filter {
            args: args.clone(),
            developers: Vec::new(),
            licenses: Vec::new(),
            domains: Vec::new(),
            family_tests: Vec::new(),
            checkpoint_tests: Vec::new(),
        };
        for d in FILTERS.iter().filter(|d| (d.set)(args)) {
            if let Some(resolve) = d.resolve {
                resolve(args, cat, lang, &mut filter)?;
            }
            if d.family.is_some() {
                filter.family_tests.push(d);
            }
            if d.checkpoint.is_some() && d.by_checkpoint(args) {
                filter.checkpoint_tests.push(d);
            }
        }
        Ok(filter)
    }

    /// Whether a filter that selects checkpoints is set (then only the
    /// checkpoints that match show): sizes, license, commercial class,
    /// context length, score, or `--arch moe`.
    pub fn by_checkpoint(&self) -> bool {
        !self.checkpoint_tests.is_empty()
    }

    pub fn apply<'a>(&self, cat: &'a Catalog) -> Vec<Hit<'a>> {
        cat.models
            .iter()
            .enumerate()
            .filter_map(|(index, family)| {
                self.check(family).map(|variants| Hit {
                    family,
                    index,
                    variants,
                })
            })
            .collect()
    }

    fn point_ok(&self, p: &Point) -> bool {
        self.checkpoint_tests
            .iter()
            .all(|d| d.checkpoint.is_none_or(|test| test(self, p)))
    }

    /// The checkpoints of `f` the filters keep, or None if `f` is out.
    fn check(&self, f: &Family) -> Option<Vec<usize>> {
        if !self
            .family_tests
            .iter()
            .all(|d| d.family.is_none_or(|test| test(self, f)))
        {
            return None;
        }
        if !self.by_checkpoint() {
            return Some((0..f.variants.len()).collect());
        }
        if f.variants.is_empty() {
            // A family without checkpoints (an API) is its own one.
            let ok = self.point_ok(&Point {
                family: f,
                variant: None,
                license: f.license.as_ref(),
                context: f.context_length,
                bound: f.context_bound,
                params: None,
            });
            return ok.then(Vec::new);
        }
        let variants: Vec<usize> = f
            .variants
            .iter()
            .enumerate()
            .filter(|(_, v)| {
                self.point_ok(&Point {
                    family: f,
                    variant: Some(v),
                    license: v.license_in(f),
                    context: v.context_in(f),
                    bound: v.context_bound_in(f),
                    params: v.params,
                })
            })
            .map(|(i, _)| i)
            .collect();
        (!variants.is_empty()).then_some(variants)
    }
}
