"""Facts prepared for choosing: their distinct sources, a score, and the words they are about.

Scoring is deliberately simple and explainable: the engine's salience (scaled to the corpus), how
many distinct sources carry the fact (corroboration), what kind of fact it is, and how its date was
found. Every choice in compose is a greedy walk down this ranking with a per-article cap and a
near-duplicate check, so its cost is linear in the facts plus a small constant per pick.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from briefing import lang
from briefing.compose.furniture import furniture_lines, on_furniture
from briefing.compose.topic import NEUTRAL, Topic
from briefing.models import Article, Fact, PartialDate

KIND_WEIGHT = {
    "event": 0.30,
    "plan": 0.30,
    "position": 0.20,
    "figure": 0.20,
    "statement": 0.10,
    "context": 0.0,
}
BASIS_WEIGHT = {"explicit": 0.20, "relative": 0.15, "publication": 0.0}
CORROBORATION_WEIGHT = 0.35
EXAMINED_PER_PICK = 50

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_STOPWORDS = lang.union(lambda language: language.long_stopwords)


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of four letters or more, without the commonest function words."""
    return frozenset(_WORD.findall(text.casefold())) - _STOPWORDS


def near_duplicate(a: frozenset[str], b: frozenset[str], threshold: float = 0.7) -> bool:
    """Two statements say much the same thing: most words of the shorter are in the longer."""
    if len(a) < 3 or len(b) < 3:
        return a == b and bool(a)
    return len(a & b) / min(len(a), len(b)) >= threshold


def distinct_sources(fact: Fact) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.source for e in fact.evidence))


@dataclass
class Candidate:
    fact: Fact
    sources: tuple[str, ...]
    score: float  # salience + corroboration + kind + how the date was found
    base: float  # the same without the date's basis
    sources_undated: bool = False
    furniture: bool = False  # every quote of it lies on a site-furniture line (`furniture`)
    topicality: float = NEUTRAL  # how much a dated statement is about the folder's story (`topic`)
    when: PartialDate | None = None
    first_day: dt.date | None = None
    last_day: dt.date | None = None

    @property
    def article(self) -> str:
        return self.sources[0]

    @cached_property
    def words(self) -> frozenset[str]:
        """Computed on demand: only facts that reach a choice need them."""
        return content_words(self.fact.statement)


def importance(fact: Fact) -> float:
    """How important the engine says a fact is: an LLM's order (`rank` 1 first) falls off gently,
    as 1/√rank, so the model's later facts stay in the running (no floor hides them); else the
    engine's salience."""
    return 1.0 / math.sqrt(fact.rank) if fact.rank else fact.salience


def prepare(facts: Sequence[Fact], articles: Iterable[Article]) -> list[Candidate]:
    """One `Candidate` per fact, in the facts' order."""
    articles = list(articles)
    undated = {a.source for a in articles if a.published is None}
    furniture = furniture_lines(articles)
    top = max((importance(f) for f in facts), default=0.0)
    scale = 1.0 / top if top > 0 else 0.0
    candidates = []
    for fact in facts:
        sources = distinct_sources(fact)
        base = (
            min(importance(fact) * scale, 1.0)
            + CORROBORATION_WEIGHT * math.log2(len(sources))
            + KIND_WEIGHT.get(fact.kind, 0.0)
        )
        when = fact.when
        candidates.append(
            Candidate(
                fact=fact,
                sources=sources,
                score=base + BASIS_WEIGHT.get(fact.when_basis or "", 0.0),
                base=base,
                sources_undated=all(s in undated for s in sources),
                furniture=bool(furniture) and all(on_furniture(e, furniture) for e in fact.evidence),
                when=when,
                first_day=when.first_day() if when else None,
                last_day=when.last_day() if when else None,
            )
        )
    _score_topicality(candidates, articles)
    return candidates


def _score_topicality(candidates: Sequence[Candidate], articles: Sequence[Article]) -> None:
    """Each dated statement that can reach the timeline, scored against the folder's story."""
    dated = [c for c in candidates if c.when is not None and not c.furniture]
    if not dated:
        return
    scores = Topic(articles).about([c.fact.statement for c in dated])
    for candidate, topicality in zip(dated, scores, strict=True):
        candidate.topicality = topicality


def pick(
    ranked: Iterable[Candidate],
    limit: int,
    per_article: int,
    chosen: list[Candidate] | None = None,
    same_date_only: bool = False,
) -> list[Candidate]:
    """Walk down `ranked` (best first), keeping at most `per_article` from one article and nothing
    that nearly repeats a pick (on the same date, when `same_date_only`). The walk looks at no more
    than `EXAMINED_PER_PICK` candidates per place to fill, so its cost is bounded on any corpus."""
    picked: list[Candidate] = []
    taken: list[Candidate] = list(chosen or [])
    per: dict[str, int] = {}
    for examined, candidate in enumerate(ranked):
        if len(picked) >= limit or examined >= EXAMINED_PER_PICK * max(limit, 1):
            break
        if per.get(candidate.article, 0) >= per_article:
            continue
        if any(
            near_duplicate(candidate.words, other.words)
            and (not same_date_only or candidate.when == other.when)
            for other in taken
        ):
            continue
        picked.append(candidate)
        taken.append(candidate)
        per[candidate.article] = per.get(candidate.article, 0) + 1
    return picked
