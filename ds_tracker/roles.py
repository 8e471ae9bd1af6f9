"""PURE: the roles a user can hold (no database, no Flask), so permissions.py stays pure."""
import enum


class Role(enum.Enum):
    ADMIN = "admin"
    SECRETARIAT = "secretariat"
    CO_CHAIR = "co_chair"
    FOCAL_POINT = "focal_point"
