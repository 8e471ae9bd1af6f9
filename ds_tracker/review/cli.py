"""`flask review-draft`: the quarterly review written from the record, as a .docx, from the command line."""
from __future__ import annotations

import click
from flask.cli import with_appcontext


@click.command("review-draft")
@click.option("--from", "start", required=True, help="First day of the period (2024-01-01).")
@click.option("--to", "end", required=True, help="Last day of the period (2024-03-31).")
@click.option("--forum", "forums", multiple=True, help="A forum's code (JCF-NIN); repeat for more; none: all.")
@click.option("--lang", "language", type=click.Choice(["en", "ar"]), default="en", show_default=True)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, writable=True),
              help="The .docx file to write.")
@with_appcontext
def review_draft_command(start, end, forums, language, out):
    """Write the review of a period from the record (every forum, or those named) to a Word file."""
    from ..dates import DateParseError, parse_date
    from ..services import SYSTEM, ValidationFailed
    from ..services.reviews import compose, default_title, forums_by_code
    from . import docx
    try:
        first, last = parse_date(start), parse_date(end)
    except DateParseError as e:
        raise click.BadParameter(str(e)) from None
    base = _base_url()
    try:
        chosen = forums_by_code(forums)
        sections = compose(SYSTEM, start=first, end=last, forums=chosen, language=language, base_url=base)
    except ValidationFailed as e:
        raise click.ClickException("; ".join(f"{k}: {v}" for k, v in e.errors.items())) from None
    subtitle = f"{first.isoformat()} – {last.isoformat()}"
    if chosen:
        subtitle += " · " + ", ".join(f.code for f in chosen)
    with open(out, "wb") as f:
        f.write(docx.write(default_title(first, last, language), subtitle, sections, language))
    filled = sum(1 for s in sections if s["text"])
    from ..cli_text import say, say_n
    click.echo(say("Wrote %(path)s: %(sections)s, %(filled)s with content.", path=out, filled=filled,
                   sections=say_n("%(num)s section", "%(num)s sections", len(sections))))


def _base_url() -> str:
    from ..links import BaseUrlMissing, base_url
    try:
        return base_url()
    except BaseUrlMissing:
        return ""
