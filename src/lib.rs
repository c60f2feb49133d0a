//! cdstudy: cluster diagnostic studies for the development of clusters of micro and small
//! enterprises. The library holds everything but the terminal: the study model, the YAML
//! store, checks, scheme rules and financing, money, documents and the semantic diff. The
//! CLI (`main.rs`) and the terminal UI are thin layers over it.

pub mod assets;
pub mod check;
pub mod diff;
pub mod finance;
pub mod model;
pub mod render;
pub mod schema;
pub mod scheme;
pub mod store;
