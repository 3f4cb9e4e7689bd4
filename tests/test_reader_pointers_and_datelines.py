"""Text furniture kept out of what a briefing prints (issue 15, session 19's count on the dev
copies): a reader pointer in parentheses after the news (`(si veda anche questa foto…)`), a lead's
dateline that credits its agency in parentheses (`Il Cairo (AsiaNews) - `), a line that only points
at a map or a video another page shows (`Il Guardian ha una mappa che mostra…`), and an embedded
post that only captions its picture (`Tahrir Square empty Friday, guarded by… pic.twitter.com/…`).
Pinned on small hand-written pages; every evidence span still holds the source's characters."""

from __future__ import annotations

from briefing.engines.extractive import ExtractiveEngine
from briefing.rules.markup import without_markup
from handwritten import handwritten_article


def _statements(text: str, language: str = "it") -> list[str]:
    article = handwritten_article("pagina.txt", text, language=language)
    facts = ExtractiveEngine().extract(article).facts
    assert all(text[e.start : e.end] == e.quote for f in facts for e in f.evidence)
    return [f.statement for f in facts]


def test_a_reader_pointer_in_parentheses_is_not_printed() -> None:
    text = (
        "date 2013-07-28\nLe esportazioni del porto di Valmora\n\n"
        "«Sono da segnalare nel 2011 le esportazioni di munizioni dal porto di Valmora verso il Nord "
        "Africa», spiega Marco Rossi, coordinatore dell'osservatorio. (si veda anche questa foto e "
        "questo articolo)\n"
        "Il sindaco di Valmora ha promesso nuovi controlli sulle navi (leggi anche l'intervista al "
        "sindaco) entro la fine dell'anno.\n"
        "Il porto di Valmora (vedi sopra il grafico) ha esportato armi per 4 milioni di euro.\n"
    )
    said = _statements(text)
    assert any(s.endswith("spiega Marco Rossi, coordinatore dell'osservatorio.") for s in said), said
    assert "Il sindaco di Valmora ha promesso nuovi controlli sulle navi entro la fine dell'anno." in said
    assert not any("(" in s for s in said), said


def test_an_aside_in_parentheses_is_not_a_pointer() -> None:
    kept = "Il sindaco (vedovo dal 2011, risposato nel 2016) ha visto i moli."
    assert without_markup(kept) == kept
    assert without_markup("Rossi (see the full interview) spoke.") == "Rossi spoke."
    assert without_markup("Rossi (Read more: the port's history) spoke.") == "Rossi spoke."
    # a word that only begins like a pointer is no pointer
    lookout = "Il porto (vedetta del golfo) ha riaperto."
    assert without_markup(lookout) == lookout


def test_a_leads_dateline_that_credits_its_agency_in_parentheses_is_not_printed() -> None:
    text = (
        "date 2013-02-06\nValmora, la corte condanna due portuali\n"
        "Il Cairo (AsiaNews) - A un\n"
        "anno dal blocco del porto di Valmora, una corte ha condannato a tre anni due portuali\n"
        "per aver rubato un carico durante gli scontri.\n"
    )
    said = _statements(text)
    assert any(s.startswith("A un anno dal blocco del porto di Valmora") for s in said), said
    assert not any("AsiaNews" in s for s in said), said
    # one place's name alone, in mixed case, before a dash (`Larena - …`) was left out already
    alone = text.replace("Il Cairo (AsiaNews) - ", "Valmora - ")
    assert any(s.startswith("A un anno dal blocco del porto di Valmora") for s in _statements(alone))


def test_a_line_that_only_points_at_a_map_or_a_video_on_the_web_is_not_printed() -> None:
    text = (
        "date 2013-08-16\nScontri al porto di Valmora\n\n"
        "Il sindaco di Valmora ha chiuso il porto dopo gli scontri di ieri tra portuali e polizia.\n"
        "Il Corriere del porto ha una mappa che mostra le tre zone principali degli scontri di oggi.\n"
        "Il giornalista Marco Rossi ha pubblicato su YouTube un video degli scontri di oggi vicino al "
        "molo nord, in cui si sentono colpi di arma da fuoco.\n"
        "Il blog Valmora Oggi ha messo su Internet foto delle manifestazioni di lunedì.\n"
        "Il prefetto di Valmora Anna Bianchi ha detto che dodici portuali sono stati arrestati.\n"
    )
    said = _statements(text)
    assert not any(w in s for s in said for w in ("mappa", "YouTube", "Internet")), said
    assert any(s.startswith("Il sindaco di Valmora ha chiuso il porto") for s in said), said
    assert any(s.startswith("Il prefetto di Valmora Anna Bianchi") for s in said), said


