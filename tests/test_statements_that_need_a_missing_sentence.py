"""Statements that make sense only with a sentence the briefing does not show (issue 15, session 19):
each test invents a sentence of a kind the dev corpus printed, and one like it that stands alone."""

from __future__ import annotations

from briefing.compose.alone import why_not_alone
from briefing.rules.standalone import points_back

EARLIER = "Il governo ha pubblicato la relazione annuale sulle esportazioni di armi. "


def test_an_acronym_in_parentheses_does_not_end_the_clause_a_connective_stands_in() -> None:
    # `(OPAL)` is the name's short form, not an aside that opens a clause: `infatti` after the
    # auxiliary still ties the sentence to the one before it
    statement = (
        "L'Osservatorio sulle Armi Leggere (OPAL) di Brescia ha infatti potuto esaminare "
        "attentamente la relazione inviata al Parlamento."
    )
    assert why_not_alone(statement) is not None
    alone = (
        "L'Osservatorio sulle Armi Leggere (OPAL) di Brescia ha potuto esaminare "
        "attentamente la relazione inviata al Parlamento."
    )
    assert why_not_alone(alone) is None


def test_a_short_name_in_parentheses_is_no_aside_either() -> None:
    statement = "L'Alleanza atlantica (Nato) ha quindi deciso di rafforzare il fianco orientale."
    assert why_not_alone(statement) is not None


def test_what_happened_with_nothing_that_says_what_points_back() -> None:
    # `quanto accaduto`, `com'è successo`: the event the sentence before told
    for statement in (
        "Oggi il parlamento terrà una sessione straordinaria per discutere di quanto accaduto.",
        "Il ministro Mario Bianchi si è detto molto dispiaciuto di quanto è accaduto al museo.",
        "Il giornalista Carlo Verdi sul Corriere di oggi spiega com'è successo e che cosa vuol dire.",
    ):
        assert why_not_alone(statement) is not None, statement
    # a place named after it says which event
    named = (
        "Oggi il parlamento terrà una sessione straordinaria per discutere di quanto accaduto a Port Said."
    )
    assert why_not_alone(named) is None


def test_la_cosa_opens_on_what_the_sentence_before_told() -> None:
    for statement in (
        "La cosa ricorda da vicino quanto visto in Egitto due anni fa.",
        "La cosa più grave è che nessuno ha avvisato i residenti della zona.",
        "La cosa non è piaciuta al sindaco di Genova, Marco Bucci.",
    ):
        assert points_back(statement) == "strong", statement
        assert why_not_alone(statement) is not None, statement
    # a thing the sentence itself says, in a relative clause after it
    assert points_back("La cosa che preoccupa di più i medici di Roma è il caldo di luglio.") is None


def test_a_subject_left_unsaid_after_an_opening_date() -> None:
    statement = "Il 25 settembre è andato a New York, dove è intervenuto all'Assemblea generale dell'Onu."
    assert points_back(statement) == "weak"
    assert why_not_alone(statement) is not None
    assert points_back("L'11 settembre ha parlato a lungo davanti ai deputati riuniti.") == "weak"
    # the subject said after the date
    said = "Il 25 settembre il re di Giordania è andato a New York, dove è intervenuto all'Onu."
    assert points_back(said) is None


def test_a_noun_and_a_participle_phrase_with_no_verb_is_a_list_item_cut_from_its_list() -> None:
    fragment = (
        "Un diario scritto dal fronte (e successivamente dalla capitale) a partire dal 3 marzo, "
        "anche durante il blocco della rete, attingendo a molte fonti locali e internazionali: "
        "televisioni arabe, giornali stranieri, racconti diretti di residenti e viaggiatori."
    )
    assert why_not_alone(fragment) is not None
    # a verb of its own after the participle phrase
    sentence = (
        "Un diario scritto dal fronte a partire dal 3 marzo, anche durante il blocco della rete, "
        "racconta la guerra attingendo a molte fonti locali e internazionali."
    )
    assert why_not_alone(sentence) is None


