## 命令列：說明、標題、錯誤與結果。

app-about = 檢查、建立並修復 EKS 與 ECS 運算所需的 IAM { -roles }。
app-long-about = rolecall 依據 AWS 針對 { -pod-execution-role }、{ -node-role }、{ -container-instance-role }、{ -cluster-role } (包括 { -auto-mode } 所用的)、{ -auto-node-role }、{ -task-execution-role }與 { -pod-identity } { -roles }的指南，檢查 AWS 帳戶中的 IAM { -roles }；依照指南的做法建立這些{ -roles }，並在不移除任何項目的前提下，修復偏離指南之處。

heading-usage = 用法:
heading-options = 選項
heading-global = 全域選項
heading-context = { -role }情境
heading-arguments = 引數
heading-commands = 命令
heading-examples = 範例:

value-options = 選項
value-command = 命令
value-kind = 類型
value-file = 檔案
value-lang = 語言
value-output = 格式
value-backend = 後端
value-state = 檔案
value-profile = 設定檔
value-region = 區域
value-endpoint-url = URL
value-cli-read-timeout = 秒數
value-cli-connect-timeout = 秒數
value-partition = 分割區
value-cluster = { -cluster }
value-cluster-region = 區域
value-account = 帳戶
value-cni = 系列
value-with = 許可
value-role-name = 名稱
value-path = 路徑
value-none = (無)
value-stdin = 標準輸入

cmd-roles = 列出 rolecall 支援的{ -roles }
cmd-roles-long = 列出 rolecall 支援的{ -roles }、各指南為它們取的名稱，以及可以擔任它們的對象。
cmd-show = 顯示{ -role }的定義
cmd-show-long = 顯示{ -role }在指定情境下應有的內容：{ -trust-policy }、{ -managed-policy }與{ -inline-policy }的文件，以及{ -instance-profile }。不會從 IAM 讀取或寫入任何內容。
cmd-check = 依照指南檢查帳戶中的{ -role }
cmd-check-long = 從 IAM 讀取{ -role }，並與其指南比對，絕不寫入。結束狀態：{ -role }可正常發揮作用時為 0 (仍會顯示警告)；有錯誤時為 1 (加上 --strict 時，有警告也是 1)；無法向 IAM 查詢時為 3。
cmd-create = 依照指南建立{ -role }
cmd-create-long = 建立缺少的{ -role }，連同其{ -trust-policy }、政策與{ -instance-profile }。已存在的{ -role }會維持原狀，請改用 repair 處理。加上 --dry-run 時，改為顯示計畫及對應的 aws iam 命令。 中途中斷的 create 再次執行即可完成。
cmd-repair = 修復偏離指南的{ -role }
cmd-repair-long = 補上{ -role }缺少的項目：{ -trust-policy }陳述式、{ -cluster }的 { -fargate-profile }、政策、{ -instance-profile }。除非指定 --replace-outdated 或 --restrict-trust，否則不會移除{ -role }現有的任何項目，也絕不會縮小可擔任此{ -role }的對象範圍。
cmd-lint = 檢查政策文件與 aws iam 命令中的錯誤
cmd-lint-long = 檢查任何文字：政策文件、shell 指令碼、Markdown 執行手冊，或從瀏覽器複製的指南頁面。其中每份政策文件 (JSON，不論是否在程式碼區塊中) 與每個 aws iam 命令都會檢查：JSON、重複的索引鍵、Version、ARN、主體、動作、指南中遺留的預留位置、AWS 受管政策的名稱與路徑，以及未建立就使用的名稱。每份文件依讀取它的命令，或依其陳述式 ({ -trust-policy }、許可政策或以資源為基礎的政策) 檢查；--trust 或 --permissions 會為所有文件指定類型。結束狀態：沒有問題時為 0，發現問題時為 1，無法讀取檔案時為 2。
cmd-permissions = 顯示 rolecall 本身所需的 IAM 政策
cmd-permissions-long = 顯示主體執行 rolecall 命令 (check、create、repair 或 audit) 所需的最低權限 IAM 政策，可直接連接使用。

