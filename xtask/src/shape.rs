//! The shape of a JSON output, for the book, read from its JSON Schema: TypeScript's notation
//! (`string`, `"a" | "b"`, `[T]`, `key?:` for a key that may be absent), which needs no words
//! in any language.

use serde_json::{Map, Value};

/// How many values of an enumeration are shown before `…`.
const SHOWN: usize = 8;

/// The shape of the values a schema describes. An object defined once and used in several
/// places (a finding) is shown by its name, and defined after the shape (`type Name = ...`).
pub fn render(schema: &Value) -> String {
    // Cannot hide a failure: a schema without `$defs` defines nothing to show.
    let defs = schema.get("$defs").and_then(Value::as_object).cloned().unwrap_or_default();
    let text = schema.to_string();
    let named = defs
        .iter()
        .filter(|(name, d)| d.get("properties").is_some() && text.matches(&format!("\"#/$defs/{name}\"")).count() > 1)
        .map(|(name, _)| name.clone())
        .collect();
    let shape = Shape { defs, named, used: std::cell::RefCell::new(Vec::new()) };
    let mut out = shape.of(schema, 0);
    let mut done = 0;
    while done < shape.used.borrow().len() {
        let name = shape.used.borrow()[done].clone();
        let def = shape.defs.get(&name).cloned().unwrap_or_else(|| panic!("the schema uses $defs/{name} and does not define it"));
        out.push_str(&format!("\n\ntype {name} = {}", shape.body(&def, 0)));
        done += 1;
    }
    out
}

struct Shape {
    defs: Map<String, Value>,
    /// The definitions shown by name.
    named: Vec<String>,
    /// The named definitions the shape uses, in the order they are first used.
    used: std::cell::RefCell<Vec<String>>,
}

fn indent(level: usize) -> String {
    "  ".repeat(level)
}

impl Shape {
    /// The definition a `$ref` names.
    fn resolve<'a>(&'a self, s: &'a Value) -> &'a Value {
        match s.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
            Some(name) => self.defs.get(name).map_or(s, |d| self.resolve(d)),
            None => s,
        }
    }

    /// The string values a schema allows, when it is an enumeration (or a union of them).
    fn strings(&self, s: &Value) -> Option<Vec<String>> {
        let s = self.resolve(s);
        if let Some(c) = s.get("const").and_then(Value::as_str) {
            return Some(vec![c.to_owned()]);
        }
        if let Some(e) = s.get("enum").and_then(Value::as_array) {
            return e.iter().map(|v| v.as_str().map(str::to_owned)).collect();
        }
        let alternatives = s.get("oneOf").or_else(|| s.get("anyOf")).and_then(Value::as_array)?;
        let mut out = Vec::new();
        for a in alternatives {
            out.extend(self.strings(a)?);
        }
        Some(out)
    }

    fn of(&self, s: &Value, level: usize) -> String {
        if let Some(name) = s.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")).filter(|n| self.named.iter().any(|m| m == n)) {
            if !self.used.borrow().iter().any(|u| u == name) {
                self.used.borrow_mut().push(name.to_owned());
            }
            return name.to_owned();
        }
        self.body(s, level)
    }

    /// The shape itself, never by name.
    fn body(&self, s: &Value, level: usize) -> String {
        let s = self.resolve(s);
        if let Some(values) = self.strings(s) {
            let mut shown: Vec<String> = values.iter().take(SHOWN).map(|v| format!("{v:?}")).collect();
            if values.len() > SHOWN {
                shown.push("…".to_owned());
            }
            return shown.join(" | ");
        }
        if let Some(alternatives) = s.get("anyOf").or_else(|| s.get("oneOf")).and_then(Value::as_array).filter(|_| s.get("properties").is_none()) {
            let parts: Vec<String> = alternatives.iter().map(|a| self.of(a, level)).collect();
            return parts.join(" | ");
        }
        match s.get("type") {
            // Cannot hide a failure: JSON Schema's types are strings.
            Some(Value::Array(types)) => types.iter().map(|t| self.of_type(s, t.as_str().unwrap_or_default(), level)).collect::<Vec<_>>().join(" | "),
            Some(Value::String(t)) => self.of_type(s, t, level),
            _ => "any".to_owned(),
        }
    }

    fn of_type(&self, s: &Value, t: &str, level: usize) -> String {
        match t {
            "object" => self.object(s, level),
            "array" => match s.get("items") {
                Some(items) => {
                    let inner = self.of(items, level);
                    let one_object = inner.starts_with('{') && inner.ends_with('}');
                    if !one_object && inner.contains(" | ") || inner.ends_with(')') {
                        format!("({inner})[]")
                    } else {
                        format!("{inner}[]")
                    }
                }
                None => "any[]".to_owned(),
            },
            "integer" | "number" => "number".to_owned(),
            other => other.to_owned(),
        }
    }

    fn object(&self, s: &Value, level: usize) -> String {
        let Some(props) = s.get("properties").and_then(Value::as_object) else {
            return match s.get("additionalProperties") {
                Some(v @ Value::Object(_)) => format!("{{ [name: string]: {} }}", self.of(v, level)),
                // Any JSON object: a policy document.
                _ => "{ … }".to_owned(),
            };
        };
        // Cannot hide a failure: without `required`, no property is required (JSON Schema).
        let required: Vec<&str> = s.get("required").and_then(Value::as_array).map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        let mut lines = vec!["{".to_owned()];
        let n = props.len();
        for (i, (key, value)) in props.iter().enumerate() {
            let optional = if required.contains(&key.as_str()) { "" } else { "?" };
            let comma = if i + 1 < n { "," } else { "" };
            lines.push(format!("{}{key:?}{optional}: {}{comma}", indent(level + 1), self.of(value, level + 1)));
        }
        lines.push(format!("{}}}", indent(level)));
        // A flattened enumeration (an action and its parameters): one of its alternatives too.
        if let Some(alternatives) = s.get("oneOf").and_then(Value::as_array) {
            let last = lines.len() - 1;
            lines[last].push_str(" & (");
            lines.extend(alternatives.iter().map(|a| format!("{}| {}", indent(level + 1), self.inline(a))));
            lines.push(format!("{})", indent(level)));
        }
        lines.join("\n")
    }

    /// An object on one line: `{ "key": type, ... }`.
    fn inline(&self, s: &Value) -> String {
        let s = self.resolve(s);
        // Cannot hide a failure: without `properties`, the object has none to show.
        let props = s.get("properties").and_then(Value::as_object).cloned().unwrap_or_default();
        let fields: Vec<String> = props.iter().map(|(k, v)| format!("{k:?}: {}", self.of(v, 0))).collect();
        format!("{{ {} }}", fields.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_read_like_typescript() {
        let schema = serde_json::json!({
            "type": "object",
            "properties": {
                "kind": { "$ref": "#/$defs/Kind" },
                "n": { "type": "integer" },
                "maybe": { "type": ["string", "null"] },
                "list": { "type": "array", "items": { "type": "string" } },
                "args": { "type": "object", "additionalProperties": { "type": "string" } }
            },
            "required": ["kind", "n", "maybe", "list"],
            "$defs": { "Kind": { "oneOf": [{ "const": "a" }, { "const": "b" }] } }
        });
        assert_eq!(render(&schema), "{\n  \"kind\": \"a\" | \"b\",\n  \"n\": number,\n  \"maybe\": string | null,\n  \"list\": string[],\n  \"args\"?: { [name: string]: string }\n}");
    }
}
