## One message per finding code (finding-CODE), and how to fix it (finding-CODE-fix).

finding-role-missing = There is no { -role } named { $role }.
finding-role-missing-fix = Create it with rolecall create, or name an existing { -role } with --role-name.
finding-role-also-found = Other { -roles } also match the guide's names: { $roles }.
finding-role-also-found-fix = Check each of them with --role-name.
finding-trust-invalid = The { -trust-policy } cannot be read: { $detail }
finding-trust-invalid-fix = Fix the { -trust-policy } by hand; rolecall does not overwrite a document it cannot read.
finding-trust-principal-missing = The { -trust-policy } does not let { $principal } assume the { -role }.
finding-trust-principal-missing-fix = rolecall repair adds a statement for { $principal } and keeps the others.
finding-trust-principal-partition = The { -trust-policy } trusts { $legacy } but not { $principal }: in the China Regions, EKS node groups reject a node { -role } without { $principal }.
finding-trust-principal-partition-fix = rolecall repair adds a statement for { $principal } and keeps the others.
finding-trust-source-arn-missing = The { -trust-policy } lets { $principal } assume the { -role } without an aws:SourceArn condition ({ -confused-deputy } risk).
finding-trust-source-arn-missing-fix = rolecall repair --restrict-trust limits it to the { -fargate-profile }s of the { -cluster }s you name.
finding-trust-cluster-not-covered = The aws:SourceArn condition does not let the { -fargate-profile }s of { -cluster } { $cluster } ({ $region }) assume the { -role } (the guide's pattern: { $source_arn }).
finding-trust-cluster-not-covered-fix = rolecall repair with the same --cluster adds the { -cluster } to the existing condition, or a statement of its own.
finding-trust-extra-principal = The { -trust-policy } also lets { $principal } assume the { -role }.
finding-trust-extra-principal-fix = Remove the principal by hand if it is not needed; rolecall never removes trust.
finding-trust-shared-role = The { -role } also trusts { $principal }: the guides require separate { -roles } for EC2 nodes, Fargate Pods and the { -cluster }.
finding-trust-shared-role-fix = Create a separate { -role } for each purpose and remove the extra principal by hand.
finding-policy-missing = The { -managed-policy } { $policy } is not attached.
finding-policy-missing-fix = rolecall repair attaches it.
finding-policy-outdated = { $policy } is attached in place of { $current }, which the guide requires since { $date }.
finding-policy-outdated-fix = rolecall repair attaches { $current }; add --replace-outdated to detach { $policy }.
finding-cni-on-node-role = { $policy } is attached to the node { -role }; the guide recommends it on the aws-node { -service-account }'s { -role } ({ -irsa }).
finding-cni-on-node-role-fix = Move the policy to an { -irsa } { -role } for aws-node, then detach it from the node { -role }.
finding-instance-profile-missing = The { -role } is in no { -instance-profile } (the guide creates { $profile }).
finding-instance-profile-missing-fix = rolecall repair creates the { -instance-profile } and adds the { -role }.
finding-instance-profile-taken = The { -instance-profile } { $profile } already holds { $role }; a profile holds only one { -role }.
finding-instance-profile-taken-fix = Use another { -role } name, or remove the other { -role } from the profile by hand.
finding-permission-missing = The optional permission { $permission } ({ $policy }) is missing.
finding-permission-missing-fix = rolecall repair with the same --with or --cni adds it.
finding-policy-document-differs = The policy { $policy } does not grant what the guide's document does.
finding-policy-document-differs-fix = Compare it with rolecall show and correct it by hand; rolecall does not overwrite your policy.
finding-json-invalid = Invalid JSON at line { $line }, column { $column }: { $detail }.
finding-json-invalid-fix = Correct the JSON syntax at that position.
finding-json-duplicate-key = The key “{ $key }” appears twice in one object (line { $line }, column { $column }); only one value would count.
finding-json-duplicate-key-fix = Put several values under one key as an array, for example "aws:SourceArn": ["…", "…"].
finding-policy-structure = { $path } is not what IAM expects: { $expected }.
finding-policy-structure-fix = Correct the element named.
finding-version-missing = The document has no Version; IAM then uses 2008-10-17, without policy variables.
finding-version-missing-fix = Add "Version": "2012-10-17".
finding-version-unknown = “{ $version }” is not a policy language version (2012-10-17 or 2008-10-17).
finding-version-unknown-fix = Use "Version": "2012-10-17".
finding-arn-malformed = “{ $value }” at { $path } is not a well-formed ARN.
finding-arn-malformed-fix = Write it as arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, without spaces or extra colons.
finding-principal-malformed = “{ $value }” at { $path } is not a valid principal.
finding-principal-malformed-fix = Use a { -service-principal } such as ec2.amazonaws.com, an { -account-id } or an IAM ARN.
finding-action-malformed = “{ $value }” at { $path } is not an action of the form service:Action.
finding-action-malformed-fix = Write actions as service:Action, such as sts:AssumeRole.
finding-placeholder-left = “{ $value }” at { $path } still contains the guide's placeholder { $placeholder }.
finding-placeholder-left-fix = Replace the placeholder with your real value.
finding-policy-has-principal = { $path } has a Principal, which a permissions policy must not have.
finding-policy-has-principal-fix = Remove Principal, or lint the document with --trust if it is a { -trust-policy }.
finding-trust-no-principal = { $path } of the { -trust-policy } names no Principal.
finding-trust-no-principal-fix = Add the Principal that may assume the { -role }.
finding-trust-has-resource = { $path } of the { -trust-policy } has a Resource, which IAM rejects.
finding-trust-has-resource-fix = Remove Resource from the { -trust-policy }.
finding-trust-action-invalid = “{ $value }” at { $path } is not an action a { -trust-policy } can allow.
finding-trust-action-invalid-fix = Use sts:AssumeRole (or sts:AssumeRoleWithWebIdentity, sts:TagSession...).
finding-audit-role-shared = The { -role } { $role } serves both as a node { -role } and as a Fargate { -pod-execution-role }; the guides require separate { -roles }.
finding-audit-role-shared-fix = Create a separate { -role } for the Fargate profiles, point them at it, then remove the other principal by hand.
finding-audit-cluster-several-roles = Several Fargate { -roles } cover the { -cluster } { $cluster }: { $roles }.
finding-audit-cluster-several-roles-fix = Keep one { -pod-execution-role } per { -cluster } unless the profiles need different permissions.
finding-audit-node-no-instance-profile = The node { -role } { $role } is in no { -instance-profile }; self-managed nodes need one (managed node groups create their own).
finding-audit-node-no-instance-profile-fix = For self-managed nodes, create an { -instance-profile } and add the { -role } to it.

## The trust verdict: IAM's own evaluation of the trust policy.

finding-trust-not-principal = Statement { $statement } uses NotPrincipal, which IAM does not accept in a { -trust-policy }; rolecall does not evaluate such a policy.
finding-trust-not-principal-fix = Name who may assume the { -role } with Principal instead, by hand.
finding-trust-denied = { $scope ->
    [cluster] Statement { $statement } denies { $principal } for the { -fargate-profile }s of { -cluster } { $cluster } ({ $region }): an explicit Deny wins over every Allow.
   *[role] Statement { $statement } denies { $principal }: an explicit Deny wins over every Allow.
}
finding-trust-denied-fix = rolecall never edits a Deny statement. If the service must assume the { -role }, narrow or remove that statement by hand.
finding-trust-condition-unmet = { $scope ->
    [cluster] Statement { $statement } lets { $principal } in only if its condition { $operator } on { $key } holds, and the requests for { -cluster } { $cluster } ({ $region }) do not meet it.
   *[role] Statement { $statement } lets { $principal } in only if its condition { $operator } on { $key } holds, and the service's requests do not meet it.
}
finding-trust-condition-unmet-fix = rolecall repair adds the guide's statement beside it; it never changes your conditions.
finding-trust-undecided = { $scope ->
    [cluster] Whether { $principal } may assume the { -role } for { -cluster } { $cluster } ({ $region }) depends on the condition { $operator } on { $key } in statement { $statement }, whose value rolecall cannot know.
   *[role] Whether { $principal } may assume the { -role } depends on the condition { $operator } on { $key } in statement { $statement }, whose value rolecall cannot know.
}
finding-trust-undecided-fix = Check that condition by hand (the time, your organization, the request's tags); rolecall does not guess it.
finding-trust-cluster-partly-covered = Only some { -fargate-profile }s of { -cluster } { $cluster } ({ $region }) may assume the { -role }: a profile such as { $allowed } may, one such as { $denied } may not. A pattern that names one profile covers that profile, not the { -cluster }.
finding-trust-cluster-partly-covered-fix = rolecall repair with the same --cluster adds the whole { -cluster } to the condition.
finding-trust-principal-partition-legacy = The { -trust-policy } trusts { $legacy } but not { $principal }, the EC2 { -service-principal } documented for the China Regions. Amazon ECS accepts either.
finding-trust-principal-partition-legacy-fix = rolecall repair adds a statement for { $principal } and keeps the others.
finding-policy-superseded = Both { $current } and the older { $policy } it replaces are attached.
finding-policy-superseded-fix = rolecall repair --replace-outdated detaches { $policy }.
finding-repair-cannot-cover = The { -trust-policy } rolecall would write still would not let { -cluster } { $cluster } ({ $region }) assume the { -role }, so rolecall wrote nothing.
finding-repair-cannot-cover-fix = The check's findings name what stops it (a Deny or a condition rolecall does not edit): change that by hand, then run repair again.
finding-repair-would-narrow = The { -trust-policy } rolecall would write would take away what { $principal } may do now, so rolecall wrote nothing.
finding-repair-would-narrow-fix = rolecall only adds to a { -trust-policy }; edit this one by hand.
