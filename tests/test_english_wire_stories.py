"""English wire stories (issue 15 on English pages): a relative clause between a speaker and the
verb does not turn the verb round, a `he said` goes on from the person the sentence before is
about, and a wire's rights notice is no statement. Pinned on a small hand-written AP-style story."""

from __future__ import annotations

from briefing.engines.extractive import ExtractiveEngine
from briefing.models import Fact
from handwritten import handwritten_article

WIRE = (
    "date 2025-10-21\n"
    "Trump says he will meet Putin in Budapest next month\n\n"
    "WASHINGTON (AP) — President Donald Trump said Tuesday that he would meet Russian President "
    "Vladimir Putin in Budapest next month, according to the White House.\n\n"
    "Kremlin spokesman Dmitry Peskov said preparations were under way.\n\n"
    "Ukrainian President Volodymyr Zelenskyy, who met Trump at the White House on Friday, said Kyiv "
    'was ready to talk. "We want peace, but not at any price," Zelenskyy said.\n\n'
    "NATO Secretary General Mark Rutte, speaking in Brussels, welcomed the plan. Twenty-three allies "
    "now meet the 2% target, he said.\n\n"
    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed.\n"
)


def _facts(text: str) -> list[Fact]:
    return ExtractiveEngine().extract(handwritten_article("wire.txt", text, language="en")).facts


def _speaker(facts: list[Fact], opening: str) -> str | None:
    (fact,) = [f for f in facts if f.statement.startswith(opening)]
    return fact.speaker


def test_a_relative_clause_after_the_speaker_does_not_make_the_name_after_the_verb_its_subject() -> None:
    # `…, who met Trump …, said Kyiv was …`: the comma closes the aside; Kyiv is what was said
    assert _speaker(_facts(WIRE), "Ukrainian President Volodymyr Zelenskyy") == "Volodymyr Zelenskyy"


def test_he_said_goes_on_from_the_person_the_sentence_before_is_about() -> None:
    # Rutte welcomed the plan (no reporting verb): `he` is Rutte, not Peskov who spoke last
    assert _speaker(_facts(WIRE), "Twenty-three allies") == "Mark Rutte"


def test_a_wire_s_rights_notice_is_no_statement() -> None:
    assert not [f for f in _facts(WIRE) if "Associated Press" in f.statement or "rights" in f.statement]
