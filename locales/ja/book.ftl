# Messages of the generated book (cargo xtask book).
