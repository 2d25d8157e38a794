## 命令行：帮助、标题、错误和结果。

app-about = 检查、创建并修复 EKS 和 ECS 计算资源所需的 IAM { -roles }。
app-long-about = rolecall 依据 AWS 针对 { -pod-execution-role }、{ -node-role }、{ -container-instance-role }、{ -cluster-role } (包括 { -auto-mode }所用的)、{ -auto-node-role }、{ -task-execution-role }和 { -pod-identity }{ -roles }的指南，检查 AWS 账户中的 IAM { -roles }；按照指南的做法创建这些{ -roles }，并在不删除任何内容的前提下修复偏离指南之处。

heading-usage = 用法:
heading-options = 选项
heading-global = 全局选项
heading-context = { -role }上下文
heading-arguments = 参数
heading-commands = 命令
heading-examples = 示例:

value-options = 选项
value-command = 命令
value-kind = 类型
value-file = 文件
value-lang = 语言
value-output = 格式
value-backend = 后端
value-state = 文件
value-profile = 配置文件
value-region = 区域
value-endpoint-url = URL
value-cli-read-timeout = 秒数
value-cli-connect-timeout = 秒数
value-partition = 分区
value-cluster = { -cluster }
value-cluster-region = 区域
value-account = 账户
value-cni = 系列
value-with = 权限
value-role-name = 名称
value-path = 路径
value-none = (无)
value-stdin = 标准输入

cmd-roles = 列出 rolecall 支持的{ -roles }
cmd-roles-long = 列出 rolecall 支持的{ -roles }、各指南为它们取的名称，以及可以代入它们的主体。
cmd-show = 显示{ -role }的定义
cmd-show-long = 显示{ -role }在指定上下文中应有的内容：{ -trust-policy }、{ -managed-policy }和{ -inline-policy }的文档，以及{ -instance-profile }。不会从 IAM 读取或向 IAM 写入任何内容。
cmd-check = 按照指南检查账户中的{ -role }
cmd-check-long = 从 IAM 读取{ -role }并与其指南进行比较，从不写入。退出状态：{ -role }能正常发挥作用时为 0 (仍会显示警告)；有错误时为 1 (使用 --strict 时，有警告也为 1)；无法查询 IAM 时为 3。
cmd-create = 按照指南创建{ -role }
cmd-create-long = 创建缺失的{ -role }及其{ -trust-policy }、策略和{ -instance-profile }。已存在的{ -role }保持不变，请改用 repair 处理。使用 --dry-run 时，改为显示计划及等效的 aws iam 命令。 中途中断的 create 再次运行即可完成。
cmd-repair = 修复偏离指南的{ -role }
cmd-repair-long = 补充{ -role }缺少的内容：{ -trust-policy }语句、{ -cluster }的 { -fargate-profile }、策略、{ -instance-profile }。除非指定 --replace-outdated 或 --restrict-trust，否则不会删除{ -role }已有的任何内容，也绝不会缩小可代入该{ -role }的主体范围。
cmd-lint = 检查策略文档和 aws iam 命令中的错误
cmd-lint-long = 检查任何文本：策略文档、shell 脚本、Markdown 运行手册，或从浏览器复制的指南页面。其中的每份策略文档 (JSON，无论是否在代码块中) 和每条 aws iam 命令都会检查：JSON、重复的键、Version、ARN、主体、操作、指南中遗留的占位符、AWS 托管策略的名称和路径，以及未创建就使用的名称。每份文档按读取它的命令，或按其语句 ({ -trust-policy }、权限策略或基于资源的策略) 进行检查；--trust 或 --permissions 会为所有文档指定类型。退出状态：没有问题时为 0，发现问题时为 1，无法读取文件时为 2。
cmd-permissions = 显示 rolecall 自身所需的 IAM 策略
cmd-permissions-long = 显示主体运行 rolecall 命令 (check、create、repair 或 audit) 所需的最低权限 IAM 策略，可直接附加使用。

