"""Whether a statement says whom or what it is about (`compose/alone.py`): the positive tests
(`names_its_subject` for the body, `opens_on_its_subject` for the further reports and the full
timeline), a sentence that names no one and nothing, a quotation whose words name nothing or open
on a pronoun, and a subject left unsaid after an adverbial (`In un breve intervento…, ha spiegato`).
"""

from __future__ import annotations

import functools
import re

from briefing import lang
from briefing.compose.quoted import (
    INSERTED_ATTRIBUTION,
    OPENING_QUOTATION,
    QUOTATION_LABEL,
    names_only,
    speaker_named,
    speaker_written,
)
from briefing.compose.sentence_before import demonstrative_within
from briefing.compose.statement_text import (
    CALENDAR_WORDS,
    COMMON_CAPITALS,
    COMPLEMENTS,
    DATELINE,
    DEMONYMS,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    JOINERS,
    NATIONAL_BODIES,
    NOUN_PHRASE,
    ORDERING_ADJECTIVES,
    POINTING_WORDS,
    QUOTE_MARKS,
    QUOTED,
    RESTRICTIVE,
    ROLE_HEAD_WORDS,
    SENTENCE_STOPS,
    SHELL_NOUNS,
    TIME_WORDS,
    UNRESOLVED_NOUNS,
    WORD,
    first_sentence,
    inside_a_sentence,
    outside_quotes,
    typewriter_quotes,
    verb_form,
)
from briefing.lang import fold
from briefing.rules.lexicon import FUNCTION_WORDS, Lowercase, reporting_forms
from briefing.rules.standalone import opens_on_subjectless_verb


def names_nothing(sentence: str, article: str = "") -> bool:
    """No proper name outside quotation marks: no people written in lower case (`italiani`), no
    body of the country (`governo`), no capitalised word that is not a month, a weekday or a
    common noun written with a capital (`Comune`), nor the first word of the sentence or of a
    sentence after it (a quotation's `… più fiducia. Ho giocato…`) unless the `article` writes that
    word with a capital inside a sentence too (`Stellantis ha rivisto…`, not `Vengono stimati…`)."""
    text = outside_quotes(sentence)
    matches = list(WORD.finditer(text))
    if len(matches) < 3:  # a quotation alone: who speaks is `nameless_quotation`'s to judge
        return False
    starts = {end.end() for end in _SENTENCE_END.finditer(text)}
    for index, match in enumerate(matches):
        token = match.group(0)
        word = token.rstrip("'’")
        if word.islower() and (
            fold(word) in NATIONAL_BODIES or (DEMONYMS and fold(word).startswith(DEMONYMS))
        ):
            return False  # `Un terzo degli italiani…`, `Il governo ha approvato…`: whom it is about
        if not word[:1].isupper() or word == "I":
            continue
        folded = fold(word).casefold()
        if folded in COMMON_CAPITALS or folded in CALENDAR_WORDS:
            continue
        # the first word, or one that opens a later sentence (`… fiducia. Ho giocato…`)
        opens = index == 0 or match.start() in starts
        if opens and (word in FUNCTION_WORDS or not inside_a_sentence(word, article)):
            continue
        return False
    return True


_SENTENCE_END = re.compile(r"[.!?…][\"”»’')\]]*\s+[\"“«‘'(\[]*")


_SUBJECT_AFTER_ADVERBIAL = Lowercase(  # `In un breve intervento all'assemblea …, ha spiegato che…`
    r"^[\"“«'‘(*_\s]*(?:"
    + lang.alternatives(lambda language: language.adverbial_openers)
    + r")\s[^,;:.«»“”\"]{0,200},\s*(?:si\s+|s['’])?(?:"
    + lang.alternatives(lambda language: language.dropped_subject)
    + r")"
)
_COPULA_AFTER_ADVERBIAL = Lowercase(  # `Nella letteratura scientifica è un criterio…`
    r"^[\"“«'‘(*_\s]*(?:"
    + lang.alternatives(lambda language: language.adverbial_openers)
    + r")(?:\s+(?!(?:il|lo|la|i|gli|le|un|uno|una|the|a|an)\b|l['’]|un['’])[\w'’]+){1,6}?\s+(?:"
    + lang.alternatives(lambda language: language.unsaid_copula)
    + r")"
)
_SUBJECTLESS_OPENER = Lowercase(
    r"^[\"“«'‘(*_\s]*(?:" + lang.alternatives(lambda language: language.subjectless_openers) + r")"
)


