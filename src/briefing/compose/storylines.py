"""Storylines: which articles tell the same story (the same events, people and places over time).

Articles are compared as TF-IDF vectors (scikit-learn) by cosine similarity and grouped by
agglomerative clustering (average linkage, `compose.linkage`, in memory that grows with half the
pairs of articles, not the square matrix's copies) under a distance threshold, so the number of
storylines comes from the corpus, not from a parameter. Function words (from `bm25s`'s lists for
Italian and English) are left out; names and places weigh most because they are rare. Both the
words and the names (`split_by_names`) are read in each article's own text, without its site's
furniture (`compose.furniture.own_texts`): two pages of one site share their menus, copyright and
sidebars, not their story.

Storylines are ranked by coverage (articles and outlets) and recency. The *lead* storylines are
those that several articles carry and that are still current at the as-of date; a story that only
one article tells, or whose latest article is old by the as-of date, is *background*.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, repeat
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from briefing import lang
from briefing.compose.furniture import own_text, own_texts
from briefing.compose.linkage import average_linkage
from briefing.compose.titles import headline_heading, titles
from briefing.headline import opening, short_lead
from briefing.lang import fold
from briefing.models import Article, Fact, PartialDate
from briefing.rules.actors import name_parts

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray
    from sklearn.feature_extraction.text import TfidfVectorizer

# Two articles whose TF-IDF vectors are further apart than this (cosine distance, average
# linkage) tell different stories. Chosen on mixed real folders (news-it, news-en): the same
# story told by several outlets sits at 0.6–0.87, unrelated stories at 0.89 and more.
DISTANCE_THRESHOLD = 0.88
STALE_MIN_DAYS = 30
STALE_MAX_DAYS = 180
LEAD_MAX = 4
LEAD_FALLBACK = 2  # lead storylines when none is carried by several current articles
# The articles of one storyline name the same people and places: on average, the cosine of their
# names' TF-IDF vectors is at least this. Chosen on news-it and news-en: articles a reader groups sit
# at 0.10-0.75; the unrelated ones words alone joined (two obituaries of two Paolas, Sudan's army
# among Israel's strikes, two actresses' birthdays, Gaza's peace plan and Ukraine's) at 0.00-0.05.
NAME_LINK = 0.06
SPLIT_LARGEST = 2000
SHARED_NAMES = 2  # two articles that share fewer names share nothing: one name (a president's) ties little
# An article of a story told by three articles or more shares names with at least this many of the others.
TIES_TO_JOIN = 2
NATIONS_SHARED = 2  # countries and peoples count among the names two articles share from two on
# An article's subject: the name it writes most, at least this often and twice as often as any other.
SUBJECT_MENTIONS = 3

_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|https?://\S+")
_INITIAL = re.compile(r"^\w\.$")
_LOWERCASE_WORD = re.compile(r"\b[a-zà-öø-ÿ]+\b")


@dataclass
class Storyline:
    id: str
    title: str
    sources: list[str]  # article sources, oldest first (undated last)
    first: PartialDate | None
    last: PartialDate | None
    outlets: int
    weight: float
    lead: bool = False
    # the article whose headline heads it (`titles.headline_heading`), where one does: what
    # Background prints under the heading first comes from it (`core._choose_background`)
    told_by: str | None = None

    @property
    def articles(self) -> int:
        return len(self.sources)


@cache
def stopwords() -> frozenset[str]:
    """Italian and English function words, from `bm25s` (a maintained library's lists)."""
    from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_ITALIAN

    return frozenset(w.casefold() for w in (*STOPWORDS_EN, *STOPWORDS_ITALIAN))


@cache
def abbreviations() -> frozenset[str]:
    """`Sen.`, `Gen.`, `Mrs.`: titles, not names (`briefing.lang`)."""
    return lang.union(lambda language: language.abbreviations)


@cache
def nations() -> frozenset[str]:
    """Countries and peoples, in every language, as `names_in` writes a name (`briefing.lang`)."""
    return frozenset(fold(name) for name in lang.union(lambda language: language.nations))


@cache
def folded_stopwords() -> frozenset[str]:
    return frozenset(fold(w) for w in stopwords())


def import_libraries() -> None:
    """Import what `cluster` uses ahead of it: scikit-learn takes over a second of CPU to import,
    which a build spends while its articles are being extracted (`build._import_composition`)."""
    import sklearn.cluster  # (split_by_names)
    import sklearn.feature_extraction.text
    import sklearn.metrics.pairwise  # noqa: F401
    from scipy.cluster import hierarchy  # noqa: F401
    from scipy.sparse import csgraph  # noqa: F401

    stopwords()


def word_vectorizer(analyzer: Callable[[Any], list[str]] | None = None) -> TfidfVectorizer:
    """The TF-IDF of an article's words, as storylines and the folder's topic both weigh them;
    of texts (`document_words`), or of what `analyzer` reads words from."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer=analyzer or document_words, sublinear_tf=True)


def document_words(document: str) -> list[str]:
    """A document's words as the TF-IDF vectorizers count them: folded (the code base's one case
    and accent folding, `briefing.lang`), three letters or more, no function words; each as often
    as it occurs, grouped by word in the order the words first occur (all a count reads)."""
    return list(chain.from_iterable(map(repeat, *word_counts(document))))


_TERM = re.compile(r"(?u)\b[^\W\d_]{3,}\b")


@lru_cache(maxsize=1 << 18)  # per document (an article, its storyline, a statement): `compose.ahead`
def word_counts(document: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """A document's words (see `document_words`), each once, and how often each occurs."""
    counts = Counter(_TERM.findall(fold(document)))
    for word in folded_stopwords() & counts.keys():
        del counts[word]  # (the others keep their order)
    return tuple(map(sys.intern, counts)), tuple(counts.values())


