"""Template filters and globals."""
import uuid

from flask_babel import format_date, format_datetime, get_locale
from flask_login import current_user

from .services.core import principal_for
from .text import render_markdown


def register_templating(app):
    app.jinja_env.add_extension("jinja2.ext.do")
    app.jinja_env.filters["markdown"] = render_markdown
    app.jinja_env.filters["date"] = lambda d: format_date(d, "medium") if d else ""
    app.jinja_env.filters["datetime"] = lambda d: format_datetime(d, "medium") if d else ""
    app.jinja_env.filters["label"] = lambda v: (getattr(v, "value", v) or "").replace("_", " ")

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
