"""Template filters and globals."""
import functools
import uuid

from flask.globals import _cv_app
from flask_babel import get_locale, get_timezone, get_translations
from flask_login import current_user

from .message import label, trail_word
from .services.core import principal_for
from .text import render_short_markdown


_hashes: dict[str, str] = {}


# Arabic pages format dates as Iraq writes them (CLDR ar_IQ: 14 آذار 2024, 14 تشرين الثاني 2024).
DATE_FORMATS = {"ar": ("ar_IQ", "d MMMM y", "MMM y", "d MMMM y، HH:mm")}
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@functools.lru_cache(maxsize=8192)
def _date(value, locale: str, kind: int = 1) -> str:
    """Babel's date formatting is slow for a list of 50 rows; the same dates recur, so remember them."""
    from babel.dates import format_date as babel_format_date
    if locale in DATE_FORMATS:
        return babel_format_date(value, DATE_FORMATS[locale][kind], locale=DATE_FORMATS[locale][0])
    return babel_format_date(value, ("medium", "medium", "MMM yy")[kind], locale=locale)


def month_name(number) -> str:
    """A month's name (1-12) in the reader's language: Arabic pages use Iraq's names, as their dates do."""
    from babel.dates import get_month_names
    return get_month_names("wide", locale=DATE_FORMATS.get(language(), (language(),))[0])[number]


def digits(text) -> str:
    """Arabic-Indic digits for an Arabic reader who chose them (User.digits); Latin digits otherwise."""
    text = "" if text is None else str(text)
    if language() == "ar" and getattr(current_user, "digits", None) == "arabic":
        return text.translate(_ARABIC_INDIC)
    return text


def local_name(record) -> str:
    """A forum's, organisation's, place's or theme's name in the reader's language (the Arabic name when
    the page is Arabic and one is stored), else its English label."""
    if record is None:
        return ""
    if language() == "ar" and getattr(record, "name_ar", None):
        return record.name_ar
    return getattr(record, "label", None) or record.name


def issuer(record) -> str:
    """Who decided a decision, or is addressed by a submission, in the reader's language: the organisation's
    Arabic name on Arabic pages where one is stored, else the level of the body ("Council of Ministers")."""
    return str(record.body_name)


def local_text(record) -> str:
    """A recommendation's text in the reader's language first, the other language when that is empty."""
    if language() == "ar":
        return record.text_ar or record.text or ""
    return record.text or record.text_ar or ""


def local_title(document) -> str:
    """A document's title in the reader's language when it has one."""
    if language().startswith("ar"):
        return document.title_ar or document.title
    return document.title or document.title_ar or ""


def language_name(code: str) -> str:
    from flask_babel import gettext
    return {"en": gettext("English"), "ar": gettext("Arabic"), "ku": gettext("Kurdish")}.get(code, gettext("Other"))


def isolate(values, max_chars: int | None = None):
    """Names joined with the reader's comma, each in its own direction (<bdi data-record>), so an English
    name in an Arabic sentence, or the other way round, keeps its order; past max_chars the rest is "…"."""
    from markupsafe import Markup, escape
    comma = "، " if language() == "ar" else ", "
    parts, used = [], 0
    for value in values:
        text = str(value)
        if max_chars is not None and parts and used + len(text) > max_chars:
            parts.append(Markup("…"))
            break
        parts.append(Markup("<bdi data-record>%s</bdi>") % escape(text))
        used += len(text) + len(comma)
    return Markup(comma).join(parts)


def _datetime(value) -> str:
    return digits(_format_datetime(value, language(), get_timezone()))


@functools.lru_cache(maxsize=8192)
def _format_datetime(value, locale: str, zone) -> str:
    """Babel's formatting costs a history of twelve entries more than its query; a page shown again shows the
    same moments, so remember them (the value, the language and the zone decide the text)."""
    from babel.dates import format_datetime as babel_format_datetime
    if locale in DATE_FORMATS:
        return babel_format_datetime(value, DATE_FORMATS[locale][3], tzinfo=zone, locale=DATE_FORMATS[locale][0])
    return babel_format_datetime(value, "medium", tzinfo=zone, locale=locale)


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


def _per_request(name: str, make):
    """A value that depends only on the reader's locale, made once per request (and made again for another
    locale: force_locale gives one, for an e-mail in its recipient's language). Outside a request, made anew.
    A page asks this hundreds of times, so the common case reads the app context's `g` directly (one context
    variable) instead of through Flask's proxies; Flask-Babel keeps the locale it chose in g._flask_babel."""
    ctx = _cv_app.get(None)
    if ctx is None:
        return make(get_locale())
    held_by_g = ctx.g.__dict__
    babel_ctx = held_by_g.get("_flask_babel")
    locale = getattr(babel_ctx, "babel_locale", None) or get_locale()
    if locale is None:
        return make(None)
    held = held_by_g.get(name)
    if held is None or held[0] is not locale:
        held = held_by_g[name] = (locale, make(locale))
    return held[1]


