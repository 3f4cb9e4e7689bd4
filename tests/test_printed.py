"""`Printed` finds a near-copy of a statement already shown through an index of its words: it
compares a candidate only with the statements that share enough of its words. The index must
never miss a pair the plain comparison (`near_duplicate` with every printed statement) finds."""

from __future__ import annotations

import itertools
import random

from briefing.compose.budget import SHARED_BY_DUPLICATES, Printed
from briefing.compose.candidates import Candidate, near_duplicate
from briefing.models import Evidence, Fact


def candidate(number: int, statement: str) -> Candidate:
    evidence = Evidence(source="a.txt", start=0, end=len(statement), quote=statement)
    fact = Fact(id=f"f{number}", statement=statement, evidence=[evidence], salience=0.5)
    return Candidate(fact=fact, sources=("a.txt",), score=0.5, base=0.5)


def plainly_repeats(printed: list[Candidate], new: Candidate) -> bool:
    """The comparison without an index: the same fact, or a near-copy of any printed statement."""
    return any(c.fact.id == new.fact.id or near_duplicate(new.words, c.words) for c in printed)


def test_near_copies_share_at_least_as_many_words_as_the_index_asks_for() -> None:
    """Every pair of word sets drawn from eight words (all 65,536 of them): wherever
    `near_duplicate` holds, they share `min(SHARED_BY_DUPLICATES, len(a))` words or more."""
    universe = [f"word{i}" for i in range(8)]
    sets = [frozenset(c) for n in range(len(universe) + 1) for c in itertools.combinations(universe, n)]
    duplicates = 0
    for a in sets:
        for b in sets:
            if near_duplicate(a, b):
                duplicates += 1
                assert len(a & b) >= min(SHARED_BY_DUPLICATES, len(a)), (sorted(a), sorted(b))
    assert duplicates > len(sets)  # not only a set with itself


STATEMENTS = [
    "The ministry approved the budget for hospitals and schools on Monday evening",
    "Parliament rejected the amendment about regional hospitals funding",
    "Strike halts trains",  # short: alike only when the words are the same
    "Firefighters rescued seven hikers trapped above the valley after the storm",
    "Mayor resigns",
    "The central bank raised interest rates again, citing persistent inflation pressures",
    " ".join(f"token{letter}" for letter in "abcdefghij"),  # ten words
]


def test_the_index_finds_exactly_the_near_copies_the_plain_comparison_finds() -> None:
    printed_list = [candidate(i, s) for i, s in enumerate(STATEMENTS)]
    printed = Printed()
    for c in printed_list:
        printed.add(c)
    asked = [
        # seven of ten words in common: exactly at the threshold, a near-copy; six: not one
        " ".join(f"token{letter}" for letter in "abcdefgxyz"),
        " ".join(f"token{letter}" for letter in "abcdefwxyz"),
        # every word of the printed statement, and words of its own
        "Ministry approved budget hospitals schools Monday evening with different funding words added",
        # a reworded near-copy with words of its own
        "Firefighters rescued seven trapped hikers above the valley storm yesterday",
        "Strike halts trains",  # the same short statement
        "Strike halts buses",  # a short one that differs by a word
        "halts",  # one word, in a printed statement but not the same statement
        "Mayor resigns",
        "resigns mayor",  # the same words, in another order
        "The bank raised rates",  # three words, all of them in a printed statement
        "The bank lowered fees sharply today",  # shares a word, too few of them
        "Nothing of this was printed before today",
        "and the of it",  # no content words at all
        "The central bank raised interest rates again citing persistent inflation",
    ]
    found = []
    for number, statement in enumerate(asked, start=100):
        new = candidate(number, statement)
        expected = plainly_repeats(printed_list, new)
        assert printed.repeats(new) is expected, statement
        found.append(expected)
    assert found.count(True) == 8 and found.count(False) == 6  # both answers are exercised
    assert printed.repeats(candidate(0, "an unrelated statement with the id of a printed fact"))


def test_the_index_agrees_with_the_plain_comparison_on_random_statements_as_they_are_added() -> None:
    """Statements of one to twelve words from a vocabulary of thirty, checked and added in turn,
    as the body and the annexes add them."""
    draw = random.Random(14)
    vocabulary = [f"word{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(30)]
    printed_list: list[Candidate] = []
    printed = Printed()
    outcomes = set()
    for number in range(600):
        new = candidate(number, " ".join(draw.sample(vocabulary, draw.randint(1, 12))))
        repeats = printed.repeats(new)
        assert repeats is plainly_repeats(printed_list, new)
        outcomes.add(repeats)
        if not repeats:
            printed.add(new)
            printed_list.append(new)
    assert outcomes == {True, False}
