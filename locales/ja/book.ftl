## 生成されるブック (cargo xtask book)。事実 (名前、ARN、ドキュメント) はロールのモデルから取得します。
## これらのメッセージは、その周りの文章だけです。

book-title = rolecall
book-languages = 言語:
book-chapter-intro = はじめに
book-install-heading = インストール
book-install-body = rolecall は単一のバイナリです。リポジトリをチェックアウトし、Cargo でビルドします:
book-try-heading = mock バックエンドで試す
book-try-body = mock バックエンドは、IAM のルール、クォータ、エラーコードを再現したローカルの IAM サンドボックスです。状態は $XDG_STATE_HOME/rolecall/mock-iam.json (--state ファイル を指定した場合はそのファイル) に保存されます。アカウントは 111122223333 です。 状態ファイルは本人だけが読めるように (0600) 作成され、書き換えてもアクセス権は保たれます。状態ファイルへのシンボリックリンクはリンクのまま残ります。
book-account-heading = AWS アカウントに接続する
book-account-body = デフォルトのバックエンドは AWS です。rolecall は AWS CLI と同じ方法で認証情報を探し (環境変数、共有設定ファイルと認証情報ファイル、SSO、ウェブ ID、コンテナとインスタンスのメタデータ)、--profile、--region、--endpoint-url の指定に従います。パーティションはリージョンによって決まります。cn-* は aws-cn、us-gov-* は aws-us-gov です。 IAM 呼び出しの各試行は、AWS CLI と同様に接続を最大 60 秒 (--cli-connect-timeout)、応答を最大 60 秒 (--cli-read-timeout) 待ち、再試行を含む呼び出し全体は最大 120 秒 (--operation-timeout) です。そのため、応答しなくなったエンドポイントでは終了ステータス 3 で実行が終わります。サーバーが送り返してきた場合でも、シークレットアクセスキーやセッショントークンが表示されることはありません。

book-who = この{ -role }を引き受けるプリンシパル: { $principal }
book-fargate-pod-execution-notes = この{ -role }は { -fargate-profile }で指定します。EKS はこの{ -role }を{ -cluster }の Kubernetes RBAC に追加し、Fargate 上の kubelet がノードとして登録できるようにします。ポッド内のコンテナはこの{ -role }の権限を使用できないため、コンテナには{ -irsa } で権限を付与してください。この{ -role }は、EC2 ノードグループの { -node-role }とは別のものにする必要があります。
book-eks-node-notes = ノードは{ -instance-profile }を通じてこれらの権限を受け取ります。{ -cluster }の作成に使用した{ -role }をこの{ -role }として使用することはできません。また、{ -fargate-profile }の { -pod-execution-role }とは別の{ -role }にする必要があります。
book-ecs-instance-notes = ECS コンテナエージェントと Docker デーモンは、{ -instance-profile }を通じてこの{ -role }を使用し、AWS API を呼び出します。外部インスタンス (ECS Anywhere) には Systems Manager の権限も必要ですが、この{ -role }には含まれていません。

book-definition-heading = 定義
book-definition-intro = rolecall では、{ $command } でこの定義を表示できます (ここでは --output json の形式で示します):
book-trust-multi = 複数の{ -cluster }を対象にする場合は、すべての { -fargate-profile }のパターンを、1 つの aws:SourceArn キーの値として 1 つの配列にまとめます (1 つのオブジェクトに同じ名前のキーが 2 つあると、警告なしに一方がもう一方を上書きします):
book-trust-all-regions = アカウントのすべてのリージョンにある同じ名前の{ -cluster }を対象にする場合は、リージョンを * にします:
book-trust-all-clusters = アカウントのすべてのリージョンにあるすべての{ -cluster }を対象にする場合:

book-optional-heading = オプションの権限
book-col-flag = オプション
book-col-policy = ポリシー
book-needs-heading = { -role }のワークロードが行うこと
book-needs-intro = 以下の各ニーズは、リソースのセットに対する 1 つのアクションと、{ -managed-policy }が条件で調べる場合にサービスが送信するコンテキストキーです。ニーズは、ガイドがアタッチする{ -managed-policies }から導かれます。rolecall はそのドキュメント (rolecall が固定する moto のリリースにあるデフォルトバージョン) を保持しています。すべてのニーズがそのセットのすべてのリソースについて、これらのポリシーまたは同等のポリシーによって許可されていれば、{ -role }は役目を果たせます。
book-needs-auto-mode = { -auto-mode }では、{ -role }には次のニーズもあります。
book-needs-users-own = この{ -role }はニーズを宣言しません。権限はユーザーが選ぶもので、rolecall は信頼関係だけを確認します。
book-col-action = アクション
book-col-resources = リソース
book-col-context = コンテキストキー
book-col-how = 付与方法
book-grant-managed = { -aws-managed-policy }をアタッチ
book-grant-customer = { -customer-managed-policy }をアカウントに作成してアタッチ
book-grant-inline = { -inline-policy }として追加
book-permission-cni-ipv4 = --cni ipv4 は、IPv4 { -cluster }用の AmazonEKS_CNI_Policy をアタッチします。現在のガイダンスでは、このポリシーは代わりに{ -irsa } を使用して aws-node の { -service-account }の{ -role }にアタッチすることが推奨されているため、rolecall はこれを注記として報告します。
book-permission-cni-ipv6 = --cni ipv6 は、ガイドにある IPv6 用のポリシー (AmazonEKS_CNI_IPv6_Policy) をアカウントに作成してアタッチします。{ -irsa } に関する推奨事項はこちらにも当てはまります。
book-permission-ecr-pull = --with ecr-pull は、ガイドにある 4 つの ECR アクションを要求します。これら 4 つはすべて、どのコンテナインスタンスの{ -role }にもアタッチされている AmazonEC2ContainerServiceforEC2Role ですでに付与されているため、rolecall はこの権限のために何も作成しません。show はこの権限を付与済みとして表示し、create はそれ以上何も作成せず、check がこの権限の不足を報告することもありません。別途コピーを作成しても{ -managed-policy }と重複するだけで、いずれ内容に差異が生じます。
book-permission-cloudwatch-logs = --with cloudwatch-logs は、ガイドにある CloudWatch Logs のポリシー (cwlogspolicy) をパーティションに合った ARN で作成し、アタッチします。
book-permission-s3-read-only = --with s3-read-only は AmazonS3ReadOnlyAccess をアタッチし、インスタンスがプライベートバケットから ecs.config を読み取れるようにします。

book-check-heading = 既存の{ -role }の確認
book-search-names = --role-name を指定しない場合、rolecall はまずガイドでの名前を探し、見つからなければ、ガイドの指示どおりに次のいずれかを名前に含む{ -role }を探します: { $names }
book-with-rolecall = rolecall を使用する場合:
book-with-aws-cli = AWS CLI を使用する場合 (rolecall が並行して送信するのと同じ呼び出しです):
book-create-heading = { -role }の作成

book-partitions-heading = パーティション
book-partitions-intro = { -role }はすべてのパーティションで同じです。異なるのは、ARN のプレフィックスと、中国での EC2 の{ -service-principal }だけです。
book-col-partition = パーティション
book-col-policies = ポリシー

book-errata-heading = ガイドの誤りと古い記述
book-erratum-fargate-placeholders-swapped = スペイン語版のガイドでは、111122223333 を{ -cluster }名に、my-cluster を{ -account-id } に置き換えるよう説明されていますが、これは逆です。111122223333 は{ -account-id }、my-cluster は{ -cluster }名です。
book-erratum-fargate-old-trust = 古い日本語版のガイドの{ -trust-policy }には、aws:SourceArn 条件がありません。現行のガイドでは、{ -confused-deputy }問題への対策として{ -cluster }ごとにこの条件を追加しています。rolecall check と rolecall lint は、この条件がない{ -trust-policy }について警告します。
book-erratum-fargate-duplicate-key = ガイドでは、別の{ -cluster }用に「aws:SourceArn」の行をもう 1 行追加するよう提案していますが、1 つのオブジェクト内に同じ名前のキーが 2 つあると、一方がもう一方を上書きします。rolecall はすべてのパターンを 1 つの配列にまとめます。rolecall lint は、重複したキーと、すでにそのキーを持つドキュメントに追加するよう示された行を報告します。
book-erratum-fargate-region-code = region-code、my-cluster、111122223333 はプレースホルダーです。region-code が残ったままの{ -trust-policy }は、何にも一致しません。rolecall lint は、ドキュメントに残っているプレースホルダーを報告します。
book-erratum-node-pull-only = 古い日本語版のガイドでは、AmazonEC2ContainerRegistryReadOnly が求められています。現行のガイドで求められているのは、AWS が { $date } に公開した AmazonEC2ContainerRegistryPullOnly です。古いガイドにある 2023-10-03 は別の変更で、この日以降、マネージドノードグループの{ -role }には、名前の挙がった{ -managed-policies }の代わりに同等のアクセス許可を付与できるようになりました。rolecall は ReadOnly について警告し、修復時には PullOnly をアタッチします (--replace-outdated を指定すると、ReadOnly のデタッチも行います)。rolecall lint は、ReadOnly をノードの{ -role }にアタッチするコマンドについて警告します。
book-erratum-node-arn-space = 繁体字中国語版のガイドでは、「arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy」のように、ポリシー ARN にスペースが入っています。IAM はこのような ARN を受け付けません。rolecall lint は、コマンドとドキュメントにある形式が正しくない ARN を、正しい ARN とともに 1 つずつ報告します。
book-erratum-node-cn-principal = 中国 (aws-cn) では、EC2 の{ -service-principal }は ec2.amazonaws.com.cn です。ガイドに記載されている ec2.amazonaws.com ではありません。
book-erratum-node-cni-irsa = VPC CNI のポリシーは今でもノードの{ -role }の手順に含まれていますが、ガイドでは、代わりに aws-node の { -service-account }専用の{ -role }を使用することが推奨されています。そのため、rolecall はこのポリシーを --cni を指定した場合にのみ追加します。
book-erratum-ecs-policy-name = スペイン語版のガイドの本文では、ポリシー名が「AmazonEC2ContainerServiceRoleForEC2Role」となっています。コマンドで使用されている実際の名前は AmazonEC2ContainerServiceforEC2Role で、パスは service-role/ です。rolecall lint は、存在しないポリシー名を記載したテキストについて、最も近い実際の名前とともに警告します。
book-erratum-ecs-s3-arn = ガイドにある「arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess」は、コロンが 1 つ多くなっています。正しい ARN は arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess です。rolecall lint は、修正後の ARN とともにこれを報告します。
book-erratum-ecs-cwlogs-arn = ガイドにある「arn:aws:iam:111122223333:aws:policy/cwlogspolicy」は、形式が正しくありません。{ -customer-managed-policy }の ARN は arn:aws:iam::111122223333:policy/cwlogspolicy です。rolecall lint は、修正後の ARN とともにこれを報告します。
book-erratum-ecs-cwlogs-query = ガイドにある list-policies のクエリは「cwlogsppolicy」を検索していますが、これは直前に作成した cwlogspolicy のスペルミスです。rolecall lint は、コマンドで使われているのにテキストのどこでも作成されていない名前を、似ている作成済みの名前とともに報告します。
book-erratum-ecs-logs-partition = ガイドにある CloudWatch Logs のポリシーでは、arn:aws: がハードコードされています。aws-cn と aws-us-gov では、rolecall はそのパーティション独自のプレフィックスを書き込みます。
book-erratum-ecs-ecr-covered = ガイドでは ECR の権限を独立したドキュメントとして示していますが、同じガイドでアタッチする AmazonEC2ContainerServiceforEC2Role に 4 つのアクションはすべて含まれています。rolecall は --with ecr-pull に対して何も追加しません。