def subject_unsaid(sentence: str) -> bool:
    """A long adverbial, then a verb with no subject (`In un breve intervento all'assemblea dei
    parlamentari, ha spiegato che…`), or a short one, then a copula before what the subject is
    (`Nella letteratura scientifica è un criterio…`, `Dai primi anni Duemila è diventata
    anche…`); a verb that opens the sentence on `di` and an infinitive (`Propone di dimezzare…`);
    or, past opening phrases closed by commas, a clause that opens on such a verb (`Per la
    quantità di film girati, in Italia e all'estero, è probabilmente anche l'attrice…`, `Dopo
    alcuni anni con…, l'anno scorso, è comparsa sul red carpet…`): who or what it is was said in
    an earlier sentence."""
    if _SUBJECT_AFTER_ADVERBIAL.match(sentence) or _COPULA_AFTER_ADVERBIAL.match(sentence):
        return True
    clauses = _after_opening_phrases(sentence)
    return (
        _SUBJECTLESS_OPENER.match(clauses[0]) is not None
        or any(
            _SUBJECTLESS_OPENER.match(clause) or opens_on_subjectless_verb(clause) for clause in clauses[1:]
        )
        or _verb_after_apposition(sentence)
    )


def _verb_after_apposition(sentence: str) -> bool:
    """A noun phrase set off by a comma, then a verb with no subject (`Militare, aveva studiato a
    Monaco…`, `Uno dei paesi più poveri del Medio Oriente, è interessata da una rivolta…`): the
    phrase says what the subject is, and the subject itself was named in an earlier sentence. Not
    an opening phrase or a time (`subject_unsaid` reads those), a clause of its own (`Il piano è
    pronto, ha detto…`), a quotation, nor a verb that reports the words before it (`…, ha spiegato
    il ministro`)."""
    head, comma, tail = sentence.lstrip(" *_").partition(",")
    tokens = WORD.findall(head)
    if not comma or not tokens or len(tokens) > APPOSITION_WORDS or any(mark in head for mark in '"“”«»'):
        return False
    if _opening_phrase(tokens) or _time_phrase(tokens) or any(_a_finite_verb(token) for token in tokens[1:]):
        return False
    tail = tail.lstrip()
    return opens_on_subjectless_verb(tail) and not any(
        pattern.match(tail) for pattern in reporting_forms(None)
    )


def _a_finite_verb(token: str) -> bool:
    """A lower-case auxiliary or verb form of some language (`è`, `ha`, `approvano`)."""
    return token.islower() and (
        _VERB_FORMS.match(token) is not None
        or any(
            (pattern := verb_form(language.verb_forms)) and pattern.fullmatch(token) for language in lang.ALL
        )
    )


def _time_phrase(tokens: list[str]) -> bool:
    """`l'anno scorso`, `Lunedì sera`, `nel 2024`: time words and numbers, and only the articles
    and prepositions before them."""
    words = [fold(token) for token in tokens]
    times = [word.isdigit() or word.rstrip("'") in TIME_WORDS for word in words]
    return any(times) and all(
        time or word in NOUN_PHRASE or word in JOINERS or word.rstrip("'") in JOINERS
        for word, time in zip(words, times, strict=True)
    )


