"""When a sentence's event happened or will happen, resolved against the publication date
(ARCHITECTURE.md, "Dates": which date is the sentence's own is `main_date`'s rule).

Candidates are found by patterns (Italian and English): full dates, ranges (`da mercoledì 2 a
venerdì 4 aprile 2025`, `dall'8 al 12 aprile 2026`, `April 2-4`), a day and month with no year
(`il 7 novembre`, `l'8 aprile`), a month (`a febbraio`, `in February`), a year (`nel 2024`),
relative words (`oggi`, `ieri`, `la prossima settimana`, `next month`, weekdays) and counted
offsets (`tre giorni fa`, `in two weeks`).

Resolution keeps partial dates partial and never invents one:
- a day-month with no year takes the year that makes sense against the publication date and the
  verb's tense (`A febbraio, Trump ha suscitato…` published in November 2024 is February 2024;
  `visiterà … l'8 aprile` published on 3 April 2026 is 8 April 2026); with no publication date
  it stays unresolved;
- a relative word needs an anchor at least as precise as itself: `oggi` in an article dated
  `2024-11` is November 2024; `la prossima settimana` in an undated article is unresolved.

The shapes here are resolved with our own calendar arithmetic: dateparser 1.5 handles none of
`la prossima settimana`, `l'8 aprile` or `tre giorni fa` in Italian, and costs 2-3 ms a phrase
(the whole per-article budget). It still parses the counted offsets (`3 giorni fa`, `two weeks
ago`), where it is right and rare enough to afford.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from briefing import lang
from briefing.dates import SHORT_YEAR, short_year
from briefing.models import PartialDate
from briefing.rules.attribution import inside_quotation
from briefing.rules.lexicon import Lowercase

Basis = Literal["explicit", "relative"]
Tense = Literal["past", "future"]

MONTH_NUMBER: dict[str, int] = lang.month_numbers()

_FULL = "|".join(name for language in lang.ALL for name in language.months)
_ABBR = "|".join(
    sorted(
        {n for language in lang.ALL for n in (*language.month_abbreviations, *language.month_variants)},
        key=len,
        reverse=True,
    )
)
# A month: a full name, or an abbreviation with a dot or before a year (`3 apr 2026`, `Apr. 3`).
_MONTH = rf"(?:{_FULL}|(?:{_ABBR})(?:\.|(?=\s+\d{{4}})))"
_WEEKDAY = f"(?:{lang.weekday_pattern()})"
# Month and weekday names that are words when written in lower case (`may`, `march`, `sunday`).
_LOWERCASE_NOT_DATES = frozenset(
    name.casefold()
    for language in lang.ALL
    if language.capitalises_calendar
    for name in (
        *language.months,
        *language.month_abbreviations,
        *language.month_variants,
        *language.weekdays,
    )
) - frozenset(
    name.casefold()
    for language in lang.ALL
    if not language.capitalises_calendar
    for name in (
        *language.months,
        *language.month_abbreviations,
        *language.month_variants,
        *language.weekdays,
    )
)
_ORDINAL = "|".join(suffix for language in lang.ALL for suffix in language.ordinal_suffixes)
_RANGE_OPENER = lang.alternatives(lambda language: language.range_openers)
_RANGE_JOINER = lang.alternatives(lambda language: language.range_joiners)
_DAY_OF = lang.words(w for language in lang.ALL for w in language.day_of_month)
_MONTH_OF = lang.words(w for language in lang.ALL for w in language.month_of_year)
_DAY = rf"(?:[12]\d|3[01]|0?[1-9])(?:{_ORDINAL})?"
_YEAR = r"(?:1[89]|20)\d{2}"
# A year ends at a non-digit, even when a word is glued to it (`Summit 7 March 2016leggi tutto`):
# a date written in full is never given another year.
_YEAR_END = r"(?!\d)"
_NO_DIGIT_BEFORE = r"(?<![\d/.,-])"

_F = re.IGNORECASE
# `da mercoledì 2 a venerdì 4 aprile 2025`, `dall'8 al 12 aprile 2026`, `tra il 2 e il 4 aprile`, `2-4 April`
_RANGE_SAME_MONTH = re.compile(
    rf"{_NO_DIGIT_BEFORE}(?:\b(?:{_RANGE_OPENER}))?"
    rf"(?:{_WEEKDAY},?\s+)?(?P<d1>{_DAY})\s*"
    rf"(?:[-–—/]|\s(?:{_RANGE_JOINER})\s)\s*"
    rf"(?:{_WEEKDAY},?\s+)?(?P<d2>{_DAY})\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b",
    _F,
)
# `dal 30 marzo al 2 aprile 2026`, `from 30 March to 2 April`
_RANGE_TWO_MONTHS = re.compile(
    rf"{_NO_DIGIT_BEFORE}(?:\b(?:{_RANGE_OPENER}))?(?:{_WEEKDAY},?\s+)?(?P<d1>{_DAY})\s+"
    rf"(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?\s*(?:[-–—]|\s(?:{_RANGE_JOINER})\s)\s*"
    rf"(?:{_WEEKDAY},?\s+)?(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?\b",
    _F,
)
# `April 2-4, 2025`, `April 2 to 4`
_RANGE_MONTH_FIRST = re.compile(
    rf"\b(?P<m>{_MONTH})\s+(?P<d1>{_DAY})\s*(?:[-–—]|\s(?:{_RANGE_JOINER})\s)\s*(?P<d2>{_DAY})"
    rf"(?:,?\s+(?P<y>{_YEAR}))?\b",
    _F,
)
# `mercoledì 2 aprile 2025`, `il 7 novembre`, `l'8 aprile`, `1º maggio`, `2 April 2025`
_DAY_MONTH = re.compile(
    rf"{_NO_DIGIT_BEFORE}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<d>{_DAY})\s+(?:(?:{_DAY_OF})\s+)?(?P<m>{_MONTH})"
    rf"(?:,?\s+(?:(?:{_MONTH_OF})\s+)?(?P<y>{_YEAR}){_YEAR_END}|\s+(?P<yy>{SHORT_YEAR})|\b)",
    _F,
)
# `April 2, 2025`, `on November 7`, `Friday, April 4`
_MONTH_DAY = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?\b(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?!\s*%)"
    rf"(?:,?\s+(?P<y>{_YEAR}){_YEAR_END}|\b)",
    _F,
)
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_NUMERIC = re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d{2})\b")
# `dal gennaio 2015 al novembre 2022`, `from January 2015 to November 2022`
_RANGE_MONTH_YEARS = re.compile(
    rf"(?:\b(?:{_RANGE_OPENER}))?\b(?P<m1>{_FULL})\s+(?:(?:{_MONTH_OF})\s+)?(?P<y1>{_YEAR})\s*"
    rf"(?:[-–—]|\s(?:{_RANGE_JOINER})\s)\s*(?P<m2>{_FULL})\s+(?:(?:{_MONTH_OF})\s+)?(?P<y2>{_YEAR}){_YEAR_END}",
    _F,
)
# `febbraio 2024`, `nel febbraio del 2024`, `February 2024`
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_FULL})\s+(?:(?:{_MONTH_OF})\s+)?(?P<y>{_YEAR}){_YEAR_END}", _F)
# `nel gennaio '92`: a month and a year written with two digits after an apostrophe
_MONTH_SHORT_YEAR = re.compile(rf"\b(?P<m>{_FULL})\s+(?P<yy>['’]\d{{2}})(?!\d)", _F)
# `a febbraio`, `lo scorso febbraio`, `febbraio prossimo`, `in February`, `last March`
_PAST_MODIFIERS = frozenset(m for language in lang.ALL for m in language.past_modifiers)
_FUTURE_MODIFIERS = frozenset(m for language in lang.ALL for m in language.future_modifiers)
_SAME_MODIFIERS = frozenset(m for language in lang.ALL for m in language.same_modifiers)
_POST = lang.words(m for language in lang.ALL for m in language.post_modifiers)
_MONTH_ALONE = re.compile(
    rf"\b(?P<cue>{lang.alternatives(lambda language: language.month_cues)})\s+"
    rf"(?P<m>{_FULL})\b(?:\s+(?P<post>{_POST}))?(?!\s+\d)",
    _F,
)
# `febbraio scorso`: the languages that write the modifier after the month
_POST_MONTHS = "|".join(name for language in lang.ALL if language.post_modifiers for name in language.months)
_MONTH_POST = re.compile(rf"\b(?P<m>{_POST_MONTHS})\s+(?P<post>{_POST})\b", _F)
# `nel 2024`, `del 2024`, `entro il 2030`, `in 2024`, `by 2030`
_YEAR_ALONE = re.compile(
    rf"\b(?:{lang.alternatives(lambda language: language.year_cues)})\s+"
    rf"(?P<y>{_YEAR})\b(?![\d%,.]\d)",
    _F,
)


def _relative(part: Callable[[lang.Language], Mapping[int, str]]) -> list[tuple[re.Pattern[str], int]]:
    """One pattern per offset (in the order the first language lists them), every language's words in it."""
    offsets = list(dict.fromkeys(offset for language in lang.ALL for offset in part(language)))
    return [
        (
            re.compile(
                r"\b(?:"
                + "|".join(part(language)[o] for language in lang.ALL if o in part(language))
                + r")\b",
                _F,
            ),
            o,
        )
        for o in offsets
    ]


