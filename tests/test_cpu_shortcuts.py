"""Shortcuts taken for CPU time only (issue 13): each gives the answer the plain way gave, and
does without the work the plain way repeated (a pattern compiled per word, a sentence lower-cased
once per pattern, a chronicle read whole for each of its sentences)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.compose import statement_text
from briefing.engines.extractive import _chronicle_day
from briefing.models import PartialDate
from briefing.rules import lexicon, lines, sentences
from briefing.rules.lexicon import Lowercase
from briefing.rules.lines import WORD, in_capitals
from briefing.rules.sentences import split_article


def _inside_a_sentence_by_pattern(word: str, text: str) -> bool:
    """How `statement_text.inside_a_sentence` read a text before: a pattern made of the word."""
    return re.search(r"(?:[a-zà-ÿ,;][^\S\n]+)" + re.escape(word) + r"(?![\w'’])", text) is not None


ARTICLE = (
    "Rossi apre il consiglio.\n"
    "Il sindaco Rossi ha parlato; poi, Rossi’s team e l'ex ministro Bianchi. Rossiano no.\n"
    "la nota di\nBianchi arriva a capo, e Verdi\tparla; ma Neri_1 e Neri' no.\n"
    "Secondo Gialli, à\u00a0Blu; ÷ Viola; Z Nero; é Rosa."
)


@pytest.mark.parametrize(
    "word",
    ["Rossi", "Bianchi", "Verdi", "Neri", "Gialli", "Blu", "Viola", "Nero", "Rosa", "Il", "Secondo", "I", ""],
)
def test_a_word_inside_a_sentence_is_found_as_the_pattern_found_it(word: str) -> None:
    assert statement_text.inside_a_sentence(word, ARTICLE) == _inside_a_sentence_by_pattern(word, ARTICLE)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="azàÿ÷AÉé,;. \t\n\u00a0'’_1IlRosi", max_size=30),
    st.sampled_from(["Il", "Rossi", "a", "I", "l'", "é", "Il Rossi"]),
)
def test_inside_a_sentence_agrees_with_the_pattern_on_any_text(text: str, word: str) -> None:
    assert statement_text.inside_a_sentence(word, text) == _inside_a_sentence_by_pattern(word, text)


def test_whether_a_word_is_inside_a_sentence_is_read_without_compiling_a_pattern(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_pattern(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pattern was made for one word")

    for name in ("compile", "search", "match", "finditer", "findall"):
        monkeypatch.setattr(re, name, no_pattern)
    assert statement_text.inside_a_sentence("Rossi", ARTICLE)
    assert not statement_text.inside_a_sentence("Secondo", ARTICLE)


def test_a_sentence_asked_of_several_patterns_in_a_row_is_lower_cased_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    plain_lower = lexicon.lower

    def counted(text: str) -> str:
        calls.append(text)
        return plain_lower(text)

    monkeypatch.setattr(lexicon, "lower", counted)
    monkeypatch.setattr(lexicon, "_last_lowered", ("", ""))
    sentence = "Il Ministro ha detto che il Consiglio si riunirà Domani, ha aggiunto."
    patterns = [Lowercase(r"\bministro\b"), Lowercase(r"\bconsiglio\b"), Lowercase(r"\bdomani\b")]
    found = [pattern.search(sentence) for pattern in patterns]
    assert [m.span() if m else None for m in found] == [(3, 11), (28, 37), (49, 55)]
    assert patterns[0].search(sentence, 12) is None  # part of the text: the same copy
    assert calls == [sentence]
    patterns[0].search("Il ministro tace.")  # another sentence: lower-cased afresh
    assert len(calls) == 2


class _CountedEntries:
    """A chronicle's entries that count how many of them are read."""

    def __init__(self, entries: list[tuple[int, int, PartialDate]]) -> None:
        self.entries, self.read = entries, 0

    def __len__(self) -> int:
        return len(self.entries)

    def __getitem__(self, index: int) -> tuple[int, int, PartialDate]:
        self.read += 1
        return self.entries[index]

    def __iter__(self) -> Iterator[tuple[int, int, PartialDate]]:
        for entry in self.entries:
            self.read += 1
            yield entry


def test_a_sentence_of_a_long_chronicle_finds_its_day_without_reading_every_entry() -> None:
    # 720 lines of 40 characters: five with a day each, then one with none (600 entries)
    entries = [
        (40 * line, 40 * line + 40, PartialDate(year=2020, month=1 + line % 12, day=1 + line % 28))
        for line in range(0, 720)
        if line % 6 != 5
    ]
    counted = _CountedEntries(entries)
    assert _chronicle_day(counted, 40 * 700 + 3) == PartialDate(year=2020, month=5, day=1)  # type: ignore[arg-type]
    assert counted.read <= 12  # log2(600) + 2
    assert _chronicle_day(entries, 40 * 5 + 1) is None  # a line with no day
    assert _chronicle_day(entries, 40 * 720) is None  # after the chronicle
    assert _chronicle_day(entries, 0) == PartialDate(year=2020, month=1, day=1)
    assert _chronicle_day(entries, 39) == PartialDate(year=2020, month=1, day=1)
    assert _chronicle_day(entries, 40) == PartialDate(year=2020, month=2, day=2)
    assert _chronicle_day([], 10) is None


