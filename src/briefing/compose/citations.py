"""The briefing's citation table: `c1`, `c2`, … in order of first use, one id per distinct span.

Each citation carries the rest of its quote's paragraph (`context_before`, `context_after`, at
most `CONTEXT_CHARS` each, cut at a word): the evidence annex shows the quote in its passage.
"""

from __future__ import annotations

from collections.abc import Iterable

from briefing.align import line_of
from briefing.models import Citation, Evidence, Fact

CONTEXT_CHARS = 280
CITED_PER_FACT = 5  # quotes cited for one fact: its first spans from as many distinct sources
_LINE_BREAKS = ("\n", "\r")


def _paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line (a news file's paragraph) holding text[start:end]."""
    low = max(text.rfind(mark, 0, start) for mark in _LINE_BREAKS) + 1
    highs = [found for mark in _LINE_BREAKS if (found := text.find(mark, end)) >= 0]
    return low, min(highs, default=len(text))


def passage(text: str, start: int, end: int, limit: int = CONTEXT_CHARS) -> tuple[str, str]:
    """(what comes before the quote in its paragraph, what comes after), each at most `limit`
    characters, cut at a space with an ellipsis where the paragraph goes on."""
    low, high = _paragraph_bounds(text, start, end)
    before, after = text[low:start], text[end:high]
    if len(before) > limit:
        cut = before[-limit:]
        before = "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut
    if len(after) > limit:
        cut = after[:limit]
        after = (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"
    return before, after


class CitationTable:
    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._by_span: dict[tuple[str, int, int], str] = {}
        self.table: dict[str, Citation] = {}

    def ids(self, evidence: Iterable[Evidence], limit: int = CITED_PER_FACT) -> list[str]:
        """Citation ids for `evidence` (one fact's): its spans from the first `limit` distinct
        sources, in order. A claim that hundreds of articles carry cites five of them (its
        statement still counts them all in `sources_count`), so the annex stays readable."""
        found: list[str] = []
        for item in first_per_source(evidence, limit):
            span = (item.source, item.start, item.end)
            cid = self._by_span.get(span)
            if cid is None:
                cid = f"c{len(self._by_span) + 1}"
                self._by_span[span] = cid
                text = self._texts.get(item.source)
                before, after = passage(text, item.start, item.end) if text else (None, None)
                self.table[cid] = Citation(
                    source=item.source,
                    start=item.start,
                    end=item.end,
                    quote=item.quote,
                    line=line_of(text, item.start) if text else None,
                    alignment=item.alignment,
                    context_before=before,
                    context_after=after,
                )
            if cid not in found:
                found.append(cid)
        return found

    def has(self, evidence: Evidence) -> bool:
        """Is this span already cited by some statement?"""
        return (evidence.source, evidence.start, evidence.end) in self._by_span

    def for_facts(self, facts: Iterable[Fact]) -> list[str]:
        return list(dict.fromkeys(cid for fact in facts for cid in self.ids(fact.evidence)))


def first_per_source(evidence: Iterable[Evidence], limit: int) -> list[Evidence]:
    """Every span of the first `limit` sources (a source quoted twice keeps both spans)."""
    sources: list[str] = []
    kept = []
    for item in evidence:
        if item.source not in sources:
            if len(sources) >= limit:
                continue
            sources.append(item.source)
        kept.append(item)
    return kept
