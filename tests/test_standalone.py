"""Statements that stand alone: a release's wrapped lines are one sentence, furniture is left out,
and a sentence that points back ("Lo fa sapere il Mef", "He said…") comes with the sentence it
points to, in one verbatim evidence span, or not at all."""

from __future__ import annotations

import hashlib
import textwrap

import pytest

from briefing.engines.extractive import ExtractiveEngine
from briefing.models import Article, Fact, PartialDate
from briefing.rules.lexicon import ANAPHOR_OPENERS
from briefing.rules.sentences import split_article
from briefing.rules.standalone import points_back


def article(text: str, language: str) -> Article:
    return Article(
        source="news.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        encoding="utf-8",
        published=PartialDate.parse("2025-06-05"),
        language=language,
    )


def facts(text: str, language: str) -> list[Fact]:
    return ExtractiveEngine().extract(article(text, language)).facts


def statements(text: str, language: str) -> list[str]:
    return [fact.statement for fact in facts(text, language)]


def wrapped(*paragraphs: str) -> str:
    return "\n\n".join(
        textwrap.fill(p, width=70, break_long_words=False, break_on_hyphens=False) for p in paragraphs
    )


RELEASE = (
    "date 2025-06-05\nAllies Agree on a New Defence Plan\n\n"
    + wrapped(
        "Foreign ministers of the alliance met in Brussels on Thursday to approve the plan presented by "
        "the new Secretary General. The North Atlantic Council endorsed it without a vote after two days "
        "of talks, and the ministers asked the staff to report back by the end of the year.",
        "The plan sets out how the allies will share the cost of air defence over the next decade, and "
        "which capabilities each member will bring to the common pool. President Donald J. Trump welcomed "
        "the agreement in a statement released by the White House on Thursday evening.",
    )
    + (
        "\n\nOn Friday, at a ceremony in the allied headquarters, President Donald\n"
        "J. Trump signed the charter of the new defence fund with the other\n"
        "leaders of the alliance.\n"
    )
)


def test_a_release_wrapped_at_seventy_columns_is_read_in_whole_sentences() -> None:
    assert "Secretary General. The North\nAtlantic Council" in RELEASE  # a line break mid-sentence
    assert "President Donald\nJ. Trump signed" in RELEASE
    found = statements(RELEASE, "en")
    assert (
        "Foreign ministers of the alliance met in Brussels on Thursday to approve the plan presented by "
        "the new Secretary General." in found
    )
    assert any(s.startswith("The North Atlantic Council endorsed it without a vote") for s in found)
    assert any(s.startswith("President Donald J. Trump welcomed the agreement") for s in found)
    # `President Donald J.` ends no sentence, even at a line end
    assert any(
        s.startswith("On Friday, at a ceremony") and s.endswith("leaders of the alliance.") for s in found
    )
    assert not any(s.startswith(("J. Trump", "Atlantic Council")) or s.endswith("The North") for s in found)


def test_pictures_and_captions_left_in_html_are_furniture() -> None:
    text = (
        "Leaders Meet in The Hague\n\n"
        "The leaders of the alliance agreed on Wednesday to raise their defence spending targets.\n\n"
        '<figure>\n<img\nsrc="https://example.org/photo.jpg" alt=""\nwidth="800" />\n'
        "<figcaption><em>Daily Courier</em> (Amsterdam): “A historic\nsummit”</figcaption>\n</figure>\n\n"
        "The ministers will meet again in October to review progress on the new targets.\n"
    )
    split = split_article(text, "en")
    assert [s.text for s in split.sentences if s.role == "body"] == [
        "The leaders of the alliance agreed on Wednesday to raise their defence spending targets.",
        "The ministers will meet again in October to review progress on the new targets.",
    ]
    assert {s.reason for s in split.skipped} >= {"picture or caption"}


def test_a_headline_is_not_a_fact() -> None:
    text = (
        "Nuovi raid nel sud del Libano, l'Italia convoca gli alleati\n\n"
        "Il governo ha convocato per domani a Roma una riunione dei ministri degli Esteri europei.\n"
    )
    assert statements(text, "it") == [
        "Il governo ha convocato per domani a Roma una riunione dei ministri degli Esteri europei."
    ]


