//! Tests of the browser.
