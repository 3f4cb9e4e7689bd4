"""The offline engine's rules, one by one, on the seeds' own sentences and a few written in their style."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.rules.actors import ActorIndex, role_after, role_before
from briefing.rules.attribution import attribute
from briefing.rules.figures import figures_in
from briefing.rules.sentences import split_article

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DATA = Path(__file__).resolve().parent / "data"


def seed(prefix: str) -> str:
    return next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# --- sentences ------------------------------------------------------------------------------


def test_every_sentence_span_is_exact_and_trimmed() -> None:
    for path in [*SEEDS.glob("*.txt"), *DATA.glob("*")]:
        text = path.read_text(encoding="utf-8")
        for sentence in split_article(text, "it").sentences:
            assert text[sentence.start : sentence.end] == sentence.text
            assert sentence.text == sentence.text.strip(" \n*#_")


def test_header_furniture_is_left_out_of_the_lead() -> None:
    first = split_article(seed("000"), "it").sentences[0]
    assert first.text.startswith("Il segretario generale della NATO Mark Rutte ha incontrato oggi")
    first = split_article(seed("003"), "it").sentences[0]
    assert first.text.startswith("Alla vigilia della riunione dei ministri della Difesa")
    reuters = split_article((DATA / "en_reuters_defence_ministers.txt").read_text(), "en")
    lead = next(s for s in reuters.sentences if s.role == "body")
    assert lead.text.startswith("NATO defence ministers on Thursday agreed")
    ansa = split_article((DATA / "it_manovra_guillemets.txt").read_text(), "it")
    lead = next(s for s in ansa.sentences if s.role == "body")
    assert lead.text.startswith("Il Consiglio dei ministri ha approvato ieri sera")


def test_markdown_headline_and_bold_standfirst_lose_their_markup_and_section_label() -> None:
    split = split_article(seed("002"), "it")
    headline, standfirst = split.sentences[0], split.sentences[1]
    assert headline.role == "headline"
    assert headline.text == "Rutte vola a Washington: l'8 aprile il faccia a faccia con Donald Trump"
    assert standfirst.role == "standfirst"
    assert standfirst.text == (
        "Al centro dell'agenda la minaccia di ritiro degli Stati Uniti e il futuro della sicurezza globale."
    )
    assert "date line" in {s.reason for s in split.skipped}  # *(Prima Notizia 24) Venerdì 03 Aprile 2026*


def test_embedded_posts_are_cut_from_their_links_and_signed_by_their_author() -> None:
    split = split_article(seed("001"), "it")
    posts = [s for s in split.sentences if s.role == "tweet"]
    assert [p.text for p in posts][:3] == [
        "On my way to @NATO’s Foreign Ministers' meeting in Brussels with @POTUS’s call for 5% defense "
        "spending.",
        "It’s time for Europe to step up and invest more in collective security.",
        "Looking forward to making our transatlantic partnerships stronger to keep Americans safe.",
    ]
    assert {p.tweet_author for p in posts} == {"Secretary Marco Rubio", "Mark Rutte"}
    assert all(p.tweet_date is not None and p.tweet_date.iso() == "2025-04-02" for p in posts)
    skipped = {s.text for s in split.skipped}
    assert "— Mark Rutte (@SecGenNATO) April 2, 2025" in skipped
    assert not any("pic.twitter.com" in s.text for s in split.sentences)


def test_subheadings_and_trailing_stray_text_are_skipped() -> None:
    skipped = {s.text: s.reason for s in split_article(seed("001"), "it").skipped}
    assert skipped["La visita di Rubio a Bruxelles"] == "subheading"
    assert skipped['Rutte: "Dobbiamo costruire NATO più forte"'] == "subheading"
    skipped = {s.text: s.reason for s in split_article(seed("004"), "it").skipped}
    assert skipped["Notizia"] == "site furniture"
    assert skipped["al piano di sopra"] == "trailing text"


def test_a_sentence_ending_on_an_acronym_is_still_a_sentence() -> None:
    texts = [s.text for s in split_article(seed("001"), "it").sentences]
    assert any(
        t.endswith("per partecipare alla riunione dei ministri degli Esteri della NATO.") for t in texts
    )
    assert any(t.startswith("Nel frattempo, Mark Rutte, segretario generale della NATO") for t in texts)


def test_a_quotation_of_several_sentences_stays_whole() -> None:
    texts = [s.text for s in split_article(seed("003"), "it").sentences]
    assert any(
        t.startswith("“La Nato è e rimane un’alleanza difensiva.") and t.endswith("capacità reali”.")
        for t in texts
    )


def test_hard_wrapped_lines_are_read_as_one_paragraph() -> None:
    split = split_article((DATA / "it_hardwrap_difesa.txt").read_text(), "it")
    assert split.sentences[0].role == "body"
    assert " ".join(split.sentences[0].text.split()).endswith("sarà presentato al Parlamento entro dicembre.")
    assert any(
        " ".join(s.text.split()).startswith('"Non possiamo più aspettare", ha detto') for s in split.sentences
    )


def test_bylines_date_lines_and_credits_are_furniture() -> None:
    skipped = {
        s.text: s.reason
        for s in split_article((DATA / "en_reuters_defence_ministers.txt").read_text(), "en").skipped
    }
    assert skipped["By Andrew Gray and Lili Bayer"] == "byline"
    assert skipped["June 5, 2025 5:32 PM GMT+2"] == "date line"
    assert skipped["(Reporting by Andrew Gray and Lili Bayer; Editing by Alex Richardson)"] == "byline"


# --- actors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Il segretario generale della NATO Mark Rutte ha incontrato oggi",
            "Mark Rutte",
            "segretario generale della NATO",
        ),
        (
            "Il Segretario Generale della NATO, Mark Rutte, visiterà Washington",
            "Mark Rutte",
            "Segretario Generale della NATO",
        ),
        (
            "ha incontrato oggi il presidente eletto degli Stati Uniti Donald Trump in Florida",
            "Donald Trump",
            "presidente eletto degli Stati Uniti",
        ),
        (
            "ha affermato l'inviato speciale del leader statunitense Steve Witkoff.",
            "Steve Witkoff",
            "inviato speciale del leader statunitense",
        ),
        (
            "Il portavoce presidenziale russo Dmitry Peskov ha dichiarato",
            "Dmitry Peskov",
            "portavoce presidenziale russo",
        ),
        (
            "U.S. Defense Secretary Pete Hegseth said Washington expected",
            "Pete Hegseth",
            "U.S. Defense Secretary",
        ),
        (
            "the minister met Germany's defence minister Boris Pistorius",
            "Boris Pistorius",
            "Germany's defence minister",
        ),
        ("a Budapest il 7 novembre, Rutte aveva già sostenuto", "Rutte", None),
    ],
)
def test_a_role_written_before_a_name(text: str, name: str, role: str | None) -> None:
    assert role_before(text, text.index(name)) == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Nel frattempo, Mark Rutte, segretario generale della NATO, ha ribadito",
            "Mark Rutte",
            "segretario generale della NATO",
        ),
        (
            "La visita di Marco Rubio, segretario degli Usa, annunciata dal Dipartimento di Stato",
            "Marco Rubio",
            "segretario degli Usa",
        ),
        ("Mark Rutte, NATO's secretary general, said on Monday", "Mark Rutte", "NATO's secretary general"),
        (
            "Steve Witkoff, parlando ai giornalisti, ha parlato del suo recente incontro",
            "Steve Witkoff",
            None,
        ),
    ],
)
def test_a_role_written_after_a_name_between_commas(text: str, name: str, role: str | None) -> None:
    assert role_after(text, text.index(name) + len(name)) == role


def test_surnames_resolve_to_the_person_met_earlier_with_the_role_first_given() -> None:
    index = ActorIndex.build(seed("004"))
    actors = index.actors(
        "Witkoff ha sottolineato che l'obiettivo principale della sua visita è stato quello di"
    )
    assert [(a.name, a.role) for a in actors] == [
        ("Steve Witkoff", "inviato speciale del leader statunitense")
    ]
    assert index.people["Vladimir Putin"].role == "presidente russo"
    assert index.principal() >= {"Donald Trump"}


def test_places_and_institutions_are_not_people() -> None:
    index = ActorIndex.build(seed("001") + "\n" + seed("004"))
    assert not {
        "Stati Uniti",
        "Alleanza Atlantica",
        "Medio Oriente",
        "Ministeriale Esteri",
        "Foreign Ministers",
    } & set(index.people)
    names = [
        a.name
        for a in index.actors("annunciata dal Dipartimento di Stato, con l'Alleanza Atlantica e la NATO")
    ]
    assert names == ["Dipartimento di Stato", "Alleanza Atlantica", "NATO"]


# --- attribution ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "sentence", "speaker"),
    [
        # subject before the verb
        (
            "003",
            "Interrogato sul significato delle recenti dichiarazioni russe e sul rischio di "
            "un’escalation diretta, Rutte ha ribadito con fermezza che la Nato non accetterà alcuna "
            "intimidazione.",
            "Mark Rutte",
        ),
        (
            "004",
            "Il portavoce presidenziale russo Dmitry Peskov ha dichiarato in precedenza che Mosca "
            "insiste nel soddisfare le sue condizioni.",
            "Dmitry Peskov",
        ),
        # past an apposition that names an organisation
        (
            "001",
            "Nel frattempo, Mark Rutte, segretario generale della NATO, ha ribadito la necessità per gli "
            "Stati membri di aumentare la spesa militare ben oltre il 3% del PIL.",
            "Mark Rutte",
        ),
        # inverted, after the verb, past a role
        (
            "004",
            "La prossima settimana è prevista una nuova conversazione telefonica tra il presidente degli "
            "Stati Uniti Donald Trump e il presidente russo Vladimir Putin, ha affermato l'inviato "
            "speciale del leader statunitense Steve Witkoff.",
            "Steve Witkoff",
        ),
        (
            "001",
            '"Gli Stati Uniti indicano questa intenzione da almeno 15 anni", ha spiegato Rutte.',
            "Mark Rutte",
        ),
        # the attribution inside the quotation, between dashes
        (
            "001",
            '"Dobbiamo costruire una NATO più forte, più equa e più letale per affrontare un mondo '
            "sempre più pericoloso - ha dichiarato Rutte citando la minaccia russa -. Partecipiamo alle "
            'riunioni".',
            "Mark Rutte",
        ),
        # a role that names a person met before
        (
            "001",
            "Il segretario generale ha inoltre chiarito che il possibile disimpegno delle truppe "
            "americane non deve essere visto come una novità improvvisa.",
            "Mark Rutte",
        ),
        (
            "004",
            "In precedenza, parlando davanti al Congresso, il presidente degli Stati Uniti aveva "
            "dichiarato la sua intenzione di raggiungere la pace.",
            "Donald Trump",
        ),
        # a relative pronoun
        (
            "004",
            "La prossima conversazione rappresenterà un passo importante nella strategia di Trump, che "
            "fin dai primi giorni del suo secondo mandato ha sottolineato la necessità di porre fine al "
            "conflitto.",
            "Donald Trump",
        ),
        # `secondo` as a preposition, not as `il secondo mandato`
        (
            "004",
            "Il tema principale resta il conflitto in Ucraina, che, secondo Trump, si propone di porre fine.",
            "Donald Trump",
        ),
        ("000", "Si temeva che il secondo mandato di Trump potesse portare a un calo del sostegno.", None),
        # an organisation right before its verb
        ("004", "Nel frattempo, il Cremlino ha confermato la sua disponibilità al dialogo.", "Cremlino"),
        # a passive participle is not someone speaking
        (
            "001",
            "La visita di Marco Rubio, segretario degli Usa, annunciata dal Dipartimento di Stato, si "
            "concentrerà sulle principali sfide di sicurezza.",
            None,
        ),
    ],
)
def test_who_is_speaking(prefix: str, sentence: str, speaker: str | None) -> None:
    index = ActorIndex.build(seed(prefix))
    assert attribute(sentence, index, previous_speaker=None, language="it").speaker == speaker


def test_a_dropped_subject_is_the_previous_speaker() -> None:
    index = ActorIndex.build(seed("003"))
    sentence = (
        "“L’Ucraina non può sostenere questo sforzo da sola”, ha ammonito, "
        "ricordando che “la quasi totalità”."
    )
    assert attribute(sentence, index, "Mark Rutte", "it").speaker == "Mark Rutte"
    quotation = "“La deterrenza non è uno stato statico. Dobbiamo assicurarci che la Nato sia pronta”."
    assert attribute(quotation, index, "Mark Rutte", "it").speaker == "Mark Rutte"
    # a gerund does not take the organisation after it as its subject
    sentence = (
        "Rutte ha poi spostato lo sguardo, insistendo sulla necessità di preparare "
        "l’Alleanza al lungo periodo."
    )
    assert attribute(sentence, index, None, "it").speaker == "Mark Rutte"


def test_english_reporting_verbs() -> None:
    text = (DATA / "en_summit_markdown.md").read_text()
    index = ActorIndex.build(text)
    said = attribute("Orban said on Wednesday that Budapest would never join.", index, None, "en")
    assert said.speaker == "Viktor Orban"
    assert attribute('"Ukraine cannot wait," she said.', index, "Kaja Kallas", "en").speaker == "Kaja Kallas"
    told = attribute(
        "Kaja Kallas, the EU's foreign policy chief, told journalists that the money would be used.",
        index,
        None,
        "en",
    )
    assert told.speaker == "Kaja Kallas"
    wrote = attribute(
        '"We are ready to do more," European Commission President Ursula von der Leyen wrote on X.',
        index,
        None,
        "en",
    )
    assert (wrote.speaker, wrote.quoted) == ("Ursula von der Leyen", True)


def test_guillemets_and_a_role_in_apposition_after_the_verb() -> None:
    text = (DATA / "it_manovra_guillemets.txt").read_text()
    index = ActorIndex.build(text)
    sentence = (
        "«È una misura tampone che non aiuta le famiglie», ha dichiarato la segretaria del Pd, Elly Schlein."
    )
    assert attribute(sentence, index, "Giancarlo Giorgetti", "it").speaker == "Elly Schlein"


# --- figures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("aumentare la spesa militare ben oltre il 3% del PIL", "it", [("3% del PIL", 3.0, "% PIL")]),
        (
            "sono già stati promessi 20 miliardi di aiuti militari a Kiev",
            "it",
            [("20 miliardi di aiuti militari", 20e9, "aiuti militari")],
        ),
        ("with @POTUS’s call for 5% defense spending", "en", [("5%", 5.0, "%")]),
        ("un piano articolato in quattro livelli", "it", [("quattro livelli", 4.0, "livelli")]),
        (
            "il decreto vale 1,5 miliardi di euro e 2.500 assunzioni",
            "it",
            [("1,5 miliardi di euro", 1.5e9, "EUR")],
        ),
        (
            "The EU pledged €1.5 billion and $300 million",
            "en",
            [("€1.5 billion", 1.5e9, "EUR"), ("$300 million", 3e8, "USD")],
        ),
        ("raise its core defence budget to 3.5% of GDP by 2029", "en", [("3.5% of GDP", 3.5, "% GDP")]),
        ("durato circa tre o quattro ore", "it", [("tre o quattro ore", None, "ore")]),
    ],
)
def test_figures_keep_their_units(
    sentence: str, language: str, expected: list[tuple[str, float | None, str]]
) -> None:
    found = [(f.figure.text, f.figure.value, f.figure.unit) for f in figures_in(sentence, language)]
    assert found == expected


def test_captions_and_labels_are_furniture_but_words_that_start_like_them_are_not() -> None:
    text = (
        "Newsom signs the budget bill into law\n\n"
        "Foto: il presidente al Quirinale\n\n"
        "Video\n\n"
        "Governor Gavin Newsom signed the state budget on Friday, his office said.\n\n"
        "Sign up for our newsletter\n\n"
        "Tags: budget, California\n"
    )
    split = split_article(text, "en")
    assert [(s.role, s.text) for s in split.sentences] == [
        ("headline", "Newsom signs the budget bill into law"),
        ("body", "Governor Gavin Newsom signed the state budget on Friday, his office said."),
    ]
    assert {s.reason for s in split.skipped} == {"site furniture"}


def test_an_ap_story_dateline_roles_and_credit_line() -> None:
    text = (DATA / "en_ap_senate_vote.txt").read_text()
    split = split_article(text, "en")
    lead = next(s for s in split.sentences if s.role == "body")
    assert lead.text.startswith("The Senate passed a $95 billion foreign aid package on Tuesday")
    assert "Associated Press writer Lisa Mascaro contributed to this report." in {
        s.text for s in split.skipped
    }
    index = ActorIndex.build(text)
    assert index.people["Mike Johnson"].role == "Speaker"
    assert index.people["Mitch McConnell"].role == "Republican leader"
    assert index.people["Chuck Schumer"].role == "Senate Majority Leader"
