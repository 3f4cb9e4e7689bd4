"""The annexes after the body: what the length budget cut, one click away (issue 13).

- **Chronology**: every day the timeline selection ranks over the whole build (its own length,
  `timeline_length`, not the body's budget), in date order, one best-supported statement each. A
  day the body's timelines already show is left out; a day whose statement the body prints in
  another section gets the day's next best statement.
- **Further reports**: what else each storyline reports, in the ranking compose uses for the
  body, while the whole briefing's quotes stay within `QUOTE_SHARE` of the sources' text.

Neither counts in `body_words`; `Printed` keeps every statement to one place in the briefing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from briefing.compose.budget import Printed
from briefing.compose.candidates import Candidate
from briefing.compose.citations import CITED_PER_FACT, first_per_source
from briefing.compose.timeline import by_date, ranked_timeline
from briefing.models import Article, Citation, Evidence, PartialDate

Span = Evidence | Citation  # a source and a character span in it

QUOTE_SHARE = 0.5  # of the sources' characters, quoted by the body and the annexes together
FURTHER_PER_ARTICLE = 3  # at most this many further reports per article of a storyline
FURTHER_MAX = 60  # and this many in all, however large the folder: the annex stays a few pages


class QuotedText:
    """Which characters of each source the briefing quotes, and how many it may quote."""

    def __init__(self, articles: Iterable[Article], share: float = QUOTE_SHARE) -> None:
        self.marked = {a.source: bytearray(len(a.text)) for a in articles}
        self.allowed = int(share * sum(len(m) for m in self.marked.values()))
        self.quoted = 0

    def added_by(self, evidence: Iterable[Span]) -> int:
        """Characters these quotes would add to what is already quoted."""
        spans: dict[str, set[int]] = {}
        for e in evidence:
            marked = self.marked.get(e.source)
            if marked is not None:
                spans.setdefault(e.source, set()).update(
                    i for i in range(e.start, min(e.end, len(marked))) if not marked[i]
                )
        return sum(len(s) for s in spans.values())

    def add(self, evidence: Sequence[Span]) -> None:
        self.quoted += self.added_by(evidence)
        for e in evidence:
            marked = self.marked.get(e.source)
            if marked is not None:
                end = min(e.end, len(marked))
                marked[e.start : end] = b"\x01" * max(0, end - e.start)

    def fits(self, evidence: Sequence[Span]) -> bool:
        return self.quoted + self.added_by(evidence) <= self.allowed


def cited(candidate: Candidate) -> list[Evidence]:
    """The spans a statement of this candidate cites (`CitationTable.ids`)."""
    return first_per_source(candidate.fact.evidence, CITED_PER_FACT)


def chronology(
    candidates: Sequence[Candidate],
    as_of: PartialDate,
    start: PartialDate | None,
    articles: int,
    printed: Printed,
    shown: Collection[PartialDate] = (),
) -> list[Candidate]:
    """The ranked days the body's timelines do not already show (`shown`), in the order things
    happened; a day whose best statement the body prints elsewhere gets its next best."""
    chosen = ranked_timeline(candidates, as_of, start, articles, shown=shown, passed_over=printed.repeats)
    for candidate in chosen:
        printed.add(candidate, 0)
    return by_date(chosen)


def further_reports(
    ranked: Sequence[Sequence[Candidate]],
    articles: Sequence[int],
    printed: Printed,
    quoted: QuotedText,
) -> list[list[Candidate]]:
    """For each storyline (its candidates best first, its number of articles), what the briefing
    does not print yet, best first, taken in turns across storylines while the quotes fit."""
    limits = [FURTHER_PER_ARTICLE * max(1, n) for n in articles]
    chosen: list[list[Candidate]] = [[] for _ in ranked]
    places = [0 for _ in ranked]
    total = 0
    while total < FURTHER_MAX:
        added = False
        for i, candidates in enumerate(ranked):
            while total < FURTHER_MAX and places[i] < len(candidates) and len(chosen[i]) < limits[i]:
                candidate = candidates[places[i]]
                places[i] += 1
                evidence = cited(candidate)
                if printed.repeats(candidate) or not quoted.fits(evidence):
                    continue
                printed.add(candidate, 0)
                quoted.add(evidence)
                chosen[i].append(candidate)
                total += 1
                added = True
                break
        if not added:
            break
    return chosen
