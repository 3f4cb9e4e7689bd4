"""Key points: who writes them, and the rules every written key point must pass.

`compose` ranks the facts (salience, corroboration, recency, diversity) and hands the ranking to a
`KeyPointWriter`. The default, `SalienceKeyPoints`, takes the best facts as they are. A writer
backed by an LLM can plug in behind the same protocol: it may phrase its own sentences, but each
must cite fact ids from the request, and every number it writes (days and years included) must
appear in a cited quote; `validate_key_points` says what is wrong with each point that does not
(for a re-ask), and compose keeps only the points that pass.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Protocol, TypeVar

from pydantic import BaseModel, Field

from briefing import lang
from briefing.models import Fact, PartialDate
from briefing.rules.lexicon import ANAPHOR_OPENERS
from briefing.rules.salience import is_background
from briefing.support import missing_numbers

OPENING_CLAUSE_WORDS = 12
BOTTOM_LINE_WINDOW = 5  # the bottom line is chosen among the best few key-point candidates
# A bottom line an analyst reads at a glance: a sentence or two. A longer passage (three sentences
# the engine joined, a paragraph-long quotation) leads only when nothing shorter is among the best.
BOTTOM_LINE_WORDS = 70
HISTORY_DAYS = 31  # a day this long before a storyline's first article is its history, not its news
QUOTATION_WORDS = 4
_OPENING_CLAUSE = re.compile(r"^[^,;:.!?]*")
_QUOTE_MARKS = "\"“«‘'"


class KeyPointRequest(BaseModel):
    facts: list[Fact] = Field(description="candidates, best first; ids are unique")
    as_of: PartialDate
    language: str = "en"
    limit: int = 6


class WrittenKeyPoint(BaseModel):
    text: str = Field(min_length=1)
    fact_ids: list[str] = Field(min_length=1)


class KeyPointWriter(Protocol):
    name: str

    def write(self, request: KeyPointRequest) -> list[WrittenKeyPoint]: ...


class SalienceKeyPoints:
    """The offline writer: the best-ranked facts, in their own words."""

    name = "salience"

    def write(self, request: KeyPointRequest) -> list[WrittenKeyPoint]:
        return [WrittenKeyPoint(text=f.statement, fact_ids=[f.id]) for f in request.facts[: request.limit]]


def validate_key_points(points: list[WrittenKeyPoint], facts: dict[str, Fact]) -> list[list[str]]:
    """For each point, the problems found (an empty list when it passes): fact ids that do not
    exist, and numbers that none of the cited facts' quotes contains."""
    problems: list[list[str]] = []
    for point in points:
        found: list[str] = []
        unknown = [fid for fid in point.fact_ids if fid not in facts]
        if unknown:
            found.append("cites fact ids that do not exist: " + ", ".join(unknown))
        quotes = " ".join(e.quote for fid in point.fact_ids if fid in facts for e in facts[fid].evidence)
        missing = missing_numbers(point.text, quotes)  # the one number rule: `1,5` = `1.5`, `tre` = 3
        if missing:
            found.append("writes numbers that no cited quote contains: " + ", ".join(missing))
        problems.append(found)
    return problems


def _opening_clause(text: str) -> str:
    """Up to the first comma (or other stop), at most `OPENING_CLAUSE_WORDS` words."""
    clause = _OPENING_CLAUSE.match(text.lstrip(_QUOTE_MARKS + "*_ "))
    return " ".join((clause.group(0) if clause else "").split()[:OPENING_CLAUSE_WORDS])


def opens_on_anaphor(statement: str) -> bool:
    """Whether a statement needs a sentence before it to be understood: it opens on an anaphor
    (`Lo ha detto…`, `He said…`), or its opening clause points back with a demonstrative (`Nel
    rispondere a una domanda sul coordinamento di questo sostegno, Rutte…`; not `questa
    settimana`, `this week`). When the statement's span holds the sentence before, the anaphor is
    not in its opening clause and it stands alone."""
    if ANAPHOR_OPENERS.match(statement):
        return True
    demonstratives = {lang.fold(w) for w in lang.union(lambda language: language.demonstratives)}
    clause = _opening_clause(statement)
    for word in re.finditer(r"[^\W\d_]+['’]?", clause):
        if lang.fold(word.group(0)) in demonstratives and ANAPHOR_OPENERS.match(clause[word.start() :]):
            return True
    return False