_RELATIVE_DAY = _relative(lambda language: language.relative_days)
_RELATIVE_WEEK = _relative(lambda language: language.relative_weeks)
_RELATIVE_MONTH = _relative(lambda language: language.relative_months)
_RELATIVE_YEAR = _relative(lambda language: language.relative_years)
_WEEKDAY_PRE = lang.words(
    m
    for language in lang.ALL
    for m in (
        *language.past_modifiers,
        *language.future_modifiers,
        *language.same_modifiers,
        *language.weekday_cues,
    )
)
_WEEKDAY_ALONE = re.compile(
    rf"\b(?:(?P<pre>{_WEEKDAY_PRE})\s+)?"
    rf"(?P<wd>{_WEEKDAY})\b(?:\s+(?P<post>{_POST}))?",
    _F,
)
# `tra sabato e domenica`, `between Saturday and Sunday`: a span of two days
_WEEKDAY_RANGE = re.compile(
    rf"\b(?:{lang.alternatives(lambda language: language.weekday_range_openers)})\s+(?P<wd>{_WEEKDAY})"
    rf"(?:\s+(?:{lang.alternatives(lambda language: language.day_parts)}))?"
    rf"\s+(?:{_RANGE_JOINER})\s+(?P<wd2>{_WEEKDAY})\b",
    _F,
)
# Counted offsets: `tre giorni fa`, `in two weeks` (articles count one: `un mese fa`, `a week ago`).
_NUMBER_WORDS: dict[str, int] = {
    word: value
    for language in lang.ALL
    for word, value in (*language.number_words.items(), *((a, 1) for a in language.article_as_one))
    if value <= 10
}
_COUNT = r"(?:\d{1,3}|" + lang.words(_NUMBER_WORDS) + ")"
_UNIT_LANGUAGE: dict[str, lang.Language] = {
    word: language for language in lang.ALL for word in language.time_units
}
_UNIT = lang.words(_UNIT_LANGUAGE)
_AGO = lang.words(w for language in lang.ALL for w in language.ago_words)
_AHEAD = lang.words(w for language in lang.ALL for w in language.ahead_words)
_OFFSET_AGO = re.compile(rf"\b(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})\s+(?:{_AGO})\b", _F)
_OFFSET_AHEAD = re.compile(
    rf"\b(?:{_AHEAD})\s+(?P<n>{_COUNT})\s+(?P<unit>{_UNIT})\b(?!\s+(?:{_AGO})\b)",
    _F,
)

# A comparison cue at most three words before a date: `rispetto alle elezioni del 2019`.
_COMPARISON = Lowercase(
    r"\b(?:" + lang.alternatives(lambda language: language.comparison_cues) + r")(?:\s+[^\s,;.]+){0,3}\s*$"
    # `contro il 2,1% del 2023`: a figure after the preposition makes it compare
    r"|\b(?:" + lang.alternatives(lambda language: language.figure_comparison_cues) + r")"
    r"\s+[^\s;]*\d[^\s;]*(?:\s+[^\s,;.]+){0,2}\s*$"
)
_NOWADAYS = Lowercase(r"\b(?:" + lang.alternatives(lambda language: language.nowadays_cues) + r")\s+$")
# `…, dopo l'esperienza alla guida della struttura anti Covid, oggi al Comando …`: a role then and now
_FORMER_ROLE = Lowercase(
    r"\b(?:"
    + (lang.alternatives(lambda language: language.former_role_cues) or "(?!x)x")
    + r")\b[^.;:!?]*,\s*$"
)
# How far back a former role may stand before its `oggi`
_FORMER_ROLE_REACH = 120
_ASIDE_YEAR = Lowercase(
    r"\b(?:" + lang.words(cue for language in lang.ALL for cue in language.aside_year_cues) + r")\s*$"
)
_PERIOD_NOUNS = lang.union(lambda language: language.period_nouns)


def _aside_year(sentence: str, begin: int) -> bool:
    """`l'intervista del 2021`, `since 2017`; not `nei primi tre mesi del 2024`, `all'inizio del 2024`,
    nor a starting point that opens the sentence (`Dal 2002 in poi cominciò …`): that frames it."""
    window = max(0, begin - 10)
    cue = _ASIDE_YEAR.search(sentence[window:begin])
    if cue is None:
        return False
    before = sentence[: window + cue.start()].split()
    if len(before) <= 2:
        return False
    noun = re.split(r"['’]", before[-1].casefold())[-1]
    return noun not in _PERIOD_NOUNS


# `il bombardamento di venerdì`, `gli attacchi dello scorso 7 ottobre`, `il ricordo dell'11 settembre 2001`
_ATTRIBUTE = Lowercase(
    r"\b(?:"
    + lang.words(c for language in lang.ALL for c in language.attribute_cues)
    + r")(?:\s+|['’])(?:(?:"
    + lang.words(m for language in lang.ALL for m in (*language.past_modifiers, *language.future_modifiers))
    + r")\s+)?$"
)
_WELL_KNOWN_DAYS: dict[tuple[int, int], int] = {
    day: year for language in lang.ALL for day, year in language.well_known_days.items()
}
_WELL_KNOWN_CUE = Lowercase(
    r"(?:" + (lang.alternatives(lambda language: language.well_known_cues) or "(?!x)x") + r")$"
)


def _well_known_year(sentence: str, begin: int, day: int, month: int | None) -> int | None:
    """The year of a day known by its day and month alone, where its cue says it is that one (`gli
    attacchi dell'11 settembre`: 2001): a reference, never the date of what the sentence reports."""
    year = _WELL_KNOWN_DAYS.get((month or 0, day))
    if year is None or not _WELL_KNOWN_CUE.search(sentence[max(0, begin - 60) : begin]):
        return None
    return year


_THAT_YEAR = Lowercase(r"\s+(?:" + lang.alternatives(lambda language: language.that_year) + r")\b")
_OF_RELATIVE_YEAR = [
    (
        Lowercase(
            r"\s+(?:"
            + "|".join(
                language.of_relative_year[o] for language in lang.ALL if o in language.of_relative_year
            )
            + r")\b"
        ),
        o,
    )
    for o in (-1, 0, 1)
]


def _year_offset(sentence: str, end: int) -> int | None:
    """-1 for a month followed by `dello scorso anno`, 0 for `di quest'anno`, 1 for `of next year`."""
    for pattern, offset in _OF_RELATIVE_YEAR:
        if pattern.match(sentence, end):
            return offset
    return None


_RELATIVE_PRONOUN = Lowercase(
    r"\b(?:" + lang.alternatives(lambda language: language.relative_pronouns) + r")\b"
)
_COMPARISON_OPENER = Lowercase(
    r"\b(?:" + (lang.alternatives(lambda language: language.comparison_openers) or "(?!x)x") + r")\b"
)
_TOPIC = Lowercase(r"\b(?:" + lang.alternatives(lambda language: language.topic_cues) + r")\s+$")
_SINCE = Lowercase(
    r"\b(?:" + (lang.alternatives(lambda language: language.since_openers) or "(?!x)x") + r")\b"
)
_AUXILIARY = r"\b(?:" + lang.alternatives(lambda language: language.auxiliaries) + r")"
_AUXILIARY_JUST_BEFORE = Lowercase(_AUXILIARY + r"\s+$")
_AUXILIARY_BEFORE_WORD = Lowercase(_AUXILIARY + r"\s+(?P<between>[\w'’]+)\s+$")
_DETERMINERS = lang.union(lambda language: language.determiners)
_FUNCTION_WORDS = lang.union(lambda language: language.stopwords)
_LAST_WORD = re.compile(r"\w+['’]?\s*$")
# Where a relative clause has surely ended: a full stop, a semicolon, a colon or a closing bracket
# (`…, che però oggi è in contrasto … . Anche per questo, nel novembre del 2023 …`). A comma does
# not end one (`che chiede di prorogare di un anno, al 31 dicembre 2025, il termine`).
_CLAUSE_EDGE = re.compile(r"[;:!?)\]]|\.\s")


# How many words before its date a relative pronoun may stand, itself included (`il corpo di polizia
# che il presidente Andrés Manuel López Obrador creò nel 2019`); one further away opened a clause
# that has ended (`Che cosa c'è, Senza fine, Gino Paoli esordì … nel 1959`: a song title).
_RELATIVE_REACH = 12


def _words_before(sentence: str, begin: int, floor: int) -> int:
    """Where the `_RELATIVE_REACH` words before `begin` start (not before `floor`)."""
    starts = [m.start() for m in _WORDS.finditer(sentence, floor, begin)]
    return starts[-_RELATIVE_REACH] if len(starts) > _RELATIVE_REACH else floor


def _clause_start(sentence: str, begin: int) -> int:
    edges = [m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, begin)]
    return edges[-1] if edges else 0


def _in_participle_phrase(sentence: str, begin: int) -> bool:
    """`un museo costruito nel 1930`, `Nato il 23 settembre 1934`: a participle that qualifies a
    noun, not the verb of the clause (`è stato costruito nel 1930`, `ha vinto il 5 maggio`)."""
    window = max(0, begin - 40)
    participle = _PARTICIPLE_BEFORE.search(sentence[window:begin])
    if participle is None:
        return False
    at = window + participle.start()
    if _capitalised_inside(sentence, at):
        return False  # `il Senato il 5 maggio`: a name; not `… 90 anni. Nato il 23 settembre 1934`
    before = sentence[max(0, at - 40) : at]
    previous = _LAST_WORD.search(before)
    if previous and previous.group().strip().casefold() in _DETERMINERS:
        return False  # `il partito nel 2019`, `l'avvocato il 5 maggio`: a noun
    if _AUXILIARY_JUST_BEFORE.search(before):
        return False  # `si è tenuto dall'8 al 10 luglio`
    # `e' stato gia' arrestato`, but not `ce n'è uno costruito`: an adverb may stand between, not a pronoun
    auxiliary = _AUXILIARY_BEFORE_WORD.search(before)
    return auxiliary is None or auxiliary["between"].casefold() in _FUNCTION_WORDS


