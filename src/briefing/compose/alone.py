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
  the speaker's name is shown, or a question; or the statement ends on a colon or a sentence that
  announces what it does not hold (`… le parole di Hillary Clinton:`, `Ecco cosa ha detto.`,
  `Here is what he said.`: `announces_what_follows`);
- opens on a bare reply of its own (`Sì, sì. So quel che dice…`, `No.`, `Of course.`:
  `bare_reply`), an interview's answer whose question is not shown;
- is its article's lead (nothing `earlier`) and opens on a verb whose subject only the headline
  names (`E' il primo giocatore della Major League a…`, `È stato arrestato ieri…`:
  `lead_on_headline`);
- counts what was named before (`i due “rottamatori”`, `the two men`), or holds a definite noun
  that stands for something named before (`l'analisi “inaccurata”`, `sull'ammissibilità.`,
  `L'attentato avviene…`) with nothing after it that says which;
- opens on a definite noun that the article used before (`La mappa è il risultato…` after `la più
  grande mappa della Via Lattea`, `Il titolo perde il 15%`), with no name after it that says
  which, an aside's name that only tells where or who says so being none (`La nave, diretta verso
  Durazzo, …`): it is the thing named before;
- names a person by surname or first name alone whom the article introduced before by full name
  (`Segù ha posto l'accento…` after `la vice sindaco Marzia Segù`, `Camila è già…`): who that is
  was said in an earlier sentence; or calls one by an epithet instead of a name
  (`le truppe del Colonnello`, `Il Rais ha detto…`) and names no one;
- ties its first clause to the sentence before by a connective set off by commas or after its
  auxiliary, or by a linking adverb (`l'esercito contava, infatti, su…`, `Il futuro della Libia
  però…`), opens on a title before a name that does not say of what (`Il presidente Roberto Pella
  parla…`), writes a role in capitals with nothing after it that says who (`I sostenitori del
  Presidente non fanno…`), or opens on an infinitive with no verb of its own (`Sorreggere Camp
  David con il proprio peso…`);
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
sentence is graded, except for a year called only `that year` (`a Marzo di quell'anno`) with no
year written before it in the statement (`year_named_before`). Composition then takes the next
best candidate that passes, never one that fails (`Candidate.printable`).

The tests live by what they read: whom or what a statement is about (`subject.py`), whom a
quotation is given to (`quoted.py`), what ties a statement to a sentence before it
(`sentence_before.py`), and how a statement's text is read (`statement_text.py`); this module
holds the grade and the pointer tests that need none of them but the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing import lang
from briefing.compose.keypoints import opens_on_anaphor
from briefing.compose.quoted import headline_quotation, nameless_quotation, unnamed_speaker
from briefing.compose.sentence_before import (
    DISTAL,
    articled_surname,
    definite_named_before,
    demonstrative_within,
    epithet_unnamed,
    given_definite,
    introduced_earlier,
    later_sentence_on_shortened_name,
    named_by_name_before,
    repeated_from_sentence_before,
    shortened_name,
)
from briefing.compose.statement_text import (
    ARTICLE,
    AUXILIARY,
    CALENDAR_WORDS,
    COMMON_CAPITALS,
    COMPLEMENTS,
    DEMONSTRATIVES,
    DEMONYMS,
    DETERMINERS,
    INFINITIVE,
    NATIONAL_BODIES,
    NOUN_PHRASE,
    ORDERING_ADJECTIVES,
    PREPOSITIONS,
    QUOTED,
    ROLE_HEAD_WORDS,
    SHELL_NOUNS,
    UNRESOLVED_NOUNS,
    WORD,
    first_sentence,
    outside_quotes,
    sentence_starts,
    typewriter_quotes,
    verb_form,
)
from briefing.compose.subject import (
    BODY_OPENING_WORDS,
    NOT_NAMED_EARLY,
    QUOTATION_NAMES_NOTHING,
    QUOTATION_OPENS_ON_PRONOUN,
    names_its_subject,
    names_nothing,
    quotation_names_nothing,
    quotation_opens_on_pronoun,
    subject_unsaid,
)
from briefing.lang import fold
from briefing.rules.lexicon import ANAPHOR_OPENERS, CONTENT_MARK, Lowercase
from briefing.rules.lines import open_quotation
from briefing.rules.standalone import opens_on_subjectless_verb, points_back

_NARROWING = Lowercase(
    r"^[\"“«'‘(*_\s]*(?:" + lang.alternatives(lambda language: language.printed_connective_openers) + r")\b"
)
_ANSWER = re.compile(
    r"^[\"“«'‘(*_\s]*(?:" + lang.alternatives(lambda language: language.answer_openers) + r")"
)
_REPLY = re.compile(r"^[*_\s]*(?:" + lang.alternatives(lambda language: language.reply_openers) + r")")
REPLY = "addresses someone: a reader's comment or a letter, replying to what it does not hold"
ASIDE = "an aside in parentheses to the sentence before it"
INTERVIEWERS_LINE = "an interviewer's line over the answer, which would read as the interviewee's or no one's"
SHORTENED_NAME = "a person named in full only before it"
EPITHET = "an epithet for a person it does not name: who that is was said in a sentence before"
HEADING_RUN_IN = "a heading run into its first words (page furniture)"
BARE_REPLY = "an answer that opens on a bare reply (`Sì.`, `Of course.`) to a question it does not hold"
FORWARD_REFERENCE = "announces what follows it, which it does not hold"
LEAD_ON_HEADLINE = "its article's lead, whose subject only the headline names (`È il primo a…`)"
_REPLY_WORD = lang.words(lang.union(lambda language: language.bare_replies))
_BARE_REPLY = Lowercase(  # `Sì, sì. So quel che…`, `«No», ha detto…`; not `No. 10 Downing Street`
    r"^[\"“«'‘(*_\s]*(?:" + _REPLY_WORD + r")(?:[\s,]+(?:" + _REPLY_WORD + r"))*"
    r"(?:[.!]+[»”\"]?|[»”\"][,.])(?=\s*$|\s+[^\d\s])"
)
_FORWARD = Lowercase(
    r"^[\"“«'‘(*_\s]*(?:" + lang.alternatives(lambda language: language.forward_references) + r")$"
)
_SAME_WORDS = "|".join(sorted(lang.union(lambda language: language.same_words)))
_SAME_NAMED = re.compile(  # `della stessa Corte Suprema`, `the same Mr. Smith`
    r"\b(?:" + _SAME_WORDS + r")\s+[A-ZÀ-Ý]"
)
_ORDERED_NOUN = re.compile(  # `La prima edizione…`, `Le sole certezze…`
    r"^[\"“«'‘(*_\s]*(?i:"
    + r"(?:il|lo|la|i|gli|le|l['’]|the)\s*"
    + r")(?P<adjective>[a-z]+)\s+(?P<noun>[a-zà-ÿ]{3,})\b"
)
_NUMBERED = Lowercase(
    r"(?:^|[^\w'’])(?:" + lang.alternatives(lambda language: language.numbered_back_references) + r")"
)


def _before_a_word(articles: Iterable[str]) -> str:
    """Articles as regex alternatives, each as it stands before its word: an elided one glued to it
    (`l'analisi`), any other followed by white space (`della conferenza`)."""
    return "|".join(re.escape(a) if a[-1] in "'’" else re.escape(a) + r"\s+" for a in articles)


_OPENING_NOUN = re.compile(
    r"^[\"“«'‘(*_\s]*(?i:" + ARTICLE + r")(?P<noun>[a-zà-ÿ]{3,})\b\s*(?P<next>[\w'’]*)"
)
_DEFINITE_NOUN = re.compile(  # `l'analisi.`, `A margine della conferenza, …`
    r"(?:^|[^\w'’])(?i:"
    + _before_a_word(DETERMINERS)
    + r")(?P<noun>[a-zà-ÿ]{3,})(?P<next>\s*[\"“«‘.,;:?!)]|\s*$)"
)
_UNIVERSAL_NOUN = re.compile(  # `ha respinto ogni accusa.`, `denied every allegation.`
    r"(?<![\w'’])(?i:"
    + "|".join(sorted(lang.union(lambda language: language.universal_determiners)))
    + r")\s+(?i:"
    + ARTICLE
    + r")?(?P<noun>[a-zà-ÿ]{3,})(?=\s*[\"“«‘.,;:?!)]|\s*$)"
)
_DEFINITE_ARTICLES = {a for language in lang.ALL for a in language.definite_articles}
_LONGEST_ARTICLE_FIRST = "|".join(  # (sorted as its alternatives, their spacing added after)
    sorted(_before_a_word(sorted(_DEFINITE_ARTICLES)).split("|"), key=len, reverse=True)
)
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
    if not same or given[0] not in ROLE_HEAD_WORDS or not _a_verb(following):
        return statement  # `Il segretario del partito…`, `Il segretario generale…` of a `segretario di Stato`
    return speaker + " " + statement[article.end() + words[same].start() :]


