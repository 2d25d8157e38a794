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
book-needs-heading = { -role }的工作負載會做什麼
book-needs-intro = 以下每項需求都是對一組資源的一個動作，並附上{ -managed-policy }在條件中檢查時服務會傳送的內容索引鍵。這些需求是從指南附加的{ -managed-policies }推導而來，rolecall 保存了它們的文件 (rolecall 固定的 moto 版本中的預設版本)；當每項需求對其集合中的每個資源都獲得允許 (由這些政策或同等的政策允許) 時，{ -role }就能完成工作。
book-needs-auto-mode = 使用 { -auto-mode } 時，{ -role }還有以下需求：
book-needs-users-own = 此{ -role }不宣告任何需求：其許可由您選擇，rolecall 只檢查其信任。
book-col-action = 動作
book-col-resources = 資源
book-col-context = 內容索引鍵
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
book-erratum-fargate-old-trust = 較舊的日文版指南中，{ -trust-policy }沒有 aws:SourceArn 條件。目前的指南會為每個{ -cluster }各加入一項此條件，以防範{ -confused-deputy }問題；若{ -trust-policy }缺少此條件，rolecall check 與 rolecall lint 都會發出警告。
book-erratum-fargate-duplicate-key = 指南建議為另一個{ -cluster }再加一行「aws:SourceArn」；但同一物件中的兩個同名索引鍵會互相覆寫。rolecall 會將所有模式放在同一個陣列中；rolecall lint 會回報重複的索引鍵，以及要加入已有該索引鍵之文件的那一行。
book-erratum-fargate-region-code = region-code、my-cluster 與 111122223333 都是預留位置；仍含有 region-code 的{ -trust-policy }不會符合任何對象。rolecall lint 會回報文件中遺留的預留位置。
book-erratum-node-pull-only = 較舊的日文版指南要求使用 AmazonEC2ContainerRegistryReadOnly；目前的指南要求使用 AmazonEC2ContainerRegistryPullOnly，AWS 於 { $date } 發布此政策。舊版指南中的 2023-10-03 是另一項變更：自該日起，受管節點群組的{ -role }可以改用同等的許可，而不必連接指定的{ -managed-policies }。rolecall 會對 ReadOnly 發出警告，並在修復時連接 PullOnly (加上 --replace-outdated 時還會分離 ReadOnly)。rolecall lint 會對將 ReadOnly 連接至節點{ -role }的命令發出警告。
book-erratum-node-arn-space = 繁體中文版指南列出的政策 ARN 含有空格，例如「arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy」，IAM 會拒絕這類 ARN。rolecall lint 會逐一回報命令與文件中格式錯誤的 ARN，並提供正確的 ARN。
book-erratum-node-cn-principal = 在中國區域 (aws-cn)，EC2 的{ -service-principal }是 ec2.amazonaws.com.cn，而不是指南中列出的 ec2.amazonaws.com。
book-erratum-node-cni-irsa = 節點{ -role }的步驟中仍列有 VPC CNI 政策；但指南建議改將此政策連接至 aws-node { -service-account }專屬的{ -role }，因此 rolecall 只在指定 --cni 時才會加入此政策。
book-erratum-ecs-policy-name = 西班牙文版指南的內文將此政策稱為「AmazonEC2ContainerServiceRoleForEC2Role」；它的實際名稱 (命令中使用的名稱) 是 AmazonEC2ContainerServiceforEC2Role，位於路徑 service-role/ 下。rolecall lint 會對提到不存在之政策名稱的文字發出警告，並提供最接近的實際名稱。
book-erratum-ecs-s3-arn = 指南中的「arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess」多了一個冒號；正確的 ARN 是 arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess。rolecall lint 會回報此錯誤並提供更正後的 ARN。
book-erratum-ecs-cwlogs-arn = 指南中的「arn:aws:iam:111122223333:aws:policy/cwlogspolicy」格式錯誤；{ -customer-managed-policy }的 ARN 應為 arn:aws:iam::111122223333:policy/cwlogspolicy。rolecall lint 會回報此錯誤並提供更正後的 ARN。
book-erratum-ecs-cwlogs-query = 指南中 list-policies 的查詢尋找的是「cwlogsppolicy」，拼錯了指南先前建立的政策名稱 cwlogspolicy。rolecall lint 會回報命令使用了但文字中從未建立的名稱，並列出與其相似的已建立名稱。
book-erratum-ecs-logs-partition = 指南中的 CloudWatch Logs 政策將 arn:aws: 寫死在文件中；在 aws-cn 與 aws-us-gov 中，rolecall 會改寫入該分割區本身的前綴。
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
book-json-lint = 文字中找到的政策文件與 aws iam 命令，以及各項發現；每項發現都附有其文件或命令開始的行 (與欄)。若整個檔案就是一份文件，document 為文件類型，否則為 text。
book-json-error = 任何失敗的命令都會輸出此物件 (並將訊息輸出至標準錯誤)。