arg-lang = 輸出的語言：en、es、ja、zh-TW、zh-CN [預設：取自 LC_ALL、LC_MESSAGES、LANG]
arg-output = 輸出格式：text、json 或 jsonl (每行一個 JSON 物件；audit 每得到一個結果就輸出一個) [預設：text]
arg-backend = IAM 的所在位置：aws，或 mock (本機沙箱) [預設：aws]
arg-state = mock 後端的狀態檔案，建立時僅限您本人讀取 [預設：$ROLECALL_MOCK_STATE，或 $XDG_STATE_HOME/rolecall/mock-iam.json]
arg-profile = 使用 AWS 共用組態與憑證檔案中的此設定檔
arg-region = AWS 區域，同時決定分割區 (cn-* 對應 aws-cn，us-gov-* 對應 aws-us-gov)
arg-endpoint-url = 將 IAM 與 STS 請求傳送至此 URL，而非 AWS 的端點
arg-cli-read-timeout = IAM 呼叫每次嘗試等待回應的秒數 [預設：60]
arg-cli-connect-timeout = IAM 呼叫每次嘗試等待連線的秒數 [預設：60]
arg-no-color = 輸出一律不加色彩 (設定 NO_COLOR 效果相同)
arg-verbose = 將每個 IAM 呼叫及其耗時輸出至標準錯誤
arg-version = 顯示版本
arg-help = 顯示說明 (--help 比 -h 顯示更多內容)
arg-partition = AWS 分割區：aws、aws-cn 或 aws-us-gov [預設：依區域而定]
arg-cluster = EKS { -cluster }名稱或 ARN，其 { -fargate-profile }可使用此{ -role }；* 代表所有{ -cluster }；可重複指定多個
arg-cluster-region = { -cluster }所在的區域；* 代表所有區域 [預設：取自{ -cluster } ARN 或 --region]
arg-account = { -cluster }與政策所在的 12 位數{ -account-id } [預設：呼叫者的帳戶]
arg-cni = 僅限 EKS 節點{ -role }：另外授予適用於 ipv4 或 ipv6 { -cluster }的 VPC CNI 政策；較佳做法是將此政策連接至 aws-node 的{ -irsa } [預設：無]
arg-with = 選用的許可：ecr-pull、cloudwatch-logs 或 s3-read-only (ecs-instance)；secrets 或 private-registry (ecs-task-execution)；可重複指定多個
arg-role-name = { -role }的名稱 (eks-pod-identity 必須指定) [預設：指南中的名稱]
arg-path = 新{ -roles }與{ -instance-profile }的 IAM 路徑 [預設：/]
arg-strict = 有警告時也以狀態 1 結束
arg-dry-run = 顯示計畫及對應的 aws iam 命令，不做任何變更
arg-replace-outdated = 在取代它的新政策連接後，分離目前指南已汰換的舊政策 (AmazonEC2ContainerRegistryReadOnly)
arg-restrict-trust = 為尚無 aws:SourceArn 條件的 Fargate { -trust-policy }加上此條件；這會縮小可擔任此{ -role }的對象範圍
arg-trust = 將每份文件都當作{ -trust-policy }檢查
arg-kind = { -role }：fargate-pod-execution、eks-node、ecs-instance、eks-cluster、eks-auto-node、ecs-task-execution 或 eks-pod-identity
arg-file = 政策文件、指令碼、執行手冊或指南頁面；- 表示從標準輸入讀取
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

label-error = 錯誤:

clap-unknown-argument = 未知的選項「{ $arg }」
clap-unknown-command = 未知的命令「{ $command }」
clap-missing-argument = 未提供必要的引數：{ $arg }
clap-missing-command = 必須指定命令
clap-invalid-value = 「{ $value }」不是 { $arg } 的有效值
clap-missing-value = { $arg } 需要一個值
clap-unexpected-value = { $arg } 不接受更多的值，「{ $value }」是多餘的
clap-conflict = 此處不能使用 { $arg }
clap-other = 無法解讀命令列
clap-suggestion = 您是指「{ $suggestion }」嗎？
clap-valid-values = 可用的值：{ $values }
clap-more-help = 如需詳細資訊，請使用 --help。

