"""The further reports and the full timeline print a statement only when it opens on whom or what
it is about (issue 15, session 9): a positive test, since deeper in an article a sentence that no
pointer test fails still leans on the sentences before it. A clause that opens on a preposition or
a verb (`Con Mario Rossi sono rimasti amici…`), an opening phrase that holds a pronoun (`During
their first meeting,`), a quotation that names nothing (`«Non vedo quindi la necessità di
cambiarla»`) stay out; a name, a body of the country, a known group, or an article whose noun
phrase holds a name, past a time phrase or an opening phrase closed by a comma, get in."""

from __future__ import annotations

from briefing.compose.alone import why_not_alone
from briefing.compose.annex import chronology, readable_alone
from briefing.compose.budget import Printed
from briefing.compose.candidates import prepare
from briefing.compose.subject import opens_on_its_subject
from briefing.models import Evidence, Fact, PartialDate
from handwritten import candidate_with, candidates_of, handwritten_article


def test_a_clause_that_opens_on_a_preposition_or_a_verb_does_not_say_whom_it_is_about() -> None:
    for statement in (
        "Con Mario Rossi sono rimasti amici tutta la vita.",  # who are they?
        "Sono intervenuti il presidente Mario Rossi e la ministra Anna Bianchi.",  # at what?
        "Tra il 2011 e il 2014 andò a New York per studiare cinema.",  # who went?
        "Per il film Cielo di marzo nel 2001 fu candidata ai premi César.",  # who was?
    ):
        assert not opens_on_its_subject(statement), statement


def test_a_name_a_body_or_a_noun_phrase_holding_a_name_opens_on_the_subject() -> None:
    article = "Ieri a Pavia la Fondazione Rossi e Stellantis hanno firmato l'accordo."
    for statement in (
        "Giovedì la Procura di Ravenna ha aperto un'indagine sull'alluvione.",
        "Stellantis ha rivisto le stime dei risultati del 2025.",
        "L'incontro tra Mario Rossi e Anna Bianchi è avvenuto a Palazzo Chigi.",
        "Il portavoce presidenziale russo Dmitry Peskov ha dichiarato che Mosca insiste.",
        "Il governo ha approvato il decreto sulle piogge.",
        "Gli alleati rimangono ottimisti sul sostegno americano all'Ucraina.",
        # after a time phrase the subject may follow its verb
        "La prossima settimana è prevista una telefonata tra Mario Rossi e Anna Bianchi.",
    ):
        assert opens_on_its_subject(statement, article), statement
    assert not opens_on_its_subject("Il margine operativo è atteso in calo del 3%.", article)


def test_an_opening_phrase_closed_by_a_comma_leads_to_the_subject_unless_it_points_back() -> None:
    assert opens_on_its_subject("Nel frattempo, Mario Rossi, segretario del partito, ha ribadito la linea.")
    assert opens_on_its_subject("Dopo essersi congratulato con Anna Bianchi, Mario Rossi ha scritto su X.")
    assert not opens_on_its_subject("During their first meeting, Anna Keller gave Mr. Brown a handmade book.")


def test_only_a_phrase_that_opens_ahead_of_the_subject_leads_to_it() -> None:
    # a clause of its own before the comma, a relative clause or an apposition after it: no subject
    assert not opens_on_its_subject("Hanno parlato il rettore di Pavia, Mario Rossi e la ministra.")
    assert not opens_on_its_subject("Da ottobre le piogge hanno allagato tre paesi, tra cui Lugo.")
    assert not opens_on_its_subject("Nel film, in cui interpreta una maestra, Anna Bianchi vinse il premio.")
    assert not opens_on_its_subject("Sarà Mario Rossi a parlare dei restauri.")  # a verb, then the name
    assert opens_on_its_subject("Negli ultimi giorni, e in particolare lunedì, Israele ha colpito Tiro.")


def test_a_demonstrative_in_a_statement_that_names_its_subject_still_points_back() -> None:
    assert not opens_on_its_subject("Il sindaco di Lugo, Mario Rossi, aveva definito quelle piogge rare.")
    assert opens_on_its_subject("Il sindaco di Lugo, Mario Rossi, ha definito rare le piogge di ottobre.")


