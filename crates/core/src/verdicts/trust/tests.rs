use serde_json::json;
use super::edit::{add_statement, merge_source_arns, restrict_source_arns};
use super::verdict::{assumers, SourcePattern};
use rolecall_policy::document::PolicyDocument;
use rolecall_policy::document::parse_json_strict;

const ONE_CLUSTER: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Condition":{"ArnLike":{"aws:SourceArn":"arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*"}},"Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"},{"Sid":"Mine","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"sts:AssumeRole"}]}"#;

#[test]
fn finds_assumers_and_conditions() {
    let doc = PolicyDocument::parse(ONE_CLUSTER).unwrap();
    let a = assumers(&doc);
    assert_eq!(a.len(), 2);
    assert_eq!(a[0].value, "eks-fargate-pods.amazonaws.com");
    let want = SourcePattern { op: "ArnLike".into(), value: "arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*".into() };
    assert_eq!(a[0].source_arns.as_deref(), Some(&[want][..]));
    assert_eq!(a[1].label(), "AWS: arn:aws:iam::111122223333:root");
    assert_eq!(a[1].source_arns, None);
}

#[test]
fn operators_decide_coverage() {
    let wanted = "arn:aws:eks:us-west-2:111122223333:fargateprofile/prod/*";
    let p = |op: &str, v: &str| SourcePattern { op: op.into(), value: v.into() };
    assert!(p("ArnLike", wanted).covers(wanted));
    assert!(p("ArnEquals", "arn:aws:eks:*:111122223333:fargateprofile/*/*").covers(wanted));
    assert!(p("StringLike", "*").covers(wanted));
    assert!(p("StringLike", "arn:aws:eks:*").covers(wanted));
    assert!(!p("ArnLike", "*").covers(wanted), "ArnLike compares six parts");
    assert!(!p("StringEquals", wanted).covers(wanted), "a literal with * matches no profile");
    assert!(!p("ArnLike", "arn:aws:eks:us-west-2:111122223333:fargateprofile/?/*").covers("arn:aws:eks:us-west-2:111122223333:fargateprofile/*/*"));
}

#[test]
fn deny_and_other_actions_are_not_assumers() {
    let doc = PolicyDocument::parse(r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"sts:AssumeRole"},{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:TagSession"}]}"#).unwrap();
    assert!(assumers(&doc).is_empty());
}

#[test]
fn merge_adds_into_one_array_and_leaves_the_rest() {
    let mut v = parse_json_strict(ONE_CLUSTER).unwrap();
    let before_other = v["Statement"][1].clone();
    assert!(merge_source_arns(&mut v, 0, &["arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*".into()]));
    assert_eq!(
        v["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"],
        json!(["arn:aws:eks:us-west-2:111122223333:fargateprofile/a/*", "arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*"])
    );
    assert_eq!(v["Statement"][1], before_other);
    // Merging again changes nothing.
    let again = v.clone();
    assert!(merge_source_arns(&mut v, 0, &["arn:aws:eks:us-west-2:111122223333:fargateprofile/b/*".into()]));
    assert_eq!(v, again);
    // And the result is still a strict, valid document.
    assert!(PolicyDocument::parse(&v.to_string()).is_ok());
}

#[test]
fn merge_needs_a_pattern_condition() {
    let mut v = parse_json_strict(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"eks-fargate-pods.amazonaws.com"},"Action":"sts:AssumeRole"}}"#).unwrap();
    assert!(!merge_source_arns(&mut v, 0, &["x".into()]));
    assert!(restrict_source_arns(&mut v, 0, &["arn:aws:eks:*:111122223333:fargateprofile/*/*".into()]));
    assert_eq!(v["Statement"][0]["Condition"]["ArnLike"]["aws:SourceArn"], json!("arn:aws:eks:*:111122223333:fargateprofile/*/*"));
}

#[test]
fn add_statement_turns_an_object_into_an_array() {
    let mut v = parse_json_strict(r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}}"#).unwrap();
    assert!(add_statement(&mut v, json!({"Effect":"Allow"})));
    assert_eq!(v["Statement"].as_array().map(Vec::len), Some(2));
}