def _after_opening_phrases(text: str) -> list[str]:
    """`text`, then what follows each of its first `OPENER_HOPS` + 1 opening phrases closed by a
    comma (`Per la quantità di film girati,`, `in Italia e all'estero,`, `l'anno scorso,`): a
    phrase that opens on a preposition, an adverb, a conjunction or a gerund, or a time phrase, and
    holds no verb of its own."""
    clauses = [text.lstrip(" *_")]
    for _ in range(OPENER_HOPS + 1):
        head, comma, tail = clauses[-1].partition(",")
        tokens = WORD.findall(head)
        if not comma or not tokens or len(tokens) > OPENER_WORDS or any(mark in head for mark in '"“”«»'):
            break  # a quotation's words are no opening phrase (`"Le conferme" della buona salute…`)
        if not (_opening_phrase(tokens, pointing=True) or _time_phrase(tokens)):
            break
        clauses.append(tail.lstrip())
    return clauses


OPENING_WORDS = 10  # words of a statement's first sentence in which a name must stand (`names_its_subject`)
BODY_OPENING_WORDS = 14  # the same for a statement deeper than its article's lead, in the body
QUOTATION_NAMES_NOTHING = "a quotation that names no one and nothing: what it is about was said before"
NOT_NAMED_EARLY = "does not say early whom or what it is about, and is not its article's lead"
# The annexes' test (`opens_on_its_subject`) is a positive one: a statement enters only when
# its opening says whom or what it is about, not merely when no pointer is found in it.
OPENER_WORDS = 14  # words an opening phrase may take before the comma that closes it
APPOSITION_WORDS = 20  # words of a noun phrase set off by a comma before a verb with no subject
OPENER_HOPS = 2  # opening phrases, each closed by a comma, before the subject (`Nel frattempo, …`)
SUBJECT_WORDS = 6  # words after a subject's article in which a name says which (`Il portavoce … Peskov`)
INVERTED_WORDS = 10  # words after a verb that opens a clause past a time phrase, where its subject is
RELATIVE_WORDS = 8  # words of a relative clause in a subject, after `che` (`Le manifestazioni che chiedono…`)
QUOTATION_WORDS = 25  # words of a quotation in which it names whom or what it is about
_KNOWN_GROUPS = frozenset(fold(w) for w in lang.union(lambda language: language.known_groups))
_SUBJECTLESS_ATTRIBUTION = Lowercase(lang.alternatives(lambda language: language.subjectless_attribution))
_SUBORDINATORS = frozenset(
    fold(w) for w in lang.union(lambda language: language.subordinators | language.according_to)
)
_RELATIVES = frozenset(fold(w) for w in lang.union(lambda language: language.relative_openers))
_RESTRICTIVE_FOLDED = frozenset(fold(w) for w in RESTRICTIVE)
_DEFINITE_ARTICLES = frozenset(a.casefold() for language in lang.ALL for a in language.definite_articles)
# (`a` is an article in English and a preposition in Italian: not one here)
_INDEFINITE_ARTICLES = frozenset(a.rstrip("'") for a in INDEFINITE_ARTICLES) - JOINERS
_NEGATIONS = frozenset(fold(w) for w in lang.union(lambda language: language.negations))
_ADVERBIAL = Lowercase(r"^(?:" + lang.alternatives(lambda language: language.adverbial_openers) + r")$")
_GERUNDS = tuple(ending for language in lang.ALL for ending in language.gerund_endings) or ("\0",)
# `è prevista`, `sarà`: a verb whose subject may follow it (`dropped_subject_unless_inverted`)
_INVERTING = Lowercase(
    r"^(?:" + lang.alternatives(lambda language: language.dropped_subject_unless_inverted) + r")\b"
)
_VERB_FORMS = Lowercase(r"^(?:" + lang.alternatives(lambda language: language.auxiliaries) + r")$")
_LIST_ENTRY = re.compile(r"^\s*(?:\d{1,2}|[a-z])\)\s")  # `4) …`, `b) …`: an entry of a list


def _skip_time(tokens: list[str], at: int) -> int:
    """Past a time phrase that opens the clause (`Giovedì`, `Nel 2024`, `On Tuesday`, `Lunedì
    sera`): function words count only with a time word or a number after them."""
    end = at
    for index in range(at, len(tokens)):
        word = fold(tokens[index]).rstrip("'")
        if word.isdigit() or word in TIME_WORDS:
            end = index + 1
        elif word not in JOINERS and word not in NOUN_PHRASE:
            break
    return end


