//! How a run ends: its exit status, and why a command could not finish.

use rolecall_core::backend::IamError;
use rolecall_core::input::InputError;
use rolecall_i18n::ids;

/// Exit statuses, stable for pipelines (the book's table is made from [`ExitStatus::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// Success: the role does its job, the plan ran, the document is clean.
    Ok = 0,
    /// Findings: an error (or with `--strict`, a warning), or a plan that could not finish safely.
    Findings = 1,
    /// Bad input: nothing was sent to IAM and nothing written.
    Usage = 2,
    /// The backend failed: credentials, access, network, IAM errors after retries, state file I/O.
    Backend = 3,
}

impl ExitStatus {
    /// Every status, in order.
    pub const ALL: [ExitStatus; 4] = [ExitStatus::Ok, ExitStatus::Findings, ExitStatus::Usage, ExitStatus::Backend];

    /// The process's exit code.
    pub fn code(self) -> i32 {
        self as i32
    }

    /// The message that explains it in the book.
    pub fn book_message(self) -> rolecall_i18n::Plain {
        match self {
            ExitStatus::Ok => ids::BOOK_EXIT_0,
            ExitStatus::Findings => ids::BOOK_EXIT_1,
            ExitStatus::Usage => ids::BOOK_EXIT_2,
            ExitStatus::Backend => ids::BOOK_EXIT_3,
        }
    }
}

/// Why a command could not finish.
#[derive(Debug)]
pub enum Failure {
    /// Bad input, with the value and what is allowed.
    Input(InputError),
    /// Bad input that is not one value (a file that cannot be read...).
    Usage(Usage),
    /// The backend failed.
    Backend(IamError),
    /// A report could not be written as JSON (a fault in rolecall): serde_json's words.
    Report(String),
}

impl Failure {
    /// The exit status of a command that failed this way.
    pub fn exit_status(&self) -> ExitStatus {
        match self {
            Failure::Input(_) | Failure::Usage(..) => ExitStatus::Usage,
            Failure::Backend(_) | Failure::Report(_) => ExitStatus::Backend,
        }
    }
}

/// Bad input that is not one value, with the values its message names: file names from outside
/// (escaped when shown), sizes in bytes.
#[derive(Debug)]
pub enum Usage {
    /// `lint`'s file is larger than it reads (`limit` in MiB).
    LintTooLarge { file: String, limit: usize },
    /// A file cannot be read, and why, in rolecall's words.
    ReadFile { file: String, reason: rolecall_i18n::Plain },
    /// `lint`'s text is one document, larger than any policy can be.
    DocumentTooLarge { file: String, size: usize, limit: usize },
    /// The mock's state file would be named like its lock file.
    StateLockName { file: String },
    /// The mock's state path is not a file.
    StateNotAFile { file: String },
}

impl From<InputError> for Failure {
    fn from(e: InputError) -> Self {
        Failure::Input(e)
    }
}

impl From<IamError> for Failure {
    fn from(e: IamError) -> Self {
        Failure::Backend(e)
    }
}
