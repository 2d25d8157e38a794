## 検出結果のコードごとのメッセージ (finding-CODE) と、その対処方法 (finding-CODE-fix)。

finding-role-missing = { $role } という名前の{ -role }はありません。
finding-role-missing-fix = rolecall create で作成するか、--role-name で既存の{ -role }を指定してください。
finding-role-also-found = ガイドの名前に一致する{ -roles }がほかにもあります: { $roles }。
finding-role-also-found-fix = それぞれを --role-name で確認してください。
finding-trust-invalid = { -trust-policy }を読み取れません: { $detail }
finding-trust-invalid-fix = { -trust-policy }を手動で修正してください。rolecall は読み取れないドキュメントを上書きしません。
finding-trust-principal-missing = { -trust-policy }で、{ $principal } による{ -role }の引き受けが許可されていません。
finding-trust-principal-missing-fix = rolecall repair は { $principal } 用のステートメントを追加し、他のステートメントはそのまま残します。
finding-trust-principal-partition = { -trust-policy }は { $legacy } を信頼していますが、{ $principal } を信頼していません。中国リージョンでは、{ $principal } を信頼していないノードの{ -role }は EKS ノードグループで拒否されます。
finding-trust-principal-partition-fix = rolecall repair は { $principal } 用のステートメントを追加し、他のステートメントはそのまま残します。
finding-trust-source-arn-missing = { -trust-policy }は、aws:SourceArn 条件なしで { $principal } に{ -role }の引き受けを許可しています ({ -confused-deputy }問題のリスクがあります)。
finding-trust-source-arn-missing-fix = rolecall repair --restrict-trust を実行すると、指定した{ -cluster }の { -fargate-profile }に限定されます。
finding-trust-cluster-not-covered = aws:SourceArn 条件では、{ -cluster } { $cluster } ({ $region }) の { -fargate-profile }による{ -role }の引き受けが許可されていません (ガイドのパターン: { $source_arn })。
finding-trust-cluster-not-covered-fix = 同じ --cluster を指定して rolecall repair を実行すると、既存の条件にその{ -cluster }が追加されるか、その{ -cluster }専用のステートメントが追加されます。
finding-trust-extra-principal = { -trust-policy }では、{ $principal } にも{ -role }の引き受けが許可されています。
finding-trust-extra-principal-fix = 不要な場合は、このプリンシパルを手動で削除してください。rolecall が信頼を削除することはありません。
finding-trust-shared-role = この{ -role }は { $principal } も信頼しています。ガイドでは、EC2 ノード、Fargate ポッド、{ -cluster }にそれぞれ別の{ -roles }を使用するよう求めています。
finding-trust-shared-role-fix = 用途ごとに別の{ -role }を作成し、余分なプリンシパルは手動で削除してください。
finding-policy-missing = { -managed-policy } { $policy } がアタッチされていません。
finding-policy-missing-fix = rolecall repair でアタッチできます。
finding-policy-outdated = { $policy } が、現行のガイドで必須となっている { $current } ({ $date } に AWS が公開) の代わりにアタッチされています。
finding-policy-outdated-fix = rolecall repair は { $current } をアタッチします。{ $policy } をデタッチするには --replace-outdated を追加してください。
finding-cni-on-node-role = { $policy } がノードの{ -role }にアタッチされています。ガイドでは、{ -irsa } を使用して aws-node の { -service-account }の{ -role }にアタッチすることが推奨されています。
finding-cni-on-node-role-fix = ポリシーを aws-node 用の{ -irsa } に移してから、ノードの{ -role }からデタッチしてください。
finding-instance-profile-missing = { -role }がどの{ -instance-profile }にも含まれていません (ガイドでは { $profile } を作成します)。
finding-instance-profile-missing-fix = rolecall repair は{ -instance-profile }を作成し、そこに{ -role }を追加します。
finding-instance-profile-taken = { -instance-profile } { $profile } にはすでに { $role } が含まれています。1 つのプロファイルに含めることができる{ -role }は 1 つだけです。
finding-instance-profile-taken-fix = 別の{ -role }名を使用するか、プロファイルからもう一方の{ -role }を手動で削除してください。
finding-permission-missing = オプションの権限 { $permission } ({ $policy }) がありません。
finding-permission-missing-fix = 同じ --with または --cni を指定して rolecall repair を実行すると追加されます。
finding-policy-document-differs = ポリシー { $policy } は、ガイドのドキュメントと同じ権限を付与していません。
finding-policy-document-differs-fix = rolecall show の出力と比較し、手動で修正してください。rolecall はユーザーのポリシーを上書きしません。
finding-json-invalid = { $line } 行 { $column } 列の JSON が無効です: { $detail }。
finding-json-invalid-fix = その位置の JSON 構文を修正してください。
finding-json-duplicate-key = キー「{ $key }」が 1 つのオブジェクト内に 2 回出現しています ({ $line } 行 { $column } 列)。有効になる値は 1 つだけです。
finding-json-duplicate-key-fix = 1 つのキーに複数の値を指定するには、配列にしてください。例: "aws:SourceArn": ["…", "…"]
finding-policy-structure = { $path } は IAM が想定する形式ではありません: { $expected }。
finding-policy-structure-fix = 示された要素を修正してください。
finding-version-missing = ドキュメントに Version がありません。この場合、IAM は 2008-10-17 を使用するため、ポリシー変数は使用できません。
finding-version-missing-fix = "Version": "2012-10-17" を追加してください。
finding-version-unknown = 「{ $version }」はポリシー言語のバージョン (2012-10-17 または 2008-10-17) ではありません。
finding-version-unknown-fix = "Version": "2012-10-17" を使用してください。
finding-arn-malformed = { $path } の「{ $value }」は正しい形式の ARN ではありません。
finding-arn-malformed-fix = arn:パーティション:サービス:リージョン:アカウント:リソース の形式で、スペースや余分なコロンを入れずに記述してください。
finding-principal-malformed = { $path } の「{ $value }」は有効なプリンシパルではありません。
finding-principal-malformed-fix = ec2.amazonaws.com などの{ -service-principal }、{ -account-id }、または IAM ARN を使用してください。
finding-action-malformed = { $path } の「{ $value }」は service:Action 形式のアクションではありません。
finding-action-malformed-fix = アクションは sts:AssumeRole のように service:Action の形式で記述してください。
finding-placeholder-left = { $path } の「{ $value }」に、ガイドのプレースホルダー { $placeholder } が残っています。
finding-placeholder-left-fix = プレースホルダーを実際の値に置き換えてください。
finding-policy-has-principal = { $path } に Principal がありますが、アクセス許可ポリシーに Principal を含めることはできません。
finding-policy-has-principal-fix = Principal を削除してください。{ -trust-policy }の場合は、--trust を指定してドキュメントをチェックしてください。
finding-trust-no-principal = { -trust-policy }の { $path } で Principal が指定されていません。
finding-trust-no-principal-fix = { -role }を引き受けることができる Principal を追加してください。
finding-trust-has-resource = { -trust-policy }の { $path } に Resource がありますが、IAM はこれを受け付けません。
finding-trust-has-resource-fix = { -trust-policy }から Resource を削除してください。
finding-trust-action-invalid = { $path } の「{ $value }」は、{ -trust-policy }で許可できるアクションではありません。
finding-trust-action-invalid-fix = sts:AssumeRole (または sts:AssumeRoleWithWebIdentity、sts:TagSession など) を使用してください。
finding-audit-role-shared = { -role } { $role } は、ノードの{ -role }と Fargate の{ -pod-execution-role }の両方として使われています。ガイドでは、それぞれ別の{ -roles }を使用するよう求めています。
finding-audit-role-shared-fix = { -fargate-profile }用に別の{ -role }を作成し、プロファイルがその{ -role }を使用するように設定してから、もう一方のプリンシパルを手動で削除してください。
finding-audit-cluster-several-roles = { -cluster } { $cluster } を対象とする Fargate 用の{ -roles }が複数あります: { $roles }。
finding-audit-cluster-several-roles-fix = プロファイルごとに異なる権限が必要な場合を除き、{ -pod-execution-role }は{ -cluster }ごとに 1 つにしてください。
finding-audit-node-no-instance-profile = ノードの{ -role } { $role } はどの{ -instance-profile }にも含まれていません。セルフマネージド型ノードには{ -instance-profile }が必要です (マネージド型ノードグループでは独自に作成されます)。
finding-audit-node-no-instance-profile-fix = セルフマネージド型ノードを使用する場合は、{ -instance-profile }を作成し、そこに{ -role }を追加してください。

