## 每个发现代码对应一条消息 (finding-CODE)，以及修复方法 (finding-CODE-fix)。

finding-role-missing = 不存在名为 { $role } 的{ -role }。
finding-role-missing-fix = 请使用 rolecall create 创建，或使用 --role-name 指定现有的{ -role }。
finding-role-also-found = 还有其他{ -roles }也符合指南中的名称：{ $roles }。
finding-role-also-found-fix = 请使用 --role-name 逐一检查这些{ -roles }。
finding-trust-invalid = 无法解析{ -trust-policy }：{ $detail }
finding-trust-invalid-fix = 请手动修正{ -trust-policy }；rolecall 不会覆盖无法解析的文档。
finding-trust-principal-missing = { -trust-policy }不允许 { $principal } 代入该{ -role }。
finding-trust-principal-missing-fix = rolecall repair 会为 { $principal } 添加一条语句，并保留其他语句。
finding-trust-principal-partition = { -trust-policy }信任 { $legacy }，但未信任 { $principal }：在中国区域，EKS 节点组会拒绝未信任 { $principal } 的节点{ -role }。
finding-trust-principal-partition-fix = rolecall repair 会为 { $principal } 添加一条语句，并保留其他语句。
finding-trust-source-arn-missing = { -trust-policy }允许 { $principal } 在没有 aws:SourceArn 条件的情况下代入该{ -role } (存在{ -confused-deputy }风险)。
finding-trust-source-arn-missing-fix = rolecall repair --restrict-trust 会将其限制为您所指定{ -cluster }的 { -fargate-profile }。
finding-trust-cluster-not-covered = aws:SourceArn 条件不允许{ -cluster } { $cluster } ({ $region }) 的 { -fargate-profile }代入该{ -role } (指南中的模式：{ $source_arn })。
finding-trust-cluster-not-covered-fix = 使用相同的 --cluster 运行 rolecall repair，即可将该{ -cluster }添加到现有条件中，或为其单独添加一条语句。
finding-trust-extra-principal = { -trust-policy }还允许 { $principal } 代入该{ -role }。
finding-trust-extra-principal-fix = 如果不需要该主体，请手动删除；rolecall 从不删除任何信任。
finding-trust-shared-role = 该{ -role }还受 { $principal } 信任：指南要求 EC2 节点、Fargate Pod 和{ -cluster }分别使用不同的{ -roles }。
finding-trust-shared-role-fix = 请为每种用途分别创建一个{ -role }，并手动删除多余的主体。
finding-policy-missing = 未附加{ -managed-policy } { $policy }。
finding-policy-missing-fix = rolecall repair 会附加该策略。
finding-policy-outdated = 当前附加的是 { $policy }，而不是现行指南要求的 { $current } (AWS 于 { $date } 发布)。
finding-policy-outdated-fix = rolecall repair 会附加 { $current }；添加 --replace-outdated 可同时分离 { $policy }。
finding-cni-on-node-role = { $policy } 附加在节点{ -role }上；指南建议通过{ -irsa }，将其附加到 aws-node { -service-account }的{ -role }。
finding-cni-on-node-role-fix = 请为 aws-node 配置{ -irsa } 并将该策略移到该{ -role }，然后从节点{ -role }分离该策略。
finding-instance-profile-missing = 该{ -role }不属于任何{ -instance-profile } (指南会创建 { $profile })。
finding-instance-profile-missing-fix = rolecall repair 会创建{ -instance-profile }，并将该{ -role }添加进去。
finding-instance-profile-taken = { -instance-profile } { $profile } 已包含 { $role }；一个{ -instance-profile }只能包含一个{ -role }。
finding-instance-profile-taken-fix = 请改用其他{ -role }名称，或手动从该{ -instance-profile }中删除另一个{ -role }。
finding-permission-missing = 缺少可选权限 { $permission } ({ $policy })。
finding-permission-missing-fix = 使用相同的 --with 或 --cni 运行 rolecall repair 即可添加。
finding-policy-document-differs = 策略 { $policy } 未授予指南文档所授予的权限。
finding-policy-document-differs-fix = 请使用 rolecall show 进行比较后手动修正；rolecall 不会覆盖您的策略。
finding-json-invalid = 第 { $line } 行第 { $column } 列的 JSON 无效：{ $detail }。
finding-json-invalid-fix = 请修正该位置的 JSON 语法。
finding-json-duplicate-key = 键“{ $key }”在同一个对象中出现了两次 (第 { $line } 行第 { $column } 列)；只有其中一个值会生效。
finding-json-duplicate-key-fix = 请将多个值以数组形式放在同一个键下，例如 "aws:SourceArn": ["…", "…"]。
finding-policy-structure = { $path } 不符合 IAM 的要求：{ $expected }。
finding-policy-structure-fix = 请修正所指出的元素。
finding-version-missing = 该文档没有 Version，因此 IAM 会使用 2008-10-17，无法使用策略变量。
finding-version-missing-fix = 请添加 "Version": "2012-10-17"。
finding-version-unknown = “{ $version }”不是有效的策略语言版本 (2012-10-17 或 2008-10-17)。
finding-version-unknown-fix = 请使用 "Version": "2012-10-17"。
finding-arn-malformed = { $path } 中的“{ $value }”不是格式正确的 ARN。
finding-arn-malformed-fix = 请写成 arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE 格式，不要包含空格或多余的冒号。
finding-principal-malformed = { $path } 中的“{ $value }”不是有效的主体。
finding-principal-malformed-fix = 请使用{ -service-principal } (例如 ec2.amazonaws.com)、{ -account-id }或 IAM ARN。
finding-action-malformed = { $path } 中的“{ $value }”不是 service:Action 格式的操作。
finding-action-malformed-fix = 请按 service:Action 格式编写操作，例如 sts:AssumeRole。
finding-placeholder-left = { $path } 中的“{ $value }”仍包含指南中的占位符 { $placeholder }。
finding-placeholder-left-fix = 请将占位符替换为您的实际值。
finding-policy-has-principal = { $path } 包含 Principal，但权限策略中不得包含该元素。
finding-policy-has-principal-fix = 请删除 Principal；如果该文档是{ -trust-policy }，请改用 --trust 进行检查。
finding-trust-no-principal = { -trust-policy }的 { $path } 未指定 Principal。
finding-trust-no-principal-fix = 请添加可以代入该{ -role }的 Principal。
finding-trust-has-resource = { -trust-policy }的 { $path } 包含 Resource，IAM 会拒绝该元素。
finding-trust-has-resource-fix = 请从{ -trust-policy }中删除 Resource。
finding-trust-action-invalid = { $path } 中的“{ $value }”不是{ -trust-policy }可以允许的操作。
finding-trust-action-invalid-fix = 请使用 sts:AssumeRole (或 sts:AssumeRoleWithWebIdentity、sts:TagSession 等)。
finding-audit-role-shared = { -role } { $role } 同时用作节点{ -role }和 Fargate { -pod-execution-role }；指南要求两者使用不同的{ -roles }。
finding-audit-role-shared-fix = 请为 { -fargate-profile }另外创建一个{ -role }，让这些配置文件改用该{ -role }，然后手动删除另一个主体。
finding-audit-cluster-several-roles = 有多个 Fargate { -roles }涵盖{ -cluster } { $cluster }：{ $roles }。
finding-audit-cluster-several-roles-fix = 除非各配置文件需要不同的权限，否则请让每个{ -cluster }只使用一个 { -pod-execution-role }。
finding-audit-node-no-instance-profile = 节点{ -role } { $role } 不属于任何{ -instance-profile }；自行管理的节点需要{ -instance-profile } (托管节点组会自行创建)。
finding-audit-node-no-instance-profile-fix = 对于自行管理的节点，请创建{ -instance-profile }，并将该{ -role }添加进去。

