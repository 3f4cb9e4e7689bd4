"""Figures: numbers grouped by what they measure, presented as a series over time, with real
conflicts flagged.

2% → 3% → 5% of GDP asked by different actors at different dates is a *trajectory*: one series,
ordered by date, each value with who said it. Two sources giving different numbers for the same
actor, measure and date is a *conflict*, and says so side by side.

A series joins only numbers of the same measure, unit and subject:
- the unit, normalised (`% del PIL`, `% of GDP`, `per cento del PIL` are one);
- the measure, named by the words nearest the number in its statement (`spesa per la difesa`,
  `defense spending`, `deficit`, `inflazione`, `dei voti`: each language's `MEASURES` in
  `briefing.lang`); a number whose measure the words do not name stays a single figure, never
  a step of a series (an Austrian vote share, Italian spending growth and an inflation target are
  three figures, not one "% of GDP" trajectory);
- the subject: the fact's first topic when the engine gives topics.
Each number is dated by its own clause (`salirà all'1,2% nel 2025`, `per il 2024 … all'1%`), else
by its statement's date where the statement names no other and no other number of it has a
date of its own; a number whose year its words leave open (`…per il 2024 all'1%, e i prossimi
due anni all'1,2%`) is no point of a series.
A bare percentage joins the `% of GDP` series of the same measure and topic when there is one
(news about spending targets writes "5%" and "5% del PIL" for the same thing). A figure whose text
is not inside one of its fact's quotes is never used: nothing is said that a quote does not
support.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from briefing import lang
from briefing.compose.candidates import Candidate
from briefing.lang import en, it
from briefing.models import Article, Figure, PartialDate
from briefing.rules.when import DateMention, find_dates

SERIES_MAX_POINTS = 8
MEASURE_WINDOW = 80  # characters before the number where its measure may be named
MEASURE_AFTER = 30  # characters after it ("il 2% di spesa per la difesa")
_MEASURE_PHRASES = sorted(
    {
        (phrase, measure)
        for lexicon in (it.MEASURES, en.MEASURES)
        for measure, phrases in lexicon.items()
        for phrase in phrases
    },
)
_FIRST_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_PERCENT_WORDS = ("%", *(word for language in lang.ALL for word in language.percent_words))
_GDP_WORDS = tuple(word for language in lang.ALL for word in language.gdp_words)
_DURATION_UNITS = lang.union(lambda language: language.duration_units)


@dataclass
class FigureMention:
    candidate: Candidate
    figure: Figure
    metric: str
    topic: str
    number: float | None
    actor: str | None
    measure: str | None = None
    when: PartialDate | None = None


@dataclass
class Series:
    metric: str
    topic: str
    mentions: list[FigureMention]
    measure: str | None = None


def metric_of(figure: Figure) -> str | None:
    """`percent_gdp`, `percent`, `unit:<unit>`; None for a bare number (not comparable to others)."""
    unit = " ".join((figure.unit or "").casefold().split())
    text = figure.text.casefold()
    if any(word in unit or word in text for word in _PERCENT_WORDS):
        return "percent_gdp" if any(word in f"{unit} {text}" for word in _GDP_WORDS) else "percent"
    if not unit or unit in _DURATION_UNITS:
        return None  # "15 anni", "tre giorni": spans of time, not quantities to compare
    return f"unit:{unit}"


def measure_near(statement: str, figure_text: str) -> str | None:
    """The measure a number is of, by the words of its statement: one the figure names itself
    ("5% defense spending"); else the nearest named before it within `MEASURE_WINDOW` characters
    ("il deficit calerà sotto il 3%"); else one named just after it ("il 2% di spesa per la
    difesa"). None when no measure is named."""
    text = " ".join(statement.casefold().split())
    figure = " ".join(figure_text.casefold().split())
    at = text.find(figure)
    if at < 0:
        return None
    end = at + len(figure)
    inside: list[tuple[int, str]] = []
    before: list[tuple[int, str]] = []
    after: list[tuple[int, str]] = []
    for phrase, measure in _MEASURE_PHRASES:
        start = text.find(phrase, max(0, at - MEASURE_WINDOW))
        while 0 <= start < end + MEASURE_AFTER:
            stop = start + len(phrase)
            if start >= at and stop <= end:
                inside.append((0, measure))
            elif stop <= at:
                before.append((at - stop, measure))
            elif start >= end:
                after.append((start - end, measure))
            start = text.find(phrase, start + 1)
    for found in (inside, before, after):
        if found:
            return min(found)[1]
    return None


def number_of(figure: Figure) -> float | None:
    if figure.value is not None:
        return figure.value
    match = _FIRST_NUMBER.search(figure.text)
    return float(match.group().replace(",", ".")) if match else None


def actor_of(candidate: Candidate) -> str | None:
    """Who gives the figure: the quoted speaker, else the only actor named; None when unclear."""
    fact = candidate.fact
    if fact.speaker:
        return fact.speaker
    return fact.actors[0].name if len(fact.actors) == 1 else None


_CLAUSE_BREAK = re.compile(r"[,;:.!?](?=\s)|[()«»“”]|\s[–—-]\s")  # not the comma of `1,2%`


def _clause_date(
    statement: str, figure_text: str, dates: Sequence[DateMention], breaks: Sequence[int]
) -> PartialDate | None:
    """The nearest date phrase of a number's own clause (between the clause `breaks` around it)."""
    at = statement.find(figure_text)
    if at < 0:
        return None
    end = at + len(figure_text)
    opens = max((b for b in breaks if b < at), default=-1)
    closes = min((b for b in breaks if b >= end), default=len(statement))
    own = [m for m in dates if m.date is not None and opens < m.start and m.end <= closes]
    if not own:
        return None
    return min(own, key=lambda m: m.start - end if m.start >= end else at - m.end).date


def figure_dates(
    statement: str,
    figure_texts: Sequence[str],
    dates: Sequence[DateMention],
    statement_date: PartialDate | None,
) -> list[tuple[bool, PartialDate | None]]:
    """For each number of a statement, (whether its date is known, that date): the date its own
    clause names (`salirà all'1,2% nel 2025`); else the statement's date, where no other number
    of it has a date of its own and the statement names no date but its own; else unknown (`per
    il 2024 all'1%, e i prossimi due anni all'1,2%`: a forecast whose words leave this number's
    year open)."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(statement)]
    own = [_clause_date(statement, text, dates, breaks) for text in figure_texts]
    fallback = all(date is None for date in own) and {m.date for m in dates} <= {statement_date}
    return [(True, date) if date is not None else (fallback, statement_date) for date in own]


@lru_cache(maxsize=1 << 14)  # per statement with figures: `compose.ahead`
def dates_in(statement: str, published: PartialDate | None, language: str | None) -> tuple[DateMention, ...]:
    """`when.find_dates`, remembered for the very same arguments."""
    return tuple(find_dates(statement, published, language))


def mentions(
    candidates: Sequence[Candidate], articles: Mapping[str, Article] | None = None
) -> list[FigureMention]:
    """Every figure of `candidates` a quote holds, with what it measures and when (`figure_dates`,
    against its article's publication date from `articles`)."""
    found = []
    for candidate in candidates:
        fact = candidate.fact
        if not fact.figures:
            continue
        quotes = [e.quote.casefold() for e in fact.evidence]
        article = (articles or {}).get(candidate.article)
        published = article.published if article else None
        dates = dates_in(fact.statement, published, fact.language)
        dated = figure_dates(fact.statement, [f.text for f in fact.figures], dates, fact.when)
        for figure, (known, when) in zip(fact.figures, dated, strict=True):
            metric = metric_of(figure)
            text = " ".join(figure.text.casefold().split())
            if metric is None or not text or not any(text in " ".join(q.split()) for q in quotes):
                continue
            if not known:
                continue  # which of the statement's dates is its own, its words do not say
            found.append(
                FigureMention(
                    candidate=candidate,
                    figure=figure,
                    metric=metric,
                    topic=fact.topics[0] if fact.topics else "",
                    number=number_of(figure),
                    actor=actor_of(candidate),
                    measure=measure_near(fact.statement, figure.text),
                    when=when,
                )
            )
    return found


def group(found: Sequence[FigureMention]) -> list[Series]:
    """Mentions by (metric, topic, measure); bare percentages join the `% of GDP` series of the
    same topic and measure. A mention whose measure is unnamed is a series of its own (a single
    figure: it never becomes a step of a trajectory)."""
    groups: dict[tuple[str, str, str], list[FigureMention]] = defaultdict(list)
    singles: list[Series] = []
    for mention in found:
        if mention.measure is None:
            singles.append(Series(mention.metric, mention.topic, [mention]))
        else:
            groups[(mention.metric, mention.topic, mention.measure)].append(mention)
    for (metric, topic, measure), items in list(groups.items()):
        if metric == "percent" and ("percent_gdp", topic, measure) in groups:
            groups[("percent_gdp", topic, measure)].extend(items)
            del groups[(metric, topic, measure)]
    series = [Series(metric, topic, items, measure) for (metric, topic, measure), items in groups.items()]
    return series + singles


def _date_key(mention: FigureMention) -> tuple[tuple[int, int, int], float]:
    """By date (undated last); on the same date, the smaller number first."""
    when = mention.when.sort_key() if mention.when else (9999, 99, 99)
    return when, mention.number if mention.number is not None else float("inf")


def _same_step(a: FigureMention, b: FigureMention) -> bool:
    """The same number again, by the same actor or by one the source does not name."""
    return a.number == b.number and (a.actor == b.actor or a.actor is None or b.actor is None)


def trajectory(series: Series) -> list[list[FigureMention]]:
    """The series' steps in date order; consecutive mentions of the same number (by the same actor,
    or where one gives no actor) are one step, dated by its first mention. The best-scored mentions
    are kept when there are more than fit. An undated mention of a number the series already dates
    is that point said again, not a point of its own (it could not be placed in time)."""
    best = sorted(series.mentions, key=lambda m: -m.candidate.score)
    dated = {m.number for m in series.mentions if m.when is not None}
    kept: list[FigureMention] = []
    seen: set[tuple[float | None, str | None, str | None]] = set()
    for mention in best:
        key = (mention.number, mention.actor, mention.when.iso() if mention.when else None)
        if mention.when is None and mention.number in dated:
            continue
        if key not in seen:
            seen.add(key)
            kept.append(mention)
        if len(kept) >= SERIES_MAX_POINTS:
            break
    steps: list[list[FigureMention]] = []
    for mention in sorted(kept, key=_date_key):
        last = steps[-1][-1] if steps else None
        if last is not None and _same_step(steps[-1][0], mention):
            steps[-1].append(mention)
        else:
            steps.append([mention])
    return steps


def is_trajectory(steps: list[list[FigureMention]]) -> bool:
    return len(steps) >= 2 and len({step[0].number for step in steps}) >= 2


def conflicts(found: Sequence[FigureMention]) -> list[list[FigureMention]]:
    """Sets of mentions where different sources give different numbers for the same actor, date,
    unit and topic, and the same measure as far as the words name one (an unnamed measure does
    not rule a clash out; two different named measures do)."""
    buckets: dict[tuple[str, str, str, str], list[FigureMention]] = defaultdict(list)
    for mention in found:
        if mention.actor and mention.when and mention.number is not None:
            key = (mention.metric, mention.topic, mention.actor.casefold(), mention.when.iso())
            buckets[key].append(mention)
    clashes = []
    for items in buckets.values():
        numbers = {m.number for m in items}
        sources = {m.candidate.article for m in items}
        measures = {m.measure for m in items} - {None}
        if len(numbers) >= 2 and len(sources) >= 2 and len(measures) <= 1:
            clashes.append(sorted(items, key=lambda m: (m.number or 0.0, m.candidate.article)))
    return clashes
