//! What several integration tests share: the review fixture, ids, writing a study, and
//! running the binary. Each test file takes what it needs (`mod common;`).
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use cdstudy::model::{Id, Study};
use cdstudy::store;

/// A small study with an item in every section, for diffs, merges and the review commands.
pub const FIXTURE: &str = include_str!("../data/review-study.yaml");

pub fn fixture() -> Study {
    store::parse_str(FIXTURE, Path::new("review-study.yaml"))
        .expect("the fixture loads")
        .study
}

pub fn id(s: &str) -> Id {
    s.parse().expect("an id")
}

/// Writes `study` as cdstudy saves it to `dir/name`.
pub fn write_study(dir: &Path, name: &str, study: &Study) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, store::to_yaml(study).expect("the study serialises"))
        .expect("the study is written");
    path
}

/// Runs `cdstudy ARGS` in `dir`: (exit code, stdout, stderr). A panic is a failure of
/// the test whatever the exit code.
pub fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    run_with_env(dir, args, &[])
}

/// [`run`] with environment variables set; `CDSTUDY_TEMPLATES` is never inherited from
/// the person running the tests (it would change every command's schemes).
pub fn run_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_cdstudy"))
        .current_dir(dir)
        .args(args)
        .env_remove("CDSTUDY_TEMPLATES")
        // English unless a test asks otherwise, whatever the locale of the machine.
        .env("CDSTUDY_LANG", "en")
        .envs(env.iter().copied())
        .output()
        .expect("run cdstudy");
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(
        !stderr.contains("panicked"),
        "cdstudy {args:?} panicked:\n{stderr}"
    );
    (
        out.status.code().expect("exited, not killed"),
        stdout,
        stderr,
    )
}
