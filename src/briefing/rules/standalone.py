"""Whether a sentence can be read without the one before it (see ARCHITECTURE.md, "Engines").

A sentence *points back* when it cannot be understood alone:

- for certain (`"strong"`): it opens on an anaphor (`Lo ha detto…`, `Questo…`, `He said…`; each
  language's `anaphor_openers`), in lower case or on a comma (the rest of a sentence cut in two),
  or closes a quotation opened in an earlier sentence;
- most likely (`"weak"`): its subject is left unsaid, as Italian allows (`Era nata a Merano…`, `Ha
  deciso…`, `Nel 2017 divenne…`), unless the subject is written after the verb (`È morta a Milano
  la conduttrice…`); it opens on a connective (`Ma…`, `Inoltre…`, `D'altro canto…`, `However…`) or
  has a link or a demonstrative among its first words (`Il governo è infatti…`); it compares with
  what came before (`qualcosa di simile`); its subject is a bare definite noun that stands for
  something named before (`La decisione…`, `La giornalista, che…`, `Il cordoglio è bipartisan.`);
  or it quotes someone with a reporting verb and no speaker (`«…», ha aggiunto.`, `“…,” he said.`).
  A quotation with no reporting verb at all keeps the speaker the engine inherits for it, and
  composition shows it under that speaker.

The engine shows such a sentence only together with the sentence it points back to, as one
verbatim span, or not at all; a weak one that is an article's lead stands alone (a lead is written
to be read first).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from briefing import lang
from briefing.lang import fold
from briefing.rules.lexicon import ANAPHOR_OPENERS, ROLE_HEADS, Lowercase

Strength = Literal["strong", "weak"]

_OPEN = r"^[\"“«'‘(*_\s]*"
_ADVERBIAL = (  # `Nel 2017 divenne…`, `Ai Carabinieri, infatti, aveva detto…`, `Oggi avrebbe…`
    r"(?:(?:"
    + lang.alternatives(lambda language: language.adverbial_openers)
    + r")(?:\s+[^\s,]+)?\s*,?\s+){0,2}"
)
_CLITIC = r"(?:si\s+|s['’])?"


def _verb_opening(verbs: Callable[[lang.Language], str]) -> Lowercase:
    """A sentence whose first words (after adverbials and a clitic) are one of `verbs`."""
    return Lowercase(_OPEN + _ADVERBIAL + _CLITIC + r"(?:" + lang.alternatives(verbs) + r")")


_DROPPED = _verb_opening(lambda language: language.dropped_subject)
_DROPPED_UNLESS_INVERTED = _verb_opening(lambda language: language.dropped_subject_unless_inverted)
_CONNECTIVE = Lowercase(
    _OPEN + r"(?:" + lang.alternatives(lambda language: language.connective_openers) + r")(?=[\s,])"
)
_EARLY_CONNECTIVE = Lowercase(
    _OPEN
    + r"(?:[\w'’]+[\s,]+){1,4}(?:"
    + lang.alternatives(lambda language: language.early_connectives)
    + r")\b"
)
_BACK_REFERENCE = Lowercase(r"\b(?:" + lang.alternatives(lambda language: language.back_references) + r")\b")
_SUBJECTLESS_ATTRIBUTION = Lowercase(lang.alternatives(lambda language: language.subjectless_attribution))
_ARTICLES = [article for language in lang.ALL for article in language.definite_articles]
_DEFINITE = re.compile(
    _OPEN
    + r"(?i:"
    + "|".join(re.escape(a) if a[-1] in "'’" else re.escape(a) + r"\s+" for a in _ARTICLES)
    + r")(?P<noun>[a-zà-ÿ]{3,})\b[,\s]*(?P<after>[\w'’]*)"
)
_DETERMINERS = lang.union(lambda language: language.noun_phrase_openers)
_ELIDED_DETERMINERS = tuple(d for d in _DETERMINERS if d[-1] in "'’")
_PREPOSITIONS = lang.union(lambda language: language.prepositions)
_COMPLEMENTS = lang.union(lambda language: language.noun_complements)
_SHELL_NOUNS = frozenset(
    fold(noun) for noun in lang.union(lambda language: language.shell_nouns)
)  # `società`
_CLAUSE_END = re.compile(r"[,;:()\[\]«»“”\"–—]|\s-\s")
_CLAUSE_OPENER = Lowercase(
    r"^(?:"
    + lang.alternatives(lambda language: language.complementizers)
    + "|"
    + lang.alternatives(lambda language: language.relative_pronouns)
    + r")$"
)
_INFINITIVE = re.compile(r"\w+(?:are|ere|ire|arsi|ersi|irsi)$")
_WORD = re.compile(r"[\w'’]+")
_QUOTATION_MARKS = "\"“«'‘"
_CUT_MARKS = ",;:"  # marks that go on with a clause: no sentence opens on them


def points_back(text: str, before: str = "") -> Strength | None:
    """Whether `text` needs the sentence before it (`before`, the text shown right before it) to be
    understood, and how surely; None when it stands alone."""
    opening = text.lstrip("(*_ \t\r\n")
    rest = opening.lstrip(_QUOTATION_MARKS)[:1]
    if rest.islower() or (rest and rest in _CUT_MARKS) or ANAPHOR_OPENERS.match(text):
        return "strong"  # `, Comitato analisi…`: the rest of a sentence cut in two, like lower case
    if text.count("»") > text.count("«") or text.count("”") > text.count("“"):
        return "strong"  # closes a quotation opened in an earlier sentence
    if opening[:1] in _QUOTATION_MARKS:  # a quotation: its speaker may be named after it, or not
        # (a quotation with no reporting verb at all keeps the speaker the engine inherits for it,
        # and composition shows it under that speaker)
        return "weak" if _SUBJECTLESS_ATTRIBUTION.search(text) else None
    if (
        _CONNECTIVE.match(text)
        or _DROPPED.match(text)
        or _EARLY_CONNECTIVE.match(text)
        or _BACK_REFERENCE.search(text)
    ):
        return "weak"
    inverted = _DROPPED_UNLESS_INVERTED.match(text)
    if inverted and not _subject_after(text[inverted.end() :]):
        return "weak"
    if _bare_definite_pointing_back(text, before):
        return "weak"
    return None


def opens_on_subjectless_verb(clause: str) -> bool:
    """`clause` opens on a verb whose subject is left unsaid (`Propone di dimezzare…`, `è
    probabilmente anche l'attrice…`, `è comparsa sul red carpet…` with no subject after it): the
    subject is the one an earlier sentence named."""
    if _DROPPED.match(clause):
        return True
    inverted = _DROPPED_UNLESS_INVERTED.match(clause)
    return inverted is not None and not _subject_after(clause[inverted.end() :])


def _subject_after(rest: str) -> bool:
    """A subject written after the verb, in its clause: a determiner or a capitalised name that no
    preposition governs (`… a Milano la conduttrice`), before a reported clause or an infinitive. A
    preposition governs the word after it and, past a lower-case word, the words up to the next
    determiner (`col regista statunitense Tim Burton`: Burton is no subject; `a Milano Paola
    Marella`: Marella is, a full name after the governed one; `a New York, dove…`: York is the
    place's name going on)."""
    segments = [_CLAUSE_END.split(rest, maxsplit=1)[0]]
    # a phrase set off by commas that a preposition opens (`È morta a Milano, all'età di 61 anni,
    # Paola Marella`) is an aside: the subject may come after it
    while (aside := _ASIDE.match(rest)) is not None and _first_folded(aside["phrase"]) in _PREPOSITIONS:
        rest = rest[aside.end() :]
        segments.append(_CLAUSE_END.split(rest, maxsplit=1)[0])
    for segment in segments:
        previous, governed = "", ""
        tokens = _WORD.findall(segment)
        for index, token in enumerate(tokens):
            word = fold(token)
            if _CLAUSE_OPENER.match(word) or (previous in _PREPOSITIONS and _INFINITIVE.match(word)):
                return False
            determiner = word in _DETERMINERS or word.startswith(_ELIDED_DETERMINERS)
            if previous in _PREPOSITIONS:
                governed = "right after"
            elif determiner or not governed:
                governed = ""
            elif token.islower() or governed == "along":
                governed = "along"  # `col regista statunitense Tim Burton`
            elif index + 1 < len(tokens) and tokens[index + 1][:1].isupper():
                governed = ""  # `a Milano Paola Marella`: a person's full name after the governed one
            else:
                governed = "along"  # `a New York, dove…`: the place's name goes on
            if (
                word not in _PREPOSITIONS
                and not governed
                and (determiner or token[:1].isupper())  # `a` is an article in English only
            ):
                return True
            previous = word
    return False


_ASIDE = re.compile(r"[^,;:()\[\]«»“”\"–—]*,\s*(?P<phrase>[^,;:()\[\]«»“”\"–—]+),\s*")


def _first_folded(phrase: str) -> str:
    """The first word of `phrase`, folded; an elided one with its apostrophe (`all'`)."""
    word = _WORD.match(phrase.strip())
    token = fold(word.group(0)) if word else ""
    return token.split("'")[0] + "'" if "'" in token else token


# A short sentence whose bare definite subject repeats a noun of the sentence before it (`… messaggi
# di cordoglio.` + `Il cordoglio è bipartisan.`) says something of what that sentence named.
_SHORT = 15  # words
_NAME_WITHIN = 7  # words after a definite role noun in which a name says who (`Il segretario … Mark Rutte`)


def _bare_definite_pointing_back(text: str, before: str) -> bool:
    """`La decisione…`, `L'uomo…`, `La giornalista, che…`, `The move…`: a definite subject whose
    noun stands for something already named (a `shell_nouns` word or a role, or in a short sentence
    a noun of the sentence before), with nothing that says which (no `di …`, no name after it)."""
    match = _DEFINITE.match(text)
    if match is None:
        return False
    noun, after = fold(match["noun"]), fold(match["after"])
    complement = after.split("'")[0] + "'" if "'" in after else after
    if complement in _PREPOSITIONS:  # `L'incontro tra Rutte e Trump`, `La decisione sulla manovra`
        return False
    named = False  # `Il portavoce presidenziale russo Dmitry Peskov`, not `… announced on Monday`
    words = text[match.start("noun") :].split()
    governed = False  # `Il segretario generale della NATO Mark Rutte`: a name after the office's complement
    for word in words[1:_NAME_WITHIN] if not words[0].endswith(",") else []:
        if word.startswith(","):
            break
        if fold(word) in _PREPOSITIONS:
            governed = True
            continue
        if not word[:1].isupper() and governed:
            break
        named = named or (word[:1].isupper() and not governed)
        governed = False
        if word.endswith(","):
            break
    if complement in _COMPLEMENTS or named:
        return False
    if noun in _SHELL_NOUNS or noun in ROLE_HEADS:
        return True
    stem = noun[:-1] if len(noun) > 4 else noun
    return len(text.split()) <= _SHORT and any(
        word.startswith(stem) and abs(len(word) - len(noun)) <= 2 for word in re.findall(r"\w+", fold(before))
    )
