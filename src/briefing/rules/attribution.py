"""Who is speaking in a sentence: reporting verbs, direct quotes, dropped subjects.

- `Rutte ha ribadito …`, `Peskov ha dichiarato …`, `Rubio said …`: the subject before the verb;
- `“…”, ha dichiarato Rutte`, `… ha affermato l'inviato speciale … Steve Witkoff`, `said Rubio`:
  the person after the verb;
- `secondo Trump`, `according to Witkoff`;
- `[Finnish President Alexander Stubb](https://…): “…”`, `**Speaker Mike Johnson:** “…”`: the
  person (or organisation) named before a colon that opens a quotation;
- `Il segretario generale ha inoltre chiarito …`: a role that names a person already met;
- `“…”, ha ammonito` (Italian drops the subject) and a quotation that follows its speaker's
  sentence: the speaker of the sentence before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing import lang
from briefing.rules.actors import ActorIndex, Mention, is_role_head
from briefing.rules.lexicon import (
    ACTING_WITH_OBJECT,
    ANAPHOR_OPENERS,
    CALENDAR_NAMES,
    CONTENT_MARK,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    PLURAL_REPORTING,
    RELATIVE_OPENER,
    Lowercase,
    reporting_forms,
)


def _words(part: Callable[[lang.Language], frozenset[str]]) -> str:
    """A word list of every language (`lang/it.py`, `lang/en.py`) as regex alternatives."""
    return lang.words(lang.union(part))


_QUOTED = re.compile(r"“[^”]*”?|«[^»]*»?|\"[^\"]*\"?")
_CLAUSE_MARK = re.compile(r"[;:]")  # a clause of its own, not a phrase set off by commas
_CLAUSE_END = re.compile(r"[.;:!?]\s|\n\s*\n")  # one line break inside a sentence is a wrap
_SUBORDINATE = Lowercase(rf"\b(?:{_words(lambda language: language.subordinators)})\b")
_TEMPORAL = re.compile(rf"\b(?:{_words(lambda language: language.temporal_subordinators)})\b", re.IGNORECASE)
# Words of the writer's own main clause before a clause of time (`La prova si concluderà l'11
# febbraio, quando …`), not a time clause the sentence opens on (`Ieri, quando …, Rossi ha detto`).
_MAIN_CLAUSE_WORDS = 4
_ROLE_ARTICLES = _words(lambda language: language.role_articles)
_ROLE_SUBJECT = re.compile(
    rf"(?:^|[,;]\s*|\b(?:{_words(lambda language: language.coordinators)})\s+)(?:{_ROLE_ARTICLES})\s+"
    r"(?P<role>[a-zà-ÿ][\w\s'’-]{2,60}?)\s*$",
    re.IGNORECASE,
)


# Between a verb and the person after it: a clause of its own (`said he arranged a meeting between
# Putin and Zelenskyy`), not an inverted subject.
_NOT_INVERTED = re.compile(
    rf"[,.;:!?]|\b(?:{_words(lambda language: language.clause_breakers)})\b", re.IGNORECASE
)
# `…, che definisce`; `…, che, pur malata, ha chiesto`: a pronoun an aside follows before anything of
# its clause is said leaves the clause open, so the verb after the aside is still the clause's
_RELATIVE = re.compile(
    rf"\b(?:{_words(lambda language: language.relative_openers)})"
    r"(?:\s+(?:\w+\s+)?|\s*,[^,;:.!?]{1,80},\s*)$",
    re.IGNORECASE,
)
_NAMED_AFTER_RE = re.compile(
    rf"\s+(?:(?i:{lang.words(w for language in lang.ALL for w in language.definite_articles)})\s*)?"
    r"(?P<word>[A-ZÀ-Ý][\w-]*)"
)


# `spiega al The National Nora Al Maqdashi,`: a name of two words or more after the outlet the verb
# speaks to, which the index does not know: a speaker of its own, not the speaker before
_NAMED_AFTER_AN_OUTLET = re.compile(
    rf"\s+(?:{_words(lambda language: language.complement_prepositions)})\s+(?:[A-ZÀ-Ý][\w'’-]*\s+){{1,3}}?"
    r"[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}\s*,"
)


def _named_after(masked: str, position: int) -> bool:
    """A name right after the verb (`secondo il Gun Violence Archive`, `ha scritto Bloomberg`, `ha
    scritto La Gazzetta dello Sport`: its article capitalised), not a day or a month (`said Tuesday`)."""
    match = _NAMED_AFTER_RE.match(masked, position)
    return match is not None and match["word"] not in FUNCTION_WORDS and match["word"] not in CALENDAR_NAMES


# A clause that opens on an article or a quantifier has a subject of its own (not a dropped one).
_NOUN_SUBJECT = re.compile(
    rf"^\s*(?:(?:{_words(lambda language: language.subject_openers)})\s"
    rf"|{lang.alternatives(lambda language: language.elided_subject_openers)})",
    re.IGNORECASE,
)
_COMPLEMENT = re.compile(
    rf"\b(?:{_words(lambda language: language.complement_prepositions)})\s*$", re.IGNORECASE
)
# A complement before a name, its article too: `In support of the Office …`, `Nel caso di Caltagirone`.
_COMPLEMENT_PHRASE = re.compile(
    rf"\b(?:{_words(lambda language: language.complement_prepositions)})\s+"
    rf"(?:(?:{_words(lambda language: language.noun_articles)})\s+"
    rf"|(?:{_words(lambda language: language.elided_articles)})['’]\s*)?$",
    re.IGNORECASE,
)
# Between a verb and a name, a preposition alone (with its article): the person spoken to, not the
# verb's subject (`ha detto ad Al Baghdadi`, `ha spiegato al presidente Neri`, `said to Carter`).
_ADDRESSEE = re.compile(
    rf"^\s*(?:{_words(lambda language: language.complement_prepositions)})\s+"
    rf"(?:(?:{_words(lambda language: language.noun_articles)})\s+"
    rf"|(?:{_words(lambda language: language.elided_articles)})['’]\s*)?$",
    re.IGNORECASE,
)
# A common noun right after the verb (`dice il cantante`, `ha detto un portavoce della società`,
# `ha aggiunto un'inedita sezione`): the verb's own subject, or else (after a subject) its object.
_NOUN_AFTER = re.compile(
    rf"\s*(?:(?:{_words(lambda language: language.complement_prepositions)})\s+"
    rf"(?:(?:{_words(lambda language: language.noun_articles)})\s+)?[\w-]+\s+)?"
    rf"(?P<article>(?:{_words(lambda language: language.noun_articles | language.subject_openers)})\s+"
    rf"|(?:{_words(lambda language: language.elided_articles)})['’]\s*)"
    r"(?P<noun>[^\W\d_][\w-]*)(?P<rest>[^,.;:!?()\"“”«»]{0,60})",
    re.IGNORECASE,
)
# Inside a quotation, an aside between dashes that names its speaker: `«… — insorge Pier Luca
# Garibaldi, capogruppo del Pd —. …»`, `"… - ha aggiunto Mattarella rivolto a … - …"`.
_DASH_ASIDE = re.compile(r"(?<!\w)[-–—]\s*(?P<word>[^\W\d_]+)\s+$")  # not `co-fondatori Elon Musk`
_POST_HANDLE = re.compile(r"^\s*(@\w+)\b(?!\))")  # `@karim77: …`, `@lina_law Il …`: a post, by its handle
_DASH_BEFORE = re.compile(r"[-–—]\s*$")
_DASH = re.compile(r"\s[-–—]|[-–—]\s")  # a dash set off by a space: not `al-Assad`'s hyphen
_ASIDE_SUBJECT = re.compile(
    rf"\s[-–—]\s*[^\W\d_]+\s+(?:(?:{_ROLE_ARTICLES})\s*)?[^\W\d_]+[^-–—]{{0,80}}[-–—]"
)
_INDEFINITE = lang.union(lambda language: language.indefinite_articles)
_APOSTROPHES = "'’"
# An indefinite noun after a gerund: its object, not the content of speech (`dicendo una cosa`).
_INDEFINITE_OBJECT = re.compile(
    rf"\s+(?:{lang.words(a for a in _INDEFINITE if a[-1] not in _APOSTROPHES)})\s+[^\W\d_]"
    rf"|\s+(?:{lang.words(a for a in _INDEFINITE if a[-1] in _APOSTROPHES)})",
    re.IGNORECASE,
)
# A verb of saying whose object is a bare noun for words (`scrive frasi deliranti`, `writes angry
# posts`), up to two words before the noun that open no reported clause
_WORDS_AS_OBJECT = re.compile(
    rf"\s+(?:(?!(?:{_words(lambda language: language.subordinators)})\b)[^\W\d_]+\s+){{0,2}}?"
    rf"(?:{_words(lambda language: language.speech_nouns)})\b",
    re.IGNORECASE,
)


def _words_with_no_content(plain: str, masked: str, verb: re.Match[str]) -> bool:
    """`Verdi … scrive frasi deliranti sul suo profilo`: what the verb says is words and nothing of
    them (no quotation, colon or `che`/`that` clause after): a portrait, not a position."""
    words = _WORDS_AS_OBJECT.match(masked, verb.end())
    if words is None:
        return False
    rest = plain[words.end() :]
    return not CONTENT_MARK.search(rest) and not _SUBORDINATE.search(rest)


# A part of a clause that opens on a noun with its article or quantifier: a subject before an aside
# (`un parlamentare dei Fratelli Musulmani, usciti vincitori …, ha detto`, `Il ministro
# dell'informazione sudanese, e portavoce del governo, ha dichiarato`), not a time (`Il giorno dopo,`).
_SUBJECT_PART = re.compile(
    rf"\s*(?:(?:{_words(lambda language: language.subject_openers)})\s+"
    rf"|{lang.alternatives(lambda language: language.elided_subject_openers)})\s*(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)
_PERIOD_NOUNS = lang.union(lambda language: language.period_nouns)
_PREPOSITIONS = lang.union(lambda language: language.prepositions)
# A word of a name: capitalised, or a particle joined to the next by a hyphen (`al-Ila`)
_NAME_WORD = re.compile(
    rf"[A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*|(?:{lang.words(NAME_PARTICLES)})-[A-ZÀ-Ý][^\W\d_]*"
)
_PREFIXED = re.compile(r"[a-zà-ÿ]-$")  # a name a prefix joins (`pro-Morsi`) is not who acts
# The end of a sentence (in text whose quotations are masked): a stop, then a capital.
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[\W_]*[A-ZÀ-Ý])")
_DOUBLED_APOSTROPHES = re.compile(r"''.*?''", re.DOTALL)
_WORD = re.compile(r"[^\W\d_]{2,}")
_RELATIVE_AFTER = re.compile(
    rf"\s*,?\s*(?:{_words(lambda language: language.subject_relatives)})\b", re.IGNORECASE
)
_TITLES = re.compile(rf"\b(?:{_words(lambda language: language.person_titles)})\.", re.IGNORECASE)
_ACCORDING_TO = lang.union(lambda language: language.according_to)
_GERUND_ENDINGS = tuple(ending for language in lang.ALL for ending in language.gerund_endings)


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    reported: bool  # a reporting verb is in the sentence (outside quotes)
    quoted: bool  # the sentence carries a direct quote of three words or more
    # who speaks last in a span of several voices, which labels none of them: the speaker a
    # quotation in the next sentence goes on from (`speaker` stands in when this is None)
    last_voice: str | None = None
    # the sentence is nothing but a quotation that goes on from the speaker before: it was said
    # when that speaker's sentence says they spoke
    goes_on: bool = False


_PRONOUN_SUBJECT = re.compile(
    rf"(?:^|[\s,])(?:{_words(lambda language: language.subject_pronouns)})\s+(?:\w+\s+)?$", re.IGNORECASE
)
Finder = Callable[[str, re.Match[str], list[Mention], ActorIndex], str | None]


# Markdown left in a release: a link's target, emphasis and brackets (offsets kept).
_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*\)")
_MARKUP = re.compile(r"[*_\[\]]")
# `[Polish President Andrzej Duda](…): “…”`: a source named before a colon, then a quotation.
_NAMED_SOURCE = re.compile(r"^(?P<source>[^:“”\"«»]{3,200}?)\s*:\s*(?=[“\"«])")


def _mask_quotes(text: str) -> str:
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def _mask_markup(text: str) -> str:
    text = _LINK_TARGET.sub(lambda m: " " * len(m.group()), text)
    return _MARKUP.sub(" ", text)


_SOURCE_OPENER = lang.union(
    lambda language: language.noun_articles | language.prenominal_adjectives | language.person_titles
)
_ELIDED = re.compile(rf"^(?:{_words(lambda language: language.elided_articles)})['’]", re.IGNORECASE)


def _source_is_named(before_name: str) -> bool:
    """What `secondo`/`according to` is followed by before a name: the name's own role or article
    (`il presidente`, `Ukrainian President`), not a source of common nouns the name only
    completes (`fonti di intelligence USA`, `l'agenzia Reuters la ZTE`, `a senior US official`)."""
    for word in re.findall(r"[^\W\d_][\w'’.-]*", before_name):
        word = _ELIDED.sub("", word).rstrip(".")
        if not word or word.casefold() in _SOURCE_OPENER:
            continue
        return word[0].isupper() or is_role_head(word)
    return True


def _common_noun_after(masked: str, position: int) -> re.Match[str] | None:
    """`il cantante`, `un portavoce della società` right after a verb; not a role that a name in
    apposition completes (`il presidente della Repubblica, Sergio Mattarella`: `_subject_after`)."""
    match = _NOUN_AFTER.match(masked, position)
    return match if match is not None and match["noun"][0].islower() else None


def _speaker_named_by_noun(noun: re.Match[str], index: ActorIndex) -> str | None:
    """`il segretario generale` → the one person of the article with that role; `un portavoce`
    (someone new) or `il cantante` (a role nobody holds) → None."""
    if noun["article"].strip().casefold() in _INDEFINITE:
        return None
    return _person_by_role(index, f"{noun['noun']}{noun['rest']}".strip())


def _aside_names_someone_else(
    plain: str, before: int, speaker: str, mentions: list[Mention], index: ActorIndex, language: str | None
) -> bool:
    """`"… - afferma ancora Ruggiero - …"."…", afferma Cristina Lazzeroni`: a quotation before the
    verb names its own speaker in an aside between dashes, someone other than `speaker`."""
    for verb in _reporting_verbs(plain[:before], language):
        if _DASH_BEFORE.search(plain[max(0, verb.start() - 3) : verb.start()]) and inside_quotation(
            plain, verb.start()
        ):
            other = _subject_after(plain, verb, mentions, index)
            if other is not None and other != speaker:
                return True
    return False


_RELAY_WORDS = 8


def _subject_of_common_nouns(masked: str, verb: re.Match[str], mentions: list[Mention]) -> bool:
    """`Alcuni membri dell'esercito hanno detto`, `Witnesses said`: the verb's clause names its
    subject before it, and no one the index knows."""
    clause_start = _clause_start(masked, verb.start())
    before = masked[clause_start : verb.start()]
    return bool(before.strip()) and not any(clause_start <= m.start < verb.start() for m in mentions)


def _trailing_relay(masked: str, verb: re.Match[str]) -> bool:
    """`…, scrive Anna Blu di Reuters.`, `…, Reuters' Anne Blue writes.`: the verb stands in a short
    part after the sentence's last comma, which ends the sentence."""
    comma = masked.rfind(",", 0, verb.start())
    if comma < 0 or _CLAUSE_END.search(masked, comma, verb.start()):
        return False
    end = _CLAUSE_END.search(masked, verb.end())
    stop = end.start() if end else len(masked)
    return "," not in masked[verb.end() : stop] and len(masked[comma + 1 : stop].split()) <= _RELAY_WORDS