arg-lang = 输出语言：en、es、ja、zh-TW、zh-CN [默认：取自 LC_ALL、LC_MESSAGES、LANG]
arg-output = 输出格式：text、json 或 jsonl (每行一个 JSON 对象；audit 每得到一个结果就输出一个) [默认：text]
arg-backend = IAM 的位置：aws，或 mock (本地沙盒) [默认：aws]
arg-state = mock 后端的状态文件，创建时仅您本人可读 [默认：$ROLECALL_MOCK_STATE，或 $XDG_STATE_HOME/rolecall/mock-iam.json]
arg-profile = 使用 AWS 共享配置文件和凭证文件中的此配置文件
arg-region = AWS 区域，同时决定分区 (cn-* 对应 aws-cn，us-gov-* 对应 aws-us-gov)
arg-endpoint-url = 将 IAM 和 STS 请求发送到此 URL，而不是 AWS 的终端节点
arg-cli-read-timeout = IAM 调用每次尝试等待响应的秒数 [默认：60]
arg-cli-connect-timeout = IAM 调用每次尝试等待连接的秒数 [默认：60]
arg-no-color = 输出始终不使用颜色 (设置 NO_COLOR 效果相同)
arg-verbose = 将每次 IAM 调用及其耗时输出到标准错误
arg-version = 显示版本
arg-help = 显示帮助 (--help 比 -h 显示的内容更多)
arg-partition = AWS 分区：aws、aws-cn 或 aws-us-gov [默认：根据区域确定]
arg-cluster = EKS { -cluster }名称或 ARN，其 { -fargate-profile }可以使用该{ -role }；* 表示所有{ -cluster }；可重复指定多个
arg-cluster-region = { -cluster }所在的区域；* 表示所有区域 [默认：取自{ -cluster } ARN 或 --region]
arg-account = { -cluster }和策略所在的 12 位{ -account-id } [默认：调用方的账户]
arg-cni = 仅限 EKS 节点{ -role }：另外授予适用于 ipv4 或 ipv6 { -cluster }的 VPC CNI 策略；更好的做法是将该策略附加到 aws-node 的{ -irsa } [默认：无]
arg-with = 可选权限：ecr-pull、cloudwatch-logs 或 s3-read-only (ecs-instance)；secrets 或 private-registry (ecs-task-execution)；可重复指定多个
arg-role-name = { -role }的名称 (eks-pod-identity 必须指定) [默认：指南中的名称]
arg-path = 新{ -roles }和{ -instance-profile }的 IAM 路径 [默认：/]
arg-strict = 出现警告时也以状态 1 退出
arg-dry-run = 显示计划及等效的 aws iam 命令，不做任何更改
arg-replace-outdated = 在替代它的新策略附加后，分离当前指南已替换的旧策略 (AmazonEC2ContainerRegistryReadOnly)
arg-restrict-trust = 为尚无 aws:SourceArn 条件的 Fargate { -trust-policy }添加该条件；这会缩小可代入该{ -role }的主体范围
arg-trust = 将每份文档都作为{ -trust-policy }检查
arg-kind = { -role }：fargate-pod-execution、eks-node、ecs-instance、eks-cluster、eks-auto-node、ecs-task-execution 或 eks-pod-identity
arg-file = 策略文档、脚本、运行手册或指南页面；- 表示从标准输入读取
arg-for = 命令：check、create、repair 或 audit

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

label-error = 错误:

clap-unknown-argument = 未知选项“{ $arg }”
clap-unknown-command = 未知命令“{ $command }”
clap-missing-argument = 未提供必需的参数：{ $arg }
clap-missing-command = 必须指定命令
clap-invalid-value = “{ $value }”不是 { $arg } 的有效值
clap-missing-value = { $arg } 需要一个值
clap-unexpected-value = { $arg } 不接受更多的值，“{ $value }”是多余的
clap-conflict = 此处不能使用 { $arg }
clap-other = 无法解析命令行
clap-suggestion = 您是否想输入“{ $suggestion }”？
clap-valid-values = 可用的值：{ $values }
clap-more-help = 如需了解更多信息，请使用 --help。

