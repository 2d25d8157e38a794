## The generated book (cargo xtask book). Facts (names, ARNs, documents) come from the role
## model; these messages are only the prose around them.

book-title = rolecall
book-languages = Languages:
book-chapter-intro = Getting started
book-install-heading = Installing
book-install-body = rolecall is a single binary. Build it from a checkout of the repository with Cargo:
book-try-heading = Trying it on the mock backend
book-try-body = The mock backend is a local IAM sandbox with IAM's rules, quotas and error codes; it keeps its state in $XDG_STATE_HOME/rolecall/mock-iam.json (or --state FILE). Its account is 111122223333. The state file is created readable by you only (0600) and keeps its permissions when rewritten; a symbolic link to it stays a link.
book-account-heading = Pointing it at an AWS account
book-account-body = The default backend is AWS. rolecall finds credentials as the AWS CLI does (environment, shared config and credentials files, SSO, web identity, container and instance metadata) and honours --profile, --region and --endpoint-url. The region selects the partition: cn-* is aws-cn, us-gov-* is aws-us-gov. Each attempt of an IAM call waits at most 60 seconds for a connection (--cli-connect-timeout) and 60 seconds for an answer (--cli-read-timeout), as in the AWS CLI, and a call with all its retries at most 120 seconds (--operation-timeout), so an endpoint that stops answering ends the run with exit status 3. No secret access key or session token is ever printed, even when a server echoes it back.

book-who = Who assumes it: { $principal }.
book-fargate-pod-execution-notes = The { -fargate-profile } names this { -role }; EKS adds it to the { -cluster }'s Kubernetes RBAC so that the kubelet on Fargate can register as a node. Containers in the Pods cannot use its permissions: give them { -irsa } instead. The { -role } must be a different one from the { -node-role } of EC2 node groups.
book-eks-node-notes = Nodes receive these permissions through an { -instance-profile }. The { -role } must not be the one that created the { -cluster }, and it must differ from the { -pod-execution-role } of Fargate profiles.
book-ecs-instance-notes = The ECS container agent and the Docker daemon call AWS APIs with this { -role }, through its { -instance-profile }. External instances (ECS Anywhere) also need Systems Manager permissions, which this { -role } does not cover.

book-definition-heading = Definition
book-definition-intro = rolecall prints this definition with { $command } (shown here as --output json):
book-trust-multi = For several { -clusters }, every { -fargate-profile } pattern goes into one array under one aws:SourceArn key (two keys of the same name in one object would silently overwrite each other):
book-trust-all-regions = For a { -cluster } name in every Region of the account, the Region becomes *:
book-trust-all-clusters = For every { -cluster } in every Region of the account:

book-optional-heading = Optional permissions
book-col-flag = Option
book-col-policy = Policy
book-needs-heading = What the { -role }'s workload does
book-needs-intro = Each need below is one action on a set of resources, with the context keys the service sends where the { -managed-policy } tests them. The needs are derived from the { -managed-policies } the guide attaches, whose documents rolecall keeps (the default version in moto's release that rolecall pins); the { -role } does its job when every need is allowed for every resource of its set, by these policies or by equivalent ones.
book-needs-auto-mode = With { -auto-mode }, the { -role } also has these needs:
book-needs-users-own = This { -role } declares no needs: its permissions are yours to choose, and rolecall checks its trust only.
book-col-action = Action
book-col-resources = Resources
book-col-context = Context keys
book-col-how = How it is granted
book-grant-managed = { -aws-managed-policy }, attached
book-grant-customer = { -customer-managed-policy }, created in the account and attached
book-grant-inline = { -inline-policy }
book-permission-cni-ipv4 = --cni ipv4 attaches AmazonEKS_CNI_Policy for IPv4 { -clusters }. Current guidance puts it on the aws-node { -service-account }'s { -role } ({ -irsa }) instead; rolecall then reports it as a note.
book-permission-cni-ipv6 = --cni ipv6 creates the IPv6 policy of the guide (AmazonEKS_CNI_IPv6_Policy) in the account and attaches it; the same advice about { -irsa } applies.
book-permission-ecr-pull = --with ecr-pull asks for the four ECR actions of the guide. AmazonEC2ContainerServiceforEC2Role, which every container instance { -role } carries, already grants all four, so rolecall makes nothing for it: show lists the permission as already granted, create makes nothing more, and check never reports it missing. A separate copy would only duplicate the { -managed-policy } and drift from it.
book-permission-cloudwatch-logs = --with cloudwatch-logs creates the guide's CloudWatch Logs policy (cwlogspolicy) with the partition's ARN and attaches it.
book-permission-s3-read-only = --with s3-read-only attaches AmazonS3ReadOnlyAccess, so that instances can read their ecs.config from a private bucket.

book-check-heading = Checking an existing role
book-search-names = Without --role-name, rolecall looks for the guide's name first, then, as the guide tells you to, for a { -role } whose name contains one of: { $names }.
book-with-rolecall = With rolecall:
book-with-aws-cli = With the AWS CLI (the same calls, which rolecall sends concurrently):
book-create-heading = Creating the role

book-partitions-heading = Partitions
book-partitions-intro = The { -role } is the same in every partition except for the ARN prefix and, in China, the EC2 { -service-principal }.
book-col-partition = Partition
book-col-policies = Policies

book-errata-heading = Where the guides are wrong or outdated
book-erratum-fargate-placeholders-swapped = The Spanish guide says to replace 111122223333 with the cluster name and my-cluster with the account ID; it is the other way round.
book-erratum-fargate-old-trust = The older Japanese guide's { -trust-policy } has no aws:SourceArn condition. The current guide adds one for each { -cluster } against the { -confused-deputy } problem; rolecall check and rolecall lint warn about a { -trust-policy } without it.
book-erratum-fargate-duplicate-key = The guide suggests adding a second "aws:SourceArn" line for another { -cluster }; two keys of the same name in one object overwrite each other. rolecall puts every pattern in one array; rolecall lint reports duplicate keys, and a line given to be added to a document that already has its key.
book-erratum-fargate-region-code = region-code, my-cluster and 111122223333 are placeholders; a { -trust-policy } that still contains region-code matches nothing. rolecall lint reports placeholders left in a document.
book-erratum-node-pull-only = The older Japanese guide asks for AmazonEC2ContainerRegistryReadOnly; the current guide asks for AmazonEC2ContainerRegistryPullOnly, which AWS published on { $date }. The 2023-10-03 in the older guide is another change: since that date a managed node group's { -role } may carry equivalent permissions instead of the named { -managed-policies }. rolecall warns about ReadOnly and attaches PullOnly on repair (--replace-outdated also detaches ReadOnly). rolecall lint warns about a command that attaches ReadOnly to a node { -role }.
book-erratum-node-arn-space = The Traditional Chinese guide prints policy ARNs with a space, such as "arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy"; IAM rejects them. rolecall lint reports each malformed ARN, in commands and in documents, with the ARN it should be.
book-erratum-node-cn-principal = In China (aws-cn) the EC2 { -service-principal } is ec2.amazonaws.com.cn, not the ec2.amazonaws.com the guides print.
book-erratum-node-cni-irsa = The VPC CNI policy still appears in the node { -role }'s steps; the guides recommend the aws-node { -service-account }'s own { -role } instead, so rolecall adds it only with --cni.
book-erratum-ecs-policy-name = The Spanish guide's text calls the policy "AmazonEC2ContainerServiceRoleForEC2Role"; its real name, used in the command, is AmazonEC2ContainerServiceforEC2Role, under the path service-role/. rolecall lint warns about a text that names a policy that does not exist, with the nearest real name.
book-erratum-ecs-s3-arn = The guide's "arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess" has an extra colon; the ARN is arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess. rolecall lint reports it with the corrected ARN.
book-erratum-ecs-cwlogs-arn = The guide's "arn:aws:iam:111122223333:aws:policy/cwlogspolicy" is malformed; a { -customer-managed-policy } ARN is arn:aws:iam::111122223333:policy/cwlogspolicy. rolecall lint reports it with the corrected ARN.
book-erratum-ecs-cwlogs-query = The guide's list-policies query looks for "cwlogsppolicy", a misspelling of the cwlogspolicy it created. rolecall lint reports a name that a command uses but the text never creates, with the created name it resembles.
book-erratum-ecs-logs-partition = The guide's CloudWatch Logs policy hard-codes arn:aws:; in aws-cn and aws-us-gov rolecall writes the partition's own prefix.
book-erratum-ecs-ecr-covered = The guide prints the ECR permissions as a document of their own, yet AmazonEC2ContainerServiceforEC2Role, which the same guide attaches, already includes all four actions; rolecall adds nothing for --with ecr-pull.

book-chapter-findings = Findings
book-role-findings = Every finding rolecall reports, with what it means and how to fix it, is listed in the Findings chapter.
book-findings-intro = Each finding has a stable code (scripts can match on it), a severity and a message in your language. An error means the { -role } will not do its job or the document is not valid; a warning means it works, against current guidance or security advice; a note is information.
book-col-severity = Severity
book-col-fix = How to fix it

book-chapter-cli = Command line
book-cli-intro = The help below is generated from rolecall's own command-line definition.

book-chapter-exit = Exit statuses
book-exit-intro = rolecall's exit status is stable, for pipelines and scripts.
book-col-status = Status
book-col-meaning = Meaning
book-exit-0 = Success: the { -role } does its job (warnings are printed), the plan ran, or the document is clean.
book-exit-1 = Findings: an error (or a warning, with --strict), a trust verdict rolecall cannot decide, lint findings, or a create or repair that leaves an error or wrote nothing because its own evaluation refused the change.
book-exit-2 = Bad input: the message names the value and what is allowed; nothing was sent to IAM and nothing written.
book-exit-3 = The backend failed: no credentials, access denied, endpoint unreachable, timeout, throttled after retries, another IAM error, or the mock's state file.

book-chapter-json = JSON output
book-json-intro = With --output json every command prints one JSON object. Keys and finding codes are stable English; only the message fields follow your language.
book-json-show = The definition of a { -role } in a context.
book-json-check = The result of a check: ok, missing, drift or undecided; the findings; and the trust verdict: whether the service may assume the { -role } (assumable) and, for the Fargate { -role }, whether every { -fargate-profile } of each { -cluster } asked for may (covered). Each verdict is true, false, or null when it depends on a value rolecall cannot know.
book-json-create = create and repair: the plan, each action named as the IAM API names it, whether it was done, and the equivalent aws iam command; blocked says why nothing was written, left lists the findings check will report once the plan has run.
book-json-lint = The policy documents and aws iam commands found in the text, and the findings, each with the line (and column) where its document or command starts. document is the kind of document when the whole file is one, text otherwise.
book-json-error = Any command that fails prints this object (and the message on standard error).

book-chapter-permissions = IAM permissions rolecall needs
book-permissions-intro = rolecall permissions COMMAND prints the least-privilege policy a principal needs to run a command. check only reads.
book-findings-verdict = Whether a service may assume a { -role } is decided as IAM decides it: an explicit Deny wins, an Allow applies only when its Principal, its Action and every condition match, and a condition on a value rolecall cannot know (the time, your organization, request tags) makes the verdict undecided, never ok. For the Fargate { -role }, a { -cluster } is covered only when every { -fargate-profile } it could have may assume the { -role }, whatever its name. repair only adds (a statement, or { -cluster } patterns to an Allow statement whose other conditions let them through), evaluates the result before writing, and writes nothing if the change would deny anything allowed before or would still not cover a { -cluster } you asked for.

## New in this release: partition facts, errata, lint of texts
book-partitions-intro-fargate = In aws and aws-cn the { -role } is the same except for the ARN prefix: its { -service-principal }, eks-fargate-pods.amazonaws.com, has no .cn form, in China either. EKS on Fargate isn't available in aws-us-gov, so there is no such { -role } there.
book-erratum-node-ipv6-partition = The guide's IPv6 policy for the VPC CNI hard-codes arn:aws:; in aws-cn and aws-us-gov rolecall writes the partition's own prefix.
## The EKS cluster, EKS Auto Mode, ECS task execution and EKS Pod Identity roles.
book-eks-cluster-notes = Every EKS { -cluster } needs an { -cluster-role }: EKS assumes it to manage the { -cluster }'s nodes, and the legacy cloud provider uses it to create load balancers. The guide accepts AmazonEKSClusterPolicy or a custom policy with at least equivalent permissions; like the guides' other managed policies, rolecall checks for AmazonEKSClusterPolicy and reports it missing (comparing a custom policy is up to you). rolecall's own advice, not the guide's: don't let nodes use this { -role } (audit reports a { -role } that serves as both).
book-eks-auto-node-notes = { -auto-mode } launches the { -cluster }'s nodes with this { -role }. The guide accepts AmazonEKSWorkerNodeMinimalPolicy and AmazonEC2ContainerRegistryPullOnly or equivalent permissions, and says this can't be the { -role } used to create any { -cluster }. rolecall's own advice, not the guide's: don't make it the { -cluster-role } either.
book-ecs-task-execution-notes = The ECS container agent and the Fargate agent assume this { -role } to pull images from private Amazon ECR repositories, send container logs with the awslogs driver and read the secrets a task definition refers to. The task's own containers cannot use it: they use the task { -role }. The { -trust-policy } is the guide's, ecs-tasks.amazonaws.com with no condition. AWS recommends an aws:SourceAccount or aws:SourceArn condition (arn:aws:ecs:REGION:ACCOUNT:*, never one cluster's ARN, which breaks task launches) for the { -roles } ECS tasks assume; this { -role }'s guide shows none, so create writes none, check accepts both, and audit warns about a task execution { -role } that the tasks of any account could assume.
book-eks-pod-identity-notes = { -pod-identity } gives the Pods of a Kubernetes service account the credentials of an IAM { -role }. The guide defines only its { -trust-policy }: pods.eks.amazonaws.com may call sts:AssumeRole and sts:TagSession (the service passes { -session-tags }). What the { -role } may do is yours, so rolecall checks and repairs the { -trust-policy } only, and needs the { -role }'s name (--role-name).
book-ecs-task-execution-verdict = ECS assumes the { -role } for a task: rolecall evaluates that request with aws:SourceAccount set to the account and aws:SourceArn set to any task ARN of the account, and calls the { -role } assumable when some task of the account may assume it.
book-eks-pod-identity-verdict = The { -session-tags } name the Pod's { -cluster } (eks-cluster-arn, eks-cluster-name), { -namespace } (kubernetes-namespace), service account (kubernetes-service-account) and the Pod itself (kubernetes-pod-name, kubernetes-pod-uid); an association may also turn them off. Conditions on aws:RequestTag/… keys limit the { -role } to some Pods: rolecall evaluates the { -trust-policy } for every combination of tag values its conditions tell apart, calls the { -role } assumable when the Pods of some scope may assume it, and reports that scope (the trust-scoped note, and scope in the JSON verdict). Every other condition counts as IAM evaluates it; EKS Pod Identity documents no aws:SourceAccount or aws:SourceArn, so a condition on them makes the verdict undecided.
book-auto-mode-heading = EKS Auto Mode
book-auto-mode-intro = { -auto-mode } needs more of the { -cluster-role }: --auto-mode names it { $name }, lets the service also call { $actions } and attaches { $policies } as well (shown here as --output json):
book-auto-mode-repair = An { -cluster-role } made for a standard { -cluster } lacks those: check --auto-mode reports each missing policy and action, and repair --auto-mode adds them without removing anything (sts:TagSession comes in a statement of its own, under the conditions of the statement that already allows sts:AssumeRole).
book-grant-scoped = { -inline-policy } on the resources named with --secret
book-permission-secrets = --with secrets adds the guide's { -inline-policy } for Amazon ECS secrets: ssm:GetParameters, secretsmanager:GetSecretValue and kms:Decrypt, so that the container agent can read the Systems Manager parameters and Secrets Manager secrets a task definition refers to.
book-permission-private-registry = --with private-registry adds the guide's { -inline-policy } for private registry authentication: secretsmanager:GetSecretValue and kms:Decrypt, so that the agent can read the secret that holds the registry's credentials.
book-secrets-model = The guide's documents name one secret and one key of yours; a policy on every secret and key of the account would let every task read all of them. So rolecall writes the guide's document with the ARNs you give with --secret: repeat it for each secret, parameter and customer managed KMS key the tasks read (kms:Decrypt is needed only for a key of your own). check compares the policy with that document, so run it with the same --secret values; a policy of that name that names other resources is reported, never overwritten.
book-name-required = The guide gives this { -role } no name and no name to search for: name yours with --role-name.
book-eks-cluster-partitions = The China pages show eks.amazonaws.com, without .cn, as in the other partitions. In aws-us-gov rolecall writes eks.amazonaws.com too: no AWS page it found confirms the GovCloud principal, and no other spelling is known.
book-eks-auto-node-partitions = This { -role }'s China page shows ec2.amazonaws.com, as the node { -role }'s guides do. For the node { -role }, EKS node groups in China reject a { -role } without ec2.amazonaws.com.cn (their error message says so), which is why rolecall writes that form there; whether { -auto-mode } needs it is unconfirmed, so in aws-cn rolecall writes the page's ec2.amazonaws.com and accepts either when checking, without a finding.
book-ecs-task-execution-partitions = ECS tasks use ecs-tasks.amazonaws.com in every partition, China included. In aws-us-gov no AWS page rolecall found confirms it, and no other spelling is known.
book-eks-pod-identity-partitions = The China page shows pods.eks.amazonaws.com, without .cn. In aws-us-gov no AWS page rolecall found confirms it, and no other spelling is known.
book-history-heading = History
book-eks-cluster-history = Before { $required_until }, AmazonEKSClusterPolicy itself was required on every { -cluster }'s { -role }; since then a custom policy with equivalent permissions is accepted. Before { $service_until }, AmazonEKSServicePolicy was required as well and the suggested name was eksServiceRole; the AWSServiceRoleForAmazonEKS service-linked { -role } took over its permissions, so rolecall never asks for it.
book-erratum-cluster-auto-check-step = The Auto Mode cluster { -role } guide lists five policies, yet its steps for checking an existing { -role } look only for AmazonEKSClusterPolicy; rolecall checks all five with --auto-mode.
book-erratum-auto-node-one-of-names = The Auto Mode node { -role } guide says to search for a { -role } "with one of those names" but gives a single name, AmazonEKSAutoNodeRole.
book-erratum-task-execution-policy-path = An older version of the guide attaches arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy, without the path service-role/; the policy's ARN is arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy.
## Manual pages, the landing page, the role diagrams and infrastructure as code.
man-manual = rolecall Manual
man-name = NAME
man-synopsis = SYNOPSIS
man-description = DESCRIPTION
man-examples = EXAMPLES
man-exit-status = EXIT STATUS
man-version = VERSION
man-see-also = SEE ALSO
book-all-languages = All languages
book-landing-pitch = rolecall checks, creates and repairs the IAM roles that EKS and ECS compute needs, exactly as the AWS guides define them, and never removes anything unless you ask.
book-landing-open = Read the book in English
book-diagram-title = { $role }: who assumes it, the role and its policies
book-diagram-principal = { -service-principal } that assumes the { -role }
book-diagram-condition = only when { $key } matches ({ $operator }):
book-diagram-assumes = sts:AssumeRole
book-diagram-role = IAM { -role }
book-diagram-path = path
book-diagram-profile = { -instance-profile }
book-diagram-contains = contains the { -role }
book-diagram-policies = attached and inline policies
book-diagram-aws-managed = { -aws-managed-policy }
book-diagram-customer-managed = { -customer-managed-policy }
book-diagram-inline = { -inline-policy }
book-diagram-optional = optional: { $flag }
book-diagram-covers = already grants { $flag }
book-iac-heading = Infrastructure as code
book-iac-intro = The same definition, as a CloudFormation template or as Terraform configuration for the AWS provider. ARNs take the partition from the stack, and without --account the aws:SourceArn patterns take the stack's account. A customer managed policy is a resource of its own, and an { -inline-policy } becomes AWS::IAM::RolePolicy or aws_iam_role_policy.
book-iac-cloudformation = CloudFormation, from { $command }:
book-iac-terraform = Terraform, from { $command }:

## Typed seams (issue 12c): the JSON chapter from the report types and their schemas, the
## command-line chapter's table of options from the flag table.
book-json-notation = Each shape below is read from the object's JSON Schema, in TypeScript's notation: string, number and boolean are values of that type, | separates the values a key may take, T[] is a list, and a key followed by ? may be absent. An object holding only … is a policy document.
book-json-schema = JSON Schema: { $link }
book-json-roles = Every kind of { -role } rolecall knows: its name in your language, the guide's name for the { -role } (null when the guide gives none), the { -service-principal } it trusts, its { -managed-policies }, and the optional permissions --cni and --with add.
book-json-repair = repair prints the same object as create: its plan, how it ran, and what check will report afterwards.
book-json-audit = Every { -role } of the account that serves a purpose rolecall knows, with check's keys and its kind; the findings about the account as a whole (account_findings); and the counts.
book-json-audit-organization = audit --organization and audit --accounts: each account's audit with its account_id, its name in the organization and the status ok, or the status failed and the error that kept it from being read; then the counts across accounts.
book-json-audit-organization-line = With --output jsonl, audit --organization prints one object a line as results arrive: each { -role } (type role) and each finding about an account as a whole (type account_finding), then the account (type account), and last the summary (type summary). Every object but the summary names its account_id.
book-json-permissions = The least-privilege IAM policy the command needs; with --organization, the caller's policy, the member { -role }, and the member { -role }'s permissions policy and { -trust-policy }.
book-json-mock-serve = The first line mock serve prints, before it serves: the URL it listens on and the state file it serves.
book-cli-flags-heading = Options and arguments
book-col-value = Value
book-col-commands = Commands
book-cli-global = every command

## Issue 19, items 18 and 19: EKS on Fargate in AWS GovCloud (US); AmazonEKSBlockStoragePolicyV2.
book-partition-no-fargate = Amazon EKS on Fargate isn't available here (AWS's GovCloud (US) user guide): rolecall show and create refuse this { -role } (exit status 2), and check and audit report it (fargate-unavailable).
book-erratum-cluster-block-storage-v2 = The Auto Mode cluster { -role } guide names AmazonEKSBlockStoragePolicy; AWS published AmazonEKSBlockStoragePolicyV2 on { $block_storage_date }, which limits creating volumes from snapshots and snapshots of volumes to the { -cluster }'s own resources, and AWS's current Auto Mode set-up attaches it. IAM adds up the permissions of every attached policy, so the older policy left beside V2 keeps its wider permissions. rolecall attaches V2, warns about the older policy alone or beside V2, and repair --replace-outdated attaches V2 and detaches the older policy.

## Issue 20: the chapter on what a role may do (permission verdicts).
book-chapter-granted = What a role may do
book-granted-intro = rolecall judges what a { -role } may do as IAM decides it, never by the names of the policies attached. Each kind of { -role } declares the needs of its workload (listed in its chapter): an action on a set of resources, with the context keys its service sends. rolecall asks each need as the { -role }'s own session asks it: the caller is the { -role }, aws:PrincipalArn and aws:PrincipalAccount are its own, aws:PrincipalTag/* are its tags, and every other key the need does not declare is unknown. A need is granted only when it is allowed for every resource of its set.
book-granted-how-heading = What decides
book-granted-how-intro = rolecall reads what IAM weighs for the { -role }'s requests and combines it as IAM does:
book-granted-how-deny = An explicit Deny in any of these policies wins.
book-granted-how-identity = An identity-based policy must allow the need: an { -inline-policy } of the { -role }, or the default version of a { -managed-policy } attached to it (AWS managed ones too: their versions change, and differ by partition).
book-granted-how-boundary = When the { -role } has a { -permissions-boundary }, the boundary must allow the need too: the { -role }'s own policies cannot grant more than its boundary.
book-granted-how-scps = In an organization, at every level from the root through each organizational unit (OU) to the account, a { -scp } attached at that level must allow the need (FullAWSAccess is attached everywhere by default). { -scps } do not apply to the management account nor to service-linked roles.
book-granted-verdict-heading = Granted, not granted, undecided
book-granted-verdict = Each need is granted, not granted or undecided. It is undecided when the answer depends on a value rolecall cannot know (a condition on aws:SourceVpc, for example) or on a policy it could not read: rolecall never guesses it granted. The { -role } is granted when every need is, not granted when one is not, and undecided otherwise (exit status 1, as for an undecided trust). check prints one line with the verdict and the first needs not granted; its JSON gives the verdict ("granted": true, false or null) and every need with what decided it: the identity-based policy and its statement, the boundary, each level of { -scps }. An { -pod-identity-role } declares no needs: what it may do is yours to choose.
book-granted-scps-heading = Whether the { -scps } were weighed
book-granted-scps-intro = The permissions block of check's JSON says in "scps" whether the verdict weighed the { -scps }:
book-granted-scps-read = rolecall read the { -scps } of every level, from the root to the account (DescribeOrganization, ListParents up to the root, ListPoliciesForTarget and DescribePolicy, beside the { -role }'s own reads), and the verdict weighs them.
book-granted-scps-not-read = The caller may not read them (AccessDenied, as from most member accounts): the verdict leaves them out and says so in a note (scps-not-read), never an error. Run rolecall from the organization's management account or a delegated administrator to weigh them.
book-granted-scps-not-applicable = No { -scp } applies: the account belongs to no organization, it is the organization's management account, or the { -role } is a service-linked role.
book-granted-not-read-heading = What rolecall does not read
book-granted-not-read = Resource-based policies (a secret's, a KMS key's, a repository's), resource control policies (RCPs) and VPC endpoint policies are not read. Any of them may still deny a request that rolecall finds granted: where your accounts use them, check them by hand.
book-granted-repair-heading = What repair changes, and what it never edits
book-granted-repair = repair attaches the guide's { -managed-policy } when a need it serves is not granted by any policy of the { -role }. It no longer attaches a { -managed-policy } whose needs the { -role }'s other policies already grant: this is a change, as repair used to attach every policy the guide names. The missing policy is then a note (policy-equivalent) for the { -roles } whose guides accept equivalent permissions ({ $kinds }), and a warning (policy-missing-granted) for the others. repair never edits a { -permissions-boundary }, a { -scp } or a Deny statement: when one of them blocks a need, repair names it among what it does not change, writes nothing for it and exits with status 1; what remains is what check then finds.
book-granted-examples-heading = An example of each finding
book-granted-examples-intro = Each example below is a { -role } in the account { $account }, judged by rolecall's own code; each finding is shown as check prints it.
book-granted-example-not-granted = The { -node-role } carries both of its guide's { -managed-policies }, but the default version of AmazonEKSWorkerNodePolicy that IAM answers lacks ec2:DescribeInstances (the documents of AWS managed policies change from version to version, and differ by partition). The name is there; the need is not granted.
book-granted-example-denied = The { -node-role } carries both { -managed-policies }, and its { -inline-policy } guard has a Deny statement, NoDescribe, on ec2:DescribeInstances.
book-granted-example-boundary = The { -node-role } carries both { -managed-policies }, but its { -permissions-boundary } allows only s3:*.
book-granted-example-scp = The { -node-role } carries both { -managed-policies }, but a { -scp } named NoEcr, attached to the account beside FullAWSAccess, denies ecr:*.
book-granted-example-undecided = The { -node-role } carries both { -managed-policies }, and an { -inline-policy } denies everything unless aws:SourceVpc is vpc-1: whether a request comes through that VPC cannot be known in advance.
book-granted-example-scps-not-read = The { -node-role } is as its guide makes it, but the caller may not read the organization's { -scps }: ListParents answers AccessDenied.
book-granted-example-equivalent = The { -node-role } carries no { -managed-policy }; an { -inline-policy } allows every need of both, each on its resources. The node role's guide accepts equivalent permissions.
book-granted-example-missing-granted = The { -task-execution-role } carries no { -managed-policy }; an { -inline-policy } allows every need of AmazonECSTaskExecutionRolePolicy. Its guide names the policy itself.
# Between the items of a list in a sentence.
book-list-separator = { ", " }
