"""Whether a statement the briefing prints can be read alone: the compose-time grade (issue 15).

The engine keeps a sentence that points back (`rules/standalone.py`) only with the sentence it
points back to, but it lets a *likely* pointer stand as an article's lead, and it cannot see
everything. A briefing prints a few dozen statements out of hundreds of candidates, so it can be
choosier: `why_not_alone` fails a statement when its first sentence

- points back at all (`points_back`, strong or weak, judged against the source's text right
  before the quote): the span does not hold what it points to; or opens on a connective that
  narrows what came before (`In particolare,`);
- quotes someone named only by a common noun (`», ha detto il finanziere`, `the official said`),
  unless the briefing shows the speaker's name beside it;
- is a quotation that names nobody (an interview's answer, `GENOVA «Mi chieda tutto…»`), unless
  the speaker's name is shown, or a question; or the statement ends on a colon, announcing
  what it does not hold (`… le parole di Hillary Clinton:`);
- counts what was named before (`i due “rottamatori”`, `the two men`), or holds a definite noun
  that stands for something named before (`l'analisi “inaccurata”`, `sull'ammissibilità.`,
  `L'attentato avviene…`) with nothing after it that says which;
- opens on a definite noun that the article used before (`La mappa è il risultato…` after `la più
  grande mappa della Via Lattea`, `Il titolo perde il 15%`), with no name after it that says
  which: it is the thing named before;
- names a person by surname or first name alone whom the article introduced before by full name
  (`Segù ha posto l'accento…` after `la vice sindaco Marzia Segù`, `Camila è già…`): who that is
  was said in an earlier sentence;
- speaks as `I` or `we` outside quotation marks (`As President, I will…`, `my Administration…`)
  where the briefing does not show who speaks;
- holds a demonstrative anywhere outside quotation marks (`… these important discussions`,
  `Per questo motivo…` deep in the sentence), not only in its opening clause;
- calls a person by age (`Il trentatreenne di Fenegrò…`), holds an object pronoun before its
  first auxiliary (`L'avvocato lo descrive…`, `il governo ne aveva messo in vendita…`), or leaves
  its subject unsaid after a long adverbial (`In un breve intervento all'assemblea…, ha spiegato`);
- comes from deeper than its article's lead and does not name whom or what it is about among its
  first `BODY_OPENING_WORDS` words (`names_its_subject`, a positive test: `In due giorni
  l'amministrazione…`, `L'intesa tra le parti…`, `Domenica sera il gol decisivo…`), a capitalised
  short name of what the article named in full (`Attorno al Monumento…`) being no name: printed
  with the sentence before it when that span names it (`antecedent.mended`), else not at all;
- opens on a quotation whose words name no one and nothing (`«È un passo gigantesco…», ha
  scritto…`), even under its speaker's name: the speaker does not say what it is about;
- replies to someone (`Caro Marco,`, `Dear John,`: a reader's comment or a letter), or is an
  aside in parentheses (`(Un riferimento va ai…)`), or says "as said above" (`appunto`,
  `suindicata`, `nello stesso articolo`: `back_pointers`);
- holds a bare singular definite noun that the sentence right before it in the source also wrote
  (`… della banca tedesca.` + `Lo Stato tedesco è nel capitale della banca…`), or a shell noun
  before the next clause (`intuì l'affare ma non seppe…`), where it is not its article's lead;
- names no one and nothing: no proper name outside quotation marks (`Il margine del risultato
  operativo è atteso…`, `L'aggressore sarebbe stato fermato.`), where the briefing does not show
  the speaker: who or what it is about was said in an earlier sentence. Only where the source's
  text is known: whether a capitalised first word is a name (`Stellantis ha rivisto…`) or not
  (`Vengono stimati…`) is read from how the article writes it elsewhere.

Later sentences of a statement may point back into the statement itself: only the first
sentence is graded. Composition then takes the next best candidate that passes, never one that
fails (`Candidate.printable`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from briefing import lang
from briefing.compose.keypoints import opens_on_anaphor
from briefing.lang import fold
from briefing.rules.lexicon import (
    ANAPHOR_OPENERS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_HEADS,
    REPORTING_FORMS,
    ROLE_HEADS,
    Lowercase,
)
from briefing.rules.standalone import opens_on_subjectless_verb, points_back

_ABBREVIATIONS = lang.union(lambda language: language.abbreviations)
_ROLE_HEADS = frozenset(fold(word).casefold() for word in ROLE_HEADS)
_SENTENCE_END = re.compile(r"[.!?…][\"”»’')\]]*\s+(?=[\"“«‘'(\[]*[A-ZÀ-Ý0-9])")
_DATELINE = re.compile(  # `GENOVA «…»`, `WASHINGTON (AP) — “…”`
    r"^[*_\s]*(?:[A-ZÀ-Ý][A-ZÀ-Ý.'’-]+\s+){1,3}(?:\([^)]{1,30}\)\s*)?[-–—,:]?\s*(?=[\"“«‘'])"
)
_LABEL = re.compile(r"^[*_\s]*(?:[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9.,'’]*\s+){0,6}[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9.'’]+\s+[-–—]\s+")
_QUOTED = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?")
_QUOTE_MARKS = "\"“«‘'"
_REPORTING = list(REPORTING_FORMS.values())
_ARTICLES = sorted(
    {a for language in lang.ALL for a in language.definite_articles}
    | {p for language in lang.ALL for p in language.prepositions if p[-1:] in "'’"},
    key=len,
    reverse=True,
)
_ARTICLE = r"(?:" + "|".join(re.escape(a) if a[-1] in "'’" else re.escape(a) + r"\s+" for a in _ARTICLES)
_ARTICLE += r")"
_AFTER_VERB = re.compile(r"^\s*,?\s*" + _ARTICLE + r"(?P<noun>[a-zà-ÿ]{3,})\b(?P<rest>[^.;:«»“”\"()]*)")
_BEFORE_VERB = re.compile(
    r"(?:^|[^\w'’])(?i:the)\s+(?P<words>(?:[a-z][\w-]*\s+){0,2})(?P<noun>[a-z][\w-]{2,})\s*,?\s*$"
)
_PREPOSITIONS = lang.union(lambda language: language.prepositions)
_COMPLEMENTS = lang.union(lambda language: language.noun_complements)
_NARROWING = Lowercase(
    r"^[\"“«'‘(*_\s]*(?:" + lang.alternatives(lambda language: language.printed_connective_openers) + r")\b"
)
_NARROWING = Lowercase(
    r"^[\"“«'‘(*_\s]*(?:" + lang.alternatives(lambda language: language.printed_connective_openers) + r")\b"
)
_ANSWER = re.compile(
    r"^[\"“«'‘(*_\s]*(?:" + lang.alternatives(lambda language: language.answer_openers) + r")"
)
_REPLY = re.compile(r"^[*_\s]*(?:" + lang.alternatives(lambda language: language.reply_openers) + r")")
REPLY = "addresses someone: a reader's comment or a letter, replying to what it does not hold"
ASIDE = "an aside in parentheses to the sentence before it"
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


_SAME_NAMED = re.compile(  # `della stessa Corte Suprema`, `the same Mr. Smith`
    r"\b(?:" + "|".join(sorted(lang.union(lambda language: language.same_words))) + r")\s+[A-ZÀ-Ý]"
)
_ORDERING = lang.union(lambda language: language.ordering_adjectives)
_ORDERED_NOUN = re.compile(  # `La prima edizione…`, `Le sole certezze…`
    r"^[\"“«'‘(*_\s]*(?i:"
    + r"(?:il|lo|la|i|gli|le|l['’]|the)\s*"
    + r")(?P<adjective>[a-z]+)\s+(?P<noun>[a-zà-ÿ]{3,})\b"
)
_SHELL = frozenset(fold(noun) for noun in lang.union(lambda language: language.shell_nouns))
_NUMBERED = Lowercase(
    r"(?:^|[^\w'’])(?:" + lang.alternatives(lambda language: language.numbered_back_references) + r")"
)
_UNRESOLVED = frozenset(fold(noun) for noun in lang.union(lambda language: language.unresolved_nouns))
_OPENING_NOUN = re.compile(
    r"^[\"“«'‘(*_\s]*(?i:" + _ARTICLE + r")(?P<noun>[a-zà-ÿ]{3,})\b\s*(?P<next>[\w'’]*)"
)
_DEFINITE_NOUN = re.compile(
    r"(?:^|[^\w'’])" + _ARTICLE + r"(?P<noun>[a-zà-ÿ]{3,})(?P<next>\s*[\"“«‘.,;:?!)]|\s*$)"
)
_WORD = re.compile(r"\w+['’]?")  # `dell’`, `Istat`: an elided preposition is a word of its own
_ATTRIBUTION = re.compile(r"(?:[”»\"]\s*,?|[–—]|\s-)\s*$")  # `«…», ha detto`, `– ha aggiunto`
_APPOSITION = 3  # words after a speaker's noun in which its name may stand
_NOT_A_SPEAKER = Lowercase(r"^(?:secondo|stando a|a detta di|according to)\b")


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


_BARE_ROLE = re.compile(r"^[*_\s]*(?:Il|La|L['’]|Lo)\s*(?=[a-zà-ÿ])")


def role_as_speaker(statement: str, speaker: str | None, role: str | None) -> str:
    """`statement` with the bare role it opens on (`Il segretario generale ha inoltre chiarito…`)
    written as the speaker's name (`Mark Rutte ha inoltre chiarito…`) when the role the article
    gives that speaker begins with those words (`segretario generale della NATO`) and a verb comes
    right after them, so that nothing says the role is another one (`Il segretario del partito…`,
    `Il segretario generale…` of a `segretario di Stato`): printed under the speaker's
    name, or with it, the role stands for them and points back to no one. Else `statement` as it
    is."""
    article = _BARE_ROLE.match(statement)
    if not (article and speaker and role):
        return statement
    given = [fold(word).casefold() for word in role.split()]  # `segretario generale della NATO`
    words = list(re.finditer(r"[^\s,;:]+", statement[article.end() :]))
    same = 0
    while same < min(len(words), len(given)) and fold(words[same].group(0)).casefold() == given[same]:
        same += 1
    following = words[same].group(0) if same < len(words) else ""
    if not same or given[0] not in _ROLE_HEADS or not _a_verb(following):
        return statement  # `Il segretario del partito…`, `Il segretario generale…` of a `segretario di Stato`
    return speaker + " " + statement[article.end() + words[same].start() :]


def _a_verb(word: str) -> bool:
    """An auxiliary or a finite verb form in some language (`ha`, `aveva`, `dichiarato`)."""
    return word.islower() and (
        _AUXILIARY.fullmatch(word) is not None
        or any(
            (pattern := _verb_form(language.verb_forms)) and pattern.fullmatch(word) for language in lang.ALL
        )
    )


def _inside_quotation(text: str) -> bool:
    """`text` ends inside a quotation it opened: a sentence's end there is the quoted speaker's,
    and the sentence that reports who spoke goes on after the quotation closes."""
    return text.count("«") > text.count("»") or text.count("“") > text.count("”") or text.count('"') % 2 == 1


def _named(rest: str) -> bool:
    """A name in apposition to a speaker's common noun: a capitalised word among the few right
    after it (`il ministro Crosetto`) or right after a comma (`il portavoce, Mario Rossi`), that
    no preposition governs (not `il finanziere azionista di Mps`)."""
    pieces = rest.split(",")
    for number, piece in enumerate(pieces):
        previous = ""
        for token in _WORD.findall(piece)[: _APPOSITION if number == 0 else 1]:
            if token[:1].isupper() and previous not in _PREPOSITIONS:
                return True
            previous = fold(token)
    return False


def _identified(rest: str) -> bool:
    """`il ministro della Difesa`, `il portavoce del Cremlino`, `il primario del San Martino`: a
    noun whose complement, right after it, names where the speaker belongs, so that the speaker
    is known without a name (`il finanziere azionista di Mps` is not: the words after the noun
    describe rather than place it)."""
    words = _WORD.findall(rest)
    return len(words) >= 2 and fold(words[0]) in _COMPLEMENTS and words[1][:1].isupper()


def speaker_written(speaker: str | None, text: str) -> bool:
    """The speaker's surname is written in `text`."""
    surname = " ".join((speaker or "").split()).split()[-1:]
    return bool(surname) and fold(surname[0]).casefold() in fold(text).casefold()


