//! jllm's code as a library, so that the coverage-guided fuzz targets in
//! `fuzz/` (their own crate) can drive the parsers in-process. The binary
//! (`src/main.rs`) is the only interface; the modules stay private, which
//! keeps the dead-code lint working, and only [`run`], [`sanitize`], the
//! fuzz entry points in [`fuzz`] and the never-panicking stderr writer
//! [`stderr`] (for `main`) are public. Nothing here runs at start-up.

mod atomic;
mod catalog;
mod cli;
mod cmd;
mod config;
mod estimate;
mod fetch;
#[doc(hidden)]
pub mod fuzz;
mod hardware;
mod i18n;
mod import;
mod mcp;
mod pager;
mod query;
mod render;
pub mod sanitize;
#[doc(hidden)]
pub mod stderr;
mod units;

pub use cli::run;

#[cfg(test)]
mod properties;
#[cfg(test)]
mod scaling;