## 信頼の判定: IAM 自体と同じ方法による信頼ポリシーの評価。

finding-trust-not-principal = ステートメント { $statement } で NotPrincipal が使用されていますが、IAM は{ -trust-policy }で NotPrincipal を受け付けません。rolecall はこのようなポリシーを評価しません。
finding-trust-not-principal-fix = { -role }を引き受けることができるプリンシパルを、代わりに Principal で手動で指定してください。
finding-trust-denied = { $scope ->
    [cluster] ステートメント { $statement } は、{ -cluster } { $cluster } ({ $region }) の { -fargate-profile }について { $principal } を拒否しています。明示的な Deny はどの Allow よりも優先されます。
   *[role] ステートメント { $statement } は { $principal } を拒否しています。明示的な Deny はどの Allow よりも優先されます。
}
finding-trust-denied-fix = rolecall が Deny ステートメントを編集することはありません。サービスがこの{ -role }を引き受ける必要がある場合は、そのステートメントの対象を手動で絞り込むか、ステートメントを削除してください。
finding-trust-condition-unmet = { $scope ->
    [cluster] ステートメント { $statement } は、{ $key } に対する { $operator } 条件が満たされる場合にのみ { $principal } を許可しますが、{ -cluster } { $cluster } ({ $region }) のリクエストはこの条件を満たしません。
   *[role] ステートメント { $statement } は、{ $key } に対する { $operator } 条件が満たされる場合にのみ { $principal } を許可しますが、サービスからのリクエストはこの条件を満たしません。
}
finding-trust-condition-unmet-fix = rolecall repair は、そのステートメントとは別にガイドのステートメントを追加します。既存の条件を変更することはありません。
finding-trust-undecided = { $scope ->
    [cluster] { -cluster } { $cluster } ({ $region }) について { $principal } が{ -role }を引き受けられるかどうかは、ステートメント { $statement } にある { $key } に対する { $operator } 条件によって決まりますが、その値を rolecall は知ることができません。
   *[role] { $principal } が{ -role }を引き受けられるかどうかは、ステートメント { $statement } にある { $key } に対する { $operator } 条件によって決まりますが、その値を rolecall は知ることができません。
}
finding-trust-undecided-fix = その条件は手動で確認してください (時刻、組織、リクエストのタグなど)。rolecall は推測で判定しません。
finding-trust-cluster-partly-covered = { -cluster } { $cluster } ({ $region }) の { -fargate-profile }のうち、{ -role }を引き受けられるのは一部だけです。{ $allowed } のようなプロファイルは引き受けられますが、{ $denied } のようなプロファイルは引き受けられません。1 つのプロファイルを指定したパターンは、そのプロファイルだけを対象とし、{ -cluster }全体は対象としません。
finding-trust-cluster-partly-covered-fix = 同じ --cluster を指定して rolecall repair を実行すると、{ -cluster }全体が条件に追加されます。
finding-trust-principal-partition-legacy = { -trust-policy }は { $legacy } を信頼していますが、中国リージョン向けに記載されている EC2 の{ -service-principal }である { $principal } を信頼していません。Amazon ECS はどちらも受け付けます。
finding-trust-principal-partition-legacy-fix = rolecall repair は { $principal } 用のステートメントを追加し、他のステートメントはそのまま残します。
finding-policy-superseded = { $current } と、それによって置き換えられた古い { $policy } の両方がアタッチされています。
finding-policy-superseded-fix = rolecall repair --replace-outdated を実行すると { $policy } がデタッチされます。
finding-repair-cannot-cover = rolecall が書き込む予定の{ -trust-policy }でも、{ -cluster } { $cluster } ({ $region }) が{ -role }を引き受けられるようにはならないため、rolecall は何も書き込みませんでした。
finding-repair-cannot-cover-fix = 何が妨げになっているか (Deny、または rolecall が編集しない条件) は、check の検出結果に示されています。それを手動で変更してから、もう一度 repair を実行してください。
finding-repair-would-narrow = rolecall が書き込む予定の{ -trust-policy }では、{ $principal } が現在できることの一部{ PRESENT($example) ->
    [yes] {" "}(例: { $example } に対して)
   *[no] {""}
}ができなくなるため、rolecall は何も書き込みませんでした。
finding-repair-would-narrow-fix = rolecall は{ -trust-policy }に追加することしかしません。この{ -trust-policy }は手動で編集してください。
## lint: テキスト、コマンド、名前
finding-principal-no-cn-form = { $path } の「{ $value }」はプリンシパルではありません。{ $principal } には、中国でも .cn の形式はありません。
finding-principal-no-cn-form-fix = { $principal } と記述してください。
finding-principal-cn-undocumented = { $path } の「{ $value }」: AWS は { $principal } の .cn の形式を文書化していません。中国のページには { $principal } が示されており、IAM が eks.amazonaws.com.cn を拒否したという報告がユーザーから寄せられています。
finding-principal-cn-undocumented-fix = { $principal } と記述してください。
finding-arn-corrected = { $path } の「{ $value }」は正しい形式の ARN ではありません。{ $corrected } のことですか?
finding-arn-corrected-fix = { $corrected } と記述してください。
finding-aws-policy-unknown = { $path } の { $value } に該当する{ -aws-managed-policy }はありません。{ $suggestion } のことですか?
finding-aws-policy-unknown-fix = { $suggestion } を使用してください。{ -aws-managed-policy }の ARN には、正確な名前と、service-role/ などのパスが含まれます。
finding-aws-policy-not-listed = { $path } の { $value } に該当する{ -aws-managed-policy }は、rolecall の一覧にありません (一覧の出典: { $source })。
finding-aws-policy-not-listed-fix = aws iam get-policy で名前を確認してください。独自のポリシーの ARN には、aws ではなく{ -account-id }が含まれます。
finding-customer-policy-arn = { $path } の「{ $value }」は{ -customer-managed-policy } { $policy } の ARN ではありません。その ARN は、12 桁の{ -account-id }を含む arn:パーティション:iam::アカウントID:policy/{ $policy } です。
finding-customer-policy-arn-fix = ARN には 12 桁の{ -account-id } (aws ではありません) を入れ、名前の前に policy/ を付けてください。
finding-name-not-created = { $value } ({ $path }) はこのテキストのどこでも作成されていません。{ $created_line } 行目で作成された { $created } のことですか?
finding-name-not-created-fix = 作成したときの名前 { $created } を使用してください。
finding-policy-name-unknown = テキストにあるポリシー名 { $value } は存在しません。{ $suggestion } のことですか?
finding-policy-name-unknown-fix = ポリシーは実際の名前 { $suggestion } で記述してください。
finding-command-policy-outdated = このコマンドは { $policy } を { $role } にアタッチします。現行のガイドでは、代わりに { $current } ({ $date } に AWS が公開) をアタッチします。
finding-command-policy-outdated-fix = { $policy } の代わりに { $current } をアタッチしてください。
finding-json-fragment-duplicate-key = この行を前のドキュメントに追加すると、1 つのオブジェクト内に { $key } が 2 回出現し、有効になる値は 1 つだけになります。
finding-json-fragment-duplicate-key-fix = 値は既存の { $key } に配列として追加してください: "{ $key }": ["…", "…"]。
finding-resource-no-principal = リソースベースのポリシーの { $path } に Principal がありません。
finding-resource-no-principal-fix = ステートメントの対象となる Principal を追加してください。

