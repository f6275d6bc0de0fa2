//! `jllm schema`: the JSON Schema of a family object, the contract of
//! `show --json` and of each element of `list --json`.

use std::process::ExitCode;

use anyhow::Result;
use serde_json::json;

pub fn schema() -> serde_json::Value {
    let text = json!({ "type": ["object", "null"], "properties": {
        "ja": { "type": ["string", "null"] }, "en": { "type": ["string", "null"] }, "fr": { "type": ["string", "null"] } } });
    let string_or_null = json!({ "type": ["string", "null"] });
    let int_or_null = json!({ "type": ["integer", "null"], "minimum": 0 });
    let license = json!({ "type": "object",
        "description": "always an object: a row the list gives no license has no ids, no text and the class unknown",
        "required": ["text", "text_ja", "ids", "commercial", "reason", "url", "mixed"], "properties": {
        "text": string_or_null, "text_ja": string_or_null, "text_fr": string_or_null,
        "ids": { "type": "array", "items": { "type": "string" } },
        "commercial": { "enum": ["yes", "no", "conditional", "unknown"],
            "description": "commercial-use class; for a mixed family the most restrictive of its checkpoints' classes, so it never claims more than a checkpoint allows" },
        "reason": { "type": ["string", "null"], "description": "why the class is what it is (catalog/licenses.toml)" },
        "url": { "type": ["string", "null"], "description": "the license text: the list's link, else the canonical URL of a well-known license" },
        "mixed": { "type": "boolean", "description": "the family's checkpoints do not all have this license; each variant's license is its own" } } });
    let bound = json!({ "type": ["object", "null"], "required": ["kind", "value"],
        "description": "a context the list states only with a qualifier, never an exact length: max (≤, 以下, up to: the true value may be lower), min (≥, 以上, over, N+: it may be higher), approx (約, ~, about)",
        "properties": {
            "kind": { "enum": ["max", "min", "approx"] },
            "value": { "type": "integer", "minimum": 0 } } });
    let variant = json!({
        "type": "object",
        "required": ["name", "hf", "url", "params", "license", "context_length", "context_bound", "context_text", "results"],
        "properties": {
            "name": { "type": "string" },
            "hf": { "type": ["string", "null"], "description": "Hugging Face owner/repo" },
            "url": { "type": "string" },
            "params": { "type": ["integer", "null"], "description": "total parameters" },
            "active_params": int_or_null,
            "experts": string_or_null,
            "params_source": string_or_null,
            "released": { "type": ["string", "null"], "description": "release date (YYYY, YYYY-MM or YYYY-MM-DD): this checkpoint's own where a source gives one, else the family's date, else the family's year" },
            "released_source": { "type": ["string", "null"], "description": "where released comes from: rinna's paper and its table, a line of the list's date CSV, 'inherited from the family' or 'the list's year for the family'" },
            "license": license.clone(),
            "context_length": { "type": ["integer", "null"], "minimum": 0,
                "description": "stated context length of this checkpoint (its own where the list singles it out, else the family's); null where it is stated only as a bound" },
            "context_bound": bound.clone(),
            "context_text": { "type": ["string", "null"], "description": "the part of the list's context cell that states it" },
            "results": { "type": "array", "description": "evaluation results joined by repo id (Swallow LLM Leaderboard, pfgen-bench)",
                "items": { "type": "object",
                    "required": ["benchmark", "source", "suite", "task", "score", "std", "trials", "mode", "version", "date", "url"],
                    "properties": {
                        "benchmark": { "type": "string", "description": "the catalog's benchmark id" },
                        "source": { "enum": ["swallow", "pfgen"] },
                        "suite": { "type": "string", "description": "scores of different suites are not comparable" },
                        "task": { "type": "string", "description": "avg for the suite average" },
                        "score": { "type": "number" },
                        "std": { "type": ["number", "null"] },
                        "trials": int_or_null,
                        "mode": string_or_null,
                        "version": string_or_null,
                        "date": { "type": "string", "description": "date of the leaderboard commit imported" },
                        "url": { "type": "string" } } } }
        }
    });
    let family_context = json!({ "type": ["integer", "null"], "minimum": 0,
        "description": "stated context length, exact; where checkpoints differ, the smallest of theirs; null where the list states only a bound (context_bound)" });
    let family_context_text = json!({ "type": ["string", "null"],
        "description": "the context cell as written where it says more than one exact number (a range, per-checkpoint lengths, a bound such as \"≤ 2,048\")" });
    let tokens = json!({ "type": ["integer", "null"], "minimum": 0,
        "description": "tokens of the training corpus, where the list states them without ambiguity" });
    let tokens_qualifier = json!({ "enum": ["max", "min", "approx", null],
        "description": "how the list qualifies training_tokens (約180B, ~62B, approx. 8.5T: approx); null: an exact number" });
    // Keys added apart: one json! of them all passes the macro's recursion limit.
    let mut family = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "jllm model family",
        "type": "object",
        "required": ["id", "name", "name_ja", "category", "task", "approach", "domain", "year", "architecture", "base_model",
                     "developers", "license", "context_length", "params", "variants", "url", "training_data", "notes"],
        "properties": {
            "id": { "type": "string" },
            "name": { "type": "string" },
            "name_ja": { "type": "string" },
            "name_fr": { "type": "string" },
            "category": { "enum": ["text-generation", "encoder", "embedding", "vision", "speech", "music"] },
            "task": string_or_null,
            "approach": { "enum": ["scratch", "continual-pretraining", "post-training", "merge", "api", null] },
            "domain": { "type": "string" },
            "domain_label": text,
            "year": int_or_null,
            "released": string_or_null,
            "architecture": string_or_null,
            "base_model": string_or_null,
            "merged_from": { "type": "array", "items": { "type": "string" } },
            "developers": { "type": "array", "items": { "type": "object", "required": ["id", "name", "name_ja"],
                "properties": { "id": { "type": "string" }, "name": string_or_null, "name_ja": string_or_null } } },
            "license": license,
            "context_length": family_context,
            "context_text": family_context_text,
            "base_context_length": { "type": ["integer", "null"], "minimum": 0,
                "description": "context window of the base model (curated from its publisher, catalog/sizes.toml) where the row states none; never a stated length" },
            "base_context_source": { "type": ["string", "null"], "description": "where base_context_length comes from (the publisher's document and its URL)" },
            "base_context_yarn": { "type": ["integer", "null"], "minimum": 0,
                "description": "the base model's window with rope scaling (YaRN) where its publisher states one; shown beside base_context_length, never used as a window" },
            "params": int_or_null,
            "variants": { "type": "array", "items": variant },
            "url": string_or_null,
            "training_data": text,
            "training_tokens": tokens,
            "notes": { "type": "array", "items": { "type": "object", "properties": {
                "id": { "type": "integer" }, "ja": string_or_null, "en": string_or_null, "fr": string_or_null } } },
            "hf_ready": { "enum": ["yes", "convertible", "no", null] },
            "platform": text,
            "papers": { "type": "array" },
            "source_line": int_or_null
        }
    });
    family["properties"]["context_bound"] = bound;
    family["properties"]["training_tokens_qualifier"] = tokens_qualifier;
    family
}

pub fn run() -> Result<ExitCode> {
    let mut out = super::stdout();
    crate::render::write_json_value(&mut out, &schema(), true)?;
    super::finish(out, true)
}
