"""Who said it: the speaker of a quote is the subject of its reporting verb or the source named
before it, never a name that merely stands nearby; phrases and headline words are nobody."""

from __future__ import annotations

import hashlib
import textwrap

from briefing.engines.extractive import ExtractiveEngine
from briefing.models import Article, PartialDate
from briefing.rules.actors import ActorIndex
from briefing.rules.attribution import attribute, opening_subject


def wrapped(*paragraphs: str) -> str:
    """Paragraphs hard-wrapped at 70 columns, the way government sites publish their releases."""
    return "\n\n".join(
        textwrap.fill(p, width=70, break_long_words=False, break_on_hyphens=False) for p in paragraphs
    )


# Names and links run over line ends, and each quote is introduced by its source in a Markdown link.
RELEASE = (
    "date 2025-05-14\nAllies Welcome Strengthening Ukraine Through Military Sales\n\n"
    + wrapped(
        "Twenty-three Allies joined the pledge announced in Brussels by President Donald J. Trump, who "
        "called it a turning point for the alliance and for the security of the whole continent after "
        "months of difficult negotiations between the capitals.",
        "The agreement was welcomed by leaders across the alliance and by members of Congress from both "
        "parties, who praised the speed of the talks and the size of the commitments made by the allies.",
        "[Norwegian Prime Minister Ingrid Solberg](https://example.org/posts/1922771?s=20): “This is a "
        "fair deal for every member of the alliance, and we will do our part.”",
        "[**Senate Armed Services Committee Chair Paul Hendricks**](https://example.org/posts/1922772)**:** "
        "“The days of free riding are over, and the alliance is stronger for it.”",
    )
    + "\n\n-   **President Trump**\n    [**said**](https://example.org/posts/1922773)\n"
    "    **he spoke with President Volkov and President Marchenko:** “They\n"
    "    both want the killing to stop.”\n"
)


def article(text: str, language: str, published: str | None = "2025-05-14") -> Article:
    return Article(
        source="release.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        encoding="utf-8",
        published=PartialDate.parse(published) if published else None,
        language=language,
    )


def speaker_of(text: str, language: str, opening: str) -> str | None:
    """The speaker of the fact whose statement opens with `opening`."""
    facts = ExtractiveEngine().extract(article(text, language)).facts
    (fact,) = [f for f in facts if f.statement.startswith(opening)]
    return fact.speaker


def test_the_source_named_before_a_quote_is_its_speaker() -> None:
    # (statements read a link and emphasis as their words)
    assert speaker_of(RELEASE, "en", "Norwegian Prime Minister Ingrid Solberg: “") == "Ingrid Solberg"
    assert speaker_of(RELEASE, "en", "Senate Armed Services Committee Chair") == "Paul Hendricks"


def test_the_subject_of_the_reporting_verb_speaks_not_the_people_it_names() -> None:
    assert speaker_of(RELEASE, "en", "President Trump said he spoke") == "Donald J. Trump"  # link words only


def test_a_name_wrapped_over_a_line_end_is_one_person_with_the_role_before_it() -> None:
    index = ActorIndex.build(RELEASE)
    assert index.people["Ingrid Solberg"].role == "Norwegian Prime Minister"
    assert index.people["Paul Hendricks"].role == "Senate Armed Services Committee Chair"


def test_headline_words_and_phrases_are_not_people() -> None:
    index = ActorIndex.build(RELEASE)
    phrases = {
        "Strengthening Ukraine",
        "Military Sales",
        "Twenty-three Allies",
        "Norwegian Prime",
        "Armed Services",
    }
    assert not phrases & set(index.people)
    assert not any("Allies" in name or "Sales" in name for name in index.people)


def test_a_title_case_headline_right_above_its_first_paragraph_names_nobody() -> None:
    # no blank line between the headline and the paragraph under it
    text = (
        "date 2026-02-12\nFirst Lady Anna Marsh Holds Private Meeting With Freed Hostage Families\n"
        "First Lady Anna Marsh met the families in the East Room on Tuesday, the White House said in "
        "a statement released on the same day.\n"
    )
    index = ActorIndex.build(text)
    assert set(index.people) == {"Anna Marsh"}, index.people
    assert index.people["Anna Marsh"].role == "First Lady"


def test_a_role_is_read_whole_and_a_name_does_not_start_inside_an_institution() -> None:
    text = (
        "Il governatore della Banca d'Italia Fabio Panetta ha ribadito che i tassi scenderanno.\n\n"
        "Alla conferenza è intervenuto anche Matteo Ferri, che ha parlato a lungo."
    )
    index = ActorIndex.build(text)
    assert "Italia Fabio Panetta" not in index.people
    assert index.people["Fabio Panetta"].role == "governatore della Banca d'Italia"
    english = "It came at the urging of US President\nDonald Trump, officials said. Trump agreed."
    assert ActorIndex.build(english).people["Donald Trump"].role == "US President"


def test_a_capitalised_word_is_a_name_not_a_reporting_verb() -> None:
    text = (
        "In line with talks between President Donald J. Trump and President Viktor Volkov, the United "
        "States facilitated technical meetings in Riyadh."
    )
    index = ActorIndex.build(text + " Trump welcomed them. Volkov agreed.")
    assert attribute(text, index, None, "en").speaker is None


def test_the_person_after_a_verb_with_its_own_subject_is_its_object() -> None:
    text = "Alcuni critici hanno accusato Marta Valli di aver copiato la collezione precedente."
    index = ActorIndex.build(text + " Valli ha respinto le critiche.")
    assert attribute(text, index, None, "it").speaker is None


def test_a_clause_with_a_subject_of_its_own_does_not_take_the_previous_speaker() -> None:
    index = ActorIndex.build("Il portavoce Luca Neri ha dichiarato che le indagini proseguono.")
    for sentence in (
        "L'incidente si aggiunge a una lunga serie, secondo il Centro Studi Sicurezza.",
        "Come ha scritto Bloomberg, la società cerca nuovi investitori.",
        "«Nella notte brilla la stella più piccola», ha scritto La Gazzetta del Lago.",
        "Il bilancio, che definisce la strage come la peggiore dell'anno, è provvisorio.",
        "Solo che nel caso di Luca Neri, sostiene Mediobanca, c'è il sospetto di un accordo.",
    ):
        assert attribute(sentence, index, "Luca Neri", "it").speaker is None, sentence
    # a dropped subject still takes the previous speaker
    assert attribute("«Non ci fermeremo», ha aggiunto.", index, "Luca Neri", "it").speaker == "Luca Neri"


