"""The patterns the rules read news with, made of every language's words (`briefing.lang`; see
ARCHITECTURE.md, "Where knowledge lives")."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from contextlib import suppress

from briefing import lang
from briefing.lang import word_set


def lower(text: str) -> str:
    """`text` in lower case, with every character kept in place (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# The last text lower-cased and its lower-case copy: the rules ask one sentence many patterns in a
# row (a few dozen while the engine reads it), and each would lower-case it afresh. One pair, read
# and replaced whole, so threads sharing it only ever lose a reuse.
_last_lowered: tuple[str, str] = ("", "")


def recent_lower(text: str) -> str:
    """`lower(text)`, reused when the text asked before was the same."""
    global _last_lowered
    last = _last_lowered
    if last[0] == text:
        return last[1]
    copy = lower(text)
    _last_lowered = (text, copy)
    return copy


_UNASKED = object()


class Lowercase:
    """A pattern written in lower case, matched against a lower-cased copy of the text.

    Offsets are those of the original text. Python's `re` runs a long alternation of words three
    times faster this way than with IGNORECASE, and these patterns run on every sentence.

    The rules ask the same pattern about the same sentence several times while they read it (its
    tense for the date, again for the kind of fact, …): a search over the whole text keeps its
    answer for the last `RECENT` texts asked about, so a repeated question costs a dictionary
    look-up. Answers are the very match objects a first search returned; searches of part of a
    text (`pos`, `endpos`) are not kept."""

    RECENT = 8  # texts, per pattern: the sentence being read and a few before it

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        self._recent: dict[tuple[str, str], object] = {}

    def _remembered(self, kind: str, text: str, answer: Callable[[str], object]) -> object:
        """The kept answer, or a fresh one kept. Threads share the patterns (the engine's warm-up
        and the extraction threads): another thread may push out an answer between any two steps
        here, so nothing is read twice and a lost race only costs a search."""
        key = (kind, text)
        found = self._recent.get(key, _UNASKED)
        if found is _UNASKED:
            found = answer(recent_lower(text))
            if len(self._recent) >= self.RECENT:
                with suppress(RuntimeError):  # another thread changed the keys while this looked
                    self._recent.pop(next(iter(self._recent), None), None)  # type: ignore[arg-type]
            self._recent[key] = found
        return found

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos == 0 and endpos >= len(text):
            return self._remembered("search", text, self.pattern.search)  # type: ignore[return-value]
        return self.pattern.search(recent_lower(text), pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if pos == 0 and endpos >= len(text):
            return self._remembered("match", text, self.pattern.match)  # type: ignore[return-value]
        return self.pattern.match(recent_lower(text), pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if pos == 0 and endpos >= len(text):
            found = self._remembered("finditer", text, lambda lowered: list(self.pattern.finditer(lowered)))
            return iter(found)  # type: ignore[call-overload]
        return self.pattern.finditer(recent_lower(text), pos, endpos)


# Heads of the roles the news gives people: "il segretario generale della NATO", "NATO Secretary General".
ROLE_HEADS = lang.union(lambda language: language.role_heads)

# Heads of organisation names, capitalised: "Dipartimento di Stato", "Consiglio Nato-Ucraina".
ORG_HEADS_WITH_NAME = lang.union(lambda language: language.org_heads_with_name)
ORG_HEADS = lang.union(lambda language: language.org_heads) | ORG_HEADS_WITH_NAME
ORG_TAIL_ADJECTIVES = lang.union(lambda language: language.org_tail_adjectives)
ORG_FIXED = re.compile(
    r"\b(?:" + "|".join(name for language in lang.ALL for name in language.org_names) + r")\b"
)
TITLECASE_ACRONYMS = lang.union(lambda language: language.titlecase_acronyms)
# Upper-case words that are no organisation in any language: numerals, currencies, time zones,
# agencies' bylines.
NOT_ORG_ACRONYMS = lang.union(lambda language: language.not_org_acronyms) | word_set(
    """
    CET GMT UTC II III IV VI VII VIII IX XI XII XX XXI USD EUR GBP KM ANSA AGI ITALPRESS LAPRESSE ADNKRONOS
    DIRE AFP AP REUTERS
    """
)

# Capitalised words that are not names (sentence starters, places, institutions' words).
FUNCTION_WORDS = lang.union(lambda language: language.function_words)
# Proper nouns that are no person's name, written the same in every language: places, platforms.
_PLACES_AND_PLATFORMS = word_set(
    """
    Hong Kong New York Los Angeles Gaza HQ Facebook Instagram Twitter Truth Social Telegram YouTube TikTok
    Google Reuters Associated Press Tel Aviv Abu Dhabi Buenos Aires Wall Street Silicon Valley Sri Lanka
    Kuala Lumpur Rio Janeiro Costa Rica Puerto Rico Santo Domingo San Francisco Las Vegas Sierra Leone
    Burkina Faso
    """
)
# Words of those names that are people's names too (`Antonio Costa`, `Carlo Santo`): nobody's name
# only next to the rest of the place (`Costa Rica`).
PLACE_WORDS_IN_NAMES = {"Costa": "Rica", "Santo": "Domingo", "Sierra": "Leone"}
CALENDAR_NAMES = frozenset(
    name[:1].upper() + name[1:] for language in lang.ALL for name in (*language.weekdays, *language.months)
)
NOT_NAME_WORDS = (
    FUNCTION_WORDS
    | lang.union(lambda language: language.not_name_words)
    | _PLACES_AND_PLATFORMS
    | CALENDAR_NAMES
)
# Words that make a capitalised pair a place, a building, a body or a work, never a person: the
# first (`Porto Scuro`, `Fort Bragg`) or the last (`Trade Center`, `Rapid Response`).
PLACE_OPENERS = lang.union(lambda language: language.place_openers)
PLACE_CLOSERS = lang.union(lambda language: language.place_closers)
# Number words, which open a phrase rather than a name (`Twenty-three Allies`, `Ventisette Paesi`).
NUMBER_WORDS = frozenset(word for language in lang.ALL for word in language.number_words)
# Particles inside people's names, whatever the language of the text.
NAME_PARTICLES = word_set("de di da del della van von der den la le al bin ibn dos das du ter ten el")
# Particles after which an article still belongs to a name (`de la Fuente`, `di Le Pen`).
PARTICLES_BEFORE_ARTICLES = word_set("de di del")

# Reporting verbs: who says what, by language (the article's own language is tried first).
REPORTING_FORMS: dict[str, Lowercase] = {
    code: Lowercase(r"\b(?:" + language.reporting_verbs + r")\b") for code, language in lang.LANGUAGES.items()
}


def reporting_forms(first: str | None) -> list[Lowercase]:
    """The reporting-verb patterns of every language, that of `first` (an article's language) first."""
    first = first if first in lang.LANGUAGES else lang.DEFAULT.code
    ordered = sorted(lang.LANGUAGES, key=lambda code: code != first)
    return [REPORTING_FORMS[code] for code in ordered]


def _markers(part: Callable[[lang.Language], str]) -> Lowercase:
    return Lowercase(r"\b(?:" + "|".join(part(language) for language in lang.ALL) + r")\b")


# A colon or a quotation mark after someone's words, statement or request: what they said follows
# (`scrive frasi deliranti: «…»`, `le parole di Rutte: «…»`), so the sentence holds them.
CONTENT_MARK = re.compile(r"[:“”«»\"]")
# Markers of a position (a stance), of a decision or action, of background and hedging.
STANCE = _markers(lambda language: language.stance)
ACTION = _markers(lambda language: language.action)
HEDGE = _markers(lambda language: language.hedge)
BACKGROUND = _markers(lambda language: language.background)
PLUPERFECT = Lowercase(lang.alternatives(lambda language: language.pluperfect))
# A reporting verb that reports no speech when a noun is its object (`ha aggiunto una sezione`).
ACTING_WITH_OBJECT = Lowercase(
    r"\b(?:" + lang.alternatives(lambda language: language.acting_with_object) + r")"
)
# `hanno detto`, `sostengono`: a plural speaker, not the one person who spoke before
PLURAL_REPORTING = re.compile(lang.alternatives(lambda language: language.plural_reporting), re.IGNORECASE)
# `, che`, `con cui`, `, who`: the opening of a relative clause
RELATIVE_OPENER = re.compile(
    r"(?:,\s*|\b(?:"
    + lang.words(lang.union(lambda language: language.prepositions))
    + r")\s+)(?:"
    + lang.alternatives(lambda language: language.relative_pronouns)
    + r")\b",
    re.IGNORECASE,
)
HISTORIC_PAST = Lowercase(lang.alternatives(lambda language: language.historic_past) or "(?!x)x")
IMPERFECT = Lowercase(lang.alternatives(lambda language: language.imperfect) or "(?!x)x")

# A sentence that opens on one of these points back to the sentence before it ("Lo ha detto il
# ministro", "E' questo il nome…", "He said…", "These…"): it is read only with that sentence.
ANAPHOR_OPENERS = Lowercase(
    r"^[\"“«'‘(*_\s]*(?:" + "|".join(language.anaphor_openers for language in lang.ALL) + r")"
)