def test_a_sentence_that_points_back_comes_with_its_antecedent_in_one_verbatim_span() -> None:
    text = (
        "Manovra più leggera del previsto\n\n"
        "Il debito pubblico salirà al 138% del Pil il prossimo anno. Lo fa sapere il Mef in una nota "
        "diffusa in serata.\n\n"
        "Il ministro dell'Economia ha poi incontrato i sindacati per un confronto sulle pensioni.\n"
    )
    found = facts(text, "it")
    (joined,) = [f for f in found if "Lo fa sapere il Mef" in f.statement]
    assert joined.statement == (
        "Il debito pubblico salirà al 138% del Pil il prossimo anno. Lo fa sapere il Mef in una nota "
        "diffusa in serata."
    )
    (evidence,) = joined.evidence
    assert text[evidence.start : evidence.end] == evidence.quote
    assert evidence.quote.startswith("Il debito pubblico") and evidence.quote.endswith("in serata.")
    assert joined.speaker == "Mef"
    # the antecedent is not a second fact of its own
    assert not any(
        f.statement == "Il debito pubblico salirà al 138% del Pil il prossimo anno." for f in found
    )


def test_a_sentence_that_points_back_to_nothing_shown_is_left_out() -> None:
    text = (
        "Vertice a Roma sulla sanità\n\n"
        "Le regioni hanno chiesto altri fondi per le liste d'attesa negli ospedali pubblici.\n\n"
        "E' questo il nodo che il governo dovrà sciogliere entro la fine del mese.\n\n"
        "He said the talks would resume next week in Geneva with both delegations.\n"
    )
    extraction = ExtractiveEngine().extract(article(text, "it"))
    found = [f.statement for f in extraction.facts]
    assert not any(s.startswith(("E' questo il nodo", "He said the talks")) for s in found)
    assert any(d.quote.startswith("E' questo il nodo") for d in extraction.dropped)


def test_english_anaphors_and_a_quotation_that_goes_on() -> None:
    text = (
        "Envoy Back From Geneva\n\n"
        "The special envoy Anna Berg met both delegations in Geneva on Monday. She said the two sides "
        "agreed to exchange prisoners before the end of the month.\n\n"
        "-   [Senator Mark\n    Olsen](https://example.org/p/1): “This is the first good news in months. "
        "The families have waited long enough for it.”\n\n"
        "This week the delegations will meet again in Vienna to discuss the next steps.\n"
    )
    found = facts(text, "en")
    assert any(
        f.statement.startswith("The special envoy Anna Berg met both delegations")
        and f.statement.endswith("before the end of the month.")
        for f in found
    )
    (quote,) = [f for f in found if "The families have waited" in f.statement]
    # the statement reads the link as its words; the evidence keeps the source's Markdown verbatim
    assert quote.statement.startswith("Senator Mark Olsen: “This is the first good news")
    (evidence,) = quote.evidence
    assert evidence.quote.startswith("[Senator Mark\n    Olsen](https://example.org/p/1): “This is")
    assert text[evidence.start : evidence.end] == evidence.quote
    assert quote.speaker == "Mark Olsen"
    # `This week` opens a sentence of its own
    assert any(f.statement.startswith("This week the delegations will meet again") for f in found)


