"""What the briefing prints stands alone (issue 15): compose grades every statement it would print
(`compose/alone.py`) and takes the next best one that passes; site furniture is never printed."""

from __future__ import annotations

import hashlib

import pytest

from briefing.compose import ComposeOptions, compose
from briefing.compose.alone import why_not_alone
from briefing.compose.statement_text import first_sentence
from briefing.engines.extractive import ExtractiveEngine
from briefing.models import Article, Briefing, PartialDate
from briefing.rules.standalone import points_back


@pytest.mark.parametrize(
    "statement",
    [
        # a speaker named only by a common noun
        "“Abbiamo deciso e voteremo, supportiamo l’operazione”, ha detto il finanziere azionista di Mps.",
        '"Ci lascia Paola, la nostra Forza" hanno scritto i famigliari nel necrologio.',
        "“We will not back down,” said the official, who asked not to be named.",
        # an opening connective
        "In particolare, il ministro ha firmato il decreto sulle scuole.",
        "Inoltre il governo ha stanziato dieci milioni per le imprese.",
        "However, the council approved the budget on Tuesday.",
        # an interview's question and answer
        "GENOVA «Mi chieda tutto quello che vuole».",
        "Sindaco Marco Bucci, si sente coinvolto?",
        "Cozzani: «Quelle che abbiamo mandato improvvidamente a Figliuolo?».",
        "«Come potrei non esserlo. Stiamo parlando di persone con cui lavoravo».",
        # a definite noun phrase whose referent is not in the statement
        "Nel 2021 le due avevano aperto insieme una casa di produzione a Londra.",
        "A febbraio è previsto il vaglio della Corte Costituzionale sull'ammissibilità.",
        "In una lettera il Monte ha definito l’analisi “inaccurata e incompleta”.",
        "The two men met again in Geneva on Friday.",
        "GIURAMENTO - L'attentato avviene nel giorno in cui il nuovo presidente ha giurato.",
        "The attack killed 26 people near the presidential palace.",
        "Si tratta dell'undicesima tornata di misure punitive contro la Siria.",
        "IL PRESIDENTE NEGLI USA - Rimane dunque tesa la situazione in tutto il Medio Oriente.",
        "La prima edizione è stata organizzata nel gennaio dello scorso anno a Livorno.",
        "E' Shohei Ohtani, fuoriclasse giapponese e stella dei Los Angeles Dodgers.",
        "Al tempo stesso, l'azienda OpenAI ha rivendicato un approccio cauto.",
        "Inaugurerà infine il 10 giugno la mostra Marasma alla galleria di Biella.",
        "Lo scorso anno, una sentenza della stessa Corte Suprema aveva stabilito il contrario.",
        # it announces what it does not hold
        "A riprova evidente le parole di Hillary Clinton:",
        "The following is a statement from the First Lady regarding the humanitarian effort.",
        # a weak pointer counts in compose (the engine lets one stand as a lead)
        "La decisione è arrivata ieri sera dopo il voto.",
        "Era nata a Merano, in Alto Adige, dove aveva lavorato in un quotidiano locale.",
        # Italian drops the subject: an imperfect that opens on its object goes on from before
        "Sosteneva il sindaco Mario Rossi, che era tornato in municipio, in modo totale.",
        # `that year` with no year before it, in any of its sentences
        "I soldati occuparono i pozzi durante la guerra. Dovevano ritirarsi a marzo di quell'anno.",
        # present at what: the event was named before
        "Tra i presenti, anche l'ex cancelliere, Gerhard Schroeder.",
        # a role written in capitals, in English inside Italian too: someone named before
        "La First Couple ha deposto una corona di fiori davanti al Memorial.",
        "Il Premier ha detto che il decreto arriverà in aula entro giugno.",
        "The First Lady visited the children's hospital in Kyiv on Monday.",
        # a time counted from what the sentence before told, in figures or in words
        "La Torre Nord, la prima ad essere colpita, crollò ventinove minuti dopo.",
        "Saleh ha firmato l'accordo di Riad sei mesi dopo.",
        "Quanto calmo, per contrasto, il presidente Obama quando ordinò di preparare le opzioni.",
        # a quotation whose speaker is in another sentence, closed with no full stop
        '"La Cina resterà un paese che raccoglie informazioni" Pertanto, i rischi sono concreti.',
        # the text the article named before; the rest of a sentence cut in two
        "Il testo nasce da un blog aperto e aggiornato ogni giorno dall'autrice.",
        ", Comitato di analisi strategica antiterrorismo.",
    ],
)
def test_a_statement_that_needs_the_sentence_before_it_is_not_printed(statement: str) -> None:
    assert why_not_alone(statement) is not None


