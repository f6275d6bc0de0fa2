//! The JSON contract scripts rely on: the objects are defined in the
//! catalog model crate (`jllm_catalog::json`, which build.rs also uses to
//! render the built-in families ahead); here they are bound to the
//! evaluation results in effect (embedded, or an installed update's).

pub use jllm_catalog::json::*;

use crate::catalog::results_data;
use crate::catalog::schema::{Catalog, Family, Variant};

/// The results in effect (embedded, or an installed update's).
const RESULTS: ResultsOf = ResultsOf {
    for_repo: results_data::for_repo,
    lower_is_better: results_data::lower_is_better,
};

/// A family object. `only` restricts `variants` (the checkpoints a size
/// filter kept); `params` is the largest of those with a known size.
pub fn family<'a>(cat: &'a Catalog, f: &'a Family, only: Option<&[usize]>) -> FamilyJson<'a> {
    jllm_catalog::json::family(cat, f, only, RESULTS)
}

/// A checkpoint row of `list --variants`.
pub fn variant_row<'a>(cat: &'a Catalog, f: &'a Family, v: &'a Variant) -> VariantRowJson<'a> {
    jllm_catalog::json::variant_row(cat, f, v, RESULTS)
}

/// The checkpoint object of `v` (as in its family's `variants`).
pub fn variant<'a>(f: &'a Family, v: &'a Variant) -> VariantJson<'a> {
    VariantJson::new(f, v, RESULTS)
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
