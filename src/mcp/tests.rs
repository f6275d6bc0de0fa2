//! The server in-process, driven by rmcp's own client over an in-memory
//! duplex pipe: every tool with real arguments on the built-in catalog,
//! checked against the same command's `--json` and against the catalog's
//! data, and bad arguments (unknown argument, unknown filter value, wrong
//! type, huge limit) answered by a tool error with a helpful message. Every
//! answer compared with the CLI also validates against the output schema
//! the tool declares. Every request has a time limit, so a hang fails
//! instead of blocking.

use std::time::Duration;

use rmcp::model::{CallToolRequestParams, CallToolResult, ReadResourceRequestParams};
use rmcp::service::RunningService;
use rmcp::{RoleClient, ServiceExt};
use serde_json::{json, Value};

use super::server::Server;
use super::tools::{self, TOOLS};
use crate::catalog::schema::Lang;
use crate::config::Config;
use crate::query::filter::FILTERS;

mod lang;

/// The longest any request may take.
pub(super) const LIMIT: Duration = Duration::from_secs(120);

/// Runs `test` with a client connected to a server on the built-in catalog.
pub(super) fn with_client<F, Fut>(test: F)
where
    F: FnOnce(RunningService<RoleClient, ()>, Server) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    with_client_in(Lang::En, test)
}

/// [`with_client`] with the server's texts in `lang` (the server's
/// configuration only: the process-wide language other tests read stays).
pub(super) fn with_client_in<F, Fut>(lang: Lang, test: F)
where
    F: FnOnce(RunningService<RoleClient, ()>, Server) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let mut cfg = Config::for_tests(false, false);
        cfg.lang = lang;
        let server = Server::new(cfg).expect("server");
        let (server_end, client_end) = tokio::io::duplex(1 << 16);
        let serving = server.clone();
        let handle = tokio::spawn(async move {
            let running = serving.serve(server_end).await.expect("server starts");
            let _ = running.waiting().await;
        });
        let client = tokio::time::timeout(LIMIT, ().serve(client_end))
            .await
            .expect("initialize in time")
            .expect("client starts");
        test(client, server).await;
        handle.abort();
    });
}

/// Calls a tool and waits for its answer, within [`LIMIT`].
pub(super) async fn call(
    client: &RunningService<RoleClient, ()>,
    name: &str,
    args: Value,
) -> CallToolResult {
    let Value::Object(args) = args else {
        panic!("arguments must be an object")
    };
    let params = CallToolRequestParams::new(name.to_string()).with_arguments(args);
    tokio::time::timeout(LIMIT, client.call_tool(params))
        .await
        .unwrap_or_else(|_| panic!("{name} hung"))
        .unwrap_or_else(|e| panic!("{name}: protocol error {e:?}"))
}