@pytest.mark.parametrize(
    "statement",
    [
        "“Abbiamo deciso e voteremo”, ha detto il finanziere Davide Serra.",
        "«La Nato non accetterà intimidazioni», ha detto il ministro della Difesa.",
        "«Siamo pronti», ha detto il portavoce, Mario Rossi.",
        "Alla gara nazionale di pittura hanno partecipato i due figli di Mario Rossi.",
        "L'allarme è scattato nella stazione di Bologna quando erano le tre e mezza del mattino.",
        "The two sides of the Russia-Ukraine conflict met in Riyadh on Monday.",
        "L'attentato di Mukalla ha fatto almeno 26 morti tra le guardie presidenziali.",
        "È morta a Milano Paola Marella, architetta e conduttrice televisiva.",
        "La prima ministra Meloni ha parlato a Roma davanti ai sindaci.",
        "The attack on the embassy killed 26 people on Friday.",
        "SANAA - È di tre morti e 30 feriti il bilancio degli scontri di venerdì a Ibb.",
        # the antecedent is in the verbatim span: only the first sentence is graded
        "Il governo ha approvato il decreto sulla scuola. La decisione è arrivata ieri sera.",
        "È morta a Milano, all'età di 61 anni, Paola Marella, architetta e conduttrice televisiva.",
        "Il segretario generale della NATO Mark Rutte ha incontrato oggi Donald Trump in Florida.",
        "Nel 1946 i soldati occuparono i pozzi di Tabriz. Dovevano ritirarsi a marzo di quell'anno.",
        "Tra i presenti alla messa di Berlino anche l'ex cancelliere Gerhard Schroeder.",
        "La First Lady Melania Trump ha visitato l'ospedale pediatrico di Kiev.",
        "Il Presidente della Repubblica ha firmato il decreto sulle scuole.",
        "La Casa Bianca ha smentito la notizia del vertice di Ginevra.",
        "Tre anni dopo la caduta di Saleh lo Yemen ha votato un nuovo parlamento.",
        # an imperfect whose subject comes after it does not go on from the sentence before
        "Mancava il numero legale e la seduta del consiglio comunale di Roma è stata rinviata.",
        "Il testo della legge sulla cittadinanza passa ora al Senato.",
    ],
)
def test_a_statement_that_stands_alone_is_printed(statement: str) -> None:
    assert why_not_alone(statement) is None


def test_a_quotation_stands_alone_under_its_speakers_name() -> None:
    answer = "«Come potrei non esserlo. Stiamo parlando di persone con cui lavoravo»."
    assert why_not_alone(answer, speaker="Marco Bucci") is not None
    assert why_not_alone(answer, speaker="Marco Bucci", speaker_shown=True) is None
    named = "“Abbiamo deciso”, ha detto il finanziere azionista di Mps, Davide Serra."
    assert why_not_alone(named, speaker="Davide Serra") is None


def test_a_role_written_in_capitals_stands_for_the_speaker_shown_beside_it() -> None:
    visit = "The First Lady visited the children's hospital in Kyiv on Monday."
    assert why_not_alone(visit, speaker="Melania Trump", speaker_shown=True) is None


def test_a_person_named_before_points_back_under_any_speakers_name() -> None:
    also = "Come lui, anche Mario Rossi, presidente della Lega, ha dichiarato che la città è a rischio."
    assert why_not_alone(also, speaker="Mario Rossi", speaker_shown=True) is not None


