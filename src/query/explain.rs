//! Why a filtered result is empty (issue 11): the filters are applied one
//! at a time, in a fixed order, until the result empties; the filter that
//! emptied it is named, with what the catalog does hold for it ("no family
//! is from 2030 or later; the newest is from 2026"). Only runs when nothing
//! was found, so it costs nothing otherwise.

use crate::catalog::schema::{Catalog, Lang};
use crate::i18n;
use crate::query::filter::{Filter, Filters};
use crate::units;

/// One filter of the arguments: how it reads on a command line, and a
/// function copying just it into other arguments.
type Step = (String, fn(&Filters, &mut Filters));

fn steps(a: &Filters) -> Vec<Step> {
    let mut s: Vec<Step> = Vec::new();
    let list = |flag: &str, v: &[String]| {
        v.iter()
            .map(|x| format!("{flag} {x}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    if !a.category.is_empty() {
        let v: Vec<String> = a.category.iter().map(|c| c.as_str().to_string()).collect();
        s.push((list("--category", &v), |a, b| {
            b.category = a.category.clone()
        }));
    }
    if !a.task.is_empty() {
        s.push((list("--task", &a.task), |a, b| b.task = a.task.clone()));
    }
    if !a.approach.is_empty() {
        let v: Vec<String> = a.approach.iter().map(|x| x.as_str().to_string()).collect();
        s.push((list("--approach", &v), |a, b| {
            b.approach = a.approach.clone()
        }));
    }
    if !a.developer.is_empty() {
        s.push((list("--developer", &a.developer), |a, b| {
            b.developer = a.developer.clone()
        }));
    }
    if !a.domain.is_empty() {
        s.push((list("--domain", &a.domain), |a, b| {
            b.domain = a.domain.clone()
        }));
    }
    if !a.license.is_empty() {
        s.push((list("--license", &a.license), |a, b| {
            b.license = a.license.clone()
        }));
    }
    if a.commercial.is_some() {
        s.push(("--commercial".into(), |a, b| b.commercial = a.commercial));
    }
    if !a.arch.is_empty() {
        s.push((list("--arch", &a.arch), |a, b| b.arch = a.arch.clone()));
    }
    if !a.base.is_empty() {
        s.push((list("--base", &a.base), |a, b| b.base = a.base.clone()));
    }
    if a.hf {
        s.push(("--hf".into(), |_, b| b.hf = true));
    }
    if let Some(y) = a.since {
        s.push((format!("--since {y}"), |a, b| b.since = a.since));
    }
    if let Some(y) = a.until {
        s.push((format!("--until {y}"), |a, b| b.until = a.until));
    }
    if !a.year.is_empty() {
        let v: Vec<String> = a.year.iter().map(u16::to_string).collect();
        s.push((list("--year", &v), |a, b| b.year = a.year.clone()));
    }
    if let Some(c) = a.min_context {
        s.push((format!("--min-context {c}"), |a, b| {
            b.min_context = a.min_context
        }));
    }
    if let Some(c) = a.max_context {
        s.push((format!("--max-context {c}"), |a, b| {
            b.max_context = a.max_context
        }));
    }
    if let Some(p) = a.min_params {
        s.push((format!("--min-params {}", units::format(p)), |a, b| {
            b.min_params = a.min_params
        }));
    }
    if let Some(p) = a.max_params {
        s.push((format!("--max-params {}", units::format(p)), |a, b| {
            b.max_params = a.max_params
        }));
    }
    s
}

fn count(args: &Filters, cat: &Catalog) -> usize {
    Filter::new(args, cat).map_or(0, |f| f.apply(cat).len())
}

/// What the catalog holds for a bound that nothing passed, or None.
fn fact(flag: &str, args: &Filters, cat: &Catalog, lang: Lang) -> Option<String> {
    let years = cat.models.iter().filter_map(|f| f.year);
    let contexts = cat.models.iter().filter_map(|f| f.context_length);
    let params = cat
        .models
        .iter()
        .flat_map(|f| f.variants.iter().filter_map(|v| v.params));
    if flag.starts_with("--since") {
        let (y, newest) = (args.since?, years.max()?);
        Some(i18n::trf(
            lang,
            "no family is from {0} or later; the newest is from {1}",
            &[&y, &newest],
        ))
    } else if flag.starts_with("--until") {
        let (y, oldest) = (args.until?, years.min()?);
        Some(i18n::trf(
            lang,
            "no family is from {0} or earlier; the oldest is from {1}",
            &[&y, &oldest],
        ))
    } else if flag.starts_with("--year") {
        let (lo, hi) = (years.clone().min()?, years.max()?);
        Some(i18n::trf(
            lang,
            "no family is from {0}; years run from {1} to {2}",
            &[&flag.replace("--year ", ""), &lo, &hi],
        ))
    } else if flag.starts_with("--min-context") {
        let (c, top) = (args.min_context?, contexts.max()?);
        Some(i18n::trf(
            lang,
            "no family takes a context of {0} tokens or more; the longest known is {1}",
            &[&c, &top],
        ))
    } else if flag.starts_with("--max-context") {
        let (c, low) = (args.max_context?, contexts.min()?);
        Some(i18n::trf(
            lang,
            "no family has a context of {0} tokens or less; the shortest known is {1}",
            &[&c, &low],
        ))
    } else if flag.starts_with("--min-params") {
        let (p, top) = (args.min_params?, params.max()?);
        Some(i18n::trf(
            lang,
            "no checkpoint has {0} parameters or more; the largest has {1}",
            &[&units::format(p), &units::format(top)],
        ))
    } else if flag.starts_with("--max-params") {
        let (p, low) = (args.max_params?, params.min()?);
        Some(i18n::trf(
            lang,
            "no checkpoint has {0} parameters or fewer; the smallest has {1}",
            &[&units::format(p), &units::format(low)],
        ))
    } else {
        None
    }
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
    let all = steps(args);
    let mut so_far = Filters::default();
    let mut before: Vec<&str> = Vec::new();
    let mut left = cat.models.len();
    for (flag, copy) in all.iter() {
        copy(args, &mut so_far);
        let n = count(&so_far, cat);
        if n == 0 {
            let mut alone = Filters::default();
            copy(args, &mut alone);
            if before.is_empty() || count(&alone, cat) == 0 {
                return fact(flag, args, cat, lang)
                    .unwrap_or_else(|| i18n::trf(lang, "no family matches {0}", &[flag]));
            }
            let template = if left == 1 {
                "{0} family matches {1}, but it does not pass {2}"
            } else {
                "{0} families match {1}, but none of them passes {2}"
            };
            return i18n::trf(lang, template, &[&left, &before.join(" "), flag]);
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
