"""Article metadata: the title is the headline, the outlet is whoever signs the text, and a date in
the file's name stands in for a text that has none (and says so)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.dates import file_name_date
from briefing.engines.extractive import ExtractiveEngine
from briefing.headline import short_lead
from briefing.ingest import SourceFile, read_article
from briefing.models import PartialDate


def read(tmp_path: Path, text: str, name: str = "article.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_article(SourceFile(str(path), path), with_language=False)


def test_the_title_is_the_headline_under_a_header_line(tmp_path: Path) -> None:
    article = read(
        tmp_path, "date 2024-09-21\nGino Bianchi: 'Mai avrei immaginato'\n\nUna vita fatta di musica.\n"
    )
    assert article.title == "Gino Bianchi: 'Mai avrei immaginato'"
    assert article.published == PartialDate(year=2024, month=9, day=21)


def test_a_header_line_with_the_lead_on_it_gives_the_outlet_and_no_title(tmp_path: Path) -> None:
    article = read(tmp_path, "date 2024-11 AgenPress – Il ministro ha parlato oggi. Poi altro.\n")
    assert article.title is None  # the lead sentence is the body's, not a headline
    assert article.outlet == "AgenPress"


def test_an_escape_left_in_a_headline_is_read_as_its_character(tmp_path: Path) -> None:
    article = read(
        tmp_path, "date 2025-03-01\nSupport for the Administration\\u2019s Plan\n\nBody text here.\n"
    )
    assert article.title == "Support for the Administration’s Plan"


def test_a_headline_whose_line_break_lost_its_next_line_is_cut_short(tmp_path: Path) -> None:
    # (session 16's blind readers: `First Lady Melania Trump Facilitates Her Fifth Ukraine–Russia
    # Family` headed a storyline as if whole; its page wrote `…Family\` and lost the rest)
    article = read(
        tmp_path, "date 2025-03-01\nSupport for the Administration\\u2019s Plan\\\n\nBody text here.\n"
    )
    assert article.title == "Support for the Administration’s Plan…"


@pytest.mark.parametrize(
    "text",
    [
        "Il consiglio ha approvato il bilancio. " + "Segue una lunga spiegazione delle voci di spesa. " * 6,
        "date 2024-11 Agenzia Uno – Il consiglio di Valmora ha approvato ieri il bilancio del porto.\n\n"
        "Segue il resto.\n",
    ],
)
def test_a_text_that_opens_on_its_body_has_no_headline_not_its_first_sentence(
    tmp_path: Path, text: str
) -> None:
    # issue 15 (session 14, round 2): a body's lead sentence is no headline, however short
    assert read(tmp_path, text).title is None


LONG_LEAD = (
    "Alla vigilia della riunione dei ministri della Difesa, il segretario generale dell'Alleanza, "
    "Anna Berti, ha illustrato le priorità del vertice, intervenendo in conferenza stampa a Bruxelles."
)


@pytest.mark.parametrize(
    "text",
    [
        f"date 2026-02-11 BRUXELLES (ITALPRESS) – {LONG_LEAD}\n\nSegue il resto.\n",
        LONG_LEAD + " Segue una lunga spiegazione delle voci di spesa." * 4,
    ],
)
def test_a_text_whose_lead_is_longer_than_a_headline_has_no_title_rather_than_a_cut_sentence(
    tmp_path: Path, text: str
) -> None:
    assert read(tmp_path, text).title is None


@pytest.mark.parametrize(
    "text",
    [
        "date 2024-09-21\nUn giovane muore\n\nUn giovane di Mestre (Venezia), è morto ieri sera.\n",
        "date 2024-09-21\nIl voto\n\nLa deputata (FdI) ha chiesto un rinvio del voto in aula.\n",
    ],
)
def test_a_place_or_party_in_parentheses_is_not_the_outlet(tmp_path: Path, text: str) -> None:
    assert read(tmp_path, text).outlet is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Titolo\n\nROMA (ANSA) - Il governo ha deciso.\n", "ANSA"),
        ("Titolo\n\nBRUXELLES (BELGIO) (ITALPRESS) – Il vertice si è chiuso.\n", "ITALPRESS"),
        ("Titolo\n\nTesto.\n\n*(Gazzetta di Prova) Venerdì 03 Aprile 2026*\n", "Gazzetta di Prova"),
    ],
)
def test_the_outlet_is_the_name_that_signs_the_dateline_or_the_closing_line(
    tmp_path: Path, text: str, outlet: str
) -> None:
    assert read(tmp_path, text).outlet == outlet


def test_a_date_in_the_file_name_dates_an_undated_text_and_says_so(tmp_path: Path) -> None:
    article = read(tmp_path, "Titolo\n\nIl governo ha deciso.\n", name="ansa-2024-09-21-titolo.txt")
    assert article.published == PartialDate(year=2024, month=9, day=21)
    assert article.published_basis == "file name"


def test_a_date_in_the_text_wins_over_the_file_name(tmp_path: Path) -> None:
    article = read(tmp_path, "date 2024-11\nTitolo\n\nTesto.\n", name="copy-2025-01-02.txt")
    assert article.published == PartialDate(year=2024, month=11)
    assert article.published_basis == "header line"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ansa-2024-09-21-titolo.txt", "2024-09-21"),
        ("20240921-report.txt", "2024-09-21"),
        ("2024_09_21 note.md", "2024-09-21"),
        ("000_c81cc95113a03d59.txt", None),  # a hash is no date
        ("report-2024-13-01.txt", None),  # no thirteenth month
        ("id12024092199.txt", None),  # part of a longer number
    ],
)
def test_file_name_dates(name: str, expected: str | None) -> None:
    found = file_name_date(name)
    assert (found.iso() if found else None) == expected


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # a kicker in capitals set on the headline's line
        (
            "IL PORTO DI VALMORA Lo sciopero dei portuali: «Restiamo fermi»",
            "Lo sciopero dei portuali: «Restiamo fermi»",
        ),
        ("I CONTI DEL COMUNE «Mancano tre milioni»: così la giunta", "«Mancano tre milioni»: così la giunta"),
        # a media label in capitals after it
        (
            "Valmora, la nave più grande mai entrata in porto VIDEO",
            "Valmora, la nave più grande mai entrata in porto",
        ),
        ("The largest ship ever docks at Valmora PHOTO", "The largest ship ever docks at Valmora"),
        # capitals that are the headline's own words stay
        ("NATO ministers meet in Valmora", "NATO ministers meet in Valmora"),
        ("Watch the video of the launch", "Watch the video of the launch"),
    ],
)
def test_the_title_is_the_headline_without_its_kicker_or_media_label(
    tmp_path: Path, headline: str, title: str
) -> None:
    article = read(tmp_path, f"date 2024-09-21\n{headline}\n\nIl testo dell'articolo.\n")
    assert article.title == title


@pytest.mark.parametrize(
    ("page_top", "title"),
    [
        # a blog's banner (it ends on a colon) and its "follow me" lines
        (
            "H Sei un lettore di storia militare? Le tue opinioni ed i tuoi contributi ci interessano:\n"
            "Stay in Tune\nSeguimi su Twitter\nServizi Segreti: un archivio che racconta un'epoca…",
            "Servizi Segreti: un archivio che racconta un'epoca…",
        ),
        # a date line with the page's update time
        (
            "Giovedì • 10 Settembre 2015 • Aggiornato alle 14:54\n"
            "Valmora, un anno fa la protesta. Ecco le tappe",
            "Valmora, un anno fa la protesta. Ecco le tappe",
        ),
        # the site's plea for JavaScript and its date line
        (
            "Please enable javascript to view this site.\nCronache di Valmora | July 29, 2020\n"
            "L'effetto domino. Oltre il porto di Valmora - Cronache di Valmora",
            "L'effetto domino. Oltre il porto di Valmora",
        ),
        # the author's credit
        (
            "Scrittore e giornalista, The Valmora Herald\nValmora, il 'non sciopero' che piace al porto",
            "Valmora, il 'non sciopero' che piace al porto",
        ),
        (
            "Sociologa e giurista\nIl porto di Valmora: centro del potere cittadino",
            "Il porto di Valmora: centro del potere cittadino",
        ),
        # the site's call to take part
        (
            "Partecipa ad AgoraValmora!\nDi' la tua\nChi deve decidere sul porto?",
            "Chi deve decidere sul porto?",
        ),
        # the end of a kicker, in lower case
        (
            "in piazza per chiedere le dimissioni del sindaco\nValmora, tre portuali feriti negli scontri",
            "Valmora, tre portuali feriti negli scontri",
        ),
        # teasers of other pages: a headline, then its excerpt, dated and cut short
        (
            "Dazi, Rossi (Ass. Valmora): 'Il governo intervenga'\n"
            "Roma, 8 gennaio 2020. Il rischio di nuovi dazi torna a minacciare il porto di Valmora. La…\n"
            "Porto, Rossi (Ass. Valmora): 'Bene i segnali distensivi'\n"
            "Roma, 30 agosto 2019. Dopo un lungo periodo di tensione, negli ultimi giorni il porto si…\n"
            "Valmora: migliaia in piazza contro la giunta",
            "Valmora: migliaia in piazza contro la giunta",
        ),
        # a header line cut short on a preposition, then teasers of other pages cut short
        (
            "Questo sito contribuisce all'audience di\n"
            "Ogni porto nasce da un lungo processo di scavo, cioè cresce – sin dalla posa – attraverso "
            "un lavoro di fusione,...\n"
            "Come spiegare il porto ai bambini – questo scritto ha l'auspicio di fornire aiuto alle "
            "mamme che hanno deciso...\n"
            "Valmora, un anno in 101 immagini",
            "Valmora, un anno in 101 immagini",
        ),
        # a block of script, however long, with an array's strings on lines of their own
        (
            "Collegamenti ad aree di contenuto della pagina\n"
            'var d_names = new Array("Domenica", "Lunedì", "Martedì", "Mercoledì",\n'
            '"Giovedì", "Venerdì", "Sabato");\n'
            'var m_names = new Array("Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio",\n'
            '"Giugno", "Luglio", "Agosto", "Settembre", "Ottobre", "Novembre",\n'
            "var d = new Date();\n"
            "var minutes = d.getMinutes();\n"
            'if (minutes < 10){minutes = "0"+minutes;}\n'
            "document.write('<strong>' + d_names[d.getDay()] + ', ' + d.getDate()\n"
            "+ ' ' + d.getFullYear() + '</strong>');\n"
            "document.write(' | <em class=\"hour\">' + d.getHours() + ':' + minutes + '</em>');\n"
            "ti trovi qui:\n"
            "Valmora: deputata del porto, voto urgente. Inutile boicottaggio",
            "Valmora: deputata del porto, voto urgente. Inutile boicottaggio",
        ),
        # the headline is the line over its byline, not a kicker, a slogan or the outlet
        # a kicker over the headline, which stands over its byline and its day
        (
            "Cosa è successo nel porto\nValmora, un anno in 101 immagini\ndi la tua cronista Anna\n"
            "29 Dicembre 2012",
            "Valmora, un anno in 101 immagini",
        ),
        # the site's slogan over the headline, under the day of the page
        (
            "11 Novembre 2020\nIl dovere di raccontare il porto\nValmora, troppe parole, poche immagini\n"
            "21 Agosto 2013\ndi: Paola Rossi",
            "Valmora, troppe parole, poche immagini",
        ),
        # the outlet's name alone on the top line
        (
            "Gazzetta di Valmora\nL'Otto marzo dei portuali di Valmora\n7 MARZO 2012",
            "L'Otto marzo dei portuali di Valmora",
        ),
        # other pages' headlines over the headline, which stands over its byline
        (
            "Luca Bianchi: babele di ordinanze che invece di trasmettere sicurezza generano confusione\n"
            "Sospeso il mercato settimanale a Valmora\n"
            "Stipendio dei consiglieri comunali. Rossi propone la riduzione dei compensi.\n"
            "Provincia di Valmora, 2011: un anno di cronaca a cura di Anna Neri\nScritto da   Redazione",
            "Provincia di Valmora, 2011: un anno di cronaca a cura di Anna Neri",
        ),
        # a kicker that is a sentence in capitals, which the line goes on after in lower case
        (
            "LE ELEZIONI A VALMORA, VINCE ROSSI. LA Regione: «passo importante»\nValmora, vince Marco Rossi",
            "Valmora, vince Marco Rossi",
        ),
        # a kicker in capitals that goes on in lower case after a conjunction
        (
            "CONSIGLI PORTUALI E voglia di riferimenti istituzionali\n"
            "E se a Valmora la via d'uscita fosse un sindaco?",
            "E se a Valmora la via d'uscita fosse un sindaco?",
        ),
    ],
)
def test_the_title_is_the_headline_not_the_pages_furniture_kicker_slogan_or_outlet(
    tmp_path: Path, page_top: str, title: str
) -> None:
    article = read(
        tmp_path, f"date 2013-07-06\n{page_top}\nIl testo dell'articolo comincia qui, a Valmora.\n"
    )
    assert article.title == title


@pytest.mark.parametrize(
    "page_top",
    [
        # a standfirst (a long sentence) between the headline and the byline is no headline
        "Valmora, il porto chiede scusa per le morti\nIl consiglio del porto ha scritto un messaggio di "
        "scuse su Facebook per gli oltre 30 caduti e le centinaia di feriti degli ultimi giorni in piazza\n"
        "di Redazione · 24 novembre 2011",
        # a picture's caption over a stamp of the page's update
        'Morto il boss. Rossi: "Giustizia è fatta"\nFesteggiamenti a Valmora dopo l\'annuncio della '
        "morte del boss\n(Aggiornato alle 23:37 del 02 maggio 2011)",
    ],
)
def test_a_standfirst_or_a_caption_over_a_stamp_is_not_the_headline(tmp_path: Path, page_top: str) -> None:
    article = read(
        tmp_path, f"date 2013-07-06\n{page_top}\nIl testo dell'articolo comincia qui, a Valmora.\n"
    )
    assert article.title == page_top.split("\n")[0]


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        # a section label before it
        (
            "Esteri - Rossi vola a Washington: l'8 aprile il faccia a faccia",
            "Rossi vola a Washington: l'8 aprile il faccia a faccia",
        ),
        # a breadcrumb's marks
        (
            '››      OPAL: "Ministro, sospenda l\'invio di armi"',
            'OPAL: "Ministro, sospenda l\'invio di armi"',
        ),
        # its subheading run into it
        ("Raid aerei e missili sulla ValmoraRossi minaccia il porto", "Raid aerei e missili sulla Valmora"),
        (
            'Morto il boss. Rossi: "Giustizia è fatta"I suoi giurano vendetta',
            'Morto il boss. Rossi: "Giustizia è fatta"',
        ),
        (
            "Valmora, vince Marco Rossi«Sarò il sindaco di tutti i portuali»",
            "Valmora, vince Marco Rossi",
        ),
        # a name written with an inner capital, which the text writes too, stays
        ("YouTube rimuove i video del porto di Valmora", "YouTube rimuove i video del porto di Valmora"),
        # a dash inside the headline stays
        (
            "First Lady Secures Another Russian – Ukrainian Child Reunification",
            "First Lady Secures Another Russian – Ukrainian Child Reunification",
        ),
        # the site's name after a hyphen, which the page writes nowhere else
        (
            "Poveri e disoccupati, perché i portuali non scioperano? - Cronache del porto",
            "Poveri e disoccupati, perché i portuali non scioperano?",
        ),
        # a tail that names what the article tells of stays
        ("Il derby Valmora - Ostia finisce in parità", "Il derby Valmora - Ostia finisce in parità"),
    ],
)
def test_the_title_is_the_headline_without_what_the_page_set_around_it(
    tmp_path: Path, headline: str, title: str
) -> None:
    body = (
        "Il testo dell'articolo: YouTube ha rimosso i video, Ukrainian Child Reunification. Ostia ha "
        "pareggiato a Valmora.\n"
    )
    article = read(tmp_path, f"date 2013-07-06\n{headline}\n{body}")
    assert article.title == title


def test_a_short_lead_stands_in_for_a_missing_headline_in_a_storylines_heading_only() -> None:
    wire = "date 2024-11 Agenzia Uno – Il consiglio di Valmora ha approvato il bilancio. Poi altro.\n"
    assert short_lead(wire) == "Il consiglio di Valmora ha approvato il bilancio."
    assert short_lead("Il bilancio approvato\n\nIl consiglio di Valmora ha approvato il bilancio.\n") is None


def test_a_sections_label_over_the_headline_is_not_the_title(tmp_path: Path) -> None:
    # issue 15 (session 15): a blog's section label, no dash after it, over the headline
    text = (
        "date 2011-04-11\nPorti e Mercati\nIl sindaco del molo\nProdigi del porto: prima & dopo\n"
        "Si arricchisce di nuovi capitoli la vicenda del porto di Valmora, chiuso da tre settimane.\n"
    )
    assert read(tmp_path, text).title == "Il sindaco del molo"


def test_a_name_over_the_headline_that_the_text_writes_again_is_the_headline(tmp_path: Path) -> None:
    text = (
        "date 2011-10-07\nMarta Rossi\nLa sindaca del porto\n"
        "Marta Rossi guida da tre anni il comune di Valmora, dove il porto è chiuso da tre settimane.\n"
    )
    assert read(tmp_path, text).title == "Marta Rossi"


def test_a_first_line_that_is_a_long_sentence_is_the_lead_not_a_headline(tmp_path: Path) -> None:
    # issue 15 (session 15): a lead of 26 words on a line of its own was titled, cut short
    text = (
        "date 2011-04-30\nLe proteste contro il sindaco Marco Rossi, iniziate tre mesi fa, continuano a "
        "infiammare il porto di Valmora alla richiesta dei portuali di porre fine al suo lungo mandato.\n"
        "Anche i sostenitori del sindaco sono scesi in strada, a migliaia, per esprimere il loro sostegno.\n"
    )
    assert read(tmp_path, text).title is None
    # a storyline's heading still reads it, cut as a title is
    assert short_lead(text) == (
        "Le proteste contro il sindaco Marco Rossi, iniziate tre mesi fa, continuano a infiammare il porto "
        "di Valmora alla richiesta dei portuali di…"
    )


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("gazzetta-di-valmora-2024-09-21-il-porto-riapre.txt", "Gazzetta di Valmora"),
        ("corriere-del-borgo-2024-09-21-il-porto-riapre.txt", "Corriere del Borgo"),
        ("ansa-2024-09-21-il-porto-riapre.txt", "ANSA"),  # a known agency, as it is spelled
        ("il-corriere-di-valmora-2024-09-21-il-porto-riapre.txt", "Il Corriere di Valmora"),
        # a known outlet whose file names run its words together, as it spells itself (issue 15,
        # session 19: `Ilpost` and `Whitehouse` in the Sources table)
        ("ilpost-2024-09-21-il-porto-riapre.txt", "Il Post"),
        ("whitehouse-2024-09-21-il-porto-riapre.txt", "The White House"),
    ],
)
def test_a_text_no_outlet_signs_takes_the_outlet_its_file_name_gives_before_the_day_and_says_so(
    tmp_path: Path, name: str, outlet: str
) -> None:
    # issue 13/15 (session 18): the Sources table showed `—` for every file named `<outlet>-<day>-…`
    # (the text may name its own outlet: `secondo Il Corriere di Valmora` is no person)
    text = "date 2024-09-21\nIl porto riapre\n\nIl porto riapre oggi, secondo Il Corriere di Valmora.\n"
    article = read(tmp_path, text, name=name)
    assert (article.outlet, article.outlet_basis) == (outlet, "file name")


def test_the_outlet_that_signs_the_text_wins_over_the_file_name(tmp_path: Path) -> None:
    text = "Titolo\n\nROMA (ITALPRESS) - Il governo ha deciso.\n"
    article = read(tmp_path, text, name="gazzetta-di-valmora-2024-09-21-titolo.txt")
    assert (article.outlet, article.outlet_basis) == ("ITALPRESS", "dateline")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("rossetti-2024-09-21-intervista.txt", "Intervista\n\nLa senatrice Marta Rossetti ha parlato.\n"),
        ("rossetti-2024-09-21-intervista.txt", "Intervista\n\nIl ministro Rossetti ha parlato ieri.\n"),
        ("pvl-2024-09-21-il-voto.txt", "Il voto\n\nLuisa Bianchi (Pvl) ha chiesto un rinvio del voto.\n"),
        ("2011-02-16-ext_8.txt", "Il voto\n\nIl consiglio ha votato.\n"),  # no name before the day
        ("x-2024-09-21-il-voto.txt", "Il voto\n\nIl consiglio ha votato.\n"),  # no word of a name
    ],
)
def test_a_file_name_gives_no_outlet_that_the_text_shows_is_a_person_or_a_party(
    tmp_path: Path, name: str, text: str
) -> None:
    article = read(tmp_path, text, name=name)
    assert (article.outlet, article.outlet_basis) == (None, None)


COLUMN_BODY = (
    "Proteste a Valmora: una svolta? In questi giorni il paragone più in voga è con la caduta del vecchio "
    "porto, e la marea di proteste che ha travolto la giunta è vista da molti commentatori come una "
    "svolta negli assetti della costa, in grado di ridisegnare di colpo equilibri dati per immutabili.\n"
)


def test_a_columns_name_over_the_article_is_no_title_and_heads_no_storyline(tmp_path: Path) -> None:
    # issue 13 (session 18): `Esteri: il giro del mondo in tremila battute` titled an article and
    # headed its storyline: a column's name, whose words the story under it never writes again
    article = read(tmp_path, f"date 2011-02-16\nRubriche: il giro del pianeta in mille righe\n{COLUMN_BODY}")
    assert article.title is None
    assert short_lead(article.text) == "Proteste a Valmora: una svolta?"


@pytest.mark.parametrize(
    "headline",
    [
        "Valmora: il porto riapre dopo tre anni",  # its words come back in the story
        "Consiglio: respinte le proteste di Valmora",  # it names somewhere
    ],
)
def test_a_headline_after_a_label_and_a_colon_stays_the_title(tmp_path: Path, headline: str) -> None:
    body = "Il porto della città riapre oggi dopo le proteste, con una cerimonia e molte polemiche.\n"
    assert read(tmp_path, f"date 2011-02-16\n{headline}\n{body}").title == headline


SAVED_PAGE = (
    "Title: Ministers agree on a new grain deal\n"
    "Source: The Harbour Gazette\n"
    "Published: 2025-02-12\n"
    "URL: https://example.org/news/grain-deal\n\n"
    "Agriculture ministers from five countries agreed on Wednesday to a new grain deal.\n"
)


def test_a_saved_pages_metadata_lines_give_its_title_outlet_and_date(tmp_path: Path) -> None:
    article = read(tmp_path, SAVED_PAGE)
    assert article.title == "Ministers agree on a new grain deal"  # not `Title: …`
    assert article.outlet == "The Harbour Gazette"
    assert article.published == PartialDate(year=2025, month=2, day=12)


def test_metadata_lines_in_italian_and_a_source_given_as_its_address(tmp_path: Path) -> None:
    text = (
        "**Titolo:** Il porto riapre dopo lo sciopero\n"
        "Fonte: https://www.gazzettadelporto.it/articolo/123\n"
        "Autore: Maria Rossi\n\n"
        "Il porto di Valmora ha riaperto ieri dopo tre giorni di sciopero.\n"
    )
    article = read(tmp_path, text)
    assert article.title == "Il porto riapre dopo lo sciopero"
    assert article.outlet == "gazzettadelporto.it"


def test_metadata_lines_without_a_title_leave_the_headline_below_them(tmp_path: Path) -> None:
    text = "Author: Jane Doe\nURL: https://example.org/a\n\nGrain deal signed in Valmora\n\nIt was signed.\n"
    assert read(tmp_path, text).title == "Grain deal signed in Valmora"


def test_a_headline_with_a_colon_is_no_metadata_line(tmp_path: Path) -> None:
    text = "Ucraina: nuovi colloqui a Ginevra\n\nI negoziatori si sono incontrati ieri a Ginevra.\n"
    assert read(tmp_path, text).title == "Ucraina: nuovi colloqui a Ginevra"


def test_a_saved_pages_metadata_lines_are_never_statements(tmp_path: Path) -> None:
    article = read(tmp_path, SAVED_PAGE).model_copy(update={"language": "en"})
    statements = [fact.statement for fact in ExtractiveEngine().extract(article).facts]
    assert statements == [SAVED_PAGE.splitlines()[-1]]  # the body's one sentence, nothing above it


def test_an_outlet_from_a_metadata_line_says_so(tmp_path: Path) -> None:
    article = read(tmp_path, SAVED_PAGE, name="gazzetta-di-valmora-2025-02-12-grain.txt")
    assert (article.outlet, article.outlet_basis) == ("The Harbour Gazette", "metadata line")


FRONT_MATTER_PAGE = (
    "---\n"
    "title: Il porto di Valmora riapre dopo lo sciopero\n"
    "date: 2025-04-02\n"
    "---\n\n"
    "# Il porto di Valmora riapre dopo lo sciopero\n\n"
    "Il porto di Valmora ha riaperto ieri dopo tre giorni di sciopero dei portuali.\n"
)


def test_a_markdown_pages_front_matter_gives_its_title(tmp_path: Path) -> None:
    # a page saved with YAML front matter headed its storyline `---` and printed the block as a statement
    article = read(tmp_path, FRONT_MATTER_PAGE, name="porto.md")
    assert article.title == "Il porto di Valmora riapre dopo lo sciopero"
    assert article.published == PartialDate(year=2025, month=4, day=2)


def test_a_markdown_pages_front_matter_is_never_a_statement(tmp_path: Path) -> None:
    article = read(tmp_path, FRONT_MATTER_PAGE, name="porto.md").model_copy(update={"language": "it"})
    statements = [fact.statement for fact in ExtractiveEngine().extract(article).facts]
    assert statements == [FRONT_MATTER_PAGE.splitlines()[-1]]
