//! The automaton engine behind symbolic values: glob patterns and [`Lang`] sets as
//! nondeterministic automata, and the search of their product for representative members.

use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};

/// A pattern token after policy variables are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tok {
    Lit(char),
    /// `*`
    Star,
    /// `?`
    One,
}

pub(crate) fn lit_string(toks: &[Tok]) -> String {
    toks.iter()
        .map(|t| match t {
            Tok::Lit(c) => *c,
            Tok::Star => '*',
            Tok::One => '?',
        })
        .collect()
}

/// How a pattern's literal characters and wildcards match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Glob {
    /// `*` and `?` match anything (`StringLike`, and literal values of other operators).
    Plain,
    /// Letters match either case (`StringEqualsIgnoreCase`).
    IgnoreCase,
    /// Part by part: `*` and `?` never cross one of an ARN's first five colons.
    Arn,
    /// A `Resource`/`NotResource` element: part by part like [`Glob::Arn`], except that a
    /// pattern of fewer than six parts that ends with `*` (`*` alone, `arn:aws:s3:*`) matches
    /// on across the colons that follow ("If the `*` wildcard is the last character of a
    /// resource ARN segment, it can expand to match beyond the colon boundaries", IAM JSON
    /// policy elements: Resource).
    Resource,
}

/// A set of characters: the listed ones, or all but the listed ones.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Chars {
    In(Vec<char>),
    NotIn(Vec<char>),
}

impl Chars {
    fn has(&self, c: char) -> bool {
        match self {
            Chars::In(v) => v.contains(&c),
            Chars::NotIn(v) => !v.contains(&c),
        }
    }
    fn listed(&self) -> &[char] {
        match self {
            Chars::In(v) | Chars::NotIn(v) => v,
        }
    }
}

/// A nondeterministic automaton: states `0..=n`, `n` accepting.
#[derive(Debug, Clone)]
pub(crate) struct Nfa {
    /// `(from, chars, to)`.
    edges: Vec<(usize, Chars, usize)>,
    /// `(from, to)` without input.
    eps: Vec<(usize, usize)>,
    accept: usize,
}

impl Nfa {
    /// The automaton of a glob. ARN patterns are matched part by part: `*` and `?` never cross
    /// one of the first five colons, and a pattern of fewer than six parts matches nothing.
    pub(crate) fn build(glob: Glob, toks: &[Tok]) -> Nfa {
        let mut nfa = Nfa { edges: Vec::new(), eps: Vec::new(), accept: 0 };
        let mut state = 0usize;
        let mut colons = 0usize;
        let arn = matches!(glob, Glob::Arn | Glob::Resource);
        let short = toks.iter().filter(|t| **t == Tok::Lit(':')).count() < 5;
        // A short resource pattern's final `*` crosses colons.
        let open_end = glob == Glob::Resource && short && toks.last() == Some(&Tok::Star);
        if arn && short && !open_end {
            // Matches nothing: an accepting state no edge reaches.
            nfa.accept = 1;
            return nfa;
        }
        for (i, t) in toks.iter().enumerate() {
            let last_open = open_end && i + 1 == toks.len();
            let wild = if arn && colons < 5 && !last_open { Chars::NotIn(vec![':']) } else { Chars::NotIn(vec![]) };
            match t {
                Tok::Lit(c) => {
                    let set = if glob == Glob::IgnoreCase {
                        let mut v = vec![*c];
                        v.extend(c.to_lowercase().chain(c.to_uppercase()).filter(|x| x != c));
                        Chars::In(v)
                    } else {
                        Chars::In(vec![*c])
                    };
                    nfa.edges.push((state, set, state + 1));
                    if *c == ':' {
                        colons += 1;
                    }
                }
                Tok::One => nfa.edges.push((state, wild, state + 1)),
                Tok::Star => {
                    nfa.edges.push((state, wild, state));
                    nfa.eps.push((state, state + 1));
                }
            }
            state += 1;
        }
        nfa.accept = state;
        nfa
    }

