# Copy to instance/config.py (make run writes one with a fresh SECRET_KEY for you).
SECRET_KEY = "replace-with-a-long-random-string"
# DATABASE_URL in the environment selects PostgreSQL, e.g. postgresql://user@127.0.0.1/ds_tracker
# SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://user@127.0.0.1/ds_tracker"
# Behind an HTTPS reverse proxy, trust its X-Forwarded-* headers (cookies then get the Secure flag):
# PROXY_FIX = True
# LOGIN_MAX_FAILURES = 5
# LOGIN_WINDOW_MINUTES = 15
# The site's address: every link in e-mails and calendar feeds starts with it (no default in production;
# without it, reset e-mails, reminders and feeds stay off).
# BASE_URL = "https://tracker.example.org"
# Demo mode (what `make run` sets through DS_DEMO_MODE): demo data and demo accounts. Never in production.
# DEMO_MODE = False
# RESET_MAX_PER_ADDRESS = 3
# RESET_MAX_PER_IP = 20