## 信任判定：按照 IAM 自身的方式评估信任策略。

finding-trust-not-principal = 语句 { $statement } 使用了 NotPrincipal，但 IAM 不接受{ -trust-policy }中的 NotPrincipal；rolecall 不会评估此类策略。
finding-trust-not-principal-fix = 请手动改用 Principal 指定可以代入该{ -role }的主体。
finding-trust-denied = { $scope ->
    [cluster] 语句 { $statement } 拒绝 { $principal } 为{ -cluster } { $cluster } ({ $region }) 的 { -fargate-profile }代入该{ -role }：显式 Deny 始终优先于任何 Allow。
   *[role] 语句 { $statement } 拒绝 { $principal } 代入该{ -role }：显式 Deny 始终优先于任何 Allow。
}
finding-trust-denied-fix = rolecall 从不编辑 Deny 语句。如果服务必须代入该{ -role }，请手动缩小该语句的范围或将其删除。
finding-trust-condition-unmet = { $scope ->
    [cluster] 语句 { $statement } 仅在 { $key } 的 { $operator } 条件成立时才允许 { $principal }，而{ -cluster } { $cluster } ({ $region }) 的请求不满足该条件。
   *[role] 语句 { $statement } 仅在 { $key } 的 { $operator } 条件成立时才允许 { $principal }，而该服务的请求不满足该条件。
}
finding-trust-condition-unmet-fix = rolecall repair 会在该语句之外另行添加指南中的语句；从不更改您的条件。
finding-trust-undecided = { $scope ->
    [cluster] { $principal } 能否为{ -cluster } { $cluster } ({ $region }) 代入该{ -role }，取决于语句 { $statement } 中 { $key } 的 { $operator } 条件，而 rolecall 无法得知其值。
   *[role] { $principal } 能否代入该{ -role }，取决于语句 { $statement } 中 { $key } 的 { $operator } 条件，而 rolecall 无法得知其值。
}
finding-trust-undecided-fix = 请手动检查该条件 (时间、您的组织、请求的标签)；rolecall 不会自行猜测。
finding-trust-cluster-partly-covered = { -cluster } { $cluster } ({ $region }) 只有部分 { -fargate-profile }可以代入该{ -role }：像 { $allowed } 这样的配置文件可以，像 { $denied } 这样的配置文件则不行。指定单个配置文件的模式只涵盖该配置文件，而不是整个{ -cluster }。
finding-trust-cluster-partly-covered-fix = 使用相同的 --cluster 运行 rolecall repair，即可将整个{ -cluster }添加到条件中。
finding-trust-principal-partition-legacy = { -trust-policy }信任 { $legacy }，但未信任中国区域文档中记载的 EC2 { -service-principal } { $principal }。Amazon ECS 两者都接受。
finding-trust-principal-partition-legacy-fix = rolecall repair 会为 { $principal } 添加一条语句，并保留其他语句。
finding-policy-superseded = { $current } 和被它取代的旧版 { $policy } 同时处于附加状态。
finding-policy-superseded-fix = rolecall repair --replace-outdated 会分离 { $policy }。
finding-repair-cannot-cover = rolecall 将要写入的{ -trust-policy }仍无法让{ -cluster } { $cluster } ({ $region }) 代入该{ -role }，因此 rolecall 未写入任何内容。
finding-repair-cannot-cover-fix = 检查的发现结果会指出阻碍所在 (Deny，或 rolecall 不会编辑的条件)：请手动更改后，再次运行 repair。
finding-repair-would-narrow = rolecall 将要写入的{ -trust-policy }会缩小 { $principal } 当前获准的范围{ PRESENT($example) ->
    [yes] {" "}(例如对 { $example })
   *[no] {""}
}，因此 rolecall 未写入任何内容。
finding-repair-would-narrow-fix = rolecall 只会向{ -trust-policy }中添加内容；请手动编辑该策略。
## lint：文本、命令和名称
finding-principal-no-cn-form = { $path } 中的“{ $value }”不是有效的主体：{ $principal } 没有 .cn 形式，在中国区域也是如此。
finding-principal-no-cn-form-fix = 请改写为 { $principal }。
finding-principal-cn-undocumented = { $path } 中的“{ $value }”：AWS 并未记载 { $principal } 的 .cn 形式。其中国区域页面显示的是 { $principal }，且有用户报告 IAM 拒绝 eks.amazonaws.com.cn。
finding-principal-cn-undocumented-fix = 请改写为 { $principal }。
finding-arn-corrected = { $path } 中的“{ $value }”不是格式正确的 ARN；您是指 { $corrected } 吗？
finding-arn-corrected-fix = 请写成 { $corrected }。
finding-aws-policy-unknown = { $path } 中的 { $value } 不是任何 { -aws-managed-policy }；您是指 { $suggestion } 吗？
finding-aws-policy-unknown-fix = 请使用 { $suggestion }：{ -aws-managed-policy }的 ARN 包含其确切名称和路径 (例如 service-role/)。
finding-aws-policy-not-listed = { $path } 中的 { $value } 不在 rolecall 所知的 { -aws-managed-policy }列表中 (列表来源：{ $source })。
finding-aws-policy-not-listed-fix = 请用 aws iam get-policy 确认名称；您自己的策略，其 ARN 中是您的{ -account-id }，而不是 aws。
finding-customer-policy-arn = { $path } 中的“{ $value }”不是{ -customer-managed-policy } { $policy } 的 ARN：其 ARN 应为 arn:PARTITION:iam::ACCOUNT-ID:policy/{ $policy }，并包含您 12 位的{ -account-id }。
finding-customer-policy-arn-fix = 请在 ARN 中使用您 12 位的{ -account-id } (而不是 aws)，并在名称前加上 policy/。
finding-name-not-created = 此文本中从未创建 { $value } ({ $path })；您是指第 { $created_line } 行创建的 { $created } 吗？
finding-name-not-created-fix = 请使用创建时的名称 { $created }。
finding-policy-name-unknown = 文本中提到的策略 { $value } 并不存在；您是指 { $suggestion } 吗？
finding-policy-name-unknown-fix = 请使用策略的实际名称 { $suggestion }。
finding-command-policy-outdated = 此命令会将 { $policy } 附加到 { $role }；当前指南改为附加 { $current } (AWS 于 { $date } 发布)。
finding-command-policy-outdated-fix = 请附加 { $current }，而不是 { $policy }。
finding-json-fragment-duplicate-key = 将这一行添加到上方的文档后，同一个对象中会出现两次 { $key }；只有其中一个值会生效。
finding-json-fragment-duplicate-key-fix = 请改为将值以数组形式添加到现有的 { $key }："{ $key }": ["…", "…"]。
finding-resource-no-principal = 基于资源的策略中，{ $path } 未指定 Principal。
finding-resource-no-principal-fix = 请添加该语句适用的 Principal。

