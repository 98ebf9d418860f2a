"""Intake: the one code path that creates reports (Help form, platform API, command line)."""
