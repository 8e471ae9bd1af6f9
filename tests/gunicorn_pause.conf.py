"""deploy/gunicorn.conf.py, plus a hook for tests/test_faults.py: the first worker to INSERT into the table named
by DS_TEST_PAUSE_TABLE writes its pid to DS_TEST_PAUSE_FILE and stops there, mid-transaction, to be killed."""
import os
import time
from pathlib import Path

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "deploy", "gunicorn.conf.py")) as f:
    exec(f.read())


def post_worker_init(worker):
    from sqlalchemy import event

    from ds_tracker.extensions import db
    table, marker = os.environ["DS_TEST_PAUSE_TABLE"].upper(), Path(os.environ["DS_TEST_PAUSE_FILE"])
    with worker.wsgi.app_context():
        engine = db.engine

    def pause(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(f"INSERT INTO {table} ") and not marker.exists():
            marker.write_text(str(os.getpid()))
            time.sleep(120)
    event.listen(engine, "before_cursor_execute", pause)