book-chapter-permissions = rolecall 所需的 IAM 許可
book-permissions-intro = rolecall permissions COMMAND 會顯示主體執行 COMMAND 命令所需的最低權限政策；其中 check 只需要讀取權限。
book-findings-verdict = 服務可否擔任{ -role }，會依照 IAM 的方式判定：明確的 Deny 優先；Allow 只在其 Principal、Action 與所有條件都相符時才適用；若有條件涉及 rolecall 無從得知的值 (時間、您的組織、請求標籤)，判定結果為無法判定，絕不會是正常。對於 Fargate { -role }，只有當{ -cluster }可能擁有的每個 { -fargate-profile }，無論名稱為何，都能擔任此{ -role }時，該{ -cluster }才算受到涵蓋。repair 只會新增內容 (一則陳述式，或將{ -cluster }模式加入其他條件允許這些模式通過的 Allow 陳述式)，並在寫入前評估結果；若變更會拒絕先前允許的存取，或仍無法涵蓋您所指定的{ -cluster }，則不會寫入任何內容。

## 新增：分割區相關事實、勘誤、文字的 lint
book-partitions-intro-fargate = 在 aws 與 aws-cn 中，此{ -role }都相同，差別只在於 ARN 前綴：其{ -service-principal } eks-fargate-pods.amazonaws.com 沒有 .cn 形式，在中國區域也一樣。aws-us-gov 不提供 Amazon EKS on Fargate，因此該處沒有此{ -role }。
book-erratum-node-ipv6-partition = 指南中供 VPC CNI 使用的 IPv6 政策將 arn:aws: 寫死在文件中；在 aws-cn 與 aws-us-gov 中，rolecall 會改寫入該分割區本身的前綴。
## EKS 叢集、EKS Auto Mode、ECS 任務執行與 EKS Pod Identity 的角色。
book-eks-cluster-notes = 每個 EKS { -cluster }都需要 { -cluster-role }：EKS 會擔任它來管理{ -cluster }的節點，舊版雲端供應商則使用它建立負載平衡器。指南接受 AmazonEKSClusterPolicy，或至少具有同等許可的自訂政策；與指南中其他受管政策相同，rolecall 會檢查 AmazonEKSClusterPolicy，缺少時予以回報 (自訂政策的比對由您負責)。以下是 rolecall 自己的建議，並非指南所述：請勿讓節點使用此{ -role } (audit 會回報同時擔任兩者的{ -role })。
book-eks-auto-node-notes = { -auto-mode } 會以此{ -role }啟動{ -cluster }的節點。指南接受 AmazonEKSWorkerNodeMinimalPolicy 與 AmazonEC2ContainerRegistryPullOnly，或同等的許可，並指出此{ -role }不能是用來建立任何{ -cluster }的{ -role }。以下是 rolecall 自己的建議，並非指南所述：也請勿將它當作 { -cluster-role }。
book-ecs-task-execution-notes = ECS 容器代理程式與 Fargate 代理程式會擔任此{ -role }，從 Amazon ECR 私有儲存庫提取映像、透過 awslogs 驅動程式傳送容器日誌，以及讀取任務定義所參照的機密。任務本身的容器無法使用它，而是使用任務{ -role }。{ -trust-policy }即指南中的版本：不帶條件的 ecs-tasks.amazonaws.com。AWS 建議 ECS 任務所擔任的{ -roles }加上 aws:SourceAccount 或 aws:SourceArn 條件 (arn:aws:ecs:REGION:ACCOUNT:*；切勿使用單一叢集的 ARN，否則將無法啟動任務)；此{ -role }的指南並未列出任何條件，因此 create 不會寫入條件，check 兩種形式都接受，audit 則會對任何帳戶的任務都能擔任的任務執行{ -role }發出警告。
book-eks-pod-identity-notes = { -pod-identity } 會將 IAM { -role }的憑證提供給 Kubernetes 服務帳戶的 Pod。指南只定義其{ -trust-policy }：pods.eks.amazonaws.com 可以呼叫 sts:AssumeRole 與 sts:TagSession (服務會傳遞{ -session-tags })。此{ -role }的許可由您決定，因此 rolecall 只檢查與修復{ -trust-policy }，並需要{ -role }的名稱 (--role-name)。
book-ecs-task-execution-verdict = ECS 會為任務擔任此{ -role }：rolecall 以 aws:SourceAccount 為此帳戶、aws:SourceArn 為此帳戶任一任務 ARN 的方式評估該請求，只要帳戶中有某個任務可以擔任，就判定此{ -role }可被擔任。
book-eks-pod-identity-verdict = { -session-tags }會列出 Pod 的{ -cluster } (eks-cluster-arn、eks-cluster-name)、{ -namespace } (kubernetes-namespace)、服務帳戶 (kubernetes-service-account) 及 Pod 本身 (kubernetes-pod-name、kubernetes-pod-uid)；關聯也可以關閉這些標籤。針對 aws:RequestTag/… 索引鍵的條件會將此{ -role }限定於部分 Pod：rolecall 會針對其條件所能區分的每一種標籤值組合評估{ -trust-policy }，只要某個範圍的 Pod 可以擔任就判定可被擔任，並回報該範圍 (trust-scoped 附註，以及 JSON 判定中的 scope)。其他條件一律依 IAM 的評估方式計算；EKS Pod Identity 並未記載 aws:SourceAccount 或 aws:SourceArn，因此針對它們的條件會使判定無法確定。
book-auto-mode-heading = EKS Auto Mode
book-auto-mode-intro = { -auto-mode } 對 { -cluster-role }有更多要求：--auto-mode 會將其命名為 { $name }，讓服務也能呼叫 { $actions }，並額外連接 { $policies } (此處以 --output json 顯示)：
book-auto-mode-repair = 為標準{ -cluster }建立的 { -cluster-role }缺少上述項目：check --auto-mode 會逐一回報缺少的政策與動作，repair --auto-mode 則會在不移除任何項目的情況下補上 (sts:TagSession 會以獨立的陳述式加入，並沿用已允許 sts:AssumeRole 之陳述式的條件)。
book-grant-scoped = 針對以 --secret 指定之資源的{ -inline-policy }
book-permission-secrets = --with secrets 會為 Amazon ECS 機密新增指南中的{ -inline-policy }：ssm:GetParameters、secretsmanager:GetSecretValue 與 kms:Decrypt，讓容器代理程式能讀取任務定義所參照的 Systems Manager 參數與 Secrets Manager 機密。
book-permission-private-registry = --with private-registry 會為私有登錄檔驗證新增指南中的{ -inline-policy }：secretsmanager:GetSecretValue 與 kms:Decrypt，讓代理程式能讀取存放登錄檔憑證的機密。
book-secrets-model = 指南的文件各列出您的一個機密與一把金鑰；若政策涵蓋帳戶中所有機密與金鑰，任何任務都能讀取全部內容。因此 rolecall 會以您透過 --secret 提供的 ARN 寫入指南的文件：請為任務讀取的每個機密、參數與客戶受管的 KMS 金鑰各重複指定一次 (只有您自己的金鑰才需要 kms:Decrypt)。check 會將政策與該文件比對，因此請以相同的 --secret 值執行；同名但列出其他資源的政策只會被回報，絕不會被覆寫。
book-name-required = 指南並未為此{ -role }命名，也沒有可供搜尋的名稱：請以 --role-name 指定您的名稱。
book-eks-cluster-partitions = 中國區域的頁面顯示的是不帶 .cn 的 eks.amazonaws.com，與其他分割區相同。在 aws-us-gov 中，rolecall 也會寫入 eks.amazonaws.com：找不到可確認 GovCloud 主體的 AWS 頁面，也不知道有其他寫法。
book-eks-auto-node-partitions = 此{ -role }的中國區域頁面顯示 ec2.amazonaws.com，與節點{ -role }的指南相同。就節點{ -role }而言，中國區域的 EKS 節點群組會拒絕沒有 ec2.amazonaws.com.cn 的{ -role } (其錯誤訊息如此表示)，因此 rolecall 在該處寫入此形式；{ -auto-mode } 是否需要此形式尚未確認，因此在 aws-cn 中 rolecall 會寫入頁面上的 ec2.amazonaws.com，檢查時則接受任一寫法，且不會產生任何發現。
book-ecs-task-execution-partitions = ECS 任務在所有分割區 (包括中國) 都使用 ecs-tasks.amazonaws.com。至於 aws-us-gov，rolecall 找到的 AWS 頁面均無法確認，也不知道有其他寫法。
book-eks-pod-identity-partitions = 中國區域的頁面顯示的是不帶 .cn 的 pods.eks.amazonaws.com。至於 aws-us-gov，rolecall 找到的 AWS 頁面均無法確認，也不知道有其他寫法。
book-history-heading = 沿革
book-eks-cluster-history = 在 { $required_until } 之前，每個{ -cluster }的{ -role }都必須具有 AmazonEKSClusterPolicy 本身；此後也接受具有同等許可的自訂政策。在 { $service_until } 之前，還必須具有 AmazonEKSServicePolicy，建議的名稱為 eksServiceRole；其許可已由服務連結{ -role } AWSServiceRoleForAmazonEKS 接手，因此 rolecall 不會要求此政策。
book-erratum-cluster-auto-check-step = Auto Mode 叢集{ -role }的指南列出了五個政策，但檢查現有{ -role }的步驟只查看 AmazonEKSClusterPolicy；rolecall 在指定 --auto-mode 時會檢查全部五個。
book-erratum-auto-node-one-of-names = Auto Mode 節點{ -role }的指南要求搜尋「具有其中一個名稱」的{ -role }，卻只提供了一個名稱 AmazonEKSAutoNodeRole。
book-erratum-task-execution-policy-path = 舊版指南連接的是 arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy，缺少路徑 service-role/；此政策的 ARN 為 arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy。
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