def headline_read(article: Article) -> str | None:
    """The headline a storyline's heading reads of an article: its title, or a lead as short as
    one where it has none (a wire's; the Sources table still says it has no headline)."""
    return article.title or short_lead(article.text)


def headline(article: Article) -> str:
    """What says what the story is: the article's title, or its lead where it has none."""
    return article.title or opening(article.text) or ""


def document(article: Article, text: str | None = None) -> str:
    """What storylines compare of an article: its headline counts twice, then its own `text`
    (by default its text without its page's furniture, `compose.furniture.own_text`)."""
    title = headline(article)
    return f"{title}\n{title}\n{own_text(article.text) if text is None else text}"


@lru_cache(maxsize=1 << 15)  # per article: `compose.ahead`
def document_counts(title: str, text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """`word_counts` of the document `f"{title}\n{title}\n{text}"` (`document`), from the counts
    of its parts, the text's being the ones the folder's topic counts too: the title's words come
    first, twice as often as the title has them, then the text's. A word never runs over a line
    break and folding a character does not depend on the next, so these are the whole's counts,
    in its order."""
    counts = {word: 2 * count for word, count in zip(*word_counts(title), strict=True)}
    for word, count in zip(*word_counts(text), strict=True):
        counts[word] = counts.get(word, 0) + count
    return tuple(counts), tuple(counts.values())


def storyline_words(parts: tuple[str, str]) -> list[str]:
    """An article's storyline document's words (`document_words`), from its (headline, text)."""
    return list(chain.from_iterable(map(repeat, *document_counts(*parts))))


def cluster(
    articles: Sequence[Article], threshold: float = DISTANCE_THRESHOLD, texts: Sequence[str] | None = None
) -> list[list[int]]:
    """Groups of article indices telling the same story, each in input order, by the words of
    their own `texts` (by default `compose.furniture.own_texts`)."""
    if len(articles) < 2:
        return [list(range(len(articles)))] if articles else []
    texts = own_texts(articles) if texts is None else texts
    try:
        matrix = word_vectorizer(storyline_words).fit_transform(
            [(headline(a), text) for a, text in zip(articles, texts, strict=True)]
        )
    except ValueError:  # no word at all survives (empty or numeric articles): one storyline each
        return [[i] for i in range(len(articles))]
    return average_linkage(matrix, threshold)


def names(article: Article) -> Mapping[str, int]:
    """The people, places and organisations an article names in its own text, and how often
    (`names_in`; not in its page's furniture: `compose.furniture.own_text`)."""
    return names_in(own_text(article.text))


@lru_cache(maxsize=1 << 15)  # per article: `compose.ahead`; read only
def names_in(text: str) -> Mapping[str, int]:
    """The people, places and organisations an article names, and how often.

    A first name or surname alone stands for the full name it shortens in the same article
    (`Paola` for `Paola Motta`), so two people who share a first name share nothing; initials are
    left out (`Donald J. Trump` is `Donald Trump`); a capitalised word the article also writes in
    lower case (`Dopo`), or only where it opens a sentence (`Now`), or an abbreviation (`Sen.`)
    names nothing."""
    text = _LINK_TARGET.sub(" ", text)
    lowercase = set(_LOWERCASE_WORD.findall(text))
    common = folded_stopwords()
    titles = abbreviations()
    found: list[tuple[str, ...]] = []
    inside: set[tuple[str, ...]] = set()  # single words seen capitalised inside a sentence
    for start, end, part in name_parts(text):
        if len(part) == 1 and (part[0].lower() in lowercase or text[end - len(part[0]) : end + 1] in titles):
            continue
        tokens = tuple(fold(token) for token in part if not _INITIAL.match(token))
        if len(tokens) == 1 and tokens[0] in common:
            continue
        if tokens:
            found.append(tokens)
            if not _opens_sentence(text, start):
                inside.add(tokens)
    full: dict[str, tuple[str, ...]] = {}
    for name, _ in Counter(n for n in found if len(n) > 1).most_common():
        full.setdefault(name[0], name)
        full.setdefault(name[-1], name)
    # a word capitalised only where it opens a sentence (`Now`, `Today`) names nothing
    return Counter(
        " ".join(full.get(n[0], n) if len(n) == 1 else n)
        for n in found
        if len(n) > 1 or n in inside or n[0] in full
    )


def _opens_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(' \t"“«*#_[(')
    return not before or before[-1] in ".!?:\n"


def split_by_names(
    groups: Sequence[list[int]],
    articles: Sequence[Article],
    link: float = NAME_LINK,
    texts: Sequence[str] | None = None,
) -> list[list[int]]:
    """Each group split into the parts whose articles name the same people and places: the
    similarity of two articles is the cosine of their names' TF-IDF vectors (scikit-learn), or 0
    when they share fewer than `SHARED_NAMES` names (a single country or people among them
    counting for none: `NATIONS_SHARED`) or only countries and peoples (`nations`:
    Russia and Ukraine say where a story is, not which: the First Lady's reunions of children and
    the Oval Office meeting on peace both name them), and the parts are average-linkage clusters
    whose mean similarity is at least `link` (not chains: Gaza's plan and Ukraine's talks, both
    naming the president, stay apart). Nor does the subject of one article that another names
    (`subjects`): two singers' birthdays, each naming the other as a friend, are two stories. Of a
    part of three articles or more, an article that shares names with only one of the others is a
    story of its own (`_tied_to_others`), unless it is about someone the others name, or names
    whom they are about (`_subject_named`). An article that names nobody stays with the largest
    part. The names are read in the articles' own `texts` (by default
    `compose.furniture.own_texts`)."""
    joined = [i for group in groups if _splittable(group) for i in group]
    texts = own_texts(articles) if texts is None else texts
    counts = [names_in(texts[i]) for i in joined]
    if not any(counts):  # nothing is named: nothing to split by
        return [list(group) for group in groups]
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer

    names_of = DictVectorizer()
    mentions = names_of.fit_transform(counts)
    vectors = TfidfTransformer(sublinear_tf=True).fit_transform(mentions)
    present = (vectors > 0).astype(int)
    national = nations()
    own_names = [n for n, name in enumerate(names_of.feature_names_) if name not in national]
    particular = present[:, own_names]
    subject = subjects(mentions[:, own_names])
    row = {index: number for number, index in enumerate(joined)}
    result: list[list[int]] = []
    for group in groups:
        if not _splittable(group):
            result.append(list(group))
            continue
        rows = vectors[[row[i] for i in group]]
        named = present[[row[i] for i in group]]
        own = particular[[row[i] for i in group]]
        own_shared = (own @ own.T).toarray()
        national = (named @ named.T).toarray() - own_shared
        # one country both name says little (Israel in a NATO release and in Gaza's); two say
        # which conflict (Russia and Ukraine)
        shared = own_shared + np.where(national >= NATIONS_SHARED, national, 0)
        crossed = _subjects_named(own, subject[[row[i] for i in group]])
        tied = (shared - crossed >= SHARED_NAMES) & (own_shared - crossed >= 1)
        about = _subject_named(own, subject[[row[i] for i in group]])
        similarity = (rows @ rows.T).toarray() * tied
        labels = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1 - link
        ).fit_predict(1 - similarity)
        parts: dict[int, list[int]] = {}
        nameless: list[int] = []
        for position, (index, label) in enumerate(zip(group, labels, strict=True)):
            (parts.setdefault(int(label), []) if counts[row[index]] else nameless).append(position)
        kin = tied | about | about.T
        kept = [_tied_to_others(part, kin, similarity) for part in parts.values()]
        alone = [[p] for part, held in zip(parts.values(), kept, strict=True) for p in part if p not in held]
        ordered = sorted(([group[p] for p in part] for part in kept + alone), key=len, reverse=True) or [[]]
        ordered[0] = sorted(ordered[0] + [group[p] for p in nameless], key=group.index)
        result.extend(ordered)
    return result


