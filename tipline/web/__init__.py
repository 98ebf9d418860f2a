"""The web shell: FastAPI routers, Jinja templates and static files."""
