"""A storyline's heading tells a reader what the story is about, in well-formed words (hand-written).

Session 13's blind readers met `Camila Giorgi — confronti, tennista` (`confronti` of `nei suoi
confronti`) and `Rambam di Haifa — attacchi, nord` (a hospital as the subject of Hezbollah's
strikes): the nouns a story says most, one by one, under whoever it names most. Where no phrase
of its headlines is a statement's too, its most attested headline is plainer and true."""

from __future__ import annotations

from pathlib import Path

from briefing.compose import ComposeOptions, compose
from briefing.compose.titles import headline_heading, most_attested, ranked_actors, titles
from briefing.engines.extractive import ExtractiveEngine
from briefing.headline import short_lead
from briefing.ingest import SourceFile, read_article
from briefing.models import Actor, Evidence, Fact


def said(source: str, statement: str, *names: str, also: tuple[str, ...] = ()) -> Fact:
    return Fact(
        id=f"{source}:{abs(hash(statement))}",
        kind="event",
        statement=statement,
        actors=[Actor(name=n) for n in names],
        evidence=[Evidence(source=s, start=0, end=len(statement), quote=statement) for s in (source, *also)],
        language="it",
    )


HAIFA = [
    said("haifa.txt", "I razzi hanno colpito la zona del Rambam di Haifa nella notte.", "Rambam di Haifa"),
    said("haifa.txt", "Il Rambam di Haifa ha spostato i pazienti nei sotterranei.", "Rambam di Haifa"),
    said("haifa.txt", "Gli attacchi nel nord hanno fatto chiudere le scuole.", "Hezbollah"),
    said("haifa.txt", "Gli attacchi nel nord sono i più estesi dall'inizio della guerra."),
]
GIORGI = [
    said("giorgi.txt", "Nei suoi confronti la procura ha aperto un fascicolo.", "Camila Giorgi"),
    said("giorgi.txt", "La tennista Camila Giorgi vive negli Stati Uniti.", "Camila Giorgi"),
    said("giorgi.txt", "Nei confronti di Giorgi il fisco chiede sei milioni.", "Camila Giorgi"),
]


def test_a_story_whose_headline_and_statements_share_no_phrase_is_headed_by_its_headline() -> None:
    facts = {"haifa.txt": HAIFA, "giorgi.txt": GIORGI}
    headlines = {
        "haifa.txt": "Gli attacchi di Hezbollah in Israele sono arrivati ad Haifa",
        "giorgi.txt": "Camila Giorgi inseguita dal fisco: sotto la lente 6 milioni di euro di compensi",
    }
    haifa, giorgi = titles([["haifa.txt"], ["giorgi.txt"]], facts, headlines)
    # not the hospital the statements name most, nor a noun of `nei suoi confronti`
    assert haifa == "Gli attacchi di Hezbollah in Israele sono arrivati ad Haifa"
    assert giorgi == "Camila Giorgi inseguita dal fisco…"


def test_a_long_headline_is_cut_at_a_word_boundary_at_a_clause_end_with_an_ellipsis() -> None:
    assert headline_heading("Nordio: 'Violenze ai sanitari intollerabili, pene più severe'") == (
        "Nordio: 'Violenze ai sanitari intollerabili, pene più severe'"
    )
    # no clause ends within the first ten words: cut after the tenth word that is no function word
    assert headline_heading(
        "La morte di Ben Bella eroe dell'Algeria libera e della seconda guerra mondiale"
    ) == ("La morte di Ben Bella eroe dell'Algeria libera…")
    # nor does it leave a bracket open
    assert headline_heading(
        "Tra stoffe e fiori (anche fuori Torino) per celebrare ad arte (e in piazza) la festa"
    ) == ("Tra stoffe e fiori per celebrare ad arte la festa")
    # a link's language note is no word of the headline
    assert (
        headline_heading("Bahrein: la polizia torna alla rotatoria [fr]")
        == "Bahrein: la polizia torna alla rotatoria"
    )