    fn closure(&self, set: &mut BTreeSet<usize>) {
        let mut stack: Vec<usize> = set.iter().copied().collect();
        while let Some(s) = stack.pop() {
            for &(f, t) in &self.eps {
                if f == s && set.insert(t) {
                    stack.push(t);
                }
            }
        }
    }

    fn start(&self) -> BTreeSet<usize> {
        let mut s = BTreeSet::from([0]);
        self.closure(&mut s);
        s
    }

    fn step(&self, from: &BTreeSet<usize>, c: char) -> BTreeSet<usize> {
        let mut next: BTreeSet<usize> = self.edges.iter().filter(|(f, set, _)| from.contains(f) && set.has(c)).map(|(_, _, t)| *t).collect();
        self.closure(&mut next);
        next
    }

    pub(crate) fn accepts(&self, x: &str) -> bool {
        let mut s = self.start();
        for c in x.chars() {
            s = self.step(&s, c);
            if s.is_empty() {
                return false;
            }
        }
        s.contains(&self.accept)
    }

    fn mentioned(&self) -> impl Iterator<Item = char> + '_ {
        self.edges.iter().flat_map(|(_, c, _)| c.listed().iter().copied())
    }
}

/// A set of strings: a sequence of literal text and runs of characters from a class (one or
/// more; the first may come from a narrower class).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lang {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Lit(String),
    Run { first: &'static str, rest: &'static str },
    /// Any run of characters, possibly none (a `*`); `colon`: it may hold a `:`.
    Star { colon: bool },
    /// Any one character (a `?`); `colon`: it may be a `:`.
    One { colon: bool },
}

impl Lang {
    pub fn new() -> Lang {
        Lang { parts: Vec::new() }
    }

    /// Literal text.
    pub fn lit(mut self, s: &str) -> Lang {
        match self.parts.last_mut() {
            Some(Part::Lit(l)) => l.push_str(s),
            _ => self.parts.push(Part::Lit(s.to_owned())),
        }
        self
    }

    /// One or more characters: the first from `first`, the others from `rest`.
    pub fn run(mut self, first: &'static str, rest: &'static str) -> Lang {
        debug_assert!(!first.is_empty() && !rest.is_empty(), "a run of characters from an empty class");
        self.parts.push(Part::Run { first, rest });
        self
    }

    /// Every ARN a `Resource` element's pattern matches (see [`Glob::Resource`]): `*` and `?`
    /// as wildcards, part by part. `*` alone is every string.
    pub fn resource_pattern(pattern: &str) -> Lang {
        let toks: Vec<Tok> = pattern
            .chars()
            .map(|c| match c {
                '*' => Tok::Star,
                '?' => Tok::One,
                c => Tok::Lit(c),
            })
            .collect();
        let short = toks.iter().filter(|t| **t == Tok::Lit(':')).count() < 5;
        let open_end = short && toks.last() == Some(&Tok::Star);
        if short && !open_end {
            // Matches no ARN: the empty set (a class with no characters).
            return Lang { parts: vec![Part::Run { first: "", rest: "" }] };
        }
        let mut lang = Lang::new();
        let mut colons = 0usize;
        for (i, t) in toks.iter().enumerate() {
            let colon = colons >= 5 || (open_end && i + 1 == toks.len());
            match t {
                Tok::Lit(c) => {
                    if *c == ':' {
                        colons += 1;
                    }
                    lang = lang.lit(&c.to_string());
                }
                Tok::Star => lang.parts.push(Part::Star { colon }),
                Tok::One => lang.parts.push(Part::One { colon }),
            }
        }
        lang
    }

