## The command line: help, headings, errors and results.

app-about = Check, create and repair the IAM { -roles } that EKS and ECS compute needs.
app-long-about = rolecall checks an AWS account's IAM { -roles } against the AWS guides for the { -pod-execution-role }, the { -node-role }, the { -container-instance-role }, the { -cluster-role } (and { -auto-mode }'s), the { -auto-node-role }, the { -task-execution-role } and { -pod-identity } { -roles }, creates them as the guides do, and repairs drift without removing anything.

heading-usage = Usage:
heading-options = Options
heading-global = Global options
heading-context = Role context
heading-arguments = Arguments
heading-commands = Commands
heading-examples = Examples:

value-options = OPTIONS
value-command = COMMAND
value-kind = KIND
value-file = FILE
value-lang = LANG
value-output = FORMAT
value-backend = BACKEND
value-state = FILE
value-profile = PROFILE
value-region = REGION
value-endpoint-url = URL
value-cli-read-timeout = SECONDS
value-cli-connect-timeout = SECONDS
value-partition = PARTITION
value-cluster = CLUSTER
value-cluster-region = REGION
value-account = ACCOUNT
value-cni = FAMILY
value-with = PERMISSION
value-role-name = NAME
value-path = PATH
value-none = (none)
value-stdin = standard input

cmd-roles = List the { -roles } rolecall knows
cmd-roles-long = Lists the { -roles } rolecall knows, the name each guide gives them and who may assume them.
cmd-show = Print a { -role }'s definition
cmd-show-long = Prints what a { -role } should look like in a context: its { -trust-policy }, { -managed-policy } and { -inline-policy } documents and its { -instance-profile }. Nothing is read from or written to IAM.
cmd-check = Check a { -role } in the account against its guide
cmd-check-long = Reads the { -role } from IAM and compares it with its guide. Never writes. Exit status: 0 when the { -role } does its job (warnings are printed), 1 when it has an error (or a warning, with --strict), 3 when IAM cannot be asked.
cmd-create = Create a { -role } as its guide does
cmd-create-long = Creates a missing { -role } with its { -trust-policy }, policies and { -instance-profile }. An existing { -role } is left as it is: use repair for it. With --dry-run, prints the plan and the equivalent aws iam commands instead. A create that stopped part way is finished when run again.
cmd-repair = Repair a { -role } that drifted from its guide
cmd-repair-long = Adds what a { -role } lacks: a { -trust-policy } statement, a { -cluster }'s Fargate profiles, a policy, an { -instance-profile }. Nothing the { -role } has is removed, and who may assume it is never narrowed, unless --replace-outdated or --restrict-trust asks for it.
cmd-lint = Check policy documents and aws iam commands for mistakes
cmd-lint-long = Checks any text: a policy document, a shell script, a Markdown runbook or a guide page copied from a browser. Every policy document in it (JSON, fenced or not) and every aws iam command is checked: JSON, duplicate keys, Version, ARNs, principals, actions, placeholders left from the guides, AWS managed policy names and paths, names used but never created. A document is linted as the command that reads it says, or as its statements say ({ -trust-policy }, permissions policy or resource-based policy); --trust or --permissions decides for every document. Exit status: 0 when clean, 1 with findings, 2 when the file cannot be read.
cmd-permissions = Print the IAM policy rolecall itself needs
cmd-permissions-long = Prints the least-privilege IAM policy a principal needs to run a rolecall command (check, create, repair or audit), ready to attach.

