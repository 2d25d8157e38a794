## 生成されるブック (cargo xtask book)。事実 (名前、ARN、ドキュメント) はロールのモデルから取得します。
## これらのメッセージは、その周りの文章だけです。

book-title = rolecall
book-languages = 言語:
book-chapter-intro = はじめに
book-install-heading = インストール
book-install-body = rolecall は単一のバイナリです。リポジトリをチェックアウトし、Cargo でビルドします:
book-try-heading = mock バックエンドで試す
book-try-body = mock バックエンドは、IAM のルール、クォータ、エラーコードを再現したローカルの IAM サンドボックスです。状態は $XDG_STATE_HOME/rolecall/mock-iam.json (--state ファイル を指定した場合はそのファイル) に保存されます。アカウントは 111122223333 です。
book-account-heading = AWS アカウントに接続する
book-account-body = デフォルトのバックエンドは AWS です。rolecall は AWS CLI と同じ方法で認証情報を探し (環境変数、共有設定ファイルと認証情報ファイル、SSO、ウェブ ID、コンテナとインスタンスのメタデータ)、--profile、--region、--endpoint-url の指定に従います。パーティションはリージョンによって決まります。cn-* は aws-cn、us-gov-* は aws-us-gov です。

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
book-col-how = 付与方法
book-grant-managed = { -aws-managed-policy }をアタッチ
book-grant-customer = { -customer-managed-policy }をアカウントに作成してアタッチ
book-grant-inline = { -inline-policy }として追加
book-permission-cni-ipv4 = --cni ipv4 は、IPv4 { -cluster }用の AmazonEKS_CNI_Policy をアタッチします。現在のガイダンスでは、このポリシーは代わりに{ -irsa } を使用して aws-node の { -service-account }の{ -role }にアタッチすることが推奨されているため、rolecall はこれを注記として報告します。
book-permission-cni-ipv6 = --cni ipv6 は、ガイドにある IPv6 用のポリシー (AmazonEKS_CNI_IPv6_Policy) をアカウントに作成してアタッチします。{ -irsa } に関する推奨事項はこちらにも当てはまります。
book-permission-ecr-pull = --with ecr-pull は、ガイドにある 4 つの ECR アクションを{ -inline-policy }として付与します。ただし、これらのアクションをすでに含む AmazonEC2ContainerServiceforEC2Role がアタッチされている場合は付与しません。
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
book-erratum-fargate-old-trust = 古い日本語版のガイドの{ -trust-policy }には、aws:SourceArn 条件がありません。現行のガイドでは、{ -confused-deputy }問題への対策として{ -cluster }ごとにこの条件を追加しています。rolecall は、この条件がない{ -trust-policy }について警告します。
book-erratum-fargate-duplicate-key = ガイドでは、別の{ -cluster }用に「aws:SourceArn」の行をもう 1 行追加するよう提案していますが、1 つのオブジェクト内に同じ名前のキーが 2 つあると、一方がもう一方を上書きします。rolecall はすべてのパターンを 1 つの配列にまとめ、lint は重複したキーを報告します。
book-erratum-fargate-region-code = region-code、my-cluster、111122223333 はプレースホルダーです。region-code が残ったままの{ -trust-policy }は、何にも一致しません。rolecall lint は、ドキュメントに残っているプレースホルダーを報告します。
book-erratum-node-pull-only = 古い日本語版のガイドでは、AmazonEC2ContainerRegistryReadOnly が求められています。2023-10-03 以降、ガイドで求められているのは AmazonEC2ContainerRegistryPullOnly です。rolecall は ReadOnly について警告し、修復時には PullOnly をアタッチします (--replace-outdated を指定すると、ReadOnly のデタッチも行います)。
book-erratum-node-arn-space = 繁体字中国語版のガイドでは、「arn:aws: iam::aws:policy/AmazonEKSWorkerNodePolicy」のように、ポリシー ARN にスペースが入っています。IAM はこのような ARN を受け付けません。rolecall lint は、形式が正しくない ARN を報告します。
book-erratum-node-cn-principal = 中国 (aws-cn) では、EC2 の{ -service-principal }は ec2.amazonaws.com.cn です。ガイドに記載されている ec2.amazonaws.com ではありません。
book-erratum-node-cni-irsa = VPC CNI のポリシーは今でもノードの{ -role }の手順に含まれていますが、ガイドでは、代わりに aws-node の { -service-account }専用の{ -role }を使用することが推奨されています。そのため、rolecall はこのポリシーを --cni を指定した場合にのみ追加します。
book-erratum-ecs-policy-name = スペイン語版のガイドの本文では、ポリシー名が「AmazonEC2ContainerServiceRoleForEC2Role」となっています。コマンドで使用されている実際の名前は AmazonEC2ContainerServiceforEC2Role で、パスは service-role/ です。
book-erratum-ecs-s3-arn = ガイドにある「arn:aws::iam::aws:policy/AmazonS3ReadOnlyAccess」は、コロンが 1 つ多くなっています。正しい ARN は arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess です。
book-erratum-ecs-cwlogs-arn = ガイドにある「arn:aws:iam:111122223333:aws:policy/cwlogspolicy」は、形式が正しくありません。{ -customer-managed-policy }の ARN は arn:aws:iam::111122223333:policy/cwlogspolicy です。
book-erratum-ecs-cwlogs-query = ガイドにある list-policies のクエリは「cwlogsppolicy」を検索していますが、これは直前に作成した cwlogspolicy のスペルミスです。
book-erratum-ecs-logs-partition = ガイドにある CloudWatch Logs と IPv6 のポリシーでは、arn:aws: がハードコードされています。aws-cn と aws-us-gov では、rolecall はそのパーティション独自のプレフィックスを書き込みます。
book-erratum-ecs-ecr-covered = ガイドにある ECR の権限は、すでに AmazonEC2ContainerServiceforEC2Role に含まれています。rolecall は、このポリシーがアタッチされていない場合にのみ、これらの権限を{ -inline-policy }として追加します。

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
book-exit-1 = 検出結果あり: エラーがある (--strict 指定時は警告も含みます)、lint の検出結果がある、またはユーザーにしか判断できない事項で計画が停止した場合です。
book-exit-2 = 入力が無効: メッセージに、該当する値と指定できる内容が示されます。IAM には何も送信されず、何も書き込まれていません。
book-exit-3 = バックエンドのエラー: 認証情報がない、アクセスが拒否された、エンドポイントに到達できない、タイムアウトした、再試行後もスロットリングされた、その他の IAM エラー、または mock の状態ファイルの問題です。

