//! The `rolecall` binary.

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(code) = rolecall_cli::complete(&args, &rolecall_cli::ProcessEnv) {
        std::process::exit(code.code());
    }
    let code = rolecall_cli::run(args, &rolecall_cli::ProcessEnv);
    std::process::exit(code.code());
}
