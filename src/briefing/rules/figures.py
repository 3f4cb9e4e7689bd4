"""Figures as the source states them, with their units: `3% del PIL`, `20 miliardi di aiuti
militari`, `$1.5 billion`, `quattro livelli`, `15 anni`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.models import Figure

_NUMBER_WORDS = {
    "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
    "quaranta": 40, "cinquanta": 50, "cento": 100, "mille": 1000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "thousand": 1000, "dozens": 24,
}  # fmt: skip
_SCALES = {
    "mila": 1e3, "thousand": 1e3, "k": 1e3, "milioni": 1e6, "milione": 1e6, "mln": 1e6, "million": 1e6,
    "millions": 1e6, "m": 1e6, "miliardi": 1e9, "miliardo": 1e9, "mld": 1e9, "mld.": 1e9, "billion": 1e9,
    "billions": 1e9, "bn": 1e9, "trillion": 1e12, "trilioni": 1e12,
}  # fmt: skip
_CURRENCIES = {
    "€": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "us$": "USD", "dollari": "USD", "dollaro": "USD",
    "dollars": "USD", "dollar": "USD", "£": "GBP", "sterline": "GBP", "pounds": "GBP", "rubli": "RUB",
    "roubles": "RUB", "rubles": "RUB", "yuan": "CNY", "grivne": "UAH", "hryvnias": "UAH",
}  # fmt: skip
_COUNTED = (
    r"soldati|truppe|militari|persone|morti|vittime|feriti|civili|anni|mesi|settimane|giorni|ore|paesi|stati"
    r"|alleati|membri|regioni|livelli|missili|droni|carri armati|aerei|caccia|navi|tonnellate|chilometri|km"
    r"|voti|seggi|posti di lavoro|punti|ostaggi|prigionieri|profughi|rifugiati|sfollati|abitanti"
    r"|soldiers|troops|people|dead|killed|wounded|civilians|years|months|weeks|days|hours|countries|states"
    r"|allies|members|regions|levels|missiles|drones|tanks|jets|aircraft|ships|tonnes|tons|kilometres"
    r"|kilometers|miles|votes|seats|jobs|points|hostages|prisoners|refugees|residents"
)
_NUM = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_WORD_NUM = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_SCALE = "|".join(re.escape(s) for s in sorted(_SCALES, key=len, reverse=True))
_CURRENCY_WORD = (
    r"euro|euros|dollari|dollaro|dollars|dollar|sterline|pounds|rubli|roubles|rubles|yuan|grivne|hryvnias"
)

_PERCENT = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM})\s?(?:%|per ?cento|percent|per cent)(?P<of>\s+(?:del|of|of the)\s+"
    r"(?:PIL|Pil|pil|GDP|prodotto interno lordo|gross domestic product))?",
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
    if language == "it":
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
