# 本文件定义消息所用的术语。各语言在自己的 glossary.ftl 中，按该语言的 AWS 指南确定用词；
# 此处依据 AWS 中国区域控制台的简体中文用语。

-role = 角色
-roles = 角色
-trust-policy = 信任策略
-trust-relationship = 信任关系
-managed-policy = 托管策略
-aws-managed-policy = AWS 托管策略
-customer-managed-policy = 客户托管策略
-inline-policy = 内联策略
-instance-profile = 实例配置文件
-fargate-profile = Fargate 配置文件
-cluster = 集群
-account-id = 账户 ID
-service-principal = 服务主体
-pod-execution-role = Amazon EKS Pod 执行角色
-node-role = Amazon EKS 节点 IAM 角色
-container-instance-role = Amazon ECS 容器实例 IAM 角色
-service-account = Kubernetes 服务账户
-irsa = 服务账户的 IAM 角色 (IRSA)
-confused-deputy = 混淆代理
-permissions-boundary = 权限边界
-scp = 服务控制策略 (SCP)
-scps = 服务控制策略 (SCP)

# 复数 (中文与单数相同)。
-managed-policies = 托管策略
-customer-managed-policies = 客户托管策略
-inline-policies = 内联策略
-instance-profiles = 实例配置文件
-clusters = 集群
-fargate-profiles = Fargate 配置文件
# EKS 集群、EKS 自动模式、ECS 任务和 EKS 容器组身份的角色。
-cluster-role = Amazon EKS 集群 IAM 角色
-auto-mode = EKS 自动模式
-auto-cluster-role = Amazon EKS 自动模式集群 IAM 角色
-auto-node-role = Amazon EKS 自动模式节点 IAM 角色
-task-execution-role = Amazon ECS 任务执行 IAM 角色
-pod-identity = EKS 容器组身份
-pod-identity-role = EKS 容器组身份 IAM 角色
-session-tags = 会话标签
-namespace = 命名空间
# doctor 从 EKS 集群读取的内容 (issue 21)。
-access-entry = 访问条目
-access-entries = 访问条目
-node-group = 托管节点组
-access-policy = 访问策略
-oidc-provider = IAM OIDC 提供商
-authentication-mode = 身份验证模式