def _said_in_a_later_sentence(plain: str, masked: str, verb_start: int) -> int | None:
    """`Negli ultimi mesi lo spettacolo è stato arricchito … . «…», dice Savi.`: the writer's own
    sentence before the one the verb stands in, which the speaker did not say. Not when the
    sentences before are quotations (`"…". Poi …, "…", ha aggiunto`) or the verb's sentence points
    back to them (`… . Lo ha detto Giorgia Meloni`, `Lo annuncia … Riccardo Magi`). Where the
    verb's sentence starts, or None."""
    masked = _DOUBLED_APOSTROPHES.sub(lambda m: " " * len(m.group()), masked)  # ''…'' quotes too
    # a stop outside the quotations, then a capital (which may open a quotation: `. «Si tratta`)
    ends = [end for end in _SENTENCE_END.finditer(plain, 0, verb_start) if masked[end.start()] != " "]
    if not ends:
        return None
    start = ends[-1].end()
    if not _WORD.search(masked, 0, start):
        return None  # only quotations before
    if ANAPHOR_OPENERS.match(masked[start:]) and not _CLAUSE_MARK.search(masked, start, verb_start):
        return None  # the first clause of a pointing sentence: `Lo ha detto…`, `Nel suo…, X ha detto`
    return start  # not `Questo è un esempio …: il portavoce … ha minimizzato`: a clause of its own


