"""Facts prepared for choosing: their distinct sources, a score, and the words they are about.

Scoring is deliberately simple and explainable: the engine's salience (scaled to the corpus), how
many distinct sources carry the fact (corroboration), what kind of fact it is, and how its date was
found. Every choice in compose is a greedy walk down this ranking with a per-article cap and a
near-duplicate check, so its cost is linear in the facts plus a small constant per pick.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from briefing import lang
from briefing.compose.alone import SHORTENED_NAME, role_as_speaker, unresolved_demonstrative, why_not_alone
from briefing.compose.antecedent import (
    BEFORE_CHARS,
    UNRESOLVED_DEMONSTRATIVE,
    antecedents,
    mended,
    sentences_before,
)
from briefing.compose.furniture import Span, furniture_lines, on_furniture
from briefing.compose.keypoints import speaker_printed
from briefing.compose.sentence_before import capitalised_words, person_name
from briefing.compose.subject import opens_on_its_subject
from briefing.compose.topic import NEUTRAL, Topic
from briefing.dates import chronicle_entries
from briefing.headline import date_line
from briefing.lang import fold
from briefing.models import Article, Evidence, Fact, PartialDate
from briefing.rules.attribution import has_direct_quote, inside_quotation
from briefing.rules.lines import byline_alone
from briefing.rules.sentences import PLACE_DATELINE
from briefing.rules.when import find_dates, long_before, tells_two_days

KIND_WEIGHT = {
    "event": 0.30,
    "plan": 0.30,
    "position": 0.20,
    "figure": 0.20,
    "statement": 0.10,
    "context": 0.0,
}
BASIS_WEIGHT = {"explicit": 0.20, "relative": 0.15, "publication": 0.0}
CORROBORATION_WEIGHT = 0.35
EXAMINED_PER_PICK = 50
KNOWN_BY_SURNAME = 4  # sources naming a person in full, from which the reader knows them by surname
EARLIER_CHARS = 2000  # of an article's body before a statement, read for what it named before
WEAK_POINTER = "points back (weak)"  # `compose/alone.py`'s reason for a likely pointer

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_STOPWORDS = lang.union(lambda language: language.long_stopwords)


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of four letters or more, without the commonest function words."""
    return frozenset(_WORD.findall(text.casefold())) - _STOPWORDS


def near_duplicate(a: frozenset[str], b: frozenset[str], threshold: float = 0.7) -> bool:
    """Two statements say much the same thing: most words of the shorter are in the longer."""
    if len(a) < 3 or len(b) < 3:
        return a == b and bool(a)
    return len(a & b) / min(len(a), len(b)) >= threshold


@lru_cache(maxsize=1 << 14)  # per statement as its source prints it: `compose.ahead` grades them
def alone_or_why(
    statement: str,
    before: str,
    speaker: str | None,
    shown: bool,
    introduced: tuple[str, ...],
    earlier: str,
    article: str,
    known: frozenset[str] = frozenset(),
) -> str | None:
    """`alone.why_not_alone`, remembered for the very same arguments."""
    return why_not_alone(statement, before, speaker, shown, introduced, earlier, article, known)


@lru_cache(maxsize=1 << 14)  # per statement (and whether its speaker is shown): `compose.ahead`
def opens_on_its_subject_in(statement: str, article: str, speaker: str | None) -> bool:
    """`subject.opens_on_its_subject`, remembered for the very same arguments."""
    return opens_on_its_subject(statement, article, speaker)


@lru_cache(maxsize=1 << 14)  # per statement
def unresolved_demonstrative_in(statement: str) -> str | None:
    """`alone.unresolved_demonstrative`, remembered for the very same statement."""
    return unresolved_demonstrative(statement)


def speaker_role(fact: Fact) -> str | None:
    """The role the engine gives the fact's speaker (`segretario generale della NATO`), if any."""
    return next((actor.role for actor in fact.actors if actor.name == fact.speaker and actor.role), None)


def distinct_sources(fact: Fact) -> tuple[str, ...]:
    return tuple(dict.fromkeys(e.source for e in fact.evidence))


