"""Storage: SQLAlchemy tables, sessions and Alembic migrations (SQLite and PostgreSQL)."""