@pytest.mark.parametrize(
    ("opening", "points_back"),
    [
        ("Lo ha detto il ministro dell'Economia ai sindacati.", True),
        ("Lo fa sapere il Mef in una nota.", True),
        ("E' questo il nome scelto per il nuovo fondo.", True),
        ("Questo è il punto più delicato della trattativa.", True),
        ("Il suo avvocato lo ha incontrato in carcere.", True),
        ("Dal suo studio osserva il mondo che cambia.", True),
        ("E ha preso a contribuire alla campagna.", True),
        ("Era probabilmente la sfilata più attesa della stagione.", True),
        ("He said the talks would resume.", True),
        ("These measures will take effect in May.", True),
        ("It’s another step towards a deal.", True),
        ("In this capacity, he will act as the link with the board.", True),
        ("A queste scelte la coalizione è arrivata dopo mesi.", True),
        ("Formalmente le ha proposte il ministro a Meloni.", True),
        ("Le regioni hanno chiesto altri fondi.", False),
        ("In this week's talks the ministers agreed on a plan.", False),
        ("Questa mattina il Consiglio dei ministri ha approvato il decreto.", False),
        ("Lo sciopero dei trasporti è confermato per venerdì.", False),
        ("È morta a Milano la conduttrice Anna Rossi.", False),
        ("This week the ministers meet in Vienna.", False),
        ("It is not clear whether the talks will resume.", False),
    ],
)
def test_which_openings_point_back(opening: str, points_back: bool) -> None:
    assert bool(ANAPHOR_OPENERS.match(opening)) is points_back


def test_an_abbreviation_at_a_wrapped_line_end_ends_no_sentence() -> None:
    text = (
        "The First Lady welcomed six children home. For the third time, the\n"
        "U.S. First Lady has helped return children to their families. Both\n"
        "governments of Russia and Ukraine were thanked at great length by Mrs.\n"
        "Trump for their work. Talks resumed in the U.S. The next round is due\n"
        "in May.\n"
    )
    sentences = [" ".join(text[s.start : s.end].split()) for s in split_article(text, "en").sentences]
    assert sentences[1:] == [
        "For the third time, the U.S. First Lady has helped return children to their families.",
        "Both governments of Russia and Ukraine were thanked at great length by Mrs. Trump for their work.",
        "Talks resumed in the U.S.",
        "The next round is due in May.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a subject left unsaid (Italian drops it): the previous sentence's
        ("Era nata a Merano, dove aveva lavorato in un quotidiano locale.", "weak"),
        ("Ha deciso di andare alla festa per capire il motivo del successo.", "weak"),
        ("Nel 2017 divenne membro dell'Accademia del cinema.", "weak"),
        ("È stata uno dei primi volti della rete.", "weak"),
        ("Racconta di avere avuto l'idea nel 2022.", "strong"),
        ("Nato nel 2013, conta oggi 29 strutture e 900 addetti.", "weak"),
        # ... unless it is written after the verb, or the first word is a day
        ("È morta a Milano la conduttrice Anna Rossi.", None),
        ("È stato trovato un accordo economico tra le parti.", None),
        ("Spiega il ministro che la misura entrerà in vigore a maggio.", None),
        ("Giovedì gli Stati Uniti hanno proposto un cessate il fuoco.", None),
        ("Nel 2017 Bellucci divenne membro dell'Accademia del cinema.", None),
        # connectives
        ("Ma la polizia ha ritrovato l'auto abbandonata.", "weak"),
        ("Inoltre il governo ha deciso di sospendere la vendita.", "weak"),
        ("D’altro canto dimostrarlo è molto complesso.", "weak"),
        ("Qui, riferisce il Financial Times, sta il cuore della segnalazione.", "weak"),
        ("However, the talks will resume next week.", "weak"),
        ("Specifically, six minors will return to their families.", "weak"),
        ("Già giovedì il ministro della Difesa aveva detto qualcosa di simile.", "weak"),
        ("Dall’1 ottobre il suo posto sarà preso da Claudia Sheinbaum.", "weak"),
        ("Anche se il presidente lascerà, le riforme resteranno.", None),
        # a bare definite subject that stands for something named before
        ("La decisione è arrivata dopo settimane di trattative.", "weak"),
        ("La giornalista, che avrebbe compiuto 58 anni, lavorava a Sky.", "weak"),
        ("L'uomo è stato arrestato in serata.", "strong"),
        ("The decision was announced on Monday.", "weak"),
        ("La decisione del governo di rinviare il voto ha diviso la maggioranza.", None),
        ("L’incontro tra Rutte e Trump è avvenuto in un clima di timori.", None),
        ("Rutte ha quindi sottolineato come Kiev abbia resistito.", None),
        ("Il portavoce presidenziale russo Dmitry Peskov ha parlato ai giornalisti.", None),
        ("Il fatto che tre dirigenti abbiano lasciato non sembra casuale.", None),
        # a quotation whose speaker is not named in it
        ("«Siamo molto pazienti», ha aggiunto.", "weak"),
        ("“Noi siamo azionisti – ha aggiunto – e facciamo il nostro lavoro”.", "weak"),
        ("“We will not give up,” he said.", "weak"),
        ("«Siamo molto pazienti», ha aggiunto Bonora.", None),
        ("«Al Villarreal è stata la prima volta che sono andato all'estero», ha spiegato Gabbia.", None),
        # a link or a demonstrative among the first words, after an adverbial or two
        ("Oggi avrebbe dovuto essere giorno di riposo.", "weak"),
        ("Ai Carabinieri, infatti, aveva detto che l'auto era stata rubata.", "weak"),
        ("Il governo tedesco è infatti direttamente coinvolto nell'operazione.", "weak"),
        ("Rispettare quelle leggi è uno dei motivi del ritardo.", "weak"),
        ("The talks, however, will resume next week.", "weak"),
        ("Questa mattina il Consiglio dei ministri ha approvato il decreto.", None),
        ("L'obiettivo, dice Savi, non è creare un'atmosfera nostalgica.", "weak"),
        # a quotation with no reporting verb keeps the speaker the engine inherits for it
        ("«Dovrete abituarvi perché diremo tutte le cose due volte».", None),
        (
            '"Dobbiamo costruire una NATO più forte - ha dichiarato Rutte -. Partecipiamo alle riunioni".',
            None,
        ),
        # certain: an anaphor, or the rest of a sentence cut in two
        ("I due discutono di dosi e di consegne.", "strong"),
        ("Quella di Schlein è una scelta elettorale.", "strong"),
        ("A pubblicarla è l'Osservatorio europeo australe.", "strong"),
        ("Lo ha detto il ministro ai sindacati.", "strong"),
        ("E lo dice lui che da sottosegretario segue la riforma.", "strong"),
        ("che era malata da tempo, era nata a Milano.", "strong"),
    ],
)
def test_which_sentences_need_the_one_before(sentence: str, expected: str | None) -> None:
    assert points_back(sentence) == expected


