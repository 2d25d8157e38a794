//! `rolecall roles`: the role kinds rolecall knows.

use crate::exit::ExitStatus;
use crate::render::Out;

pub fn run(out: &mut Out<'_>) -> ExitStatus {
    out.emit(&out.roles());
    ExitStatus::Ok
}
