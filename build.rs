// The templates folder is embedded with include_dir, which cannot tell cargo on stable Rust
// that the binary depends on those files; this makes an edited template rebuild the binary.
fn main() {
    println!("cargo:rerun-if-changed=templates");
}
