"""Furniture that lost its own line and runs into the news (issue 15, session 9): a live blog's hour
stamp before an entry, a subheading after a gap of no-break spaces, a photo caption that names the
person the next sentence opens on, a subheading glued before `Fino a…`, and a subheading left at the
end of a paragraph's line. None of it is printed; every sentence's span still holds exactly the
source's characters."""

from __future__ import annotations

from briefing.engines.extractive import ExtractiveEngine
from briefing.rules.sentences import split_article, stamped
from handwritten import handwritten_article

LIVE = (
    "date 2025-03-21\nDiretta dal Cairo: si dimette il governo\n\n"
    "20,47 – Il ministro dell'Informazione Osama Heikal ha detto a Reuters che le dimissioni non sono "
    "state accettate.\n"
    "20,32 – Reuters scrive che il Consiglio militare vuole un accordo sul nuovo primo ministro.\n"
    "19.39 - Il governo egiziano ha presentato le sue dimissioni al Consiglio militare.\n"
)


def _texts(text: str) -> list[str]:
    return [s.text for s in split_article(text, "it").sentences]


def test_a_live_blog_entry_is_printed_without_its_hour_stamp() -> None:
    split = split_article(LIVE, "it")
    entries = [s for s in split.sentences if s.role == "body"]
    assert [s.text.split()[0] for s in entries] == ["Il", "Reuters", "Il"]
    for sentence in entries:
        assert LIVE[sentence.start : sentence.end] == sentence.text  # the span is the source's
        assert stamped(LIVE, sentence.start)  # the entry still starts a report of its own
    facts = ExtractiveEngine().extract(handwritten_article("cairo.txt", LIVE)).facts
    assert facts and not any(f.statement[:1].isdigit() for f in facts)
    assert all(LIVE[e.start : e.end] == e.quote for f in facts for e in f.evidence)


def test_a_sentence_without_a_stamp_is_not_an_entry() -> None:
    text = "date 2025-03-21\nIl Cairo\n\nIl governo egiziano si è dimesso alle 20.\n"
    sentence = split_article(text, "it").sentences[-1]
    assert not stamped(text, sentence.start)


def test_a_subheading_after_a_gap_of_no_break_spaces_is_not_part_of_the_sentence() -> None:
    text = (
        "date 2024-09-30\nLuna Rossa pareggia\n\n"
        "Luna Rossa ha vinto la sesta regata della finale: ora il risultato è di 3-3.\xa0 \xa0 "
        "La cronaca della sesta gara Partenza lenta per la barca italiana, poi il sorpasso alla prima boa.\n"
    )
    assert "Partenza lenta per la barca italiana, poi il sorpasso alla prima boa." in _texts(text)
    # a name after such a gap is the sentence's own (`Il presidente della Repubblica ha…`)
    kept = text.replace(
        "La cronaca della sesta gara Partenza lenta per", "Il presidente della Repubblica ha premiato"
    )
    assert any(t.startswith("Il presidente della Repubblica ha premiato") for t in _texts(kept))


def test_a_caption_that_names_a_person_is_not_part_of_the_sentence_on_that_person() -> None:
    text = (
        "date 2024-09-23\nIl difensore del derby\n\n"
        "Da bambino seguiva la squadra in trasferta. Marco Bianchi da bambino con la maglia del Torino "
        "Bianchi è nato nel 1999 a Varese e gioca nel Torino da sempre.\n"
    )
    assert "Bianchi è nato nel 1999 a Varese e gioca nel Torino da sempre." in _texts(text)


def test_a_subheading_glued_before_fino_a_is_not_part_of_the_sentence() -> None:
    text = (
        "date 2024-09-23\nIl difensore del derby\n\n"
        "Il difensore era tra i migliori in campo. Il gol di testa con cui Marco Bianchi ha deciso il derby "
        "Fino a poco tempo fa Bianchi era considerato una riserva.\n"
    )
    assert "Fino a poco tempo fa Bianchi era considerato una riserva." in _texts(text)