def _a_name(token: str, first: bool, article: str) -> bool:
    """A proper name, a body of the country (`governo`) or a people (`americana`): the words that
    say whom or what; a sentence's first word only when the article writes it inside a sentence too."""
    folded = fold(token).rstrip("'")
    if token.islower():
        return (
            folded in NATIONAL_BODIES
            or folded in _KNOWN_GROUPS
            or bool(DEMONYMS and folded.startswith(DEMONYMS))
        )
    if (
        not token[:1].isupper()
        or token in FUNCTION_WORDS
        or folded in COMMON_CAPITALS
        or folded in CALENDAR_WORDS
    ):
        return False
    if len(token.rstrip("'’")) < 2 or (first and _VERB_FORMS.match(token)):  # `E'`, `È`: a verb
        return False
    return not first or inside_a_sentence(token.rstrip("'’"), article)


def _subject_named(tokens: list[str], at: int, article: str) -> bool:
    """The clause from `at` opens on a name, or on an article whose noun phrase holds one before its
    verb (`L'incontro tra Rutte e Trump`, `Il portavoce presidenziale russo Dmitry Peskov`)."""
    after_time = _skip_time(tokens, at)
    if after_time >= len(tokens):
        return False
    if after_time > at and _INVERTING.match(" ".join(tokens[after_time : after_time + 4])):
        # after a time phrase the subject may follow its verb (`La prossima settimana è prevista una
        # conversazione tra Trump e Putin`, `Domani sarà a Roma il presidente Macron`)
        window = tokens[after_time + 1 : after_time + 1 + INVERTED_WORDS]
        return any(_a_name(token, False, article) for token in window)
    at = after_time
    if fold(tokens[at]) not in NOUN_PHRASE:
        if _a_name(tokens[at], at == 0, article):
            return True
        if _negated_inverted_subject(tokens, at, article):
            return True
        # a name of two capitalised words opens the sentence (`Mayor Lidia Ferrante`, `Corvale Costruzioni`)
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        return (
            at == 0
            and not _VERB_FORMS.match(tokens[at])  # `Sarà Milena Vanoli a parlare…`
            and _a_name(tokens[at], False, article)
            and _a_name(following, False, article)
        )
    return _noun_phrase_named(tokens, at + 1, article)


def _noun_phrase_named(tokens: list[str], at: int, article: str) -> bool:
    """The noun phrase whose words start at `at` (past its article) holds a name before its verb,
    among its first `SUBJECT_WORDS` words (`Il portavoce presidenziale russo Dmitry Peskov`), or
    within a restrictive relative clause that says which (`Le manifestazioni che chiedono le
    dimissioni del Presidente Ali Abdullah Saleh sono entrate…`), whose own verb is not the
    subject's and which points back to no one (`I manifestanti che lo hanno…`). Only after a
    definite article: an indefinite subject's clause describes rather than says which (`Un mondo
    che è sicuro per l'America è…`, someone's words whose speaker is not shown), and so does a
    name after an indefinite article within it (`L'aeroplano, probabilmente un Mig-23, …`: a kind
    of plane, the one the sentence before showed)."""
    end = at + SUBJECT_WORDS
    definite = at > 0 and tokens[at - 1].casefold() in _DEFINITE_ARTICLES
    relative = False
    for index in range(at, len(tokens)):
        if index >= end:
            return False
        token = tokens[index]
        folded = fold(token).rstrip("'")
        if relative and folded in POINTING_WORDS:
            return False
        if not relative and definite and token.islower() and folded in _RESTRICTIVE_FOLDED:
            relative, end = True, index + 1 + RELATIVE_WORDS
            continue
        if token.islower() and _VERB_FORMS.match(token):  # the verb: the subject said nothing more
            if relative and fold(tokens[index - 1]) in _RESTRICTIVE_FOLDED:
                continue  # `che hanno chiesto…`: the relative clause's own verb
            return False
        if folded in _INDEFINITE_ARTICLES:
            return False  # `L'aeroplano, probabilmente un Mig-23, …`: a kind, not which one
        if _a_name(token, False, article):
            return True
    return False


