# 生成されるブック (cargo xtask book) のメッセージ。