## Typed seams (issue 12c): the JSON chapter from the report types and their schemas, the
## command-line chapter's table of options from the flag table.
book-json-notation = 以下各個結構取自物件的 JSON Schema，並以 TypeScript 的表示法呈現：string、number 與 boolean 為該類型的值，| 分隔索引鍵可能的值，T[] 為清單，後面加上 ? 的索引鍵可能不存在。只含 … 的物件為政策文件。
book-json-schema = JSON Schema：{ $link }
book-json-roles = rolecall 認得的每一種{ -role }：以您的語言顯示的名稱、指南為此{ -role }訂的名稱 (指南未提供時為 null)、所信任的{ -service-principal }、{ -managed-policies }，以及 --cni 與 --with 可加上的選用許可。
book-json-repair = repair 輸出的物件與 create 相同：計畫、執行結果，以及之後 check 會回報的內容。
book-json-audit = 帳戶中用於 rolecall 認得之用途的每個{ -role } (具有 check 的索引鍵及其種類)、關於整個帳戶的發現項目 (account_findings)，以及計數。
book-json-audit-organization = audit --organization 與 audit --accounts：每個帳戶的稽核結果，附上 account_id、在組織中的名稱及狀態 ok；或狀態 failed 以及導致無法讀取的錯誤；最後是所有帳戶的計數。
book-json-audit-organization-line = 使用 --output jsonl 時，audit --organization 會在結果送達時每行輸出一個物件：每個{ -role } (type role) 與每項關於整個帳戶的發現項目 (type account_finding)，接著是該帳戶 (type account)，最後是摘要 (type summary)。除摘要外，每個物件都附有其 account_id。
book-json-permissions = 命令所需的最低權限 IAM 政策；使用 --organization 時，則為呼叫者的政策、成員{ -role }，以及成員{ -role }的許可政策與{ -trust-policy }。
book-json-mock-serve = mock serve 開始提供服務前輸出的第一行：所接聽的 URL 與所提供的狀態檔案。
book-cli-flags-heading = 選項與引數
book-col-value = 值
book-col-commands = 命令
book-cli-global = 所有命令

