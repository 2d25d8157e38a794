## 每個發現項目代碼各有一則訊息 (finding-CODE)，以及修正方式 (finding-CODE-fix)。

finding-role-missing = 不存在名為 { $role } 的{ -role }。
finding-role-missing-fix = 請以 rolecall create 建立，或以 --role-name 指定現有的{ -role }。
finding-role-also-found = 另有其他{ -roles }也符合指南中的名稱：{ $roles }。
finding-role-also-found-fix = 請以 --role-name 逐一檢查這些{ -roles }。
finding-trust-invalid = 無法解讀{ -trust-policy }：{ $detail }
finding-trust-invalid-fix = 請手動修正{ -trust-policy }；rolecall 不會覆寫無法解讀的文件。
finding-trust-principal-missing = { -trust-policy }不允許 { $principal } 擔任此{ -role }。
finding-trust-principal-missing-fix = rolecall repair 會為 { $principal } 新增一則陳述式，並保留其他陳述式。
finding-trust-principal-partition = { -trust-policy }信任 { $legacy }，但未信任 { $principal }：在中國區域，EKS 節點群組會拒絕未信任 { $principal } 的節點{ -role }。
finding-trust-principal-partition-fix = rolecall repair 會為 { $principal } 新增一則陳述式，並保留其他陳述式。
finding-trust-source-arn-missing = { -trust-policy }允許 { $principal } 在沒有 aws:SourceArn 條件的情況下擔任此{ -role } (有{ -confused-deputy }風險)。
finding-trust-source-arn-missing-fix = rolecall repair --restrict-trust 會將其限制為您所指定{ -cluster }的 { -fargate-profile }。
finding-trust-cluster-not-covered = aws:SourceArn 條件不允許{ -cluster } { $cluster } ({ $region }) 的 { -fargate-profile }擔任此{ -role } (指南的模式：{ $source_arn })。
finding-trust-cluster-not-covered-fix = 以相同的 --cluster 執行 rolecall repair，即可將該{ -cluster }加入現有的條件，或為其新增一則專屬的陳述式。
finding-trust-extra-principal = { -trust-policy }也允許 { $principal } 擔任此{ -role }。
finding-trust-extra-principal-fix = 若不需要此主體，請手動移除；rolecall 絕不會移除任何信任。
finding-trust-shared-role = 此{ -role }也受 { $principal } 信任：指南要求 EC2 節點、Fargate Pod 與{ -cluster }各自使用不同的{ -roles }。
finding-trust-shared-role-fix = 請為每種用途各建立一個{ -role }，並手動移除多餘的主體。
finding-policy-missing = 未連接{ -managed-policy } { $policy }。
finding-policy-missing-fix = rolecall repair 會連接此政策。
finding-policy-outdated = 目前連接的是 { $policy }，而非現行指南要求的 { $current } (AWS 於 { $date } 發布)。
finding-policy-outdated-fix = rolecall repair 會連接 { $current }；加上 --replace-outdated 即可同時分離 { $policy }。
finding-cni-on-node-role = { $policy } 連接在節點{ -role }上；指南建議透過{ -irsa }，將其連接至 aws-node { -service-account }的{ -role }。
finding-cni-on-node-role-fix = 請為 aws-node 設定{ -irsa } 並將此政策移至該{ -role }，再從節點{ -role }分離此政策。
finding-instance-profile-missing = 此{ -role }不屬於任何{ -instance-profile } (指南會建立 { $profile })。
finding-instance-profile-missing-fix = rolecall repair 會建立{ -instance-profile }，並將此{ -role }加入其中。
finding-instance-profile-taken = { -instance-profile } { $profile } 已包含 { $role }；一個{ -instance-profile }只能包含一個{ -role }。
finding-instance-profile-taken-fix = 請改用其他{ -role }名稱，或手動從該{ -instance-profile }移除另一個{ -role }。
finding-permission-missing = 缺少選用的許可 { $permission } ({ $policy })。
finding-permission-missing-fix = 以相同的 --with 或 --cni 執行 rolecall repair 即可補上。
finding-policy-document-differs = 政策 { $policy } 未授予指南文件所授予的許可。
finding-policy-document-differs-fix = 請以 rolecall show 比對後手動修正；rolecall 不會覆寫您的政策。
finding-json-invalid = 第 { $line } 行第 { $column } 欄的 JSON 無效：{ $detail }。
finding-json-invalid-fix = 請修正該位置的 JSON 語法。
finding-json-duplicate-key = 索引鍵「{ $key }」在同一個物件中出現兩次 (第 { $line } 行第 { $column } 欄)；只有其中一個值會生效。
finding-json-duplicate-key-fix = 請將多個值以陣列形式放在同一個索引鍵下，例如 "aws:SourceArn": ["…", "…"]。
finding-policy-structure = { $path } 不符合 IAM 的預期：{ $expected }。
finding-policy-structure-fix = 請修正所指出的元素。
finding-version-missing = 此文件沒有 Version，因此 IAM 會使用 2008-10-17，無法使用政策變數。
finding-version-missing-fix = 請加入 "Version": "2012-10-17"。
finding-version-unknown = 「{ $version }」不是有效的政策語言版本 (2012-10-17 或 2008-10-17)。
finding-version-unknown-fix = 請使用 "Version": "2012-10-17"。
finding-arn-malformed = { $path } 中的「{ $value }」不是格式正確的 ARN。
finding-arn-malformed-fix = 請寫成 arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE 的格式，不要包含空格或多餘的冒號。
finding-principal-malformed = { $path } 中的「{ $value }」不是有效的主體。
finding-principal-malformed-fix = 請使用{ -service-principal } (例如 ec2.amazonaws.com)、{ -account-id }或 IAM ARN。
finding-action-malformed = { $path } 中的「{ $value }」不是 service:Action 格式的動作。
finding-action-malformed-fix = 請以 service:Action 格式撰寫動作，例如 sts:AssumeRole。
finding-placeholder-left = { $path } 中的「{ $value }」仍含有指南的預留位置 { $placeholder }。
finding-placeholder-left-fix = 請將預留位置替換為您的實際值。
finding-policy-has-principal = { $path } 含有 Principal，但許可政策不得包含此元素。
finding-policy-has-principal-fix = 請移除 Principal；若此文件是{ -trust-policy }，請改用 --trust 檢查。
finding-trust-no-principal = { -trust-policy }的 { $path } 未指定 Principal。
finding-trust-no-principal-fix = 請加入可擔任此{ -role }的 Principal。
finding-trust-has-resource = { -trust-policy }的 { $path } 含有 Resource，IAM 會拒絕此元素。
finding-trust-has-resource-fix = 請從{ -trust-policy }中移除 Resource。
finding-trust-action-invalid = { $path } 中的「{ $value }」不是{ -trust-policy }可允許的動作。
finding-trust-action-invalid-fix = 請使用 sts:AssumeRole (或 sts:AssumeRoleWithWebIdentity、sts:TagSession 等)。
finding-audit-role-shared = { -role } { $role } 同時用作節點{ -role }與 Fargate { -pod-execution-role }；指南要求兩者使用不同的{ -roles }。
finding-audit-role-shared-fix = 請為 { -fargate-profile }另外建立一個{ -role }，讓這些設定檔改用該{ -role }，再手動移除另一個主體。
finding-audit-cluster-several-roles = 有多個 Fargate { -roles }涵蓋{ -cluster } { $cluster }：{ $roles }。
finding-audit-cluster-several-roles-fix = 除非各設定檔需要不同的許可，否則請讓每個{ -cluster }只使用一個 { -pod-execution-role }。
finding-audit-node-no-instance-profile = 節點{ -role } { $role } 不屬於任何{ -instance-profile }；自我管理節點需要{ -instance-profile } (受管節點群組會自行建立)。
finding-audit-node-no-instance-profile-fix = 若使用自我管理節點，請建立{ -instance-profile }，並將此{ -role }加入其中。

