"""How the grade reads a statement's text (`compose/alone.py`, issue 15): its first sentence
and where its later ones start, what stands inside and outside its quotation marks, its words,
and the views over every language's words that the grade's tests share (articles, prepositions,
time words, bodies of the country, pointing words).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from briefing import lang
from briefing.lang import fold
from briefing.rules.lexicon import ROLE_HEADS

_ABBREVIATIONS = lang.union(lambda language: language.abbreviations)
ROLE_HEAD_WORDS = frozenset(fold(word).casefold() for word in ROLE_HEADS)
_SENTENCE_END = re.compile(r"[.!?…][\"”»’')\]]*\s+(?=[\"“«‘'(\[]*[A-ZÀ-Ý0-9])")
DATELINE = re.compile(  # `GENOVA «…»`, `WASHINGTON (AP) — “…”`
    r"^[*_\s]*(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+\s+){1,3}(?:\([^)]{1,30}\)\s*)?[-–—,:]?\s*(?=[\"“«‘'])"
)
_LABEL = re.compile(r"^[*_\s]*(?:[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9.,'’]*\s+){0,6}[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9.'’]+\s+[-–—]\s+")
QUOTED = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?")
QUOTE_MARKS = "\"“«‘'"
_ARTICLES = sorted(
    {a for language in lang.ALL for a in language.definite_articles}
    | {p for language in lang.ALL for p in language.prepositions if p[-1:] in "'’"},
    key=len,
    reverse=True,
)
ARTICLE = r"(?:" + "|".join(re.escape(a) if a[-1] in "'’" else re.escape(a) + r"\s+" for a in _ARTICLES)
ARTICLE += r")"
PREPOSITIONS = lang.union(lambda language: language.prepositions)
COMPLEMENTS = lang.union(lambda language: language.noun_complements)
_TYPEWRITER_QUOTES = re.compile(r"''|‘‘|’’")  # `''Tutti potranno votare…''`: ANSA's quotation marks
_TYPEWRITER_ACCENT = re.compile(r"(?<=\w)([aeiou])'(?=[\s,.;:!?)]|$)")  # `e'`, `cio'`, `perche'`
_ACCENTED = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}


def typewriter_quotes(statement: str) -> str:
    """`statement` with quotation marks typed as two apostrophes (`''Tutti potranno votare''`)
    written as one double quotation mark, and accents typed as an apostrophe after a word's last
    vowel (`cio'`, `e' nel gruppo`) written as accented vowels, as the grade reads them."""
    statement = _TYPEWRITER_QUOTES.sub('"', statement)
    statement = re.sub(
        r"(?:^|(?<=[\s\"“«(]))([Ee])'(?=\s)", lambda m: "È" if m.group(1) == "E" else "è", statement
    )
    return _TYPEWRITER_ACCENT.sub(lambda match: _ACCENTED[match.group(1)], statement)


ORDERING_ADJECTIVES = lang.union(lambda language: language.ordering_adjectives)
SHELL_NOUNS = frozenset(fold(noun) for noun in lang.union(lambda language: language.shell_nouns))
UNRESOLVED_NOUNS = frozenset(fold(noun) for noun in lang.union(lambda language: language.unresolved_nouns))
WORD = re.compile(r"\w+['’]?")  # `dell’`, `Istat`: an elided preposition is a word of its own


def _sentence_ends(text: str) -> Iterator[re.Match[str]]:
    """Each full stop (or ! ? …) of `text` that is followed by a capital and ends a sentence: not
    one that closes an abbreviation or an initial (`Prof. Reni`, `J. Smith`), nor one inside a
    quotation (`«NA62 ha analizzato un quarto dei dati. Questo risultato - aggiunge il
    ricercatore…`)."""
    for match in _SENTENCE_END.finditer(text):
        word = text[: match.start() + 1].rsplit(None, 1)[-1].lstrip("\"“«‘'(")
        if word in _ABBREVIATIONS or re.fullmatch(r"[A-ZÀ-Ý]\.", word):
            continue
        if not _inside_quotation(text[: match.start() + 1]):
            yield match


def first_sentence(text: str) -> str:
    """The statement's first sentence: up to its first sentence end (`_sentence_ends`), without
    a label in capitals before it (`GIURAMENTO - L'attentato…`, `SANAA - È di tre morti…`)."""
    text = _LABEL.sub("", text, count=1)
    end = next(_sentence_ends(text), None)
    return text[: end.start() + 1] if end else text


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of `text` after its first begins, by the same cut as `first_sentence`."""
    return [match.end() for match in _sentence_ends(text)]