def test_a_headline_its_source_cut_on_a_function_word_heads_its_story_with_an_ellipsis() -> None:
    # session 15: `… Recognizing Jerusalem as`, a page's headline cut short, headed its storyline
    assert headline_heading("Message on the Anniversary of Recognizing the Treaty as") == (
        "Message on the Anniversary of Recognizing the Treaty…"
    )
    assert headline_heading("Il governo approva il decreto sulle carceri e") == (
        "Il governo approva il decreto sulle carceri…"
    )
    # a headline that ends on a month, or on a quoted title, is whole
    assert headline_heading("Elezioni in Sardegna il 25 febbraio") == "Elezioni in Sardegna il 25 febbraio"
    assert headline_heading('Servizi segreti: lo speciale "Stay behind"') == (
        'Servizi segreti: lo speciale "Stay behind"'
    )


ORDERS = [
    said(
        "orders.txt", "Navalmeccanica Tirrena ha ricevuto nuove commesse dagli Usa per due miliardi.", "Usa"
    ),
    said("orders.txt", "Le nuove commesse dagli Usa valgono due anni di lavoro.", "Usa"),
    said("orders.txt", "La Marina degli Usa ha firmato il contratto a Washington.", "Usa"),
]
CEREMONY = [
    fact.model_copy(update={"language": "en"})
    for fact in (
        said(
            "ceremony.txt",
            "President John Carter signed the water treaty at a historic ceremony.",
            "John Carter",
        ),
        said("ceremony.txt", "The historic ceremony was held at the lake.", "John Carter"),
    )
]


def test_a_story_one_article_tells_is_headed_by_its_headline_where_the_actor_is_only_a_complement() -> None:
    # session 15: `Usa — nuove commesse` of a headline whose subject is an Italian firm
    headline = "Navalmeccanica Tirrena, il cantiere di Livorno: nuove commesse dagli Usa"
    (title,) = titles([["orders.txt"]], {"orders.txt": ORDERS}, {"orders.txt": headline})
    assert title == headline


def test_a_story_one_article_tells_is_headed_by_its_headline_where_the_phrase_is_only_a_complement() -> None:
    # session 15: `Donald J. Trump — historic ceremony`, a phrase that says where, not what
    headline = "President Carter Signs Water Accord in Historic Ceremony"
    (title,) = titles([["ceremony.txt"]], {"ceremony.txt": CEREMONY}, {"ceremony.txt": headline})
    assert title == headline
    # where the headline writes the phrase as what the story is, the actor and the phrase head it
    named = "President Carter Opens a Historic Ceremony"
    (title,) = titles([["ceremony.txt"]], {"ceremony.txt": CEREMONY}, {"ceremony.txt": named})
    assert title == "John Carter — historic ceremony"


def test_of_a_story_several_articles_tell_the_most_attested_headline_heads_it() -> None:
    shared = "Il governo ha approvato il decreto sulle carceri."
    facts = {
        "one.txt": [said("one.txt", "Il ministro ha parlato ai cronisti.")],
        "two.txt": [
            said("two.txt", shared, also=("three.txt",)),
            said("two.txt", "Le opposizioni hanno votato contro il testo."),
        ],
        "three.txt": [said("three.txt", shared, also=("two.txt",))],
    }
    headlines = {
        "one.txt": "Il ministro in visita a Bari",
        "two.txt": "Via libera al decreto Carceri",
        "three.txt": "Carceri, cosa cambia",
    }
    (title,) = titles([["one.txt", "two.txt", "three.txt"]], facts, headlines)
    assert title == "Via libera al decreto Carceri"


