## 由 cargo xtask book 產生的手冊。名稱、ARN、文件等事實取自角色模型；
## 這些訊息只是圍繞事實的說明文字。

book-title = rolecall
book-languages = 語言：
book-chapter-intro = 開始使用
book-install-heading = 安裝
book-install-body = rolecall 是單一的二進位檔。請在簽出的儲存庫中使用 Cargo 建置：
book-try-heading = 在 mock 後端上試用
book-try-body = mock 後端是本機的 IAM 沙箱，具備與 IAM 相同的規則、配額與錯誤代碼；其狀態儲存在 $XDG_STATE_HOME/rolecall/mock-iam.json (或 --state FILE) 中。它的帳戶是 111122223333。 狀態檔案建立時僅限您本人讀取 (0600)，改寫時會保留其權限；指向它的符號連結仍會是連結。
book-account-heading = 搭配 AWS 帳戶使用
book-account-body = 預設後端是 AWS。rolecall 會以與 AWS CLI 相同的方式尋找憑證 (環境變數、共用組態與憑證檔案、SSO、Web 身分、容器與執行個體中繼資料)，也會採用 --profile、--region 與 --endpoint-url 的設定。區域決定分割區：cn-* 對應 aws-cn，us-gov-* 對應 aws-us-gov。 IAM 呼叫的每次嘗試與 AWS CLI 相同，最多等待連線 60 秒 (--cli-connect-timeout)、等待回應 60 秒 (--cli-read-timeout)，一次呼叫連同所有重試最多 120 秒 (--operation-timeout)，因此停止回應的端點會使執行以結束狀態 3 結束。即使伺服器把私密存取金鑰或工作階段權杖回傳，rolecall 也絕不會印出它們。

book-who = 可擔任此{ -role }的對象：{ $principal }。
book-fargate-pod-execution-notes = { -fargate-profile }會指定此{ -role }；EKS 會將它加入{ -cluster }的 Kubernetes RBAC，讓 Fargate 上的 kubelet 能註冊為節點。Pod 中的容器無法使用此{ -role }的許可：請改用{ -irsa }為它們授予許可。此{ -role }必須與 EC2 節點群組使用的 { -node-role }不同。
book-eks-node-notes = 節點透過{ -instance-profile }取得這些許可。此{ -role }不得是建立{ -cluster }時所用的{ -role }，也必須與 { -fargate-profile }的 { -pod-execution-role }不同。
book-ecs-instance-notes = ECS 容器代理程式與 Docker 常駐程式會透過{ -instance-profile }，以此{ -role }呼叫 AWS API。外部執行個體 (ECS Anywhere) 另外需要 Systems Manager 的許可，而此{ -role }並未涵蓋這些許可。

book-definition-heading = 定義
book-definition-intro = 執行 { $command } 即可讓 rolecall 顯示此定義 (此處以 --output json 格式呈現)：
book-trust-multi = 若有多個{ -cluster }，所有 { -fargate-profile }的模式都會放在同一個 aws:SourceArn 索引鍵下的同一個陣列中 (同一物件中若有兩個同名的索引鍵，會在毫無提示的情況下互相覆寫)：
book-trust-all-regions = 若要涵蓋帳戶所有區域中具有該名稱的{ -cluster }，請將區域改為 *：
book-trust-all-clusters = 若要涵蓋帳戶所有區域中的所有{ -cluster }：

book-optional-heading = 選用的許可
book-col-flag = 選項
book-col-policy = 政策
book-col-how = 授予方式
book-grant-managed = { -aws-managed-policy }，直接連接
book-grant-customer = { -customer-managed-policy }，在帳戶中建立後連接
book-grant-inline = { -inline-policy }
book-permission-cni-ipv4 = --cni ipv4 會為 IPv4 { -cluster }連接 AmazonEKS_CNI_Policy。目前的指南建議改將此政策連接至 aws-node { -service-account }的{ -role } ({ -irsa })，因此 rolecall 會將其回報為提示。
book-permission-cni-ipv6 = --cni ipv6 會在帳戶中建立指南所述的 IPv6 政策 (AmazonEKS_CNI_IPv6_Policy) 並加以連接；關於{ -irsa }的建議同樣適用。
book-permission-ecr-pull = --with ecr-pull 要求指南所列的四個 ECR 動作。每個容器執行個體{ -role }都會連接的 AmazonEC2ContainerServiceforEC2Role 已授予全部四個動作，因此 rolecall 不會為此建立任何項目：show 會將此許可列為已授予，create 不會額外建立任何項目，check 也絕不會將其回報為缺少。另外建立副本只會與該{ -managed-policy }重複，日後還會與其產生差異。
book-permission-cloudwatch-logs = --with cloudwatch-logs 會以該分割區的 ARN 建立指南中的 CloudWatch Logs 政策 (cwlogspolicy)，並加以連接。
book-permission-s3-read-only = --with s3-read-only 會連接 AmazonS3ReadOnlyAccess，讓執行個體能從私有儲存貯體讀取其 ecs.config。

