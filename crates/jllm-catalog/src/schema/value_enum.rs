//! The schema's categories and approaches as clap value enums (feature
//! `clap`, which the binary turns on and build.rs does not): `--category`
//! and `--approach` take them spelled as in the catalog and JSON
//! (`text-generation`), with no copy of the enums to convert.

use clap::builder::PossibleValue;
use clap::ValueEnum;

use super::{Approach, Category};

impl ValueEnum for Category {
    fn value_variants<'a>() -> &'a [Self] {
        &Category::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()))
    }
}

impl ValueEnum for Approach {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Approach::Scratch,
            Approach::ContinualPretraining,
            Approach::PostTraining,
            Approach::Merge,
            Approach::Api,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.as_str()))
    }
}