def _voice_of_a_later_sentence(
    sentence: str, masked: str, verb: re.Match[str], speaker: str, index: ActorIndex, language: str | None
) -> str | None:
    """`Non saranno tasse, ribadisce il Mef. Anche perché, ricorda il presidente dell'Abi Antonio
    Patuelli, …`: the speaker of the sentences after the verb's, read as a span of their own. A
    sentence may open on a quotation (`… il mondo. «Grazie al suo sistema - spiega Segre - …»`):
    the stop is looked for outside the quotations, the capital after it inside them too."""
    plain = _mask_markup(sentence)
    following = next(
        (end for end in _SENTENCE_END.finditer(plain, verb.end()) if masked[end.start()] != " "), None
    )
    if following is None:
        return None
    return attribute(sentence[following.end() :], index, speaker, language).speaker


def _said_in_a_time_clause(masked: str, verb: re.Match[str], speaker: str, mentions: list[Mention]) -> bool:
    """`Si svolge una prova di forza che si concluderà l'11 febbraio, quando il vicepresidente, Omar
    Suleiman, appare in tv e annuncia …`: the speaker, named before the verb, is the subject of a
    clause of time after the writer's own main clause, and says only that clause."""
    clause_start = _clause_start(masked, verb.start())
    named = [m for m in mentions if m.name == speaker and clause_start <= m.start < verb.start()]
    if not named:
        return False
    return any(
        len(masked[clause_start : conjunction.start()].split()) >= _MAIN_CLAUSE_WORDS
        for conjunction in _TEMPORAL.finditer(masked, clause_start, named[-1].start)
    )


