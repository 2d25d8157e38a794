## コマンドライン: ヘルプ、見出し、エラー、結果。

app-about = EKS と ECS のコンピューティングに必要な IAM { -roles }を確認、作成、修復します。
app-long-about = rolecall は、AWS アカウントの IAM { -roles }を { -pod-execution-role }、{ -node-role }、{ -container-instance-role }、{ -cluster-role } ({ -auto-mode }用を含む)、{ -auto-node-role }、{ -task-execution-role }、{ -pod-identity } の{ -roles }に関する AWS のガイドと照らし合わせて確認し、ガイドどおりに作成し、何も削除せずにガイドとの差異を修復します。

heading-usage = 使い方:
heading-options = オプション
heading-global = グローバルオプション
heading-context = { -role }のコンテキスト
heading-arguments = 引数
heading-commands = コマンド
heading-examples = 例:

value-options = オプション
value-command = コマンド
value-kind = 種類
value-file = ファイル
value-lang = 言語
value-output = 形式
value-backend = バックエンド
value-state = ファイル
value-profile = プロファイル
value-region = リージョン
value-endpoint-url = URL
value-cli-read-timeout = 秒数
value-cli-connect-timeout = 秒数
value-partition = パーティション
value-cluster = クラスター
value-cluster-region = リージョン
value-account = アカウント
value-cni = ファミリー
value-with = 権限
value-role-name = 名前
value-path = パス
value-none = (なし)
value-stdin = 標準入力

cmd-roles = rolecall が扱う{ -roles }を一覧表示します
cmd-roles-long = rolecall が扱う{ -roles }について、各ガイドでの名前と、そのロールを引き受けることができるプリンシパルを一覧表示します。
cmd-show = { -role }の定義を表示します
cmd-show-long = 指定したコンテキストで{ -role }があるべき姿 ({ -trust-policy }、{ -managed-policy }と{ -inline-policy }のドキュメント、{ -instance-profile }) を表示します。IAM の読み取りも書き込みも行いません。
cmd-check = アカウント内の{ -role }をガイドと照らし合わせて確認します
cmd-check-long = IAM から{ -role }を読み取り、ガイドと比較します。書き込みは一切行いません。終了ステータス: { -role }が機能する場合は 0 (警告は表示されます)、エラーがある場合 (--strict 指定時は警告がある場合も) は 1、IAM に問い合わせできない場合は 3 です。
cmd-create = ガイドどおりに{ -role }を作成します
cmd-create-long = 存在しない{ -role }を、{ -trust-policy }、ポリシー、{ -instance-profile }とともに作成します。既存の{ -role }は変更しないため、そのような{ -role }には repair を使用してください。--dry-run を指定すると、作成する代わりに計画と同等の aws iam コマンドを表示します。 途中で中断した create は、もう一度実行すると完了します。
cmd-repair = ガイドとの差異が生じた{ -role }を修復します
cmd-repair-long = { -role }に不足しているもの ({ -trust-policy }のステートメント、{ -cluster }の { -fargate-profile }、ポリシー、{ -instance-profile }) を追加します。--replace-outdated または --restrict-trust で指定しない限り、{ -role }の既存の設定は削除せず、{ -role }を引き受けられるプリンシパルの範囲も狭めません。
cmd-lint = ポリシードキュメントと aws iam コマンドに誤りがないかチェックします
cmd-lint-long = 任意のテキストをチェックします。ポリシードキュメント、シェルスクリプト、Markdown のランブック、ブラウザからコピーしたガイドのページのいずれでもかまいません。含まれるすべてのポリシードキュメント (コードブロック内かどうかを問わない JSON) とすべての aws iam コマンドについて、JSON、重複キー、Version、ARN、プリンシパル、アクション、ガイドから残ったプレースホルダー、AWS マネージドポリシーの名前とパス、作成されずに使われている名前をチェックします。各ドキュメントは、それを読み込むコマンド、またはそのステートメントに従って ({ -trust-policy }、アクセス許可ポリシー、リソースベースのポリシーとして) チェックします。--trust または --permissions を指定すると、すべてのドキュメントの種類をそれに固定します。終了ステータス: 問題がない場合は 0、検出結果がある場合は 1、ファイルを読み取れない場合は 2 です。
cmd-permissions = rolecall 自体に必要な IAM ポリシーを表示します
cmd-permissions-long = rolecall のコマンド (check、create、repair、audit) をプリンシパルが実行するのに必要な最小権限の IAM ポリシーを、そのままアタッチできる形で表示します。

