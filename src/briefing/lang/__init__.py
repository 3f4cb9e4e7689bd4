"""Each language's knowledge in one place: month names, weekdays, number words, negations,
reporting verbs, role words, accent folding (see ARCHITECTURE.md, "Where knowledge lives").

One module per language (`it.py`, `en.py`), each building one typed `Language`; dates, rules,
support checks and i18n read their words from here and nowhere else. Adding a language is one
module, one entry in `LANGUAGES`, and its tests.

The views below combine every language, in the order of `LANGUAGES`: news quotes other languages
(an English wire in an Italian article, a month written in English), so the rules read them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from briefing.lang.en import ENGLISH
from briefing.lang.it import ITALIAN
from briefing.lang.language import COMBINING_MARKS, Language, fold, word_set

LANGUAGES: dict[str, Language] = {"it": ITALIAN, "en": ENGLISH}
"""Every language the pipeline reads and writes, by code; the first is read first."""
ALL: tuple[Language, ...] = tuple(LANGUAGES.values())
DEFAULT = ENGLISH

__all__ = [
    "ALL",
    "COMBINING_MARKS",
    "DEFAULT",
    "ENGLISH",
    "ITALIAN",
    "LANGUAGES",
    "Language",
    "alternatives",
    "fold",
    "language",
    "month_numbers",
    "union",
    "weekday_number",
    "weekday_pattern",
    "word_set",
    "words",
]


def language(code: str | None) -> Language:
    """The language for `code`; English for a code we do not know (or None)."""
    return LANGUAGES.get(code or "", DEFAULT)


def alternatives(fragment: Callable[[Language], str], languages: Iterable[Language] = ALL) -> str:
    """The regex fragments of every language joined as alternatives, each in a group of its own:
    `alternatives(lambda lang: lang.stance)` → `(?:…it…)|(?:…en…)`. Empty fragments are left out."""
    return "|".join(f"(?:{part})" for part in (fragment(lang) for lang in languages) if part)


def words(items: Iterable[str]) -> str:
    """Plain words as regex alternatives, longest first (so `e il` is tried before `e`)."""
    return "|".join(re.escape(item) for item in sorted(dict.fromkeys(items), key=len, reverse=True))


def union(part: Callable[[Language], frozenset[str]]) -> frozenset[str]:
    """A word set of every language together."""
    return frozenset().union(*(part(lang) for lang in ALL))


def month_numbers() -> dict[str, int]:
    """Every month name and short name of every language, lower case, to its number (1-12)."""
    numbers: dict[str, int] = {}
    for lang in ALL:
        for index in range(12):
            numbers[lang.months[index].casefold()] = index + 1
            numbers[lang.month_abbreviations[index].casefold()] = index + 1
        for name, number in lang.month_variants.items():
            numbers[name.casefold()] = number
    return numbers


def _accent_optional(name: str) -> str:
    """`lunedì` → `luned[iì]`: the accent may be left out (many sites write `lunedi`)."""
    return "".join(f"[{fold(c)}{c}]" if fold(c) != c.casefold() else re.escape(c) for c in name)


def weekday_pattern() -> str:
    """Every weekday name of every language as regex alternatives, accents optional (match ignoring case)."""
    return "|".join(_accent_optional(day.casefold()) for lang in ALL for day in lang.weekdays)


def weekday_number(token: str) -> int | None:
    """`lunedì`, `lunedi`, `Monday` → 0; None for a word that is not a weekday."""
    key = fold(token)
    for lang in ALL:
        for number, day in enumerate(lang.weekdays):
            if fold(day) == key:
                return number
    return None
