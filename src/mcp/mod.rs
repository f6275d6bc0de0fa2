//! `jllm mcp`: a Model Context Protocol server on stdio (the official Rust
//! SDK, `rmcp`), read-only and offline, for assistants that answer
//! questions about Japanese models. Each tool is a query command of the
//! CLI (`list`, `search`, `show`, `compare`, `fit`, `results`, `benchmarks`,
//! `catalog info`) run in-process with `--format json` on the arguments the
//! tool received, so filters, sorting, search, fit and results have one
//! implementation; its JSON is the tool's structured answer and its
//! messages (suggestions, explanations of an empty result, footers) the
//! text. The tools are declared in [`tools`], their schemas and command
//! lines made in [`args`], the protocol side is [`server`]. The server's
//! own texts (instructions, tool titles and descriptions, summaries,
//! argument errors) follow `--lang`, through `src/i18n/mcp.rs`. The Tokio runtime is built here, on this command only: no
//! other command starts it.

use std::process::ExitCode;

use anyhow::{Context, Result};

use crate::cli::Global;

pub mod args;
pub mod server;
pub mod tools;

#[cfg(test)]
mod tests;

/// `jllm mcp` takes no arguments of its own: the global `--lang`,
/// `--catalog` and `--no-builtin` apply to every tool call.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Register it in an MCP client as the command `jllm` with the arguments [\"mcp\"] (see docs/mcp.md). It reads JSON-RPC on stdin and answers on stdout until stdin closes."
)]
pub struct Args {}

/// Serves MCP on stdin/stdout until the client closes stdin.
pub fn run(_args: &Args, global: &Global) -> Result<ExitCode> {
    let server = server::Server::new(server::config(global))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the MCP server's runtime")?;
    runtime.block_on(async move {
        use rmcp::ServiceExt as _;
        let running = server
            .serve(rmcp::transport::stdio())
            .await
            .context("MCP initialization failed")?;
        running.waiting().await.context("the MCP server stopped")?;
        Ok::<_, anyhow::Error>(())
    })?;
    Ok(ExitCode::SUCCESS)
}