    fn nfa(&self) -> Nfa {
        let mut nfa = Nfa { edges: Vec::new(), eps: Vec::new(), accept: 0 };
        let mut s = 0;
        for p in &self.parts {
            match p {
                Part::Lit(l) => {
                    for c in l.chars() {
                        nfa.edges.push((s, Chars::In(vec![c]), s + 1));
                        s += 1;
                    }
                }
                Part::Run { first, rest } => {
                    nfa.edges.push((s, Chars::In(first.chars().collect()), s + 1));
                    nfa.edges.push((s + 1, Chars::In(rest.chars().collect()), s + 1));
                    s += 1;
                }
                Part::Star { colon } => {
                    nfa.edges.push((s, any(*colon), s));
                    nfa.eps.push((s, s + 1));
                    s += 1;
                }
                Part::One { colon } => {
                    nfa.edges.push((s, any(*colon), s + 1));
                    s += 1;
                }
            }
        }
        nfa.accept = s;
        nfa
    }

    /// One member of the set.
    pub fn example(&self) -> String {
        self.parts
            .iter()
            .map(|p| match p {
                Part::Lit(l) => l.clone(),
                // An empty class has no member to show (the set is empty).
                Part::Run { first, .. } => first.chars().next().map(String::from).unwrap_or_default(),
                Part::Star { .. } => String::new(),
                Part::One { .. } => "x".to_owned(),
            })
            .collect()
    }
}

/// Any character, or any but `:`.
fn any(colon: bool) -> Chars {
    if colon {
        Chars::NotIn(vec![])
    } else {
        Chars::NotIn(vec![':'])
    }
}

/// Characters tried for "one that no pattern names".
const FRESH: &str = "xyzqjkabcdefghilmnoprstuvw0123456789-_./";

impl Default for Lang {
    fn default() -> Self {
        Lang::new()
    }
}

/// How many product states [`members`] explores before giving up (then: undecided).
const STATE_LIMIT: usize = 200_000;

/// Representative members of `lang`: one for each combination of the patterns' answers that
/// some member produces. `None` when the search is too large.
pub(crate) fn members(lang: &Lang, patterns: &[Nfa]) -> Option<Vec<String>> {
    let l = lang.nfa();
    let mentioned: BTreeSet<char> = patterns.iter().flat_map(Nfa::mentioned).collect();
    type State = (BTreeSet<usize>, Vec<BTreeSet<usize>>);
    let start: State = (l.start(), patterns.iter().map(Nfa::start).collect());
    let mut seen: HashSet<State> = HashSet::from([start.clone()]);
    let mut queue: VecDeque<(State, String)> = VecDeque::from([(start, String::new())]);
    let mut found: BTreeMap<Vec<bool>, String> = BTreeMap::new();
    while let Some(((ls, ps), text)) = queue.pop_front() {
        if ls.contains(&l.accept) {
            let bits: Vec<bool> = patterns.iter().zip(&ps).map(|(p, s)| s.contains(&p.accept)).collect();
            found.entry(bits).or_insert_with(|| text.clone());
        }
        // The characters worth trying: those the patterns name, and one that none names.
        let mut alphabet: BTreeSet<char> = BTreeSet::new();
        for (f, set, _) in &l.edges {
            if ls.contains(f) {
                match set {
                    Chars::In(cs) => {
                        alphabet.extend(cs.iter().filter(|c| mentioned.contains(c)));
                        if let Some(c) = cs.iter().find(|c| !mentioned.contains(c)) {
                            alphabet.insert(*c);
                        }
                    }
                    Chars::NotIn(excluded) => {
                        alphabet.extend(mentioned.iter().filter(|c| !excluded.contains(c)));
                        // Every character no pattern names behaves alike: one stands for all.
                        if let Some(c) = FRESH.chars().chain('\u{100}'..).find(|c| !mentioned.contains(c) && !excluded.contains(c)) {
                            alphabet.insert(c);
                        }
                    }
                }
            }
        }
        for c in alphabet {
            let nl = l.step(&ls, c);
            if nl.is_empty() {
                continue;
            }
            let np: Vec<BTreeSet<usize>> = patterns.iter().zip(&ps).map(|(p, s)| p.step(s, c)).collect();
            let st = (nl, np);
            if seen.insert(st.clone()) {
                if seen.len() > STATE_LIMIT {
                    return None;
                }
                let mut t = text.clone();
                t.push(c);
                queue.push_back((st, t));
            }
        }
    }
    Some(found.into_values().collect())
}