severity-error = 错误
severity-warning = 警告
severity-info = 提示

summary-counts = { $errors } 个错误、{ $warnings } 个警告、{ $notes } 条提示

field-account = --account
field-region = --region
field-cluster-region = --cluster-region
field-cluster = --cluster
field-role-name = --role-name
field-policy-name = 策略名称
field-instance-profile-name = { -instance-profile }名称
field-path = --path
field-partition = --partition
field-kind = 类型
field-cni = --cni
field-with = --with
field-arn = ARN
field-lang = --lang
field-output = --output
field-backend = --backend
field-endpoint-url = --endpoint-url
field-concurrency = --concurrency
field-timeout = 超时时间
field-cli-read-timeout = --cli-read-timeout
field-cli-connect-timeout = --cli-connect-timeout

hint-cluster = 请指定{ -cluster } (或用 * 表示所有{ -cluster })，因为{ -trust-policy }仅限于该{ -cluster }的 { -fargate-profile }
hint-cluster-region = 请指定 --cluster-region、{ -cluster } ARN 或 --region
hint-backend = 由于找不到主目录，请用 --state 指定文件，或设置 ROLECALL_MOCK_STATE

error-missing-value = 必须指定 { $flag }：{ $hint }。
error-invalid-value = “{ $value }”不是 { $flag } 的有效值：{ $rule }。
rule-digits = 必须恰好是 { $count } 位数字
rule-iam-name = 必须是 1 到 { $max } 个字符，且只能使用 A-Z a-z 0-9 + = , . @ _ -
rule-cluster-name = 必须是 1 到 100 个字母、数字、- 或 _，并以字母或数字开头
rule-region-code = 必须是区域代码，例如 us-west-2
rule-one-of = 必须是以下值之一：{ $values }
rule-iam-path = 必须是 / 或 /eks/nodes/ 这样的路径 (最多 512 个字符)
rule-arn-shape = 必须是 { $shape } 格式的 ARN
rule-conflicts = 与 { $other } 相冲突
rule-url = 必须是以 http:// 或 https:// 开头的 URL
rule-range = 必须是 { $min } 到 { $max } 之间的整数

error-no-credentials = 未找到 AWS 凭证。请使用 aws configure 或 aws sso login 进行设置，使用 --profile 或 AWS_PROFILE 选择配置文件，或者设置 AWS_ACCESS_KEY_ID 和 AWS_SECRET_ACCESS_KEY。
error-access-denied = 访问 iam:{ $operation } 被拒绝。IAM 返回：{ $message } —— 运行 rolecall permissions 可查看 rolecall 所需的策略。
error-unreachable = 执行 { $operation } 时无法连接到终端节点：请检查网络、--region 和 --endpoint-url。
error-timeout = { $operation } 未在规定时间内得到响应：每次尝试等待 --cli-read-timeout 秒（默认 60），整个调用连同所有重试等待 --operation-timeout 秒（默认 120）。请重试，或调大这些值。
error-throttled = 多次重试后，IAM 仍在对 { $operation } 进行限流；请稍等片刻，然后再次运行同一命令。
error-bad-response = 无法解析 { $operation } 的响应。
error-iam = IAM 拒绝了 { $operation }：{ $code }：{ $message }
error-read-file = 无法读取“{ $file }”：{ $reason }。
io-not-found = 文件不存在
io-permission-denied = 没有访问权限
io-not-text = 内容不是 UTF-8 文本
io-other = 无法读取文件

col-kind = 类型
col-role = { -role }
col-default-name = 指南中的名称
col-principal = 受信任的主体