_ADJECTIVE_SUFFIXES = tuple(sorted(lang.union(lambda language: language.adjective_suffixes)))


def _an_adjective(word: str) -> bool:
    """A word whose ending is an adjective's that a verb ending matches too (`elettiva`, not `partiva`)."""
    return bool(_ADJECTIVE_SUFFIXES) and word.casefold().endswith(_ADJECTIVE_SUFFIXES)


def _a_verb(word: str) -> bool:
    """An auxiliary or a finite verb form in some language (`ha`, `aveva`, `dichiarato`), not an
    adjective that ends like one (`elettiva`)."""
    return (
        word.islower()
        and not _an_adjective(word)
        and (
            AUXILIARY.fullmatch(word) is not None
            or any(
                (pattern := verb_form(language.verb_forms)) and pattern.fullmatch(word)
                for language in lang.ALL
            )
        )
    )


_INTERPOSED = lang.alternatives(lambda language: language.interposed_connectives)
_INTERPOSED_CONNECTIVE = re.compile(  # `contava, infatti, su…`, `ha quindi deciso`, `has also said`
    r"(?:,\s*(?i:" + _INTERPOSED + r")\s*,"
    r"|\b(?i:" + lang.alternatives(lambda language: language.auxiliaries) + r")\s+(?i:" + _INTERPOSED + r")\b"
    r"|(?<![\w'’])(?i:" + lang.alternatives(lambda language: language.linking_adverbs) + r")(?![\w'’]))"
)


def interposed_connective(sentence: str) -> bool:
    """A connective set off by commas inside the sentence, or right after its auxiliary, or a
    linking adverb anywhere, outside quotation marks (`Alla fine del 1830, l'esercito egiziano
    contava, infatti, su cento mila effettivi`, `Il futuro della Libia però…`, `The talks, meanwhile,
    stalled`): it ties what the sentence says to the one before, which the briefing does not show."""
    text = outside_quotes(sentence)
    return any(_in_first_clause(text[: match.start()]) for match in _INTERPOSED_CONNECTIVE.finditer(text))


_CLAUSE_OPENERS = frozenset(  # `che però`, `se però`, `which, however,`: a clause of the sentence's own
    word
    for language in lang.ALL
    for word in (
        *language.restrictive_openers,
        *language.relative_pronouns.split("|"),
        *language.complementizers.split("|"),
    )
)
_CONJUNCTIONS = lang.union(lambda language: language.clause_conjunctions)
# a name's short form in parentheses (`L'Osservatorio … (OPAL) di Brescia`, `(Nato)`, `(UNHCR)`):
# part of the name it follows, not an aside that ends a clause
ACRONYM_IN_PARENTHESES = re.compile(r"\(\s*[A-ZÀ-Ý][\w.&-]*\s*\)")  # one capitalised word
FIRST_CLAUSE_WORDS = 12  # words of a sentence's first clause in which a connective ties it to the one before


def _in_first_clause(before: str) -> bool:
    """`before`, the sentence's text up to a connective, is its first clause: no colon, semicolon,
    parenthesis or dash, no relative word or conjunction that opens a clause of its own (`… è
    perfetto: coincidono, infatti, con…`, `…, che però sono stati intercettati`), and at most
    `FIRST_CLAUSE_WORDS` words (`…, abdicando dunque alla…` deep in a long sentence), a name's short
    form in parentheses being no clause's end (`L'Osservatorio … (OPAL) di Brescia ha infatti…`): a connective
    there ties what the sentence says to its own first clause, not to the sentence before."""
    before = ACRONYM_IN_PARENTHESES.sub("", before)  # `(OPAL)`: the name's short form, no aside
    words = [fold(word).casefold().rstrip("'’") for word in WORD.findall(before)]
    clauses = re.split(r"[:;()–—]|\s-\s", before)
    # a conjunction after a comma or right before the connective opens a clause (`…, e dunque`);
    # one between two nouns does not (`i delegati di Egitto e Israele, però,`)
    coordinated = [*re.findall(r",\s*(\w+)\s", before), *re.findall(r"(\w+)\W*$", before)]
    return (
        len(clauses) == 1
        and len(words) <= FIRST_CLAUSE_WORDS
        and not any(word in _CLAUSE_OPENERS for word in words)
        and not any(fold(word).casefold() in _CONJUNCTIONS for word in coordinated)
    )


_ORGANISATION_ROLES = frozenset(
    fold(word).casefold() for word in lang.union(lambda language: language.organisation_roles)
)
_TITLE_BEFORE_NAME = re.compile(  # `Il presidente Roberto Pella parla…`
    r"^[\"“«'‘(*_\s]*(?i:"
    + _LONGEST_ARTICLE_FIRST
    + r")(?P<role>[a-zà-ÿ-]+)\s+(?P<name>(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3})(?P<next>[a-zà-ÿ][\w'’]*)"
)


def organisation_unsaid(sentence: str) -> bool:
    """It opens on a definite title before a name (`Il presidente Roberto Pella parla di uno
    "spirito costruttivo…"`), a role that says whom the person serves only with their organisation
    (`organisation_roles`), with no complement right after the name (`…, dell'Anci`, an apposition
    after a comma, is not judged) and no other name outside quotation marks in the sentence: of
    what they are president was said in a sentence the briefing does not show. Another name in
    the sentence (`Il presidente Sergio Mattarella ha ricevuto al Quirinale…`) may say it."""
    match = _TITLE_BEFORE_NAME.match(sentence)
    if match is None or fold(match["role"]).casefold() not in _ORGANISATION_ROLES:
        return False
    following = fold(match["next"]).casefold()
    elided = following.split("'")[0] + "'" if "'" in following else following
    if elided in PREPOSITIONS:
        return False  # `Il presidente Roberto Pella dell'Anci`
    rest = outside_quotes(sentence[match.end("name") :])
    return not re.search(r"[A-ZÀ-Ý]", rest)


_THAT_YEAR = Lowercase(r"(?<!\w)(?:" + lang.alternatives(lambda language: language.that_year) + r")(?!\w)")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def year_named_before(statement: str) -> bool:
    """A year the statement calls only `that year` (`a Marzo di quell'anno`, `in March of that
    year`), in any of its sentences, with no year written before it: which year it is was said in
    a sentence the briefing does not show."""
    text = typewriter_quotes(statement)
    match = _THAT_YEAR.search(text)
    return match is not None and _YEAR.search(text[: match.start()]) is None


def is_question(sentence: str) -> bool:
    """An interviewer's question, or a rhetorical one: it asks rather than reports."""
    return sentence.rstrip("\"”»’')]*_ ").rstrip(".").rstrip("\"”»’')]*_ ").endswith("?")  # `«…?».`


def question_and_answer(statement: str, first: str) -> bool:
    """A question, then the answer quoted after it (`Teme …? «Ne ho già ricevuti…»`): how the offline
    engine quotes an interview's answer (`rules/interview.py`)."""
    answer = statement[len(first) :].lstrip(" *_")
    return bool(answer) and answer[0] in '«“"' and is_question(first) and statement.startswith(first)


def prompt_and_answer(statement: str, first: str) -> bool:
    """A line with no quotation mark that is no question, then an answer quoted after it
    (`Resta il fatto che lei ha sollecitato quel provvedimento. «Io sollecito sempre tutto…»`): how
    the offline engine quotes an interview's answer under an interviewer's line that asks with no
    question mark (`rules/interview.py`). Printed under the interviewee's name, the line would read
    as theirs; printed without it, no one is shown to answer."""
    answer = statement[len(first) :].lstrip(" *_")
    return (
        bool(answer)
        and answer[0] in "«“"
        and statement.startswith(first)
        and not is_question(first)
        and _QUOTATION_MARK.search(first) is None
        and first.rstrip(" *_").endswith((".", "…"))
    )