def test_a_statement_merged_from_several_articles_attests_each_by_the_articles_of_the_story() -> None:
    # one statement (one object) that three articles carry, one of them outside the story
    merged = said(
        "two.txt", "Il governo ha approvato il decreto sulle carceri.", also=("three.txt", "far.txt")
    )
    facts = {
        "one.txt": [said("one.txt", "Il ministro ha parlato ai cronisti.", also=("far.txt", "away.txt"))],
        "two.txt": [merged, said("two.txt", "Le opposizioni hanno votato contro il testo.")],
        "three.txt": [merged],
    }
    headlines = {
        "one.txt": "Il ministro a Bari",
        "two.txt": "Decreto approvato",
        "three.txt": "Carceri, cosa cambia",
    }
    # two.txt: 2 + 1; three.txt: 2 (two.txt and itself); one.txt: 1 (the others are far)
    assert most_attested(["one.txt", "two.txt", "three.txt"], facts, headlines) == [
        "two.txt",
        "three.txt",
        "one.txt",
    ]
    # without two.txt in the story, the merged statement attests three.txt by itself only: a tie,
    # and the order given
    assert most_attested(["one.txt", "three.txt"], facts, headlines) == ["one.txt", "three.txt"]


def test_a_statement_several_articles_carry_names_its_actor_once_per_article() -> None:
    # the same statement (one object) comes once for each article that carries it
    merged = said("one.txt", "Zeno Bianchi ha firmato il decreto.", "Zeno Bianchi", also=("two.txt",))
    single = said("one.txt", "Aldo Neri ha votato contro il decreto.", "Aldo Neri", also=("two.txt",))
    # both are named by the same two articles; Zeno Bianchi's statement comes twice: more mentions
    assert ranked_actors([merged, single, merged]) == ["Zeno Bianchi", "Aldo Neri"]
    # once each: a tie, broken by the name
    assert ranked_actors([merged, single]) == ["Aldo Neri", "Zeno Bianchi"]


def test_a_phrase_goes_under_a_name_only_where_a_headline_writes_that_name() -> None:
    bid = [
        said("bid.txt", "Antonio Tajani ha commentato la scalata alla banca tedesca.", "Antonio Tajani"),
        said("bid.txt", "Antonio Tajani ha detto che la banca tedesca resta solida.", "Antonio Tajani"),
        said("bid.txt", "Unicredit ha comprato altre quote della banca tedesca."),
    ]
    headline = "Unicredit vuole prendersi la banca tedesca Commerzbank"
    (title,) = titles([["bid.txt"]], {"bid.txt": bid}, {"bid.txt": headline})
    assert title == headline  # not `Antonio Tajani — banca tedesca`: a minister quoted on the bid
    (title,) = titles([["bid.txt"]], {"bid.txt": bid}, {"bid.txt": "Tajani: la banca tedesca resta solida"})
    assert title is not None and title.startswith("Antonio Tajani — banca tedesca"), title


def test_a_story_with_no_headline_is_headed_by_its_actor_alone() -> None:
    (title,) = titles([["giorgi.txt"]], {"giorgi.txt": GIORGI}, {})
    assert title == "Camila Giorgi"  # not `Camila Giorgi — confronti, tennista`


def test_a_phrase_of_a_story_several_articles_tell_under_no_name_a_headline_writes_gives_the_headline() -> (
    None
):
    raids = [
        said("raid-1.txt", "L'Onu ha autorizzato i raid aerei sulla Libia.", "Onu"),
        said("raid-1.txt", "L'Onu chiede di proteggere i civili dai raid aerei.", "Onu"),
        said("raid-2.txt", "I raid aerei sono cominciati nella notte.", "Onu"),
    ]
    facts = {"raid-1.txt": raids[:2], "raid-2.txt": raids[2:]}
    headlines = {"raid-1.txt": "Raid aerei e missili sulla Libia", "raid-2.txt": "Una notte di bombardamenti"}
    (title,) = titles([["raid-1.txt", "raid-2.txt"]], facts, headlines)
    assert title == "Raid aerei e missili sulla Libia"  # not `Onu`, nor `Onu — raid aerei`