arg-lang = Language of the output: en, es, ja, zh-TW, zh-CN [default: from LC_ALL, LC_MESSAGES, LANG]
arg-output = Output format: text, json, or jsonl (one JSON object a line; audit streams one per result) [default: text]
arg-backend = Where IAM is: aws, or mock (a local sandbox) [default: aws]
arg-state = The mock backend's state file, created readable by you only [default: $ROLECALL_MOCK_STATE, or $XDG_STATE_HOME/rolecall/mock-iam.json]
arg-profile = Use this profile from the AWS shared config and credentials files
arg-region = The AWS Region, which also selects the partition (cn-* is aws-cn, us-gov-* is aws-us-gov)
arg-endpoint-url = Send IAM and STS requests to this URL instead of AWS's
arg-cli-read-timeout = Seconds each attempt of an IAM call waits for an answer [default: 60]
arg-cli-connect-timeout = Seconds each attempt of an IAM call waits for a connection [default: 60]
arg-no-color = Never color the output (NO_COLOR does the same)
arg-verbose = Print each IAM call and its duration to standard error
arg-version = Print the version
arg-help = Print help (--help prints more than -h)
arg-partition = The AWS partition: aws, aws-cn or aws-us-gov [default: from the region]
arg-cluster = An EKS { -cluster } name or ARN whose { -fargate-profiles } may use the { -role }; * for every { -cluster }; repeat for more
arg-cluster-region = The Region of the { -clusters }; * for every Region [default: from the cluster ARN or --region]
arg-account = The 12-digit { -account-id } the { -clusters } and policies live in [default: the caller's]
arg-cni = EKS node { -role } only: also grant the VPC CNI policy for ipv4 or ipv6 clusters (better on the aws-node { -irsa } role) [default: none]
arg-with = An optional permission: ecr-pull, cloudwatch-logs or s3-read-only (ecs-instance); secrets or private-registry (ecs-task-execution); repeat for more
arg-role-name = The { -role }'s name (required for eks-pod-identity) [default: the guide's]
arg-path = The IAM path for new { -roles } and { -instance-profiles } [default: /]
arg-strict = Also exit with status 1 on warnings
arg-dry-run = Print the plan and the equivalent aws iam commands; change nothing
arg-replace-outdated = Detach a policy the current guide replaced (AmazonEC2ContainerRegistryReadOnly) once its successor is attached
arg-restrict-trust = Add an aws:SourceArn condition to a Fargate { -trust-policy } that has none; this narrows who may assume the { -role }
arg-trust = Lint every document as a { -trust-policy }
arg-kind = The { -role }: fargate-pod-execution, eks-node, ecs-instance, eks-cluster, eks-auto-node, ecs-task-execution or eks-pod-identity
arg-file = A policy document, script, runbook or guide page; - reads standard input
arg-for = The command: check, create, repair or audit

examples-rolecall =
    rolecall roles
    rolecall check eks-node --profile prod
    rolecall --backend mock create fargate-pod-execution --cluster prod --cluster-region us-west-2
examples-show =
    rolecall show eks-node --cni ipv6 --partition aws-cn
    rolecall show fargate-pod-execution --cluster a --cluster b --cluster-region eu-west-1 --output json
examples-check =
    rolecall check eks-node
    rolecall check fargate-pod-execution --cluster arn:aws:eks:us-west-2:111122223333:cluster/prod --strict
examples-create =
    rolecall create ecs-instance --with cloudwatch-logs --dry-run
    rolecall create fargate-pod-execution --cluster '*' --cluster-region '*'
examples-repair =
    rolecall repair fargate-pod-execution --cluster new-cluster --cluster-region us-west-2
    rolecall repair eks-node --replace-outdated
examples-lint =
    rolecall lint trust.json --trust
    cat policy.json | rolecall lint -
    rolecall lint runbook.md --output json
examples-permissions =
    rolecall permissions check
    rolecall permissions create --account 111122223333

label-error = error:

clap-unknown-argument = unknown option “{ $arg }”
clap-unknown-command = unknown command “{ $command }”
clap-missing-argument = a required argument was not given: { $arg }
clap-missing-command = a command is required
clap-invalid-value = “{ $value }” is not a valid value for { $arg }
clap-missing-value = { $arg } needs a value
clap-unexpected-value = { $arg } takes no more values; “{ $value }” was not expected
clap-conflict = { $arg } cannot be used here
clap-other = the command line could not be read
clap-suggestion = did you mean “{ $suggestion }”?
clap-valid-values = allowed: { $values }
clap-more-help = For more information, try --help.

severity-error = error
severity-warning = warning
severity-info = note

summary-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }, { $notes ->
        [one] 1 note
       *[other] { $notes } notes
    }

