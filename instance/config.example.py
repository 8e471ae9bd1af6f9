# Copy to instance/config.py (make run writes one with a fresh SECRET_KEY for you).
SECRET_KEY = "replace-with-a-long-random-string"
# DATABASE_URL in the environment selects PostgreSQL, e.g. postgresql://user@127.0.0.1/ds_tracker
# SQLALCHEMY_DATABASE_URI = "postgresql+psycopg://user@127.0.0.1/ds_tracker"
# Behind an HTTPS reverse proxy, trust its X-Forwarded-* headers (cookies then get the Secure flag):
# PROXY_FIX = True
# LOGIN_MAX_FAILURES = 5
# LOGIN_WINDOW_MINUTES = 15
