//! The MCP tools as data: [`TOOLS`] holds one [`ToolDef`] per tool, with
//! the CLI command it runs, its own arguments and whether it takes the
//! model filters. Input schemas are generated from these entries and from
//! the table of filters (`query::filter::FILTERS`, the same definitions the
//! CLI flags come from), so a new filter appears in every filtering tool;
//! [`command_line`] turns a call's arguments into the command line the CLI
//! parser reads (`--flag=value` for each, positionals after `--`).
//!
//! Adding a tool: an entry in [`TOOLS`] naming its command, and that
//! command in `server::dispatch` (the list of commands a tool may run).

use std::ffi::OsString;

use serde_json::{json, Map, Value};

use crate::catalog::schema::Lang;
use crate::query::filter::defs::Kind;
use crate::query::filter::FILTERS;

/// One MCP tool.
pub struct ToolDef {
    pub name: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// The command words it runs (`["catalog", "info"]`).
    pub command: &'static [&'static str],
    /// The flag that makes the command print all of its JSON.
    pub json_flag: &'static str,
    /// Its own arguments, in the order of the schema.
    pub params: &'static [Param],
    /// Whether it takes every filter of `list`.
    pub filters: bool,
    /// Filters it does not take although `filters` is set (its own
    /// argument of the same name replaces them).
    pub except: &'static [&'static str],
    /// The key the JSON array goes under in the structured answer (MCP
    /// structured content is an object); an object is the answer itself.
    pub key: &'static str,
}

impl ToolDef {
    /// The filters of `list` the tool takes.
    pub fn filter_defs(
        &self,
    ) -> impl Iterator<Item = &'static crate::query::filter::defs::Def> + '_ {
        FILTERS
            .iter()
            .filter(move |d| self.filters && !self.except.contains(&d.id))
    }
}

/// One argument of a tool.
pub struct Param {
    pub name: &'static str,
    /// Where it goes on the command line.
    pub at: At,
    pub ty: Ty,
    pub description: &'static str,
    pub required: bool,
}

/// Where an argument goes on the command line.
#[derive(Clone, Copy)]
pub enum At {
    /// `--flag=value` (a switch: `--flag` when true).
    Flag(&'static str),
    /// A positional value (each item of an array is one).
    Positional,
}

/// The JSON type of an argument.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Text,
    Texts,
    /// A size or count with a unit, as a string (`24GB`, `8k`), or a number.
    Amount,
    Count,
    Years,
    Switch,
}

const LIMIT: Param = Param {
    name: "limit",
    at: At::Flag("limit"),
    ty: Ty::Count,
    description: "Return at most N rows",
    required: false,
};

const REVERSE: Param = Param {
    name: "reverse",
    at: At::Flag("reverse"),
    ty: Ty::Switch,
    description: "Reverse the order",
    required: false,
};

const VRAM: Param = Param {
    name: "vram",
    at: At::Flag("vram"),
    ty: Ty::Amount,
    description: "GPU memory (24GB, 8GiB, 80G), or auto for the GPUs of the machine the server runs on; this or gpu is required",
    required: false,
};

const GPU: Param = Param {
    name: "gpu",
    at: At::Flag("gpu"),
    ty: Ty::Text,
    description: "A GPU of the built-in table (rtx-4090, a100-80gb, h100-sxm…): its memory, and its bandwidth for a speed estimate; this or vram is required",
    required: false,
};

const CONTEXT: Param = Param {
    name: "context",
    at: At::Flag("context"),
    ty: Ty::Amount,
    description: "Context length to budget the KV cache for, in tokens (8192, 32k)",
    required: false,
};

const RAM: Param = Param {
    name: "ram",
    at: At::Flag("ram"),
    ty: Ty::Amount,
    description: "System RAM for CPU offload (64GB)",
    required: false,
};