def _negated_inverted_subject(tokens: list[str], at: int, article: str) -> bool:
    """The clause from `at` opens on a negated verb whose subject follows it, a noun phrase that
    holds a name (`Non sono bastate le proposte giunte ieri da Saleh…`): what it judges is said
    right there. Not an affirmative verb (`Sono intervenuti i carabinieri di Roma`): what it goes on
    telling is in the sentence before."""
    if fold(tokens[at]) not in _NEGATIONS:
        return False
    verb = _INVERTING.match(" ".join(tokens[at + 1 : at + 5]))
    if not verb:
        return False
    subject = at + 1 + len(verb.group(0).split())
    if subject >= len(tokens) or fold(tokens[subject]) not in NOUN_PHRASE:
        return False
    if any(
        fold(token).rstrip("'") in POINTING_WORDS for token in tokens[subject : subject + 1 + SUBJECT_WORDS]
    ):
        return False  # `Non sono bastate le sue proposte…`: whose was said before
    return _noun_phrase_named(tokens, subject + 1, article)


def _told_there_and_then(tokens: list[str], at: int) -> bool:
    """After an opening phrase that names where (`Nella città di Ibb,`), the clause from `at`
    says when and opens on a noun phrase of common nouns that stands for no one named before
    (`domenica scorsa le proteste antigovernative sono culminate…`): the place and the day tell
    what it is about. Not a role (`ieri il ministro ha detto…`: which one was said before), a
    noun that stands for what was said (`la vicenda`, `la prima volta`), or a pronoun."""
    after_time = _skip_time(tokens, at)
    if after_time == at or after_time + 1 >= len(tokens) or fold(tokens[after_time]) not in NOUN_PHRASE:
        return False
    noun = fold(tokens[after_time + 1]).rstrip("'")
    if (
        not tokens[after_time + 1].islower()
        or len(noun) < 3
        or noun.casefold() in ROLE_HEAD_WORDS
        or noun in SHELL_NOUNS | UNRESOLVED_NOUNS | POINTING_WORDS
        or noun in ORDERING_ADJECTIVES
        or noun in TIME_WORDS
    ):
        return False
    for token in tokens[after_time + 2 : after_time + 2 + SUBJECT_WORDS]:
        if token.islower() and _VERB_FORMS.match(token):
            return True
        if fold(token).rstrip("'") in POINTING_WORDS:
            return False
    return False


def _opening_phrase(tokens: list[str], pointing: bool = False) -> bool:
    """Words before a comma that open a sentence ahead of its subject: a phrase that opens on a
    preposition, an adverb, a conjunction or a gerund (`Nel frattempo`, `Dopo essersi congratulato
    con Trump…`, `During the talks`), holds no auxiliary (`Sono intervenuti…`, `…gli attacchi hanno
    ucciso…`: a clause of its own) and, unless `pointing` allows one, no pronoun for someone said
    before (`During their…`)."""
    first = fold(tokens[0]) if tokens else ""
    opens = (
        first.rstrip("'") in JOINERS
        or first in JOINERS
        or first in _SUBORDINATORS
        or bool(_ADVERBIAL.match(first))
        or (tokens[0].islower() and first.endswith(_GERUNDS))
    )
    clause = any(token.islower() and _VERB_FORMS.match(token) for token in tokens)
    points = not pointing and any(fold(token).rstrip("'") in POINTING_WORDS for token in tokens)
    return opens and not clause and not points


def _quotation_names(words: str, article: str) -> bool:
    """A quotation names whom or what it is about among its first `QUOTATION_WORDS` words, with no
    pronoun or demonstrative before the name that stands for someone said before (`he's exactly
    right`, `queste tragedie`)."""
    words = INSERTED_ATTRIBUTION.sub(" ", words)
    for match in list(WORD.finditer(words))[:QUOTATION_WORDS]:
        token = match.group(0)
        if fold(token).rstrip("'") in POINTING_WORDS:
            return False
        opens = not words[: match.start()].strip() or words[: match.start()].rstrip()[-1] in SENTENCE_STOPS
        if _a_name(token, opens, article):
            return True
    return False


