"""Addresses that leave the app (e-mails, calendar feeds) start with the configured BASE_URL, never with
the Host a request claims: a forged Host would otherwise send a victim's reset link to another site."""
from __future__ import annotations

from flask import current_app, url_for

from .message import N_  # the message is translated where it is shown (the page, or the command line)


class BaseUrlMissing(RuntimeError):
    """Production has no default address: mail features refuse to run until BASE_URL is set."""

    def __init__(self):
        super().__init__(N_("BASE_URL is not set: set DS_BASE_URL (e.g. https://tracker.example.org) "
                            "before sending e-mail or publishing calendar feeds."))


def base_url() -> str:
    url = (current_app.config.get("BASE_URL") or "").rstrip("/")
    if not url:
        raise BaseUrlMissing()
    return url


def external_url(endpoint: str, **values) -> str:
    """The absolute address of a page, for a message read outside the browser."""
    return base_url() + url_for(endpoint, _external=False, **values)


def external_url_or_none(endpoint: str, **values) -> str | None:
    try:
        return external_url(endpoint, **values)
    except BaseUrlMissing:
        return None
