"""The annexes after the body: what the length budget cut, one click away (issue 13).

- **Chronology**: every day the build attests that matters (`timeline.matters`), best attested
  first, up to `TIMELINE_MAX` (not
  the body's budget, nor `timeline_length`, which sizes the body's storyline timelines), in date
  order, one best-supported statement each. An editor's timeline of the same events may hold a
  handful of days or every other day of the period (the ML-Crisis references here: 26 days in 30
  months, 210 in 14); a small folder attests few days, and the full record lists them all, while
  a large one is cut to its best-attested `TIMELINE_MAX`. A day the body's timelines already show
  is left out. A day whose statement the body prints in
  another section gets its next statement, while the quotes still fit (`chronology_fill_ins`),
  before the further reports are chosen: a day the timeline ranks comes before what else an
  article reports.
- **Further reports**: what else each article reports, each article's best in turn (best: the
  most names, numbers and quotations for its words, as compose ranks the body's remainder), while
  the whole briefing's quotes stay within `QUOTE_SHARE` of the sources' text.

Neither counts in `body_words`; `Printed` keeps every statement to one place in the briefing.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from briefing.compose.budget import Printed
from briefing.compose.candidates import Candidate
from briefing.compose.citations import CITED_PER_FACT, first_per_source
from briefing.compose.timeline import TIMELINE_MAX, by_date, date_reports, ranked_timeline
from briefing.models import Article, Citation, Evidence, PartialDate

Span = Evidence | Citation  # a source and a character span in it

QUOTE_SHARE = 0.58  # of the sources' characters, quoted by the body and the annexes together
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


def readable_alone(candidate: Candidate) -> bool:
    """What the annexes print: a statement that opens on whom or what it is about
    (`Candidate.printable_further`), where the body's context never comes to help."""
    return candidate.printable_further()


def _unreadable_alone(candidate: Candidate) -> bool:
    return not readable_alone(candidate)


def chronology(
    candidates: Sequence[Candidate],
    as_of: PartialDate,
    start: PartialDate | None,
    articles: int,
    printed: Printed,
    shown: Collection[PartialDate] = (),
) -> list[Candidate]:
    """The ranked days the body's timelines do not already show (`shown`) and whose statement it
    does not print elsewhere, in the order things happened."""
    chosen = []
    ranked = ranked_timeline(
        candidates, as_of, start, articles, length=TIMELINE_MAX, shown=shown, skip=_unreadable_alone
    )
    for candidate in ranked:
        if printed.repeats(candidate):
            continue
        printed.add(candidate, 0)
        chosen.append(candidate)
    return by_date(chosen)


def chronology_fill_ins(
    candidates: Sequence[Candidate],
    as_of: PartialDate,
    start: PartialDate | None,
    articles: int,
    printed: Printed,
    quoted: QuotedText,
    shown: Collection[PartialDate],
    listed: Sequence[Candidate],
) -> list[Candidate]:
    """The ranked days neither the body's timelines (`shown`) nor the chronology (`listed`) show,
    because the body prints their statement in another section: each gets its next statement
    that is not printed yet, while the quotes fit."""
    ranked = ranked_timeline(
        candidates, as_of, start, articles, length=TIMELINE_MAX, shown=shown, skip=_unreadable_alone
    )
    missing = {c.when for c in ranked} - {c.when for c in listed}
    chosen = []
    for reports in date_reports(candidates, as_of, start):
        if reports.when not in missing:
            continue
        for candidate in reports.tellers():
            evidence = cited(candidate)
            if not readable_alone(candidate) or printed.repeats(candidate) or not quoted.fits(evidence):
                continue
            printed.add(candidate, 0)
            quoted.add(evidence)
            chosen.append(candidate)
            break
    return chosen


def further_reports(
    ranked: Sequence[Sequence[Candidate]], printed: Printed, quoted: QuotedText
) -> list[list[Candidate]]:
    """For each article (its candidates best first), what the briefing does not print yet, taken
    one article's best at a time in turns, so that every article is heard, while the quotes fit
    and up to `FURTHER_MAX` in all."""
    chosen: list[list[Candidate]] = [[] for _ in ranked]
    places = [0 for _ in ranked]
    total = 0
    while total < FURTHER_MAX:
        added = False
        for i, candidates in enumerate(ranked):
            while total < FURTHER_MAX and places[i] < len(candidates):
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
