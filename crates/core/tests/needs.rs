//! The needs of every kind, against the committed documents of the managed policies they are
//! derived from (`rolecall_core::model::needs`, `role::RoleSpec::needs`).
#![allow(clippy::unwrap_used)] // Tests fail loudly on purpose.

use rolecall_core::model::managed_documents;
use rolecall_core::model::needs::{self, granted_by, Scope};
use rolecall_core::role::{ManagedPolicy, Needs, RoleKind, RoleSpec, EKS_BLOCK_STORAGE_POLICY, EKS_BLOCK_STORAGE_POLICY_V2};
use rolecall_core::Partition;
use rolecall_policy::document::{Effect, PolicyDocument};


fn specs() -> Vec<&'static RoleSpec> {
    RoleKind::ALL.iter().flat_map(|k| std::iter::once(k.spec()).chain(k.spec().auto_mode)).collect()
}

fn doc(policy: ManagedPolicy, p: Partition) -> PolicyDocument {
    managed_documents::find(policy).unwrap_or_else(|| panic!("{}: no committed document", policy.name)).document(p)
}

fn scopes() -> Vec<Scope> {
    Partition::ALL
        .into_iter()
        .flat_map(|p| {
            let region = match p {
                Partition::Aws => "us-west-2",
                Partition::AwsCn => "cn-north-1",
                Partition::AwsUsGov => "us-gov-west-1",
            };
            [Scope::any(p), Scope { partition: p, region: region.into(), account: "111122223333".into(), cluster: "prod".into() }]
        })
        .collect()
}

/// Each kind declares needs exactly for the managed policies its guide requires (in order),
/// and only EKS Pod Identity declares none.
#[test]
fn each_kind_declares_the_needs_of_its_required_policies() {
    for spec in specs() {
        let declared: Vec<ManagedPolicy> = spec.needs.policies().iter().map(|p| p.policy).collect();
        let required: Vec<ManagedPolicy> = spec.required.iter().map(|r| r.policy).collect();
        assert_eq!(declared, required, "{}", spec.default_name);
        match spec.needs {
            Needs::UsersOwn => assert_eq!(spec.kind, RoleKind::EksPodIdentity),
            Needs::Declared(p) => {
                assert!(!p.is_empty() && spec.needs.all().count() > 0, "{}", spec.default_name);
                assert!(spec.needs.all().count() < 150, "{}: keep the needs reasonable in number", spec.default_name);
            }
        }
    }
    assert!(matches!(RoleKind::EksPodIdentity.spec().needs, Needs::UsersOwn));
    assert_eq!(RoleKind::EksPodIdentity.spec().needs.all().count(), 0);
}

/// Every need is granted by the policy it is derived from, as committed, in every partition,
/// for any region, account and cluster and for one of each.
#[test]
fn every_need_is_granted_by_its_policy() {
    for spec in specs() {
        for pn in spec.needs.policies() {
            for scope in scopes() {
                let d = doc(pn.policy, scope.partition);
                for n in pn.needs {
                    assert!(!n.action.contains('*') && !n.action.contains('?'), "{}: not concrete", n.action);
                    assert!(granted_by(&d, n, &scope), "{}: {} on {} is not granted by {} in {:?}", spec.default_name, n.action, n.resource_in(&scope), pn.policy.name, scope);
                }
            }
        }
    }
}

/// Every action an Allow statement of the policy names is a need of it or listed as not one;
/// nothing is listed as not a need that the policy does not name or that is also a need.
#[test]
fn every_allowed_action_is_a_need_or_not_needed() {
    for spec in specs() {
        for pn in spec.needs.policies() {
            let d = doc(pn.policy, Partition::Aws);
            let mut named: Vec<&str> = Vec::new();
            for st in &d.statements {
                assert!(st.not_action.is_none() && st.not_resource.is_none(), "{}", pn.policy.name);
                if st.effect != Effect::Allow {
                    continue;
                }
                for a in st.action.iter().flatten() {
                    named.push(a);
                    let need = pn.needs.iter().any(|n| rolecall_policy::arn::glob_match(&a.to_ascii_lowercase(), &n.action.to_ascii_lowercase()));
                    let not = pn.not_needed.iter().any(|x| x.action == a);
                    assert!(need || not, "{}: {} allows {a}, which is neither a need nor listed as not one", spec.default_name, pn.policy.name);
                    assert!(!(need && not), "{}: {a} is both a need and not one", pn.policy.name);
                }
            }
            for x in pn.not_needed {
                assert!(named.contains(&x.action), "{}: {} is not in the policy", pn.policy.name, x.action);
            }
        }
    }
}

/// The block storage needs hold under AmazonEKSBlockStoragePolicy and its V2 alike.
#[test]
fn block_storage_needs_hold_under_both_versions() {
    for scope in scopes() {
        for policy in [EKS_BLOCK_STORAGE_POLICY, EKS_BLOCK_STORAGE_POLICY_V2] {
            let d = doc(policy, scope.partition);
            for n in needs::BLOCK_STORAGE.needs {
                assert!(granted_by(&d, n, &scope), "{} {}", policy.name, n.action);
            }
        }
    }
}

/// The same, by rolecall-policy's permission evaluator (Resource matched for every member of the
/// set): each need is granted by its policy alone, in every partition and scope.
#[test]
fn every_need_is_granted_by_the_permission_evaluator() {
    use rolecall_policy::permission::{Named, PolicySet};
    for spec in specs() {
        for pn in spec.needs.policies() {
            for scope in scopes() {
                let d = doc(pn.policy, scope.partition);
                let set = PolicySet::identity(vec![Named::new(pn.policy.name, &d)]);
                for n in pn.needs {
                    let v = set.decide(&n.access(&scope, "arn:aws:iam::111122223333:role/needs"));
                    assert_eq!(v.granted(), Some(true), "{}: {} on {} under {} in {:?}", spec.default_name, n.action, n.resource_in(&scope), pn.policy.name, scope);
                }
            }
        }
    }
    // A twin: the node's ECR needs are not granted by the worker node policy alone.
    let worker = doc(rolecall_core::role::WORKER_NODE_POLICY, Partition::Aws);
    let set = PolicySet::identity(vec![Named::new("w", &worker)]);
    let pull = needs::PULL_ONLY.needs[1];
    assert_eq!(set.decide(&pull.access(&Scope::any(Partition::Aws), "arn:aws:iam::111122223333:role/needs")).granted(), Some(false));
}