## EKS クラスター、EKS 自動モード、ECS タスク実行、EKS Pod Identity のロール。

finding-trust-action-missing = { -trust-policy }は { $principal } に必要なアクションの一部を許可していますが、{ $action } は許可していません。
finding-trust-action-missing-fix = rolecall repair は、同じ条件で { $principal } に { $action } を許可するステートメントを追加し、他のステートメントはそのまま残します。
finding-trust-scoped = { $principal } がこの{ -role }を引き受けられるのは、{ -session-tags }が次の条件を満たすポッドだけです: { $conditions }。
finding-trust-scoped-fix = 修正は不要です。これは{ -trust-policy }がこの{ -role }に与えている範囲です。意図した{ -cluster }、{ -namespace }、サービスアカウントが指定されていることを確認してください。
finding-audit-cluster-node-shared = { -role } { $role } は、{ -cluster-role }とノードの{ -role }の両方として使われています。ガイドでは、{ -cluster }の{ -role }をノードに使用することを認めていません。
finding-audit-cluster-node-shared-fix = ノード用に別の{ -role }を作成してノードに割り当ててから、{ -cluster }の{ -role }の{ -trust-policy }から EC2 を手動で削除してください。
finding-audit-confused-deputy = { -role } { $role } は、どのアカウントの代わりであっても { $principal } に引き受けを許可しています。{ -trust-policy }に aws:SourceAccount または aws:SourceArn の条件がありません ({ -confused-deputy }のリスク)。
finding-audit-confused-deputy-fix = Allow ステートメントに、aws:SourceAccount (自分の{ -account-id }) に対する StringEquals 条件、または aws:SourceArn (arn:aws:ecs:REGION:ACCOUNT:*) に対する ArnLike 条件を手動で追加してください。1 つのクラスターの ARN だけを指定するとタスクを起動できなくなるため、指定しないでください。rolecall が自ら信頼を狭めることはありません。
finding-audit-trust-unreadable = { -role } { $role } の{ -trust-policy }を読み取れません ({ $detail })。そのため audit は、この{ -role }が確認対象の用途のいずれかに使われているかどうかを判断できません。
finding-audit-trust-unreadable-fix = { -trust-policy }を手動で修正してから、audit をもう一度実行してください。rolecall は読み取れないドキュメントを上書きしません。
finding-permission-not-granted = ワークロードに必要な { $resource } に対する { $action } を許可するポリシーが、{ -role }にありません (このようなニーズは合計 { $count } 件)。
finding-permission-not-granted-fix = rolecall repair がガイドの{ -managed-policy }をアタッチします。独自のポリシーでそのアクションを許可することもできます。
finding-permission-denied = { $policy } の Deny ステートメント { $statement } により、{ -role }はワークロードに必要な { $resource } に対する { $action } を実行できません (このようなニーズは合計 { $count } 件)。
finding-permission-denied-fix = そのステートメントを手動で絞り込むか削除してください。rolecall がステートメントを削除することはありません。
finding-permission-blocked-by-boundary = { -permissions-boundary } { $policy } が { PRESENT($statement) ->
    [yes] { $resource } に対する { $action } を拒否しています (ステートメント { $statement })
   *[no] { $resource } に対する { $action } を許可していません
}。これは{ -role }のワークロードに必要です (このようなニーズは合計 { $count } 件)。{ -role }自身のポリシーは、アクセス許可の境界を超えるアクセス許可を付与できません。
finding-permission-blocked-by-boundary-fix = { -permissions-boundary }でそのアクションを手動で許可してください (または境界を削除してください)。rolecall が{ -permissions-boundary }を編集することはありません。
finding-permission-blocked-by-scp = { PRESENT($policy) ->
    [yes] { $target } にアタッチされた{ -scp } { $policy } が { $resource } に対する { $action } を拒否しています (ステートメント { $statement })
   *[no] { $target } にアタッチされたどの{ -scp } も { $resource } に対する { $action } を許可していません
}。これは{ -role }のワークロードに必要です (このようなニーズは合計 { $count } 件)。
finding-permission-blocked-by-scp-fix = その階層でアクションを許可するよう、組織の管理者に依頼してください。rolecall が{ -scp } を編集することはありません。
finding-permission-undecided = ワークロードに必要な { $resource } に対する { $action } を{ -role }が呼び出せるかどうかは、{ PRESENT($key) ->
    [yes] rolecall が値を知り得ない { $key } によって決まります
   *[no] 判定できません
} (このようなニーズは合計 { $count } 件)。
finding-permission-undecided-fix = その条件は手動で確認してください。rolecall は推測で判定しません。
finding-scps-not-read = アカウントの{ -scps } を読み取っていません ({ $value })。アクセス許可の判定では考慮されていません。
finding-scps-not-read-fix = 考慮に入れるには、組織の管理アカウント (または委任された管理者のアカウント) から rolecall を実行してください。
finding-policy-equivalent = { -managed-policy } { $policy } はアタッチされていませんが、このポリシーが付与するアクセス許可のうちワークロードに必要なものは、すべて{ -role }の他のポリシーが付与しています。ガイドは同等のアクセス許可を認めています。
finding-policy-equivalent-fix = 対応は不要です。rolecall repair はこのポリシーをアタッチしません。
finding-policy-missing-granted = { -managed-policy } { $policy } がアタッチされていません。このポリシーが付与するアクセス許可のうちワークロードに必要なものは、すべて{ -role }の他のポリシーが付与していますが、ガイドはこのポリシー自体を指定しています。
finding-policy-missing-granted-fix = ガイドどおりにする場合は手動でアタッチしてください。rolecall repair は、すでに付与されているものをアタッチしません。

