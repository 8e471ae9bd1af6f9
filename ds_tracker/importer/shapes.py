"""The readers of particular shapes the line walk consults beside the section readers (mixed into parse._Reader):
rolls written by post, initials first, council motions, decisions listed in Arabic prose, members of the body
that met, a "Minutes: <date>" label, Arabic rolls and initialled rolls."""
from __future__ import annotations

from .arabic_rolls import ArabicRolls
from .decided_items import DecidedItems
from .initials import InitialledRolls
from .initials_first import InitialsFirst
from .members_body import MembersBody
from .minutes_day import MinutesLabel
from .motions import Motions
from .titled_roll import TitledRolls


class ShapeReaders(ArabicRolls, InitialledRolls, TitledRolls, InitialsFirst, Motions, DecidedItems, MembersBody,
                   MinutesLabel):
    """Each mixin uses the reader's lines, ref, lang, draft and state."""

    def after_the_walk(self) -> None:
        self.drop_bare_outcomes()     # "Motion passed.": its motion is the decision
        self.drop_whole_sentences()   # "قررت X وY" read whole: its decisions are the rows
        self.members_of_the_body()    # "Trustee Hale" at a board's meeting: of that board