def unnamed_speaker(sentence: str, speaker: str | None = None) -> bool:
    """A quotation's reporting verb whose speaker is a common noun and no name (`», ha detto il
    finanziere`, `" hanno scritto i famigliari`, `the official said`): unless the engine's
    speaker is written in the sentence."""
    if speaker_written(speaker, sentence):
        return False
    for form in _REPORTING:
        for verb in form.finditer(sentence):
            if _NOT_A_SPEAKER.match(verb.group(0)):
                continue
            after = _AFTER_VERB.match(sentence[verb.end() :])
            attributes = _ATTRIBUTION.search(sentence[: verb.start()]) is not None
            if attributes and after and not _named(after["rest"]) and not _identified(after["rest"]):
                return True
            before = _BEFORE_VERB.search(sentence[: verb.start()])
            if before and not any(w[:1].isupper() for w in before["words"].split()):
                return True
    return False


def _outside_quotes(sentence: str) -> str:
    return _QUOTED.sub(" ", sentence)


def nameless_quotation(statement: str, speaker: str | None = None) -> bool:
    """A statement that opens on a quotation (after a dateline, `GENOVA «…»`) and names nobody:
    the engine's speaker is not written in it, and nothing outside its quotation marks is
    capitalised but the first word of a sentence (an interview's answer, a line whose speaker is in
    another sentence)."""
    body = _DATELINE.sub("", statement, count=1).lstrip("*_ ")
    if body[:1] not in _QUOTE_MARKS:
        return False
    if speaker_written(speaker, body):
        return False
    outside = _outside_quotes(body)
    return not any(  # a capital that opens a sentence names no one (`«…». Tempi stretti dunque…`)
        token.group(0)[:1].isupper() and not re.search(r"[.!?…]\s*$", outside[: token.start()])
        for token in _WORD.finditer(outside)
    )


def is_question(sentence: str) -> bool:
    """An interviewer's question, or a rhetorical one: it asks rather than reports."""
    return sentence.rstrip("\"”»’')]*_ ").rstrip(".").rstrip("\"”»’')]*_ ").endswith("?")  # `«…?».`


