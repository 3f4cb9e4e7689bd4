"""The support rule: what a statement may say given its quote, attribution and mentions."""

from __future__ import annotations

import json

import pytest

from briefing.engines.llm_schema import FactsResponse, GroundingState
from briefing.support import Mention, Support, missing_numbers, number_values, problems

QUOTE = "“L’Ucraina non può sostenere questo sforzo da sola”, ha ammonito"
UKRAINE = [Mention("Ukraine", "Ucraina")]


def test_an_elided_name_is_linked_by_a_mention_inside_the_quote() -> None:
    support = Support(QUOTE, attribution="Rutte ha quindi sottolineato", mentions=UKRAINE)
    assert problems("Rutte warned that Ukraine cannot sustain this effort alone.", support) == []


def test_a_mention_whose_article_form_is_not_in_the_quote_links_nothing() -> None:
    support = Support(QUOTE, mentions=[Mention("Russia", "Russia")])
    found = problems("Russia cannot sustain this effort alone.", support)
    assert any("is not in the quote" in problem for problem in found)


def test_a_mention_cannot_change_a_number() -> None:
    support = Support("durato circa tre o quattro ore.", mentions=[Mention("five hours", "quattro ore")])
    assert any("changes a number" in problem for problem in problems("It lasted five hours.", support))


@pytest.mark.parametrize(
    ("statement", "quote"),
    [
        ("NATO's answer came fast.", "La risposta della NATO è arrivata."),  # possessive
        ("A UN-monitored truce is planned.", "una tregua monitorata dall'ONU"),  # hyphen, alias
        ("Spending reaches 1.5% of GDP.", "la spesa arriva all'1,5% del PIL"),
        ("It lasted three or four hours.", "durato circa tre o quattro ore."),
        ("Spending reaches 1,500 euros.", "la spesa arriva a 1.500 euro"),
        ("Two hundred soldiers left.", "sono partiti 200 soldati"),  # a run of number words
        ("Twenty-five soldiers left.", "sono partiti 25 soldati"),
        ("Some 3 thousand soldiers left.", "sono partiti 3.000 soldati"),
        ("Dozens of soldiers left.", "sono partite decine di soldati"),  # no exact count
        ("The U.S. envoy arrived.", "è arrivato l'inviato statunitense"),  # dotted acronym
    ],
)
def test_tokenising_handles_elisions_possessives_compounds_and_separators(statement: str, quote: str) -> None:
    assert problems(statement, Support(quote)) == []


@pytest.mark.parametrize(
    ("statement", "quote", "problem"),
    [
        ("It lasted five or six hours.", "durato circa tre o quattro ore.", "numbers not in the quote"),
        ("Aid reached 20 million.", "promessi 20 miliardi di aiuti", "millions or billions"),
        ("Aid reached 20 thousand in 2024.", "promessi nel 2024 20 miliardi", "millions or billions"),
        ("Two hundred soldiers left.", "sono partiti 300 soldati", "numbers not in the quote"),
        ("Talks are set for May.", "i colloqui sono fissati ad aprile", "dates not in the quote"),
        ("Rubio arrives on Thursday.", "Rubio arriva mercoledì", "dates not in the quote"),
        ("Cooperation with Iraq worries NATO.", "la cooperazione con l'Iran preoccupa la NATO", "names"),
        ("Ukraine can sustain this effort alone.", "L'Ucraina non può sostenere questo sforzo", "denies"),
        ("NATO did not meet in Brussels.", "La NATO si è riunita a Bruxelles.", "denies"),
        ("Kyiv showed lower resilience.", "Kiev ha mostrato una resistenza superiore", "other way"),
        ("Membership is realistic.", "l'adesione è “irrealistica”", "denies"),
    ],
)
def test_a_wrong_statement_with_a_verbatim_quote_is_unsupported(
    statement: str, quote: str, problem: str
) -> None:
    found = problems(statement, Support(quote, mentions=[Mention("Brussels", "Bruxelles")]))
    assert any(problem in text for text in found), found


def test_a_named_speaker_must_be_the_one_the_quote_gives() -> None:
    quote = (
        "tra il presidente degli Stati Uniti Donald Trump e il presidente russo Vladimir Putin, "
        "ha affermato l'inviato speciale del leader statunitense Steve Witkoff."
    )
    assert problems("A call between Trump and Putin is planned, Witkoff said.", Support(quote)) == []
    assert any("said it" in p for p in problems("Trump said a call with Putin is planned.", Support(quote)))


def test_the_speaker_may_come_from_the_attribution_passage() -> None:
    support = Support(
        "Gli Stati Uniti indicano questa intenzione da almeno 15 anni", attribution="ha spiegato Rutte"
    )
    assert problems("Rutte said the US has signalled this for at least 15 years.", support) == []
    assert problems("Rubio said the US has signalled this for at least 15 years.", support)


def test_one_number_rule() -> None:
    assert number_values("1,5") == {1.5}
    assert number_values("1.500") == number_values("1,500") == {1500.0, 1.5}
    assert number_values("tre") == number_values("three") == {3}
    assert missing_numbers("in 2026-04-08", "l'8 aprile 2026") == []


def _state(text: str, reasks: int = 1) -> GroundingState:
    return GroundingState(source="a.txt", text=text, language="en", reasks_left=reasks)


ARTICLE = (
    "Il vertice si terrà a Roma. La NATO ha approvato il piano di difesa per il fianco est. "
    "“L’Ucraina non può sostenere questo sforzo da sola”, ha ammonito Rutte."
)


def test_the_models_order_is_the_rank_and_a_fact_fixed_on_the_reask_keeps_its_first_rank() -> None:
    state = _state(ARTICLE)
    first = [
        {
            "statement": "It warned that Ukraine cannot sustain this effort alone.",
            "quote": "L’Ucraina non può sostenere questo sforzo da sola",
        },
        {
            "statement": "NATO approved the defence plan for the eastern flank.",
            "quote": "La NATO ha approvato il piano di difesa per il fianco est.",
        },
    ]
    with pytest.raises(ValueError, match="add the missing mention"):
        FactsResponse.model_validate_json(json.dumps({"facts": first}), context={"grounding": state})
    fixed = [first[1], {**first[0], "mentions": [{"statement": "Ukraine", "article": "Ucraina"}]}]
    FactsResponse.model_validate_json(json.dumps({"facts": fixed}), context={"grounding": state})
    assert [(fact.statement[:7], fact.rank) for fact in state.kept] == [("NATO ap", 2), ("It warn", 1)]


def test_an_attribution_is_placed_in_the_article_and_cited_with_the_quote() -> None:
    state = _state(ARTICLE, reasks=0)
    fact = {
        "statement": "Rutte warned that Ukraine cannot sustain this effort alone.",
        "quote": "L’Ucraina non può sostenere questo sforzo da sola",
        "attribution": "ha ammonito Rutte",
        "mentions": [{"statement": "Ukraine", "article": "Ucraina"}],
    }
    FactsResponse.model_validate_json(json.dumps({"facts": [fact]}), context={"grounding": state})
    (kept,) = state.kept
    assert [ARTICLE[e.start : e.end] for e in kept.evidence] == [fact["quote"], "ha ammonito Rutte"]
    invented = {**fact, "attribution": "ha detto Rutte"}
    state = _state(ARTICLE, reasks=0)
    FactsResponse.model_validate_json(json.dumps({"facts": [invented]}), context={"grounding": state})
    assert state.kept == [] and "attribution not verbatim" in state.failures[0].reason
