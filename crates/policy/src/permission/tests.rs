//! Permission verdicts against IAM's documented rules (Policy evaluation logic; SCP
//! evaluation; Resource and NotResource). Each finding has a twin in which one edit flips it.

use super::*;
use crate::eval::Value;

const ROLE: &str = "arn:aws:iam::111122223333:role/node";
const REPO: &str = "arn:aws:ecr:us-west-2:111122223333:repository/app";

fn doc(statements: &str) -> PolicyDocument {
    PolicyDocument::parse(&format!(r#"{{"Version":"2012-10-17","Statement":[{statements}]}}"#)).unwrap()
}

fn full_access() -> PolicyDocument {
    doc(r#"{"Sid":"FullAWSAccess","Effect":"Allow","Action":"*","Resource":"*"}"#)
}

fn ctx() -> Context {
    Context::role_session(&[("team".into(), "a".into())], Some(&[])).known("aws:PrincipalArn", ROLE).known("aws:RequestedRegion", "us-west-2")
}

fn access(action: &str, resource: ResourceSet) -> Access {
    Access { caller: Caller::Aws(ROLE.into()), action: action.into(), resource, context: ctx() }
}

fn pull() -> Access {
    access("ecr:BatchGetImage", ResourceSet::One(REPO.into()))
}

fn identity(d: &PolicyDocument) -> PolicySet<'_> {
    PolicySet::identity(vec![Named::new("arn:aws:iam::111122223333:policy/mine", d)])
}

fn levels<'a>(per_level: Vec<Vec<&'a PolicyDocument>>) -> Scps<'a> {
    let targets = ["r-root", "ou-prod", "111122223333"];
    Scps::Read(
        per_level
            .into_iter()
            .enumerate()
            .map(|(i, docs)| ScpLevel { target: targets[i].into(), policies: docs.into_iter().enumerate().map(|(j, d)| Named::new(format!("p-{i}{j}"), d)).collect() })
            .collect(),
    )
}