def test_an_agency_written_in_title_case_speaks_for_itself() -> None:
    text = "Ma il ministro Carlo Bassi ricorderà il peso del debito, spiega il Mef."
    index = ActorIndex.build(text + " Bassi ha poi lasciato la riunione.")
    assert attribute(text, index, None, "it").speaker == "Mef"


def test_a_stance_no_one_in_the_sentence_holds_is_not_a_position_of_its_first_actor() -> None:
    text = (
        "Support continues to grow for the commitment of President Donald J. Trump to a lasting peace "
        "that both sides must accept.\n\n"
        "President Donald J. Trump wants both sides to accept the plan.\n"
    )
    kinds = {
        f.statement[:20]: (f.kind, f.speaker) for f in ExtractiveEngine().extract(article(text, "en")).facts
    }
    assert kinds["Support continues to"] == ("context", None)
    assert kinds["President Donald J. "][0] == "position"


def test_a_common_noun_after_the_verb_is_a_speaker_of_its_own_not_the_previous_one() -> None:
    index = ActorIndex.build("Il conduttore Marco Sella ha aperto la puntata. Sella ha salutato tutti.")
    for sentence in (
        "«Abbiamo giocato sempre lealmente» dice il cantante.",
        "«Restiamo concentrati sul prodotto», ha detto un portavoce della società.",
    ):
        assert attribute(sentence, index, "Marco Sella", "it").speaker is None, sentence


def test_a_name_quoted_inside_a_quotation_is_not_its_speaker() -> None:
    index = ActorIndex.build("Lo ha detto il sindaco Paolo Rossi. Come disse Aldo Vinci, era un altro tempo.")
    quotation = "«Potrei anche dimettermi. Come disse Aldo Vinci, a questo gioco io non ci sto»."
    assert attribute(quotation, index, None, "it").speaker is None
    # an aside between dashes inside the quotation still names its speaker
    aside = (
        "«Non è vero che non costa — insorge Pier Luca Garibaldi, capogruppo del Pd —. I cittadini pagano»."
    )
    index = ActorIndex.build(aside + " Garibaldi ha poi lasciato l'aula.")
    assert attribute(aside, index, "Paolo Rossi", "it").speaker == "Pier Luca Garibaldi"


def test_a_reporting_verb_with_an_object_of_its_own_reports_no_speech() -> None:
    text = "Merita una visita la Galleria Sabauda che ha appena aggiunto un'inedita sezione permanente."
    assert attribute(text, ActorIndex.build(text), None, "it").speaker is None
    text = "Dal suo eremo, circondato dai ricordi, Gino Valli osserva il mondo con i suoi cambiamenti."
    assert attribute(text, ActorIndex.build(text + " Valli ha 90 anni."), None, "it").speaker is None
    # `sostenere` with an object supports it; in a relative clause its noun is no subject either
    article = "Un accenno a Marco Ferri è inevitabile. " + (
        text := "Ferri, che aveva sostenuto il golpe di Luigi Conti contro Piero Salvi, tornerà in città."
    )
    assert attribute(text, ActorIndex.build(article), None, "it").speaker is None


def test_a_name_is_never_a_word_twice_nor_a_particle_and_a_place() -> None:
    text = (
        "La risposta di Hezbollah\nHezbollah ha risposto lanciando razzi, ha detto il portavoce.\n\n"
        "Il ministro della Salute del Libano ha detto che almeno 25 persone sono state uccise.\n\n"
        "La giornalista di Al Jazeera Hiba Morgan ha detto che l'esercito controlla tre ponti."
    )
    index = ActorIndex.build(text)
    assert "Hezbollah Hezbollah" not in index.people
    assert all(not name[0].islower() for name in index.people), index.people
    assert "Hiba Morgan" in index.people and "Jazeera Hiba Morgan" not in index.people
    envoy = ActorIndex.build(
        "Special Envoy for Peace Missions Steve Witkoff: “we have achieved a deal that brings the "
        "hostages home, and the fighting has stopped.” Witkoff left the room after that."
    )
    assert "Steve Witkoff" in envoy.people and "Peace Missions Steve Witkoff" not in envoy.people


def test_a_quotation_after_another_unknown_speaker_does_not_go_back_to_an_earlier_one() -> None:
    text = (
        "«Restate con noi» dice la conduttrice Anna Ferri ai concorrenti.\n\n"
        "Per cercare di schivare i trend «serve pazienza» spiega Yara Conti, direttrice di una rivista.\n\n"
        "«Le cose di moda arrivano, che tu voglia o no».\n\n"
        "«Abbiamo giocato sempre lealmente» dice il cantante. «Abbiamo viaggiato anche per imparare».\n\n"
        "I dettagli non sono ancora noti, ha scritto Reuters.\n"
    )
    assert speaker_of(text, "it", "«Le cose di moda") == "Yara Conti"
    assert speaker_of(text, "it", "«Abbiamo viaggiato") is None
    assert speaker_of(text, "it", "I dettagli") is None


def test_an_aside_that_names_someone_else_by_a_common_noun_is_not_the_previous_speaker() -> None:
    index = ActorIndex.build("Lo ha detto Paolo Rossi. Rossi è il presidente della commissione.")
    aside = "«La sanità privata è pubblica — rassicurava il governatore —. Il paziente non paga nulla»."
    assert attribute(aside, index, "Paolo Rossi", "it").speaker is None


def test_a_name_in_a_complement_before_the_verb_is_not_its_subject() -> None:
    text = "Fonti dell'esercito sentite da Hiba Morgan hanno detto che l'attacco era pronto da mesi."
    assert attribute(text, ActorIndex.build(text + " Morgan è al Cairo."), None, "it").speaker is None
    text = "Altri lo hanno accusato di tradire lo spirito di Marta Valli, riferendosi allo stile di Piccioli."
    assert attribute(text, ActorIndex.build(text + " Valli ha 90 anni."), None, "it").speaker is None


def test_a_stance_reiterated_by_someone_unnamed_is_not_the_stance_of_the_person_it_names() -> None:
    text = (
        "The United States reiterated President Donald J. Trump’s imperative that the killing on both "
        "sides must stop.\n\nPresident Donald J. Trump wants the killing to stop.\n"
    )
    index = ActorIndex.build(text)
    assert opening_subject(text.split("\n")[0], index) is None
    assert opening_subject("President Donald J. Trump wants the killing to stop.", index) == "Donald J. Trump"


def test_an_election_or_a_square_before_a_name_is_not_part_of_it() -> None:
    text = (
        "Il Pm ha incrociato il sindaco di Ravenna e candidato alle prossime Regionali Michele de Pascale. "
        "Lo scontro tra i soci di Piazzetta Cuccia va avanti da anni, ha detto Carlo Neri."
    )
    index = ActorIndex.build(text)
    assert "Michele de Pascale" in index.people and "Regionali Michele de Pascale" not in index.people
    assert "Piazzetta Cuccia" not in index.people


