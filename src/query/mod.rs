//! Queries over the catalog: the filters shared by list, search, stats and
//! the other listing commands, and the fuzzy search.

pub mod filter;
pub mod search;
