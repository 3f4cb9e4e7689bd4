"""Everything the tool itself writes, in English and Italian. Quotes stay in their own language."""

from __future__ import annotations

import datetime as dt

from briefing.models import PartialDate

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Briefing",
        "as_of": "as of",
        "key_points": "Key points",
        "timeline": "Timeline",
        "outlook": "Outlook",
        "positions": "Positions",
        "figures": "Figures",
        "context": "Context",
        "undated": "Undated reports",
        "sources": "Sources",
        "notes": "Citations",
        "method": "Method",
        "period": "Period",
        "undated_source": "undated",
        "skipped": "Skipped sources",
        "source": "Source",
        "outlet": "Outlet",
        "published": "Published",
        "hash": "SHA-256",
        "line": "line",
        "sources_count": "{n} sources",
        "method_note": (
            "Every statement cites a verbatim quote, located by character offsets in its source "
            "file and verified by the tool. Engine: {engine}. {articles} articles, {citations} "
            "cited quotes."
        ),
    },
    "it": {
        "title": "Briefing",
        "as_of": "aggiornato al",
        "key_points": "Punti chiave",
        "timeline": "Cronologia",
        "outlook": "Prospettive",
        "positions": "Posizioni",
        "figures": "Cifre",
        "context": "Contesto",
        "undated": "Notizie senza data",
        "sources": "Fonti",
        "notes": "Citazioni",
        "method": "Metodo",
        "period": "Periodo",
        "undated_source": "senza data",
        "skipped": "Fonti escluse",
        "source": "Fonte",
        "outlet": "Testata",
        "published": "Pubblicato",
        "hash": "SHA-256",
        "line": "riga",
        "sources_count": "{n} fonti",
        "method_note": (
            "Ogni affermazione cita un passo testuale, individuato per posizione nel file di "
            "origine e verificato dallo strumento. Motore: {engine}. {articles} articoli, {citations} "
            "citazioni."
        ),
    },
}

MONTH_NAMES = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
}
SHORT_MONTH_NAMES = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
}


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
