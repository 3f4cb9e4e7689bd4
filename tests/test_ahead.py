"""Composition's per-article work done ahead, while the other articles are extracted
(`compose.ahead`): the briefing is the same, and composing does not do that work again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from briefing import merge
from briefing.build import BuildRequest, run_build
from briefing.compose import (
    ComposeOptions,
    candidates,
    compose,
    default_as_of,
    figures,
    keypoints,
    storylines,
    timeline,
    titles,
)
from briefing.compose import ahead as composing_ahead
from briefing.compose.storylines import document, folded_stopwords, word_vectorizer
from briefing.engines import EngineConfig
from briefing.engines.extractive import ExtractiveEngine
from briefing.ingest import discover, read_article
from briefing.lang import fold
from briefing.models import Article, Fact, PartialDate
from briefing.pipeline import MIN_ARTICLES_FOR_PROCESSES, RunReport, extract
from briefing.render import RENDERERS
from briefing.rules.when import DateMention
from test_jobs import many_articles


def read_all(folder: Path) -> list[Article]:
    files, _problems = discover([str(folder)])
    return [read_article(source_file, False) for source_file in files]


def briefing_json(articles: list[Article], facts: list[Fact]) -> str:
    as_of = default_as_of(articles, facts)
    rendered = RENDERERS["json"](compose(articles, facts, ComposeOptions(as_of=as_of, engine="extractive")))
    assert isinstance(rendered, str)
    return rendered


def misses(cached: Callable[..., object]) -> int:
    return cached.cache_info().misses  # type: ignore[attr-defined]


def test_composing_after_reading_ahead_writes_the_same_briefing_and_reads_no_article_again(
    workdir: Path,
) -> None:
    articles = read_all(workdir / "seeds")
    facts = extract(articles, ExtractiveEngine(), None, RunReport())
    composing_ahead.forget()
    cold = briefing_json(articles, facts)
    composing_ahead.forget()
    for article in articles:
        composing_ahead.read_ahead(article, [f for f in facts if f.evidence[0].source == article.source])
    done_ahead = (
        storylines.names_in,
        titles.what_it_says,
        titles.lower_case_words,
        titles.names_written,
        titles.folded_headline,
        timeline.reprint_key,
        merge.statement_key,
    )
    before = {f.__name__: misses(f) for f in done_ahead}
    warm = briefing_json(articles, facts)
    after = {f.__name__: misses(f) for f in done_ahead}
    assert warm == cold
    assert after == before  # every article's names, every statement's reading and key, every quote's
    # reprint key: done ahead
    assert min(before.values()) > 0
    composing_ahead.forget()
    assert misses(storylines.names_in) == 0


def test_the_vectorizers_count_the_words_scikit_learn_s_own_analyzer_would() -> None:
    """`document_words` (cached, so that it can be done ahead) stands for the analyzer that
    `TfidfVectorizer` builds from these settings: the same vocabulary, the same weights."""
    texts = [
        "Perché l’UE rinvia il voto: la Commissione e il Parlamento europeo ne discutono.",
        "The European Commission delays the vote; Parliament debates it, and the vote waits.",
        "Il voto slitta. Voto, voto, VOTO: la città più citata, Bruxelles, 2025.",
        "42 17",
    ]
    articles = [
        Article(
            source=f"a{i}.txt", text=text, sha256=str(i), encoding="utf-8", title=text[:20] if i else None
        )
        for i, text in enumerate(texts)
    ]
    documents = [*texts, *(document(article) for article in articles)]
    own = TfidfVectorizer(
        preprocessor=fold,
        sublinear_tf=True,
        token_pattern=r"(?u)\b[^\W\d_]{3,}\b",
        stop_words=sorted(folded_stopwords()),
    )
    expected, ours = own.fit_transform(documents), word_vectorizer().fit_transform(documents)
    assert list(own.get_feature_names_out()) == list(word_vectorizer().fit(documents).get_feature_names_out())
    assert {"voto", "citta", "bruxelles"} <= own.vocabulary_.keys() and "the" not in own.vocabulary_
    assert (expected.indptr == ours.indptr).all() and (expected.indices == ours.indices).all()
    assert (expected.data == ours.data).all()


def test_a_storyline_document_counts_the_words_its_whole_text_would() -> None:
    """`document_counts` adds up the counts of a document's parts (the headline twice, the text)
    instead of reading the whole: the same words, in the same order, with the same counts, and
    the same TF-IDF matrix for the storylines."""
    texts = [
        "Perché l’UE rinvia il voto: la Commissione e il Parlamento europeo ne discutono.",
        "\u0301Über die STRASSE, straße: Straße und Strasse; ΣΊΣΥΦΟΣ e σίσυφος, Ünïcode città.",
        "Voto voto. The vote, the VOTE and the vote again: Bruxelles, 2025; l'Europa e l’Europa.",
        "42 17",
        "",
    ]
    titles_of = [None, "Über die Straße ΣΊΣΥΦΟΣ", "Il voto: voto e VOTO", "Bruxelles", "Perché l’UE"]
    articles = [
        Article(source=f"a{i}.txt", text=text, sha256=str(i), encoding="utf-8", title=title)
        for i, (text, title) in enumerate(zip(texts, titles_of, strict=True))
    ]
    for article in articles:
        whole = storylines.word_counts(document(article))
        assert storylines.document_counts(storylines.headline(article), article.text) == whole
    assert any(len(storylines.word_counts(document(article))[0]) > 5 for article in articles)
    parts = [(storylines.headline(article), article.text) for article in articles]
    expected = word_vectorizer().fit_transform([document(article) for article in articles])
    ours = word_vectorizer(storylines.storyline_words).fit_transform(parts)
    assert (expected.indptr == ours.indptr).all() and (expected.indices == ours.indices).all()
    assert (expected.data == ours.data).all()


def test_extract_tells_each_article_and_its_facts_in_order_in_one_process_or_two(workdir: Path) -> None:
    folder = many_articles(workdir, MIN_ARTICLES_FOR_PROCESSES + 2)
    for jobs in (1, 2):
        articles = read_all(folder)
        heard: list[tuple[str, list[Fact]]] = []

        def hear(article: Article, facts: list[Fact], heard: list[tuple[str, list[Fact]]] = heard) -> None:
            heard.append((article.source, facts))

        facts = extract(articles, ExtractiveEngine(), None, RunReport(), jobs=jobs, on_extracted=hear)
        assert [source for source, _ in heard] == [a.source for a in articles]
        assert [f for _, told in heard for f in told] == facts


def test_facts_merged_ahead_are_not_merged_again_and_other_facts_are_merged_afresh(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = read_all(workdir / "seeds")
    facts = extract(articles, ExtractiveEngine(), None, RunReport())
    copies = [
        f.model_copy(update={"evidence": [e.model_copy(update={"source": "copy.txt"}) for e in f.evidence]})
        for f in facts
    ]
    everything = facts + copies  # every statement twice: the copies join the originals' groups
    expected = merge.merge_facts(everything)
    assert len(expected) == len(merge.merge_facts(facts))
    assert all("copy.txt" in {e.source for e in f.evidence} for f in expected)
    merged_now: list[Fact] = []
    adding = merge.Merging._add

    def counted(self: merge.Merging, fact: Fact) -> None:
        merged_now.append(fact)
        adding(self, fact)

    monkeypatch.setattr(merge.Merging, "_add", counted)
    for start in range(0, len(facts), 7):
        merge.merge_ahead(facts[start : start + 7])
    assert len(merged_now) == len(facts)
    del merged_now[:]
    assert merge.merge_facts(everything) == expected
    assert merged_now == copies  # only what came after
    del merged_now[:]
    assert merge.merge_facts(everything) == expected
    assert merged_now == everything  # the merging ahead is let go of once used
    del merged_now[:]
    assert merge.merge_facts(copies) == merge.merge_facts(list(copies))
    assert len(merged_now) == 2 * len(copies)  # not the same facts: merged afresh, both times
    composing_ahead.forget()
    assert merge.merge_facts(everything) == expected


def test_a_build_reads_ahead_while_workers_extract_and_not_in_one_process(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = many_articles(workdir, MIN_ARTICLES_FOR_PROCESSES + 4)
    read = composing_ahead.read_ahead
    heard: list[str] = []

    def reading(article: Article, facts: list[Fact], graded: bool = False) -> None:
        heard.append(article.source)
        read(article, facts, graded)

    monkeypatch.setattr(composing_ahead, "read_ahead", reading)
    written = {}
    for jobs in (1, 2):
        del heard[:]
        request = BuildRequest(
            sources=[str(corpus)],
            out=workdir / f"out{jobs}",
            formats=["json"],
            engine=EngineConfig(backend="extractive", jobs=jobs),
        )
        paths = run_build(request, lambda _line: None).written
        written[jobs] = [path.read_bytes() for path in paths]
        assert len(heard) == (0 if jobs == 1 else MIN_ARTICLES_FOR_PROCESSES + 4)
    assert written[1] == written[2]
    assert misses(storylines.names_in) == 0  # forgotten once the build is written


def facts_of(article: Article, facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if f.evidence[0].source == article.source]


Call = TypeVar("Call")


def calls_cold_ahead_after(
    folder: list[Article], facts: list[Fact], calls: list[Call]
) -> tuple[list[Call], ...]:
    """What a counted function recorded in `calls`: while a briefing is composed from nothing,
    while each article is read ahead (graded), and while the briefing is composed after that,
    which must be the same briefing."""
    composing_ahead.forget()
    cold = briefing_json(folder, facts)
    made_cold = list(calls)
    composing_ahead.forget()
    del calls[:]
    for article in folder:
        composing_ahead.read_ahead(article, facts_of(article, facts), graded=True)
    made_ahead = list(calls)
    del calls[:]
    assert briefing_json(folder, facts) == cold
    made_after = list(calls)
    del calls[:]
    return made_cold, made_ahead, made_after


def test_statements_graded_ahead_are_not_graded_again_and_the_briefing_is_the_same(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whether each statement reads alone is graded as its article comes, with the people named so
    far; composing grades only what that could not know (a person more articles named by then, a
    statement joined with the sentence before it)."""
    articles = read_all(workdir / "seeds")
    facts = extract(articles, ExtractiveEngine(), None, RunReport())
    grading = candidates.why_not_alone
    graded: list[tuple[str, str, str | None, bool, tuple[str, ...], str, str, frozenset[str]]] = []

    def counted(
        statement: str,
        before: str,
        speaker: str | None,
        shown: bool,
        introduced: tuple[str, ...],
        earlier: str,
        article: str,
        known: frozenset[str] = frozenset(),
    ) -> str | None:
        graded.append((statement, before, speaker, shown, introduced, earlier, article, known))
        return grading(statement, before, speaker, shown, introduced, earlier, article, known)

    monkeypatch.setattr(candidates, "why_not_alone", counted)
    for folder in [[article] for article in articles if article.published] + [articles]:
        folder_facts = [f for article in folder for f in facts_of(article, facts)]
        graded_cold, graded_ahead, graded_after = calls_cold_ahead_after(folder, folder_facts, graded)
        assert not set(graded_after) & set(graded_ahead)  # nothing graded twice
        if len(folder) == 1:  # everyone the article names is known when it is read
            assert len(graded_after) <= len(graded_cold) // 4
    composing_ahead.forget()
    assert candidates.alone_or_why.cache_info().currsize == 0