book-chapter-findings = 検出結果
book-role-findings = rolecall が報告するすべての検出結果について、その意味と対処方法を「検出結果」の章にまとめています。
book-findings-intro = 各検出結果には、変わることのないコード (スクリプトで照合に使用できます)、重要度、使用言語でのメッセージがあります。エラーは、{ -role }が役割を果たさないか、ドキュメントが有効でないことを意味します。警告は、機能はするものの、現行のガイダンスやセキュリティ上の推奨事項に反していることを意味します。注記は参考情報です。
book-col-severity = 重要度
book-col-fix = 対処方法

book-chapter-cli = コマンドライン
book-cli-intro = 以下のヘルプは、rolecall 自体のコマンドライン定義から生成されています。

book-chapter-exit = 終了ステータス
book-exit-intro = rolecall の終了ステータスは、パイプラインやスクリプトで利用できるように、今後も変わらない値になっています。
book-col-status = ステータス
book-col-meaning = 意味
book-exit-0 = 成功: { -role }が役割を果たしている (警告は表示されます)、計画を実行した、またはドキュメントに問題がない場合です。
book-exit-1 = 検出結果あり: エラーがある (--strict 指定時は警告も含みます)、rolecall が判定できない信頼の判定がある、lint の検出結果がある、または create や repair の後にエラーが残るか、rolecall 自身の評価で変更が拒否されたために何も書き込まなかった場合です。
book-exit-2 = 入力が無効: メッセージに、該当する値と指定できる内容が示されます。IAM には何も送信されず、何も書き込まれていません。
book-exit-3 = バックエンドのエラー: 認証情報がない、アクセスが拒否された、エンドポイントに到達できない、タイムアウトした、再試行後もスロットリングされた、その他の IAM エラー、または mock の状態ファイルの問題です。

book-chapter-json = JSON 出力
book-json-intro = --output json を指定すると、どのコマンドも JSON オブジェクトを 1 つ出力します。キーと検出結果のコードは変わることのない英語の値で、使用言語に従うのはメッセージのフィールドだけです。
book-json-show = あるコンテキストにおける{ -role }の定義。
book-json-check = 確認の結果 (ok、missing、drift、undecided のいずれか)、検出結果、信頼の判定。信頼の判定は、サービスが{ -role }を引き受けられるかどうか (assumable) と、Fargate の{ -role }の場合は、指定した各{ -cluster }のすべての { -fargate-profile }が引き受けられるかどうか (covered) を示します。各判定は true または false で、rolecall が知り得ない値に左右される場合は null です。
book-json-create = create と repair: 計画、IAM API での名前で示した各アクション、そのアクションを実行したかどうか、同等の aws iam コマンド。blocked は何も書き込まなかった理由を示し、left は計画の実行後に check が報告する検出結果を一覧表示します。
book-json-lint = テキスト内で見つかったポリシードキュメントと aws iam コマンド、および検出結果です。各検出結果には、そのドキュメントまたはコマンドが始まる行 (と列) が含まれます。document は、ファイル全体が 1 つのドキュメントである場合はその種類、それ以外の場合は text です。
book-json-error = 失敗したコマンドは、どれもこのオブジェクトを出力します (メッセージは標準エラー出力にも表示されます)。