## ポリシーの要素で IAM が想定するもの (policy-structure の { $expected }) と、JSON ではない
## テキストの問題点 (json-invalid の { $detail })。

policy-expected-document = Version と Statement を持つオブジェクト
policy-expected-document-key = Version、Id、Statement のいずれか
policy-expected-statements = ステートメントのオブジェクト、またはステートメントの空でない配列
policy-expected-statement = オブジェクト
policy-expected-statement-key = Sid、Effect、Principal、NotPrincipal、Action、NotAction、Resource、NotResource、Condition のいずれか
policy-expected-effect = "Allow" または "Deny"
policy-expected-string = 文字列
policy-expected-string-or-list = 文字列または文字列の配列
policy-expected-principal = "*"、またはプリンシパルの種類 (Service、AWS、Federated) に値を対応付けるオブジェクト
policy-expected-condition-operators = 条件演算子のオブジェクト
policy-expected-condition-keys = 条件キーのオブジェクト
policy-expected-condition-values = 文字列、ブール値、数値、またはそれらの配列
policy-expected-one-of-action-not-action = Action と NotAction のどちらか一方だけ
policy-expected-at-most-one-principal = Principal と NotPrincipal のうち多くとも一方
policy-expected-at-most-one-resource = Resource と NotResource のうち多くとも一方
json-syntax-eof = JSON が終わる前にテキストが終わっています
json-syntax-expected-colon = キーの後にコロン (:) がありません
json-syntax-expected-comma-or-end = カンマまたは閉じかっこがありません
json-syntax-expected-value = ここには値が必要です
json-syntax-key-not-string = オブジェクトのキーは二重引用符で囲んだ文字列でなければなりません
json-syntax-trailing-comma = カンマの後に値がありません
json-syntax-trailing-characters = JSON の後にさらにテキストがあります
json-syntax-invalid-string = 文字列に無効なエスケープ、制御文字、またはコードポイントが含まれています
json-syntax-invalid-number = 数値が無効であるか、範囲外です
json-syntax-too-deep = JSON の入れ子が深すぎます
json-syntax-too-large = テキストがどのポリシードキュメントよりも大きいため、読み取りませんでした
json-syntax-other = テキストは有効な JSON ではありません