def _dash_aside_speaker(plain: str, mentions: list[Mention]) -> str | None:
    """The person an aside between dashes inside a quotation names after its verb."""
    for mention in mentions:
        aside = _DASH_ASIDE.search(plain[max(0, mention.start - 30) : mention.start])
        # (the word is the aside's verb, in lower case: not `Bin` of `- Bin Laden`, a name's own word)
        if (
            mention.kind == "person"
            and aside
            and aside["word"].islower()
            and aside["word"].capitalize() not in FUNCTION_WORDS
        ):
            return mention.name
    return None


def _named_source(plain: str, mentions: list[Mention], language: str | None) -> str | None:
    """`[Role Name](link): “…”`: the person named before the colon (or else the organisation)."""
    match = _NAMED_SOURCE.match(plain)
    if match is None or len(match["source"].split()) > 14 or _reporting_verbs(match["source"], language):
        return None
    named = [m for m in mentions if m.end <= match.end("source")]
    people = [m for m in named if m.kind == "person"]
    first = (people or named)[:1]
    return first[0].name if first else None


def source_before_colon(sentence: str, index: ActorIndex, language: str | None) -> str | None:
    """`[European Council President Paolo Costa](…):` as a sentence of its own (a wrapped release
    breaks the line after the colon): the person (or organisation) who speaks in what follows."""
    plain = _mask_markup(sentence).rstrip()
    if not plain.endswith(":"):
        return None
    mentions = [m for m in index.mentions(sentence) if plain[m.start : m.end].strip()]
    return _named_source(plain + " “", mentions, language)


def inside_quotation(text: str, position: int) -> bool:
    """True when `position` falls inside a quotation (“…”, «…», "…")."""
    return any(m.start() < position < m.end() for m in _QUOTED.finditer(text))


def has_direct_quote(text: str) -> bool:
    return any(len(m.group().split()) >= 3 for m in _QUOTED.finditer(text))


def _reporting_verbs(masked: str, language: str | None) -> list[re.Match[str]]:
    patterns = reporting_forms(language)
    found: list[re.Match[str]] = []
    for pattern in patterns:
        # a capital inside the sentence is a name: `the United States facilitated`, not `states`
        found.extend(m for m in pattern.finditer(masked) if not _capitalised_inside(masked, m.start()))
    return sorted(found, key=lambda m: m.start())


def _capitalised_inside(text: str, position: int) -> bool:
    return text[position].isupper() and bool(text[:position].strip(" \t\n\"“«'‘*_([-–—"))


def _person_by_role(index: ActorIndex, role: str) -> str | None:
    """`segretario generale` → the person whose role starts so (one only); `American First Lady` →
    the one whose role ends on the capitalised title after the adjective (`United States First Lady`)."""
    words = role.split()
    role = " ".join(role.casefold().split())
    if len(role) < 4:
        return None
    matches = {p.name for p in index.people.values() if p.role and p.role.casefold().startswith(role)}
    if not matches and len(words) >= 3 and all(word[:1].isupper() for word in words):
        title = " ".join(words[1:]).casefold()
        matches = {p.name for p in index.people.values() if p.role and p.role.casefold().endswith(title)}
    return matches.pop() if len(matches) == 1 else None


