//! The evaluator against IAM's documented behaviour (IAM User Guide: policy evaluation logic,
//! condition operators, IfExists, Null, the set qualifiers, policy variables).

use super::*;

const FARGATE: &str = "eks-fargate-pods.amazonaws.com";
const PROFILE: &str = "arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/p1/0123-abcd";

fn doc(statements: &str) -> PolicyDocument {
    PolicyDocument::parse(&format!(r#"{{"Version":"2012-10-17","Statement":[{statements}]}}"#)).unwrap()
}

fn allow(cond: &str) -> String {
    format!(r#"{{"Effect":"Allow","Principal":{{"Service":"{FARGATE}"}},"Action":"sts:AssumeRole","Condition":{cond}}}"#)
}

fn fargate(ctx: Context) -> Request {
    Request { caller: Caller::Service(FARGATE.into()), actions: vec!["sts:AssumeRole".into()], context: ctx }
}

fn ctx() -> Context {
    Context::service().known("aws:SourceArn", PROFILE).known("aws:SourceAccount", "111122223333")
}

fn decide(d: &PolicyDocument, c: Context) -> Decision {
    evaluate(d, &fargate(c)).decision
}

fn one(cond: &str, c: Context) -> Decision {
    decide(&doc(&allow(cond)), c)
}

#[test]
fn allow_needs_a_matching_statement() {
    let d = doc(r#"{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}"#);
    assert_eq!(decide(&d, ctx()), Decision::Denied, "another principal");
    let d = doc(&format!(r#"{{"Effect":"Allow","Principal":{{"Service":"{FARGATE}"}},"Action":"sts:TagSession"}}"#));
    assert_eq!(decide(&d, ctx()), Decision::Denied, "another action");
    let d = doc(&format!(r#"{{"Effect":"Allow","Principal":{{"Service":["x.amazonaws.com","{FARGATE}"]}},"Action":["sts:*"]}}"#));
    assert_eq!(decide(&d, ctx()), Decision::Allowed, "wildcard action, principal in a list");
    let d = doc(r#"{"Effect":"Allow","Principal":"*","Action":"STS:assumerole"}"#);
    assert_eq!(decide(&d, ctx()), Decision::Allowed, "action names are case-insensitive");
    let d = doc(r#"{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRol?"}"#);
    assert_eq!(decide(&d, ctx()), Decision::Allowed, "? matches one character");
}

#[test]
fn explicit_deny_wins() {
    let d = doc(&format!(
        r#"{},{{"Effect":"Deny","Principal":{{"Service":"{FARGATE}"}},"Action":"sts:AssumeRole"}}"#,
        allow(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/*"}}"#)
    ));
    let e = evaluate(&d, &fargate(ctx()));
    assert_eq!(e.decision, Decision::Denied);
    assert_eq!(e.denied_by().map(StatementResult::label).collect::<Vec<_>>(), ["#2"]);
    assert_eq!(e.allowed_by().count(), 1);
}

#[test]
fn not_action_and_not_principal() {
    let d = doc(r#"{"Effect":"Allow","Principal":"*","NotAction":"sts:TagSession"}"#);
    assert_eq!(decide(&d, ctx()), Decision::Allowed);
    let d = doc(r#"{"Effect":"Allow","Principal":"*","NotAction":"sts:Assume*"}"#);
    assert_eq!(decide(&d, ctx()), Decision::Denied);
    let d = doc(r#"{"Effect":"Allow","NotPrincipal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}"#);
    let e = evaluate(&d, &fargate(ctx()));
    assert!(e.uses_not_principal());
    assert_eq!(e.decision, Decision::Allowed);
}

#[test]
fn string_operators() {
    let c = || Context::service().known("aws:PrincipalServiceName", FARGATE);
    assert_eq!(one(&format!(r#"{{"StringEquals":{{"aws:PrincipalServiceName":"{FARGATE}"}}}}"#), c()), Decision::Allowed);
    assert_eq!(one(r#"{"StringEquals":{"aws:PrincipalServiceName":"eks-fargate-pods.*"}}"#, c()), Decision::Denied, "no wildcards");
    assert_eq!(one(r#"{"StringLike":{"aws:PrincipalServiceName":"eks-fargate-pods.*"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"StringLike":{"aws:PrincipalServiceName":"EKS-fargate-pods.*"}}"#, c()), Decision::Denied, "case-sensitive");
    assert_eq!(one(r#"{"StringEqualsIgnoreCase":{"aws:PrincipalServiceName":"EKS-Fargate-Pods.amazonaws.com"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"StringNotEquals":{"aws:PrincipalServiceName":["a","b"]}}"#, c()), Decision::Allowed, "NOR of values");
    assert_eq!(one(&format!(r#"{{"StringNotEquals":{{"aws:PrincipalServiceName":["a","{FARGATE}"]}}}}"#), c()), Decision::Denied);
    assert_eq!(one(r#"{"StringNotLike":{"aws:PrincipalServiceName":"*fargate*"}}"#, c()), Decision::Denied);
    assert_eq!(one(r#"{"StringNotEqualsIgnoreCase":{"aws:PrincipalServiceName":"X"}}"#, c()), Decision::Allowed);
}

#[test]
fn keys_are_case_insensitive_and_conditions_and() {
    let c = ctx();
    assert_eq!(one(r#"{"StringEquals":{"AWS:SOURCEACCOUNT":"111122223333"}}"#, c.clone()), Decision::Allowed);
    let both = r#"{"StringEquals":{"aws:SourceAccount":"111122223333"},"ArnLike":{"aws:SourceArn":"arn:aws:eks:*:111122223333:fargateprofile/c2/*"}}"#;
    let e = evaluate(&doc(&allow(both)), &fargate(c));
    assert_eq!(e.decision, Decision::Denied);
    let unmet: Vec<_> = e.unmet().collect();
    assert_eq!(unmet.len(), 1);
    let b = unmet[0].blocking().unwrap();
    assert_eq!((b.operator.as_str(), b.key.as_str(), b.why.clone()), ("ArnLike", "aws:SourceArn", Some(Why::Mismatch)));
}

#[test]
fn arn_operators_compare_part_by_part() {
    let c = ctx;
    assert_eq!(one(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/*"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"ArnEquals":{"aws:SourceArn":"arn:aws:eks:*:111122223333:fargateprofile/*"}}"#, c()), Decision::Allowed, "ArnEquals honours wildcards");
    assert_eq!(one(r#"{"ArnLike":{"aws:SourceArn":"*"}}"#, c()), Decision::Denied, "fewer than six parts match nothing");
    assert_eq!(one(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:*:fargateprofile/*"}}"#, c()), Decision::Denied, "* does not cross a colon");
    assert_eq!(one(r#"{"StringLike":{"aws:SourceArn":"arn:aws:eks:*:fargateprofile/*"}}"#, c()), Decision::Allowed, "StringLike does");
    assert_eq!(one(r#"{"ArnNotLike":{"aws:SourceArn":"arn:aws:eks:*:*:fargateprofile/c2/*"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"ArnNotLike":{"aws:SourceArn":"arn:aws:eks:*:*:fargateprofile/c1/*"}}"#, c()), Decision::Denied);
    assert_eq!(one(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/p1/0123-abcd"}}"#, c()), Decision::Allowed);
}

#[test]
fn absent_keys_if_exists_and_negation() {
    let c = || Context::service();
    assert_eq!(one(r#"{"StringEquals":{"aws:SourceAccount":"111122223333"}}"#, c()), Decision::Denied, "absent key: positive false");
    assert_eq!(one(r#"{"StringEqualsIfExists":{"aws:SourceAccount":"444455556666"}}"#, c()), Decision::Allowed, "IfExists holds when absent");
    assert_eq!(one(r#"{"StringEqualsIfExists":{"aws:SourceAccount":"444455556666"}}"#, ctx()), Decision::Denied, "IfExists compares when present");
    assert_eq!(one(r#"{"StringNotEquals":{"aws:SourceAccount":"444455556666"}}"#, c()), Decision::Allowed, "negated: true when absent");
    assert_eq!(one(r#"{"ArnNotLike":{"aws:SourceArn":"arn:*:*:*:*:*"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"Null":{"aws:SourceArn":"true"}}"#, c()), Decision::Allowed, "Null true: absent");
    assert_eq!(one(r#"{"Null":{"aws:SourceArn":"false"}}"#, c()), Decision::Denied);
    assert_eq!(one(r#"{"Null":{"aws:SourceArn":"false"}}"#, ctx()), Decision::Allowed);
}

#[test]
fn numeric_date_bool_binary_ip() {
    let c = || Context::service().known("aws:MultiFactorAuthAge", "300").known("aws:TokenIssueTime", "2024-10-04T12:00:00Z").known("aws:SecureTransport", "true").known("aws:SourceIp", "203.0.113.7").known("x:bin", "QmluYXJ5");
    assert_eq!(one(r#"{"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"NumericGreaterThanEquals":{"aws:MultiFactorAuthAge":"300.0"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"NumericNotEquals":{"aws:MultiFactorAuthAge":["300","1"]}}"#, c()), Decision::Denied);
    assert_eq!(one(r#"{"NumericEquals":{"aws:MultiFactorAuthAge":"abc"}}"#, c()), Decision::Denied, "not a number");
    assert_eq!(one(r#"{"DateGreaterThan":{"aws:TokenIssueTime":"2024-10-04"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"DateLessThan":{"aws:TokenIssueTime":"1728043200"}}"#, c()), Decision::Denied, "epoch seconds, equal");
    assert_eq!(one(r#"{"DateEquals":{"aws:TokenIssueTime":"2024-10-04T14:00:00+02:00"}}"#, c()), Decision::Allowed, "offsets");
    assert_eq!(one(r#"{"Bool":{"aws:SecureTransport":"TRUE"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"Bool":{"aws:SecureTransport":false}}"#, c()), Decision::Denied, "JSON booleans are strings to IAM");
    assert_eq!(one(r#"{"BinaryEquals":{"x:bin":"QmluYXJ5"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"IpAddress":{"aws:SourceIp":"203.0.113.0/24"}}"#, c()), Decision::Allowed);
    assert_eq!(one(r#"{"NotIpAddress":{"aws:SourceIp":["203.0.113.0/24","198.51.100.0/24"]}}"#, c()), Decision::Denied);
    assert_eq!(one(r#"{"IpAddress":{"aws:SourceIp":"2001:db8::/32"}}"#, c()), Decision::Denied, "families differ");
    assert_eq!(parse_date("1970-01-02"), Some(86_400));
    assert_eq!(parse_date("2024-13-01"), None);
}

#[test]
fn set_qualifiers() {
    let tags = |v: &[&str]| Context::service().set("aws:TagKeys", Value::Known(v.iter().map(|s| s.to_string()).collect())).set("x:list", Value::Known(v.iter().map(|s| s.to_string()).collect()));
    let all = r#"{"ForAllValues:StringEquals":{"x:list":["a","b"]}}"#;
    let any = r#"{"ForAnyValue:StringEquals":{"x:list":["a","b"]}}"#;
    assert_eq!(one(all, tags(&["a"])), Decision::Allowed);
    assert_eq!(one(all, tags(&["a", "c"])), Decision::Denied);
    assert_eq!(one(all, tags(&[])), Decision::Allowed, "ForAllValues: vacuously true for an empty set");
    assert_eq!(one(all, Context::service()), Decision::Allowed, "and for an absent key");
    assert_eq!(one(any, tags(&["c", "b"])), Decision::Allowed);
    assert_eq!(one(any, tags(&["c"])), Decision::Denied);
    assert_eq!(one(any, Context::service()), Decision::Denied, "ForAnyValue: false for an absent key");
    assert_eq!(one(r#"{"ForAllValues:StringNotEquals":{"x:list":["a"]}}"#, tags(&["b", "c"])), Decision::Allowed);
    assert_eq!(one(r#"{"ForAnyValue:StringNotEquals":{"x:list":["a"]}}"#, tags(&["a"])), Decision::Denied);
}

#[test]
fn unknown_values_make_the_answer_undecided() {
    assert_eq!(one(r#"{"DateLessThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"}}"#, ctx()), Decision::Undecided);
    assert_eq!(one(r#"{"StringEquals":{"aws:SourceOrgID":"o-1"}}"#, ctx()), Decision::Undecided);
    assert_eq!(one(r#"{"StringEquals":{"aws:RequestTag/team":"a"}}"#, ctx()), Decision::Undecided);
    assert_eq!(one(r#"{"Fancy":{"aws:SourceAccount":"1"}}"#, ctx()), Decision::Undecided, "unknown operator");
    // An undecided Deny beside a matching Allow: undecided. Beside no Allow: denied.
    let deny_time = r#"{"Effect":"Deny","Principal":"*","Action":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"}}}"#;
    let d = doc(&format!("{},{deny_time}", allow(r#"{"StringEquals":{"aws:SourceAccount":"111122223333"}}"#)));
    assert_eq!(decide(&d, ctx()), Decision::Undecided);
    let d = doc(&format!(r#"{{"Effect":"Allow","Principal":{{"Service":"ec2.amazonaws.com"}},"Action":"sts:AssumeRole"}},{deny_time}"#));
    assert_eq!(decide(&d, ctx()), Decision::Denied);
    // A false condition settles a statement even beside an unknown one.
    assert_eq!(one(r#"{"StringEquals":{"aws:SourceAccount":"444455556666","aws:SourceOrgID":"o-1"}}"#, ctx()), Decision::Denied);
}

#[test]
fn policy_variables() {
    assert_eq!(one(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:*:${aws:SourceAccount}:fargateprofile/*"}}"#, ctx()), Decision::Allowed);
    assert_eq!(one(r#"{"StringLike":{"aws:SourceArn":"*${*}*"}}"#, ctx()), Decision::Denied, "a variable star is a literal");
    assert_eq!(one(r#"{"StringEquals":{"aws:SourceAccount":"${aws:RequestTag/acct}"}}"#, ctx()), Decision::Undecided);
    assert_eq!(one(r#"{"StringEquals":{"aws:SourceAccount":"${x:absent, '111122223333'}"}}"#, ctx()), Decision::Allowed, "defaults");
    // In the 2008 language, variables are plain text.
    let d = PolicyDocument::parse(&format!(r#"{{"Version":"2008-10-17","Statement":[{}]}}"#, allow(r#"{"StringEquals":{"aws:SourceAccount":"${aws:SourceAccount}"}}"#))).unwrap();
    assert_eq!(decide(&d, ctx()), Decision::Denied);
}

#[test]
fn several_actions_must_all_be_allowed() {
    let d = doc(&format!(r#"{{"Effect":"Allow","Principal":{{"Service":"{FARGATE}"}},"Action":"sts:AssumeRole"}}"#));
    let mut r = fargate(ctx());
    r.actions.push("sts:TagSession".into());
    assert_eq!(evaluate(&d, &r).decision, Decision::Denied);
}

#[test]
fn aws_principals_and_accounts() {
    let d = doc(r#"{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}"#);
    let ops = Request { caller: Caller::Aws("arn:aws:iam::111122223333:role/Ops".into()), actions: vec!["sts:AssumeRole".into()], context: Context::opaque() };
    assert_eq!(evaluate(&d, &ops).decision, Decision::Allowed);
    let other = Request { caller: Caller::Aws("arn:aws:iam::444455556666:role/Ops".into()), ..ops.clone() };
    assert_eq!(evaluate(&d, &other).decision, Decision::Denied);
    let svc = Request { caller: Caller::Service(FARGATE.into()), ..ops };
    assert_eq!(evaluate(&d, &svc).decision, Decision::Denied, "an account's principals are not services");
}

fn profiles(cluster: &str, region: &str) -> Lang {
    const NAME_FIRST: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const NAME: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
    let l = Lang::new().lit("arn:aws:eks:");
    let l = if region == "*" { l.run("abcdefghijklmnopqrstuvwxyz", "abcdefghijklmnopqrstuvwxyz0123456789-") } else { l.lit(region) };
    let l = l.lit(":111122223333:fargateprofile/");
    let l = if cluster == "*" { l.run(NAME_FIRST, NAME) } else { l.lit(cluster) };
    l.lit("/").run(NAME_FIRST, NAME).lit("/").run("0123456789abcdef", "0123456789abcdef-")
}

fn every(d: &PolicyDocument, cluster: &str, region: &str) -> SetEvaluation {
    evaluate_all(d, &fargate(Context::service().set("aws:SourceArn", Value::Symbolic(profiles(cluster, region))).known("aws:SourceAccount", "111122223333")))
}

#[test]
fn cluster_coverage_is_exact() {
    let pat = |p: &str| doc(&allow(&format!(r#"{{"ArnLike":{{"aws:SourceArn":"{p}"}}}}"#)));
    let guide = pat("arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/*");
    assert_eq!(every(&guide, "c1", "us-west-2").covered(), Some(true));
    assert_eq!(every(&guide, "c2", "us-west-2").covered(), Some(false));
    assert_eq!(every(&guide, "c1", "eu-west-1").covered(), Some(false));
    assert_eq!(every(&guide, "c1", "*").covered(), Some(false), "one region is not every region");
    assert_eq!(every(&guide, "*", "us-west-2").covered(), Some(false));
    let all_regions = pat("arn:aws:eks:*:111122223333:fargateprofile/c1/*");
    assert_eq!(every(&all_regions, "c1", "*").covered(), Some(true));
    // c1* covers c1 and c10, but not every cluster.
    let prefix = pat("arn:aws:eks:us-west-2:111122223333:fargateprofile/c1*");
    assert_eq!(every(&prefix, "c10", "us-west-2").covered(), Some(true));
    assert_eq!(every(&prefix, "*", "us-west-2").covered(), Some(false));
    // One profile is not the cluster: some allowed, some denied.
    let one_profile = pat("arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/p1/*");
    let e = every(&one_profile, "c1", "us-west-2");
    assert_eq!(e.covered(), Some(false));
    assert_eq!(e.some(), Some(true));
    assert!(e.allowed.as_ref().unwrap().0.contains("/c1/p1/"));
    assert!(!e.denied.as_ref().unwrap().0.contains("/c1/p1/"));
    // A Deny of one profile name pattern, beside an Allow of the cluster.
    let d = doc(&format!(
        r#"{},{{"Effect":"Deny","Principal":"*","Action":"*","Condition":{{"StringLike":{{"aws:SourceArn":"*/c1/dev-*"}}}}}}"#,
        allow(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/*"}}"#)
    ));
    let e = every(&d, "c1", "us-west-2");
    assert_eq!(e.covered(), Some(false));
    assert!(e.denied.as_ref().unwrap().0.contains("/c1/dev-"), "{:?}", e.denied);
    // StringEquals with a wildcard covers no profile; StringLike "*" covers them all.
    assert_eq!(every(&doc(&allow(r#"{"StringEquals":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/c1/*"}}"#)), "c1", "us-west-2").some(), Some(false));
    assert_eq!(every(&doc(&allow(r#"{"StringLike":{"aws:SourceArn":"*"}}"#)), "*", "*").covered(), Some(true));
    // ArnNotLike excluding c2.
    let not_c2 = doc(&allow(r#"{"ArnNotLike":{"aws:SourceArn":"arn:aws:eks:*:*:fargateprofile/c2/*"}}"#));
    assert_eq!(every(&not_c2, "c1", "*").covered(), Some(true));
    assert_eq!(every(&not_c2, "c2", "us-west-2").covered(), Some(false));
    assert_eq!(every(&not_c2, "*", "*").covered(), Some(false));
    // ? counts one character, even in a cluster name.
    let q = pat("arn:aws:eks:*:111122223333:fargateprofile/c?/*");
    assert_eq!(every(&q, "c1", "*").covered(), Some(true));
    assert_eq!(every(&q, "c12", "*").covered(), Some(false));
}

#[test]
fn coverage_with_unknowns() {
    let d = doc(&allow(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:*:111122223333:fargateprofile/c1/*"},"StringEquals":{"aws:SourceOrgID":"o-1"}}"#));
    let e = every(&d, "c1", "us-west-2");
    assert_eq!(e.covered(), None);
    assert_eq!(every(&d, "c2", "us-west-2").covered(), Some(false), "the ARN settles it for c2");
}

#[test]
fn compare_all_sees_every_pattern_of_both_documents() {
    let before = doc(&allow(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:*:111122223333:fargateprofile/*/*"}}"#));
    let after = doc(&allow(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:*:111122223333:fargateprofile/c1/*"}}"#));
    let req = fargate(Context::service().set("aws:SourceArn", Value::Symbolic(profiles("*", "*"))));
    let rows = compare_all(&before, &after, &req).unwrap();
    assert!(rows.iter().any(|(_, b, a)| *b == Decision::Allowed && *a == Decision::Denied), "narrowing is visible");
    assert!(rows.iter().all(|(_, b, _)| *b == Decision::Allowed));
}

/// Found by `cargo xtask cross-check` (seed 2, case 2835; seed 3, cases 1161, 1488, 3490, 4213):
/// a variable naming a key the request does not have was undecided. AWS (IAM User Guide,
/// "Policy variables with no value"): the value is effectively null; StringEquals and StringLike
/// do not match it, the inverted operators (StringNotEquals, StringNotLike) do.
#[test]
fn variables_with_no_value_are_null() {
    // aws:PrincipalAccount is absent from a service's request.
    assert_eq!(one(r#"{"StringEquals":{"aws:SourceAccount":"${aws:PrincipalAccount}"}}"#, ctx()), Decision::Denied);
    assert_eq!(one(r#"{"StringLike":{"aws:SourceArn":"arn:aws:eks:*:*:fargateprofile/${aws:PrincipalAccount}/*"}}"#, ctx()), Decision::Denied);
    assert_eq!(one(r#"{"StringNotEquals":{"aws:SourceAccount":"${aws:PrincipalAccount}"}}"#, ctx()), Decision::Allowed);
    assert_eq!(one(r#"{"StringNotLike":{"aws:SourceAccount":["${aws:PrincipalAccount}","4444*"]}}"#, ctx()), Decision::Allowed, "NOR: the null value is not like the key");
    assert_eq!(one(r#"{"StringNotLike":{"aws:SourceAccount":["${aws:PrincipalAccount}","1111*"]}}"#, ctx()), Decision::Denied, "but another value still is");
    assert_eq!(one(r#"{"StringEquals":{"aws:SourceAccount":["${aws:PrincipalAccount}","111122223333"]}}"#, ctx()), Decision::Allowed, "OR with the other values");
    // The cross-check's case: a Deny whose only condition compares with a null value does not
    // apply, so the Allow beside it decides.
    let d = doc(&format!(
        r#"{{"Effect":"Deny","Principal":"*","Action":"sts:*Role","Condition":{{"StringLikeIfExists":{{"aws:sourceaccount":"${{aws:PrincipalAccount}}"}}}}}},{}"#,
        allow(r#"{"StringNotEquals":{"aws:SourceAccount":"1111*"}}"#)
    ));
    assert_eq!(decide(&d, ctx()), Decision::Allowed);
    // A key rolecall cannot know stays undecided; a default still applies to an absent key.
    assert_eq!(one(r#"{"StringNotEquals":{"aws:SourceAccount":"${aws:RequestTag/acct}"}}"#, ctx()), Decision::Undecided);
    assert_eq!(one(r#"{"StringEquals":{"aws:SourceAccount":"${aws:PrincipalAccount, '111122223333'}"}}"#, ctx()), Decision::Allowed);
}

/// AWS (IAM User Guide, condition operators, ForAllValues): the qualifier "returns true if there
/// are no context keys in the request or if the context key value resolves to a null dataset,
/// such as an empty string", ForAnyValue returns false for a null dataset, and Null with false
/// checks "if the context key exists and its value is not null".
#[test]
fn empty_values_are_a_null_dataset() {
    let with = |v: &[&str]| Context::service().set("x:list", Value::Known(v.iter().map(|s| s.to_string()).collect()));
    for empty in [&[][..], &[""][..]] {
        assert_eq!(one(r#"{"Null":{"x:list":"true"}}"#, with(empty)), Decision::Allowed, "{empty:?} is null");
        assert_eq!(one(r#"{"Null":{"x:list":"false"}}"#, with(empty)), Decision::Denied, "{empty:?} is null");
        assert_eq!(one(r#"{"ForAllValues:StringEquals":{"x:list":"a"}}"#, with(empty)), Decision::Allowed, "{empty:?}");
        assert_eq!(one(r#"{"ForAnyValue:StringNotEquals":{"x:list":"a"}}"#, with(empty)), Decision::Denied, "{empty:?}");
    }
    assert_eq!(one(r#"{"Null":{"x:list":"false"}}"#, with(&["", "a"])), Decision::Allowed, "a value that is not empty");
    assert_eq!(one(r#"{"ForAllValues:StringEquals":{"x:list":"a"}}"#, with(&["", "a"])), Decision::Denied);
}

#[test]
fn cidr_prefixes_of_every_length() {
    assert!(ip_in("0.0.0.0/0", "203.0.113.7") && ip_in("::/0", "2001:db8::1"));
    assert!(ip_in("203.0.113.7", "203.0.113.7") && !ip_in("203.0.113.7", "203.0.113.8"), "no prefix: one address");
    assert!(ip_in("2001:db8::/32", "2001:db8:ffff::1") && !ip_in("2001:db8::/33", "2001:db8:ffff::1"));
    assert!(!ip_in("10.0.0.0/33", "10.0.0.1") && !ip_in("10.0.0.0/8", "::1"));
}

/// The policy types combine as IAM's evaluation logic says: an explicit Deny anywhere wins; an
/// identity or resource policy must allow; the boundary, every SCP level (root first) and the
/// session policy must each allow when present.
#[test]
fn policy_types_combine() {
    let allow_all = PolicyDocument::parse(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#).unwrap();
    let allow_s3 = PolicyDocument::parse(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#).unwrap();
    let deny_s3 = PolicyDocument::parse(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:GetObject","Resource":"*"}]}"#).unwrap();
    let undecided = PolicyDocument::parse(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"DateLessThan":{"aws:CurrentTime":"2030-01-01T00:00:00Z"}}}]}"#).unwrap();
    let req = |action: &str| Request { caller: Caller::Aws("arn:aws:iam::111122223333:role/app".into()), actions: vec![action.into()], context: Context::service() };
    let decide = |p: &Policies, action: &str| p.evaluate(&req(action)).decision;

    let identity = Policies { identity: vec![&allow_all], ..Policies::default() };
    assert_eq!(decide(&identity, "s3:GetObject"), Decision::Allowed);
    assert_eq!(decide(&Policies::default(), "s3:GetObject"), Decision::Denied, "nothing allows");
    let bounded = Policies { boundary: Some(&allow_s3), ..identity.clone() };
    assert_eq!(decide(&bounded, "s3:GetObject"), Decision::Allowed);
    assert_eq!(decide(&bounded, "ec2:RunInstances"), Decision::Denied, "the boundary does not allow it");
    let scps = Policies { scps: vec![vec![&allow_all], vec![&allow_s3]], ..identity.clone() };
    assert_eq!(decide(&scps, "s3:PutObject"), Decision::Allowed);
    assert_eq!(decide(&scps, "ec2:RunInstances"), Decision::Denied, "the second level does not allow it");
    let empty_level = Policies { scps: vec![vec![&allow_all], vec![]], ..identity.clone() };
    assert_eq!(decide(&empty_level, "s3:PutObject"), Decision::Denied, "a level with no policy allows nothing");
    let denied = Policies { session: Some(&allow_all), scps: vec![vec![&allow_all, &deny_s3]], ..identity.clone() };
    assert_eq!(decide(&denied, "s3:GetObject"), Decision::Denied, "an explicit Deny wins");
    assert_eq!(decide(&denied, "s3:PutObject"), Decision::Allowed);
    let session = Policies { session: Some(&undecided), ..identity.clone() };
    assert_eq!(decide(&session, "s3:GetObject"), Decision::Undecided, "the session policy's condition cannot be known");
    let e = denied.evaluate(&req("s3:GetObject"));
    assert!(e.denied_by().any(|s| s.policy == PolicyType::Scp { level: 0 }));
}

/// A trust policy is the resource policy alone: the same answer through `Policies::trust`.
#[test]
fn trust_is_the_resource_policy() {
    let d = doc(&allow(r#"{"ArnLike":{"aws:SourceArn":"arn:aws:eks:*:111122223333:fargateprofile/*/*"}}"#));
    let r = fargate(ctx());
    assert_eq!(Policies::trust(&d).evaluate(&r), evaluate(&d, &r));
    assert!(evaluate(&d, &r).statements.iter().all(|s| s.policy == PolicyType::Resource));
    let with_identity = Policies { identity: vec![&d], ..Policies::default() };
    assert_eq!(with_identity.evaluate(&r).decision, Decision::Allowed, "an identity statement applies to its own principal");
}

/// The one key model: a service principal has no principal tags, so `aws:PrincipalTag/*` is
/// absent from its requests and conditions on it are decided (`IfExists` holds, a plain
/// operator fails, a variable naming it is null); for a request rolecall cannot see, the same
/// key is unknown, and so is the answer.
#[test]
fn a_service_principal_has_no_principal_tags() {
    let if_exists = r#"{"StringEqualsIfExists":{"aws:PrincipalTag/x":"a"}}"#;
    assert_eq!(one(if_exists, ctx()), Decision::Allowed);
    assert_eq!(one(r#"{"StringEquals":{"aws:PrincipalTag/x":"a"}}"#, ctx()), Decision::Denied);
    assert_eq!(one(r#"{"StringEquals":{"aws:SourceAccount":"${aws:PrincipalTag/acct}"}}"#, ctx()), Decision::Denied);
    assert_eq!(one(r#"{"StringNotEquals":{"aws:SourceAccount":"${aws:PrincipalTag/acct}"}}"#, ctx()), Decision::Allowed);
    assert_eq!(ctx().get("aws:PrincipalTag/x"), None);
    // Request tags of a service stay unknown: their values exist but cannot be known.
    assert_eq!(ctx().get("aws:RequestTag/x"), Some(Value::Unknown));
    let opaque = Context::opaque().known("aws:SourceArn", PROFILE);
    assert_eq!(opaque.get("aws:PrincipalTag/x"), Some(Value::Unknown));
    assert_eq!(one(if_exists, opaque), Decision::Undecided);
}