## Issue 19 第 18、19 項：AWS GovCloud (US) 中的 Amazon EKS on Fargate；AmazonEKSBlockStoragePolicyV2。
book-partition-no-fargate = 此處不提供 Amazon EKS on Fargate (AWS GovCloud (US) 使用者指南)：rolecall show 與 create 會拒絕此{ -role } (結束狀態 2)，check 與 audit 會回報此情況 (fargate-unavailable)。
book-erratum-cluster-block-storage-v2 = Auto Mode 叢集{ -role }的指南列出 AmazonEKSBlockStoragePolicy；AWS 於 { $block_storage_date } 發布了 AmazonEKSBlockStoragePolicyV2，將從快照建立磁碟區與建立磁碟區快照限制在{ -cluster }自己的資源上，且 AWS 目前的 Auto Mode 設定會連接此政策。IAM 會將所有已連接政策的許可加總，因此與 V2 並存的舊政策仍保有其較廣的許可。rolecall 會連接 V2，對單獨存在或與 V2 並存的舊政策發出警告，而 repair --replace-outdated 會連接 V2 並分離舊政策。

## Issue 20：角色可以執行哪些動作 (許可判定) 一章。
book-chapter-granted = 角色可以執行哪些動作
book-granted-intro = rolecall 依照 IAM 的判定方式來判斷{ -role }可以執行哪些動作，絕不依據所連接政策的名稱。每種{ -role }都宣告了其工作負載的需求 (列於各{ -role }的章節中)：對一組資源的一個動作，以及其服務所傳送的內容索引鍵。rolecall 以{ -role }自身工作階段提出請求的方式來評估每項需求：呼叫者是該{ -role }，aws:PrincipalArn 與 aws:PrincipalAccount 是它自己的值，aws:PrincipalTag/* 是它的標籤，而需求未宣告的其他索引鍵一律視為未知。只有在需求對其集合中的每個資源都獲得允許時，才算已授予。
book-granted-how-heading = 由什麼決定
book-granted-how-intro = rolecall 會讀取 IAM 評估{ -role }請求時所考量的內容，並依照 IAM 的方式加以組合：
book-granted-how-deny = 這些政策中任何一項的明確拒絕 (Deny) 都優先。
book-granted-how-identity = 必須有身分型政策允許該需求：{ -role }的{ -inline-policy }，或連接至該{ -role }之{ -managed-policy }的預設版本 (AWS 受管政策也包括在內：其版本會變更，且因分割區而異)。
book-granted-how-boundary = 若{ -role }設有{ -permissions-boundary }，該界限也必須允許該需求：{ -role }自身的政策無法授予超出其許可界限的許可。
book-granted-how-scps = 在組織中，從根、經過每個組織單位 (OU)、直到帳戶的每個層級，都必須有連接至該層級的{ -scp } 允許該需求 (根據預設，FullAWSAccess 會連接至所有層級)。{ -scps } 不適用於管理帳戶，也不適用於服務連結角色。
book-granted-verdict-heading = 已授予、未授予、無法判定
book-granted-verdict = 每項需求的判定結果為已授予、未授予或無法判定。若答案取決於 rolecall 無從得知的值 (例如針對 aws:SourceVpc 的條件)，或取決於無法讀取的政策，即為無法判定：rolecall 絕不會猜測其已授予。所有需求皆已授予時，{ -role }的判定為已授予；有任何一項未授予時為未授予；其他情況則為無法判定 (結束狀態 1，與信任政策無法判定時相同)。check 會以一行列出判定結果與最先幾項未授予的需求；其 JSON 會提供判定結果 ("granted": true、false 或 null)，以及每項需求和決定它的內容：身分型政策及其陳述式、許可界限、各層級的{ -scps }。{ -pod-identity-role }不宣告任何需求：它可以執行哪些動作由您決定。
book-granted-scps-heading = 是否已將{ -scps } 納入考量
book-granted-scps-intro = check 的 JSON 中 permissions 區塊的 "scps" 表示判定是否已將{ -scps } 納入考量：
book-granted-scps-read = rolecall 已讀取從根到帳戶每個層級的{ -scps } (DescribeOrganization、直到根的 ListParents、ListPoliciesForTarget 與 DescribePolicy，與{ -role }自身的讀取同時進行)，判定已將其納入考量。
book-granted-scps-not-read = 呼叫者無法讀取這些政策 (AccessDenied，從大多數成員帳戶呼叫時皆是如此)：判定未將其納入，並以提示 (scps-not-read) 而非錯誤說明此事。若要將其納入考量，請從組織的管理帳戶或委派管理員執行 rolecall。
book-granted-scps-not-applicable = 沒有適用的{ -scp }：該帳戶不屬於任何組織、是組織的管理帳戶，或該{ -role }是服務連結角色。
book-granted-not-read-heading = rolecall 不讀取的內容
book-granted-not-read = rolecall 不讀取資源型政策 (Secrets Manager 秘密、KMS 金鑰、儲存庫的政策)、資源控制政策 (RCP) 與 VPC 端點政策。即使 rolecall 判定為已授予的請求，仍可能遭到其中任何一項拒絕：若您的帳戶使用這些政策，請手動檢查。
book-granted-repair-heading = repair 會變更什麼，以及絕不編輯什麼
book-granted-repair = 當{ -role }沒有任何政策授予指南中{ -managed-policy }所對應的需求時，repair 會連接該{ -managed-policy }。若{ -role }的其他政策已授予某個{ -managed-policy }的需求，repair 不再連接該政策：這是一項變更，先前 repair 會連接指南指定的所有政策。此時，對於指南接受同等許可的{ -roles } ({ $kinds })，缺少的政策為提示 (policy-equivalent)；對於其他角色則為警告 (policy-missing-granted)。repair 絕不編輯{ -permissions-boundary }、{ -scp } 或 Deny 陳述式：當其中任何一項阻擋某項需求時，repair 會將其列在不變更的項目中，不為此寫入任何內容，並以結束狀態 1 結束；剩下的就是 check 之後會發現的項目。
book-granted-examples-heading = 各發現項目的範例
book-granted-examples-intro = 以下每個範例都是帳戶 { $account } 中的{ -role }，由 rolecall 本身的程式碼判定；每個發現項目都以 check 輸出的樣子呈現。
book-granted-example-not-granted = { -node-role }連接了其指南中的兩個{ -managed-policies }，但 IAM 傳回的 AmazonEKSWorkerNodePolicy 預設版本缺少 ec2:DescribeInstances (AWS 受管政策的文件會隨版本變更，且因分割區而異)。名稱雖在，需求卻未授予。
book-granted-example-denied = { -node-role }連接了兩個{ -managed-policies }，而其{ -inline-policy } guard 有一則針對 ec2:DescribeInstances 的 Deny 陳述式 NoDescribe。
book-granted-example-boundary = { -node-role }連接了兩個{ -managed-policies }，但其{ -permissions-boundary }只允許 s3:*。
book-granted-example-scp = { -node-role }連接了兩個{ -managed-policies }，但與 FullAWSAccess 一同連接至帳戶、名為 NoEcr 的{ -scp } 拒絕 ecr:*。
book-granted-example-undecided = { -node-role }連接了兩個{ -managed-policies }，而一項{ -inline-policy }除非 aws:SourceVpc 為 vpc-1，否則拒絕所有動作：請求是否經由該 VPC 送出，事先無從得知。
book-granted-example-scps-not-read = { -node-role }與其指南所建立的相同，但呼叫者無法讀取組織的{ -scps }：ListParents 傳回 AccessDenied。
book-granted-example-equivalent = { -node-role }未連接任何{ -managed-policy }；一項{ -inline-policy }允許這兩個政策的所有需求，各自針對其資源。節點角色的指南接受同等的許可。
book-granted-example-missing-granted = { -task-execution-role }未連接任何{ -managed-policy }；一項{ -inline-policy }允許 AmazonECSTaskExecutionRolePolicy 的所有需求。其指南指定的是該政策本身。
# 列舉項目之間的分隔符號。
book-list-separator = 、
