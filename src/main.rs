//! The `cdstudy` command: parses the command line, runs the command, maps the outcome to an
//! exit code (0 fine, 1 the study has errors or would change, 2 the file or the usage is
//! wrong). Everything it does is a call into the library.

mod cli;
mod tui;

fn main() -> std::process::ExitCode {
    cli::run()
}
