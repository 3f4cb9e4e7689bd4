"""Merge facts that state the same thing into one fact carrying every source's evidence.

Two statements are the same fact when they are the same sentence up to case, accents, quotation
marks and white space, or a near copy of it (a wire story reprinted with a word changed, a clause
cut): most of their content words are shared and their characters mostly agree. Statements whose
numbers differ, or whose dates disagree, are never merged: those are different facts, or a
conflict that the briefing must show rather than hide.

The same fact told by two outlets in their own words (a paraphrase, not a copy) is merged too,
when it is anchored: the same numbers (at least one), or the same day, in the same language, from
different sources, with no two different speakers, and nearly half of the two statements' words
(numbers aside) found in the other, both ways (a word matches its inflections: `missili`/`missile`,
`Ukraine`/`Ukrainian`, by rapidfuzz's ratio).

Two statements that each name a party the other does not (`The United States and Russia
agreed…`, `The United States and Ukraine agreed…`: one day's two releases, alike but for that word)
are two facts, near copy or not (`names_swapped`).

Candidates are found through an index of content words, so the cost grows with the number of
facts that share words, not with the square of all facts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain

from rapidfuzz import fuzz, process

from briefing import lang
from briefing.models import Actor, Evidence, Fact, Figure, PartialDate

_WORD = re.compile(r"\w+")
_STOP = lang.union(lambda language: language.stopwords)
_SIMILAR = 88.0  # rapidfuzz token_sort_ratio, 0-100
_SHARED = 0.75  # share of the smaller set of content words that the larger one holds
_COMMON = 200  # a content word in more facts than this is not used to find candidates
_PARAPHRASE = 0.45  # share of both statements' content words found in the other's
_PARAPHRASE_MIN = 4  # content words at least in common
_INFLECTION = 85.0  # rapidfuzz ratio above which two words of five letters or more are one word


_HAS_DIGIT = re.compile(r"\S*\d\S*")


@lru_cache(maxsize=1 << 18)  # per statement: `compose.ahead`
def statement_key(statement: str) -> str:
    """A statement's words, folded (`briefing.lang`): the same key is the same sentence."""
    return " ".join(_WORD.findall(lang.fold(statement)))


@lru_cache(maxsize=1 << 18)  # per statement: `compose.ahead`
def content_words(key: str) -> frozenset[str]:
    """A key's words that say something: not function words, three letters or more (or a number)."""
    return frozenset(w for w in set(key.split()) - _STOP if len(w) > 2 or w.isdigit())


@lru_cache(maxsize=4096)
def _numbers(key: str) -> frozenset[str]:
    return frozenset(_HAS_DIGIT.findall(key))


def _dates_agree(a: PartialDate | None, b: PartialDate | None) -> bool:
    if a is None or b is None:
        return True
    if a.year != b.year:
        return False
    if a.month is not None and b.month is not None and a.month != b.month:
        return False
    return a.day is None or b.day is None or a.day == b.day


@lru_cache(maxsize=1 << 16)
def _words_counted(statement: str) -> tuple[Counter[str], Counter[str]]:
    """(the statement's capitalised words that are no function words, `The`, `Il`; all its words),
    folded and counted."""
    tokens = _WORD.findall(statement)
    words = [lang.fold(token).casefold() for token in tokens]
    names = Counter(
        word for token, word in zip(tokens, words, strict=True) if token[:1].isupper() and word not in _STOP
    )
    return names, Counter(words)


def _names_more(one: str, other: str) -> bool:
    """`one` writes a name more often than `other` writes the word, or names what `other` has no
    form of (`Ukraine` is in `Ukrainian officials`: `_a_form_of`)."""
    names, _ = _words_counted(one)
    _, words = _words_counted(other)
    return any(
        count > words[name] and (words[name] or not _a_form_of(name, words)) for name, count in names.items()
    )


def _a_form_of(name: str, words: Iterable[str]) -> bool:
    """A word that opens on the name's stem: its first five letters, or all of a shorter word's
    (`ukraine`/`ukrainian`, `iran`/`iranian`, `russia`/`russian`)."""
    return any((stem := _stem(name, word)) is not None and stem == _stem(word, name) for word in words)


