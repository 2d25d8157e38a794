//! The diagram that opens each role chapter: an SVG drawn from the model, with the locale's
//! labels. From the top: who assumes the role (the service principal and, for Fargate, the
//! `aws:SourceArn` patterns it is limited to), the role (with its instance profile beside it when
//! it has one), and its policies, the optional ones dashed with the flag that adds them.

use std::fmt::Write as _;

use rolecall_core::role::{Desired, Permission};
use rolecall_i18n::{ids, Messages};
use unicode_width::UnicodeWidthStr;

const FONT: &str = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK JP', 'Noto Sans CJK SC', 'Noto Sans CJK TC', sans-serif";
const MONO: &str = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono', monospace";
/// Width of one terminal column of text, in pixels, at the sizes used (a generous estimate, so
/// that text stays inside its box whatever font the reader has).
const COL_CAPTION: f64 = 7.0;
const COL_NAME: f64 = 8.6;
const PAD: f64 = 14.0;
const GAP: f64 = 56.0;
const MARGIN: f64 = 20.0;

/// One line of text in a box.
struct Line {
    text: String,
    mono: bool,
    strong: bool,
}

impl Line {
    fn caption(text: String) -> Line {
        Line { text, mono: false, strong: false }
    }

    fn name(text: &str) -> Line {
        Line { text: text.to_owned(), mono: true, strong: true }
    }

    fn code(text: &str) -> Line {
        Line { text: text.to_owned(), mono: true, strong: false }
    }

    fn width(&self) -> f64 {
        self.text.width() as f64 * if self.mono { COL_NAME } else { COL_CAPTION }
    }