_VOCATIVE = re.compile(r"^[*_\s]*(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}[A-ZÀ-Ý][\w'’.-]*\s*,\s*")


def _without_vocative(question: str) -> str:
    """A question without the capitalised words it opens on to call whom it asks (`Sindaco Marco
    Gallo, si sente coinvolto?` → `si sente coinvolto?`)."""
    return _VOCATIVE.sub("", question, count=1)


def bare_reply(sentence: str) -> bool:
    """A sentence that opens on a bare reply of its own (`Sì, sì. So quel che dice…`, `No. Il
    governo…`, `Of course. Senator…`; `bare_replies`), before more words or none: an interview's
    answer whose question is not shown. Not a reply word that goes on with its sentence after a
    comma (`Certo, il governo…`), nor `No.` before a number (`No. 10 Downing Street`)."""
    return _BARE_REPLY.match(sentence) is not None


def announces_what_follows(statement: str) -> bool:
    """The statement ends on a sentence that announces what follows it and holds none of it: on a
    colon (`… le parole di Hillary Clinton:`), or a sentence that says so in words (`Ecco cosa ha
    detto.`, `… ha dichiarato quanto segue.`, `Here is what he said.`; `forward_references`),
    unless a quotation before it in the statement is what it sums up (`«…». Queste le sue
    parole.`)."""
    text = statement.rstrip("*_ \t\r\n")
    if text.endswith(":"):
        return True
    starts = sentence_starts(text)
    start = starts[-1] if starts else 0
    last = text[start:].rstrip("*_ ").rstrip(".!…").rstrip("*_ ")
    return _FORWARD.match(last) is not None and _QUOTATION_MARK.search(text[:start]) is None


def lead_on_headline(sentence: str) -> bool:
    """An article's lead (the caller knows it is one) that opens on a verb whose subject is left
    unsaid (`E' il primo giocatore della Major League a…`, `È stato arrestato ieri…`, `Ha vinto…`:
    `standalone.opens_on_subjectless_verb`) and names no one who could be that subject: the
    headline above it named whom it is about, and the briefing prints no headline over it. A name
    a preposition governs (`della Major League`, `a Milano`) is a complement; any other name, body
    of the country or people (`È la Juventus a vincere…`, `… battendo in finale Novak Djokovic`)
    may be its subject, and the sentence is left to the other rules; so is a quotation, which its
    speaker says."""
    text = sentence.lstrip(" *_\t\r\n")
    if not text or text[0] in "\"“«‘'" or not opens_on_subjectless_verb(text):
        return False
    return not _named_outside_complements(outside_quotes(text))


def _named_outside_complements(text: str) -> bool:
    """A name past the first word of `text` that no preposition governs, or a body of the country
    or a people written in lower case that none does (`il governo`, not `dal governo`)."""
    governed = False  # right after a preposition, through its article and the name it governs
    for index, match in enumerate(WORD.finditer(text)):
        token = match.group(0)
        folded = fold(token).casefold()
        if folded in PREPOSITIONS:
            governed = True
        elif folded in NOUN_PHRASE or (governed and token[:1].isupper()):
            continue  # an article, or a name in a complement: `della Major League`
        elif token[:1].isupper():
            if index and folded not in COMMON_CAPITALS and folded not in CALENDAR_WORDS:
                return True
        else:
            if not governed and (folded in NATIONAL_BODIES or (DEMONYMS and folded.startswith(DEMONYMS))):
                return True
            governed = False
    return False


def asks_anywhere(statement: str) -> bool:
    """A question mark outside quotation marks in any of the statement's sentences (`Elezioni Usa.
    Ma è davvero democrazia?`, an interview's `Padre Paolo, quale ruolo può giocare l'Italia?Roma,
    …`): the reporter asks, or an answer follows its question; a speaker's question inside the
    marks is theirs."""
    return "?" in outside_quotes(statement)


_QUOTATION_MARK = re.compile(r'["“”«»]')


def closes_unopened_quotation(statement: str, earlier: str | None = None) -> bool:
    """The statement's first quotation mark closes a quotation (`…da una Sanctioned Person".`,
    `…sanzioni». Lo prevede…`): written right after a word and before a space, a punctuation mark
    or the end, or a closing glyph (`”`, `»`). The quotation was opened in a sentence the briefing
    does not show, and whose words these are with it. Where the article's text before the
    statement is known (`earlier`), that text must have opened a quotation it leaves open: a page
    that lost a quotation's opening mark (`Il Consiglio … presenta il suo profondo rammarico … delle
    vittime». Questo è il messaggio…`, nothing opened before it) has no earlier sentence to need."""
    text = typewriter_quotes(statement)
    mark = _QUOTATION_MARK.search(text)
    if mark is None:
        return False
    if earlier is not None and not _leaves_a_quotation_open(typewriter_quotes(earlier)):
        return False
    if mark.group(0) in "”»":
        return True
    if mark.group(0) != '"':
        return False
    before, after = text[: mark.start()], text[mark.end() :]
    return bool(before) and not before[-1].isspace() and (not after or not after[0].isalnum())


def _leaves_a_quotation_open(text: str) -> bool:
    """More quotations opened than closed in `text` (`lines.open_quotation`), or an odd number of
    straight double quotes."""
    return open_quotation(text) or text.count('"') % 2 == 1


_COMPLEMENT_NAME = re.compile(  # `… dell'Egitto`, `… a Roma`: a name in a complement, not a speaker
    r"(?<![\w'’])(?i:"
    + "|".join(sorted((re.escape(p) for p in PREPOSITIONS), key=len, reverse=True))
    + r")(?:(?<=['’])|\s+)(?P<name>[A-ZÀ-Ý][\w'’-]*)"
)
_SUBJECT_OPENERS = frozenset(
    fold(word).casefold() for word in lang.union(lambda language: language.noun_phrase_openers)
)
_VERB_WORDS = 3  # words after a quotation (`ha detto ancora`) before its verb's subject or complement


def quotation_names_no_speaker(statement: str, speaker: str | None = None) -> bool:
    """A statement that opens on a quotation whose reporting verb goes on with a complement, not a
    subject (`«Sarò il presidente di tutti» ha detto nel suo primo discorso da presidente
    dell'Egitto.`), and whose only names outside its marks stand after a preposition: who speaks
    was named in a sentence the briefing does not show. A subject after the verb (`… ha detto un
    portavoce di OpenAI`) is `unnamed_speaker`'s to judge; a name after a noun (`… ha detto in una
    nota il ministro Rossi`) is the speaker."""
    closings = list(re.finditer(r"[”»\"]", statement[1:]))  # the last: `"…" della salute "…", ha spiegato`
    if not closings:
        return False
    words = WORD.findall(statement[closings[-1].end() + 1 :])
    for word in words[: _VERB_WORDS + 1]:
        folded = fold(word).casefold()
        if word[:1].isupper() or folded in _SUBJECT_OPENERS:
            return False  # `», ha detto Rossi`, `», ha spiegato il capo dello Stato`
        if folded in PREPOSITIONS:
            break
    else:
        return False
    masked = _COMPLEMENT_NAME.sub(lambda match: match.group(0).lower(), statement)
    return nameless_quotation(masked, speaker)


def quotation_and_not_its_report(sentence: str) -> str:
    """A sentence that opens on a quotation, without the reporting clause after it (`«…», ha
    detto X al termine della riunione.`): under the speaker's name, that clause only says who spoke
    and on what occasion, and a definite noun there (`the meeting`) leaves nothing they said
    unread. Any other sentence, whole."""
    quotation = QUOTED.match(sentence.lstrip("*_ \t\r\n"))
    return quotation.group(0) if quotation else sentence


def unresolved_reference(sentence: str) -> bool:
    """A definite noun phrase that stands for something named before: one that counts (`i due
    “rottamatori”`, `the two men`), or one of `unresolved_nouns` / `shell_nouns` with nothing
    after it that says which (`l'analisi “inaccurata”`, `sull'ammissibilità.`)."""
    if _NUMBERED.search(sentence) or _SAME_NAMED.search(sentence):
        return True
    opening = _OPENING_NOUN.match(sentence)  # `L'attentato avviene…`, not `L'attentato di Mukalla`
    ordered = _ORDERED_NOUN.match(sentence)
    if (
        ordered
        and ordered["adjective"] in ORDERING_ADJECTIVES
        and fold(ordered["noun"]) in SHELL_NOUNS | UNRESOLVED_NOUNS
    ):
        return True
    if opening and fold(opening["noun"]) in UNRESOLVED_NOUNS:
        following = fold(opening["next"])
        elided = following.split("'")[0] + "'" if "'" in following else following
        if not (elided in PREPOSITIONS or opening["next"][:1].isupper() or not following):
            return True
    if any(fold(m["noun"]) in UNRESOLVED_NOUNS for m in _DEFINITE_NOUN.finditer(sentence)):
        return True
    return any(fold(m["noun"]).casefold() in UNRESOLVED_NOUNS for m in _UNIVERSAL_NOUN.finditer(sentence))