def _participle_after_a_noun(sentence: str, begin: int) -> bool:
    """`davanti al Memorial inaugurato ieri`: the participle phrase a date stands in follows a word
    of its clause, so it qualifies that noun; not `Arrivato ieri a Roma, …`, which opens its clause."""
    window = max(0, begin - 40)
    participle = _PARTICIPLE_BEFORE.search(sentence[window:begin])
    if participle is None:
        return False
    at = window + participle.start()
    if _HAPPENING.match(sentence, at):
        return False  # `una sparatoria avvenuta sabato sera`: the day of what the sentence reports
    return bool(sentence[_clause_start(sentence, at) : at].strip())


_HAPPENING = Lowercase(
    r"\s*(?:" + (lang.alternatives(lambda language: language.happening_participles) or "(?!x)x") + r")\b"
)


def _attribute(sentence: str, begin: int) -> bool:
    """`il bombardamento di venerdì`, `gli attacchi dello scorso 7 ottobre`; not a period (`all'inizio
    del 2024`, `nei primi tre mesi del 2024`)."""
    window = max(0, begin - 20)
    cue = _ATTRIBUTE.search(sentence[window:begin])
    if cue is None:
        return False
    before = sentence[: window + cue.start()].split()
    return not before or re.split(r"['’]", before[-1].casefold())[-1] not in _PERIOD_NOUNS


_AFTER_WORDS = lang.words(w for language in lang.ALL for w in language.after_words)
_AFTER_A_NOUN = Lowercase(r"\b(?:" + _AFTER_WORDS + r")\s+(?:[\w'’]+\s+){1,3}$")


def _attribute_of_a_noun(sentence: str, begin: int) -> bool:
    """`Il blog ha messo in rete le foto delle proteste di lunedì`: the date of a noun that the past
    verb of its clause acts on, not of what the verb did (the photos went up some day since); not
    the subject's (`Il bombardamento di venerdì ha ucciso …`: the bombing's day is the event's), nor
    an hour's (`è avvenuta alle 23 di ieri sera`) or what happened (`è avvenuta la rapina di ieri`).
    So is one of a noun that what the sentence reports came after (`dopo le dimissioni di ieri del
    ministro, è arrivata notizia …`)."""
    before = sentence[_clause_start(sentence, begin) : begin]
    words = before.split()
    if len(words) < 2 or not words[-2].isalpha():
        return False
    if _AFTER_A_NOUN.search(" ".join(words[:-1]) + " "):  # the words before the attribute's cue
        return True
    return _HAPPENING.search(before) is None and tense_of(before) == "past"


def _in_relative_clause(sentence: str, begin: int, clause: int) -> bool:
    """After a relative pronoun, unless the clause it opened after a comma has closed with another
    (`Ronaldo, che ha segnato 40 gol nel 2023, ha firmato ieri`: `ieri` is the main clause's)."""
    pronouns = _relative_pronouns(sentence, begin, clause)
    if not pronouns:
        return False
    last = pronouns[-1]
    parenthetical = sentence[: last.start()].rstrip().endswith(",")
    return not (parenthetical and _closed_by_comma(sentence, last.end(), begin))


def _relative_pronouns(sentence: str, begin: int, clause: int) -> list[re.Match[str]]:
    """The relative pronouns in the words before `begin` whose clause it may stand in: not one in a
    quotation that closes before it (`«… la prima volta che sono andato all'estero», aveva spiegato
    Gabbia lo scorso febbraio`: the date is the reporting verb's)."""
    outside = not inside_quotation(sentence, begin)
    return [
        pronoun
        for pronoun in _RELATIVE_PRONOUN.finditer(sentence, _words_before(sentence, begin, clause), begin)
        if not (outside and inside_quotation(sentence, pronoun.start()))
    ]


_REPORTED_THAT = Lowercase(r"\b(?:" + lang.alternatives(lambda language: language.reporting_verbs) + r")\s*$")


def _relative_clause_of_a_noun(sentence: str, begin: int) -> bool:
    """In a relative clause that qualifies a noun (`i reperti, che ieri sarebbero stati rubati`); not
    what a reporting verb's `che` opens (`ha detto che venerdì …`: what was said happened then)."""
    clause = _clause_start(sentence, begin)
    if not _in_relative_clause(sentence, begin, clause):
        return False
    pronouns = _relative_pronouns(sentence, begin, clause)
    return not _REPORTED_THAT.search(sentence[: pronouns[-1].start()])


def _closed_by_comma(sentence: str, opened: int, begin: int) -> bool:
    """Whether a clause opened at `opened` has closed before `begin`: a comma after which a verb
    of another clause comes (`, ha firmato ieri`), not a comma inside it (`di un anno, al 31
    dicembre 2025`)."""
    comma = sentence.rfind(",", opened, begin)
    return comma >= 0 and tense_of(sentence[comma + 1 : begin]) is not None


_COMPLEMENTIZER = re.compile(lang.alternatives(lambda language: language.complementizers))


def without_relative_clauses(sentence: str, mentions: list[DateMention]) -> str:
    """The sentence less the relative clauses its dates stand in, each cut from after its pronoun to
    the end of its sentence (`…, la frazione dove nella notte tra mercoledì e giovedì scorso era
    crollato l'argine, …`): what the main clause says, for its tense (`scorso` there does not make
    `sono abitanti` past). Not after `che`, which also opens what a verb reports."""
    spans: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.clause != "relative":
            continue
        clause = _clause_start(sentence, mention.start)
        pronouns = _relative_pronouns(sentence, mention.start, clause)
        if not pronouns or _COMPLEMENTIZER.fullmatch(pronouns[-1].group().casefold()):
            continue  # a starting point (`Since …`), or `che` opening a report (`riporta che domenica`)
        edge = _CLAUSE_EDGE.search(sentence, mention.end)
        spans.append((pronouns[-1].end(), edge.start() if edge else len(sentence)))
    kept, at = [], 0
    for start, end in sorted(spans):
        kept.append(sentence[at : max(at, start)])
        at = max(at, end)
    kept.append(sentence[at:])
    return "".join(kept)


_STARTING_POINT = Lowercase(
    rf"^(?:{_RANGE_OPENER}|(?:{lang.alternatives(lambda language: language.since_openers)})\s)"
)


def starts_from(mention: DateMention) -> bool:
    """`da novembre`, `since March`: a mention that is a starting point, whatever time it runs on to."""
    return _STARTING_POINT.search(mention.text) is not None


# `Da venerdì`, `Dal 27 febbraio 2011`, `Since Friday` opening a sentence: what it tells runs from then
_SPAN_OPENER = Lowercase(
    r"^[\W_]*(?:"
    + lang.alternatives(lambda language: language.since_openers)
    + "|"
    + lang.alternatives(lambda language: language.range_openers)
    + r")\s*$"
)


_QUOTATION_OPENED = re.compile(r"[:,]\s*(?:[«“]\s*|\")$")


def opens_a_span(sentence: str, mention: DateMention) -> bool:
    """`Da venerdì almeno 14 persone sono state uccise …`, `Dal 27 febbraio 2011 l'Egitto è governato
    …`: a sentence that opens on where what it tells began, which runs on to the page's day; that
    is not a day its news happened on, nor one the sentences after it go on telling."""
    before = sentence[: mention.start]
    if _QUOTATION_OPENED.search(before):
        before = ""  # `…il contesto: "Da febbraio, gli insorti …"`: the quotation opens on it
    if starts_from(mention):
        return not re.search(r"\w", before)
    return mention.end_date is None and _SPAN_OPENER.search(before) is not None


def _after_starting_point(sentence: str, begin: int, clause: int) -> bool:
    """`Since the establishment of the State of Israel in 1948, …`: the date of the starting
    point's event; but `Fin dal 25 febbraio, Sarkozy aveva stabilito …` is the sentence's own."""
    openers = list(_SINCE.finditer(sentence, clause, begin))
    return bool(openers) and bool(_WORDS.search(sentence, openers[-1].end(), begin))


_SPACED_DASH = re.compile(r"\s[–—]\s")


def _dates_the_verb_before(sentence: str, begin: int, end: int) -> bool:
    """`Le manifestazioni … sono entrate (il 7 marzo) nella loro quarta settimana`: a parenthesis
    that holds nothing but a date, right after a verb, says when that verb's clause happened; a
    parenthesis after a noun (`il vertice (11-12 luglio 2023)`) or holding more is an aside."""
    opened = sentence.rfind("(", 0, begin)
    closed = sentence.find(")", end)
    if (
        opened < 0
        or closed < 0
        or len(sentence[opened + 1 : begin].split()) > 1
        or sentence[end:closed].strip()
    ):
        return False
    words_before = sentence[:opened].split()[-3:]
    return (
        bool(words_before)
        and not re.search(r"[,;:]$", words_before[-1])
        and tense_of(" ".join(words_before)) is not None
    )


def _between_dashes(sentence: str, begin: int) -> bool:
    """`Come accade dopo ogni Settimana della moda – quella di Milano si è conclusa lunedì – siti e
    riviste scrivono …`: a clause between dashes is an aside, like one in parentheses; a dateline
    (`Roma – 14 gennaio 2016 – …`) is not."""
    dashes = list(_SPACED_DASH.finditer(sentence, 0, begin))
    closing = _SPACED_DASH.search(sentence, begin)
    if len(dashes) % 2 == 0 or closing is None:
        return False
    return tense_of(sentence[dashes[-1].end() : closing.start()]) is not None


def _in_comparison(sentence: str, begin: int) -> bool:
    """`come già accaduto per la precedente alluvione, quella di fine maggio 2023`: a clause of
    comparison holds its dates until a full stop or another clause's verb."""
    clause = _clause_start(sentence, begin)
    openers = list(_COMPARISON_OPENER.finditer(sentence, clause, begin))
    return bool(openers) and not _closed_by_comma(sentence, openers[-1].end(), begin)


