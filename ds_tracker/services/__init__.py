"""The service layer: the one place every write goes through (see core.py)."""
from .core import (SYSTEM, PermissionDenied, ServiceError, StaleRecord, ValidationFailed,  # noqa: F401
                   principal_for)
