//! cdstudy: cluster diagnostic studies for the development of clusters of micro and small
//! enterprises. The library holds the study model, the YAML store, checks, scheme rules and
//! financing, money, documents and the semantic diff, none of which knows a terminal. The
//! terminal UI (`tui`) is here too, so that its benchmark can drive it, and is a thin layer
//! over them, as the CLI (`main.rs`) is.

// No unwrap, expect or panic on user data or I/O: the rule holds by the compiler, not by
// discipline. Only the library and the program are held to it: with `cfg(test)` their unit
// tests may unwrap and panic, and the integration tests, benches and examples are crates
// of their own, outside the rule.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod assets;
pub mod check;
pub mod diff;
pub mod finance;
pub mod i18n;
pub mod model;
pub mod phrase;
pub mod portfolio;
pub mod render;
pub mod schema;
pub mod scheme;
pub mod store;
pub mod tui;