def arrow(way: str):
    """An arrow along the reader's way: back points left in English and right in Arabic, forward (Next, old -> new)
    the other way. The glyph itself is chosen, not flipped by CSS, so copied text, a page read without its style
    sheet and a screen reader all point where the eye does."""
    from markupsafe import Markup
    ahead = (way == "forward") != language().startswith("ar")
    return Markup("<i class=arrow>%s</i>" % ("→" if ahead else "←"))


def language() -> str:
    """The reader's language code ("en", "ar"), asked of every date and name on a page."""
    return _per_request("_language", lambda locale: str(locale or "en"))


def catalogue():
    """The reader's catalogue. Flask-Babel looks it up again for every string, and a page of fifty rows has
    hundreds: once per request and language is enough."""
    return _per_request("_catalogue", lambda locale: get_translations())


def label_words(value) -> str:
    """An enum value's label in the reader's language; a list of fifty rows asks for the same few hundreds of
    times, so each is translated once per request."""
    memo = _per_request("_labels", lambda locale: {})
    key = getattr(value, "value", value)
    try:
        return memo[key]
    except KeyError:
        memo[key] = text = str(label(value))
        return text
    except TypeError:   # not hashable: not an enum value, translated as it comes
        return str(label(value))


def gettext(string: str, **variables) -> str:
    text = catalogue().ugettext(string)
    return text % variables if variables else text


def register_templating(app):
    app.jinja_env.add_extension("jinja2.ext.do")
    app.jinja_env.install_gettext_callables(lambda s: catalogue().ugettext(s),
                                            lambda s, p, n: catalogue().ungettext(s, p, n), newstyle=True)
    register_assets(app)
    app.jinja_env.filters["markdown"] = render_short_markdown
    app.jinja_env.filters["date"] = lambda d: digits(_date(d, language())) if d else ""
    app.jinja_env.filters["month"] = lambda d: digits(_date(d, language(), 2)) if d else ""
    app.jinja_env.filters["month_name"] = lambda n: month_name(n) if n else ""
    app.jinja_env.filters["datetime"] = lambda d: _datetime(d) if d else ""
    app.jinja_env.filters["short_datetime"] = lambda d: _datetime(d) if d else ""   # one way to write times
    app.jinja_env.filters["digits"] = digits
    app.jinja_env.filters["local"] = local_name
    app.jinja_env.filters["issuer"] = issuer
    app.jinja_env.filters["local_text"] = local_text
    from . import wording
    app.jinja_env.filters["isolate"] = isolate
    app.jinja_env.filters["bdi"] = wording.isolated       # one name or value inside a translated sentence
    app.jinja_env.filters["label"] = label_words          # enum values, translated (message.py)
    app.jinja_env.filters["trail_word"] = lambda v: str(trail_word(v))
    from . import wording   # the trail's fields and values in words, in the reader's language
    app.jinja_env.filters["field_label"] = wording.field_label
    app.jinja_env.filters["entry_sentence"] = wording.entry_sentence
    app.jinja_env.filters["reason_words"] = wording.reason_words
    # a city as typed (English), in Arabic where the list of places has it
    app.jinja_env.filters["place"] = lambda text: wording.value_words("places", text) if text else ""
    app.jinja_env.globals["value_words"] = wording.value_words
    app.jinja_env.globals["arrow"] = arrow
    app.jinja_env.globals["shown_changes"] = wording.shown_changes
    app.jinja_env.filters["local_title"] = local_title
    app.jinja_env.filters["language_name"] = language_name

    @app.template_global()
    def linked_documents(record_type: str, record_id: int):
        """The library documents tied to a record, those the reader may read (record pages list them)."""
        from .library.listing import linked_documents as find
        return find(principal_for(current_user), record_type, record_id)

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
        from flask import g
        locale = language()
        if g.get("database_unavailable"):   # the 503 page: no user to look up
            return {"text_direction": "rtl" if locale.startswith("ar") else "ltr", "lang": locale}
        return {
            "text_direction": "rtl" if locale.startswith("ar") else "ltr",
            "comma": "،" if locale.startswith("ar") else ",",   # between a name and a date in a sentence
            "lang": locale,
            "principal": principal_for(current_user) if current_user else None,
            "new_token": lambda: uuid.uuid4().hex,
        }
