"""The report importer: pure Python (no Flask), from text or a file to a draft meeting."""
from .parse import parse  # noqa: F401
from .reference import Reference  # noqa: F401
