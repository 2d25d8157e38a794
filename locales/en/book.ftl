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
book-trust-multi = For several { -cluster }s, every { -fargate-profile } pattern goes into one array under one aws:SourceArn key (two keys of the same name in one object would silently overwrite each other):
book-trust-all-regions = For a { -cluster } name in every Region of the account, the Region becomes *:
book-trust-all-clusters = For every { -cluster } in every Region of the account:

book-optional-heading = Optional permissions
book-col-flag = Option
book-col-policy = Policy
book-col-how = How it is granted
book-grant-managed = { -aws-managed-policy }, attached
book-grant-customer = { -customer-managed-policy }, created in the account and attached
book-grant-inline = { -inline-policy }
book-permission-cni-ipv4 = --cni ipv4 attaches AmazonEKS_CNI_Policy for IPv4 { -cluster }s. Current guidance puts it on the aws-node { -service-account }'s { -role } ({ -irsa }) instead; rolecall then reports it as a note.
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
book-erratum-fargate-old-trust = The older Japanese guide's { -trust-policy } has no aws:SourceArn condition. The current guide adds one for each { -cluster } against the { -confused-deputy } problem; rolecall warns about a { -trust-policy } without it.
book-erratum-fargate-duplicate-key = The guide suggests adding a second "aws:SourceArn" line for another { -cluster }; two keys of the same name in one object overwrite each other. rolecall puts every pattern in one array and lint reports duplicate keys.
book-erratum-fargate-region-code = region-code, my-cluster and 111122223333 are placeholders; a { -trust-policy } that still contains region-code matches nothing. rolecall lint reports placeholders left in a document.
book-erratum-node-pull-only = The older Japanese guide asks for AmazonEC2ContainerRegistryReadOnly. Since 2023-10-03 the guide asks for AmazonEC2ContainerRegistryPullOnly; rolecall warns about ReadOnly and attaches PullOnly on repair (--replace-outdated also detaches ReadOnly).
book-erratum-node-arn-space = The Traditional Chinese guide prints policy ARNs with a space, such as "arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy"; IAM rejects them. rolecall lint reports malformed ARNs.
book-erratum-node-cn-principal = In China (aws-cn) the EC2 { -service-principal } is ec2.amazonaws.com.cn, not the ec2.amazonaws.com the guides print.
book-erratum-node-cni-irsa = The VPC CNI policy still appears in the node { -role }'s steps; the guides recommend the aws-node { -service-account }'s own { -role } instead, so rolecall adds it only with --cni.
book-erratum-ecs-policy-name = The Spanish guide's text calls the policy "AmazonEC2ContainerServiceRoleForEC2Role"; its real name, used in the command, is AmazonEC2ContainerServiceforEC2Role, under the path service-role/.
book-erratum-ecs-s3-arn = The guide's "arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess" has an extra colon; the ARN is arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess.
book-erratum-ecs-cwlogs-arn = The guide's "arn:aws:iam:111122223333:aws:policy/cwlogspolicy" is malformed; a { -customer-managed-policy } ARN is arn:aws:iam::111122223333:policy/cwlogspolicy.
book-erratum-ecs-cwlogs-query = The guide's list-policies query looks for "cwlogsppolicy", a misspelling of the cwlogspolicy it created.
book-erratum-ecs-logs-partition = The guide's CloudWatch Logs and IPv6 policies hard-code arn:aws:; in aws-cn and aws-us-gov rolecall writes the partition's own prefix.
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
book-json-lint = The findings of a policy document.
book-json-error = Any command that fails prints this object (and the message on standard error).

book-chapter-permissions = IAM permissions rolecall needs
book-permissions-intro = rolecall permissions COMMAND prints the least-privilege policy a principal needs to run a command. check only reads.
book-findings-verdict = Whether a service may assume a { -role } is decided as IAM decides it: an explicit Deny wins, an Allow applies only when its Principal, its Action and every condition match, and a condition on a value rolecall cannot know (the time, your organization, request tags) makes the verdict undecided, never ok. For the Fargate { -role }, a { -cluster } is covered only when every { -fargate-profile } it could have may assume the { -role }, whatever its name. repair only adds (a statement, or { -cluster } patterns to an Allow statement whose other conditions let them through), evaluates the result before writing, and writes nothing if the change would deny anything allowed before or would still not cover a { -cluster } you asked for.

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
