//! The `cdstudy` command: parses the command line, runs the command, maps the outcome to an
//! exit code (0 fine, 1 the study has errors or would change, 2 the file or the usage is
//! wrong). Everything it does is a call into the library.

// No unwrap, expect or panic on user data or I/O: the rule holds by the compiler, not by
// discipline. Only the library and the program are held to it: with `cfg(test)` their unit
// tests may unwrap and panic, and the integration tests, benches and examples are crates
// of their own, outside the rule.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod cli;

/// The terminal UI lives in the library (`cdstudy::tui`, where its benchmark can reach it);
/// the program only tells the person how a session ended.
mod tui {
    use std::path::Path;

    use cdstudy::assets::Assets;
    use cdstudy::i18n::Messages;
    use cdstudy::tui::Ended;

    /// `cdstudy FILE`. Returns false when the study could not be opened.
    pub fn edit(path: &Path, workspace: Assets, messages: &Messages) -> bool {
        report(cdstudy::tui::edit(path, workspace, messages), messages)
    }

    /// `cdstudy` alone: the start screen.
    pub fn start(workspace: Assets, messages: &Messages) -> bool {
        report(cdstudy::tui::start(workspace, messages), messages)
    }

    fn report(result: Result<Ended, String>, messages: &Messages) -> bool {
        match result {
            Ok(Ended::Quit) => true,
            Ok(Ended::KeptIn(path)) => {
                let said = messages.phrase(&cdstudy::phrase!(
                    "the study was NOT saved to its file; your changes are in {file}",
                    file = path.display().to_string()
                ));
                crate::cli::emit_err(&format!("cdstudy: {said}\n"));
                true
            }
            Err(e) => {
                crate::cli::emit_err(&format!("{e}\n"));
                false
            }
        }
    }
}

fn main() -> std::process::ExitCode {
    restore_sigpipe();
    cli::run()
}

/// `cdstudy check ... | head` should stop quietly when `head` has read enough, as other
/// command-line tools do; Rust ignores SIGPIPE by default, which turns it into a panic.
#[cfg(unix)]
fn restore_sigpipe() {
    // SAFETY: called once at start-up, before any thread exists; it only resets the
    // disposition of SIGPIPE to the system default.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn restore_sigpipe() {}