def unresolved_reference(sentence: str) -> bool:
    """A definite noun phrase that stands for something named before: one that counts (`i due
    “rottamatori”`, `the two men`), or one of `unresolved_nouns` / `shell_nouns` with nothing
    after it that says which (`l'analisi “inaccurata”`, `sull'ammissibilità.`)."""
    if _NUMBERED.search(sentence) or _SAME_NAMED.search(sentence):
        return True
    opening = _OPENING_NOUN.match(sentence)  # `L'attentato avviene…`, not `L'attentato di Mukalla`
    ordered = _ORDERED_NOUN.match(sentence)
    if ordered and ordered["adjective"] in _ORDERING and fold(ordered["noun"]) in _SHELL | _UNRESOLVED:
        return True
    if opening and fold(opening["noun"]) in _UNRESOLVED:
        following = fold(opening["next"])
        elided = following.split("'")[0] + "'" if "'" in following else following
        if not (elided in _PREPOSITIONS or opening["next"][:1].isupper() or not following):
            return True
    return any(fold(m["noun"]) in _UNRESOLVED for m in _DEFINITE_NOUN.finditer(sentence))


@functools.lru_cache(maxsize=4096)
def person_name(name: str) -> bool:
    """`Marzia Segù`, `Massimiliano Di Maio`: two to four capitalised words (or name particles),
    none of them a word that opens or names no person (`Regione Liguria`, `Stati Uniti`)."""
    tokens = name.split()
    return (
        2 <= len(tokens) <= 4
        and all(
            (token[:1].isupper() and token not in NOT_NAME_WORDS and token not in ORG_HEADS)
            or token.casefold() in NAME_PARTICLES
            for token in tokens
        )
        and tokens[0][:1].isupper()
        and tokens[0].casefold() not in NAME_PARTICLES
    )


def _alone_in(part: str, sentence: str) -> bool:
    """`part` of a name written in `sentence` with no capitalised word next to it (a title before
    it names the person well enough: `President Zelenskyy`, `Dr. Sha'ath`)."""
    if part not in sentence:
        return False
    for match in _written_alone(part).finditer(sentence):
        before = _WORD_BEFORE.search(sentence, 0, match.start())
        title = before.group(1) if before else ""
        opening = before is not None and before.start() == 0 and title in FUNCTION_WORDS
        if not title[:1].isupper() or opening:
            return True  # `L'avvocato Di Maio`, `Ieri Rossi`: no title before it
    return False


_WORD_BEFORE = re.compile(r"(?:\w+['’])?([\w.-]+)\s+$")  # `L'avvocato Di Maio`: the noun, not its article


@functools.lru_cache(maxsize=4096)
def _written_alone(part: str) -> re.Pattern[str]:
    """The pattern of `part` with no capitalised word next to it (one per name part, compiled once:
    an article that names hundreds of people asks it of every statement)."""
    return re.compile(r"(?<![\w'’])(?<![A-ZÀ-Ý][\w'’-]\s)" + re.escape(part) + r"(?![\w'’])(?!\s+[A-ZÀ-Ý])")


def shortened_name(sentence: str, introduced: Iterable[str]) -> str | None:
    """The surname (`Segù`, `Di Maio`, `Hadi` of `Abde Rabbo Mansour Hadi`) or first name (`Camila`)
    of a person the article named in full before (`introduced`), written alone in `sentence`; None
    when there is none."""
    for name in introduced:
        given, *rest = name.split()
        # the surname, longest first: `Rabbo Mansour Hadi`, `Mansour Hadi`, `Hadi` (`Di Maio` whole)
        surnames = [" ".join(rest[at:]) for at in range(len(rest))]
        if (
            name.casefold() in sentence.casefold()  # `osama bin Laden`, as some write it
            or not any(part in sentence for part in (given, *surnames))
            or not person_name(name)
        ):
            continue
        for part in (*surnames, given):
            if _alone_in(part, sentence):
                return part
    return None


def _later_sentence_on_shortened_name(statement: str, introduced: Iterable[str]) -> bool:
    """A sentence after the first that opens on the surname alone of a person the article named in
    full before and the statement did not (`… 11 feriti. Fitzgerald ha sottolineato…`): who that
    is was said in a sentence the statement does not hold. Not a surname elsewhere in the sentence,
    which may be a brand's (`la collezione presentata da Prada`)."""
    for start in sentence_starts(statement):
        part = shortened_name(statement[start:], introduced)
        if part and statement[start:].lstrip("\"“«‘'(*_ ").startswith(part) and part not in statement[:start]:
            return True
    return False


_GIVEN_NOUN = re.compile(  # not in a quotation: a speaker's `le cose` are theirs
    r"^[(*_\s]*(?i:" + _ARTICLE + r")(?P<noun>[a-zà-ÿ]{4,})\b(?!\s+che\b)(?P<rest>[^.;:«»“”\"()]*)"
)
_GIVEN_WITHIN = 3  # words after the noun in which a capitalised word says which one it is
_NOT_NOUNS = (
    _ORDERING
    | {  # `La prossima settimana…`, `La prima volta…`: adjectives, not the noun
        fold(word).casefold()
        for language in lang.ALL
        for phrase in (*language.past_modifiers, *language.future_modifiers, *language.post_modifiers)
        for word in phrase.split()[-1:]
    }
)


def given_definite(sentence: str, earlier: str) -> str | None:
    """The noun of a definite subject that opens `sentence` and that the article's `earlier` text
    already used (`La mappa…`, `Il titolo…`), when no capitalised word right after it says which
    (`Il governo di Israele`, `La gip di Pavia Daniela Garlaschelli`); None otherwise."""
    match = _GIVEN_NOUN.match(sentence)
    if match is None or not earlier:
        return None
    noun = fold(match["noun"]).casefold()
    if noun in _NOT_NOUNS:
        return None
    following = _WORD.findall(match["rest"])[:_GIVEN_WITHIN]
    if any(word[:1].isupper() for word in following) or (following[:1] and following[0][:1].isdigit()):
        return None  # `Il governo di Israele`, `Il decreto 42`
    stem = noun[:-1] if len(noun) > 4 else noun
    folded = fold(earlier).casefold()
    if stem not in folded:
        return None
    words = re.findall(r"\b" + re.escape(stem) + r"\w*", folded)
    return noun if any(w.startswith(stem) and abs(len(w) - len(noun)) <= 2 for w in words) else None


_COMMON_CAPITALS = lang.union(lambda language: language.common_capitals)
_CALENDAR = frozenset(
    fold(word).casefold() for language in lang.ALL for word in (*language.months, *language.weekdays)
)
_NATIONAL_BODIES = lang.union(lambda language: language.national_bodies)
_DEMONYMS = tuple(sorted(lang.union(lambda language: language.demonym_stems)))
_DEMONSTRATIVES = frozenset(fold(word) for word in lang.union(lambda language: language.demonstratives))


def first_person(sentence: str) -> bool:
    """`As President, I will…`, `my Administration…`, `ho deciso`: the sentence speaks as `I`
    outside its quotation marks, in the language its function words are written in (the Italian
    article `I` is no pronoun: `I Fratelli Musulmani hanno…`)."""
    tokens = [token.rstrip("'’") for token in _WORD.findall(_outside_quotes(sentence))]
    language = max(lang.ALL, key=lambda language: sum(t.casefold() in language.stopwords for t in tokens))
    for index, word in enumerate(tokens):
        if word in language.first_person_words:  # `I`, `my`, `ho`; not the article `i`
            return True
        if index == 0 and word.istitle() and word.lower() in language.first_person_words:  # `Ho`
            return True
    return False


_DISTAL = Lowercase(
    r"(?:^|[^\w'’])(?:"
    + "|".join(language.distal_demonstratives for language in lang.ALL if language.distal_demonstratives)
    + r")\b"
)