def attribute(
    sentence: str, index: ActorIndex, previous_speaker: str | None, language: str | None
) -> Attribution:
    """The speaker of `sentence`, or None; `previous_speaker` stands in for a dropped subject."""
    quoted = has_direct_quote(sentence)
    plain = _mask_markup(sentence)
    if post := _POST_HANDLE.match(sentence.lstrip("*_ ")):
        # a post quoted under its writer's handle (`@karim77: A proposito, Omar Saliba, …`): its
        # owner's where the page says whose it is, never a name the post holds or the speaker before
        return Attribution(index.handles.get(post.group(1).casefold()), True, quoted)
    masked = _mask_quotes(plain)
    all_mentions = [m for m in index.mentions(sentence) if plain[m.start : m.end].strip()]  # not in a link
    mentions = [
        m
        for m in all_mentions
        if masked[m.start : m.end].strip()  # not inside a quotation
        and not _PREFIXED.search(masked, max(0, m.start - 2), m.start)  # `il partito pro-Morsi`: not Morsi
        and not _nation_of_a_noun(masked, m)  # `Alcuni senatori Usa hanno chiesto`: not the country
    ]
    if quoted:
        named = _named_source(plain, mentions, language)
        if named is not None:
            return Attribution(named, True, quoted)
    verbs = _reporting_verbs(masked, language)
    unnamed_subject = False  # a verb before whose subject is a common noun phrase (`Testimoni hanno detto`)
    for verb in verbs:
        word = verb.group().casefold()
        if word in _ACCORDING_TO:
            after = [m for m in mentions if m.start >= verb.end() and m.start - verb.end() <= 40]
            if after and _source_is_named(masked[verb.end() : after[0].start]):
                return Attribution(after[0].name, True, quoted)
            if after:
                continue  # `secondo fonti di intelligence USA`, `according to a senior US official`
            if _named_after(masked, verb.end()):
                return Attribution(None, True, quoted)  # `secondo il Gun Violence Archive`: a source unknown
            continue
        gerund = word.endswith(_GERUND_ENDINGS)  # `…, insistendo sulla necessità di …` has no subject after
        if gerund and _INDEFINITE_OBJECT.match(masked, verb.end()):
            continue  # `…, dicendo una cosa in pubblico e un'altra in privato`: the writer's portrait
        if _words_with_no_content(plain, masked, verb):
            continue  # `scrive frasi deliranti sul suo profilo`: a portrait too
        if gerund and not masked[_clause_start(masked, verb.start()) : verb.start()].strip(' "“«*_-–—('):
            continue  # `Citando fonti anonime, il canale ha parlato di …`: its subject comes after
        # after a comma or a closing quotation mark (`«…» spiega Yara De Nicola`), read unmasked
        inverted = bool(re.search(r"[,\"”»–—-]\s*$", plain[max(0, verb.start() - 3) : verb.start()]))
        inverted = inverted and not _closes_a_relative_aside(masked, verb, mentions)
        noun_after = _common_noun_after(masked, verb.end())
        opens = _opens_clause(masked, verb, language)
        if (
            noun_after is not None
            and not inverted
            and (not opens or _RELATIVE.search(masked[: verb.start()]))
            and not is_role_head(noun_after["noun"])
            and ACTING_WITH_OBJECT.match(word.split()[-1])
        ):
            # `… che ha appena aggiunto un'inedita sezione`, `osserva il mondo`, `Boudiaf, che aveva
            # sostenuto il golpe`: no speech, in a relative clause too
            continue
        if gerund:
            finders: tuple[Finder, ...] = (_subject_before,)
        elif inverted and _named_after(masked, verb.end()):
            finders = (_subject_after,)  # `…, sostiene Mediobanca, …`: the name after is the subject
        elif inverted and noun_after is not None and _closes_an_aside(masked, noun_after):
            finders = (_subject_after,)  # `Le milizie pro Gheddafi, dicono le fonti, …`: the sources speak
        elif inverted and PLURAL_REPORTING.fullmatch(word):
            # `Bin Laden ha opposto resistenza, hanno riferito fonti del Pentagono`: a plural verb
            # after a comma is not the one person's named before it
            finders = (_subject_after,)
        elif inverted:
            finders = (_subject_after, _subject_before)
        elif _opens_clause(masked, verb, language):
            finders = (_subject_before, _subject_after)  # `Lo ha detto il ministro`, `Ha aggiunto Rutte`
        else:
            finders = (_subject_before,)  # `Alcuni hanno accusato Michele`: Michele is the object
        speaker = None
        for finder in finders:
            speaker = finder(masked, verb, mentions, index)
            if speaker is not None:
                break
        if speaker is not None and unnamed_subject and _trailing_relay(masked, verb):
            # `Testimoni hanno detto che …, scrive Anna Blu di Reuters`: the reporter relays
            # someone unnamed, who is the voice of the sentence
            return Attribution(None, True, quoted)
        if speaker is None and not (gerund or inverted or opens):
            unnamed_subject = unnamed_subject or _subject_of_common_nouns(masked, verb, mentions)
        if speaker is None and (
            _named_after(masked, verb.end()) or _NAMED_AFTER_AN_OUTLET.match(masked, verb.end())
        ):
            return Attribution(None, True, quoted)  # `Come ha scritto Bloomberg`: a source not known
        if speaker is None and noun_after is not None and (inverted or opens):
            # `«…» dice il cantante`: a subject of its own, not the speaker of the sentence before
            return Attribution(_speaker_named_by_noun(noun_after, index), True, quoted)
        if (
            speaker is None
            and _opens_clause(masked, verb, language)
            and not _RELATIVE.search(masked[: verb.start()])
            # `Il secondo motivo è …, evidenziando`: a gerund whose clause has a subject of its own
            and not (gerund and _NOUN_SUBJECT.match(masked, _clause_start(masked, verb.start())))
        ):
            # `“…”, ha ammonito` (Italian drops the subject), `"…," she said`: the person named
            # earlier in the sentence, else the speaker of the sentence before
            clause_start = _clause_start(masked, verb.start())
            earlier = [
                m
                for m in mentions
                if m.end <= verb.start()
                and m.kind == "person"
                and not _in_relative_clause(masked, m, clause_start, verb.start())
                # `Cecchini delle forze di Gheddafi hanno aperto il fuoco …, dicono testimoni`
                and not _in_complement(masked, m, _clause_start(masked, m.start))
                and (not gerund or m.start >= clause_start)  # for a gerund, not one before its clause
            ]
            opener = opening_person(sentence, index) if clause_start else None
            if opener and not any(m.name == opener for m in earlier[:1]):
                opener = None
            if opener and _APPOSITION_AFTER.match(masked, earlier[0].end):
                # `Tawakkul Karman, vincitrice … insieme a Leymah Gbowee, non sapeva …: «…», ha
                # dichiarato`: the sentence's subject, named before an apposition, goes on speaking
                speaker = opener
            elif earlier and not (inverted and PLURAL_REPORTING.fullmatch(word)):  # (as above)
                speaker = earlier[-1].name
            elif not PLURAL_REPORTING.fullmatch(word) and not _subject_before_an_aside(masked, verb):
                speaker = previous_speaker  # (not `I testimoni, citati da …, hanno detto`)
        if speaker is not None:
            if _said_in_a_time_clause(masked, verb, speaker, mentions):
                return Attribution(None, True, quoted, speaker)
            # a span with more than one voice: no label for all of it
            if _aside_names_someone_else(plain, verb.start(), speaker, all_mentions, index, language):
                return Attribution(None, True, quoted, speaker)
            later = _voice_of_a_later_sentence(sentence, masked, verb, speaker, index, language)
            if later is not None and later != speaker:
                return Attribution(None, True, quoted, later)
            opening = _said_in_a_later_sentence(plain, masked, verb.start())
            if opening is not None and not any(m.name == speaker and m.end <= opening for m in mentions):
                # (`Nel post Altman ha raccontato … . Per riuscirci, ha scritto, …`: his own account)
                return Attribution(None, True, quoted, speaker)
            return Attribution(speaker, True, quoted)
    if verbs:
        return Attribution(None, True, quoted)
    # `"Dobbiamo … - ha dichiarato Rutte citando … -. Partecipiamo …"`: the attribution sits inside
    # the quotation marks, between dashes.
    for verb in _reporting_verbs(plain, language):
        if not _DASH_BEFORE.search(plain[max(0, verb.start() - 3) : verb.start()]):
            continue  # `«… Come disse Oscar Luigi Scalfaro, …»`: a name the speaker quotes
        # within the aside: not a name after its closing dash (`ma - ha osservato - Bin Laden per
        # primo …`: the quotation's words)
        aside = [m for m in all_mentions if not _DASH.search(plain, verb.end(), m.start)]
        speaker = _subject_after(plain, verb, aside, index)
        if speaker is not None:
            return Attribution(speaker, True, quoted)
    if quoted and (speaker := _dash_aside_speaker(plain, all_mentions)) is not None:
        return Attribution(speaker, True, quoted)
    if quoted and _ASIDE_SUBJECT.search(plain):
        return Attribution(None, False, quoted)  # `«… — rassicurava il governatore —. …»`: someone else
    if quoted and masked.strip(" .,;:–—-\n") == "" and previous_speaker:
        return Attribution(previous_speaker, False, True, goes_on=True)  # goes on from its speaker
    return Attribution(None, False, quoted)


