"""What the command line says to people, in the language of the terminal: LC_ALL, LC_MESSAGES or LANG (Arabic
when the first one set starts with "ar", e.g. ar_IQ.UTF-8). Plain gettext on the compiled catalogue, so a
command starts without Flask-Babel; the messages are in the one Arabic catalogue (`_` is extracted)."""
from __future__ import annotations

import gettext
import os
from functools import lru_cache
from pathlib import Path

TRANSLATIONS = Path(__file__).parent / "translations"


def terminal_language(environ=None) -> str:
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            return "ar" if environ[name].lower().startswith("ar") else "en"
    return "en"


@lru_cache(maxsize=4)
def _catalogue(language: str):
    if language == "en":
        return gettext.NullTranslations()
    return gettext.translation("messages", localedir=TRANSLATIONS, languages=[language], fallback=True)


def say(msgid: str, **values) -> str:
    """The message in the terminal's language, its %(name)s values filled in."""
    text = _catalogue(terminal_language()).gettext(msgid)
    return text % values if values else text


def say_n(singular: str, plural: str, n: int, **values) -> str:
    text = _catalogue(terminal_language()).ngettext(singular, plural, n)
    return text % dict(values, num=n)