def test_a_quotation_must_itself_name_what_it_is_about() -> None:
    # who speaks, set inside the quotation between dashes, is not what the quotation is about
    assert not opens_on_its_subject(
        "«Ci siamo uniti al ricorso - ha spiegato il sindaco Mario Rossi, a margine del convegno - "
        "e per i tempi non so ancora niente»."
    )
    assert not opens_on_its_subject("«Non vedo quindi la necessità di cambiarla», ha detto Giorgia Rossi.")
    assert not opens_on_its_subject(
        "Sen. Ann Smith: “I think he is exactly right when he says Europe must pay.”"
    )
    assert not opens_on_its_subject("“A diplomatic masterstroke.”", speaker="Ann Smith")
    assert opens_on_its_subject("«La Nato deve restare unita», ha detto Mario Rossi.")
    assert opens_on_its_subject("Sen. Ann Smith: “President Brown will always stand up for Ohio.”")
    # a capitalised word after a full stop inside the quotation opens a sentence: no name
    assert not opens_on_its_subject(
        "«Ho sempre ammirato la tua classe. Quando ho avuto bisogno c'eri.»", speaker="Rossi"
    )


def test_a_heading_does_not_make_the_first_word_of_the_line_after_it_a_name() -> None:
    article = (
        "date 2025-03-31\nFiori e stoffe a Torino\n\nCastello di Masino\n\n"
        "Imparare la nobile arte dei fiori non è solo un mestiere per i giardinieri.\n"
    )
    assert not opens_on_its_subject("Imparare la nobile arte dei fiori non è solo un mestiere.", article)


PAOLI = (
    "date 2025-03-31\nIl cantautore Mario Rossi compie novant'anni\n\n"
    "Il cantautore genovese Mario Rossi compie oggi novant'anni, festeggiato dalla città di Genova.\n\n"
    "Negli anni Sessanta Rossi incontrò la cantante milanese Anna Bianchi al Piccolo Teatro.\n\n"
    "Con Anna Bianchi sono rimasti amici tutta la vita, e i loro concerti insieme sono stati un successo.\n\n"
    "La Fondazione Carige di Genova ha annunciato una mostra sulla carriera di Mario Rossi.\n"
)


def test_the_further_reports_leave_out_a_printable_statement_that_opens_on_a_preposition() -> None:
    candidates = candidates_of(handwritten_article("rossi.txt", PAOLI))
    friends = candidate_with(candidates, "sono rimasti amici")
    assert friends.printable()  # no pointer test fails it …
    assert not readable_alone(friends)  # … but it does not say whom it is about
    assert readable_alone(candidate_with(candidates, "La Fondazione Carige di Genova"))


def _told(fid: str, text: str, salience: float) -> Fact:
    return Fact(
        id=fid,
        kind="event",
        statement=text,
        when=PartialDate.parse("2025-03-12"),
        when_basis="explicit",
        evidence=[Evidence(source=f"{fid}.txt", start=0, end=len(text), quote=text)],
        salience=salience,
    )


def test_the_full_timeline_tells_a_day_by_its_next_statement_when_the_best_leans() -> None:
    best = _told("a", "Il 12 marzo ha chiuso il porto di Genova per la tempesta.", 0.9)  # who closed it?
    named = _told("b", "Il 12 marzo il ministro Mario Rossi ha firmato il decreto sul porto di Genova.", 0.3)
    listed = chronology(
        prepare([best, named], []),
        PartialDate.parse("2025-03-31"),
        PartialDate.parse("2025-03-01"),
        2,
        Printed(),
    )
    assert [c.fact.id for c in listed] == ["b"]


def test_words_that_carry_on_from_the_sentence_before_point_back() -> None:
    # `Sempre giovedì`: also on Thursday, like what was said before; `così ha esordito`: with the
    # words quoted before
    assert why_not_alone("Sempre giovedì mattina, la Regione Marche ha chiuso tre scuole.") is not None
    assert why_not_alone("Sempre più persone visitano i Musei Civici di Pavia.") is None
    opened = "Mario Rossi, presidente della Fondazione, così ha esordito alla cerimonia."
    assert why_not_alone(opened) is not None


def test_a_quotation_whose_reporting_verb_has_no_subject_in_the_statement_does_not_say_who() -> None:
    statement = "La Regione Marche ha «fatto ancora meglio del 2023» ed «era difficile», ha aggiunto."
    assert not opens_on_its_subject(statement, speaker="Mario Rossi")  # added by whom?
    named = statement.replace("ha aggiunto.", "ha aggiunto Mario Rossi.")
    assert opens_on_its_subject(named, speaker="Mario Rossi")


def test_a_capitalised_role_is_no_name() -> None:
    assert not opens_on_its_subject("Il Commissario delegato è autorizzato a spendere venti milioni.")