def _inside_quotation(text: str) -> bool:
    """`text` ends inside a quotation it opened: a sentence's end there is the quoted speaker's,
    and the sentence that reports who spoke goes on after the quotation closes."""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def outside_quotes(sentence: str) -> str:
    return QUOTED.sub(" ", sentence)


NOT_NOUNS = (
    ORDERING_ADJECTIVES
    | {  # `La prossima settimana…`, `La prima volta…`: adjectives, not the noun
        fold(word).casefold()
        for language in lang.ALL
        for phrase in (*language.past_modifiers, *language.future_modifiers, *language.post_modifiers)
        for word in phrase.split()[-1:]
    }
)
COMMON_CAPITALS = lang.union(lambda language: language.common_capitals)
CALENDAR_WORDS = frozenset(
    fold(word).casefold() for language in lang.ALL for word in (*language.months, *language.weekdays)
)
NATIONAL_BODIES = lang.union(lambda language: language.national_bodies)
DEMONYMS = tuple(sorted(lang.union(lambda language: language.demonym_stems)))
DEMONSTRATIVES = frozenset(fold(word) for word in lang.union(lambda language: language.demonstratives))


def inside_a_sentence(word: str, text: str) -> bool:
    r"""`word` written in `text` after a lower-case word or a comma on the same line: a name, not a
    sentence's opening (nor a line's, after a heading that ends in lower case).

    What `re.search(r"[a-zà-ÿ,;][^\S\n]+" + re.escape(word) + r"(?![\w'’])", text)` finds, read
    with `str.find`: a pattern made of the word would be compiled afresh for each word of a build."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        ends_there = end == len(text) or not (text[end].isalnum() or text[end] in "_'’")
        if ends_there and _after_a_lower_case_word(text, at):
            return True
        at = text.find(word, at + 1)
    return False


def _after_a_lower_case_word(text: str, at: int) -> bool:
    """Spaces right before `at` (no line break among them), and before them a lower-case letter
    (`a`–`z`, `à`–`ÿ`), a comma or a semicolon."""
    space = at
    while space > 0 and text[space - 1] != "\n" and text[space - 1].isspace():
        space -= 1
    if not 0 < space < at:
        return False
    before = text[space - 1]
    return "a" <= before <= "z" or "à" <= before <= "ÿ" or before in ",;"


AUXILIARY = re.compile(
    r"\b(?:" + lang.alternatives(lambda language: language.auxiliaries) + r")\b", re.IGNORECASE
)
DETERMINERS = sorted(
    {a for language in lang.ALL for a in (*language.definite_articles, *language.articled_prepositions)},
    key=len,
    reverse=True,
)


@functools.lru_cache(maxsize=8)
def verb_form(alternatives: str) -> re.Pattern[str] | None:
    return re.compile(r"(?:" + alternatives + r")") if alternatives else None


INFINITIVE = re.compile(  # of any language: no finite verb (`potevano dimostrare`, `il potere di gestire`)
    "|".join(f"(?:{language.infinitive_forms})" for language in lang.ALL if language.infinitive_forms)
)
LONG_STOPWORDS = frozenset(
    fold(word).casefold() for word in lang.union(lambda language: language.long_stopwords)
)
CLAUSE_CONJUNCTIONS = lang.union(lambda language: language.clause_conjunctions)
RESTRICTIVE = lang.union(lambda language: language.restrictive_openers)  # `che`, `which`
TIME_WORDS = (
    CALENDAR_WORDS
    | frozenset(fold(w) for w in lang.union(lambda language: language.relative_words | language.period_nouns))
    | frozenset(
        fold(phrase.split()[-1])  # `scorso`, `last`: not the article of `lo scorso`
        for language in lang.ALL
        for phrase in (*language.past_modifiers, *language.future_modifiers)
    )
)
JOINERS = frozenset(
    fold(w) for w in lang.union(lambda language: language.coordinators | language.prepositions)
)
INDEFINITE_ARTICLES = frozenset(  # folded: `un’` is `un'`
    fold(w).casefold() for w in lang.union(lambda language: language.indefinite_articles)
)
NOUN_PHRASE = (  # not a word that is a preposition too (`a`: English article, Italian preposition)
    frozenset(fold(w) for w in lang.union(lambda language: language.noun_phrase_openers)) - JOINERS
)
POINTING_WORDS = frozenset(
    fold(w) for w in lang.union(lambda language: language.pointing_pronouns | language.demonstratives)
)
SENTENCE_STOPS = ".!?…:;"