_LIFE_PARTICIPLE = Lowercase(
    r"\b(?:" + (lang.alternatives(lambda language: language.life_participles) or "(?!x)x") + r")\b"
)
# How many words a life participle may stand before its date (`nato a Pinerolo nel 1865`).
_LIFE_REACH = 5


def _after_life_participle(sentence: str, begin: int, clause: int) -> bool:
    """`Luigi Sapelli nato a Pinerolo nel 1865 e scomparso a Milano nel 1936, … riusciva`: a
    birth or a death that qualifies a person; not `è nata nel 1994`, the verb of its clause."""
    found = [  # `NATO`, and `Morti` capitalised inside a sentence, are names
        m
        for m in _LIFE_PARTICIPLE.finditer(sentence, clause, begin)
        if sentence[m.start()].islower() or (m.start() == 0 and not sentence[m.start() : m.end()].isupper())
    ]
    if not found:
        return False
    participle = found[-1]
    between = sentence[participle.end() : begin]
    if len(_WORDS.findall(between)) > _LIFE_REACH or "," in between or tense_of(between) is not None:
        return False
    before = sentence[max(0, participle.start() - 40) : participle.start()]
    previous = _LAST_WORD.search(before)
    if previous and previous.group().strip().casefold() in _DETERMINERS:
        return False  # `nello scomparso Yemen del Nord`: an adjective
    if _AUXILIARY_JUST_BEFORE.search(before):
        return False
    auxiliary = _AUXILIARY_BEFORE_WORD.search(before)
    return auxiliary is None or auxiliary["between"].casefold() not in _FUNCTION_WORDS


_GERUND = Lowercase(r"\b(?:" + (lang.alternatives(lambda language: language.gerund) or "(?!x)x") + r")\b")


def _in_gerund_clause(sentence: str, begin: int, clause: int) -> bool:
    """`…, portando l'aumento applicabile ai requisiti per l'età pensionabile nel 2027 a tre mesi`:
    the date of a consequence or a manner, until a comma after which another verb comes; and so
    for a perfect infinitive (`primo esperto ad aver introdotto in Italia, nel 1989, il test`)."""
    for pattern in (_GERUND, _PERFECT_INFINITIVE):
        found = list(pattern.finditer(sentence, _words_before(sentence, begin, clause), begin))
        if found and not _closed_by_comma(sentence, found[-1].end(), begin):
            return True
    return False


_PERFECT_INFINITIVE = Lowercase(
    r"(?:" + (lang.alternatives(lambda language: language.perfect_infinitive) or "(?!x)x") + r")"
)
_OPENING_PARTICIPLE = Lowercase(
    r"^[\W_]*(?:" + (lang.alternatives(lambda language: language.opening_participle) or "(?!x)x") + r")\b"
)


_OPENING_PERFECT = Lowercase(
    r"^[\W_]*(?:" + (lang.alternatives(lambda language: language.perfect_participle) or "(?!x)x") + r")\b"
)


def _in_opening_perfect(sentence: str, begin: int) -> bool:
    """`Having visited Kyiv last month, she met …`: a perfect participle that opens the sentence
    tells what came before its main clause, up to the comma that closes its phrase."""
    perfect = _OPENING_PERFECT.search(sentence)
    return perfect is not None and perfect.end() <= begin < sentence.find(",", perfect.end())


def _in_opening_participle(sentence: str, begin: int) -> bool:
    """`Sposata con un cugino del padre nel 2006, è balzata alle cronache nel 2004 …`: a participle
    that opens the sentence, with no verb before the comma that closes its phrase and a clause
    with its own verb after it, qualifies the subject; its date is not the main clause's."""
    opening = _OPENING_PARTICIPLE.search(sentence)
    if opening is None or begin < opening.end():
        return False
    comma = sentence.find(",", opening.end())
    return (
        begin < comma
        and tense_of(sentence[opening.end() : begin]) is None
        and (
            tense_of(sentence[comma + 1 :]) is not None
            or _AUXILIARY_AFTER.search(sentence, comma) is not None
        )
    )


_AUXILIARY_AFTER = Lowercase(_AUXILIARY + r"\b")
_APPOSED_PARTICIPLE = Lowercase(
    r",\s*(?:" + (lang.alternatives(lambda language: language.opening_participle) or "(?!x)x") + r")\b"
)


def _in_participle_apposition(sentence: str, begin: int) -> bool:
    """`la giornalista Mona Eltahawy, aggredita dalla polizia in piazza Tahrir lo scorso novembre,
    scrive: …`: a participle phrase set off by commas after a noun tells when the noun was so; its
    date is not the day of what the main clause reports."""
    openings = list(_APPOSED_PARTICIPLE.finditer(sentence, 0, begin))
    if not openings or openings[-1].start() == 0:
        return False
    opened = openings[-1]
    phrase = sentence[opened.end() : begin]
    closing = sentence.find(",", begin)
    return (
        "," not in phrase
        and tense_of(phrase) is None
        and closing != -1
        and bool(sentence[closing + 1 :].strip())
    )


def _in_past_participle(sentence: str, begin: int) -> bool:
    """A date in a phrase of a past participle (`costruito nel 1930`, `, aggredita … il 23 novembre,`,
    `Eletto il 5 maggio, …`): what the participle tells had happened, whatever the main clause's
    tense; the participles that schedule (`previsto`, `scheduled`) are not among them."""
    return (
        _in_participle_phrase(sentence, begin)
        or _in_participle_apposition(sentence, begin)
        or _in_opening_participle(sentence, begin)
    )


# `il Premio Guido Carli, in programma venerdì 6 maggio`: the schedule of a noun, in apposition
_SCHEDULED_APPOSITION = Lowercase(
    rf",\s*(?:{lang.alternatives(lambda language: language.scheduling_words)})\s+"
    rf"(?:(?:{lang.alternatives(lambda language: language.scheduling_links)})\s+)?"
    rf"(?:(?:{lang.words(article for language in lang.ALL for article in language.definite_articles)})\s*)?$"
)


_APPOSITION_SPAN = Lowercase(
    rf",\s*(?:{lang.alternatives(lambda language: language.scheduling_words)})\b[^,;.]*"
)


def without_scheduled_appositions(text: str) -> str:
    """`L'idea giunge …, in programma venerdì 6 maggio alle 17,30 …` less its apposition: what the
    main clause says, for its tense."""
    return "".join(
        text[start:end]
        for start, end in _gaps([m.span() for m in _APPOSITION_SPAN.finditer(text)], len(text))
    )


def _gaps(spans: list[tuple[int, int]], length: int) -> Iterator[tuple[int, int]]:
    at = 0
    for start, end in spans:
        yield at, start
        at = end
    yield at, length


Subordinate = Literal["relative", "participle", "attribute", "schedule", "before"]


def _subordinate(sentence: str, begin: int) -> Subordinate | None:
    """Where a date stands when it is not in the main clause: in a relative clause (`che creò nel
    2019`) or after a starting point (`Since the establishment … in 1948`); in a participle phrase
    (`fondata nel 1909`, `nato a Pinerolo nel 1865`), a gerund's clause (`…, portando … nel 2027`),
    the schedule of a noun in apposition (`il Premio, in programma venerdì 6 maggio`) or as the
    subject of a noun (`a book about … October 7, 2023`); or attached to a noun (`il bombardamento
    di venerdì`)."""
    if _in_opening_perfect(sentence, begin):
        return "before"  # `Having visited Kyiv last month, …`: what came before the main clause
    clause = _clause_start(sentence, begin)
    if _in_relative_clause(sentence, begin, clause) or _after_starting_point(sentence, begin, clause):
        return "relative"
    if (
        _in_participle_phrase(sentence, begin)
        or _TOPIC.search(sentence[max(0, begin - 20) : begin])
        or _after_life_participle(sentence, begin, clause)
        or _in_gerund_clause(sentence, begin, clause)
        or _in_opening_participle(sentence, begin)
        or _in_participle_apposition(sentence, begin)
    ):
        return "participle"
    if _SCHEDULED_APPOSITION.search(sentence[max(0, begin - 40) : begin]):
        return "schedule"
    if _attribute(sentence, begin):
        return "attribute"
    return None


_HABITUAL = Lowercase(
    r"\b(?:" + lang.words(c for language in lang.ALL for c in language.habitual_cues) + r")\s+$"
)
_FUTURE_AUXILIARY = Lowercase(
    r"\b(?:" + lang.alternatives(lambda language: language.future_auxiliaries) + r")\s+(?:\w+\s+)?$"
)
_DEADLINE_CUES = frozenset(cue for language in lang.ALL for cue in language.deadline_cues)
_DEADLINE_WORDS = frozenset(word for language in lang.ALL for word in language.deadline_words)

# --- tense ----------------------------------------------------------------------------------

_FUTURE = Lowercase(lang.alternatives(lambda language: language.future_markers))
_PAST = Lowercase(lang.alternatives(lambda language: language.past_markers))
_SCHEDULING_BEFORE = Lowercase(
    rf"(?:{lang.alternatives(lambda language: language.scheduling_words)})\s+"
    rf"(?:{lang.alternatives(lambda language: language.scheduling_links)})?\s*"
    rf"(?:{lang.words(article for language in lang.ALL for article in language.definite_articles)})?\s*$"
)
_PARTICIPLE_BEFORE = Lowercase(lang.alternatives(lambda language: language.participle_before) or r"(?!x)x")
_CLAUSE_BREAK = Lowercase(
    r"[,;:()\[\]—–]|\s-\s|\b(?:" + lang.alternatives(lambda language: language.clause_openers) + r")\b"
)