## Issue 19 の項目 18 と 19: AWS GovCloud (US) の Fargate 上の Amazon EKS、置き換え後のポリシーより広い権限を持つ古いポリシー。
finding-fargate-unavailable = パーティション { $partition } (AWS GovCloud (US)) では Fargate 上の Amazon EKS を利用できません。そこでこの{ -role }を使用できるポッドはありません。
finding-fargate-unavailable-fix = 修復するものはありません。rolecall は { $partition } に{ -pod-execution-role }を作成しません。ポッドはノードで実行するか、別のパーティションの Fargate で実行してください。
finding-policy-superseded-wider = { $current } と、それによって置き換えられた古い { $policy } の両方がアタッチされています。IAM はアタッチされたすべてのポリシーのアクセス許可を合算するため、{ $policy } のより広いアクセス許可は有効なままです。
finding-policy-superseded-wider-fix = rolecall repair --replace-outdated を実行すると { $policy } がデタッチされます。

## EKS クラスターとそのロールの結び付きについて doctor が見つけるもの (issue 21)。
finding-fargate-role-node-group-shared = { -fargate-profile } { $fargate_profile } が使う { $role } は、{ -node-group } { $node_group } のノード{ -role }でもあります。Fargate のガイドでは専用の{ -role }が必要です。
finding-fargate-role-node-group-shared-fix = 別の{ -pod-execution-role }を作成し (rolecall create fargate-pod-execution --cluster …)、それを使う新しい{ -fargate-profile }を作成してください。
finding-fargate-profile-not-trusted = { $role } の{ -trust-policy }は { -fargate-profile } { $fargate_profile } を許可していません。その ARN { $source_arn } が許可されていません{ PRESENT($statement) ->
    [yes] {" "}(ステートメント { $statement }、{ $key })
   *[no] {""}
}。ポッドは Pending のままになります。
finding-fargate-profile-not-trusted-fix = このクラスターの ARN を --cluster に指定して rolecall repair fargate-pod-execution --role-name … を実行すると、プロファイルのクラスターが aws:SourceArn 条件に追加されます。
finding-fargate-profile-trust-undecided = { $role } の{ -trust-policy }が { -fargate-profile } { $fargate_profile } を許可するかどうかは、rolecall が知ることのできない値 { $key } (ステートメント { $statement }) によって決まります。
finding-fargate-profile-trust-undecided-fix = その条件を手動で確認してください。rolecall は推測しません。
finding-access-entry-missing = この{ -cluster }は{ -access-entries }のみを使いますが、{ $role } にはタイプ { $entry_type } の{ -access-entry }がありません{ PRESENT($found) ->
    [yes] {" "}(既存のエントリのタイプは { $found })
   *[no] {""}
}。そのノードまたはポッドは{ -cluster }に参加できません。
finding-access-entry-missing-fix = aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type } (誤ったタイプのエントリは先に削除してください)。
finding-access-entry-missing-aws-auth = { $role } にはタイプ { $entry_type } の{ -access-entry }がありません{ PRESENT($found) ->
    [yes] {" "}(既存のエントリのタイプは { $found })
   *[no] {""}
}。{ -authentication-mode } API_AND_CONFIG_MAP では、rolecall が読み取れない aws-auth ConfigMap でマッピングされている可能性があります。
finding-access-entry-missing-aws-auth-fix = aws-auth を確認するか (kubectl -n kube-system get configmap aws-auth)、エントリを作成してください: aws eks create-access-entry --cluster-name CLUSTER --principal-arn { $role } --type { $entry_type }。
finding-access-policy-missing = { -auto-mode }のノード{ -role } { $role } の{ -access-entry }に { $policy } が関連付けられていません。Auto Mode のノードは参加できません。
finding-access-policy-missing-fix = aws eks associate-access-policy --cluster-name CLUSTER --principal-arn { $role } --policy-arn arn:aws:eks::aws:cluster-access-policy/{ $policy } --access-scope type=cluster
finding-access-entry-stale = { $role } の{ -access-entry }は { $entry_created } に作成され、{ -role } ({ $role_created }) より古いものです。同じ ARN の削除された{ -role }のエントリであり、もう機能しません。
finding-access-entry-stale-fix = エントリを削除して作成し直してください: aws eks delete-access-entry の後、同じ --principal-arn と --type で aws eks create-access-entry を実行します。
finding-access-entry-role-missing = タイプ { $entry_type } の{ -access-entry }が、存在しない { $role } を指定しています。
finding-access-entry-role-missing-fix = エントリを削除するか (aws eks delete-access-entry --principal-arn { $role })、{ -role }を作成してからエントリを作成し直してください。
finding-aws-auth-unread = { -cluster } { $cluster } は{ -authentication-mode } CONFIG_MAP です。{ -roles }は aws-auth ConfigMap でマッピングされますが、これは rolecall が読み取れない Kubernetes オブジェクトなので、マッピングは確認されません。
finding-aws-auth-unread-fix = kubectl -n kube-system get configmap aws-auth で aws-auth を確認するか、{ -access-entries }に移行してください (aws eks update-cluster-config --access-config authenticationMode=API_AND_CONFIG_MAP)。
finding-aws-auth-role-path = { $role } にはパスがあります。aws-auth では、パスを除いた { $value } と書いた場合にのみ一致します。
finding-aws-auth-role-path-fix = aws-auth には rolearn: { $value } と書いてください。
finding-oidc-provider-missing = { -roles } ({ $roles }) は{ -cluster }の OIDC 発行者 { $issuer } を信頼していますが、アカウントにはその{ -oidc-provider }がありません。ポッドはこれらのロールを引き受けられません。
finding-oidc-provider-missing-fix = eksctl utils associate-iam-oidc-provider --cluster CLUSTER --approve、または aws iam create-open-id-connect-provider --url { $issuer } --client-id-list sts.amazonaws.com
finding-pod-identity-tags-rejected = { $role } は { -pod-identity } を信頼していますが、{ $namespace }/{ $service_account } は対象外です。EKS がこの関連付けに設定する{ -session-tags }がステートメント { $statement } ({ $key }) を満たしません。
finding-pod-identity-tags-rejected-fix = { $key } の条件をこの関連付けが含まれるように広げるか、別の{ -role }を関連付けてください。
finding-pod-identity-tags-undecided = { $role } が { $namespace }/{ $service_account } を許可するかどうかは、ポッドごとに異なり rolecall が知ることのできない { $key } (ステートメント { $statement }) によって決まります。
finding-pod-identity-tags-undecided-fix = その条件を手動で確認してください。rolecall は推測しません。
finding-pod-identity-target-not-trusted = ターゲット{ -role } { $role } は、関連付けの{ -role } { $principal } による引き受けを許可していません{ PRESENT($statement) ->
    [yes] {" "}(ステートメント { $statement }、{ $key })
   *[no] {""}
}。
finding-pod-identity-target-not-trusted-fix = ターゲット{ -role }の{ -trust-policy }に、{ $principal } に sts:AssumeRole と sts:TagSession を許可し、関連付けの外部 ID を sts:ExternalId とするステートメントを追加してください。
finding-pod-identity-target-undecided = ターゲット{ -role } { $role } が { $principal } による引き受けを許可するかどうかは、rolecall が知ることのできない値 { $key } (ステートメント { $statement }) によって決まります。
finding-pod-identity-target-undecided-fix = その条件を手動で確認してください。rolecall は推測しません。
finding-eks-not-read = { $api } を読み取れませんでした ({ $value })。それによって決まる内容は推測せず、除外しています。
finding-eks-not-read-fix = 呼び出し元に { $api } の呼び出しを許可するか、それを提供するエンドポイントに対して実行してください。
