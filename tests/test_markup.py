"""Markdown emphasis in a release (`**President Lind** [**said**](…) **the talks…:** “…”`) is
furniture: a printed statement reads the words alone, while its evidence quote keeps the source's
characters exactly, at the span the tool verified."""

from __future__ import annotations

import pytest

from briefing.engines.extractive import ExtractiveEngine
from briefing.models import Fact, PartialDate
from briefing.rules.markup import without_markup
from handwritten import handwritten_article

JUNE_5 = PartialDate(year=2025, month=6, day=5)

RELEASE = (
    "Harbour Talks Make Progress\n\n"
    "The harbour authority of Valmora reopened the northern docks on Tuesday after a week of talks.\n\n"
    "**Here is what the leaders said:**\n\n"
    "-   **Mayor Ilse Lind**\n"
    "    [**said**](https://example.org/v/1)\n"
    "    **the dock workers would be back at work by Friday:** “We reached an agreement that\n"
    "    protects every job in the port.”\n\n"
    "-   [**Union Secretary Paolo\n"
    "    Ferri**](https://example.org/v/2)**:** “The workers accepted the new shifts and the\n"
    "    pay rise.”\n\n"
    "-   *The Valmora Courier* Editorial Board: “A deal that the whole coast was waiting for.”\n"
)


def _facts(text: str) -> list[Fact]:
    article = handwritten_article("release.md", text, language="en", published=JUNE_5)
    return ExtractiveEngine().extract(article).facts


def _with(found: list[Fact], words: str) -> Fact:
    (fact,) = [f for f in found if words in f.statement]
    return fact


def test_a_statement_prints_no_emphasis_marks_and_its_quote_keeps_them_verbatim() -> None:
    found = _facts(RELEASE)
    lind = _with(found, "protects every job")
    assert lind.statement == (
        "Mayor Ilse Lind said the dock workers would be back at work by Friday: “We reached an "
        "agreement that protects every job in the port.”"
    )
    ferri = _with(found, "accepted the new shifts")
    assert ferri.statement.startswith("Union Secretary Paolo Ferri: “The workers accepted")
    courier = _with(found, "whole coast")
    assert courier.statement.startswith("The Valmora Courier Editorial Board: “A deal")
    for fact in (lind, ferri, courier):
        (evidence,) = fact.evidence
        assert RELEASE[evidence.start : evidence.end] == evidence.quote
        assert "*" in evidence.quote  # the source's own characters, marks and all
        assert "*" not in fact.statement


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "President Lind** **said** **the port reopens:** “Soon.”",
            "President Lind said the port reopens: “Soon.”",
        ),
        ("**Mayor Ilse Lind****:** “We agree.”", "Mayor Ilse Lind: “We agree.”"),
        ("__Note__ that _Le Monde_ agreed.", "Note that Le Monde agreed."),
        ("[**Paolo Ferri**](https://example.org/v/2)**:** “Yes.”", "Paolo Ferri: “Yes.”"),
        ("Valmora Courier* Editorial Board: “A deal.”", "Valmora Courier Editorial Board: “A deal.”"),
        ("as the *Courier wrote", "as the Courier wrote"),
        ("Lind: “\\[The mayor\\] knew it.”", "Lind: “[The mayor] knew it.”"),
        ("**Ilse Lind\\*:** “Yes.”", "Ilse Lind*: “Yes.”"),
    ],
)
def test_emphasis_is_read_as_its_words(text: str, shown: str) -> None:
    assert without_markup(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "The file 002_b8_final.txt lists 2*3 = 6 rooms.",
        "Prices rose 3 * 2 times; a * b * c.",
        "snake_case_name",
        "The share is saved under C:\\Users\\lind\\notes.",
    ],
)
def test_marks_that_are_not_emphasis_stay(text: str) -> None:
    assert without_markup(text) == text


def test_a_headline_quoting_someone_between_paragraphs_is_no_statement() -> None:
    # a link to another page, shaped as a headline: a name, a colon, a quotation, no full stop
    text = (
        "Il quiz torna in onda stasera\n\n"
        "La puntata di ieri ha visto il ritorno del conduttore, accolto dagli applausi del pubblico in "
        "studio.\n\n"
        'Le "Sorelle" Anna e Bice Verdi dopo il quiz: "Nel quiz abbiamo trovato una famiglia vera"\n\n'
        "L'eliminazione delle sorelle\n\n"
        "Anna e Bice Verdi sono state eliminate al termine della prova finale, dopo tre settimane di gara.\n"
    )
    article = handwritten_article("quiz.txt", text, published=JUNE_5)
    extraction = ExtractiveEngine().extract(article)
    found = [f.statement for f in extraction.facts]
    assert not any("abbiamo trovato una famiglia" in s for s in found), found
    assert any(s.startswith("La puntata di ieri") for s in found)
    assert any(s.startswith("Anna e Bice Verdi sono state eliminate") for s in found)
