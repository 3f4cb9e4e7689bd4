"""A comment section pasted under an article with no line that announces it (issue 15, session 21: a
strict reader found readers' comments in held-out briefings). Each comment is signed: its writer's
name over or beside the day and hour it was written (`Mario Rossi 12 marzo 2011 alle 10:32`,
`Scritto da Mario Rossi il 12/03/2011 alle 10:32`, `Jane Doe says: March 12, 2011 at 10:32 am`),
and a reply button (`Rispondi`, `Reply`) follows it. From the first such signature or button to the
page's end, nothing is a sentence of the article; a signature line above the article's own text,
or a sentence that names a day and an hour, ends nothing."""

from __future__ import annotations

from briefing.rules.sentences import split_article

ARTICLE = """Sciopero dei trasporti: treni fermi in tutta la regione

I sindacati hanno proclamato per venerdì uno sciopero di otto ore dei treni regionali e degli autobus.
L'assessore ai trasporti Carla Neri ha detto che la regione garantirà le fasce protette del mattino.
"""

SIGNED = """Lucia Bassi 12 marzo 2011 alle 10:32
Ogni mese la stessa storia e nessuno paga mai per i disagi dei pendolari che lavorano.
Rispondi
giovanni_75 12 marzo 2011 alle 11:05
Il governo regionale dovrebbe vergognarsi per come tratta chi prende il treno ogni giorno.
Rispondi
"""


def _body(text: str, language: str = "it") -> list[str]:
    return [s.text for s in split_article(text, language).sentences if s.role in ("body", "tweet")]


def _article_kept(body: list[str]) -> None:
    assert any("otto ore dei treni" in sentence for sentence in body)
    assert any("fasce protette" in sentence for sentence in body)


def test_a_comment_signed_with_its_writer_day_and_hour_opens_the_comments() -> None:
    body = _body(ARTICLE + SIGNED)
    _article_kept(body)
    assert not any("pendolari" in sentence or "vergognarsi" in sentence for sentence in body)


def test_a_signature_over_its_day_and_hour_on_two_lines_opens_them_too() -> None:
    comments = (
        "Lucia Bassi\n12 marzo 2011 alle ore 10:32\n"
        "Ogni mese la stessa storia e nessuno paga mai per i disagi dei pendolari che lavorano.\n"
        "Piero\n12 marzo 2011 alle ore 11:05\n"
        "Il governo regionale dovrebbe vergognarsi per come tratta chi prende il treno ogni giorno.\n"
    )
    body = _body(ARTICLE + comments)
    _article_kept(body)
    assert not any("pendolari" in sentence or "vergognarsi" in sentence for sentence in body)


def test_one_name_with_a_day_and_an_hour_under_the_article_is_not_yet_a_thread() -> None:
    # a lone `name, day, hour` line may be the article's own signature: it takes a second one, or a
    # reply button, or a signer's words (`Scritto da`) to tell a comment
    page = ARTICLE + (
        "Carla Neri 12 marzo 2011 alle 10:32\n"
        "La Regione Lombardia ha stanziato altri 40 milioni di euro per i treni dei pendolari.\n"
    )
    assert any("40 milioni" in sentence for sentence in _body(page))


def test_a_comment_written_by_someone_on_a_day_opens_them() -> None:
    comments = (
        "Scritto da Lucia Bassi il 12/03/2011 alle 10:32\n"
        "Ogni mese la stessa storia e nessuno paga mai per i disagi dei pendolari che lavorano.\n"
    )
    body = _body(ARTICLE + comments)
    _article_kept(body)
    assert not any("pendolari" in sentence for sentence in body)


def test_comments_signed_by_their_writers_with_no_day_over_a_reply_button_open_them() -> None:
    comments = (
        "Scritto da Lucia Bassi\n"
        "Ogni mese la stessa storia e nessuno paga mai per i disagi dei pendolari che lavorano.\n"
        "Rispondi\n"
        "Scritto da giovanni_75\n"
        "Il governo regionale dovrebbe vergognarsi per come tratta chi prende il treno ogni giorno.\n"
        "Rispondi\n"
    )
    body = _body(ARTICLE + comments)
    _article_kept(body)
    assert not any("pendolari" in sentence or "vergognarsi" in sentence for sentence in body)


