//! The catalog: its data model (the `jllm_catalog` crate, re-exported at
//! the paths the commands use), how it is loaded and checked, and the
//! lookups the commands share.

pub use jllm_catalog::{papers, parse, results, schema, validate};

pub mod embedded;
pub mod index;
pub mod installed;
pub mod load;
pub mod results_data;
pub mod write;