def test_a_video_released_as_news_is_still_printed() -> None:
    # a group that releases a video is news, not a pointer at the page's own player
    text = (
        "date 2013-08-16\nIl video del sindaco\n\n"
        "Il sindaco di Valmora ha diffuso un video in cui annuncia le sue dimissioni dopo gli scontri.\n"
    )
    assert any(s.startswith("Il sindaco di Valmora ha diffuso un video") for s in _statements(text))


def test_an_english_line_that_only_points_at_a_video_is_not_printed() -> None:
    text = (
        "date 2025-06-05\nHarbour clashes in Valmora\n\n"
        "The mayor of Valmora closed the harbour after a night of clashes between dock workers and police.\n"
        "Reporter Mark Olsen posted a video on YouTube of the clashes near the northern pier.\n"
        "The Valmora Courier has a map showing the three main areas of the clashes.\n"
    )
    said = _statements(text, language="en")
    assert not any("YouTube" in s or "map" in s for s in said), said
    assert any(s.startswith("The mayor of Valmora closed the harbour") for s in said), said


def test_a_post_that_only_captions_its_picture_is_not_printed() -> None:
    # an embedded post whose words only say what its picture shows (no verb that says, no one
    # speaking) is the picture's caption; a post with a picture that says something stays a post
    text = (
        "date 2013-08-16\nScontri al porto di Valmora\n\n"
        "18.50 – Il molo nord è stato chiuso con mezzi blindati dalle forze di sicurezza.\n"
        "Harbour square in Valmora empty Friday, guarded by armored vehicles pic.twitter.com/abc123 "
        "pic.twitter.com/def456\n"
        "— Valmora News (@ValmoraNews) August 16, 2013\n"
        "18.40 – Il sindaco di Valmora ha convocato il consiglio comunale per lunedì.\n"
        "We will reopen the harbour as soon as it is safe. pic.twitter.com/ghi789\n"
        "— Anna Bianchi (@AnnaBianchi) August 16, 2013\n"
    )
    said = _statements(text)
    assert not any("armored vehicles" in s for s in said), said
    assert any("We will reopen the harbour" in s for s in said), said
    assert not any("pic.twitter.com" in s for s in said), said  # nor a post's link left alone


def test_a_live_blogs_title_set_again_over_its_entries_is_not_printed() -> None:
    text = (
        "date 2024-09-26\nCoppa del porto, in campo Valmora-Altavilla 1-1 LIVE\n\n"
        "Valmora-Altavilla 1-1 LIVE, per la prima giornata della Coppa del porto. Gol di Rossi al 32'. "
        "L'allenatore del Valmora Marco Bianchi ha detto che la squadra ha giocato bene.\n"
    )
    said = _statements(text)
    assert not any("LIVE" in s for s in said), said
    assert any("Marco Bianchi ha detto" in s for s in said), said
    # the word in lower case is the sentence's own
    concert = "date 2024-09-26\nLa banda\n\nIl concerto live della banda di Valmora si è tenuto ieri.\n"
    assert _statements(concert) == ["Il concerto live della banda di Valmora si è tenuto ieri."]


def test_a_posted_video_in_which_someone_testifies_is_news() -> None:
    # the relative clause tells what someone said or did: testimony the video holds, not its label;
    # a video named by what it shows (`un video degli scontri`), or one in which shots are heard,
    # only labels a player the briefing cannot show
    text = (
        "date 2013-08-16\nScontri al porto di Valmora\n\n"
        "Il sindaco di Valmora ha chiuso il porto dopo gli scontri di ieri tra portuali e polizia.\n"
        "Il 5 marzo è stato caricato un video su YouTube dove un portuale racconta di essere stato "
        "aggredito da tre agenti.\n"
        "Un attivista ha pubblicato su YouTube un video in cui si vedono gli agenti sparare sulla folla.\n"
        "Il giornalista Marco Rossi ha pubblicato su YouTube un video degli scontri di oggi vicino al "
        "molo nord, in cui si sentono colpi di arma da fuoco.\n"
    )
    said = _statements(text)
    assert any("un portuale racconta di essere stato aggredito" in s for s in said), said
    assert any("gli agenti sparare sulla folla" in s for s in said), said
    assert not any("molo nord" in s for s in said), said


def test_a_video_posted_where_someone_tells_what_happened_is_news_in_english() -> None:
    text = (
        "date 2013-08-16\nClashes at the Port of Valmora\n\n"
        "The mayor of Valmora closed the port after clashes between dockers and police.\n"
        "A video was posted on YouTube in which a docker says he was beaten by three officers.\n"
        "Activists posted a video on YouTube of the march along the north pier.\n"
    )
    said = _statements(text, language="en")
    assert any("a docker says he was beaten" in s for s in said), said
    assert not any("north pier" in s for s in said), said