def test_the_people_each_source_introduced_are_the_same_told_at_once_or_article_by_article(
    workdir: Path,
) -> None:
    articles = read_all(workdir / "seeds")
    facts = extract(articles, ExtractiveEngine(), None, RunReport())
    copies = [  # a second source naming everyone: nobody is introduced by few sources any more
        f.model_copy(
            update={"evidence": [e.model_copy(update={"source": f"copy{n}.txt"}) for e in f.evidence]}
        )
        for n in range(candidates.KNOWN_BY_SURNAME)
        for f in facts
    ]
    texts = {a.source: a.text for a in articles}
    at_once = candidates._folder_people(facts).by_source(texts)
    assert any(at_once.values())
    people = candidates.People()
    for article in articles:
        people.add(facts_of(article, facts))
    assert {a.source: people.of(a.source, a.text) for a in articles} == at_once
    people.add(copies)
    everyone = candidates._folder_people(facts + copies).by_source(texts)
    assert {a.source: people.of(a.source, a.text) for a in articles} == {
        a.source: everyone[a.source] for a in articles
    }
    assert not any(people.of(a.source, a.text) for a in articles)


def test_a_statement_merged_into_an_earlier_one_is_read_ahead_as_its_group_only(workdir: Path) -> None:
    """Titles and the folder's topic read a group's statement, its first fact's: a later fact
    that says the same in other letters (here, in capitals) is merged into that group, and its
    own spelling is not read ahead for them. The briefing is the same, and composing reads
    nothing that was not read ahead."""
    articles = read_all(workdir / "seeds")
    facts = extract(articles, ExtractiveEngine(), None, RunReport())
    first = articles[0]
    shouting = first.model_copy(update={"source": "shouting.txt", "text": first.text.upper()})
    shouted = [
        f.model_copy(
            update={
                "statement": f.statement.upper(),
                "evidence": [e.model_copy(update={"source": shouting.source}) for e in f.evidence],
            }
        )
        for f in facts_of(first, facts)
    ]
    folder, folder_facts = [*articles, shouting], facts + shouted
    assert len(merge.merge_facts(folder_facts)) == len(merge.merge_facts(facts))  # each joins a group
    composing_ahead.forget()
    cold = briefing_json(folder, folder_facts)
    composing_ahead.forget()
    for article in articles:
        composing_ahead.read_ahead(article, facts_of(article, facts))
    for_titles = (titles.what_it_says, titles.names_written, titles.lower_case_words)
    read_for_titles = [misses(f) for f in for_titles]
    assert min(read_for_titles) > 0
    composing_ahead.read_ahead(shouting, shouted)
    assert [misses(f) for f in for_titles] == read_for_titles
    done_ahead = (*for_titles, timeline.reprint_key, storylines.names_in)
    before = [misses(f) for f in done_ahead]
    assert briefing_json(folder, folder_facts) == cold
    assert [misses(f) for f in done_ahead] == before
    composing_ahead.forget()