def _tied_to_others(part: list[int], tied: NDArray[np.bool_], similarity: NDArray[np.float64]) -> list[int]:
    """`part` (rows of `tied`, which pairs of articles are tied by names) less the articles that
    share names with fewer than `TIES_TO_JOIN` of its others while it has more than two, one at a
    time, the least tied first (of two as tied, the one whose names are least like the others', by
    `similarity`). Average linkage lets in an article that one strong tie holds to a single article
    of the story: an appeal for an activist in Tehran beside the veils burnt in Sanaa, both naming
    Amnesty and the prize the Sanaa activist won, and a report of her march that names neither."""
    import numpy as np

    among = tied[np.ix_(part, part)].astype(np.int_)
    np.fill_diagonal(among, 0)
    like = similarity[np.ix_(part, part)].astype(float)
    np.fill_diagonal(like, 0.0)
    ties, alike = among.sum(axis=1), like.sum(axis=1)
    kept = np.ones(len(part), dtype=bool)
    while kept.sum() > 2:
        order = np.lexsort((alike, ties))  # the least tied first, then the least alike
        weakest = int(order[kept[order]][0])
        if ties[weakest] >= TIES_TO_JOIN:
            break
        kept[weakest] = False
        ties -= among[weakest]
        alike -= like[weakest]
    return [p for p, held in zip(part, kept, strict=True) if held]


