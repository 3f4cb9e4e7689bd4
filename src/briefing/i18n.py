"""Everything the tool itself writes, in each language of `briefing.lang`. Quotes stay in their own
language."""

from __future__ import annotations

import datetime as dt

from briefing import lang
from briefing.models import PartialDate

LABELS: dict[str, dict[str, str]] = {code: dict(language.labels) for code, language in lang.LANGUAGES.items()}
MONTH_NAMES = {code: list(language.months) for code, language in lang.LANGUAGES.items()}
SHORT_MONTH_NAMES = {code: list(language.month_abbreviations) for code, language in lang.LANGUAGES.items()}


def labels(language: str) -> dict[str, str]:
    return LABELS.get(language, LABELS["en"])


def format_date(date: PartialDate | dt.date | None, language: str = "en", short: bool = False) -> str:
    """`8 Apr 2026`, `Nov 2024`, `2025` — at the precision the date has."""
    if date is None:
        return labels(language)["undated_source"]
    if isinstance(date, dt.date):
        date = PartialDate.of(date)
    names = (SHORT_MONTH_NAMES if short else MONTH_NAMES).get(language, MONTH_NAMES["en"])
    if date.month is None:
        return str(date.year)
    month = names[date.month - 1]
    if date.day is None:
        return f"{month} {date.year}"
    return f"{date.day} {month} {date.year}"


def format_span(
    first: PartialDate | None, last: PartialDate | None, language: str = "en", short: bool = False
) -> str:
    """`21–22 Sep 2024`, `30 Sep – 2 Oct 2024`, `30 Dec 2024 – 2 Jan 2025`, `Dec 1941 – Jan 1942`:
    what a span prints, sharing its month and year where its ends do (`format_date` when it has no
    other end, or its ends are not of one precision)."""
    if first is None or last is None or last == first or first.precision != last.precision:
        return format_date(first, language, short)
    whole = format_date(last, language, short)
    if first.day is not None and (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{whole}"
    if first.month is not None and first.year == last.year:
        return f"{format_date(first, language, short).removesuffix(f' {first.year}')} – {whole}"
    return f"{format_date(first, language, short)} – {whole}"
