//! The templates tree is embedded in the binary (`include_dir!` in src/assets.rs), and a
//! macro cannot tell Cargo which files it read: without this, editing a template would not
//! rebuild the binary or the tests, and they would render the old one.

fn main() {
    println!("cargo:rerun-if-changed=templates");
}
