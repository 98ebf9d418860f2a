"""Linking: identifiers in canonical form, and the reports that share them (issue 7)."""