def test_a_subheading_left_at_the_end_of_a_paragraphs_line_is_not_a_sentence() -> None:
    text = (
        "date 2024-09-25\nI bombardamenti in Libano\n\n"
        "Nei giorni scorsi Israele ha bombardato il sud del Libano con centinaia di raid aerei.\n"
        "Israele ha colpito il Libano per il terzo giorno di fila, anche nel nord. La valle della Bekaa\n"
        "Fino a lunedì i bombardamenti israeliani non si erano mai spinti così a nord.\n"
    )
    texts = _texts(text)
    assert "La valle della Bekaa" not in texts
    assert "Fino a lunedì i bombardamenti israeliani non si erano mai spinti così a nord." in texts
    # a sentence that lost its full stop at a line's end stays one (`Lo affermano gli insorti`)
    kept = text.replace("La valle della Bekaa", "Lo affermano gli insorti")
    assert "Lo affermano gli insorti" in _texts(kept)


def test_a_menus_link_alone_on_its_line_is_not_a_sentence() -> None:
    text = (
        "date 2026-01-16\nStatement on the Harbour Plan\n\n"
        "1.  [Home](https://www.example.gov/)\n"
        "2.  [Briefings &\n    Statements](https://www.example.gov/briefings-statements/)\n\n"
        "Yesterday, Governor Jane Doe signed the Harbour Plan for the port of Eastbay.\n"
    )
    texts = [s.text for s in split_article(text, "en").sentences]
    assert not any("Briefings" in t for t in texts)
    assert "Yesterday, Governor Jane Doe signed the Harbour Plan for the port of Eastbay." in texts


def test_a_link_before_a_colon_names_who_speaks_and_stays() -> None:
    text = (
        "date 2026-01-16\nAllies welcome the plan\n\n"
        "[European Council President Paolo Costa](https://example.org/posts/2):\n\n"
        "“I welcome the plan and I urge every party to seize this moment for peace.”\n"
    )
    texts = [s.text for s in split_article(text, "en").sentences]
    assert any(t.startswith("[European Council President Paolo Costa]") for t in texts)


def test_a_heading_set_in_capitals_does_not_run_into_the_line_below() -> None:
    text = (
        "Il forum dei lettori sul voto.\n\nrisposta a Carlo:\nANALISI DEL VOTO\n"
        "sinceramente fino ad oggi il governo ha fatto bene ad aspettare.\nIl voto è a giugno.\n"
    )
    texts = _texts(text)
    assert "sinceramente fino ad oggi il governo ha fatto bene ad aspettare." in texts
    assert not any("ANALISI" in t for t in texts)


def test_an_embedded_posts_sign_off_run_into_its_text_is_no_sentence() -> None:
    # a post copied with its sign-off on the same line as its last words: the sign-off is the
    # embed's furniture, never a statement; the post's words stay
    text = (
        "date 2025-08-03\nMinister resigns over contract\n\n"
        "Defence minister Karl Jessen resigned on Sunday after an audit of a helicopter contract.\n\n"
        "I have today offered my resignation to the Prime Minister. I did nothing wrong, but the "
        "ministry needs calm.— Karl Jessen (@KarlJessen) August 3, 2025\n\n"
        "Prime Minister Elin Varga accepted the resignation on Sunday evening.\n"
    )
    texts = [s.text for s in split_article(text, "en").sentences]
    assert not any("(@KarlJessen)" in t for t in texts)
    assert any(t.startswith("I have today offered") for t in texts)


def test_a_leads_dateline_that_names_only_its_place_is_not_printed() -> None:
    # `Larena - ` before the lead, in mixed case and with no day: the dateline, not the news
    text = (
        "date 2025-11-05\nSciopero dei trasporti a Larena\n\n"
        "Larena - Autobus e tram sono rimasti fermi ieri per otto ore a Larena.\n\n"
        "Il sindacato ha detto che la protesta continuerà.\n"
    )
    assert "Autobus e tram sono rimasti fermi ieri per otto ore a Larena." in _texts(text)