severity-error = 錯誤
severity-warning = 警告
severity-info = 提示

summary-counts = { $errors } 個錯誤、{ $warnings } 個警告、{ $notes } 個提示

field-account = --account
field-region = --region
field-cluster-region = --cluster-region
field-cluster = --cluster
field-role-name = --role-name
field-policy-name = 政策名稱
field-instance-profile-name = { -instance-profile }名稱
field-path = --path
field-partition = --partition
field-kind = 類型
field-cni = --cni
field-with = --with
field-arn = ARN
field-lang = --lang
field-output = --output
field-backend = --backend
field-endpoint-url = --endpoint-url
field-concurrency = --concurrency
field-timeout = 逾時設定
field-cli-read-timeout = --cli-read-timeout
field-cli-connect-timeout = --cli-connect-timeout

hint-cluster = 請指定{ -cluster } (或以 * 代表所有{ -cluster })，因為{ -trust-policy }僅適用於該{ -cluster }的 { -fargate-profile }
hint-cluster-region = 請指定 --cluster-region、{ -cluster } ARN 或 --region
hint-backend = 由於找不到主目錄，請以 --state 指定檔案，或設定 ROLECALL_MOCK_STATE

error-missing-value = 必須指定 { $flag }：{ $hint }。
error-invalid-value = 「{ $value }」不是 { $flag } 的有效值：{ $rule }。
rule-digits = 必須剛好是 { $count } 位數字
rule-iam-name = 必須是 1 到 { $max } 個字元，且只能使用 A-Z a-z 0-9 + = , . @ _ -
rule-cluster-name = 必須是 1 到 100 個字母、數字、- 或 _，並以字母或數字開頭
rule-region-code = 必須是區域代碼，例如 us-west-2
rule-one-of = 必須是下列其中之一：{ $values }
rule-iam-path = 必須是 / 或 /eks/nodes/ 這類路徑 (最多 512 個字元)
rule-arn-shape = 必須是 { $shape } 格式的 ARN
rule-conflicts = 與 { $other } 互相衝突
rule-url = 必須是 http:// 或 https:// 開頭的 URL
rule-range = 必須是 { $min } 到 { $max } 之間的整數

error-no-credentials = 找不到 AWS 憑證。請以 aws configure 或 aws sso login 設定憑證、以 --profile 或 AWS_PROFILE 選擇設定檔，或設定 AWS_ACCESS_KEY_ID 與 AWS_SECRET_ACCESS_KEY。
error-access-denied = 存取 iam:{ $operation } 遭拒。IAM 回應：{ $message } —— 執行 rolecall permissions 可查看 rolecall 所需的政策。
error-unreachable = 執行 { $operation } 時無法連線至端點：請檢查網路、--region 與 --endpoint-url。
error-timeout = { $operation } 未在時限內取得回應：每次嘗試等待 --cli-read-timeout 秒 (預設 60)，整個呼叫連同所有重試等待 --operation-timeout 秒 (預設 120)。請再試一次，或調高這些值。
error-throttled = 重試多次後，IAM 仍持續調節 { $operation } 的請求；請稍候片刻，再執行相同的命令。
error-bad-response = 無法解讀 { $operation } 的回應。
error-iam = IAM 拒絕了 { $operation }：{ $code }：{ $message }
error-read-file = 無法讀取「{ $file }」：{ $reason }。
io-not-found = 檔案不存在
io-permission-denied = 沒有存取權限
io-not-text = 內容不是 UTF-8 文字
io-other = 無法讀取檔案

col-kind = 類型
col-role = { -role }
col-default-name = 指南中的名稱
col-principal = 受信任的主體