arg-lang = 出力の言語: en、es、ja、zh-TW、zh-CN [デフォルト: LC_ALL、LC_MESSAGES、LANG から決定]
arg-output = 出力形式: text、json、jsonl のいずれか (jsonl は 1 行に 1 つの JSON オブジェクトで、audit では結果ごとに 1 つずつ出力します) [デフォルト: text]
arg-backend = IAM の接続先: aws、または mock (ローカルのサンドボックス) [デフォルト: aws]
arg-state = mock バックエンドの状態ファイル (本人だけが読めるように作成されます) [デフォルト: $ROLECALL_MOCK_STATE、または $XDG_STATE_HOME/rolecall/mock-iam.json]
arg-profile = AWS の共有設定ファイルと認証情報ファイルにあるこのプロファイルを使用します
arg-region = AWS リージョン。パーティションもこれで決まります (cn-* は aws-cn、us-gov-* は aws-us-gov)
arg-endpoint-url = IAM と STS へのリクエストを AWS ではなくこの URL に送信します
arg-cli-read-timeout = IAM 呼び出しの各試行が応答を待つ秒数 [デフォルト: 60]
arg-cli-connect-timeout = IAM 呼び出しの各試行が接続を待つ秒数 [デフォルト: 60]
arg-no-color = 出力を色付けしません (NO_COLOR でも同じ効果があります)
arg-verbose = IAM の各呼び出しとその所要時間を標準エラー出力に表示します
arg-version = バージョンを表示します
arg-help = ヘルプを表示します (--help は -h より詳しく表示します)
arg-partition = AWS パーティション: aws、aws-cn、aws-us-gov のいずれか [デフォルト: リージョンから決定]
arg-cluster = { -fargate-profile }で{ -role }を使用できる EKS { -cluster }の名前または ARN。* はすべての{ -cluster }を表します。複数指定する場合は繰り返します
arg-cluster-region = { -cluster }のリージョン。* はすべてのリージョンを表します [デフォルト: { -cluster } ARN または --region から決定]
arg-account = { -cluster }とポリシーが存在する 12 桁の{ -account-id } [デフォルト: 呼び出し元のアカウント]
arg-cni = EKS ノードの{ -role }のみ: ipv4 または ipv6 クラスター用の VPC CNI ポリシーも付与します (aws-node 用の{ -irsa } に付与するほうが適切です) [デフォルト: none]
arg-with = オプションの権限: ecr-pull、cloudwatch-logs、s3-read-only のいずれか (ecs-instance)、secrets または private-registry (ecs-task-execution)。複数指定する場合は繰り返します
arg-role-name = { -role }の名前 (eks-pod-identity では必須) [デフォルト: ガイドでの名前]
arg-path = 新しい{ -roles }と{ -instance-profile }の IAM パス [デフォルト: /]
arg-strict = 警告がある場合もステータス 1 で終了します
arg-dry-run = 計画と同等の aws iam コマンドを表示し、何も変更しません
arg-replace-outdated = 現行のガイドで置き換えられたポリシー (AmazonEC2ContainerRegistryReadOnly) を、後継のポリシーがアタッチされた時点でデタッチします
arg-restrict-trust = aws:SourceArn 条件のない Fargate の{ -trust-policy }にこの条件を追加します。これにより、{ -role }を引き受けられるプリンシパルが絞り込まれます
arg-trust = すべてのドキュメントを{ -trust-policy }としてチェックします
arg-kind = { -role }: fargate-pod-execution、eks-node、ecs-instance、eks-cluster、eks-auto-node、ecs-task-execution、eks-pod-identity のいずれか
arg-file = ポリシードキュメント、スクリプト、ランブック、またはガイドのページ。- を指定すると標準入力から読み取ります
arg-for = コマンド: check、create、repair、audit のいずれか

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

label-error = エラー:

clap-unknown-argument = 不明なオプション「{ $arg }」
clap-unknown-command = 不明なコマンド「{ $command }」
clap-missing-argument = 必須の引数が指定されていません: { $arg }
clap-missing-command = コマンドを指定する必要があります
clap-invalid-value = 「{ $value }」は { $arg } の有効な値ではありません
clap-missing-value = { $arg } には値が必要です
clap-unexpected-value = { $arg } にはこれ以上値を指定できません。「{ $value }」は想定外です
clap-conflict = { $arg } はここでは使用できません
clap-other = コマンドラインを読み取れませんでした
clap-suggestion = もしかして「{ $suggestion }」ですか？
clap-valid-values = 指定できる値: { $values }
clap-more-help = 詳しくは --help を指定して実行してください。

severity-error = エラー
severity-warning = 警告
severity-info = 注記

summary-counts = エラー { $errors } 件、警告 { $warnings } 件、注記 { $notes } 件

field-account = --account
field-region = --region
field-cluster-region = --cluster-region
field-cluster = --cluster
field-role-name = --role-name
field-policy-name = ポリシー名
field-instance-profile-name = { -instance-profile }名
field-path = --path
field-partition = --partition
field-kind = 種類
field-cni = --cni
field-with = --with
field-arn = ARN
field-lang = --lang
field-output = --output
field-backend = --backend
field-endpoint-url = --endpoint-url
field-concurrency = --concurrency
field-timeout = タイムアウト
field-cli-read-timeout = --cli-read-timeout
field-cli-connect-timeout = --cli-connect-timeout

hint-cluster = { -trust-policy }はその{ -cluster }の { -fargate-profile }に限定されるため、{ -cluster }を指定してください (すべての{ -cluster }を対象にする場合は *)
hint-cluster-region = --cluster-region、{ -cluster } ARN、または --region を指定してください
hint-backend = ホームディレクトリが見つからないため、--state でファイルを指定するか、ROLECALL_MOCK_STATE を設定してください

error-missing-value = { $flag } が必要です: { $hint }。
error-invalid-value = 「{ $value }」は { $flag } の値として無効です: { $rule }。
rule-digits = ちょうど { $count } 桁の数字で指定する必要があります
rule-iam-name = A-Z a-z 0-9 + = , . @ _ - の文字で 1 から { $max } 文字にする必要があります
rule-cluster-name = 英字、数字、-、_ からなる 1 から 100 文字で、先頭を英字または数字にする必要があります
rule-region-code = us-west-2 のようなリージョンコードを指定する必要があります
rule-one-of = 次のいずれかを指定する必要があります: { $values }
rule-iam-path = / または /eks/nodes/ のようなパス (最大 512 文字) を指定する必要があります
rule-arn-shape = { $shape } の形式の ARN を指定する必要があります
rule-conflicts = { $other } と矛盾します
rule-url = http:// または https:// で始まる URL を指定する必要があります
rule-range = { $min } から { $max } までの整数を指定する必要があります

error-no-credentials = AWS 認証情報が見つかりません。aws configure または aws sso login で設定するか、--profile または AWS_PROFILE でプロファイルを選択するか、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定してください。
error-access-denied = iam:{ $operation } へのアクセスが拒否されました。IAM の応答: { $message } — rolecall に必要なポリシーは rolecall permissions で表示できます。
error-unreachable = { $operation } のエンドポイントに到達できませんでした。ネットワーク、--region、--endpoint-url を確認してください。
error-timeout = { $operation } の応答が時間内に返りませんでした。各試行は --cli-read-timeout 秒 (デフォルト 60)、再試行を含む呼び出し全体は --operation-timeout 秒 (デフォルト 120) 待ちます。再試行するか、これらの値を大きくしてください。
error-throttled = 再試行後も IAM による { $operation } のスロットリングが続きました。しばらく待ってから、同じコマンドをもう一度実行してください。
error-bad-response = { $operation } の応答を読み取れませんでした。
error-iam = IAM が { $operation } を拒否しました: { $code }: { $message }
error-read-file = 「{ $file }」を読み取れません: { $reason }。
io-not-found = そのようなファイルはありません
io-permission-denied = アクセス権がありません
io-not-text = UTF-8 のテキストではありません
io-other = 読み取れませんでした