book-check-heading = 檢查現有的{ -role }
book-search-names = 未指定 --role-name 時，rolecall 會先尋找指南中的名稱，接著依照指南的指示，尋找名稱包含下列任一項的{ -role }：{ $names }。
book-with-rolecall = 使用 rolecall：
book-with-aws-cli = 使用 AWS CLI (呼叫與 rolecall 相同，只是 rolecall 會並行傳送這些呼叫)：
book-create-heading = 建立{ -role }

book-partitions-heading = 分割區
book-partitions-intro = 此{ -role }在所有分割區中都相同，差別只在於 ARN 前綴，以及中國區域的 EC2 { -service-principal }。
book-col-partition = 分割區
book-col-policies = 政策

book-errata-heading = 指南中的錯誤與過時內容
book-erratum-fargate-placeholders-swapped = 西班牙文版指南說要將 111122223333 替換為{ -cluster }名稱、將 my-cluster 替換為{ -account-id }；實際上正好相反：111122223333 應替換為{ -account-id }，my-cluster 應替換為{ -cluster }名稱。
book-erratum-fargate-old-trust = 較舊的日文版指南中，{ -trust-policy }沒有 aws:SourceArn 條件。目前的指南會為每個{ -cluster }各加入一項此條件，以防範{ -confused-deputy }問題；若{ -trust-policy }缺少此條件，rolecall 會發出警告。
book-erratum-fargate-duplicate-key = 指南建議為另一個{ -cluster }再加一行「aws:SourceArn」；但同一物件中的兩個同名索引鍵會互相覆寫。rolecall 會將所有模式放在同一個陣列中，而 lint 會回報重複的索引鍵。
book-erratum-fargate-region-code = region-code、my-cluster 與 111122223333 都是預留位置；仍含有 region-code 的{ -trust-policy }不會符合任何對象。rolecall lint 會回報文件中遺留的預留位置。
book-erratum-node-pull-only = 較舊的日文版指南要求使用 AmazonEC2ContainerRegistryReadOnly。自 2023-10-03 起，指南改為要求 AmazonEC2ContainerRegistryPullOnly；rolecall 會對 ReadOnly 發出警告，並在修復時連接 PullOnly (加上 --replace-outdated 時還會分離 ReadOnly)。
book-erratum-node-arn-space = 繁體中文版指南列出的政策 ARN 含有空格，例如「arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy」，IAM 會拒絕這類 ARN。rolecall lint 會回報格式錯誤的 ARN。
book-erratum-node-cn-principal = 在中國區域 (aws-cn)，EC2 的{ -service-principal }是 ec2.amazonaws.com.cn，而不是指南中列出的 ec2.amazonaws.com。
book-erratum-node-cni-irsa = 節點{ -role }的步驟中仍列有 VPC CNI 政策；但指南建議改將此政策連接至 aws-node { -service-account }專屬的{ -role }，因此 rolecall 只在指定 --cni 時才會加入此政策。
book-erratum-ecs-policy-name = 西班牙文版指南的內文將此政策稱為「AmazonEC2ContainerServiceRoleForEC2Role」；它的實際名稱 (命令中使用的名稱) 是 AmazonEC2ContainerServiceforEC2Role，位於路徑 service-role/ 下。
book-erratum-ecs-s3-arn = 指南中的「arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess」多了一個冒號；正確的 ARN 是 arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess。
book-erratum-ecs-cwlogs-arn = 指南中的「arn:aws:iam:111122223333:aws:policy/cwlogspolicy」格式錯誤；{ -customer-managed-policy }的 ARN 應為 arn:aws:iam::111122223333:policy/cwlogspolicy。
book-erratum-ecs-cwlogs-query = 指南中 list-policies 的查詢尋找的是「cwlogsppolicy」，拼錯了指南先前建立的政策名稱 cwlogspolicy。
book-erratum-ecs-logs-partition = 指南中的 CloudWatch Logs 與 IPv6 政策將 arn:aws: 寫死在文件中；在 aws-cn 與 aws-us-gov 中，rolecall 會改寫入該分割區本身的前綴。
book-erratum-ecs-ecr-covered = 指南將 ECR 許可列為一份獨立的文件，但同一份指南所連接的 AmazonEC2ContainerServiceforEC2Role 已包含全部四個動作；rolecall 不會為 --with ecr-pull 加入任何項目。

book-chapter-findings = 發現項目
book-role-findings = rolecall 回報的所有發現項目，連同其含義與修正方式，都列在「發現項目」一章中。
book-findings-intro = 每個發現項目都有固定的代碼 (指令碼可據此比對)、嚴重性，以及以您的語言撰寫的訊息。錯誤表示{ -role }無法發揮作用，或文件無效；警告表示{ -role }可以運作，但不符合目前的指南或安全性建議；提示則僅供參考。
book-col-severity = 嚴重性
book-col-fix = 修正方式

book-chapter-cli = 命令列
book-cli-intro = 以下說明是根據 rolecall 本身的命令列定義產生。