@dataclass
class Candidate:
    fact: Fact
    sources: tuple[str, ...]
    score: float  # salience + corroboration + kind + how the date was found
    base: float  # the same without the date's basis
    sources_undated: bool = False
    furniture: bool = False  # every quote of it lies on a site-furniture line (`furniture`)
    topicality: float = NEUTRAL  # how much a dated statement is about the folder's story (`topic`)
    when: PartialDate | None = None
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    reported_by: dt.date | None = None  # the latest publication day of its sources, when they are dated
    # its date is only the day one of its sources was published (`when_basis: publication`, no
    # date of its own): the day it was reported, printed as such (`reported 21 Sep 2024`), never
    # as the day it happened
    reported: bool = False
    before: str = ""  # the source's text right before the fact's first quote
    graded: bool = True  # whether it must stand alone as written: the offline engine's own sentences
    antecedent: Evidence | None = None  # the sentence right before its quote (`compose/antecedent.py`)
    text: str = ""  # its source's text, to join the sentence before to it
    people: tuple[tuple[int, str], ...] = ()  # its source's people: where each is first named, and how
    known: frozenset[str] = frozenset()  # the surnames the reader knows (`People.known`)
    own: str = ""  # printed with the sentence before it (`_settle`): its own words, which it is ranked by
    entry: int | None = None  # where the chronicle's entry it stands in starts (`_entry_of`)

    @property
    def own_words(self) -> str:
        """What it says itself: its statement, or the one it mends where it is printed with the
        sentence before it, whose words say what it points back to and no more."""
        return self.own or self.fact.statement

    @property
    def article(self) -> str:
        return self.sources[0]

    def why_not_printable(self, under_speaker: bool = False) -> str | None:
        """Why the briefing may not print this fact (None when it may): it is site furniture, or
        it cannot be read alone (`compose/alone.py`). Its speaker's name is shown beside it when
        it is printed `under_speaker` (who said what), and elsewhere only where the print shows it
        (`keypoints.speaker_printed`): a speaker the engine found but the print leaves out does
        not count as shown. Graded on
        demand: only facts that reach a choice are."""
        if self.furniture:
            return "site furniture"
        if not self.graded:  # a model's own sentence, written to be read alone
            return None
        if not self._grades:
            self._settle()
        shown = under_speaker or speaker_printed(self.fact)
        if shown not in self._grades:
            self._grades[shown] = self._why_not_alone(shown)
        why = self._grades[shown]
        if under_speaker and why == SHORTENED_NAME and self._reads_alone_under_full_name():
            return None
        return why

    def _reads_alone_under_full_name(self) -> bool:
        """Whether it reads alone under its speaker's name written in full above it (who said
        what): there the speaker's surname in it (`«…», ha detto Ferri`) names someone shown."""
        return self.fact.speaker is not None and self._why_not_alone(True, labelled=True) is None

    def _why_not_alone(self, shown: bool, labelled: bool = False) -> str | None:
        """`alone.why_not_alone` of its statement as it stands, its speaker `shown` or not; where
        the speaker is shown, a bare role of theirs that it opens on stands for them
        (`alone.role_as_speaker`); `labelled`, the speaker's full name is printed above it, so the
        article's naming them before is not needed."""
        start = self.fact.evidence[0].start
        fact = self.fact
        introduced = self.introduced(start)
        if labelled and fact.speaker:
            introduced = tuple(n for n in introduced if n.casefold() != fact.speaker.casefold())
        statement = (
            role_as_speaker(fact.statement, fact.speaker, speaker_role(fact)) if shown else fact.statement
        )
        if self.entry is not None and _entry_told_before(self.text[self.entry : start]):
            return INSIDE_ENTRY
        return alone_or_why(
            statement,
            self.before,
            self.fact.speaker,
            shown,
            introduced,
            self.earlier(start),
            self.text,
            self.known & capitalised_words(statement),  # whom it may name: a grade ahead is found again
        )

    def _settle(self) -> None:
        """Graded as it is printed by default: when it cannot be read alone, or holds a
        demonstrative for a noun it has not named (`alone.unresolved_demonstrative`, which
        `reads_alone` asks of it), but the span that starts on the sentence before it can be
        (`antecedent.mended`), it becomes that span, once and for every section."""
        shown = speaker_printed(self.fact)
        why = self._why_not_alone(shown)
        mending = why
        start = self.fact.evidence[0].start
        if why is None and self.earlier(start).strip() and unresolved_demonstrative_in(self.fact.statement):
            mending = UNRESOLVED_DEMONSTRATIVE
        if (
            mending == SHORTENED_NAME
            and has_direct_quote(self.fact.statement)
            and not unresolved_demonstrative_in(self.fact.statement)
            and self._reads_alone_under_full_name()
        ):
            mending = None  # its home is under its speaker's full name (`«…», ha detto Ferri`), alone
        if mending is not None and self.antecedent is not None:
            joined = None
            for before in sentences_before(self.antecedent, self.text):  # the shortest span first
                joined = joined or mended(
                    self.fact,
                    mending,
                    before,
                    self.text,
                    shown,
                    self.introduced(before.start),
                    self.earlier(before.start),
                    speaker_role(self.fact),
                )
            if joined is not None:
                self.own = self.fact.statement
                self.fact, self.before = joined
                self._undate_history_under_a_line_of_no_time(self.text[self.fact.evidence[0].start : start])
                self.__dict__.pop("words", None)  # its words are the span's now
                shown = speaker_printed(self.fact)  # the span may print its speaker where the fact did not
                why = self._why_not_alone(shown)
        self._grades[shown] = why

    def _undate_history_under_a_line_of_no_time(self, opening: str) -> None:
        """`Ground Zero ancora in silenzio per ricordare il crollo della Torre sud. Quella mattina
        dell'11 settembre 2001 fu la seconda ad essere colpita`: the span opens on the sentence
        before, so its date reads as that sentence's; where that sentence tells no date and the
        fact's own is long before its report (the history it recalls), the span is left undated.
        Where that sentence tells a day of its own that is not the fact's (`Barack Obama, questa
        mattina, andrà a Ground Zero.` before `Ieri il presidente ha ordinato …`), neither day is
        the span's: it is dated by its report (`when.tells_two_days`)."""
        when, reported = self.fact.when, self.reported_by
        if when is None or reported is None:
            return
        day = PartialDate(year=reported.year, month=reported.month, day=reported.day)
        evidence = self.fact.evidence[0]
        span = self.text[evidence.start : evidence.end]
        said = [m for m in find_dates(span, day) if not inside_quotation(span, m.start)]
        if tells_two_days(span, said):
            self.fact = self.fact.model_copy(
                update={"when": day, "when_end": None, "when_basis": "publication"}
            )
            self.when, self.first_day, self.last_day = day, reported, reported
            self.reported = True
            return
        if find_dates(opening, None) or not long_before(when, day):
            return
        self.fact = self.fact.model_copy(update={"when": None, "when_end": None, "when_basis": None})
        self.when = self.first_day = self.last_day = None
        self.reported = False

    def introduced(self, start: int) -> tuple[str, ...]:
        """The people its source named in full before `start`."""
        return tuple(name for first, name in self.people if first < start)

    def earlier(self, start: int) -> str:
        """Its source's body (after the header and headline, up to the first blank line) before
        `start`: its last `EARLIER_CHARS` characters, where what a definite noun stands for is
        named; nothing before its article's lead where a dateline opens it (`dateline_lead`), nor
        where only the page's date or byline lines stand before it (`past_stamps`)."""
        body = self.text.find("\n\n", 0, start)
        opens = past_stamps(self.text, body + 2 if body >= 0 else 0, start)
        if dateline_lead(self.text, opens, start):
            return ""
        return self.text[max(opens, start - EARLIER_CHARS) : start]

    def printable(self, under_speaker: bool = False) -> bool:
        return self.why_not_printable(under_speaker) is None

    def reads_alone(self, under_speaker: bool = False) -> bool:
        """Printable, and its article's lead or a statement that opens on whom or what it is about
        (`subject.opens_on_its_subject`, its speaker counted only where the print shows them) with no
        demonstrative for a noun it has not named (`alone.unresolved_demonstrative`, quotations
        included): the positive sign that it does not lean on a sentence the briefing leaves out. The grade
        (`printable`) looks for pointers, and each of its rules finds the pointer it was written
        for (`La colonna sonora è stata realizzata da…`, `Sono intervenuti il presidente…`, `Lo
        spazio per fare altro è poco…` pass it); the body prints a few statements out of many that
        pass, so it can ask for this instead."""
        if not self.printable(under_speaker):
            return False
        if not self.graded:  # a model's own sentence, written to be read alone
            return True
        if not self.earlier(self.fact.evidence[0].start).strip():
            return True  # its article's lead: nothing before it to lean on but the headline
        if unresolved_demonstrative_in(self.fact.statement):
            return False  # `…questa intenzione…`, quotation or not: what it points to is said before
        shown = under_speaker or speaker_printed(self.fact)
        fact = self.fact
        if not shown:
            return opens_on_its_subject_in(fact.statement, self.text, None)
        statement = role_as_speaker(
            fact.statement, fact.speaker, speaker_role(fact)
        )  # `Il segretario generale…`
        return opens_on_its_subject_in(statement, self.text, fact.speaker)

    def printable_further(self) -> bool:
        """Printable, and it opens on whom or what it is about (`subject.opens_on_its_subject`): what
        the annexes print, where fewer statements that read alone beat more that do not."""
        return self.printable() and opens_on_its_subject_in(self.fact.statement, self.text, self.fact.speaker)

    def printable_as_lead(self) -> bool:
        """Printable, or failing only on a likely pointer (`points back (weak)`), which an
        article's lead may carry: a storyline's bottom line when nothing else passes."""
        return self.why_not_printable() in (None, WEAK_POINTER)

    @cached_property
    def _grades(self) -> dict[bool, str | None]:
        return {}

    @cached_property
    def words(self) -> frozenset[str]:
        """Computed on demand: only facts that reach a choice need them."""
        return content_words(self.fact.statement)