kind-fargate-pod-execution = { -pod-execution-role }
kind-eks-node = { -node-role }
kind-ecs-instance = { -container-instance-role }
kind-fargate-pod-execution-purpose = 由 EKS Fargate 基础设施代入，用于为 { -fargate-profile }中的 Pod 拉取镜像和转发日志。
kind-eks-node-purpose = 由 EKS 节点 (EC2 实例) 上的 kubelet 代入，以代表您调用 AWS API。
kind-ecs-instance-purpose = 由容器实例 (EC2 实例) 上的 ECS 容器代理通过{ -instance-profile }代入。

permissions-intro = 主体运行“rolecall { $command }”所需的 IAM 策略：

show-title = { $role }：{ $kind } ({ $partition })
show-trust-policy = { -trust-policy }：
show-managed-policies = { -managed-policy }：
show-customer-policies = { -customer-managed-policy }：
show-inline-policies = { -inline-policy }：
show-instance-profile = { -instance-profile }：

check-title = 正在检查 { $role } ({ $kind })
status-ok = 正常
status-missing = 不存在
status-drift = 已偏离
check-summary = 结果：{ $status }，{ $counts }。

action-CreateRole = 创建{ -role } { $role }
action-UpdateAssumeRolePolicy = 更新 { $role } 的{ -trust-policy }
action-CreatePolicy = 创建{ -customer-managed-policy } { $policy }
action-AttachRolePolicy = 将 { $policy } 附加到 { $role }
action-DetachRolePolicy = 从 { $role } 分离 { $policy }
action-PutRolePolicy = 为 { $role } 设置{ -inline-policy } { $policy }
action-CreateInstanceProfile = 创建{ -instance-profile } { $profile }
action-AddRoleToInstanceProfile = 将 { $role } 添加到{ -instance-profile } { $profile }

plan-title = { $count ->
        [0] { $role } 的计划：无更改
       *[other] { $role } 的计划：{ $count } 项更改
    }
plan-nothing = 该{ -role }已符合其指南。
create-exists = { -role } { $role } 已存在，未做任何更改。如需使其符合指南，请运行：rolecall repair { $kind }
create-resume = { $role } 仍是先前 create 运行中断时的状态；正在完成其余步骤。
repair-missing = 没有可修复的{ -role } { $role }。如需创建，请运行：rolecall create { $kind }
dry-run-commands = 等效的 AWS CLI 命令：
dry-run-nothing-changed = 试运行：未做任何更改。
apply-done = 完成：已进行 { $count } 项更改。
apply-stopped = 完成 { $count } 项更改后已停止。请再次运行同一命令以完成剩余操作。

lint-title = 正在检查 { $file } ({ $document })
document-trust = { -trust-policy }
document-identity = 权限策略
lint-clean = 未发现任何问题。
lint-summary = 结果：{ $counts }。

progress-waiting = 正在等待 IAM 同步刚刚创建的资源 ({ $operation }，第 { $attempt } 次尝试)……
progress-call = { $operation }：{ $millis } 毫秒
progress-call-failed = { $operation }：{ $millis } 毫秒后失败

# A calendar date: $year (four digits), $month and $day (numbers), $iso (YYYY-MM-DD).
date = { $year }年{ $month }月{ $day }日

cmd-audit = 查找并检查账户中的所有容器{ -roles }
cmd-audit-long = 列出账户中的所有{ -roles }，并逐一检查其中用于 rolecall 所支持用途的{ -roles } (根据其{ -trust-policy }、策略以及指南中的名称识别)，然后报告单项检查无法发现的问题：同时用于节点和 Fargate，或同时用于{ -cluster }及其节点的{ -role }、同一个{ -cluster }对应多个 Fargate { -roles }、不属于任何{ -instance-profile }的节点{ -roles }，以及对其他账户也开放的任务执行{ -roles }。从不写入。退出状态：没有任何{ -role }存在错误时为 0，否则为 1，无法查询 IAM 时为 3。
examples-audit =
    rolecall audit
    rolecall audit --concurrency 4 --output json