field-account = --account
field-region = --region
field-cluster-region = --cluster-region
field-cluster = --cluster
field-role-name = --role-name
field-policy-name = the policy name
field-instance-profile-name = the { -instance-profile } name
field-path = --path
field-partition = --partition
field-kind = KIND
field-cni = --cni
field-with = --with
field-arn = the ARN
field-lang = --lang
field-output = --output
field-backend = --backend
field-endpoint-url = --endpoint-url
field-concurrency = --concurrency
field-timeout = the timeout
field-cli-read-timeout = --cli-read-timeout
field-cli-connect-timeout = --cli-connect-timeout

hint-cluster = name a { -cluster } (or * for every { -cluster }), since the { -trust-policy } is limited to its { -fargate-profiles }
hint-cluster-region = give --cluster-region, a { -cluster } ARN, or --region
hint-backend = give --state FILE or set ROLECALL_MOCK_STATE, since no home directory was found

error-missing-value = { $flag } is required: { $hint }.
error-invalid-value = “{ $value }” is not valid for { $flag }: { $rule }.
rule-digits = expected exactly { $count } digits
rule-iam-name = expected 1 to { $max } characters from A-Z a-z 0-9 + = , . @ _ -
rule-cluster-name = expected 1 to 100 letters, digits, - and _, starting with a letter or digit
rule-region-code = expected a Region code such as us-west-2
rule-one-of = expected one of: { $values }
rule-iam-path = expected / or a path such as /eks/nodes/ (at most 512 characters)
rule-arn-shape = expected an ARN of the form { $shape }
rule-conflicts = it contradicts { $other }
rule-url = expected an http:// or https:// URL
rule-range = expected a whole number from { $min } to { $max }

error-no-credentials = No AWS credentials were found. Set them up with aws configure or aws sso login, choose a profile with --profile or AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
error-access-denied = Access denied to iam:{ $operation }. IAM said: { $message } — rolecall permissions prints the policy rolecall needs.
error-unreachable = The endpoint could not be reached for { $operation }: check the network, --region and --endpoint-url.
error-timeout = No answer in time for { $operation }: each attempt waits --cli-read-timeout seconds (60 by default) and the call with all its retries --operation-timeout seconds (120 by default). Try again, or raise them.
error-throttled = IAM kept throttling { $operation } after retries; wait a little and run the same command again.
error-bad-response = The answer to { $operation } could not be read.
error-iam = IAM refused { $operation }: { $code }: { $message }
error-read-file = Cannot read “{ $file }”: { $reason }.
io-not-found = there is no such file
io-permission-denied = permission denied
io-not-text = it is not UTF-8 text
io-other = it could not be read

col-kind = KIND
col-role = ROLE
col-default-name = GUIDE'S NAME
col-principal = TRUSTED PRINCIPAL

kind-fargate-pod-execution = { -pod-execution-role }
kind-eks-node = { -node-role }
kind-ecs-instance = { -container-instance-role }
kind-fargate-pod-execution-purpose = Assumed by EKS Fargate infrastructure to pull images and route logs for the Pods of a { -fargate-profile }.
kind-eks-node-purpose = Assumed by the kubelet on EKS nodes (EC2 instances) to call AWS APIs on your behalf.
kind-ecs-instance-purpose = Assumed by the ECS container agent on container instances (EC2 instances) through an { -instance-profile }.

permissions-intro = The IAM policy a principal needs to run “rolecall { $command }”:

show-title = { $role } — { $kind } ({ $partition })
show-trust-policy = { -trust-policy }:
show-managed-policies = { -managed-policies }:
show-customer-policies = { -customer-managed-policies }:
show-inline-policies = { -inline-policies }:
show-instance-profile = { -instance-profile }:

check-title = Checking { $role } ({ $kind })
status-ok = ok
status-missing = missing
status-drift = drift
check-summary = Result: { $status } — { $counts }.

