//! Escaping control characters before printing catalog text, so a hostile
//! `--catalog` file cannot move the cursor, change colours or retitle the
//! terminal, and bidirectional overrides cannot reorder what a user reads.
//! Defined in the catalog model crate, whose JSON writer escapes the same
//! characters.

pub use jllm_catalog::sanitize::*;