arg-concurrency = 同时检查的{ -roles }数量 (IAM 会限制请求速率) [默认：8]
value-concurrency = N
col-status = 状态
col-findings = 发现结果
audit-title = 账户中的容器{ -roles }
audit-none-found = 没有任何{ -role }用于 rolecall 所支持的用途。
audit-account-findings = 账户范围的发现结果：
audit-progress-scanned = 已列出的{ -roles }:
audit-progress-found = 已找到:
audit-summary = 已列出 { $scanned } 个{ -roles }，其中找到 { $found } 个容器{ -roles }：{ $ok } 个正常、{ $drift } 个有错误。

## 信任判定，以及修复后仍待处理的事项。
status-undecided = 无法判定
verdict-yes = 是
verdict-no = 否
verdict-undecided = 无法判定 (取决于 rolecall 无法得知的值)
check-trust = { $principal } 能否代入该{ -role }：{ $verdict }
check-trust-clusters = 对于所指定的每个{ -cluster }，{ $principal } 能否代入该{ -role }：{ $verdict }
check-trust-cluster = { -cluster } { $cluster } ({ $region })：每个 { -fargate-profile }是否都能代入：{ $verdict }
show-covered = 已请求且已由必需策略授予的权限：
show-covered-item = { $permission }，包含在 { $policy } 中
plan-refused = rolecall 未写入任何内容：
plan-blocked = rolecall 不会更改阻止这些操作的内容（它从不编辑权限边界、SCP 或 Deny 语句）：
plan-left = 该计划运行后仍待处理的事项：
plan-left-nothing-to-write = rolecall 没有需要写入的内容；其余事项需要您处理：
plan-left-stopped = 由于计划中途停止，仍待处理的事项（check 也会发现）：

## Hardening (issue 11): timeouts, answers that are not IAM's, credentials, the mock's state file, input bounds.

