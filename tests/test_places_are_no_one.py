"""A name of two capitalised words is a person's only where it looks like one: a place's or a
body's word at its start or end (`Porto Scuro`, `Fort Bragg`, `Trade Center`, `Rapid Response`)
makes it no one, and no one who speaks."""

from __future__ import annotations

from pathlib import Path

from briefing.engines.extractive import ExtractiveEngine
from briefing.ingest import SourceFile, read_article
from briefing.models import Fact
from briefing.rules.actors import ActorIndex


def _facts(tmp_path: Path, text: str, language: str) -> list[Fact]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(SourceFile(str(path), path), with_language=False)
    return ExtractiveEngine().extract(article.model_copy(update={"language": language})).facts


def _speaker(facts: list[Fact], words: str) -> str | None:
    return next(f.speaker for f in facts if words in f.statement)


def test_an_italian_town_is_no_person_and_speaks_for_no_one(tmp_path: Path) -> None:
    text = (
        "date 2026-01-23\n"
        "Il porto riapre dopo la tempesta\n\n"
        "«Le barche sono ancora ferme», ha spiegato Marco Ferri, il capitano del porto.\n\n"
        "Porto Scuro ha chiesto aiuto alla Regione per riparare il molo.\n\n"
        "La festa richiama migliaia di persone da Villa Rosa e da Monte Alto.\n"
    )
    people = set(ActorIndex.build(text).people)
    assert "Marco Ferri" in people
    assert not people & {"Porto Scuro", "Villa Rosa", "Monte Alto"}, people
    facts = _facts(tmp_path, text, "it")
    assert _speaker(facts, "Porto Scuro ha chiesto") is None


def test_an_english_place_or_account_is_no_person_and_speaks_for_no_one(tmp_path: Path) -> None:
    text = (
        "date 2026-01-23\n"
        "Memorial Reopens After Repairs\n\n"
        "Harold Pike said the memorial would reopen on Friday.\n\n"
        "Officials at Fort Bragg and the World Trade Center welcomed the decision on Thursday.\n\n"
        "Rapid Response said the clip of the ceremony was authentic.\n\n"
        "Norland Petroleum said it would pay for the repairs.\n"
    )
    people = set(ActorIndex.build(text).people)
    assert "Harold Pike" in people
    assert not people & {"Fort Bragg", "Trade Center", "Rapid Response", "Norland Petroleum"}, people
    facts = _facts(tmp_path, text, "en")
    assert _speaker(facts, "Harold Pike said") == "Harold Pike"
    assert _speaker(facts, "Rapid Response said") is None


def test_what_happened_at_a_named_place_is_an_event_though_no_one_acts(tmp_path: Path) -> None:
    # a place is no actor, but a sentence that names one tells of it: not mere context
    text = (
        "date 2026-01-23\n"
        "Il porto riapre dopo la tempesta\n\n"
        "La grande bandiera collocata alla base del faro di Porto Scuro è stata già srotolata.\n"
    )
    fact = next(f for f in _facts(tmp_path, text, "it") if "bandiera" in f.statement)
    assert fact.kind == "event"
    assert fact.speaker is None and not fact.actors


def test_a_short_quotation_under_its_speaker_s_title_is_no_headline(tmp_path: Path) -> None:
    # a line with lower-case words a Title Case headline would capitalise (`beginning`, `region`) is
    # a sentence, whose capitals name its speaker
    text = (
        "date 2026-01-23\n"
        "Leaders Welcome the Charter\n\n"
        "The charter was signed in Davos on Thursday by the founding members.\n\n"
        "Executive Director Lena Marsh: “This is a new beginning for the region.”\n"
    )
    assert "Lena Marsh" in ActorIndex.build(text).people
    assert _speaker(_facts(tmp_path, text, "en"), "new beginning") == "Lena Marsh"