def test_a_subject_whose_relative_clause_holds_the_name_says_whom_it_is_about() -> None:
    article = "Da gennaio a Sana'a si protesta contro Mario Rossi e il suo governo."
    for statement in (
        "Le marce che chiedono le dimissioni del presidente Mario Rossi sono entrate in una nuova fase.",
        "Le proteste che hanno chiesto le dimissioni di Mario Rossi sono entrate nella quarta settimana.",
        "The protests that demanded the resignation of President Mario Rossi entered their fourth week.",
    ):
        assert opens_on_its_subject(statement, article), statement
    for statement in (
        "Le manifestazioni che lui guida da marzo contro il governo di Mario Rossi sono cresciute.",  # who?
        "Le manifestazioni sono entrate nella quarta settimana, dice Mario Rossi.",  # which ones?
        # the name stands past the relative clause, in the predicate
        "Le manifestazioni che chiedono di più sono arrivate alla sede del partito di Mario Rossi.",
    ):
        assert not opens_on_its_subject(statement, article), statement


def test_an_opening_on_a_named_place_and_a_day_tells_what_a_common_subject_is_about() -> None:
    article = "A Sana'a e a Taiz migliaia di persone sono scese in piazza."
    assert opens_on_its_subject(
        "Nella città di Taiz, domenica scorsa le proteste antigovernative sono culminate in scontri.", article
    )
    for statement in (
        "Nella città di Taiz, domenica scorsa il ministro ha parlato alla folla.",  # which minister?
        "Nella città di Taiz, le proteste antigovernative sono culminate in scontri.",  # no day: these ones
        "Nella città, domenica scorsa le proteste antigovernative sono culminate in scontri.",  # which city?
        "Nella città di Taiz, domenica scorsa la vicenda è culminata in scontri.",  # what affair?
        "Nella città di Taiz, domenica scorsa le sue proteste sono culminate in scontri.",  # whose?
    ):
        assert not opens_on_its_subject(statement, article), statement


def test_a_negated_verb_whose_subject_follows_it_with_a_name_says_what_it_judges() -> None:
    article = "Da gennaio a Sana'a si protesta contro Mario Rossi e il suo governo."
    assert opens_on_its_subject(
        "Non sono bastate le proposte giunte ieri da Mario Rossi di elezioni anticipate; la piazza resta.",
        article,
    )
    for statement in (
        "Sono intervenuti i carabinieri di Roma.",  # at what? it goes on from the sentence before
        "Non sono bastate le proposte; la piazza chiede di più.",  # whose?
        "Non sono bastate le sue proposte di elezioni anticipate a Roma.",  # whose?
        "Non è bastato a fermare la protesta di Sana'a.",  # what was not enough?
    ):
        assert not opens_on_its_subject(statement, article), statement


def test_an_entry_of_a_numbered_list_does_not_open_on_its_subject() -> None:
    # what the list is of (which sanctions, against whom) is in the line that opened it
    article = "Le sanzioni contro la Libia del governo di Mario Rossi prevedono quanto segue."
    assert not opens_on_its_subject(
        "4) Gli istituti di credito che siano Sanctioned Person non possono comprare titoli.", article
    )
    assert opens_on_its_subject("Gli istituti che finanziano Mario Rossi non possono comprare titoli.")


def test_an_indefinite_subjects_relative_clause_describes_and_does_not_say_which() -> None:
    # someone's words whose speaker is not shown: `Un mondo che è sicuro per l'America…`
    assert not opens_on_its_subject("Un mondo che è sicuro per Mario Rossi è un mondo insicuro per il male.")
    assert not opens_on_its_subject("A world that is safe for Mario Rossi is a world unsafe for evil.")
    assert opens_on_its_subject("Il mondo che è sicuro per Mario Rossi è cambiato.")


def test_a_name_after_an_indefinite_article_describes_the_subject_rather_than_says_which() -> None:
    # `un Mig-23`: a kind of plane, not which plane: the one the sentence before showed (English
    # `a` is an Italian preposition too, `a Bengasi`: not read as an article here)
    for statement in (
        "L'aeroplano, probabilmente un Mig-23, prende fuoco e precipita sulla città.",
        "Il velivolo, un Mig-23 pilotato da un disertore, è caduto nel deserto.",
        "The aircraft, an Airbus of the national carrier, landed safely at noon.",
    ):
        assert not opens_on_its_subject(statement), statement
    # a name before any indefinite article still says which
    assert opens_on_its_subject("Il portavoce del governo Mario Rossi, un ex giornalista, ha parlato.")
    assert opens_on_its_subject("L'incontro tra Mario Rossi e Anna Bianchi è stato un successo.")
