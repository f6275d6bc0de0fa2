//! The server's declared output schemas and its languages: every tool
//! lists an object output schema (what `jllm schema COMMAND` says, an
//! array under the tool's key), and a server started with `--lang ja`
//! gives its instructions, titles, summaries and errors in Japanese, with
//! the CLI's own Japanese "did you mean".

use serde_json::{json, Value};

use super::{call, cli_json, err, ok, text, with_client, with_client_in, LIMIT};
use crate::catalog::schema::Lang;
use crate::mcp::args::output_schema;
use crate::mcp::tools::TOOLS;

#[test]
fn every_tool_declares_an_object_output_schema() {
    with_client(|client, _| async move {
        let listed = tokio::time::timeout(LIMIT, client.list_all_tools())
            .await
            .expect("in time")
            .expect("tools/list");
        for def in TOOLS {
            let tool = listed.iter().find(|t| t.name == def.name).expect("listed");
            let schema = tool
                .output_schema
                .as_deref()
                .unwrap_or_else(|| panic!("{} declares no output schema", def.name));
            assert_eq!(schema, &output_schema(def), "{}", def.name);
            assert_eq!(schema["type"], json!("object"), "{}", def.name);
            let value = Value::Object(schema.clone());
            jsonschema::draft202012::new(&value).unwrap_or_else(|e| panic!("{}: {e}", def.name));
            // An array answer is declared under the tool's key, as the
            // structured content holds it; an object answer is its record.
            let printed = crate::cmd::schema::of_command(def.output[0])
                .expect("a command of jllm schema")
                .to_value();
            if printed["type"] == json!("array") {
                assert_eq!(schema["required"], json!([def.key]), "{}", def.name);
                assert_eq!(
                    schema["properties"][def.key]["type"],
                    json!("array"),
                    "{}",
                    def.name
                );
            } else {
                assert_eq!(schema["properties"], printed["properties"], "{}", def.name);
            }
        }
        // list_models answers families or checkpoints: either record.
        let list = &listed
            .iter()
            .find(|t| t.name == "list_models")
            .expect("list_models")
            .output_schema;
        let items = &list.as_deref().expect("schema")["properties"]["models"]["items"];
        assert_eq!(items["anyOf"].as_array().map(Vec::len), Some(2), "{items}");
        client.cancel().await.expect("close");
    });
}

#[test]
fn a_japanese_server_speaks_japanese() {
    with_client_in(Lang::Ja, |client, server| async move {
        let info = client.peer_info().expect("server info");
        let instructions = info.instructions.clone().unwrap_or_default();
        assert!(
            instructions.contains("awesome-japanese-llm"),
            "{instructions}"
        );
        assert!(instructions.contains("読み取り専用"), "{instructions}");
        assert!(
            instructions.contains(crate::query::scores::honesty(Lang::Ja)),
            "{instructions}"
        );
        assert!(!instructions.contains("read-only"), "{instructions}");

        let tools = tokio::time::timeout(LIMIT, client.list_all_tools())
            .await
            .expect("in time")
            .expect("tools/list");
        let list = tools
            .iter()
            .find(|t| t.name == "list_models")
            .expect("list_models");
        assert_eq!(list.title.as_deref(), Some("モデル一覧"));
        assert!(
            list.description
                .as_deref()
                .is_some_and(|d| d.contains("モデルファミリー")),
            "{:?}",
            list.description
        );

        // The summary counts the rows in Japanese.
        let r = call(&client, "list_models", json!({"developer": ["rinna"]})).await;
        let rows = ok(&r, "list_models")["models"]
            .as_array()
            .map_or(0, Vec::len);
        let want = cli_json(&server, &["list", "--developer", "rinna", "--json"]);
        assert_eq!(Some(rows), want.as_array().map(Vec::len));
        assert!(
            text(&r).starts_with(&format!("list_models: {rows} 件")),
            "{}",
            text(&r)
        );

        // The CLI's Japanese "did you mean" (show's `もしかして:`), and the
        // server's own for an argument it does not take.
        let e = err(
            &call(&client, "get_model", json!({"query": "swalow-70b"})).await,
            "typo",
        );
        assert!(
            e.contains("もしかして:") && e.contains("swallow-70b"),
            "{e}"
        );
        assert!(!e.contains("did you mean"), "{e}");
        let e = err(
            &call(&client, "list_models", json!({"licence": ["mit"]})).await,
            "unknown argument",
        );
        assert!(e.contains("もしかして: license"), "{e}");
        let e = err(
            &call(&client, "list_models", json!({"limit": "ten"})).await,
            "wrong type",
        );
        assert!(e.contains("整数"), "{e}");
        client.cancel().await.expect("close");
    });
}

/// Every tool's title and description, and its own arguments'
/// descriptions, have a Japanese and a French text in src/i18n/mcp.rs.
#[test]
fn every_tool_text_is_translated() {
    for def in TOOLS {
        let texts = [def.title, def.description]
            .into_iter()
            .chain(def.params.iter().map(|p| p.description));
        for en in texts {
            for lang in [Lang::Ja, Lang::Fr] {
                assert_ne!(
                    crate::i18n::tr(lang, en),
                    en,
                    "{}: {lang:?}: {en}",
                    def.name
                );
            }
        }
    }
}