def opening_subject(sentence: str, index: ActorIndex) -> str | None:
    """The person or organisation a sentence opens on, as its subject (`Il ministro Giorgetti
    vuole…`, `President Trump wants…`), or None (`Support continues … for President Trump`)."""
    plain = _mask_quotes(_mask_markup(sentence))
    mentions = [m for m in index.mentions(sentence) if plain[m.start : m.end].strip()]
    if not mentions:
        return None
    before = plain[: mentions[0].start]
    if _COMPLEMENT_PHRASE.search(before):
        # `Solo che nel caso di Caltagirone…`, `In support of the Office …`: a complement, not the subject
        return None
    if _reporting_verbs(before, None):
        return None  # `The United States reiterated President Trump’s imperative`: an object
    return mentions[0].name if len(before.split()) <= 6 and not re.search(r"[,;:]", before) else None


def opening_person(sentence: str, index: ActorIndex) -> str | None:
    """The person a sentence opens on as its subject, past a role that names an organisation (`NATO
    Secretary General Mark Rutte, speaking in Brussels, welcomed the plan.`), or None; not someone
    a possessive names (`Zelenskyy's aides`), nor one after a complement, a comma or a reporting verb."""
    plain = _mask_quotes(_mask_markup(sentence))
    people = [m for m in index.mentions(sentence) if plain[m.start : m.end].strip() and m.kind == "person"]
    if not people:
        return None
    first = people[0]
    before = plain[: first.start]
    if (
        len(before.split()) > 6
        or re.search(r"[,;:]", before)
        or _COMPLEMENT_PHRASE.search(before)
        or _reporting_verbs(before, None)
        or re.match(r"\s*['’]s\b", plain[first.end :])
    ):
        return None
    return first.name


def _clause_start(masked: str, position: int) -> int:
    start = 0
    for end in _CLAUSE_END.finditer(masked, 0, position):
        start = end.end()
    return start


def _opens_clause(masked: str, verb: re.Match[str], language: str | None) -> bool:
    """`…, ha ammonito`, `Ha inoltre sottolineato`, `In questo contesto ha citato`: a verb with no
    subject of its own before it; in English, a pronoun (`she said`)."""
    before = masked[_clause_start(masked, verb.start()) : verb.start()]
    if _PRONOUN_SUBJECT.search(before):
        return True
    if not _drops_subjects(language):
        return False
    last_part = re.split(r"[,(]", before)[-1]
    if _NOUN_SUBJECT.match(last_part):
        return False  # `L'incidente si aggiunge`, `Alcuni hanno accusato`: a subject of its own
    words = before.split()
    if words and len(words) <= 3 and all(_names_a_subject(word) for word in words):
        # `Hezbollah ha risposto`, `Porto Scuro ha chiesto`: a name the index does not know (or
        # knows for no one's) is a subject all the same
        return False
    return len(before.split()) <= 3 or not last_part.strip()