def importance(fact: Fact) -> float:
    """How important the engine says a fact is: an LLM's order (`rank` 1 first) falls off gently,
    as 1/√rank, so the model's later facts stay in the running (no floor hides them); else the
    engine's salience."""
    return 1.0 / math.sqrt(fact.rank) if fact.rank else fact.salience


def prepare(
    facts: Sequence[Fact],
    articles: Iterable[Article],
    stand_alone: bool = True,
    furniture: dict[str, list[Span]] | None = None,
) -> list[Candidate]:
    """One `Candidate` per fact, in the facts' order; `stand_alone` when their statements are the
    sources' own sentences (the offline engine), which must be read alone to be printed;
    `furniture`: the articles' `furniture_lines`, where they are known."""
    articles = list(articles)
    undated = {a.source for a in articles if a.published is None}
    published = {a.source: a.published.last_day() for a in articles if a.published}
    published_on = {a.source: a.published for a in articles if a.published}
    furniture = furniture_lines(articles) if furniture is None else furniture
    texts = {a.source: a.text for a in articles}
    top = max((importance(f) for f in facts), default=0.0)
    owners = {id(evidence): fact for fact in facts for evidence in fact.evidence}
    before_them = {
        number: evidence
        for number, evidence in (antecedents(facts, texts) if stand_alone else {}).items()
        if not (furniture and on_furniture(evidence, furniture))
        and same_time(facts[number], owners.get(id(evidence)))
    }
    folder = _folder_people(facts)
    people, known = folder.by_source(texts), folder.known()
    entries = {
        a.source: [(start, end) for start, end, _ in chronicle_entries(a.text, a.published)] for a in articles
    }
    scale = 1.0 / top if top > 0 else 0.0
    candidates = []
    for number, fact in enumerate(facts):
        sources = distinct_sources(fact)
        base = (
            min(importance(fact) * scale, 1.0)
            + CORROBORATION_WEIGHT * math.log2(len(sources))
            + KIND_WEIGHT.get(fact.kind, 0.0)
        )
        when = fact.when
        first = fact.evidence[0]
        text = texts.get(first.source, "")
        candidates.append(
            Candidate(
                fact=fact,
                sources=sources,
                score=base + BASIS_WEIGHT.get(fact.when_basis or "", 0.0),
                base=base,
                sources_undated=all(s in undated for s in sources),
                furniture=bool(furniture) and all(on_furniture(e, furniture) for e in fact.evidence),
                when=when,
                first_day=when.first_day() if when else None,
                last_day=when.last_day() if when else None,
                reported_by=max((published[s] for s in sources if s in published), default=None),
                reported=fact.when_basis == "publication" and when in {published_on.get(s) for s in sources},
                before=before_quote(text, first),
                graded=stand_alone,
                antecedent=before_them.get(number),
                text=text,
                people=people.get(first.source, ()),
                known=known,
                entry=_entry_of(entries.get(first.source, []), first.start),
            )
        )
    _score_topicality(candidates, articles)
    return candidates


