//! `cargo xtask man`: manual pages in every language, from the same localized clap definition as
//! `--help` (clap_mangen). clap_mangen writes some section headings in English (NAME, SYNOPSIS,
//! DESCRIPTION, EXTRA, VERSION); those sections are rendered here under the locale's headings,
//! and EXAMPLES, EXIT STATUS and SEE ALSO are added.

use std::path::{Path, PathBuf};

use clap::Command;
use clap_mangen::Man;
use roff::{bold, roman, Roff};
use rolecall_i18n::{ids, Plain, Messages, LOCALES};

/// A page: its file name (`rolecall-check.1`) and its roff source.
pub type Page = (String, String);

/// The lines roff writes before every rendered section (an apostrophe string for groff).
const PREAMBLE: [&str; 2] = [".ie \\n(.g .ds Aq \\(aq", ".el .ds Aq '"];

/// Renders a section with clap_mangen and drops the English `.SH` line it starts with (and the
/// preamble, written once at the top of the page).
fn section(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut buf = Vec::new();
    let _ = render(&mut buf);
    let text = String::from_utf8_lossy(&buf).into_owned();
    let mut out = String::new();
    let mut dropped = false;
    for line in text.lines().filter(|l| !PREAMBLE.contains(l)) {
        if !dropped && line.starts_with(".SH ") {
            dropped = true;
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn heading(m: &Messages, id: Plain) -> String {
    let mut r = Roff::new();
    r.control("SH", [m.get(id).as_str()]);
    r.to_roff()
}

/// The pages of one command and, recursively, of its subcommands.
fn pages_of(m: &Messages, cmd: &Command, path: &[String], out: &mut Vec<Page>) {
    let name = path.join("-");
    let usage_name = path.join(" ");
    let subs: Vec<&Command> = cmd.get_subcommands().filter(|s| !s.is_hide_set()).collect();
    let cmd_id = if path.len() == 1 { "rolecall".to_owned() } else { path[1..].join("-") };
    let page_cmd = cmd.clone().display_name(name.clone()).bin_name(usage_name);
    let man = Man::new(page_cmd.clone())
        .title(name.to_uppercase())
        .section("1")
        .source(format!("rolecall {}", env!("CARGO_PKG_VERSION")))
        .manual(m.get(ids::MAN_MANUAL))
        .date(rolecall_mock::now_iso8601().get(..10).unwrap_or_default());

    let mut page = PREAMBLE.join("\n") + "\n";
    page.push_str(&section(|w| man.render_title(w)));
    if matches!(m.locale(), "ja" | "zh-TW" | "zh-CN") {
        // Lines of Japanese and Chinese break between characters, not at spaces: no
        // justification by stretching spaces, no hyphenation.
        page.push_str(".ad l\n.nh\n");
    }
    page.push_str(&heading(m, ids::MAN_NAME));
    page.push_str(&section(|w| man.render_name_section(w)));
    page.push_str(&heading(m, ids::MAN_SYNOPSIS));
    page.push_str(&section(|w| man.render_synopsis_section(w)));
    page.push_str(&heading(m, ids::MAN_DESCRIPTION));
    page.push_str(&section(|w| man.render_description_section(w)));
    // The option sections carry the localized help headings of the definition.
    let keep = |render: &dyn Fn(&mut Vec<u8>) -> std::io::Result<()>| {
        let mut buf = Vec::new();
        let _ = render(&mut buf);
        // Headings in capitals, as clap_mangen writes those of the options.
        String::from_utf8_lossy(&buf)
            .lines()
            .filter(|l| !PREAMBLE.contains(l))
            .map(|l| if l.starts_with(".SH ") { format!("{}\n", l.to_uppercase()) } else { format!("{l}\n") })
            .collect::<String>()
    };
    page.push_str(&keep(&|w| man.render_options_section(w)));
    if !subs.is_empty() {
        page.push_str(&keep(&|w| man.render_subcommands_section(w)));
    }

    let mut r = Roff::new();
    if let Some(key) = rolecall_cli::words::examples(&cmd_id) {
        r.control("SH", [m.get(ids::MAN_EXAMPLES).as_str()]);
        r.control("nf", []);
        for line in m.get(key).lines() {
            r.text([roman(line)]);
        }
        r.control("fi", []);
    }
    r.control("SH", [m.get(ids::MAN_EXIT_STATUS).as_str()]);
    for e in rolecall_cli::ExitStatus::ALL {
        r.control("TP", []);
        r.text([bold(e.code().to_string())]);
        r.text([roman(m.get(rolecall_cli::words::exit(e)))]);
    }
    r.control("SH", [m.get(ids::MAN_VERSION).as_str()]);
    r.text([roman(env!("CARGO_PKG_VERSION"))]);
    let mut see: Vec<String> = Vec::new();
    if path.len() > 1 {
        see.push(format!("{}(1)", path[..path.len() - 1].join("-")));
    }
    see.extend(subs.iter().map(|s| format!("{name}-{}(1)", s.get_name())));
    if !see.is_empty() {
        r.control("SH", [m.get(ids::MAN_SEE_ALSO).as_str()]);
        r.text([bold(see.join(", "))]);
    }
    page.push_str(&r.to_roff());
    out.push((format!("{name}.1"), page));

    for sub in subs {
        let mut p = path.to_vec();
        p.push(sub.get_name().to_owned());
        pages_of(m, sub, &p, out);
    }
}

/// Every page in one language.
pub fn pages(locale: &str) -> Vec<Page> {
    let m = Messages::with_book(locale);
    let mut cmd = rolecall_cli::command(&m);
    // Building spreads the global options to every subcommand, as the parser sees them.
    cmd.build();
    let mut out = Vec::new();
    pages_of(&m, &cmd, &["rolecall".to_owned()], &mut out);
    out
}

/// Writes `target/man/<lang>/*.1` for every language; returns the directories.
pub fn write(out: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut dirs = Vec::new();
    for locale in LOCALES {
        let dir = out.join(locale);
        if dir.exists() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        for (file, text) in pages(locale) {
            std::fs::write(dir.join(file), text)?;
        }
        dirs.push(dir);
    }
    Ok(dirs)
}
