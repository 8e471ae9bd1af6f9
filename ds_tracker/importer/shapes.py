"""The readers of particular shapes the line walk consults beside the section readers (mixed into parse._Reader):
rolls written by post, initials first, council motions, decisions listed in Arabic prose, members of the body
that met, a "Minutes: <date>" label, Arabic rolls and initialled rolls."""
from __future__ import annotations

from .arabic_rolls import ArabicRolls
from .bracketed_roll import roll_in_prose
from .lead_items import paragraph_item
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

    def roll_in_prose(self, line) -> None:
        """"... PARTICIPANTS - Ana Ruiz (IOM) - Li Wei (CARE) ...": a roll run together with the text around it."""
        for name, org in roll_in_prose(line.text) if not line.is_row else []:
            self._add_participant(name, None, org, line)

    def lead_item(self, line) -> bool:
        """A bare line under a lead announcing recommendations is one, unsure: where a list without bullets ends,
        nothing marks. True when read so."""
        if not paragraph_item(self.state.lead, line.text, line.is_row, bool(line.bullet or line.number)):
            return False
        before = len(self.draft["recommendations"])
        self._add_recommendation(line.text, line, None)
        for rec in self.draft["recommendations"][before:]:
            rec["unsure"] = True
        return True