col-kind = 種類
col-role = ロール
col-default-name = ガイドでの名前
col-principal = 信頼されたプリンシパル

kind-fargate-pod-execution = { -pod-execution-role }
kind-eks-node = { -node-role }
kind-ecs-instance = { -container-instance-role }
kind-fargate-pod-execution-purpose = EKS Fargate インフラストラクチャが、{ -fargate-profile }のポッドのためにイメージを取得し、ログをルーティングする際に引き受けます。
kind-eks-node-purpose = EKS ノード (EC2 インスタンス) の kubelet が、ユーザーに代わって AWS API を呼び出す際に引き受けます。
kind-ecs-instance-purpose = コンテナインスタンス (EC2 インスタンス) 上の ECS コンテナエージェントが、{ -instance-profile }を通じて引き受けます。

permissions-intro = プリンシパルが「rolecall { $command }」を実行するのに必要な IAM ポリシー:

show-title = { $role } — { $kind } ({ $partition })
show-trust-policy = { -trust-policy }:
show-managed-policies = { -managed-policy }:
show-customer-policies = { -customer-managed-policy }:
show-inline-policies = { -inline-policy }:
show-instance-profile = { -instance-profile }:

check-title = { $role } ({ $kind }) を確認しています
status-ok = 正常
status-missing = 存在しない
status-drift = 差異あり
check-summary = 結果: { $status } — { $counts }。

action-CreateRole = { -role } { $role } を作成
action-UpdateAssumeRolePolicy = { $role } の{ -trust-policy }を更新
action-CreatePolicy = { -customer-managed-policy } { $policy } を作成
action-AttachRolePolicy = { $policy } を { $role } にアタッチ
action-DetachRolePolicy = { $policy } を { $role } からデタッチ
action-PutRolePolicy = { -inline-policy } { $policy } を { $role } に追加
action-CreateInstanceProfile = { -instance-profile } { $profile } を作成
action-AddRoleToInstanceProfile = { $role } を{ -instance-profile } { $profile } に追加

plan-title = { $count ->
        [0] { $role } の計画: 変更なし
       *[other] { $role } の計画: { $count } 件の変更
    }
plan-nothing = { -role }はすでにガイドと一致しています。
create-exists = { -role } { $role } はすでに存在するため、何も変更していません。ガイドに合わせるには、次のコマンドを実行してください: rolecall repair { $kind }
create-resume = { $role } は以前の create の実行で途中まで作成されています。残りの手順を実行します。
repair-missing = 修復対象の{ -role } { $role } が存在しません。作成するには、次のコマンドを実行してください: rolecall create { $kind }
dry-run-commands = 同等の AWS CLI コマンド:
dry-run-nothing-changed = ドライラン: 何も変更していません。
apply-done = 完了: { $count } 件の変更を行いました。
apply-stopped = { $count } 件の変更を行った後で停止しました。完了するには、同じコマンドをもう一度実行してください。

lint-title = { $file } ({ $document }) をチェックしています
document-trust = { -trust-policy }
document-identity = アクセス許可ポリシー
lint-clean = 問題は見つかりませんでした。
lint-summary = 結果: { $counts }。

progress-waiting = 作成した内容が IAM に反映されるのを待っています ({ $operation }、{ $attempt } 回目の試行)…
progress-call = { $operation }: { $millis } ms
progress-call-failed = { $operation }: { $millis } ms 後に失敗しました

# A calendar date: $year (four digits), $month and $day (numbers), $iso (YYYY-MM-DD).
date = { $year }年{ $month }月{ $day }日

cmd-audit = アカウント内のコンテナ用{ -roles }をすべて検出して確認します
cmd-audit-long = アカウント内のすべての{ -roles }を取得し、rolecall が扱ういずれかの用途に使われている{ -roles } ({ -trust-policy }、ポリシー、ガイドでの名前から判別します) をそれぞれ確認します。さらに、個々の確認では検出できない問題を報告します。対象は、ノードと Fargate の両方、または{ -cluster }とそのノードの両方に使われている{ -role }、1 つの{ -cluster }に対応する複数の Fargate 用{ -roles }、どの{ -instance-profile }にも含まれていないノードの{ -roles }、他のアカウントにも開かれたタスク実行{ -roles }です。書き込みは一切行いません。終了ステータス: エラーのある{ -role }がない場合は 0、それ以外の場合は 1、IAM に問い合わせできない場合は 3 です。
examples-audit =
    rolecall audit
    rolecall audit --concurrency 4 --output json
