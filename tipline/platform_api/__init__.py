"""The platform API: keys, the report lifecycle, bulk filing and webhooks (issue 8)."""