MORSI_LEAD = "Mohamed Morsi [it], esponente dei Fratelli Musulmani [it], non è più il presidente dell'Egitto."
MORSI = [
    said(
        "morsi.txt",
        "Mohamed Morsi, esponente dei Fratelli Musulmani, non è più il presidente dell'Egitto.",
        "Mohamed Morsi",
    ),
    said("morsi.txt", "Mohamed Morsi ha scritto su Twitter di essere ancora il presidente.", "Mohamed Morsi"),
]


def test_a_story_with_no_headline_is_headed_by_its_verified_lead_cut_as_a_headline() -> None:
    # (session 15's blind readers: `Mohamed Morsi`, `Siria`, a bare name that says nothing happened)
    leads = {"morsi.txt": MORSI_LEAD}
    (title,) = titles([["morsi.txt"]], {"morsi.txt": MORSI}, {}, leads)
    assert title == "Mohamed Morsi non è più il presidente dell'Egitto", title
    # a lead none of its statements opens on (left out, or furniture) heads nothing
    leads = {"morsi.txt": "Seguici su Twitter e Facebook per tutte le notizie dal Cairo e dal mondo."}
    (title,) = titles([["morsi.txt"]], {"morsi.txt": MORSI}, {}, leads)
    assert title == "Mohamed Morsi", title


def test_of_a_story_several_articles_tell_the_headline_naming_its_actor_heads_it_not_the_name_alone() -> None:
    facts = {
        "one.txt": [
            said("one.txt", "Ada Rossetti ha ricevuto il riconoscimento a Roma.", "Ada Rossetti"),
            said("one.txt", "Ada Rossetti ha ringraziato la giuria.", "Ada Rossetti"),
        ],
        "two.txt": [said("two.txt", "La scrittrice Ada Rossetti torna in libreria.", "Ada Rossetti")],
    }
    headlines = {
        "one.txt": "Ada Rossetti vince lo Strega con il suo terzo romanzo",
        "two.txt": "Torna in libreria",
    }
    (title,) = titles([["one.txt", "two.txt"]], facts, headlines)
    assert title == "Ada Rossetti vince lo Strega con il suo terzo romanzo", title  # not `Ada Rossetti`
    # a lead read in place of a missing headline heads it only where it is whole within a heading
    leads = {"one.txt": headlines["one.txt"]}
    (title,) = titles([["one.txt", "two.txt"]], facts, headlines, leads)
    assert title == "Ada Rossetti vince lo Strega con il suo terzo romanzo", title
    headlines["one.txt"] = leads["one.txt"] = (
        "Ada Rossetti vince lo Strega con il suo terzo romanzo, il più venduto"
    )
    (title,) = titles([["one.txt", "two.txt"]], facts, headlines, leads)
    assert title == "Ada Rossetti", title  # not `Ada Rossetti vince lo Strega con il suo terzo romanzo…`


def test_a_heading_leaves_out_an_apposition_after_a_name_and_keeps_a_pair_joined_by_a_dash() -> None:
    assert headline_heading(
        "Camila Giorgi, tennista azzurra, inseguita dal fisco: sotto la lente 6 milioni di euro di compensi"
    ) == ("Camila Giorgi inseguita dal fisco…")
    assert headline_heading(
        "First Lady Melania Trump Secures Another Russian – Ukrainian Child Reunification in Kyiv Today"
    ) == ("First Lady Melania Trump Secures Another Russian – Ukrainian Child…")
    # a place and a list of what it is about: no name, no apposition
    assert (
        headline_heading("Egitto, troppe parole, poche immagini") == "Egitto, troppe parole, poche immagini"
    )


