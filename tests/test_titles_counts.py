"""Titles count what a storyline's statements say over all of them at once (`titles._counted`):
the same counts, in the same order, as adding up each statement's count one after another."""

from __future__ import annotations

from collections import Counter

from briefing.compose.titles import _AFTER_ARTICLE, _PHRASES, _USES, _counted, what_it_says

STATEMENTS = [
    ("Il governo approva la riforma della sanità pubblica dopo il voto della Camera", "it"),
    ("La riforma della sanità divide la maggioranza: il voto slitta a martedì", "it"),
    ("The strike at the port authority closed the port for a second day", "en"),
    ("Dockworkers said the strike would go on until the port authority answers", "en"),
    ("Nessuna parola qui", None),
]


def test_counting_all_statements_at_once_gives_the_counts_one_by_one_gives_in_their_order() -> None:
    said = [what_it_says(statement, language) for statement, language in STATEMENTS]
    for part in (_USES, _AFTER_ARTICLE, _PHRASES):
        one_by_one: Counter[str] = Counter()
        for each in said:
            one_by_one.update(part(each))
        by_article: Counter[str] = Counter()
        for article in (said[:2], said[2:]):  # each article's count, then their total
            article_count: Counter[str] = Counter()
            for each in article:
                article_count.update(part(each))
            by_article.update(article_count)
        at_once = _counted(said, part)
        assert list(at_once.items()) == list(one_by_one.items()) == list(by_article.items())
    assert _counted(said, _USES)["riforma"] == 2 and _counted(said, _USES)["strike"] == 2