arg-concurrency = 同時に確認する{ -roles }の数 (IAM のリクエストレートには上限があります) [デフォルト: 8]
value-concurrency = N
col-status = ステータス
col-findings = 検出結果
audit-title = アカウント内のコンテナ用{ -roles }
audit-none-found = rolecall が扱う用途に使われている{ -role }はありません。
audit-account-findings = アカウント全体の検出結果:
audit-progress-scanned = 取得した{ -roles }:
audit-progress-found = 該当:
audit-summary = { -roles }を { $scanned } 件取得し、そのうちコンテナ用の{ -roles }は { $found } 件でした: 正常 { $ok } 件、エラーあり { $drift } 件。

## 信頼の判定と、修復後に残る項目。
status-undecided = 判定不能
verdict-yes = はい
verdict-no = いいえ
verdict-undecided = 判定不能 (rolecall が知り得ない値に左右されます)
check-trust = { $principal } が{ -role }を引き受けられるか: { $verdict }
check-trust-clusters = 指定したすべての{ -cluster }について { $principal } が{ -role }を引き受けられるか: { $verdict }
check-trust-cluster = { -cluster } { $cluster } ({ $region }): すべての { -fargate-profile }が引き受けられるか: { $verdict }
show-covered = 要求された権限のうち、必須のポリシーですでに付与されているもの:
show-covered-item = { $permission } ({ $policy } に含まれています)
plan-refused = rolecall は何も書き込みませんでした:
plan-blocked = rolecall はこれらを止めているものを変更しません (アクセス許可の境界、SCP、Deny ステートメントは編集しません):
plan-left = この計画の実行後に残る項目:
plan-left-nothing-to-write = rolecall が書き込むものはありません。残りの項目にはユーザーの対応が必要です:
plan-left-stopped = 計画が途中で停止したため残っている項目 (check でも検出されます):

## Hardening (issue 11): timeouts, answers that are not IAM's, credentials, the mock's state file, input bounds.