/// The tools, in the order `tools/list` gives them.
pub static TOOLS: &[ToolDef] = &[
    ToolDef {
        name: "search_models",
        title: "Search models",
        description: "Fuzzy search over model names, ids, Hugging Face repos, developers, architectures and training data, with the filters of list_models. Each family comes with the field it matched.",
        command: &["search"],
        json_flag: "--format=json",
        params: &[
            Param {
                name: "query",
                at: At::Positional,
                ty: Ty::Text,
                description: "Text to search for (English or Japanese; typos tolerated)",
                required: true,
            },
            LIMIT,
        ],
        filters: true,
        except: &[],
        key: "models",
    },
    ToolDef {
        name: "list_models",
        title: "List models",
        description: "Model families (or, with variants, one row per checkpoint / Hugging Face repo) passing every filter given, optionally sorted and limited. Unknown values the sources do not state are null.",
        command: &["list"],
        json_flag: "--format=json",
        params: &[
            Param {
                name: "variants",
                at: At::Flag("variants"),
                ty: Ty::Switch,
                description: "One row per checkpoint (Hugging Face repo) instead of per family",
                required: false,
            },
            Param {
                name: "sort",
                at: At::Flag("sort"),
                ty: Ty::Text,
                description: "Sort by params, year, name, context, developer, or score:SUITE (the best checkpoint's score on that suite; see list_benchmarks and get_results)",
                required: false,
            },
            REVERSE,
            LIMIT,
        ],
        filters: true,
        except: &[],
        key: "models",
    },
    ToolDef {
        name: "get_model",
        title: "Get a model",
        description: "Everything about one model family: by family id, Hugging Face repo id or URL (which selects that checkpoint), or name in English, Japanese or French. An ambiguous name is an error listing the candidate ids; an unknown one lists the nearest.",
        command: &["show"],
        json_flag: "--format=json",
        params: &[Param {
            name: "query",
            at: At::Positional,
            ty: Ty::Text,
            description: "Family id, Hugging Face repo id or URL, or name",
            required: true,
        }],
        filters: false,
        except: &[],
        key: "model",
    },
    ToolDef {
        name: "compare_models",
        title: "Compare models",
        description: "Two or more model families side by side (each by id, Hugging Face repo id or name).",
        command: &["compare"],
        json_flag: "--format=json",
        params: &[Param {
            name: "queries",
            at: At::Positional,
            ty: Ty::Texts,
            description: "Two or more families: ids, Hugging Face repo ids or names",
            required: true,
        }],
        filters: false,
        except: &[],
        key: "models",
    },
    ToolDef {
        name: "fit_models",
        title: "Models that fit in memory",
        description: "Which checkpoints fit in a GPU's memory (and RAM, with CPU offload), at which quantization, for a context length; with the filters of list_models. Memory is estimated from the parameter count, the precision and the KV cache (the estimate's inputs are in each row).",
        command: &["fit"],
        json_flag: "--format=json",
        params: &[
            VRAM,
            GPU,
            Param {
                name: "ram",
                at: At::Flag("ram"),
                ty: Ty::Amount,
                description: "System RAM for CPU offload (64GB)",
                required: false,
            },
            Param {
                name: "context",
                at: At::Flag("context"),
                ty: Ty::Amount,
                description: "Context length to budget the KV cache for, in tokens (8192, 32k); only checkpoints whose stated context reaches it",
                required: false,
            },
            Param {
                name: "quant",
                at: At::Flag("quant"),
                ty: Ty::Text,
                description: "One quantization instead of the best that fits (bf16, fp16, int8, q8_0, q6_k, q5_k_m, q4_k_m, q4_0, int4, q3_k_m, q2_k)",
                required: false,
            },
            Param {
                name: "all",
                at: At::Flag("all"),
                ty: Ty::Switch,
                description: "Also the checkpoints that do not fit",
                required: false,
            },
            Param {
                name: "sort",
                at: At::Flag("sort"),
                ty: Ty::Text,
                description: "Sort by params, memory, name, or score:SUITE",
                required: false,
            },
            REVERSE,
            LIMIT,
        ],
        filters: true,
        except: &[],
        key: "checkpoints",
    },
    ToolDef {
        name: "get_results",
        title: "Evaluation results",
        description: "Leaderboard scores (Swallow LLM Leaderboard, pfgen-bench): a model's scores given query, or the ranking of one suite given suite (with include_reference, models that are not in the catalog too, as the leaderboard ranks them). Scores of different suites are not comparable.",
        command: &["results"],
        json_flag: "--format=json",
        params: &[
            Param {
                name: "query",
                at: At::Positional,
                ty: Ty::Text,
                description: "Family id, Hugging Face repo id or name: that model's scores",
                required: false,
            },
            Param {
                name: "suite",
                at: At::Flag("suite"),
                ty: Ty::Text,
                description: "Suite id (pfgen, swallow-ja-pre, swallow-en-pre, swallow-ja-post…): without query, its ranking; with query, only that suite",
                required: false,
            },
            Param {
                name: "benchmark",
                at: At::Flag("benchmark"),
                ty: Ty::Text,
                description: "Rank on one benchmark (a task of a suite) instead of a suite's average; not with query",
                required: false,
            },
            Param {
                name: "tasks",
                at: At::Flag("tasks"),
                ty: Ty::Switch,
                description: "With query: every task's score, not only the averages",
                required: false,
            },
            Param {
                name: "include_reference",
                at: At::Flag("include-reference"),
                ty: Ty::Switch,
                description: "In a ranking: also the leaderboard's models that are not in the catalog (in_list false)",
                required: false,
            },
            LIMIT,
        ],
        filters: true,
        except: &[],
        key: "results",
    },
    ToolDef {
        name: "list_benchmarks",
        title: "List benchmarks",
        description: "The evaluation benchmarks of Japanese models the catalog lists (datasets and suites), by category, developer or text.",
        command: &["benchmarks"],
        json_flag: "--format=json",
        params: &[
            Param {
                name: "category",
                at: At::Flag("category"),
                ty: Ty::Texts,
                description: "Benchmark categories (any of them)",
                required: false,
            },
            Param {
                name: "developer",
                at: At::Flag("developer"),
                ty: Ty::Texts,
                description: "Developers (any of them): id or name",
                required: false,
            },
            Param {
                name: "grep",
                at: At::Flag("grep"),
                ty: Ty::Text,
                description: "Text in the id, name or description",
                required: false,
            },
        ],
        filters: false,
        except: &[],
        key: "benchmarks",
    },
    ToolDef {
        name: "catalog_info",
        title: "Catalog in effect",
        description: "Which catalog answers: the list commit and date of the built-in catalog, an installed update, overlays, counts, and the evaluation results' sources and dates.",
        command: &["catalog", "info"],
        json_flag: "--json",
        params: &[],
        filters: false,
        except: &[],
        key: "catalog",
    },
    ToolDef {
        name: "recommend_models",
        title: "Recommend models for a machine",
        description: "The checkpoints that fit a machine, best first on ONE suite's score (suite, else the task's: chat and instruct → swallow-ja-post, base → swallow-ja-pre, generation → pfgen), then on GPU before offload, the least lossy quantization, the estimated speed; each with its reason. Checkpoints with no score on that suite come after, marked. Every filter of list_models applies except its task filter (task here chooses the suite). The text answer counts what was left out and why.",
        command: &["recommend"],
        json_flag: "--format=json",
        params: &[
            VRAM,
            GPU,
            RAM,
            CONTEXT,
            Param {
                name: "task",
                at: At::Flag("task"),
                ty: Ty::Text,
                description: "What the model is for: chat, instruct, base or generation (chooses the suite that ranks)",
                required: false,
            },
            Param {
                name: "suite",
                at: At::Flag("suite"),
                ty: Ty::Text,
                description: "Rank by this suite instead of the task's (pfgen, swallow-ja-post, swallow-ja-pre…)",
                required: false,
            },
            Param {
                name: "limit",
                at: At::Flag("limit"),
                ty: Ty::Count,
                description: "At most N picks [default: 10]",
                required: false,
            },
        ],
        filters: true,
        except: &["task"],
        key: "checkpoints",
    },
    ToolDef {
        name: "plan_model",
        title: "Memory and GPUs a model needs",
        description: "The memory a checkpoint needs per quantization (weights, KV cache, overhead), and which GPUs of the built-in table run it on the GPU alone, with CPU offload or not at all, with a decode speed estimate; for a family, one plan per checkpoint.",
        command: &["plan"],
        json_flag: "--format=json",
        params: &[
            Param {
                name: "query",
                at: At::Positional,
                ty: Ty::Text,
                description: "A checkpoint's Hugging Face repo id, or a family's id or name",
                required: true,
            },
            CONTEXT,
            Param {
                name: "quant",
                at: At::Flag("quant"),
                ty: Ty::Text,
                description: "One quantization only (q4_k_m, q8_0, f16…)",
                required: false,
            },
            RAM,
        ],
        filters: false,
        except: &[],
        key: "plans",
    },
];

