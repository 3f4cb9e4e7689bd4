"""`Lowercase`: the rules' patterns, matched on a lower-cased copy of the text with the text's own
offsets; a whole-text question asked again about a recent text gets the answer it got before."""

from __future__ import annotations

import re
import sys
import threading

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


def test_threads_sharing_a_pattern_get_right_answers_and_never_an_error() -> None:
    """The engine's warm-up thread and the extraction threads read with the same patterns: one
    thread may push out of the recent answers the very text another is reading the answer of."""
    pattern = Lowercase(r"\bministro\b")
    texts = [f"Il ministro numero {n} ha parlato." for n in range(Lowercase.RECENT + 3)]
    failures: list[BaseException] = []

    def ask() -> None:
        try:
            for _ in range(1_500):
                for text in texts:
                    found = pattern.search(text)
                    assert found is not None and found.span() == (3, 11)
        except BaseException as failure:  # reported by the main thread below
            failures.append(failure)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        threads = [threading.Thread(target=ask) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []
