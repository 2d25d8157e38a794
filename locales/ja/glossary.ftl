# 日本語版 AWS ガイドの用語。メッセージでは語を繰り返さずにこれらの用語を参照します。
# 用語はこの言語の AWS ガイドに合わせて決めています。

-role = ロール
-roles = ロール
-trust-policy = 信頼ポリシー
-trust-relationship = 信頼関係
-managed-policy = マネージドポリシー
-aws-managed-policy = AWS マネージドポリシー
-customer-managed-policy = カスタマー管理ポリシー
-inline-policy = インラインポリシー
-instance-profile = インスタンスプロファイル
-fargate-profile = Fargate プロファイル
-cluster = クラスター
-account-id = アカウント ID
-service-principal = サービスプリンシパル
-pod-execution-role = Amazon EKS ポッド実行ロール
-node-role = Amazon EKS ノードの IAM ロール
-container-instance-role = Amazon ECS コンテナインスタンスの IAM ロール
-service-account = Kubernetes サービスアカウント
-irsa = サービスアカウントの IAM ロール (IRSA)
-confused-deputy = 混乱した代理
-permissions-boundary = アクセス許可の境界
-scp = サービスコントロールポリシー (SCP)
-scps = サービスコントロールポリシー (SCP)

# 複数形 (日本語では単数形と同じ)。
-managed-policies = マネージドポリシー
-customer-managed-policies = カスタマー管理ポリシー
-inline-policies = インラインポリシー
-instance-profiles = インスタンスプロファイル
-clusters = クラスター
-fargate-profiles = Fargate プロファイル
# EKS クラスター、EKS 自動モード、ECS タスク、EKS Pod Identity のロール。
-cluster-role = Amazon EKS クラスターの IAM ロール
-auto-mode = EKS 自動モード
-auto-cluster-role = Amazon EKS 自動モードクラスターの IAM ロール
-auto-node-role = Amazon EKS 自動モードノードの IAM ロール
-task-execution-role = Amazon ECS タスク実行 IAM ロール
-pod-identity = EKS Pod Identity
-pod-identity-role = EKS Pod Identity の IAM ロール
-session-tags = セッションタグ
-namespace = 名前空間
# doctor が EKS クラスターから読み取るもの (issue 21)。
-access-entry = アクセスエントリ
-access-entries = アクセスエントリ
-node-group = マネージド型ノードグループ
-access-policy = アクセスポリシー
-oidc-provider = IAM OIDC プロバイダー
-authentication-mode = 認証モード
