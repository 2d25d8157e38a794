//! The `rolecall` binary.

fn main() {
    let code = rolecall_cli::run(std::env::args_os().collect(), &rolecall_cli::ProcessEnv);
    std::process::exit(code);
}