action-CreateRole = create the { -role } { $role }
action-UpdateAssumeRolePolicy = update the { -trust-policy } of { $role }
action-CreatePolicy = create the { -customer-managed-policy } { $policy }
action-AttachRolePolicy = attach { $policy } to { $role }
action-DetachRolePolicy = detach { $policy } from { $role }
action-PutRolePolicy = put the { -inline-policy } { $policy } on { $role }
action-CreateInstanceProfile = create the { -instance-profile } { $profile }
action-AddRoleToInstanceProfile = add { $role } to the { -instance-profile } { $profile }

plan-title = { $count ->
        [0] Plan for { $role }: no changes
        [one] Plan for { $role }: 1 change
       *[other] Plan for { $role }: { $count } changes
    }
plan-nothing = The { -role } already matches its guide.
create-exists = The { -role } { $role } already exists; nothing was changed. To bring it in line with its guide, run: rolecall repair { $kind }
create-resume = { $role } is as an earlier create left it; finishing the remaining steps.
repair-missing = There is no { -role } { $role } to repair. To create it, run: rolecall create { $kind }
dry-run-commands = Equivalent AWS CLI commands:
dry-run-nothing-changed = Dry run: nothing was changed.
apply-done = { $count ->
        [one] Done: 1 change made.
       *[other] Done: { $count } changes made.
    }
apply-stopped = Stopped after { $count ->
        [one] 1 change
       *[other] { $count } changes
    }. Run the same command again to finish.

lint-title = Linting { $file } ({ $document })
document-trust = { -trust-policy }
document-identity = permissions policy
lint-clean = No problems found.
lint-summary = Result: { $counts }.

progress-waiting = Waiting for IAM to catch up with what was just created ({ $operation }, attempt { $attempt })…
progress-call = { $operation }: { $millis } ms
progress-call-failed = { $operation }: failed after { $millis } ms

# A calendar date: $year (four digits), $month and $day (numbers), $iso (YYYY-MM-DD).
date = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $day }, { $year }

