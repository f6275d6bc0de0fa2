//! The MCP server: tools, resources and instructions over the catalog in
//! effect. A tool call becomes the command line of its CLI command
//! ([`super::args::command_line`]), parsed by the CLI's own parser and run
//! with its output captured (`pager::capture`, `stderr::capture`): the JSON
//! it printed is the structured answer, and what it said on stderr (why a
//! result is empty, what a footer hides) goes into the text. A command
//! that found nothing or refused its input is a tool error carrying the
//! CLI's own message ("did you mean").

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use rmcp::model::{
    CallToolRequestParams, CallToolResponse, CallToolResult, ContentBlock, ErrorData,
    ListResourceTemplatesResult, ListResourcesResult, ListToolsResult, PaginatedRequestParams,
    ReadResourceRequestParams, ReadResourceResponse, ReadResourceResult, Resource,
    ResourceContents, ResourceTemplate, ServerCapabilities, ServerConfig, Tool, ToolAnnotations,
};
use rmcp::service::RequestContext;
use rmcp::{RoleServer, ServerHandler};
use serde_json::{Map, Value};

use super::args;
use super::tools::{self, ToolDef, TOOLS};
use crate::catalog::schema::Lang;
use crate::cli::{Cli, Command, Global, Tree};
use crate::cmd;
use crate::config::Config;
use crate::i18n::{tr, trf};

/// The configuration of a server: the global options, with output as to
/// a pipe (no terminal: no pager, no colours, JSON not pretty-printed)
/// whatever stdout is.
pub fn config(global: &Global) -> Config {
    let mut cfg = global.config();
    cfg.tty = false;
    cfg.color = false;
    cfg.width = 80;
    cfg
}

/// The server: the configuration (whose catalog loads once, on the first
/// call) and the instructions sent at initialization.
#[derive(Clone)]
pub struct Server {
    cfg: Arc<Config>,
    instructions: String,
}

/// What a command run for a tool call gave.
pub struct Answer {
    /// Whether the command succeeded (exit 0).
    pub ok: bool,
    /// What it printed on stdout.
    pub stdout: String,
    /// Its messages, and the footers JSON has no place for.
    pub notes: String,
}

impl Server {
    /// A server over the catalog `cfg` says (loaded now: a broken overlay
    /// is an error before the client connects).
    pub fn new(cfg: Config) -> Result<Server> {
        cfg.catalog()?;
        let mut server = Server {
            cfg: Arc::new(cfg),
            instructions: String::new(),
        };
        server.instructions = server.make_instructions();
        Ok(server)
    }

    /// Runs one read-only CLI command line, capturing its output.
    pub fn run_line(&self, line: Vec<std::ffi::OsString>) -> Answer {
        let cli = match Cli::parse_args_in(line, Tree::Free) {
            Ok(cli) => cli,
            Err(e) => {
                return Answer {
                    ok: false,
                    stdout: String::new(),
                    notes: clap_message(&e),
                }
            }
        };
        let ((result, notes), stdout) =
            crate::pager::capture(|| crate::stderr::capture(|| dispatch(&cli.command, &self.cfg)));
        let stdout = String::from_utf8_lossy(&stdout).into_owned();
        match result {
            Ok(code) => Answer {
                ok: code == ExitCode::SUCCESS,
                stdout,
                notes,
            },
            Err(e) => Answer {
                ok: false,
                stdout,
                notes: format!("{notes}{}", crate::sanitize::line(&format!("{e:#}"))),
            },
        }
    }