value-operation-timeout = 秒数
arg-operation-timeout = 一次 IAM 调用连同所有重试可用的秒数 [默认：120]
field-operation-timeout = --operation-timeout
error-not-iam = 终端节点对 { $operation } 的应答不是 IAM 的响应（HTTP 状态 { $status }，内容类型 { $content_type }）。请检查 --endpoint-url、AWS_ENDPOINT_URL 以及中间的任何代理。
error-profile-not-found = AWS 配置文件“{ $profile }”既不在 { $config_file } 中，也不在 { $credentials_file } 中。请检查 --profile 和 AWS_PROFILE，或者用以下命令创建：aws configure --profile { $profile }
error-profile-file-invalid = 无法解析 AWS 共享文件 { $file }（第 { $line } 行），因此无法读取凭证。请修正该行，或者让 AWS_CONFIG_FILE 或 AWS_SHARED_CREDENTIALS_FILE 指向其他文件。
error-credential-process = AWS 配置文件“{ $profile }”（位于 { $file }）的 credential_process 执行失败，没有提供凭证。请自行运行该命令查看原因。
error-managed-policy-missing = { -aws-managed-policy } { $policy } 在此终端节点的 { $partition } 分区中不存在（GetPolicy 找不到它），因此 { $operation } 无法附加它；等待也无济于事。IAM 的应答：{ $message } — 请检查 --region 和 --endpoint-url。
error-state-lock-name = 状态文件“{ $file }”以 .lock 结尾，这是 rolecall 给状态锁文件使用的名称；请为 --state 选用其他名称。
error-state-not-a-file = 状态文件“{ $file }”是目录或其他特殊文件；请为 --state 指定普通文件的路径（不存在时会自动创建）。
error-state-format = mock 的状态文件 { $file } 是由更新版本的 rolecall 写入的（格式 { $format }；此版本只认识格式 { $known }）。改写它会丢失其中的内容：请使用更新的 rolecall，或者指定其他 --state 文件。
error-too-large-state-file = mock 的状态文件 { $file } 有 { $size } 字节，超过了 rolecall 的上限 { $limit } 字节，因此未读取。
error-too-large-state-write = 写入 mock 的状态文件 { $file } 后将有 { $size } 字节，超过 rolecall 可读取的 { $limit } 字节，因此未写入任何内容。
error-state-not-writable = 无法写入 mock 的状态文件 { $file }（文件为只读，或您没有写入权限）；rolecall 未写入任何内容。请使文件可写，或用 --state 指定其他文件。
error-lint-too-large = “{ $file }”超过 { $limit } MiB，超出了 rolecall lint 读取的上限。
error-document-too-large = “{ $file }”有 { $size } 字节：没有这么大的 IAM 策略文档（IAM 最大的也只有几 KB），rolecall 不会解析超过 { $limit } 字节的文档。
error-too-large-policy-document = { $operation } 的响应包含 { $size } 字节的策略文档，超过了 rolecall 的上限 { $limit } 字节（IAM 最大的也只有几 KB），因此未读取。
## 任意文本的 lint
arg-permissions = 将每份文档都作为权限策略检查
document-resource = 基于资源的策略
lint-title-text = 正在检查 { $file }：{ $documents } 份策略文档、{ $commands } 条 aws iam 命令
## EKS 集群、EKS 自动模式、ECS 任务执行和 EKS 容器组身份的角色。
kind-eks-cluster = { -cluster-role }
kind-eks-auto-node = { -auto-node-role }
kind-ecs-task-execution = { -task-execution-role }
kind-eks-pod-identity = { -pod-identity-role }
kind-eks-cluster-purpose = 由 Amazon EKS 控制面板代入，用于管理{ -cluster }的节点和负载均衡器；指定 --auto-mode 时，还用于管理其计算、存储和联网 ({ -auto-mode })。
kind-eks-auto-node-purpose = 由 { -auto-mode }作为{ -cluster }节点启动的 EC2 实例代入。
kind-ecs-task-execution-purpose = 由 ECS 容器代理和 Fargate 代理代入，为任务拉取映像、发送日志和读取密钥；任务的容器无法使用它。
kind-eks-pod-identity-purpose = 由 { -pod-identity }为其关联的服务账户的容器组代入；该{ -role }能做什么由您决定。
arg-auto-mode = 仅限 eks-cluster：{ -auto-cluster-role } (AmazonEKSAutoClusterRole，包含 sts:TagSession 和自动模式的四个策略)
arg-secret = 仅限 ecs-task-execution：任务读取的密钥、参数或 KMS 密钥的 ARN，与 --with secrets 或 private-registry 配合使用；可重复指定多个
value-secret = ARN
field-secret = --secret
hint-secret = 请像指南中的策略那样，用 --secret ARN 逐一指定任务读取的每个密钥、参数和 KMS 密钥
hint-role-name = 指南没有为该{ -role }命名，请用 --role-name 指定您的{ -role }名称
hint-with = --secret 用于限定 --with secrets 或 --with private-registry，请指定其中之一

## Shell completions, man pages, the mock's HTTP endpoint and IaC export.
cmd-completions = 显示 shell 补全脚本
cmd-completions-long = 显示让 shell 补全 rolecall 命令、{ -role }种类，以及 --with、--cni、--output、--lang 等选项值的脚本。请在 shell 的启动文件中加载，或保存到 shell 查找补全的位置 (请参阅示例)。
examples-completions =
    rolecall completions bash > ~/.local/share/bash-completion/completions/rolecall
    source <(rolecall completions zsh)
    rolecall completions fish > ~/.config/fish/completions/rolecall.fish
    rolecall completions powershell >> $PROFILE
    eval (rolecall completions elvish | slurp)