book-chapter-permissions = rolecall に必要な IAM 権限
book-permissions-intro = rolecall permissions コマンド は、プリンシパルがそのコマンドを実行するのに必要な最小権限のポリシーを表示します。check は読み取りだけを行います。
book-findings-verdict = サービスが{ -role }を引き受けられるかどうかは、IAM と同じ方法で判定します。明示的な Deny が優先され、Allow はその Principal、Action、すべての条件が一致する場合にのみ適用されます。rolecall が知り得ない値 (時刻、組織、リクエストタグ) に対する条件がある場合、判定は判定不能となり、正常とはみなしません。Fargate の{ -role }の場合、{ -cluster }が対象に含まれるとみなすのは、その{ -cluster }が持ちうるすべての { -fargate-profile }が、名前にかかわらず{ -role }を引き受けられる場合だけです。repair は追加だけを行い (ステートメント、または他の条件がそのパターンを妨げない Allow ステートメントへの{ -cluster }のパターン)、書き込む前に結果を評価します。変更によって以前は許可されていたものが拒否される場合や、指定した{ -cluster }が依然として対象に含まれない場合は、何も書き込みません。

## 追加分: パーティションに関する事実、正誤表、テキストの lint
book-partitions-intro-fargate = aws と aws-cn では{ -role }は同じです。異なるのは ARN のプレフィックスだけです。{ -service-principal }の eks-fargate-pods.amazonaws.com には、中国でも .cn の形式はありません。aws-us-gov では Fargate 上の Amazon EKS を利用できないため、そこにこの{ -role }はありません。
book-erratum-node-ipv6-partition = ガイドにある VPC CNI 用の IPv6 ポリシーでは、arn:aws: がハードコードされています。aws-cn と aws-us-gov では、rolecall はそのパーティション独自のプレフィックスを書き込みます。
## EKS クラスター、EKS 自動モード、ECS タスク実行、EKS Pod Identity のロール。
book-eks-cluster-notes = EKS の{ -cluster }にはそれぞれ { -cluster-role }が必要です。EKS はこのロールを引き受けて{ -cluster }のノードを管理し、レガシークラウドプロバイダーはこのロールを使用してロードバランサーを作成します。ガイドでは AmazonEKSClusterPolicy、または少なくとも同等の権限を持つカスタムポリシーを認めています。rolecall はガイドの他のマネージドポリシーと同様に AmazonEKSClusterPolicy を確認し、アタッチされていなければ報告します (カスタムポリシーとの比較はユーザーに任されます)。ガイドではなく rolecall 独自の推奨事項: ノードにこの{ -role }を使用させないでください (audit は両方を兼ねる{ -role }を報告します)。
book-eks-auto-node-notes = { -auto-mode }は、この{ -role }で{ -cluster }のノードを起動します。ガイドでは AmazonEKSWorkerNodeMinimalPolicy と AmazonEC2ContainerRegistryPullOnly、または同等の権限を認めており、{ -cluster }の作成に使用した{ -role }は使用できないと記載されています。ガイドではなく rolecall 独自の推奨事項: { -cluster-role }とも同じものにしないでください。
book-ecs-task-execution-notes = ECS コンテナエージェントと Fargate エージェントは、この{ -role }を引き受けて、Amazon ECR のプライベートリポジトリからイメージをプルし、awslogs ドライバーでコンテナのログを送信し、タスク定義が参照するシークレットを読み取ります。タスク自身のコンテナはこのロールを使用できず、タスクの{ -role }を使用します。{ -trust-policy }はガイドのとおり、条件なしの ecs-tasks.amazonaws.com です。AWS は ECS タスクが引き受ける{ -roles }に aws:SourceAccount または aws:SourceArn の条件 (arn:aws:ecs:REGION:ACCOUNT:*。1 つのクラスターの ARN はタスクを起動できなくなるため不可) を推奨していますが、この{ -role }のガイドには条件がありません。そのため create は条件を書き込まず、check はどちらの形も受け入れ、audit はどのアカウントのタスクでも引き受けられるタスク実行{ -role }について警告します。
book-eks-pod-identity-notes = { -pod-identity } は、Kubernetes サービスアカウントのポッドに IAM { -role }の認証情報を提供します。ガイドが定めているのは{ -trust-policy }だけで、pods.eks.amazonaws.com に sts:AssumeRole と sts:TagSession を許可します (サービスが{ -session-tags }を渡すため)。この{ -role }の権限はユーザーが決めるものなので、rolecall は{ -trust-policy }だけを確認・修復し、{ -role }の名前 (--role-name) を必要とします。
book-ecs-task-execution-verdict = ECS はタスクのためにこの{ -role }を引き受けます。rolecall は、aws:SourceAccount をこのアカウント、aws:SourceArn をこのアカウントの任意のタスク ARN としてこのリクエストを評価し、アカウントのいずれかのタスクが引き受けられる場合に、引き受け可能と判定します。
book-eks-pod-identity-verdict = { -session-tags }は、ポッドの{ -cluster } (eks-cluster-arn、eks-cluster-name)、{ -namespace } (kubernetes-namespace)、サービスアカウント (kubernetes-service-account)、ポッド自体 (kubernetes-pod-name、kubernetes-pod-uid) を示します。関連付けでタグを無効にすることもできます。aws:RequestTag/… キーに対する条件は、この{ -role }を一部のポッドに限定します。rolecall は、条件が区別するタグ値のすべての組み合わせについて{ -trust-policy }を評価し、ある範囲のポッドが引き受けられる場合に引き受け可能と判定して、その範囲を報告します (trust-scoped の注記と、JSON の判定の scope)。それ以外の条件は IAM の評価どおりに扱います。EKS Pod Identity は aws:SourceAccount や aws:SourceArn を文書化していないため、これらに対する条件があると判定は未確定になります。
book-auto-mode-heading = EKS 自動モード
book-auto-mode-intro = { -auto-mode }では、{ -cluster-role }にさらに多くのものが必要です。--auto-mode を指定すると、名前は { $name } になり、サービスが { $actions } も呼び出せるようにし、{ $policies } もアタッチします (ここでは --output json で表示しています):
book-auto-mode-repair = 標準の{ -cluster }用に作成した { -cluster-role }には、これらが欠けています。check --auto-mode は不足しているポリシーとアクションをそれぞれ報告し、repair --auto-mode は何も削除せずにそれらを追加します (sts:TagSession は、sts:AssumeRole をすでに許可しているステートメントと同じ条件で、独立したステートメントとして追加されます)。
book-grant-scoped = --secret で指定したリソースに対する{ -inline-policy }
book-permission-secrets = --with secrets は、Amazon ECS のシークレット用にガイドの{ -inline-policy } (ssm:GetParameters、secretsmanager:GetSecretValue、kms:Decrypt) を追加し、タスク定義が参照する Systems Manager のパラメータと Secrets Manager のシークレットをコンテナエージェントが読み取れるようにします。
book-permission-private-registry = --with private-registry は、プライベートレジストリ認証用にガイドの{ -inline-policy } (secretsmanager:GetSecretValue、kms:Decrypt) を追加し、レジストリの認証情報を保持するシークレットをエージェントが読み取れるようにします。
book-secrets-model = ガイドのドキュメントは、ユーザーのシークレットとキーをそれぞれ 1 つずつ指定しています。アカウントのすべてのシークレットとキーを対象にするポリシーでは、どのタスクでもそれらをすべて読み取れてしまいます。そのため rolecall は、--secret で指定した ARN を使ってガイドのドキュメントを書き込みます。タスクが読み取るシークレット、パラメータ、カスタマー管理の KMS キーごとに繰り返し指定してください (kms:Decrypt が必要なのは自分のキーの場合だけです)。check はポリシーをこのドキュメントと比較するため、同じ --secret の値で実行してください。同じ名前で別のリソースを指定しているポリシーは報告されるだけで、上書きされることはありません。
book-name-required = ガイドでは、この{ -role }に名前も検索する名前も定めていません。--role-name で名前を指定してください。
book-eks-cluster-partitions = 中国のページでも、他のパーティションと同様に .cn なしの eks.amazonaws.com が示されています。aws-us-gov でも rolecall は eks.amazonaws.com を書き込みます。GovCloud のプリンシパルを確認できる AWS のページは見つからず、他の表記も知られていません。
book-eks-auto-node-partitions = この{ -role }の中国のページでは、ノードの{ -role }のガイドと同じく ec2.amazonaws.com が示されています。ノードの{ -role }については、中国の EKS ノードグループは ec2.amazonaws.com.cn のない{ -role }を拒否するため (エラーメッセージにそう示されます)、rolecall はそちらではその形式を書き込みます。{ -auto-mode }でその形式が必要かどうかは確認されていないため、aws-cn では rolecall はページどおり ec2.amazonaws.com を書き込み、確認時にはどちらも検出結果なしで受け入れます。
book-ecs-task-execution-partitions = ECS タスクは、中国を含むすべてのパーティションで ecs-tasks.amazonaws.com を使用します。aws-us-gov については、rolecall が見つけた AWS のページでは確認できておらず、他の表記も知られていません。
book-eks-pod-identity-partitions = 中国のページでは .cn なしの pods.eks.amazonaws.com が示されています。aws-us-gov については、rolecall が見つけた AWS のページでは確認できておらず、他の表記も知られていません。
book-history-heading = 履歴
book-eks-cluster-history = { $required_until }より前は、各{ -cluster }の{ -role }に AmazonEKSClusterPolicy そのものが必要でした。それ以降は、同等の権限を持つカスタムポリシーも認められています。{ $service_until }より前は AmazonEKSServicePolicy も必要で、推奨される名前は eksServiceRole でした。その権限はサービスにリンクされた{ -role } AWSServiceRoleForAmazonEKS に引き継がれたため、rolecall がこのポリシーを求めることはありません。
book-erratum-cluster-auto-check-step = 自動モードのクラスター{ -role }のガイドは 5 つのポリシーを挙げていますが、既存の{ -role }を確認する手順では AmazonEKSClusterPolicy しか確認していません。rolecall は --auto-mode で 5 つすべてを確認します。
book-erratum-auto-node-one-of-names = 自動モードのノード{ -role }のガイドは「これらの名前のいずれかを持つ」{ -role }を検索するよう指示していますが、挙げている名前は AmazonEKSAutoNodeRole の 1 つだけです。
book-erratum-task-execution-policy-path = ガイドの以前の版では arn:aws:iam::aws:policy/AmazonECSTaskExecutionRolePolicy をアタッチしており、パス service-role/ が抜けています。このポリシーの ARN は arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy です。
## Manual pages, the landing page, the role diagrams and infrastructure as code.
man-manual = rolecall マニュアル
man-name = 名前
man-synopsis = 書式
man-description = 説明
man-examples = 例
man-exit-status = 終了ステータス
man-version = バージョン
man-see-also = 関連項目
book-all-languages = すべての言語
book-landing-pitch = rolecall は、EKS と ECS のコンピューティングに必要な IAM ロールを、AWS のガイドの定義どおりに確認、作成、修復します。指示がない限り、何も削除しません。
book-landing-open = 日本語の本を読む
book-diagram-title = { $role }: 引き受けるプリンシパル、ロール、ポリシー
book-diagram-principal = { -role }を引き受ける{ -service-principal }
book-diagram-condition = { $key } が次に一致する場合のみ ({ $operator }):
book-diagram-assumes = sts:AssumeRole
book-diagram-role = IAM { -role }
book-diagram-path = パス
book-diagram-profile = { -instance-profile }
book-diagram-contains = { -role }を含む
book-diagram-policies = アタッチされたポリシーとインラインポリシー
book-diagram-aws-managed = { -aws-managed-policy }
book-diagram-customer-managed = { -customer-managed-policy }
book-diagram-inline = { -inline-policy }
book-diagram-optional = オプション: { $flag }
book-diagram-covers = { $flag } の権限を含みます
book-iac-heading = Infrastructure as Code
book-iac-intro = 同じ定義を、CloudFormation テンプレートまたは AWS プロバイダー用の Terraform 設定として示します。ARN のパーティションはスタックから取得し、--account を指定しない場合、aws:SourceArn のパターンのアカウントもスタックから取得します。{ -customer-managed-policy }は独立したリソースになり、{ -inline-policy }は AWS::IAM::RolePolicy または aws_iam_role_policy になります。
book-iac-cloudformation = CloudFormation ({ $command } の出力):
book-iac-terraform = Terraform ({ $command } の出力):

