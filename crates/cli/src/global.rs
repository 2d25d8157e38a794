//! The process environment and the global flags, read and validated once for every command.

use std::io::IsTerminal;
use std::path::PathBuf;

use rolecall_core::input::{Field, InputError, Rule};

use crate::exit::Failure;
use crate::flags::{self, Args};

/// The process environment, as the CLI sees it (injectable for tests).
pub trait Env {
    fn var(&self, key: &str) -> Option<String>;
}

/// The real environment.
#[derive(Debug)]
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, key: &str) -> Option<String> {
        std::env::var(key).ok()
    }
}

/// `--backend`: which backend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    Aws,
    Mock,
}

/// `--output`: text for terminals, one JSON object, or JSON objects one to a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    Text,
    Json,
    JsonLines,
}

impl Output {
    pub fn is_json(self) -> bool {
        self != Output::Text
    }
}

/// Whether text is colored (on a terminal, unless `--no-color` or `NO_COLOR`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Colored,
}

/// Global options, validated.
#[derive(Debug, Clone)]
pub struct Global {
    pub output: Output,
    pub backend: BackendKind,
    pub state: Option<PathBuf>,
    pub profile: Option<String>,
    pub region: Option<String>,
    pub endpoint_url: Option<String>,
    pub style: Style,
    pub verbose: u8,
    pub read_timeout: Option<std::time::Duration>,
    pub connect_timeout: Option<std::time::Duration>,
    pub operation_timeout: Option<std::time::Duration>,
}

/// A timeout flag, in seconds.
fn timeout_flag(a: &Args<'_>, flag: flags::Number) -> Result<Option<std::time::Duration>, InputError> {
    Ok(a.number(flag)?.map(std::time::Duration::from_secs))
}

/// Reads and validates the global flags.
pub fn global(a: &Args<'_>, env: &dyn Env) -> Result<Global, Failure> {
    let output = match a.value(flags::OUTPUT) {
        None | Some("text") => Output::Text,
        Some("json") => Output::Json,
        Some("jsonl") => Output::JsonLines,
        Some(other) => return Err(InputError::new(Field::Output, other, Rule::OneOf(flags::OUTPUTS.to_vec())).into()),
    };
    let backend = match a.value(flags::BACKEND).map(str::to_owned).or_else(|| env.var("ROLECALL_BACKEND")).as_deref() {
        None | Some("aws") => BackendKind::Aws,
        Some("mock") => BackendKind::Mock,
        Some(other) => return Err(InputError::new(Field::Backend, other, Rule::OneOf(flags::BACKENDS.to_vec())).into()),
    };
    let endpoint_url = a.value(flags::ENDPOINT_URL).map(str::to_owned);
    if let Some(u) = &endpoint_url {
        let ok = (u.starts_with("http://") || u.starts_with("https://")) && u.len() > "https://".len() && !u.contains(char::is_whitespace);
        if !ok {
            return Err(InputError::new(Field::EndpointUrl, u, Rule::Url).into());
        }
    }
    let region = a.value(flags::REGION).map(str::to_owned);
    if let Some(r) = &region {
        rolecall_core::input::Region::parse(r)?;
    }
    let no_color = a.switch(flags::NO_COLOR) || env.var("NO_COLOR").is_some_and(|v| !v.is_empty());
    let colored = !no_color && !output.is_json() && std::io::stdout().is_terminal();
    Ok(Global {
        output,
        backend,
        state: a.value(flags::STATE).map(PathBuf::from),
        profile: a.value(flags::PROFILE).map(str::to_owned),
        region,
        endpoint_url,
        style: if colored { Style::Colored } else { Style::Plain },
        verbose: a.count(flags::VERBOSE),
        read_timeout: timeout_flag(a, flags::CLI_READ_TIMEOUT)?,
        connect_timeout: timeout_flag(a, flags::CLI_CONNECT_TIMEOUT)?,
        operation_timeout: timeout_flag(a, flags::OPERATION_TIMEOUT)?,
    })
}