def demonstrative_within(sentence: str) -> bool:
    """A demonstrative anywhere outside quotation marks that points back (`these important
    discussions`, `per questo motivo`, `in quelle aree`), not a time (`this week`, `quest'anno`)."""
    text = _outside_quotes(sentence)
    if _DISTAL.search(text):
        return True
    for word in re.finditer(r"[^\W\d_]+['’]?", text):
        if fold(word.group(0)).casefold() in _DEMONSTRATIVES and ANAPHOR_OPENERS.match(text[word.start() :]):
            return True
    return False


def names_nothing(sentence: str, article: str = "") -> bool:
    """No proper name outside quotation marks: no people written in lower case (`italiani`), no
    body of the country (`governo`), no capitalised word that is not a month, a weekday or a
    common noun written with a capital (`Comune`), nor the sentence's first word unless the
    `article` writes that word with a capital inside a sentence too (`Stellantis ha rivisto…`,
    not `Vengono stimati…`)."""
    tokens = _WORD.findall(_outside_quotes(sentence))
    if len(tokens) < 3:  # a quotation alone: who speaks is `nameless_quotation`'s to judge
        return False
    for index, token in enumerate(tokens):
        word = token.rstrip("'’")
        if word.islower() and (
            fold(word) in _NATIONAL_BODIES or (_DEMONYMS and fold(word).startswith(_DEMONYMS))
        ):
            return False  # `Un terzo degli italiani…`, `Il governo ha approvato…`: whom it is about
        if not word[:1].isupper() or word == "I":
            continue
        folded = fold(word).casefold()
        if folded in _COMMON_CAPITALS or folded in _CALENDAR:
            continue
        if index == 0 and (word in FUNCTION_WORDS or not _inside_a_sentence(word, article)):
            continue
        return False
    return True


def _inside_a_sentence(word: str, text: str) -> bool:
    """`word` written in `text` after a lower-case word or a comma on the same line: a name, not a
    sentence's opening (nor a line's, after a heading that ends in lower case)."""
    return re.search(r"(?:[a-zà-ÿ,;][^\S\n]+)" + re.escape(word) + r"(?![\w'’])", text) is not None


_AGED = re.compile(  # `il 37enne`, `the 33-year-old`: a person by age, no name right after
    r"(?:^|[^\w'’])(?i:"
    + _ARTICLE
    + r")(?:"
    + lang.alternatives(lambda language: language.age_nouns)
    + r")\b"
    r"(?!\s*,?\s*[A-ZÀ-Ý])"
)
_OBJECT_PRONOUN = Lowercase(
    r"(?:^|[^\w'’])(?:"
    + "|".join(language.object_pronouns for language in lang.ALL if language.object_pronouns)
    + r")\b"
)
_AUXILIARY = re.compile(
    r"\b(?:" + lang.alternatives(lambda language: language.auxiliaries) + r")\b", re.IGNORECASE
)
_SUBJECT_AFTER_ADVERBIAL = Lowercase(  # `In un breve intervento all'assemblea …, ha spiegato che…`
    r"^[\"“«'‘(*_\s]*(?:"
    + lang.alternatives(lambda language: language.adverbial_openers)
    + r")\s[^,;:.«»“”\"]{0,200},\s*(?:si\s+|s['’])?(?:"
    + lang.alternatives(lambda language: language.dropped_subject)
    + r")"
)


def named_by_age(sentence: str) -> bool:
    """`Il trentatreenne di Fenegrò…`, `the 33-year-old`: a person the article named before, now
    called by age, with no name right after it."""
    return _AGED.search(_outside_quotes(sentence)) is not None


def pronoun_object(sentence: str) -> bool:
    """An object pronoun before the sentence's first auxiliary (`L'avvocato lo descrive…`, `Il
    governo ne aveva messo in vendita…`): what it stands for is not in the sentence (after an
    auxiliary it may be: `Il ministro ha presentato il piano e lo ha difeso`), one in a relative
    clause set off by commas aside (`Foreign Policy, che ci ha dedicato un'analisi, lo ha chiamato…`)."""
    text = _RELATIVE_ASIDE.sub(",", _outside_quotes(sentence))
    match = _OBJECT_PRONOUN.search(text)
    return match is not None and _AUXILIARY.search(text[: match.start()]) is None


