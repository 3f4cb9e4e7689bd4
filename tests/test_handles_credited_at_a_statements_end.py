"""A statement does not end on a social-media handle that only credits it, nor is one (issue 15,
session 21: a strict reader found `… (via @SomeHandle)` and a quoted post's sign-off in held-out
briefings). A trailing credit (`via @x`, `(via @x)`, a handle after the sentence's last stop, a
post's sign-off with no date, `— Name (@x)`) is cut off the sentence where that leaves it whole; a
sentence that is nothing but handles and credits is left out. A handle the sentence speaks to or of
(`… più forte grazie a @POTUS.`, `…, grazie, @POTUS`) is its own words and stays."""

from __future__ import annotations

from briefing.rules.sentences import split_article

HEAD = (
    "Proteste al Cairo: la piazza si svuota\n\n"
    "Migliaia di manifestanti hanno lasciato piazza Tahrir nella notte dopo l'annuncio del governo.\n"
)
TAIL = "\nIl governo egiziano ha annunciato nuove elezioni per settembre, secondo la televisione di Stato.\n"
SAID = "La piazza è tranquilla stasera e la gente torna a casa dopo giorni di scontri"


def _sentences(middle: str, language: str = "it") -> list[str]:
    split = split_article(HEAD + middle + TAIL, language)
    return [s.text for s in split.sentences if s.role in ("body", "tweet")]


def _the_one_said(sentences: list[str]) -> str:
    [said] = [sentence for sentence in sentences if "tranquilla" in sentence or "is calm" in sentence]
    return said


def test_a_credit_in_parentheses_is_cut_off() -> None:
    assert _the_one_said(_sentences(SAID + " (via @Sandmonkey)\n")) == SAID


def test_a_credit_after_the_last_stop_is_cut_off() -> None:
    assert _the_one_said(_sentences(SAID + ". via @Sandmonkey @Zeinobia\n")) == SAID + "."


def test_a_handle_after_the_last_stop_is_cut_off() -> None:
    assert _the_one_said(_sentences(SAID + ". @Sandmonkey\n")) == SAID + "."


def test_a_posts_sign_off_with_no_day_run_into_its_words_is_cut_off() -> None:
    said = _the_one_said(_sentences(SAID + ". — Mahmoud Salem (@Sandmonkey)\n"))
    assert said == SAID + "."


def test_a_posts_sign_off_with_no_dash_is_no_sentence() -> None:
    sentences = _sentences(SAID + ". Mahmoud Salem (@Sandmonkey) 3 febbraio 2011\n")
    assert _the_one_said(sentences) == SAID + "."
    assert not any("Sandmonkey" in sentence for sentence in sentences)


def test_a_posts_sign_off_after_its_picture_link_is_cut_off_with_the_link() -> None:
    middle = SAID + " pic.twitter.com/abc123 — Mahmoud Salem (@Sandmonkey) 3 febbraio 2011\n"
    assert _the_one_said(_sentences(middle)) == SAID


def test_a_line_of_handles_and_credits_is_no_sentence() -> None:
    sentences = _sentences(SAID + ".\nFoto di @Sandmonkey, @Zeinobia, @3arabawy e @monasosh\n")
    assert not any("@" in sentence for sentence in sentences)


def test_a_handle_the_sentence_speaks_of_stays() -> None:
    middle = "Il senatore Mark Pike ha scritto che la Nato è più forte grazie a @POTUS.\n"
    sentences = _sentences(middle)
    assert any(sentence.endswith("grazie a @POTUS.") for sentence in sentences)


def test_a_handle_after_a_comma_stays() -> None:
    middle = "Il senatore Mark Pike ha scritto che la Nato è più forte, grazie, @POTUS\n\n"
    sentences = _sentences(middle)
    assert any(sentence.endswith("grazie, @POTUS") for sentence in sentences)
