//! Why a filtered result is empty: the filters are applied one
//! at a time, in a fixed order, until the result empties; the filter that
//! emptied it is named, with what the catalog does hold for it ("no family
//! is from 2030 or later; the newest is from 2026"), from its entry in
//! `filter::defs`. Only runs when nothing
//! was found, so it costs nothing otherwise.

use crate::catalog::schema::{Catalog, Lang};
use crate::i18n;
use crate::query::filter::defs::{self, Def};
use crate::query::filter::{Filter, Filters, FILTERS};

/// The filters set in `a`, in the order they are tried.
fn steps(a: &Filters) -> Vec<&'static Def> {
    defs::in_explain_order()
        .into_iter()
        .filter(|d| (d.set)(a))
        .collect()
}

/// Copies the filter `d` of `from` into `to`, with the filters that widen it.
fn copy(d: &Def, from: &Filters, to: &mut Filters) {
    (d.copy)(from, to);
    for m in FILTERS.iter().filter(|m| m.modifies == Some(d.id)) {
        (m.copy)(from, to);
    }
}

fn count(args: &Filters, cat: &Catalog) -> usize {
    Filter::new(args, cat).map_or(0, |f| f.apply(cat).len())
}

/// One line saying which filter emptied the result, or None when the
/// filters do select families (what emptied the output was elsewhere).
/// The message is in `lang`; the flags in it stay as typed.
pub fn why_empty(args: &Filters, cat: &Catalog, lang: Lang) -> Option<String> {
    if count(args, cat) > 0 {
        return None;
    }
    Some(first_empty(args, cat, lang))
}

fn first_empty(args: &Filters, cat: &Catalog, lang: Lang) -> String {
    let mut so_far = Filters::default();
    let mut before: Vec<String> = Vec::new();
    let mut left = cat.models.len();
    for d in steps(args) {
        copy(d, args, &mut so_far);
        let flag = d.as_typed(args);
        let n = count(&so_far, cat);
        if n == 0 {
            let mut alone = Filters::default();
            copy(d, args, &mut alone);
            if before.is_empty() || count(&alone, cat) == 0 {
                return d
                    .fact
                    .and_then(|fact| fact(args, cat, lang))
                    .unwrap_or_else(|| i18n::trf(lang, "no family matches {0}", &[&flag]));
            }
            let template = if left == 1 {
                "{0} family matches {1}, but it does not pass {2}"
            } else {
                "{0} families match {1}, but none of them passes {2}"
            };
            return i18n::trf(lang, template, &[&left, &before.join(" "), &flag]);
        }
        before.push(flag);
        left = n;
    }
    if cat.models.is_empty() {
        i18n::tr(lang, "the catalog is empty").into()
    } else {
        i18n::tr(lang, "no family matches all the filters together").into()
    }
}