kind-fargate-pod-execution = { -pod-execution-role }
kind-eks-node = { -node-role }
kind-ecs-instance = { -container-instance-role }
kind-fargate-pod-execution-purpose = 由 EKS Fargate 基礎設施擔任，用於為 { -fargate-profile }中的 Pod 提取映像並轉送日誌。
kind-eks-node-purpose = 由 EKS 節點 (EC2 執行個體) 上的 kubelet 擔任，以代表您呼叫 AWS API。
kind-ecs-instance-purpose = 由容器執行個體 (EC2 執行個體) 上的 ECS 容器代理程式透過{ -instance-profile }擔任。

permissions-intro = 主體執行「rolecall { $command }」所需的 IAM 政策：

show-title = { $role }：{ $kind } ({ $partition })
show-trust-policy = { -trust-policy }：
show-managed-policies = { -managed-policy }：
show-customer-policies = { -customer-managed-policy }：
show-inline-policies = { -inline-policy }：
show-instance-profile = { -instance-profile }：

check-title = 正在檢查 { $role } ({ $kind })
status-ok = 正常
status-missing = 不存在
status-drift = 已偏離
check-summary = 結果：{ $status }，{ $counts }。

action-CreateRole = 建立{ -role } { $role }
action-UpdateAssumeRolePolicy = 更新 { $role } 的{ -trust-policy }
action-CreatePolicy = 建立{ -customer-managed-policy } { $policy }
action-AttachRolePolicy = 將 { $policy } 連接至 { $role }
action-DetachRolePolicy = 從 { $role } 分離 { $policy }
action-PutRolePolicy = 為 { $role } 設定{ -inline-policy } { $policy }
action-CreateInstanceProfile = 建立{ -instance-profile } { $profile }
action-AddRoleToInstanceProfile = 將 { $role } 新增至{ -instance-profile } { $profile }

plan-title = { $count ->
        [0] { $role } 的計畫：沒有變更
       *[other] { $role } 的計畫：{ $count } 項變更
    }
plan-nothing = 此{ -role }已符合其指南。
create-exists = { -role } { $role } 已存在，未做任何變更。若要使其符合指南，請執行：rolecall repair { $kind }
create-resume = { $role } 仍是先前 create 執行中斷時的狀態；正在完成其餘步驟。
repair-missing = 沒有可修復的{ -role } { $role }。若要建立，請執行：rolecall create { $kind }
dry-run-commands = 對應的 AWS CLI 命令：
dry-run-nothing-changed = 試執行：未做任何變更。
apply-done = 完成：已進行 { $count } 項變更。
apply-stopped = 完成 { $count } 項變更後已停止。請再次執行相同的命令以完成其餘作業。

lint-title = 正在檢查 { $file } ({ $document })
document-trust = { -trust-policy }
document-identity = 許可政策
lint-clean = 未發現任何問題。
lint-summary = 結果：{ $counts }。

progress-waiting = 正在等待 IAM 同步剛建立的資源 ({ $operation }，第 { $attempt } 次嘗試)……
progress-call = { $operation }：{ $millis } 毫秒
progress-call-failed = { $operation }：{ $millis } 毫秒後失敗

# A calendar date: $year (four digits), $month and $day (numbers), $iso (YYYY-MM-DD).
date = { $year }年{ $month }月{ $day }日

cmd-audit = 找出並檢查帳戶中所有的容器{ -roles }
cmd-audit-long = 列出帳戶中的所有{ -roles }，並逐一檢查其中用於 rolecall 所支援用途的{ -roles } (依據其{ -trust-policy }、政策及指南中的名稱辨識)，再回報單一檢查無法發現的問題：同時用於節點與 Fargate，或同時用於{ -cluster }與其節點的{ -role }、同一個{ -cluster }對應多個 Fargate { -roles }、不屬於任何{ -instance-profile }的節點{ -roles }，以及也對其他帳戶開放的任務執行{ -roles }。絕不寫入。結束狀態：沒有任何{ -role }有錯誤時為 0，否則為 1，無法向 IAM 查詢時為 3。
examples-audit =
    rolecall audit
    rolecall audit --concurrency 4 --output json