# A chronicle's entry (`15 giugno, ad Agrigento la polizia ha arrestato 5 romeni …`) is told from
# its day on: a sentence after its first (`I 5 hanno rapinato…`, `Lorenzo Terranova ha capito…`)
# goes on with that story, whose day, place and people the first sentence gives. It is printed
# with the sentence before it (`antecedent.mended`) when that span starts on the entry, else not.
INSIDE_ENTRY = "does not say early whom or what it is about: it goes on with a chronicle's entry"
_ITEM_NUMBER = re.compile(r"\s*\d{1,3}\s?[).]\s*")  # `12) 3 febbraio …`, `3. 10 gennaio …`


def _entry_of(entries: Sequence[tuple[int, int]], start: int) -> int | None:
    """Where the chronicle's entry that `start` stands in starts (`dates.chronicle_entries`: an
    entry runs from its day's line to the next entry's, the last one to its line's end); None
    outside a chronicle."""
    found = bisect.bisect_right(entries, start, key=lambda entry: entry[0]) - 1
    if found < 0 or (found == len(entries) - 1 and start >= entries[found][1]):
        return None
    return entries[found][0]


def _entry_told_before(opening: str) -> bool:
    """Whether the entry's text before a quote (`opening`) holds a sentence of its own."""
    numbered = _ITEM_NUMBER.match(opening)
    return bool(opening[numbered.end() if numbered else 0 :].strip())