def test_a_short_sentence_about_what_the_one_before_named_points_back() -> None:
    before = "Sono arrivati messaggi di cordoglio da tutti i partiti."
    assert points_back("Il cordoglio è bipartisan.", before) == "weak"
    assert points_back("Il cordoglio è bipartisan.", "La Camera ha osservato un minuto di silenzio.") is None
    # a long sentence that names its subject's noun again says enough of it
    long = (
        "La conversazione sarà la continuazione del dialogo iniziato il 12 febbraio, quando i due "
        "leader hanno tenuto colloqui per la prima volta in tre anni."
    )
    assert points_back(long, "È prevista una nuova conversazione tra i due presidenti.") is None
    # the rest of a quotation whose opening mark is in an earlier sentence
    assert points_back("Alla famiglia la nostra vicinanza», la nota del gruppo del Pd.") == "strong"


def test_a_dropped_subject_is_read_with_its_sentence_and_a_lead_stands_alone() -> None:
    text = (
        "Addio alla cronista\n\n"
        "È venuta a mancare Paola Rossi, cronista politica della televisione regionale. "
        "Era nata a Merano, dove aveva lavorato in un quotidiano locale prima di approdare in tv. "
        "I funerali saranno celebrati domani nella chiesa di San Marco a Milano.\n\n"
        "Era stata premiata due volte dall'ordine dei giornalisti per le sue inchieste.\n"
    )
    found = statements(text, "it")
    assert found[0] == (
        "È venuta a mancare Paola Rossi, cronista politica della televisione regionale. Era nata a "
        "Merano, dove aveva lavorato in un quotidiano locale prima di approdare in tv. I funerali "
        "saranno celebrati domani nella chiesa di San Marco a Milano."  # whose funeral: hers
    )
    assert not any(s.startswith("Era nata") for s in found)
    # with nothing before it in its paragraph, it is not shown at all
    assert not any("premiata" in s for s in found)
    # a lead that only likely points back is still the lead
    opening = "Ha aperto oggi a Roma il vertice dei ministri europei dell'Energia."
    assert statements(f"Vertice a Roma\n\n{opening}\n", "it") == [opening]