## EKS 集群、EKS 自动模式、ECS 任务执行和 EKS 容器组身份的角色。

finding-trust-action-missing = { -trust-policy }允许 { $principal } 调用其所需的部分操作，但不允许 { $action }。
finding-trust-action-missing-fix = rolecall repair 会以相同的条件添加一条允许 { $principal } 执行 { $action } 的语句，并保留其他语句。
finding-trust-scoped = 只有{ -session-tags }满足以下条件的容器组，{ $principal } 才能代入该{ -role }：{ $conditions }。
finding-trust-scoped-fix = 无需修复：这是{ -trust-policy }为该{ -role }设定的范围。请确认其中列出的{ -cluster }、{ -namespace }和服务账户符合您的意图。
finding-audit-cluster-node-shared = { -role } { $role } 同时用作 { -cluster-role }和节点{ -role }；指南不允许节点使用{ -cluster }的{ -role }。
finding-audit-cluster-node-shared-fix = 请另行创建节点{ -role }并让节点改用它，然后手动从{ -cluster }{ -role }的{ -trust-policy }中删除 EC2。
finding-audit-confused-deputy = { -role } { $role } 允许 { $principal } 代表任何账户代入它：其{ -trust-policy }没有 aws:SourceAccount 或 aws:SourceArn 条件 ({ -confused-deputy }风险)。
finding-audit-confused-deputy-fix = 请手动在其 Allow 语句中添加针对 aws:SourceAccount (您的{ -account-id }) 的 StringEquals 条件，或针对 aws:SourceArn (arn:aws:ecs:REGION:ACCOUNT:*) 的 ArnLike 条件；切勿只指定单个集群的 ARN，否则将无法启动任务。rolecall 从不自行缩小信任范围。
finding-audit-trust-unreadable = 无法解析{ -role } { $role } 的{ -trust-policy } ({ $detail })，因此 audit 无法判断该{ -role }是否用于其检查的任何用途。
finding-audit-trust-unreadable-fix = 请手动修正{ -trust-policy }，然后重新运行 audit；rolecall 不会覆盖无法解析的文档。
finding-permission-not-granted = 该{ -role }没有任何策略允许对 { $resource } 执行 { $action }，而这是其工作负载所需要的 (此类需求共 { $count } 项)。
finding-permission-not-granted-fix = rolecall repair 会附加指南中的{ -managed-policy }；您也可以在自己的策略中授予该操作。
finding-permission-denied = { $policy } 的 Deny 语句 { $statement } 阻止该{ -role }对 { $resource } 执行 { $action }，而这是其工作负载所需要的 (此类需求共 { $count } 项)。
finding-permission-denied-fix = 请手动缩小该语句的范围或将其删除；rolecall 从不删除语句。
finding-permission-blocked-by-boundary = { -permissions-boundary } { $policy } { PRESENT($statement) ->
    [yes] 拒绝对 { $resource } 执行 { $action } (语句 { $statement })
   *[no] 不允许对 { $resource } 执行 { $action }
}，而这是该{ -role }的工作负载所需要的 (此类需求共 { $count } 项)：{ -role }自身的策略无法授予超出其权限边界的权限。
finding-permission-blocked-by-boundary-fix = 请手动在{ -permissions-boundary }中允许该操作 (或删除该边界)；rolecall 从不编辑{ -permissions-boundary }。
finding-permission-blocked-by-scp = { PRESENT($policy) ->
    [yes] 附加到 { $target } 的{ -scp } { $policy } 拒绝对 { $resource } 执行 { $action } (语句 { $statement })
   *[no] 附加到 { $target } 的{ -scps } 均不允许对 { $resource } 执行 { $action }
}，而这是该{ -role }的工作负载所需要的 (此类需求共 { $count } 项)。
finding-permission-blocked-by-scp-fix = 请让贵组织的管理员在该级别允许该操作；rolecall 从不编辑{ -scp }。
finding-permission-undecided = 该{ -role }能否对 { $resource } 调用其工作负载所需的 { $action }，{ PRESENT($key) ->
    [yes] 取决于 { $key }，而 rolecall 无法得知其值
   *[no] 无法判定
} (此类需求共 { $count } 项)。
finding-permission-undecided-fix = 请手动检查该条件；rolecall 不会自行猜测。
finding-scps-not-read = 未读取该账户的{ -scps } ({ $value })：权限判定未将其考虑在内。
finding-scps-not-read-fix = 若要将其考虑在内，请从组织的管理账户 (或委托管理员账户) 运行 rolecall。
finding-policy-equivalent = 未附加{ -managed-policy } { $policy }，但该{ -role }的其他策略已授予该策略所授予且工作负载需要的全部权限；指南接受等效的权限。
finding-policy-equivalent-fix = 无需处理；rolecall repair 不会附加该策略。
finding-policy-missing-granted = 未附加{ -managed-policy } { $policy }。该{ -role }的其他策略已授予该策略所授予且工作负载需要的全部权限，但指南指定的是该策略本身。
finding-policy-missing-granted-fix = 如果您要严格遵循指南，请手动附加；rolecall repair 不会附加已授予的权限。

