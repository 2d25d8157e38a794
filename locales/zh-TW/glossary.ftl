# 本檔定義訊息所用的術語。各語言在自己的 glossary.ftl 中，依該語言的 AWS 指南訂定用詞；
# 此處依據 AWS 繁體中文 (台灣) 指南。

-role = 角色
-roles = 角色
-trust-policy = 信任政策
-trust-relationship = 信任關係
-managed-policy = 受管政策
-aws-managed-policy = AWS 受管政策
-customer-managed-policy = 客戶受管政策
-inline-policy = 內嵌政策
-instance-profile = 執行個體設定檔
-fargate-profile = Fargate 設定檔
-cluster = 叢集
-account-id = 帳戶 ID
-service-principal = 服務主體
-pod-execution-role = Amazon EKS Pod 執行 IAM 角色
-node-role = Amazon EKS 節點 IAM 角色
-container-instance-role = Amazon ECS 容器執行個體 IAM 角色
-service-account = Kubernetes 服務帳戶
-irsa = 服務帳戶的 IAM 角色 (IRSA)
-confused-deputy = 混淆代理人
-permissions-boundary = 許可界限
-scp = 服務控制政策 (SCP)
-scps = 服務控制政策 (SCP)

# 複數 (中文與單數相同)。
-managed-policies = 受管政策
-customer-managed-policies = 客戶受管政策
-inline-policies = 內嵌政策
-instance-profiles = 執行個體設定檔
-clusters = 叢集
-fargate-profiles = Fargate 設定檔
# EKS 叢集、EKS Auto Mode、ECS 任務與 EKS Pod Identity 的角色。
-cluster-role = Amazon EKS 叢集 IAM 角色
-auto-mode = EKS Auto Mode
-auto-cluster-role = Amazon EKS Auto Mode 叢集 IAM 角色
-auto-node-role = Amazon EKS Auto Mode 節點 IAM 角色
-task-execution-role = Amazon ECS 任務執行 IAM 角色
-pod-identity = EKS Pod Identity
-pod-identity-role = EKS Pod Identity IAM 角色
-session-tags = 工作階段標籤
-namespace = 命名空間
# doctor 從 EKS 叢集讀取的項目 (issue 21)。
-access-entry = 存取項目
-access-entries = 存取項目
-node-group = 受管節點群組
-access-policy = 存取政策
-oidc-provider = IAM OIDC 供應商
-authentication-mode = 身分驗證模式
