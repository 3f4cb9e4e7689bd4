"""Composition's per-article work, done ahead: while the other articles are still being extracted.

A build composes once every article is extracted, on one core: with `--jobs` the worker
processes are done by then, and that step alone sets how much faster the build gets. Part of
composing depends on one article, or one statement, and nothing else:

- the lines its page sets apart from the article (`furniture.page_furniture`: with `--jobs`, as
  the worker that cut its sentences read them, `workers.Done.furniture`), and the names its
  own text mentions (`storylines.names_in`: storylines are split by them; an article whose lines
  recur in other files, site furniture, is read again without them when composing);
- the words of its text and of its storyline document (its own text), as the TF-IDF vectorizers
  count them (`storylines.word_counts`, `storylines.document_counts`: the folder's topic and storylines);
- its lines long enough to be site furniture (`furniture.long_lines`);
- its headline, folded (`titles.folded_headline`: titles look for names in it);
- what each of its statements that opens a group of the same statement (`merge.merge_ahead`)
  says for titles (`titles.what_it_says`), the names it writes (`titles.names_written`), the words
  it writes in lower case (`titles.lower_case_words`), its clauses' words folded
  (`titles.folded_clauses`: the phrase a headline shares), its words (`storylines.word_counts`)
  and, where it holds figures, its date phrases (`figures.dates_in`: each number's date):
  composing reads a group's statement, its first fact's (a later fact never opens an earlier
  group), and nothing else of the facts merged into it;
- each quote's words as a reprint of it would have them (`timeline.reprint_key`);
- each statement's merge key and content words (`merge.statement_key`, `merge.content_words`);
- whether a statement the offline engine took from its source reads alone
  (`candidates.alone_or_why`, `candidates.opens_on_its_subject_in`,
  `candidates.unresolved_demonstrative_in`), for each fact that opens a group
  of the same statement (`merge.merge_ahead`): with the people its article named in full, as far
  as the facts so far tell (`candidates.People`; a person named by more sources later is known by
  surname, and such a statement is graded again when composing), and whether the print shows its
  speaker (`keypoints.printed_with_speaker`, `keypoints.spoken_text`, which every section asks again).

Those are pure functions of their arguments, each cached where it is defined (`functools.lru_cache`,
bounded). `read_ahead` calls them for one article as soon as its facts are known, the articles in
their order (`pipeline.extract(on_extracted=…)`); composing then finds them done and gets the very
same values (computed by the same functions).

Merging the facts depends on the facts before each one only, so it is done ahead too
(`merge.merge_ahead`): `merge_facts` goes on from there when its facts begin with those (the same
objects, in the same order: a build's whole window), and starts afresh otherwise.

`forget` empties the caches and the merging once a build is written.
"""

from __future__ import annotations

from briefing import merge
from briefing.compose import candidates, figures, furniture, keypoints, storylines, timeline, titles
from briefing.models import Article, Fact
from briefing.rules.sentences import forget_furniture

_CACHES = (
    furniture.long_lines,
    furniture.page_furniture,
    storylines.names_in,
    storylines.word_counts,
    storylines.document_counts,
    titles.what_it_says,
    titles.lower_case_words,
    titles.names_written,
    titles.folded_headline,
    titles.folded_clauses,
    figures.dates_in,
    timeline.reprint_key,
    merge.statement_key,
    merge.content_words,
    candidates.alone_or_why,
    candidates.opens_on_its_subject_in,
    candidates.unresolved_demonstrative_in,
    keypoints.printed_with_speaker,
    keypoints.spoken_text,
)
_people = candidates.People()  # the people named so far, for `grade_ahead`


def read_ahead(article: Article, facts: list[Fact], graded: bool = False) -> None:
    """Do the per-article part of composing `article`, whose extraction kept `facts` (the
    articles one after another, in their order); `graded` when the facts' statements must read
    alone to be printed (the offline engine's: `candidates.prepare(stand_alone=True)`)."""
    own = furniture.own_text(article.text)
    storylines.names_in(own)
    storylines.word_counts(article.text)
    storylines.document_counts(storylines.headline(article), own)
    furniture.long_lines(article.text)
    if told := storylines.headline_read(article):
        titles.folded_headline(told)
    leading = merge.merge_ahead(facts)
    for fact in leading:  # a statement is read for what its group's first fact says
        titles.what_it_says(fact.statement, fact.language)
        titles.lower_case_words(fact.statement)
        titles.names_written(fact.statement)
        titles.folded_clauses(fact.statement)
        storylines.word_counts(fact.statement)
        if fact.figures:
            figures.dates_in(fact.statement, article.published, fact.language)
    for fact in facts:  # (every quote of a group is its statement's)
        for evidence in fact.evidence:
            timeline.reprint_key(evidence.quote)
    if graded:
        _people.add(facts)
        candidates.grade_ahead(leading, article, _people)
        for fact in leading:  # (the body asks it of a statement deeper than its article's lead)
            candidates.unresolved_demonstrative_in(fact.statement)


def forget() -> None:
    """Empty the caches `read_ahead` fills, and its merging (a build is written: its articles
    are done with)."""
    global _people
    for cached in _CACHES:
        cached.cache_clear()
    forget_furniture()
    merge.forget_ahead()
    _people = candidates.People()