## Typed seams (issue 12c): the JSON chapter from the report types and their schemas, the
## command-line chapter's table of options from the flag table.
book-json-notation = 以下の形は、オブジェクトの JSON スキーマから TypeScript の表記で示しています。string、number、boolean はその型の値、| はキーが取り得る値の区切り、T[] はリストを表し、? が付いたキーは存在しない場合があります。… だけを含むオブジェクトはポリシードキュメントです。
book-json-schema = JSON スキーマ: { $link }
book-json-roles = rolecall が扱うすべての{ -role }の種類。使用言語での名前、ガイドでの{ -role }名 (ガイドに名前がない場合は null)、信頼する{ -service-principal }、{ -managed-policies }、--cni と --with で追加できるオプションのアクセス許可を示します。
book-json-repair = repair は create と同じオブジェクトを出力します。計画、その実行結果、実行後に check が報告する内容です。
book-json-audit = rolecall が扱う用途に使われているアカウント内のすべての{ -role } (check と同じキーとその種類)、アカウント全体に関する検出結果 (account_findings)、および件数です。
book-json-audit-organization = audit --organization と audit --accounts: 各アカウントの監査結果です。account_id、組織でのアカウント名、ステータス ok を示すか、ステータス failed と読み取れなかった原因のエラーを示します。最後にアカウント全体の件数が続きます。
book-json-audit-organization-line = --output jsonl を指定すると、audit --organization は結果が届くたびに 1 行に 1 つのオブジェクトを出力します。各{ -role } (type role) とアカウント全体に関する各検出結果 (type account_finding)、続いてそのアカウント (type account)、最後に集計 (type summary) です。集計以外のオブジェクトには、その account_id が含まれます。
book-json-permissions = コマンドに必要な最小権限の IAM ポリシー。--organization を指定した場合は、呼び出し元のポリシー、メンバー{ -role }、メンバー{ -role }のアクセス許可ポリシーと{ -trust-policy }です。
book-json-mock-serve = mock serve が処理を始める前に出力する最初の行。待ち受けている URL と、提供している状態ファイルです。
book-cli-flags-heading = オプションと引数
book-col-value = 値
book-col-commands = コマンド
book-cli-global = すべてのコマンド

