"""Composition's per-article work, done ahead: while the other articles are still being extracted.

A build composes once every article is extracted, on one core: with `--jobs` the worker
processes are done by then, and that step alone sets how much faster the build gets. Part of
composing depends on one article, or one statement, and nothing else:

- the names an article mentions (`storylines.names_in`: storylines are split by them);
- the words of its text and of its storyline document, as the TF-IDF vectorizers count them
  (`storylines.word_counts`: storylines and the folder's topic);
- what each of its statements says for titles (`titles.what_it_says`);
- each statement's merge key and content words (`merge.statement_key`, `merge.content_words`).

Those are pure functions of a string, each cached where it is defined (`functools.lru_cache`,
bounded). `read_ahead` calls them for one article as soon as its facts are known
(`pipeline.extract(on_extracted=…)`); composing then finds them done and gets the very same
values (computed by the same functions). `forget` empties the caches once a build is written.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing import merge
from briefing.compose import storylines, titles
from briefing.models import Article, Fact

_CACHES = (
    storylines.names_in,
    storylines.word_counts,
    titles.what_it_says,
    merge.statement_key,
    merge.content_words,
)


def read_ahead(article: Article, facts: Sequence[Fact]) -> None:
    """Do the per-article part of composing `article`, whose extraction kept `facts`."""
    storylines.names_in(article.text)
    storylines.word_counts(article.text)
    storylines.word_counts(storylines.document(article))
    for fact in facts:
        titles.what_it_says(fact.statement)
        merge.content_words(merge.statement_key(fact.statement))


def forget() -> None:
    """Empty the caches `read_ahead` fills (a build is written: its articles are done with)."""
    for cached in _CACHES:
        cached.cache_clear()
