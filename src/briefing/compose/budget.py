"""The body's length: a word budget, and a greedy fill that never prints the same thing twice.

The budget makes a briefing of up to ten articles fit on one to two pages and grows slowly (with
the logarithm of the number of articles) beyond; on a large folder it never exceeds a quarter of
the sources' words, on a small one half of them. `--length short|standard|long` scales all of it
(half, once, twice; never more than the sources' own words).

`Printed` remembers every fact the body shows and the words of every statement, so no later
section prints a fact or a near-copy of a statement already shown, nor the same event told in
other words: the same count of the same thing (`110 missili`) on the same day or the next, with
no two different speakers (`same_count`).
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Literal

from briefing import lang
from briefing.compose.candidates import Candidate, near_duplicate
from briefing.compose.statement_text import CALENDAR_WORDS
from briefing.lang import fold
from briefing.models import Article
from briefing.rules.figures import figures_in

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


# `near_duplicate` holds two statements of three words or more alike when they share at least 70 %
# of the shorter one's words, so at least three; a shorter statement, only when they are equal.
# Either way they share at least `min(SHARED_BY_DUPLICATES, len(words))` words (a test pins it).
SHARED_BY_DUPLICATES = 3


# Two statements that give the same count of the same thing (`110 missili`, `468 mila effettivi`
# is a scale, not a thing) on the same day or the next, in one language, and no two different
# speakers, tell one event in other words: a count this large recurs by chance no more than that.
# Smaller counts (`3 morti`) and shares (`2%`) recur in different facts.
SAME_COUNT_FROM = 10
SAME_COUNT_DAYS = 1
_NOT_THINGS = CALENDAR_WORDS | frozenset(  # `468 mila effettivi`, `19 marzo`, `dieci anni fa`
    fold(word).casefold() for language in lang.ALL for word in (*language.scales, *language.duration_units)
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d\b")


@functools.lru_cache(maxsize=1 << 14)
def _counts_in(statement: str, language: str | None) -> tuple[tuple[float, str], ...]:
    return tuple(
        (found.figure.value, unit)
        for found in figures_in(statement, language)
        if found.kind == "count"
        and found.figure.value is not None
        and found.figure.value >= SAME_COUNT_FROM
        and found.figure.unit
        for unit in [fold(found.figure.unit).casefold()]
        if unit.isalpha()
        and len(unit) >= 3
        and unit not in _NOT_THINGS
        and not _YEAR.match(found.figure.text)  # `nel 2011 proteste…`: a year, not a count
    )


def counted_things(candidate: Candidate) -> tuple[tuple[float, str], ...]:
    """The counts of things a statement gives, as its text writes them (`110 missili`: (110.0,
    `missili`)), whichever kind of fact the engine made of it."""
    return _counts_in(candidate.fact.statement, candidate.fact.language)


def same_count(a: Candidate, b: Candidate) -> bool:
    """`a` and `b`, which give the same count of the same thing, tell the same event: the same
    language, a day apart at most (the day each tells of, else the day it was reported), and not
    two different speakers."""
    day_a, day_b = a.first_day or a.reported_by, b.first_day or b.reported_by
    if a.fact.language != b.fact.language or day_a is None or day_b is None:
        return False
    if abs((day_a - day_b).days) > SAME_COUNT_DAYS:
        return False
    return a.fact.speaker is None or b.fact.speaker is None or a.fact.speaker == b.fact.speaker


@dataclass
class Printed:
    """What the body already shows: fact ids and statements' words, with each word's statements
    (`holding`), so that a candidate is compared only with those that share enough of its words
    to be a near-copy (a large folder prints hundreds of statements)."""

    fact_ids: set[str] = field(default_factory=set)
    statements: list[frozenset[str]] = field(default_factory=list)
    used: int = 0
    holding: dict[str, list[int]] = field(default_factory=dict)  # word -> where in `statements`
    counted: dict[tuple[float, str], list[Candidate]] = field(default_factory=dict)  # `counted_things`

    def repeats(self, candidate: Candidate) -> bool:
        if candidate.fact.id in self.fact_ids:
            return True
        for thing in counted_things(candidate):
            if any(same_count(candidate, other) for other in self.counted.get(thing, ())):
                return True
        words = candidate.words
        shared = Counter(chain.from_iterable(self.holding.get(word, ()) for word in words))
        enough = min(SHARED_BY_DUPLICATES, len(words))
        return any(near_duplicate(words, self.statements[i]) for i, n in shared.items() if n >= enough)

    def add(self, candidate: Candidate, words: int | None = None) -> None:
        self.fact_ids.add(candidate.fact.id)
        for word in candidate.words:
            self.holding.setdefault(word, []).append(len(self.statements))
        self.statements.append(candidate.words)
        for thing in counted_things(candidate):
            self.counted.setdefault(thing, []).append(candidate)
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