arg-concurrency = 同時檢查的{ -roles }數量 (IAM 會限制請求速率) [預設：8]
value-concurrency = N
col-status = 狀態
col-findings = 發現項目
audit-title = 帳戶中的容器{ -roles }
audit-none-found = 沒有任何{ -role }用於 rolecall 所支援的用途。
audit-account-findings = 帳戶層級的發現項目：
audit-progress-scanned = 已列出的{ -roles }:
audit-progress-found = 已找到:
audit-summary = 已列出 { $scanned } 個{ -roles }，其中找到 { $found } 個容器{ -roles }：{ $ok } 個正常、{ $drift } 個有錯誤。

## 信任判定，以及修復後仍待處理的項目。
status-undecided = 無法判定
verdict-yes = 是
verdict-no = 否
verdict-undecided = 無法判定 (取決於 rolecall 無從得知的值)
check-trust = { $principal } 可否擔任此{ -role }：{ $verdict }
check-trust-clusters = 對於所指定的每個{ -cluster }，{ $principal } 可否擔任此{ -role }：{ $verdict }
check-trust-cluster = { -cluster } { $cluster } ({ $region })：每個 { -fargate-profile }是否都可擔任：{ $verdict }
show-covered = 已要求且已由必要政策授予的許可：
show-covered-item = { $permission }，包含於 { $policy }
plan-refused = rolecall 未寫入任何內容：
plan-blocked = rolecall 不會變更阻擋這些動作的內容（它從不編輯許可界限、SCP 或 Deny 陳述式）：
plan-left = 此計畫執行後仍待處理的項目：
plan-left-nothing-to-write = rolecall 沒有需要寫入的內容；其餘項目需要您處理：
plan-left-stopped = 由於計畫中途停止，仍待處理的項目 (check 也會發現)：

## Hardening (issue 11): timeouts, answers that are not IAM's, credentials, the mock's state file, input bounds.