def test_a_heading_is_a_whole_headline_where_a_cut_would_save_a_word_or_two_or_leave_a_quote_open() -> None:
    # (session 16's blind readers: `Tra stoffe e fiori per celebrare ad arte…` and `Siria, ultimo
    # appello: «Né Assad…` said nothing of their stories; cut from 12 and 11 words)
    assert headline_heading(
        "Tra stoffe e fiori per celebrare ad arte (anche fuori Torino) la festa dei lavoratori"
    ) == ("Tra stoffe e fiori per celebrare ad arte la festa dei lavoratori")
    assert headline_heading("Siria, ultimo appello: «Né Assad, né i ribelli riescono a prevalere»") == (
        "Siria, ultimo appello: «Né Assad, né i ribelli riescono a prevalere»"
    )
    # a quotation that runs on too long is left out whole, not cut inside
    assert headline_heading(
        "Siria, ultimo appello: «Né Assad, né i ribelli riescono a prevalere nella lunga guerra di Homs»"
    ) == ("Siria, ultimo appello…")
    # nor where what it would keep whole is a tail of a word or two after a clause's end
    assert headline_heading("President Carter Signs the Water Accord in Historic Ceremony, Opening Path") == (
        "President Carter Signs the Water Accord in Historic Ceremony…"
    )
    # a headline three words or more over the limit is still cut
    assert headline_heading(
        "Camila Giorgi inseguita dal fisco: sotto la lente 6 milioni di euro di compensi"
    ) == ("Camila Giorgi inseguita dal fisco…")


def test_an_actor_is_headed_only_by_a_phrase_of_a_headline_that_names_them() -> None:
    # (session 16's blind readers, set B g04: `Camp David — baluardo della repressione`, a place of
    # one article's headline joined to a phrase of the other's, about the army)
    facts = {
        "porto.txt": [
            said("porto.txt", "Il porto di Valmora è il baluardo della repressione.", "Porto Nuovo"),
            said("porto.txt", "Il Porto Nuovo ha ricevuto fondi pari a un miliardo.", "Porto Nuovo"),
            said("porto.txt", "Il porto controlla il baluardo della repressione da anni.", "Porto Nuovo"),
        ],
        "accordo.txt": [
            said("accordo.txt", "L'accordo del Porto Nuovo è moribondo.", "Porto Nuovo"),
            said("accordo.txt", "I governi hanno salvato l'accordo del Porto Nuovo.", "Porto Nuovo"),
        ],
    }
    headlines = {
        "porto.txt": "Il porto di Valmora: centro del potere e baluardo della repressione",
        "accordo.txt": "I governi salvano l'accordo del Porto Nuovo",
    }
    (title,) = titles([["porto.txt", "accordo.txt"]], facts, headlines)
    assert title is not None and "baluardo" not in title, title
    assert "Porto Nuovo" in title, title


def test_where_no_headline_names_a_storys_actor_one_that_names_a_place_heads_it() -> None:
    # (s14's held g07: `Ali Abdullah Saleh`, a bare name, over `Migliaia in piazza nello Yemen…`)
    facts = {
        "piazza.txt": [
            said(
                "piazza.txt",
                "I sostenitori di Marco Rossi hanno riempito la piazza di Valmora.",
                "Marco Rossi",
            ),
            said("piazza.txt", "Marco Rossi ha detto che resisterà.", "Marco Rossi"),
        ],
        "chi.txt": [said("chi.txt", "Anna Bianchi guida la protesta contro Marco Rossi.", "Marco Rossi")],
    }
    headlines = {"piazza.txt": "Migliaia in piazza a Valmora, tre feriti", "chi.txt": "La protesta continua"}
    (title,) = titles([["piazza.txt", "chi.txt"]], facts, headlines)
    assert title == "Migliaia in piazza a Valmora, tre feriti", title


def test_a_heading_cut_before_a_complement_runs_on_to_the_end_of_its_phrase_when_near() -> None:
    # (session 16's blind readers: `Sono più di otto mesi che lo Yemen è scosso…`, a lead cut
    # before what shook it)
    lead = "Sono più di otto mesi che Valmora è scossa da uno sciopero contro il sindaco e la giunta."
    assert headline_heading(lead) == "Sono più di otto mesi che Valmora è scossa da uno sciopero…"
    # a cut that ends on a word of its own stays where it is
    assert headline_heading(
        "La morte di Ben Bella eroe dell'Algeria libera e della seconda guerra mondiale"
    ) == ("La morte di Ben Bella eroe dell'Algeria libera…")


def test_where_no_title_case_headline_names_a_storys_actor_one_naming_a_country_it_names_heads_it() -> None:
    # (news-en: `Vladimir Putin` headed the Black Sea talks, whose headlines name Russia, not him)
    facts = {
        "one.txt": [
            said("one.txt", "Valmora and Borgonia agreed to implement Anna Bianchi's plan.", "Anna Bianchi"),
            said("one.txt", "Anna Bianchi welcomed the plan for Valmora.", "Anna Bianchi"),
        ],
        "two.txt": [said("two.txt", "Anna Bianchi met the envoys of Borgonia.", "Anna Bianchi")],
    }
    facts = {k: [f.model_copy(update={"language": "en"}) for f in v] for k, v in facts.items()}
    headlines = {
        "one.txt": "Outcomes of the Valmora and Borgonia Expert Groups",
        "two.txt": "Joint Statement",
    }
    (title,) = titles([["one.txt", "two.txt"]], facts, headlines)
    assert title == "Outcomes of the Valmora and Borgonia Expert Groups", title


def test_a_wire_lead_heads_its_story_without_its_dateline_and_not_cut_inside_a_name() -> None:
    # (the lead's note, session 17: `WASHINGTON (AP) - President Donald Trump said Tuesday that he…`)
    lead = (
        "VALMORA (AP) - Mayor Anna Bianchi said Tuesday that she would meet Marco Rossi "
        "next month, according to the city hall."
    )
    leads = {"wire.txt": short_lead("date 2025-03-01\n" + lead + "\n") or ""}
    facts = {"wire.txt": [said("wire.txt", lead.split(" - ", 1)[1], "Anna Bianchi")]}
    (title,) = titles([["wire.txt"]], facts, {}, leads)
    assert title == "Mayor Anna Bianchi said Tuesday that she would meet Marco Rossi…", title


def test_a_heading_leaves_out_an_aside_that_says_who_says_so_rather_than_end_on_it() -> None:
    # issue 13 (session 18): `«Io avevo già truccato»: così, secondo i pm…` was cut on the aside,
    # before the verb that says what happened
    assert headline_heading(
        "«Ho già corretto»: così, secondo i giudici, a Valmora gonfiavano i conti del porto"
    ) == ("«Ho già corretto»: così a Valmora gonfiavano i conti del porto")
    assert headline_heading(
        "The harbour master, according to officials, shut the port to every ship after the storm surge hit"
    ) == ("The harbour master shut the port to every ship…")
    assert headline_heading(
        "Valmora, secondo l'Onu, i morti sono oltre cento nelle città del nord del paese"
    ) == ("Valmora, i morti sono oltre cento nelle città del nord del paese")
    # a relative clause or a participle's set off by commas after the subject, before the verb that
    # says what happened (`Le proteste contro …, iniziate tre mesi fa…` was cut to its subject)
    assert headline_heading(
        "Le proteste contro il sindaco Rossetti, iniziate tre mesi fa, continuano a infuriare a Valmora "
        "alla richiesta dei portuali di porre fine al blocco"
    ) == ("Le proteste contro il sindaco Rossetti continuano a infuriare…")
    assert headline_heading(
        "I giovani portuali di Valmora e di Borgo, che da mesi protestano contro i loro sindaci, hanno "
        "deciso di dare un segnale di unità"
    ) == ("I giovani portuali di Valmora e di Borgo hanno deciso di dare…")
    # a headline short enough to stand whole keeps its aside
    assert (
        headline_heading("Il porto, secondo i giudici, resta chiuso")
        == "Il porto, secondo i giudici, resta chiuso"
    )
    # an item of a list set off by commas is no aside
    assert headline_heading(
        "Valmora, partite rinviate, tifosi in piazza e negozi chiusi per tutta la giornata di domenica"
    ) == ("Valmora, partite rinviate, tifosi in piazza e negozi chiusi…")
    # who says so, with nothing after it: the headline's own words
    assert headline_heading("Il porto chiude, secondo i giudici") == "Il porto chiude, secondo i giudici"


