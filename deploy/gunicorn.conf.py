"""gunicorn's configuration for ds_tracker (docs/deploy.md): `gunicorn -c deploy/gunicorn.conf.py`.

Settings come from the environment so one file serves every host: DS_BIND (default 127.0.0.1:8000, nginx in
front), DS_WORKERS (default 2 per core + 1). The app itself reads DATABASE_URL, DS_SECRET_KEY, DS_BASE_URL...
"""
import multiprocessing
import os

wsgi_app = "ds_tracker:create_app()"
bind = os.environ.get("DS_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("DS_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"            # nginx buffers slow clients (3G phones), so a sync worker is never held by one
timeout = 60                     # a report import reads a 400-page PDF within 40 s (importer bound)
graceful_timeout = 30
max_requests = 2000              # recycle workers now and then (memory of large imports is given back)
max_requests_jitter = 200
forwarded_allow_ips = "127.0.0.1"   # nginx on the same host; the app's ProxyFix (DS_PROXY_FIX) reads the headers
accesslog = "-"                  # to the journal (systemd); the request id ties a line to the app's own log lines
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms request=%({x-request-id}o)s'
errorlog = "-"
loglevel = os.environ.get("DS_LOG_LEVEL", "info")
