"""The readers' comments under a blog post are not the article (issue 15, session 12: a blind
reader found a briefing's bottom line and a third of its Background taken from a comment thread,
dated by the page). From the line that opens them (`3 commenti per …`, `Lascia un commento`,
`2 Responses to …`) to the page's end, nothing is a sentence of the article; a line that merely
speaks of comments, or a comment box's heading above the article's own text, is not such a line.
The post's keywords above them (`Tags: …`) are not the article either, however many."""

from __future__ import annotations

from briefing.rules.sentences import split_article

POST = """Servizi segreti: la riforma dell'intelligence

Il Parlamento ha approvato ieri la riforma dei servizi segreti con 320 voti favorevoli e 120 contrari.
Il sottosegretario Marco Bianchi ha detto che la riforma entrerà in vigore a gennaio.
Tags: intelligence, riforma, Parlamento
3 commenti per Servizi segreti: la riforma dell'intelligence
La riforma è stata scritta in fretta e nessuno ha letto il testo prima del voto finale.
Caro Marco, hai ragione a dire che il governo ha sbagliato tutto sulla sicurezza nazionale.
Il ministro Rossi dovrebbe dimettersi subito dopo questo voto vergognoso del Parlamento.
"""


def _body(text: str, language: str = "it") -> list[str]:
    return [s.text for s in split_article(text, language).sentences if s.role == "body"]


def test_nothing_below_the_line_that_opens_the_comments_is_the_article() -> None:
    body = _body(POST)
    assert any("320 voti favorevoli" in sentence for sentence in body)
    assert any("entrerà in vigore a gennaio" in sentence for sentence in body)
    assert not any("scritta in fretta" in sentence for sentence in body)
    assert not any("dimettersi" in sentence or "Caro Marco" in sentence for sentence in body)


def test_a_comment_box_that_asks_for_a_comment_ends_the_article_too() -> None:
    page = POST.replace("3 commenti per Servizi segreti: la riforma dell'intelligence", "Lascia un commento")
    assert not any("dimettersi" in sentence for sentence in _body(page))


def test_an_english_blogs_responses_are_not_the_article() -> None:
    page = """Parliament passes the intelligence reform

Parliament approved the reform of the intelligence services on Tuesday by 320 votes to 120.
The minister, John Smith, said the reform would take effect in January next year.
2 Responses to Parliament passes the intelligence reform
The reform was written in a hurry and nobody read the text before the final vote.
"""
    body = _body(page, "en")
    assert any("320 votes" in sentence for sentence in body)
    assert not any("in a hurry" in sentence for sentence in body)


def test_a_sentence_that_speaks_of_comments_does_not_end_the_article() -> None:
    page = POST.replace(
        "3 commenti per Servizi segreti: la riforma dell'intelligence\n",
        "Sono arrivati 2 commenti a caldo del ministro dopo il voto, entrambi favorevoli alla riforma.\n",
    )
    body = _body(page)
    assert any("commenti a caldo" in sentence for sentence in body)
    assert any("dimettersi" in sentence for sentence in body)


def test_a_comment_box_above_the_articles_own_text_ends_nothing() -> None:
    page = "Lascia un commento\n" + POST.split("Tags:")[0]
    assert any("320 voti favorevoli" in sentence for sentence in _body(page))


def test_the_posts_keywords_are_not_the_article_however_many() -> None:
    # the line above the comments: `Tags: …` with 22 keywords was cut at its `...` into sentences
    tags = (
        "Tags: AD ALTO RISCHIO, Ad un passo dalla verità..., Gen. Paolo Neri, Servizi segreti, "
        "Parlamento, riforma dell'intelligence, La vita prende a volte percorsi strani..., sicurezza\n"
        "Questo contenuto è stato inserito il 11 settembre 2012 nelle categorie Servizi Italiani.\n"
    )
    body = _body(POST.replace("Tags: intelligence, riforma, Parlamento\n", tags))
    assert any("320 voti favorevoli" in sentence for sentence in body)
    assert not any("ALTO RISCHIO" in sentence or "percorsi strani" in sentence for sentence in body)


def test_a_posts_filing_line_with_its_count_of_comments_opens_the_comments() -> None:
    page = POST.replace(
        "3 commenti per Servizi segreti: la riforma dell'intelligence",
        "Scritto in Senza categoria |   80 Commenti »",
    )
    body = _body(page)
    assert any("320 voti favorevoli" in sentence for sentence in body)
    assert not any("dimettersi" in sentence or "scritta in fretta" in sentence for sentence in body)


def test_a_posts_filing_line_and_its_comment_box_are_not_sentences() -> None:
    page = POST.replace(
        "Tags: intelligence, riforma, Parlamento\n",
        "\nQuesto contenuto è stato inserito il Aprile 7, 2011 ore 4:39 pm nelle categorie Scenari Italia, "
        "Servizi Italiani. puoi seguire i commenti tramite RSS 2.0 feed.\n\n"
        "il 28 dicembre 2011, alle 07:08 | archiviato in Cronaca, Eventi, Photo Gallery.\n\n"
        "Do il mio consenso affinché un cookie salvi i miei dati per il prossimo commento.\n",
    )
    body = _body(page)
    assert any("320 voti favorevoli" in sentence for sentence in body)
    assert not any("inserito" in s or "archiviato" in s or "cookie" in s for s in body)


def test_a_notice_that_the_comments_are_closed_ends_the_article() -> None:
    # issue 15, session 16: a newspaper's `comments closed` line under its last paragraph was read
    # as that paragraph's last sentence, so a statement ended on it (and then read as pointing back)
    page = POST.split("Tags:")[0] + (
        "Questo articolo non è più commentabile. Abbonati al giornale per commentare le altre notizie.\n"
    )
    body = _body(page)
    assert any("entrerà in vigore a gennaio" in sentence for sentence in body)
    assert not any("commentabile" in sentence or "Abbonati" in sentence for sentence in body)


def test_an_english_notice_that_the_comments_are_closed_ends_the_article() -> None:
    page = """Parliament passes the intelligence reform

Parliament approved the reform of the intelligence services on Tuesday by 320 votes to 120.
The minister, John Smith, said the reform would take effect in January next year.
Comments are closed. Subscribe to the newspaper to comment on the other stories.
"""
    body = _body(page, "en")
    assert any("take effect in January" in sentence for sentence in body)
    assert not any("Comments are closed" in sentence or "Subscribe" in sentence for sentence in body)
