"""The briefing's citation table: `c1`, `c2`, … in order of first use, one id per distinct span."""

from __future__ import annotations

from collections.abc import Iterable

from briefing.align import line_of
from briefing.models import Citation, Evidence, Fact


class CitationTable:
    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self._by_span: dict[tuple[str, int, int], str] = {}
        self.table: dict[str, Citation] = {}

    def ids(self, evidence: Iterable[Evidence]) -> list[str]:
        found: list[str] = []
        for item in evidence:
            span = (item.source, item.start, item.end)
            cid = self._by_span.get(span)
            if cid is None:
                cid = f"c{len(self._by_span) + 1}"
                self._by_span[span] = cid
                text = self._texts.get(item.source)
                self.table[cid] = Citation(
                    source=item.source,
                    start=item.start,
                    end=item.end,
                    quote=item.quote,
                    line=line_of(text, item.start) if text else None,
                    alignment=item.alignment,
                )
            if cid not in found:
                found.append(cid)
        return found

    def has(self, evidence: Evidence) -> bool:
        """Is this span already cited by some statement?"""
        return (evidence.source, evidence.start, evidence.end) in self._by_span

    def for_facts(self, facts: Iterable[Fact]) -> list[str]:
        return self.ids(e for fact in facts for e in fact.evidence)