## 信任判定：依照 IAM 本身的方式評估信任政策。

finding-trust-not-principal = 陳述式 { $statement } 使用了 NotPrincipal，但 IAM 不接受{ -trust-policy }中的 NotPrincipal；rolecall 不會評估這類政策。
finding-trust-not-principal-fix = 請手動改用 Principal 指定可擔任此{ -role }的對象。
finding-trust-denied = { $scope ->
    [cluster] 陳述式 { $statement } 拒絕 { $principal } 為{ -cluster } { $cluster } ({ $region }) 的 { -fargate-profile }擔任此{ -role }：明確的 Deny 一律優先於任何 Allow。
   *[role] 陳述式 { $statement } 拒絕 { $principal } 擔任此{ -role }：明確的 Deny 一律優先於任何 Allow。
}
finding-trust-denied-fix = rolecall 絕不會編輯 Deny 陳述式。若服務必須擔任此{ -role }，請手動縮小該陳述式的範圍或將其移除。
finding-trust-condition-unmet = { $scope ->
    [cluster] 陳述式 { $statement } 只在 { $key } 的 { $operator } 條件成立時才允許 { $principal }，而{ -cluster } { $cluster } ({ $region }) 的請求不符合此條件。
   *[role] 陳述式 { $statement } 只在 { $key } 的 { $operator } 條件成立時才允許 { $principal }，而該服務的請求不符合此條件。
}
finding-trust-condition-unmet-fix = rolecall repair 會在該陳述式之外另行新增指南的陳述式；絕不會變更您的條件。
finding-trust-undecided = { $scope ->
    [cluster] { $principal } 能否為{ -cluster } { $cluster } ({ $region }) 擔任此{ -role }，取決於陳述式 { $statement } 中 { $key } 的 { $operator } 條件，而 rolecall 無從得知其值。
   *[role] { $principal } 能否擔任此{ -role }，取決於陳述式 { $statement } 中 { $key } 的 { $operator } 條件，而 rolecall 無從得知其值。
}
finding-trust-undecided-fix = 請手動檢查該條件 (時間、您的組織、請求的標籤)；rolecall 不會自行猜測。
finding-trust-cluster-partly-covered = { -cluster } { $cluster } ({ $region }) 只有部分 { -fargate-profile }可擔任此{ -role }：像 { $allowed } 這樣的設定檔可以，像 { $denied } 這樣的設定檔則不行。指定單一設定檔的模式只涵蓋該設定檔，而非整個{ -cluster }。
finding-trust-cluster-partly-covered-fix = 以相同的 --cluster 執行 rolecall repair，即可將整個{ -cluster }加入條件。
finding-trust-principal-partition-legacy = { -trust-policy }信任 { $legacy }，但未信任中國區域文件所載的 EC2 { -service-principal } { $principal }。Amazon ECS 兩者皆接受。
finding-trust-principal-partition-legacy-fix = rolecall repair 會為 { $principal } 新增一則陳述式，並保留其他陳述式。
finding-policy-superseded = { $current } 與被它取代的舊版 { $policy } 同時連接。
finding-policy-superseded-fix = rolecall repair --replace-outdated 會分離 { $policy }。
finding-repair-cannot-cover = rolecall 要寫入的{ -trust-policy }仍無法讓{ -cluster } { $cluster } ({ $region }) 擔任此{ -role }，因此 rolecall 未寫入任何內容。
finding-repair-cannot-cover-fix = 檢查的發現項目會指出阻礙所在 (Deny，或 rolecall 不會編輯的條件)：請手動變更後，再次執行 repair。
finding-repair-would-narrow = rolecall 要寫入的{ -trust-policy }會縮小 { $principal } 目前獲准的範圍{ PRESENT($example) ->
    [yes] {" "}(例如對 { $example })
   *[no] {""}
}，因此 rolecall 未寫入任何內容。
finding-repair-would-narrow-fix = rolecall 只會在{ -trust-policy }中新增內容；請手動編輯此政策。
## lint：文字、命令與名稱
finding-principal-no-cn-form = { $path } 中的「{ $value }」不是有效的主體：{ $principal } 沒有 .cn 形式，在中國區域也一樣。
finding-principal-no-cn-form-fix = 請改寫為 { $principal }。
finding-principal-cn-undocumented = { $path } 中的「{ $value }」：AWS 並未記載 { $principal } 的 .cn 形式。其中國區域頁面顯示的是 { $principal }，且有使用者回報 IAM 拒絕 eks.amazonaws.com.cn。
finding-principal-cn-undocumented-fix = 請改寫為 { $principal }。
finding-arn-corrected = { $path } 中的「{ $value }」不是格式正確的 ARN；您是指 { $corrected } 嗎？
finding-arn-corrected-fix = 請寫成 { $corrected }。
finding-aws-policy-unknown = { $path } 中的 { $value } 不是任何 { -aws-managed-policy }；您是指 { $suggestion } 嗎？
finding-aws-policy-unknown-fix = 請使用 { $suggestion }：{ -aws-managed-policy }的 ARN 包含其確切名稱及路徑 (例如 service-role/)。
finding-aws-policy-not-listed = { $path } 中的 { $value } 不在 rolecall 所知的 { -aws-managed-policy }清單中 (清單來源：{ $source })。
finding-aws-policy-not-listed-fix = 請用 aws iam get-policy 確認名稱；您自己的政策，其 ARN 中是您的{ -account-id }，而不是 aws。
finding-customer-policy-arn = { $path } 中的「{ $value }」不是{ -customer-managed-policy } { $policy } 的 ARN：其 ARN 應為 arn:PARTITION:iam::ACCOUNT-ID:policy/{ $policy }，並包含您 12 位數的{ -account-id }。
finding-customer-policy-arn-fix = 請在 ARN 中使用您 12 位數的{ -account-id } (而不是 aws)，並在名稱前加上 policy/。
finding-name-not-created = 此文字中從未建立 { $value } ({ $path })；您是指第 { $created_line } 行建立的 { $created } 嗎？
finding-name-not-created-fix = 請使用建立時的名稱 { $created }。
finding-policy-name-unknown = 文字中提到的政策 { $value } 並不存在；您是指 { $suggestion } 嗎？
finding-policy-name-unknown-fix = 請使用政策的實際名稱 { $suggestion }。
finding-command-policy-outdated = 此命令會將 { $policy } 連接至 { $role }；目前的指南改為連接 { $current } (AWS 於 { $date } 發布)。
finding-command-policy-outdated-fix = 請連接 { $current }，而不是 { $policy }。
finding-json-fragment-duplicate-key = 將這一行加入上方的文件後，同一個物件中會出現兩次 { $key }；只有其中一個值會生效。
finding-json-fragment-duplicate-key-fix = 請改將值以陣列形式加入現有的 { $key }："{ $key }": ["…", "…"]。
finding-resource-no-principal = 以資源為基礎的政策中，{ $path } 未指定 Principal。
finding-resource-no-principal-fix = 請加入此陳述式適用的 Principal。