_REPLY_NOUNS = frozenset(fold(noun) for noun in lang.union(lambda language: language.reply_nouns))
_REPLY_TO = frozenset(fold(word) for word in lang.union(lambda language: language.reply_to))
_REPLY_WITHIN = 6  # words after an answer's noun in which it says what it answers


_DECISION_NOUNS = frozenset(fold(noun) for noun in lang.union(lambda language: language.decision_nouns))
_DECIDED = frozenset(fold(word) for word in lang.union(lambda language: language.decided_markers))
_DECIDED_WITHIN = 6  # words after a choice's noun in which it says what was chosen


def decision_unsaid(sentence: str) -> bool:
    """It opens on a choice and whose it is (`La decisione di Addis Abeba ha scatenato…`, `The
    decision by Rome…`) and says in its next words not what was chosen (`sulla diga`, `di
    costruire la diga`, `to build`): the choice was told in a sentence before."""
    opening = _OPENING_NOUN.match(sentence)
    if opening is None or fold(opening["noun"]).casefold() not in _DECISION_NOUNS:
        return False
    after = re.findall(r"[^\W\d_]+['’]?", outside_quotes(sentence[opening.start("noun") :]))[
        1 : 1 + _DECIDED_WITHIN
    ]
    return not any(
        fold(word).casefold() in _DECIDED
        or (INFINITIVE.fullmatch(word) and index and after[index - 1].rstrip("'’") in _OWNER_PREPOSITIONS)
        for index, word in enumerate(after)
    )


def answers_unsaid(sentence: str) -> bool:
    """It opens on an answer (`La risposta del ministro arriva nel 2010…`, `The reply came…`) and
    says in its next words not what it answers (`alla domanda di…`, `to the letter`): the question
    was asked in a sentence before."""
    opening = _OPENING_NOUN.match(sentence)
    if opening is None or fold(opening["noun"]).casefold() not in _REPLY_NOUNS:
        return False
    after = re.findall(r"[^\W\d_]+['’]?", outside_quotes(sentence[opening.start("noun") :]))[
        1 : 1 + _REPLY_WITHIN
    ]
    return not any(fold(word).casefold() in _REPLY_TO for word in after)


_TOLD_NOUNS = lang.words(lang.union(lambda language: language.told_nouns))
_DETERMINER = "|".join(re.escape(d) + ("" if d[-1] in "'’" else r"\s+") for d in DETERMINERS)
_OWNER_OF = lang.words(COMPLEMENTS)
_ROLE_WORD = lang.words(ROLE_HEAD_WORDS)
_TOLD = re.compile(  # `le parole di D'Alema`, `la richiesta di Tripoli`, `Rossi's request`
    rf"(?<![\w'’])(?i:{_DETERMINER})\s*(?i:{_TOLD_NOUNS})\s+(?i:{_OWNER_OF})\s*(?=[A-ZÀ-Ý]|(?:{_ROLE_WORD})\b)"
    rf"|(?<![\w'’])[A-ZÀ-Ý][\w-]*['’]s\s+(?i:{_TOLD_NOUNS})\b"
)
_CONTENT_OPENERS = frozenset(
    fold(word).casefold()
    for word in lang.union(lambda language: language.subordinators | language.infinitive_markers)
)
# whose the words are (`Rossi`, `presidente Neri`, `Dda di Palermo`), and an aside after (`, proposta da …,`)
_WHOSE = re.compile(rf"(?:\s*(?:(?i:{_OWNER_OF})\s*(?=[A-ZÀ-Ý]))?(?:[A-ZÀ-Ý][\w'’-]*|(?:{_ROLE_WORD})\b))+")
_ASIDE_AFTER = re.compile(r"\s*,[^,;:.!?]{1,80},")


def told_before(sentence: str) -> bool:
    """It names someone's words, statement or request by whose they are (`ha condiviso le parole di
    D'Alema`, `La richiesta di Tripoli arriva…`, `Rossi's request`) and holds nothing of them: no
    quotation or colon, and after whose they are (and an aside) no `che`/`that` clause, no
    infinitive (`to suspend`) nor complement that says what was asked (`di sospendere`, `di
    archiviazione`): they were told in a sentence before."""
    if CONTENT_MARK.search(sentence):
        return False
    for told in _TOLD.finditer(sentence):
        after = _WHOSE.match(sentence, told.end())
        position = after.end() if after else told.end()
        aside = _ASIDE_AFTER.match(sentence, position)
        position = aside.end() if aside else position
        following = re.findall(r"[^\W\d_][\w'’-]*", sentence[position:])[:2]
        folded = [fold(word).casefold() for word in following]
        if folded and folded[0] in _CONTENT_OPENERS:
            continue
        if len(folded) > 1 and folded[0].rstrip("'’") in _OWNER_PREPOSITIONS and following[1][:1].islower():
            continue
        return True
    return False


_RELATIONAL_NOUNS = frozenset(fold(noun) for noun in lang.union(lambda language: language.relational_nouns))


def relation_unsaid(sentence: str) -> bool:
    """It opens on a person by their tie to another (`Il primogenito, Muhammad Gheddafi, è…`, `La
    moglie Anna ha detto…`, `The son…`) with no complement right after that says whose (`La
    moglie di Marco Rossi`): whose kin they are was said in a sentence before."""
    opening = _OPENING_NOUN.match(sentence)
    if opening is None or fold(opening["noun"]).casefold() not in _RELATIONAL_NOUNS:
        return False
    following = fold(opening["next"]).casefold()
    elided = following.split("'")[0] + "'" if "'" in following else following
    return elided not in COMPLEMENTS


_CAPITALISED_OPENING = re.compile(  # `La First Couple ha deposto…`, `Il Premier ha detto…`
    r"^[\"“«'‘(*_\s]*(?i:"
    + _LONGEST_ARTICLE_FIRST
    + r")(?P<words>(?:[A-ZÀ-Ý][\w-]*\s+){1,3})(?P<next>[\w'’]*)"
)
_NOT_NAME_WORDS = frozenset(fold(w).casefold() for w in lang.union(lambda language: language.not_name_words))


def capitalised_role(sentence: str) -> bool:
    """A sentence that opens on a role or a shell noun written in capitals, in this language or
    another (`La First Couple ha deposto…`, `La First Lady ha visitato…`, `Il Premier ha detto…`),
    with no name among those capitals and no complement after them that says whose (`Il Presidente
    della Repubblica`): it stands for someone the article named before."""
    match = _CAPITALISED_OPENING.match(sentence)
    if match is None:
        return False
    words = [fold(word).casefold() for word in match["words"].split()]
    following = fold(match["next"]).casefold()
    elided = following.split("'")[0] + "'" if "'" in following else following
    nouns = ROLE_HEAD_WORDS | SHELL_NOUNS
    return (
        words[-1] in nouns
        and all(word in nouns | _NOT_NAME_WORDS for word in words)
        and following.islower()
        and elided not in PREPOSITIONS
    )


_STOPWORDS = lang.union(lambda language: language.stopwords)
_SOLE_ROLES = frozenset(fold(word).casefold() for word in lang.union(lambda language: language.sole_roles))
_CAPITALISED_ROLE_WITHIN = re.compile(  # `I sostenitori del Presidente non fanno…`
    r"(?<![\w'’])(?i:"
    + _before_a_word(DETERMINERS)
    + r")(?P<role>[A-ZÀ-Ý][a-zà-ÿ]+)(?:\s*(?=[.;:!?)]|,(?!\s*[A-ZÀ-Ý])|$)|\s+(?P<next>[a-zà-ÿ]+['’]?))"
)


