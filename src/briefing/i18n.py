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
        "reported": "Also reported",
        "sources": "Sources",
        "notes": "Citations",
        "evidence_annex": "Annex: evidence",
        "evidence_note": "Each quote as the source gives it, with its file and line. Follow a citation "
        "number to see the quote highlighted in its paragraph; ↩ goes back to the statement.",
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
        "single_source": "single source",
        "source_undated": "source undated",
        "undated_intro": "From sources with no publication date: kept off the timeline, since when they "
        "happened cannot be told.",
        "announced": "announced",
        "announced_note": "announced on this date; no date given for when it happens",
        "conflict": "Sources differ on {what}: {values}",
        "conflict_label": "conflict",
        "series": "{metric}: {steps}",
        "metric_percent_gdp": "% of GDP",
        "metric_percent": "%",
        "measure_defence_spending": "Defence spending",
        "measure_public_spending": "Public spending",
        "measure_deficit": "Deficit",
        "measure_debt": "Debt",
        "measure_growth": "Growth",
        "measure_inflation": "Inflation",
        "measure_vote_share": "Vote share",
        "measure_unemployment": "Unemployment",
        "measure_interest_rate": "Interest rates",
        "measure_tariffs": "Tariffs",
        "value": "Value",
        "who": "Who",
        "date": "Date",
        "contents": "Contents",
        "chart": "Timeline at a glance",
        "chart_published": "Published",
        "chart_events": "Events",
        "chart_scheduled": "scheduled",
        "chart_day": "day",
        "chart_span": "month or year",
        "chart_publication": "publication",
        "chart_undated": "Undated — not on the axis",
        "chart_more": "+{n} more",
        "chart_cluster": "{n} items",
        "source_map": "Source map",
        "source_map_note": "{single} of {total} statements rest on a single source (marked ◇).",
        "more_sources": "+{n} more sources",
        "uncited_sources": "{n} more sources were read and are not cited here; the JSON lists them all.",
        "statements": "Statements",
        "articles": "articles",
        "article": "article",
        "index_title": "Briefings",
        "index_note": "One briefing per {every}; each is as of the latest publication date in its period.",
        "every_week": "week",
        "every_month": "month",
        "week_label": "Week {week}, {year}",
        "undated_in_last": "Undated articles, included in the last period and labelled as undated: {n}.",
        "bottom_line": "Bottom line",
        "method_note": (
            "Every statement cites a verbatim quote, located by character offsets in its source "
            "file and verified by the tool. Engine: {engine}. {articles} articles, {citations} "
            "cited quotes."
        ),
        "skipped_note": "Not used, each with its reason under “Skipped sources”: {sources}.",
        "window_note": (
            "Articles published {window}; undated articles are included and labelled. "
            "Events dated outside the window are left out, except what is scheduled after it."
        ),
        "since": "since {date}",
        "until": "until {date}",
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
        "reported": "Altre notizie nelle fonti",
        "sources": "Fonti",
        "notes": "Citazioni",
        "evidence_annex": "Allegato: fonti citate",
        "evidence_note": "Ogni citazione come la riporta la fonte, con file e riga. Seguendo il numero di "
        "una citazione si vede il passo evidenziato nel suo paragrafo; ↩ torna all'affermazione.",
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
        "single_source": "fonte unica",
        "source_undated": "fonte senza data",
        "undated_intro": "Da fonti senza data di pubblicazione: fuori dalla cronologia, perché non si può "
        "dire quando siano avvenuti.",
        "announced": "annunciato",
        "announced_note": "annunciato in questa data; la data dell'evento non è indicata",
        "conflict": "Le fonti divergono su {what}: {values}",
        "conflict_label": "divergenza",
        "series": "{metric}: {steps}",
        "metric_percent_gdp": "% del PIL",
        "metric_percent": "%",
        "measure_defence_spending": "Spesa per la difesa",
        "measure_public_spending": "Spesa pubblica",
        "measure_deficit": "Deficit",
        "measure_debt": "Debito",
        "measure_growth": "Crescita",
        "measure_inflation": "Inflazione",
        "measure_vote_share": "Voti",
        "measure_unemployment": "Disoccupazione",
        "measure_interest_rate": "Tassi d'interesse",
        "measure_tariffs": "Dazi",
        "value": "Valore",
        "who": "Chi",
        "date": "Data",
        "contents": "Indice",
        "chart": "La cronologia in sintesi",
        "chart_published": "Pubblicazioni",
        "chart_events": "Eventi",
        "chart_scheduled": "in programma",
        "chart_day": "giorno",
        "chart_span": "mese o anno",
        "chart_publication": "pubblicazione",
        "chart_undated": "Senza data — fuori dall'asse",
        "chart_more": "+{n} altri",
        "chart_cluster": "{n} voci",
        "source_map": "Mappa delle fonti",
        "source_map_note": "{single} affermazioni su {total} poggiano su una sola fonte (segnate ◇).",
        "more_sources": "+{n} altre fonti",
        "uncited_sources": "Altre {n} fonti sono state lette ma non sono citate qui; il JSON le elenca.",
        "statements": "Affermazioni",
        "articles": "articoli",
        "article": "articolo",
        "index_title": "Briefing",
        "index_note": (
            "Un briefing per {every}; ciascuno è aggiornato all'ultima data di pubblicazione del periodo."
        ),
        "every_week": "settimana",
        "every_month": "mese",
        "week_label": "Settimana {week} del {year}",
        "undated_in_last": "Articoli senza data, inclusi nell'ultimo periodo e segnalati come tali: {n}.",
        "bottom_line": "In sintesi",
        "window_note": (
            "Articoli pubblicati {window}; quelli senza data sono inclusi e segnalati. "
            "Gli eventi datati fuori dalla finestra sono esclusi, salvo quelli in programma dopo."
        ),
        "since": "dal {date}",
        "until": "al {date}",
        "skipped_note": "Non usate, ciascuna con il motivo in «Fonti escluse»: {sources}.",
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
