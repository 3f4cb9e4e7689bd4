"""Key points: who writes them, and the rules every written key point must pass.

`compose` ranks the facts (salience, corroboration, recency, diversity) and hands the ranking to a
`KeyPointWriter`. The default, `SalienceKeyPoints`, takes the best facts as they are. A writer
backed by an LLM can plug in behind the same protocol: it may phrase its own sentences, but each
must cite fact ids from the request, and every number it writes (days and years included) must
appear in a cited quote; `validate_key_points` says what is wrong with each point that does not
(for a re-ask), and compose keeps only the points that pass.
"""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel, Field

from briefing.models import Fact, PartialDate
from briefing.support import missing_numbers


class KeyPointRequest(BaseModel):
    facts: list[Fact] = Field(description="candidates, best first; ids are unique")
    as_of: PartialDate
    language: str = "en"
    limit: int = 6


class WrittenKeyPoint(BaseModel):
    text: str = Field(min_length=1)
    fact_ids: list[str] = Field(min_length=1)


class KeyPointWriter(Protocol):
    name: str

    def write(self, request: KeyPointRequest) -> list[WrittenKeyPoint]: ...


class SalienceKeyPoints:
    """The offline writer: the best-ranked facts, in their own words."""

    name = "salience"

    def write(self, request: KeyPointRequest) -> list[WrittenKeyPoint]:
        return [WrittenKeyPoint(text=f.statement, fact_ids=[f.id]) for f in request.facts[: request.limit]]


def validate_key_points(points: list[WrittenKeyPoint], facts: dict[str, Fact]) -> list[list[str]]:
    """For each point, the problems found (an empty list when it passes): fact ids that do not
    exist, and numbers that none of the cited facts' quotes contains."""
    problems: list[list[str]] = []
    for point in points:
        found: list[str] = []
        unknown = [fid for fid in point.fact_ids if fid not in facts]
        if unknown:
            found.append("cites fact ids that do not exist: " + ", ".join(unknown))
        quotes = " ".join(e.quote for fid in point.fact_ids if fid in facts for e in facts[fid].evidence)
        missing = missing_numbers(point.text, quotes)  # the one number rule: `1,5` = `1.5`, `tre` = 3
        if missing:
            found.append("writes numbers that no cited quote contains: " + ", ".join(missing))
        problems.append(found)
    return problems
