//! A tool call's arguments and the schemas that describe them: the input
//! schema of each tool, generated from its own arguments and from the
//! table of filters (`query::filter::FILTERS`, the same definitions the CLI
//! flags come from); its output schema, from the schema of the JSON its
//! command prints (`cmd::schema::of_command`, what `jllm schema COMMAND`
//! prints); and [`command_line`], which turns a call's arguments into the
//! command line the CLI parser reads (`--flag=value` for each, positionals
//! after `--`).

use std::ffi::OsString;

use serde_json::{json, Map, Value};

use super::tools::{At, ToolDef, Ty};
use crate::catalog::schema::Lang;
use crate::i18n::{tr, trf};
use crate::query::filter::defs::Kind;

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
        let mut prop = property(p.ty, tr(lang, p.description).to_string(), None);
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
                description.push_str(&crate::i18n::trf(
                    lang,
                    " [ids: {0}; names in English, Japanese or French are accepted too]",
                    &[&values.join(", ")],
                ));
            }
            if let Some(r) = d.requires {
                description.push_str(&crate::i18n::trf(lang, " (needs {0})", &[&r]));
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
pub fn command_line(
    tool: &ToolDef,
    args: &Map<String, Value>,
    lang: Lang,
) -> Result<Vec<OsString>, String> {
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
            return Err(unknown_argument(tool, name, lang));
        };
        if value.is_null() {
            continue;
        }
        let values = values(name, ty, value, lang)?;
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
            return Err(trf(
                lang,
                "argument '{0}' of {1} is required: {2}",
                &[&p.name, &tool.name, &tr(lang, p.description)],
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
fn unknown_argument(tool: &ToolDef, name: &str, lang: Lang) -> String {
    let all = names(tool);
    let near =
        crate::catalog::index::nearest(name, all.iter().map(|n| (n.to_string(), vec![*n])), 3);
    let mut message = trf(lang, "{0} has no argument '{1}'", &[&tool.name, &name]);
    if !near.is_empty() {
        message = trf(
            lang,
            "{0}; did you mean {1}?",
            &[&message, &near.join(", ")],
        );
    }
    message.push_str(&trf(lang, " Its arguments: {0}", &[&all.join(", ")]));
    message
}

/// The command-line values of one argument, checked against its type.
fn values(name: &str, ty: Ty, value: &Value, lang: Lang) -> Result<Vec<String>, String> {
    let wrong = |want: &str| {
        trf(
            lang,
            "argument '{0}' must be {1}, not {2}",
            &[&name, &tr(lang, want), value],
        )
    };
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
            .ok_or_else(|| wrong("a whole number from 0 to 18446744073709551615")),
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

/// The output schema of a tool: the schema `jllm schema COMMAND` prints
/// for its command, as MCP wants it, an object. An array answer sits under
/// the tool's key (`{"models": [...]}`), as the structured content puts
/// it; a tool with two commands (`list`, `list --variants`) takes either
/// record (`anyOf`). The definitions the records share are gathered at the
/// top, where their `$ref`s point.
pub fn output_schema(tool: &ToolDef) -> Map<String, Value> {
    let mut defs = Map::new();
    let mut records = Vec::new();
    let mut array = false;
    for command in tool.output {
        let Some(schema) = crate::cmd::schema::of_command(command) else {
            continue;
        };
        let Value::Object(mut schema) = schema.to_value() else {
            continue;
        };
        if let Some(Value::Object(d)) = schema.remove("$defs") {
            defs.extend(d);
        }
        schema.remove("$schema");
        schema.remove("title");
        match schema.remove("items") {
            Some(items) if schema.get("type") == Some(&json!("array")) => {
                array = true;
                records.push(items);
            }
            _ => records.push(Value::Object(schema)),
        }
    }
    let record = match records.len() {
        1 => records.pop().unwrap_or_default(),
        _ => json!({ "anyOf": records }),
    };
    let mut schema = if array {
        let mut m = Map::new();
        m.insert("type".into(), json!("object"));
        let mut properties = Map::new();
        properties.insert(
            tool.key.to_string(),
            json!({"type": "array", "items": record}),
        );
        m.insert("properties".into(), Value::Object(properties));
        m.insert("required".into(), json!([tool.key]));
        m
    } else {
        match record {
            Value::Object(m) => m,
            _ => Map::new(),
        }
    };
    schema.insert(
        "$schema".into(),
        json!("https://json-schema.org/draft/2020-12/schema"),
    );
    if !defs.is_empty() {
        schema.insert("$defs".into(), Value::Object(defs));
    }
    schema
}