value-operation-timeout = 秒数
arg-operation-timeout = 1 回の IAM 呼び出しに再試行を含めてかけられる秒数 [デフォルト: 120]
field-operation-timeout = --operation-timeout
error-not-iam = エンドポイントは { $operation } に対して IAM の応答ではないものを返しました (HTTP ステータス { $status }、コンテンツタイプ { $content_type })。--endpoint-url、AWS_ENDPOINT_URL、および途中のプロキシを確認してください。
error-profile-not-found = AWS プロファイル「{ $profile }」は { $config_file } にも { $credentials_file } にもありません。--profile と AWS_PROFILE を確認するか、次のコマンドで作成してください: aws configure --profile { $profile }
error-profile-file-invalid = AWS の共有ファイル { $file } を解析できないため (行 { $line })、認証情報を読み取れませんでした。その行を修正するか、AWS_CONFIG_FILE または AWS_SHARED_CREDENTIALS_FILE で別のファイルを指定してください。
error-credential-process = AWS プロファイル「{ $profile }」({ $file } 内) の credential_process が失敗し、認証情報を返しませんでした。原因を確かめるには、そのコマンドを自分で実行してください。
error-managed-policy-missing = { -aws-managed-policy } { $policy } はこのエンドポイントの { $partition } パーティションに存在しません (GetPolicy で見つかりません)。そのため { $operation } でアタッチできず、待っても解決しません。IAM の応答: { $message } — --region と --endpoint-url を確認してください。
error-state-lock-name = 状態ファイル「{ $file }」の名前は .lock で終わっています。これは rolecall が状態のロックファイルに付ける名前です。--state には別の名前を指定してください。
error-state-not-a-file = 状態ファイル「{ $file }」はディレクトリまたはその他の特殊ファイルです。--state には通常のファイルのパスを指定してください (存在しない場合は作成されます)。
error-state-format = mock の状態ファイル { $file } は、より新しい rolecall によって書き込まれています (形式 { $format }。この rolecall が扱えるのは形式 { $known } です)。書き換えると内容が失われるため、新しい rolecall を使用するか、別の --state ファイルを指定してください。
error-too-large-state-file = mock の状態ファイル { $file } は { $size } バイトあり、rolecall の上限 { $limit } バイトを超えているため、読み込みませんでした。
error-too-large-state-write = mock の状態ファイル { $file } を書き込むと { $size } バイトになり、rolecall が読み込める { $limit } バイトを超えるため、何も書き込みませんでした。
error-state-not-writable = mock の状態ファイル { $file } には書き込めません (読み取り専用か、書き込む権限がありません)。rolecall は何も書き込みませんでした。書き込めるようにするか、--state で別のファイルを指定してください。
error-lint-too-large = 「{ $file }」は { $limit } MiB を超えており、rolecall lint が読み取る量を超えています。
error-document-too-large = 「{ $file }」は { $size } バイトあります。これほど大きな IAM ポリシードキュメントはありません (IAM で最大のものでも数 KB です)。rolecall は { $limit } バイトを超えるドキュメントを解析しません。
error-too-large-policy-document = { $operation } の応答に含まれるポリシードキュメントは { $size } バイトあり、rolecall の上限 { $limit } バイトを超えているため (IAM で最大のものでも数 KB です)、読み込みませんでした。
## 任意のテキストの lint
arg-permissions = すべてのドキュメントをアクセス許可ポリシーとしてチェックします
document-resource = リソースベースのポリシー
lint-title-text = { $file } をチェックしています (ポリシードキュメント { $documents } 件、aws iam コマンド { $commands } 件)
## EKS クラスター、EKS 自動モード、ECS タスク実行、EKS Pod Identity のロール。
kind-eks-cluster = { -cluster-role }
kind-eks-auto-node = { -auto-node-role }
kind-ecs-task-execution = { -task-execution-role }
kind-eks-pod-identity = { -pod-identity-role }
kind-eks-cluster-purpose = Amazon EKS コントロールプレーンが{ -cluster }のノードとロードバランサーを管理するために引き受けます。--auto-mode を指定した場合は、コンピューティング、ストレージ、ネットワークの管理にも使われます ({ -auto-mode })。
kind-eks-auto-node-purpose = { -auto-mode }が{ -cluster }のノードとして起動する EC2 インスタンスが引き受けます。
kind-ecs-task-execution-purpose = ECS コンテナエージェントと Fargate エージェントが、タスクのためにイメージをプルし、ログを送信し、シークレットを読み取るために引き受けます。タスクのコンテナはこのロールを使用できません。
kind-eks-pod-identity-purpose = { -pod-identity } が、関連付けられたサービスアカウントのポッドのために引き受けます。この{ -role }で何を許可するかはユーザーが決めます。
arg-auto-mode = eks-cluster のみ: { -auto-cluster-role } (AmazonEKSAutoClusterRole。sts:TagSession と自動モードの 4 つのポリシーを含む)
arg-secret = ecs-task-execution のみ: タスクが読み取るシークレット、パラメータ、KMS キーの ARN。--with secrets または private-registry と併用します。複数指定する場合は繰り返します
value-secret = ARN
field-secret = --secret
hint-secret = タスクが読み取るシークレット、パラメータ、KMS キーを、ガイドのポリシーと同じように --secret ARN で 1 つずつ指定してください
hint-role-name = この{ -role }にはガイドでの名前がないため、--role-name で名前を指定してください
hint-with = --secret は --with secrets または --with private-registry の対象を限定するものなので、どちらかを指定してください

## Shell completions, man pages, the mock's HTTP endpoint and IaC export.
cmd-completions = シェルの補完スクリプトを表示します
cmd-completions-long = rolecall のコマンド、{ -role }の種類、--with、--cni、--output、--lang などのオプションの値をシェルで補完するためのスクリプトを表示します。シェルの起動ファイルで読み込むか、シェルが補完を探す場所に保存してください (例を参照)。
examples-completions =
    rolecall completions bash > ~/.local/share/bash-completion/completions/rolecall
    source <(rolecall completions zsh)
    rolecall completions fish > ~/.config/fish/completions/rolecall.fish
    rolecall completions powershell >> $PROFILE
    eval (rolecall completions elvish | slurp)