def test_a_name_the_article_does_not_list_is_still_a_subject_of_its_own() -> None:
    index = ActorIndex.build("Il premier Dario Monti ha parlato a lungo. Monti ha detto che colpirà ancora.")
    sentence = "Hezbollah ha risposto lanciando razzi contro il nord del paese."
    assert attribute(sentence, index, "Dario Monti", "it").speaker is None
    # an adverb opening the sentence still leaves the subject unsaid
    assert (
        attribute("Poi ha aggiunto che non ci saranno tregue.", index, "Dario Monti", "it").speaker
        == "Dario Monti"
    )


def test_a_role_of_an_organisation_before_a_name_leaves_the_name_the_subject() -> None:
    text = "In un'intervista l'amministratore delegato di Unicredit Andrea Orcel aveva detto che aspetterà."
    index = ActorIndex.build(text + " Orcel non ha commentato.")
    assert attribute(text, index, None, "it").speaker == "Andrea Orcel"


def test_a_hyphenated_role_a_surname_that_is_also_a_place_and_a_wrapped_name_make_no_label() -> None:
    release = (
        "date 2025-05-14\nAllies Welcome the Plan\n\n"
        + wrapped(
            "[**UN Ambassador-designate Jane Holloway**](https://example.org/posts/1): “This plan puts "
            "the security of the whole region first, and we will support it.”",
            "[European Council President Paolo Costa](https://example.org/posts/2): “I welcome the plan "
            "and I urge every party to seize this moment for peace.”",
        )
        + "\n\n[Ruritanian Ministry of Foreign\nAffairs](https://example.org/posts/3): “We welcome the "
        "announcement of the plan.”\n"
    )
    assert speaker_of(release, "en", "UN Ambassador-designate") == "Jane Holloway"
    # the release breaks the line after the colon: the quotation is still Costa's, not Holloway's
    assert speaker_of(release, "en", "“I welcome the plan") == "Paolo Costa"
    # one name over the line end, with the nationality before it (a country's ministry, not any)
    assert speaker_of(release, "en", "Ruritanian Ministry") == "Ruritanian Ministry of Foreign Affairs"
    assert "Costa Rica" not in ActorIndex.build("Talks went on in Costa Rica and in Panama.").people


def test_an_organisation_s_last_word_is_not_the_first_word_of_a_name() -> None:
    text = (
        "«È un passo verso la militarizzazione», ha scritto l’ex giudice della Corte Suprema Ana Lucía "
        "Ferrer. Ferrer insegna a Città del Messico. Il leader del Movimento 5 Stelle Mario Bianchi ha "
        "detto che voterà contro. Bianchi ha lasciato l'aula."
    )
    index = ActorIndex.build(text)
    assert "Ana Lucía Ferrer" in index.people and "Suprema Ana Lucía Ferrer" not in index.people
    assert "Mario Bianchi" in index.people and "Stelle Mario Bianchi" not in index.people


def test_an_institution_or_a_phrase_is_no_person() -> None:
    text = (
        "La giunta del Comune di Torino ha approvato il ricorso. «Ci siamo associati al ricorso», ha "
        "detto la candidata alla guida della Regione Toscana, Maria Verdi, durante il dibattito.\n\n"
        "Viva la Torino che lavora, si legge in una nota.\n\nDal suo punto di vista, il Summer Beach "
        "Party ricorda «una festa di paese, ma per adulti»."
    )
    index = ActorIndex.build(text)
    assert not {"Comune di Torino", "Regione Toscana", "Viva la Torino"} & set(index.people), index.people
    assert speaker_of(text, "it", "«Ci siamo associati") == "Maria Verdi"
    party = "Dal suo punto di vista, il Summer Beach Party ricorda «una festa di paese, ma per adulti»."
    assert attribute(party, index, None, "it").speaker is None
    # `la Regione` alone says which one to no reader: no label
    data = "Secondo i dati diffusi dalla Regione, sono circa 600 le persone ancora fuori casa."
    assert attribute(data, index, None, "it").speaker is None


def test_a_plural_verb_with_its_subject_unsaid_is_not_the_previous_speaker() -> None:
    text = (
        "«Abbiamo trovato due uomini senza vita», ha detto l'agente di polizia Mario Rossi.\n\n"
        "I testimoni, citati da un sito locale, hanno detto che gli spari venivano da un'auto.\n"
    )
    assert speaker_of(text, "it", "«Abbiamo trovato") == "Mario Rossi"
    assert speaker_of(text, "it", "I testimoni") is None


def test_second_place_is_not_according_to() -> None:
    text = (
        "Il pilota Luca Neri ha vinto la gara di domenica.\n\n"
        "Secondo è arrivato lo spagnolo Juan Pérez, pilota della squadra Rossa, che era rimasto primo "
        "per quasi tutta la gara.\n"
    )
    assert speaker_of(text, "it", "Secondo è arrivato") is None


def test_a_name_inside_a_relative_clause_is_not_the_subject_of_the_verb_after_it() -> None:
    text = (
        "Il deputato Marco Bianchi è accusato dello sparo.\n\n"
        "Bianchi, che era arrivato alla festa organizzata dalla sindaca, Anna Neri, sorella del "
        "sottosegretario, ha sempre dichiarato di non essere stato lui a sparare.\n\n"
        "Il secondo motivo è la facilità con cui il leader del partito Carlo Blu costruisce intese "
        "con la destra, evidenziando come la maggioranza possa contare su una parte dell'opposizione.\n"
    )
    assert speaker_of(text, "it", "Bianchi, che era arrivato") == "Marco Bianchi"
    # a relative clause closed before the name leaves the name the subject
    closed = "Sulla scelta di Bianchi, che già prima era chiara, Anna Neri ha detto che non cambia nulla."
    assert attribute(closed, ActorIndex.build(text + " " + closed), None, "it").speaker == "Anna Neri"
    assert speaker_of(text, "it", "Il secondo motivo") is None


def test_the_writer_s_portrait_of_someone_is_not_their_statement() -> None:
    text = (
        "Il ministro Carlo Verdi ha parlato all'assemblea.\n\n"
        "Verdi ha sempre adottato una retorica ambigua, dicendo una cosa in pubblico e un'altra in "
        "privato.\n\n"
        "Il progetto avrebbe contato sui fondi dei co-fondatori Luca Neri e Paolo Blu, che "
        "promisero di finanziare «un'intelligenza artificiale amichevole per tutti».\n"
    )
    assert speaker_of(text, "it", "Verdi ha sempre adottato") is None
    funders = text.split("\n\n")[-1]
    assert attribute(funders, ActorIndex.build(text), None, "it").speaker is None


