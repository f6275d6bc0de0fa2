//! Queries over the catalog: the filters shared by list, search, stats and
//! the other listing commands, what their values mean, and the search.

pub mod explain;
pub mod filter;
pub mod labels;
pub mod resolve;
pub mod scores;
pub mod search;
pub mod search_index;
mod search_shared;