def capitalised_role_within(sentence: str) -> bool:
    """A role written in capitals after an article, outside quotation marks, with neither a name
    nor a complement after it, but a function word or a stop (`I sostenitori del Presidente non
    fanno altro che…`, `ha incontrato il Premier.`): it stands for someone the article named
    before (`il Presidente Saleh`, `il Presidente, Ali Abdallah Saleh`, `il Presidente della
    Repubblica`, `il Presidente yemenita` say who; a role that one person holds, `del Papa`, needs
    no name)."""
    for match in _CAPITALISED_ROLE_WITHIN.finditer(outside_quotes(sentence)):
        if fold(match["role"]).casefold() not in ROLE_HEAD_WORDS - _SOLE_ROLES:
            continue
        if match.start() > 0 and match.group(0).lstrip(" \t(\"“«'‘*_")[:1].isupper():
            continue  # `Diego Lo Giudice`: a capitalised article inside a sentence is part of a surname
        following = fold(match["next"] or "").casefold()
        if not following or (following in _STOPWORDS and following not in COMPLEMENTS | PREPOSITIONS):
            return True
    return False


def first_person(sentence: str) -> bool:
    """`As President, I will…`, `my Administration…`, `ho deciso`: the sentence speaks as `I`
    outside its quotation marks, in the language its function words are written in (the Italian
    article `I` is no pronoun: `I Fratelli Musulmani hanno…`)."""
    tokens = [token.rstrip("'’") for token in WORD.findall(outside_quotes(sentence))]
    language = max(lang.ALL, key=lambda language: sum(t.casefold() in language.stopwords for t in tokens))
    for index, word in enumerate(tokens):
        if word in language.first_person_words:  # `I`, `my`, `ho`; not the article `i`
            return True
        if index == 0 and word.istitle() and word.lower() in language.first_person_words:  # `Ho`
            return True
    return False


_AGED = re.compile(  # `il 37enne`, `the 33-year-old`: a person by age, no name right after
    r"(?:^|[^\w'’])(?i:" + ARTICLE + r")(?:" + lang.alternatives(lambda language: language.age_nouns) + r")\b"
    r"(?!\s*,?\s*[A-ZÀ-Ý])"
)
_OBJECT_PRONOUN = Lowercase(
    r"(?:^|[^\w'’])(?:"
    + "|".join(language.object_pronouns for language in lang.ALL if language.object_pronouns)
    + r")\b"
)


def named_by_age(sentence: str) -> bool:
    """`Il trentatreenne di Fenegrò…`, `the 33-year-old`: a person the article named before, now
    called by age, with no name right after it."""
    return _AGED.search(outside_quotes(sentence)) is not None


def pronoun_object(sentence: str) -> bool:
    """An object pronoun before the sentence's first auxiliary (`L'avvocato lo descrive…`, `Il
    governo ne aveva messo in vendita…`): what it stands for is not in the sentence (after an
    auxiliary it may be: `Il ministro ha presentato il piano e lo ha difeso`), one in a relative
    clause set off by commas aside (`Foreign Policy, che ci ha dedicato un'analisi, lo ha chiamato…`)."""
    text = _RELATIVE_ASIDE.sub(",", outside_quotes(sentence))
    match = _OBJECT_PRONOUN.search(text)
    return match is not None and AUXILIARY.search(text[: match.start()]) is None


_RELATIVE_ASIDE = re.compile(
    r",\s*(?:" + lang.alternatives(lambda language: language.relative_pronouns) + r")\b[^,;:.]*,"
)
_BACK_POINTER = Lowercase(
    r"(?<!\w)(?:" + lang.alternatives(lambda language: language.back_pointers) + r")(?![\w'’])"
)


_SAME = re.compile(r"\b(?:" + _SAME_WORDS + r")\b", re.IGNORECASE)
_SHARED = Lowercase(
    r"(?<!\w)(?:" + lang.alternatives(lambda language: language.shared_markers) + r")(?![\w'’])"
)


def back_pointer(sentence: str) -> bool:
    """A word outside quotation marks that ties the sentence to what an earlier one said (`Sono
    così comparsi…`, `un'analoga ordinanza`, `commenti simili`, `poche ore dopo`, `In città…`,
    `later that evening`), wherever it stands. `The same` is not one where the sentence says the
    things it names share it (`usando lo stesso nome per le loro rispettive manifestazioni`)."""
    text = outside_quotes(sentence)
    shared = _SHARED.search(text) is not None
    return any(not (shared and _SAME.search(match.group(0))) for match in _BACK_POINTER.finditer(text))


VERBLESS_WORDS = 20  # words of a first sentence up to which one with no verb is a verbless line


def verbless(sentence: str, article: str = "") -> bool:
    """A short first sentence, outside any quotation, with no verb in the language its function
    words are written in (`Gol di Rossi al 32'.`, `Pari di Bianchi all'85'.`): an entry of a live
    blog or a list, which the lines before it explain. A line with no function word at all (`ENI
    Libia: sangue & petrolio.`, a post's headline) is read in the language of its `article`, where
    that is given, unless it names a day (`12 febbraio Muore Whitney Houston.`: a chronicle's entry
    tells its event). A language with no `verb_forms` is not judged."""
    text = outside_quotes(sentence)
    words = [word.rstrip("'’") for word in re.findall(r"[^\W\d_]+['’]?", text)]
    if not words or len(words) > VERBLESS_WORDS or text != sentence:
        return False
    hits = {language.code: sum(w.casefold() in language.stopwords for w in words) for language in lang.ALL}
    if not any(hits.values()) and article and not any(fold(w).casefold() in CALENDAR_WORDS for w in words):
        text_words = [word.casefold() for word in WORD.findall(article)]
        hits = {language.code: sum(w in language.stopwords for w in text_words) for language in lang.ALL}
    language = max(lang.ALL, key=lambda language: hits[language.code])
    if sorted(hits.values())[-2:-1] == [hits[language.code]]:
        return False  # as many function words of another language: not known to be this one's
    pattern = verb_form(language.verb_forms)
    qualifiers = _qualifying_participles(sentence, words, language)
    # a capitalised word inside the sentence is a name, not a verb (`Il Libano del sud`: not the
    # `-ano` of `parlano`); the first word is capitalised either way (`È morta a Milano…`)
    return pattern is not None and not any(
        (index == 0 or word.islower())
        and index not in qualifiers
        and not _an_adjective(word)
        and pattern.fullmatch(word.casefold())
        for index, word in enumerate(words)
    )


PARTICIPLE_LINE_WORDS = 10  # words of a line up to which a participle after its noun is no verb


def _qualifying_participles(sentence: str, words: list[str], language: lang.Language) -> set[int]:
    """Where a participle qualifies a noun (`La trama strappata della società egiziana.`, `Le chiese
    cristiane bruciate in varie parti del Paese.`, `Il rozzo Consiglio Supremo delle forze
    armate.`): a short line that opens on a definite article, with the participle right after the
    noun it opens on (and an adjective), or right after any lower-case noun of it, and no auxiliary
    anywhere (`L'anziana e' stata soccorsa` has one), nor a word whose accent is typed as an
    apostrophe (`L' istanza sara' rivalutata`: a verb). Empty otherwise."""
    participle = verb_form(language.participle_forms)
    auxiliary = re.compile(r"(?:" + language.auxiliaries + r")", re.IGNORECASE)
    tokens = [token.strip(",.;:!?").casefold() for token in sentence.split()]
    articles = tuple(language.definite_articles)
    elided = tuple(
        a
        for a in (*articles, *language.indefinite_articles, *language.articled_prepositions)
        if a[-1:] in "'’"
    )
    if (
        participle is None
        or len(words) > PARTICIPLE_LINE_WORDS
        or not tokens
        or not (tokens[0] in articles or tokens[0].startswith(tuple(a for a in articles if a[-1:] in "'’")))
        or any(auxiliary.fullmatch(token) for token in tokens)
        or any(token[-1:] in "'’" and token not in elided for token in tokens)
    ):
        return set()
    after_its_noun = {  # a lower-case word before it that is no function word: its noun (`forze armate`)
        index
        for index in range(2, len(words))
        if words[index - 1].islower() and words[index - 1].casefold() not in language.stopwords
    }
    return {
        index
        for index in {2, 3} | after_its_noun
        if index < len(words) and words[index].islower() and participle.fullmatch(words[index])
    }


