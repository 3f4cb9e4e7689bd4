"""An interview's answers are its interviewee's, quoted with their question (issue 15: speakers).

A page of questions and answers names who answers once, in its headline or its first question;
each answer line under a question is theirs, and is quoted together with that question, which is
what its `Ne`, its `Ovviamente sì` answer (hand-written articles)."""

from __future__ import annotations

from briefing.compose import ComposeOptions, compose
from briefing.compose.alone import why_not_alone
from briefing.engines.extractive import ExtractiveEngine
from briefing.render import render_markdown
from briefing.rules.actors import ActorIndex
from briefing.rules.interview import interview_of
from handwritten import handwritten_article

INTERVIEW = (
    "date 2025-01-12\n"
    "«L'Europa deve difendersi da sola». Parla il generale Paolo Serra\n\n"
    "di Luca Ferri\n\n"
    "Il generale Paolo Serra, ex comandante della missione in Libano, è tra i più ascoltati esperti di "
    "difesa. Lo abbiamo intervistato a Roma.\n\n"
    "Generale, gli Stati Uniti si stanno davvero ritirando dall'Europa?\n\n"
    "«Non si ritirano, ma chiedono agli europei di pagare di più per la loro difesa».\n\n"
    "Teme una guerra commerciale con Washington?\n\n"
    "«Ne abbiamo già avuto un assaggio, e non finirà qui».\n"
)


def test_two_questions_each_over_a_quoted_answer_make_an_interview_of_the_person_it_introduces() -> None:
    interview = interview_of(INTERVIEW, ActorIndex.build(INTERVIEW))
    assert interview is not None
    assert interview.interviewee == "Paolo Serra"  # not the byline's Luca Ferri


def test_the_person_the_first_question_names_is_the_interviewee() -> None:
    text = (
        "Il porto e la città\n\ndi Anna Riva\n\n"
        "Sindaco Marco Gallo, si sente coinvolto?\n\n«Come potrei non esserlo».\n\n"
        "E la giunta?\n\n«La giunta resta al suo posto fino al voto di giugno».\n"
    )
    interview = interview_of(text, ActorIndex.build(text))
    assert interview is not None and interview.interviewee == "Marco Gallo"


def test_one_quoted_exchange_is_no_interview() -> None:
    text = (
        "Il ministro Carlo Neri ha parlato ieri a Torino.\n\nChe cosa farà il governo?\n\n"
        "«Approveremo il piano entro marzo», ha detto Neri.\n"
    )
    assert interview_of(text, ActorIndex.build(text)) is None


def test_each_answer_is_the_interviewees_quoted_from_its_question() -> None:
    article = handwritten_article("serra.txt", INTERVIEW)
    facts = ExtractiveEngine().extract(article).facts
    answer = next(f for f in facts if "Ne abbiamo già avuto" in f.statement)
    assert answer.speaker == "Paolo Serra"
    assert answer.statement == (
        "Teme una guerra commerciale con Washington? «Ne abbiamo già avuto un assaggio, e non finirà qui»."
    )
    (evidence,) = answer.evidence
    assert INTERVIEW[evidence.start : evidence.end] == evidence.quote  # one verbatim span, blank line and all
    assert not any(f.statement == "Teme una guerra commerciale con Washington?" for f in facts)


def test_an_interviews_answers_reach_the_briefing_under_the_interviewee() -> None:
    article = handwritten_article("serra.txt", INTERVIEW)
    facts = ExtractiveEngine().extract(article).facts
    markdown = render_markdown(compose([article], facts, ComposeOptions()))
    assert "**Paolo Serra" in markdown
    assert "Teme una guerra commerciale con Washington? «Ne abbiamo già avuto un assaggio" in markdown


def test_a_quoted_question_alone_is_still_a_question_under_its_speaker() -> None:
    statement = "Carla Neri: «Quelle che abbiamo mandato ieri al ministero?»."
    assert why_not_alone(statement, speaker="Carla Neri", speaker_shown=True) == "a question"


def test_a_list_under_questions_is_no_interview() -> None:
    text = (
        "Il piano della giunta\n\nL'assessora Marta Riva ha presentato ieri il piano.\n\n"
        "Che cosa cambia per le famiglie?\n- Un bonus di 200 euro per ogni figlio.\n\n"
        "E per le imprese?\n- Sgravi sulle assunzioni dei giovani.\n"
    )
    assert interview_of(text, ActorIndex.build(text)) is None
