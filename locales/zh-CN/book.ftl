## 由 cargo xtask book 生成的手册。名称、ARN、文档等事实取自角色模型；
## 这些消息只是围绕事实的说明文字。

book-title = rolecall
book-languages = 语言：
book-chapter-intro = 入门
book-install-heading = 安装
book-install-body = rolecall 是单个二进制文件。请在检出的代码仓库中使用 Cargo 构建：
book-try-heading = 在 mock 后端上试用
book-try-body = mock 后端是一个本地 IAM 沙盒，具有与 IAM 相同的规则、配额和错误代码；其状态保存在 $XDG_STATE_HOME/rolecall/mock-iam.json (或 --state FILE) 中。它的账户是 111122223333。 状态文件创建时仅您本人可读 (0600)，改写时保留其权限；指向它的符号链接仍然是链接。
book-account-heading = 连接到 AWS 账户
book-account-body = 默认后端是 AWS。rolecall 按照与 AWS CLI 相同的方式查找凭证 (环境变量、共享配置文件和凭证文件、SSO、Web 身份、容器和实例元数据)，并支持 --profile、--region 和 --endpoint-url。区域决定分区：cn-* 对应 aws-cn，us-gov-* 对应 aws-us-gov。 IAM 调用的每次尝试与 AWS CLI 相同，最多等待连接 60 秒 (--cli-connect-timeout)、等待响应 60 秒 (--cli-read-timeout)，一次调用连同所有重试最多 120 秒 (--operation-timeout)，因此停止响应的终端节点会使运行以退出状态 3 结束。即使服务器回传秘密访问密钥或会话令牌，rolecall 也绝不会打印它们。

book-who = 可以代入该{ -role }的主体：{ $principal }。
book-fargate-pod-execution-notes = { -fargate-profile }会指定该{ -role }；EKS 会将其添加到{ -cluster }的 Kubernetes RBAC 中，以便 Fargate 上的 kubelet 能够注册为节点。Pod 中的容器无法使用该{ -role }的权限：请改用{ -irsa }为它们授予权限。该{ -role }必须与 EC2 节点组使用的 { -node-role }不同。
book-eks-node-notes = 节点通过{ -instance-profile }获得这些权限。该{ -role }不能是创建{ -cluster }时所用的{ -role }，并且必须与 { -fargate-profile }的 { -pod-execution-role }不同。
book-ecs-instance-notes = ECS 容器代理和 Docker 守护进程通过{ -instance-profile }，使用该{ -role }调用 AWS API。外部实例 (ECS Anywhere) 还需要 Systems Manager 权限，而该{ -role }不包含这些权限。

book-definition-heading = 定义
book-definition-intro = 运行 { $command } 即可让 rolecall 输出此定义 (此处以 --output json 格式显示)：
book-trust-multi = 如有多个{ -cluster }，所有 { -fargate-profile }的模式都放在同一个 aws:SourceArn 键下的同一个数组中 (如果同一对象中有两个同名的键，它们会在没有任何提示的情况下相互覆盖)：
book-trust-all-regions = 如需涵盖账户所有区域中具有该名称的{ -cluster }，请将区域改为 *：
book-trust-all-clusters = 如需涵盖账户所有区域中的所有{ -cluster }：