_INDEFINITE_ARTICLES = frozenset(  # of a language whose verbs are known: `A quiet deal, which…` is not judged
    fold(article).casefold()
    for language in lang.ALL
    if language.verb_forms
    for article in language.indefinite_articles
)
_RELATIVE_PRONOUNS = frozenset(
    fold(pronoun).casefold() for language in lang.ALL for pronoun in language.relative_pronouns.split("|")
)
RELATIVE_HEAD_WORDS = 12  # words of a noun phrase before the relative clause that is all it says
_NOUN_BEFORE = frozenset(  # after an article or a preposition a word is no finite verb
    word.rstrip("'’").casefold() for word in (*DETERMINERS, *PREPOSITIONS, *_INDEFINITE_ARTICLES)
)
_GOES_ON = re.compile(r"[:;]")  # what follows may be a clause of its own, with a verb not known
_OWNER_PREPOSITIONS = frozenset(  # `Ufficio di …`, `Office of …`: whose the opening noun is
    word.rstrip("'’").casefold() for language in lang.ALL for word in language.noun_complements
)
_FUNCTION_WORDS = frozenset(word.casefold() for language in lang.ALL for word in language.stopwords)


_OPENING_DEFINITES = frozenset(  # of a language whose verbs are known: `I Fratelli Musulmani, …, che…`
    fold(article).casefold()
    for language in lang.ALL
    if language.verb_forms
    for article in language.definite_articles
)
# the words that open a fragment, as a sentence's first word is read (elided `un'` as `un`)
_OPENING_INDEFINITES = frozenset(a.rstrip("'’") for a in _INDEFINITE_ARTICLES)
_OPENING_ARTICLES = _OPENING_INDEFINITES | frozenset(a.rstrip("'’") for a in _OPENING_DEFINITES)


def _bare_noun_opening(words: list[str]) -> bool:
    """`Repubblica presidenziale che…`: a capitalised first word that is no function word, before a
    lower-case one (an adjective), the way a noun with no article opens a fragment."""
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].casefold() not in _FUNCTION_WORDS
        and words[1][:1].islower()
        and words[1].casefold() not in _FUNCTION_WORDS
        and not _a_verb(words[1])
    )


def verbless_before_relative(sentence: str) -> bool:
    """A noun phrase with no verb, opened by an article (or a bare noun: `Repubblica presidenziale
    che concentra tutti i poteri…`), and then nothing but relative clauses (`Un'oppressione morbida
    non sgradita all'Occidente, che nel solido rais ha sempre visto un baluardo…`, `Una legge che
    prevede nuovi moli…`, `Un accordo allora fondamentale per Rossi e Bianchi che, intervenuti…,
    potevano dimostrare … che alcuni … le possedevano`): each finite verb is the first of a clause a
    relative pronoun opens, so the sentence has no main clause of its own; it goes on from the one
    before it. A verb that no relative pronoun opens is the main clause's (`Un uomo, che era
    ricercato, è stato arrestato`); a sentence with a colon or a semicolon may go on in a clause
    whose verb the lists do not know, and is not judged.
    """
    text = sentence.strip(" *_")
    if outside_quotes(text) != text or _GOES_ON.search(text):
        return False
    words = [word.rstrip("'’") for word in re.findall(r"[^\W\d_]+['’]?", text)]
    if not words or not (fold(words[0]).casefold() in _OPENING_ARTICLES or _bare_noun_opening(words)):
        return False
    relatives = [index for index, word in enumerate(words) if fold(word).casefold() in _RELATIVE_PRONOUNS]
    if not relatives or not 2 <= relatives[0] <= RELATIVE_HEAD_WORDS:
        return False
    open_clauses, after_verb = 0, False
    for index, word in enumerate(words[1:], start=1):
        if fold(word).casefold() in _RELATIVE_PRONOUNS:
            open_clauses, after_verb = open_clauses + 1, False
            continue
        finite = (
            _a_verb(word)
            and not _PARTICIPLE.fullmatch(word)
            and not INFINITIVE.fullmatch(word)
            and words[index - 1].casefold() not in _NOUN_BEFORE  # `di massa`: a noun, not `-ssa`
        )
        if finite and not after_verb:  # `si è`, `ha sempre`: one verb, the first of its clause
            if not open_clauses:
                return False  # a verb no relative pronoun opens: the main clause's
            open_clauses -= 1
        after_verb = finite
    return True


_EDITION = re.compile(  # `I Fratelli Musulmani in Egitto (Edizioni Ananke, 2011)`: a title, then its edition
    r"^[\"“«'‘*_\s]*(?P<title>[^()\"“”«»]{3,120}?)\s*\((?P<edition>[^()]*,[^()]*\b(?:1[5-9]|20)\d\d)\s*\)"
)


def _verbless(text: str) -> bool:
    """No finite verb among the lower-case words of `text` (a participle or an infinitive is none)."""
    words = [word.rstrip("'’") for word in re.findall(r"[^\W\d_]+['’]?", text)]
    return not any(
        word.islower()
        and _a_verb(word)
        and not _PARTICIPLE.fullmatch(word)
        and not INFINITIVE.fullmatch(word)
        for word in words
    )


def title_cut_short(sentence: str, before: str) -> bool:
    """A book's title and its edition in parentheses, with no verb before them (`I Fratelli
    Musulmani in Egitto (Edizioni Ananke, 2011), con la prefazione di…, si occupa…`), right after a
    sentence with no verb of its own (`Il libro di Paolo Gonzaga, Islam e democrazia.`): the
    sentence was cut at a full stop inside the title, and the book it speaks of is named in the
    part before, which the briefing does not show."""
    edition = _EDITION.match(sentence)
    if edition is None or not _verbless(edition["title"]):
        return False
    told = before.rstrip()
    if not told.endswith("."):
        return False
    last = re.split(r"(?<=[.!?])\s+", told[:-1].rstrip())[-1]
    return len(re.findall(r"[^\W\d_]+", last)) >= 2 and _verbless(last)


HEADING_ITEM_WORDS = 12  # words of a numbered line up to which it is a heading over its paragraph
_ITEM_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$")  # `\n2. ` right before it


def numbered_heading(statement: str, before: str, article: str) -> bool:
    """A short statement of one sentence, the whole of a line that an item's number opens, over a
    paragraph that no number opens (`2. Gheddafi sta "bombardando la sua stessa gente".`, over the
    paragraph that weighs the claim): the heading of a numbered list, whose words are what its
    item discusses, not what the article tells. A list of short items, each over the next one, says
    what each says; so does a chronicle's entry, which opens on its day (`50) 25 agosto Muore
    Neil Armstrong.`). Only where the line is found in its `article`."""
    if not _ITEM_NUMBER_BEFORE.search(before) or statement.strip() != first_sentence(statement).strip():
        return False
    text = statement.strip(" *_")
    if text[:1].isdigit() or fold(text.split(" ", 1)[0]).casefold() in CALENDAR_WORDS:
        return False
    if len(re.findall(r"[^\W\d_]+", text)) > HEADING_ITEM_WORDS:
        return False
    at = article.find(text)
    if at < 0 or article[at + len(text) : at + len(text) + 1] not in ("\n", "\r"):
        return False  # not found, or the line goes on after it
    paragraph = article[at + len(text) :].lstrip().split("\n", 1)[0]
    return len(paragraph.split()) > 2 * HEADING_ITEM_WORDS and not re.match(r"\s*\d{1,3}\s?[.)]", paragraph)


PARTICIPLE_WITHIN = 3  # words after a fragment's first noun where its participle stands
# a past participle, regular or not (`realizzato`, `scritto`, `preso`, `morto`, `scelto`), or a gerund
_ANY_PARTICIPLE = re.compile(r"\w+(?:at|ut|it|ss|st|rt|lt|tt|rs|ps|ors|es|is)[oaie]|\w+(?:ando|endo)")


def participle_fragment(sentence: str) -> bool:
    """A noun phrase opened by an indefinite article whose noun a participle qualifies, and no
    finite verb anywhere outside quotation marks, however long it runs (`Un diario/reportage
    scritto dal Sinai … a partire dal 25 gennaio 2011, … attingendo a una vasta gamma di fonti…: Tv
    satellitari…`): a list's item, or a description of what the sentence before named, cut from
    it. A participle (`scritto`), a gerund (`attingendo`) or an infinitive (`partire`) is no finite
    verb; a verb after the phrase (`… racconta la guerra`) makes it a sentence."""
    text = sentence.strip(" *_")
    if outside_quotes(text) != text:
        return False
    words = [word.rstrip("'’") for word in re.findall(r"[^\W\d_]+['’]?", text)]
    if len(words) < 3 or fold(words[0]).casefold() not in _OPENING_INDEFINITES:
        return False
    if not any(
        _ANY_PARTICIPLE.fullmatch(word) and word.islower() for word in words[2 : 2 + PARTICIPLE_WITHIN]
    ):
        return False
    return not any(
        word.islower()
        and _a_verb(word)
        and not _PARTICIPLE.fullmatch(word)
        and not INFINITIVE.fullmatch(word)
        and words[index - 1].casefold() not in _NOUN_BEFORE  # `di massa`: a noun, not `-ssa`
        for index, word in enumerate(words)
        if index
    )