def _in_capitals_as_before(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters)


@pytest.mark.parametrize(
    "line",
    [
        "ULTIME NOTIZIE DA ROMA",
        "ULTIME notizie",
        "ULTIMENOTIZIE",
        "AB CD",
        "ABC DEF",
        "ABC DEF 2024 – ÀÉÌ",
        "ABC DEFǅ",  # a title-case letter
        "ABC DEF ª",  # a letter with no case
        "ABC DEF ⓐ",  # lower case, not a letter
        "",
    ],
)
def test_a_line_in_capitals_is_told_as_before(line: str) -> None:
    assert in_capitals(line) == _in_capitals_as_before(line)


class _CountedWords:
    """`lines.WORD`, counting the words it hands out."""

    def __init__(self) -> None:
        self.read = 0

    def findall(self, text: str) -> list[str]:
        found = WORD.findall(text)
        self.read += len(found)
        return found

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for match in WORD.finditer(text):
            self.read += 1
            yield match


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("di Roberto Napoletano", 6),
        ("di Roberto Napoletano", 3),
        ("di Roberto Napoletano", 2),
        ("dell'anno e l’altro, 2024: sei.", 5),
        ("dell'anno e l’altro, 2024: sei.", 4),
        ("", 0),
        ("— · —", 0),
        ("uno", 0),
    ],
)
def test_at_most_words_counts_as_word_count_does(text: str, limit: int) -> None:
    assert lines.at_most_words(text, limit) == (lines.word_count(text) <= limit)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 '’-,\n", max_size=40), st.integers(min_value=0, max_value=8))
def test_at_most_words_agrees_with_word_count_on_any_text(text: str, limit: int) -> None:
    assert lines.at_most_words(text, limit) == (lines.word_count(text) <= limit)


def test_a_long_line_is_told_no_byline_reading_no_more_than_the_word_past_a_bylines_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = _CountedWords()
    monkeypatch.setattr(lines, "WORD", counted)
    assert lines.byline_alone("di Roberto Napoletano")
    counted.read = 0
    assert not lines.byline_alone("di Roberto Napoletano " + "e altri " * 500)
    assert counted.read <= lines.BYLINE_WORDS + 1


class _NoAddressSearch:
    """`sentences._RAW_ADDRESS` for a test: looking for an address fails it."""

    def finditer(self, *args: object) -> Iterator[re.Match[str]]:
        raise AssertionError("a paragraph with no address was searched for one")

    def sub(self, *args: object) -> str:
        raise AssertionError("a paragraph with no address was searched for one")


REPORT = "La relazione della commissione è pubblicata sul sito."
ADDRESSED = (
    "Il Consiglio si riunisce oggi a Roma per il bilancio.\n\n"
    f"{REPORT} http://www.camera.it/relazione\n\n"
    "Il ministro Rossi ha detto che il testo sarà votato domani in aula."
)


def test_a_paragraph_with_no_web_address_is_not_searched_for_one(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = [s.text for s in split_article(ADDRESSED, "it").sentences]
    assert REPORT in expected  # the address after its full stop is cut off
    monkeypatch.setattr(sentences, "_RAW_ADDRESS", _NoAddressSearch())
    text = ADDRESSED.replace(" http://www.camera.it/relazione", "")
    assert [s.text for s in split_article(text, "it").sentences] == expected
    with pytest.raises(AssertionError, match="no address"):  # the paragraph with one still is
        split_article(ADDRESSED, "it")


# How `lines.POST_MARKERS` was written before: the look-behinds first, tried at every character.
_POST_MARKERS_BEFORE = re.compile(r"pic\.twitter\.com|https?://t\.co/|(?<!\w)@\w{2,}|(?<![\w&])#[A-Za-z]\w+")


@pytest.mark.parametrize(
    "line",
    ["@ab", "x@ab", "@a", "#Ab", "&#Ab", "a#Ab", " #Ab @cd", "@@ab", "##Ab", "é@ab", "_#Ab", "#1a", "",
     "Guarda il video pic.twitter.com/abc", "via http://t.co/xyz e https://t.co/q", "scrivi a info@ansa.it"],
)  # fmt: skip
def test_a_posts_marks_are_found_where_they_were(line: str) -> None:
    before, now = _POST_MARKERS_BEFORE.search(line), lines.POST_MARKERS.search(line)
    assert (now.span() if now else None) == (before.span() if before else None)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="@#&_aZ1é .:/", max_size=30))
def test_a_posts_marks_are_found_where_they_were_in_any_text(line: str) -> None:
    before, now = _POST_MARKERS_BEFORE.search(line), lines.POST_MARKERS.search(line)
    assert (now.span() if now else None) == (before.span() if before else None)
