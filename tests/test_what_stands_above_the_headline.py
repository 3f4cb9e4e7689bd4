"""What a page sets above its headline is not the article (issue 15, session 14): the sentence
splitter takes the headline's line from the same reading as the title (`headline.headline_start`),
and every line above it is the page's furniture: other pages' headlines in a sidebar, the tail of a
kicker, the site's slogan. A byline and the credits under it are no sentence either."""

from __future__ import annotations

from briefing.headline import headline_start
from briefing.rules.sentences import split_article


def _sentences(text: str) -> list[str]:
    return [s.text for s in split_article(text, "it").sentences]


_BODY = (
    "\n\nIl primo gennaio una rissa è scoppiata al porto di Valmora, dove due portuali si sono "
    "affrontati davanti ai cancelli del molo nord.\n"
)


def test_other_pages_headlines_above_the_headline_are_not_sentences() -> None:
    text = (
        "date 2011-12-27\n"
        "Luca Bianchi: babele di ordinanze che invece di trasmettere sicurezza generano confusione\n"
        "Sospeso il mercato settimanale a Valmora\n"
        "Stipendio dei consiglieri comunali. Rossi propone la riduzione dei compensi.\n"
        "Provincia di Valmora, 2011: un anno di cronaca a cura di Anna Neri\n"
        "Scritto da   Redazione" + _BODY
    )
    assert headline_start(text) == text.index("Provincia di Valmora")
    sentences = _sentences(text)
    assert not any("Stipendio" in s or "Rossi propone" in s or "Scritto da" in s for s in sentences)
    assert any(s.startswith("Il primo gennaio una rissa") for s in sentences)


def test_the_tail_of_a_kicker_is_not_run_into_the_headline_as_a_sentence() -> None:
    text = (
        "date 2011-05-13\n"
        "in piazza per chiedere le dimissioni del sindaco Marco Rossi\n"
        "Valmora, tre portuali feriti negli scontri con la polizia" + _BODY
    )
    split = split_article(text, "it")
    assert [s.text for s in split.sentences if s.role == "headline"] == [
        "Valmora, tre portuali feriti negli scontri con la polizia"
    ]
    assert not any("in piazza" in s.text for s in split.sentences)


def test_a_byline_and_the_credits_and_day_under_it_are_not_sentences() -> None:
    text = (
        "date 2011-03-08\nIl porto di Valmora in sciopero" + _BODY + "\n"
        "Condividi: twitter facebook versione stampabile\n"
        "scritto da Anna Rossi\n"
        "tradotto daLuca Neri\n\n"
        "Valmora, il porto riapre\n"
        "Scritto da   Redazione\n"
        "il 28 dicembre 2011, alle 07:08 | archiviato in Cronaca, Eventi.\n\n"
        "Il sindaco di Valmora ha firmato ieri l'accordo con i sindacati del porto.\n"
    )
    sentences = _sentences(text)
    assert not any("scritto da" in s.casefold() or "tradotto" in s for s in sentences)
    assert any(s.startswith("Il sindaco di Valmora ha firmato") for s in sentences)