def test_two_quotations_with_two_speakers_give_neither_to_both() -> None:
    text = (
        '"Questo decadimento è molto sensibile - afferma ancora Paolo Riva - ed è raro".'
        '"Con questa misura diventa una scoperta", afferma la fisica Carla Monti, che ha guidato il gruppo.'
    )
    index = ActorIndex.build(text + " Riva e Monti lavorano a Ginevra.")
    assert attribute(text, index, None, "it").speaker is None
    one = '"Con questa misura diventa una scoperta", afferma la fisica Carla Monti, che ha guidato il gruppo.'
    assert attribute(one, index, None, "it").speaker == "Carla Monti"


def test_a_span_whose_speaker_says_only_its_last_sentence_has_no_label() -> None:
    index = ActorIndex.build("La regista Anna Sala ha parlato alla stampa. Sala vive a Torino.")
    span = (
        "Negli ultimi mesi lo spettacolo è stato arricchito da alcune novità e da ospiti speciali. "
        "«Si tratta quasi sempre di persone del nostro mondo», dice Sala."
    )
    assert attribute(span, index, None, "it").speaker is None
    # but the span stays hers when its first sentence is a quotation, or its last points back to it
    quoted = '"Non vedo la necessità di cambiarla". Poi, se ci sarà il voto, "è la democrazia", ha aggiunto.'
    assert attribute(quoted, index, "Anna Sala", "it").speaker == "Anna Sala"
    pointed = "Il voto ha raggiunto le firme richieste. Lo annuncia la regista Anna Sala."
    assert attribute(pointed, index, None, "it").speaker == "Anna Sala"


def test_a_span_with_two_named_voices_labels_neither_and_the_last_one_goes_on() -> None:
    index = ActorIndex.build(
        "Il presidente Luca Neri ha parlato in mattinata. Il ministro Paolo Blu ha risposto nel pomeriggio."
    )
    span = (
        "Non ci saranno nuove tasse, ribadisce Neri. Anche perché, ricorda il ministro Paolo Blu, "
        "«le tasse sono già alte»."
    )
    attribution = attribute(span, index, None, "it")
    assert attribution.speaker is None
    assert attribution.last_voice == "Paolo Blu"  # whom a quotation in the next sentence goes on from


def test_a_name_after_an_article_is_a_thing_not_a_person() -> None:
    text = (
        "Secondo il Modello Standard, meno di un kaone su dieci miliardi decade in questo modo.\n\n"
        "A parlare per prima è stata Chiara Neri, 19 anni, del Liceo Galilei che ha spiegato il senso "
        "della giornata. Al Galilei studiano mille ragazzi."
    )
    index = ActorIndex.build(text)
    assert "Modello Standard" not in index.people and "Liceo Galilei" not in index.people, index.people
    assert speaker_of(text, "it", "Secondo il Modello Standard") is None


def test_a_name_after_a_plural_article_is_a_group_that_acts_not_a_thing() -> None:
    # a live blog's entry: the group is who acts, so the entry is an event of the blog's day
    text = (
        "La giornata in diretta\n"
        "È stata una giornata di cortei e di scontri nelle strade della capitale.\n"
        "18,10 – La polizia ha chiuso le strade intorno alla stazione.\n"
        "17,40 – I Giovani Agricoltori hanno diffuso un comunicato che condanna gli scontri in piazza.\n"
    )
    index = ActorIndex.build(text)
    assert "Giovani Agricoltori" not in index.people, index.people
    entry = "17,40 – I Giovani Agricoltori hanno diffuso un comunicato che condanna gli scontri in piazza."
    assert [actor.name for actor in index.actors(entry)] == ["Giovani Agricoltori"]
    published = PartialDate(year=2030, month=5, day=4)
    article = Article(
        source="diretta.txt", text=text, sha256="0" * 64, encoding="utf-8", published=published, language="it"
    )
    fact = next(f for f in ExtractiveEngine().extract(article).facts if "Giovani Agricoltori" in f.statement)
    assert (fact.kind, fact.when) == ("event", published)
    # a thing after a singular article stays no actor at all
    thing = ActorIndex.build("Secondo il Modello Standard, ogni kaone decade.")
    assert thing.actors("il Modello Standard") == []


def test_a_role_is_the_one_written_for_that_person_in_that_article() -> None:
    text = (
        "First Lady Jane Holt Meets Freed Hostages\n\n"
        "First Lady Jane Holt met the freed hostages at the White House today, and shared their story "
        "with President Holt later that evening.\n\n"
        "Come ribadito anche dal ministro degli Esteri Paolo Verdi, il governo non tratta. Lo ha detto "
        "il presidente di Alfa Beta, e poi il sindaco di Lungo Lago Marco Riva. Alla riunione c'erano "
        "la ministra Anna Neri - il ministro Luca Blu - il generale Carlo Bianchi."
    )
    index = ActorIndex.build(text)
    roles = {name: person.role for name, person in index.people.items()}
    assert roles["Jane Holt"] == "First Lady"  # not the headline's words, nor `President Holt`'s
    assert all(m.name != "Jane Holt" for m in index.mentions("shared their story with President Holt"))
    assert roles["Paolo Verdi"] == "ministro degli Esteri"
    assert "Alfa Beta" not in roles and roles.get("Marco Riva") == "sindaco di Lungo Lago"
    assert roles["Luca Blu"] == "ministro" and roles["Carlo Bianchi"] == "generale"


def test_the_nationality_before_an_organisation_is_part_of_its_name() -> None:
    # a country's ministry, not any `Ministry of Foreign Affairs`: two countries' would be one speaker
    text = (
        "date 2025-10-01\nWorld leaders welcome the plan\n\n"
        + wrapped(
            "The plan was welcomed by governments across the region and beyond, who praised the speed of "
            "the talks and the size of the commitments made by the parties.",
            "[Azerbaijani Ministry of Foreign Affairs](https://example.org/posts/1): “We welcome the "
            "announcement of the plan and call on every party to support it.”",
        )
        + "\n"
    )
    assert speaker_of(text, "en", "Azerbaijani Ministry of Foreign Affairs: “") == (
        "Azerbaijani Ministry of Foreign Affairs"
    )
    # a capitalised word that is no nationality stays out of the name
    index = ActorIndex.build("The Ministry of Health said on Monday that the clinics would reopen.")
    assert [actor.name for actor in index.actors("The Ministry of Health said")] == ["Ministry of Health"]


