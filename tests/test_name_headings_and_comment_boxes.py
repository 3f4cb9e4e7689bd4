"""A name set as its paragraph's heading and run into the paragraph (`Khamis L'altro fedelissimo
…`) is not printed with the sentence; a comment box's rules (`Gentile lettore, la pubblicazione dei
commenti è sospesa …`) open the readers' comments, and nothing under them is the article (issue 15,
session 14). Pinned on small hand-written pages."""

from __future__ import annotations

from briefing.rules.sentences import split_article


def _body(text: str) -> list[str]:
    return [s.text for s in split_article(text, "it").sentences if s.role == "body"]


def test_a_name_heading_run_into_a_sentence_that_opens_on_an_article_is_not_printed() -> None:
    text = (
        "I figli del sindaco di Valmora\n\n"
        "Marco Il primogenito, Marco Rossi, è l'unico avuto dalla prima moglie Anna.\n\n"
        "Luca al-Rossi L'altro figlio del sindaco era Luca, più volte dato per partito.\n\n"
        "Roma La polizia ha chiuso ieri il porto di Valmora per tre ore.\n"
    )
    body = _body(text)
    assert "Il primogenito, Marco Rossi, è l'unico avuto dalla prima moglie Anna." in body
    assert "L'altro figlio del sindaco era Luca, più volte dato per partito." in body
    assert "La polizia ha chiuso ieri il porto di Valmora per tre ore." in body


def test_a_name_before_a_capitalised_title_stays() -> None:
    text = "Il porto di Valmora\n\nSecondo Il Sole 24 Ore il porto di Valmora riaprirà a maggio.\n"
    assert _body(text) == ["Secondo Il Sole 24 Ore il porto di Valmora riaprirà a maggio."]


def test_nothing_under_a_comment_boxs_rules_is_the_article() -> None:
    text = (
        "Il porto di Valmora riapre\n\n"
        "Il sindaco di Valmora Marco Rossi ha firmato ieri l'accordo con i sindacati del porto, dopo "
        "tre settimane di sciopero.\n\n"
        "Gentile lettore, la pubblicazione dei commenti è sospesa dalle 20 alle 9, i commenti per ogni "
        "articolo saranno chiusi dopo 72 ore.\n"
        "Abbiamo deciso di impostare questi limiti per migliorare la qualità del dibattito.\n"
        "Autostrade, così parlava il braccio destro del presidente del porto\n"
        'Rossi: "Possibile prorogare la sospensione del Patto di stabilità anche nel 2022".\n'
    )
    body = _body(text)
    assert any(s.startswith("Il sindaco di Valmora Marco Rossi ha firmato") for s in body)
    assert not any("dibattito" in s or "Autostrade" in s or "Patto di stabilità" in s for s in body)


def test_a_byline_glued_to_its_day_a_bar_of_keywords_and_a_publication_stamp_are_not_sentences() -> None:
    text = (
        "Giovedì • 10 Settembre 2015 • Aggiornato alle 14:54\n"
        "Valmora sequestra un peschereccio con le motovedette regalate dal porto\n"
        "di Anna NeriCronologia articolo14 dicembre 2012Commenti (13)\n\n"
        "Giustizia | Marco Rossi | Forze Armate | Porto di Valmora | Guardia di Finanza\n\n"
        "Questo articolo è stato pubblicato il  14 dicembre 2012 alle ore 16:21.\n\n"
        "Il motopesca è stato fermato ieri in acque internazionali a trenta miglia dal porto di Valmora.\n"
    )
    sentences = [s.text for s in split_article(text, "it").sentences]
    assert not any("Anna Neri" in s or "Giustizia |" in s or "pubblicato il" in s for s in sentences)
    assert any(s.startswith("Il motopesca è stato fermato ieri") for s in sentences)


def test_a_name_heading_run_into_a_sentence_that_names_it_again_is_not_printed() -> None:
    # (session 19, egypt-it: `Saif al-Arab Poco si sapeva infine di Saif al-Arab, il più giovane…`)
    text = (
        "I figli del sindaco di Valmora\n\n"
        "Il sindaco di Valmora ha tre figli, tutti nati in città.\n"
        "Luca al-Rossi Poco si sapeva infine di Luca al-Rossi, il più giovane dei figli del sindaco.\n"
        "Marco Bianchi Ferri ha detto ieri che Marco Bianchi, suo cugino, tornerà a Valmora con Ferri.\n"
    )
    body = _body(text)
    assert "Poco si sapeva infine di Luca al-Rossi, il più giovane dei figli del sindaco." in body
    # a word the article writes as a name inside a sentence (`con Ferri`) is the name's own
    cousin = "Marco Bianchi Ferri ha detto ieri che Marco Bianchi, suo cugino, tornerà a Valmora con Ferri."
    assert cousin in body