def opens_on_its_subject(statement: str, article: str = "", speaker: str | None = None) -> bool:
    """The statement opens on whom or what it is about, and so can be read alone: what the further
    reports and the full timeline print, where fewer statements that read alone beat more that do
    not. Deeper in an article, a sentence that passes every test for a pointer still leans on the
    sentences before it (`In due giorni l'amministrazione ha allestito…`, `Con Gino Paoli sono
    rimasti amici…`, `Sempre giovedì mattina, le RSF hanno risposto…`), so this test is positive:

    - its first sentence, past a time phrase (`Giovedì`, `Nel 2024`) and up to `OPENER_HOPS`
      opening phrases closed by a comma (`Nel frattempo,`, `Dopo essersi congratulato con
      Trump…,`) that hold no pronoun for someone said before (`During their initial encounter,`),
      opens on a name, a body of the country (`il governo`) or an article whose noun phrase holds
      one (`L'incontro tra Rutte e Trump…`), its restrictive relative clause included (`Le
      manifestazioni che chiedono le dimissioni del Presidente Saleh…`), or on a negated verb
      whose subject after it holds one (`Non sono bastate le proposte di Saleh…`); past an
      opening phrase that names the place, a day and a subject of common nouns will do (`Nella
      città di Ibb, domenica scorsa le proteste…`, `_told_there_and_then`); or
    - it is a quotation (`«…», ha detto Rossi`, `Sen. Ted Cruz: “…”`) whose speaker is named or
      shown (`speaker`) and which itself names whom or what it is about (`_quotation_names`)."""
    first = first_sentence(typewriter_quotes(statement))
    body = DATELINE.sub("", first, count=1).lstrip("*_ ")
    label = QUOTATION_LABEL.match(body)
    if label:
        shown = bool((speaker or "").strip()) or speaker_named(label["label"])
        speaker, body = (speaker or label["label"]) if shown else None, body[label.end() :]
    quotation = OPENING_QUOTATION.match(body)
    if quotation:
        named = bool((speaker or "").strip()) or speaker_named(body)
        return named and _quotation_names(quotation["words"], article)
    if _LIST_ENTRY.match(body):  # `4) Gli istituti di credito che…`: the line before opened the list
        return False
    outside = outside_quotes(body)
    if demonstrative_within(body):  # `aveva definito quegli attacchi…`: they were said before
        return False
    if _SUBJECTLESS_ATTRIBUTION.search(body) and not speaker_written(speaker, body):
        return False  # `…ed «era difficile», ha aggiunto.`: who added it is in another sentence
    found = list(WORD.finditer(outside))
    tokens = [match.group(0) for match in found]
    at, placed = 0, False
    for _ in range(OPENER_HOPS + 1):
        if _subject_named(tokens, at, article) or (placed and _told_there_and_then(tokens, at)):
            return True
        comma = outside.find(",", found[at].start()) if at < len(found) else -1
        closed = [index for index, match in enumerate(found) if match.start() > comma] if comma >= 0 else []
        if not closed or closed[0] - at > OPENER_WORDS or not _opening_phrase(tokens[at : closed[0]]):
            return False
        if any(fold(token) in _RELATIVES for token in tokens[closed[0] : closed[0] + 2]):
            return False  # `…, in cui interpreta…`, `…, tra cui…`: a relative clause, not the subject
        placed = any(_a_name(token, False, article) for token in tokens[at : closed[0]])
        at = closed[0]
    return False


