# 生成的手册 (cargo xtask book) 所用的消息。