def _closes_a_relative_aside(masked: str, verb: re.Match[str], mentions: list[Mention]) -> bool:
    """`Volodymyr Zelenskyy, who met Trump …, said Kyiv …`: the comma before the verb closes a
    relative clause on the person named before it, the verb's subject; the verb is not inverted."""
    clause_start = _clause_start(masked, verb.start())
    return any(
        mention.kind == "person"
        and clause_start <= mention.start
        and not _in_relative_clause(masked, mention, clause_start, verb.start())
        and _RELATIVE_AFTER.match(masked[mention.end : verb.start()]) is not None
        and masked[mention.end : verb.start()].lstrip()[:1] == ","
        for mention in mentions
        if mention.end <= verb.start()
    )


def _subject_before_an_aside(masked: str, verb: re.Match[str]) -> bool:
    """The verb's clause names its subject before an aside (`un parlamentare dei Fratelli
    Musulmani, usciti vincitori …, ha detto`; `Abu al-Ila Madi, esponente del partito …, ha
    affermato`), so its subject is not left unsaid; not when the verb is itself the aside (`Il
    punto, aggiunge, «…»`)."""
    if masked[verb.end() :].lstrip()[:1] == ",":
        return False
    parts = re.split(r"[,(]", masked[_clause_start(masked, verb.start()) : verb.start()])
    return any(_noun_phrase_before_an_aside(part) or _named_before_an_aside(part) for part in parts[:-1])


def _noun_phrase_before_an_aside(part: str) -> bool:
    """A part of a clause, before a comma, that is a noun phrase opening on its article; not a
    time (`Il giorno dopo`) nor a name (`L'Italia ha …`)."""
    match = _SUBJECT_PART.match(part)
    return match is not None and match["noun"][:1].islower() and match["noun"].casefold() not in _PERIOD_NOUNS


def _named_before_an_aside(part: str) -> bool:
    """A part of a clause, before a comma, that ends on a name of two words or more, not the object
    of a preposition: the subject the aside after it describes (`Nel corso dell'incontro Abu al-Ila
    Madi, esponente del partito …, ha affermato`), known to the index or not; not `In Arabia Saudita,`."""
    words = part.split()
    run = 0
    while (
        run < len(words)
        and _NAME_WORD.fullmatch(words[-1 - run])
        and words[-1 - run] not in FUNCTION_WORDS
        and words[-1 - run].casefold() not in _PREPOSITIONS
    ):
        run += 1
    if run < 2:
        return False
    return run == len(words) or words[-1 - run].casefold() not in _PREPOSITIONS


def _drops_subjects(language: str | None) -> bool:
    known = lang.LANGUAGES.get(language or "")
    return known is None or known.drops_subjects


def _in_complement(masked: str, mention: Mention, clause_start: int) -> bool:
    """`lo spirito di Valentino`, `sentite da Morgan`; not `l'amministratore delegato di Unicredit
    Andrea Orcel`, whose name stands after the organisation the run also holds."""
    written = masked[mention.start : mention.end]
    start = mention.end - len(mention.name) if written.endswith(mention.name) else mention.start
    if particle := _PARTICLE_BEFORE.search(masked, max(clause_start, start - 8), start):
        start = particle.start()  # `nei confronti di Bin Laden`, its mention written from `Laden`
    before = masked[max(clause_start, start - 12) : start]
    # (not a noun with its elided article that spells like a preposition: `l'ad Stefano Trevisani`)
    return bool(_COMPLEMENT.search(before)) and not _ELIDED_NOUN.search(before)


_APPOSITION_AFTER = re.compile(r"\s*,")
# a name's particle written with its capital (`Bin Laden`), not the preposition (`sentite da Morgan`)
_PARTICLE_BEFORE = re.compile(
    rf"(?<!\w)(?:{'|'.join(sorted(re.escape(p.capitalize()) for p in NAME_PARTICLES))})\s+$"
)
_ELIDED_NOUN = re.compile(r"\b\w['’]\w+\s*$")


def _in_relative_clause(masked: str, mention: Mention, clause_start: int, verb_start: int) -> bool:
    """`Pozzolo, che … organizzata dalla sindaca Francesca Delmastro, sorella di …, ha dichiarato`:
    a name after a relative pronoun, and not right before the verb, stands inside the relative
    clause (`Sulla scelta, che era chiara, Schlein ha detto`: the clause closed before the name)."""
    between = masked[mention.end : verb_start]  # (or a conjunction that closes the relative clause:
    # `per l'operazione in cui è morto Bin Laden e ha aggiunto`)
    return bool(RELATIVE_OPENER.search(masked, clause_start, mention.start)) and (
        "," in between or _CONJUNCTION_ONLY.match(between) is not None
    )


_CONJUNCTION_ONLY = re.compile(
    rf"^\s+(?:{_words(lambda language: language.clause_conjunctions)})\s+(?:\w+\s+)?$", re.IGNORECASE
)


_ASIDE_SUBJECT_WORDS = 5


def _closes_an_aside(masked: str, noun: re.Match[str]) -> bool:
    """A short noun phrase after an inverted verb that closes an aside (`L'UA, hanno precisato le
    fonti, si riunisce`) is the verb's subject; one that goes on or ends the sentence (`Lech Walesa,
    ha commentato la morte del leader.`, `Kaaim, aveva accusato i rivoltosi di aver violato il
    cessate il fuoco, …`) is its object."""
    return masked[noun.end() :].lstrip()[:1] == "," and len(noun.group().split()) <= _ASIDE_SUBJECT_WORDS


