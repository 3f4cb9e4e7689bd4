"""The body's length: a word budget, and a greedy fill that never prints the same thing twice.

The budget makes a briefing of up to ten articles fit on one to two pages and grows slowly (with
the logarithm of the number of articles) beyond; on a large folder it never exceeds a quarter of
the sources' words, on a small one half of them. `--length short|standard|long` scales all of it
(half, once, twice; never more than the sources' own words).

`Printed` remembers every fact the body shows and the words of every statement, so no later
section prints a fact or a near-copy of a statement already shown.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from briefing.compose.candidates import Candidate, near_duplicate
from briefing.models import Article

Length = Literal["short", "standard", "long"]
LENGTHS: tuple[Length, ...] = ("short", "standard", "long")
STANDARD_WORDS = 720  # two PDF pages with headings and the figures, for up to ten articles
GROWTH = 0.3  # +30 % each time the number of articles doubles beyond ten
LENGTH_FACTOR: dict[str, float] = {"short": 0.5, "standard": 1.0, "long": 2.0}
SMALL_SHARE = 0.5  # at most half the sources' words
LARGE_SHARE = 0.25  # and at most a quarter of them beyond ten articles
LARGE_FOLDER = 10
MIN_WORDS = 120  # a bottom line and a few statements, however short the sources
STATEMENT_OVERHEAD = 2  # a date or a marker beside each statement


def source_words(articles: Iterable[Article]) -> int:
    return sum(len(a.text.split()) for a in articles)


def body_budget(articles: Sequence[Article], length: str = "standard") -> int:
    """Words the body's statements may use."""
    count = len(articles)
    words = source_words(articles)
    budget = STANDARD_WORDS * (1 + GROWTH * math.log2(max(count, LARGE_FOLDER) / LARGE_FOLDER))
    budget *= LENGTH_FACTOR[length]
    share = (LARGE_SHARE if count > LARGE_FOLDER else SMALL_SHARE) * LENGTH_FACTOR[length]
    return max(MIN_WORDS, int(min(budget, min(share, 1.0) * words)))


def words_of(text: str) -> int:
    return len(text.split()) + STATEMENT_OVERHEAD


@dataclass
class Printed:
    """What the body already shows: fact ids and statements' words."""

    fact_ids: set[str] = field(default_factory=set)
    statements: list[frozenset[str]] = field(default_factory=list)
    used: int = 0

    def repeats(self, candidate: Candidate) -> bool:
        return candidate.fact.id in self.fact_ids or any(
            near_duplicate(candidate.words, shown) for shown in self.statements
        )

    def add(self, candidate: Candidate, words: int | None = None) -> None:
        self.fact_ids.add(candidate.fact.id)
        self.statements.append(candidate.words)
        self.used += words_of(candidate.fact.statement) if words is None else words


def fill(
    ranked: Iterable[Candidate], words: int, printed: Printed, limit: int | None = None
) -> list[Candidate]:
    """Walk `ranked` (best first) and keep what is not yet printed and still fits in `words`;
    a statement too long for what is left is passed over for a shorter one."""
    chosen: list[Candidate] = []
    left = words
    for candidate in ranked:
        if limit is not None and len(chosen) >= limit:
            break
        if left <= STATEMENT_OVERHEAD:
            break
        cost = words_of(candidate.fact.statement)
        if cost > left or printed.repeats(candidate):
            continue
        printed.add(candidate, cost)
        chosen.append(candidate)
        left -= cost
    return chosen
