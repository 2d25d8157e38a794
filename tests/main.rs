//! rolecall's integration tests, as one test binary (ripgrep's layout): the binary end to end on
//! the mock backend, through the AWS backend against a mocked IAM endpoint, over `mock serve`'s
//! socket, in every locale, against the book, the lint fixtures and the exported templates. No
//! test touches real AWS.

#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

mod util;

mod aws;
mod book;
mod cli;
mod export;
mod i18n;
mod lint;
mod schema;
mod serve;
