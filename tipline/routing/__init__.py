"""Routing: the agency directory, jurisdiction, and referral packages (DESIGN.md stages route and refer)."""
