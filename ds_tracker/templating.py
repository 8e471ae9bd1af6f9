"""Template filters and globals."""
import functools
import uuid

from flask_babel import format_datetime, get_locale
from flask_login import current_user

from .services.core import principal_for
from .text import render_short_markdown


_hashes: dict[str, str] = {}


@functools.lru_cache(maxsize=8192)
def _date(value, locale: str) -> str:
    """Babel's date formatting is slow for a list of 50 rows; the same dates recur, so remember them."""
    from babel.dates import format_date as babel_format_date
    return babel_format_date(value, "medium", locale=locale)


def _fingerprint(app, path: str) -> str:
    """The first 10 hex digits of the file's SHA-256, computed once per process."""
    if path not in _hashes:
        import hashlib
        import os
        with open(os.path.join(app.static_folder, path), "rb") as f:
            _hashes[path] = hashlib.sha256(f.read()).hexdigest()[:10]
    return _hashes[path]


def register_assets(app):
    """Static files under names that change with their content, so they can be cached for a year."""
    import re

    from flask import abort, send_from_directory

    @app.route("/assets/<path:filename>")
    def assets(filename):
        m = re.fullmatch(r"(.+)\.([0-9a-f]{10})(\.[a-z0-9]+)", filename)
        if not m:
            abort(404)
        response = send_from_directory(app.static_folder, m[1] + m[3], max_age=31536000)
        # Read whole (they are small), so the compression layer can shrink them: htmx is 50 KB raw, 16 KB sent.
        response.direct_passthrough = False
        data = response.get_data()
        response.close()      # the file
        response.set_data(data)
        response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        return response

    @app.template_global()
    def asset(path: str) -> str:
        from flask import url_for
        stem, dot, ext = path.rpartition(".")
        return url_for("assets", filename=f"{stem}.{_fingerprint(app, path)}.{ext}")


def register_templating(app):
    app.jinja_env.add_extension("jinja2.ext.do")
    register_assets(app)
    app.jinja_env.filters["markdown"] = render_short_markdown
    app.jinja_env.filters["date"] = lambda d: _date(d, str(get_locale() or "en")) if d else ""
    app.jinja_env.filters["datetime"] = lambda d: format_datetime(d, "medium") if d else ""
    from . import wording   # the trail and enum values in words, in the reader's language
    app.jinja_env.filters["label"] = wording.value_label
    app.jinja_env.filters["field_label"] = wording.field_label
    app.jinja_env.filters["entry_sentence"] = wording.entry_sentence
    app.jinja_env.globals["value_words"] = wording.value_words
    app.jinja_env.filters["short_datetime"] = lambda d: format_datetime(d, "short") if d else ""

    @app.template_global()
    def url_with(**changes):
        """This page's URL with some query arguments changed (None removes one); filters stay in the URL."""
        from flask import request, url_for
        args = {k: v for k, v in request.args.items() if v not in ("", None)}
        for key, value in changes.items():
            if value in (None, ""):
                args.pop(key, None)
            else:
                args[key] = value
        return url_for(request.endpoint, **(request.view_args or {}), **args)

    @app.context_processor
    def globals_():
        locale = str(get_locale() or "en")
        return {
            "text_direction": "rtl" if locale.startswith("ar") else "ltr",
            "lang": locale,
            "principal": principal_for(current_user) if current_user else None,
            "new_token": lambda: uuid.uuid4().hex,
        }