/// The tool of this name.
pub fn find(name: &str) -> Option<&'static ToolDef> {
    TOOLS.iter().find(|t| t.name == name)
}

/// One schema property.
fn property(ty: Ty, description: String, title: Option<String>) -> Value {
    let mut p = match ty {
        Ty::Text => json!({"type": "string"}),
        Ty::Texts => json!({"type": "array", "items": {"type": "string"}}),
        Ty::Amount => json!({"type": ["string", "integer"]}),
        Ty::Count => json!({"type": "integer", "minimum": 0}),
        Ty::Years => {
            json!({"type": "array", "items": {"type": "integer", "minimum": 2000, "maximum": 2100}})
        }
        Ty::Switch => json!({"type": "boolean"}),
    };
    p["description"] = Value::String(description);
    if let Some(t) = title {
        p["title"] = Value::String(t);
    }
    p
}

/// The argument type of a filter, from its kind.
fn filter_ty(kind: Kind, repeat: bool) -> Ty {
    match (kind, repeat) {
        (Kind::Switch, _) => Ty::Switch,
        (Kind::Year, true) => Ty::Years,
        (Kind::Year, false) => Ty::Count,
        (Kind::Params | Kind::Tokens, _) => Ty::Amount,
        (_, true) => Ty::Texts,
        (_, false) => Ty::Text,
    }
}

