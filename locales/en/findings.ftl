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
finding-trust-source-arn-missing-fix = rolecall repair --restrict-trust limits it to the { -fargate-profiles } of the { -clusters } you name.
finding-trust-cluster-not-covered = The aws:SourceArn condition does not let the { -fargate-profiles } of { -cluster } { $cluster } ({ $region }) assume the { -role } (the guide's pattern: { $source_arn }).
finding-trust-cluster-not-covered-fix = rolecall repair with the same --cluster adds the { -cluster } to the existing condition, or a statement of its own.
finding-trust-extra-principal = The { -trust-policy } also lets { $principal } assume the { -role }.
finding-trust-extra-principal-fix = Remove the principal by hand if it is not needed; rolecall never removes trust.
finding-trust-shared-role = The { -role } also trusts { $principal }: the guides require separate { -roles } for EC2 nodes, Fargate Pods and the { -cluster }.
finding-trust-shared-role-fix = Create a separate { -role } for each purpose and remove the extra principal by hand.
finding-policy-missing = The { -managed-policy } { $policy } is not attached.
finding-policy-missing-fix = rolecall repair attaches it.
finding-policy-outdated = { $policy } is attached in place of { $current } (published by AWS on { $date }), which the current guide requires.
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
    [cluster] Statement { $statement } denies { $principal } for the { -fargate-profiles } of { -cluster } { $cluster } ({ $region }): an explicit Deny wins over every Allow.
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
finding-trust-cluster-partly-covered = Only some { -fargate-profiles } of { -cluster } { $cluster } ({ $region }) may assume the { -role }: a profile such as { $allowed } may, one such as { $denied } may not. A pattern that names one profile covers that profile, not the { -cluster }.
finding-trust-cluster-partly-covered-fix = rolecall repair with the same --cluster adds the whole { -cluster } to the condition.
finding-trust-principal-partition-legacy = The { -trust-policy } trusts { $legacy } but not { $principal }, the EC2 { -service-principal } documented for the China Regions. Amazon ECS accepts either.
finding-trust-principal-partition-legacy-fix = rolecall repair adds a statement for { $principal } and keeps the others.
finding-policy-superseded = Both { $current } and the older { $policy } it replaces are attached.
finding-policy-superseded-fix = rolecall repair --replace-outdated detaches { $policy }.
finding-repair-cannot-cover = The { -trust-policy } rolecall would write still would not let { -cluster } { $cluster } ({ $region }) assume the { -role }, so rolecall wrote nothing.
finding-repair-cannot-cover-fix = The check's findings name what stops it (a Deny or a condition rolecall does not edit): change that by hand, then run repair again.
finding-repair-would-narrow = The { -trust-policy } rolecall would write would take away what { $principal } may do now{ PRESENT($example) ->
    [yes] {" "}(for example, for { $example })
   *[no] {""}
}, so rolecall wrote nothing.
finding-repair-would-narrow-fix = rolecall only adds to a { -trust-policy }; edit this one by hand.
## lint: texts, commands and names
finding-principal-no-cn-form = “{ $value }” at { $path } is not a principal: { $principal } has no .cn form, in China either.
finding-principal-no-cn-form-fix = Write { $principal }.
finding-principal-cn-undocumented = “{ $value }” at { $path }: AWS documents no .cn form of { $principal }. Its China pages show { $principal }, and users report IAM rejecting eks.amazonaws.com.cn.
finding-principal-cn-undocumented-fix = Write { $principal }.
finding-arn-corrected = “{ $value }” at { $path } is not a well-formed ARN; did you mean { $corrected }?
finding-arn-corrected-fix = Write { $corrected }.
finding-aws-policy-unknown = { $value } at { $path } names no { -aws-managed-policy }; did you mean { $suggestion }?
finding-aws-policy-unknown-fix = Use { $suggestion }: an { -aws-managed-policy }'s ARN holds its exact name and its path, such as service-role/.
finding-aws-policy-not-listed = { $value } at { $path } names no { -aws-managed-policy } that rolecall knows (its list comes from { $source }).
finding-aws-policy-not-listed-fix = Check the name with aws iam get-policy; a policy of your own has your { -account-id } in its ARN, not aws.
finding-customer-policy-arn = “{ $value }” at { $path } is not the ARN of the { -customer-managed-policy } { $policy }: that is arn:PARTITION:iam::ACCOUNT-ID:policy/{ $policy }, with your 12-digit { -account-id }.
finding-customer-policy-arn-fix = Write the ARN with your 12-digit { -account-id } (never aws) and policy/ before the name.
finding-name-not-created = { $value } ({ $path }) is never created in this text; did you mean { $created }, created at line { $created_line }?
finding-name-not-created-fix = Use the name that was created, { $created }.
finding-policy-name-unknown = The text names the policy { $value }, which does not exist; did you mean { $suggestion }?
finding-policy-name-unknown-fix = Call the policy by its real name, { $suggestion }.
finding-command-policy-outdated = This command attaches { $policy } to { $role }; the current guide attaches { $current } (published by AWS on { $date }) instead.
finding-command-policy-outdated-fix = Attach { $current } instead of { $policy }.
finding-json-fragment-duplicate-key = Adding this line to the document above would give { $key } twice in one object; only one of the values would count.
finding-json-fragment-duplicate-key-fix = Add the value to the existing { $key } as an array instead: "{ $key }": ["…", "…"].
finding-resource-no-principal = { $path } of the resource-based policy names no Principal.
finding-resource-no-principal-fix = Add the Principal the statement applies to.

## The EKS cluster, EKS Auto Mode, ECS task execution and EKS Pod Identity roles.

finding-trust-action-missing = The { -trust-policy } lets { $principal } call some of the actions it needs, but not { $action }.
finding-trust-action-missing-fix = rolecall repair adds a statement that allows { $action } to { $principal } under the same conditions, and keeps the others.
finding-trust-scoped = { $principal } may assume the { -role } only for the Pods whose { -session-tags } meet: { $conditions }.
finding-trust-scoped-fix = Nothing to fix: this is the scope the { -trust-policy } gives the { -role }. Check that it names the { -clusters }, namespaces and service accounts you mean.
finding-audit-cluster-node-shared = The { -role } { $role } serves both as a { -cluster-role } and as a node { -role }; the guides do not allow the { -cluster }'s { -role } on nodes.
finding-audit-cluster-node-shared-fix = Create a separate node { -role }, point the nodes at it, then remove EC2 from the { -cluster } { -role }'s { -trust-policy } by hand.
finding-audit-confused-deputy = The { -role } { $role } lets { $principal } assume it on behalf of any account: its { -trust-policy } has no aws:SourceAccount or aws:SourceArn condition ({ -confused-deputy } risk).
finding-audit-confused-deputy-fix = Add a StringEquals condition on aws:SourceAccount (your { -account-id }) or an ArnLike condition on aws:SourceArn (arn:aws:ecs:REGION:ACCOUNT:*) to its Allow statement by hand, never a single cluster's ARN, which breaks task launches; rolecall never narrows trust on its own.
finding-audit-trust-unreadable = The { -trust-policy } of the { -role } { $role } cannot be read ({ $detail }), so audit cannot tell whether the { -role } serves one of the purposes it checks.
finding-audit-trust-unreadable-fix = Fix the { -trust-policy } by hand and run audit again; rolecall does not overwrite a document it cannot read.
finding-permission-not-granted = No policy of the { -role } allows { $action } on { $resource }, which its workload needs (needs affected: { $count }).
finding-permission-not-granted-fix = rolecall repair attaches the guide's { -managed-policy }; or grant the action in a policy of your own.
finding-permission-denied = The Deny statement { $statement } of { $policy } stops the { -role } from { $action } on { $resource }, which its workload needs (needs affected: { $count }).
finding-permission-denied-fix = Narrow or remove that statement by hand; rolecall never removes a statement.
finding-permission-blocked-by-boundary = The { -permissions-boundary } { $policy } { PRESENT($statement) ->
    [yes] denies { $action } on { $resource } (statement { $statement })
   *[no] does not allow { $action } on { $resource }
}, which the { -role }'s workload needs (needs affected: { $count }): the { -role }'s own policies cannot grant more than its boundary.
finding-permission-blocked-by-boundary-fix = Allow the action in the { -permissions-boundary } (or remove the boundary) by hand; rolecall never edits a boundary.
finding-permission-blocked-by-scp = { PRESENT($policy) ->
    [yes] The { -scp } { $policy } attached to { $target } denies { $action } on { $resource } (statement { $statement })
   *[no] No { -scp } attached to { $target } allows { $action } on { $resource }
}, which the { -role }'s workload needs (needs affected: { $count }).
finding-permission-blocked-by-scp-fix = Ask your organization's administrators to allow the action at that level; rolecall never edits a { -scp }.
finding-permission-undecided = Whether the { -role } may call { $action } on { $resource }, which its workload needs, { PRESENT($key) ->
    [yes] depends on { $key }, whose value rolecall cannot know
   *[no] cannot be decided
} (needs affected: { $count }).
finding-permission-undecided-fix = Check that condition by hand; rolecall does not guess it.
finding-scps-not-read = The { -scps } of the account were not read ({ $value }): the permission verdicts leave them out.
finding-scps-not-read-fix = Run rolecall from the organization's management account (or a delegated administrator) to weigh them.
finding-policy-equivalent = The { -managed-policy } { $policy } is not attached, but the { -role }'s other policies grant everything it grants that the workload needs; the guide accepts equivalent permissions.
finding-policy-equivalent-fix = Nothing to do; rolecall repair does not attach it.
finding-policy-missing-granted = The { -managed-policy } { $policy } is not attached. The { -role }'s other policies grant everything it grants that the workload needs, but the guide names the policy itself.
finding-policy-missing-granted-fix = Attach it by hand if you follow the guide to the letter; rolecall repair does not attach what is already granted.

## What doctor finds in the links between an EKS cluster and its roles (issue 21).
finding-fargate-role-node-group-shared = The { -fargate-profile } { $fargate_profile } uses { $role }, which is also the node { -role } of the { -node-group } { $node_group }: the Fargate guide requires a { -role } of its own.
finding-fargate-role-node-group-shared-fix = Create a separate { -pod-execution-role } (rolecall create fargate-pod-execution --cluster …) and a new { -fargate-profile } that uses it.
finding-fargate-profile-not-trusted = The { -trust-policy } of { $role } does not let the { -fargate-profile } { $fargate_profile } in: its ARN { $source_arn } is not allowed{ PRESENT($statement) ->
    [yes] {" "}(statement { $statement }, { $key })
   *[no] {""}
}. Its Pods stay Pending.
finding-fargate-profile-not-trusted-fix = rolecall repair fargate-pod-execution --role-name … --cluster with this cluster's ARN adds the profile's cluster to the aws:SourceArn condition.
finding-fargate-profile-trust-undecided = Whether the { -trust-policy } of { $role } lets the { -fargate-profile } { $fargate_profile } in depends on { $key } (statement { $statement }), whose value rolecall cannot know.
finding-fargate-profile-trust-undecided-fix = Check that condition by hand; rolecall does not guess it.
finding-access-entry-missing = The { -cluster } uses { -access-entries } only, and { $role } has no { -access-entry } of type { $entry_type }{ PRESENT($found) ->
    [yes] {" "}(its entry is of type { $found })
   *[no] {""}
}: its nodes or Pods cannot join the { -cluster }.
finding-access-entry-missing-fix = aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type } (delete an entry of the wrong type first).
finding-access-entry-missing-aws-auth = { $role } has no { -access-entry } of type { $entry_type }{ PRESENT($found) ->
    [yes] {" "}(its entry is of type { $found })
   *[no] {""}
}; in { -authentication-mode } API_AND_CONFIG_MAP the aws-auth ConfigMap, which rolecall cannot read, may map it.
finding-access-entry-missing-aws-auth-fix = Check aws-auth (kubectl -n kube-system get configmap aws-auth), or create the entry: aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type }.
finding-access-policy-missing = The { -access-entry } of the { -auto-mode } node { -role } { $role } has no { $policy } associated: Auto Mode nodes cannot join.
finding-access-policy-missing-fix = aws eks associate-access-policy --cluster-name CLUSTER --principal-arn { $role } --policy-arn arn:aws:eks::aws:cluster-access-policy/{ $policy } --access-scope type=cluster
finding-access-entry-stale = The { -access-entry } for { $role } was created on { $entry_created }, before the { -role } ({ $role_created }): it belongs to a deleted { -role } of the same ARN and no longer works.
finding-access-entry-stale-fix = Delete the entry and create it again: aws eks delete-access-entry, then aws eks create-access-entry with the same --principal-arn and --type.
finding-access-entry-role-missing = An { -access-entry } of type { $entry_type } names { $role }, which does not exist.
finding-access-entry-role-missing-fix = Delete the entry (aws eks delete-access-entry --principal-arn { $role }), or create the { -role } and then the entry again.
finding-aws-auth-unread = The { -cluster } { $cluster } is in { -authentication-mode } CONFIG_MAP: its { -roles } are mapped in the aws-auth ConfigMap, a Kubernetes object rolecall cannot read, so the mappings are not checked.
finding-aws-auth-unread-fix = Check aws-auth with kubectl -n kube-system get configmap aws-auth, or move to { -access-entries } (aws eks update-cluster-config --access-config authenticationMode=API_AND_CONFIG_MAP).
finding-aws-auth-role-path = { $role } has a path: aws-auth matches it only when written without the path, as { $value }.
finding-aws-auth-role-path-fix = In aws-auth, write rolearn: { $value }.
finding-oidc-provider-missing = { -roles } trust the { -cluster }'s OIDC issuer { $issuer } ({ $roles }), but the account has no { -oidc-provider } for it: their Pods cannot assume them.
finding-oidc-provider-missing-fix = eksctl utils associate-iam-oidc-provider --cluster CLUSTER --approve, or aws iam create-open-id-connect-provider --url { $issuer } --client-id-list sts.amazonaws.com
finding-pod-identity-tags-rejected = { $role } trusts { -pod-identity }, but not for { $namespace }/{ $service_account }: the { -session-tags } EKS sets for this association fail statement { $statement } ({ $key }).
finding-pod-identity-tags-rejected-fix = Widen the condition on { $key } to include this association, or associate another { -role }.
finding-pod-identity-tags-undecided = Whether { $role } lets { $namespace }/{ $service_account } in depends on { $key } (statement { $statement }), which differs per Pod and which rolecall cannot know.
finding-pod-identity-tags-undecided-fix = Check that condition by hand; rolecall does not guess it.
finding-pod-identity-target-not-trusted = The target { -role } { $role } does not let the association's { -role } { $principal } assume it{ PRESENT($statement) ->
    [yes] {" "}(statement { $statement }, { $key })
   *[no] {""}
}.
finding-pod-identity-target-not-trusted-fix = Add a statement to the target { -role }'s { -trust-policy } that allows { $principal } sts:AssumeRole and sts:TagSession, with the association's external ID as sts:ExternalId.
finding-pod-identity-target-undecided = Whether the target { -role } { $role } lets { $principal } assume it depends on { $key } (statement { $statement }), whose value rolecall cannot know.
finding-pod-identity-target-undecided-fix = Check that condition by hand; rolecall does not guess it.
finding-eks-not-read = { $api } could not be read ({ $value }): what it decides is left out, not guessed.
finding-eks-not-read-fix = Let the caller call { $api }, or run against an endpoint that serves it.