def verbless_owner_line(sentence: str) -> bool:
    """A line, however long, that opens on a bare noun and whose it is (`Ufficio di Marco Bellini,
    capo di gabinetto della giunta…`, `Sede della Rossi Spa, …`: what a page sets over a quotation,
    like a dateline) and has no finite verb, outside any quotation, in the language its function
    words are written in: it names whose words follow and says nothing itself. A participle
    (`finito agli arresti`) is no finite verb; a language with no `verb_forms` is not judged."""
    text = sentence.strip(" *_")
    if outside_quotes(text) != text:
        return False
    words = [word.rstrip("'’") for word in re.findall(r"[^\W\d_]+['’]?", text)]
    if len(words) < 3 or not (words[0][:1].isupper() and words[2][:1].isupper()):
        return False
    owner = words[1].islower() and words[1] in _OWNER_PREPOSITIONS  # `Salvatore Di Carlo`: a surname
    if not owner or words[0].casefold() in _FUNCTION_WORDS:
        return False
    hits = {language.code: sum(w.casefold() in language.stopwords for w in words) for language in lang.ALL}
    language = max(lang.ALL, key=lambda language: hits[language.code])
    pattern = verb_form(language.verb_forms)
    return pattern is not None and not any(
        word.islower() and pattern.fullmatch(word) and not _PARTICIPLE.fullmatch(word) for word in words
    )


HEADING_WORDS = 6  # words at a sentence's start within which a run-in heading ends


def heading_run_in(sentence: str) -> bool:
    """A heading the page set over its paragraph, run into the sentence's first words when the
    lines were joined: a capitalised function word that opens the sentence proper right after a
    capitalised word with no stop between (`Il derby di Rossi In questo contesto, Rossi ha…`), the
    function words of the language the sentence is written in, or a name written twice (`Annibale
    Annibale Conti è…`). Not a name that opens on a function word
    (`Ignazio La Russa`, `Le Monde`: a capital after it), a one-letter word (`Serie A maschile`),
    a post's author (`@handle La gente…`), nor a chronicle's day (`10 gennaio La timeline…`)."""
    tokens = sentence.strip(" *_").split()
    if len(tokens) > 2 and tokens[0][:1].isupper() and tokens[0] == tokens[1]:
        return True
    hits = {language.code: sum(t.casefold() in language.stopwords for t in tokens) for language in lang.ALL}
    language = max(lang.ALL, key=lambda language: hits[language.code])
    for index in range(1, min(len(tokens) - 1, HEADING_WORDS)):
        word, before, after = tokens[index], tokens[index - 1], tokens[index + 1]
        if (
            len(word) > 1
            and word[:1].isupper()
            and word.casefold() in language.stopwords
            and after[:1].islower()
            and any(letter.isupper() for letter in before)
            and before[-1:].isalpha()  # no stop, no comma, no quotation mark between
            and not before[:1].isdigit()
            and not tokens[0].startswith("@")
            and fold(before).casefold() not in CALENDAR_WORDS
        ):
            return True
    return False


def infinitive_fragment(sentence: str) -> bool:
    """A sentence, outside any quotation, that opens on an infinitive and has no finite verb after
    it in that infinitive's language (`Sorreggere Camp David con il proprio peso, il proprio ruolo,
    il proprio controllo del paese arabo più importante.`): a fragment whose subject and point are
    in the sentence before. Only an infinitive with its object or complement right after it is
    read (`Bandiere israeliane…` is a noun); an infinitive that is the subject of a verb
    (`Trovare un accordo sarà difficile`) has one; a participle (`garantito`) is none."""
    text = outside_quotes(sentence).strip(" *_")
    if text != sentence.strip(" *_"):
        return False
    tokens = [word.rstrip("'’") for word in re.findall(r"[^\W\d_]+['’]?", text)]
    if len(tokens) < 2 or not tokens[0][:1].isupper():
        return False
    for language in lang.ALL:
        infinitive, pattern = verb_form(language.infinitive_forms), verb_form(language.verb_forms)
        if infinitive is None or pattern is None or not infinitive.fullmatch(tokens[0].casefold()):
            continue
        following = fold(tokens[1]).casefold()
        if not (tokens[1][:1].isupper() or following in language.noun_phrase_openers | language.prepositions):
            return False  # `Criticare non equivale…`, `Bandiere israeliane esposte…`: no object after it
        return not any(
            word.islower()
            and pattern.fullmatch(word)
            and not infinitive.fullmatch(word)
            and not _PARTICIPLE.fullmatch(word)
            for word in tokens[1:]
        )
    return False


_PARTICIPLE = re.compile(r"\w+(?:at|ut|it)[oaie]|\w+(?:ando|endo)")  # not finite: `realizzati con…`
_MAIN_CLAUSE_END = re.compile(r"[,;:()«»“”\"–—]|\s-\s|\b(?:che|cui|who|which|that)\b")


def verbless_addition(sentence: str) -> bool:
    """A main clause with no finite verb that adds its subject to others with `anche` (`Fra i
    finanziatori anche l'Iclas di Rapallo…`, `Visibili anche i costumi realizzati…`): an entry of
    a list an earlier sentence opened. A participle (`realizzati`) is no finite verb; a name before
    `anche` is the clause's subject (`Luna Rossa avanti con un buon margine anche al termine…`)."""
    clause = _MAIN_CLAUSE_END.split(outside_quotes(sentence).strip(" *_"), maxsplit=1)[0]
    tokens = [word.rstrip("'’") for word in re.findall(r"[^\W\d_]+['’]?", clause)]
    # a capitalised word inside the clause is a name, not a verb (`Mariano`: not the `-ano` of `parlano`)
    words = [token.casefold() for index, token in enumerate(tokens) if index == 0 or token.islower()]
    for language in lang.ALL:
        pattern = verb_form(language.verb_forms)
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