def test_the_first_sentence_runs_past_abbreviations_and_initials() -> None:
    text = "Il Prof. Reni e J. Smith hanno firmato l'appello. Poi sono partiti."
    assert first_sentence(text) == "Il Prof. Reni e J. Smith hanno firmato l'appello."


def test_the_engine_reads_an_aside_before_an_inverted_subject_and_a_name_after_an_office() -> None:
    assert points_back("È morta a Milano, all'età di 61 anni, Paola Marella, architetta.") is None
    assert points_back("È morta a Milano, ieri, dopo una lunga malattia.") == "weak"
    assert points_back("Il segretario generale della NATO Mark Rutte ha incontrato Trump.") is None
    assert points_back("Lo riferiscono i siti dei quotidiani locali.") == "strong"
    assert points_back("L'hanno trovata morta in un appartamento del centro di Trieste.") == "strong"
    assert points_back("Altri lo hanno accusato di non aver rispettato lo spirito di Valentino.") == "strong"
    assert points_back("Sono le parole di Sameh Youssef, il fidanzato della studentessa.") == "strong"
    assert points_back("Si tratta dell'undicesima tornata di sanzioni contro la Siria.") == "strong"


def _article(source: str, text: str, published: str, language: str = "it") -> Article:
    return Article(
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        encoding="utf-8",
        published=PartialDate.parse(published),
        language=language,
    )


def _briefing(articles: list[Article]) -> Briefing:
    engine = ExtractiveEngine()
    facts = [fact for a in articles for fact in engine.extract(a).facts]
    return compose(articles, facts, ComposeOptions(language="it"))


def _printed(briefing: Briefing) -> list[str]:
    return [st.text for sec in briefing.sections for st in sec.statements if st.citations]


INTERVIEW = (
    "date 2025-03-31\nIl sindaco di Genova parla del porto\n\n"
    "Il sindaco di Genova Marco Bucci ha presentato lunedì il piano per il porto della città, "
    "con un investimento di 40 milioni di euro per la nuova diga.\n\n"
    "Il consiglio comunale voterà il piano entro la fine di aprile, secondo il calendario "
    "approvato dalla giunta di Genova.\n\n"
    "Sindaco Bucci, si sente coinvolto nell'inchiesta sul porto?\n\n"
    "«Come potrei non esserlo. Stiamo parlando di persone con cui lavoravo ogni giorno».\n\n"
    "Gli armatori hanno accolto con favore il piano. "
    "“Abbiamo deciso e voteremo a favore del piano”, ha detto il finanziere azionista del porto.\n\n"
    "La Regione Liguria ha stanziato altri 12 milioni di euro per le banchine di Genova.\n"
)


def test_the_briefing_prints_the_next_statement_that_stands_alone_in_every_section() -> None:
    printed = _printed(_briefing([_article("genova.txt", INTERVIEW, "2025-03-31")]))
    assert any("40 milioni" in text for text in printed)
    assert any("12 milioni" in text for text in printed)
    assert not any("si sente coinvolto" in text for text in printed)  # the question
    assert not any("Come potrei non esserlo" in text for text in printed)  # its answer, no speaker
    assert not any("ha detto il finanziere" in text for text in printed)  # a speaker with no name


SIDEBAR = "Mario Bianchi racconta da vent'anni la vita dei quartieri di Torino e delle sue periferie."


def test_site_furniture_is_printed_in_no_section() -> None:
    days = ["2025-03-01", "2025-03-10", "2025-03-20", "2025-03-31"]
    articles = [
        _article(
            f"a{n}.txt",
            f"date {day}\nNotizie da Torino numero {n}\n\n"
            f"Il consiglio comunale di Torino ha approvato il {n}° bilancio di quartiere con {n + 20} voti "
            f"favorevoli.\n\n{SIDEBAR}\n",
            day,
        )
        for n, day in enumerate(days, start=1)
    ]
    printed = _printed(_briefing(articles))
    assert any("bilancio di quartiere" in text for text in printed)
    assert not any("vent'anni" in text for text in printed)


