"""What happened when (timeline), what is coming (outlook), and what carries no date at all.

- Timeline: dated facts up to the as-of date, ordered by the date things happened (not by
  publication), each at its own precision. Facts dated only by their article's publication date
  enter sparingly (at most `PUBLICATION_DATED_PER_ARTICLE` per article): they say when something
  was *reported*, which is weaker than a date the text gives.
- Outlook: facts dated after the as-of date; and plans dated only by a recent publication, which
  are *announced* as coming without a date (their `date` is the announcement's, and they say so).
- Undated: facts from sources with no publication date and no date of their own. They never go on
  the timeline, and each says that its source is undated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from briefing.compose.candidates import Candidate, pick
from briefing.models import PartialDate

TIMELINE_MAX = 20
TIMELINE_PER_ARTICLE = 4
PUBLICATION_DATED_PER_ARTICLE = 2
OUTLOOK_MAX = 8
UNDATED_MAX = 8
UNDATED_PER_ARTICLE = 3
ANNOUNCED_WITHIN_DAYS = 14


def is_after(when: PartialDate, as_of: PartialDate) -> bool:
    """Strictly after the as-of date, at the coarser of the two precisions."""
    return when.first_day() > as_of.last_day()


def _after(candidate: Candidate, as_of_end: dt.date) -> bool:
    return candidate.first_day is not None and candidate.first_day > as_of_end


def by_date(candidates: Sequence[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: (c.when.sort_key() if c.when else (0, 0, 0), -c.score))


def _ranked(candidates: Sequence[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: -c.score)


def timeline(candidates: Sequence[Candidate], as_of: PartialDate) -> list[Candidate]:
    end = as_of.last_day()
    eligible = [
        c
        for c in candidates
        if c.when is not None
        and not _after(c, end)
        and (c.fact.kind != "context" or c.fact.when_basis in ("explicit", "relative"))
    ]
    told: list[Candidate] = []
    reported: list[Candidate] = []
    for candidate in eligible:
        (reported if candidate.fact.when_basis in (None, "publication") else told).append(candidate)
    per_article: dict[str, int] = {}
    leads = []
    for candidate in _ranked(reported):
        if per_article.get(candidate.article, 0) < PUBLICATION_DATED_PER_ARTICLE:
            per_article[candidate.article] = per_article.get(candidate.article, 0) + 1
            leads.append(candidate)
    chosen = pick(_ranked(told + leads), TIMELINE_MAX, TIMELINE_PER_ARTICLE, same_date_only=True)
    return by_date(chosen)


def outlook(candidates: Sequence[Candidate], as_of: PartialDate) -> tuple[list[Candidate], list[Candidate]]:
    """(scheduled after the as-of date, announced recently without a date of their own)."""
    end = as_of.last_day()
    scheduled = [c for c in candidates if _after(c, end)]
    horizon = end - dt.timedelta(days=ANNOUNCED_WITHIN_DAYS)
    announced = [
        c
        for c in candidates
        if c.fact.kind == "plan"
        and c.first_day is not None
        and c.fact.when_basis == "publication"
        and horizon <= c.first_day <= end
    ]
    chosen_scheduled = pick(_ranked(scheduled), OUTLOOK_MAX, OUTLOOK_MAX, same_date_only=True)
    room = OUTLOOK_MAX - len(chosen_scheduled)
    chosen_announced = pick(_ranked(announced), room, 2, chosen=chosen_scheduled) if room > 0 else []
    return by_date(chosen_scheduled), by_date(chosen_announced)


def undated(candidates: Sequence[Candidate]) -> list[Candidate]:
    eligible = [c for c in candidates if c.when is None and c.sources_undated]
    chosen = pick(_ranked(eligible), UNDATED_MAX, UNDATED_PER_ARTICLE)
    return chosen