## Issue 19 の項目 18 と 19: AWS GovCloud (US) の Fargate 上の Amazon EKS、AmazonEKSBlockStoragePolicyV2。
book-partition-no-fargate = ここでは Fargate 上の Amazon EKS を利用できません (AWS GovCloud (US) ユーザーガイド)。rolecall show と create はこの{ -role }を拒否し (終了ステータス 2)、check と audit はそれを報告します (fargate-unavailable)。
book-erratum-cluster-block-storage-v2 = 自動モードのクラスター{ -role }のガイドは AmazonEKSBlockStoragePolicy を挙げていますが、AWS は { $block_storage_date } に AmazonEKSBlockStoragePolicyV2 を公開しました。V2 は、スナップショットからのボリューム作成とボリュームのスナップショット作成を{ -cluster }自身のリソースに限定しており、AWS の現行の自動モードのセットアップは V2 をアタッチします。IAM はアタッチされたすべてのポリシーのアクセス許可を合算するため、V2 と並べて残した古いポリシーのより広いアクセス許可は有効なままです。rolecall は V2 をアタッチし、古いポリシーが単独でも V2 と並んでいても警告します。repair --replace-outdated は V2 をアタッチして古いポリシーをデタッチします。

## Issue 20: ロールが実行できること (アクセス許可の判定) の章。
book-chapter-granted = ロールが実行できること
book-granted-intro = rolecall は、{ -role }が実行できることを IAM と同じ方法で判定します。アタッチされたポリシーの名前で判断することはありません。{ -role }の種類ごとに、そのワークロードのニーズが宣言されています (各{ -role }の章に一覧があります)。ニーズとは、リソースのセットに対する 1 つのアクションと、そのサービスが送信するコンテキストキーです。rolecall は各ニーズを、{ -role }自身のセッションが行うのと同じリクエストとして評価します。呼び出し元は{ -role }であり、aws:PrincipalArn と aws:PrincipalAccount は{ -role }自身の値、aws:PrincipalTag/* は{ -role }のタグで、ニーズが宣言していないその他のキーは不明として扱います。ニーズが付与されているとみなすのは、そのセットのすべてのリソースについて許可されている場合だけです。
book-granted-how-heading = 判定を決めるもの
book-granted-how-intro = rolecall は、{ -role }のリクエストについて IAM が評価するものを読み取り、IAM と同じ方法で組み合わせます。
book-granted-how-deny = これらのポリシーのいずれかにある明示的な拒否 (Deny) が優先されます。
book-granted-how-identity = アイデンティティベースのポリシーがニーズを許可している必要があります。{ -role }の{ -inline-policy }、または{ -role }にアタッチされた{ -managed-policy }のデフォルトバージョンです (AWS マネージドポリシーも含みます。バージョンは変わり、パーティションによっても異なります)。
book-granted-how-boundary = { -role }に{ -permissions-boundary }が設定されている場合は、境界もニーズを許可している必要があります。{ -role }自身のポリシーは、アクセス許可の境界を超えるアクセス許可を付与できません。
book-granted-how-scps = 組織では、ルートから各組織単位 (OU) を経てアカウントに至るすべての階層で、その階層にアタッチされた{ -scp } がニーズを許可している必要があります (FullAWSAccess はデフォルトですべての階層にアタッチされています)。{ -scps } は、管理アカウントとサービスリンクロールには適用されません。
book-granted-verdict-heading = 付与、付与なし、判定不能
book-granted-verdict = 各ニーズの判定は、付与、付与なし、判定不能のいずれかです。rolecall が知り得ない値 (たとえば aws:SourceVpc に対する条件) や、読み取れなかったポリシーに答えが左右される場合は判定不能となり、推測で付与とみなすことはありません。すべてのニーズが付与されていれば{ -role }の判定は付与、いずれかが付与されていなければ付与なし、それ以外は判定不能です (終了ステータス 1。信頼ポリシーの判定不能と同じです)。check は判定と、付与されていない最初のニーズを 1 行で表示します。JSON には判定 ("granted": true、false、null) と、各ニーズとその判定を決めたもの (アイデンティティベースのポリシーとそのステートメント、境界、{ -scps } の各階層) が含まれます。{ -pod-identity-role }はニーズを宣言しません。このロールで何ができるかはユーザーが決めます。
book-granted-scps-heading = { -scps } を考慮したかどうか
book-granted-scps-intro = check の JSON の permissions ブロックにある "scps" は、判定で{ -scps } を考慮したかどうかを示します。
book-granted-scps-read = rolecall は、ルートからアカウントまでのすべての階層の{ -scps } を読み取り (DescribeOrganization、ルートまでの ListParents、ListPoliciesForTarget、DescribePolicy を、{ -role }自身の読み取りと並行して実行)、判定で考慮しました。
book-granted-scps-not-read = 呼び出し元にはこれらを読み取る権限がありません (ほとんどのメンバーアカウントからの呼び出しと同様に AccessDenied)。判定ではこれらを除外し、その旨をエラーではなく注記 (scps-not-read) で示します。考慮に入れるには、組織の管理アカウントまたは委任された管理者から rolecall を実行してください。
book-granted-scps-not-applicable = 適用される{ -scp } はありません。アカウントがどの組織にも属していないか、組織の管理アカウントであるか、{ -role }がサービスリンクロールです。
book-granted-not-read-heading = rolecall が読み取らないもの
book-granted-not-read = リソースベースのポリシー (シークレット、KMS キー、リポジトリのポリシー)、リソースコントロールポリシー (RCP)、VPC エンドポイントポリシーは読み取りません。rolecall が付与と判定したリクエストでも、これらのいずれかによって拒否される可能性があります。アカウントでこれらを使用している場合は、手動で確認してください。
book-granted-repair-heading = repair が変更するものと、決して編集しないもの
book-granted-repair = repair は、ガイドの{ -managed-policy }が対応するニーズを{ -role }のどのポリシーも付与していない場合に、その{ -managed-policy }をアタッチします。{ -role }の他のポリシーがすでにニーズを付与している{ -managed-policy }は、アタッチしなくなりました。これは変更点です。以前の repair は、ガイドが指定するポリシーをすべてアタッチしていました。このとき、ガイドが同等のアクセス許可を認める{ -roles } ({ $kinds }) では、欠けているポリシーは注記 (policy-equivalent) となり、それ以外では警告 (policy-missing-granted) となります。repair は{ -permissions-boundary }、{ -scp }、Deny ステートメントを決して編集しません。これらのいずれかがニーズを妨げている場合、repair はそれを変更しないものとして示し、そのための書き込みは行わず、終了ステータス 1 で終了します。残るものは、その後に check が検出するものです。
book-granted-examples-heading = 各検出結果の例
book-granted-examples-intro = 以下の各例は、アカウント { $account } の{ -role }を rolecall 自身のコードで判定したものです。各検出結果は check が表示するとおりに示しています。
book-granted-example-not-granted = { -node-role }にはガイドの 2 つの{ -managed-policies }がアタッチされていますが、IAM が返す AmazonEKSWorkerNodePolicy のデフォルトバージョンには ec2:DescribeInstances が含まれていません (AWS マネージドポリシーのドキュメントはバージョンごとに変わり、パーティションによっても異なります)。名前はあっても、ニーズは付与されていません。
book-granted-example-denied = { -node-role }には 2 つの{ -managed-policies }がアタッチされており、その{ -inline-policy } guard に ec2:DescribeInstances に対する Deny ステートメント NoDescribe があります。
book-granted-example-boundary = { -node-role }には 2 つの{ -managed-policies }がアタッチされていますが、その{ -permissions-boundary }は s3:* しか許可していません。
book-granted-example-scp = { -node-role }には 2 つの{ -managed-policies }がアタッチされていますが、FullAWSAccess と並んでアカウントにアタッチされた NoEcr という名前の{ -scp } が ecr:* を拒否しています。
book-granted-example-undecided = { -node-role }には 2 つの{ -managed-policies }がアタッチされており、{ -inline-policy }が aws:SourceVpc が vpc-1 でない限りすべてを拒否しています。リクエストがその VPC を経由するかどうかは、事前にはわかりません。
book-granted-example-scps-not-read = { -node-role }はガイドどおりに作成されていますが、呼び出し元は組織の{ -scps } を読み取れません。ListParents が AccessDenied を返します。
book-granted-example-equivalent = { -node-role }には{ -managed-policy }が 1 つもアタッチされておらず、{ -inline-policy }が両方のポリシーのすべてのニーズを、それぞれのリソースについて許可しています。ノードロールのガイドは同等のアクセス許可を認めています。
book-granted-example-missing-granted = { -task-execution-role }には{ -managed-policy }が 1 つもアタッチされておらず、{ -inline-policy }が AmazonECSTaskExecutionRolePolicy のすべてのニーズを許可しています。このロールのガイドは、ポリシーそのものを指定しています。
# 列挙の区切り。
book-list-separator = 、