book-chapter-exit = 結束狀態
book-exit-intro = rolecall 的結束狀態固定不變，可供管線與指令碼使用。
book-col-status = 狀態
book-col-meaning = 意義
book-exit-0 = 成功：{ -role }可發揮作用 (仍會顯示警告)、計畫已執行，或文件沒有問題。
book-exit-1 = 有發現項目：有錯誤 (使用 --strict 時，有警告也算)、rolecall 無法判定的信任判定、lint 發現問題，或 create 或 repair 執行後仍留有錯誤，或因其本身的評估拒絕了變更而未寫入任何內容。
book-exit-2 = 輸入錯誤：訊息會指出有問題的值及允許的值；未傳送任何內容至 IAM，也未寫入任何內容。
book-exit-3 = 後端失敗：沒有憑證、存取遭拒、無法連線至端點、逾時、重試後仍遭調節、其他 IAM 錯誤，或 mock 後端的狀態檔案發生問題。

book-chapter-json = JSON 輸出
book-json-intro = 使用 --output json 時，每個命令都會輸出一個 JSON 物件。索引鍵與發現項目代碼一律是固定的英文；只有訊息欄位會隨您的語言而變。
book-json-show = { -role }在指定情境下的定義。
book-json-check = 檢查結果：ok、missing、drift 或 undecided；發現項目；以及信任判定：服務可否擔任此{ -role } (assumable)，以及對於 Fargate { -role }，所指定之每個{ -cluster }的每個 { -fargate-profile }是否都可擔任 (covered)。每項判定為 true 或 false，若取決於 rolecall 無從得知的值，則為 null。
book-json-create = create 與 repair：計畫、每個動作 (以 IAM API 的名稱命名)、是否已執行，以及對應的 aws iam 命令；blocked 說明未寫入任何內容的原因，left 列出計畫執行後 check 仍會回報的發現項目。
book-json-lint = 政策文件的發現項目。
book-json-error = 任何失敗的命令都會輸出此物件 (並將訊息輸出至標準錯誤)。

book-chapter-permissions = rolecall 所需的 IAM 許可
book-permissions-intro = rolecall permissions COMMAND 會顯示主體執行 COMMAND 命令所需的最低權限政策；其中 check 只需要讀取權限。
book-findings-verdict = 服務可否擔任{ -role }，會依照 IAM 的方式判定：明確的 Deny 優先；Allow 只在其 Principal、Action 與所有條件都相符時才適用；若有條件涉及 rolecall 無從得知的值 (時間、您的組織、請求標籤)，判定結果為無法判定，絕不會是正常。對於 Fargate { -role }，只有當{ -cluster }可能擁有的每個 { -fargate-profile }，無論名稱為何，都能擔任此{ -role }時，該{ -cluster }才算受到涵蓋。repair 只會新增內容 (一則陳述式，或將{ -cluster }模式加入其他條件允許這些模式通過的 Allow 陳述式)，並在寫入前評估結果；若變更會拒絕先前允許的存取，或仍無法涵蓋您所指定的{ -cluster }，則不會寫入任何內容。

## Manual pages, the landing page, the role diagrams and infrastructure as code.
man-manual = rolecall 手冊
man-name = 名稱
man-synopsis = 概要
man-description = 描述
man-examples = 範例
man-exit-status = 結束狀態
man-version = 版本
man-see-also = 另請參閱
book-all-languages = 所有語言
book-landing-pitch = rolecall 依照 AWS 指南的定義，檢查、建立並修復 EKS 與 ECS 運算所需的 IAM 角色；除非您要求，否則絕不移除任何項目。
book-landing-open = 閱讀繁體中文版
book-diagram-title = { $role }：由誰擔任、角色及其政策
book-diagram-principal = 擔任{ -role }的{ -service-principal }
book-diagram-condition = 僅在 { $key } 符合下列模式時 ({ $operator })：
book-diagram-assumes = sts:AssumeRole
book-diagram-role = IAM { -role }
book-diagram-path = 路徑
book-diagram-profile = { -instance-profile }
book-diagram-contains = 包含{ -role }
book-diagram-policies = 連接的政策與內嵌政策
book-diagram-aws-managed = { -aws-managed-policy }
book-diagram-customer-managed = { -customer-managed-policy }
book-diagram-inline = { -inline-policy }
book-diagram-optional = 選用：{ $flag }
book-diagram-covers = 已包含 { $flag } 的權限
book-iac-heading = 基礎設施即程式碼
book-iac-intro = 相同的定義，以 CloudFormation 範本或 AWS 供應商的 Terraform 組態呈現。ARN 的分割區取自堆疊；未指定 --account 時，aws:SourceArn 模式的帳戶也取自堆疊。{ -customer-managed-policy }是獨立的資源，{ -inline-policy }則成為 AWS::IAM::RolePolicy 或 aws_iam_role_policy。
book-iac-cloudformation = CloudFormation，由 { $command } 產生：
book-iac-terraform = Terraform，由 { $command } 產生：