book-optional-heading = 可选权限
book-col-flag = 选项
book-col-policy = 策略
book-needs-heading = { -role }的工作负载会做什么
book-needs-intro = 以下每项需求都是对一组资源的一个操作，并附上{ -managed-policy }在条件中检查时服务会发送的上下文键。这些需求是从指南附加的{ -managed-policies }推导而来，rolecall 保存了它们的文档 (rolecall 固定的 moto 版本中的默认版本)；当每项需求对其集合中的每个资源都获得允许 (由这些策略或等效的策略允许) 时，{ -role }就能完成工作。
book-needs-auto-mode = 使用{ -auto-mode }时，{ -role }还有以下需求：
book-needs-users-own = 此{ -role }不声明任何需求：其权限由您选择，rolecall 只检查其信任。
book-col-action = 操作
book-col-resources = 资源
book-col-context = 上下文键
book-col-how = 授予方式
book-grant-managed = { -aws-managed-policy }，直接附加
book-grant-customer = { -customer-managed-policy }，在账户中创建后附加
book-grant-inline = { -inline-policy }
book-permission-cni-ipv4 = --cni ipv4 会为 IPv4 { -cluster }附加 AmazonEKS_CNI_Policy。当前指南建议改为将该策略附加到 aws-node { -service-account }的{ -role } ({ -irsa })，因此 rolecall 会将其报告为提示。
book-permission-cni-ipv6 = --cni ipv6 会在账户中创建指南所述的 IPv6 策略 (AmazonEKS_CNI_IPv6_Policy) 并将其附加；关于{ -irsa }的建议同样适用。
book-permission-ecr-pull = --with ecr-pull 请求指南中列出的四个 ECR 操作。每个容器实例{ -role }都会附加的 AmazonEC2ContainerServiceforEC2Role 已授予全部四个操作，因此 rolecall 不会为此创建任何内容：show 会将该权限列为已授予，create 不会额外创建任何内容，check 也从不会将其报告为缺失。单独创建一份副本只会与该{ -managed-policy }重复，并且日后会与其产生偏差。
book-permission-cloudwatch-logs = --with cloudwatch-logs 会使用该分区的 ARN 创建指南中的 CloudWatch Logs 策略 (cwlogspolicy)，并将其附加。
book-permission-s3-read-only = --with s3-read-only 会附加 AmazonS3ReadOnlyAccess，使实例能够从私有存储桶读取其 ecs.config。

book-check-heading = 检查现有的{ -role }
book-search-names = 未指定 --role-name 时，rolecall 会先查找指南中的名称，然后按照指南的说明，查找名称包含以下任一项的{ -role }：{ $names }。
book-with-rolecall = 使用 rolecall：
book-with-aws-cli = 使用 AWS CLI (调用与 rolecall 相同，只是 rolecall 会并发发送这些调用)：
book-create-heading = 创建{ -role }

book-partitions-heading = 分区
book-partitions-intro = 该{ -role }在所有分区中都相同，区别仅在于 ARN 前缀，以及中国区域的 EC2 { -service-principal }。
book-col-partition = 分区
book-col-policies = 策略

book-errata-heading = 指南中的错误和过时内容
book-erratum-fargate-placeholders-swapped = 西班牙语版指南说要将 111122223333 替换为{ -cluster }名称、将 my-cluster 替换为{ -account-id }；实际上正好相反：111122223333 应替换为{ -account-id }，my-cluster 应替换为{ -cluster }名称。
book-erratum-fargate-old-trust = 较旧的日语版指南中的{ -trust-policy }没有 aws:SourceArn 条件。当前指南为每个{ -cluster }各添加一项该条件，以防范{ -confused-deputy }问题；如果{ -trust-policy }缺少该条件，rolecall check 和 rolecall lint 都会发出警告。
book-erratum-fargate-duplicate-key = 指南建议为另一个{ -cluster }再添加一行“aws:SourceArn”；但同一对象中的两个同名键会相互覆盖。rolecall 会将所有模式放在同一个数组中；rolecall lint 会报告重复的键，以及要添加到已有该键的文档中的那一行。
book-erratum-fargate-region-code = region-code、my-cluster 和 111122223333 都是占位符；仍包含 region-code 的{ -trust-policy }不会匹配任何对象。rolecall lint 会报告文档中遗留的占位符。
book-erratum-node-pull-only = 较旧的日语版指南要求使用 AmazonEC2ContainerRegistryReadOnly；当前指南要求使用 AmazonEC2ContainerRegistryPullOnly，AWS 于 { $date } 发布了该策略。旧版指南中的 2023-10-03 是另一项变更：自该日起，托管节点组的{ -role }可以改用同等的权限，而不必附加指定的{ -managed-policies }。rolecall 会对 ReadOnly 发出警告，并在修复时附加 PullOnly (使用 --replace-outdated 时还会分离 ReadOnly)。rolecall lint 会对将 ReadOnly 附加到节点{ -role }的命令发出警告。
book-erratum-node-arn-space = 繁体中文版指南中的策略 ARN 带有空格，例如“arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy”，IAM 会拒绝这样的 ARN。rolecall lint 会逐一报告命令和文档中格式错误的 ARN，并给出正确的 ARN。
book-erratum-node-cn-principal = 在中国区域 (aws-cn)，EC2 的{ -service-principal }是 ec2.amazonaws.com.cn，而不是指南中写的 ec2.amazonaws.com。
book-erratum-node-cni-irsa = 节点{ -role }的步骤中仍然包含 VPC CNI 策略；但指南建议改为将该策略附加到 aws-node { -service-account }自己的{ -role }，因此 rolecall 只在指定 --cni 时才会添加该策略。
book-erratum-ecs-policy-name = 西班牙语版指南的正文将该策略称为“AmazonEC2ContainerServiceRoleForEC2Role”；其实际名称 (命令中使用的名称) 是 AmazonEC2ContainerServiceforEC2Role，位于路径 service-role/ 下。rolecall lint 会对提到不存在的策略名称的文本发出警告，并给出最接近的实际名称。
book-erratum-ecs-s3-arn = 指南中的“arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess”多了一个冒号；正确的 ARN 是 arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess。rolecall lint 会报告此错误并给出更正后的 ARN。
book-erratum-ecs-cwlogs-arn = 指南中的“arn:aws:iam:111122223333:aws:policy/cwlogspolicy”格式错误；{ -customer-managed-policy }的 ARN 应为 arn:aws:iam::111122223333:policy/cwlogspolicy。rolecall lint 会报告此错误并给出更正后的 ARN。
book-erratum-ecs-cwlogs-query = 指南中的 list-policies 查询查找的是“cwlogsppolicy”，拼错了指南先前创建的策略名称 cwlogspolicy。rolecall lint 会报告命令使用了但文本中从未创建的名称，并列出与其相似的已创建名称。
book-erratum-ecs-logs-partition = 指南中的 CloudWatch Logs 策略将 arn:aws: 硬编码在文档中；在 aws-cn 和 aws-us-gov 中，rolecall 会改为写入该分区自己的前缀。
book-erratum-ecs-ecr-covered = 指南将 ECR 权限作为一份单独的文档列出，但同一指南所附加的 AmazonEC2ContainerServiceforEC2Role 已包含全部四个操作；rolecall 不会为 --with ecr-pull 添加任何内容。