/// The input schema of a tool: its own arguments, then every filter (by
/// the filter's id: `min_params`), each with its help line as description
/// and, where a kind has fixed values, those ids.
pub fn input_schema(tool: &ToolDef, lang: Lang) -> Map<String, Value> {
    let mut properties = Map::new();
    let mut required = Vec::new();
    for p in tool.params {
        let mut prop = property(p.ty, p.description.to_string(), None);
        if p.name == "queries" {
            prop["minItems"] = json!(2);
        }
        properties.insert(p.name.to_string(), prop);
        if p.required {
            required.push(Value::String(p.name.to_string()));
        }
    }
    {
        for d in tool.filter_defs() {
            let mut description = d.help.to_string();
            if let Some(values) = d.kind.values() {
                description.push_str(&format!(
                    " [ids: {}; names in English, Japanese or French are accepted too]",
                    values.join(", ")
                ));
            }
            if let Some(r) = d.requires {
                description.push_str(&format!(" (needs {r})"));
            }
            let ty = filter_ty(d.kind, d.repeat);
            let mut prop = property(
                ty,
                description,
                Some(crate::i18n::header(lang, d.key).into()),
            );
            if d.kind == Kind::Commercial {
                prop["enum"] = json!(d.kind.values());
            }
            properties.insert(d.id.to_string(), prop);
        }
    }
    let mut schema = Map::new();
    schema.insert("type".into(), json!("object"));
    schema.insert("properties".into(), Value::Object(properties));
    if !required.is_empty() {
        schema.insert("required".into(), Value::Array(required));
    }
    schema.insert("additionalProperties".into(), json!(false));
    schema
}

/// The argument names a tool takes.
pub fn names(tool: &ToolDef) -> Vec<&'static str> {
    let mut v: Vec<&str> = tool.params.iter().map(|p| p.name).collect();
    v.extend(tool.filter_defs().map(|d| d.id));
    v
}