def test_an_office_is_named_whole_or_not_at_all() -> None:
    # `Office` alone is a title fragment, not an actor; `of the` joins an office to its name
    text = (
        "In support of the Office of the High Representative and the Council, a Gaza Executive Board "
        "is being established. The Office will report every month."
    )
    index = ActorIndex.build(text)
    first, second = text.split(". ", 1)
    assert [actor.name for actor in index.actors(first)] == ["Office of the High Representative", "Council"]
    assert "Office" not in [actor.name for actor in index.actors(second)]


def test_a_surname_two_people_share_goes_to_the_one_named_in_full_before_it() -> None:
    text = (
        "Marco e Giulia Bianchi sono arrivati al Senato.\n\n"
        "Il ministro Marco Bianchi ha parlato a lungo. Marco Bianchi ha poi lasciato l'aula.\n\n"
        "Marco Bianchi, questa mattina, andrà a Napoli. Nel suo messaggio, Bianchi ha detto che il "
        "governo resterà unito."
    )
    index = ActorIndex.build(text)
    assert index.by_surname["Bianchi"] == "Marco Bianchi"  # named in full more often than Giulia
    said = "Nel suo messaggio, Bianchi ha detto che il governo resterà unito."
    assert [m.name for m in index.mentions(said)] == ["Marco Bianchi"]
    both = "Giulia Bianchi ha visitato la scuola e Bianchi ha parlato ai bambini."
    assert [m.name for m in index.mentions(both)] == ["Giulia Bianchi", "Giulia Bianchi"]


def test_a_country_after_a_clock_time_is_its_time_not_an_actor() -> None:
    silence = "Un minuto di silenzio alle 9.37 Usa ha ricordato le vittime."
    index = ActorIndex.build(silence + " Gli Usa hanno ringraziato l'Italia.")
    assert [m.name for m in index.mentions(silence)] == []
    assert [m.name for m in index.mentions("Gli Usa hanno ringraziato l'Italia.")] == ["Usa"]


def test_a_school_is_an_organisation_and_speaks_for_no_one() -> None:
    text = (
        "Conseguito un master alla prestigiosa London School of Economics (Lse), è tornato in patria. "
        "Nel 2008 dichiarò di non voler correre alle elezioni."
    )
    index = ActorIndex.build(text)
    assert "London School" not in index.people
    assert attribute(text, index, None, "it").speaker is None


def test_a_speaker_named_in_a_later_clause_does_not_say_the_sentences_before() -> None:
    span = (
        "In un precipitoso sprint al giudizio, molti hanno parlato di genocidio in Libia. Questo è un "
        "esempio di retorica presa sul serio: il portavoce Luca Neri ha minimizzato le minacce, dicendo "
        "che sono «esagerate»."
    )
    assert attribute(span, ActorIndex.build(span), None, "it").speaker is None
    # a verb in the first clause of a sentence that points back: the speaker said what came before
    said = "Il governo ha approvato il decreto sulla scuola. Lo ha detto il ministro Luca Neri a Roma."
    assert attribute(said, ActorIndex.build(said), None, "it").speaker == "Luca Neri"
    said = (
        "Ieri il ministro Luca Neri ha ordinato nuovi controlli. Nel suo messaggio alla nazione, Neri ha "
        "detto che il paese è più forte."
    )
    assert attribute(said, ActorIndex.build(said), None, "it").speaker == "Luca Neri"


def test_a_speaker_named_in_a_clause_of_time_after_the_writers_own_says_only_that_clause() -> None:
    """The writer tells the story; the vice-president only announces its end, in a `quando` clause."""
    text = (
        "Per 18 giorni tra il rais e la folla si svolge una prova di forza che si concluderà l'11 "
        "febbraio, quando il vicepresidente, Omar Suleiman, appare in tv e annuncia le dimissioni."
    )
    index = ActorIndex.build(text)
    said = attribute(text, index, None, "it")
    assert said.speaker is None and said.last_voice == "Omar Suleiman"
    english = "The talks dragged on for weeks and ended on Friday, when Mark Rutte announced a deal."
    assert attribute(english, ActorIndex.build(english), None, "en").speaker is None
    opening = "Ieri, quando è arrivato a Roma, Omar Suleiman ha annunciato le dimissioni."
    assert attribute(opening, ActorIndex.build(opening), None, "it").speaker == "Omar Suleiman"


def test_a_stance_whose_only_name_is_in_a_complement_is_no_ones_position() -> None:
    """`In support of the Office …`: the office is what the board supports, not who takes a stance."""
    text = (
        "date 2026-01-16\nStatement on the Board\n\n"
        "The Board of Peace met in Cairo today to agree on the next steps of the plan.\n\n"
        "In support of the Office of the High Representative, a Gaza Executive Board is being established.\n"
    )
    facts = ExtractiveEngine().extract(article(text, "en")).facts
    (fact,) = [f for f in facts if f.statement.startswith("In support")]
    assert fact.kind != "position"
    index = ActorIndex.build(text)
    supported = "In support of the Office of the High Representative, a board is set up."
    assert opening_subject(supported, index) is None
    assert opening_subject("Nel caso di Francesco Gaetano Caltagirone la partita è aperta.", index) is None


def test_cosi_parlava_gives_the_quotation_before_it_to_the_person_it_names() -> None:
    text = (
        "“I soci sceglieranno per convenienza, non per politica”. Così parlava, non più tardi di "
        "dieci giorni fa, il gran capo della banca, Marco Ferri, intervenendo a una conferenza a Londra."
    )
    assert attribute(text, ActorIndex.build(text), None, "it").speaker == "Marco Ferri"


def test_a_source_of_common_nouns_after_secondo_is_not_the_name_it_goes_on_to() -> None:
    """`secondo fonti di intelligence USA`: unnamed sources, not the United States; the agency is
    the source of the news about the firm, never the firm."""
    for text in (
        "Nuovi allarmi: secondo fonti di intelligence USA le aziende cinesi possono accedere alle reti.",
        "Secondo l'agenzia Reuters la Alfa Telecom Corp vende telefoni con una grave vulnerabilità.",
        "According to a senior US official, the Alfa Telecom Corp sold phones with a flaw.",
    ):
        index = ActorIndex.build(text + " Lo dice Luca Neri di Alfa Telecom Corp, la società degli USA.")
        assert attribute(text, index, None, "it").speaker is None, text
    text = "Secondo il presidente egiziano Hosni Mubarak la crisi è finita."
    assert attribute(text, ActorIndex.build(text), None, "it").speaker == "Hosni Mubarak"


