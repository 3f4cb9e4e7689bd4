"""Storyline titles: what the story is, in words a reader knows it by.

A title is the storyline's main actor and the phrase a headline of it and one of its verified
statements both write (`Istat — speranza di vita`, `López Obrador — riforma della Guardia
Nazionale`), where a headline names that actor; else, of a story several articles tell, the most
attested headline that names that actor (the actor alone, `Mark Rutte`, only where none does);
else the headline of its most attested article, cut short (`Camila Giorgi inseguita dal fisco…`):
its nouns picked one by one (`confronti, tennista`) name no story a reader knows. With no
headline, its verified lead sentence cut the same way, else its actor alone; with no headline
given at all, its actor and its nouns:

- the *topic* is the nouns (a word that follows an article somewhere: `la spesa`, `the strike`) that
  most of the storyline's articles use and few others do (TF-IDF over the build's articles), each
  shown in the phrase it most often stands in (`spesa` → `spesa militare`) when that phrase is
  most of its uses;
- the *main actor* is the person or organisation named in most of its articles, then in most of
  their headlines (`Chi è Vincenzo Crudo…` over a town the statements name as often), people first,
  spelled in full as the quotes write it: a name that is only part of a longer one in the text
  (`President Donald` of `President Donald J. Trump`) is never chosen.

Of an article's text, only the facts' statements (text a checked quote holds) and its headline
(which the Sources list prints too) reach a title, never its body: a title cannot carry words an
injected paragraph put in an article.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain
from operator import attrgetter

from briefing import lang
from briefing.models import Fact

TOPIC_TERMS = 2
TERM_MIN_LETTERS = 4
PHRASE_SHARE = 0.5  # a phrase stands for its noun when it holds at least this share of the noun's uses
NOUN_SHARE = 0.25  # a word is a noun when at least this share of its uses follow an article
MAX_TITLE_WORDS = 9

_WORD = re.compile(r"(?<![\w])[^\W\d_]+(?:[-'’][^\W\d_]+)*(?![\d])")  # not `enne` of `37enne`
_CLAUSE = re.compile(r"[.!?;:,()“”\"«»\[\]]")
_ELISION = re.compile(r"^([^\W\d_]{1,4}['’])([^\W\d_].*)$")


@cache
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """(function words, noun markers, role heads, speech-word stems, non-name capitalised words)."""
    from briefing.compose.storylines import stopwords

    calendar = frozenset(
        w.casefold() for language in lang.ALL for w in (*language.months, *language.weekdays)
    )
    function = (
        stopwords()
        | lang.union(lambda language: language.stopwords)
        | lang.union(lambda language: language.long_stopwords)
        | calendar
    )
    markers = lang.union(lambda language: language.noun_markers)
    roles = frozenset(w.casefold() for w in lang.union(lambda language: language.role_heads))
    speech = tuple(sorted(lang.union(lambda language: language.speech_words)))
    not_names = lang.union(lambda language: language.not_name_words) | lang.union(
        lambda language: language.function_words
    )
    return function, markers, roles, speech, not_names


@cache
def _grammar(
    language: str | None,
) -> tuple[frozenset[str], bool, frozenset[str], frozenset[str], tuple[str, ...]]:
    """(the articles of a statement in `language`, whether its modifiers come before the noun, the
    words that join a noun to the noun of its complement, coordinators, the endings only verbs
    take). With no language known, every language's words, and modifiers after the noun."""
    if language in lang.LANGUAGES:
        known = lang.language(language)
        return (
            known.noun_markers,
            known.modifiers_before_noun,
            known.name_links,
            known.coordinators,
            known.verb_endings,
        )
    return (
        _vocabulary()[1],
        False,
        lang.union(lambda each: each.name_links),
        lang.union(lambda each: each.coordinators),
        _all_verb_endings(),
    )


@cache
def _all_verb_endings() -> tuple[str, ...]:
    return tuple(sorted({e for language in lang.ALL for e in language.verb_endings}))


def _noun_after_article(
    words: Sequence[str], low: Sequence[str], is_content: Sequence[bool], i: int, language: str | None
) -> int | None:
    """Where the noun of the article before `i` is: `i` itself where modifiers follow the noun (`la
    spesa sanitaria`); where they come first, the content word after `i` when there is one (`a
    stronger alliance` → `alliance`, `the peace plan` → `plan`; not `the ministers want a deal`,
    `want` being a verb that takes an article), and none before a name (`a stronger NATO`) or in a
    coordinated modifier (`a just and lasting peace`)."""
    markers, modifiers_first, _, coordinators, _ = _grammar(language)
    if not modifiers_first or i + 1 >= len(words):
        return i
    after = words[i + 1]
    if after[:1].isupper() and after != "I":
        return None  # `a stronger NATO`
    if is_content[i + 1] and (i + 2 >= len(words) or low[i + 2] not in markers):
        return i + 1  # `stronger` modifies `alliance`
    if low[i + 1] in coordinators and i + 3 < len(words) and is_content[i + 2] and is_content[i + 3]:
        return None  # `a just and lasting peace`
    return i


def _is_speech(word: str, speech: tuple[str, ...]) -> bool:
    """A speech word (`said`) or one of a stem's (`dichiar*`)."""
    whole, stems = _speech_forms(speech)
    return word in whole or word.startswith(stems)


@cache
def _speech_forms(speech: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, stems) of the speech words, a stem being written with a final `*`."""
    return frozenset(s for s in speech if not s.endswith("*")), tuple(
        s[:-1] for s in speech if s.endswith("*")
    )


def _tokens(clause: str) -> list[str]:
    """The words of a clause, an elided article apart from its noun (`dell'Alleanza` → `dell'`,
    `Alleanza`)."""
    found: list[str] = []
    for word in _WORD.findall(clause):
        elided = _ELISION.match(word)
        found += [elided.group(1).replace("’", "'"), elided.group(2)] if elided else [word]
    return found


@cache
def _is_content(word: str) -> bool:
    """A word that can say what a story is about: lower-case, four letters or more, not a
    function word, a role or a speech word (the same few thousand words recur in every article:
    each is judged once)."""
    function, _, roles, speech, _ = _vocabulary()
    low = word.casefold()
    return (
        len(word) >= TERM_MIN_LETTERS
        and word.islower()
        and word[-1:].isalpha()  # not an elided article (`dell'`)
        and low not in function
        and low not in roles
        and not _is_speech(low, speech)
        and not low.endswith(_all_verb_endings())  # a verb's form (`calerà`)
    )


class _Reading:
    """What one article's statements say (`Said`, each), and its nouns (counted once)."""

    def __init__(self, statements: Sequence[tuple[str, str | None]]) -> None:
        self.said = [what_it_says(statement, language) for statement, language in statements]
        self.terms: set[str] = set(chain.from_iterable(said.uses for said in self.said))