arg-shell = シェル: bash、zsh、fish、powershell、elvish のいずれか
value-shell = シェル
cmd-mock = mock バックエンドのサンドボックスを操作します
cmd-mock-long = mock バックエンド用のコマンドです。mock バックエンドは、状態ファイル (--state) に保存されるローカルでステートフルな IAM サンドボックスです。
cmd-mock-serve = mock の IAM と STS を HTTP で提供します
cmd-mock-serve-long = mock バックエンドの IAM と STS (GetCallerIdentity) を HTTP で提供し、AWS CLI、SDK、Terraform、rolecall --endpoint-url からサンドボックスを使えるようにします。最初の行に URL を表示し、--listen で指定しない限り 127.0.0.1 だけで待ち受け、Ctrl-C または SIGTERM まで動作します。各リクエストは応答する間だけ状態ファイルのロックを取り、変更はすぐに保存されるため、他の --backend mock の実行も並行して動作します。パーティションは --partition または --region から決まり、どちらもなければ各リクエストの署名のリージョンから決まります。
examples-mock-serve =
    rolecall mock serve
    rolecall mock serve --port 4566
    aws iam list-roles --endpoint-url http://127.0.0.1:4566
arg-port = 待ち受ける TCP ポート [デフォルト: 空いているポート]
value-port = ポート
arg-listen = 待ち受けるアドレス (ポートは省略可)。例: 0.0.0.0 [デフォルト: 127.0.0.1]
value-listen = アドレス
arg-header-timeout = クライアントがリクエストのヘッダーを送り終えるまでの秒数 (最初のバイトから) [デフォルト: 10]
arg-body-timeout = クライアントがヘッダーの後にリクエストの本文を送り終えるまでの秒数 [デフォルト: 30]
arg-idle-timeout = キープアライブ接続がリクエストなしで保たれる秒数 [デフォルト: 60]
arg-max-connections = 同時に処理する接続の数。超えた接続には 503 を返します [デフォルト: 256]
field-header-timeout = --header-timeout
field-body-timeout = --body-timeout
field-idle-timeout = --idle-timeout
field-max-connections = --max-connections
mock-serve-unauthenticated = { $address } はループバックアドレスではありません。エンドポイントには認証がない (どのキーでも受け付ける) ため、ここに到達できる誰もが mock の IAM を読み書きできます。
mock-serve-problem = リクエストが状態ファイルを使えませんでした: { $problem }
arg-format = 代わりに{ -role }を Infrastructure as Code として出力します: cloudformation (YAML の CloudFormation テンプレート) または terraform (Terraform の HCL)
value-format = 形式
field-format = --format
field-shell = SHELL
field-port = --port
field-listen = --listen
rule-ip-address = 127.0.0.1 や 0.0.0.0 のような IP アドレス (ポートは省略可) が必要です
error-listen = { $address } で待ち受けできません: { $message }。
mock-serve-ready = { $state } の mock の IAM と STS を { $url } で提供しています (--endpoint-url { $url } または AWS_ENDPOINT_URL={ $url } を使用してください)。Ctrl-C で停止します。
mock-serve-stopped = 停止しました。状態ファイルは保存されています。
mock-serve-request = { $operation }: { $status } ({ $millis } ms)
## AWS Organizations の組織 (複数のアカウント) の監査。
rule-external-id = A-Z a-z 0-9 + = , . @ : / _ - の文字で 2 から 1224 文字にする必要があります
rule-role-with-path = { -role }名 (A-Z a-z 0-9 + = , . @ _ - の文字で 1 から 64 文字) を指定する必要があります。/audit/ReadOnly のように、前にパスを付けることもできます
rule-non-empty-list = 12 桁の{ -account-id }をカンマ区切りで 1 つ以上指定する必要があります
field-accounts = --accounts
field-assume-role = --assume-role
field-external-id = --external-id
field-account-concurrency = --account-concurrency
arg-organization = AWS Organizations の組織に属するすべてのアクティブなアカウント (Organizations の ListAccounts で取得) を監査します。各アカウントは、そのアカウント内のメンバーアカウント用{ -role }を引き受けて監査し、自身のアカウントは現在の認証情報で監査します
arg-accounts = 指定したアカウント (それぞれ 12 桁の{ -account-id }、カンマ区切り) を、各アカウントでメンバーアカウントの{ -role }を引き受けて監査します。--organization と併用すると、組織に属するアカウントだけが対象になります
value-accounts = ID[,ID…]
arg-assume-role = 各アカウントで引き受けるメンバーアカウントの{ -role } (パスがある場合はパスを含む) [デフォルト: OrganizationAccountAccessRole]
value-assume-role = 名前
arg-external-id = メンバーアカウントの{ -role }の{ -trust-policy }が要求する外部 ID
value-external-id = ID
arg-account-concurrency = 同時に監査するアカウントの数 (アカウントごとに --concurrency が個別に適用されます) [デフォルト: 4]
value-account-concurrency = N
org-account-title = アカウント { $account }{ $name ->
        [none] {""}
       *[other] {" "}({ $name })
    }