def test_a_release_s_wrapped_name_in_a_link_before_a_colon_is_the_quotation_s_speaker() -> None:
    """`[Sen. Bill\nCassidy](…): “…”`: a name whose words are also common words (`bill`, `mark`),
    wrapped over a line end, is a person when a link closes it before a quotation's colon."""
    text = (
        "date 2025-06-26\nAllies Agree\n\n"
        "The bill was passed and will mark a new era for the alliance and its members.\n\n"
        "[Sen. Bill\nCassidy](https://example.org/posts/1): “A stronger alliance makes a safer world.”\n\n"
        "[**Mark\nGreen**](https://example.org/posts/2)**:** “The free ride is over for every ally.”\n"
    )
    assert speaker_of(text, "en", "Sen. Bill") == "Bill Cassidy"
    assert speaker_of(text, "en", "Mark Green") == "Mark Green"
    headline = 'Cultura di Intelligence: "l\'agente di influenza" secondo gli analisti del settore.'
    assert "Cultura di Intelligence" not in ActorIndex.build(headline + "\n\nUn testo.").people


def test_english_releases_report_with_asserted_remarked_and_shared() -> None:
    text = (
        "date 2026-02-04\nThe First Lady Meets Families\n\n"
        "First Lady Anna Ford met the families of the hostages at the White House today.\n\n"
        "“I was deeply moved to hear from the First Lady about the meetings,” Paul Stone asserted.\n\n"
        "Paul Stone further shared, “I am grateful to the First Lady for her tremendous efforts.”\n\n"
        "The First Lady remarked, “Every reunion is a reminder that compassion still matters.”\n\n"
        "Paul Stone shared a meal with the families after the meeting in the East Room.\n"
    )
    assert speaker_of(text, "en", "“I was deeply") == "Paul Stone"
    assert speaker_of(text, "en", "Paul Stone further") == "Paul Stone"
    assert speaker_of(text, "en", "The First Lady remarked") == "Anna Ford"
    assert speaker_of(text, "en", "Paul Stone shared a meal") is None


def test_unnamed_sources_after_the_verb_are_nobody_not_a_name_the_sentence_holds() -> None:
    """A live blog's `dicono le fonti`, `un testimone`, `un funzionario Usa`: someone unnamed speaks,
    never the leader whose forces the sentence is about, nor a country, nor the speaker before."""
    index = ActorIndex.build(
        "Il colonnello Marco Neri ha parlato alla radio. La Nato ha detto che si riunirà. Gli Usa "
        "hanno detto che non manderanno truppe. Il presidente degli Usa Paolo Bianchi ha detto di no."
    )
    for sentence in (
        "Le milizie pro Neri, dicono le fonti, sparano con armi pesanti sui quartieri residenziali.",
        "La Nato, ha spiegato la fonte, ha catalogato tre missioni possibili per il suo impegno.",
        "Cecchini delle forze di Marco Neri hanno aperto il fuoco sulla città, dicono testimoni locali.",
        "La città è sotto il fuoco delle forze di Marco Neri. Lo ha riferito alla Cnn un testimone.",
        "La coalizione è pronta a colpire le difese aeree. Lo ha detto un funzionario Usa.",
        "Citando fonti anonime, il canale satellitare ha parlato di fuoco da carri armati.",
    ):
        assert attribute(sentence, index, "Luca Verdi", "it").speaker is None, sentence
    assert (
        attribute("Il presidente Usa ha ribadito che non manderà truppe.", index, None, "it").speaker != "Usa"
    )
    # a noun phrase after the verb that goes on is its object, and the name before is the speaker
    for sentence in (
        "Così l'ex presidente, Marco Neri, ha commentato la morte del leader della rete.",
        "Già la scorsa notte, il colonnello, Marco Neri, aveva accusato i rivoltosi di aver violato la "
        "tregua, attaccando le forze fedeli al regime.",
    ):
        assert attribute(sentence, index, None, "it").speaker == "Marco Neri", sentence


def test_a_title_after_a_nationality_names_the_one_person_holding_it() -> None:
    """`The American First Lady stated`: the article calls her `United States First Lady Anna Ford`."""
    index = ActorIndex.build("For the third time, United States First Lady Anna Ford has reunited children.")
    said = "The American First Lady stated, “Every child must go home to the family.”"
    assert attribute(said, index, None, "en").speaker == "Anna Ford"
    assert attribute("The French Foreign Minister stated, “No.”", index, None, "en").speaker is None


def test_a_capitalised_particle_inside_a_name_stays_in_it() -> None:
    # `Al`, `Di`, `La` open sentences too (`Al Cairo …`), but between two words of a name they are
    # part of it: the label is the whole name, not its first half.
    text = (
        "In televisione Omar Farid Al Hakimi ha dichiarato che il governo è sciolto. "
        "In serata il generale Al Hakimi ha parlato di nuovo.\n\n"
        "Secondo il sindaco Paola Di Stefano la piazza resterà chiusa. Di Stefano ha poi lasciato l'aula.\n"
        "di Marco Bellini\nLa Prefettura ha confermato la chiusura."
    )
    index = ActorIndex.build(text)
    assert index.people["Omar Farid Al Hakimi"].role == "generale"  # not `generale Al`
    assert "Omar Farid" not in index.people
    assert index.people["Paola Di Stefano"].role == "sindaco"
    # a particle after a line break opens the next line, not the name before it
    assert "Marco Bellini La Prefettura" not in index.people


def test_the_person_spoken_to_after_the_verb_is_not_its_speaker() -> None:
    text = (
        "Il premier Paolo Verdi ha incontrato ieri sera il ministro Marco Rossi e il generale Omar Al "
        "Rashid.\n\n"
        "Nel colloquio di ieri sera, Verdi, che oggi partecipa al vertice di Bruxelles, ha detto ad "
        "Al Rashid che la tregua deve reggere.\n\n"
        "Lunedì, Rossi ha spiegato al presidente Carlo Neri che i fondi arriveranno entro l'estate.\n"
    )
    assert speaker_of(text, "it", "Nel colloquio di ieri sera, Verdi") == "Paolo Verdi"
    assert speaker_of(text, "it", "Lunedì, Rossi ha spiegato") == "Marco Rossi"
    english = "The envoy, who arrived on Monday, said to John Carter that the talks would go on."
    index = ActorIndex.build("Envoy Mary Stone met John Carter.\n\n" + english)
    assert attribute(english, index, "Mary Stone", "en").speaker != "John Carter"


def test_whoever_spoke_in_a_chronicle_s_entry_does_not_speak_in_the_next_ones() -> None:
    text = "\n".join(
        [
            "Un anno di cronaca in provincia",
            "10 marzo, ad Agrigento il procuratore Luigi Neri ha dichiarato che le indagini proseguono.",
            "12 marzo, a Sciacca i Carabinieri hanno arrestato un uomo di 40 anni per il furto di un'auto.",
            "15 marzo, a Licata la famiglia della studentessa non ha avuto risposta. Per questo motivo, il "
            "padre della ragazza, disperato, ha scritto al presidente Giorgio Napolitano.",
        ]
    )
    # neither the procuratore of the first entry nor the president written to
    assert speaker_of(text, "it", "15 marzo, a Licata") is None
    assert speaker_of(text, "it", "10 marzo, ad Agrigento") == "Luigi Neri"