def test_a_heading_leaves_out_the_authors_credit_at_the_headlines_end() -> None:
    # issue 13 (session 18): `Provincia di Agrigento, 2011: un anno di cronaca a cura di Angelo
    # Ruoppolo` was cut to `Provincia di Agrigento, 2011…`, before it said what the page is
    assert headline_heading("Porto di Valmora, 2011: un anno di cronaca a cura di Anna Neri") == (
        "Porto di Valmora, 2011: un anno di cronaca"
    )
    assert (
        headline_heading("A year on the Valmora docks, written by Jane Doe") == "A year on the Valmora docks"
    )
    # a bare `di` joins a name to the story; an opener with no name after it credits no one
    assert headline_heading("Un altro discorso di Rossetti") == "Un altro discorso di Rossetti"
    assert headline_heading("La mostra a cura di alcuni studenti") == "La mostra a cura di alcuni studenti"


def test_who_the_actor_is_after_their_name_in_the_headline_is_no_phrase_of_the_heading() -> None:
    # issue 13 (session 18): `Paola Motta — cronista politica di Sky Tg24` headed the story of her
    # death: the headline's apposition says who she was, not what happened
    facts = {
        "addio.txt": [
            said(
                "addio.txt", "È morta Marta Oderisi, la cronista politica di Radio Valmora.", "Marta Oderisi"
            ),
            said("addio.txt", "Marta Oderisi era una cronista politica seria e competente.", "Marta Oderisi"),
            said(
                "addio.txt",
                "La redazione ricorda Marta Oderisi, cronista politica dal 2001.",
                "Marta Oderisi",
            ),
        ]
    }
    headline = "Addio a Marta Oderisi, cronista politica di Radio Valmora"
    (title,) = titles([["addio.txt"]], facts, {"addio.txt": headline})
    assert title == headline


def test_a_heading_leaves_out_a_long_opening_phrase_that_would_leave_no_room_for_what_happened() -> None:
    # issue 13 (session 18): `Dopo la ritirata dei mezzi militari dalla rotatoria Lulu…` was cut
    # inside the phrase of time before the main clause: it never said what happened
    assert headline_heading(
        "Dopo la ritirata dei mezzi dalla rotatoria del porto di Valmora di sabato, i portuali in sciopero "
        "hanno ripreso posizione nella piazza, lanciando slogan"
    ) == ("I portuali in sciopero hanno ripreso posizione nella piazza…")
    # a short opening phrase leaves room for the main clause: kept
    assert headline_heading(
        "Dopo il voto, il sindaco di Valmora ha lasciato il porto con tutta la giunta e i consiglieri"
    ) == ("Dopo il voto, il sindaco di Valmora ha lasciato…")


def test_the_sources_table_shows_a_title_its_source_cut_on_a_function_word_as_cut(tmp_path: Path) -> None:
    """The table gives the title as the storyline's heading does: `… Recognizing Jerusalem as…`."""
    text = (
        "date 2025-12-06\nPresidential Message on the Anniversary of Recognizing the Treaty as\n\n"
        "President John Carter signed the water treaty at a historic ceremony in Geneva.\n"
    )
    whole = "date 2025-12-07\nThe Water Treaty Enters Into Force\n\nThe water treaty entered into force.\n"
    (tmp_path / "cut.txt").write_text(text, encoding="utf-8")
    (tmp_path / "whole.txt").write_text(whole, encoding="utf-8")
    paths = [tmp_path / "cut.txt", tmp_path / "whole.txt"]
    read = [read_article(SourceFile(str(path), path)) for path in paths]
    engine = ExtractiveEngine()
    briefing = compose(read, [f for a in read for f in engine.extract(a).facts], ComposeOptions())
    assert [s.title for s in briefing.sources] == [
        "Presidential Message on the Anniversary of Recognizing the Treaty as…",
        "The Water Treaty Enters Into Force",
    ]
