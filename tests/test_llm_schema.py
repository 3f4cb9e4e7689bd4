"""The grounding check inside the LLM validation loop, the response model's leniency, chunking."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from briefing.engines.chunking import split_text
from briefing.engines.llm_schema import FactsResponse, GroundingState, unsupported_by_quote
from briefing.models import PartialDate

QUOTE = (
    "Il segretario generale della NATO Mark Rutte ha incontrato oggi il presidente eletto "
    "degli Stati Uniti Donald Trump in Florida."
)
ARTICLE = (
    "date 2024-11 AgenPress – " + QUOTE + "\n\n"
    "A febbraio, Trump ha affermato che la Russia poteva fare “tutto quello che voleva” ai paesi "
    "che non rispettavano il criterio del 2% di spesa per la difesa.\n"
)


@pytest.mark.parametrize(
    "statement",
    [
        "NATO Secretary General Mark Rutte met US President-elect Donald Trump in Florida.",
        "Rutte met Trump in Florida.",
        "Il segretario generale della NATO Mark Rutte ha incontrato Donald Trump.",
    ],
)
def test_a_faithful_statement_passes_even_across_languages(statement: str) -> None:
    assert unsupported_by_quote(statement, QUOTE, ARTICLE) == []


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("Rutte met Trump in Florida with 300 officials.", "numbers not in the quote: 300"),
        ("Rutte met Trump in Florida in November.", "dates not in the quote: November"),
        ("Rutte met Macron in Florida.", "names not in the quote: Macron"),
        ("Rutte met Trump in Ukraine.", "names not in the quote: Ukraine"),
        ("The EU welcomed the meeting of Rutte and Trump.", "names not in the quote: EU"),
        ("Russia said Rutte met Trump.", "names not in the quote: Russia"),  # a name of the article
    ],
)
def test_a_statement_that_adds_numbers_dates_or_names_is_unsupported(statement: str, problem: str) -> None:
    assert problem in unsupported_by_quote(statement, QUOTE, ARTICLE)


def test_a_capitalised_word_starting_a_sentence_is_a_name_only_if_the_article_has_it_as_one() -> None:
    assert unsupported_by_quote("Talks took place in Florida.", QUOTE, ARTICLE) == []


def test_numbers_and_months_agree_across_separators_and_languages() -> None:
    quote = "La spesa salirà al 3,5% del PIL entro il 05 marzo 2026."
    assert unsupported_by_quote("Spending will rise to 3.5% of GDP by 5 March 2026.", quote) == []
    assert unsupported_by_quote("Spending will rise by 2026-03.", "Entro il 2026-03 la spesa salirà.") == []


def _state(reasks: int = 1) -> GroundingState:
    return GroundingState(
        source="a.txt",
        text=ARTICLE,
        published=PartialDate.parse("2024-11"),
        language="en",
        reasks_left=reasks,
    )


def _validate(state: GroundingState, facts: list[dict[str, object]]) -> FactsResponse:
    return FactsResponse.model_validate_json(json.dumps({"facts": facts}), context={"grounding": state})


def test_an_invented_quote_is_a_validation_error_naming_the_fact_while_reasks_are_left() -> None:
    state = _state(reasks=1)
    invented: dict[str, object] = {
        "statement": "Rutte resigned last night.",
        "quote": "Rutte si è dimesso ieri sera a sorpresa.",
    }
    good: dict[str, object] = {"statement": "Rutte met Trump in Florida.", "quote": QUOTE}
    with pytest.raises(ValidationError) as raised:
        _validate(state, [good, invented])
    message = str(raised.value)
    assert "facts[1] (Rutte resigned last night.)" in message
    assert "quote not found in the article" in message
    assert "facts[0]" not in message
    assert [fact.statement for fact in state.kept] == ["Rutte met Trump in Florida."]


def test_once_reasks_are_spent_failing_facts_are_dropped_one_by_one_with_a_reason() -> None:
    state = _state(reasks=0)
    _validate(
        state,
        [
            {"statement": "Rutte met Trump in Florida.", "quote": QUOTE},
            {"statement": "Rutte resigned last night.", "quote": "Rutte si è dimesso ieri sera a sorpresa."},
            {"statement": "Rutte met Trump with 300 officials.", "quote": QUOTE},
        ],
    )
    assert len(state.kept) == 1
    assert [d.reason for d in state.dropped()] == [
        "quote not found in the article",
        "numbers not in the quote",
    ]


def test_evidence_is_cut_from_the_article_never_taken_from_the_model() -> None:
    state = _state()
    sloppy = QUOTE.replace("’", "'").upper()  # case and apostrophes differ: the normalised alignment
    _validate(state, [{"statement": "Rutte met Trump in Florida.", "quote": sloppy, "start": 0, "end": 5}])
    evidence = state.kept[0].evidence[0]
    assert ARTICLE[evidence.start : evidence.end] == evidence.quote
    assert evidence.quote == QUOTE
    assert evidence.alignment == "normalized"


def test_chunk_offsets_map_back_to_the_whole_article() -> None:
    chunk_start = ARTICLE.index("A febbraio")
    state = GroundingState(
        source="a.txt", text=ARTICLE[chunk_start:], offset=chunk_start, article_text=ARTICLE
    )
    quote = "Trump ha affermato che la Russia poteva fare “tutto quello che voleva”"
    _validate(state, [{"statement": "Trump said Russia could do whatever it wanted.", "quote": quote}])
    evidence = state.kept[0].evidence[0]
    assert ARTICLE[evidence.start : evidence.end] == quote


def test_when_is_kept_when_plausible_and_the_publication_date_stands_in_otherwise() -> None:
    state = _state(reasks=0)
    quote_2 = "A febbraio, Trump ha affermato che la Russia poteva fare “tutto quello che voleva”"
    _validate(
        state,
        [
            {"statement": "Rutte met Trump in Florida.", "quote": QUOTE, "when": "1999-01"},
            {
                "statement": "Trump said Russia could do whatever it wanted.",
                "quote": quote_2,
                "when": "2024-02",
            },
        ],
    )
    first, second = state.kept
    assert (first.when, first.when_basis) == (PartialDate.parse("2024-11"), "publication")
    assert (second.when, second.when_basis) == (PartialDate.parse("2024-02"), "relative")


def test_the_response_model_takes_what_models_commonly_write() -> None:
    parsed = FactsResponse.model_validate(
        {
            "facts": [
                {
                    "statement": "s",
                    "quote": "q",
                    "kind": "Meeting",
                    "when": "unknown",
                    "actors": [{"name": "Mark Rutte"}, "Donald Trump"],
                    "figures": "2%",
                }
            ]
        }
    )
    fact = parsed.facts[0]
    assert (fact.kind, fact.when, fact.actors, fact.figures) == (
        "statement",
        None,
        ["Mark Rutte", "Donald Trump"],
        ["2%"],
    )


def test_the_schema_sent_to_the_model_is_lean() -> None:
    schema = json.dumps(FactsResponse.model_json_schema(), separators=(",", ":"))
    assert len(schema) < 1600  # about 400 tokens at most; it is sent with every request


def test_a_short_text_is_one_chunk() -> None:
    assert [(c.start, c.text) for c in split_text("short text", max_chars=1000)] == [(0, "short text")]


def test_chunks_end_on_paragraph_breaks_and_overlap() -> None:
    paragraphs = [f"Paragraph {i} " + "parola " * 40 for i in range(30)]
    text = "\n\n".join(paragraphs)
    chunks = split_text(text, max_chars=1200, overlap=300)
    assert len(chunks) > 1
    for chunk, following in itertools.pairwise(chunks):
        assert len(chunk.text) <= 1200
        assert text[chunk.start : chunk.end] == chunk.text
        assert chunk.text.endswith("\n\n")  # a paragraph boundary
        assert following.start < chunk.end  # overlap
        assert following.start > chunk.start  # progress
    assert chunks[-1].end == len(text)


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab .\n"), min_size=0, max_size=3000),
    max_chars=st.integers(min_value=200, max_value=900),
    overlap=st.integers(min_value=0, max_value=400),
)
def test_chunks_cover_the_text_and_stay_within_size(text: str, max_chars: int, overlap: int) -> None:
    chunks = split_text(text, max_chars=max_chars, overlap=overlap)
    assert chunks[0].start == 0
    assert chunks[-1].end == len(text)
    for chunk, following in itertools.pairwise(chunks):
        assert len(chunk.text) <= max_chars
        assert chunk.start < following.start <= chunk.end  # no gap, always progress
        assert text[chunk.start : chunk.end] == chunk.text


def test_facts_seen_in_two_overlapping_chunks_are_kept_once() -> None:
    from briefing.engines.llm_extract import assemble

    middle = ARTICLE.index("A febbraio")
    first = GroundingState(source="a.txt", text=ARTICLE, article_text=ARTICLE)
    second = GroundingState(
        source="a.txt", text=ARTICLE[middle - 20 :], offset=middle - 20, article_text=ARTICLE
    )
    quote = "Trump ha affermato che la Russia poteva fare “tutto quello che voleva”"
    _validate(first, [{"statement": "Rutte met Trump in Florida.", "quote": QUOTE}])
    _validate(first, [{"statement": "Trump said Russia could do whatever it wanted.", "quote": quote}])
    _validate(second, [{"statement": "Trump said that Russia could do whatever it wanted.", "quote": quote}])
    facts, dropped = assemble([first, second])
    assert [fact.statement for fact in facts] == [
        "Rutte met Trump in Florida.",
        "Trump said Russia could do whatever it wanted.",
    ]
    assert [fact.salience for fact in facts] == [1.0, 0.5]
    assert dropped == []


def test_a_quote_with_a_word_changed_is_refused_even_though_it_is_close() -> None:
    state = _state(reasks=0)
    altered = QUOTE.replace("ha incontrato", "non ha incontrato")
    _validate(state, [{"statement": "Rutte did not meet Trump in Florida.", "quote": altered}])
    assert state.kept == []
    assert [d.reason for d in state.dropped()] == ["quote not verbatim in the article"]