    /// Answers a call of `tool` with `args`.
    pub fn call(&self, tool: &ToolDef, args: &Map<String, Value>) -> CallToolResult {
        let lang = self.cfg.lang;
        let line = match args::command_line(tool, args, lang) {
            Ok(line) => line,
            Err(message) => return CallToolResult::error(vec![ContentBlock::text(message)]),
        };
        let answer = self.run_line(line);
        let parsed: Option<Value> = serde_json::from_str(answer.stdout.trim()).ok();
        let notes = argument_names(tool, &answer.notes);
        let notes = notes.trim();
        match parsed {
            // Found, or an empty list (`[]`) whose notes say why.
            Some(value) if answer.ok || value.as_array().is_some_and(Vec::is_empty) => {
                let mut text = summary(tool, &value, lang);
                if tool.name == "get_results" {
                    text.push('\n');
                    text.push_str(crate::query::scores::honesty(lang));
                }
                if !notes.is_empty() {
                    text.push('\n');
                    text.push_str(notes);
                }
                let structured = match value {
                    Value::Object(_) => value,
                    other => {
                        let mut m = Map::new();
                        m.insert(tool.key.to_string(), other);
                        Value::Object(m)
                    }
                };
                let mut result = CallToolResult::success(vec![ContentBlock::text(text)]);
                result.structured_content = Some(structured);
                result
            }
            _ => {
                let message = if notes.is_empty() {
                    trf(lang, "{0}: nothing found", &[&tool.name])
                } else {
                    notes.to_string()
                };
                CallToolResult::error(vec![ContentBlock::text(message)])
            }
        }
    }

    /// The instructions, in the server's language: what the catalog is,
    /// its date and sources, and how to read scores.
    fn make_instructions(&self) -> String {
        let lang = self.cfg.lang;
        let info = self.run_line(line(&["catalog", "info", "--json"]));
        let v: Value = serde_json::from_str(&info.stdout).unwrap_or(Value::Null);
        let unknown = crate::i18n::tr(lang, "unknown");
        let s = |v: &Value| v.as_str().unwrap_or(unknown).to_string();
        let mut text = tr(lang, "jllm answers questions about Japanese large language models from a curated catalog built from the awesome-japanese-llm list (llm-jp/awesome-japanese-llm): model families and their checkpoints (Hugging Face repos) with developers, licenses and their commercial-use class, parameter counts, context lengths, release dates, and evaluation benchmarks. It is read-only and offline: the answers are the catalog's, not the Hub's.").to_string();
        text.push('\n');
        let builtin = &v["builtin"];
        text.push_str(&trf(
            lang,
            "Catalog in effect: {0}; built-in list commit {1} ({2}).",
            &[
                &s(&v["in_effect"]),
                &s(&builtin["list_commit"]),
                &s(&builtin["list_date"]),
            ],
        ));
        if let Some(u) = v["installed"].as_object() {
            text.push(' ');
            text.push_str(&trf(
                lang,
                "Installed update: commit {0} of {1} (fetched {2}).",
                &[&s(&u["commit"]), &s(&u["archive_date"]), &s(&u["fetched"])],
            ));
        }
        if let Some(overlays) = v["overlays"].as_array().filter(|o| !o.is_empty()) {
            let paths: Vec<String> = overlays.iter().map(s).collect();
            text.push(' ');
            text.push_str(&trf(lang, "Overlays: {0}.", &[&paths.join(", ")]));
        }
        let c = &v["effective_counts"];
        text.push(' ');
        text.push_str(&trf(
            lang,
            "It holds {0} families ({1} checkpoints) and {2} benchmarks.",
            &[&c["models"], &c["checkpoints"], &c["benchmarks"]],
        ));
        text.push('\n');
        let named: Vec<String> = crate::catalog::results_data::in_effect()
            .sources
            .iter()
            .map(|x| format!("{} ({}, {}, {})", x.name, x.url, x.date, x.license))
            .collect();
        if !named.is_empty() {
            text.push_str(&trf(
                lang,
                "Evaluation results (get_results): {0}.",
                &[&named.join("; ")],
            ));
            text.push('\n');
        }
        text.push_str(crate::query::scores::honesty(lang));
        text.push('\n');
        text.push_str(tr(lang, "What the sources do not state is null or `unknown`: say so rather than guess. Licenses and commercial classes are the catalog's reading of the list; link the model's page before a decision. Resources: jllm://model/{id} and jllm://benchmark/{id}."));
        text
    }

