"""Known material: image hashes (MD5, SHA-1, SHA-256, PDQ), hash lists and matching them."""
