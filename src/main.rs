//! The `emcee` binary: runs the library and exits with its code.

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(emcee::run(std::env::args_os()) as u8)
}
