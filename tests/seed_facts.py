"""Hand-built facts over the real seed articles, shaped like what a good engine returns (kinds,
actors, dates resolved from the text, figures with units, speakers, salience).

Compose and chart tests run on these instead of on the extractive engine's output, which is being
improved in parallel. Every quote is cut from the real seed text (`text.index(quote)`), so a
briefing composed from them passes `briefing check`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from briefing.ingest import SourceFile, read_article
from briefing.models import Actor, Article, Evidence, Fact, Figure, PartialDate

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FILES = {
    "000": "000_c81cc95113a03d59.txt",  # AgenPress, Nov 2024: Rutte meets Trump in Florida
    "001": "001_cfac6969a9721c82.txt",  # 2 Apr 2025: Rubio in Brussels, Rutte "well above 3%"
    "002": "002_b8096001e4abbe8a.txt",  # 3 Apr 2026: Rutte to Washington 8-12 Apr, meets Trump 8 Apr
    "003": "003_fdceb2a563e04028.txt",  # 11 Feb 2026: Rutte press conference in Brussels
    "004": "004_b4a61009c6d04b47.txt",  # undated: Trump-Putin call "next week"
}

RUTTE = Actor(name="Mark Rutte", role="segretario generale della NATO")
TRUMP = Actor(name="Donald Trump", role="presidente degli Stati Uniti")
RUBIO = Actor(name="Marco Rubio", role="segretario di Stato")
WITKOFF = Actor(name="Steve Witkoff", role="inviato speciale")
HEGSETH = Actor(name="Pete Hegseth")
PUTIN = Actor(name="Vladimir Putin")


def source(key: str) -> str:
    return str(SEEDS / FILES[key])


@cache
def article(key: str) -> Article:
    return read_article(SourceFile(source(key), SEEDS / FILES[key]))


def articles() -> list[Article]:
    return [article(key) for key in FILES]


def evidence(key: str, quote: str, occurrence: int = 0) -> Evidence:
    text = article(key).text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return Evidence(source=source(key), start=start, end=start + len(quote), quote=quote)


def date(value: str) -> PartialDate:
    return PartialDate.parse(value)


def fact(fid: str, key: str, quote: str, statement: str | None = None, **fields: object) -> Fact:
    return Fact.model_validate(
        {"id": fid, "statement": statement or quote, "evidence": [evidence(key, quote)], **fields}
    )


TRUMP_PRESSES_ALLIES = "Trump has pressed NATO allies to spend more on defence."


def seed_facts() -> list[Fact]:
    return [
        # 000, published Nov 2024
        fact(
            "000-1",
            "000",
            "Il segretario generale della NATO Mark Rutte ha incontrato oggi il presidente eletto degli "
            "Stati Uniti Donald Trump in Florida.",
            kind="event",
            actors=[RUTTE, TRUMP],
            when=date("2024-11"),
            when_basis="relative",
            salience=0.95,
        ),
        fact(
            "000-2",
            "000",
            "Rutte e Trump hanno discusso una serie di questioni di sicurezza che affliggono la NATO, "
            "secondo il comunicato stampa.",
            kind="event",
            actors=[RUTTE, TRUMP],
            when=date("2024-11"),
            when_basis="relative",
            salience=0.6,
        ),
        fact(
            "000-3",
            "000",
            "A febbraio, Trump ha suscitato polemiche quando, durante la campagna elettorale, ha affermato "
            "che la Russia poteva fare “tutto quello che voleva” ai paesi membri della NATO che non "
            "rispettavano il criterio del 2% di spesa per la difesa.",
            kind="statement",
            actors=[TRUMP],
            speaker="Donald Trump",
            when=date("2024-02"),
            when_basis="relative",
            figures=[Figure(text="2%", value=2, unit="%")],
            salience=0.5,
        ),
        fact(
            "000-4",
            "000",
            "Nel corso di un incontro con i leader europei a Budapest il 7 novembre, Rutte aveva già "
            "sostenuto i tentativi di Trump di convincere i paesi della NATO a spendere di più per la "
            "difesa, oltre l’attuale obiettivo del 2% del PIL.",
            kind="event",
            actors=[RUTTE, TRUMP],
            when=date("2024-11-07"),
            when_basis="explicit",
            figures=[Figure(text="2% del PIL", value=2, unit="% del PIL")],
            salience=0.55,
        ),
        fact(
            "000-5",
            "000",
            "la sua leadership sarà di nuovo fondamentale per mantenere forte la nostra Alleanza",
            kind="position",
            actors=[RUTTE, TRUMP],
            speaker="Mark Rutte",
            when=date("2024-11-06"),
            when_basis="explicit",
            salience=0.4,
        ),
        Fact(  # the same claim from two articles, as an LLM engine words it: merged by compose
            id="000-6",
            kind="position",
            statement=TRUMP_PRESSES_ALLIES,
            actors=[TRUMP],
            evidence=[
                evidence(
                    "000",
                    "i tentativi di Trump di convincere i paesi della NATO a spendere di più per la difesa",
                )
            ],
            salience=0.5,
        ),
        # 001, published 2 Apr 2025
        fact(
            "001-1",
            "001",
            "Il segretario di Stato americano, Marco Rubio, sarà a Bruxelles da mercoledì 2 a venerdì 4 "
            "aprile 2025 per partecipare alla riunione dei ministri degli Esteri della NATO.",
            kind="plan",
            actors=[RUBIO],
            when=date("2025-04-02"),
            when_basis="explicit",
            salience=0.9,
        ),
        fact(
            "001-2",
            "001",
            "Nel frattempo, Mark Rutte, segretario generale della NATO, ha ribadito la necessità per gli "
            "Stati membri di aumentare la spesa militare ben oltre il 3% del PIL.",
            kind="position",
            actors=[RUTTE],
            speaker="Mark Rutte",
            when=date("2025-04-02"),
            when_basis="publication",
            figures=[Figure(text="ben oltre il 3% del PIL", value=3, unit="% del PIL")],
            salience=0.85,
        ),
        fact(
            "001-3",
            "001",
            "On my way to @NATO’s Foreign Ministers' meeting in Brussels with @POTUS’s call for 5% defense "
            "spending.",
            kind="position",
            actors=[RUBIO, TRUMP],
            speaker="Marco Rubio",
            when=date("2025-04-02"),
            when_basis="explicit",
            figures=[Figure(text="5% defense spending", value=5, unit="%")],
            salience=0.7,
        ),
        fact(
            "001-4",
            "001",
            "Dobbiamo costruire una NATO più forte, più equa e più letale per affrontare un mondo sempre più "
            "pericoloso",
            kind="position",
            actors=[RUTTE],
            speaker="Mark Rutte",
            when=date("2025-04-02"),
            when_basis="publication",
            salience=0.5,
        ),
        fact(
            "001-5",
            "001",
            "nei primi tre mesi del 2024, sono già stati promessi 20 miliardi di aiuti militari a Kiev",
            kind="figure",
            when=date("2024"),
            when_basis="explicit",
            figures=[Figure(text="20 miliardi", value=20e9, unit="miliardi")],
            salience=0.3,
        ),
        Fact(
            id="001-6",
            kind="position",
            statement=TRUMP_PRESSES_ALLIES,
            actors=[TRUMP],
            evidence=[
                evidence(
                    "001",
                    "Il messaggio di Donald Trump sulla necessità di un maggiore contributo finanziario da "
                    "parte degli alleati",
                )
            ],
            salience=0.45,
        ),
        # 002, published 3 Apr 2026
        fact(
            "002-1",
            "002",
            "Il Segretario Generale della NATO, Mark Rutte, visiterà Washington dall'8 al 12 aprile 2026.",
            kind="plan",
            actors=[RUTTE],
            when=date("2026-04-08"),
            when_basis="explicit",
            salience=1.0,
        ),
        fact(
            "002-2",
            "002",
            "Il momento centrale della visita è fissato per l'8 aprile, quando Rutte incontrerà il "
            "Presidente degli Stati Uniti, Donald Trump.",
            kind="plan",
            actors=[RUTTE, TRUMP],
            when=date("2026-04-08"),
            when_basis="relative",
            salience=0.9,
        ),
        fact(
            "002-3",
            "002",
            "Il programma della giornata prevede inoltre colloqui bilaterali con il Segretario di Stato, "
            "Marco Rubio, e con il Segretario della Guerra, Pete Hegseth.",
            kind="plan",
            actors=[RUTTE, RUBIO, HEGSETH],
            when=date("2026-04-08"),
            when_basis="relative",
            salience=0.5,
        ),
        fact(
            "002-4",
            "002",
            "Il confronto diretto con l'amministrazione americana arriva infatti in seguito alle ripetute "
            "minacce di Donald Trump di ritirare gli Stati Uniti dalla NATO",
            kind="context",
            actors=[TRUMP],
            when=date("2026-04-03"),
            when_basis="publication",
            salience=0.8,
        ),
        # 003, published 11 Feb 2026
        fact(
            "003-1",
            "003",
            "Alla vigilia della riunione dei ministri della Difesa dell’Alleanza Atlantica, il segretario "
            "generale della Nato, Mark Rutte, ha tracciato un quadro netto e privo di ambiguità della "
            "postura strategica dell’Alleanza, intervenendo in conferenza stampa presso il quartier "
            "generale di Bruxelles.",
            kind="event",
            actors=[RUTTE],
            when=date("2026-02-11"),
            when_basis="explicit",
            salience=1.0,
        ),
        fact(
            "003-2",
            "003",
            "La Nato è e rimane un’alleanza difensiva. Se qualcuno dovesse anche solo pensare di attaccare "
            "uno Stato membro, deve sapere che la nostra reazione sarebbe devastante.",
            kind="position",
            actors=[RUTTE],
            speaker="Mark Rutte",
            when=date("2026-02-11"),
            when_basis="publication",
            salience=0.8,
        ),
        fact(
            "003-3",
            "003",
            "L’Ucraina non può sostenere questo sforzo da sola",
            kind="position",
            actors=[RUTTE],
            speaker="Mark Rutte",
            when=date("2026-02-11"),
            when_basis="publication",
            salience=0.6,
        ),
        # 004, undated
        fact(
            "004-1",
            "004",
            "La prossima settimana è prevista una nuova conversazione telefonica tra il presidente degli "
            "Stati Uniti Donald Trump e il presidente russo Vladimir Putin, ha affermato l'inviato speciale "
            "del leader statunitense Steve Witkoff.",
            kind="plan",
            actors=[TRUMP, PUTIN, WITKOFF],
            speaker="Steve Witkoff",
            salience=1.0,
        ),
        fact(
            "004-2",
            "004",
            "La conversazione sarà la continuazione del dialogo iniziato il 12 febbraio, quando i due "
            "leader hanno tenuto colloqui per la prima volta in tre anni",
            kind="context",
            actors=[TRUMP, PUTIN],
            salience=0.6,
        ),
        fact(
            "004-3",
            "004",
            "il Segretario alla Difesa americano Pete Hegseth ha sottolineato in un incontro a Bruxelles che "
            "l’adesione dell’Ucraina alla NATO è “irrealistica”",
            kind="position",
            actors=[HEGSETH],
            speaker="Pete Hegseth",
            salience=0.5,
        ),
    ]
