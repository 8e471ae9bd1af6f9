"""Defaults; instance/config.py and DS_* environment variables override them."""
from datetime import timedelta


class Defaults:
    SECRET_KEY = None  # generated into instance/config.py by `make run`; never hard-coded
    SQLALCHEMY_DATABASE_URI = None  # DATABASE_URL, else an SQLite file in instance/
    SQLALCHEMY_ENGINE_OPTIONS = {"pool_pre_ping": True}
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    PERMANENT_SESSION_LIFETIME = timedelta(days=14)
    WTF_CSRF_TIME_LIMIT = None  # a form left open on a phone for hours must still submit
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "Asia/Baghdad"
    LOGIN_MAX_FAILURES = 5
    LOGIN_WINDOW_MINUTES = 15
    TIMEZONE = "Asia/Baghdad"
    PASSWORD_HASH_METHOD = "scrypt"
    IMPORT_MAX_BYTES = 20 * 1024 * 1024   # reports larger than this are refused with a message
    MAX_CONTENT_LENGTH = 25 * 1024 * 1024