    /// A resource's JSON: `show` or `benchmark` of the id in the URI.
    fn read(&self, uri: &str) -> Result<String, ErrorData> {
        let (command, id) = if let Some(id) = uri.strip_prefix("jllm://model/") {
            ("show", id)
        } else if let Some(id) = uri.strip_prefix("jllm://benchmark/") {
            ("benchmark", id)
        } else {
            return Err(ErrorData::resource_not_found(
                trf(
                    self.cfg.lang,
                    "no resource {0}: jllm's are jllm://model/{id} and jllm://benchmark/{id}",
                    &[&uri],
                ),
                None,
            ));
        };
        let id = percent_decode(id);
        let answer = self.run_line(line(&[command, "--format=json", "--", &id]));
        if answer.ok {
            Ok(answer.stdout)
        } else {
            Err(ErrorData::resource_not_found(
                answer.notes.trim().to_string(),
                None,
            ))
        }
    }
}

/// The CLI's messages with the flags of `tool` named as its arguments
/// (`--min-params` → `min_params`): the names the assistant passes.
fn argument_names(tool: &ToolDef, notes: &str) -> String {
    let mut flags: Vec<(&str, &str)> = tool
        .params
        .iter()
        .filter_map(|p| match p.at {
            tools::At::Flag(long) => Some((long, p.name)),
            tools::At::Positional => None,
        })
        .collect();
    flags.extend(tool.filter_defs().map(|d| (d.long, d.id)));
    // Longest first: `--min-context` before a flag it ends with.
    flags.sort_by_key(|(long, _)| std::cmp::Reverse(long.len()));
    let mut text = notes.to_string();
    for (long, name) in flags {
        text = text.replace(&format!("--{long}"), name);
    }
    text
}

/// `jllm WORDS…` as a command line.
fn line(words: &[&str]) -> Vec<std::ffi::OsString> {
    std::iter::once("jllm")
        .chain(words.iter().copied())
        .map(Into::into)
        .collect()
}

/// Runs a command a tool may run: the read-only query commands, nothing
/// else (no update, import or file output).
fn dispatch(command: &Command, cfg: &Config) -> Result<ExitCode> {
    match command {
        Command::List(a) => cmd::list::run(a, cfg),
        Command::Search(a) => cmd::search::run(a, cfg),
        Command::Show(a) => cmd::show::run(a, cfg),
        Command::Compare(a) => cmd::compare::run(a, cfg),
        Command::Fit(a) => cmd::fit::run(a, cfg),
        Command::Recommend(a) => cmd::recommend::run(a, cfg),
        Command::Plan(a) => cmd::plan::run(a, cfg),
        Command::Results(a) => cmd::results::run(a, cfg),
        Command::Benchmarks(a) => cmd::benchmarks::list(a, cfg),
        Command::Benchmark(a) => cmd::benchmarks::show(a, cfg),
        Command::Catalog(c @ cmd::catalog::Command::Info { .. }) => cmd::catalog::run(c, cfg),
        _ => anyhow::bail!("not a command the MCP server runs"),
    }
}

/// clap's error without its usage lines and the pointer to `--help`.
fn clap_message(e: &clap::Error) -> String {
    e.render()
        .to_string()
        .lines()
        .filter(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_string()
}

/// `%XX` escapes of a URI path decoded (a Japanese id in a URI); bytes
/// that do not form UTF-8 are replaced.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                let v = hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0);
                out.push(v as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The short text of an answer: how many rows, and the first ids.
fn summary(tool: &ToolDef, value: &Value, lang: Lang) -> String {
    let id = |v: &Value| -> Option<String> {
        ["id", "hf", "family", "model"]
            .iter()
            .find_map(|k| v.get(*k).and_then(Value::as_str))
            .map(str::to_string)
    };
    match value {
        Value::Array(rows) => {
            let mut ids: Vec<String> = Vec::new();
            for r in rows {
                if let Some(i) = id(r) {
                    if !ids.contains(&i) {
                        ids.push(i);
                    }
                }
            }
            const SHOWN: usize = 20;
            let more = ids.len().saturating_sub(SHOWN);
            ids.truncate(SHOWN);
            let mut first = ids.join(", ");
            if more > 0 {
                first.push_str(&trf(lang, " … and {0} more", &[&more]));
            }
            let mut text = if ids.is_empty() {
                trf(lang, "{0}: {1} rows", &[&tool.name, &rows.len()])
            } else {
                trf(
                    lang,
                    "{0}: {1} rows ({2})",
                    &[&tool.name, &rows.len(), &first],
                )
            };
            let reference = rows
                .iter()
                .filter(|r| r.get("in_list") == Some(&Value::Bool(false)))
                .count();
            if reference > 0 {
                text.push('\n');
                text.push_str(&trf(
                    lang,
                    "{0} reference rows: models on the leaderboard that are not in the catalog (in_list false)",
                    &[&reference],
                ));
            }
            text
        }
        Value::Object(_) => match (id(value), value.get("name").and_then(Value::as_str)) {
            (Some(i), Some(n)) => format!("{}: {i} ({n})", tool.name),
            (Some(i), None) => format!("{}: {i}", tool.name),
            _ => trf(lang, "{0}: see the structured content", &[&tool.name]),
        },
        _ => trf(lang, "{0}: see the structured content", &[&tool.name]),
    }
}

impl ServerHandler for Server {
    fn get_info(&self) -> ServerConfig {
        ServerConfig::new(
            ServerCapabilities::builder()
                .enable_tools()
                .enable_resources()
                .build(),
        )
        .with_server_info(rmcp::model::Implementation::new(
            "jllm",
            env!("CARGO_PKG_VERSION"),
        ))
        .with_instructions(self.instructions.clone())
    }

    async fn list_tools(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListToolsResult, ErrorData> {
        let lang = self.cfg.lang;
        let tools = TOOLS
            .iter()
            .map(|t| {
                let title = tr(lang, t.title);
                Tool::new(t.name, tr(lang, t.description), args::input_schema(t, lang))
                    .with_raw_output_schema(Arc::new(args::output_schema(t)))
                    .with_title(title)
                    .with_annotations(
                        ToolAnnotations::with_title(title)
                            .read_only(true)
                            .destructive(false)
                            .idempotent(true)
                            .open_world(false),
                    )
            })
            .collect();
        Ok(ListToolsResult::with_all_items(tools))
    }

    async fn call_tool(
        &self,
        request: CallToolRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<CallToolResponse, ErrorData> {
        let Some(tool) = tools::find(&request.name) else {
            let names: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
            return Ok(CallToolResult::error(vec![ContentBlock::text(trf(
                self.cfg.lang,
                "no tool '{0}'; jllm's tools: {1}",
                &[&request.name, &names.join(", ")],
            ))])
            .into());
        };
        let args = request.arguments.unwrap_or_default();
        Ok(self.call(tool, &args).into())
    }

    async fn list_resources(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListResourcesResult, ErrorData> {
        let cat = self
            .cfg
            .catalog()
            .map_err(|e| ErrorData::internal_error(format!("{e:#}"), None))?;
        let models = cat.models.iter().map(|f| {
            Resource::new(format!("jllm://model/{}", f.id), f.id.to_string())
                .with_title(f.name.to_string())
                .with_mime_type("application/json")
        });
        let benchmarks = cat.benchmarks.iter().map(|b| {
            Resource::new(format!("jllm://benchmark/{}", b.id), b.id.to_string())
                .with_title(b.name.to_string())
                .with_mime_type("application/json")
        });
        Ok(ListResourcesResult::with_all_items(
            models.chain(benchmarks).collect(),
        ))
    }

    async fn list_resource_templates(
        &self,
        _request: Option<PaginatedRequestParams>,
        _context: RequestContext<RoleServer>,
    ) -> Result<ListResourceTemplatesResult, ErrorData> {
        let lang = self.cfg.lang;
        Ok(ListResourceTemplatesResult::with_all_items(vec![
            ResourceTemplate::new("jllm://model/{id}", "model")
                .with_description(tr(lang, "A model family as get_model returns it: by family id, Hugging Face repo id or name"))
                .with_mime_type("application/json"),
            ResourceTemplate::new("jllm://benchmark/{id}", "benchmark")
                .with_description(tr(lang, "A benchmark of the catalog, by id or name"))
                .with_mime_type("application/json"),
        ]))
    }

    async fn read_resource(
        &self,
        request: ReadResourceRequestParams,
        _context: RequestContext<RoleServer>,
    ) -> Result<ReadResourceResponse, ErrorData> {
        let text = self.read(&request.uri)?;
        Ok(ReadResourceResult::new(vec![
            ResourceContents::text(text, request.uri).with_mime_type("application/json")
        ])
        .into())
    }
}
