//! Loads and checks one study many times in one process, as a run over a portfolio of
//! studies does, and prints the time per study: for profiling (`perf record`) and for the
//! README's figure of one Ujjain-size study.
//!
//! ```text
//! cargo run --release --example load_check -- studies/ujjain-plastic.yaml 500 [--appraise]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use cdstudy::scheme::{appraise, Catalog};
use cdstudy::{check, store};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next().map(PathBuf::from) else {
        eprintln!("usage: load_check STUDY.yaml [TIMES] [--appraise]");
        return ExitCode::FAILURE;
    };
    let rest: Vec<String> = args.collect();
    let times: usize = rest.iter().find_map(|a| a.parse().ok()).unwrap_or(100);
    let with_appraisal = rest.iter().any(|a| a == "--appraise");
    let catalog = match Catalog::builtin() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("the built-in schemes: {e}");
            return ExitCode::FAILURE;
        }
    };
    let start = Instant::now();
    let mut findings = 0;
    for _ in 0..times {
        let loaded = match store::load_for_reading(&path) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        };
        let report = check::check(&loaded.study);
        findings += report.findings.len();
        if with_appraisal {
            if let Some(scheme) = catalog.get(&loaded.study.meta.scheme) {
                std::hint::black_box(appraise(&loaded.study, scheme));
            }
        }
    }
    let per = start.elapsed().as_secs_f64() * 1000.0 / times as f64;
    println!(
        "{times} × load + check{}: {per:.3} ms per study ({} findings each)",
        if with_appraisal { " + appraise" } else { "" },
        findings / times.max(1)
    );
    ExitCode::SUCCESS
}