def why_not_alone(
    statement: str,
    before: str = "",
    speaker: str | None = None,
    speaker_shown: bool = False,
    introduced: Iterable[str] = (),
    earlier: str = "",
    article: str = "",
    known: frozenset[str] = frozenset(),
) -> str | None:
    """Why `statement` cannot be printed alone (None when it can): `before` is the source's text
    right before its quote, `speaker` whom the engine found quoted; `speaker_shown` when the
    briefing prints the speaker's name beside it (who said what, a key point prefixed with it);
    `introduced`, the people the article named in full before the statement; `earlier`, the
    article's body before it; `article`, its source's whole text; `known`, the surnames (folded)
    of the people the news names in full in many sources, whom the reader knows by surname."""
    statement = typewriter_quotes(statement)
    first = first_sentence(statement)
    if speaker_shown and question_and_answer(statement, first):
        # an interview's question and the interviewee's answer under their name: the answer reads
        # from its question, and the question from no sentence before unless it points back
        strength = points_back(first, before)
        if strength:
            return f"points back ({strength})"
        if names_nothing(_without_vocative(first)):
            return "a question that names nothing but whom it asks: what it asks about was said before"
        return None
    if prompt_and_answer(statement, first):
        return INTERVIEWERS_LINE  # `Resta il fatto che lei ha sollecitato… «Io sollecito…»`
    if statement.lstrip("*_ ").startswith("("):
        return ASIDE  # `(Un riferimento va ai recentissimi 'Freccia'…)`
    if _REPLY.match(first):
        return REPLY  # `Caro Marco, se ci atteniamo all'Enciclica suindicata…`
    if heading_run_in(first):
        return HEADING_RUN_IN  # `Il derby di Rossi In questo contesto, …`: page furniture
    if bare_reply(statement):
        return BARE_REPLY  # `Sì, sì. So quel che dice…`: the interviewer's question is not shown
    if closes_unopened_quotation(statement, earlier if article else None):
        return "ends a quotation that an earlier sentence opened"
    if announces_what_follows(statement):
        return FORWARD_REFERENCE  # `… le parole di Hillary Clinton:`, `Ecco cosa ha detto.`
    strength = points_back(first, before)
    if strength == "strong":
        return f"points back ({strength})"
    if article and not earlier.strip() and lead_on_headline(first):
        return LEAD_ON_HEADLINE  # `E' il primo giocatore a…` under `Ohtani nella storia`
    if strength:
        return f"points back ({strength})"
    if _ANSWER.match(first):
        return "answers its headline"
    if _NARROWING.match(first):
        return "opens on a connective that narrows the sentence before"
    # a speaker's `questo sforzo` is theirs; under the speaker's name, so is `Alla domanda su questa …`
    if not speaker_shown and opens_on_anaphor(outside_quotes(first).strip(" ,")):
        return "a demonstrative in its opening clause"
    if is_question(first) or asks_anywhere(statement):
        return "a question"  # `Elezioni Usa. Ma è davvero democrazia?`: it asks, the answer is elsewhere
    if headline_quotation(first):  # `I Fratelli musulmani: “Reagiremo”.`: a deck's, whoever is shown
        return "a headline's short quotation: what it answers is in the story under it"
    if not speaker_shown and nameless_quotation(statement, speaker):
        return "a quotation that names no speaker"
    if not speaker_shown and quotation_names_no_speaker(statement, speaker):
        return "a quotation whose speaker is named in no word of it"
    if not speaker_shown and unnamed_speaker(first, speaker):
        return "a speaker named only by a common noun"
    # under the speaker's name, what a quotation's reporting clause names is only the occasion
    said = quotation_and_not_its_report(first) if speaker_shown else first
    if unresolved_reference(said):
        return "a definite noun phrase whose referent is not in the statement"
    if not speaker_shown and interposed_connective(first):  # a speaker's `ha inoltre chiarito` adds to theirs
        return "a connective inside it that ties it to the sentence before"
    if organisation_unsaid(first):
        return "a title before a name that does not say of what"
    if answers_unsaid(first):
        return "an answer to a question it does not hold"
    if decision_unsaid(first):
        return "a choice whose content it does not hold"
    if told_before(first):
        return "words told before that it does not hold"
    if relation_unsaid(first):
        return "a person named by their tie to someone named before"
    if not speaker_shown and capitalised_role(first):  # under the speaker's name, it is them
        return "a role written in capitals that stands for someone named before"
    if not speaker_shown and capitalised_role_within(first):
        return "a role written in capitals that stands for someone named before (within)"
    if (
        shortened_name(first, introduced)
        or later_sentence_on_shortened_name(statement, introduced)
        or articled_surname(first, earlier)
    ):
        return SHORTENED_NAME
    if epithet_unnamed(statement, article, introduced, known):
        return EPITHET
    if given_definite(said, earlier):
        return "a definite noun phrase whose referent is not in the statement (named before)"
    if definite_named_before(said, earlier):
        return "a definite noun phrase whose referent is not in the statement (named before, within)"
    if named_by_name_before(said, earlier):
        return "a definite noun phrase whose referent is not in the statement (named by its name before)"
    if earlier.strip() and repeated_from_sentence_before(first, before):
        return "a definite noun phrase whose referent is not in the statement (the sentence before's)"
    if earlier.strip() and introduced_earlier(said, earlier):
        return "a definite noun phrase whose referent is not in the statement (introduced before)"
    # a line of its own is read in its article's language (not `Huawei (… Co. Ltd.) è…`, cut short)
    alone_line = statement.strip() == first.strip()
    if not speaker_shown and verbless(
        first, article if alone_line else ""
    ):  # under the speaker's name, theirs
        return "a verbless line, which the lines before it explain"
    if verbless_owner_line(first):  # no one's words: it says whose the words that follow are
        return "a verbless line, which the lines before it explain (it says whose the next words are)"
    if not speaker_shown and verbless_before_relative(first):
        return "a verbless line, which the lines before it explain (a relative clause is all it says)"
    if infinitive_fragment(first):
        return "a fragment that opens on an infinitive, with no verb of its own"
    if numbered_heading(statement, before, article):
        return "a numbered heading: the title of what its list item discusses"
    if title_cut_short(first, before):
        return "a title cut short at its own full stop: the book it speaks of is named before it"
    if participle_fragment(first):
        return "a fragment: a noun and a participle phrase with no verb of its own (a list's item)"
    if not speaker_shown and verbless_addition(first):
        return "a verbless line, which the lines before it explain (it adds to them)"
    if later_demonstrative(statement):
        return "a demonstrative after its first sentence that points at what it does not show"
    if year_named_before(statement):
        return "a year named only as that year: which one was said before it"
    if back_pointer(first):
        return "a demonstrative that points back (a word that ties it to the sentence before)"
    if plural_possessive_unnamed(first):
        return "a pronoun that stands for something named before (people it calls their)"
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
    if DISTAL.search(outside_quotes(first)):  # the reporter's `quegli attacchi`, under any speaker's name
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


_PLURAL_WORDS = {
    language.code: re.compile(r"(?<![\w'’])(?:" + language.plural_words + r")(?![\w'’])", re.IGNORECASE)
    for language in lang.ALL
}


def plural_possessive_unnamed(sentence: str) -> bool:
    """A plural possessive or pronoun outside quotation marks (`loro`, `their`) with no word before
    it in the sentence that speaks of several (`Amnesty International sostiene il loro diritto di
    "guidare verso la libertà".`): the people it stands for were named in a sentence before.
    Several before it (`I medici … il loro lavoro`, `Rossi e Bianchi hanno … il loro libro`) own it."""
    text = outside_quotes(sentence)
    for word in WORD.finditer(text):
        folded = fold(word.group(0)).casefold()
        for language in lang.ALL:
            if folded in language.plural_possessives:
                return _PLURAL_WORDS[language.code].search(text[: word.start()]) is None
    return False


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
    words = list(WORD.finditer(first))
    for index, match in enumerate(words):
        pointing = ANAPHOR_OPENERS.match(first[match.start() :])  # not `questa settimana`
        if fold(match.group(0)).casefold() not in DEMONSTRATIVES or not pointing:
            continue
        before = fold(first[: match.start()]).casefold()
        following = [w.group(0) for w in words[index + 1 : index + 1 + DEMONSTRATIVE_NOUN_WORDS]]
        nouns = [fold(w).casefold() for w in following if w.islower() and len(w) >= 4]
        if nouns and not any(_stem(noun) in before for noun in nouns):
            return nouns[0]
    for distal in DISTAL.finditer(first):  # `quegli attacchi`, `quell'accordo`
        noun = fold(WORD.findall(distal.group(0))[-1]).casefold()
        if _stem(noun) not in fold(first[: distal.start()]).casefold():
            return noun
    return None


_DETERMINER_DEMONSTRATIVES = frozenset(
    fold(word).casefold() for word in lang.union(lambda language: language.determiner_demonstratives)
)
_PAGE_OBJECTS = frozenset(
    fold(word).casefold() for word in lang.union(lambda language: language.page_objects)
)


def later_demonstrative(statement: str) -> str | None:
    """A sentence after the statement's first that opens on a demonstrative with a thing its page
    shows besides its text, which the statement has not named before it (`… nella capitale Sanaa.
    Questo filmato, dell'utente…, è stato girato…`, `Questo articolo non è più commentabile.`): it
    points at what a briefing cannot show. The noun, or None. A demonstrative with another noun
    (`Questa sfida letale…`, `Questa considerazione…`) mostly sums up the sentence before it, which
    the statement holds; one that points at a clause (`Tale progetto…`, `Ciò…`) or stands alone
    (`Questo è…`, `Questi, con…`) is not read (`determiner_demonstratives`, `page_objects`)."""
    text = typewriter_quotes(statement)
    for start in sentence_starts(text):
        sentence = text[start:].lstrip(" *_\"“«'‘")
        words = WORD.findall(sentence)[:2]
        if len(words) < 2 or fold(words[0]).casefold() not in _DETERMINER_DEMONSTRATIVES:
            continue
        noun = fold(words[1]).casefold()
        if noun in _PAGE_OBJECTS and _stem(noun) not in fold(text[:start]).casefold():
            return noun
    return None


def _stem(noun: str) -> str:
    """A noun's first letters, which its other forms share (`credibilità`, `credibile`)."""
    return noun[: max(4, len(noun) - 3)]