def test_a_quotation_whose_speaker_comes_later_keeps_its_opening_mark() -> None:
    text = (
        "Il cordoglio della politica\n\n"
        "Messaggi di cordoglio sono arrivati da tutti i gruppi parlamentari della Camera. «Esprimo "
        "profondo dispiacere per la scomparsa della collega. Un abbraccio alla famiglia», dice in una "
        "nota il sottosegretario Alessandro Morelli.\n"
    )
    found = facts(text, "it")
    (quote,) = [f for f in found if "Esprimo" in f.statement]
    assert quote.statement.startswith("«Esprimo profondo dispiacere")
    assert quote.statement.endswith("il sottosegretario Alessandro Morelli.")
    assert not any(f.statement.endswith("Camera. «") for f in found)


def test_captions_initialisms_and_promotions_are_not_facts_nor_cut_sentences() -> None:
    text = (
        "Bombardamenti nel sud del Libano\n\n"
        "Lunedì l'esercito israeliano ha bombardato diverse città nel sud del Libano. Nel video qui "
        "sotto si vede l’impatto di un bombardamento.\n\n"
        "A Baalbek la casa di un giornalista è stata colpita durante una diretta (il video qui sotto è "
        "impressionante).\n\n"
        "Il celebre monologo dal film della settimana Allo stesso modo i marchi di lusso si appropriano "
        "delle tendenze dei social network.\n\n"
        "L'attrice aveva già fatto diverse comparse in serie tv famose, come E.R., Ally McBeal e C.S.I.\n\n"
        "La newsletter Se vuoi restare aggiornato sulle notizie di politica iscriviti alla newsletter "
        "settimanale. Arriva due volte alla settimana.\n"
    )
    split = split_article(text, "it")
    body = [s.text for s in split.sentences if s.role == "body"]
    assert "Nel video qui sotto si vede l’impatto di un bombardamento." not in body
    assert any(s.endswith("(il video qui sotto è impressionante).") for s in body)
    assert any(s.startswith("Allo stesso modo i marchi di lusso") for s in body)
    assert not any("Il celebre monologo" in s for s in body)
    assert any(s.endswith("come E.R., Ally McBeal e C.S.I.") for s in body)
    assert not any("newsletter" in s or s.startswith("Arriva due volte") for s in body)
    assert {"points at a picture or video", "caption or subheading run into the text", "site promotion"} <= {
        s.reason for s in split.skipped
    }


def test_every_agency_that_signs_a_dateline_is_stripped_from_the_lead() -> None:
    """One list of agencies (`ingest.AGENCIES`) serves the outlet and the lead's furniture."""
    text = "Pensioni\n\n(Bloomberg) - Il governo ha approvato nella notte il decreto sulle pensioni.\n"
    (lead,) = [s.text for s in split_article(text, "it").sentences if s.role == "body"]
    assert lead == "Il governo ha approvato nella notte il decreto sulle pensioni."


def test_a_link_whose_words_wrap_onto_the_next_line_is_one_sentence_read_as_its_words() -> None:
    text = (
        "Allies Praise the Summit\n\n"
        "The allies agreed on Wednesday to raise their defence spending to five percent.\n\n"
        "[Rep. Jim\nJordan](https://example.org/status/1): “America is back and stronger in the world!”\n"
    )
    found = statements(text, "en")
    assert "Rep. Jim Jordan: “America is back and stronger in the world!”" in found


def test_a_piece_of_white_space_alone_after_a_sentence_breaks_nothing() -> None:
    """`\\x1f` counts as white space: a piece of text holding only it has no first or last word."""
    text = "Il governo ha approvato oggi il decreto sulle pensioni dopo un lungo vertice. \x1f"
    split = split_article(text, "it")
    assert [s.text for s in split.sentences] == [
        "Il governo ha approvato oggi il decreto sulle pensioni dopo un lungo vertice."
    ]
    assert [s.text for s in split.skipped] == ["\x1f"]