cmd-audit = Find and check every container role in the account
cmd-audit-long = Lists every role of the account and checks each one that serves one of the purposes rolecall knows (found by its trust, its policies and the guides' names), then reports what no single check can see: one { -role } used for both nodes and Fargate, or for both the { -cluster } and its nodes, several Fargate { -roles } for one { -cluster }, node { -roles } without an { -instance-profile }, task execution { -roles } open to other accounts. Never writes. Exit status: 0 when no { -role } has an error, 1 otherwise, 3 when IAM cannot be asked.
examples-audit =
    rolecall audit
    rolecall audit --concurrency 4 --output json
arg-concurrency = How many { -roles } to check at once (IAM's request rate is limited) [default: 8]
value-concurrency = N
col-status = STATUS
col-findings = FINDINGS
audit-title = Container { -roles } in the account
audit-none-found = No { -role } serves one of the purposes rolecall knows.
audit-account-findings = Across the account:
audit-progress-scanned = roles listed:
audit-progress-found = found:
audit-summary = { $scanned ->
        [one] 1 role listed
       *[other] { $scanned } roles listed
    }; { $found } found: { $ok } ok, { $drift } with errors.

## The trust verdict, and what a repair leaves.
status-undecided = undecided
verdict-yes = yes
verdict-no = no
verdict-undecided = undecided (depends on a value rolecall cannot know)
check-trust = { $principal } may assume the { -role }: { $verdict }
check-trust-clusters = { $principal } may assume the { -role } for every { -cluster } asked for: { $verdict }
check-trust-cluster = { -cluster } { $cluster } ({ $region }): every { -fargate-profile } may assume it: { $verdict }
check-permissions = The { -role } may do what its workload needs ({ $needs } actions, as IAM decides with { $scps }): { $verdict }
check-permission-need = { $action } on { $resource }: { $verdict }
check-permissions-users-own = What the { -role } may do is yours to choose (EKS Pod Identity): rolecall judges its trust only.
check-scps-read = the { -scps } of every level
check-scps-not-read = the { -scps } left out (not read)
check-scps-not-applicable = no { -scps } (none apply)
show-covered = Asked for, and already granted by a required policy:
show-covered-item = { $permission }, in { $policy }
plan-refused = rolecall wrote nothing:
plan-blocked = rolecall does not change what stops these (it never edits a { -permissions-boundary }, an { -scp } or a Deny statement):
plan-left = What remains after this plan:
plan-left-nothing-to-write = rolecall has nothing to write; what remains needs you:
plan-left-stopped = What remains, as the plan stopped part-way (check will find it):

## Hardening (issue 11): timeouts, answers that are not IAM's, credentials, the mock's state file, input bounds.

value-operation-timeout = SECONDS
arg-operation-timeout = Seconds one IAM call may take with all its retries [default: 120]
field-operation-timeout = --operation-timeout
error-not-iam = The endpoint answered { $operation } with something that is not an IAM response (HTTP status { $status }, content type { $content_type }). Check --endpoint-url, AWS_ENDPOINT_URL and any proxy in between.
error-profile-not-found = The AWS profile “{ $profile }” is in neither { $config_file } nor { $credentials_file }. Check --profile and AWS_PROFILE, or create it with: aws configure --profile { $profile }
error-profile-file-invalid = The AWS shared file { $file } cannot be parsed (line { $line }), so no credentials could be read. Fix that line, or point AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE at another file.
error-credential-process = The credential_process of the AWS profile “{ $profile }” (in { $file }) failed and gave no credentials. Run that command yourself to see why.
error-managed-policy-missing = The { -aws-managed-policy } { $policy } does not exist in the { $partition } partition of this endpoint (GetPolicy does not find it), so { $operation } cannot attach it; waiting would not help. IAM said: { $message } — check --region and --endpoint-url.
error-state-lock-name = The state file “{ $file }” ends in .lock, the name rolecall gives the state's lock file; choose another name for --state.
error-state-not-a-file = The state file “{ $file }” is a directory or another special file; give --state the path of a regular file (it is created if missing).
error-state-format = The mock's state file { $file } was written by a newer rolecall (format { $format }; this one knows format { $known }). Rewriting it would lose what it holds: use the newer rolecall, or another --state file.
error-too-large-state-file = The mock's state file { $file } is { $size } bytes, over rolecall's limit of { $limit } bytes; it was not read.
error-too-large-state-write = Writing the mock's state file { $file } would make it { $size } bytes, over the { $limit } bytes rolecall reads; nothing was written.
error-state-not-writable = The mock's state file { $file } may not be written (it is read-only, or not yours to write); rolecall wrote nothing. Make it writable, or give --state another file.
error-lint-too-large = “{ $file }” is larger than { $limit } MiB, more than rolecall lint reads.
error-document-too-large = “{ $file }” is { $size } bytes: no IAM policy document is that large (IAM's largest are a few KB), and rolecall does not parse one over { $limit } bytes.
error-too-large-policy-document = The answer to { $operation } holds a policy document of { $size } bytes, over rolecall's limit of { $limit } bytes (IAM's own largest are a few KB); it was not read.
## lint of any text
arg-permissions = Lint every document as a permissions policy
document-resource = resource-based policy
lint-title-text = Linting { $file }: { $documents ->
        [one] one policy document
       *[other] { $documents } policy documents
    }, { $commands ->
        [one] one aws iam command
       *[other] { $commands } aws iam commands
    }

## audit of an Organization (several accounts).
rule-external-id = expected 2 to 1224 characters from A-Z a-z 0-9 + = , . @ : / _ -
rule-role-with-path = expected a { -role } name (1 to 64 characters from A-Z a-z 0-9 + = , . @ _ -), optionally after its path, such as /audit/ReadOnly
rule-non-empty-list = expected at least one 12-digit { -account-id }, separated by commas
field-accounts = --accounts
field-assume-role = --assume-role
field-external-id = --external-id
field-account-concurrency = --account-concurrency
arg-organization = Audit every active account of your AWS Organization (listed with Organizations ListAccounts), each through the member { -role } assumed in it; your own account with your own credentials
arg-accounts = Audit these accounts (each a 12-digit { -account-id }, separated by commas), assuming the member { -role } in each; with --organization, only those of the Organization
value-accounts = ID[,ID…]
arg-assume-role = The member { -role } to assume in each account, with its path if it has one [default: OrganizationAccountAccessRole]
value-assume-role = NAME
arg-external-id = The external ID the member { -role }'s { -trust-policy } asks for
value-external-id = ID
arg-account-concurrency = Accounts audited at a time, each with its own --concurrency [default: 4]
value-account-concurrency = N
org-account-title = Account { $account }{ $name ->
        [none] {""}
       *[other] {" "}({ $name })
    }
org-account-failed = The account could not be read: { $reason }
org-summary = { $audited ->
        [one] 1 account audited
       *[other] { $audited } accounts audited
    }, { $failed ->
        [one] 1 could not be read
       *[other] { $failed } could not be read
    }; { $roles ->
        [one] 1 { -role } found
       *[other] { $roles } { -roles } found
    }, { $errors ->
        [one] 1 with errors
       *[other] { $errors } with errors
    }.
org-progress = accounts: { $done } of { $total }
## The EKS cluster, EKS Auto Mode, ECS task execution and EKS Pod Identity roles.
kind-eks-cluster = { -cluster-role }
kind-eks-auto-node = { -auto-node-role }
kind-ecs-task-execution = { -task-execution-role }
kind-eks-pod-identity = { -pod-identity-role }
kind-eks-cluster-purpose = Assumed by the Amazon EKS control plane to manage the { -cluster }'s nodes and load balancers; with --auto-mode, also its compute, storage and networking ({ -auto-mode }).
kind-eks-auto-node-purpose = Assumed by the EC2 instances that { -auto-mode } launches as the { -cluster }'s nodes.
kind-ecs-task-execution-purpose = Assumed by the ECS container and Fargate agents to pull images, send logs and read secrets for a task; the task's containers cannot use it.
kind-eks-pod-identity-purpose = Assumed by { -pod-identity } for the Pods of the service accounts it is associated with; what the { -role } may do is yours to decide.
arg-auto-mode = eks-cluster only: the { -auto-cluster-role } (AmazonEKSAutoClusterRole, with sts:TagSession and the four Auto Mode policies)
arg-secret = ecs-task-execution only: the ARN of a secret, parameter or KMS key the tasks read, for --with secrets or private-registry; repeat for more
value-secret = ARN
field-secret = --secret
hint-secret = name each secret, parameter and KMS key the tasks read with --secret ARN, as the guide's policy names them
hint-role-name = this { -role } has no name in its guide, so name yours with --role-name
hint-with = --secret limits --with secrets or --with private-registry, so ask for one of them

## Shell completions, man pages, the mock's HTTP endpoint and IaC export.
cmd-completions = Print a shell completion script
cmd-completions-long = Prints the script that lets a shell complete rolecall's commands, { -role } kinds and the values of --with, --cni, --output, --lang and other flags. Load it in your shell's start-up file or save it where your shell looks for completions (see the examples).
examples-completions =
    rolecall completions bash > ~/.local/share/bash-completion/completions/rolecall
    source <(rolecall completions zsh)
    rolecall completions fish > ~/.config/fish/completions/rolecall.fish
    rolecall completions powershell >> $PROFILE
    eval (rolecall completions elvish | slurp)
arg-shell = The shell: bash, zsh, fish, powershell or elvish
value-shell = SHELL
cmd-mock = Work with the mock backend's sandbox
cmd-mock-long = Commands for the mock backend: a local, stateful IAM sandbox kept in its state file (--state).
cmd-mock-serve = Serve the mock's IAM and STS over HTTP
cmd-mock-serve-long = Serves the mock backend's IAM and STS (GetCallerIdentity) over HTTP, so that the aws CLI, SDKs, Terraform and rolecall --endpoint-url can use the sandbox. Prints the URL on its first line, listens only on 127.0.0.1 unless --listen says otherwise, and runs until Ctrl-C or SIGTERM. Each request takes the state file's lock only while it is answered, and every change is saved at once, so other --backend mock runs keep working beside it. The partition is --partition or --region's, else the region each request is signed for.
examples-mock-serve =
    rolecall mock serve
    rolecall mock serve --port 4566
    aws iam list-roles --endpoint-url http://127.0.0.1:4566
arg-port = The TCP port to listen on [default: a free port]
value-port = PORT
arg-listen = The address to listen on, with or without a port, such as 0.0.0.0 [default: 127.0.0.1]
value-listen = ADDRESS
arg-header-timeout = Seconds a client may take to send a request's headers, from its first byte [default: 10]
arg-body-timeout = Seconds a client may take to send a request's body, after its headers [default: 30]
arg-idle-timeout = Seconds a kept-alive connection may stay without a request [default: 60]
arg-max-connections = Connections served at once; those over it are answered 503 [default: 256]
field-header-timeout = --header-timeout
field-body-timeout = --body-timeout
field-idle-timeout = --idle-timeout
field-max-connections = --max-connections
mock-serve-unauthenticated = { $address } is not a loopback address: anyone who can reach it may read and change the sandbox's IAM, since the endpoint has no authentication (it accepts any key).
mock-serve-problem = A request could not use the state file: { $problem }
arg-format = Write the { -role } as infrastructure as code instead: cloudformation (a CloudFormation template in YAML) or terraform (Terraform HCL)
value-format = FORMAT
field-format = --format
field-shell = SHELL
field-port = --port
field-listen = --listen
rule-ip-address = expected an IP address such as 127.0.0.1 or 0.0.0.0, optionally with a port
error-listen = Cannot listen on { $address }: { $message }.
mock-serve-ready = Serving the mock IAM and STS of { $state } at { $url } (use --endpoint-url { $url } or AWS_ENDPOINT_URL={ $url }). Stop with Ctrl-C.
mock-serve-stopped = Stopped; the state file is saved.
mock-serve-request = { $operation }: { $status } in { $millis } ms
permissions-intro-organization = The IAM policy the caller needs to run “rolecall audit --organization”: audit's reads in its own account, Organizations ListAccounts, and sts:AssumeRole on the member { -role } of every account:
permissions-member = The permissions policy of the member { -role } { $role } in each account (read-only):
permissions-member-trust = The { -trust-policy } of { $role }: the management account's principals may assume it (AWS Organizations creates OrganizationAccountAccessRole this way in the accounts it creates; in an account that joined by invitation, create the { -role } with this { -trust-policy } and the policy above):

## rolecall's own words for failures that were only data before (issue 12): a required input
## without a hint, answers rolecall cannot use, local I/O (the system's words in { $message }),
## and what the SDK could not do.

error-missing-value-plain = { $flag } is required.
error-bad-response-no-role = The answer to { $operation } could not be read: it holds no { -role }.
error-bad-response-no-account-id = The answer to { $operation } could not be read: it holds no { -account-id }.
error-bad-response-role-name = IAM listed a { -role } named “{ $role }”, which is not a valid { -role } name.
error-io-resolve = Cannot follow the symbolic links of { $file }: { $message }
error-io-create-dir = Cannot create the directory { $file }: { $message }
error-io-open = Cannot open { $file }: { $message }
error-io-lock = Cannot lock { $file }: { $message }
error-io-read = Cannot read { $file }: { $message }
error-io-write = Cannot write { $file }: { $message }
error-io-not-state-file = { $file } is not a rolecall mock state file (line { $line }, column { $column }); rolecall leaves it as it is. Give --state another file.
error-io-signal = Cannot wait for Ctrl-C or SIGTERM: { $message }
error-io-runtime = Cannot start rolecall's asynchronous runtime: { $message }
error-report-json = rolecall could not write its report as JSON ({ $message }); nothing was printed. This is a fault in rolecall: please report it.
error-request-construction = The request for { $operation } could not be built: check --endpoint-url, --region and the AWS configuration.
error-unknown = { $operation } failed, and the AWS SDK could not say why.

## Issue 19, items 18 and 21: EKS on Fargate in AWS GovCloud (US); an account ID Organizations listed malformed.
rule-fargate-unavailable = Amazon EKS on Fargate isn't available in the partition { $partition } (AWS GovCloud (US)), so there is no { -pod-execution-role } to show or create there
error-bad-response-account-id = Organizations listed an account whose ID, “{ $account }”, is not 12 digits, so it could not be audited.