## What IAM expects at an element of a policy (policy-structure's { $expected }), and what is
## wrong with a text that is not JSON (json-invalid's { $detail }).

policy-expected-document = an object with Version and Statement
policy-expected-document-key = one of Version, Id, Statement
policy-expected-statements = a statement object or a non-empty array of them
policy-expected-statement = an object
policy-expected-statement-key = one of Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition
policy-expected-effect = "Allow" or "Deny"
policy-expected-string = a string
policy-expected-string-or-list = a string or an array of strings
policy-expected-principal = "*" or an object that maps principal types (Service, AWS, Federated) to their values
policy-expected-condition-operators = an object of condition operators
policy-expected-condition-keys = an object of condition keys
policy-expected-condition-values = a string, boolean or number, or an array of them
policy-expected-one-of-action-not-action = exactly one of Action or NotAction
policy-expected-at-most-one-principal = at most one of Principal or NotPrincipal
policy-expected-at-most-one-resource = at most one of Resource or NotResource
json-syntax-eof = the text ends before the JSON does
json-syntax-expected-colon = a colon (:) is missing after a key
json-syntax-expected-comma-or-end = a comma or a closing bracket is missing
json-syntax-expected-value = a value is expected here
json-syntax-key-not-string = an object's key must be a string in double quotes
json-syntax-trailing-comma = a comma is followed by no value
json-syntax-trailing-characters = more text follows the JSON
json-syntax-invalid-string = a string holds an invalid escape, control character or code point
json-syntax-invalid-number = a number is not valid, or out of range
json-syntax-too-deep = the JSON is nested too deeply
json-syntax-too-large = the text is larger than any policy document, so it was not read
json-syntax-other = the text is not valid JSON

## Issue 19, items 18 and 19: EKS on Fargate in AWS GovCloud (US); an older policy that grants more than its replacement.
finding-fargate-unavailable = Amazon EKS on Fargate isn't available in the partition { $partition } (AWS GovCloud (US)): no pod can use this { -role } there.
finding-fargate-unavailable-fix = Nothing to repair: rolecall creates no { -pod-execution-role } in { $partition }. Run the pods on nodes, or on Fargate in another partition.
finding-policy-superseded-wider = Both { $current } and the older { $policy } it replaces are attached: IAM adds up the permissions of every attached policy, so { $policy }'s wider permissions stay in force.
finding-policy-superseded-wider-fix = rolecall repair --replace-outdated detaches { $policy }.
