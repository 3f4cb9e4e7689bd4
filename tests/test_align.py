"""Alignment: a quote is placed by its text, exactly, then normalised, then fuzzily, or not at all."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.align import align, evidence_for, line_of

TEXT = (
    "Rutte ha ribadito che la Nato non accetterà alcuna intimidazione. "
    "“La Nato è e rimane un’alleanza difensiva”, ha detto.\r\nSecondo paragrafo."
)


def test_exact_quote_is_found_at_its_offsets() -> None:
    span = align(TEXT, "la Nato non accetterà alcuna intimidazione")
    assert span is not None and span.alignment == "exact"
    assert TEXT[span.start : span.end] == "la Nato non accetterà alcuna intimidazione"


def test_straight_quotes_and_apostrophes_align_to_the_curly_source() -> None:
    evidence = evidence_for("a.txt", TEXT, '"La Nato è e rimane un\'alleanza difensiva"')
    assert evidence is not None and evidence.alignment == "normalized"
    assert evidence.quote == "“La Nato è e rimane un’alleanza difensiva”"
    assert TEXT[evidence.start : evidence.end] == evidence.quote


def test_white_space_differences_are_normalised_across_crlf() -> None:
    evidence = evidence_for("a.txt", TEXT, "ha detto. Secondo paragrafo")
    assert evidence is not None
    assert evidence.quote == "ha detto.\r\nSecondo paragrafo"


def test_a_slightly_misquoted_sentence_aligns_fuzzily_to_the_real_words() -> None:
    evidence = evidence_for(
        "a.txt", TEXT, "Rutte ha ribadito che la NATO non accettera nessuna intimidazione"
    )
    assert evidence is not None and evidence.alignment == "fuzzy"
    assert TEXT[evidence.start : evidence.end] == evidence.quote
    assert "intimidazione" in evidence.quote


def test_an_invented_quote_is_rejected() -> None:
    assert align(TEXT, "Trump ha annunciato il ritiro immediato degli Stati Uniti dalla NATO") is None
    assert align(TEXT, "") is None
    assert align(TEXT, "pace") is None  # too short to place fuzzily, and absent


def test_line_numbers_count_crlf_once() -> None:
    assert line_of(TEXT, TEXT.index("Secondo")) == 2
    assert line_of("a\rb\nc", 4) == 3


@settings(max_examples=300, deadline=None)
@given(text=st.text(min_size=1, max_size=400), data=st.data())
def test_a_quote_cut_from_a_text_is_always_found_and_verifies(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    evidence = evidence_for("x.txt", text, quote)
    if quote.strip():
        assert evidence is not None
        assert text[evidence.start : evidence.end] == evidence.quote
        assert evidence.alignment == "exact"
        assert evidence.quote == quote.strip()
        # found once, counting overlapping copies too (`000` stands twice in `0000`)
        if sum(text.startswith(evidence.quote, i) for i in range(len(text))) == 1:
            lead = len(quote) - len(quote.lstrip())
            assert (evidence.start, evidence.end) == (start + lead, start + lead + len(evidence.quote))