def same_time(fact: Fact, before: Fact | None) -> bool:
    """Whether `fact` may be printed with the sentence before it (`before`'s) under its own date:
    not when that sentence is dated to another time (`«…», ha scritto mercoledì …` before `Lo
    scorso anno una sentenza aveva stabilito …`), since the joined statement would report it
    under the wrong date. An undated sentence before, or an undated fact, joins."""
    if before is None or before.when is None or fact.when is None:
        return True
    return before.when == fact.when


def _folder_people(facts: Sequence[Fact]) -> People:
    """The people a folder's facts name (`People`)."""
    people = People()
    people.add(facts)
    return people


class People:
    """The people a folder's facts name in full (`sentence_before.person_name`), source by source, facts
    added in any number of steps: for each source, those whom few other sources name, with where
    the source first writes each name. A person that `KNOWN_BY_SURNAME` sources name is news the
    reader knows by surname (`Trump`, `Netanyahu`); one only a few articles name is someone each
    of them introduced (`la vice sindaco Marzia Segù`, then `Segù`; `il segretario di Più Europa
    Riccardo Magi`, then `spiega Magi`), whom a statement that prints the surname alone leaves
    unknown."""

    def __init__(self) -> None:
        self.named: dict[str, set[str]] = {}  # source → the people its facts name
        self._sources_of: dict[str, set[str]] = {}  # surname → the sources naming someone by it

    def add(self, facts: Iterable[Fact]) -> None:
        for fact in facts:
            for evidence in fact.evidence:
                named = self.named.setdefault(evidence.source, set())
                for actor in fact.actors:
                    if actor.name not in named and person_name(actor.name):
                        named.add(actor.name)
                        self._sources_of.setdefault(actor.name.split()[-1], set()).add(evidence.source)

    def by_source(self, texts: dict[str, str]) -> dict[str, tuple[tuple[int, str], ...]]:
        """For each source, whose text `texts` holds, the people it introduced (`of`)."""
        return {source: self.of(source, texts.get(source, "")) for source in self.named}

    def known(self) -> frozenset[str]:
        """The surnames, folded, of the people `KNOWN_BY_SURNAME` sources name in full: news the
        reader knows by surname (`Gheddafi`), whoever the article it is read in names in full."""
        return frozenset(
            fold(surname).casefold()
            for surname, sources in self._sources_of.items()
            if len(sources) >= KNOWN_BY_SURNAME
        )

    def of(self, source: str, text: str) -> tuple[tuple[int, str], ...]:
        """The people `source` (whose text is `text`) introduced, as far as the facts added tell."""
        return tuple(
            sorted(
                (text.find(name), name)
                for name in self.named.get(source, ())
                if name in text and len(self._sources_of[name.split()[-1]]) < KNOWN_BY_SURNAME
            )
        )


# `MILANO - `, `SANAA – `, `NEW YORK — `: a place in capitals, one word or two, and a dash, where
# a line opens: the dateline an article's lead opens on; or a place in mixed case (`Larena - `), which
# the sentence splitter leaves out of the lead too (`sentences.PLACE_DATELINE`)
_DATELINE = re.compile(
    rf"[A-ZÀ-Ý][A-ZÀ-Ý'’.]+(?: [A-ZÀ-Ý][A-ZÀ-Ý'’.]+)? +[-–—] +|{PLACE_DATELINE.pattern.removeprefix('^')}"
)