def names_its_subject(
    statement: str,
    article: str = "",
    speaker: str | None = None,
    within: int = OPENING_WORDS,
    shortened: bool = False,
) -> bool:
    """The statement says early whom or what it is about: a name among the first `OPENING_WORDS`
    words of its first sentence outside quotation marks (`Giovedì gli Stati Uniti…`, `Israele
    sostiene…`, `il governo`, `l'amministrazione americana`), or it opens on a quotation whose
    speaker it names or the briefing prints before it (`speaker`, `keypoints.key_point_text`).
    The body asks it of a statement deeper than its article's lead (`why_not_alone`): deeper in
    an article the ones that do not (`In due giorni l'amministrazione ha allestito…`, `La colonna
    sonora è stata realizzata…`) lean on the sentences before them more often than the grade can
    tell. The annexes ask more (`opens_on_its_subject`)."""
    first = first_sentence(statement)
    body = DATELINE.sub("", first, count=1).lstrip("*_ ")
    if body[:1] in QUOTE_MARKS:  # printed after its speaker's name, or naming them itself
        return bool((speaker or "").strip()) or speaker_named(body)
    # past a colon or a semicolon, a name that a preposition governs (`In due giorni
    # l'amministrazione ha allestito tre centri: prima al Pala Sabin…`) lists where or what, and
    # says nothing of who acts; a clause of its own may name it (`Lutto nel giornalismo: è morta
    # Paola Motta`)
    clause = re.split(r"[:;](?=\s)", body, maxsplit=1)
    listed = len(WORD.findall(outside_quotes(clause[0]))) if len(clause) > 1 else len(body)
    tokens = WORD.findall(outside_quotes(body))
    governed: set[int] = set()  # past the colon: `al Pala Sabin`, the whole name
    for at in range(max(listed, 1), len(tokens)):
        previous = tokens[at - 1]
        run = at - 1 in governed and previous[:1].isupper() and tokens[at][:1].isupper()
        if fold(previous).casefold() in _GOVERNING or run:
            governed.add(at)
    words = [
        (token, tokens[at - 1] if at else "", tokens[at + 1] if at + 1 < len(tokens) else "")
        for at, token in enumerate(tokens)
        if token[-1:] not in "'’" and at not in governed
    ]
    for index, (token, before, after) in enumerate(words[:within]):
        folded = fold(token).casefold()
        if token.islower() and (folded in NATIONAL_BODIES or (DEMONYMS and folded.startswith(DEMONYMS))):
            return True
        if not token[:1].isupper() or folded in COMMON_CAPITALS or folded in CALENDAR_WORDS:
            continue
        if index == 0 and (token in FUNCTION_WORDS or not inside_a_sentence(token, article)):
            continue
        if shortened and _shortened_by_article(token, before, after, article):
            continue
        return True
    return False


_DEFINITE_BEFORE = frozenset(word.casefold() for word in DETERMINERS)
_GOVERNING = frozenset(  # `a`, `al`, `nella`, `dell'`: a preposition, articled or not
    fold(word).casefold()
    for word in lang.union(lambda language: language.prepositions | language.articled_prepositions)
)
_OF = "(?:" + "|".join(re.escape(word) for word in sorted(COMPLEMENTS, key=len, reverse=True)) + ")"
_THE = (
    "(?:"
    + "|".join(
        sorted({a for language in lang.ALL for a in language.definite_articles}, key=len, reverse=True)
    )
    + ")"
)


def _shortened_by_article(token: str, before: str, after: str, article: str) -> bool:
    """`il Museo espone…`, `Attorno al Monumento…`: one capitalised word after a definite article,
    no capital after it, not an acronym, which the article elsewhere writes as the head of a
    longer name (`il Museo solare di Intiñan`, `Monumento a la Mitad del Mundo`): its short
    name, which says which one only to who read the sentence that named it in full."""
    if before.casefold() not in _DEFINITE_BEFORE or token.isupper() or after[:1].isupper():
        return False
    return _head_of_longer_name(token).search(article) is not None


@functools.lru_cache(maxsize=4096)  # per capitalised word: graded statements ask it of each
def _head_of_longer_name(token: str) -> re.Pattern[str]:
    """`token` written as the head of a longer name: an adjective of four letters or more (not
    `e`, `and`), then `di`, `of`, `all'`… and a capital."""
    return re.compile(
        r"(?<![\w'’])"
        + re.escape(token)
        + r"\s+(?:[a-zà-ÿ]{4,}\s+)?(?:"
        + _OF
        + r"\s*(?:"
        + _THE
        + r"\s*)?|[a-zà-ÿ]+['’])[A-ZÀ-Ý]"
    )