book-chapter-findings = 发现结果
book-role-findings = rolecall 报告的所有发现结果及其含义和修复方法，都列在“发现结果”一章中。
book-findings-intro = 每个发现结果都有一个固定的代码 (脚本可以据此进行匹配)、一个严重性级别，以及一条以您的语言显示的消息。错误表示{ -role }无法发挥作用或文档无效；警告表示{ -role }可以正常工作，但不符合当前指南或安全建议；提示仅供参考。
book-col-severity = 严重性
book-col-fix = 修复方法

book-chapter-cli = 命令行
book-cli-intro = 以下帮助信息由 rolecall 自身的命令行定义生成。

book-chapter-exit = 退出状态
book-exit-intro = rolecall 的退出状态固定不变，可供管道和脚本使用。
book-col-status = 状态
book-col-meaning = 含义
book-exit-0 = 成功：{ -role }能正常发挥作用 (仍会显示警告)、计划已执行，或文档没有问题。
book-exit-1 = 存在发现结果：有错误 (使用 --strict 时，有警告也算)、rolecall 无法判定的信任判定、lint 发现问题，或者 create 或 repair 运行后仍留有错误，或因其自身的评估拒绝了更改而未写入任何内容。
book-exit-2 = 输入错误：消息会指出有问题的值以及允许的值；未向 IAM 发送任何请求，也未写入任何内容。
book-exit-3 = 后端失败：没有凭证、访问被拒绝、无法连接到终端节点、超时、重试后仍被限流、其他 IAM 错误，或 mock 后端的状态文件出现问题。

book-chapter-json = JSON 输出
book-json-intro = 使用 --output json 时，每个命令都会输出一个 JSON 对象。键和发现代码始终是固定的英文；只有消息字段会随您的语言而变化。
book-json-show = { -role }在指定上下文中的定义。
book-json-check = 检查结果：ok、missing、drift 或 undecided；发现结果；以及信任判定：服务能否代入该{ -role } (assumable)，以及对于 Fargate { -role }，所指定的每个{ -cluster }的每个 { -fargate-profile }是否都能代入 (covered)。每项判定为 true 或 false；如果取决于 rolecall 无法得知的值，则为 null。
book-json-create = create 和 repair：计划、每个操作 (按 IAM API 的名称命名)、是否已执行，以及等效的 aws iam 命令；blocked 说明未写入任何内容的原因，left 列出计划运行后 check 仍会报告的发现结果。
book-json-lint = 文本中找到的策略文档和 aws iam 命令，以及各项发现；每项发现都附有其文档或命令开始的行 (和列)。如果整个文件就是一份文档，document 为文档类型，否则为 text。
book-json-error = 任何失败的命令都会输出此对象 (并将消息输出到标准错误)。