    fn height(&self) -> f64 {
        if self.mono {
            20.0
        } else {
            18.0
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Principal,
    Role,
    Profile,
    Policy,
    Optional,
}

struct Card {
    lines: Vec<Line>,
    style: Style,
}

impl Card {
    fn width(&self) -> f64 {
        self.lines.iter().map(Line::width).fold(0.0, f64::max) + 2.0 * PAD
    }

    fn height(&self) -> f64 {
        self.lines.iter().map(Line::height).sum::<f64>() + 2.0 * PAD - 4.0
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn draw_card(out: &mut String, c: &Card, x: f64, y: f64, w: f64) {
    let (fill, stroke, dash) = match c.style {
        Style::Principal => ("#fff4e5", "#c77700", ""),
        Style::Role => ("#e8f1fb", "#1f5fa8", ""),
        Style::Profile => ("#eef7ee", "#2e7d32", ""),
        Style::Policy => ("#f5f5f5", "#616161", ""),
        Style::Optional => ("#ffffff", "#8a8a8a", " stroke-dasharray=\"6 4\""),
    };
    let _ = writeln!(
        out,
        "  <rect x=\"{x:.0}\" y=\"{y:.0}\" width=\"{w:.0}\" height=\"{:.0}\" rx=\"8\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.5\"{dash}/>",
        c.height()
    );
    let mut ty = y + PAD;
    for l in &c.lines {
        ty += l.height() - 4.0;
        let class = match (l.mono, l.strong) {
            (true, true) => "name",
            (true, false) => "code",
            _ => "caption",
        };
        let _ = writeln!(out, "  <text x=\"{:.0}\" y=\"{ty:.0}\" class=\"{class}\">{}</text>", x + PAD, esc(&l.text));
        ty += 4.0;
    }
}

fn arrow_down(out: &mut String, x: f64, y1: f64, y2: f64, label: &str) {
    let _ = writeln!(out, "  <line x1=\"{x:.0}\" y1=\"{y1:.0}\" x2=\"{x:.0}\" y2=\"{:.0}\" class=\"edge\" marker-end=\"url(#head)\"/>", y2 - 2.0);
    let _ = writeln!(out, "  <text x=\"{:.0}\" y=\"{:.0}\" class=\"label\">{}</text>", x + 10.0, (y1 + y2) / 2.0 + 5.0, esc(label));
}

/// The flag that asks for a permission.
fn flag_of(p: Permission) -> String {
    match p {
        Permission::CniIpv4 | Permission::CniIpv6 => format!("--cni {}", p.flag_value()),
        _ => format!("--with {}", p.flag_value()),
    }
}

/// What a permission adds to the base definition: its policies, as cards.
fn optional_cards(m: &Messages, base: &Desired, with: &[(Permission, Desired)]) -> Vec<Card> {
    let mut cards = Vec::new();
    for (p, d) in with {
        let flag = flag_of(*p);
        let optional = m.text(ids::BookDiagramOptional { flag: &flag });
        for c in d.customer_managed_policies.iter().filter(|c| !base.customer_managed_policies.contains(c)) {
            cards.push(Card { lines: vec![Line::caption(format!("{} · {optional}", m.get(ids::BOOK_DIAGRAM_CUSTOMER_MANAGED))), Line::name(&c.name)], style: Style::Optional });
        }
        let customer_arns: Vec<&str> = d.customer_managed_policies.iter().filter_map(|c| c.arn.as_deref()).collect();
        for arn in d.managed_policy_arns.iter().filter(|a| !base.managed_policy_arns.contains(a) && !customer_arns.contains(&a.as_str())) {
            let name = arn.rsplit('/').next().unwrap_or(arn);
            cards.push(Card { lines: vec![Line::caption(format!("{} · {optional}", m.get(ids::BOOK_DIAGRAM_AWS_MANAGED))), Line::name(name)], style: Style::Optional });
        }
        for i in d.inline_policies.iter().filter(|i| !base.inline_policies.contains(i)) {
            cards.push(Card { lines: vec![Line::caption(format!("{} · {optional}", m.get(ids::BOOK_DIAGRAM_INLINE))), Line::name(&i.name)], style: Style::Optional });
        }
    }
    cards
}

/// The diagram of a role: `base` as the guide defines it, `with` each optional permission added.
pub fn svg(m: &Messages, role_label: &str, base: &Desired, with: &[(Permission, Desired)]) -> String {
    let mut principal = vec![Line::caption(m.get(ids::BOOK_DIAGRAM_PRINCIPAL))];
    // The trust policy's service principals and conditions, as the document has them.
    let values = |v: &serde_json::Value| -> Vec<String> {
        match v {
            serde_json::Value::String(s) => vec![s.clone()],
            serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect(),
            _ => Vec::new(),
        }
    };
    let trust = base.trust.to_value();
    for st in trust["Statement"].as_array().into_iter().flatten() {
        principal.extend(values(&st["Principal"]["Service"]).iter().map(|p| Line::name(p)));
        for (operator, keys) in st["Condition"].as_object().into_iter().flatten() {
            for (key, v) in keys.as_object().into_iter().flatten() {
                principal.push(Line::caption(m.text(ids::BookDiagramCondition { key, operator })));
                principal.extend(values(v).iter().map(|a| Line::code(a)));
            }
        }
    }
    let principal = Card { lines: principal, style: Style::Principal };
    let role = Card {
        lines: vec![Line::caption(m.get(ids::BOOK_DIAGRAM_ROLE)), Line::name(base.role_name.as_str()), Line::caption(format!("{} {}", m.get(ids::BOOK_DIAGRAM_PATH), base.path))],
        style: Style::Role,
    };
    let profile = base.instance_profile.as_ref().map(|p| Card { lines: vec![Line::caption(m.get(ids::BOOK_DIAGRAM_PROFILE)), Line::name(p.as_str())], style: Style::Profile });
    let customer_arns: Vec<&str> = base.customer_managed_policies.iter().filter_map(|c| c.arn.as_deref()).collect();
    let mut policies: Vec<Card> = base
        .managed_policy_arns
        .iter()
        .filter(|a| !customer_arns.contains(&a.as_str()))
        .map(|a| {
            let name = a.rsplit('/').next().unwrap_or(a);
            let mut lines = vec![Line::caption(m.get(ids::BOOK_DIAGRAM_AWS_MANAGED)), Line::name(name)];
            // Optional permissions this policy already grants: asking for them adds nothing.
            for (p, d) in with {
                if d.covered.iter().any(|(q, by)| q == p && by.name == name) {
                    lines.push(Line::caption(m.text(ids::BookDiagramCovers { flag: flag_of(*p) })));
                }
            }
            Card { lines, style: Style::Policy }
        })
        .collect();
    policies.extend(base.customer_managed_policies.iter().map(|c| Card { lines: vec![Line::caption(m.get(ids::BOOK_DIAGRAM_CUSTOMER_MANAGED)), Line::name(&c.name)], style: Style::Policy }));
    policies.extend(base.inline_policies.iter().map(|c| Card { lines: vec![Line::caption(m.get(ids::BOOK_DIAGRAM_INLINE)), Line::name(&c.name)], style: Style::Policy }));
    policies.extend(optional_cards(m, base, with));

    // One column, the instance profile to the right of the role.
    let contains = m.get(ids::BOOK_DIAGRAM_CONTAINS);
    let col = [principal.width(), role.width()].into_iter().chain(policies.iter().map(Card::width)).fold(320.0_f64, f64::max);
    let side = profile.as_ref().map_or(0.0, |p| p.width().max(contains.width() as f64 * COL_CAPTION + 24.0) + GAP);
    let width = (2.0 * MARGIN + col + side).ceil();
    let mut body = String::new();
    let x = MARGIN;
    let center = x + col / 2.0;
    let mut y = MARGIN;
    draw_card(&mut body, &principal, x, y, col);
    y += principal.height();
    arrow_down(&mut body, center, y, y + GAP, &m.get(ids::BOOK_DIAGRAM_ASSUMES));
    y += GAP;
    draw_card(&mut body, &role, x, y, col);
    if let Some(p) = &profile {
        let px = x + col + GAP;
        let pw = side - GAP;
        draw_card(&mut body, p, px, y, pw);
        let my = y + role.height().min(p.height()) / 2.0;
        let _ = writeln!(body, "  <line x1=\"{px:.0}\" y1=\"{my:.0}\" x2=\"{:.0}\" y2=\"{my:.0}\" class=\"edge\" marker-end=\"url(#head)\"/>", x + col + 2.0);
        let _ = writeln!(body, "  <text x=\"{px:.0}\" y=\"{:.0}\" class=\"label\">{}</text>", y + p.height() + 18.0, esc(&contains));
    }
    y += role.height().max(profile.as_ref().map_or(0.0, |p| p.height() + 24.0));
    if !policies.is_empty() {
        arrow_down(&mut body, center, y, y + GAP, &m.get(ids::BOOK_DIAGRAM_POLICIES));
        y += GAP;
        for (i, c) in policies.iter().enumerate() {
            if i > 0 {
                y += 10.0;
            }
            draw_card(&mut body, c, x, y, col);
            y += c.height();
        }
    }
    let height = (y + MARGIN).ceil();
    let title = m.text(ids::BookDiagramTitle { role: role_label });
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" role="img" aria-labelledby="title">
  <!-- Generated by `cargo xtask book` from the role model and locales/; do not edit. -->
  <title id="title">{}</title>
  <style>
    text {{ font-family: {FONT}; fill: #1b1b1b; }}
    .caption {{ font-size: 12px; fill: #555555; }}
    .name {{ font-family: {MONO}; font-size: 14px; font-weight: 600; }}
    .code {{ font-family: {MONO}; font-size: 12.5px; }}
    .label {{ font-size: 12px; fill: #333333; font-style: italic; }}
    .edge {{ stroke: #444444; stroke-width: 1.5; }}
  </style>
  <defs>
    <marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
      <path d="M 0 0 L 10 5 L 0 10 z" fill="#444444"/>
    </marker>
  </defs>
  <rect width="100%" height="100%" rx="10" fill="#ffffff"/>
{body}</svg>
"##,
        esc(&title)
    )
}
