//! `rolecall lint FILE`: the policy documents and `aws iam` commands in a text, each finding at
//! its line.

use std::io::{Read, Write};

use rolecall_core::finding::Severity;
use rolecall_core::lint::text::lint_text;
use rolecall_core::lint::{DocKind, MAX_TEXT_BYTES};
use rolecall_policy::document::MAX_DOCUMENT_BYTES;
use rolecall_i18n::ids;

use crate::exit::{ExitStatus, Failure, Usage};
use crate::flags::{self, Args};
use crate::render::Out;

/// Reads at most `limit` bytes; `None` when there is more.
fn read_at_most(r: impl Read, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    r.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= limit).then_some(bytes))
}

pub fn run(a: &Args<'_>, out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    let file = a.positional(flags::FILE).to_owned();
    let read = if file == "-" { read_at_most(std::io::stdin().lock(), MAX_TEXT_BYTES) } else { std::fs::File::open(&file).and_then(|f| read_at_most(f, MAX_TEXT_BYTES)) };
    let read = read.and_then(|b| match b {
        Some(b) => String::from_utf8(b).map(Some).map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidData)),
        None => Ok(None),
    });
    let text = match read {
        Ok(Some(text)) => text,
        Ok(None) => return Err(Failure::Usage(Usage::LintTooLarge { file, limit: MAX_TEXT_BYTES >> 20 })),
        Err(e) => {
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => ids::IO_NOT_FOUND,
                std::io::ErrorKind::PermissionDenied => ids::IO_PERMISSION_DENIED,
                std::io::ErrorKind::InvalidData => ids::IO_NOT_TEXT,
                _ => ids::IO_OTHER,
            };
            return Err(Failure::Usage(Usage::ReadFile { file, reason }));
        }
    };
    let force = if a.switch(flags::TRUST) {
        Some(DocKind::Trust)
    } else if a.switch(flags::PERMISSIONS) {
        Some(DocKind::Identity)
    } else {
        None
    };
    let report = lint_text(&text, force);
    // A file that is one policy document over the bound is bad input; a document over it inside
    // a longer text is a finding of that document, and the rest is linted.
    if report.whole.is_some() && text.len() > MAX_DOCUMENT_BYTES {
        return Err(Failure::Usage(Usage::DocumentTooLarge { file, size: text.len(), limit: MAX_DOCUMENT_BYTES }));
    }
    out.emit(&out.lint(&file, &report))?;
    let fails = report.findings.iter().any(|l| l.finding.severity() > Severity::Info);
    let _ = std::io::stdout().flush();
    Ok(if fails { ExitStatus::Findings } else { ExitStatus::Ok })
}