arg-shell = shell：bash、zsh、fish、powershell 或 elvish
value-shell = SHELL
cmd-mock = 使用 mock 后端的沙盒
cmd-mock-long = mock 后端的命令：mock 后端是保存在其状态文件 (--state) 中、有状态的本地 IAM 沙盒。
cmd-mock-serve = 通过 HTTP 提供 mock 的 IAM 和 STS
cmd-mock-serve-long = 通过 HTTP 提供 mock 后端的 IAM 和 STS (GetCallerIdentity)，让 AWS CLI、SDK、Terraform 和 rolecall --endpoint-url 都能使用沙盒。第一行显示 URL；除非用 --listen 指定，否则只在 127.0.0.1 上监听；一直运行到收到 Ctrl-C 或 SIGTERM。每个请求只在响应期间持有状态文件的锁，每项更改都会立即保存，因此其他 --backend mock 的运行可以同时进行。分区取自 --partition 或 --region，都未指定时，取自每个请求签名所用的区域。
examples-mock-serve =
    rolecall mock serve
    rolecall mock serve --port 4566
    aws iam list-roles --endpoint-url http://127.0.0.1:4566
arg-port = 要监听的 TCP 端口 [默认：空闲端口]
value-port = 端口
arg-listen = 要监听的地址，可带端口，例如 0.0.0.0 [默认：127.0.0.1]
value-listen = 地址
arg-header-timeout = 客户端从第一个字节起发完请求标头的秒数上限 [默认：10]
arg-body-timeout = 客户端在标头之后发完请求正文的秒数上限 [默认：30]
arg-idle-timeout = 保持连接在没有请求时可维持的秒数 [默认：60]
arg-max-connections = 同时服务的连接数；超出的连接会收到 503 [默认：256]
field-header-timeout = --header-timeout
field-body-timeout = --body-timeout
field-idle-timeout = --idle-timeout
field-max-connections = --max-connections
mock-serve-unauthenticated = { $address } 不是环回 (loopback) 地址：此端点没有身份验证 (接受任何密钥)，任何能访问它的人都能读取和更改 mock 的 IAM。
mock-serve-problem = 有个请求无法使用状态文件：{ $problem }
arg-format = 改为以基础设施即代码输出{ -role }：cloudformation (YAML 格式的 CloudFormation 模板) 或 terraform (Terraform HCL)
value-format = 格式
field-format = --format
field-shell = SHELL
field-port = --port
field-listen = --listen
rule-ip-address = 需要 IP 地址，例如 127.0.0.1 或 0.0.0.0，可带端口
error-listen = 无法在 { $address } 上监听：{ $message }。
mock-serve-ready = 正在 { $url } 提供 { $state } 的 mock IAM 和 STS (请使用 --endpoint-url { $url } 或 AWS_ENDPOINT_URL={ $url })。按 Ctrl-C 停止。
mock-serve-stopped = 已停止；状态文件已保存。
mock-serve-request = { $operation }：{ $status }，{ $millis } ms
## 审计 AWS Organizations 组织 (多个账户)。
rule-external-id = 必须是 2 到 1224 个字符，且只能使用 A-Z a-z 0-9 + = , . @ : / _ -
rule-role-with-path = 必须是{ -role }名称 (1 到 64 个字符，且只能使用 A-Z a-z 0-9 + = , . @ _ -)，前面可带其路径，例如 /audit/ReadOnly
rule-non-empty-list = 必须至少指定一个 12 位{ -account-id }，多个时以逗号分隔
field-accounts = --accounts
field-assume-role = --assume-role
field-external-id = --external-id
field-account-concurrency = --account-concurrency
arg-organization = 审计 AWS Organizations 组织中的每个活动账户 (通过 Organizations ListAccounts 列出)，每个账户均通过代入其中的成员账户{ -role }进行审计；您自己的账户则使用您自己的凭证
arg-accounts = 审计这些账户 (每个均为 12 位{ -account-id }，以逗号分隔)，并在每个账户中代入成员账户{ -role }；与 --organization 一起使用时，仅审计其中属于该组织的账户
value-accounts = ID[,ID…]
arg-assume-role = 要在每个账户中代入的成员账户{ -role }，如有路径则包含路径 [默认：OrganizationAccountAccessRole]
value-assume-role = 名称
arg-external-id = 成员账户{ -role }的{ -trust-policy }所要求的外部 ID
value-external-id = ID
arg-account-concurrency = 同时审计的账户数量，每个账户各自使用 --concurrency [默认：4]
value-account-concurrency = N
org-account-title = 账户 { $account }{ $name ->
        [none] {""}
       *[other] {" "}({ $name })
    }
