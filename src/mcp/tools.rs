//! The MCP tools as data: [`TOOLS`] holds one [`ToolDef`] per tool, with
//! the CLI command it runs, its own arguments, whether it takes the model
//! filters and the commands of `jllm schema` that describe its answer.
//! Input and output schemas and command lines are made from these entries
//! in [`super::args`]. Titles and descriptions are English here and
//! translated by `i18n::tr` when the server lists the tools.
//!
//! Adding a tool: an entry in [`TOOLS`] naming its command, that command
//! in `server::dispatch` (the list of commands a tool may run), and its
//! title and description in `src/i18n/mcp.rs`.

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
    /// The commands of `jllm schema` whose JSON the answer is (one of them,
    /// for a tool whose arguments choose: `list` or `list --variants`).
    pub output: &'static [&'static str],
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
        output: &["search"],
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
        output: &["list", "list --variants"],
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
        output: &["show"],
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
        output: &["compare"],
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
            RAM,
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
        output: &["fit"],
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
        output: &["results"],
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
        output: &["benchmarks"],
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
        output: &["catalog info"],
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
        output: &["recommend"],
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
        output: &["plan"],
    },
];

/// The tool of this name.
pub fn find(name: &str) -> Option<&'static ToolDef> {
    TOOLS.iter().find(|t| t.name == name)
}
