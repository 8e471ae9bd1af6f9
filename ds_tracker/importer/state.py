"""The reader's place in the document: which section it is in, and the table columns it has seen."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..textnorm import normalise


def _norm(text: str) -> str:
    return re.sub(r"[\s:;.\-–—|*#]+$", "", normalise(text)).strip()


@dataclass
class _State:
    section: str | None = None
    taught: bool = False             # the reviewer said what the section's heading opens (importer/background.py)
    group: dict | None = None        # the breakout group being read
    group_mode: str = "challenges"   # inside a group: "challenges" or "recommendations"
    heading: str | None = None       # the nearest heading in the participants list
    org_heading: str | None = None   # the nearest heading that names an organisation
    body: str | None = None          # the body the list's own lead names ("ومن وكالة ... :"), known or not
    column_groups: list | None = None  # "Government | Humanitarian": each column lists people of one group
    columns: dict | None = None      # table header: kind -> column index
    session: dict | None = None
    table_kind: str | None = None
    last_number: int | None = None   # the last number of a numbered list
    item_style: str | None = None    # how the section's items are marked: "bullet" or "number"
    level: int = 0                   # the Markdown level of the heading that opened the section
    lead: str | None = None          # the line that opened an "agreed" list ("... التوصيات التالية:")
    due_hint: dict | None = None     # "### By end of month" inside the action points: its items' due date
