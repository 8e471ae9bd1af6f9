"""Hooks for Alembic's autogenerate (used by migrations/env.py and by the schema test)."""


def render_item(type_, obj, autogen_context):
    """Write the app's own column types as the plain SQLAlchemy types they store."""
    from .models.base import UTCDateTime
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def include_object(obj, name, type_, reflected, compare_to):
    """Database-specific search structures (full-text tables and indexes) live in hand-written migrations."""
    if type_ == "table" and name and (name.endswith("_fts") or "_fts_" in name):
        return False
    if type_ == "index" and name and name.startswith("ix_fts_"):
        return False
    if type_ == "column" and name and name.endswith("_fts"):
        return False
    return True
