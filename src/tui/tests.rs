//! Snapshot and behaviour tests of the terminal UI.