value-operation-timeout = 秒數
arg-operation-timeout = 一次 IAM 呼叫連同所有重試可花費的秒數 [預設：120]
field-operation-timeout = --operation-timeout
error-not-iam = 端點對 { $operation } 的回應不是 IAM 的回應 (HTTP 狀態 { $status }，內容類型 { $content_type })。請檢查 --endpoint-url、AWS_ENDPOINT_URL 以及中間的任何代理伺服器。
error-profile-not-found = AWS 設定檔「{ $profile }」既不在 { $config_file }，也不在 { $credentials_file }。請檢查 --profile 與 AWS_PROFILE，或以下列命令建立：aws configure --profile { $profile }
error-profile-file-invalid = 無法剖析 AWS 共用檔案 { $file } (第 { $line } 行)，因此無法讀取憑證。請修正該行，或將 AWS_CONFIG_FILE 或 AWS_SHARED_CREDENTIALS_FILE 指向其他檔案。
error-credential-process = AWS 設定檔「{ $profile }」(位於 { $file }) 的 credential_process 執行失敗，未提供憑證。請自行執行該命令以查看原因。
error-managed-policy-missing = { -aws-managed-policy } { $policy } 不存在於此端點的 { $partition } 分割區 (GetPolicy 找不到)，因此 { $operation } 無法連接它；等待也無濟於事。IAM 的回應：{ $message } — 請檢查 --region 與 --endpoint-url。
error-state-lock-name = 狀態檔案「{ $file }」以 .lock 結尾，這是 rolecall 為狀態鎖定檔所用的名稱；請為 --state 選用其他名稱。
error-state-not-a-file = 狀態檔案「{ $file }」是目錄或其他特殊檔案；請為 --state 指定一般檔案的路徑 (若不存在會自動建立)。
error-state-format = mock 的狀態檔案 { $file } 是由較新版本的 rolecall 寫入的 (格式 { $format }；此版本只認得格式 { $known })。改寫它會遺失其中的內容：請使用較新的 rolecall，或指定其他 --state 檔案。
error-too-large-state-file = mock 的狀態檔案 { $file } 有 { $size } 位元組，超過 rolecall 的上限 { $limit } 位元組，因此未讀取。
error-too-large-state-write = 寫入 mock 的狀態檔案 { $file } 後將有 { $size } 位元組，超過 rolecall 可讀取的 { $limit } 位元組，因此未寫入任何內容。
error-state-not-writable = 無法寫入 mock 的狀態檔案 { $file }（檔案為唯讀，或您沒有寫入權限）；rolecall 未寫入任何內容。請讓檔案可寫入，或以 --state 指定其他檔案。
error-lint-too-large = 「{ $file }」超過 { $limit } MiB，超出 rolecall lint 讀取的上限。
error-document-too-large = 「{ $file }」有 { $size } 位元組：沒有這麼大的 IAM 政策文件 (IAM 最大的也只有幾 KB)，rolecall 不會剖析超過 { $limit } 位元組的文件。
error-too-large-policy-document = { $operation } 的回應含有 { $size } 位元組的政策文件，超過 rolecall 的上限 { $limit } 位元組 (IAM 最大的也只有幾 KB)，因此未讀取。
## 任意文字的 lint
arg-permissions = 將每份文件都當作許可政策檢查
document-resource = 以資源為基礎的政策
lint-title-text = 正在檢查 { $file }：{ $documents } 份政策文件、{ $commands } 個 aws iam 命令
## EKS 叢集、EKS Auto Mode、ECS 任務執行與 EKS Pod Identity 的角色。
kind-eks-cluster = { -cluster-role }
kind-eks-auto-node = { -auto-node-role }
kind-ecs-task-execution = { -task-execution-role }
kind-eks-pod-identity = { -pod-identity-role }
kind-eks-cluster-purpose = 由 Amazon EKS 控制平面擔任，用來管理{ -cluster }的節點與負載平衡器；指定 --auto-mode 時，也用來管理其運算、儲存與聯網 ({ -auto-mode })。
kind-eks-auto-node-purpose = 由 { -auto-mode } 啟動為{ -cluster }節點的 EC2 執行個體擔任。
kind-ecs-task-execution-purpose = 由 ECS 容器代理程式與 Fargate 代理程式擔任，為任務提取映像、傳送日誌及讀取機密；任務的容器無法使用它。
kind-eks-pod-identity-purpose = 由 { -pod-identity } 為其關聯之服務帳戶的 Pod 擔任；此{ -role }能做什麼由您決定。
arg-auto-mode = 僅限 eks-cluster：{ -auto-cluster-role } (AmazonEKSAutoClusterRole，含 sts:TagSession 與 Auto Mode 的四個政策)
arg-secret = 僅限 ecs-task-execution：任務讀取的機密、參數或 KMS 金鑰的 ARN，搭配 --with secrets 或 private-registry 使用；可重複指定多個
value-secret = ARN
field-secret = --secret
hint-secret = 請以 --secret ARN 逐一指定任務讀取的每個機密、參數與 KMS 金鑰，如同指南的政策所列
hint-role-name = 指南並未為此{ -role }命名，請以 --role-name 指定您的{ -role }名稱
hint-with = --secret 用於限定 --with secrets 或 --with private-registry，請指定其中之一

## Shell completions, man pages, the mock's HTTP endpoint and IaC export.
cmd-completions = 顯示 shell 自動完成指令碼
cmd-completions-long = 顯示讓 shell 自動完成 rolecall 命令、{ -role }種類，以及 --with、--cni、--output、--lang 等選項值的指令碼。請在 shell 的啟動檔案中載入，或儲存到 shell 尋找自動完成的位置 (請參閱範例)。
examples-completions =
    rolecall completions bash > ~/.local/share/bash-completion/completions/rolecall
    source <(rolecall completions zsh)
    rolecall completions fish > ~/.config/fish/completions/rolecall.fish
    rolecall completions powershell >> $PROFILE
    eval (rolecall completions elvish | slurp)
