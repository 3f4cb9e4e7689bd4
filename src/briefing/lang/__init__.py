"""Each language's knowledge in one place: month names, weekdays, number words, negations,
reporting verbs, role words, accent folding.

One module per language (`it.py`, `en.py`); dates, rules, support checks and i18n read their
words from here and nowhere else, so that adding a language is one module and its tests.
"""

from __future__ import annotations

LANGUAGES = ("it", "en")


def words(text: str) -> frozenset[str]:
    """A word list written as one string, words separated by white space."""
    return frozenset(text.split())
