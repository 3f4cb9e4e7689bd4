"""What every extraction passes before it counts, in whichever process it was made: grounding
(evidence verified in the article), the refusal of sentences that address an AI model, and of
quotes a wrong encoding garbled.

`--jobs` worker processes (`briefing.workers`) run this themselves and send the checked result
back, so that the parent process does not do it for every article while they wait."""

from __future__ import annotations

from pydantic import BaseModel

from briefing.garbled import leave_out_garbled
from briefing.grounding import ground
from briefing.instructions import refuse_instructions
from briefing.models import Article, Extraction


class Checked(BaseModel):
    """An article's extraction as a briefing may use it, and the warning it raised (or None)."""

    extraction: Extraction
    warning: str | None = None


def check(article: Article, extraction: Extraction) -> Checked:
    """Ground the engine's extraction in `article`, then leave out evidence from instructions and
    facts whose quotes a wrong encoding garbled (`garbled`)."""
    refused, hostile = refuse_instructions(article, ground(article, extraction))
    legible, garbled = leave_out_garbled(article, refused)
    warnings = [warning for warning in (hostile, garbled) if warning]
    return Checked(extraction=legible, warning="; ".join(warnings) or None)
