"""Golden test: what the offline engine makes of the five seeds.

Written from reading the articles, not from the engine's output: for each seed, the news an analyst
would underline (who did what, when; decisions; figures; positions; scheduled events) must be among
its facts, dated and attributed as the article says, and the article's main news must come first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from briefing.engines.extractive import ExtractiveEngine
from briefing.ingest import SourceFile, read_article
from briefing.models import Article, Fact

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def article(prefix: str) -> Article:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return read_article(SourceFile(str(path), path))


@dataclass
class Expected:
    """A fact the article states: found by a piece of its text, with what we know about it."""

    text: str
    kind: str | set[str] | None = None
    when: str | None = "any"  # "any": not checked; None: must be undated
    when_end: str | None = None
    speaker: str | None = "any"
    actors: dict[str, str | None] = field(default_factory=dict)  # name -> role (None: any role)
    figures: list[str] = field(default_factory=list)


GOLDEN: dict[str, list[Expected]] = {
    "000": [
        Expected(
            "Mark Rutte ha incontrato oggi il presidente eletto degli Stati Uniti Donald Trump in Florida",
            kind="event",
            when="2024-11",
            actors={
                "Mark Rutte": "segretario generale della NATO",
                "Donald Trump": "presidente eletto degli Stati Uniti",
            },
        ),
        Expected("Rutte e Trump hanno discusso una serie di questioni di sicurezza", kind="event"),
        Expected(
            "Rutte avrebbe anche incontrato il deputato statunitense Mike Waltz",
            actors={"Mike Waltz": "deputato statunitense"},
        ),
        Expected(
            "A febbraio, Trump ha suscitato polemiche", when="2024-02", speaker="Donald Trump", figures=["2%"]
        ),
        Expected(
            "a Budapest il 7 novembre, Rutte aveva già sostenuto", when="2024-11-07", figures=["2% del PIL"]
        ),
        Expected(
            "Rutte ha scritto il 6 novembre su X", kind="statement", when="2024-11-06", speaker="Mark Rutte"
        ),
    ],
    "001": [
        Expected(
            "Marco Rubio, sarà a Bruxelles da mercoledì 2 a venerdì 4 aprile 2025",
            kind="plan",
            when="2025-04-02",
            when_end="2025-04-04",
            actors={"Marco Rubio": "segretario di Stato americano"},
        ),
        Expected(
            "Mark Rutte, segretario generale della NATO, ha ribadito la necessità",
            kind="position",
            speaker="Mark Rutte",
            figures=["3% del PIL"],
        ),
        Expected(
            "sono già stati promessi 20 miliardi di aiuti militari a Kiev",
            when="2024",
            figures=["20 miliardi di aiuti militari"],
        ),
        Expected("si concentrerà sulle principali sfide di sicurezza dell'Alleanza Atlantica", kind="plan"),
        Expected(
            "Dobbiamo costruire una NATO più forte, più equa e più letale",
            kind="statement",
            speaker="Mark Rutte",
        ),
        Expected(
            "Gli Stati Uniti indicano questa intenzione da almeno 15 anni",
            kind="statement",
            speaker="Mark Rutte",
            figures=["15 anni"],
        ),
        Expected(
            "un piano articolato in quattro livelli per garantire una tregua monitorata dall'ONU",
            figures=["quattro livelli"],
        ),
        Expected(
            "On my way to @NATO’s Foreign Ministers' meeting",
            kind="statement",
            when="2025-04-02",
            speaker="Marco Rubio",
            figures=["5%"],
        ),
    ],
    "002": [
        Expected(
            "Mark Rutte, visiterà Washington dall'8 al 12 aprile 2026",
            kind="plan",
            when="2026-04-08",
            when_end="2026-04-12",
            actors={"Mark Rutte": "Segretario Generale della NATO"},
        ),
        Expected(
            "fissato per l'8 aprile, quando Rutte incontrerà il Presidente degli Stati Uniti, Donald Trump",
            kind="plan",
            when="2026-04-08",
            actors={"Donald Trump": "Presidente degli Stati Uniti"},
        ),
        Expected(
            "colloqui bilaterali con il Segretario di Stato, Marco Rubio, e con il Segretario della Guerra",
            kind="plan",
            actors={"Marco Rubio": "Segretario di Stato", "Pete Hegseth": "Segretario della Guerra"},
        ),
        Expected("ripetute minacce di Donald Trump di ritirare gli Stati Uniti dalla NATO"),
        Expected("la prima prova diplomatica di questo livello con la presidenza Trump"),
    ],
    "003": [
        Expected(
            "il segretario generale della Nato, Mark Rutte, ha tracciato un quadro netto",
            kind="event",
            when="2026-02-11",
            actors={"Mark Rutte": "segretario generale della Nato"},
        ),
        Expected(
            "Rutte ha ribadito con fermezza che la Nato non accetterà alcuna intimidazione",
            speaker="Mark Rutte",
            when="2026-02-11",
        ),
        Expected("la nostra reazione sarebbe devastante", kind="statement", speaker="Mark Rutte"),
        Expected("L’Ucraina non può sostenere questo sforzo da sola", kind="statement", speaker="Mark Rutte"),
        Expected("Il supporto non è improvvisato", kind="statement", speaker="Mark Rutte"),
        Expected("La deterrenza non è uno stato statico", kind="statement", speaker="Mark Rutte"),
    ],
    "004": [
        Expected(
            "La prossima settimana è prevista una nuova conversazione telefonica",
            kind="plan",
            when=None,
            speaker="Steve Witkoff",
            actors={
                "Donald Trump": "presidente degli Stati Uniti",
                "Vladimir Putin": "presidente russo",
                "Steve Witkoff": "inviato speciale del leader statunitense",
            },
        ),
        Expected("la continuazione del dialogo iniziato il 12 febbraio", when=None),
        Expected(
            "suo recente incontro con Vladimir Putin a Mosca, durato circa tre o quattro ore",
            figures=["tre o quattro ore"],
        ),
        Expected(
            "il controllo degli armamenti nucleari e la situazione in Medio Oriente", speaker="Steve Witkoff"
        ),
        Expected(
            "Pete Hegseth ha sottolineato in un incontro a Bruxelles",
            speaker="Pete Hegseth",
            actors={"Pete Hegseth": "Segretario alla Difesa americano"},
        ),
        Expected("il Cremlino ha confermato la sua disponibilità al dialogo", speaker="Cremlino"),
        Expected(
            "Dmitry Peskov ha dichiarato in precedenza", speaker="Dmitry Peskov", figures=["quattro regioni"]
        ),
    ],
}

# The main news of each article: the fact that must rank first.
LEADS = {
    "000": "Mark Rutte ha incontrato oggi il presidente eletto",
    "001": "Marco Rubio, sarà a Bruxelles da mercoledì 2",
    "002": "Mark Rutte, visiterà Washington dall'8 al 12 aprile 2026",
    "003": "Mark Rutte, ha tracciato un quadro netto",
    "004": "La prossima settimana è prevista una nuova conversazione telefonica",
}


@pytest.fixture(scope="module")
def extracted() -> dict[str, tuple[Article, list[Fact]]]:
    engine = ExtractiveEngine()
    result = {}
    for prefix in GOLDEN:
        source = article(prefix)
        result[prefix] = (source, engine.extract(source).facts)
    return result


def _find(facts: list[Fact], text: str) -> Fact:
    found = [f for f in facts if text in f.statement]
    assert len(found) == 1, f"expected one fact stating {text!r}, found {len(found)}"
    return found[0]


@pytest.mark.parametrize(
    ("prefix", "expected"), [(prefix, item) for prefix, items in GOLDEN.items() for item in items]
)
def test_the_facts_an_analyst_would_underline(
    extracted: dict[str, tuple[Article, list[Fact]]], prefix: str, expected: Expected
) -> None:
    _, facts = extracted[prefix]
    fact = _find(facts, expected.text)
    if expected.kind is not None:
        kinds = {expected.kind} if isinstance(expected.kind, str) else expected.kind
        assert fact.kind in kinds
    if expected.when != "any":
        assert (fact.when.iso() if fact.when else None) == expected.when
    if expected.when_end is not None:
        assert fact.when_end is not None and fact.when_end.iso() == expected.when_end
    if expected.speaker != "any":
        assert fact.speaker == expected.speaker
    roles = {actor.name: actor.role for actor in fact.actors}
    for name, role in expected.actors.items():
        assert name in roles
        if role is not None:
            assert roles[name] == role
    assert [f for f in expected.figures if f not in {figure.text for figure in fact.figures}] == []


@pytest.mark.parametrize("prefix", sorted(LEADS))
def test_the_main_news_ranks_first(extracted: dict[str, tuple[Article, list[Fact]]], prefix: str) -> None:
    _, facts = extracted[prefix]
    ranked = sorted(facts, key=lambda f: -f.salience)
    assert LEADS[prefix] in ranked[0].statement
    assert ranked[0].salience > ranked[1].salience


@pytest.mark.parametrize("prefix", sorted(GOLDEN))
def test_furniture_never_becomes_a_fact(
    extracted: dict[str, tuple[Article, list[Fact]]], prefix: str
) -> None:
    source, facts = extracted[prefix]
    for fact in facts:
        for evidence in fact.evidence:
            assert source.text[evidence.start : evidence.end] == evidence.quote
        assert "pic.twitter.com" not in fact.statement
        assert "(@" not in fact.statement
        assert not fact.statement.startswith(("date ", "**", "#", "*("))
        assert "Prima Notizia 24) Venerdì" not in fact.statement
        assert fact.statement not in {"Notizia", ".", "al piano di sopra"}
    assert len({f.id for f in facts}) == len(facts)


def test_embedded_posts_rank_below_every_sentence_of_the_article(
    extracted: dict[str, tuple[Article, list[Fact]]],
) -> None:
    _, facts = extracted["001"]
    posts = [f for f in facts if f.statement.startswith(("On my way", "Glad to welcome", "It’s time"))]
    lead = _find(facts, LEADS["001"])
    assert posts and all(post.salience < lead.salience / 2 for post in posts)


def test_a_headline_that_the_lead_repeats_is_not_a_second_fact(
    extracted: dict[str, tuple[Article, list[Fact]]],
) -> None:
    for prefix in ("001", "002", "004"):
        _, facts = extracted[prefix]
        assert not any(
            f.statement.startswith(
                (
                    "Il segretario Usa Rubio a Bruxelles",
                    "Rutte vola a Washington",
                    "Nuova telefonata tra Donald Trump",
                )
            )
            for f in facts
        )


def test_an_undated_article_dates_nothing(extracted: dict[str, tuple[Article, list[Fact]]]) -> None:
    source, facts = extracted["004"]
    assert source.published is None
    assert [f.statement for f in facts if f.when is not None] == []