/// The command line that asks the CLI what the call asks: `jllm COMMAND
/// JSON-FLAG --flag=value… -- POSITIONAL…`. An argument the tool does not
/// take, a value of the wrong JSON type, or a missing required argument is
/// an error naming the argument (and the nearest name, for a typo).
pub fn command_line(tool: &ToolDef, args: &Map<String, Value>) -> Result<Vec<OsString>, String> {
    let mut line: Vec<String> = vec!["jllm".into()];
    line.extend(tool.command.iter().map(|w| w.to_string()));
    line.push(tool.json_flag.into());
    let mut positionals = Vec::new();
    for (name, value) in args {
        let (at, ty) = if let Some(p) = tool.params.iter().find(|p| p.name == name) {
            (p.at, p.ty)
        } else if let Some(d) = tool.filter_defs().find(|d| d.id == name) {
            (At::Flag(d.long), filter_ty(d.kind, d.repeat))
        } else {
            return Err(unknown_argument(tool, name));
        };
        if value.is_null() {
            continue;
        }
        let values = values(name, ty, value)?;
        match at {
            At::Positional => positionals.extend(values),
            At::Flag(long) if ty == Ty::Switch => {
                if values.first().map(String::as_str) == Some("true") {
                    line.push(format!("--{long}"));
                }
            }
            At::Flag(long) => line.extend(values.iter().map(|v| format!("--{long}={v}"))),
        }
    }
    for p in tool.params.iter().filter(|p| p.required) {
        if args.get(p.name).is_none_or(Value::is_null) {
            return Err(format!(
                "argument '{}' of {} is required: {}",
                p.name, tool.name, p.description
            ));
        }
    }
    if !positionals.is_empty() {
        line.push("--".into());
        line.extend(positionals);
    }
    Ok(line.into_iter().map(OsString::from).collect())
}

/// The error for an argument a tool does not take.
fn unknown_argument(tool: &ToolDef, name: &str) -> String {
    let all = names(tool);
    let near =
        crate::catalog::index::nearest(name, all.iter().map(|n| (n.to_string(), vec![*n])), 3);
    let mut message = format!("{} has no argument '{name}'", tool.name);
    if !near.is_empty() {
        message.push_str(&format!("; did you mean {}?", near.join(", ")));
    }
    message.push_str(&format!(" Its arguments: {}", all.join(", ")));
    message
}

/// The command-line values of one argument, checked against its type.
fn values(name: &str, ty: Ty, value: &Value) -> Result<Vec<String>, String> {
    let wrong = |want: &str| format!("argument '{name}' must be {want}, not {value}");
    let text = |v: &Value| -> Option<String> { v.as_str().map(str::to_string) };
    let whole = |v: &Value| -> Option<String> { v.as_u64().map(|n| n.to_string()) };
    match ty {
        Ty::Text => text(value)
            .map(|s| vec![s])
            .ok_or_else(|| wrong("a string")),
        Ty::Texts => match value {
            Value::String(s) => Ok(vec![s.clone()]),
            Value::Array(items) => items
                .iter()
                .map(|v| text(v).ok_or_else(|| wrong("an array of strings")))
                .collect(),
            _ => Err(wrong("an array of strings")),
        },
        Ty::Amount => text(value)
            .or_else(|| whole(value))
            .map(|s| vec![s])
            .ok_or_else(|| {
                wrong("a string with a unit (\"7b\", \"24GB\", \"8k\") or a whole number")
            }),
        Ty::Count => whole(value)
            .map(|s| vec![s])
            .ok_or_else(|| wrong(&format!("a whole number from 0 to {}", u64::MAX))),
        Ty::Years => match value {
            Value::Array(items) => items
                .iter()
                .map(|v| whole(v).ok_or_else(|| wrong("an array of years (2024)")))
                .collect(),
            v => whole(v)
                .map(|s| vec![s])
                .ok_or_else(|| wrong("an array of years (2024)")),
        },
        Ty::Switch => value
            .as_bool()
            .map(|b| vec![b.to_string()])
            .ok_or_else(|| wrong("true or false")),
    }
}