## EKS 叢集、EKS Auto Mode、ECS 任務執行與 EKS Pod Identity 的角色。

finding-trust-action-missing = { -trust-policy }允許 { $principal } 呼叫其所需的部分動作，但不允許 { $action }。
finding-trust-action-missing-fix = rolecall repair 會以相同的條件新增一則允許 { $principal } 執行 { $action } 的陳述式，並保留其他陳述式。
finding-trust-scoped = 只有{ -session-tags }符合下列條件的 Pod，{ $principal } 才能擔任此{ -role }：{ $conditions }。
finding-trust-scoped-fix = 無需修正：這是{ -trust-policy }賦予此{ -role }的範圍。請確認其中列出的{ -cluster }、{ -namespace }與服務帳戶符合您的意圖。
finding-audit-cluster-node-shared = { -role } { $role } 同時用作 { -cluster-role }與節點{ -role }；指南不允許節點使用{ -cluster }的{ -role }。
finding-audit-cluster-node-shared-fix = 請另外建立節點{ -role }並讓節點改用它，再手動從{ -cluster }{ -role }的{ -trust-policy }中移除 EC2。
finding-audit-confused-deputy = { -role } { $role } 允許 { $principal } 代表任何帳戶擔任它：其{ -trust-policy }沒有 aws:SourceAccount 或 aws:SourceArn 條件 ({ -confused-deputy }風險)。
finding-audit-confused-deputy-fix = 請手動在其 Allow 陳述式中加入針對 aws:SourceAccount (您的{ -account-id }) 的 StringEquals 條件，或針對 aws:SourceArn (arn:aws:ecs:REGION:ACCOUNT:*) 的 ArnLike 條件；切勿只指定單一叢集的 ARN，否則將無法啟動任務。rolecall 絕不會自行縮小信任範圍。
finding-audit-trust-unreadable = 無法解讀{ -role } { $role } 的{ -trust-policy } ({ $detail })，因此 audit 無法判斷此{ -role }是否用於其檢查的任何用途。
finding-audit-trust-unreadable-fix = 請手動修正{ -trust-policy }，然後再次執行 audit；rolecall 不會覆寫無法解讀的文件。
finding-permission-not-granted = 此{ -role }沒有任何政策允許在 { $resource } 上執行 { $action }，而這是其工作負載所需 (此類需求共 { $count } 項)。
finding-permission-not-granted-fix = rolecall repair 會連接指南中的{ -managed-policy }；您也可以在自己的政策中授予此動作。
finding-permission-denied = { $policy } 的 Deny 陳述式 { $statement } 使此{ -role }無法在 { $resource } 上執行 { $action }，而這是其工作負載所需 (此類需求共 { $count } 項)。
finding-permission-denied-fix = 請手動縮小該陳述式的範圍或將其移除；rolecall 從不移除陳述式。
finding-permission-blocked-by-boundary = { -permissions-boundary } { $policy } { PRESENT($statement) ->
    [yes] 拒絕在 { $resource } 上執行 { $action } (陳述式 { $statement })
   *[no] 不允許在 { $resource } 上執行 { $action }
}，而這是此{ -role }的工作負載所需 (此類需求共 { $count } 項)：{ -role }自身的政策無法授予超出其許可界限的許可。
finding-permission-blocked-by-boundary-fix = 請手動在{ -permissions-boundary }中允許此動作 (或移除該界限)；rolecall 從不編輯{ -permissions-boundary }。
finding-permission-blocked-by-scp = { PRESENT($policy) ->
    [yes] 連接至 { $target } 的{ -scp } { $policy } 拒絕在 { $resource } 上執行 { $action } (陳述式 { $statement })
   *[no] 連接至 { $target } 的{ -scps } 均未允許在 { $resource } 上執行 { $action }
}，而這是此{ -role }的工作負載所需 (此類需求共 { $count } 項)。
finding-permission-blocked-by-scp-fix = 請要求貴組織的管理員在該層級允許此動作；rolecall 從不編輯{ -scp }。
finding-permission-undecided = 此{ -role }能否在 { $resource } 上呼叫其工作負載所需的 { $action }，{ PRESENT($key) ->
    [yes] 取決於 { $key }，而 rolecall 無從得知其值
   *[no] 無法判定
} (此類需求共 { $count } 項)。
finding-permission-undecided-fix = 請手動檢查該條件；rolecall 不會自行猜測。
finding-scps-not-read = 未讀取此帳戶的{ -scps } ({ $value })：許可判定並未將其納入考量。
finding-scps-not-read-fix = 若要將其納入考量，請從組織的管理帳戶 (或委派管理員帳戶) 執行 rolecall。
finding-policy-equivalent = 未連接{ -managed-policy } { $policy }，但此{ -role }的其他政策已授予該政策所授予、且工作負載需要的所有許可；指南接受同等的許可。
finding-policy-equivalent-fix = 無須處理；rolecall repair 不會連接此政策。
finding-policy-missing-granted = 未連接{ -managed-policy } { $policy }。此{ -role }的其他政策已授予該政策所授予、且工作負載需要的所有許可，但指南指定的是該政策本身。
finding-policy-missing-granted-fix = 若您要完全依照指南，請手動連接；rolecall repair 不會連接已授予的許可。

