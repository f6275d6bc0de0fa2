//! The catalog's data model, as a crate of its own so that the jllm binary
//! and its build script compile the same code: the types ([`schema`],
//! [`results`]), reading TOML into them ([`parse`]) and checking them
//! ([`validate`]), the architecture papers of a family ([`papers`]), the
//! JSON objects `list` and `show` print ([`json`], which build.rs renders
//! ahead for the embedded catalog), terminal-safe text ([`sanitize`]) and
//! the serializer that writes a value as a Rust expression
//! ([`rust_literal`], used by build.rs to embed the catalog as statics).
//! It depends on serde, serde_json, schemars and toml only.

pub mod json;
pub mod papers;
pub mod parse;
pub mod results;
pub mod rust_literal;
pub mod sanitize;
pub mod schema;
pub mod validate;