book-chapter-permissions = rolecall 所需的 IAM 权限
book-permissions-intro = rolecall permissions COMMAND 会输出主体运行 COMMAND 命令所需的最低权限策略；其中 check 只需要读取权限。
book-findings-verdict = 服务能否代入{ -role }，按照与 IAM 相同的方式判定：显式 Deny 优先；Allow 仅在其 Principal、Action 和所有条件都匹配时才适用；如果有条件涉及 rolecall 无法得知的值 (时间、您的组织、请求标签)，判定结果为无法判定，而绝不会是正常。对于 Fargate { -role }，只有当{ -cluster }可能拥有的每个 { -fargate-profile }，无论名称如何，都能代入该{ -role }时，该{ -cluster }才算被涵盖。repair 只会添加内容 (一条语句，或将{ -cluster }模式添加到其他条件允许这些模式通过的 Allow 语句中)，并在写入前评估结果；如果更改会拒绝先前允许的访问，或者仍无法涵盖您所指定的{ -cluster }，则不会写入任何内容。

## 新增：分区相关事实、勘误、文本的 lint
book-partitions-intro-fargate = 在 aws 和 aws-cn 中，该{ -role }都相同，区别仅在于 ARN 前缀：其{ -service-principal } eks-fargate-pods.amazonaws.com 没有 .cn 形式，在中国区域也是如此。aws-us-gov 不提供 Amazon EKS on Fargate，因此该处没有此{ -role }。
book-erratum-node-ipv6-partition = 指南中供 VPC CNI 使用的 IPv6 策略将 arn:aws: 硬编码在文档中；在 aws-cn 和 aws-us-gov 中，rolecall 会改为写入该分区自己的前缀。
## EKS 集群、EKS 自动模式、ECS 任务执行和 EKS 容器组身份的角色。
book-eks-cluster-notes = 每个 EKS { -cluster }都需要 { -cluster-role }：EKS 代入它来管理{ -cluster }的节点，旧版云提供商则使用它创建负载均衡器。指南接受 AmazonEKSClusterPolicy，或至少具有同等权限的自定义策略；与指南中的其他托管策略一样，rolecall 会检查 AmazonEKSClusterPolicy，缺少时予以报告 (自定义策略的比对由您负责)。以下是 rolecall 自己的建议，并非指南所述：请勿让节点使用该{ -role } (audit 会报告同时充当两者的{ -role })。
book-eks-auto-node-notes = { -auto-mode }使用该{ -role }启动{ -cluster }的节点。指南接受 AmazonEKSWorkerNodeMinimalPolicy 和 AmazonEC2ContainerRegistryPullOnly，或同等权限，并指出该{ -role }不能是用于创建任何{ -cluster }的{ -role }。以下是 rolecall 自己的建议，并非指南所述：也请勿将其用作 { -cluster-role }。
book-ecs-task-execution-notes = ECS 容器代理和 Fargate 代理代入该{ -role }，从 Amazon ECR 私有存储库拉取映像、通过 awslogs 驱动程序发送容器日志，以及读取任务定义引用的密钥。任务自身的容器无法使用它，而是使用任务{ -role }。{ -trust-policy }即指南中的版本：不带条件的 ecs-tasks.amazonaws.com。AWS 建议为 ECS 任务代入的{ -roles }添加 aws:SourceAccount 或 aws:SourceArn 条件 (arn:aws:ecs:REGION:ACCOUNT:*；切勿使用单个集群的 ARN，否则将无法启动任务)；该{ -role }的指南没有列出任何条件，因此 create 不会写入条件，check 两种形式都接受，audit 则会对任何账户的任务都能代入的任务执行{ -role }发出警告。
book-eks-pod-identity-notes = { -pod-identity }将 IAM { -role }的凭证提供给 Kubernetes 服务账户的容器组。指南只定义了其{ -trust-policy }：pods.eks.amazonaws.com 可以调用 sts:AssumeRole 和 sts:TagSession (服务会传递{ -session-tags })。该{ -role }的权限由您决定，因此 rolecall 只检查和修复{ -trust-policy }，并需要{ -role }的名称 (--role-name)。
book-ecs-task-execution-verdict = ECS 为任务代入该{ -role }：rolecall 以 aws:SourceAccount 为该账户、aws:SourceArn 为该账户的任一任务 ARN 来评估该请求，只要账户中有某个任务可以代入，就判定该{ -role }可被代入。
book-eks-pod-identity-verdict = { -session-tags }列出了容器组的{ -cluster } (eks-cluster-arn、eks-cluster-name)、{ -namespace } (kubernetes-namespace)、服务账户 (kubernetes-service-account) 以及容器组本身 (kubernetes-pod-name、kubernetes-pod-uid)；关联也可以关闭这些标签。针对 aws:RequestTag/… 键的条件会将该{ -role }限定于部分容器组：rolecall 会针对其条件所能区分的每一种标签值组合评估{ -trust-policy }，只要某个范围的容器组可以代入就判定可被代入，并报告该范围 (trust-scoped 注释，以及 JSON 判定中的 scope)。其他条件一律按 IAM 的评估方式计算；EKS 容器组身份没有记载 aws:SourceAccount 或 aws:SourceArn，因此针对它们的条件会使判定无法确定。
book-auto-mode-heading = EKS 自动模式
book-auto-mode-intro = { -auto-mode }对 { -cluster-role }有更多要求：--auto-mode 会将其命名为 { $name }，让服务也能调用 { $actions }，并额外附加 { $policies } (此处以 --output json 显示)：
book-auto-mode-repair = 为标准{ -cluster }创建的 { -cluster-role }缺少上述内容：check --auto-mode 会逐一报告缺少的策略和操作，repair --auto-mode 则会在不删除任何内容的情况下补上 (sts:TagSession 以单独的语句添加，并沿用已允许 sts:AssumeRole 的语句的条件)。
book-grant-scoped = 针对用 --secret 指定的资源的{ -inline-policy }
book-permission-secrets = --with secrets 会为 Amazon ECS 密钥添加指南中的{ -inline-policy }：ssm:GetParameters、secretsmanager:GetSecretValue 和 kms:Decrypt，使容器代理能够读取任务定义引用的 Systems Manager 参数和 Secrets Manager 密钥。
book-permission-private-registry = --with private-registry 会为私有注册表身份验证添加指南中的{ -inline-policy }：secretsmanager:GetSecretValue 和 kms:Decrypt，使代理能够读取存放注册表凭证的密钥。
book-secrets-model = 指南的文档各列出了您的一个密钥和一个 KMS 密钥；如果策略覆盖账户中的所有密钥，任何任务都能读取全部内容。因此 rolecall 会使用您通过 --secret 提供的 ARN 写入指南的文档：请为任务读取的每个密钥、参数和客户托管的 KMS 密钥各指定一次 (只有您自己的 KMS 密钥才需要 kms:Decrypt)。check 会将策略与该文档比较，因此请使用相同的 --secret 值运行；同名但列出其他资源的策略只会被报告，绝不会被覆盖。
book-name-required = 指南没有为该{ -role }命名，也没有可供搜索的名称：请用 --role-name 指定您的名称。
book-eks-cluster-partitions = 中国区域的页面显示的是不带 .cn 的 eks.amazonaws.com，与其他分区相同。在 aws-us-gov 中，rolecall 同样写入 eks.amazonaws.com：未找到能确认 GovCloud 主体的 AWS 页面，也不知道有其他写法。
book-eks-auto-node-partitions = 该{ -role }的中国区域页面显示 ec2.amazonaws.com，与节点{ -role }的指南相同。就节点{ -role }而言，中国区域的 EKS 节点组会拒绝没有 ec2.amazonaws.com.cn 的{ -role } (其错误消息如此表明)，因此 rolecall 在那里写入该形式；{ -auto-mode }是否需要该形式尚未确认，因此在 aws-cn 中 rolecall 写入页面上的 ec2.amazonaws.com，检查时则接受任一写法，且不会产生任何发现。
book-ecs-task-execution-partitions = ECS 任务在所有分区 (包括中国) 都使用 ecs-tasks.amazonaws.com。对于 aws-us-gov，rolecall 找到的 AWS 页面均无法确认，也不知道有其他写法。
book-eks-pod-identity-partitions = 中国区域的页面显示的是不带 .cn 的 pods.eks.amazonaws.com。对于 aws-us-gov，rolecall 找到的 AWS 页面均无法确认，也不知道有其他写法。
book-history-heading = 历史
book-eks-cluster-history = 在 { $required_until } 之前，每个{ -cluster }的{ -role }都必须具有 AmazonEKSClusterPolicy 本身；此后也接受具有同等权限的自定义策略。在 { $service_until } 之前，还必须具有 AmazonEKSServicePolicy，建议的名称为 eksServiceRole；其权限已由服务相关{ -role } AWSServiceRoleForAmazonEKS 接管，因此 rolecall 不会要求该策略。
book-erratum-cluster-auto-check-step = 自动模式集群{ -role }的指南列出了五个策略，但检查现有{ -role }的步骤只查看 AmazonEKSClusterPolicy；rolecall 在指定 --auto-mode 时会检查全部五个。
book-erratum-auto-node-one-of-names = 自动模式节点{ -role }的指南要求搜索"具有其中一个名称"的{ -role }，却只给出了一个名称 AmazonEKSAutoNodeRole。
book-erratum-task-execution-policy-path = 旧版指南附加的是 arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy，缺少路径 service-role/；该策略的 ARN 为 arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy。
## Manual pages, the landing page, the role diagrams and infrastructure as code.
man-manual = rolecall 手册
man-name = 名称
man-synopsis = 概要
man-description = 描述
man-examples = 示例
man-exit-status = 退出状态
man-version = 版本
man-see-also = 另请参阅
book-all-languages = 所有语言
book-landing-pitch = rolecall 按照 AWS 指南的定义，检查、创建并修复 EKS 和 ECS 计算所需的 IAM 角色；除非您要求，否则绝不删除任何内容。
book-landing-open = 阅读简体中文版
book-diagram-title = { $role }：由谁代入、角色及其策略
book-diagram-principal = 代入{ -role }的{ -service-principal }
book-diagram-condition = 仅当 { $key } 匹配以下模式时 ({ $operator })：
book-diagram-assumes = sts:AssumeRole
book-diagram-role = IAM { -role }
book-diagram-path = 路径
book-diagram-profile = { -instance-profile }
book-diagram-contains = 包含{ -role }
book-diagram-policies = 附加的策略和内联策略
book-diagram-aws-managed = { -aws-managed-policy }
book-diagram-customer-managed = { -customer-managed-policy }
book-diagram-inline = { -inline-policy }
book-diagram-optional = 可选：{ $flag }
book-diagram-covers = 已包含 { $flag } 的权限
book-iac-heading = 基础设施即代码
book-iac-intro = 相同的定义，以 CloudFormation 模板或 AWS 提供商的 Terraform 配置呈现。ARN 的分区取自堆栈；未指定 --account 时，aws:SourceArn 模式的账户也取自堆栈。{ -customer-managed-policy }是独立的资源，{ -inline-policy }则变为 AWS::IAM::RolePolicy 或 aws_iam_role_policy。
book-iac-cloudformation = CloudFormation，由 { $command } 生成：
book-iac-terraform = Terraform，由 { $command } 生成：