_MARKDOWN_HEADING = re.compile(r"#{1,6} +\S")


def past_stamps(text: str, body: int, start: int) -> int:
    """Where the body's text starts once the lines that only date or sign the page are passed
    (`May 15, 2025`, `di Luca Ferri` between the headline and the lead: `headline.date_line`,
    `lines.byline_alone`), and a Markdown heading there (`# Piano casa…`: the headline set again
    under a page's front matter), not beyond `start`."""
    at = body
    for line in text[body:start].splitlines(keepends=True):
        stamp = line.strip(" \t\r\n*_")
        if stamp and not (date_line(stamp) or byline_alone(stamp) or _MARKDOWN_HEADING.match(stamp)):
            break
        at += len(line)
    return min(at, start)


def dateline_lead(text: str, body: int, start: int) -> bool:
    """Whether `start` opens its article's lead, right after the dateline (`MILANO - È di almeno
    …`) of the first line past `body` that opens on one, where none of the lines before it ends a
    sentence (a headline written twice, a standfirst, a caption: a page that sets no blank line
    under its headline block). A later heading run into its paragraph (`GIURAMENTO - L'attentato…`)
    opens no lead, and the sentences after the lead lean on it and on the headline block as
    anywhere else."""
    at = body
    for line in text[body:start].splitlines(keepends=True):
        if dateline := _DATELINE.match(line):
            return at + dateline.end() == start
        if line.rstrip().endswith("."):
            return False
        at += len(line)
    return False


def before_quote(text: str, evidence: Evidence) -> str:
    """The source's text right before a quote (`BEFORE_CHARS` of it)."""
    return text[max(0, evidence.start - BEFORE_CHARS) : evidence.start]


def grade_ahead(facts: Iterable[Fact], article: Article, people: People) -> None:
    """Grade facts as `prepare` makes them candidates (`Candidate.printable_further`), one
    article's at a time while later ones are still extracted (`compose.ahead`), with the people
    its source introduced as far as the facts so far tell: composing finds the grades remembered
    (`alone_or_why`, `opens_on_its_subject_in`) where its arguments are the same, and grades afresh
    where they are not (a person more sources named by then, a sentence before it joined)."""
    text, introduced, known = article.text, people.of(article.source, article.text), people.known()
    for fact in facts:
        first = fact.evidence[0]
        if first.source != article.source:
            continue
        candidate = Candidate(
            fact=fact,
            sources=distinct_sources(fact),
            score=0.0,
            base=0.0,
            before=before_quote(text, first),
            text=text,
            people=introduced,
            known=known,
        )
        candidate.printable_further()


def _score_topicality(candidates: Sequence[Candidate], articles: Sequence[Article]) -> None:
    """Each dated statement that can reach the timeline, scored against the folder's story."""
    dated = [c for c in candidates if c.when is not None and not c.furniture]
    if not dated:
        return
    scores = Topic(articles).about([c.fact.statement for c in dated])
    for candidate, topicality in zip(dated, scores, strict=True):
        candidate.topicality = topicality


def printable(candidates: Iterable[Candidate], under_speaker: bool = False) -> list[Candidate]:
    """The candidates the briefing may print (`Candidate.printable`), in their order."""
    return [c for c in candidates if c.printable(under_speaker)]


def pick(
    ranked: Iterable[Candidate],
    limit: int,
    per_article: int,
    chosen: list[Candidate] | None = None,
    same_date_only: bool = False,
) -> list[Candidate]:
    """Walk down `ranked` (best first), keeping at most `per_article` from one article and nothing
    that nearly repeats a pick (on the same date, when `same_date_only`). The walk looks at no more
    than `EXAMINED_PER_PICK` candidates per place to fill, so its cost is bounded on any corpus."""
    picked: list[Candidate] = []
    taken: list[Candidate] = list(chosen or [])
    per: dict[str, int] = {}
    for examined, candidate in enumerate(ranked):
        if len(picked) >= limit or examined >= EXAMINED_PER_PICK * max(limit, 1):
            break
        if per.get(candidate.article, 0) >= per_article:
            continue
        if any(
            near_duplicate(candidate.words, other.words)
            and (not same_date_only or candidate.when == other.when)
            for other in taken
        ):
            continue
        picked.append(candidate)
        taken.append(candidate)
        per[candidate.article] = per.get(candidate.article, 0) + 1
    return picked
