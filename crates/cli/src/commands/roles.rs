//! `rolecall roles`: the role kinds rolecall knows.

use crate::exit::{ExitStatus, Failure};
use crate::render::Out;

pub fn run(out: &mut Out<'_>) -> Result<ExitStatus, Failure> {
    out.emit(&out.roles())?;
    Ok(ExitStatus::Ok)
}