class Ranked(Protocol):
    """A key-point candidate as the bottom line reads it (`compose.candidates.Candidate`)."""

    @property
    def fact(self) -> Fact: ...

    @property
    def first_day(self) -> dt.date | None: ...

    @property
    def last_day(self) -> dt.date | None: ...

    @property
    def reported_by(self) -> dt.date | None: ...


R = TypeVar("R", bound=Ranked)


def bottom_line(ranked: Sequence[R], as_of: PartialDate, since: dt.date | None = None) -> R | None:
    """The bottom line among the best few of `ranked` (by recency × attestation): what happened in
    the story, said at a glance. Passed over, while the window holds something better:

    - a sentence that only frames a speech (`frames_only`);
    - a plan whose time has come by the as-of date (what was planned then, not what the story is
      now: `A febbraio è previsto il vaglio…` in a story told in September; a decree due within
      the year, in the story of the figures it applies), or that nothing dates (`dovrà avere un
      ruolo fondamentale…`); a plan wholly ahead (the visit next week) may lead: it is the news;
    - history: a day well before the storyline's first article (`since`), such as a singer's debut
      in 1959 in the story of his 90th birthday;
    - a passage over `BOTTOM_LINE_WORDS` (a plan said at a glance leads over it, but not a
      forecast whose days have come since it was written: `La crescita … salirà all'1,2% nel
      2025`, written in 2024 and read in 2025, gives way to the plan the story was about);
    - a quotation, when a reported sentence is there, even one over `BOTTOM_LINE_WORDS` (a word in
      scare quotes is no quotation);
    - background that nothing dates (`context`, the engine found no one doing or saying anything
      in it, and no date: `Ufficio di …, capo di gabinetto della giunta…`), when a development
      passes every test above: nothing says it is news (nor over a dated development, however
      long: `Ornella Vanoni compie il 22 settembre 90 anni…` over `La grandezza di Ornella Vanoni
      sta nel…`);
    - a sentence told as background (`rules.salience.is_background`: the tense of history,
      `Luciano Gaucci intuì l'affare`; the pluperfect; `In precedenza …`), when a sentence that
      passes the tests above but the last is not: the story's news is told as news.
    """
    window = [c for c in ranked[:BOTTOM_LINE_WINDOW] if not frames_only(c.fact)] or list(ranked[:1])
    end = as_of.last_day()
    start = since - dt.timedelta(days=HISTORY_DAYS) if since else None

    def reports(c: R) -> bool:
        return c.fact.kind != "plan" or (c.first_day is not None and c.first_day > end)

    def current(c: R) -> bool:
        return start is None or c.last_day is None or c.last_day >= start

    def short(c: R) -> bool:
        return len(c.fact.statement.split()) <= BOTTOM_LINE_WORDS

    def reported(c: R) -> bool:
        return not is_quotation(c.fact.statement)

    def develops(c: R) -> bool:  # not background that nothing dates
        return c.fact.kind != "context" or c.first_day is not None

    def dated(c: R) -> bool:
        return c.first_day is not None

    def news(c: R) -> bool:  # not told as background
        return not is_background(c.fact.statement)

    def foretold(c: R) -> bool:  # a forecast for days still ahead when it was written, come since
        return (
            c.fact.kind == "plan"
            and c.first_day is not None
            and c.reported_by is not None
            and c.reported_by < c.first_day <= end
        )

    chosen = next(
        (
            found[0]
            for wanted in (
                lambda c: reports(c) and current(c) and short(c) and reported(c) and develops(c) and news(c),
                lambda c: reports(c) and current(c) and short(c) and reported(c) and news(c),
                lambda c: reports(c) and current(c) and short(c) and reported(c) and develops(c),
                lambda c: reports(c) and current(c) and short(c) and reported(c),
                lambda c: reports(c) and current(c) and short(c),
                lambda c: current(c) and short(c) and not foretold(c),  # a plan said at a glance
                lambda c: current(c) and short(c),
                lambda c: reports(c) and current(c) and reported(c),
                lambda c: reports(c) and current(c),
                reports,
                short,
            )
            if (found := [c for c in window if wanted(c)])
        ),
        window[0] if window else None,
    )
    if chosen is not None and not reported(chosen):  # no quotation where a report is there, however long
        return next((c for c in window if reports(c) and current(c) and reported(c) and develops(c)), chosen)
    if chosen is not None and not develops(chosen):  # no undated background where news is, however long
        dated_news = (c for c in window if reports(c) and current(c) and reported(c) and dated(c) and news(c))
        return next(dated_news, chosen)
    return chosen


