"""The language seam: each language is one typed object, and every rule reads its words from it."""

from __future__ import annotations

import dataclasses
import re

import pytest

from briefing import lang
from briefing.i18n import format_date
from briefing.lang import ENGLISH, ITALIAN, Language
from briefing.lang.language import unicode_fold
from briefing.models import PartialDate

LANGUAGES = list(lang.LANGUAGES.values())


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_a_language_names_every_month_and_weekday(language: Language) -> None:
    assert len(language.months) == 12
    assert len(language.month_abbreviations) == 12
    assert len(language.weekdays) == 7
    assert all(1 <= number <= 12 for number in language.month_variants.values())


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_a_language_writes_every_label_english_writes(language: Language) -> None:
    assert set(language.labels) == set(ENGLISH.labels)
    assert all(text.strip() for text in language.labels.values())


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda language: language.code)
def test_every_pattern_of_a_language_compiles_on_its_own(language: Language) -> None:
    patterns = [value for value in dataclasses.asdict(language).values() if isinstance(value, str)]
    patterns += [p for offsets in (language.relative_days, language.relative_weeks) for p in offsets.values()]
    for pattern in patterns:
        re.compile(pattern)


def test_the_languages_are_keyed_by_their_own_code() -> None:
    assert all(code == language.code for code, language in lang.LANGUAGES.items())
    assert lang.language("it") is ITALIAN
    assert lang.language("fr") is ENGLISH and lang.language(None) is ENGLISH


def test_one_folding_drops_case_and_accents_and_straightens_apostrophes() -> None:
    assert lang.fold("Perché l’UE") == "perche l'ue"
    assert lang.fold("Lunedì") == lang.fold("lunedi") == "lunedi"
    assert lang.fold("Ærø") == "ærø"  # letters that are not accented stay what they are


def test_ascii_text_folds_as_any_text_does() -> None:
    every_character = "".join(map(chr, range(128)))
    assert all(lang.fold(c) == unicode_fold(c) for c in every_character)
    for text in (every_character, "The NATO Summit's Agenda", "Tg24 DELL'ALLEANZA", "ISTANBUL\tTurkey\n", ""):
        assert lang.fold(text) == unicode_fold(text)
    assert lang.fold("MARK Rutte") == "mark rutte"  # (not the text as written)


def test_month_names_of_every_language_map_to_their_number() -> None:
    numbers = lang.month_numbers()
    assert numbers["settembre"] == numbers["sept"] == numbers["sett"] == numbers["september"] == 9
    assert numbers["mag"] == numbers["may"] == 5


def test_weekdays_are_read_with_or_without_their_accent() -> None:
    weekday = re.compile(rf"\b(?:{lang.weekday_pattern()})\b", re.IGNORECASE)
    for written in ("lunedì", "lunedi", "Lunedì", "Monday", "domenica"):
        assert weekday.fullmatch(written), written
    assert not weekday.search("lunedìa")
    assert lang.weekday_number("venerdi") == lang.weekday_number("Friday") == 4
    assert lang.weekday_number("weekend") is None


def test_dates_are_written_with_the_language_month_names() -> None:
    assert format_date(PartialDate(year=2026, month=4, day=8), "it") == "8 aprile 2026"
    assert format_date(PartialDate(year=2026, month=4), "en", short=True) == "Apr 2026"


def test_alternatives_group_each_language_and_skip_empty_fragments() -> None:
    joined = lang.alternatives(lambda language: language.participle_before)
    assert joined == f"(?:{ITALIAN.participle_before})"  # English has none
    assert lang.words(["e", "e il", "a"]) == "e\\ il|e|a"


def test_attribution_reads_its_words_from_the_languages() -> None:
    """No Italian or English word written into the speaker rules' own patterns (`rules/attribution.py`):
    the articles, prepositions, pronouns and conjunctions they need live in `lang/it.py`, `lang/en.py`."""
    import ast
    from pathlib import Path

    import briefing.rules.attribution as attribution

    tree = ast.parse(Path(attribution.__file__).read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    literals = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]
    words = set()
    for language in LANGUAGES:
        for field in ("subordinators", "coordinators", "noun_articles", "complement_prepositions",
                      "clause_breakers", "relative_openers", "subject_pronouns", "according_to"):  # fmt: skip
            words |= {w for w in getattr(language, field) if len(w) > 1}
    written = {
        token
        for literal in literals
        for token in re.findall(r"[a-zà-ÿ]+", re.sub(r"\\[a-zA-Z]", " ", literal).casefold())
    }
    assert not written & words, sorted(written & words)