/// The text of an answer.
pub(super) fn text(r: &CallToolResult) -> String {
    r.content
        .iter()
        .filter_map(|c| c.as_text().map(|t| t.text.clone()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A successful answer's structured content.
pub(super) fn ok(r: &CallToolResult, what: &str) -> Value {
    assert_ne!(r.is_error, Some(true), "{what}: {}", text(r));
    r.structured_content
        .clone()
        .unwrap_or_else(|| panic!("{what}: no structured content"))
}

/// A tool error's message.
pub(super) fn err(r: &CallToolResult, what: &str) -> String {
    assert_eq!(r.is_error, Some(true), "{what} should fail: {}", text(r));
    let t = text(r);
    assert!(!t.trim().is_empty(), "{what}: empty error");
    t
}

/// What the CLI prints for a command line (the server's own runner, the
/// path every command takes), as JSON.
pub(super) fn cli_json(server: &Server, words: &[&str]) -> Value {
    let line = std::iter::once("jllm")
        .chain(words.iter().copied())
        .map(Into::into)
        .collect();
    let a = server.run_line(line);
    serde_json::from_str(&a.stdout).unwrap_or_else(|e| panic!("{words:?}: {e}: {}", a.notes))
}

/// Calls `tool` with `args` and checks its answer against the CLI: the
/// structured content (under the tool's key when the CLI prints an array)
/// equals what `jllm WORDS` prints, and validates against the tool's
/// output schema. Returns the answer and that JSON.
pub(super) async fn same_as_cli(
    client: &RunningService<RoleClient, ()>,
    server: &Server,
    tool: &str,
    args: Value,
    words: &str,
) -> (CallToolResult, Value) {
    let r = call(client, tool, args).await;
    let structured = ok(&r, tool);
    valid(tool, &structured);
    let want = cli_json(server, &words.split_whitespace().collect::<Vec<_>>());
    let def = tools::find(tool).unwrap_or_else(|| panic!("no tool {tool}"));
    let got = if want.is_array() {
        structured[def.key].clone()
    } else {
        structured
    };
    assert_eq!(got, want, "{tool} differs from jllm {words}");
    (r, got)
}

/// Asserts that `structured` validates against the output schema `tool`
/// declares.
fn valid(tool: &str, structured: &Value) {
    let def = tools::find(tool).unwrap_or_else(|| panic!("no tool {tool}"));
    let schema = Value::Object(super::args::output_schema(def));
    let validator = jsonschema::draft202012::new(&schema)
        .unwrap_or_else(|e| panic!("{tool}: the output schema does not compile: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(structured)
        .take(5)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{tool}: {errors:#?}");
}

fn ids(v: &Value, key: &str) -> Vec<String> {
    v.as_array()
        .unwrap_or_else(|| panic!("not an array: {v}"))
        .iter()
        .map(|x| x[key].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn tools_are_listed_with_every_filter_in_their_schemas() {
    with_client(|client, _| async move {
        let tools = tokio::time::timeout(LIMIT, client.list_all_tools())
            .await
            .expect("in time")
            .expect("tools/list");
        let names: Vec<&str> = tools.iter().map(|t| t.name.as_ref()).collect();
        let want: Vec<&str> = TOOLS.iter().map(|t| t.name).collect();
        assert_eq!(names, want);
        for name in ["search_models", "list_models", "fit_models", "get_results"] {
            let tool = tools.iter().find(|t| t.name == name).expect("listed");
            let props = tool.input_schema["properties"]
                .as_object()
                .expect("properties");
            for d in FILTERS {
                let p = props
                    .get(d.id)
                    .unwrap_or_else(|| panic!("{name} lacks the filter {}", d.id));
                assert_eq!(
                    p["description"].as_str().map(|s| s.starts_with(d.help)),
                    Some(true)
                );
            }
            assert_eq!(
                tool.annotations.as_ref().and_then(|a| a.read_only_hint),
                Some(true)
            );
        }
        let get = tools
            .iter()
            .find(|t| t.name == "get_model")
            .expect("get_model");
        assert_eq!(get.input_schema["required"], json!(["query"]));
        assert!(get.input_schema["properties"].get("license").is_none());
        client.cancel().await.expect("close");
    });
}

#[test]
fn list_models_is_the_list_commands_json() {
    with_client(|client, server| async move {
        let (_, got) = same_as_cli(
            &client,
            &server,
            "list_models",
            json!({"license": ["apache"], "min_params": "7b"}),
            "list --license apache --min-params 7b --format json",
        )
        .await;
        assert!(!got.as_array().expect("array").is_empty());
        // Every family shown has a kept checkpoint of 7B or more (`params`
        // is the largest kept) under a license the catalog calls Apache.
        for f in got.as_array().expect("array") {
            assert!(!f["variants"].as_array().expect("variants").is_empty());
            let p = f["params"].as_u64().unwrap_or(0);
            assert!(p >= 7_000_000_000, "{} {}", f["id"], p);
            let license = f["license"].to_string().to_lowercase();
            assert!(license.contains("apache"), "{license}");
        }
        // A number for a size, a bare string for a list, sort and limit.
        let (r, got) = same_as_cli(
            &client,
            &server,
            "list_models",
            json!({"license": "apache", "min_params": 7_000_000_000u64, "sort": "params", "limit": 3}),
            "list --license apache --min-params 7b --sort params --limit 3 --format json",
        )
        .await;
        assert_eq!(got.as_array().map(Vec::len), Some(3));
        assert!(text(&r).contains(got[0]["id"].as_str().expect("id")));
        // Checkpoints instead of families: the other record of the schema.
        same_as_cli(
            &client,
            &server,
            "list_models",
            json!({"variants": true, "developer": ["rinna"], "limit": 5}),
            "list --variants --developer rinna --limit 5 --format json",
        )
        .await;
        // An empty result is an answer, with the CLI's explanation.
        let r = call(&client, "list_models", json!({"since": 2100})).await;
        assert_eq!(ok(&r, "empty list")["models"], json!([]));
        assert!(text(&r).contains("2100"), "{}", text(&r));
        client.cancel().await.expect("close");
    });
}

#[test]
fn bad_arguments_are_tool_errors_that_help() {
    with_client(|client, server| async move {
        // A filter value that matches nothing: the nearest value.
        let e = err(
            &call(&client, "list_models", json!({"license": ["apachee"]})).await,
            "unknown license",
        );
        assert!(e.contains("apache"), "{e}");
        // A category typo: clap's parser of the filter names the right one.
        let e = err(
            &call(&client, "list_models", json!({"category": ["vison"]})).await,
            "unknown category",
        );
        assert!(e.contains("vision"), "{e}");
        // An argument the tool does not take.
        let e = err(
            &call(&client, "list_models", json!({"licence": ["mit"]})).await,
            "unknown argument",
        );
        assert!(e.contains("did you mean license"), "{e}");
        // Wrong types.
        let e = err(
            &call(&client, "list_models", json!({"min_params": true})).await,
            "wrong type",
        );
        assert!(e.contains("min_params"), "{e}");
        let e = err(
            &call(&client, "list_models", json!({"license": [1, 2]})).await,
            "numbers for strings",
        );
        assert!(e.contains("array of strings"), "{e}");
        let e = err(
            &call(&client, "list_models", json!({"limit": -1})).await,
            "negative limit",
        );
        assert!(e.contains("whole number"), "{e}");
        let e = err(
            &call(&client, "list_models", json!({"limit": 1e30})).await,
            "limit past u64",
        );
        assert!(e.contains("limit"), "{e}");
        let e = err(
            &call(&client, "list_models", json!({"min_params": "7 elephants"})).await,
            "bad size",
        );
        // The CLI's message, with the flag named as the argument.
        assert!(e.contains("'7 elephants' for 'min_params"), "{e}");
        // A huge limit that is a number is simply more than there is.
        let all = ok(
            &call(&client, "list_models", json!({"limit": u64::MAX})).await,
            "huge limit",
        );
        assert_eq!(all["models"], cli_json(&server, &["list", "--json"]));
        assert!(!all["models"].as_array().expect("rows").is_empty());
        // A missing required argument, an unknown tool.
        let e = err(&call(&client, "get_model", json!({})).await, "no query");
        assert!(e.contains("query"), "{e}");
        let r = tokio::time::timeout(
            LIMIT,
            client.call_tool(CallToolRequestParams::new("list_model")),
        )
        .await
        .expect("in time")
        .expect("answered");
        assert!(err(&r, "unknown tool").contains("list_models"));
        // A value that looks like a flag is a value.
        let e = err(
            &call(&client, "get_model", json!({"query": "--help"})).await,
            "flag-like query",
        );
        assert!(e.contains("no model matches"), "{e}");
        client.cancel().await.expect("close");
    });
}

#[test]
fn get_model_finds_by_id_repo_and_suggests_on_typos() {
    with_client(|client, server| async move {
        let (_, got) = same_as_cli(
            &client,
            &server,
            "get_model",
            json!({"query": "swallow-70b"}),
            "show swallow-70b --json",
        )
        .await;
        assert_eq!(got["id"], json!("swallow-70b"));
        let got = ok(
            &call(
                &client,
                "get_model",
                json!({"query": "tokyotech-llm/Swallow-70b-instruct-hf"}),
            )
            .await,
            "by repo",
        );
        assert_eq!(got["id"], json!("swallow-70b"));
        let e = err(
            &call(&client, "get_model", json!({"query": "swalow-70b"})).await,
            "typo",
        );
        assert!(
            e.contains("did you mean") && e.contains("swallow-70b"),
            "{e}"
        );
        let e = err(
            &call(&client, "get_model", json!({"query": "swallow"})).await,
            "ambiguous",
        );
        assert!(e.contains("matches") && e.contains("swallow-7b"), "{e}");
        client.cancel().await.expect("close");
    });
}

#[test]
fn compare_search_fit_results_benchmarks_and_info() {
    with_client(|client, server| async move {
        let (_, got) = same_as_cli(
            &client,
            &server,
            "compare_models",
            json!({"queries": ["swallow-70b", "swallow-7b"]}),
            "compare swallow-70b swallow-7b --format json",
        )
        .await;
        assert_eq!(ids(&got, "id"), ["swallow-70b", "swallow-7b"]);
        let e = err(
            &call(
                &client,
                "compare_models",
                json!({"queries": ["swallow-70b"]}),
            )
            .await,
            "compare one",
        );
        assert!(e.contains("2"), "{e}");

        same_as_cli(
            &client,
            &server,
            "search_models",
            json!({"query": "swallow", "limit": 5}),
            "search swallow --limit 5 --format json",
        )
        .await;
        let e = err(
            &call(&client, "search_models", json!({"query": "zzqqxxyy"})).await,
            "search nothing",
        );
        assert!(e.contains("zzqqxxyy"), "{e}");

        same_as_cli(
            &client,
            &server,
            "fit_models",
            json!({"vram": "24GB", "context": "8k", "developer": ["rinna"]}),
            "fit --vram 24GB --context 8k --developer rinna --format json",
        )
        .await;
        let e = err(
            &call(&client, "fit_models", json!({"vram": "lots"})).await,
            "bad vram",
        );
        assert!(e.contains("vram: invalid memory size 'lots'"), "{e}");

        let (r, _) = same_as_cli(
            &client,
            &server,
            "get_results",
            json!({"suite": "pfgen", "limit": 5}),
            "results --suite pfgen --limit 5 --format json",
        )
        .await;
        assert!(text(&r).contains("not comparable"), "{}", text(&r));
        let (_, got) = same_as_cli(
            &client,
            &server,
            "get_results",
            json!({"query": "swallow-70b"}),
            "results swallow-70b --format json",
        )
        .await;
        assert!(!got.as_array().expect("rows").is_empty());
        let e = err(
            &call(&client, "get_results", json!({"suite": "pfgenn"})).await,
            "unknown suite",
        );
        assert!(e.contains("pfgen"), "{e}");

        let (_, got) = same_as_cli(
            &client,
            &server,
            "list_benchmarks",
            json!({}),
            "benchmarks --json",
        )
        .await;
        assert!(!got.as_array().expect("rows").is_empty());
        let (_, got) = same_as_cli(
            &client,
            &server,
            "catalog_info",
            json!({}),
            "catalog info --json",
        )
        .await;
        let models = cli_json(&server, &["list", "--json"]);
        assert_eq!(
            got["effective_counts"]["models"].as_u64(),
            models.as_array().map(|m| m.len() as u64)
        );
        same_as_cli(
            &client,
            &server,
            "recommend_models",
            json!({"vram": "24GB", "commercial": "yes", "task": "chat", "limit": 5}),
            "recommend --vram 24GB --commercial yes --task chat -n 5 --format json",
        )
        .await;
        same_as_cli(
            &client,
            &server,
            "plan_model",
            json!({"query": "swallow-70b"}),
            "plan swallow-70b --format json",
        )
        .await;
        client.cancel().await.expect("close");
    });
}

#[test]
fn resources_and_instructions() {
    with_client(|client, server| async move {
        let info = client.peer_info().expect("server info");
        let instructions = info.instructions.clone().unwrap_or_default();
        assert!(instructions.contains("awesome-japanese-llm"));
        assert!(instructions.contains("not comparable"));
        let commit = include_str!("../../catalog/LIST_COMMIT");
        let commit = commit.split_whitespace().next().expect("a commit");
        assert!(instructions.contains(commit), "{instructions}");

        let read =
            |uri: &str| client.read_resource(ReadResourceRequestParams::new(uri.to_string()));
        let r = tokio::time::timeout(LIMIT, read("jllm://model/swallow-70b"))
            .await
            .expect("in time")
            .expect("read");
        let text = match &r.contents[0] {
            rmcp::model::ResourceContents::TextResourceContents { text, .. } => text.clone(),
            other => panic!("not text: {other:?}"),
        };
        let v: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(v["id"], json!("swallow-70b"));
        let benchmarks = cli_json(&server, &["benchmarks", "--json"]);
        let bench = benchmarks[0]["id"].as_str().expect("a benchmark id");
        let r = tokio::time::timeout(LIMIT, read(&format!("jllm://benchmark/{bench}")))
            .await
            .expect("in time")
            .expect("read benchmark");
        assert_eq!(r.contents.len(), 1);
        let missing = tokio::time::timeout(LIMIT, read("jllm://model/swalow-70b"))
            .await
            .expect("in time");
        assert!(missing.is_err(), "{missing:?}");
        assert!(
            format!("{missing:?}").contains("did you mean"),
            "{missing:?}"
        );
        let listed = client.list_all_resources().await.expect("resources");
        let models = cli_json(&server, &["list", "--json"]);
        let count = |v: &Value| v.as_array().map_or(0, Vec::len);
        assert_eq!(listed.len(), count(&models) + count(&benchmarks));
        assert!(listed.iter().any(|r| r.uri == "jllm://model/swallow-70b"));
        client.cancel().await.expect("close");
    });
}
