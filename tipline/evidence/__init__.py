"""Seal: write-once blob store addressed by SHA-256, and the custody log."""
