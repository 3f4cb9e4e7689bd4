"""Who speaks, where a verb of saying names no position: `scrive frasi offensive sul suo profilo`
describes someone; `Testimoni hanno detto …, scrive Anna Blu di Reuters` relays someone unnamed."""

from __future__ import annotations

from briefing.rules.actors import ActorIndex
from briefing.rules.attribution import attribute

ARTICLE_IT = (
    "Il deputato Carlo Verdi ha lasciato il partito.\n\n"
    "La giornalista Anna Blu lavora per l'agenzia Reuters.\n\n"
)


def _speaker(sentence: str, language: str, before: str = ARTICLE_IT) -> str | None:
    return attribute(sentence, ActorIndex.build(before + sentence), None, language).speaker


def test_words_written_with_no_content_describe_someone() -> None:
    portrait = (
        "Carlo Verdi non è più deputato e in compenso scrive frasi deliranti sul suo profilo "
        "Twitter @VerdiUfficiale."
    )
    assert _speaker(portrait, "it") is None
    assert _speaker("Carlo Verdi ha pubblicato messaggi offensivi contro i colleghi.", "it") is None
    english = "Charles Green now writes angry posts on his blog every night."
    assert _speaker(english, "en", "The deputy Charles Green left the party.\n\n") is None


def test_words_with_their_content_are_a_statement() -> None:
    assert _speaker("Carlo Verdi ha scritto parole dure: «Il partito ci ha traditi».", "it") == "Carlo Verdi"
    assert _speaker("Carlo Verdi ha scritto che il partito lo ha tradito.", "it") == "Carlo Verdi"
    english = "Charles Green wrote in a post that the party betrayed him."
    assert _speaker(english, "en", "Charles Green left.\n\n") == "Charles Green"


def test_a_reporter_who_relays_unnamed_sources_is_not_their_speaker() -> None:
    relayed = (
        "Alcuni membri dell'esercito hanno detto che nel corso delle proteste di oggi sono morte "
        "circa 50 persone, scrive Anna Blu di Reuters."
    )
    assert _speaker(relayed, "it") is None
    english = "Witnesses said about 50 people died in the protests today, Reuters' Anne Blue writes."
    assert _speaker(english, "en", "The reporter Anne Blue works for Reuters.\n\n") is None
    # the reporter's own words stay hers
    own = "Nel corso delle proteste di oggi sono morte circa 50 persone, scrive Anna Blu di Reuters."
    assert _speaker(own, "it") == "Anna Blu"


def _names(text: str) -> list[str]:
    return [m.name for m in ActorIndex.build(text).mentions(text)]


def test_two_capitals_copied_from_a_post_are_no_one() -> None:
    post = (
        "Il principe ereditario Salman Hamad ha scritto su Twitter. Poi era tornato a Manama.\n\n"
        "Il PE insiste sulla riforma del governo.\n\nIl PE ha detto che la riforma si farà."
    )
    assert "PE" not in _names(post)
    assert attribute(post.split("\n\n")[-1], ActorIndex.build(post), None, "it").speaker is None


def test_two_capitals_an_article_defines_or_everyone_knows_are_organisations() -> None:
    defined = "Il Parlamento europeo (PE) ha approvato il bilancio. Il PE ha detto che voterà ancora."
    assert _names(defined).count("PE") == 2
    known = "La UE e il PD hanno chiesto una tregua; gli US e il UK tacciono, come il G7."
    assert [n for n in _names(known) if len(n) == 2] == ["UE", "PD", "US", "UK", "G7"]