## Typed seams (issue 12c): the JSON chapter from the report types and their schemas, the
## command-line chapter's table of options from the flag table.
book-json-notation = 以下各个结构取自对象的 JSON Schema，并采用 TypeScript 的表示法：string、number 和 boolean 为该类型的值，| 分隔键可能取的值，T[] 表示列表，后面带 ? 的键可能不存在。只含 … 的对象表示策略文档。
book-json-schema = JSON Schema：{ $link }
book-json-roles = rolecall 支持的每一种{ -role }：以您的语言显示的名称、指南为该{ -role }给出的名称 (指南未给出时为 null)、所信任的{ -service-principal }、{ -managed-policies }，以及 --cni 和 --with 可添加的可选权限。
book-json-repair = repair 输出的对象与 create 相同：计划、运行结果，以及之后 check 将报告的内容。
book-json-audit = 账户中用于 rolecall 支持之用途的每个{ -role } (具有 check 的键及其种类)、关于整个账户的发现结果 (account_findings)，以及计数。
book-json-audit-organization = audit --organization 和 audit --accounts：每个账户的审计结果，附带 account_id、在组织中的名称和状态 ok；或者状态 failed 以及导致无法读取的错误；最后是所有账户的计数。
book-json-audit-organization-line = 使用 --output jsonl 时，audit --organization 会在结果到达时每行输出一个对象：每个{ -role } (type role) 和每项关于整个账户的发现结果 (type account_finding)，然后是该账户 (type account)，最后是摘要 (type summary)。除摘要外，每个对象都附带其 account_id。
book-json-permissions = 命令所需的最低权限 IAM 策略；使用 --organization 时，则为调用方的策略、成员{ -role }，以及成员{ -role }的权限策略和{ -trust-policy }。
book-json-mock-serve = mock serve 开始提供服务前输出的第一行：所监听的 URL 和所提供的状态文件。
book-cli-flags-heading = 选项和参数
book-col-value = 值
book-col-commands = 命令
book-cli-global = 所有命令