## 政策元素中 IAM 預期的內容 (policy-structure 的 { $expected })，以及非 JSON 文字的問題
## (json-invalid 的 { $detail })。

policy-expected-document = 包含 Version 和 Statement 的物件
policy-expected-document-key = Version、Id、Statement 其中之一
policy-expected-statements = 陳述式物件，或由陳述式組成的非空陣列
policy-expected-statement = 物件
policy-expected-statement-key = Sid、Effect、Principal、NotPrincipal、Action、NotAction、Resource、NotResource、Condition 其中之一
policy-expected-effect = "Allow" 或 "Deny"
policy-expected-string = 字串
policy-expected-string-or-list = 字串或字串陣列
policy-expected-principal = "*"，或將主體類型 (Service、AWS、Federated) 對應到其值的物件
policy-expected-condition-operators = 由條件運算子組成的物件
policy-expected-condition-keys = 由條件索引鍵組成的物件
policy-expected-condition-values = 字串、布林值或數字，或由它們組成的陣列
policy-expected-one-of-action-not-action = Action 與 NotAction 兩者恰好其一
policy-expected-at-most-one-principal = Principal 與 NotPrincipal 至多其一
policy-expected-at-most-one-resource = Resource 與 NotResource 至多其一
json-syntax-eof = 文字在 JSON 結束之前就結束了
json-syntax-expected-colon = 索引鍵後面缺少冒號 (:)
json-syntax-expected-comma-or-end = 缺少逗號或右括號
json-syntax-expected-value = 這裡應該是一個值
json-syntax-key-not-string = 物件的索引鍵必須是以雙引號括住的字串
json-syntax-trailing-comma = 逗號後面沒有任何值
json-syntax-trailing-characters = JSON 之後還有其他文字
json-syntax-invalid-string = 字串中含有無效的逸出序列、控制字元或字碼指標
json-syntax-invalid-number = 數字無效或超出範圍
json-syntax-too-deep = JSON 的巢狀層級太深
json-syntax-too-large = 這段文字比任何政策文件都大，因此未讀取
json-syntax-other = 這段文字不是有效的 JSON