org-account-failed = アカウントを読み取れませんでした: { $reason }
org-summary = アカウントを { $audited } 件監査し、{ $failed } 件は読み取れませんでした。{ -roles }が { $roles } 件見つかり、そのうち { $errors } 件にエラーがあります。
org-progress = アカウント: { $total } 件中 { $done } 件完了
permissions-intro-organization = 「rolecall audit --organization」を実行するプリンシパルに必要な IAM ポリシー (自身のアカウントでの audit の読み取り、Organizations の ListAccounts、各アカウントのメンバー{ -role }に対する sts:AssumeRole):
permissions-member = 各アカウントのメンバー{ -role } { $role } のアクセス許可ポリシー (読み取り専用):
permissions-member-trust = { $role } の{ -trust-policy }。管理アカウントのプリンシパルがこのロールを引き受けられます (AWS Organizations は作成したアカウントに OrganizationAccountAccessRole をこのように作成します。招待で参加したアカウントでは、この{ -trust-policy }と上記のポリシーで{ -role }を作成してください):

## これまでデータのみだった失敗に対する rolecall 自身の言葉 (issue 12): ヒントのない必須入力、
## rolecall が使えない応答、ローカル I/O ({ $message } はシステムの言葉)、SDK ができなかったこと。

error-missing-value-plain = { $flag } が必要です。
error-bad-response-no-role = { $operation } の応答を読み取れませんでした: { -role }が含まれていません。
error-bad-response-no-account-id = { $operation } の応答を読み取れませんでした: { -account-id }が含まれていません。
error-bad-response-role-name = IAM が「{ $role }」という名前の{ -role }を返しましたが、これは有効な{ -role }名ではありません。
error-io-resolve = { $file } のシンボリックリンクをたどれません: { $message }
error-io-create-dir = ディレクトリ { $file } を作成できません: { $message }
error-io-open = { $file } を開けません: { $message }
error-io-lock = { $file } をロックできません: { $message }
error-io-read = { $file } を読み取れません: { $message }
error-io-write = { $file } に書き込めません: { $message }
error-io-not-state-file = { $file } は rolecall の mock の状態ファイルではありません ({ $line } 行 { $column } 列)。rolecall はこのファイルを変更しません。--state には別のファイルを指定してください。
error-io-signal = Ctrl-C または SIGTERM を待ち受けできません: { $message }
error-io-runtime = rolecall の非同期ランタイムを起動できません: { $message }
error-report-json = rolecall はレポートを JSON として書き出せませんでした ({ $message })。何も出力していません。これは rolecall の不具合です。報告してください。
error-request-construction = { $operation } のリクエストを作成できませんでした。--endpoint-url、--region、AWS の設定を確認してください。
error-unknown = { $operation } が失敗しましたが、AWS SDK は原因を特定できませんでした。

## Issue 19 の項目 18 と 21: AWS GovCloud (US) の Fargate 上の Amazon EKS、Organizations が返した不正なアカウント ID。
rule-fargate-unavailable = パーティション { $partition } (AWS GovCloud (US)) では Fargate 上の Amazon EKS を利用できないため、そこで表示または作成する{ -pod-execution-role }はありません
error-bad-response-account-id = Organizations が返したアカウントの ID「{ $account }」が 12 桁の数字ではないため、このアカウントを監査できませんでした。