arg-shell = shell：bash、zsh、fish、powershell 或 elvish
value-shell = SHELL
cmd-mock = 使用 mock 後端的沙箱
cmd-mock-long = mock 後端的命令：mock 後端是儲存在其狀態檔案 (--state) 中、具有狀態的本機 IAM 沙箱。
cmd-mock-serve = 透過 HTTP 提供 mock 的 IAM 與 STS
cmd-mock-serve-long = 透過 HTTP 提供 mock 後端的 IAM 與 STS (GetCallerIdentity)，讓 AWS CLI、SDK、Terraform 和 rolecall --endpoint-url 都能使用沙箱。第一行顯示 URL；除非以 --listen 指定，否則只在 127.0.0.1 上接聽；執行直到收到 Ctrl-C 或 SIGTERM。每個請求只在回應期間取得狀態檔案的鎖定，且每項變更都會立即儲存，因此其他 --backend mock 的執行可同時運作。分割區取自 --partition 或 --region，兩者皆未指定時，取自每個請求簽署時所用的區域。
examples-mock-serve =
    rolecall mock serve
    rolecall mock serve --port 4566
    aws iam list-roles --endpoint-url http://127.0.0.1:4566
arg-port = 要接聽的 TCP 連接埠 [預設：可用的連接埠]
value-port = 連接埠
arg-listen = 要接聽的位址，可附加連接埠，例如 0.0.0.0 [預設：127.0.0.1]
value-listen = 位址
arg-header-timeout = 用戶端從第一個位元組起送完請求標頭的秒數上限 [預設：10]
arg-body-timeout = 用戶端在標頭之後送完請求本文的秒數上限 [預設：30]
arg-idle-timeout = 保持連線在沒有請求時可維持的秒數 [預設：60]
arg-max-connections = 同時服務的連線數；超過的連線會收到 503 [預設：256]
field-header-timeout = --header-timeout
field-body-timeout = --body-timeout
field-idle-timeout = --idle-timeout
field-max-connections = --max-connections
mock-serve-unauthenticated = { $address } 不是回送 (loopback) 位址：此端點沒有驗證 (接受任何金鑰)，任何能連到它的人都能讀取並變更 mock 的 IAM。
mock-serve-problem = 有個請求無法使用狀態檔案：{ $problem }
arg-format = 改以基礎設施即程式碼輸出{ -role }：cloudformation (YAML 格式的 CloudFormation 範本) 或 terraform (Terraform HCL)
value-format = 格式
field-format = --format
field-shell = SHELL
field-port = --port
field-listen = --listen
rule-ip-address = 需要 IP 位址，例如 127.0.0.1 或 0.0.0.0，可附加連接埠
error-listen = 無法在 { $address } 上接聽：{ $message }。
mock-serve-ready = 正在 { $url } 提供 { $state } 的 mock IAM 與 STS (請使用 --endpoint-url { $url } 或 AWS_ENDPOINT_URL={ $url })。按 Ctrl-C 停止。
mock-serve-stopped = 已停止；狀態檔案已儲存。
mock-serve-request = { $operation }：{ $status }，{ $millis } ms
## 稽核 AWS Organizations 組織 (多個帳戶)。
rule-external-id = 必須是 2 到 1224 個字元，且只能使用 A-Z a-z 0-9 + = , . @ : / _ -
rule-role-with-path = 必須是{ -role }名稱 (1 到 64 個字元，且只能使用 A-Z a-z 0-9 + = , . @ _ -)，前面可加上其路徑，例如 /audit/ReadOnly
rule-non-empty-list = 必須至少指定一個 12 位數{ -account-id }，多個時以逗號分隔
field-accounts = --accounts
field-assume-role = --assume-role
field-external-id = --external-id
field-account-concurrency = --account-concurrency
arg-organization = 稽核 AWS Organizations 組織中的每個作用中帳戶 (以 Organizations ListAccounts 列出)，每個帳戶都透過擔任其中的成員帳戶{ -role }進行稽核；您自己的帳戶則使用您自己的憑證
arg-accounts = 稽核這些帳戶 (每個都是 12 位數{ -account-id }，以逗號分隔)，並在每個帳戶中擔任成員帳戶{ -role }；搭配 --organization 時，只稽核其中屬於該組織的帳戶
value-accounts = ID[,ID…]
arg-assume-role = 要在每個帳戶中擔任的成員帳戶{ -role }，若有路徑則連同路徑 [預設：OrganizationAccountAccessRole]
value-assume-role = 名稱
arg-external-id = 成員帳戶{ -role }的{ -trust-policy }所要求的外部 ID
value-external-id = ID
arg-account-concurrency = 同時稽核的帳戶數量，每個帳戶各自套用 --concurrency [預設：4]
value-account-concurrency = N
org-account-title = 帳戶 { $account }{ $name ->
        [none] {""}
       *[other] {" "}({ $name })
    }