## Issue 19 第 18、19 項：AWS GovCloud (US) 中的 Amazon EKS on Fargate；授予範圍比取代政策更廣的舊政策。
finding-fargate-unavailable = 分割區 { $partition } (AWS GovCloud (US)) 不提供 Amazon EKS on Fargate：在該處沒有任何 Pod 能使用此{ -role }。
finding-fargate-unavailable-fix = 沒有需要修復的項目：rolecall 不會在 { $partition } 中建立{ -pod-execution-role }。請在節點上執行 Pod，或在其他分割區的 Fargate 上執行。
finding-policy-superseded-wider = { $current } 與被它取代的舊版 { $policy } 同時連接：IAM 會將所有已連接政策的許可加總，因此 { $policy } 較廣的許可仍然有效。
finding-policy-superseded-wider-fix = rolecall repair --replace-outdated 會分離 { $policy }。

## doctor 在 EKS 叢集與其角色之間的連結中發現的問題 (issue 21)。
finding-fargate-role-node-group-shared = { -fargate-profile } { $fargate_profile } 使用的 { $role } 同時也是{ -node-group } { $node_group } 的節點{ -role }：Fargate 指南要求使用專屬的{ -role }。
finding-fargate-role-node-group-shared-fix = 另外建立一個{ -pod-execution-role } (rolecall create fargate-pod-execution --cluster …)，並建立使用它的新{ -fargate-profile }。
finding-fargate-profile-not-trusted = { $role } 的{ -trust-policy }不允許{ -fargate-profile } { $fargate_profile }：其 ARN { $source_arn } 不被允許{ PRESENT($statement) ->
    [yes] {" "}(陳述式 { $statement }，{ $key })
   *[no] {""}
}。其 Pod 會停留在 Pending。
finding-fargate-profile-not-trusted-fix = 以此叢集的 ARN 作為 --cluster 執行 rolecall repair fargate-pod-execution --role-name …，即可將該設定檔的叢集加入 aws:SourceArn 條件。
finding-fargate-profile-trust-undecided = { $role } 的{ -trust-policy }是否允許{ -fargate-profile } { $fargate_profile }，取決於 rolecall 無法得知其值的 { $key } (陳述式 { $statement })。
finding-fargate-profile-trust-undecided-fix = 請手動檢查該條件；rolecall 不會猜測。
finding-access-entry-missing = 此{ -cluster }只使用{ -access-entries }，而 { $role } 沒有類型為 { $entry_type } 的{ -access-entry }{ PRESENT($found) ->
    [yes] {" "}(其項目類型為 { $found })
   *[no] {""}
}：其節點或 Pod 無法加入{ -cluster }。
finding-access-entry-missing-fix = aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type } (請先刪除類型錯誤的項目)。
finding-access-entry-missing-aws-auth = { $role } 沒有類型為 { $entry_type } 的{ -access-entry }{ PRESENT($found) ->
    [yes] {" "}(其項目類型為 { $found })
   *[no] {""}
}；在{ -authentication-mode } API_AND_CONFIG_MAP 下，rolecall 無法讀取的 aws-auth ConfigMap 可能已對應此角色。
finding-access-entry-missing-aws-auth-fix = 檢查 aws-auth (kubectl -n kube-system get configmap aws-auth)，或建立項目：aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type }。
finding-access-policy-missing = { -auto-mode }節點{ -role } { $role } 的{ -access-entry }未關聯 { $policy }：Auto Mode 節點無法加入。
finding-access-policy-missing-fix = aws eks associate-access-policy --cluster-name CLUSTER --principal-arn { $role } --policy-arn arn:aws:eks::aws:cluster-access-policy/{ $policy } --access-scope type=cluster
finding-access-entry-stale = { $role } 的{ -access-entry }建立於 { $entry_created }，早於{ -role }本身 ({ $role_created })：它屬於一個 ARN 相同但已刪除的{ -role }，已經失效。
finding-access-entry-stale-fix = 刪除該項目後重新建立：先執行 aws eks delete-access-entry，再以相同的 --principal-arn 與 --type 執行 aws eks create-access-entry。
finding-access-entry-role-missing = 類型為 { $entry_type } 的{ -access-entry }指向不存在的 { $role }。
finding-access-entry-role-missing-fix = 刪除該項目 (aws eks delete-access-entry --principal-arn { $role })，或建立該{ -role }後再重新建立項目。
finding-aws-auth-unread = { -cluster } { $cluster } 使用{ -authentication-mode } CONFIG_MAP：其{ -roles }在 aws-auth ConfigMap 中對應，而這是 rolecall 無法讀取的 Kubernetes 物件，因此不會檢查這些對應。
finding-aws-auth-unread-fix = 以 kubectl -n kube-system get configmap aws-auth 檢查 aws-auth，或改用{ -access-entries } (aws eks update-cluster-config --access-config authenticationMode=API_AND_CONFIG_MAP)。
finding-aws-auth-role-path = { $role } 帶有路徑：aws-auth 只有在寫成不含路徑的 { $value } 時才會比對成功。
finding-aws-auth-role-path-fix = 在 aws-auth 中寫入 rolearn: { $value }。
finding-oidc-provider-missing = 有{ -roles }信任{ -cluster }的 OIDC 發行者 { $issuer } ({ $roles })，但帳戶中沒有對應的{ -oidc-provider }：其 Pod 無法擔任這些角色。
finding-oidc-provider-missing-fix = eksctl utils associate-iam-oidc-provider --cluster CLUSTER --approve，或 aws iam create-open-id-connect-provider --url { $issuer } --client-id-list sts.amazonaws.com
finding-pod-identity-tags-rejected = { $role } 信任 { -pod-identity }，但不包括 { $namespace }/{ $service_account }：EKS 為此關聯設定的{ -session-tags }不符合陳述式 { $statement } ({ $key })。
finding-pod-identity-tags-rejected-fix = 放寬 { $key } 的條件以涵蓋此關聯，或關聯其他{ -role }。
finding-pod-identity-tags-undecided = { $role } 是否允許 { $namespace }/{ $service_account }，取決於每個 Pod 都不同、rolecall 無法得知的 { $key } (陳述式 { $statement })。
finding-pod-identity-tags-undecided-fix = 請手動檢查該條件；rolecall 不會猜測。
finding-pod-identity-target-not-trusted = 目標{ -role } { $role } 不允許關聯的{ -role } { $principal } 擔任它{ PRESENT($statement) ->
    [yes] {" "}(陳述式 { $statement }，{ $key })
   *[no] {""}
}。
finding-pod-identity-target-not-trusted-fix = 在目標{ -role }的{ -trust-policy }中新增陳述式，允許 { $principal } 執行 sts:AssumeRole 與 sts:TagSession，並以關聯的外部 ID 作為 sts:ExternalId。
finding-pod-identity-target-undecided = 目標{ -role } { $role } 是否允許 { $principal } 擔任它，取決於 rolecall 無法得知其值的 { $key } (陳述式 { $statement })。
finding-pod-identity-target-undecided-fix = 請手動檢查該條件；rolecall 不會猜測。
finding-eks-not-read = 無法讀取 { $api } ({ $value })：由它決定的部分已略過，不做猜測。
finding-eks-not-read-fix = 允許呼叫者呼叫 { $api }，或改用提供此 API 的端點執行。