def test_bylines_with_no_day_of_several_articles_on_a_page_end_nothing() -> None:
    page = ARTICLE + (
        "Scritto da Carla Neri\n\n"
        "Treni, arrivano i fondi\n"
        "Scritto da Redazione\n\n"
        "La Regione Lombardia ha stanziato altri 40 milioni di euro per i treni dei pendolari.\n"
    )
    assert any("40 milioni" in sentence for sentence in _body(page))


def test_a_reply_button_under_an_unsigned_comment_ends_the_article_above_the_comment() -> None:
    comments = (
        "Lucia Bassi ha scritto:\n"
        "Ogni mese la stessa storia e nessuno paga mai per i disagi dei pendolari che lavorano.\n"
        "Rispondi\n"
        "Il governo regionale dovrebbe vergognarsi per come tratta chi prende il treno ogni giorno.\n"
    )
    body = _body(ARTICLE + comments)
    _article_kept(body)
    assert not any("pendolari" in sentence or "vergognarsi" in sentence for sentence in body)


def test_a_heading_that_only_says_comments_opens_them() -> None:
    comments = (
        "Commenti\nOgni mese la stessa storia e nessuno paga mai per i disagi dei pendolari che lavorano.\n"
    )
    body = _body(ARTICLE + comments)
    _article_kept(body)
    assert not any("pendolari" in sentence for sentence in body)


def test_an_english_blogs_signed_comments_are_not_the_article() -> None:
    page = """Rail strike halts trains across the region

The unions have called an eight-hour strike of regional trains and buses for Friday morning.
The transport minister, Carla Neri, said the region would guarantee the protected morning services.
Jane Doe says:
March 12, 2011 at 10:32 am
Every month the same story and nobody ever pays for the commuters who have to get to work.
Reply
"""
    body = _body(page, "en")
    assert any("eight-hour strike" in sentence for sentence in body)
    assert not any("commuters" in sentence for sentence in body)


def test_a_signature_above_the_articles_own_text_ends_nothing() -> None:
    page = "Scritto da Lucia Bassi il 12/03/2011 alle 10:32\n" + ARTICLE
    _article_kept(_body(page))


def test_a_sentence_that_names_a_day_and_an_hour_ends_nothing() -> None:
    page = ARTICLE + (
        "Il presidente Mario Draghi 12 marzo 2011 alle 10:32 ha firmato il decreto che sblocca i fondi.\n"
        "La Regione Lombardia ha stanziato altri 40 milioni di euro per i treni dei pendolari.\n"
    )
    body = _body(page)
    _article_kept(body)
    assert any("40 milioni" in sentence for sentence in body)


def test_a_reply_verb_in_a_sentence_ends_nothing() -> None:
    page = ARTICLE + (
        "Rispondi alle domande dei lettori, ha chiesto il direttore ai giornalisti della redazione.\n"
        "La Regione Lombardia ha stanziato altri 40 milioni di euro per i treni dei pendolari.\n"
    )
    assert any("40 milioni" in sentence for sentence in _body(page))


def test_datelines_and_update_lines_with_a_day_and_an_hour_are_no_signatures() -> None:
    page = ARTICLE + (
        "Aggiornato il 12 marzo 2011 alle 18:40\n"
        "MILANO, 12 marzo 2011 alle 19:05\n"
        "La Regione Lombardia ha stanziato altri 40 milioni di euro per i treni dei pendolari.\n"
        "TORINO, 12 marzo 2011 alle 19:30\n"
        "Anche il Piemonte ha annunciato corse straordinarie dei treni per la giornata di sabato.\n"
    )
    body = _body(page)
    assert any("40 milioni" in sentence for sentence in body)
    assert any("corse straordinarie" in sentence for sentence in body)
