//! What a CDA feels in the terminal UI: start to first frame (load, the app's state and
//! its first drawing, before the check and the figures), start to the frame with them,
//! and a key's update and drawing, at 80×24 through ratatui's test
//! backend: the cursor down the action plan's list (the longest), and a digit typed into
//! an action's cost (which shows the budget the typed value would give).
//! Run with `cargo bench --bench tui`; tests never time anything.
//!
//! The same on a large study, when one is named: write one with
//! `cargo run --release --example gen_study -- --out /tmp/large.yaml` and run
//! `CDSTUDY_BENCH_LARGE=/tmp/large.yaml cargo bench --bench tui -- --sample-size 10`.

use std::path::Path;
use std::time::{Duration, Instant};

use cdstudy::tui::Headless;
use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

const W: u16 = 80;
const H: u16 = 24;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::from(code)
}

fn session(path: &Path) -> Headless {
    Headless::open(path, W, H).expect("the study opens")
}

fn keys_of(c: &mut Criterion, name: &str, path: &Path) {
    let mut group = c.benchmark_group(format!("tui {name}"));
    group.bench_function("start to first frame", |b| {
        b.iter(|| Headless::first_frame(path, W, H).expect("the study opens"))
    });
    group.bench_function("start to the checked frame", |b| b.iter(|| session(path)));

    // Down the actions, back to the top (untimed) at the end of the list.
    let mut s = session(path);
    assert!(s.open_section("action_plan"), "an action plan section");
    let mut down = 0usize;
    group.bench_function("cursor down the actions (update + draw)", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                if down == 500 {
                    s.key(key(KeyCode::Home));
                    s.draw().expect("draws");
                    down = 0;
                }
                let t = Instant::now();
                s.key(key(KeyCode::Down));
                s.draw().expect("draws");
                spent += t.elapsed();
                down += 1;
            }
            spent
        })
    });

    // A digit typed at the end of the first action's cost; taken back (untimed) after.
    let mut s = session(path);
    assert!(s.open_section("action_plan"), "an action plan section");
    assert!(s.edit_field("cost"), "the action's cost opens");
    s.key(key(KeyCode::End));
    group.bench_function("a digit typed in a cost (update + draw)", |b| {
        b.iter_custom(|iters| {
            let mut spent = Duration::ZERO;
            for _ in 0..iters {
                let t = Instant::now();
                s.key(key(KeyCode::Char('5')));
                s.draw().expect("draws");
                spent += t.elapsed();
                s.key(key(KeyCode::Backspace));
                s.draw().expect("draws");
            }
            spent
        })
    });
    group.finish();
}

fn ujjain(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("studies/ujjain-plastic.yaml");
    keys_of(c, "ujjain", &path);
}

fn large(c: &mut Criterion) {
    match std::env::var_os("CDSTUDY_BENCH_LARGE") {
        Some(path) => keys_of(c, "large", Path::new(&path)),
        None => println!(
            "tui large: skipped (set CDSTUDY_BENCH_LARGE to a study made by examples/gen_study)"
        ),
    }
}

criterion_group!(benches, ujjain, large);
criterion_main!(benches);