def subjects(mentions: Any) -> NDArray[np.intp]:
    """Each article's subject (a column of `mentions`, its names' counts: sparse, one row per
    article), -1 where none: the name it writes at least `SUBJECT_MENTIONS` times and at least
    twice as often as any other (`Gino Paoli` ten times, `Ornella Vanoni` five)."""
    import numpy as np

    rows = mentions.tocsr()
    subject = np.full(rows.shape[0], -1, dtype=np.intp)
    for number in range(rows.shape[0]):
        data = rows.data[rows.indptr[number] : rows.indptr[number + 1]]
        if not len(data):
            continue
        most = int(np.argmax(data))
        others = np.delete(data, most)
        if data[most] >= SUBJECT_MENTIONS and (not len(others) or data[most] >= 2 * others.max()):
            subject[number] = rows.indices[rows.indptr[number] + most]
    return subject


def _subjects_named(named: Any, subject: NDArray[np.intp]) -> NDArray[np.int_]:
    """For each pair of articles with different subjects, how many of the two subjects the other
    article names (`named`: which names each article writes, sparse, one row per article)."""
    import numpy as np

    count = len(subject)
    crossed = np.zeros((count, count), dtype=np.int_)
    has = np.flatnonzero(subject >= 0)
    if len(has) < 2:
        return crossed
    # named_by[a, b]: article has[a] names the subject of article has[b], a different one
    named_by = named[has][:, subject[has]].toarray() > 0
    named_by &= subject[has][:, None] != subject[has][None, :]
    crossed[np.ix_(has, has)] = named_by.astype(np.int_) + named_by.T.astype(np.int_)
    return crossed


def _subject_named(named: Any, subject: NDArray[np.intp]) -> NDArray[np.bool_]:
    """For each pair of articles, whether the second names the first's subject and has no other
    subject of its own (`named`: which names each article writes, sparse, one row per article):
    a report of the NATO chief's meeting names the chief an interview of his is about."""
    import numpy as np

    count = len(subject)
    about = np.zeros((count, count), dtype=bool)
    has = np.flatnonzero(subject >= 0)
    if not len(has):
        return about
    # about[has[a], b]: article b names the subject of article has[a], and no other is its subject
    about[has] = (named[:, subject[has]].toarray() > 0).T
    about[has] &= (subject[None, :] < 0) | (subject[None, :] == subject[has][:, None])
    np.fill_diagonal(about, False)
    return about


def _splittable(group: Sequence[int]) -> bool:
    """A group of two or more, up to `SPLIT_LARGEST` (its dense matrix of name similarities is
    the cost: a group that large stays as the words found it)."""
    return 2 <= len(group) <= SPLIT_LARGEST


