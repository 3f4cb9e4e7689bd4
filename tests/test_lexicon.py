"""`Lowercase`: the rules' patterns, matched on a lower-cased copy of the text with the text's own
offsets; a whole-text question asked again about a recent text gets the answer it got before."""

from __future__ import annotations

import re

from briefing.rules.lexicon import Lowercase

SENTENCE = "Il Ministro ha detto che il Consiglio si riunirà domani; il ministro ha poi taciuto."


def spans(matches: object) -> list[tuple[int, int]]:
    return [m.span() for m in matches]  # type: ignore[attr-defined]


def test_answers_are_those_of_the_pattern_on_the_lower_cased_text() -> None:
    pattern = Lowercase(r"\bministro\b|\bha\b")
    plain = re.compile(r"\bministro\b|\bha\b")
    lowered = SENTENCE.lower()
    for _ in range(2):  # asked afresh, then again
        assert pattern.search(SENTENCE).span() == plain.search(lowered).span()  # type: ignore[union-attr]
        assert pattern.match(SENTENCE) is None and pattern.match(SENTENCE[3:]) is not None
        assert spans(pattern.finditer(SENTENCE)) == spans(plain.finditer(lowered))
        # part of the text: `endpos` cuts the text short, as `re` does
        assert spans(pattern.finditer(SENTENCE, 10, 15)) == spans(plain.finditer(lowered, 10, 15))
        assert pattern.search(SENTENCE, 20).span() == plain.search(lowered, 20).span()  # type: ignore[union-attr]


def test_a_question_asked_again_about_a_recent_text_is_not_searched_again() -> None:
    pattern = Lowercase(r"\bministro\b")
    first = pattern.search(SENTENCE)
    assert first is not None and pattern.search(SENTENCE) is first
    assert list(pattern.finditer(SENTENCE))[1] is list(pattern.finditer(SENTENCE))[1]
    for number in range(Lowercase.RECENT):  # other sentences push it out
        pattern.search(f"Frase numero {number}.")
    again = pattern.search(SENTENCE)
    assert again is not first and again is not None and again.span() == first.span()
