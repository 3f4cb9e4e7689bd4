"""What is latest: a report tells of days up to its article's publication, however vague its date
(the key-point ranking, which the bottom line reads; hand-written articles)."""

from __future__ import annotations

import datetime as dt

from briefing.compose.candidates import prepare
from briefing.compose.core import _by_recency, known_last_day
from briefing.models import Evidence, Fact, PartialDate
from handwritten import handwritten_article

RAID = "Il gruppo armato ha colpito per la prima volta la periferia della città portuale."
STRIKE = "L'aviazione ha bombardato il quartiere generale del gruppo nella capitale."


def _fact(source: str, text: str, statement: str, when: str) -> Fact:
    start = text.index(statement)
    return Fact(
        id=source,
        statement=statement,
        kind="event",
        salience=0.8,
        when=PartialDate.parse(when),
        evidence=[Evidence(source=source, start=start, end=start + len(statement), quote=statement)],
    )


def test_a_report_dated_only_by_its_year_is_no_later_news_than_a_report_of_days_after() -> None:
    first = handwritten_article("a.txt", f"Titolo\n\n{RAID}\n", published=PartialDate.parse("2024-09-22"))
    later = handwritten_article("b.txt", f"Titolo\n\n{STRIKE}\n", published=PartialDate.parse("2024-09-27"))
    raid = _fact("a.txt", first.text, RAID, "2024")  # the year alone: its last day is 31 December
    strike = _fact("b.txt", later.text, STRIKE, "2024-09-27")
    candidates = prepare([raid, strike], [first, later])
    assert known_last_day(candidates[0], dt.date(2024, 12, 31)) == dt.date(2024, 9, 22)
    ranked = _by_recency(candidates, PartialDate.parse("2025-03-31"), dt.date(2024, 1, 1))
    assert [c.fact.statement for c in ranked] == [STRIKE, RAID]
    # a plan may tell of days after its article: the year's last day stands
    plan = candidates[0]
    plan.fact = plan.fact.model_copy(update={"kind": "plan"})
    assert known_last_day(plan, dt.date(2024, 12, 31)) == dt.date(2024, 12, 31)