@dataclass(frozen=True)
class Said:
    """What one statement says, for titles: its nouns' uses, those that follow an article, and
    the phrases they stand in, each in the order the statement has them."""

    uses: tuple[str, ...]
    after_article: tuple[str, ...]
    phrases: tuple[str, ...]


@lru_cache(maxsize=1 << 18)  # per statement: `compose.ahead`
def what_it_says(statement: str, language: str | None = None) -> Said:
    """What `statement`, written in `language` (if known), says for titles."""
    markers, _, links, _, _ = _grammar(language)
    uses: list[str] = []
    after_article: list[str] = []
    phrases: list[str] = []
    for clause in _CLAUSE.split(statement):
        words = _tokens(clause)
        low = [sys.intern(w.casefold()) for w in words]  # (the same few thousand words, kept once)
        is_content = [_is_content(w) for w in words]
        for i, word in enumerate(low):
            if not is_content[i]:
                continue
            uses.append(word)
            if (
                i
                and words[i - 1] != "I"  # `i` is an article
                and low[i - 1] in markers
                and (noun := _noun_after_article(words, low, is_content, i, language)) is not None
            ):
                after_article.append(low[noun])
            if i + 1 < len(words) and is_content[i + 1]:  # `spesa militare`, `peace talks`
                phrases.append(f"{word} {low[i + 1]}")
            if i + 2 < len(words) and is_content[i + 2] and low[i + 1] in links:  # `speranza di vita`
                phrases.append(" ".join(low[i : i + 3]))  # `return of children`, not `sventare una rapina`
    return Said(tuple(uses), tuple(after_article), tuple(phrases))


def _readings(facts_by_source: Mapping[str, Sequence[Fact]]) -> dict[str, _Reading]:
    return {
        source: _Reading([(f.statement, f.language) for f in facts])
        for source, facts in facts_by_source.items()
    }


_USES = attrgetter("uses")
_AFTER_ARTICLE = attrgetter("after_article")
_PHRASES = attrgetter("phrases")


def _counted(said: Iterable[Said], part: Callable[[Said], tuple[str, ...]]) -> Counter[str]:
    """One part of what these statements say, counted over them all at once (in the order the
    words come: as adding up each statement's count, or each article's, would have them)."""
    return Counter(chain.from_iterable(map(part, said)))


def topic(members: Sequence[str], readings: Mapping[str, _Reading], limit: int = TOPIC_TERMS) -> list[str]:
    """The storyline's own nouns (in phrases where they stand in one), the most telling first;
    never a word that says when (`giorno`, `settimana`)."""
    frequency: Counter[str] = Counter(chain.from_iterable(r.terms for r in readings.values()))
    own = [readings[s] for s in members if s in readings]
    if not own:
        return []
    said_anywhere = [said for r in readings.values() for said in r.said]
    said_here = [said for r in own for said in r.said]
    after_article = _counted(said_anywhere, _AFTER_ARTICLE)
    all_uses = _counted(said_anywhere, _USES)
    in_articles: Counter[str] = Counter(chain.from_iterable(r.terms for r in own))
    uses = _counted(said_here, _USES)
    phrases = _counted(said_here, _PHRASES)
    shared = 2 if len(own) > 1 else 1

    others = len(readings) - len(own)

    def telling(term: str) -> float:
        spread = in_articles[term] / len(own) + 0.25 * math.log(uses[term])
        elsewhere = frequency[term] - in_articles[term]
        rare = math.log((len(readings) + 1) / frequency[term])  # in the whole build
        own_story = math.log((others + 2) / (elsewhere + 1))  # against the other storylines
        return spread * (rare + own_story)

    ranked = sorted(
        (
            t
            for t in in_articles
            if after_article[t] >= NOUN_SHARE * all_uses[t]
            and uses[t] >= 2
            and in_articles[t] >= shared
            and lang.fold(t) not in _time_words()
        ),
        key=lambda t: (-telling(t), t),
    )
    chosen: list[str] = []
    for term in ranked:
        if any(_same_stem(term, word) for c in chosen for word in c.split()):
            continue  # `progetto` after `progettazione`, `sfilate` after `sfilata`
        standing_in = [
            (count, phrase)
            for phrase, count in phrases.items()
            if count >= 2
            and term in (phrase.split()[0], phrase.split()[-1])
            and (phrase.count(" ") == 1 or after_article[phrase.split()[-1]] > 0)  # `speranza di vita`
        ]
        if standing_in:
            count, phrase = max(standing_in)
            if count >= PHRASE_SHARE * uses[term] and not any(c in phrase.split() for c in chosen):
                term = phrase
        chosen.append(term)
        if len(chosen) >= limit:
            break
    return chosen


STEM_LETTERS = 6  # two nouns that open on the same six letters are one word's forms


def _same_stem(one: str, other: str) -> bool:
    return one == other or (
        min(len(one), len(other)) >= STEM_LETTERS and one[:STEM_LETTERS] == other[:STEM_LETTERS]
    )


def _runs_on_before(before: list[str]) -> bool:
    """Whether the words before a name carry on a longer name (`Monte dei` + `Paschi di Siena`,
    `Movimento 5` + `Stelle`): a capitalised word, maybe through a connector or a number, that
    is not a role (`President`), a place word or a sentence's first word."""
    _, _, roles, _, not_names = _vocabulary()
    words = [w.strip('"“«(') for w in before[-3:]]
    links = lang.union(lambda language: language.name_links)
    while words and (words[-1].isdigit() or words[-1] in links):
        if words[-1].endswith((".", ",", ":", ";")):
            return False
        words.pop()
    if len(words) < 2 or words[-2].endswith((".", "!", "?", ":")):
        return False
    last = words[-1]
    return (
        last[:1].isupper()
        and not last.endswith((".", ",", ":", ";"))
        and last.casefold() not in roles
        and last not in not_names
    )


def _whole_in(name: str, text: str) -> bool:
    """`name` stands in `text` as a whole name: no capitalised word of a longer name runs on
    before or after it (a role or place word before it is fine: `President Donald J. Trump`)."""
    for found in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
        after = text[found.end() :].split()
        runs_after = bool(after) and after[0][:1].isupper() and text[found.end()].isspace()
        if not runs_after and not _runs_on_before(text[: found.start()].split()):
            return True
    return False


def _well_formed(name: str) -> bool:
    words = name.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and len({w.casefold() for w in words}) == len(words)  # `Hezbollah Hezbollah`
        and len(words) <= 4
    )


