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
    MAIL_SERVER = "127.0.0.1"
    MAIL_PORT = 25
    MAIL_USE_TLS = False
    MAIL_USERNAME = None
    MAIL_PASSWORD = None
    MAIL_FROM = "DS Tracker <no-reply@localhost>"
    # Links in e-mails and calendar feeds. No default: production sets DS_BASE_URL; `make run` (demo mode)
    # sets the address it serves.
    BASE_URL = None
    # Demo mode (`make run`): demo data and demo accounts, which cannot log in when it is off.
    DEMO_MODE = False
    # Reset e-mails asked for within an hour: per address, and per source address (an office shares one).
    RESET_MAX_PER_ADDRESS = 3
    RESET_MAX_PER_IP = 20
    PASSWORD_RESET_HOURS = 2
    IMPORT_MAX_BYTES = 20 * 1024 * 1024   # reports larger than this are refused with a message
    MAX_CONTENT_LENGTH = 25 * 1024 * 1024
    # A pasted report is form text, not a file: a 200-page report is about 1 MB of text, and the HTML the paste
    # box sends with it (tables kept) several times that. Werkzeug's 500 KB default refused a 30-page paste with a
    # bare 413; the form may now carry 16 MB (past that the app's own 413 page says to go back), and the text box
    # says in the browser, before sending, when its text is over what the importer reads (importer.files).
    PASTE_MAX_CHARS = 2_000_000
    MAX_FORM_MEMORY_SIZE = 16 * 1024 * 1024
    COMPRESS_STREAMS = False   # pages and assets are compressed whole; files sent as streams (scans) are not
