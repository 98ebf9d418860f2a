"""Console accounts: Argon2id passwords, TOTP, roles, lockout and sessions."""