def main_actor(facts: Sequence[Fact], headlines: Sequence[str] = ()) -> str | None:
    """The person or organisation named in most of these facts' articles, then in most of their
    `headlines`, people (an actor with a role, or a speaker) first, then the most mentioned; spelled
    in full as a statement writes it."""
    return next(iter(ranked_actors(facts, headlines)), None)


def in_headline(name: str, headline: str) -> bool:
    """Whether a headline names this person or organisation: in full (`Chi è Vincenzo Crudo…`), or
    by the name's last word after no other name (`Nordio: violenze…`, `President Trump ratifies…`;
    not `Melania Trump` for `Donald J. Trump`)."""
    _, _, roles, _, _ = _vocabulary()
    parts, in_full, by_last_word = _name_patterns(name)
    folded = folded_headline(headline)
    if not parts:
        return False
    if in_full.search(folded):
        return True
    for found in by_last_word.finditer(folded):
        before = re.search(r"(\w+)\.?\s+$", headline[: found.start()])  # the word right before, if any
        word = before.group(1) if before else ""
        if not word[:1].isupper() or len(word) == 1 or lang.fold(word) in parts or word.casefold() in roles:
            return True
    return False


@lru_cache(maxsize=1 << 14)  # per article: `compose.ahead`
def folded_headline(headline: str) -> str:
    return lang.fold(headline)


@lru_cache(maxsize=1 << 14)  # a build's names, each against every headline of its storyline
def _name_patterns(name: str) -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    """The name's words folded, and how a folded headline writes it: in full, or by its last word."""
    parts = tuple(lang.fold(w) for w in _tokens(name) if len(w) > 1)
    last = parts[-1] if parts else ""
    return (
        parts,
        re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, parts)) + r"(?!\w)"),
        re.compile(r"(?<!\w)" + re.escape(last) + r"(?!\w)"),
    )


def ranked_actors(facts: Sequence[Fact], headlines: Sequence[str] = ()) -> list[str]:
    """The people and organisations these facts name, as `main_actor` ranks them, each spelled in
    full as a statement writes it (names that are only part of a longer one left out). A headline
    only ranks the names the statements hold: no word of it reaches a title."""
    articles: dict[str, set[str]] = {}
    mentions: Counter[str] = Counter()
    person: set[str] = set()
    spelled: dict[str, str] = {}
    texts: dict[str, dict[str, None]] = {}  # the statements naming it, in order, each once
    named: dict[int, list[str]] = {}  # each fact's names (their keys), by the fact's id
    for fact in facts:
        # A fact that several of the articles carry comes once per article: its sources, its
        # statement and its names are the same each time, its mentions count each time.
        if id(fact) in named:
            mentions.update(named[id(fact)])
            continue
        names = _names_of(fact)
        named[id(fact)] = [name.casefold() for name, _ in names.values()]
        sources = {e.source for e in fact.evidence}
        for name, is_person in names.values():
            key = name.casefold()
            spelled.setdefault(key, name)
            texts.setdefault(key, {})[fact.statement] = None
            articles.setdefault(key, set()).update(sources)
            mentions[key] += 1
            if is_person:
                person.add(key)
    headlined = {k: sum(in_headline(spelled[k], h) for h in headlines) for k in articles}
    ranked = sorted(
        articles, key=lambda k: (-len(articles[k]), -headlined[k], -mentions[k], k not in person, k)
    )
    common = _lower_case_words(facts)
    return [
        spelled[key]
        for key in ranked
        if _well_formed(spelled[key])
        and key not in common  # `Comune`, `Regione`: a common noun that a statement capitalised
        and any(_whole_in(spelled[key], text) for text in texts[key])
    ]


def _names_of(fact: Fact) -> dict[str, tuple[str, bool]]:
    """The names a fact gives, by their folded case: each as spelled, and whether a person's."""
    names = {a.name.casefold(): (a.name, bool(a.role)) for a in fact.actors}
    if fact.speaker:  # a speaker the engine also lists as an actor counts once
        speaker = " ".join(fact.speaker.split())
        names[speaker.casefold()] = (names.get(speaker.casefold(), (speaker, True))[0], True)
    return names


def _lower_case_words(facts: Sequence[Fact]) -> frozenset[str]:
    """The words these facts' statements write in lower case (`il comune`, `la regione`)."""
    return frozenset().union(*(lower_case_words(s) for s in dict.fromkeys(f.statement for f in facts)))


@lru_cache(maxsize=1 << 18)  # per statement: `compose.ahead`
def lower_case_words(statement: str) -> frozenset[str]:
    """The words one statement writes in lower case."""
    return frozenset(w for w in _WORD.findall(statement) if w.islower())


def carries_the_story(name: str, facts: Sequence[Fact], headlines: Sequence[str] = ()) -> bool:
    """A headline names `name`, or a statement is its words, or two of the statements name it (in
    full or by its last word, `Rutte`): a name one statement lists in passing (`Emanuela Arma`,
    one of four translators an article names; `Borgo Durbecco`, a quarter the flood reached) says
    nothing of what the story is about, and a title is better without one."""
    if any(in_headline(name, headline) for headline in headlines) or any(f.speaker == name for f in facts):
        return True
    last = re.compile(r"(?<![\w-])" + re.escape(name.split()[-1]) + r"(?![\w-])")
    return sum(1 for said in dict.fromkeys(f.statement for f in facts) if last.search(said)) >= 2


def named_in_statements(facts: Sequence[Fact], headlines: Sequence[str] = ()) -> list[str]:
    """When the engine lists no actor for a story: the names its statements write (a run of
    capitalised words, or one word inside a sentence: `Isabella Ailandi Tregnaghi`, `Stellantis`),
    those the headlines name first, then the most written, then the longest."""
    statements = dict.fromkeys(f.statement for f in facts)
    counts = Counter(chain.from_iterable(names_written(statement) for statement in statements))
    headlined = {name: sum(in_headline(name, h) for h in headlines) for name in counts}
    ranked = sorted(counts, key=lambda n: (-headlined[n], -counts[n], -len(n.split()), n))
    common = _lower_case_words(facts)
    return [name for name in ranked if _well_formed(name) and name.casefold() not in common]


@lru_cache(maxsize=1 << 18)  # per statement: `compose.ahead`
def names_written(statement: str) -> tuple[str, ...]:
    """The names one statement writes (`named_in_statements`), in its order."""
    from briefing.rules.actors import name_parts

    function, _, roles, _, not_names = _vocabulary()
    names = []
    for start, _end, part in name_parts(statement):
        opens = not statement[:start].strip() or statement[:start].rstrip()[-1] in ".!?:"
        if len(part) == 1 and opens:  # `Dopo`, `Secondo`: a sentence's first word
            continue
        if part[0].casefold() in function or part[0].casefold() in roles or part[0] in not_names:
            continue
        names.append(" ".join(part))
    return tuple(names)


