//! The filter flags every listing command takes (`--license`, `--min-params`,
//! `--since`…), declared once for clap. What they ask becomes a plain
//! [`Filters`] once (as fd turns its clap options into a config), which the
//! query layer checks and applies; nothing below this layer knows clap.

use clap::builder::TypedValueParser;
use clap::{Args, ValueEnum};

use crate::catalog::schema::{Approach, Category};
use crate::query::filter::{parse_min_score, CommercialArg, Filters, MinScore};
use crate::query::labels;
use crate::query::resolve::{LabelParser, What};
use crate::units;

#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Architecture or base family (llama, llama-3, qwen, mistral, gpt-neox, t5, bert, moe…)
    #[arg(long, value_name = "ARCH", help_heading = "Filters")]
    pub arch: Vec<String>,
    /// Base model the family was trained from (matches a fragment: "llama 3.1", qwen2.5)
    #[arg(long, value_name = "MODEL", help_heading = "Filters")]
    pub base: Vec<String>,
    /// At least this many parameters, per checkpoint (7b, 1.5B, 500m, 7e9); families with no known size are excluded
    #[arg(long, value_name = "SIZE", value_parser = units::parse_params, help_heading = "Filters")]
    pub min_params: Option<u64>,
    /// At most this many parameters, per checkpoint; families with no known size are excluded
    #[arg(long, value_name = "SIZE", value_parser = units::parse_params, help_heading = "Filters")]
    pub max_params: Option<u64>,
    /// License id, SPDX id, alias or name fragment (apache, mit, llama3, cc-by-nc)
    #[arg(long, value_name = "LICENSE", help_heading = "Filters")]
    pub license: Vec<String>,
    /// Only commercially usable families: class yes; =conditional also admits conditional ones
    #[arg(long, value_name = "CLASS", num_args = 0..=1, default_missing_value = "yes", value_enum, help_heading = "Filters")]
    pub commercial: Option<CommercialArg>,
    /// Developer id, English or Japanese name or alias (cyberagent, サイバーエージェント, swallow)
    #[arg(long, value_name = "DEV", help_heading = "Filters")]
    pub developer: Vec<String>,
    /// Domain in English or Japanese (general, medical, 医療, finance…)
    #[arg(long, value_name = "DOMAIN", help_heading = "Filters")]
    pub domain: Vec<String>,
    /// Category: an id, or its name in English, Japanese or French (embedding, 音声, vision…)
    #[arg(long, value_name = "CATEGORY", value_parser = LabelParser::new(What::Category, labels::CATEGORIES).try_map(|s| <Category as ValueEnum>::from_str(&s, false)), help_heading = "Filters")]
    pub category: Vec<Category>,
    /// Finer kind within a category, or its name (bi-encoder, cross-encoder, asr, 音声認識, tts, text-to-image…)
    #[arg(long, value_name = "TASK", value_parser = LabelParser::new(What::Task, labels::TASKS), help_heading = "Filters")]
    pub task: Vec<String>,
    /// How the family was made, or its heading in the list (scratch, continual-pretraining, merge…)
    #[arg(long, value_name = "APPROACH", value_parser = LabelParser::new(What::Approach, labels::APPROACHES).try_map(|s| <Approach as ValueEnum>::from_str(&s, false)), help_heading = "Filters")]
    pub approach: Vec<Approach>,
    /// Released in this year or later
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(2000..=2100), help_heading = "Filters")]
    pub since: Option<u16>,
    /// Released in this year or earlier
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(2000..=2100), help_heading = "Filters")]
    pub until: Option<u16>,
    /// Released in this year
    #[arg(long, value_name = "YEAR", value_parser = clap::value_parser!(u16).range(2000..=2100), help_heading = "Filters")]
    pub year: Vec<u16>,
    /// Context length of at least this many tokens (8192, 32k = 32768); unknown lengths are excluded, and so is a bound that does not prove it ("≤ 2,048")
    #[arg(long, value_name = "TOKENS", value_parser = units::parse_tokens, help_heading = "Filters")]
    pub min_context: Option<u64>,
    /// Stated context length of at most this many tokens, per checkpoint (2048, 8k; "≤ 2,048" is at most 2048); unknown lengths are excluded
    #[arg(long, value_name = "TOKENS", value_parser = units::parse_tokens, help_heading = "Filters")]
    pub max_context: Option<u64>,
    /// With --min-context, also admit checkpoints with no stated context whose base model's window (catalog/sizes.toml) reaches it; tables mark them "unknown (base model: N)"
    #[arg(long, requires = "min_context", help_heading = "Filters")]
    pub assume_base_context: bool,
    /// Only families with downloadable weights (a Hugging Face checkpoint)
    #[arg(long, help_heading = "Filters")]
    pub hf: bool,
    /// Best score on a suite at least X, per checkpoint (pfgen=0.7, swallow-ja-post=0.4; suites: `jllm results --help`); unscored checkpoints are excluded
    #[arg(long, value_name = "SUITE=X", value_parser = parse_min_score, help_heading = "Filters")]
    pub min_score: Vec<MinScore>,
}

impl FilterArgs {
    /// The filters asked, as plain values.
    pub fn to_filters(&self) -> Filters {
        Filters {
            arch: self.arch.clone(),
            base: self.base.clone(),
            min_params: self.min_params,
            max_params: self.max_params,
            license: self.license.clone(),
            commercial: self.commercial,
            developer: self.developer.clone(),
            domain: self.domain.clone(),
            category: self.category.clone(),
            task: self.task.clone(),
            approach: self.approach.clone(),
            since: self.since,
            until: self.until,
            year: self.year.clone(),
            min_context: self.min_context,
            max_context: self.max_context,
            assume_base_context: self.assume_base_context,
            hf: self.hf,
            min_score: self.min_score.clone(),
        }
    }
}

impl ValueEnum for CommercialArg {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            CommercialArg::Yes,
            CommercialArg::Conditional,
            CommercialArg::No,
            CommercialArg::Unknown,
        ]
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(match self {
            CommercialArg::Yes => "yes",
            CommercialArg::Conditional => "conditional",
            CommercialArg::No => "no",
            CommercialArg::Unknown => "unknown",
        }))
    }
}