book-chapter-json = JSON 出力
book-json-intro = --output json を指定すると、どのコマンドも JSON オブジェクトを 1 つ出力します。キーと検出結果のコードは変わることのない英語の値で、使用言語に従うのはメッセージのフィールドだけです。
book-json-show = あるコンテキストにおける{ -role }の定義。
book-json-check = 確認の結果 (ok、missing、drift のいずれか) と検出結果。
book-json-create = create と repair: 計画、IAM API での名前で示した各アクション、そのアクションを実行したかどうか、同等の aws iam コマンド。
book-json-lint = ポリシードキュメントの検出結果。
book-json-error = 失敗したコマンドは、どれもこのオブジェクトを出力します (メッセージは標準エラー出力にも表示されます)。

book-chapter-permissions = rolecall に必要な IAM 権限
book-permissions-intro = rolecall permissions コマンド は、プリンシパルがそのコマンドを実行するのに必要な最小権限のポリシーを表示します。check は読み取りだけを行います。

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
book-iac-heading = Infrastructure as Code
book-iac-intro = 同じ定義を、CloudFormation テンプレートまたは AWS プロバイダー用の Terraform 設定として示します。ARN のパーティションはスタックから取得し、--account を指定しない場合、aws:SourceArn のパターンのアカウントもスタックから取得します。{ -customer-managed-policy }は独立したリソースになり、{ -inline-policy }は AWS::IAM::RolePolicy または aws_iam_role_policy になります。
book-iac-cloudformation = CloudFormation ({ $command } の出力):
book-iac-terraform = Terraform ({ $command } の出力):
