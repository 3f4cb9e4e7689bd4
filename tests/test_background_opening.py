"""A background story opens on its bottom line, or is not shown (hand-written statements)."""

from __future__ import annotations

import datetime as dt

from briefing.compose.budget import Printed
from briefing.compose.candidates import Candidate
from briefing.compose.core import _choose_background
from briefing.compose.storylines import Storyline
from briefing.models import Evidence, Fact, FactKind, PartialDate

AS_OF = PartialDate.parse("2024-09-30")


def candidate(source: str, statement: str, kind: FactKind, day: str | None, score: float) -> Candidate:
    fact = Fact(
        id=f"{source}:{abs(hash(statement))}",
        statement=statement,
        kind=kind,
        evidence=[Evidence(source=source, start=0, end=len(statement), quote=statement)],
    )
    first = dt.date.fromisoformat(day) if day else None
    return Candidate(
        fact, (source,), score, score, graded=False, first_day=first, last_day=first, reported_by=first
    )


def story(number: int, source: str) -> Storyline:
    day = PartialDate.parse("2024-09-24")
    return Storyline(f"s{number}", source, [source], day, day, 1, 1.0)


def test_a_background_story_whose_bottom_line_does_not_fit_is_left_out_not_told_by_an_aside() -> None:
    season = candidate(
        "ohtani.txt",
        " ".join(
            ["Il campione giapponese ha chiuso la stagione con cinquanta fuoricampo e cinquanta basi."] * 3
        ),
        "event",
        "2024-09-24",
        0.9,
    )
    aside = candidate(
        "ohtani.txt", "Il vecchio presidente intuì l'affare ma non seppe guadagnarci.", "event", None, 0.6
    )
    bridge = candidate(
        "ponte.txt", "Il ponte sul fiume è stato riaperto al traffico.", "event", "2024-09-28", 0.8
    )
    ohtani, ponte = story(1, "ohtani.txt"), story(2, "ponte.txt")
    printed = Printed()
    shown = _choose_background(
        [ohtani, ponte],
        {"s1": [season, aside], "s2": [bridge]},
        AS_OF,
        dt.date(2024, 9, 1),
        30,  # words: the bridge fits, the season's 39 words do not
        printed,
    )
    assert [(s.id, c.fact.statement) for s, c in shown] == [("s2", bridge.fact.statement)]
    # with the words for it, the season leads its story
    shown = _choose_background(
        [ohtani, ponte], {"s1": [season, aside], "s2": [bridge]}, AS_OF, dt.date(2024, 9, 1), 200, Printed()
    )
    assert shown[0] == (ohtani, season)