def _sort_key(article: Article) -> tuple[bool, tuple[int, int, int]]:
    return (article.published is None, article.published.sort_key() if article.published else (0, 0, 0))


def stale_after_days(articles: Sequence[Article]) -> int:
    """How old a storyline's latest article may be (before the as-of date) and still lead: a
    quarter of the corpus's span, between `STALE_MIN_DAYS` and `STALE_MAX_DAYS`."""
    dates = [a.published for a in articles if a.published]
    if not dates:
        return STALE_MAX_DAYS
    span = (max(d.last_day() for d in dates) - min(d.first_day() for d in dates)).days
    return max(STALE_MIN_DAYS, min(STALE_MAX_DAYS, span // 4))


def find_storylines(
    articles: Sequence[Article],
    as_of: PartialDate,
    facts: Mapping[str, Sequence[Fact]] | None = None,
    furniture: dict[str, list[tuple[int, int]]] | None = None,
) -> list[Storyline]:
    """The storylines of `articles`, ranked (lead first, then background), ids `s1`, `s2`, … in
    that order. Each is titled by what its verified `facts` (by article source) say the story is
    (`compose.titles`); with no facts, by its first article's file name. `furniture`: the
    articles' `compose.furniture.furniture_lines`, where they are known."""
    end = as_of.last_day()
    stale_days = stale_after_days(articles)
    found: list[Storyline] = []
    texts = own_texts(articles, furniture)
    groups = split_by_names(cluster(articles, texts=texts), articles, texts=texts)
    headlines = {a.source: told for a in articles if (told := headline_read(a))}
    opened_on = {a.source: lead for a in articles if not a.title and (lead := opening(a.text))}
    named = titles(
        [[articles[i].source for i in group] for group in groups], facts or {}, headlines, opened_on
    )
    for group, title in zip(groups, named, strict=True):
        members = sorted((articles[i] for i in group), key=_sort_key)
        dates = [a.published for a in members if a.published]
        last = max(dates, key=PartialDate.sort_key) if dates else None
        first = min(dates, key=PartialDate.sort_key) if dates else None
        age = max(0, (end - last.last_day()).days) if last else stale_days
        recency = 1.0 / (1.0 + age / max(stale_days, 1))
        outlets = len({a.outlet or a.source for a in members})
        weight = (1.0 + math.log2(len(members)) + 0.5 * math.log2(outlets)) * recency
        found.append(
            Storyline(
                id="",
                title=title or PurePath(members[0].source).name,
                sources=[a.source for a in members],
                first=first,
                last=last,
                outlets=outlets,
                weight=weight,
                told_by=_headed_by(title, [a.source for a in members], headlines),
            )
        )
        found[-1].lead = len(members) >= 2 and last is not None and age <= stale_days
    leads = sorted((s for s in found if s.lead), key=lambda s: -s.weight)[:LEAD_MAX]
    if not leads:  # no story is told twice: the latest current ones lead (or the latest, if all are old)
        latest = sorted(found, key=lambda s: (-(s.last.last_day().toordinal() if s.last else 0), -s.weight))
        current = [s for s in latest if (age_in_days(s, as_of) or 0) <= stale_days and s.last]
        leads = current[:LEAD_FALLBACK] or latest[:1]
    lead_ids = {id(s) for s in leads}
    for storyline in found:
        storyline.lead = id(storyline) in lead_ids
    ranked = sorted(found, key=lambda s: (not s.lead, -s.weight, s.sources[0]))
    for number, storyline in enumerate(ranked, start=1):
        storyline.id = f"s{number}"
    return ranked


def _headed_by(title: str | None, sources: Sequence[str], headlines: Mapping[str, str]) -> str | None:
    """The one of `sources` whose headline, cut as a heading, is the storyline's `title` (None
    where none is: a title of an actor and a phrase speaks for several articles)."""
    return next(
        (s for s in sources if title and (told := headlines.get(s)) and headline_heading(told) == title), None
    )


def covering_most(storylines: Sequence[Storyline], share: float = 0.6) -> int:
    """How many storylines (the largest first) hold at least `share` of the articles."""
    total = sum(s.articles for s in storylines)
    held, count = 0, 0
    for storyline in sorted(storylines, key=lambda s: -s.articles):
        if total and held / total >= share:
            break
        held += storyline.articles
        count += 1
    return count


def age_in_days(storyline: Storyline, as_of: PartialDate) -> int | None:
    return (as_of.last_day() - storyline.last.last_day()).days if storyline.last else None