def _is_person(name: str, facts: Sequence[Fact]) -> bool:
    """Whether a name is someone's: a speaker, or an actor the engine gives a role."""
    key = name.casefold()
    return any(
        " ".join((f.speaker or "").split()).casefold() == key
        or any(a.name.casefold() == key and a.role for a in f.actors)
        for f in {id(f): f for f in facts}.values()  # a fact several articles carry, once
    )


def _without_initials(name: str) -> str:
    """`donald trump` for `Donald J. Trump` and `Donald Trump` alike: one person, one title."""
    return " ".join(w for w in lang.fold(name).split() if not re.fullmatch(r"\w\.?", w))


def _compose(actor: str | None, words: Sequence[str]) -> str:
    if actor and words:
        return f"{actor} — {', '.join(words)}"
    text = ", ".join(words)
    return actor or text[:1].upper() + text[1:]


PHRASE_MIN_WORDS = 2
PHRASE_MAX_WORDS = 8
HEADLINES_READ = 20  # a storyline's first headlines are enough to find the phrase they share

_PHRASE_WORD = re.compile(r"\w+(?:[-'’]\w+)*['’]?")


def _spans(clause: str) -> list[tuple[int, int]]:
    """Where a clause's words are (character spans), an elided article apart from its noun
    (`dell'Alleanza` → `dell'`, `Alleanza`), numbers kept in their word (`Tg24`)."""
    words = [word.span() for word in _PHRASE_WORD.finditer(clause)]
    if "'" not in clause and "’" not in clause:  # no elision
        return words
    found: list[tuple[int, int]] = []
    for start, end in words:
        elided = _ELISION.match(clause[start:end])
        if elided:
            cut = start + len(elided.group(1))
            found += [(start, cut), (cut, end)]
        else:
            found.append((start, end))
    return found


FoldedClause = tuple[str, tuple[tuple[int, int], ...], tuple[str, ...]]


@lru_cache(maxsize=1 << 18)  # per statement: `compose.ahead`
def folded_clauses(text: str) -> tuple[FoldedClause, ...]:
    """A text's clauses, each with its words' spans and the words folded."""
    clauses = []
    for clause in _CLAUSE.split(text):
        spans = _spans(clause)
        if spans:
            clauses.append((clause, tuple(spans), tuple(lang.fold(clause[i:j]) for i, j in spans)))
    return tuple(clauses)


@cache
def _articles(language: str | None) -> frozenset[str]:
    """The articles of `language`, or of every language when it is not known."""
    if language in lang.LANGUAGES:
        return lang.language(language).articles
    return lang.union(lambda each: each.articles)


@cache
def _time_words() -> frozenset[str]:
    """Words that say when, not what (`settimana`, `mesi`, `oggi`): no title is made of them."""
    return frozenset(
        lang.fold(w)
        for w in lang.union(lambda language: language.period_nouns)
        | lang.union(lambda language: language.relative_words)
        | lang.union(lambda language: frozenset(language.post_modifiers))
    )


@dataclass(frozen=True)
class Nouns:
    """Which words are nouns in a build: those that follow an article in at least `NOUN_SHARE` of
    their uses (`topic`'s test)."""

    after_article: Counter[str]
    uses: Counter[str]

    def __contains__(self, word: str) -> bool:
        low = word.casefold()
        return _is_content(word) and self.after_article[low] >= max(1.0, NOUN_SHARE * self.uses[low])


def headline_phrase(
    statements: Sequence[str],
    headlines: Sequence[str],
    nouns: Nouns,
    actor: str | None = None,
    language: str | None = None,
) -> str | None:
    """The short phrase a reader would title the story with, verbatim: a run of words
    (`PHRASE_MIN_WORDS` to `PHRASE_MAX_WORDS`, within one clause) that a headline of the story
    writes and a verified statement writes too (`riforma della Guardia Nazionale`, `referendum
    sulla cittadinanza`, `pursuit of peace`), spelled as the statement spells it; the one most of
    the headlines carry, then the one with most nouns, then the longest. It is a noun phrase: it
    opens on its noun where modifiers follow the noun (`banca tedesca`, not `ultimi mesi`), it
    closes on its noun where they come before it (`private meeting`, not `Ukrainian child` of
    `Ukrainian children`'s headline unless the statement writes it), it is not followed by an
    article where it occurs (`titolo cede [il 15%]`: a verb), and no word of it is the `actor`'s
    name or a function word at either end; where a headline names the `actor`, one that names them
    writes it. Of a story that three headlines or more tell, at least two of them write it. None
    when no headline shares one."""
    function = _vocabulary()[0]
    _, modifiers_first, *_ = _grammar(language)
    articles = _articles(language)
    actor_words = {lang.fold(w) for w in _PHRASE_WORD.findall(actor or "")}
    wanted: dict[tuple[str, ...], set[int]] = {}  # each folded run of a headline: which headlines write it
    for number, headline in enumerate(headlines[:HEADLINES_READ]):
        for _clause, _, folded in folded_clauses(headline):
            for start in range(len(folded)):
                for size in range(PHRASE_MIN_WORDS, min(PHRASE_MAX_WORDS, len(folded) - start) + 1):
                    wanted.setdefault(tuple(folded[start : start + size]), set()).add(number)
    if not wanted:
        return None
    spelled: dict[tuple[str, ...], str] = {}
    verb_like: set[tuple[str, ...]] = set()
    for statement in dict.fromkeys(statements):
        for clause, spans, folded in folded_clauses(statement):
            for start in range(len(folded)):
                if folded[start] in function:
                    continue
                for size in range(PHRASE_MIN_WORDS, min(PHRASE_MAX_WORDS, len(folded) - start) + 1):
                    run = tuple(folded[start : start + size])
                    if run not in wanted:
                        break  # (a longer run holds this one)
                    if run[-1] in function:
                        continue
                    after = start + size
                    if any(  # `cede il 15`, `titolo cede [il]`: a word an article follows is a verb
                        folded[k] not in function and folded[k] not in nouns
                        for k in range(start, min(after, len(folded) - 1))
                        if folded[k + 1] in articles
                    ):
                        verb_like.add(run)
                    spelled.setdefault(run, clause[spans[start][0] : spans[after - 1][1]])

    def noun_phrase(run: tuple[str, ...]) -> bool:
        words = [spelled[run][i:j] for i, j in _spans(spelled[run])]
        head = words[-1] if modifiers_first else words[0]
        return (
            head in nouns
            and run not in verb_like
            and not run[-1].isdigit()  # `il 15` of `il 15%`
            and not set(run) & (actor_words | _time_words())  # `prossima settimana` dates a story
        )

    # of a story three articles or more tell, a phrase one headline writes tells that article's
    # event (`historic ceremony` of the Board of Peace among the Gaza plan's releases)
    carried = 2 if len(headlines[:HEADLINES_READ]) >= 3 else 1
    # under an actor, a phrase of a headline that names them: `Camp David — baluardo della
    # repressione` would join one article's place to another's headline (about the army)
    naming = {
        n for n, headline in enumerate(headlines[:HEADLINES_READ]) if actor and in_headline(actor, headline)
    }
    # who the actor is, set after their name (`Addio a Paola Motta, cronista politica di Sky Tg24`),
    # is not what the story is: `Paola Motta — cronista politica di Sky Tg24` says nothing of it
    described = _appositions(actor, headlines[:HEADLINES_READ]) if actor else ()
    found = [
        run
        for run in spelled
        if noun_phrase(run)
        and len(wanted[run]) >= carried
        and (not naming or wanted[run] & naming)
        and not any(_within(run, apposition) for apposition in described)
    ]
    if not found:
        return None
    best = max(
        found, key=lambda run: (len(wanted[run]), sum(w in nouns for w in spelled[run].split()), len(run))
    )
    return spelled[best]