def _future_verbs(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """Future markers, less capitalised words inside the sentence: `Fenegrò` is a town, not a verb."""
    for match in _FUTURE.finditer(text, start, len(text) if end is None else end):
        if not (match.start() > 0 and text[match.start()].isupper()):
            yield match


def tense_of(text: str) -> Tense | None:
    """The tense a sentence is told in: future when it announces or schedules, past when it reports."""
    future = next(_future_verbs(text), None)
    past = _PAST.search(text)
    if future and (not past or future.start() < past.start()):
        return "future"
    if past:
        return "past"
    return None


def _tense_near(sentence: str, start: int, end: int) -> Tense | None:
    """The tense that governs a date mention: a participle right before it (`iniziato il 12
    febbraio`, `previsto per l'8 aprile`), else the nearest tense marker in its clause, else the
    sentence's."""
    before = sentence[max(0, start - 40) : start]
    if _SCHEDULING_BEFORE.search(before):
        return "future"
    participle = _PARTICIPLE_BEFORE.search(before)
    if participle and _after_a_determiner(sentence, start - len(before) + participle.start()):
        participle = None  # `incontrerà i sindacati lunedì`: a noun; the clause's verb tells the tense
    if participle:  # `iniziato il 12 febbraio`; but `sarà assegnato il 6 maggio` is ahead
        participle_start = start - len(before) + participle.start()
        ahead = _FUTURE_AUXILIARY.search(sentence[max(0, participle_start - 30) : participle_start])
        return "future" if ahead else "past"
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    clause_start = breaks[-1] if breaks else 0
    following = _CLAUSE_BREAK.search(sentence, end)
    clause_end = following.start() if following else len(sentence)
    nearest = _nearest_marker(sentence, start, end, clause_start, clause_end)
    if nearest is None:  # `A febbraio, Trump ha suscitato…`: the verb is in the next clause
        nearest = _nearest_marker(sentence, start, end, 0, len(sentence))
    return nearest


def _after_a_determiner(sentence: str, at: int) -> bool:
    """Whether the word at `at` follows an article or an articulated preposition (`i sindacati`,
    `del mandato`): a noun shaped like a participle (`Language.determiners`)."""
    previous = _LAST_WORD.search(sentence[max(0, at - 40) : at])
    return previous is not None and previous.group().strip().casefold() in _DETERMINERS


def _nearest_marker(sentence: str, start: int, end: int, clause_start: int, clause_end: int) -> Tense | None:
    markers: list[tuple[int, Tense]] = []
    verbs: list[tuple[Iterator[re.Match[str]], Tense]] = [
        (_future_verbs(sentence, clause_start, clause_end), "future"),
        (_PAST.finditer(sentence, clause_start, clause_end), "past"),
    ]
    for found, tense in verbs:
        for match in found:
            if match.end() <= start:
                markers.append((start - match.end(), tense))
            elif match.start() >= end:  # a verb after its date governs it less often than one before
                markers.append((2 * (match.start() - end), tense))
    return min(markers)[1] if markers else None


_TEASER = Lowercase(lang.alternatives(lambda language: language.teaser_links))


def is_teaser(sentence: str) -> bool:
    """`… Serbia's recent agreement with NATO has angered...leggi tutto »`: a teaser of another page,
    which a site's sidebar carries from whatever time: neither the page's publication nor its day
    words date it (a date it writes is its own)."""
    return _TEASER.search(sentence) is not None


# --- resolution -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMention:
    """A date phrase in a sentence and what it resolves to (None: it cannot be resolved)."""

    start: int
    end: int
    text: str
    basis: Basis
    date: PartialDate | None
    end_date: PartialDate | None = None
    anchor: bool = False
    """A day word (`oggi`, `ieri`, `today`): it dates what the sentence reports, whatever other
    dates its clauses hold."""
    aside: bool = False
    """Not the sentence's own date: a term of comparison (`rispetto al 2019`), an attribute of a
    noun (`l'intervista del 2021`), a starting point (`since 2017`), a date in parentheses."""
    subordinate: bool = False
    """In a relative clause (`…, che creò nel 2019 …`): a date of the main clause goes first."""
    year_inferred: bool = False
    """Written with no year (`il 23 settembre`, `a giugno`): the year came from the publication date."""
    clause: Subordinate | None = None
    """What kind of subordinate place the date stands in (see `_subordinate`)."""
    deadline: bool = False
    """A term (`entro il 2030`, `by 2035`): the date of a plan, not of a step already taken."""
    told: Tense | None = None
    """The tense its year was chosen by, for a date written with no year (None: none was found)."""
    weekday_off: bool = False
    """Its weekday falls on its day in no year around the publication (`mercoledì 4 novembre` on a
    page of 2013): unless the sentence gives the year elsewhere, the day stays unresolved."""
    of_a_noun: bool = False
    """In a participle phrase after a noun (`il Memorial inaugurato ieri`), a relative clause
    (`i reperti, che ieri sarebbero stati rubati`), not after a starting point, or an attribute of
    a noun after the past verb of its clause (`ha pubblicato le foto delle proteste di lunedì`):
    the noun's date."""


def _month(token: str) -> int | None:
    return MONTH_NUMBER.get(token.casefold().rstrip("."))


def _english_month_lowercase(token: str) -> bool:
    """`may`, `march` in lower case are words, not months (English names are capitalised)."""
    return token[:1].islower() and token.casefold().rstrip(".") in _LOWERCASE_NOT_DATES


def _day(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _safe(year: int, month: int, day: int | None = None) -> PartialDate | None:
    try:
        return PartialDate(year=year, month=month, day=day)
    except ValueError:
        return None


def _pick_year(month: int, day: int | None, published: PartialDate | None, tense: Tense | None) -> int | None:
    """The year of a day-month (or month) written without one: the candidate closest to the
    publication date that agrees with the tense (past before it, future after it)."""
    if published is None:
        return None
    first, last = published.first_day(), published.last_day()
    best: tuple[int, int, int] | None = None
    for offset in (0, -1, 1):
        year = published.year + offset
        candidate = _safe(year, month, day)
        if candidate is None:
            continue
        c_first, c_last = candidate.first_day(), candidate.last_day()
        if c_last < first:
            gap, side = (first - c_last).days, "past"
        elif c_first > last:
            gap, side = (c_first - last).days, "future"
        else:
            gap, side = 0, None
        if tense is not None and side is not None and side != tense:
            gap += 400
        key = (gap, abs(offset), year)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _year_of_weekday(day: int, month: int, weekday: int, published: PartialDate | None) -> int | None:
    """The one year around the publication in which `day month` falls on `weekday` (None when no
    year or several do)."""
    if published is None:
        return None
    years = [
        year
        for year in (published.year - 1, published.year, published.year + 1)
        if (date := _safe(year, month, day)) is not None and date.first_day().weekday() == weekday
    ]
    return years[0] if len(years) == 1 else None


def _weekday_fits_no_year(day: int, month: int, weekday: int, published: PartialDate | None) -> bool:
    """`il bollettino di oggi mercoledì 4 novembre` on a page of 2013: no year around the
    publication has that Wednesday, so the day belongs to another time and is left unresolved."""
    if published is None:
        return False
    return not any(
        (date := _safe(year, month, day)) is not None and date.first_day().weekday() == weekday
        for year in (published.year - 1, published.year, published.year + 1)
    )


def _resolve(
    day: int | None, month: int | None, year: int | None, published: PartialDate | None, tense: Tense | None
) -> PartialDate | None:
    if month is None:
        return None
    if year is None:
        year = _pick_year(month, day, published, tense)
        if year is None:
            return None
    return _safe(year, month, day)


def _shift_days(published: PartialDate, days: int) -> PartialDate | None:
    if published.precision == "day":
        return PartialDate.of(published.first_day() + dt.timedelta(days=days))
    if published.precision == "month" and abs(days) <= 1:
        return PartialDate(year=published.year, month=published.month)
    return None


def _week(published: PartialDate, weeks: int) -> PartialDate | None:
    """A week as the month it falls in (the month of its Thursday when it straddles two)."""
    if published.precision != "day":
        if weeks == 0 and published.month is not None:
            return PartialDate(year=published.year, month=published.month)
        return None
    monday = (
        published.first_day() - dt.timedelta(days=published.first_day().weekday()) + dt.timedelta(weeks=weeks)
    )
    thursday = monday + dt.timedelta(days=3)
    return PartialDate(year=thursday.year, month=thursday.month)


def _shift_months(published: PartialDate, months: int) -> PartialDate | None:
    if published.month is None:
        return None
    index = published.year * 12 + published.month - 1 + months
    return PartialDate(year=index // 12, month=index % 12 + 1)


def _weekday_number(token: str) -> int:
    number = lang.weekday_number(token)
    assert number is not None, token  # the token matched _WEEKDAY
    return number


def _weekday(
    published: PartialDate, weekday: int, direction: Tense | None, strict: bool
) -> PartialDate | None:
    if published.precision != "day":
        return PartialDate(year=published.year, month=published.month) if published.month else None
    base = published.first_day()
    back = (base.weekday() - weekday) % 7
    ahead = (weekday - base.weekday()) % 7
    if strict:
        back, ahead = back or 7, ahead or 7
    if direction == "future" or (direction is None and ahead < back):
        return PartialDate.of(base + dt.timedelta(days=ahead))
    return PartialDate.of(base - dt.timedelta(days=back))


@lru_cache(maxsize=1024)
def _dateparser_offset(phrase: str, base: dt.date) -> dt.date | None:
    """`3 giorni fa`, `2 weeks ago`, `in 3 days`: dateparser, relative to the publication day."""
    import dateparser

    parsed = dateparser.parse(
        phrase,
        languages=["it", "en"],
        settings={
            "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    return parsed.date() if parsed is not None else None


def _numeric_date(match: re.Match[str], language: str | None) -> PartialDate | None:
    """`25/4/2025` and `4/25/2025` can only be 25 April; `11/9/2011` is 11 September in an Italian
    article and November 9 in an English one (`Language.numeric_day_first`). In a language we do
    not know (or none), a date that could be read both ways is not a date we can tell."""
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    day_first = _safe(year, second, first) if second <= 12 else None
    month_first = _safe(year, first, second) if first <= 12 else None
    if day_first is None or month_first is None or day_first == month_first:
        return day_first or month_first
    if language not in lang.LANGUAGES:
        return None  # no language, or one whose order we do not know
    return day_first if lang.LANGUAGES[language].numeric_day_first else month_first


def _offset(match: re.Match[str], published: PartialDate | None, ahead: bool) -> PartialDate | None:
    if published is None or published.precision != "day":
        return None
    count_text = match["n"].casefold()
    count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS.get(count_text)
    if not count:
        return None
    word = match["unit"].casefold()
    language = _UNIT_LANGUAGE[word]
    unit = language.time_units[word]
    template = language.ahead_phrase if ahead else language.ago_phrase
    phrase = template.format(n=count, unit=language.unit_plurals[unit])
    day = _dateparser_offset(phrase, published.first_day())
    if day is None:
        return None
    if unit == "month":
        return PartialDate(year=day.year, month=day.month)
    if unit == "week":
        return _week(PartialDate.of(day), 0)
    return PartialDate.of(day)


# Cheap tests that say which families of patterns can match at all (most sentences hold no date):
# a set lookup on the sentence's words costs a few microseconds; each pattern, a hundred or more.
_MONTH_WORDS = frozenset(MONTH_NUMBER)
_WEEKDAY_WORDS = frozenset(
    spelling
    for language in lang.ALL
    for day in language.weekdays
    for spelling in (day.casefold(), lang.fold(day))
)
_RELATIVE_WORDS = lang.union(lambda language: language.relative_words)
_OFFSET_WORDS = frozenset(word for language in lang.ALL for word in language.time_units)
_WORDS = re.compile(r"\w+")


def find_dates(
    sentence: str, published: PartialDate | None, language: str | None = None
) -> list[DateMention]:
    """Every date phrase in a sentence, in order, each resolved against the publication date;
    `language`, the article's, reads a date in figures that could be either day first or month
    first (`_numeric_date`)."""
    found: list[DateMention] = []
    words = set(_WORDS.findall(sentence.casefold()))
    has_digit = any(word[0].isdigit() for word in words)
    has_month = not words.isdisjoint(_MONTH_WORDS)
    has_year = has_digit and any(
        w[:4].isdigit() and w[:2] in ("18", "19", "20") and not w[4:5].isdigit() for w in words
    )
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(match: re.Match[str], basis: Basis, date: PartialDate | None, end_date: PartialDate | None = None,
            start: int | None = None, anchor: bool = False, inferred: bool = False,
            deadline: bool = False, reference: bool = False, told: Tense | None = None,
            weekday_off: bool = False) -> None:  # fmt: skip
        begin = match.start() if start is None else start
        taken.append((begin, match.end()))
        aside = reference or (
            _COMPARISON.search(sentence[max(0, begin - 45) : begin]) is not None
            or _in_comparison(sentence, begin)
            or (date is not None and date.day is None and _aside_year(sentence, begin))
            or (
                basis == "explicit"
                and sentence.count("(", 0, begin) > sentence.count(")", 0, begin)
                and not _dates_the_verb_before(sentence, begin, match.end())
            )
            or _between_dashes(sentence, begin)
        )
        clause = _subordinate(sentence, begin)
        of_a_noun = (
            (clause == "participle" and _participle_after_a_noun(sentence, begin))
            or (clause == "relative" and _relative_clause_of_a_noun(sentence, begin))
            or (clause == "attribute" and _attribute_of_a_noun(sentence, begin))
        )
        if _THAT_YEAR.match(sentence, match.end()):
            date, end_date = None, None  # `il 24 marzo di quell'anno`: the year is named elsewhere
        found.append(DateMention(begin, match.end(), sentence[begin : match.end()], basis, date, end_date,
                                 anchor, aside, clause is not None, inferred, clause, deadline,
                                 told, weekday_off,
                                 of_a_noun))  # fmt: skip

    def tense(match: re.Match[str]) -> Tense | None:
        near = _tense_near(sentence, match.start(), match.end())
        if near is None and _in_past_participle(sentence, match.start()):
            return "past"  # `la giornalista, aggredita … il 23 novembre, scrive`: the day is past
        if near is None and _STARTING_POINT.search(match.group()):
            return "past"  # `Da febbraio gli insorti combattono`: since the February before
        return near

    for match in _RANGE_TWO_MONTHS.finditer(sentence) if has_digit and has_month else ():
        if (
            not free(*match.span())
            or _english_month_lowercase(match["m1"])
            or _english_month_lowercase(match["m2"])
        ):
            continue
        year2 = int(match["y2"]) if match["y2"] else None
        year1 = int(match["y1"]) if match["y1"] else year2
        m1, m2 = _month(match["m1"]), _month(match["m2"])
        if year1 is not None and year2 is not None and m1 and m2 and m1 > m2 and not match["y1"]:
            year1 -= 1  # `dal 30 dicembre al 2 gennaio 2026`
        when = tense(match)
        add(match, "explicit", _resolve(_day(match["d1"]), m1, year1, published, when),
            _resolve(_day(match["d2"]), m2, year2, published, when))  # fmt: skip
    for pattern in (_RANGE_SAME_MONTH, _RANGE_MONTH_FIRST) if has_digit and has_month else ():
        for match in pattern.finditer(sentence):
            if not free(*match.span()) or _english_month_lowercase(match["m"]):
                continue
            first, last = _day(match["d1"]), _day(match["d2"])
            if first >= last:
                continue
            month = _month(match["m"])
            year = int(match["y"]) if match["y"] else None
            when = tense(match)
            start_date = _resolve(first, month, year, published, when)
            end_date = _safe(start_date.year, month, last) if start_date and month else None
            add(match, "explicit", start_date, end_date)
    for pattern in (_DAY_MONTH, _MONTH_DAY) if has_digit and has_month else ():
        for match in pattern.finditer(sentence):
            if not free(*match.span()) or _english_month_lowercase(match["m"]):
                continue
            year = int(match["y"]) if match["y"] else None
            day, month = _day(match["d"]), _month(match["m"])
            if match.groupdict().get("yy"):  # `8 febbraio 90,`: the last year ending so, up to the page's
                short = short_year(match["yy"], published)
                add(match, "explicit", _safe(short, month, day) if short and month else None)
                continue
            weekday_disagrees = False
            if year is None and match["wd"] and month:  # `mercoledì 9 ottobre`: the year it is a Wednesday
                year = _year_of_weekday(day, month, _weekday_number(match["wd"]), published)
                weekday_disagrees = _weekday_fits_no_year(day, month, _weekday_number(match["wd"]), published)
            known = _well_known_year(sentence, match.start(), day, month) if year is None else None
            told = tense(match)
            add(
                match,
                "explicit",
                _resolve(day, month, known or year, published, told),
                inferred=year is None and known is None,
                reference=known is not None,
                told=told,
                weekday_off=weekday_disagrees,
            )
    for match in _ISO.finditer(sentence) if has_year else ():
        if free(*match.span()):
            add(match, "explicit", _safe(int(match["y"]), int(match["m"]), int(match["d"])))
    for match in _NUMERIC.finditer(sentence) if has_year else ():
        numeric = _numeric_date(match, language)
        if numeric is not None and free(*match.span()):
            add(match, "explicit", numeric)
    for match in _RANGE_MONTH_YEARS.finditer(sentence) if has_year and has_month else ():
        if free(*match.span()) and not (
            _english_month_lowercase(match["m1"]) or _english_month_lowercase(match["m2"])
        ):
            since = _safe(int(match["y1"]), _month(match["m1"]) or 0)
            until = _safe(int(match["y2"]), _month(match["m2"]) or 0)
            if since and until and since.first_day() < until.first_day():
                add(match, "explicit", since, until)
    for match in _MONTH_YEAR.finditer(sentence) if has_year and has_month else ():
        if free(*match.span()) and not _english_month_lowercase(match["m"]):
            add(match, "explicit", _safe(int(match["y"]), _month(match["m"]) or 0))
    for match in _MONTH_SHORT_YEAR.finditer(sentence) if has_digit and has_month else ():
        short = short_year(match["yy"], published)
        if free(*match.span()) and short is not None and not _english_month_lowercase(match["m"]):
            add(match, "explicit", _safe(short, _month(match["m"]) or 0))
    for pattern in (_MONTH_ALONE, _MONTH_POST) if has_month else ():
        for match in pattern.finditer(sentence):
            if not free(*match.span()) or _english_month_lowercase(match["m"]):
                continue
            cue = (match.groupdict().get("cue") or "").casefold()
            post = (match["post"] or "").casefold()
            direction: Tense | None = tense(match)
            following = sentence[match.end() : match.end() + 20].split()[:1]
            if cue in _PAST_MODIFIERS or post in _PAST_MODIFIERS:
                direction = "past"
            elif cue in _FUTURE_MODIFIERS or post in _FUTURE_MODIFIERS or cue in _DEADLINE_CUES:
                direction = "future"
            elif following and following[0].casefold().strip(".,;:") in _DEADLINE_WORDS:
                direction = "future"  # `set a June deadline`: the coming June, whatever the verb's tense
            month = _month(match["m"])
            date = None
            offset = _year_offset(sentence, match.end())
            if month and published is not None:
                if offset is not None:  # `nel gennaio dello scorso anno`
                    date = _safe(published.year + offset, month)
                elif cue in _SAME_MODIFIERS:
                    date = _safe(published.year, month)
                else:
                    date = _resolve(None, month, None, published, direction)
            add(match, "explicit", date, inferred=offset is None, deadline=cue in _DEADLINE_CUES)
    for match in _YEAR_ALONE.finditer(sentence) if has_year else ():
        if free(*match.span()):
            cue = match.group().split()[0].casefold()
            add(match, "explicit", PartialDate(year=int(match["y"])), start=match.start("y"),
                deadline=cue in _DEADLINE_CUES)  # fmt: skip

    has_offset = not words.isdisjoint(_OFFSET_WORDS)
    for match in _OFFSET_AGO.finditer(sentence) if has_offset else ():
        if free(*match.span()):
            add(match, "relative", _offset(match, published, ahead=False))
    for match in _OFFSET_AHEAD.finditer(sentence) if has_offset else ():
        # `In due giorni … ha allestito`, `per la seconda volta in due giorni`: a duration or a count;
        # only a verb in the future makes it the day so many days ahead (`will appear in two days`)
        if free(*match.span()) and tense(match) == "future":
            add(match, "relative", _offset(match, published, ahead=True))
    if not words.isdisjoint(_RELATIVE_WORDS):
        _relative_words(sentence, published, free, add, tense)
    if not words.isdisjoint(_WEEKDAY_WORDS):
        _weekdays(sentence, published, free, add, tense)
    same = _same_day_same_year(
        _first_clause_first(sentence, sorted(found, key=lambda mention: mention.start))
    )
    same = [replace(m, date=None) if m.weekday_off and m.year_inferred else m for m in same]
    return _history_undated(_written_later(_set_against_now(sentence, same, published), published), published)


_NOW = Lowercase(r"(?<!['’])\b(?:" + lang.alternatives(lambda language: language.now_words) + r")\b")


def _set_against_now(
    sentence: str, mentions: list[DateMention], published: PartialDate | None
) -> list[DateMention]:
    """`In 2014, just three of NATO's members met the 2%. …, that number is now 23`, `Nel 2019
    erano tre, oggi sono 23`: a date long past, set against what holds now later in the text, is a
    term of comparison; not where the `now` means `still` (`un ruolo che ricorda ancora oggi`)."""
    if published is None:
        return mentions
    return [
        replace(m, aside=True)
        if m.basis == "explicit"
        and m.date is not None
        and not m.year_inferred
        and long_before(m.date, published)
        and _now_after(sentence, m.end)
        else m
        for m in mentions
    ]


def speaks_of_now(sentence: str) -> bool:
    """`Adesso sono stati tutti assolti`, `that number is now 23`: the sentence tells of the present
    (not `ancora oggi`, `Democracy Now`)."""
    return _now_after(sentence, 0)


def _now_after(sentence: str, end: int) -> bool:
    for now in _NOW.finditer(sentence, end):
        before = sentence[max(0, now.start() - 20) : now.start()]
        if _capitalised_inside(sentence, now.start()) or _NOWADAYS.search(before):
            continue  # `Democracy Now`, `ancora oggi`
        if _in_relative_clause(sentence, now.start(), _clause_start(sentence, now.start())):
            continue
        return True
    return False


# How long after its page a day told in the past shows the sentence was written later than it (a
# plan set for a day months ahead is told in the past too: `set the vote for July 21`).
_LATER_THAN_PAGE = dt.timedelta(days=366)


def _first_clause_first(sentence: str, mentions: list[DateMention]) -> list[DateMention]:
    """`L'anno scorso a Gaza ci vollero 18 giorni …; … durante l'ultima guerra, nel 2006, il numero
    dei morti fu …`: a sentence whose first clause tells its date keeps it; the dates of the clauses
    after a semicolon are theirs, asides to the sentence's own."""
    cut = sentence.find(";")
    if cut < 0 or not any(m.start < cut and not m.aside for m in mentions):
        return mentions
    return [replace(m, aside=True) if m.start > cut else m for m in mentions]


def _written_later(mentions: list[DateMention], published: PartialDate | None) -> list[DateMention]:
    """`JULY 21, 2015 WORLD NEWS AP – The ECIPS issued an alert … on Tuesday` on a page of 2012: a
    sentence that tells of a day well after its page as past was written later (a sidebar, a later
    addition), so its relative words cannot count from the publication and stay unresolved."""
    if published is None or not any(
        m.basis == "explicit"
        and m.date is not None
        and m.date.precision == "day"
        and not m.year_inferred
        and m.told == "past"
        and m.date.first_day() > published.last_day() + _LATER_THAN_PAGE
        for m in mentions
    ):
        return mentions
    return unanchored(mentions)


# Where one sentence of a span ends and the next begins: `… a Ground Zero. Ieri il presidente …`.
_SENTENCE_BREAK = re.compile(r"[.!?][\"»”’)]*\s+[\"«“(]?[A-ZÀ-ÖØ-Þ]")
_ABBREVIATIONS = lang.union(lambda language: language.abbreviations)
_INITIAL = re.compile(r"(?:^|[\s(])[A-ZÀ-ÖØ-Þ]$")


def _breaks_sentence(text: str, start: int, end: int) -> bool:
    """Whether a sentence ends between `start` and `end`: not at a name's initial (`Donald J.
    Trump`) or an abbreviation (`Sen. Graham`, `U.S. President`)."""
    for stop in _SENTENCE_BREAK.finditer(text, start, end):
        before = text[: stop.start()]
        word = before.split()[-1] + "." if before.split() else ""
        if not (_INITIAL.search(before) or word in _ABBREVIATIONS):
            return True
    return False


def tells_two_days(text: str, mentions: list[DateMention], recalled: bool = False) -> bool:
    """Whether a span of several sentences (a sentence printed with the one before it) tells of two
    days, one in each sentence (`Barack Obama, questa mattina, andrà a Ground Zero. Ieri il
    presidente ha ordinato …`): no one date is the span's, whichever it printed would read as the
    other sentence's too. `recalled`: count the days its subordinate clauses recall too (`figlio
    dell'imprenditore ucciso il 9 luglio del 1992`)."""
    days = [
        m
        for m in mentions
        if m.date is not None and m.date.day is not None and not m.aside and (recalled or not m.subordinate)
    ]
    return any(
        a.date != b.date and _breaks_sentence(text, a.end, b.start + 1)
        for i, a in enumerate(days)
        for b in days[i + 1 :]
    )


_VAGUE_PAST = Lowercase(r"\b(?:" + lang.alternatives(lambda language: language.vague_past) + r")\b")


def tells_a_vague_past(text: str, main: DateMention) -> bool:
    """Whether a span of several sentences tells, in a sentence other than its date's, a time long
    past that counts no day (`Qualche anno fa, in un'intervista, … aveva fatto notare … . Per il suo
    sessantesimo compleanno, il 30 settembre, …`): its date would read as that sentence's too."""
    return any(
        _breaks_sentence(text, min(vague.end(), main.start), max(vague.start(), main.end))
        for vague in _VAGUE_PAST.finditer(text)
    )


def unanchored(mentions: list[DateMention]) -> list[DateMention]:
    """The mentions of a text written on a day we do not know: its relative words (`ieri`, `on
    Tuesday`) count from nothing and stay unresolved; the dates it writes keep theirs."""
    return [replace(m, date=None, end_date=None) if m.basis == "relative" else m for m in mentions]


def _same_day_same_year(mentions: list[DateMention]) -> list[DateMention]:
    """`Pubblicato il 17 ott 2014 Venerdì 17 ottobre alle ore 8`: a day written again without its
    year is the day the sentence already gave in full."""
    full: dict[tuple[int | None, int | None], PartialDate] = {
        (m.date.month, m.date.day): m.date
        for m in mentions
        if m.date is not None and m.date.day is not None and not m.year_inferred and m.basis == "explicit"
    }
    same: list[DateMention] = []
    for m in mentions:
        given = full.get((m.date.month, m.date.day)) if m.year_inferred and m.date is not None else None
        same.append(replace(m, date=given, year_inferred=False) if given is not None else m)
    return same


def _history_undated(mentions: list[DateMention], published: PartialDate | None) -> list[DateMention]:
    """In a sentence about the past (`Nel 1970 … il 12 maggio …`), a date written with no year is
    not given the publication's year: it stays unresolved rather than misdated. A past year in an
    aside (`la rapina del 2019`, `dal 1977`) makes a sentence history only where no tense chose the
    other date's year (`esplode il 25 gennaio, … per la prima volta dal 1977`), not where one did
    (`Il 5 marzo il tribunale ha condannato l'uomo per la rapina del 2019`)."""
    if published is None:
        return mentions

    def past_year(m: DateMention) -> bool:
        return (
            m.date is not None
            and not m.year_inferred
            and m.basis == "explicit"
            and m.date.year < published.year - 1
        )

    def aside(m: DateMention) -> bool:  # `per la rapina dell'8 gennaio 2009`: qualifies a noun
        return m.aside or m.clause == "attribute"

    history = any(past_year(m) and not aside(m) for m in mentions)
    aside_history = any(past_year(m) and aside(m) for m in mentions)
    return [
        replace(m, date=None, end_date=None)
        if m.year_inferred and (history or (aside_history and m.told is None))
        else m
        for m in mentions
    ]


Free = Callable[[int, int], bool]
Add = Callable[..., None]


def _names_something(sentence: str, match: re.Match[str]) -> bool:
    """`Il Domani`, `Oggi`, `Today` capitalised inside a sentence name a newspaper, a magazine or a
    programme (`ha detto a Today`), not a day; at the start of a sentence or quotation they are days."""
    return _capitalised_inside(sentence, match.start())


def _capitalised_inside(sentence: str, start: int) -> bool:
    """A word capitalised where a sentence or a quotation does not start: a name."""
    if not sentence[start : start + 1].isupper():
        return False
    before = sentence[:start].rstrip(" \t\n\"“«‘'(*_—–-:")
    if before.isupper() and re.search(r"[—–:-]\s*$", sentence[:start]):
        return False  # `GLI ATTACCHI ISRAELIANI - Ieri un raid …`: a run-in heading, then the sentence
    return bool(before) and not before.endswith((".", "!", "?", "…"))


def _relative_words(
    sentence: str,
    published: PartialDate | None,
    free: Free,
    add: Add,
    tense: Callable[[re.Match[str]], Tense | None],
) -> None:
    for pattern, days in _RELATIVE_DAY:
        for match in pattern.finditer(sentence):
            if free(*match.span()) and not _names_something(sentence, match):
                if days == 0 and _FORMER_ROLE.search(
                    sentence[max(0, match.start() - _FORMER_ROLE_REACH) : match.start()]
                ):
                    continue  # `già ministro, oggi presidente`: nowadays, no day of the sentence
                nowadays = days == 0 and _NOWADAYS.search(
                    sentence[max(0, match.start() - 20) : match.start()]
                )
                add(
                    match,
                    "relative",
                    _shift_days(published, days) if published else None,
                    anchor=not nowadays,
                )
    for pattern, weeks in _RELATIVE_WEEK:
        for match in pattern.finditer(sentence):
            if free(*match.span()):
                add(match, "relative", _week(published, weeks) if published else None)
    for pattern, months in _RELATIVE_MONTH:
        for match in pattern.finditer(sentence):
            if free(*match.span()):
                add(match, "relative", _shift_months(published, months) if published else None)
    for pattern, years in _RELATIVE_YEAR:
        for match in pattern.finditer(sentence):
            if years == 0 and tense(match) == "past":
                # `ha ricevuto … e quest'anno, per la prima volta, anche…`: what happened this year
                # and is news today happened by the page's day; the year would date it no better
                # (and set it before every day of the year in a timeline)
                continue
            if free(*match.span()):
                add(match, "relative", PartialDate(year=published.year + years) if published else None)


def _weekdays(
    sentence: str,
    published: PartialDate | None,
    free: Free,
    add: Add,
    tense: Callable[[re.Match[str]], Tense | None],
) -> None:
    for match in _WEEKDAY_RANGE.finditer(sentence):
        if published is None or not free(*match.span()):
            continue
        direction = tense(match)
        first = _weekday(published, _weekday_number(match["wd"]), direction, False)
        last = _weekday(published, _weekday_number(match["wd2"]), direction, False)
        if first is not None and last is not None and first.first_day() < last.first_day():
            add(match, "relative", first, last)
    for match in _WEEKDAY_ALONE.finditer(sentence):
        if (
            not free(*match.span())
            or (match["wd"][:1].islower() and match["wd"].casefold() in _LOWERCASE_NOT_DATES)
            or (
                not (match["pre"] or match["post"])  # `la prossima domenica`, `la domenica scorsa`: a day
                and _HABITUAL.search(sentence[max(0, match.start() - 12) : match.start()])
            )
        ):
            continue  # `ogni giovedì`, `il sabato` are a habit, not a day
        modifier = (match["pre"] or match["post"] or "").casefold()
        direction = tense(match)
        strict = False
        if modifier in _PAST_MODIFIERS:
            direction, strict = "past", True
        elif modifier in _FUTURE_MODIFIERS:
            direction, strict = "future", True
        date = _weekday(published, _weekday_number(match["wd"]), direction, strict) if published else None
        add(match, "relative", date)


# A date this long before the publication, in a clause that only qualifies a noun, is background.
_BACKGROUND_AGE = dt.timedelta(days=183)


# A parenthesis that cites a publication: a quoted title and a year in it (`("The Army and Politics
# in Ancient Egypt", Historically Speaking, vol. 12, n. 3, 2011, p. 35)`).
_CITATION = re.compile(r"\([^()]*[\"“«][^\"”»()]{3,}[\"”»][^()]*\b(?:1[5-9]|20)\d\d\b[^()]*\)")


def cites_a_publication(sentence: str) -> bool:
    """`…", afferma lo storico Toby Wilkinson ("The Army and Politics …", …, 2011, p. 35).`: the
    words were written in the publication the parenthesis cites, not on the page's day."""
    return _CITATION.search(sentence) is not None


def long_before(date: PartialDate, published: PartialDate) -> bool:
    """Whether `date` ends more than half a year before `published`: a time long past."""
    return date.last_day() < published.first_day() - _BACKGROUND_AGE


def _released_today(own: list[DateMention], published: PartialDate | None) -> DateMention | None:
    """`Secondo i dati pubblicati oggi dall'Istat la speranza di vita è salita nel 2024`, `… nel 2024
    «sarà tra i 4 e i 5 mesi»: lo affermano i ricercatori … sui dati pubblicati oggi`: a day word in a
    participle phrase (what was published, presented, released that day) dates the sentence over a
    main clause that names only a recent year or month, the period its figures measure; not over
    one long past (`Nato nel 2013, conta oggi 29 strutture`) or ahead (a plan's year)."""
    day = next(
        (m for m in own if m.anchor and m.clause == "participle" and m.date and m.date.day is not None),
        None,
    )
    main = [m for m in own if not m.subordinate]
    if day is None or published is None or not main:
        return None
    coarse = all(m.date is not None and m.date.day is None for m in main)
    recent = all(  # not a plan's year ahead (`il piano presentato oggi … nel 2027`): that dates it
        m.date is not None and published.year - 1 <= m.date.year and not m.date.after(published) for m in main
    )
    return day if coarse and recent else None


def main_date(
    mentions: list[DateMention], tense: Tense | None = None, published: PartialDate | None = None
) -> DateMention | None:
    """The date a sentence is about: its first explicit date, else its first relative one; when
    the main verb is past (or future), a date on the same side of the publication date goes first
    (`ministers on Thursday agreed …, paving the way for … the summit on June 24-25`: Thursday).

    A mention that could not be resolved still counts (the sentence is dated, we just cannot say
    when), so that a fact is not silently dated by its publication instead."""

    def agrees(mention: DateMention) -> bool:
        if tense is None or published is None or mention.date is None:
            return True
        if tense == "past":
            return not mention.date.after(published)
        return not mention.date.before(published)

    # `have committed to 5% by 2035`: a deadline dates a plan, not what was done
    own = [m for m in mentions if not m.aside and not (m.deadline and tense == "past")]
    released = _released_today(own, published)
    if released is not None:
        return released
    if any(not mention.subordinate for mention in own):  # `Mercoledì il Senato …, che creò nel 2019`
        own = [mention for mention in own if not mention.subordinate]
    elif own:  # every date stands in a subordinate place
        background = [
            m
            for m in own
            if (m.clause != "attribute" or (m.date and m.date.day))  # `gli attacchi dello scorso 7 ottobre`
            and published
            and m.date
            and long_before(m.date, published)
        ]
        if background:  # `ce n'è uno costruito nel 1930`, `a book about … October 7, 2023`: undated
            return replace(background[0], date=None, end_date=None)
        if all(m.clause == "before" for m in own):
            # `Having visited Kyiv last month, the First Lady met …`: the visit's month, not the
            # meeting's, which the sentence leaves open
            return None
        if tense is None and all(m.clause in ("relative", "schedule") for m in own):
            # `racconta Andrea, che ad agosto aveva partecipato`, `L'idea giunge a pochi giorni dalla
            # cerimonia, in programma venerdì 6 maggio`: the present, not August or May
            return None
        if tense == "past" and all(m.of_a_noun for m in own):
            # `La First Couple ha deposto una corona davanti al Memorial inaugurato ieri`: `ieri`
            # dates the memorial; the wreath was laid on some day since, which the sentence leaves
            # open; so for `ha illustrato la legge approvata il 3 settembre`
            return None
        if tense == "past":  # `È stato ritirato l'emendamento, che chiede di prorogare al 31 dicembre 2025`
            own = [mention for mention in own if agrees(mention)]
    anchors = [m for m in own if m.anchor]
    history = published is not None and any(
        m.basis == "explicit"
        and m.date is not None
        and m.date.year < published.year - 1
        # `ha salutato oggi l'eliminazione … per le vittime … nel 1998`: the verb's today, told first
        and m.start < anchors[0].start
        for m in own
        if anchors
    )
    for mention in anchors if not history else ():  # `nato nel 2013, conta oggi 29 strutture`: 2013
        return mention  # `ha illustrato oggi …, lo scorso 23 settembre`: today
    for wanted in (True, False):
        for basis in ("explicit", "relative"):
            for mention in own:
                if mention.basis == basis and agrees(mention) == wanted:
                    return _finest_within(mention, own)
    return None


_PRECISION = {"year": 0, "month": 1, "day": 2}


def _finest_within(chosen: DateMention, mentions: list[DateMention]) -> DateMention:
    """`chosen`, or a finer date the sentence also names inside it: `presented on Monday a plan
    that raises spending … in 2025` (published on Monday 3 March 2025) is the day, which the year
    holds and says less than."""
    if chosen.date is None or chosen.end_date is not None:
        return chosen
    outer = chosen.date
    for mention in mentions:
        inner = mention.date
        if (
            inner is not None
            and mention.end_date is None
            and _PRECISION[inner.precision] > _PRECISION[outer.precision]
            and outer.first_day() <= inner.first_day()
            and inner.last_day() <= outer.last_day()
        ):
            return mention
    return chosen
