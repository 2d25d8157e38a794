# 產生的手冊 (cargo xtask book) 所用的訊息。
