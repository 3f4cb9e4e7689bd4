"""Facts → a `Briefing`: key points (bottom line first), a timeline ordered by when things happened,
an outlook of what is coming, positions by actor, figures as series with conflicts flagged, undated
reports, and the sources. Every statement carries citation ids that resolve to verified evidence.

The same claim from several articles is one statement citing all of them (`merge_facts`), and
says how many sources carry it (`sources_count`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import PurePath

from pydantic import BaseModel

from briefing.compose import figures as fig
from briefing.compose.candidates import Candidate, pick, prepare
from briefing.compose.citations import CitationTable
from briefing.compose.keypoints import (
    KeyPointRequest,
    KeyPointWriter,
    SalienceKeyPoints,
    WrittenKeyPoint,
    validate_key_points,
)
from briefing.compose.positions import positions
from briefing.compose.timeline import outlook, timeline, undated
from briefing.i18n import format_date, labels
from briefing.merge import merge_facts
from briefing.models import (
    Article,
    Briefing,
    Citation,
    Fact,
    FigurePoint,
    PartialDate,
    Period,
    Section,
    SkippedSource,
    SourceInfo,
    Statement,
)

KEY_POINTS = 6
KEY_POINT_CANDIDATES = 40
KEY_POINTS_PER_ARTICLE = 2
RECENCY_WEIGHT = 0.5
FIGURE_SERIES_MAX = 5
FIGURE_SINGLES_MAX = 5
REPORTED_PER_ARTICLE = 5
REPORTED_MAX = 25
REPORTED_MIN_SALIENCE = 0.15


class ComposeOptions(BaseModel):
    as_of: PartialDate | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    language: str = "en"
    title: str | None = None
    period_label: str | None = None  # e.g. "April 2025", for one briefing of `--every month`
    engine: str = "extractive"
    key_points: int = KEY_POINTS


def latest_publication(articles: Iterable[Article]) -> PartialDate | None:
    published = [a.published for a in articles if a.published]
    return max(published, key=PartialDate.sort_key) if published else None


def default_as_of(articles: Iterable[Article], facts: Iterable[Fact]) -> PartialDate | None:
    """The latest publication date among the inputs (so a build is reproducible); else the latest
    date any fact carries; None when nothing is dated."""
    published = latest_publication(articles)
    if published:
        return published
    dated = [f.when for f in facts if f.when]
    return max(dated, key=PartialDate.sort_key) if dated else None


def _unique_ids(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    unique = []
    for fact in facts:
        fid, n = fact.id, 1
        while fid in seen:
            n += 1
            fid = f"{fact.id}#{n}"
        seen.add(fid)
        unique.append(fact if fid == fact.id else fact.model_copy(update={"id": fid}))
    return unique


def _key_point_ranking(
    candidates: Sequence[Candidate], as_of: PartialDate, start: dt.date
) -> list[Candidate]:
    """Salience and corroboration, plus recency: what is latest (or coming) is the bottom line."""
    end = as_of.last_day()
    span = max(1, (end - start).days)

    def recency(c: Candidate) -> float:
        if c.first_day is None or c.last_day is None:
            return 0.25
        if c.first_day > end:
            return 1.1
        return 1.0 - min(1.0, max(0, (end - c.last_day).days) / span)

    ranked = sorted(candidates, key=lambda c: -(c.base + RECENCY_WEIGHT * recency(c)))
    return pick(ranked, KEY_POINT_CANDIDATES, KEY_POINTS_PER_ARTICLE)


class _Writer:
    """Turns chosen candidates into `Statement`s, numbering citations in order of first use."""

    def __init__(self, citations: CitationTable, language: str) -> None:
        self.citations = citations
        self.words = labels(language)
        self.language = language

    def note(self, items: Sequence[Candidate]) -> str | None:
        return self.words["source_undated"] if items and all(c.sources_undated for c in items) else None

    def statement(self, candidate: Candidate, dated: bool = True, **extra: object) -> Statement:
        fact = candidate.fact
        fields: dict[str, object] = {
            "text": fact.statement,
            "citations": self.citations.ids(fact.evidence),
            "date": fact.when.iso() if dated and fact.when else None,
            "kind": fact.kind,
            "sources_count": len(candidate.sources),
            "note": self.note([candidate]),
        }
        fields.update(extra)
        return Statement.model_validate(fields)


def _source_name(candidate: Candidate, articles: dict[str, Article]) -> str:
    article = articles.get(candidate.article)
    return (article.outlet if article and article.outlet else None) or PurePath(candidate.article).name


def _metric_label(series: fig.Series, words: dict[str, str]) -> str:
    """`Defence spending, % of GDP` (with ` — topic` when the engine gives one)."""
    label = words.get(f"metric_{series.metric}") or series.metric.removeprefix("unit:")
    if series.measure:
        label = f"{words.get(f'measure_{series.measure}', series.measure)}, {label}"
    return f"{label} — {series.topic}" if series.topic else label


def _figure_statements(
    candidates: Sequence[Candidate], writer: _Writer, articles: dict[str, Article]
) -> tuple[list[Statement], Statement | None]:
    """(the Figures section, the series worth a key point)."""
    words, language = writer.words, writer.language
    found = fig.mentions(candidates)
    all_series = fig.group(found)
    conflict_statements: list[Statement] = []
    series_statements: list[tuple[float, Statement]] = []
    in_series: set[str] = set()
    for clash in fig.conflicts(found):
        first = clash[0]
        label = _metric_label(fig.Series(first.metric, first.topic, clash, first.measure), words)
        what = f"{label}, {first.actor}, {format_date(first.when, language, short=True)}"
        values = " vs ".join(
            f"{' '.join(m.figure.text.split())} ({_source_name(m.candidate, articles)})" for m in clash
        )
        conflict_statements.append(
            Statement(
                text=words["conflict"].format(what=what, values=values),
                citations=writer.citations.for_facts(m.candidate.fact for m in clash),
                date=first.when.iso() if first.when else None,
                kind="conflict",
                conflict=True,
                metric=label,
                sources_count=len({s for m in clash for s in m.candidate.sources}),
            )
        )
    for series in all_series:
        label = _metric_label(series, words)
        steps = fig.trajectory(series)
        if not fig.is_trajectory(steps):
            continue
        points, texts = [], []
        for step in steps:
            head = step[0]
            value = " ".join(head.figure.text.split())
            date = format_date(head.when, language, short=True) if head.when else None
            who = ", ".join(part for part in (head.actor, date) if part)
            texts.append(f"{value} ({who})" if who else value)
            points.append(
                FigurePoint(
                    value=value,
                    number=head.number,
                    actor=head.actor,
                    date=head.when.iso() if head.when else None,
                    citations=writer.citations.for_facts(m.candidate.fact for m in step),
                )
            )
            in_series.update(m.candidate.fact.id for m in step)
        cited = [m.candidate for step in steps for m in step]
        statement = Statement(
            text=words["series"].format(metric=label, steps=" → ".join(texts)),
            citations=list(dict.fromkeys(c for p in points for c in p.citations)),
            kind="figure_series",
            metric=label,
            points=points,
            sources_count=len({s for c in cited for s in c.sources}),
        )
        series_statements.append((len(steps) + sum(c.score for c in cited) / len(cited), statement))
    series_statements.sort(key=lambda item: -item[0])
    best = series_statements[0][1] if series_statements else None
    singles = sorted(
        (c for c in candidates if c.fact.figures and c.fact.id not in in_series),
        key=lambda c: -c.score,
    )
    single_statements = [writer.statement(c) for c in pick(singles, FIGURE_SINGLES_MAX, 2)]
    shown = [s for _, s in series_statements[:FIGURE_SERIES_MAX]]
    return conflict_statements + shown + single_statements, best


def _key_points(
    ranked: list[Candidate],
    key_writer: KeyPointWriter,
    as_of: PartialDate,
    options: ComposeOptions,
    limit: int,
) -> list[tuple[WrittenKeyPoint, list[Candidate]]]:
    by_id = {c.fact.id: c for c in ranked}
    request = KeyPointRequest(
        facts=[c.fact for c in ranked], as_of=as_of, language=options.language, limit=limit
    )
    written = key_writer.write(request)[:limit]
    problems = validate_key_points(written, {fid: c.fact for fid, c in by_id.items()})
    kept = [point for point, found in zip(written, problems, strict=True) if not found]
    if not kept and ranked and not isinstance(key_writer, SalienceKeyPoints):
        kept = SalienceKeyPoints().write(request)
    return [(point, [by_id[fid] for fid in dict.fromkeys(point.fact_ids)]) for point in kept]


def compose(
    articles: list[Article],
    facts: list[Fact],
    options: ComposeOptions,
    skipped: list[SkippedSource] | None = None,
    key_writer: KeyPointWriter | None = None,
) -> Briefing:
    words = labels(options.language)
    as_of = options.as_of or default_as_of(articles, facts)
    if as_of is None:  # never today's date silently: a briefing must be reproducible
        raise ValueError("nothing in the inputs is dated: give ComposeOptions(as_of=...)")
    published = [a.published for a in articles if a.published]
    first = min(published, key=PartialDate.sort_key) if published else None
    start = options.since or first
    candidates = prepare(_unique_ids(merge_facts(facts)), articles)
    by_source = {a.source: a for a in articles}
    writer = _Writer(CitationTable({a.source: a.text for a in articles}), options.language)

    # Choose first, then write in reading order so that citation numbers follow the page.
    ranked = _key_point_ranking(candidates, as_of, start.first_day() if start else as_of.first_day())
    series_slot = 1
    figure_section, best_series = _figure_statements(candidates, writer, by_source)
    limit = options.key_points - (1 if best_series else 0)
    key_points = _key_points(ranked, key_writer or SalienceKeyPoints(), as_of, options, limit)
    key_statements = []
    for point, cited in key_points:
        dates = {c.when for c in cited}
        when = dates.pop() if len(dates) == 1 else None
        key_statements.append(
            Statement(
                text=point.text,
                citations=writer.citations.for_facts(c.fact for c in cited),
                date=when.iso() if when else None,
                kind=cited[0].fact.kind if len(cited) == 1 else None,
                sources_count=len({s for c in cited for s in c.sources}),
                note=writer.note(cited),
            )
        )
    if best_series is not None:
        key_statements.insert(min(series_slot, len(key_statements)), best_series.model_copy(deep=True))

    scheduled, announced = outlook(candidates, as_of)
    position_groups = positions(candidates)
    sections = [
        Section(heading=words["key_points"], key="key_points", statements=key_statements),
        Section(
            heading=words["timeline"],
            key="timeline",
            statements=[writer.statement(c) for c in timeline(candidates, as_of, start, len(articles))],
        ),
        Section(
            heading=words["outlook"],
            key="outlook",
            statements=[writer.statement(c) for c in scheduled]
            + [writer.statement(c, date_basis="announced", note=words["announced_note"]) for c in announced],
        ),
        Section(
            heading=words["positions"],
            key="positions",
            statements=[writer.statement(c, actor=name) for name, group in position_groups for c in group],
        ),
        Section(heading=words["figures"], key="figures", statements=figure_section),
        Section(
            heading=words["undated"],
            key="undated",
            statements=[writer.statement(c, dated=False) for c in undated(candidates)],
        ),
    ]
    sections.append(
        Section(
            heading=words["reported"],
            key="reported",
            statements=[
                writer.statement(c, group=_source_heading(by_source[c.article], options.language))
                for c in reported(candidates, articles, writer.citations)
            ],
        )
    )
    sections = [section for section in sections if section.statements]
    _number(sections)
    # Figures were written before the key points (to find the best series); renumber citations
    # into reading order now that every statement is known.
    citations = _renumber(sections, writer.citations)

    period_label = options.period_label
    as_of_label = format_date(as_of, options.language)
    title = options.title or (
        f"{words['title']} — {period_label} ({words['as_of']} {as_of_label})"
        if period_label
        else f"{words['title']} — {words['as_of']} {as_of_label}"
    )
    return Briefing(
        title=title,
        as_of=as_of.iso(),
        period=Period(start=start.first_day().isoformat() if start else None, end=as_of.iso()),
        language=options.language,
        engine=options.engine,
        sections=sections,
        citations=citations,
        sources=[_source_info(a) for a in articles],
        skipped=list(skipped or []),
    )


def _source_heading(article: Article, language: str) -> str:
    """`AgenPress, Nov 2024 (000_c81cc95113a03d59.txt)`."""
    parts = [article.outlet or PurePath(article.source).name]
    parts.append(format_date(article.published, language, short=True))
    return f"{', '.join(parts)} — {article.title}" if article.title else ", ".join(parts)


def reported(
    candidates: Sequence[Candidate], articles: Sequence[Article], cited: CitationTable
) -> list[Candidate]:
    """What else each source reports that an analyst would keep: per article (oldest first,
    undated last), its salient facts not cited anywhere above, in the article's own order; at most
    `REPORTED_PER_ARTICLE` per article and `REPORTED_MAX` in all, the best scored kept."""
    by_article: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        if candidate.fact.salience >= REPORTED_MIN_SALIENCE and not any(
            cited.has(e) for e in candidate.fact.evidence
        ):
            by_article.setdefault(candidate.article, []).append(candidate)
    ordered = sorted(
        articles, key=lambda a: (a.published is None, a.published.sort_key() if a.published else (0, 0, 0))
    )
    per_article = {
        source: pick(sorted(found, key=lambda c: -c.score), REPORTED_PER_ARTICLE, REPORTED_PER_ARTICLE)
        for source, found in by_article.items()
    }
    best = sorted((c for found in per_article.values() for c in found), key=lambda c: -c.score)
    kept = {id(c) for c in best[:REPORTED_MAX]}
    chosen: list[Candidate] = []
    for article in ordered:
        picked = [c for c in per_article.get(article.source, []) if id(c) in kept]
        chosen += sorted(picked, key=lambda c: c.fact.evidence[0].start)
    return chosen


_PREFIX = {
    "key_points": "K",
    "timeline": "T",
    "outlook": "O",
    "positions": "P",
    "figures": "F",
    "undated": "U",
    "reported": "R",
}


def _number(sections: list[Section]) -> None:
    for section in sections:
        prefix = _PREFIX.get(section.key, section.key[:1].upper())
        for index, statement in enumerate(section.statements, start=1):
            statement.id = f"{prefix}{index}"


def _renumber(sections: list[Section], table: CitationTable) -> dict[str, Citation]:
    """Citation ids `c1`, `c2`, … in reading order; only citations some statement uses."""
    mapping: dict[str, str] = {}
    for section in sections:
        for statement in section.statements:
            for cid in statement.citations:
                mapping.setdefault(cid, f"c{len(mapping) + 1}")
    for section in sections:
        for statement in section.statements:
            statement.citations = [mapping[c] for c in statement.citations]
            for point in statement.points or []:
                point.citations = [mapping[c] for c in point.citations]
    return {new: table.table[old] for old, new in mapping.items()}


def _source_info(article: Article) -> SourceInfo:
    return SourceInfo(
        source=article.source,
        sha256=article.sha256,
        encoding=article.encoding,
        title=article.title,
        outlet=article.outlet,
        published=article.published.iso() if article.published else None,
        published_basis=article.published_basis,
        language=article.language,
    )