org-account-failed = 無法讀取此帳戶：{ $reason }
org-summary = 已稽核 { $audited } 個帳戶，{ $failed } 個無法讀取；找到 { $roles } 個{ -roles }，其中 { $errors } 個有錯誤。
org-progress = 帳戶：已完成 { $done } 個，共 { $total } 個
permissions-intro-organization = 執行「rolecall audit --organization」的主體所需的 IAM 政策：在自己帳戶中 audit 的讀取權限、Organizations 的 ListAccounts，以及對每個帳戶成員{ -role }的 sts:AssumeRole：
permissions-member = 每個帳戶中成員{ -role } { $role } 的許可政策 (唯讀)：
permissions-member-trust = { $role } 的{ -trust-policy }：管理帳戶的主體可以擔任此角色 (AWS Organizations 在其建立的帳戶中即以此方式建立 OrganizationAccountAccessRole；在透過邀請加入的帳戶中，請以此{ -trust-policy }和上述政策建立{ -role })：

## 先前只是資料的失敗，現在由 rolecall 自己說明 (issue 12)：沒有提示的必要輸入、rolecall 無法
## 使用的回應、本機 I/O ({ $message } 為系統的原文)，以及 SDK 無法完成的事。

error-missing-value-plain = 必須指定 { $flag }。
error-bad-response-no-role = 無法解讀 { $operation } 的回應：其中沒有{ -role }。
error-bad-response-no-account-id = 無法解讀 { $operation } 的回應：其中沒有{ -account-id }。
error-bad-response-role-name = IAM 列出了名為「{ $role }」的{ -role }，但這不是有效的{ -role }名稱。
error-io-resolve = 無法追蹤 { $file } 的符號連結：{ $message }
error-io-create-dir = 無法建立目錄 { $file }：{ $message }
error-io-open = 無法開啟 { $file }：{ $message }
error-io-lock = 無法鎖定 { $file }：{ $message }
error-io-read = 無法讀取 { $file }：{ $message }
error-io-write = 無法寫入 { $file }：{ $message }
error-io-not-state-file = { $file } 不是 rolecall mock 的狀態檔案 (第 { $line } 行第 { $column } 欄)；rolecall 不會更動它。請為 --state 指定其他檔案。
error-io-signal = 無法等候 Ctrl-C 或 SIGTERM：{ $message }
error-io-runtime = 無法啟動 rolecall 的非同步執行環境：{ $message }
error-report-json = rolecall 無法將報告寫成 JSON ({ $message })；未輸出任何內容。這是 rolecall 的錯誤，請回報。
error-request-construction = 無法建立 { $operation } 的請求：請檢查 --endpoint-url、--region 與 AWS 設定。
error-unknown = { $operation } 失敗了，而 AWS SDK 無法說明原因。

## Issue 19 第 18、21 項：AWS GovCloud (US) 中的 Amazon EKS on Fargate；Organizations 列出格式錯誤的帳戶 ID。
rule-fargate-unavailable = 分割區 { $partition } (AWS GovCloud (US)) 不提供 Amazon EKS on Fargate，因此沒有可在該處顯示或建立的{ -pod-execution-role }
error-bad-response-account-id = Organizations 列出的帳戶 ID「{ $account }」不是 12 位數字，因此無法稽核此帳戶。
