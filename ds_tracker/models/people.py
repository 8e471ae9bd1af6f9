"""People, accounts and the role assignments that grant permissions."""
import enum
import secrets
from datetime import date, datetime

import sqlalchemy as sa
from flask import current_app
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..roles import Role  # noqa: F401  (re-exported: ds_tracker.models.Role)
from .base import Timestamps, UTCDateTime, enum_column, utcnow


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Gender(enum.Enum):
    FEMALE = "female"
    MALE = "male"


class Person(Timestamps, db.Model):
    """Someone who attends, presents or owns an action; an account is optional."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), index=True)
    name_ar: Mapped[str | None] = mapped_column(sa.String(200))
    aliases: Mapped[list] = mapped_column(sa.JSON, default=list)  # transliterations
    gender: Mapped[Gender | None] = enum_column(Gender, nullable=True)
    email: Mapped[str | None] = mapped_column(sa.String(255))
    phone: Mapped[str | None] = mapped_column(sa.String(40))
    reminders_enabled: Mapped[bool] = mapped_column(default=True)   # e-mail reminders of due actions

    user: Mapped["User | None"] = relationship(back_populates="person")

    def __repr__(self):
        return f"<Person {self.id} {self.name}>"


class User(UserMixin, Timestamps, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(255), unique=True)  # stored lower-case
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    language: Mapped[str | None] = mapped_column(sa.String(5))  # None: never chosen, follow the browser
    digits: Mapped[str | None] = mapped_column(sa.String(6))    # "arabic" for Arabic-Indic; None: Latin
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id"), unique=True)
    is_enabled: Mapped[bool] = mapped_column(default=True)
    password_changed_dt: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Part of every session cookie: a new value (logout, new password) ends every session made before.
    session_token: Mapped[str] = mapped_column(sa.String(64), default=new_token)
    # Part of every calendar feed address: a new value (the dashboard's button) retires the old addresses.
    calendar_key: Mapped[str] = mapped_column(sa.String(64), default=new_token)
    is_demo: Mapped[bool] = mapped_column(default=False)   # a demo account: logs in only in demo mode

    person: Mapped[Person] = relationship(back_populates="user")
    roles: Mapped[list["RoleAssignment"]] = relationship(
        back_populates="user", order_by="RoleAssignment.starts_on", foreign_keys="RoleAssignment.user_id")

    @property
    def is_active(self) -> bool:  # Flask-Login refuses disabled accounts, and demo accounts outside demo mode
        return self.is_enabled and (not self.is_demo or bool(current_app.config.get("DEMO_MODE")))

    def get_id(self) -> str:
        """What the session cookie names: the user and the current session token (see load_user)."""
        return f"{self.id}:{self.session_token}"

    def end_sessions(self) -> None:
        self.session_token = new_token()

    def set_password(self, password: str) -> None:
        # scrypt by default; the tests pick a cheaper method through the config
        self.password_hash = generate_password_hash(password, current_app.config["PASSWORD_HASH_METHOD"])
        self.password_changed_dt = utcnow()
        self.end_sessions()

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    @property
    def name(self) -> str:
        return self.person.name if self.person else self.email

    def __repr__(self):
        return f"<User {self.id} {self.email}>"


class RoleAssignment(Timestamps, db.Model):
    """A role held for a period: secretariat/co-chair of a forum, focal point of an organisation, or admin."""

    __tablename__ = "role_assignments"
    __table_args__ = (
        sa.CheckConstraint(
            "(role = 'admin' AND forum_id IS NULL AND organisation_id IS NULL)"
            " OR (role IN ('secretariat', 'co_chair') AND forum_id IS NOT NULL AND organisation_id IS NULL)"
            " OR (role = 'focal_point' AND organisation_id IS NOT NULL AND forum_id IS NULL)",
            name="scope_matches_role"),
        sa.CheckConstraint("ends_on IS NULL OR ends_on >= starts_on", name="dates_in_order"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id"), index=True)
    role: Mapped[Role] = enum_column(Role)
    forum_id: Mapped[int | None] = mapped_column(sa.ForeignKey("forums.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(sa.ForeignKey("organisations.id"), index=True)
    starts_on: Mapped[date] = mapped_column(sa.Date)
    ends_on: Mapped[date | None] = mapped_column(sa.Date)  # last day held; open-ended when empty
    ended_dt: Mapped[datetime | None] = mapped_column(UTCDateTime)  # the moment it was ended, if ended early

    user: Mapped[User] = relationship(back_populates="roles", foreign_keys=[user_id])
    forum: Mapped["Forum | None"] = relationship()  # noqa: F821
    organisation: Mapped["Organisation | None"] = relationship()  # noqa: F821

    def is_current(self, on: date) -> bool:
        """Held on that day; a role an admin ended (ended_dt) stops at once, not at midnight."""
        if self.ended_dt is not None:
            return False
        return self.starts_on <= on and (self.ends_on is None or on <= self.ends_on)

    @property
    def scope_label(self) -> str:
        if self.forum:
            return self.forum.name
        if self.organisation:
            return self.organisation.label
        return ""

    def __repr__(self):
        return f"<RoleAssignment {self.role.value} user={self.user_id}>"


class LoginAttempt(db.Model):
    """Failed and successful logins, for rate limiting and for an admin's eyes."""

    __tablename__ = "login_attempts"
    __table_args__ = (sa.Index("ix_login_attempts_email_at", "email", "at_dt"),
                      sa.Index("ix_login_attempts_ip_at", "ip", "at_dt"))

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(255))
    ip: Mapped[str | None] = mapped_column(sa.String(64))
    at_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    succeeded: Mapped[bool] = mapped_column(default=False)


class PasswordResetRequest(db.Model):
    """Each reset e-mail asked for: the rate limit per address and per source reads it (in the database,
    so several app hosts share it)."""

    __tablename__ = "password_reset_requests"
    __table_args__ = (sa.Index("ix_password_reset_requests_email_at", "email", "at_dt"),
                      sa.Index("ix_password_reset_requests_ip_at", "ip", "at_dt"))

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(255))
    ip: Mapped[str | None] = mapped_column(sa.String(64))
    at_dt: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
