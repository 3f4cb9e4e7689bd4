"""The words a headline phrase is made of (`titles._spans`): an elided article stands apart from
its noun, with a straight or a curly apostrophe; a clause without one is cut at its words (and
skips looking for elisions)."""

from __future__ import annotations

from briefing.compose.titles import _spans


def _words(clause: str) -> list[str]:
    return [clause[start:end] for start, end in _spans(clause)]


def test_an_elided_article_stands_apart_from_its_noun() -> None:
    assert _words("la riforma dell'Alleanza atlantica") == ["la", "riforma", "dell'", "Alleanza", "atlantica"]
    assert _words("l’UE e l’Onu") == ["l’", "UE", "e", "l’", "Onu"]


def test_an_apostrophe_that_elides_nothing_stays_in_its_word() -> None:
    # (more than four letters before it: no article; `port's` would read as one)
    assert _words("Europe's new crane, Tg24") == ["Europe's", "new", "crane", "Tg24"]
    assert _words("the dockworkers' strike") == ["the", "dockworkers'", "strike"]


def test_a_clause_without_an_apostrophe_is_cut_at_its_words() -> None:
    assert _words("pursuit of peace-keeping in Tg24") == ["pursuit", "of", "peace-keeping", "in", "Tg24"]
    assert _spans("") == []