## 策略元素中 IAM 要求的内容 (policy-structure 的 { $expected })，以及非 JSON 文本的问题
## (json-invalid 的 { $detail })。

policy-expected-document = 包含 Version 和 Statement 的对象
policy-expected-document-key = Version、Id、Statement 之一
policy-expected-statements = 语句对象，或由语句组成的非空数组
policy-expected-statement = 对象
policy-expected-statement-key = Sid、Effect、Principal、NotPrincipal、Action、NotAction、Resource、NotResource、Condition 之一
policy-expected-effect = "Allow" 或 "Deny"
policy-expected-string = 字符串
policy-expected-string-or-list = 字符串或字符串数组
policy-expected-principal = "*"，或将主体类型 (Service、AWS、Federated) 映射到其值的对象
policy-expected-condition-operators = 由条件运算符组成的对象
policy-expected-condition-keys = 由条件键组成的对象
policy-expected-condition-values = 字符串、布尔值或数字，或由它们组成的数组
policy-expected-one-of-action-not-action = Action 和 NotAction 两者恰好其一
policy-expected-at-most-one-principal = Principal 和 NotPrincipal 至多其一
policy-expected-at-most-one-resource = Resource 和 NotResource 至多其一
json-syntax-eof = 文本在 JSON 结束之前就结束了
json-syntax-expected-colon = 键后面缺少冒号 (:)
json-syntax-expected-comma-or-end = 缺少逗号或右括号
json-syntax-expected-value = 此处应为一个值
json-syntax-key-not-string = 对象的键必须是用双引号括起来的字符串
json-syntax-trailing-comma = 逗号后面没有任何值
json-syntax-trailing-characters = JSON 之后还有其他文本
json-syntax-invalid-string = 字符串中包含无效的转义序列、控制字符或码位
json-syntax-invalid-number = 数字无效或超出范围
json-syntax-too-deep = JSON 的嵌套层级太深
json-syntax-too-large = 该文本比任何策略文档都大，因此未读取
json-syntax-other = 该文本不是有效的 JSON