def test_a_name_a_prefix_joins_is_not_the_first_word_of_a_person() -> None:
    text = (
        "Il presidente Mohamed Morsi ha riunito ieri i partiti.\n\n"
        "Nel corso dell'incontro un esponente del partito pro-Morsi Wasat ha affermato che si potrebbe "
        "ipotizzare un'azione militare, mentre i gruppi anti-Assad Fronte Nuovo hanno taciuto.\n"
    )
    people = ActorIndex.build(text).people
    assert "Morsi Wasat" not in people and "Assad Fronte Nuovo" not in people
    assert speaker_of(text, "it", "Nel corso dell'incontro") is None


def test_a_subject_before_an_aside_is_not_the_previous_speaker() -> None:
    before = "Il presidente dell'assemblea Mohamed Saad ha detto che la rivoluzione è in pericolo.\n\n"
    unnamed = (
        "Oggi il parlamento terrà una sessione straordinaria, mentre molti partiti accusano la giunta: "
        "un parlamentare dei Fratelli Musulmani, usciti vincitori dalle elezioni, ha detto che la "
        "tragedia si poteva evitare.\n"
    )
    role = (
        "Il ministro dell'informazione sudanese, e portavoce del governo, ha dichiarato che il Sudan "
        "avrà un grande beneficio dalla diga.\n"
    )
    name = (
        "Nel corso dell'incontro Abu al-Ila Madi, esponente del partito Wasat, ha affermato che si "
        "potrebbe ipotizzare un'azione militare.\n"
    )
    place = "In Arabia Saudita, ha aggiunto, la situazione è più calma.\n"
    assert speaker_of(before + unnamed, "it", "Oggi il parlamento terrà") is None  # someone unnamed
    assert speaker_of(before + role, "it", "Il ministro dell'informazione") is None  # a role no one holds
    assert speaker_of(before + name, "it", "Nel corso dell'incontro") is None  # a name the index lacks
    assert speaker_of(before + place, "it", "In Arabia Saudita") == "Mohamed Saad"  # a place: he goes on
    aside = "Il punto, aggiunge, «non è mai tornare indietro».\n"
    assert speaker_of(before + aside, "it", "Il punto, aggiunge") == "Mohamed Saad"  # the verb is the aside
    quoted = 'L\'Egitto ha "fatto meglio del Marocco" ed "era difficile", ha aggiunto.\n'
    assert speaker_of(before + quoted, "it", "L'Egitto ha") == "Mohamed Saad"


def test_a_particle_joined_to_a_name_by_a_hyphen_is_part_of_it() -> None:
    text = (
        "Il presidente dell'assemblea Mohamed Saad al-Katatni ha detto che la rivoluzione è in pericolo.\n\n"
        "Il presidente siriano Bashar al-Assad ha parlato ieri alla televisione di Stato.\n"
    )
    assert {"Mohamed Saad al-Katatni", "Bashar al-Assad"} <= set(ActorIndex.build(text).people)
    assert speaker_of(text, "it", "Il presidente dell'assemblea") == "Mohamed Saad al-Katatni"


def test_a_relative_clause_interrupted_by_an_aside_is_said_by_its_antecedent() -> None:
    # `che, pur …, ha chiesto`: the pronoun opens a clause an aside interrupts before its verb, so the
    # verb is the relative clause's, said by the niece, not by the woman named before her
    niece = (
        "A Ragusa i vigili del fuoco hanno trovato morta in casa Carmela Lauricella, 81 anni, assistita "
        "dalla nipote, di 40 anni, che, pur malata da mesi, ha chiesto aiuto ai vicini per due giorni.\n"
    )
    assert speaker_of(niece, "it", "A Ragusa i vigili") is None
    # the pronoun's antecedent is the name itself: the name speaks
    named = (
        "Il sindaco Salvatore Gulino, che, dopo la riunione in prefettura, ha dichiarato che la scuola "
        "resterà chiusa fino a lunedì, attende la perizia dei tecnici.\n"
    )
    assert speaker_of(named, "it", "Il sindaco Salvatore Gulino") == "Salvatore Gulino"


def test_a_later_quotation_that_names_its_own_speaker_between_dashes_makes_a_span_of_two_voices() -> None:
    # the span the engine joined: a quotation under its speaker, then a quotation whose own aside
    # names someone else, then the writer's own sentence
    index = ActorIndex.build(
        "Ne parla l'economista Marta Corvi. Ne parla anche l'analista Piero Landi, che studia i mercati."
    )
    span = (
        "«Una scelta così non lascerà tranquilla la banca», spiega l'analista Piero Landi ricordando "
        "come la crisi pesi su tutti. «Grazie al suo sistema federale - spiega Corvi - il paese può "
        "stampare quanta moneta vuole». Tuttavia, la moneta potrebbe perdere valore."
    )
    attribution = attribute(span, index, None, "it")
    assert attribution.speaker is None
    assert attribution.last_voice == "Marta Corvi"


def test_a_name_does_not_run_over_the_end_of_a_paragraph_line() -> None:
    # a subheading glued to the end of a paragraph written on one line, then the next paragraph
    text = (
        "Lunedì i bombardamenti si sono spinti fino alla città di Hermel, che si trova a circa "
        "centoventi chilometri dal confine con Valdoria (il paese in tutto misura circa duecento "
        "chilometri). Ostrava\nValdoria ha colpito anche la capitale, Ostrava. Valdoria sostiene "
        "di aver colpito soltanto obiettivi militari. Ostrava è stata colpita due volte."
    )
    index = ActorIndex.build(text)
    assert "Ostrava Valdoria" not in index.people, index.people
    # (a line wrapped at a fixed width joins a name over its end: `test_a_name_wrapped_over_a_line_end…`)


def test_a_name_after_the_closing_dash_of_an_aside_is_not_its_speaker() -> None:
    index = ActorIndex.build(
        "L'ex presidente Piotr Walny ha parlato ieri. Il capo dei ribelli Omar Ferro è morto."
    )
    span = (
        "Con la morte di Omar Ferro «si è chiuso un cerchio». Così l'ex presidente Piotr Walny ha "
        "commentato la notizia. «Sono contrario alla pena di morte, ma - ha osservato - Ferro per primo "
        "non è mai ricorso ai tribunali»."
    )
    assert attribute(span, index, None, "it").speaker == "Piotr Walny"
    # a name of two words after the dash (`- Bin Laden …`) is no verb and its name
    index = ActorIndex.build(
        "L'ex presidente Piotr Walny ha parlato ieri. Il capo dei ribelli Osman Bin Ferro è morto."
    )
    later = span.replace("Omar Ferro", "Osman Bin Ferro").replace("- Ferro", "- Bin Ferro")
    assert attribute(later, index, None, "it").speaker == "Piotr Walny"