def test_an_answer_that_does_not_say_what_it_answers_is_not_printed() -> None:
    """`La risposta del ministro arriva…` answers a question asked in a sentence before; one that
    says what it answers (`all'attacco`, `to the letter`) stands alone."""
    unsaid = (
        'La risposta del ministro della Difesa Mario Rossi arriva nel 2010 "Le stime portano a prevedere '
        'il completamento delle operazioni entro il 2022".',
        "The reply from the ministry came on Tuesday.",
    )
    for statement in unsaid:
        assert why_not_alone(statement) == "an answer to a question it does not hold", statement
    for statement in (
        "La risposta di Israele all'attacco iraniano è arrivata nella notte di sabato.",
        "The response to the letter from the ministry came on Tuesday.",
    ):
        assert why_not_alone(statement) is None, statement


def test_a_choice_whose_content_it_does_not_say_is_not_printed() -> None:
    """`La decisione di Borgonia ha scatenato…` names who chose, not what: the choice was told in a
    sentence before; one that says what was chosen (`di chiudere…`, `sulla diga`, `to close`)
    stands alone."""
    for statement in (
        "La decisione di Borgonia ha di fatto scatenato le ire della Valdania.",
        "La scelta della Lega Nord, se confermata, potrebbe evitare una lunga crisi a Trento.",
        "The decision by Ruritania angered Valdania and its allies.",
    ):
        assert why_not_alone(statement) == "a choice whose content it does not hold", statement
    for statement in (
        "La decisione di Borgonia di chiudere il valico ha scatenato le ire della Valdania.",
        "La decisione di Borgonia sulla diga del Nilo Verde ha scatenato le ire della Valdania.",
        "The decision by Ruritania to close the border angered Valdania on Tuesday.",
    ):
        assert why_not_alone(statement) is None, statement


def test_a_heading_run_into_a_sentences_first_words_is_furniture() -> None:
    """A subheading the page set over its paragraph, joined to the sentence below it, is page
    furniture: the sentence is not printed as it reads (`Il derby di Rossi In questo contesto…`)."""
    for statement in (
        "Il derby di Bellotti In questo contesto, Bellotti ha giocato una partita quasi perfetta.",
        "Annibale Annibale Conti è la testa calda della famiglia.",
    ):
        assert why_not_alone(statement) == "a heading run into its first words (page furniture)", statement
    for statement in (
        "Ha parlato Ignazio La Russa, presidente del Senato, dopo la seduta.",  # a name on a function word
        "Nella quinta giornata della Serie A maschile il Milan ha battuto l'Inter.",  # a one-letter word
        "La strage di Port Said è la più grave nella storia del calcio egiziano.",  # English `said`
    ):
        assert why_not_alone(statement) != "a heading run into its first words (page furniture)", statement


def test_a_label_and_a_short_quotation_is_a_headlines_and_not_printed() -> None:
    """A deck or a headline sums up what someone said as a bare label and a few quoted words
    (`I Fratelli musulmani: “Reagiremo”.`): what the words answer is in the story under it,
    whoever the briefing shows as the speaker. A label with a verb reports the words, and a longer
    quotation is the speaker's own statement."""
    reason = "a headline's short quotation: what it answers is in the story under it"
    for statement in (
        'I Cavalieri del Nord: "Resisteremo".',
        'Il ministro della Marina: "Porti chiusi e poi elezioni".',
        "The Daily Courier: “Rossi Wins the Battle of Trento”",
    ):
        assert why_not_alone(statement) == reason, statement
        assert why_not_alone(statement, speaker_shown=True) == reason, statement
    for statement in (
        'Il ministro della Marina Carlo Ferri ha detto: "Porti chiusi a Trento".',  # a reporting verb
        "Anna Moss commented on the plan: “A fine day for Trento.”",  # English verbs are not known
        "Sen. Anna Moss: “The council of Trento will vote on the harbour plan before the summer.”",
    ):
        assert why_not_alone(statement, speaker_shown=True) != reason, statement