_QUOTED = re.compile(r"[\"“«]([^\"”»]*)(?:[\"”»]|$)")


def is_quotation(statement: str) -> bool:
    """Whether a statement quotes someone's words: a quoted passage of `QUOTATION_WORDS` words or
    more (`“I nostri azionisti faranno le loro scelte”`), not a word in scare quotes (`"decine" di
    feriti`, `la “sua” banca`)."""
    return any(len(found.group(1).split()) >= QUOTATION_WORDS for found in _QUOTED.finditer(statement))


def _speaker_shown(statement: str, speaker: str) -> bool:
    surname = speaker.split()[-1:]
    return bool(surname) and lang.fold(surname[0]) in lang.fold(statement)


def speaker_printed(fact: Fact) -> bool:
    """Whether the briefing shows who speaks wherever it prints the fact as its statement (every
    section but Positions, which prints the speaker's name above it): the statement names them,
    or `key_point_text` puts their name before it. A speaker the engine found but the print does
    not show is no help to a reader (`Il punto, aggiunge, «…»` printed bare)."""
    return printed_with_speaker(fact.statement, fact.speaker or "", fact.embedded)


# Compose asks this of each candidate of each section, again and again (a 1,000-article build: about
# 11,000 times for 1,500 statements); `compose.ahead` empties it once a build is written.
@lru_cache(maxsize=1 << 15)
def printed_with_speaker(statement: str, speaker: str, embedded: bool) -> bool:
    """`speaker_printed` of a fact with this statement, speaker and `embedded`."""
    return _speaker_shown(statement, speaker) or spoken_text(statement, speaker, embedded) != statement


def bare_quotation(fact: Fact) -> bool:
    """A quotation whose speaker nobody knows: it opens on a quotation mark and no speaker was
    found for it."""
    return fact.statement.lstrip("*_ ")[:1] in _QUOTE_MARKS and not (fact.speaker or "").strip()


@cache
def _framing() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lang.alternatives(lambda language: language.framing_pattern)})\b")


def frames_only(fact: Fact) -> bool:
    """Whether a statement says only that someone spoke, not what (`Rutte ha tracciato un quadro
    netto … intervenendo in conferenza stampa`): a framing phrase (`Language.framing_pattern`) and
    neither a quotation nor a number. True of it, but no key point: what was said is."""
    statement = fact.statement
    return (
        _framing().search(lang.fold(statement)) is not None
        and not any(mark in statement for mark in '"“«')
        and not re.search(r"\d", statement)
    )


def stands_alone(fact: Fact) -> bool:
    """Whether a fact can be a key point as it is written (or with its speaker before it)."""
    return not opens_on_anaphor(fact.statement) and not bare_quotation(fact)


def key_point_text(fact: Fact) -> str:
    """The fact's statement, with its speaker before it when the statement does not name them and
    reads as theirs: it opens on a quotation (`Mark Rutte: “L’Ucraina non può sostenere questo
    sforzo da sola”, ha ammonito…`), points back to its subject (`Ha poi aggiunto…`), or is their
    own post (`Marco Rubio: On my way to…`). A reporter's sentence with a subject of its own (`In
    precedenza il presidente degli Stati Uniti aveva dichiarato…`, `A livello militare, le
    discussioni…`) is left as it is: a name and a colon before it would make it the speaker's."""
    return spoken_text(fact.statement, fact.speaker or "", fact.embedded)


@lru_cache(maxsize=1 << 15)  # per statement, as `printed_with_speaker`
def spoken_text(statement: str, speaker: str, embedded: bool) -> str:
    """`key_point_text` of a fact with this statement, speaker and `embedded`."""
    speaker = " ".join(speaker.split())
    if not speaker or _speaker_shown(statement, speaker):
        return statement
    opens_on_quotation = statement.lstrip("*_ ")[:1] in _QUOTE_MARKS
    if opens_on_quotation or embedded or opens_on_anaphor(statement):
        return f"{speaker}: {statement}"
    return statement