## Issue 19 第 18、19 项：AWS GovCloud (US) 中的 Amazon EKS on Fargate；AmazonEKSBlockStoragePolicyV2。
book-partition-no-fargate = 此处不提供 Amazon EKS on Fargate (AWS GovCloud (US) 用户指南)：rolecall show 和 create 会拒绝该{ -role } (退出状态 2)，check 和 audit 会报告此情况 (fargate-unavailable)。
book-erratum-cluster-block-storage-v2 = 自动模式集群{ -role }的指南列出 AmazonEKSBlockStoragePolicy；AWS 于 { $block_storage_date } 发布了 AmazonEKSBlockStoragePolicyV2，它将从快照创建卷和创建卷快照限制在{ -cluster }自己的资源上，且 AWS 当前的自动模式设置会附加该策略。IAM 会将所有已附加策略的权限相加，因此与 V2 并存的旧策略仍保留其更广的权限。rolecall 会附加 V2，对单独存在或与 V2 并存的旧策略发出警告，而 repair --replace-outdated 会附加 V2 并分离旧策略。

## Issue 20：角色可以执行哪些操作 (权限判定) 一章。
book-chapter-granted = 角色可以执行哪些操作
book-granted-intro = rolecall 按照 IAM 的判定方式来判断{ -role }可以执行哪些操作，而绝不依据所附加策略的名称。每种{ -role }都声明了其工作负载的需求 (列在各{ -role }的章节中)：对一组资源的一个操作，以及其服务发送的上下文键。rolecall 以{ -role }自身会话发出请求的方式来评估每项需求：调用方是该{ -role }，aws:PrincipalArn 和 aws:PrincipalAccount 是它自己的值，aws:PrincipalTag/* 是它的标签，而需求未声明的其他键一律视为未知。只有当需求对其集合中的每个资源都获得允许时，才算已授予。
book-granted-how-heading = 由什么决定
book-granted-how-intro = rolecall 会读取 IAM 评估{ -role }请求时考虑的内容，并按照 IAM 的方式将其组合：
book-granted-how-deny = 这些策略中任何一项的显式拒绝 (Deny) 都优先。
book-granted-how-identity = 必须有基于身份的策略允许该需求：{ -role }的{ -inline-policy }，或附加到该{ -role }的{ -managed-policy }的默认版本 (也包括 AWS 托管策略：其版本会变化，且因分区而异)。
book-granted-how-boundary = 如果{ -role }设置了{ -permissions-boundary }，该边界也必须允许该需求：{ -role }自身的策略无法授予超出其权限边界的权限。
book-granted-how-scps = 在组织中，从根、经过每个组织单位 (OU)、直到账户的每个级别，都必须有附加到该级别的{ -scp } 允许该需求 (默认情况下，FullAWSAccess 附加到所有级别)。{ -scps } 不适用于管理账户，也不适用于服务相关角色。
book-granted-verdict-heading = 已授予、未授予、无法判定
book-granted-verdict = 每项需求的判定结果为已授予、未授予或无法判定。如果答案取决于 rolecall 无法得知的值 (例如针对 aws:SourceVpc 的条件)，或取决于无法读取的策略，则为无法判定：rolecall 绝不会猜测其已授予。所有需求均已授予时，{ -role }的判定为已授予；有任何一项未授予时为未授予；其他情况则为无法判定 (退出状态 1，与信任策略无法判定时相同)。check 会用一行输出判定结果和最先几项未授予的需求；其 JSON 会给出判定结果 ("granted": true、false 或 null)，以及每项需求和决定它的内容：基于身份的策略及其语句、权限边界、各级别的{ -scps }。{ -pod-identity-role }不声明任何需求：它可以执行哪些操作由您决定。
book-granted-scps-heading = 是否考虑了{ -scps }
book-granted-scps-intro = check 的 JSON 中 permissions 块的 "scps" 表示判定是否考虑了{ -scps }：
book-granted-scps-read = rolecall 已读取从根到账户每个级别的{ -scps } (DescribeOrganization、直到根的 ListParents、ListPoliciesForTarget 和 DescribePolicy，与{ -role }自身的读取同时进行)，判定已将其考虑在内。
book-granted-scps-not-read = 调用方无法读取这些策略 (AccessDenied，从大多数成员账户调用时都是如此)：判定未将其考虑在内，并以提示 (scps-not-read) 而非错误说明这一点。若要将其考虑在内，请从组织的管理账户或委托管理员运行 rolecall。
book-granted-scps-not-applicable = 没有适用的{ -scp }：该账户不属于任何组织、是组织的管理账户，或者该{ -role }是服务相关角色。
book-granted-not-read-heading = rolecall 不读取的内容
book-granted-not-read = rolecall 不读取基于资源的策略 (Secrets Manager 密钥、KMS 密钥、存储库的策略)、资源控制策略 (RCP) 和 VPC 终端节点策略。即使 rolecall 判定为已授予的请求，仍可能被其中任何一项拒绝：如果您的账户使用这些策略，请手动检查。
book-granted-repair-heading = repair 会更改什么，以及绝不编辑什么
book-granted-repair = 当{ -role }没有任何策略授予指南中{ -managed-policy }所对应的需求时，repair 会附加该{ -managed-policy }。如果{ -role }的其他策略已授予某个{ -managed-policy }的需求，repair 不再附加该策略：这是一项变更，以前 repair 会附加指南指定的所有策略。此时，对于指南接受等效权限的{ -roles } ({ $kinds })，缺少的策略为提示 (policy-equivalent)；对于其他角色则为警告 (policy-missing-granted)。repair 绝不编辑{ -permissions-boundary }、{ -scp } 或 Deny 语句：当其中任何一项阻止某项需求时，repair 会将其列在不更改的项目中，不为此写入任何内容，并以退出状态 1 结束；剩下的就是 check 随后会发现的内容。
book-granted-examples-heading = 各发现结果的示例
book-granted-examples-intro = 以下每个示例都是账户 { $account } 中的{ -role }，由 rolecall 自身的代码判定；每个发现结果都按 check 输出的样子呈现。
book-granted-example-not-granted = { -node-role }附加了其指南中的两个{ -managed-policies }，但 IAM 返回的 AmazonEKSWorkerNodePolicy 默认版本缺少 ec2:DescribeInstances (AWS 托管策略的文档会随版本变化，且因分区而异)。名称虽在，需求却未授予。
book-granted-example-denied = { -node-role }附加了两个{ -managed-policies }，而其{ -inline-policy } guard 有一条针对 ec2:DescribeInstances 的 Deny 语句 NoDescribe。
book-granted-example-boundary = { -node-role }附加了两个{ -managed-policies }，但其{ -permissions-boundary }只允许 s3:*。
book-granted-example-scp = { -node-role }附加了两个{ -managed-policies }，但与 FullAWSAccess 一起附加到账户、名为 NoEcr 的{ -scp } 拒绝 ecr:*。
book-granted-example-undecided = { -node-role }附加了两个{ -managed-policies }，而一项{ -inline-policy }除非 aws:SourceVpc 为 vpc-1，否则拒绝所有操作：请求是否经由该 VPC 发出，事先无法得知。
book-granted-example-scps-not-read = { -node-role }与其指南所创建的相同，但调用方无法读取组织的{ -scps }：ListParents 返回 AccessDenied。
book-granted-example-equivalent = { -node-role }未附加任何{ -managed-policy }；一项{ -inline-policy }允许这两个策略的所有需求，各自针对其资源。节点角色的指南接受等效的权限。
book-granted-example-missing-granted = { -task-execution-role }未附加任何{ -managed-policy }；一项{ -inline-policy }允许 AmazonECSTaskExecutionRolePolicy 的所有需求。其指南指定的是该策略本身。
# 列举项之间的分隔符。
book-list-separator = 、
