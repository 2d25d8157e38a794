//! Writes [`crate::ids`] from English's `.ftl` files: per message without variables a
//! [`crate::Plain`] constant; per message with variables its [`crate::Id`] constant and a struct
//! whose fields are those variables (the `message!` macro of `lib.rs` expands each). `cargo xtask codegen` writes the file; the test `generated_ids_are_fresh`
//! fails when the committed one differs (and rewrites it, as rust-analyzer's generated files do).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The generated file, relative to the workspace root.
pub const IDS_RS: &str = "crates/i18n/src/ids.rs";

/// One message of English's files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The message's id (`finding-role-missing`).
    pub id: String,
    /// The file it is in (`findings.ftl`).
    pub file: &'static str,
    /// The variables its value and attributes name, sorted.
    pub variables: Vec<String>,
}

fn inline_vars(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } | InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

/// The variables a Fluent pattern names, in its selectors, placeables and function arguments
/// (the locales test uses it too, so both read variables alike).
pub fn pattern_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

/// Every message of English, file by file, in the files' order. Terms (`-role`) are not messages.
pub fn messages() -> Vec<Message> {
    let mut out = Vec::new();
    for (file, src) in crate::sources("en") {
        let Ok(res) = fluent_syntax::parser::parse(*src) else { continue };
        for entry in res.body {
            let Entry::Message(m) = entry else { continue };
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut vars);
            }
            out.push(Message { id: m.id.name.to_owned(), file, variables: vars.into_iter().collect() });
        }
    }
    out
}

/// The constant's name for a message id: `finding-role-missing` is `FINDING_ROLE_MISSING`,
/// `action-CreateRole` is `ACTION_CREATE_ROLE`.
pub fn const_name(id: &str) -> String {
    let mut out = String::new();
    let mut prev: Option<char> = None;
    for c in id.chars() {
        match c {
            '-' | '_' | '.' => out.push('_'),
            c if c.is_ascii_uppercase() => {
                if prev.is_some_and(|p| p.is_ascii_lowercase() || p.is_ascii_digit()) {
                    out.push('_');
                }
                out.push(c);
            }
            c => out.push(c.to_ascii_uppercase()),
        }
        prev = Some(c);
    }
    out
}

/// The struct's name for a message id: `finding-role-missing` is `FindingRoleMissing`.
pub fn struct_name(id: &str) -> String {
    const_name(id)
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_string() + &c.as_str().to_ascii_lowercase()).unwrap_or_default()
        })
        .collect()
}

/// The field's name for a Fluent variable (`source_arn`, `configFile` is `config_file`): a Rust
/// keyword is written raw (`r#type`).
pub fn field_name(var: &str) -> String {
    let snake = const_name(var).to_ascii_lowercase();
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn", "for", "if", "impl", "in", "let",
        "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while",
        "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
    ];
    if KEYWORDS.contains(&snake.as_str()) {
        format!("r#{snake}")
    } else {
        snake
    }
}

/// The type parameter of a variable's field: `source_arn` is `SourceArn`.
fn type_name(var: &str) -> String {
    struct_name(var)
}

/// The text of `ids.rs`.
pub fn ids_rs() -> String {
    let messages = messages();
    let mut s = String::from(
        "//! Every message of `locales/en/`: naming a message English lacks, or giving a message\n\
         //! arguments other than its variables, does not compile. A message without variables is a\n\
         //! [`Plain`] constant (`m.get(ids::VALUE_NONE)`); one with variables has an [`Id`] constant\n\
         //! and a struct whose fields are its variables (`m.text(ids::PlanTitle { role, count })`).\n\
         //! Generated by `cargo xtask codegen` from the `.ftl` files; do not edit. The test\n\
         //! `generated_ids_are_fresh` fails when this file is stale (and rewrites it). Only ids and\n\
         //! variables are here, so that rewording a message leaves this file as it is.\n\n\
         use crate::{Id, Plain};\n",
    );
    let mut file = "";
    for m in &messages {
        if m.file != file {
            file = m.file;
            let _ = write!(s, "\n// {file}\n\n");
        }
        if m.variables.is_empty() {
            let _ = writeln!(s, "pub const {}: Plain = Plain::new({:?});", const_name(&m.id), m.id);
        } else {
            let fields = m.variables.iter().map(|v| format!("{}: {} = {v:?}", field_name(v), type_name(v))).collect::<Vec<_>>().join(", ");
            let _ = writeln!(s, "message!({} = {:?}, {} {{ {fields} }});", const_name(&m.id), m.id, struct_name(&m.id));
        }
    }
    s.push_str("\n/// Every message, in the files' order.\npub const ALL: &[Id] = &[\n");
    for m in &messages {
        let suffix = if m.variables.is_empty() { ".id()" } else { "" };
        let _ = writeln!(s, "    {}{suffix},", const_name(&m.id));
    }
    s.push_str("];\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_names() {
        assert_eq!(const_name("finding-role-missing"), "FINDING_ROLE_MISSING");
        assert_eq!(const_name("action-AddRoleToInstanceProfile"), "ACTION_ADD_ROLE_TO_INSTANCE_PROFILE");
        assert_eq!(const_name("book-exit-0"), "BOOK_EXIT_0");
        assert_eq!(const_name("date"), "DATE");
    }

    #[test]
    fn struct_and_field_names() {
        assert_eq!(struct_name("finding-role-missing"), "FindingRoleMissing");
        assert_eq!(struct_name("action-AddRoleToInstanceProfile"), "ActionAddRoleToInstanceProfile");
        assert_eq!(struct_name("book-exit-0"), "BookExit0");
        assert_eq!(field_name("source_arn"), "source_arn");
        assert_eq!(field_name("configFile"), "config_file");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(type_name("source_arn"), "SourceArn");
    }

    #[test]
    fn constant_names_are_unique() {
        let mut seen = BTreeSet::new();
        for m in messages() {
            assert!(seen.insert(const_name(&m.id)), "{} names a constant twice", m.id);
            if !m.variables.is_empty() {
                assert!(seen.insert(struct_name(&m.id)), "{} names a struct twice", m.id);
                // The module's own names: a struct must not shadow them.
                assert!(!["Id", "Plain", "Msg", "Value"].contains(&struct_name(&m.id).as_str()), "{}", m.id);
            }
            let fields: BTreeSet<String> = m.variables.iter().map(|v| field_name(v)).collect();
            assert_eq!(fields.len(), m.variables.len(), "{}: two variables name one field", m.id);
        }
    }
}