def _stem(word: str, other: str) -> str | None:
    """The first five letters of `word`, or all of it, or of `other`, when shorter; no stem under four."""
    length = min(5, len(word), len(other))
    return word[:length] if length >= 4 else None


def names_swapped(a: str, b: str) -> bool:
    """Each statement names someone or somewhere more often than the other writes the word
    (`The United States and Russia agreed…` and `The United States and Ukraine agreed…`, two
    releases of one day that differ in one word): two facts about different parties, however alike
    their words. A name only one of them adds (`Sergio Mattarella`, `Mattarella`) is the same fact
    told more fully."""
    return _names_more(a, b) and _names_more(b, a)


def _same(a: Fact, b: Fact, key_a: str, key_b: str, words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    if key_a == key_b:
        return True
    if _numbers(key_a) != _numbers(key_b) or not _dates_agree(a.when, b.when):
        return False
    if names_swapped(a.statement, b.statement):
        return False
    smaller = min(len(words_a), len(words_b))
    near = smaller >= 5 and len(words_a & words_b) >= _SHARED * smaller
    if near and (
        fuzz.token_sort_ratio(key_a, key_b) >= _SIMILAR
        or (len(words_a & words_b) == smaller and fuzz.partial_ratio(key_a, key_b) >= _SIMILAR)
    ):
        return True  # a near copy
    return _same_event(a, b, key_a, words_a, words_b)


def _same_event(a: Fact, b: Fact, key_a: str, words_a: frozenset[str], words_b: frozenset[str]) -> bool:
    """Two outlets' own words for one fact: anchored by the same numbers or day, in one language,
    from different sources, with no two speakers, sharing most of the shorter one's content words."""
    if {e.source for e in a.evidence} & {e.source for e in b.evidence}:
        return False
    if (a.language and b.language and a.language != b.language) or (
        a.speaker and b.speaker and a.speaker != b.speaker
    ):
        return False
    same_day = a.when is not None and a.when.day is not None and a.when == b.when
    if not (_numbers(key_a) or same_day):
        return False
    # the words, not the numbers (already the same): `1 anno e 6 mesi a Simona Gentile` is not
    # `si interessano dopo 6 mesi 1 anno`
    plain_a = frozenset(w for w in words_a if not _HAS_DIGIT.match(w))
    plain_b = frozenset(w for w in words_b if not _HAS_DIGIT.match(w))
    found_a = sum(1 for word in plain_a if _found(word, plain_b))
    found_b = sum(1 for word in plain_b if _found(word, plain_a))
    # both ways: a short sentence's few names inside a long one about something else is not it
    return min(found_a, found_b) >= _PARAPHRASE_MIN and found_a + found_b >= _PARAPHRASE * (
        len(plain_a) + len(plain_b)
    )


def _found(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    if len(word) < 5 or word.isdigit():
        return False
    return process.extractOne(word, words, scorer=fuzz.ratio, score_cutoff=_INFLECTION) is not None


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """One fact per distinct statement, each group kept where its first fact was.

    The first fact of a group gives the statement, kind, date and speaker; evidence comes from
    every fact of the group, in order, without repeating a span; actors, figures and topics are
    united; the salience is the group's highest.

    When the facts begin with those `merge_ahead` was given (the same facts, in the same order),
    the merging goes on from there (each fact's group depends on the facts before it only), and
    lets go of its index once done (at 10,000 articles, a few hundred MB)."""
    resumed = bool(_ahead.facts) and _ahead.starts(facts)
    merging = _ahead if resumed else Merging()
    merging.add(facts[len(merging.facts) :])
    if resumed:
        forget_ahead()
    return merging.merged()


def merge_ahead(facts: list[Fact]) -> list[Fact]:
    """Merge these facts now, as `merge_facts` will (`compose.ahead`: while later articles are
    still being extracted), to go on from there when it is given them and more; the ones that
    open a group of their own (so far: a later fact never joins an earlier group's head to it)."""
    start = len(_ahead.facts)
    _ahead.add(facts)
    return _ahead.leading(start)


def forget_ahead() -> None:
    global _ahead
    _ahead = Merging()


class Merging:
    """`merge_facts` one fact after another: the facts so far, each one's group, and an index
    of their words to find the candidates of the next.

    Candidates share content words and have the same numbers (`_same` holds nothing else the
    same): each word's earlier facts are filed by their numbers, and counted over all of them.
    A fact joins a group only when it is the same as the group's first fact: likeness is not
    transitive (a sentence, the same sentence joined with the one before it, and that one alone),
    so joining on any member would chain unrelated statements into one."""

    def __init__(self) -> None:
        self.facts: list[Fact] = []
        self._keys: list[str] = []
        self._words: list[frozenset[str]] = []
        self._leader: list[int] = []  # each fact → the first fact of its group
        self._index: dict[tuple[frozenset[str], str], list[int]] = defaultdict(list)
        self._facts_with: Counter[str] = Counter()
        self._exact: dict[str, int] = {}

    def starts(self, facts: list[Fact]) -> bool:
        """Whether `facts` begin with the facts merged so far (the very same objects)."""
        return len(self.facts) <= len(facts) and all(a is b for a, b in zip(self.facts, facts, strict=False))

    def add(self, facts: list[Fact]) -> None:
        for fact in facts:
            self._add(fact)

    def _add(self, fact: Fact) -> None:
        i = len(self.facts)
        key = statement_key(fact.statement)  # (a copied statement is read once)
        words, numbers = content_words(key), _numbers(key)
        self.facts.append(fact)
        self._keys.append(key)
        self._words.append(words)
        self._leader.append(i)
        if key in self._exact:
            self._leader[i] = self._leader[self._exact[key]]
        else:
            self._exact[key] = i
            index, facts_with = self._index, self._facts_with
            shared = Counter(  # earlier facts → content words in common
                chain.from_iterable(
                    index.get((numbers, word), ()) for word in words if facts_with[word] <= _COMMON
                )
            )
            tried: set[int] = set()
            # the earliest group that takes it, not the words' set order (which varies by process)
            for j in sorted(j for j, count in shared.items() if count >= _SHARED * 5):
                head = self._leader[j]
                if head in tried:
                    continue
                tried.add(head)
                if _same(self.facts[head], fact, self._keys[head], key, self._words[head], words):
                    self._leader[i] = head
                    break
        self._facts_with.update(words)
        for word in words:
            self._index[numbers, word].append(i)

    def leading(self, start: int) -> list[Fact]:
        """The facts from the `start`-th on that lead their group."""
        return [self.facts[i] for i in range(start, len(self.facts)) if self._leader[i] == i]

    def merged(self) -> list[Fact]:
        """One fact per group, in the order of their first facts (`merge_facts`)."""
        groups: dict[int, list[int]] = defaultdict(list)
        for i, head in enumerate(self._leader):
            groups[head].append(i)
        return [_combine([self.facts[i] for i in members]) for members in sorted(groups.values(), key=min)]


_ahead = Merging()


def _combine(group: list[Fact]) -> Fact:
    first = group[0]
    if len(group) == 1:
        return first
    evidence: list[Evidence] = []
    spans: set[tuple[str, int, int]] = set()
    actors: dict[str, Actor] = {}
    figures: dict[str, Figure] = {}
    topics: list[str] = []
    for fact in group:
        for item in fact.evidence:
            span = (item.source, item.start, item.end)
            if span not in spans:
                spans.add(span)
                evidence.append(item)
        for actor in fact.actors:
            known = actors.get(actor.name)
            if known is None or (known.role is None and actor.role):
                actors[actor.name] = actor
        for figure in fact.figures:
            figures.setdefault(figure.text, figure)
        topics.extend(t for t in fact.topics if t not in topics)
    dated = next((fact for fact in group if fact.when is not None), first)
    return first.model_copy(
        update={
            "evidence": evidence,
            "actors": list(actors.values()),
            "figures": list(figures.values()),
            "topics": topics,
            "salience": max(fact.salience for fact in group),
            "when": dated.when,
            "when_basis": dated.when_basis,
            "when_end": dated.when_end,
            "speaker": first.speaker or next((f.speaker for f in group if f.speaker), None),
            "embedded": all(fact.embedded for fact in group),  # an article's own words carry it too
        }
    )