org-account-failed = 无法读取该账户：{ $reason }
org-summary = 已审计 { $audited } 个账户，{ $failed } 个无法读取；找到 { $roles } 个{ -roles }，其中 { $errors } 个有错误。
org-progress = 账户：已完成 { $done } 个，共 { $total } 个
permissions-intro-organization = 运行“rolecall audit --organization”的主体所需的 IAM 策略：在自己账户中 audit 的读取权限、Organizations 的 ListAccounts，以及对每个账户成员{ -role }的 sts:AssumeRole：
permissions-member = 每个账户中成员{ -role } { $role } 的权限策略 (只读)：
permissions-member-trust = { $role } 的{ -trust-policy }：管理账户的主体可以代入此角色 (AWS Organizations 在其创建的账户中即以此方式创建 OrganizationAccountAccessRole；在通过邀请加入的账户中，请使用此{ -trust-policy }和上述策略创建{ -role })：

## 以前只是数据的失败，现在由 rolecall 自己说明 (issue 12)：没有提示的必填输入、rolecall 无法
## 使用的响应、本地 I/O ({ $message } 为系统的原文)，以及 SDK 无法完成的事。

error-missing-value-plain = 必须指定 { $flag }。
error-bad-response-no-role = 无法解析 { $operation } 的响应：其中没有{ -role }。
error-bad-response-no-account-id = 无法解析 { $operation } 的响应：其中没有{ -account-id }。
error-bad-response-role-name = IAM 列出了名为“{ $role }”的{ -role }，但这不是有效的{ -role }名称。
error-io-resolve = 无法跟踪 { $file } 的符号链接：{ $message }
error-io-create-dir = 无法创建目录 { $file }：{ $message }
error-io-open = 无法打开 { $file }：{ $message }
error-io-lock = 无法锁定 { $file }：{ $message }
error-io-read = 无法读取 { $file }：{ $message }
error-io-write = 无法写入 { $file }：{ $message }
error-io-not-state-file = { $file } 不是 rolecall mock 的状态文件 (第 { $line } 行第 { $column } 列)；rolecall 不会改动它。请为 --state 指定其他文件。
error-io-signal = 无法等待 Ctrl-C 或 SIGTERM：{ $message }
error-io-runtime = 无法启动 rolecall 的异步运行时：{ $message }
error-report-json = rolecall 无法将报告写成 JSON ({ $message })；未输出任何内容。这是 rolecall 的错误，请报告。
error-request-construction = 无法构建 { $operation } 的请求：请检查 --endpoint-url、--region 和 AWS 配置。
error-unknown = { $operation } 失败了，而 AWS SDK 无法说明原因。

## Issue 19 第 18、21 项：AWS GovCloud (US) 中的 Amazon EKS on Fargate；Organizations 列出格式错误的账户 ID。
rule-fargate-unavailable = 分区 { $partition } (AWS GovCloud (US)) 不提供 Amazon EKS on Fargate，因此没有可在此显示或创建的{ -pod-execution-role }
error-bad-response-account-id = Organizations 列出的账户 ID“{ $account }”不是 12 位数字，因此无法审计该账户。
