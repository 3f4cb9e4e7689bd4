"""People (with the role the text gives them) and organisations, found without a model.

A person is a run of two or more capitalised name tokens that the text treats as a person: a
role stands before or after it ("il segretario generale della NATO, Mark Rutte", "Mark Rutte,
segretario generale della NATO,", "NATO Secretary General Mark Rutte"), or the surname later stands
alone ("Rutte ha ribadito…"), or a reporting verb is next to it. Once known, the surname alone
("Rutte", "il presidente Putin") resolves to the person across the article.

Organisations are acronyms (NATO, ONU, UE; "Nato" as Italian writes it), fixed names (Casa
Bianca, Unione europea) and capitalised institution names (Dipartimento di Stato, Consiglio
Nato-Ucraina, Cremlino).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from briefing import lang
from briefing.models import Actor
from briefing.rules.lexicon import (
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    NOT_ORG_ACRONYMS,
    NUMBER_WORDS,
    ORG_FIXED,
    ORG_HEADS,
    ORG_HEADS_WITH_NAME,
    ORG_TAIL_ADJECTIVES,
    PARTICLES_BEFORE_ARTICLES,
    PLACE_CLOSERS,
    PLACE_OPENERS,
    PLACE_WORDS_IN_NAMES,
    ROLE_HEADS,
    TITLECASE_ACRONYMS,
    reporting_forms,
)

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zà-öø-ÿ"
_NAME_TOKEN = rf"[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:[-’'][{_UPPER}{_LOWER}][{_LOWER}]+)*"
_INITIAL = rf"[{_UPPER}]\."
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
# (a word a prefix joins, `pro-Morsi`, `anti-Assad`, is that one word: `pro-Morsi Wasat` is no
# person; a particle joined to a name's last word by a hyphen is part of it: `Mohamed Saad
# al-Katatni`, `Bashar al-Assad`)
# (the words of a run stand on one line or run over one line break, never over a blank line: a
# headline's last word is not the first name of the paragraph under it)
_GAP = r"(?=\s)[^\S\n]*\n?[^\S\n]*"
_RUN = re.compile(
    rf"(?<![\w@#'’])(?:(?<=[a-zà-ÿ]-)(?:{_NAME_TOKEN})(?![\w@])|(?<![a-zà-ÿ]-)(?:{_NAME_TOKEN})"
    rf"(?:{_GAP}(?:(?:{_PARTICLE}){_GAP}){{0,2}}(?:{_NAME_TOKEN}|{_INITIAL}|(?:{_PARTICLE})-{_NAME_TOKEN}))*(?![\w@]))"
)
_ACRONYM = re.compile(r"(?<![\w#])@?([A-Z][A-Z0-9]{1,5})(?:[’']s)?(?![\w])")
_ELIDED = lang.words(lang.union(lambda language: language.elided_links)) or "(?!x)x"
# (the look-ahead of the heads' first letters is there for speed only: a word boundary that opens
# no head is passed over without trying every head, `tests/test_fast_patterns.py`)
_ORG_HEAD_FIRST_LETTERS = "".join(sorted({head[0] for head in ORG_HEADS}))
_ORG_NAME = re.compile(
    rf"\b(?=[{_ORG_HEAD_FIRST_LETTERS}])(?P<head>{'|'.join(sorted(ORG_HEADS, key=len, reverse=True))})\b"
    rf"(?:(?:\s+(?:di|del|della|dello|dei|degli|delle|per|of|of the|for|on|on the)\s+|\s+(?:{_ELIDED})|\s+)"
    rf"(?P<tail>(?:[{_UPPER}][\w-]*|[A-Z]{{2,6}})(?:\s+[{_UPPER}][\w-]*){{0,2}}))?"
    rf"(?:\s+(?P<adjective>{'|'.join(sorted(ORG_TAIL_ADJECTIVES))})\b)?"
)
# `Ministero delle Imprese e del Made in Italy`, `Dipartimento di Polizia di Birmingham`: one more
# complement of a named organisation, which the name is cut without
_ORG_MORE = re.compile(
    rf"\s+(?:{lang.words(lang.union(lambda language: language.organisation_links))})\s+"
    rf"[{_UPPER}][\w-]*(?:\s+(?:in\s+)?[{_UPPER}][\w-]*){{0,2}}(?![\w-])"
)
_KNOWN_ACRONYMS = frozenset(name.upper() for name in TITLECASE_ACRONYMS)
_SHORT_ACRONYMS = lang.union(lambda language: language.short_acronyms)
_PAIR = re.compile(r"(?<![\w#])@?([A-Z]{2})(?![\w])")
_PAIR_IN_BRACKETS = re.compile(r"\(([A-Z]{2})\)")


def _defined_pairs(text: str) -> frozenset[str]:
    """Two capitals the article defines in brackets (`il Parlamento europeo (PE)`). (Not the
    initials of two capitalised words: a long page holds them for any pair, `Al Sisi` for `AS`.)"""
    return frozenset(_PAIR_IN_BRACKETS.findall(text))


# `GENOVA «…»`, `VERANO - Il sindaco …`: a city in capitals that opens a line before a dash or a
# quotation is the dateline, no organisation
_INSTITUTION_BEFORE = re.compile(rf"(?<!\w)[{_UPPER}][{_LOWER}]+\s+d['’]\s*$")
_REGNAL_NAME = re.compile(rf"(?<![\w'’-])([{_UPPER}][{_LOWER}]+)\s+([IVXLC]+)(?![\w])")
_REGNAL_NUMBER = re.compile(r"[IVXLC]+")
_NAME_BEFORE = re.compile(rf"(?<!\w)[{_UPPER}][{_LOWER}]+\s+$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:[-–—]\s|[«“\"])")
_WEB_ADDRESS = re.compile(r"\S+[./@]\w\S*")  # `cnn.com`, `@SecGenNATO`: no word of the prose
_TITLECASE_ACRONYM = re.compile(r"\b(" + "|".join(sorted(TITLECASE_ACRONYMS)) + r")\b")
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý]\w*")
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[.:]\d\d\s+$")  # `alle 9.37 Usa`: a place's time
# The first word of each fixed organisation name: `Casa` (Bianca), `Consiglio` (dei ministri) …
_ORG_FIXED_FIRST = frozenset(re.findall(r"(?:\(\?:|\|)([A-Z]\w+)", ORG_FIXED.pattern))
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.)+$|^(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|St|Prof|Sig|Dott|On)\.$")
_ARTICLE = re.compile(
    rf"^(?:(?:{lang.words(lang.union(lambda language: language.noun_articles))})\s+|l['’]\s*)", re.IGNORECASE
)
_ROLE_WORDS_IN_PLACES = lang.union(lambda language: language.role_words_in_places)
# Where a role phrase cannot reach back past: verbs, conjunctions, articles, numbers, places.
_ROLE_STOP = re.compile(
    rf"^(?:(?i:{lang.words(lang.union(lambda language: language.role_stops))})"
    r"|[,.;:!?()\[\]\"“”«»*#]|-+|[–—]|\d[\d.,]*"
    rf"|{lang.alternatives(lambda language: language.role_stop_forms)})$"
)
# `Azerbaijani Ministry of Foreign Affairs`: the nationality right before an organisation's head
_NATIONALITY_BEFORE = re.compile(
    r"(?<![\w-])(?:"
    + (lang.alternatives(lambda language: language.nationality_before_organisation) or "(?!x)x")
    + r")\s+$"
)
_BEFORE_ORG_HEAD = re.compile(rf"\s+(?:{'|'.join(sorted(ORG_HEADS))})\b")
# `Director of National Intelligence Tulsi Gabbard`, `Special Envoy for Peace Missions Steve
# Witkoff`, `giornalista di Al Jazeera Hiba Morgan`
_AFTER_OF = re.compile(r"\b(?:of|for|di|del|della|per)\s+(?:(?:Al|El|the)\s+)?$")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_LAST_WORD_CAPITALISED = re.compile(rf"(?:^|\s)([{_UPPER}]\w*)$")
_DEFINITE_ARTICLES = lang.union(lambda language: frozenset(language.definite_articles))
_ARTICLE_INSIDE = re.compile(  # `Viva la Milano`, not `de la Fuente`
    "".join(rf"(?<!\b{particle} )" for particle in sorted(PARTICLES_BEFORE_ARTICLES))
    + rf"\b(?:{lang.words(NAME_PARTICLES & _DEFINITE_ARTICLES)})\s"
)
_AFTER_NOUN_MARKER = re.compile(
    r"(?:^|[^\w'’])(?:" + lang.words(lang.union(lambda language: language.noun_markers)) + r")\s*$",
    re.IGNORECASE,
)
_AFTER_GROUP_ARTICLE = re.compile(
    r"(?:^|[^\w'’])(?:" + lang.words(lang.union(lambda language: language.group_articles)) + r")\s*$",
    re.IGNORECASE,
)
_NOUN_OPENERS = lang.union(lambda language: language.noun_markers | language.prepositions)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_AFTER_NUMBER = re.compile(r"\b\d+\s+$")  # `Movimento 5 Stelle Giuseppe Conte`
_OF = frozenset({"of", "di", "del", "della", "dei", "degli", "delle", "dello"})
_ROLE_AFTER = re.compile(
    r"^\s*,\s*(?P<role>(?:(?:il|la|lo|l['’]|the|un|una|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}?"
    r"(?P<head>[\w-]+)\b[^,;.()\n\"“”«»]{0,80}?)\s*(?=[,;.)\n]|$)"
)


_COMMA_BEFORE = re.compile(r",\s*$")
# A first name and a surname after a comma: `…, il ministro dell'Interno, Luca Ferri`
_NAME_AFTER_A_COMMA = re.compile(rf"\s*,\s*[{_UPPER}][\w'’-]+\s+[{_UPPER}]")


@dataclass
class Person:
    name: str
    role: str | None = None
    mentions: int = 0

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    kind: str  # person | organisation


def is_role_head(token: str) -> bool:
    """`segretario`, `Secretary`, `l'inviato` (an elided article before the head), `Ambassador-designate`."""
    word = token.casefold().rstrip(",").replace("’", "'").rsplit("'", 1)[-1]
    return word in ROLE_HEADS or ("-" in word and word.split("-", 1)[0] in ROLE_HEADS)


def _clean_role(role: str) -> str | None:
    role = " ".join(role.replace("\n", " ").split()).strip(" ,;:-–—")
    role = _ARTICLE.sub("", role)
    if _elided_opener(role.split(" ", 1)[0]):  # `dall'ex sindaco` → `ex sindaco`
        role = re.sub(r"^[^\s'’]+['’]", "", role)
    return role or None


def role_before(text: str, start: int) -> str | None:
    """The role written right before a name: "il segretario generale della NATO[,] Mark Rutte"."""
    window = text[max(0, start - 100) : start]
    window = _BLANK_LINE.split(window)[-1]  # not past a paragraph's start: a headline above it
    window = window.rstrip()
    particle = _LAST_WORD_CAPITALISED.search(window)
    if particle and particle.group(1).casefold() in NAME_PARTICLES:
        window = window[: particle.start()].rstrip()  # `il generale Al Sisi`: the particle is the name's
    if window.endswith(","):
        window = window[:-1].rstrip()
    tokens = [(m.start(), m.group()) for m in re.finditer(r"[\w’'.-]+|[^\w\s]", window)]
    collected: list[tuple[int, str]] = []
    for position, token in reversed(tokens):
        if len(collected) >= 9 or (_ROLE_STOP.match(token) and not is_role_head(token)):
            break
        if token[-1] in ".!?" and not _ABBREVIATION.match(token):
            break  # `… on the floor. Republican leader Mitch McConnell`: the sentence before
        collected.append((position, token))
    collected.reverse()
    # The role runs from the first word after the stop to the name, when a role head is among them:
    # Italian puts modifiers after the head ("il segretario generale della NATO"), English before
    # it ("Germany's defence minister", "U.S. Defense Secretary").
    while collected and collected[0][1] in FUNCTION_WORDS:
        collected.pop(0)
    heads = [
        i
        for i, (_, token) in enumerate(collected)
        if is_role_head(token)
        # `il quartier generale del candidato`: a place, whose role word is no head
        and not (i and f"{collected[i - 1][1]} {token}".casefold() in _ROLE_WORDS_IN_PLACES)
    ]
    if not heads:
        return None
    # `(at the) urging of US President`: a role does not reach back past `of` before its head
    links = [i for i, (_, token) in enumerate(collected[: heads[0]]) if token.casefold() in _OF]
    # `anche dal ministro degli Esteri`, `ricorda l'esperto di moda`: the role opens on its article
    # (or on a head that carries one), not on the words before it
    openers = [
        i + 1 for i, (_, token) in enumerate(collected[: heads[0]]) if token.casefold() in _NOUN_OPENERS
    ]
    # `dall'ex sindaco`, `assolto l'ex ministro`, `l'inviato`: a word that carries an elided article
    # or preposition opens the role (which `_clean_role` reads without it)
    openers += [i for i, (_, token) in enumerate(collected[: heads[0] + 1]) if _elided_opener(token)]
    cut = max(links[-1] + 1 if links else 0, max(openers, default=0))
    last = collected[-1][1].replace("’", "'")
    if len(collected) - 1 > heads[0] and _elided_opener(last) and last.partition("'")[2][:1].islower():
        return None  # `l'ex ministro dell'era Mubarak`: the name is of the noun before it, no role
    return _clean_role(window[collected[cut][0] :])


def _elided_opener(token: str) -> bool:
    """`dall'ex`, `l'inviato`, `dell'era`: an article or a preposition elided before a word."""
    head, apostrophe, rest = token.replace("’", "'").partition("'")
    return bool(apostrophe and rest) and f"{head.casefold()}'" in _NOUN_OPENERS


def role_after(text: str, end: int) -> str | None:
    """The role written right after a name, between commas: "Mark Rutte, segretario generale della NATO,"."""
    match = _ROLE_AFTER.match(text[end : end + 120])
    if not match:
        return None
    if _NAME_AFTER_A_COMMA.match(text, end + match.end()):
        return None  # `di Omar Haddad, il ministro dell'Interno, Luca Ferri`: the role of the name after it
    role = _clean_role(match["role"])
    if role is None:
        return None
    words = [w.strip(",") for w in role.split()]
    if _ROLE_STOP.match(words[0]) and not is_role_head(words[0]):
        return None  # `Porto Scuro, e già assessore …`: a clause the conjunction opens
    if not any(is_role_head(word) for word in words[:5]) or len(words) > 10:
        return None
    head = next(i for i, word in enumerate(words) if is_role_head(word))
    if any(word.casefold() in _NOUN_OPENERS or _elided_opener(word) for word in words[:head]):
        return None  # `, come risulta dall'ordinanza del giudice`: a phrase before the head, a clause
    if any(_ROLE_STOP.match(word) and not is_role_head(word) for word in words if word not in {"e", "and"}):
        return None
    return _clean_role(role)


# After a name: the end of a link or of emphasis, then a colon and a quotation (`[Sen. Bill
# Cassidy](https://…): “…”`, `[**Marc Thiessen**](https://…)**:** “…”`): the source of the
# quotation, as a release lists them; not a headline's words before its colon (`Cultura di
# Intelligence: "…"`), which no markup closes.
_SOURCE_OF_QUOTATION = re.compile(r"(?=[*_\]])[*_\]]*(?:\([^()\s]*\))?[*_]*\s*:[*_]*\s*[“\"«]")


def _reporting_next_to(text: str, start: int, end: int) -> bool:
    """A reporting verb right before or after the name (`said Rubio`, `Rubio said`), or the name
    is the source named before a quotation's colon."""
    if _SOURCE_OF_QUOTATION.match(text, end):
        return True
    after = text[end : end + 40]
    before = text[max(0, start - 30) : start]
    for pattern in reporting_forms("en"):
        if pattern.match(after.lstrip()) or re.search(pattern.pattern.pattern + r"\s*$", before.lower()):
            return True
    return False


