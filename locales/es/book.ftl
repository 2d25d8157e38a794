# Mensajes del libro generado (cargo xtask book).