def _appositions(actor: str, headlines: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """The folded words of each phrase a headline sets off by a comma right after the actor's name
    (`Addio a Paola Motta, cronista politica di Sky Tg24` → `cronista politica di sky tg24`): who
    they are."""
    _, in_full, _ = _name_patterns(actor)
    found = []
    for headline in headlines:
        folded = folded_headline(headline)
        for name in in_full.finditer(folded):
            after = re.match(r"\s*,\s*", folded[name.end() :])
            if after:
                clauses = folded_clauses(folded[name.end() + after.end() :])
                if clauses:
                    found.append(clauses[0][2])
    return tuple(found)


def _within(run: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether `run` is a run of `words`."""
    return any(words[i : i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _noun_counts(readings: Mapping[str, _Reading]) -> tuple[Counter[str], Counter[str]]:
    """(how often each word follows an article, how often it is used) over the build's statements."""
    said = [said for r in readings.values() for said in r.said]
    return _counted(said, _AFTER_ARTICLE), _counted(said, _USES)


def storyline_title(
    members: Sequence[str],
    facts_by_source: Mapping[str, Sequence[Fact]],
    readings: Mapping[str, _Reading],
    taken: Iterable[str] = (),
    headlines: Sequence[str] = (),
    nouns: Nouns | None = None,
    told_as: str | None = None,
    named_by: Sequence[str] = (),
) -> tuple[str | None, str | None]:
    """The storyline's title (`Mark Rutte — spesa militare, difesa`; None when the facts name
    nothing) and the actor it is titled by, if any. An actor `taken` by the title of a storyline
    ranked higher is passed over for the next one (three storylines all titled `Donald J. Trump — …`
    would not tell the reader which is which). The title: its actor, where a headline
    names them, and the phrase a headline and a statement both write; else, of a story several
    articles tell, its actor alone; else the headline of its most attested article (`told_as`,
    cut to `HEADING_WORDS`): the nouns it says most, picked one by one
    (`confronti` of `nei suoi confronti`, `days, commitment`), would name no story a reader knows,
    and the actor before a headline that may not name them (a hospital the story passes by) would
    say the story is about them. `named_by`: the story's headlines proper (no lead read as one),
    the most attested first. `told_as` may be a lead sentence where none of its articles has
    a headline (`titles`); where it is "" (no headline and no verified lead), its actor alone; with
    none (or `told_as` None), its actor and its nouns."""
    facts = [f for source in members for f in facts_by_source.get(source, ())]
    used = [set(_without_initials(name).split()) for name in taken]
    written = named_in_statements(facts, headlines)
    actors = ranked_actors(facts, headlines)
    # the name every headline of a story told several times carries is what the story is about
    # (`Montepaschi-Mediobanca, …`, `Mediobanca ha paura…`), whether or not the engine lists it,
    # unless a person leads the story (`Marta Oderisi` of the strike at `Valmora`)
    every = [n for n in written if len(headlines) > 1 and all(in_headline(n, h) for h in headlines)]
    names = (every if not actors or not _is_person(actors[0], facts) else []) + (actors or written)
    # `Trump` or `Donald Trump` after `Donald J. Trump`: the same person, taken
    untaken = [n for n in names if not any(set(_without_initials(n).split()) <= u for u in used)]
    # a name mentioned in passing only where the story's words say nothing at all
    actor = next((n for n in untaken if carries_the_story(n, facts, headlines)), None)
    languages = Counter(f.language for f in facts)
    language = languages.most_common(1)[0][0] if languages else None
    nouns = nouns or Nouns(*_noun_counts(readings))
    phrase = headline_phrase([f.statement for f in facts], headlines, nouns, actor, language)
    # the phrase under the actor a headline names (`Istat — speranza di vita`); under no one, or
    # under a name no headline writes (a minister quoted on a bank's bid), it says less than the
    # headline it comes from (`Fratelli` of `… Arrestati i leader dei Fratelli Musulmani`)
    # one article's headline that writes either only in a complement says more (`Donald J. Trump —
    # historic ceremony` of `… Ratifies Board of Peace in Historic Ceremony`); of a story several
    # articles tell, one headline tells only its article's event
    if phrase and (
        not told_as
        or (
            actor
            and any(in_headline(actor, h) for h in headlines)
            and (len(members) > 1 or not _in_a_complement(actor, phrase, headlines, language))
        )
    ):
        return _compose(actor, [phrase]), actor
    # a story several articles tell is about the one most of them name (`Mark Rutte`), more than
    # one article's headline (Rubio's visit to Brussels, among Rutte's meetings): the most attested
    # headline that names them heads it (`First Lady Melania Trump Secures Another…`), a bare name
    # saying nothing of what happened; where none names them, the most attested headline that
    # names someone or somewhere its statements name too (`Migliaia in piazza nello Yemen. 23
    # manifestanti uccisi in Siria`, not `Ali Abdullah Saleh`; `Outcomes of the United States and
    # Russia Expert Groups…`, not `Vladimir Putin`); only where none does, the name alone
    if told_as is not None and actor and len(members) > 1 and not phrase:
        naming = next((h for h in named_by if in_headline(actor, h)), None)
        naming = naming or next((h for h in named_by if any(in_headline(n, h) for n in written)), None)
        return (headline_heading(naming) if naming else actor), actor
    if told_as and (heading := headline_heading(told_as)):
        return heading, None
    if told_as is not None and actor:  # a story with no headline: its actor alone, plainly
        return actor, actor
    words = [w for w in topic(members, readings) if not actor or w not in actor.casefold()]
    if not words and actor is None:
        actor = next(iter(untaken), None)
    while len(_compose(actor, words).split()) > MAX_TITLE_WORDS and words:
        words.pop()
    return _compose(actor, words) or None, actor


def _in_a_complement(actor: str, phrase: str, headlines: Sequence[str], language: str | None) -> bool:
    """Whether the headlines write the `actor` or the `phrase` only in a complement, right after
    a preposition: `historic ceremony` of `President Trump Ratifies Board of Peace in Historic
    Ceremony` says where, not what; `Usa` of `Trevi Group, …: nuove commesse in Usa e Africa`
    is where the firm's orders come from, not whose they are (the prepositions of `language`, or
    of every language when it is not known)."""
    prepositions = (
        lang.language(language).prepositions
        if language in lang.LANGUAGES
        else lang.union(lambda each: each.prepositions)
    )
    return any(_only_in_a_complement(words, headlines, prepositions) for words in (actor.split()[-1], phrase))


def _only_in_a_complement(words: str, headlines: Sequence[str], prepositions: frozenset[str]) -> bool:
    """Whether the headlines write `words` only right after a preposition (`in Historic
    Ceremony`, `dagli Usa`), and do write them."""
    wanted = [lang.fold(w).casefold() for w in _PHRASE_WORD.findall(words)]
    found = False
    for headline in headlines:
        written = [lang.fold(w).casefold() for w in _PHRASE_WORD.findall(headline)]
        for at in range(len(written) - len(wanted) + 1):
            if wanted and written[at : at + len(wanted)] == wanted:
                if at == 0 or written[at - 1] not in prepositions:
                    return False
                found = True
    return found


HEADING_WORDS = 10  # a headline titles a storyline in at most this many words (then `…`)
WHOLE_EXTRA_WORDS = 2  # words over `HEADING_WORDS` a headline may have and stay whole: a cut saves no more
QUOTATION_EXTRA_WORDS = 4  # words over the cut a quotation opened near the start may run to close
HEADING_CLAUSE_WORDS = 4  # a headline cut short ends at a clause's end that leaves at least this many
_BRACKETED = re.compile(r"\s*\[[^\]]*\]")  # `[fr]`: a link's language, no words of the headline
_ASIDE = re.compile(r"(?<=\S)\s*\([^()]{1,80}\)(?=[\s,:;.!?]|$)")  # `ad arte (anche fuori Torino) la festa`
_CLAUSE_END = re.compile(r"[,:;.!?–—-]$")
# The author's credit at a headline's end (`… un anno di cronaca a cura di Angelo Ruoppolo`, `… written
# by Jane Doe`): an opener of more than one word (a bare `di` or `by` joins a name to the story:
# `discorso di Netanyahu`), then capitalised names to the end.
_CREDIT = re.compile(
    r"\s*[-–—,]?\s+(?i:"
    + "|".join(
        opener
        for language in lang.ALL
        for opener in language.byline_openers.split("|")
        if len(opener.split()) > 1
    )
    + r")\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\s*$"
)


def headline_heading(headline: str, limit: int = HEADING_WORDS) -> str:
    """A headline as a storyline's heading, without an aside in parentheses (`Tra stoffe e fiori
    per celebrare ad arte la festa dei lavoratori`, not `… ad arte…`) and without its author's
    credit (`… un anno di cronaca`, not `… a cura di Angelo Ruoppolo`): whole up to `limit` words
    (or `WHOLE_EXTRA_WORDS` more: an ellipsis would leave out no more than a name's or a place's
    words), else cut at a word boundary with `…`, at the last clause's end within them that leaves
    `HEADING_CLAUSE_WORDS` words (`Camila Giorgi inseguita dal fisco…`), never inside a quotation
    it opens (the quotation whole where it closes soon after the cut: `Siria, ultimo appello: «Né
    Assad, né i ribelli riescono a prevalere»`, not `… «Né Assad…`; else the words before it), and
    never on a function
    word (`… dell'Algeria libera…`, not `… libera e della…`); where the words cut off open on a function
    word, on to the end of the phrase it opens when that lies within three words (`Sono più di otto
    mesi che lo Yemen è scosso da una rivolta…`, not `… è scosso…`). Where it is too long to stand
    whole, an aside that says who says so, or a relative or participle clause set off by commas, is
    left out too (`…: così in Liguria manipolavano i numeri`, not `…: così, secondo i pm…`), and so
    is a long phrase of time it opens on (`I poliziotti … hanno ripreso posizione…`, not `Dopo la
    ritirata dei mezzi militari…`)."""
    words = _without_apposition(_ASIDE.sub("", _BRACKETED.sub("", _CREDIT.sub("", headline))).split())
    if len(words) > limit + WHOLE_EXTRA_WORDS:  # too long to stand whole: what tells no news goes
        words = _without_opening_phrase(_without_aside(words), limit)
    if (
        len(words) <= limit + WHOLE_EXTRA_WORDS
        and not _cut_on_a_function_word(words)
        and not _short_tail(words, limit)
    ):
        return " ".join(words).rstrip(".")
    kept = words[:limit]
    ends = _clause_ends(kept, HEADING_CLAUSE_WORDS)
    function = _vocabulary()[0]
    if ends:
        kept = kept[: ends[-1]]
    elif (
        len(words) > limit
        and kept[-1][:1].isupper()
        and words[limit][:1].isupper()
        and sum(word[:1].isupper() for word in kept) * 2 <= len(kept)  # not a headline in Title Case
    ):  # `… would meet Vladimir [Putin]`: a name is not cut
        kept = words[
            : next((end for end in range(limit, len(words)) if not words[end][:1].isupper()), len(words))
        ]
        kept = kept if len(kept) <= limit + WHOLE_EXTRA_WORDS else words[:limit]
    elif len(words) > limit and lang.fold(words[limit]) in function:  # `… è scosso [da una rivolta] contro…`
        kept = next(
            (
                words[:end]
                for end in range(limit + 1, min(len(words), limit + WHOLE_EXTRA_WORDS + 2))
                if lang.fold(words[end - 1]) not in function and lang.fold(words[end]) in function
            ),
            kept,
        )
    opened = _unclosed(kept)
    if opened is not None and opened >= HEADING_CLAUSE_WORDS:  # not `… ad arte (anche fuori…`
        kept = kept[:opened]
    elif opened is not None:
        closed = next(
            (
                end
                for end in range(len(kept) + 1, min(len(words), limit + QUOTATION_EXTRA_WORDS) + 1)
                if _unclosed(words[:end]) is None
            ),
            None,
        )
        if closed is not None:
            return " ".join(words[:closed]) + ("" if closed == len(words) else "…")
        if opened:
            kept = kept[:opened]  # `Siria, ultimo appello…`: the words before it
    while len(kept) > 1 and lang.fold(kept[-1].strip("'’\"«»“”")) in function:  # not `… libera e della…`
        kept.pop()
    return " ".join(kept).rstrip(",:;.–—- ") + "…"


_PAIRS = {"(": ")", "«": "»", "“": "”", "[": "]"}
_DASH = re.compile(r"[–—-]")
APPOSITION_WORDS = 8  # words of a phrase set off by commas after a name, at most


def _short_tail(words: Sequence[str], limit: int) -> bool:
    """Whether a headline over `limit` words ends on a clause of `WHOLE_EXTRA_WORDS` words or fewer
    after a clause's end (`… in Historic Ceremony, Opening Path`: a page that cut its headline
    short, or a tail that says nothing more); it is cut at that end instead."""
    ends = _clause_ends(words, 1)
    return len(words) > limit and bool(ends) and len(words) - ends[-1] <= WHOLE_EXTRA_WORDS


def _clause_ends(words: Sequence[str], first: int) -> list[int]:
    """Where a clause of the words ends (the count of words up to its closing mark), leaving at
    least `first` words before it; a dash between two names ends none."""
    return [
        i
        for i in range(first, len(words))
        if _CLAUSE_END.search(words[i - 1]) and not _joins_two_names(words, i - 1)
    ]


def _joins_two_names(words: Sequence[str], at: int) -> bool:
    """Whether the word at `at` is a dash alone between two capitalised words (`Russian – Ukrainian
    Child Reunification`, `Ukraine – Russia`): a pair, not a clause's end."""
    return (
        _DASH.fullmatch(words[at]) is not None
        and 0 < at < len(words) - 1
        and words[at - 1][:1].isupper()
        and words[at + 1][:1].isupper()
    )


def _without_apposition(words: list[str]) -> list[str]:
    """The words without a phrase set off by commas right after the name they open on (`Mohamed
    Morsi, esponente dei Fratelli Musulmani, non è più il presidente…` → `Mohamed Morsi non è
    più…`): it says who the person is, not what happened, and a heading cut short would end in it.
    The name is two capitalised words or more (`Egitto, troppe parole, poche immagini` is a list),
    the phrase opens in lower case and the sentence goes on after it."""
    name = 0
    while name < len(words) and words[name][:1].isupper() and not words[name].endswith(","):
        name += 1
    if name >= len(words) or not words[name][:1].isupper() or name < 1:
        return words
    closing = next(
        (i for i in range(name + 1, min(len(words), name + 1 + APPOSITION_WORDS)) if words[i].endswith(",")),
        None,
    )
    if closing is None or closing + 1 >= len(words) or not words[name + 1][:1].islower():
        return words
    return [*words[:name], words[name].removesuffix(","), *words[closing + 1 :]]


@cache
def _according_to() -> list[tuple[str, ...]]:
    """Every language's words for who says so (`secondo`, `a detta di`, `according to`), longest first."""
    phrases = lang.union(lambda language: language.according_to)
    return sorted((tuple(phrase.split()) for phrase in phrases), key=len, reverse=True)


_RELATIVE_OPENER = re.compile(
    r"(?:" + lang.alternatives(lambda language: language.relative_pronouns) + r")", re.IGNORECASE
)
_PARTICIPLE_OPENER = re.compile(lang.alternatives(lambda language: language.opening_participle))
RELATIVE_ASIDE_WORDS = 14  # words of a relative clause set off by commas, at most


def _aside_length(words: Sequence[str], at: int, before: int) -> int | None:
    """How many words an aside that opens at `at`, after `before` words of its clause, may run to
    before its closing comma, by what it opens on: who says so (`secondo i pm`), or, after a noun
    phrase of two words or more (not an item of a list: `Roma, partite rinviate, …`), a relative
    clause (`che da mesi protestano…`) or a participle (`iniziate tre mesi fa`); None where it
    opens on none of them."""
    folded = [lang.fold(word.casefold()) for word in words[at : at + 3]]
    if any(tuple(folded[: len(phrase)]) == phrase for phrase in _according_to()):
        return APPOSITION_WORDS
    if before < 2:
        return None
    if _RELATIVE_OPENER.fullmatch(words[at]):
        return RELATIVE_ASIDE_WORDS
    if words[at].islower() and _PARTICIPLE_OPENER.fullmatch(words[at]):
        return APPOSITION_WORDS
    return None


def _without_aside(words: list[str]) -> list[str]:
    """The words without an aside set off by commas that tells neither who did what nor what
    happened: who says so (`«…»: così, secondo i pm, in Liguria manipolavano i numeri` → `«…»: così
    in Liguria manipolavano i numeri`), a relative clause or a participle's (`Le proteste contro
    Saleh, iniziate tre mesi fa, continuano a infuriare…` → `Le proteste contro Saleh continuano a
    infuriare…`). Like an aside in parentheses it says nothing of the story, and a heading cut short
    would end on it or before it, before the verb that says what happened. The sentence goes on
    after it, in lower case; its words are few. The comma before it goes with it (`Il porto è
    chiuso`), but after a place or a label alone (`Siria, i morti…`)."""
    for at in range(1, len(words) - 1):
        if not words[at - 1].endswith(","):
            continue
        start = next((i + 1 for i in range(at - 2, -1, -1) if _CLAUSE_END.search(words[i])), 0)
        longest = _aside_length(words, at, at - start)
        if longest is None:
            continue
        closing = next(
            (i for i in range(at, min(len(words) - 1, at + longest)) if words[i].endswith(",")),
            None,
        )
        if closing is None or not words[closing + 1][:1].islower():
            continue
        before = words[:at]
        if at - start > 1 or not words[start][:1].isupper():  # `Siria, i morti…` keeps its comma
            before[-1] = before[-1].removesuffix(",")  # `Il porto è chiuso`, `così in Liguria`
        return [*before, *words[closing + 1 :]]
    return words


@cache
def _phrase_openers() -> frozenset[str]:
    """Words that open a phrase of time or circumstance before a main clause (`Dopo`, `Durante`,
    `After`, `Mentre`): prepositions and temporal subordinators, folded."""
    return frozenset(
        lang.fold(word)
        for word in lang.union(lambda language: language.prepositions | language.temporal_subordinators)
    )


def _without_opening_phrase(words: list[str], limit: int) -> list[str]:
    """The words without the phrase of time or circumstance they open on, where it is so long that
    a heading cut at `limit` words would show little or none of the main clause after its comma
    (`Dopo la ritirata dei mezzi militari dalla rotatoria Lulu di sabato, i poliziotti … hanno
    ripreso posizione…` → `I poliziotti … hanno ripreso posizione…`): the main clause says what
    happened. Its first word takes the capital."""
    if not words or lang.fold(words[0].casefold()) not in _phrase_openers():
        return words
    comma = next((i for i, word in enumerate(words) if word.endswith(",")), None)
    if (
        comma is None
        or comma + 1 <= limit - HEADING_CLAUSE_WORDS
        or len(words) - comma - 1 < HEADING_CLAUSE_WORDS
        or not words[comma + 1][:1].islower()
    ):
        return words
    first = words[comma + 1]
    return [first[:1].upper() + first[1:], *words[comma + 2 :]]


def _cut_on_a_function_word(words: Sequence[str]) -> bool:
    """Whether a headline ends on a preposition, an article or a conjunction: a source that cut
    it short (`… of Recognizing Jerusalem as`), which no heading may end on. A quoted title's
    last word (`SPECIALE "STAY BEHIND"`) and a date's month are words of their own."""
    last = words[-1] if words else ""
    if len(words) < 2 or last[-1:] in "'’\"»”)]" or last.isupper():
        return False
    folded = lang.fold(last)
    calendar = lang.union(
        lambda language: frozenset(lang.fold(w) for w in (*language.months, *language.weekdays))
    )
    return folded in _vocabulary()[0] and folded not in calendar


def title_as_cut(title: str | None) -> str | None:
    """A source's title as the Sources table shows it: with `…` where its source cut it on a
    function word (`… of Recognizing Jerusalem as…`), as its storyline's heading shows it."""
    if title and not title.endswith("…") and _cut_on_a_function_word(title.split()):
        return title + "…"
    return title


def _unclosed(words: Sequence[str]) -> int | None:
    """The index of the word that opens a bracket or quotation these words leave open, if any."""
    opened: list[tuple[str, int]] = []
    for i, word in enumerate(words):
        for char in word:
            if char in _PAIRS:
                opened.append((_PAIRS[char], i))
            elif opened and char == opened[-1][0]:
                opened.pop()
    return opened[0][1] if opened else None


def most_attested(
    members: Sequence[str], facts_by_source: Mapping[str, Sequence[Fact]], headlines: Mapping[str, str]
) -> list[str]:
    """The storyline's articles that have a headline, the most attested first: by how many of its
    articles attest each of their statements, summed (a statement merged from three articles
    counts three); then by how many of the other headlines share a word with theirs (a headline
    that tells the story, not one article's side event); then in the order given."""
    inside = set(members)
    titled = [source for source in members if headlines.get(source)]
    words = {source: headline_words(headlines[source]) for source in titled}
    # A statement merged from several articles is each one's: count its articles here once.
    attesting: dict[int, int] = {}

    def attests(fact: Fact) -> int:
        if (count := attesting.get(id(fact))) is None:
            count = attesting[id(fact)] = len({e.source for e in fact.evidence} & inside)
        return count

    def attested(source: str) -> tuple[int, int]:
        said = sum(map(attests, facts_by_source.get(source, ())))
        shared = sum(1 for other in titled if other != source and words[other] & words[source])
        return -said, -shared

    return sorted(titled, key=attested)


LEAD_WORDS_MATCHED = 6  # words a statement opens on that make it the article's lead


def _verified_lead(
    group: Sequence[str], facts_by_source: Mapping[str, Sequence[Fact]], leads: Mapping[str, str]
) -> str:
    """The lead sentence of the first of these articles whose verified statements include one that
    opens on it ("" where none does): the words a heading reads of a page with no headline are a
    checked quote's, never its body's alone (a lead the engine left out, a tweet, furniture)."""
    for source in group:
        lead = leads.get(source)
        if not lead:
            continue
        opening = _opening_words(lead)
        if len(opening) == LEAD_WORDS_MATCHED and any(
            _opening_words(fact.statement) == opening for fact in facts_by_source.get(source, ())
        ):
            return lead
    return ""


def _opening_words(text: str) -> tuple[str, ...]:
    """A text's first words, folded, a linked page's language note (`[it]`) left out."""
    return tuple(
        lang.fold(w).casefold() for w in _WORD.findall(_BRACKETED.sub("", text))[:LEAD_WORDS_MATCHED]
    )


def headline_words(headline: str) -> frozenset[str]:
    function = _vocabulary()[0]
    folded = (lang.fold(word) for word in _WORD.findall(headline))
    return frozenset(w for w in folded if len(w) >= TERM_MIN_LETTERS and w not in function)


def titles(
    groups: Sequence[Sequence[str]],
    facts_by_source: Mapping[str, Sequence[Fact]],
    headlines: Mapping[str, str] | None = None,
    leads: Mapping[str, str] | None = None,
) -> list[str | None]:
    """A title for each group of article sources (see `storyline_title`); `headlines` (by source)
    rank the actors the statements name, and the most attested article's titles a story whose
    headlines and statements share no phrase; a story none of whose articles has a headline is
    headed by the lead sentence of one of them (`leads`, by source: an article with no headline,
    whose short lead `headlines` may hold in its place), cut as a headline is, where a
    verified statement of it opens on that lead (`Mohamed Morsi non è più il presidente
    dell'Egitto…`, not `Mohamed Morsi`), else titled by its actor alone, where it has one."""
    readings = _readings(facts_by_source)
    nouns = Nouns(*_noun_counts(readings))
    taken: list[str] = []
    named: list[str | None] = []
    for group in groups:
        shown = [headline for source in group if (headline := (headlines or {}).get(source))]
        attested = most_attested(group, facts_by_source, headlines or {})
        told = next(iter(attested), None)
        # ("": no headline to tell it by)
        told_as = (headlines or {})[told] if told else _verified_lead(group, facts_by_source, leads or {})
        # a lead read in place of a missing headline names the actor too where it is whole within
        # a heading (`Mohamed Morsi, esponente …, non è più il presidente dell'Egitto.`), not cut
        # short (`Il segretario generale della NATO Mark Rutte ha incontrato oggi…`)
        proper = [
            told
            for source in attested
            if (told := (headlines or {})[source])
            and (source not in (leads or {}) or not headline_heading(told).endswith("…"))
        ]
        title, actor = storyline_title(group, facts_by_source, readings, taken, shown, nouns, told_as, proper)
        named.append(title)
        if actor:
            taken.append(actor)
    return named