#[test]
fn an_identity_allow_grants_and_names_its_statement() {
    let d = doc(r#"{"Sid":"Pull","Effect":"Allow","Action":["ecr:BatchGetImage","ecr:GetDownloadUrlForLayer"],"Resource":"*"}"#);
    let v = identity(&d).decide(&pull());
    assert_eq!(v.granted(), Some(true));
    assert_eq!(v.outcome(), Outcome::Granted);
    assert_eq!(v.decided_by.len(), 1);
    assert_eq!((v.decided_by[0].kind, v.decided_by[0].policy.as_str(), v.decided_by[0].statement.as_str()), (Kind::Identity, "arn:aws:iam::111122223333:policy/mine", "Pull"));
    assert_eq!(v.scps, ScpStatus::NotApplicable);
    // Twin: another action is not granted, and no policy is named.
    let v = identity(&d).decide(&access("ecr:PutImage", ResourceSet::One(REPO.into())));
    assert_eq!(v.granted(), Some(false));
    assert_eq!(v.outcome(), Outcome::NotGranted);
    assert_eq!(v.causes, vec![Cause { kind: Some(Kind::Identity), level: None, target: None, why: Failure::NoAllow }]);
    assert!(v.decided_by.is_empty());
}

#[test]
fn json_shape() {
    let d = doc(r#"{"Effect":"Allow","Action":"ecr:*","Resource":"*"}"#);
    let v = identity(&d).decide(&pull());
    let j = serde_json::to_value(&v).unwrap();
    assert_eq!(
        j,
        serde_json::json!({"action":"ecr:BatchGetImage","resource":REPO,"granted":true,
            "decided_by":[{"type":"identity","policy":"arn:aws:iam::111122223333:policy/mine","statement":"#1","effect":"Allow"}],"causes":[]})
    );
    assert_eq!(serde_json::to_value(ScpStatus::NotRead).unwrap(), "not_read");
    assert_eq!(serde_json::to_value(ScpStatus::NotApplicable).unwrap(), "not_applicable");
}

#[test]
fn resource_arns_match_part_by_part() {
    for (pattern, granted) in [
        ("*", true),
        ("arn:aws:ecr:us-west-2:111122223333:repository/app", true),
        ("arn:aws:ecr:*:111122223333:repository/*", true),
        ("arn:aws:ecr:us-west-?:*:repository/ap?", true),
        ("arn:aws:ecr:*", true),
        ("arn:aws:ecr:*:*:*", true),
        ("arn:aws:ecr:us-east-1:111122223333:repository/app", false),
        ("arn:aws:ecr:*:444455556666:repository/*", false),
        ("arn:aws:ecr:*:111122223333:repository/App", false),
        ("arn:aws:ecr:us-west-2", false),
        ("arn:aws:ecr:*:111122223333", false),
        ("arn:aws:*:us-west-2:111122223333:repository/app", true),
    ] {
        let d = doc(&format!(r#"{{"Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"{pattern}"}}"#));
        assert_eq!(identity(&d).decide(&pull()).granted(), Some(granted), "{pattern}");
    }
}

#[test]
fn not_resource() {
    // Allow everything but other repositories: this one is granted; twin: it is excluded.
    let d = doc(r#"{"Effect":"Allow","Action":"ecr:*","NotResource":"arn:aws:ecr:*:*:repository/secret*"}"#);
    assert_eq!(identity(&d).decide(&pull()).granted(), Some(true));
    let d = doc(r#"{"Effect":"Allow","Action":"ecr:*","NotResource":"arn:aws:ecr:*:*:repository/a*"}"#);
    assert_eq!(identity(&d).decide(&pull()).granted(), Some(false));
    // A Deny with NotResource denies everything else (AWS's HRPayroll example).
    let allow = full_access();
    let deny = doc(r#"{"Effect":"Deny","Action":"s3:*","NotResource":["arn:aws:s3:::HRBucket/Payroll","arn:aws:s3:::HRBucket/Payroll/*"]}"#);
    let set = PolicySet::identity(vec![Named::new("all", &allow), Named::new("hr", &deny)]);
    let get = |arn: &str| set.decide(&access("s3:GetObject", ResourceSet::One(arn.into())));
    assert_eq!(get("arn:aws:s3:::HRBucket/Payroll/x").granted(), Some(true));
    let v = get("arn:aws:s3:::HRBucket/Other/x");
    assert_eq!((v.granted(), v.outcome()), (Some(false), Outcome::Denied));
    assert_eq!(v.decided_by[0].policy, "hr");
    // A NotResource on another service's ARNs covers an action that names no resource.
    let d = doc(r#"{"Effect":"Allow","Action":"ec2:Describe*","NotResource":"arn:aws:s3:::b"}"#);
    assert_eq!(identity(&d).decide(&access("ec2:DescribeInstances", ResourceSet::Star)).granted(), Some(true));
}

#[test]
fn an_action_with_no_resource_needs_a_star() {
    let star = doc(r#"{"Effect":"Allow","Action":"ec2:DescribeInstances","Resource":"*"}"#);
    assert_eq!(identity(&star).decide(&access("ec2:DescribeInstances", ResourceSet::Star)).granted(), Some(true));
    let arns = doc(r#"{"Effect":"Allow","Action":"ec2:DescribeInstances","Resource":"arn:aws:ec2:*:*:*"}"#);
    assert_eq!(identity(&arns).decide(&access("ec2:DescribeInstances", ResourceSet::Star)).granted(), Some(false));
}

#[test]
fn not_action() {
    let d = doc(r#"{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}"#);
    assert_eq!(identity(&d).decide(&pull()).granted(), Some(true));
    assert_eq!(identity(&d).decide(&access("iam:PassRole", ResourceSet::Star)).granted(), Some(false));
}

#[test]
fn a_resource_narrower_than_the_set_is_not_granted_for_all() {
    let every = |p: &str| access("ecr:BatchGetImage", ResourceSet::Every(p.into()));
    let narrow = doc(r#"{"Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"arn:aws:ecr:us-west-2:111122223333:repository/app-*"}"#);
    let v = identity(&narrow).decide(&every("arn:aws:ecr:us-west-2:111122223333:repository/*"));
    assert_eq!(v.granted(), Some(false));
    let m = v.member.clone().expect("a denied member");
    assert!(m.starts_with("arn:aws:ecr:us-west-2:111122223333:repository/") && !m.starts_with("arn:aws:ecr:us-west-2:111122223333:repository/app-"), "{m}");
    // Twin: the set within the pattern is granted for every member.
    assert_eq!(identity(&narrow).decide(&every("arn:aws:ecr:us-west-2:111122223333:repository/app-*")).granted(), Some(true));
    // Every region: a policy naming one region is not enough; one naming all is.
    let one_region = doc(r#"{"Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"arn:aws:ecr:us-west-2:*:repository/*"}"#);
    assert_eq!(identity(&one_region).decide(&every("arn:aws:ecr:*:111122223333:repository/*")).granted(), Some(false));
    let all_regions = doc(r#"{"Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"arn:aws:ecr:*:*:repository/*"}"#);
    assert_eq!(identity(&all_regions).decide(&every("arn:aws:ecr:*:111122223333:repository/*")).granted(), Some(true));
    // Two statements that together cover the set grant it.
    let split = doc(
        r#"{"Sid":"A","Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"arn:aws:ecr:us-west-2:111122223333:repository/a*"},
           {"Sid":"NotA","Effect":"Allow","Action":"ecr:BatchGetImage","NotResource":"arn:aws:ecr:us-west-2:111122223333:repository/a*"}"#,
    );
    let v = identity(&split).decide(&every("arn:aws:ecr:us-west-2:111122223333:repository/*"));
    assert_eq!(v.granted(), Some(true));
    let sids: Vec<&str> = v.decided_by.iter().map(|d| d.statement.as_str()).collect();
    assert!(sids.contains(&"A") && sids.contains(&"NotA"), "{sids:?}");
    // A Deny on part of the set denies it.
    let deny_part = doc(r#"{"Effect":"Allow","Action":"*","Resource":"*"},{"Effect":"Deny","Action":"ecr:*","Resource":"arn:aws:ecr:*:*:repository/prod-?"}"#);
    let v = identity(&deny_part).decide(&every("arn:aws:ecr:us-west-2:111122223333:repository/*"));
    assert_eq!((v.granted(), v.outcome()), (Some(false), Outcome::Denied));
    assert!(v.member.as_deref().is_some_and(|m| m.ends_with("repository/prod-") || m.contains("repository/prod-")), "{:?}", v.member);
    // Every resource: only `*` covers it.
    assert_eq!(identity(&full_access()).decide(&every("*")).granted(), Some(true));
    assert_eq!(identity(&all_regions).decide(&every("*")).granted(), Some(false));
}

#[test]
fn explicit_deny_anywhere_wins() {
    let allow = full_access();
    let deny = doc(r#"{"Sid":"NoEcr","Effect":"Deny","Action":"ecr:*","Resource":"*"}"#);
    let base = || PolicySet { identity: vec![Named::new("allow", &allow)], boundary: Some(Named::new("b", &allow)), scps: levels(vec![vec![&allow], vec![&allow], vec![&allow]]), session: Some(Named::new("s", &allow)), resource: None };
    assert_eq!(base().decide(&pull()).granted(), Some(true));
    // Inline identity Deny.
    let mut s = base();
    s.identity.push(Named::new("inline-deny", &deny));
    let v = s.decide(&pull());
    assert_eq!((v.granted(), v.outcome()), (Some(false), Outcome::Denied));
    assert_eq!((v.decided_by[0].policy.as_str(), v.decided_by[0].statement.as_str(), v.decided_by[0].effect), ("inline-deny", "NoEcr", Effect::Deny));
    // In the boundary.
    let both = doc(r#"{"Effect":"Allow","Action":"*","Resource":"*"},{"Sid":"NoEcr","Effect":"Deny","Action":"ecr:*","Resource":"*"}"#);
    let mut s = base();
    s.boundary = Some(Named::new("boundary", &both));
    let v = s.decide(&pull());
    assert_eq!(v.outcome(), Outcome::BlockedByBoundary);
    assert_eq!(v.causes[0], Cause { kind: Some(Kind::Boundary), level: None, target: None, why: Failure::ExplicitDeny });
    // In an SCP at the OU.
    let mut s = base();
    s.scps = levels(vec![vec![&allow], vec![&allow, &deny], vec![&allow]]);
    let v = s.decide(&pull());
    assert_eq!(v.outcome(), Outcome::BlockedByScp);
    assert_eq!(v.causes[0], Cause { kind: Some(Kind::Scp), level: Some(1), target: Some("ou-prod".into()), why: Failure::ExplicitDeny });
    assert_eq!(v.decided_by[0].policy, "p-11");
    // In the session policy.
    let mut s = base();
    s.session = Some(Named::new("session", &both));
    assert_eq!(s.decide(&pull()).outcome(), Outcome::Denied);
}

#[test]
fn the_boundary_must_allow() {
    let allow = full_access();
    let s3_only = doc(r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#);
    let mut s = identity(&allow);
    s.boundary = Some(Named::new("arn:aws:iam::111122223333:policy/s3-only", &s3_only));
    let v = s.decide(&pull());
    assert_eq!((v.granted(), v.outcome()), (Some(false), Outcome::BlockedByBoundary));
    assert_eq!(v.causes, vec![Cause { kind: Some(Kind::Boundary), level: None, target: None, why: Failure::NoAllow }]);
    // Twin: a boundary that allows ECR too.
    let s3_ecr = doc(r#"{"Effect":"Allow","Action":["s3:*","ecr:*"],"Resource":"*"}"#);
    s.boundary = Some(Named::new("b", &s3_ecr));
    let v = s.decide(&pull());
    assert_eq!(v.granted(), Some(true));
    assert!(v.decided_by.iter().any(|d| d.kind == Kind::Boundary));
    // A boundary alone grants nothing.
    let none = doc(r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}"#);
    let mut s = identity(&none);
    s.boundary = Some(Named::new("b", &allow));
    assert_eq!(s.decide(&pull()).outcome(), Outcome::NotGranted);
}

#[test]
fn every_scp_level_must_allow() {
    let allow = full_access();
    let s3_only = doc(r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#);
    let mut s = identity(&allow);
    s.scps = levels(vec![vec![&allow], vec![&s3_only], vec![&allow]]);
    let v = s.decide(&pull());
    assert_eq!((v.granted(), v.outcome()), (Some(false), Outcome::BlockedByScp));
    assert_eq!(v.causes, vec![Cause { kind: Some(Kind::Scp), level: Some(1), target: Some("ou-prod".into()), why: Failure::NoAllow }]);
    assert_eq!(v.scps, ScpStatus::Read);
    // Twin: another SCP at that level allows: one Allow per level is enough.
    s.scps = levels(vec![vec![&allow], vec![&s3_only, &allow], vec![&allow]]);
    let v = s.decide(&pull());
    assert_eq!(v.granted(), Some(true));
    let levels_named: Vec<Option<usize>> = v.decided_by.iter().filter(|d| d.kind == Kind::Scp).map(|d| d.level).collect();
    assert_eq!(levels_named, vec![Some(0), Some(1), Some(2)]);
    // A level with no SCP at all allows nothing.
    s.scps = levels(vec![vec![&allow], vec![], vec![&allow]]);
    assert_eq!(s.decide(&pull()).outcome(), Outcome::BlockedByScp);
    // SCPs not read, or not applicable: the answer is given without them, and says which.
    s.scps = Scps::NotRead;
    let v = s.decide(&pull());
    assert_eq!((v.granted(), v.scps), (Some(true), ScpStatus::NotRead));
    s.scps = Scps::NotApplicable;
    assert_eq!(s.decide(&pull()).scps, ScpStatus::NotApplicable);
}

#[test]
fn the_session_policy_must_allow() {
    let allow = full_access();
    let s3_only = doc(r#"{"Effect":"Allow","Action":"s3:*","Resource":"*"}"#);
    let mut s = identity(&allow);
    s.session = Some(Named::new("session", &s3_only));
    assert_eq!(s.decide(&pull()).outcome(), Outcome::BlockedBySession);
    s.session = Some(Named::new("session", &allow));
    assert_eq!(s.decide(&pull()).outcome(), Outcome::Granted);
}

#[test]
fn unknown_keys_undecide_absent_keys_decide() {
    // An SCP that denies outside a network: the source IP of a role's request is unknown.
    let allow = full_access();
    let net = doc(r#"{"Sid":"Net","Effect":"Deny","Action":"*","Resource":"*","Condition":{"NotIpAddress":{"aws:SourceIp":"10.0.0.0/8"}}}"#);
    let mut s = identity(&allow);
    s.scps = levels(vec![vec![&allow, &net]]);
    let v = s.decide(&pull());
    assert_eq!((v.granted(), v.outcome()), (None, Outcome::Undecided));
    assert_eq!(v.decided_by[0].unknown, vec!["aws:SourceIp".to_owned()]);
    assert_eq!(v.causes[0].why, Failure::Undecided);
    // Twin: the key is known: decided.
    let mut known = pull();
    known.context = known.context.known("aws:SourceIp", "10.1.2.3");
    assert_eq!(s.decide(&known).granted(), Some(true));
    known.context = known.context.known("aws:SourceIp", "192.0.2.1");
    assert_eq!(s.decide(&known).outcome(), Outcome::BlockedByScp);
    // A key a role session's request never carries (aws:SourceAccount) is absent: decided.
    let src = doc(r#"{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringEquals":{"aws:SourceAccount":"111122223333"}}}"#);
    s.scps = levels(vec![vec![&allow, &src]]);
    assert_eq!(s.decide(&pull()).granted(), Some(true));
    // ... and IfExists holds on it, negated operators too: this Deny applies.
    let src_if = doc(r#"{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"StringNotEqualsIfExists":{"aws:SourceAccount":"111122223333"}}}"#);
    s.scps = levels(vec![vec![&allow, &src_if]]);
    assert_eq!(s.decide(&pull()).outcome(), Outcome::BlockedByScp);
    // Twin: in a request rolecall knows nothing of, the same key is unknown: undecided.
    s.scps = levels(vec![vec![&allow, &src]]);
    let mut opaque = pull();
    opaque.context = Context::opaque();
    assert_eq!(s.decide(&opaque).granted(), None);
}

#[test]
fn principal_tags_are_the_role_tags_and_session_tags() {
    let allow_team = doc(r#"{"Effect":"Allow","Action":"ecr:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"a"}}}"#);
    let s = identity(&allow_team);
    assert_eq!(s.decide(&pull()).granted(), Some(true));
    let with = |role: &[(String, String)], session: Option<&[(String, String)]>| {
        let mut a = pull();
        a.context = Context::role_session(role, session);
        s.decide(&a).granted()
    };
    let t = |k: &str, v: &str| (k.to_owned(), v.to_owned());
    assert_eq!(with(&[t("team", "b")], Some(&[])), Some(false));
    // A session tag overrides the role's tag of the same key.
    assert_eq!(with(&[t("team", "b")], Some(&[t("team", "a")])), Some(true));
    // No such tag, and the session's tags are known: absent, decided.
    assert_eq!(with(&[], Some(&[])), Some(false));
    // Session tags unknown: a tag the role lacks may come from the session: undecided.
    assert_eq!(with(&[], None), None);
    assert_eq!(with(&[t("team", "a")], None), Some(true));
    let c = Context::role_session(&[t("Team", "a")], Some(&[]));
    assert_eq!(c.get("aws:principaltag/team"), Some(Value::Known(vec!["a".into()])));
    assert_eq!(c.get("aws:PrincipalTag/other"), None);
    assert_eq!(c.get("aws:PrincipalServiceName"), None);
    assert_eq!(c.get("aws:SourceVpc"), Some(Value::Unknown));
}

#[test]
fn policy_variables_in_resources() {
    let d = doc(r#"{"Effect":"Allow","Action":"ecr:*","Resource":"arn:aws:ecr:*:*:repository/${aws:PrincipalTag/team}-*"}"#);
    let get = |repo: &str| identity(&d).decide(&access("ecr:BatchGetImage", ResourceSet::One(format!("arn:aws:ecr:us-west-2:111122223333:repository/{repo}"))));
    assert_eq!(get("a-x").granted(), Some(true));
    assert_eq!(get("b-x").granted(), Some(false));
    // The set `repository/a-*` is granted for every member; `repository/*` is not.
    let every = |p: &str| identity(&d).decide(&access("ecr:BatchGetImage", ResourceSet::Every(p.into())));
    assert_eq!(every("arn:aws:ecr:us-west-2:111122223333:repository/a-*").granted(), Some(true));
    assert_eq!(every("arn:aws:ecr:us-west-2:111122223333:repository/*").granted(), Some(false));
}

#[test]
fn a_resource_policy_grants_to_the_principal_it_names() {
    let none = doc(r#"{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}"#);
    let rp = doc(&format!(r#"{{"Effect":"Allow","Principal":{{"AWS":"{ROLE}"}},"Action":"ecr:BatchGetImage","Resource":"*"}}"#));
    let mut s = identity(&none);
    s.resource = Some(Named::new("repository policy", &rp));
    let v = s.decide(&pull());
    assert_eq!(v.granted(), Some(true));
    assert_eq!(v.decided_by[0].kind, Kind::Resource);
    let other = doc(r#"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:role/x"},"Action":"ecr:BatchGetImage","Resource":"*"}"#);
    s.resource = Some(Named::new("repository policy", &other));
    assert_eq!(s.decide(&pull()).granted(), Some(false));
}

#[test]
fn sets_that_cannot_be_enumerated_are_undecided() {
    // A pattern that names no ARN is an empty set: never "granted for all" by default.
    let v = identity(&full_access()).decide(&access("ecr:BatchGetImage", ResourceSet::Every("arn:aws:ecr".into())));
    assert_eq!((v.granted(), v.outcome()), (None, Outcome::Undecided));
    assert_eq!(v.causes, vec![Cause { kind: None, level: None, target: None, why: Failure::TooComplex }]);
    // A Resource whose variable is unknown is undecided for every member; twin: known.
    let d = doc(r#"{"Effect":"Allow","Action":"ecr:*","Resource":"arn:aws:ecr:*:*:repository/${aws:PrincipalTag/team}-*"}"#);
    let mut a = access("ecr:BatchGetImage", ResourceSet::Every("arn:aws:ecr:us-west-2:111122223333:repository/a-*".into()));
    a.context = Context::role_session(&[], None);
    assert_eq!(identity(&d).decide(&a).granted(), None);
    a.context = Context::role_session(&[("team".into(), "a".into())], None);
    assert_eq!(identity(&d).decide(&a).granted(), Some(true));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    const ACTIONS: [&str; 5] = ["ecr:BatchGetImage", "ecr:*", "ec2:Describe*", "*", "s3:GetObject"];
    const RESOURCES: [&str; 7] = [
        "*",
        "arn:aws:ecr:us-west-2:111122223333:repository/app",
        "arn:aws:ecr:*:111122223333:repository/*",
        "arn:aws:ecr:us-west-2:*:repository/a?p*",
        "arn:aws:ecr:*:*:repository/b*",
        "arn:aws:s3:::bucket/*",
        "arn:aws:ecr:*",
    ];
    const CONDITIONS: [&str; 5] = [
        "",
        r#","Condition":{"StringEquals":{"aws:PrincipalTag/team":"a"}}"#,
        r#","Condition":{"StringEquals":{"aws:RequestedRegion":"eu-west-1"}}"#,
        r#","Condition":{"IpAddress":{"aws:SourceIp":"10.0.0.0/8"}}"#,
        r#","Condition":{"StringEqualsIfExists":{"aws:SourceAccount":"444455556666"}}"#,
    ];

    fn statement() -> impl Strategy<Value = String> {
        (any::<bool>(), any::<bool>(), 0..ACTIONS.len(), any::<bool>(), 0..RESOURCES.len(), 0..CONDITIONS.len()).prop_map(|(allow, not_action, a, not_resource, r, c)| {
            let effect = if allow { "Allow" } else { "Deny" };
            let act = if not_action { "NotAction" } else { "Action" };
            let res = if not_resource { "NotResource" } else { "Resource" };
            format!(r#"{{"Effect":"{effect}","{act}":"{}","{res}":"{}"{}}}"#, ACTIONS[a], RESOURCES[r], CONDITIONS[c])
        })
    }

    fn document() -> impl Strategy<Value = PolicyDocument> {
        prop::collection::vec(statement(), 1..4).prop_map(|sts| doc(&sts.join(",")))
    }

    fn resource() -> impl Strategy<Value = ResourceSet> {
        prop_oneof![
            Just(ResourceSet::Star),
            Just(ResourceSet::One(REPO.into())),
            Just(ResourceSet::One("arn:aws:ecr:eu-west-1:111122223333:repository/bq".into())),
            Just(ResourceSet::Every("arn:aws:ecr:us-west-2:111122223333:repository/*".into())),
            Just(ResourceSet::Every("arn:aws:ecr:*:111122223333:repository/a*".into())),
            Just(ResourceSet::Every("*".into())),
        ]
    }

    /// Kleene's truth order: denied < undecided < allowed.
    fn rank(d: Decision) -> u8 {
        match d {
            Decision::Denied => 0,
            Decision::Undecided => 1,
            Decision::Allowed => 2,
        }
    }

    #[derive(Debug)]
    struct Case {
        identity: Vec<PolicyDocument>,
        boundary: Option<PolicyDocument>,
        scps: Vec<Vec<PolicyDocument>>,
        action: usize,
        resource: ResourceSet,
    }

    fn case() -> impl Strategy<Value = Case> {
        (prop::collection::vec(document(), 1..3), prop::option::of(document()), prop::collection::vec(prop::collection::vec(document(), 0..3), 0..3), 0..3usize, resource())
            .prop_map(|(identity, boundary, scps, action, resource)| Case { identity, boundary, scps, action, resource })
    }

    impl Case {
        fn set(&self) -> PolicySet<'_> {
            PolicySet {
                identity: self.identity.iter().enumerate().map(|(i, d)| Named::new(format!("i{i}"), d)).collect(),
                boundary: self.boundary.as_ref().map(|d| Named::new("b", d)),
                scps: Scps::Read(self.scps.iter().enumerate().map(|(l, ds)| ScpLevel { target: format!("t{l}"), policies: ds.iter().map(|d| Named::new("s", d)).collect() }).collect()),
                session: None,
                resource: None,
            }
        }
        fn access(&self) -> Access {
            access(["ecr:BatchGetImage", "ec2:DescribeInstances", "s3:GetObject"][self.action], self.resource.clone())
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn adding_a_deny_never_allows_more(c in case(), extra in document(), place in 0..3usize) {
            let before = c.set().decide(&c.access()).decision;
            // The extra document's statements become Deny statements.
            let deny = PolicyDocument { statements: extra.statements.iter().cloned().map(|mut s| { s.effect = Effect::Deny; s }).collect(), ..extra.clone() };
            // In the boundary: its own statements and the Denies.
            let boundary_plus = c.boundary.as_ref().map(|b| PolicyDocument { statements: b.statements.iter().chain(&deny.statements).cloned().collect(), ..b.clone() });
            let mut set = c.set();
            match (place, &boundary_plus, &mut set.scps) {
                (1, Some(b), _) => set.boundary = Some(Named::new("b", b)),
                (2, _, Scps::Read(levels)) if !levels.is_empty() => levels[0].policies.push(Named::new("deny", &deny)),
                _ => set.identity.push(Named::new("deny", &deny)),
            }
            let after = set.decide(&c.access()).decision;
            prop_assert!(rank(after) <= rank(before), "{before:?} -> {after:?}");
        }

        #[test]
        fn removing_the_boundary_never_denies_more(c in case()) {
            let before = c.set().decide(&c.access()).decision;
            let mut set = c.set();
            set.boundary = None;
            let after = set.decide(&c.access()).decision;
            prop_assert!(rank(after) >= rank(before), "{before:?} -> {after:?}");
        }

        #[test]
        fn full_access_everywhere_allows(c in case()) {
            let all = full_access();
            let set = PolicySet {
                identity: vec![Named::new("admin", &all)],
                boundary: Some(Named::new("b", &all)),
                scps: Scps::Read(vec![ScpLevel { target: "r".into(), policies: vec![Named::new("FullAWSAccess", &all)] }; c.scps.len().max(1)]),
                session: Some(Named::new("s", &all)),
                resource: None,
            };
            let v = set.decide(&c.access());
            prop_assert_eq!(v.decision, Decision::Allowed);
            prop_assert!(v.causes.is_empty());
        }

        /// A set is granted exactly when every member is: the member a denial names is denied
        /// on its own, and members drawn at random from a granted set are granted.
        #[test]
        fn sets_agree_with_their_members(c in case(), fill in "[a-z0-9:/-]{0,6}") {
            let ResourceSet::Every(pattern) = &c.resource else { return Ok(()) };
            let set = c.set();
            let v = set.decide(&c.access());
            let one = |m: &str| { let mut a = c.access(); a.resource = ResourceSet::One(m.into()); set.decide(&a).decision };
            if let Some(m) = &v.member {
                prop_assert_eq!(one(m), v.decision);
            }
            // A member of the pattern: each `*` replaced (with no `:` before the fifth colon).
            let mut colons = 0;
            let mut member = String::new();
            for ch in pattern.chars() {
                match ch {
                    '*' if pattern == "*" => member.push_str(&fill),
                    '*' => member.push_str(&if colons < 5 { fill.replace(':', "") } else { fill.clone() }),
                    ':' => { colons += 1; member.push(':') }
                    ch => member.push(ch),
                }
            }
            if v.decision == Decision::Allowed {
                prop_assert_eq!(one(&member), Decision::Allowed, "{}", member);
            }
            if one(&member) == Decision::Denied {
                prop_assert_eq!(v.decision, Decision::Denied);
            }
        }
    }
}
