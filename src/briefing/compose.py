"""Facts → a `Briefing`: key points, a timeline ordered by when things happened, an outlook of
what is scheduled after the as-of date, and the sources. Every statement carries citation ids that
resolve to verified evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import BaseModel

from briefing.align import line_of
from briefing.i18n import format_date, labels
from briefing.models import (
    Article,
    Briefing,
    Citation,
    Evidence,
    Fact,
    PartialDate,
    Period,
    Section,
    SkippedSource,
    SourceInfo,
    Statement,
)

KEY_POINTS = 6


class ComposeOptions(BaseModel):
    as_of: PartialDate | None = None
    language: str = "en"
    title: str | None = None
    engine: str = "extractive"


def default_as_of(articles: Iterable[Article], facts: Iterable[Fact]) -> PartialDate | None:
    """The latest publication date among the inputs (so a build is reproducible); else the latest
    date any fact carries; None when nothing is dated."""
    published = [a.published for a in articles if a.published]
    if published:
        return max(published, key=PartialDate.sort_key)
    dated = [f.when for f in facts if f.when]
    return max(dated, key=PartialDate.sort_key) if dated else None


def is_after(when: PartialDate, as_of: PartialDate) -> bool:
    """Strictly after the as-of date, at the coarser of the two precisions."""
    return when.first_day() > as_of.last_day()


class _Citations:
    """Assigns `c1`, `c2`, … in order of first use; one id per distinct span."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self.by_span: dict[tuple[str, int, int], str] = {}
        self.table: dict[str, Citation] = {}

    def ids(self, evidence: list[Evidence]) -> list[str]:
        found: list[str] = []
        for item in evidence:
            span = (item.source, item.start, item.end)
            if span not in self.by_span:
                cid = f"c{len(self.by_span) + 1}"
                self.by_span[span] = cid
                text = self.texts.get(item.source, "")
                self.table[cid] = Citation(
                    source=item.source,
                    start=item.start,
                    end=item.end,
                    quote=item.quote,
                    line=line_of(text, item.start) if text else None,
                    alignment=item.alignment,
                )
            if self.by_span[span] not in found:
                found.append(self.by_span[span])
        return found


def _statement(fact: Fact, citations: _Citations, dated: bool) -> Statement:
    sources = {e.source for e in fact.evidence}
    return Statement(
        text=fact.statement,
        citations=citations.ids(fact.evidence),
        date=fact.when.iso() if dated and fact.when else None,
        kind=fact.kind,
        sources_count=len(sources),
    )


def _by_date(facts: Iterable[Fact]) -> list[Fact]:
    return sorted(facts, key=lambda f: (f.when.sort_key() if f.when else (0, 0, 0), -f.salience))


def compose(
    articles: list[Article],
    facts: list[Fact],
    options: ComposeOptions,
    skipped: list[SkippedSource] | None = None,
) -> Briefing:
    words = labels(options.language)
    as_of = options.as_of or default_as_of(articles, facts) or PartialDate.of(dt.date.today())
    citations = _Citations({a.source: a.text for a in articles})

    ranked = sorted(facts, key=lambda f: -f.salience)
    best_per_article: dict[str, Fact] = {}
    for fact in ranked:
        best_per_article.setdefault(fact.evidence[0].source, fact)
    key_facts = sorted(best_per_article.values(), key=lambda f: -f.salience)[:KEY_POINTS]

    future = [f for f in facts if f.when and is_after(f.when, as_of)]
    past = [
        f
        for f in facts
        if f.when
        and not is_after(f.when, as_of)
        and (f.when_basis in ("explicit", "relative") or f in key_facts)
    ]
    undated = [f for f in key_facts if f.when is None]

    sections = [
        Section(
            heading=words["key_points"],
            key="key_points",
            statements=[_statement(f, citations, dated=True) for f in key_facts],
        ),
        Section(
            heading=words["timeline"],
            key="timeline",
            statements=[_statement(f, citations, dated=True) for f in _by_date(past)],
        ),
        Section(
            heading=words["outlook"],
            key="outlook",
            statements=[_statement(f, citations, dated=True) for f in _by_date(future)],
        ),
        Section(
            heading=words["undated"],
            key="undated",
            statements=[_statement(f, citations, dated=False) for f in undated],
        ),
    ]
    sections = [section for section in sections if section.statements]

    published = [a.published for a in articles if a.published]
    start = min(published, key=PartialDate.sort_key).first_day().isoformat() if published else None
    title = options.title or (f"{words['title']} — {words['as_of']} {format_date(as_of, options.language)}")
    return Briefing(
        title=title,
        as_of=as_of.iso(),
        period=Period(start=start, end=as_of.iso()),
        language=options.language,
        engine=options.engine,
        sections=sections,
        citations=citations.table,
        sources=[
            SourceInfo(
                source=a.source,
                sha256=a.sha256,
                encoding=a.encoding,
                title=a.title,
                outlet=a.outlet,
                published=a.published.iso() if a.published else None,
                published_basis=a.published_basis,
                language=a.language,
            )
            for a in articles
        ],
        skipped=list(skipped or []),
    )
