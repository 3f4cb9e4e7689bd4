"""A live blog's entry headlines name nobody (issue 13): the capitals of a headline's quotation
(`Rossi: "Domani? Aspettiamo Ginevra" 12`) are not a person, who would then speak every later
line that names the city. Pinned on small hand-written pages."""

from __future__ import annotations

from briefing.engines.extractive import ExtractiveEngine
from briefing.rules.actors import ActorIndex
from handwritten import handwritten_article

LIVE_BLOG = "\n".join(
    [
        "Vertice sulla crisi, la diretta",
        'Rossi: "Domani? Aspettiamo Ginevra" 12',
        "Il ministro della Difesa Carlo Rossi non ha voluto anticipare se domani partiranno le prime "
        "missioni, dal momento che la decisione potrebbe essere presa dai governi riuniti proprio oggi "
        "a Ginevra.",
        'Ribelli: "Abbiamo respinto le truppe Conti da Ravenna" 11',
        "I ribelli dicono di avere respinto le truppe fedeli al generale Luca Conti alle porte della "
        "città, dopo una notte di combattimenti intorno a Ravenna e lungo la costa.",
        "Ginevra, la riunione comincia alle 16 10",
        "Secondo fonti diplomatiche la riunione di Ginevra comincerà nel pomeriggio, con i ministri "
        "degli Esteri di dodici paesi e il segretario generale delle Nazioni Unite.",
    ]
)


def people(text: str) -> set[str]:
    return set(ActorIndex.build(text).people)


def test_the_words_quoted_in_an_entry_headline_are_nobody() -> None:
    found = people(LIVE_BLOG)
    assert "Aspettiamo Ginevra" not in found
    assert "Conti da Ravenna" not in found
    assert {"Carlo Rossi", "Luca Conti"} <= found  # the entries name them in full


def test_a_city_named_later_is_not_a_speaker_s_surname() -> None:
    index = ActorIndex.build(LIVE_BLOG)
    later = LIVE_BLOG[LIVE_BLOG.index("Secondo fonti") :]
    assert [m.name for m in index.mentions(later) if m.kind == "person"] == []


def test_a_caption_that_gives_a_role_still_names_its_person() -> None:
    text = (
        "Il presidente della Regione, Marco Gialli (foto d'archivio)\n"
        "La giunta ha approvato ieri sera il piano per le scuole, che prevede nuovi fondi per "
        "le palestre e per le mense di quaranta comuni della provincia entro la fine dell'anno.\n"
    )
    assert "Marco Gialli" in people(text)


def test_a_hard_wrapped_name_before_its_link_is_still_a_person() -> None:
    text = (
        "What the senators said about the summit.\n"
        "\n"
        "[Sen. Anna\n"
        "Bruni](https://example.org/post/1): “This is a landmark summit for our\n"
        "collective security,” she wrote, and Bruni added that the allies agreed.\n"
    )
    assert "Anna Bruni" in people(text)


def test_whoever_spoke_in_the_entry_before_does_not_speak_in_the_next() -> None:
    text = "\n".join(
        [
            "Crisi in Libia, la diretta",
            'Rossi: "Il cessate il fuoco ora" 28',
            '"L\'obiettivo in questo momento è arrivare a un cessate il fuoco". Lo ha detto il ministro '
            "degli Esteri Carlo Rossi, parlando ai giornalisti a Bruxelles.",
            "Otto morti nei bombardamenti 27",
            "È di almeno otto morti il bilancio dei bombardamenti su Bengasi. Lo riferisce la tv araba.",
            'Il governo libico: "La tregua è reale" 26',
            '"Il cessate il fuoco è reale, credibile e solido".',
        ]
    )
    facts = ExtractiveEngine().extract(handwritten_article("diretta.txt", text)).facts
    speakers = {fact.statement.split()[0]: fact.speaker for fact in facts}
    assert speakers["\"L'obiettivo"] == "Carlo Rossi"
    assert speakers["È"] is None
    assert speakers['"Il'] is None  # a quotation under a headline of its own: not Rossi's