## Issue 19 第 18、19 项：AWS GovCloud (US) 中的 Amazon EKS on Fargate；授予范围比替代策略更广的旧策略。
finding-fargate-unavailable = 分区 { $partition } (AWS GovCloud (US)) 不提供 Amazon EKS on Fargate：在此没有任何 Pod 能使用该{ -role }。
finding-fargate-unavailable-fix = 没有需要修复的内容：rolecall 不会在 { $partition } 中创建{ -pod-execution-role }。请在节点上运行 Pod，或在其他分区的 Fargate 上运行。
finding-policy-superseded-wider = { $current } 和被它取代的旧版 { $policy } 同时处于附加状态：IAM 会将所有已附加策略的权限相加，因此 { $policy } 更广的权限仍然有效。
finding-policy-superseded-wider-fix = rolecall repair --replace-outdated 会分离 { $policy }。

## doctor 在 EKS 集群与其角色之间的关联中发现的问题 (issue 21)。
finding-fargate-role-node-group-shared = { -fargate-profile } { $fargate_profile } 使用的 { $role } 同时也是{ -node-group } { $node_group } 的节点{ -role }：Fargate 指南要求使用单独的{ -role }。
finding-fargate-role-node-group-shared-fix = 另外创建一个{ -pod-execution-role } (rolecall create fargate-pod-execution --cluster …)，并创建使用它的新{ -fargate-profile }。
finding-fargate-profile-not-trusted = { $role } 的{ -trust-policy }不允许{ -fargate-profile } { $fargate_profile }：其 ARN { $source_arn } 未被允许{ PRESENT($statement) ->
    [yes] {" "}(语句 { $statement }，{ $key })
   *[no] {""}
}。其容器组会一直处于 Pending 状态。
finding-fargate-profile-not-trusted-fix = 以此集群的 ARN 作为 --cluster 运行 rolecall repair fargate-pod-execution --role-name …，即可将该配置文件的集群添加到 aws:SourceArn 条件中。
finding-fargate-profile-trust-undecided = { $role } 的{ -trust-policy }是否允许{ -fargate-profile } { $fargate_profile }，取决于 rolecall 无法得知其值的 { $key } (语句 { $statement })。
finding-fargate-profile-trust-undecided-fix = 请手动检查该条件；rolecall 不会猜测。
finding-access-entry-missing = 此{ -cluster }仅使用{ -access-entries }，而 { $role } 没有类型为 { $entry_type } 的{ -access-entry }{ PRESENT($found) ->
    [yes] {" "}(其条目类型为 { $found })
   *[no] {""}
}：其节点或容器组无法加入{ -cluster }。
finding-access-entry-missing-fix = aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type } (请先删除类型错误的条目)。
finding-access-entry-missing-aws-auth = { $role } 没有类型为 { $entry_type } 的{ -access-entry }{ PRESENT($found) ->
    [yes] {" "}(其条目类型为 { $found })
   *[no] {""}
}；在{ -authentication-mode } API_AND_CONFIG_MAP 下，rolecall 无法读取的 aws-auth ConfigMap 可能已映射该角色。
finding-access-entry-missing-aws-auth-fix = 检查 aws-auth (kubectl -n kube-system get configmap aws-auth)，或创建条目：aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type }。
finding-access-policy-missing = { -auto-mode }节点{ -role } { $role } 的{ -access-entry }未关联 { $policy }：自动模式节点无法加入。
finding-access-policy-missing-fix = aws eks associate-access-policy --cluster-name CLUSTER --principal-arn { $role } --policy-arn arn:aws:eks::aws:cluster-access-policy/{ $policy } --access-scope type=cluster
finding-access-entry-stale = { $role } 的{ -access-entry }创建于 { $entry_created }，早于{ -role }本身 ({ $role_created })：它属于一个 ARN 相同但已删除的{ -role }，已经失效。
finding-access-entry-stale-fix = 删除该条目后重新创建：先运行 aws eks delete-access-entry，再使用相同的 --principal-arn 和 --type 运行 aws eks create-access-entry。
finding-access-entry-role-missing = 类型为 { $entry_type } 的{ -access-entry }指向不存在的 { $role }。
finding-access-entry-role-missing-fix = 删除该条目 (aws eks delete-access-entry --principal-arn { $role })，或创建该{ -role }后再重新创建条目。
finding-aws-auth-unread = { -cluster } { $cluster } 使用{ -authentication-mode } CONFIG_MAP：其{ -roles }在 aws-auth ConfigMap 中映射，而这是 rolecall 无法读取的 Kubernetes 对象，因此不会检查这些映射。
finding-aws-auth-unread-fix = 使用 kubectl -n kube-system get configmap aws-auth 检查 aws-auth，或改用{ -access-entries } (aws eks update-cluster-config --access-config authenticationMode=API_AND_CONFIG_MAP)。
finding-aws-auth-role-path = { $role } 带有路径：aws-auth 只有在写成不含路径的 { $value } 时才能匹配。
finding-aws-auth-role-path-fix = 在 aws-auth 中写入 rolearn: { $value }。
finding-oidc-provider-missing = 有{ -roles }信任{ -cluster }的 OIDC 颁发者 { $issuer } ({ $roles })，但账户中没有对应的{ -oidc-provider }：其容器组无法代入这些角色。
finding-oidc-provider-missing-fix = eksctl utils associate-iam-oidc-provider --cluster CLUSTER --approve，或 aws iam create-open-id-connect-provider --url { $issuer } --client-id-list sts.amazonaws.com
finding-pod-identity-tags-rejected = { $role } 信任{ -pod-identity }，但不包括 { $namespace }/{ $service_account }：EKS 为此关联设置的{ -session-tags }不满足语句 { $statement } ({ $key })。
finding-pod-identity-tags-rejected-fix = 放宽 { $key } 的条件以涵盖此关联，或关联其他{ -role }。
finding-pod-identity-tags-undecided = { $role } 是否允许 { $namespace }/{ $service_account }，取决于每个容器组都不同、rolecall 无法得知的 { $key } (语句 { $statement })。
finding-pod-identity-tags-undecided-fix = 请手动检查该条件；rolecall 不会猜测。
finding-pod-identity-target-not-trusted = 目标{ -role } { $role } 不允许关联的{ -role } { $principal } 代入它{ PRESENT($statement) ->
    [yes] {" "}(语句 { $statement }，{ $key })
   *[no] {""}
}。
finding-pod-identity-target-not-trusted-fix = 在目标{ -role }的{ -trust-policy }中添加语句，允许 { $principal } 执行 sts:AssumeRole 和 sts:TagSession，并以关联的外部 ID 作为 sts:ExternalId。
finding-pod-identity-target-undecided = 目标{ -role } { $role } 是否允许 { $principal } 代入它，取决于 rolecall 无法得知其值的 { $key } (语句 { $statement })。
finding-pod-identity-target-undecided-fix = 请手动检查该条件；rolecall 不会猜测。
finding-eks-not-read = 无法读取 { $api } ({ $value })：由它决定的部分已略过，不做猜测。
finding-eks-not-read-fix = 允许调用方调用 { $api }，或改用提供该 API 的端点运行。