def test_a_post_that_opens_on_a_handle_is_its_owners_not_a_name_it_holds() -> None:
    text = (
        "Le proteste continuano in tutto il paese contro il presidente Omar Saliba.\n"
        "L'avvocata Lina Duran, dalla sua pagina Twitter (@lina_law), ha commentato la giornata.\n"
        "@lina_law: Caro Omar Saliba, la tua gente non ha paura, vattene adesso\n"
        "@karim77: A proposito, Omar Saliba, se stai guardando, fai meglio ad andartene\n"
        "Saliba ha detto che non lascerà il potere.\n"
    )
    index = ActorIndex.build(text)
    owned = "@lina_law: Caro Omar Saliba, la tua gente non ha paura, vattene adesso"
    assert attribute(owned, index, "Omar Saliba", "it").speaker == "Lina Duran"
    unknown = "@karim77: A proposito, Omar Saliba, se stai guardando, fai meglio ad andartene"
    assert attribute(unknown, index, "Omar Saliba", "it").speaker is None


def test_a_name_in_a_complement_after_the_verb_is_not_its_subject() -> None:
    index = ActorIndex.build(
        "Il primo ministro Dario Fossi ha parlato ieri. Il capo dei ribelli Omar Ferro è morto."
    )
    sentence = (
        "Una «vittoria per la giustizia». Così il primo ministro, Dario Fossi, in un comunicato, "
        "ha commentato l'uccisione di Omar Ferro da parte delle forze speciali."
    )
    assert attribute(sentence, index, None, "it").speaker == "Dario Fossi"
    policeman = (
        "È quanto ha spiegato all'inviata dell'agenzia uno dei poliziotti di guardia al cancello "
        "principale della residenza di Omar Ferro, in città."
    )
    assert attribute(policeman, index, None, "it").speaker is None
    index_bin = ActorIndex.build(
        "Il capo dei ribelli Osman Bin Ferro è morto. Il portavoce Jay Corn ha parlato."
    )
    respect = (
        "«Abbiamo mostrato rispetto» nei confronti di Bin Ferro, e ha definito la cerimonia «appropriata»."
    )
    assert attribute(respect, index_bin, "Jay Corn", "it").speaker != "Osman Bin Ferro"  # a complement
    abbreviated = "«Le opere servono», ha spiegato ancora a Panorama l'ad Dario Fossi."
    assert attribute(abbreviated, index, None, "it").speaker == "Dario Fossi"
    # unnamed sources of an organisation after a plural verb: no one, not the clause's subject before
    index = ActorIndex.build("Il capo dei ribelli Omar Ferro è morto. Ferro aveva cinquant'anni.")
    sources = "Omar Ferro ha opposto resistenza armata, hanno riferito fonti del Ministero della Difesa."
    assert attribute(sources, index, None, "it").speaker is None


def test_a_name_inside_a_relative_clause_that_a_conjunction_closes_is_not_the_subject() -> None:
    index = ActorIndex.build(
        "Il segretario generale Anders Volk ha parlato. Il capo dei ribelli Omar Ferro è morto."
    )
    sentence = (
        "Il segretario generale Anders Volk si è congratulato per l'operazione in cui è morto Omar "
        "Ferro e ha aggiunto che la missione continuerà."
    )
    assert attribute(sentence, index, None, "it").speaker == "Anders Volk"


def test_a_dropped_subject_in_a_later_clause_is_the_person_the_sentence_opens_on_before_an_apposition() -> (
    None
):
    text = (
        "Lina Karam, premiata insieme alla presidente liberiana Ada Sirleaf e Mara Gbowe, non sapeva "
        "del premio: «L'ho saputo dalla radio», ha dichiarato. Karam vive a Sanaa."
    )
    index = ActorIndex.build(text + " Ada Sirleaf ha detto poco. Gbowe ha detto poco.")
    sentence = text.split(" Karam vive")[0]
    assert attribute(sentence, index, None, "it").speaker == "Lina Karam"


def test_the_words_after_an_institutions_elided_preposition_are_its_name_not_a_person() -> None:
    text = (
        "Il 16 gennaio la Corte d'Assise di Verona ha condannato i due imputati. "
        "La Corte d' Appello di Verona ha confermato la sentenza. A Verona la notizia è arrivata in serata."
    )
    index = ActorIndex.build(text)
    assert not {"Assise di Verona", "Appello di Verona"} & set(index.people), index.people


def test_a_name_that_ends_on_a_place_after_di_is_no_person() -> None:
    text = (
        "Il Tribunale di Verona ha deciso. Verderame e Scibetta rispondono di un furto al punto Snai di "
        "Verona. I carabinieri di Verona indagano, e il sindaco di Verona ha commentato. A Verona piove. "
        "Il sindaco, Gianfranco Cuttica di Revigliasco, ha parlato. Cuttica di Revigliasco è soddisfatto."
    )
    index = ActorIndex.build(text)
    assert not [name for name in index.people if name.endswith("di Verona")], index.people
    assert "Gianfranco Cuttica di Revigliasco" in index.people
    said = text + " «Serve calma», ha detto Anna Rossi da Verona."
    assert attribute(said.split(". ")[-1], ActorIndex.build(said), None, "it").speaker == "Anna Rossi"


def test_a_name_with_a_regnal_number_is_one_person() -> None:
    text = "«Il nostro pensiero va alle vittime», ha detto Clemente XVI durante l'Angelus in piazza."
    assert attribute(text, ActorIndex.build(text), None, "it").speaker == "Clemente XVI"
    war = "The veterans of World War II met on Tuesday, and the war was remembered."
    assert "War II" not in ActorIndex.build(war).people


def test_an_unknown_name_after_the_outlet_a_verb_speaks_to_is_a_speaker_of_its_own() -> None:
    index = ActorIndex.build("Il presidente Omar Saliba ha parlato ieri. Saliba ha detto di restare.")
    quote = (
        "«Bruciamo i veli per dire alle tribù di vergognarsi», spiega al The Courier Nura Belkadi, "
        "una delle partecipanti, aggiungendo che le donne sono state umiliate."
    )
    assert attribute(quote, index, "Omar Saliba", "it").speaker is None
