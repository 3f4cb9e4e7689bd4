"""A sentence never carries a raw web address (issue 15, session 14, round 2): one printed after a
sentence's full stop is cut off, a reference line (a title and its address) before a sentence is
not part of it, a sentence that an address stands inside of is left out; a Markdown link's target
and a site's name written in the text stay. Pinned on small hand-written pages."""

from __future__ import annotations

from briefing.rules.sentences import split_article


def _body(text: str) -> list[str]:
    return [s.text for s in split_article(text, "it").sentences if s.role == "body"]


_HEADLINE = "Il porto di Valmora riapre\n\n"


def test_an_address_after_a_sentences_full_stop_is_cut_off() -> None:
    text = _HEADLINE + (
        'Il sindaco di Valmora risponde nel 2010: "il porto riaprirà entro il 2022".  '
        "http://atti.example.org/interrogazioni_16/mostra.Asp?idAtto=123&stile=6  "
        "Il comune ha inoltre firmato un accordo con la regione il 27 ottobre 2004.\n"
    )
    body = _body(text)
    assert 'Il sindaco di Valmora risponde nel 2010: "il porto riaprirà entro il 2022".' in body
    assert "Il comune ha inoltre firmato un accordo con la regione il 27 ottobre 2004." in body
    assert not [sentence for sentence in body if "http" in sentence or "idAtto" in sentence]


def test_a_reference_line_before_a_sentence_is_not_part_of_it() -> None:
    text = _HEADLINE + (
        "Il porto è chiuso da tre settimane per lo sciopero dei portuali. "
        "Ports and strikes: a review of the evidence "
        "http://journal.example.org/content/66/6/56.full.pdf+html  "
        "Anche secondo il sindacato il porto di Valmora non riaprirà prima di maggio.\n"
    )
    body = _body(text)
    assert "Anche secondo il sindacato il porto di Valmora non riaprirà prima di maggio." in body
    assert not [sentence for sentence in body if "http" in sentence or "review" in sentence]


def test_a_sentence_an_address_stands_inside_of_is_left_out() -> None:
    text = _HEADLINE + (
        "Il rapporto di Marco Rossi http://rivista.example.org/articolo?a=706 mostra i danni "
        "dello sciopero.\n\n"
        "Il sindaco di Valmora ha firmato ieri l'accordo con i sindacati del porto.\n"
    )
    assert _body(text) == ["Il sindaco di Valmora ha firmato ieri l'accordo con i sindacati del porto."]


def test_a_link_target_and_a_sites_name_stay() -> None:
    text = _HEADLINE + (
        "Il video è visibile anche sul sito del comune (www.valmora.example.it).\n\n"
        "[Il sindaco Marco Rossi](https://valmora.example.it/sindaco) ha firmato ieri l'accordo.\n"
    )
    body = _body(text)
    assert "Il video è visibile anche sul sito del comune (www.valmora.example.it)." in body
    assert len(body) == 2


def test_a_posts_picture_address_after_its_closing_bracket_is_cut_off() -> None:
    # issue 15 (session 15): a quoted post `… (in dialetto locale) http://yfrog.com/…` was left out
    text = _HEADLINE + (
        "Il porto è chiuso da tre settimane per lo sciopero dei portuali.\n\n"
        "@portuale Il sindaco di Valmora parla in televisione ai portuali (senza il gobbo, in dialetto) "
        "http://pics.example.com/h29pmzrj\n\n"
        "I portuali hanno risposto al sindaco con un corteo fino al municipio di Valmora.\n"
    )
    body = _body(text)
    assert (
        "@portuale Il sindaco di Valmora parla in televisione ai portuali (senza il gobbo, in dialetto)"
        in body
    )
    assert not [sentence for sentence in body if "http" in sentence]