def _sentence_start(text: str, start: int) -> bool:
    """A capitalised word that opens a sentence or a line may be capitalised only for that
    (not after a title: `Sen. Ted Budd`, `Dr. Ali Sha’ath`)."""
    before = text[max(0, start - 8) : start].rstrip(' \t"“«*#_[')
    if _ABBREVIATION.match(before.split()[-1].lstrip('[(*_"“«') if before.split() else ""):
        return False
    return not before or before[-1] in ".!?:\n"


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The spans of lines written in Title Case (`Strengthening Ukraine Through Military Sales`) that
    stand alone (not the lines of a wrapped paragraph), or open the page and end no sentence (a
    headline right above its first paragraph): headlines, whose capitals name nobody."""
    spans = []
    lines = list(re.finditer(r"^.*$", text, re.MULTILINE))
    for number, line in enumerate(lines):
        words = re.findall(r"[^\W\d_]{4,}", line.group())
        if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.7 * len(words):
            continue
        if sum(len(w) >= 6 and w.islower() for w in words) >= 2:
            continue  # `…: “This is a new beginning for the region.”`: a headline would capitalise them
        before = lines[number - 1].group().strip() if number else ""
        after = lines[number + 1].group().strip() if number + 1 < len(lines) else ""
        # (or the page's headline right above its first paragraph, with no blank line: a line that
        # ends no sentence under the page's short header lines only)
        top = all(len(earlier.group().strip()) < 40 for earlier in lines[:number])
        if len(before) < 40 and (
            len(after) < 40 or (top and not _SENTENCE_END.search(line.group().rstrip()))
        ):
            spans.append(line.span())
    return spans


_SENTENCE_END = re.compile(r"[.!?…:][\"'”»’)\]]*$")  # (a line ending on a colon introduces)
_HEADLINE_MAX = 120  # characters: a headline is a line, not a paragraph that lost its full stop
_PARAGRAPH_WORDS = 20  # under a headline: a paragraph on one line, not a wrapped text's next line
_ENTRY_NUMBER = re.compile(r"\s+\d+$")  # a live blog's entry counter after its headline (`… 55`)


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """The spans of headline lines: a line that does not end a sentence, over a one-line paragraph
    at least twice as long (a live blog's entry headline over the entry it heads: `La Russa:
    "Raid oggi? Aspettiamo Parigi" 55`). A headline quotes and abridges, and the capitals of its quotation
    (`Aspettiamo Parigi`, `forze Gheddafi da Bengasi`) name nobody: only a role makes a person
    of a name there (`Il presidente dell'Egitto, Mohamed Morsi`), as the paragraph under it names
    the people it is about in full."""
    spans = []
    lines = list(re.finditer(r"^.*$", text, re.MULTILINE))
    for line, below in pairwise(lines):
        words = _ENTRY_NUMBER.sub("", line.group().strip())
        if not words or len(words) > _HEADLINE_MAX or _SENTENCE_END.search(words):
            continue
        paragraph = below.group().strip()
        if (
            len(paragraph) >= 2 * len(line.group().strip())
            and len(paragraph.split()) >= _PARAGRAPH_WORDS
            and _SENTENCE_END.search(paragraph)
        ):
            spans.append(line.span())
    return spans


def _generic(tokens: list[str]) -> bool:
    """`Strengthening Ukraine`, `Twenty-three Allies`, `Attualmente Unicredit`: a phrase, not a name."""
    first = tokens[0].casefold()
    return first.endswith(("ing", "mente")) or first.split("-")[0] in NUMBER_WORDS


def _particle_inside(token: str, before: list[str], following: str | None) -> bool:
    """`Abdel Fattah Al Sisi`, `Luigi Di Maio`, `Marine Le Pen`: a particle written with a capital
    between two words of a name is part of it, though the same word opens a sentence (`Al Cairo`)."""
    return (
        bool(before)
        and before[-1].casefold() not in NAME_PARTICLES  # `Libici di Al Qaeda`
        and token.casefold() in NAME_PARTICLES
        and following is not None
        and following not in NOT_NAME_WORDS
        and following.casefold() not in NAME_PARTICLES
    )


@lru_cache(maxsize=4096)
def _name_parts(run: str) -> list[list[str]]:
    """Split a capitalised run at words that cannot be part of a name."""
    parts: list[list[str]] = [[]]
    tokens = run.split()
    # the tokens on the line of the token before them (`Paolo Ribichini\nLa Libia` is a byline, then a lead)
    inline = {number for number, space in enumerate(re.findall(r"(?:^|\s+)(?=\S)", run)) if "\n" not in space}
    for number, token in enumerate(tokens):
        following = tokens[number + 1] if number + 1 < len(tokens) else None
        breaking = (
            (
                token in NOT_NAME_WORDS
                and PLACE_WORDS_IN_NAMES.get(token, following) == following
                and not (number in inline and _particle_inside(token, parts[-1], following))
            )
            or token in parts[-1]  # `Hezbollah\nHezbollah ha risposto`: a headline, then its word again
            or is_role_head(token)
            or token in ORG_HEADS
            or token.casefold() in ORG_TAIL_ADJECTIVES  # `Corte Suprema José Ramón Cossío`
            or token in TITLECASE_ACRONYMS
        )
        if breaking:
            parts.append([])
        else:
            parts[-1].append(token)
    cleaned = []
    for part in parts:
        while part and part[0].casefold() in NAME_PARTICLES:
            part.pop(0)
        while part and part[-1].casefold() in NAME_PARTICLES:
            part.pop()
        if part:
            cleaned.append(part)
    return cleaned


@dataclass
class ActorIndex:
    """The people and organisations of one article."""

    people: dict[str, Person] = field(default_factory=dict)
    by_surname: dict[str, str] = field(default_factory=dict)
    organisations: dict[str, str] = field(default_factory=dict)
    groups: set[str] = field(default_factory=set)  # `i Fratelli Musulmani`: organisations by their article
    written_lower: frozenset[str] = frozenset()  # words the article writes in lower case, web aside
    # `@lina_law` → `Lina Duran`: the person the page names right by the handle in brackets
    # (`Lina Duran, dalla sua pagina Twitter (@lina_law), …`)
    handles: dict[str, str] = field(default_factory=dict)
    # `Porto Scuro`, `World Trade Center`: names of places and things, no one's (`a_place_or_a_thing`)
    places: set[str] = field(default_factory=set)
    # `PE` where the article writes `il Parlamento europeo (PE)`: two capitals that name someone
    defined_pairs: frozenset[str] = frozenset()
    _seen: dict[str, list[Mention]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, text: str) -> ActorIndex:
        index = cls(
            written_lower=frozenset(re.findall(rf"\b[{_LOWER}]+\b", _WEB_ADDRESS.sub(" ", text))),
            defined_pairs=_defined_pairs(text),
        )
        lowercase_words = {w for w in re.findall(rf"\b[{_LOWER}]+\b", text)}
        headlines = _title_case_lines(text)
        headline_lines = _headline_lines(text)
        # the text a role is read in: a Title Case headline is no role of the name under it
        # (`… With Freed Hostage Families` over `First Lady Anna Marsh met …`)
        prose = text
        for a, b in headlines:
            prose = prose[:a] + "\n" * (b - a) + prose[b:]
        runs = list(_name_runs(text))  # read once: the article's mentions are found in them too
        candidates = [
            (start, end, " ".join(part))
            for start, end, part in runs
            if not any(a <= start < b for a, b in headlines)
            and not _generic(part)
            and not _BEFORE_ORG_HEAD.match(text, end)  # `Armed Services Committee`: an institution
        ]
        standalone = Counter(name for _, _, name in candidates if " " not in name)
        full_mentions: Counter[str] = Counter()
        for start, end, name in candidates:
            tokens = name.split()
            if len(tokens) > 2 and _AFTER_NUMBER.search(text[max(0, start - 8) : start]):
                # `Movimento 5 Stelle Giuseppe Conte`: the organisation's last word first
                tokens = tokens[1:]
                name = " ".join(tokens)
                start = text.find(tokens[0], start, end)
            if len(tokens) > 4 or (len(tokens) > 2 and _AFTER_OF.search(text[max(0, start - 8) : start])):
                # `Director of National Intelligence Tulsi Gabbard`: the role's own capitals first
                # (with the particle's first name: `capo di Al Qaeda Osama Bin Laden`)
                particle = len(tokens) > 3 and tokens[-2].casefold() in NAME_PARTICLES
                tokens = tokens[-3:] if particle else tokens[-2:]
                name = " ".join(tokens)
                # `Steve\n    Witkoff`
                start = text.rfind(tokens[0], start, end - sum(len(token) for token in tokens[1:]))
            if len(tokens) < 2 or tokens[0][0].islower():  # `Salute del Libano` → `del Libano`: a place
                continue
            if _ARTICLE_INSIDE.search(name):
                continue  # `Viva la Milano`: a phrase (a name writes `de la Fuente`, `Le Pen`)
            if a_place_or_a_thing(tokens):
                index.places.add(name)  # `Porto Scuro`, `Trade Center`: a place or a body, no one
                continue
            if _INSTITUTION_BEFORE.search(text, max(0, start - 30), start):
                continue  # `la Corte d' Appello di Palermo`: the rest of an institution's name
            if _a_place_after_a_particle(text, tokens):
                # `il punto Snai di Porto Empedocle`: a thing of a place the text names alone;
                # `Hillary Clinton da Washington`: the person is the name before the place
                tokens = tokens[: min(i for i, token in enumerate(tokens[1:], 1) if token.islower())]
                name = " ".join(tokens)
                if len(tokens) < 2:
                    continue
            before = role_before(prose, start)
            if before and before.split()[-1].casefold() in _NOUN_OPENERS:
                if is_role_head(before.split()[-2] if len(before.split()) > 1 else ""):
                    continue  # `il presidente di Mfe Mediaset`, `sindaco di Genova`: what the role is of
                before = None  # `nel primo governo di Silvio Berlusconi`: a name, with no role here
            if before and len(tokens) > 2 and before.split()[-1] in ORG_HEADS:
                # `Presidente della Regione Emilia-Romagna Irene Priolo`: the organisation's name first
                tokens = tokens[1:]
                name = " ".join(tokens)
                start = text.find(tokens[0], start + 1, end)
                before = role_before(prose, start)
            elif (
                before
                and before.split()[-1] in ORG_HEADS_WITH_NAME
                and not _COMMA_BEFORE.search(text, max(0, start - 8), start)
            ):
                continue  # `il presidente della Fondazione Giovani Imprenditori`: the organisation's name
            role = before or role_after(prose, end)
            surname = tokens[-1]
            known = (
                standalone[surname] > 0
                and tokens[0].casefold() not in lowercase_words
                and surname.casefold() not in lowercase_words
            )
            plain = (
                len(tokens) == 2
                and all(t.casefold() not in lowercase_words for t in tokens)
                and not _sentence_start(text, start)
            )
            if not role and _AFTER_NOUN_MARKER.search(text, max(0, start - 12), start):
                if (known or plain or _reporting_next_to(text, start, end)) and _AFTER_GROUP_ARTICLE.search(
                    text, max(0, start - 12), start
                ):
                    index.groups.add(name)  # `I Fratelli Musulmani hanno diffuso`: a group, who acts
                continue  # `secondo il Modello Standard`, `del Liceo Cairoli`: a thing, with its article
            in_headline = any(a <= start < b for a, b in headline_lines)
            if role or (not in_headline and (known or plain or _reporting_next_to(text, start, end))):
                person = index.people.setdefault(name, Person(name))
                if person.role is None and role:
                    person.role = role
                index.by_surname.setdefault(surname, name)
                full_mentions[name] += 1
        # `Benedetto XVI`, `Luigi XIV`: a name and a regnal number (not `World War II`: `war` is a word)
        for regnal in _REGNAL_NAME.finditer(text):
            first = regnal.group(1)
            if first.casefold() not in lowercase_words and first not in FUNCTION_WORDS | NOT_NAME_WORDS:
                index.people.setdefault(f"{first} {regnal.group(2)}", Person(f"{first} {regnal.group(2)}"))
        # Two people of one surname (`Barack Obama`, `Michelle Obama`): the surname alone is the one
        # the article names in full more often, the first named on a tie (`Donald J. Trump` and
        # `Donald Trump`, of one first name, are one person: the first named stays).
        for surname, first in index.by_surname.items():
            most = max(
                (name for name in index.people if name.split()[-1] == surname),
                key=lambda name: (full_mentions[name], name == first),
                default=first,
            )
            if not _same_person(most, first):
                index.by_surname[surname] = most
        # A surname alone with a role before it ("il presidente Putin") completes a known person.
        for start, _end, name in candidates:
            if " " in name or name not in index.by_surname:
                continue
            person = index.people[index.by_surname[name]]
            role = role_before(prose, start)
            if person.role is None and not _role_of_a_place(role):
                person.role = role
        index._seen[text] = index._find(text, runs)
        index.handles = _handle_owners(text, index._seen[text])
        for mention in index.mentions(text):
            if mention.kind == "person":
                index.people[mention.name].mentions += 1
        return index

    def _organisation(self, name: str) -> str:
        name = " ".join(name.split())  # `Ministry of Foreign\nAffairs`, wrapped: one line
        key = name.casefold()
        return self.organisations.setdefault(key, name)

    def _shouted(self, acronym: str) -> bool:
        """`the days of … are OVER`, `will ALWAYS stand up`: a word the article also writes in lower
        case, put in capitals for stress, is no organisation; `NATO`, `USA` stay ones though Italian
        writes `nato` and `usa` as words."""
        return len(acronym) > 2 and acronym.lower() in self.written_lower and acronym not in _KNOWN_ACRONYMS

    def mentions(self, text: str) -> list[Mention]:
        """People and organisations named in `text`, in order."""
        if text not in self._seen:
            self._seen[text] = self._find(text)
        return self._seen[text]

    def _find(self, text: str, runs: list[tuple[int, int, list[str]]] | None = None) -> list[Mention]:
        """`runs`: `_name_runs(text)`, when the caller has read them already."""
        found: list[Mention] = []
        occupied = bytearray(len(text))  # 1 where a mention already stands: linear, not quadratic
        words = set(_CAPITALISED.findall(text))

        def free(start: int, end: int) -> bool:
            return occupied.find(1, start, end) < 0

        def take(span: tuple[int, int]) -> None:
            occupied[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

        named_in_full: dict[str, str] = {}  # surname → the person this text last named in full
        for start, end, part in _name_runs(text) if runs is None else runs:
            tokens = part if len(part) <= 4 else part[-2:]
            key = " ".join(tokens)
            nearest = named_in_full.get(key) if len(tokens) == 1 else None  # `Barack Obama… Obama`
            person = self.people.get(nearest or key) or (
                self.people.get(self.by_surname[tokens[-1]]) if tokens[-1] in self.by_surname else None
            )
            if person is None and len(tokens) >= 2:
                person = self.people.get(" ".join(tokens[-2:]))
            if person is None and any(token.islower() for token in tokens[1:]):
                # `Hillary Clinton da Washington`: the person before the particle, if known
                person = self.people.get(" ".join(tokens[: [t.islower() for t in tokens].index(True)]))
            if person is not None and len(tokens) == 1 and _other_role(person, role_before(text, start)):
                continue  # `First Lady Melania Trump` … `President Trump`: someone else of that name
            if person is not None and len(tokens) == 1 and _role_of_a_place(role_before(text, start)):
                continue  # `Carlo Rivalta` … `il sindaco di Rivalta`: the town the role is of
            if person is not None:
                surname_of = self.by_surname.get(person.name.split()[-1], person.name)
                if len(tokens) > 1 and not _same_person(person.name, surname_of):
                    named_in_full[person.name.split()[-1]] = person.name
                elif len(tokens) > 1:
                    named_in_full.pop(person.name.split()[-1], None)
                found.append(Mention(start, end, person.name, "person"))
                take((start, end))
            elif key in self.groups:
                found.append(Mention(start, end, self._organisation(key), "organisation"))
                take((start, end))
        for match in ORG_FIXED.finditer(text) if not words.isdisjoint(_ORG_FIXED_FIRST) else ():
            if free(*match.span()):
                found.append(
                    Mention(match.start(), match.end(), self._organisation(match.group()), "organisation")
                )
                take(match.span())
        for match in _ORG_NAME.finditer(text) if not words.isdisjoint(ORG_HEADS) else ():
            if not free(*match.span()):
                continue
            if (
                match["tail"] is None
                and match["adjective"] is None
                and (_inside_unknown_name(text, match.start()) or match["head"] in ORG_HEADS_WITH_NAME)
            ):
                continue  # `il Teenage Dream Party`: the last word of a name we do not know; `la Regione`
            name, start = match.group().strip(), match.start()
            end = start + len(name)
            more = _ORG_MORE.match(text, end) if match["tail"] else None
            if more is not None and free(*more.span()):
                name, end = name + more.group(), more.end()
            window = max(0, start - 30)
            nationality = _NATIONALITY_BEFORE.search(text[window:start])
            if nationality is not None and free(window + nationality.start(), start):
                name, start = f"{nationality.group().strip()} {name}", window + nationality.start()
            found.append(Mention(start, end, self._organisation(name), "organisation"))
            take((start, max(end, match.end())))
        for match in _ACRONYM.finditer(text):
            acronym = match.group(1)
            if acronym in NOT_ORG_ACRONYMS or self._shouted(acronym) or not free(*match.span(1)):
                continue
            if _CLOCK_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                continue  # `alle 9.37 USA`: the time of a place, no organisation
            named = _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if _REGNAL_NUMBER.fullmatch(acronym) and named:
                # `Benedetto XVI`: a pope's or a king's number, no organisation; the person where known
                name = f"{named.group().strip()} {acronym}"
                if name in self.people and free(named.start(), match.end(1)):
                    found.append(Mention(named.start(), match.end(1), name, "person"))
                    take((named.start(), match.end(1)))
                continue
            if _PAIR.fullmatch(acronym) and acronym not in _SHORT_ACRONYMS | self.defined_pairs:
                continue  # `Il PE insiste…`, copied from a post: two capitals are no one's name
            if (
                acronym not in _KNOWN_ACRONYMS
                and not text[max(0, text.rfind("\n", 0, match.start()) + 1) : match.start()].strip(" *_#")
                and _DATELINE_AFTER.match(text, match.end())
            ):
                continue  # a dateline's city
            found.append(Mention(match.start(1), match.end(1), self._organisation(acronym), "organisation"))
            take(match.span(1))
        for match in _TITLECASE_ACRONYM.finditer(text) if not words.isdisjoint(TITLECASE_ACRONYMS) else ():
            clock = _CLOCK_BEFORE.search(text, max(0, match.start() - 8), match.start())
            if free(*match.span()) and clock is None:
                found.append(
                    Mention(match.start(), match.end(), self._organisation(match.group()), "organisation")
                )
                take(match.span())
        return sorted(found, key=lambda mention: mention.start)

    def actors(self, text: str, limit: int = 8) -> list[Actor]:
        """The actors named in `text`: people first (with their roles), then organisations."""
        people: list[Actor] = []
        organisations: list[Actor] = []
        seen: set[str] = set()
        for mention in self.mentions(text):
            if mention.name in seen:
                continue
            seen.add(mention.name)
            if mention.kind == "person":
                people.append(Actor(name=mention.name, role=self.people[mention.name].role))
            else:
                organisations.append(Actor(name=mention.name))
        return (people + organisations)[:limit]

    def names_a_place(self, text: str) -> bool:
        """`text` names a place or a thing the page names (`… sulle ceneri del World Trade Center è
        stata già srotolata`): what happened there is an event, though no one acts in it."""
        if not self.places:
            return False
        flat = " ".join(text.split())  # (`World Trade\nCenter`, wrapped)
        return any(place in flat for place in self.places)

    def principal(self) -> set[str]:
        """The people the article is about: the most mentioned, and any close to them."""
        if not self.people:
            return set()
        top = max(person.mentions for person in self.people.values())
        return {p.name for p in self.people.values() if p.mentions >= max(2, 0.6 * top)}

    def person_quoted(self, label: str) -> Person | None:
        """Whom a repost's label names (`SECRETARY WHITLOW`, `Sen. Pike on the deal`, `@SecRubio`):
        the person the page knows by a surname of it, or by the handle; else a name it writes."""
        handle = re.match(r"@?(\w+)", label)
        owner = self.handles.get(f"@{handle.group(1)}".casefold()) if handle else None
        if owner in self.people:
            return self.people[owner]
        for word in reversed(re.findall(r"(?<![@\w])[^\W\d_][\w'’-]+", label)):
            surname = word.title() if word.isupper() else word
            if surname in self.by_surname:
                return self.people[self.by_surname[surname]]
        # a name the page does not know, written in full (`Pete Hegseth: "…"`): a new person
        name = None if label.isupper() else _FULL_NAME.search(label)
        return self.person_named(name.group()) if name else None

    def person_named(self, author: str | None) -> Person | None:
        """A post's author ("Secretary Marco Rubio") as a known person, or a new one."""
        if not author:
            return None
        parts = _name_parts(author)
        if not parts or a_place_or_a_thing(author.split()):
            return None  # `Rapid Response 47`: an account, no one
        name = " ".join(parts[-1][-3:])
        person = self.people.get(name) or self.people.get(self.by_surname.get(name.split()[-1], ""))
        if person is None:
            role = _clean_role(author[: author.find(name)]) if author.find(name) > 0 else None
            person = self.people.setdefault(name, Person(name, role))
            self.by_surname.setdefault(name.split()[-1], name)
            self._seen.clear()
        return person


_FULL_NAME = re.compile(rf"(?<![@\w])[{_UPPER}][{_LOWER}'’-]+(?:\s+[{_UPPER}][{_LOWER}'’-]+)+")
_HANDLE_IN_BRACKETS = re.compile(r"\((@\w+)\)")
_HANDLE_REACH = 60  # characters either side of `(@handle)` where the page names its owner


def _handle_owners(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Each `(@handle)` the page writes in brackets, with the person named nearest to it within
    its line (before or after: `Lina Duran, dalla sua pagina Twitter (@lina_law)`, `dalla sua
    pagina Twitter (@lina_law), Duran ha scritto`)."""
    owners: dict[str, str] = {}
    for match in _HANDLE_IN_BRACKETS.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end()) % (len(text) + 1)
        near = [
            (min(abs(m.end - match.start()), abs(m.start - match.end())), m.name)
            for m in mentions
            if m.kind == "person"
            and line_start <= m.start
            and m.end <= line_end
            and (
                match.start() - _HANDLE_REACH <= m.end <= match.start()
                or match.end() <= m.start <= match.end() + _HANDLE_REACH
            )
        ]
        if near:
            owners.setdefault(match.group(1).casefold(), min(near)[1])
    return owners


def a_place_or_a_thing(tokens: list[str]) -> bool:
    """A name that opens on a place's word (`Porto Scuro`, `Fort Bragg`) or closes on a place's, a
    building's, a body's or a work's (`Trade Center`, `Rapid Response`, `Photo Gallery`), or holds a
    number (an account, `Rapid Response 47`): no person's."""
    return (
        tokens[0].rstrip(".") in PLACE_OPENERS
        or tokens[-1] in PLACE_CLOSERS
        or any(token[:1].isdigit() for token in tokens)
    )


_WORD_REACH = 60  # characters before a name that hold the word before it
_LOWER_WORD_BEFORE = re.compile(rf"(?<![\w'’])[{_LOWER}]+['’]?\s*$")


def _a_place_after_a_particle(text: str, tokens: list[str]) -> bool:
    """`Snai di Agrigento`: a name whose lower-case particle (`di`) comes before a last word that the
    text writes after a preposition outside the name more often than it writes the name: a place
    (`Gianfranco Cuttica di Revigliasco`, whose `di Revigliasco` stands only in the name, is a person)."""
    particles = [i for i, token in enumerate(tokens[1:-1], 1) if token.islower()]
    if not particles:
        return False
    place = " ".join(tokens[particles[-1] + 1 :])
    name = r"\s+".join(map(re.escape, tokens[particles[-1] - 1 :]))  # `Cuttica di Revigliasco`
    # Each place found first (a pattern that opens on its letters is searched for them at once),
    # then the word before it: a pattern opening on any lower-case word, or on a look-behind, is
    # tried at every letter of the text (28 s of a 590 KB page's 34, once per such name).
    after_preposition = sum(
        1
        for found in re.finditer(rf"{re.escape(place)}(?!\w)", text)
        if _LOWER_WORD_BEFORE.search(text, max(0, found.start() - _WORD_REACH), found.start())
    )
    return after_preposition > len(re.findall(name, text))


def _same_person(name: str, other: str) -> bool:
    """`Donald J. Trump` and `Donald Trump`: one first name and one surname, one person."""
    return name.split()[0] == other.split()[0] and name.split()[-1] == other.split()[-1]


def _role_of_a_place(role: str | None) -> bool:
    """`sindaco di`, `Giudice del Tribunale di`: a role that ends on its preposition is of the name
    after it (`il sindaco di Rivalta`: a town), which is no one who bears it."""
    return role is not None and role.split()[-1].casefold() in _NOUN_OPENERS


def _other_role(person: Person, role: str | None) -> bool:
    """A role written before a surname that shares no head with the known person's role."""
    if not role or not person.role:
        return False
    heads = {word.casefold() for word in role.split() if is_role_head(word)}
    known = {word.casefold() for word in person.role.split() if is_role_head(word)}
    return bool(heads and known) and not heads & known


def _inside_unknown_name(text: str, start: int) -> bool:
    """A capitalised word other than an article or a preposition stands right before `start`."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    word = before.group(1) if before else ""
    return word[:1].isupper() and word.isalpha() and word not in FUNCTION_WORDS


def name_parts(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """Each capitalised run of `text` that may name someone or somewhere (`Mark Rutte`, `Ravenna`,
    `Stati Uniti`), split at words that cannot be part of a name, with its span; the capitals of a
    Title Case headline name nobody and are left out."""
    headlines = _title_case_lines(text)
    for start, end, part in _name_runs(text):
        if not any(a <= start < b for a, b in headlines):
            yield start, end, part


_WRAPPED_LINE_MAX = 100  # characters: a longer line is a paragraph of its own, not a wrapped one's


def _runs_within_paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Each capitalised run (`_RUN`) with its start, cut at the end of a line longer than a wrapped
    one: `… (circa 200 chilometri). Beirut` ends a paragraph written on one line, and the `Israele`
    that opens the next one is not part of a name with it (`President\nDonald J. Trump`, a
    release wrapped at 70 columns, is)."""
    for match in _RUN.finditer(text):
        start = match.start()
        for line_end in re.finditer("\n", match.group()):
            at = match.start() + line_end.start()
            if at - (text.rfind("\n", 0, at) + 1) > _WRAPPED_LINE_MAX:
                yield start, text[start:at]
                start = at
        yield start, text[start : match.end()]


def _name_runs(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """Each run of capitalised words that may be a name, split into its name parts, with the
    span of each part in `text`."""
    for offset, run in _runs_within_paragraphs(text):
        cursor = 0
        for part in _name_parts(run):
            # the part's own words, with whatever white space (a line break) stands between them
            span = _words_span(run, part, cursor)
            if span is None:
                continue
            cursor = span[1]
            yield offset + span[0], offset + span[1], part


def _words_span(text: str, words: list[str], start: int) -> tuple[int, int] | None:
    """Where `words` (split from `text`) stand in `text`, from `start` on."""
    first = end = -1
    for word in words:
        found = text.find(word, end if end >= 0 else start)
        if found < 0:
            return None
        first = found if first < 0 else first
        end = found + len(word)
    return first, end