_NATIONS = lang.union(lambda language: language.nations)
_BODIES = lang.union(lambda language: language.national_bodies)
# A common noun with its article or quantifier (`i senatori`, `fonti dell'intelligence`) right
# before a name: the name says whose the noun is.
_NOUN_BEFORE = re.compile(
    rf"(?:(?<![\w'’])(?i:{_words(lambda language: language.subject_openers)})\s+"
    rf"|\w['’]\s*)(?P<noun>[^\W\d_A-ZÀ-Ý][^\W\d_]*)\s+$"
)


def _nation_of_a_noun(masked: str, mention: Mention) -> bool:
    """`Alcuni senatori Usa hanno chiesto`, `fonti dell'intelligence Usa`: the country after a
    common noun qualifies it and does not speak; after one of its bodies (`il governo Usa`) it does."""
    if mention.kind == "person" or mention.name.casefold() not in _NATIONS:
        return False
    noun = _NOUN_BEFORE.search(masked, max(0, mention.start - 40), mention.start)
    return noun is not None and noun["noun"].casefold() not in _BODIES and not is_role_head(noun["noun"])


def _after_role_head(masked: str, mention: Mention) -> bool:
    """`il presidente Usa`, `il ministro degli Esteri`: a name right after a role, which it completes."""
    before = masked[max(0, mention.start - 30) : mention.start].split()
    return bool(before) and is_role_head(before[-1])


def _names_a_subject(word: str) -> bool:
    """A capitalised word that is no sentence adverb, article or pronoun, nor a day or a month."""
    return (
        word[:1].isupper()
        and word not in FUNCTION_WORDS
        and word not in CALENDAR_NAMES
        and not word.casefold().endswith("mente")
    )


def _subject_before(
    masked: str, verb: re.Match[str], mentions: list[Mention], index: ActorIndex
) -> str | None:
    clause_start = _clause_start(masked, verb.start())
    candidates = [
        m
        for m in mentions
        if clause_start <= m.start
        and m.end <= verb.start()
        # `lo spirito di Valentino`, `sentite da Morgan`: a complement, not the subject (unless a
        # relative clause makes it one: `la strategia di Trump, che … ha sottolineato`)
        and (not _in_complement(masked, m, clause_start) or _RELATIVE_AFTER.match(masked, m.end))
        and not _in_relative_clause(masked, m, clause_start, verb.start())
    ]
    # `Il presidente Usa ha ribadito`: the country completes the role, it does not speak
    candidates = [m for m in candidates if m.kind == "person" or not _after_role_head(masked, m)]
    people = [m for m in candidates if m.kind == "person"]
    # A person before the verb is its subject, even past an apposition that names an organisation
    # (`Mark Rutte, segretario generale della NATO, ha ribadito`); an organisation only right before it.
    # `Neri ha telefonato …, mentre il portavoce del presidente ha dichiarato`: the verb's subject
    # is the noun the clause of time opens on, not the name before it
    times = list(_TEMPORAL.finditer(masked, clause_start, verb.start()))
    clause = masked[times[-1].end() : verb.start()] if times else ""
    if _NOUN_SUBJECT.match(clause) and ")" not in clause:  # (not a clause an aside closes: `(… da quando …)`)
        clause_start = times[-1].end()
        candidates = [m for m in candidates if m.start >= clause_start]
        people = [m for m in people if m.start >= clause_start]
    for last in people[-1:] or candidates[-1:]:
        between = masked[last.end : verb.start()]
        relative = _RELATIVE_AFTER.match(between)  # `Trump, che … ha sottolineato`
        close = len(between.split()) <= 3 if last.kind == "organisation" else len(between) <= 140
        if close and (relative or not _SUBORDINATE.search(between)):
            return last.name
    role = _ROLE_SUBJECT.search(masked[clause_start : verb.start()])
    if role:
        return _person_by_role(index, role["role"])
    return None


def _subject_after(
    masked: str, verb: re.Match[str], mentions: list[Mention], index: ActorIndex
) -> str | None:
    """`…, ha dichiarato Rutte`, `ha detto la presidente del Consiglio, Giorgia Meloni`, `said Rubio`."""
    after = [m for m in mentions if m.start >= verb.end()]
    people = [m for m in after if m.kind == "person"][:1]
    organisations = [m for m in after if m.kind != "person"][:1]
    for mention in people + organisations:
        between = _TITLES.sub(" ", masked[verb.end() : mention.start])
        words = between.split()
        heads = [i for i, w in enumerate(words) if mention.kind == "person" and is_role_head(w.strip(","))]
        if heads:
            between = between.replace(",", " ")  # a role in apposition: `la segretaria del Pd, Elly Schlein`
            # the role and its name are one subject, however long the role (`Così parlava, non più
            # tardi di 10 giorni fa, il gran capo di Mediobanca, Alberto Nagel`): count what is before it
            words = words[: heads[0]]
        leading = list(words)
        while leading and leading[-1][:1].isupper() and leading[-1].casefold() in NAME_PARTICLES:
            leading.pop()  # `ad Al Baghdadi`: the index finds the name at `Baghdadi`
        if _ADDRESSEE.match(" ".join(leading) + " "):
            continue  # `ha detto ad Al Baghdadi`: whom the verb speaks to
        if _in_complement(masked, mention, verb.end()):
            continue  # `ha commentato l'uccisione di Bin Laden`: what the verb's object is of
        if mention.kind != "person" and words and words[0].casefold() in _INDEFINITE:
            continue  # `Lo ha detto un funzionario Usa`: someone unnamed, not the country
        limit = 10 if mention.kind == "person" else 3
        if len(words) <= limit and not _NOT_INVERTED.search(between):
            return mention.name
    return None
