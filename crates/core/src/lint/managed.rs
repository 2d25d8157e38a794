//! The AWS managed policies that exist, with their paths: `data/aws-managed-policies.txt`, generated
//! by `cargo xtask managed-policies` from a pinned release of a public list (its header names it).
//! `lint` checks that an AWS managed policy ARN names one of them, with its path, and suggests the
//! nearest name for a near miss.

use std::sync::OnceLock;

const DATA: &str = include_str!("../../data/aws-managed-policies.txt");

/// An AWS managed policy: its path (`/`, `/service-role/`...) and name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AwsPolicy {
    pub path: &'static str,
    pub name: &'static str,
}

impl AwsPolicy {
    /// The part of its ARN after `policy/`: the path without its leading `/`, then the name.
    pub fn path_and_name(self) -> String {
        format!("{}{}", &self.path[1..], self.name)
    }
}

/// Where the list comes from, as its header says (`moto 5.2.5 (PyPI, Apache-2.0), moto/iam/...`).
pub fn source() -> &'static str {
    DATA.lines().find_map(|l| l.strip_prefix("# source: ")).unwrap_or("?")
}

/// Every AWS managed policy, sorted by name.
pub fn all() -> &'static [AwsPolicy] {
    static ALL: OnceLock<Vec<AwsPolicy>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut path = "/";
        let mut v = Vec::new();
        for line in DATA.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            match line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                Some(p) => path = p,
                None => v.push(AwsPolicy { path, name: line }),
            }
        }
        v.sort_by(|a, b| a.name.cmp(b.name));
        v
    })
}

/// The AWS managed policy of exactly this name.
pub fn find(name: &str) -> Option<AwsPolicy> {
    let all = all();
    all.binary_search_by(|p| p.name.cmp(name)).ok().map(|i| all[i])
}

/// The AWS managed policy nearest to `name` (case-insensitively, by edit distance), if one is
/// within `max` edits; ties go to the first in name order.
pub fn nearest(name: &str, max: usize) -> Option<(AwsPolicy, usize)> {
    let lower = name.to_ascii_lowercase();
    let mut best: Option<(AwsPolicy, usize)> = None;
    for p in all() {
        let limit = best.map_or(max, |(_, d)| d.saturating_sub(1));
        if p.name.len().abs_diff(name.len()) > limit {
            continue;
        }
        if let Some(d) = edit_distance(&lower, &p.name.to_ascii_lowercase(), limit) {
            best = Some((*p, d));
            if d == 0 {
                break;
            }
        }
    }
    best
}

/// Levenshtein distance between two strings (by characters), if it is at most `max`.
pub fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|d| *d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::role::AWS_MANAGED_POLICIES;

    #[test]
    fn the_list_holds_every_policy_the_model_names_with_its_path() {
        assert!(all().len() > 1000, "{}", all().len());
        assert!(source().starts_with("moto "), "{}", source());
        for m in AWS_MANAGED_POLICIES {
            let p = find(m.name).unwrap_or_else(|| panic!("{} is not in the list", m.name));
            assert_eq!(p.path_and_name(), format!("{}{}", m.path, m.name));
        }
        assert!(find("AmazonEC2ContainerServiceRoleForEC2Role").is_none());
    }

    #[test]
    fn near_misses() {
        let (p, d) = nearest("AmazonEKSWorkerNodePolicyy", 2).unwrap();
        assert_eq!((p.name, d), ("AmazonEKSWorkerNodePolicy", 1));
        let (p, _) = nearest("AmazonEC2ContainerServiceRoleForEC2Role", 5).unwrap();
        assert_eq!(p.name, "AmazonEC2ContainerServiceforEC2Role");
        assert_eq!(nearest("amazoneksworkernodepolicy", 0).unwrap().0.name, "AmazonEKSWorkerNodePolicy");
        assert!(nearest("cwlogspolicy", 2).is_none());
    }

    #[test]
    fn distances() {
        assert_eq!(edit_distance("kitten", "sitting", 5), Some(3));
        assert_eq!(edit_distance("kitten", "sitting", 2), None);
        assert_eq!(edit_distance("cwlogsppolicy", "cwlogspolicy", 2), Some(1));
        assert_eq!(edit_distance("", "abc", 3), Some(3));
    }
}