_RELATIVE_ASIDE = re.compile(
    r",\s*(?:" + lang.alternatives(lambda language: language.relative_pronouns) + r")\b[^,;:.]*,"
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
    return _SUBJECTLESS_OPENER.match(clauses[0]) is not None or any(
        _SUBJECTLESS_OPENER.match(clause) or opens_on_subjectless_verb(clause) for clause in clauses[1:]
    )


def _time_phrase(tokens: list[str]) -> bool:
    """`l'anno scorso`, `Lunedì sera`, `nel 2024`: time words and numbers, and only the articles
    and prepositions before them."""
    words = [fold(token) for token in tokens]
    times = [word.isdigit() or word.rstrip("'") in _TIME for word in words]
    return any(times) and all(
        time or word in _NOUN_PHRASE or word in _JOINERS or word.rstrip("'") in _JOINERS
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
        tokens = _WORD.findall(head)
        if not comma or not tokens or len(tokens) > OPENER_WORDS or any(mark in head for mark in '"“”«»'):
            break  # a quotation's words are no opening phrase (`"Le conferme" della buona salute…`)
        if not (_opening_phrase(tokens, pointing=True) or _time_phrase(tokens)):
            break
        clauses.append(tail.lstrip())
    return clauses


_BACK_POINTER = Lowercase(
    r"(?<!\w)(?:" + lang.alternatives(lambda language: language.back_pointers) + r")(?![\w'’])"
)


def back_pointer(sentence: str) -> bool:
    """A word outside quotation marks that ties the sentence to what an earlier one said (`Sono
    così comparsi…`, `un'analoga ordinanza`, `commenti simili`, `poche ore dopo`, `In città…`,
    `later that evening`), wherever it stands."""
    return _BACK_POINTER.search(_outside_quotes(sentence)) is not None


_DETERMINERS = sorted(
    {a for language in lang.ALL for a in (*language.definite_articles, *language.articled_prepositions)},
    key=len,
    reverse=True,
)
_DEFINITE_WITHIN = re.compile(  # `della banca`, `al ricorso`, `the handmade book`
    r"(?:^|[^\w'’])(?i:"
    + "|".join(re.escape(d) if d[-1] in "'’" else re.escape(d) + r"\s+" for d in _DETERMINERS)
    + r")(?P<noun>[a-zà-ÿ]{4,})\b(?=(?P<rest>[^.;:«»“”\"()]*))"
)
VERBLESS_WORDS = 20  # words of a first sentence up to which one with no verb is a verbless line


def verbless(sentence: str) -> bool:
    """A short first sentence, outside any quotation, with no verb in the language its function
    words are written in (`Gol di Rossi al 32'.`, `Pari di Bianchi all'85'.`): an entry of a live
    blog or a list, which the lines before it explain. A language with no `verb_forms` is not
    judged."""
    text = _outside_quotes(sentence)
    words = [word.rstrip("'’") for word in re.findall(r"[^\W\d_]+['’]?", text)]
    if not words or len(words) > VERBLESS_WORDS or text != sentence:
        return False
    hits = {language.code: sum(w.casefold() in language.stopwords for w in words) for language in lang.ALL}
    language = max(lang.ALL, key=lambda language: hits[language.code])
    if sorted(hits.values())[-2:-1] == [hits[language.code]]:
        return False  # as many function words of another language: not known to be this one's
    pattern = _verb_form(language.verb_forms)
    # a capitalised word inside the sentence is a name, not a verb (`Il Libano del sud`: not the
    # `-ano` of `parlano`); the first word is capitalised either way (`È morta a Milano…`)
    return pattern is not None and not any(
        (index == 0 or word.islower()) and pattern.fullmatch(word.casefold())
        for index, word in enumerate(words)
    )


_PARTICIPLE = re.compile(r"\w+(?:at|ut|it)[oaie]|\w+(?:ando|endo)")  # not finite: `realizzati con…`
_MAIN_CLAUSE_END = re.compile(r"[,;:()«»“”\"–—]|\s-\s|\b(?:che|cui|who|which|that)\b")


def verbless_addition(sentence: str) -> bool:
    """A main clause with no finite verb that adds its subject to others with `anche` (`Fra i
    finanziatori anche l'Iclas di Rapallo…`, `Visibili anche i costumi realizzati…`): an entry of
    a list an earlier sentence opened. A participle (`realizzati`) is no finite verb; a name before
    `anche` is the clause's subject (`Luna Rossa avanti con un buon margine anche al termine…`)."""
    clause = _MAIN_CLAUSE_END.split(_outside_quotes(sentence).strip(" *_"), maxsplit=1)[0]
    tokens = [word.rstrip("'’") for word in re.findall(r"[^\W\d_]+['’]?", clause)]
    # a capitalised word inside the clause is a name, not a verb (`Mariano`: not the `-ano` of `parlano`)
    words = [token.casefold() for index, token in enumerate(tokens) if index == 0 or token.islower()]
    for language in lang.ALL:
        pattern = _verb_form(language.verb_forms)
        additions = [
            index for index, token in enumerate(tokens) if token.casefold() in language.additive_words
        ]
        if pattern is None or not additions:
            continue
        if any(token[:1].isupper() for token in tokens[1 : additions[0]]):
            continue  # `Luna Rossa avanti … anche al termine…`: its subject is named, `anche` adds a time
        finite = [w for w in words if pattern.fullmatch(w) and not _PARTICIPLE.fullmatch(w)]
        if not finite and sum(w in language.stopwords for w in words) >= 1:
            return True
    return False


@functools.lru_cache(maxsize=8)
def _verb_form(alternatives: str) -> re.Pattern[str] | None:
    return re.compile(r"(?:" + alternatives + r")") if alternatives else None


_PLACED = frozenset(fold(noun) for noun in lang.union(lambda language: language.placed_nouns))
_FUNCTION = frozenset(fold(word).casefold() for word in lang.union(lambda language: language.long_stopwords))


def definite_named_before(sentence: str, earlier: str) -> str | None:
    """The noun of a definite noun phrase anywhere in `sentence`, outside quotation marks, that the
    article's `earlier` text introduced with an indefinite article (`un attacco alla piattaforma`
    after `ha lanciato una piattaforma`, `the handmade book` after `a handmade book`), or a shell
    noun (`Sulla questione…`), with no name, number or complement right after it that says which
    one: it is the thing named before. Nouns a reader places anyway (`il governo`, `la polizia`)
    are not, nor nouns the text wrote definite before (`gli alleati`, `la sicurezza nazionale`):
    those are the news's common ground rather than a thing one sentence introduced. None otherwise."""
    folded = fold(earlier).casefold()
    for match in _DEFINITE_WITHIN.finditer(_outside_quotes(sentence)):
        noun = fold(match["noun"]).casefold()
        if noun in _NOT_NOUNS or noun in _PLACED or noun in _FUNCTION or noun in _CALENDAR:
            continue
        following = _WORD.findall(match["rest"])[:_GIVEN_WITHIN]
        if any(word[:1].isupper() or word[:1].isdigit() for word in following):
            continue  # `della banca Commerzbank`, `del decreto 42`, `del ministero della Difesa`
        restrictive = not match["rest"].lstrip().startswith(",")  # not `alla piattaforma, che ora…`
        if restrictive and any(fold(word).casefold() in _SAYS_WHICH for word in following[:2]):
            continue  # `della speranza di vita`, `la delibera relativa al ricorso`, `il progetto che…`
        if noun in _SHELL and _nothing_says_which(match["rest"]):
            return noun  # `Sulla questione potrebbe…`, `Il provvedimento, ha detto…, si comporrà…`
        introduced = _INDEFINITE + r"(?:[a-zà-ÿ]+\s+)?" + re.escape(noun[:-1]) + r"[a-zà-ÿ]?\b"
        if earlier and re.search(introduced, folded):
            return noun
    return None


def repeated_from_sentence_before(sentence: str, before: str) -> str | None:
    """The noun of a bare definite noun phrase in `sentence`, outside quotation marks, that the
    sentence right before it in the source (the last of `before`) also writes (`… il 21 per cento
    del capitale della banca tedesca.` + `Lo Stato tedesco è nel capitale della banca dai tempi…`):
    with no name, number or `di …` right after it that says which, it is the thing that sentence
    named. Nouns a reader places anyway (`il governo`), time words and plurals (`gli effetti della
    disposizione dei banchi`: all of them) are not. None otherwise."""
    starts = sentence_starts(before)
    last = fold(before[starts[-1] :] if starts else before).casefold()
    if not last.strip():
        return None
    text = _outside_quotes(sentence)
    for match in _DEFINITE_WITHIN.finditer(text):
        noun = fold(match["noun"]).casefold()
        rest = match["rest"]
        if noun in _PRENOMINAL:  # `il nuovo governo del paese`: the noun is the word after it
            after = re.match(r"\s+([a-zà-ÿ]{4,})\b", rest)
            noun, rest = (fold(after.group(1)).casefold(), rest[after.end() :]) if after else (noun, rest)
        if noun in _NOT_NOUNS or noun in _PLACED or noun in _FUNCTION or noun in _CALENDAR or noun in _TIME:
            continue
        determiner = fold(text[match.start() : match.start("noun")].strip(" ,(")).casefold()
        if determiner not in _SINGULAR or (determiner == "the" and noun.endswith("s")):
            continue  # `gli effetti … dei banchi`: a plural is most often all of them, not the ones named
        following = _WORD.findall(rest)[:_GIVEN_WITHIN]
        if any(word[:1].isupper() or word[:1].isdigit() for word in following):
            continue  # `della banca Commerzbank`, `del decreto 42`
        if noun.endswith(_ABSTRACT) or (rest[:1].isspace() and following and _modifier(following[0])):
            continue  # `il terrorismo`: a notion; `il servizio militare`, `il blitz compiuto…`: says which
        if following and fold(following[0]).casefold() in _COMPLEMENTS | _RESTRICTIVE:
            continue  # `della speranza di vita`, `il progetto che…`
        if _introduced_in(noun, last):
            return noun
    return None


def _introduced_in(noun: str, sentence: str) -> bool:
    """`sentence` (folded, lower case) names a particular one of `noun`: after an indefinite
    article (`una piattaforma`) or with words after it that say which (`la banca tedesca`, `il
    compound di Abbottabad`), not bare (`la politica`, `la legge`), which is the general notion
    a later sentence may speak of too."""
    stem = noun[:-1] if len(noun) > 4 else noun
    tokens = re.findall(r"[\w']+", sentence)
    for at, word in enumerate(tokens):
        if not (word.startswith(stem) and abs(len(word) - len(noun)) <= 2):
            continue
        before = tokens[at - 1] if at else ""
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        if before in _INDEFINITES or before.endswith("un'"):
            return True
        if after and (after in _COMPLEMENTS or _modifier(after)):
            return True
    return False


def _modifier(word: str) -> bool:
    """A lower-case word after a noun that is no function word, preposition, conjunction or
    auxiliary: an adjective or a participle that says which one (`tedesca`, `compiuto`)."""
    folded = fold(word).casefold()
    return (
        word[:1].islower()
        and folded not in _FUNCTION
        and folded not in _PREPOSITIONS
        and folded not in _CLAUSE_CONJUNCTIONS
        and _AUXILIARY.fullmatch(folded) is None
    )


_ABSTRACT = tuple(lang.union(lambda language: language.abstract_suffixes))
_INDEFINITES = frozenset(
    fold(word).casefold() for word in lang.union(lambda language: language.indefinite_articles)
)
_PRENOMINAL = frozenset(
    fold(word).casefold() for word in lang.union(lambda language: language.prenominal_adjectives)
)
_SINGULAR = frozenset(
    fold(word).casefold() for word in lang.union(lambda language: language.singular_determiners)
)
_INDEFINITE = (
    r"(?<![\w'’])(?:"
    + "|".join(
        re.escape(a) if a[-1] in "'’" else re.escape(a) + r"\s+"
        for language in lang.ALL
        for a in language.indefinite_articles
    )
    + r")"
)


_VERB_ENDINGS = tuple(ending for language in lang.ALL for ending in language.verb_endings)


def _nothing_says_which(rest: str) -> bool:
    """What follows a shell noun says nothing of which one it is: the clause ends, the next clause
    opens (`intuì l'affare ma non seppe…`), or its verb comes next (`Sulla questione potrebbe…`,
    `Il provvedimento, ha detto…`), not an adjective (`la legge elettorale`)."""
    rest = rest.lstrip()
    words = _WORD.findall(rest)
    if not words or rest[:1] in ",;:.)":
        return True
    word = words[0].casefold()
    return (
        word in _CLAUSE_CONJUNCTIONS or _AUXILIARY.fullmatch(word) is not None or word.endswith(_VERB_ENDINGS)
    )


_CLAUSE_CONJUNCTIONS = lang.union(lambda language: language.clause_conjunctions)


_RESTRICTIVE = lang.union(lambda language: language.restrictive_openers)  # `che`, `which`
_SAYS_WHICH = _PREPOSITIONS | _COMPLEMENTS | _RESTRICTIVE


OPENING_WORDS = 10  # words of a statement's first sentence in which a name must stand (`names_its_subject`)
BODY_OPENING_WORDS = 14  # the same for a statement deeper than its article's lead, in the body
QUOTATION_NAMES_NOTHING = "a quotation that names no one and nothing: what it is about was said before"
NOT_NAMED_EARLY = "does not say early whom or what it is about, and is not its article's lead"
# The annexes' test (`opens_on_its_subject`) is a positive one: a statement enters only when
# its opening says whom or what it is about, not merely when no pointer is found in it.
OPENER_WORDS = 14  # words an opening phrase may take before the comma that closes it
OPENER_HOPS = 2  # opening phrases, each closed by a comma, before the subject (`Nel frattempo, …`)
SUBJECT_WORDS = 6  # words after a subject's article in which a name says which (`Il portavoce … Peskov`)
INVERTED_WORDS = 10  # words after a verb that opens a clause past a time phrase, where its subject is
RELATIVE_WORDS = 8  # words of a relative clause in a subject, after `che` (`Le manifestazioni che chiedono…`)
QUOTATION_WORDS = 25  # words of a quotation in which it names whom or what it is about
_TIME = (
    _CALENDAR
    | frozenset(fold(w) for w in lang.union(lambda language: language.relative_words | language.period_nouns))
    | frozenset(
        fold(phrase.split()[-1])  # `scorso`, `last`: not the article of `lo scorso`
        for language in lang.ALL
        for phrase in (*language.past_modifiers, *language.future_modifiers)
    )
)
_KNOWN_GROUPS = frozenset(fold(w) for w in lang.union(lambda language: language.known_groups))
_JOINERS = frozenset(
    fold(w) for w in lang.union(lambda language: language.coordinators | language.prepositions)
)
_NOUN_PHRASE = (  # not a word that is a preposition too (`a`: English article, Italian preposition)
    frozenset(fold(w) for w in lang.union(lambda language: language.noun_phrase_openers)) - _JOINERS
)
_POINTING = frozenset(
    fold(w) for w in lang.union(lambda language: language.pointing_pronouns | language.demonstratives)
)
_SENTENCE_STOPS = ".!?…:;"
_SUBJECTLESS_ATTRIBUTION = Lowercase(lang.alternatives(lambda language: language.subjectless_attribution))
_SUBORDINATORS = frozenset(
    fold(w) for w in lang.union(lambda language: language.subordinators | language.according_to)
)
_RELATIVES = frozenset(fold(w) for w in lang.union(lambda language: language.relative_openers))
_RESTRICTIVE_FOLDED = frozenset(fold(w) for w in _RESTRICTIVE)
_NEGATIONS = frozenset(fold(w) for w in lang.union(lambda language: language.negations))
_ADVERBIAL = Lowercase(r"^(?:" + lang.alternatives(lambda language: language.adverbial_openers) + r")$")
_GERUNDS = tuple(ending for language in lang.ALL for ending in language.gerund_endings) or ("\0",)
# `- ha spiegato il sindaco Giuseppe Sala, a margine… -`: who speaks, set inside the quotation
_INSERTED_ATTRIBUTION = re.compile(r"\s[-–—]\s[^-–—]{3,200}?\s[-–—](?=\s|[,.;:]|$)")
# `è prevista`, `sarà`: a verb whose subject may follow it (`dropped_subject_unless_inverted`)
_INVERTING = Lowercase(
    r"^(?:" + lang.alternatives(lambda language: language.dropped_subject_unless_inverted) + r")\b"
)
_VERB_FORMS = Lowercase(r"^(?:" + lang.alternatives(lambda language: language.auxiliaries) + r")$")
# `Sen. Ted Cruz: “…”`, `Alla domanda su …, ha aggiunto: “…”`: what introduces a quotation
_QUOTATION_LABEL = re.compile(r"^(?P<label>[^:“”«»\"\n]{3,200}):\s*(?=[“«\"])")
_OPENING_QUOTATION = re.compile(r"^[“«\"‘'](?P<words>[^”»\"]*)")
_LIST_ENTRY = re.compile(r"^\s*(?:\d{1,2}|[a-z])\)\s")  # `4) …`, `b) …`: an entry of a list


def _skip_time(tokens: list[str], at: int) -> int:
    """Past a time phrase that opens the clause (`Giovedì`, `Nel 2024`, `On Tuesday`, `Lunedì
    sera`): function words count only with a time word or a number after them."""
    end = at
    for index in range(at, len(tokens)):
        word = fold(tokens[index]).rstrip("'")
        if word.isdigit() or word in _TIME:
            end = index + 1
        elif word not in _JOINERS and word not in _NOUN_PHRASE:
            break
    return end


def _a_name(token: str, first: bool, article: str) -> bool:
    """A proper name, a body of the country (`governo`) or a people (`americana`): the words that
    say whom or what; a sentence's first word only when the article writes it inside a sentence too."""
    folded = fold(token).rstrip("'")
    if token.islower():
        return (
            folded in _NATIONAL_BODIES
            or folded in _KNOWN_GROUPS
            or bool(_DEMONYMS and folded.startswith(_DEMONYMS))
        )
    if (
        not token[:1].isupper()
        or token in FUNCTION_WORDS
        or folded in _COMMON_CAPITALS
        or folded in _CALENDAR
    ):
        return False
    if len(token.rstrip("'’")) < 2 or (first and _VERB_FORMS.match(token)):  # `E'`, `È`: a verb
        return False
    return not first or _inside_a_sentence(token.rstrip("'’"), article)


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
    if fold(tokens[at]) not in _NOUN_PHRASE:
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
    subject's and which points back to no one (`I manifestanti che lo hanno…`)."""
    end = at + SUBJECT_WORDS
    relative = False
    for index in range(at, len(tokens)):
        if index >= end:
            return False
        token = tokens[index]
        folded = fold(token).rstrip("'")
        if relative and folded in _POINTING:
            return False
        if not relative and token.islower() and folded in _RESTRICTIVE_FOLDED:
            relative, end = True, index + 1 + RELATIVE_WORDS
            continue
        if token.islower() and _VERB_FORMS.match(token):  # the verb: the subject said nothing more
            if relative and fold(tokens[index - 1]) in _RESTRICTIVE_FOLDED:
                continue  # `che hanno chiesto…`: the relative clause's own verb
            return False
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
    if subject >= len(tokens) or fold(tokens[subject]) not in _NOUN_PHRASE:
        return False
    if any(fold(token).rstrip("'") in _POINTING for token in tokens[subject : subject + 1 + SUBJECT_WORDS]):
        return False  # `Non sono bastate le sue proposte…`: whose was said before
    return _noun_phrase_named(tokens, subject + 1, article)


def _told_there_and_then(tokens: list[str], at: int) -> bool:
    """After an opening phrase that names where (`Nella città di Ibb,`), the clause from `at`
    says when and opens on a noun phrase of common nouns that stands for no one named before
    (`domenica scorsa le proteste antigovernative sono culminate…`): the place and the day tell
    what it is about. Not a role (`ieri il ministro ha detto…`: which one was said before), a
    noun that stands for what was said (`la vicenda`, `la prima volta`), or a pronoun."""
    after_time = _skip_time(tokens, at)
    if after_time == at or after_time + 1 >= len(tokens) or fold(tokens[after_time]) not in _NOUN_PHRASE:
        return False
    noun = fold(tokens[after_time + 1]).rstrip("'")
    if (
        not tokens[after_time + 1].islower()
        or len(noun) < 3
        or noun.casefold() in _ROLE_HEADS
        or noun in _SHELL | _UNRESOLVED | _POINTING
        or noun in _ORDERING
        or noun in _TIME
    ):
        return False
    for token in tokens[after_time + 2 : after_time + 2 + SUBJECT_WORDS]:
        if token.islower() and _VERB_FORMS.match(token):
            return True
        if fold(token).rstrip("'") in _POINTING:
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
        first.rstrip("'") in _JOINERS
        or first in _JOINERS
        or first in _SUBORDINATORS
        or bool(_ADVERBIAL.match(first))
        or (tokens[0].islower() and first.endswith(_GERUNDS))
    )
    clause = any(token.islower() and _VERB_FORMS.match(token) for token in tokens)
    points = not pointing and any(fold(token).rstrip("'") in _POINTING for token in tokens)
    return opens and not clause and not points


def _quotation_names(words: str, article: str) -> bool:
    """A quotation names whom or what it is about among its first `QUOTATION_WORDS` words, with no
    pronoun or demonstrative before the name that stands for someone said before (`he's exactly
    right`, `queste tragedie`)."""
    words = _INSERTED_ATTRIBUTION.sub(" ", words)
    for match in list(_WORD.finditer(words))[:QUOTATION_WORDS]:
        token = match.group(0)
        if fold(token).rstrip("'") in _POINTING:
            return False
        opens = not words[: match.start()].strip() or words[: match.start()].rstrip()[-1] in _SENTENCE_STOPS
        if _a_name(token, opens, article):
            return True
    return False


def _speaker_named(quotation: str) -> bool:
    """A quotation that names its speaker: a capitalised word outside its quotation marks, or a
    name after a reporting verb set inside it (`"… - ha dichiarato Rutte citando … -. …"`)."""
    if any(token[:1].isupper() for token in _WORD.findall(_outside_quotes(quotation))):
        return True
    return any(_named(quotation[verb.end() :]) for form in _REPORTING for verb in form.finditer(quotation))


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
    body = _DATELINE.sub("", first, count=1).lstrip("*_ ")
    label = _QUOTATION_LABEL.match(body)
    if label:
        shown = bool((speaker or "").strip()) or _speaker_named(label["label"])
        speaker, body = (speaker or label["label"]) if shown else None, body[label.end() :]
    quotation = _OPENING_QUOTATION.match(body)
    if quotation:
        named = bool((speaker or "").strip()) or _speaker_named(body)
        return named and _quotation_names(quotation["words"], article)
    if _LIST_ENTRY.match(body):  # `4) Gli istituti di credito che…`: the line before opened the list
        return False
    outside = _outside_quotes(body)
    if demonstrative_within(body):  # `aveva definito quegli attacchi…`: they were said before
        return False
    if _SUBJECTLESS_ATTRIBUTION.search(body) and not speaker_written(speaker, body):
        return False  # `…ed «era difficile», ha aggiunto.`: who added it is in another sentence
    found = list(_WORD.finditer(outside))
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
    body = _DATELINE.sub("", first, count=1).lstrip("*_ ")
    if body[:1] in _QUOTE_MARKS:  # printed after its speaker's name, or naming them itself
        return bool((speaker or "").strip()) or _speaker_named(body)
    # past a colon or a semicolon, a name that a preposition governs (`In due giorni
    # l'amministrazione ha allestito tre centri: prima al Pala Sabin…`) lists where or what, and
    # says nothing of who acts; a clause of its own may name it (`Lutto nel giornalismo: è morta
    # Paola Motta`)
    clause = re.split(r"[:;](?=\s)", body, maxsplit=1)
    listed = len(_WORD.findall(_outside_quotes(clause[0]))) if len(clause) > 1 else len(body)
    tokens = _WORD.findall(_outside_quotes(body))
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
        if token.islower() and (folded in _NATIONAL_BODIES or (_DEMONYMS and folded.startswith(_DEMONYMS))):
            return True
        if not token[:1].isupper() or folded in _COMMON_CAPITALS or folded in _CALENDAR:
            continue
        if index == 0 and (token in FUNCTION_WORDS or not _inside_a_sentence(token, article)):
            continue
        if shortened and _shortened_by_article(token, before, after, article):
            continue
        return True
    return False


_DEFINITE_BEFORE = frozenset(word.casefold() for word in _DETERMINERS)
_GOVERNING = frozenset(  # `a`, `al`, `nella`, `dell'`: a preposition, articled or not
    fold(word).casefold()
    for word in lang.union(lambda language: language.prepositions | language.articled_prepositions)
)


_OF = "(?:" + "|".join(re.escape(word) for word in sorted(_COMPLEMENTS, key=len, reverse=True)) + ")"
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


LABEL_WORDS = (
    12  # words of a speaker's label before a colon (`Senate Foreign Relations Committee Chair Jim Risch`)
)


def _names_only(label: str) -> bool:
    """A label that only names its speaker (`CNN's Joseph Ataman and Clare Sebastian`, `Deputy
    Chief of Staff Stephen Miller`): capitalised words and the function words between them, not a
    clause of its own (`Giorgia Dell'Orto, che ha fondato…, ripropone…`)."""
    tokens = [token for token in _WORD.findall(label) if token != "s"]  # `CNN’s`
    return 0 < len(tokens) <= LABEL_WORDS and all(
        token[:1].isupper() or token[:1].isdigit() or fold(token).casefold() in _JOINERS for token in tokens
    )


QUOTATION_OPENS_ON_PRONOUN = "a quotation whose subject is a pronoun for someone named before"
PRONOUN_WORDS = 3  # words of a quotation in which a pronoun is its subject (`I think he's…`)
_PRONOUNS = frozenset(fold(w) for w in lang.union(lambda language: language.pointing_pronouns))


def quotation_opens_on_pronoun(statement: str) -> bool:
    """A quotation whose subject, among its first `PRONOUN_WORDS` words and before any name, is a
    pronoun for someone said before (`“I think he's exactly right…”`, `«Lui ha sempre…»`): whoever
    speaks, whom they speak of is in an earlier sentence. A possessive before a capital is a
    title (`His Majesty`)."""
    first = _DATELINE.sub("", first_sentence(statement), count=1).lstrip("*_ ")
    label = _QUOTATION_LABEL.match(first)
    first = first[label.end() :] if label else first
    quotation = _OPENING_QUOTATION.match(first)
    if quotation is None:
        return False
    tokens = _WORD.findall(quotation["words"])[: PRONOUN_WORDS + 1]
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
    (the speaker) do not say what the quotation is about."""
    first = _DATELINE.sub("", first_sentence(statement), count=1).lstrip("*_ ")
    label = _QUOTATION_LABEL.match(first)  # `CNN's Joseph Ataman: “A diplomatic masterstroke.”`
    first = first[label.end() :] if label and _names_only(label["label"]) else first
    if first[:1] not in _QUOTE_MARKS:
        return False
    quoted = " ".join(match.group(0).strip(_QUOTE_MARKS + "”»’") for match in _QUOTED.finditer(first))
    return names_nothing(quoted, article)


def why_not_alone(
    statement: str,
    before: str = "",
    speaker: str | None = None,
    speaker_shown: bool = False,
    introduced: Iterable[str] = (),
    earlier: str = "",
    article: str = "",
) -> str | None:
    """Why `statement` cannot be printed alone (None when it can): `before` is the source's text
    right before its quote, `speaker` whom the engine found quoted; `speaker_shown` when the
    briefing prints the speaker's name beside it (who said what, a key point prefixed with it);
    `introduced`, the people the article named in full before the statement; `earlier`, the
    article's body before it; `article`, its source's whole text."""
    statement = typewriter_quotes(statement)
    first = first_sentence(statement)
    if statement.lstrip("*_ ").startswith("("):
        return ASIDE  # `(Un riferimento va ai recentissimi 'Freccia'…)`
    if _REPLY.match(first):
        return REPLY  # `Caro Marco, se ci atteniamo all'Enciclica suindicata…`
    strength = points_back(first, before)
    if strength:
        return f"points back ({strength})"
    if _ANSWER.match(first):
        return "answers its headline"
    if _NARROWING.match(first):
        return "opens on a connective that narrows the sentence before"
    # a speaker's `questo sforzo` is theirs; under the speaker's name, so is `Alla domanda su questa …`
    if not speaker_shown and opens_on_anaphor(_outside_quotes(first).strip(" ,")):
        return "a demonstrative in its opening clause"
    if is_question(first):
        return "a question"
    if statement.rstrip("*_ ").endswith(":"):
        return "announces what follows it, which it does not hold"
    if not speaker_shown and nameless_quotation(statement, speaker):
        return "a quotation that names no speaker"
    if not speaker_shown and unnamed_speaker(first, speaker):
        return "a speaker named only by a common noun"
    if unresolved_reference(first):
        return "a definite noun phrase whose referent is not in the statement"
    if shortened_name(first, introduced) or _later_sentence_on_shortened_name(statement, introduced):
        return "a person named in full only before it"
    if given_definite(first, earlier):
        return "a definite noun phrase whose referent is not in the statement (named before)"
    if definite_named_before(first, earlier):
        return "a definite noun phrase whose referent is not in the statement (named before, within)"
    if earlier.strip() and repeated_from_sentence_before(first, before):
        return "a definite noun phrase whose referent is not in the statement (the sentence before's)"
    if not speaker_shown and verbless(first):  # under the speaker's name, their words
        return "a verbless line, which the lines before it explain"
    if not speaker_shown and verbless_addition(first):
        return "a verbless line, which the lines before it explain (it adds to them)"
    if back_pointer(first):
        return "a demonstrative that points back (a word that ties it to the sentence before)"
    if named_by_age(first):
        return "a person named only by age"
    if pronoun_object(first):
        return "a pronoun that stands for something named before"
    if not speaker_shown and subject_unsaid(first):  # under the speaker's name, they are its subject
        return "a verb whose subject is left unsaid after an adverbial"
    if not speaker_shown and first_person(first):
        return "speaks as I or we for someone it does not name"
    if not speaker_shown and demonstrative_within(first):
        return "a demonstrative that points back"
    if _DISTAL.search(_outside_quotes(first)):  # the reporter's `quegli attacchi`, under any speaker's name
        return "a demonstrative that points back (in the reporter's words)"
    if not speaker_shown and article and names_nothing(first, article):  # needs the article: below
        return "names no one and nothing: what it is about was named before"
    if quotation_opens_on_pronoun(statement):  # nor does it say whom `he` stands for
        return QUOTATION_OPENS_ON_PRONOUN
    if article and quotation_names_nothing(statement, article):  # its speaker's name does not say
        return QUOTATION_NAMES_NOTHING
    if (
        article
        and earlier.strip()
        and not names_its_subject(
            statement, article, speaker if speaker_shown else None, BODY_OPENING_WORDS, shortened=True
        )
    ):
        return NOT_NAMED_EARLY
    return None


DEMONSTRATIVE_NOUN_WORDS = 2  # words after a demonstrative where its noun is (`questo importante sforzo`)


def unresolved_demonstrative(statement: str) -> str | None:
    """A demonstrative with a noun in the statement's first sentence, inside quotation marks or
    not, whose noun the sentence has not named before it (`«Gli Stati Uniti indicano questa
    intenzione da almeno 15 anni», ha spiegato Rutte`, `Alla domanda su come l'Alleanza stia
    dimostrando questa credibilità…`): what it points to is in a sentence the briefing does not
    show, whoever speaks. The noun, or None when there is none; a time (`questa settimana`, `this
    week`) points nowhere, and a noun named before it in the sentence (`la proposta… questa
    proposta`) is the one it points to. Later sentences point into the statement (`Peskov ha
    dichiarato… Tali richieste…`)."""
    first = first_sentence(typewriter_quotes(statement))
    words = list(_WORD.finditer(first))
    for index, match in enumerate(words):
        pointing = ANAPHOR_OPENERS.match(first[match.start() :])  # not `questa settimana`
        if fold(match.group(0)).casefold() not in _DEMONSTRATIVES or not pointing:
            continue
        before = fold(first[: match.start()]).casefold()
        following = [w.group(0) for w in words[index + 1 : index + 1 + DEMONSTRATIVE_NOUN_WORDS]]
        nouns = [fold(w).casefold() for w in following if w.islower() and len(w) >= 4]
        if nouns and not any(_stem(noun) in before for noun in nouns):
            return nouns[0]
    for distal in _DISTAL.finditer(first):  # `quegli attacchi`, `quell'accordo`
        noun = fold(_WORD.findall(distal.group(0))[-1]).casefold()
        if _stem(noun) not in fold(first[: distal.start()]).casefold():
            return noun
    return None


def _stem(noun: str) -> str:
    """A noun's first letters, which its other forms share (`credibilità`, `credibile`)."""
    return noun[: max(4, len(noun) - 3)]