def test_whether_a_statement_holds_an_unresolved_demonstrative_is_read_ahead(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The body asks each statement deeper than its article's lead for a demonstrative it has not
    named (`alone.unresolved_demonstrative`): read ahead, with the statements' grades, so that
    composing (on one core once the workers are done) asks it of no statement read ahead."""
    articles = read_all(workdir / "seeds")
    facts = extract(articles, ExtractiveEngine(), None, RunReport())
    reading = candidates.unresolved_demonstrative
    asked: list[str] = []

    def counted(statement: str) -> str | None:
        asked.append(statement)
        return reading(statement)

    monkeypatch.setattr(candidates, "unresolved_demonstrative", counted)
    cold, ahead, after = (set(made) for made in calls_cold_ahead_after(articles, facts, asked))
    assert ahead & cold
    assert not after & ahead  # composing asks only what it could not be asked ahead:
    assert len(after) < len(cold) / 2  # statements joined to the sentence before them
    composing_ahead.forget()
    assert candidates.unresolved_demonstrative_in.cache_info().currsize == 0


def test_the_dates_of_a_statement_with_figures_are_read_ahead(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Figures date each number by the date phrases of its statement (`figures.figure_dates`):
    those phrases are found as each article comes, for every statement with figures that opens
    a group of the same statement, so that composing finds them again for none of those (and
    the briefing is the same)."""
    articles = read_all(workdir / "seeds")
    facts = extract(articles, ExtractiveEngine(), None, RunReport())
    finding = figures.find_dates
    asked: list[str] = []

    def counted(
        statement: str, published: PartialDate | None, language: str | None = None
    ) -> list[DateMention]:
        asked.append(statement)
        return finding(statement, published, language)

    monkeypatch.setattr(figures, "find_dates", counted)
    cold, ahead, after = (set(made) for made in calls_cold_ahead_after(articles, facts, asked))
    assert ahead & cold
    assert not after & ahead  # (a background story's figures are read ahead, and not asked for)
    composing_ahead.forget()
    assert figures.dates_in.cache_info().currsize == 0


def test_the_folded_clauses_of_every_statement_are_read_ahead_for_the_title(workdir: Path) -> None:
    """A storyline's title is a phrase a headline and a statement both write
    (`titles.headline_phrase`), found in each statement's clauses with their words folded: those
    are read ahead with each article, so composing folds only the headlines it reads."""
    articles = read_all(workdir / "seeds")
    facts = extract(articles, ExtractiveEngine(), None, RunReport())
    composing_ahead.forget()
    cold = briefing_json(articles, facts)
    folded_cold = misses(titles.folded_clauses)
    composing_ahead.forget()
    for article in articles:
        composing_ahead.read_ahead(article, facts_of(article, facts))
    folded_ahead = misses(titles.folded_clauses)
    assert briefing_json(articles, facts) == cold
    headlines = {told for article in articles if (told := storylines.headline_read(article))}
    assert folded_cold > len(headlines)  # composing from nothing folds the statements too
    assert misses(titles.folded_clauses) - folded_ahead <= len(headlines)
    composing_ahead.forget()
    assert titles.folded_clauses.cache_info().currsize == 0


def test_whether_the_print_shows_a_speaker_is_worked_out_once_per_statement(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every section asks of each of its candidates whether the print shows its speaker
    (`keypoints.speaker_printed`): composing works it out once per statement, speaker and
    `embedded`, writes the briefing it writes working it out at every ask, and `forget` empties
    what it remembers."""
    articles = read_all(workdir / "seeds")
    facts = extract(articles, ExtractiveEngine(), None, RunReport())
    composing_ahead.forget()
    monkeypatch.setattr(keypoints, "printed_with_speaker", keypoints.printed_with_speaker.__wrapped__)
    monkeypatch.setattr(keypoints, "spoken_text", keypoints.spoken_text.__wrapped__)
    every_time = briefing_json(articles, facts)
    monkeypatch.undo()
    worked_out: Counter[tuple[str, str]] = Counter()
    shown = keypoints._speaker_shown

    def counted(statement: str, speaker: str) -> bool:
        worked_out[statement, speaker] += 1
        return shown(statement, speaker)

    monkeypatch.setattr(keypoints, "_speaker_shown", counted)
    assert briefing_json(articles, facts) == every_time
    asked = keypoints.printed_with_speaker.cache_info()
    assert asked.hits > asked.misses > 0  # asked again and again…
    assert max(worked_out.values()) <= 2  # …worked out once for it, once for the text printed
    composing_ahead.forget()
    assert keypoints.printed_with_speaker.cache_info().currsize == 0
    assert keypoints.spoken_text.cache_info().currsize == 0