def test_a_title_cut_at_its_own_full_stop_is_no_statement() -> None:
    # the sentence splitter cut `Il saggio di Mario Rossi, Deserto e potere. I ribelli del Sahel
    # (Edizioni Duna, 2011), … si occupa…` at the title's inner stop
    statement = (
        "I ribelli del Sahel (Edizioni Duna, 2011), con la prefazione di Carlo Neri, si occupa "
        "in particolare dei movimenti armati del Sahel."
    )
    before = "Tra i libri dell'anno. Il saggio di Mario Rossi, Deserto e potere. "
    assert why_not_alone(statement, before=before) is not None
    # after a sentence of its own, the title opens a sentence
    told = "Lo storico Mario Rossi ha pubblicato un nuovo saggio sull'Africa. "
    assert why_not_alone(statement, before=told) is None


def test_a_numbered_heading_is_the_title_of_what_its_list_item_says() -> None:
    # `2. Il governo “affama la sua stessa gente”.` over the paragraph that discusses the claim: a
    # heading of a numbered list, whose words are the claim, not the article's
    before = "Questo è il primo mito che i giornali non hanno visto.\n2. "
    heading = "Il governo sta “affamando la sua stessa gente”."
    paragraph = (
        "Dobbiamo ricordare che una delle ragioni addotte per le sanzioni fu proprio questa accusa, "
        "che nessuna fonte indipendente ha mai confermato, come hanno ammesso gli stessi ministri."
    )
    article = before + heading + "\n" + paragraph + "\n"
    assert why_not_alone(heading, before=before, article=article) is not None
    # a list of short items, each over the next
    listed = before + heading + "\n3. Il governo ha chiuso le scuole.\n"
    assert why_not_alone(heading, before=before, article=listed) is None
    # a chronicle's entry opens on its day, and tells its event
    entry = "25 agosto Muore a Cincinnati l'astronauta Neil Armstrong."
    chronicle = "…e il suo cane.\n50) " + entry + "\n" + paragraph + "\n"
    assert why_not_alone(entry, before="…e il suo cane.\n50) ", article=chronicle) is None
    # a long item says what it says
    item = (
        "Il governo ha tagliato i fondi destinati agli ospedali delle province del nord, "
        "secondo i dati diffusi ieri dal ministero della Sanità di Roma."
    )
    assert why_not_alone(item, before=before, article=before + item + "\n" + paragraph) is None


def test_a_bare_noun_for_a_thing_the_article_named_by_name_before() -> None:
    # `il museo di Castelvecchio` before, `al museo` bare after: which museum was said before
    earlier = (
        "I ladri sono entrati di notte nel museo di Castelvecchio e hanno portato via dodici quadri. "
        "La polizia ha fermato due uomini. "
    )
    statement = "Il ministro della Cultura Mario Bianchi si è detto molto dispiaciuto per il furto al museo."
    assert why_not_alone(statement, earlier=earlier) is not None
    # the statement says which museum itself
    named = "Il ministro Mario Bianchi si è detto molto dispiaciuto per il furto al museo di Verona."
    assert why_not_alone(named, earlier=earlier) is None
    # a museum the article never named: the notion, not a thing named before
    unnamed = "I ladri sono entrati di notte in un palazzo del centro. La polizia ha fermato due uomini. "
    assert why_not_alone(statement, earlier=unnamed) is None


def test_their_with_no_one_plural_before_it_stands_for_people_named_before() -> None:
    # `il loro diritto`: whose right was said before (the women of the sentence before)
    assert why_not_alone("Amnesty International sostiene il loro diritto di guidare liberamente.") is not None
    assert why_not_alone("Amnesty International backed their right to drive freely.") is not None
    # people the sentence itself names, plural, before it
    assert why_not_alone("I medici di Emergency chiedono il rispetto del loro lavoro negli ospedali.") is None
    assert why_not_alone("Marco Rossi e Anna Bianchi hanno presentato il loro libro a Milano.") is None
    assert why_not_alone("For the fourth time, Maria Rossi has returned children to their families.") is None


def test_a_definite_or_bare_noun_phrase_and_only_relative_clauses_has_no_main_clause() -> None:
    for fragment in (
        "I sindacati, gli imprenditori e i partiti che si contendono la guida della riforma, "
        "una riforma ancora incerta.",
        "Repubblica presidenziale che concentra tutti i poteri nelle mani del capo dello Stato.",
    ):
        assert why_not_alone(fragment) is not None, fragment
    # a main clause after the relative one
    sentence = "I sindacati che rappresentano i metalmeccanici hanno chiesto un incontro a Mario Rossi."
    assert why_not_alone(sentence) is None
