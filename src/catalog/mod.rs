//! The catalog: its data model, how it is loaded and checked, and the
//! lookups the commands share.

pub mod index;
pub mod installed;
pub mod load;
pub mod papers;
pub mod parse;
pub mod results;
pub mod results_data;
pub mod schema;
pub mod validate;
pub mod write;
