"""Figures as the source states them, with their units: `3% del PIL`, `20 miliardi di aiuti
militari`, `$1.5 billion`, `quattro livelli`, `15 anni`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import lang
from briefing.models import Figure

_NUMBER_WORDS: dict[str, int] = {w: n for language in lang.ALL for w, n in language.number_words.items()}
_SCALES: dict[str, float] = {w: n for language in lang.ALL for w, n in language.scales.items()}
_CURRENCY_WORDS: dict[str, str] = {w: c for language in lang.ALL for w, c in language.currencies.items()}
_CURRENCIES = {"€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", **_CURRENCY_WORDS}
_COUNTED = lang.alternatives(lambda language: language.counted_nouns)
_NUM = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_WORD_NUM = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_SCALE = "|".join(re.escape(s) for s in sorted(_SCALES, key=len, reverse=True))
_CURRENCY_WORD = lang.words(_CURRENCY_WORDS)

_PERCENT_WORDS = lang.words(word for language in lang.ALL for word in language.percent_words)
_GDP_WORDS = lang.words(word for language in lang.ALL for word in language.gdp_words)
_OF = lang.words(word for language in lang.ALL for word in language.noun_complements)
_THE = lang.words(article for language in lang.ALL for article in language.definite_articles)
_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM})\s?(?:%|(?i:{_PERCENT_WORDS}))"
    rf"(?P<of>\s+(?i:(?:{_OF})(?:\s+(?:{_THE}))?\s+(?:{_GDP_WORDS})))?",
)
_MONEY_SYMBOL = re.compile(
    rf"(?P<cur>US\$|€|\$|£)\s?(?P<num>{_NUM})(?:\s?(?P<scale>{_SCALE})\b)?",
    re.IGNORECASE,
)
_MONEY_WORD = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM}|{_WORD_NUM})\s+(?:(?P<scale>{_SCALE})\s+)?(?:di\s+)?(?P<cur>{_CURRENCY_WORD})\b",
    re.IGNORECASE,
)
_SCALED = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM}|{_WORD_NUM})\s+(?P<scale>mila|milioni|miliardi|million|billion|trillion|thousand)\b"
    r"(?:\s+(?:di|of)\s+(?P<what>[a-zà-ÿ]+(?:\s+(?!a\b|in\b|per\b|to\b|for\b)[a-zà-ÿ]+)?))?",
    re.IGNORECASE,
)
_COUNT = re.compile(
    rf"(?<![\w.,])(?P<num>(?:{_NUM}|{_WORD_NUM})(?:\s+(?:o|e|or|to|-)\s+(?:{_NUM}|{_WORD_NUM}))?)\s+"
    rf"(?:(?:nuov[ie]|altr[ie]|new|more|other)\s+)?(?P<what>{_COUNTED})\b",
    re.IGNORECASE,
)


_WORDS = re.compile(r"\w+")
_DIGIT_OR_CURRENCY = re.compile(r"[\d€$£]")


@dataclass(frozen=True)
class FoundFigure:
    start: int
    end: int
    figure: Figure
    kind: str  # percent | money | amount (a scaled number: `20 miliardi di aiuti`) | count


def _number(text: str, language: str | None) -> float | None:
    text = text.strip()
    if text.casefold() in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[text.casefold()])
    text = text.replace(" ", "")
    if lang.language(language).decimal_comma:
        text = text.replace(".", "").replace(",", ".") if re.search(r",\d{1,2}$|\.\d{3}", text) else text
    else:
        text = text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def figures_in(
    text: str, language: str | None, exclude: list[tuple[int, int]] | None = None
) -> list[FoundFigure]:
    """Figures in `text`, in order; spans in `exclude` (dates) are not figures."""
    found: list[FoundFigure] = []
    if not _DIGIT_OR_CURRENCY.search(text) and set(_WORDS.findall(text.lower())).isdisjoint(_NUMBER_WORDS):
        return found  # no number written in digits or words: no figure
    taken: list[tuple[int, int]] = list(exclude or [])

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(match: re.Match[str], kind: str, value: float | None, unit: str | None) -> None:
        taken.append(match.span())
        found.append(
            FoundFigure(match.start(), match.end(), Figure(text=match.group(), value=value, unit=unit), kind)
        )

    for match in _PERCENT.finditer(text):
        if free(*match.span()):
            unit = "%" + (" " + match["of"].split()[-1] if match["of"] else "")
            add(match, "percent", _number(match["num"], language), unit)
    for pattern in (_MONEY_SYMBOL, _MONEY_WORD):
        for match in pattern.finditer(text):
            if not free(*match.span()):
                continue
            value = _number(match["num"], language)
            scale = match["scale"]
            if value is not None and scale:
                value *= _SCALES.get(scale.casefold(), 1)
            add(match, "money", value, _CURRENCIES.get(match["cur"].casefold()))
    for match in _SCALED.finditer(text):
        if not free(*match.span()):
            continue
        value = _number(match["num"], language)
        if value is not None:
            value *= _SCALES[match["scale"].casefold()]
        add(match, "amount", value, match["what"])
    for match in _COUNT.finditer(text):
        if not free(*match.span()):
            continue
        number = match["num"]
        single = not re.search(r"\s(?:o|e|or|to|-)\s", number)
        add(match, "count", _number(number, language) if single else None, match["what"].casefold())
    return sorted(found, key=lambda item: item.start)