QUOTATION_OPENS_ON_PRONOUN = "a quotation whose subject is a pronoun for someone named before"
PRONOUN_WORDS = 3  # words of a quotation in which a pronoun is its subject (`I think he's…`)
_PRONOUNS = frozenset(fold(w) for w in lang.union(lambda language: language.pointing_pronouns))


def quotation_opens_on_pronoun(statement: str) -> bool:
    """A quotation whose subject, among its first `PRONOUN_WORDS` words and before any name, is a
    pronoun for someone said before (`“I think he's exactly right…”`, `«Lui ha sempre…»`): whoever
    speaks, whom they speak of is in an earlier sentence. A possessive before a capital is a
    title (`His Majesty`)."""
    first = DATELINE.sub("", first_sentence(statement), count=1).lstrip("*_ ")
    label = QUOTATION_LABEL.match(first)
    first = first[label.end() :] if label else first
    quotation = OPENING_QUOTATION.match(first)
    if quotation is None:
        return False
    tokens = WORD.findall(quotation["words"])[: PRONOUN_WORDS + 1]
    for index, token in enumerate(tokens[:PRONOUN_WORDS]):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if fold(token).rstrip("'").casefold() in _PRONOUNS and not following[:1].isupper():
            return True
        if index and token[:1].isupper() and token != "I":
            return False  # a name first: the pronoun may be theirs
    return False


def quotation_names_nothing(statement: str, article: str = "") -> bool:
    """It opens on a quotation whose words name no one and nothing (`«È un passo gigantesco verso
    la militarizzazione del paese», ha scritto…`, `“A diplomatic masterstroke.”`): whoever said
    them, what they are about was said in a sentence before. Words outside the quotation marks
    (the speaker) do not say what the quotation is about, unless they say so (`…, ha detto
    Salvini, circa l'ipotesi di una assicurazione obbligatoria`: `quotation_topic`)."""
    first = DATELINE.sub("", first_sentence(statement), count=1).lstrip("*_ ")
    label = QUOTATION_LABEL.match(first)  # `CNN's Joseph Ataman: “A diplomatic masterstroke.”`
    first = first[label.end() :] if label and names_only(label["label"]) else first
    if first[:1] not in QUOTE_MARKS or quotation_topic(outside_quotes(first)):
        return False
    quoted = " ".join(match.group(0).strip(QUOTE_MARKS + "”»’") for match in QUOTED.finditer(first))
    return names_nothing(quoted, article)


_TOPIC = Lowercase(  # `circa l'ipotesi di…`, `in merito alla riforma`, `regarding the tariffs`
    r"(?:^|[^\w'’])(?:"
    + lang.alternatives(lambda language: language.quotation_topic_markers)
    + r")\s+(?:"
    + "|".join(re.escape(d) if d[-1] in "'’" else re.escape(d) + r"\s+" for d in DETERMINERS)
    + r")(?P<noun>[a-zà-ÿ]{4,})\b(?P<rest>[^.;:«»“”\"()]*)"
)


def quotation_topic(outside: str) -> str | None:
    """The noun that the words outside a quotation's marks (`outside`) say it is about (`…, ha
    detto Salvini, circa l'ipotesi di una assicurazione…`: `ipotesi`); None when they say nothing
    of it, or only by a noun that stands for something named before (`riguardo al caso`,
    `about the decision`) with nothing after it that says which."""
    for match in _TOPIC.finditer(outside):
        noun = fold(match["noun"]).casefold()
        following = WORD.findall(match["rest"])[:1]
        says_which = bool(following) and (
            fold(following[0]).casefold() in COMPLEMENTS | RESTRICTIVE or following[0][:1].isupper()
        )
        if noun in SHELL_NOUNS | UNRESOLVED_NOUNS and not says_which:
            continue
        return noun
    return None
