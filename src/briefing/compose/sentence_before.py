"""What ties a statement to a sentence before it that the briefing does not show (`compose/alone.py`):
a person the article named in full before, now by surname or first name alone (`Segù ha posto
l'accento…`), or by an epithet instead of a name (`le truppe del Colonnello`); a definite noun the
article used or introduced before (`La mappa è il risultato…`, `un attacco alla piattaforma`), or
that the sentence right before wrote too (`… della banca tedesca.` + `Lo Stato tedesco è nel
capitale della banca…`); a demonstrative (`in quelle aree`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

from briefing import lang
from briefing.compose.statement_text import (
    ARTICLE,
    AUXILIARY,
    CALENDAR_WORDS,
    CLAUSE_CONJUNCTIONS,
    COMPLEMENTS,
    DEMONSTRATIVES,
    DEMONYMS,
    DETERMINERS,
    INDEFINITE_ARTICLES,
    INFINITIVE,
    LONG_STOPWORDS,
    NOT_NOUNS,
    PREPOSITIONS,
    RESTRICTIVE,
    ROLE_HEAD_WORDS,
    SHELL_NOUNS,
    TIME_WORDS,
    WORD,
    outside_quotes,
    sentence_starts,
)
from briefing.lang import fold
from briefing.rules.actors import ActorIndex
from briefing.rules.lexicon import (
    ANAPHOR_OPENERS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    ORG_HEADS,
    Lowercase,
)


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


_SURNAME_ARTICLES = sorted(lang.union(lambda language: language.surname_articles))
_ARTICLED_SURNAME = (
    re.compile(
        r"(?<![\w'’])(?i:"
        + "|".join(map(re.escape, _SURNAME_ARTICLES))
        + r")\s+(?P<surname>[A-ZÀ-Ý][a-zà-ÿ]{2,})\b(?!\s+[A-ZÀ-Ý])"
    )
    if _SURNAME_ARTICLES
    else None
)


def articled_surname(sentence: str, earlier: str) -> str | None:
    """A bare surname after an article (`la Accursio ha scritto…`), outside quotation marks, of a
    person whom the article's `earlier` text named in full (`FloraSol Accursio`): who that is was
    said before. None otherwise, and for a name the engine did not take for a person's."""
    if _ARTICLED_SURNAME is None:
        return None
    for match in _ARTICLED_SURNAME.finditer(outside_quotes(sentence)):
        surname = match["surname"]
        for full in re.finditer(r"(?<![\w'’-])([A-ZÀ-Ý][^\W\d_]+)\s+" + re.escape(surname) + r"\b", earlier):
            if person_name(full.group(0)) and full.group(1) not in FUNCTION_WORDS:
                return surname
    return None


_EPITHETS = frozenset(fold(word).casefold() for word in lang.union(lambda language: language.person_epithets))
_EPITHET = re.compile(  # `del Colonnello`, `al raìs`, `l'ex rais`, `the Colonel`, and the words after it
    r"(?<![\w'’])(?i:"
    + "|".join(re.escape(d) if d[-1] in "'’" else re.escape(d) + r"\s+" for d in DETERMINERS)
    + r")(?:(?i:ex)[\s-]+)?(?P<epithet>[^\W\d_]+)\b(?=(?P<rest>[^.;:!?«»“”\"()]*))"
)
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:[^\S\n]+[A-ZÀ-Ý][\w'’-]*)*")  # on one line
_BEFORE_A_NAME = re.compile(r"(?<![\w'’])(?P<word>[^\W\d_]+),?[^\S\n]+(?=[A-ZÀ-Ý])")


def epithet_unnamed(
    statement: str, article: str = "", introduced: Iterable[str] = (), known: frozenset[str] = frozenset()
) -> str | None:
    """An epithet the press gives one person instead of a name (`person_epithets`: `le truppe del
    Colonnello`, `Il Rais ha detto…`, `fedeli al raìs`), after an article with no name, apposition,
    complement or people's adjective right after it that says whose (`il colonnello Hamid Rashed`,
    `il rais, Anwar Sadat,`, `il colonnello dei carabinieri`, `il colonnello libico`), in a statement
    that names no one in full, nor by surname anyone among the people of its `article` (its
    `ActorIndex`, anywhere), those `introduced` before it or those the reader knows by surname
    (`known`: `contro Gheddafi, … dopo il rais`), nor the name the article writes right after the
    epithet (`colonnello Omar Rashid`): whom it stands for was said in a sentence the briefing does
    not show. The epithet, or None."""
    for match in _EPITHET.finditer(statement):
        epithet = fold(match["epithet"]).casefold()
        if epithet not in _EPITHETS or _says_whose(WORD.findall(match["rest"])[:2]):
            continue
        named = _named_after(epithet, article) | {fold(name.split()[-1]).casefold() for name in introduced}
        named |= known
        named |= _surnames(article) if article else frozenset()
        if not _names_a_person(statement, named):
            return match["epithet"]
    return None


def _says_whose(following: list[str]) -> bool:
    """The words after an epithet say whom it means: a name or an apposition (`il colonnello Hamid
    Rashed`, `il rais, Anwar Sadat,`), a complement (`il colonnello dei carabinieri`), not an
    infinitive's `di` (`ha chiesto al Colonnello di lasciare`), or a people's adjective (`il
    colonnello libico`)."""
    if not following:
        return False
    word = fold(following[0]).casefold().replace("’", "'")
    if following[0][:1].isupper() or (DEMONYMS and word.startswith(DEMONYMS)):
        return True
    return word in COMPLEMENTS and not (following[1:] and INFINITIVE.fullmatch(following[1].casefold()))


def _named_after(epithet: str, article: str) -> set[str]:
    """The words of the names `article` writes right after `epithet`, or after it and a comma
    (`colonnello Omar Rashid`, `rais, Anwar Sadat`), folded."""
    words: set[str] = set()
    for match in _BEFORE_A_NAME.finditer(article):
        run = _CAPITALISED_RUN.match(article, match.end())
        if run and fold(match["word"]).casefold() == epithet:
            words.update(fold(word).casefold() for word in run.group(0).split() if len(word) > 3)
    return words


@functools.lru_cache(maxsize=64)
def _surnames(article: str) -> frozenset[str]:
    """The surnames, folded, of the people `article` names (`actors.ActorIndex`: `Hosni Mubarak`)."""
    return frozenset(fold(name.split()[-1]).casefold() for name in ActorIndex.build(article).people)


def _full_names(text: str) -> Iterator[str]:
    """The people's names `text` writes in full (`Hosni Mubarak`), without the article or the
    epithet before them (`Il Colonnello Gheddafi` is no full name), their surname no function word."""
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group(0).split()
        while words and (words[0] in FUNCTION_WORDS or fold(words[0]).casefold() in _EPITHETS):
            words = words[1:]
        if person_name(" ".join(words)) and len(words[-1]) > 3 and words[-1].casefold() not in FUNCTION_WORDS:
            yield " ".join(words)


def _names_a_person(statement: str, surnames: set[str]) -> bool:
    """`statement` names a person: in full (`Hosni Mubarak`), or by one of `surnames` (folded),
    capitalised (`Mubarak`)."""
    if any(_full_names(statement)):
        return True
    return not surnames.isdisjoint(capitalised_words(statement))


def capitalised_words(text: str) -> frozenset[str]:
    """The words of `text` written with a capital, folded (`Gheddafi` → `gheddafi`): what a
    surname among the people named before is looked for in (`_names_a_person`)."""
    return frozenset(fold(word).casefold() for word in WORD.findall(text) if word[:1].isupper())


def later_sentence_on_shortened_name(statement: str, introduced: Iterable[str]) -> bool:
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
    r"^[(*_\s]*(?i:" + ARTICLE + r")(?P<noun>[a-zà-ÿ]{4,})\b(?!\s+che\b)(?P<rest>[^.;:«»“”\"()]*)"
)
_GIVEN_WITHIN = 3  # words after the noun in which a capitalised word says which one it is


def given_definite(sentence: str, earlier: str) -> str | None:
    """The noun of a definite subject that opens `sentence` and that the article's `earlier` text
    already used (`La mappa…`, `Il titolo…`), when no capitalised word right after it says which
    (`Il governo di Israele`, `La gip di Pavia Daniela Garlaschelli`), past an aside between commas
    that does not say which (`La nave, diretta verso Durazzo, è attraccata…`: `_says_which`), for a
    noun a reader does not place anyway; None otherwise."""
    match = _GIVEN_NOUN.match(sentence)
    if match is None or not earlier:
        return None
    noun = fold(match["noun"]).casefold()
    if noun in NOT_NOUNS:
        return None
    rest = match["rest"]
    aside = _ASIDE.match(rest)
    if aside and not _placed_anyway(noun) and not _says_which(aside["words"]):
        rest = rest[aside.end() :]  # `La nave, diretta verso Durazzo, è attraccata…`: which ship is not said
    following = WORD.findall(rest)[:_GIVEN_WITHIN]
    if any(word[:1].isupper() for word in following) or (following[:1] and following[0][:1].isdigit()):
        return None  # `Il governo di Israele`, `Il decreto 42`
    stem = noun[:-1] if len(noun) > 4 else noun
    folded = fold(earlier).casefold()
    if stem not in folded:
        return None
    words = re.findall(r"\b" + re.escape(stem) + r"\w*", folded)
    return noun if any(w.startswith(stem) and abs(len(w) - len(noun)) <= 2 for w in words) else None


_ASIDE = re.compile(r"\s*,\s*(?P<words>[a-zà-ÿ][^,]*),")  # `, diretta verso Durazzo con …,`


def _says_which(aside: str) -> bool:
    """An aside after a noun says which one it is: an apposition that opens on an indefinite
    article (`, una fregata della Marina,`), or one that names a person in full (`, comandata da
    Marco Ferri,`); not one that tells where it went or who says so (`, diretta verso Durazzo,`,
    `, secondo la Capitaneria di Durazzo,`)."""
    words = WORD.findall(aside)
    opening = fold(words[0]).casefold().replace("’", "'") if words else ""
    return opening in INDEFINITE_ARTICLES or opening.endswith("un'") or any(_full_names(aside))


DISTAL = Lowercase(
    r"(?:^|[^\w'’])(?:"
    + "|".join(language.distal_demonstratives for language in lang.ALL if language.distal_demonstratives)
    + r")\b"
)


def demonstrative_within(sentence: str) -> bool:
    """A demonstrative anywhere outside quotation marks that points back (`these important
    discussions`, `per questo motivo`, `in quelle aree`), not a time (`this week`, `quest'anno`)."""
    text = outside_quotes(sentence)
    if DISTAL.search(text):
        return True
    for word in re.finditer(r"[^\W\d_]+['’]?", text):
        if fold(word.group(0)).casefold() in DEMONSTRATIVES and ANAPHOR_OPENERS.match(text[word.start() :]):
            return True
    return False


_DEFINITE_WITHIN = re.compile(  # `della banca`, `al ricorso`, `the handmade book`
    r"(?:^|[^\w'’])(?i:"
    + "|".join(re.escape(d) if d[-1] in "'’" else re.escape(d) + r"\s+" for d in DETERMINERS)
    + r")(?P<noun>[a-zà-ÿ]{4,})\b(?=(?P<rest>[^.;:«»“”\"()]*))"
)
_PLACED = frozenset(fold(noun) for noun in lang.union(lambda language: language.placed_nouns))


def definite_named_before(sentence: str, earlier: str) -> str | None:
    """The noun of a definite noun phrase anywhere in `sentence`, outside quotation marks, that the
    article's `earlier` text introduced with an indefinite article (`un attacco alla piattaforma`
    after `ha lanciato una piattaforma`, `the handmade book` after `a handmade book`), or a shell
    noun (`Sulla questione…`), with no name, number or complement right after it that says which
    one: it is the thing named before. Nouns a reader places anyway (`il governo`, `la polizia`,
    and a time, `della settimana`, which the date the briefing prints places: `_placed_anyway`)
    are not, nor nouns the text wrote definite before (`gli alleati`, `la sicurezza nazionale`):
    those are the news's common ground rather than a thing one sentence introduced. None otherwise."""
    folded = fold(earlier).casefold()
    text = outside_quotes(sentence)
    for match in _DEFINITE_WITHIN.finditer(text):
        noun = fold(match["noun"]).casefold()
        if _placed_anyway(noun):
            continue
        following = WORD.findall(match["rest"])[:_GIVEN_WITHIN]
        if any(word[:1].isupper() or word[:1].isdigit() for word in following):
            continue  # `della banca Commerzbank`, `del decreto 42`, `del ministero della Difesa`
        restrictive = not match["rest"].lstrip().startswith(",")  # not `alla piattaforma, che ora…`
        if restrictive and any(fold(word).casefold() in _SAYS_WHICH for word in following[:2]):
            continue  # `della speranza di vita`, `la delibera relativa al ricorso`, `il progetto che…`
        if noun in SHELL_NOUNS and _nothing_says_which(match["rest"]):
            return noun  # `Sulla questione potrebbe…`, `Il provvedimento, ha detto…, si comporrà…`
        if not _singular(text, match, noun):
            continue  # `nelle scuole` after `una scuola`: a plural is all of them, not the one named
        introduced = _INDEFINITE + r"(?:[a-zà-ÿ]+\s+)?" + re.escape(noun[:-1]) + r"[a-zà-ÿ]?\b"
        if earlier and re.search(introduced, folded):
            return noun
    return None


_NAME_AFTER = (  # after the noun: an adjective, a complement's preposition, a quotation mark, then a name
    r"\w{0,2}\s+(?:[a-zà-ÿ]{3,}\s+)?(?:(?:"
    + "|".join(sorted((re.escape(c) for c in COMPLEMENTS), key=len, reverse=True))
    + r")(?:(?<=['’])|\s+))?[\"“«‘']?[A-ZÀ-Ý]"
)


def named_by_name_before(sentence: str, earlier: str) -> str | None:
    """The noun of a bare singular definite noun phrase in `sentence`, outside quotation marks
    (`al museo`, `della banca`, `alla pellicola`), that the article's `earlier` text wrote with a
    name after it (`del museo di Mallawi`, `la banca tedesca Commerzbank`, `la pellicola
    "Innocence of Muslims"`), where the statement says no name, number, complement or adjective
    after it: it is the thing the article named, in a sentence the briefing does not show. Nouns a
    reader places anyway (`il governo`), roles (whose person other rules judge), time words and
    plurals are not read. None otherwise."""
    if not earlier:
        return None
    text = outside_quotes(sentence)
    for match in _DEFINITE_WITHIN.finditer(text):
        noun = fold(match["noun"]).casefold()
        rest = match["rest"]
        if (
            _placed_anyway(noun)
            or noun in ROLE_HEAD_WORDS
            or noun.endswith(_ABSTRACT)
            or not _singular(text, match, noun)
        ):
            continue
        following = WORD.findall(rest)[:_GIVEN_WITHIN]
        if any(word[:1].isupper() or word[:1].isdigit() for word in following):
            continue  # `del museo di Verona`, `del decreto 42`
        if following and fold(following[0]).casefold() in COMPLEMENTS | RESTRICTIVE:
            continue  # `del museo di arte moderna`, `il progetto che…`
        if rest[:1].isspace() and following and _modifier(following[0]):
            continue  # `dall'opera etiope`: an adjective says something of which
        stem = match["noun"][:-1] if len(match["noun"]) > 4 else match["noun"]
        if re.search(r"(?<![\w'’])" + re.escape(stem) + _NAME_AFTER, earlier):
            return noun
    return None


def _placed_anyway(noun: str) -> bool:
    """A noun a reader places without the sentence before: not a noun at all, one of the country's
    bodies (`il governo`), a long function word, a calendar or time word."""
    return (
        noun in NOT_NOUNS
        or noun in _PLACED
        or noun in LONG_STOPWORDS
        or noun in CALENDAR_WORDS
        or noun in TIME_WORDS
    )


def repeated_from_sentence_before(sentence: str, before: str) -> str | None:
    """The noun of a bare definite noun phrase in `sentence`, outside quotation marks, that the
    sentence right before it in the source (the last of `before`) also writes (`… il 21 per cento
    del capitale della banca tedesca.` + `Lo Stato tedesco è nel capitale della banca dai tempi…`):
    with no name, number or `di …` right after it that says which, it is the thing that sentence
    named. Nouns a reader places anyway (`il governo`), time words and plurals (`gli effetti della
    disposizione dei banchi`: all of them) are not. None otherwise."""
    starts = sentence_starts(before)
    last = fold(before[starts[-1] :] if starts else before).casefold()
    return _bare_definite_introduced(sentence, last, _introduced_in)


def introduced_earlier(sentence: str, earlier: str) -> str | None:
    """The noun of a bare definite noun phrase in `sentence`, outside quotation marks, that the
    article's `earlier` text introduced as a particular one, after an indefinite article or with
    words after it that say which (`… del capitale della banca olandese.` two sentences before
    `Lo Stato olandese è nel capitale della banca…`; `La piattaforma digitale istituita dal
    ministero…` before `… attacco alla piattaforma`): the thing named before, in a sentence the
    briefing does not show. Read as `repeated_from_sentence_before` reads the sentence right
    before, but over the last `INTRODUCED_WITHIN` sentences of `earlier` (further back, `il potere
    esecutivo` is no referent of a later `del potere`) and more strictly (`_introduced_in_text`).
    None otherwise."""
    starts = sentence_starts(earlier)
    recent = earlier[starts[-INTRODUCED_WITHIN] :] if len(starts) >= INTRODUCED_WITHIN else earlier
    return _bare_definite_introduced(sentence, recent, _introduced_in_text)


INTRODUCED_WITHIN = 4  # sentences before a statement in which a thing it calls by a bare noun was introduced


def _bare_definite_introduced(sentence: str, told: str, introduced: Callable[[str, str], bool]) -> str | None:
    """The noun of a bare singular definite noun phrase in `sentence` (outside quotation marks, no
    name, number, complement or adjective after it, not a noun a reader places anyway) that `told`
    introduced as a particular one, as `introduced` reads it; None otherwise."""
    if not told.strip():
        return None
    text = outside_quotes(sentence)
    for match in _DEFINITE_WITHIN.finditer(text):
        noun = fold(match["noun"]).casefold()
        rest = match["rest"]
        if noun in _PRENOMINAL:  # `il nuovo governo del paese`: the noun is the word after it
            after = re.match(r"\s+([a-zà-ÿ]{4,})\b", rest)
            noun, rest = (fold(after.group(1)).casefold(), rest[after.end() :]) if after else (noun, rest)
        if _placed_anyway(noun) or noun in _RELATIVE_WORDS:
            continue
        if not _singular(text, match, noun):
            continue  # `gli effetti … dei banchi`: a plural is most often all of them, not the ones named
        following = WORD.findall(rest)[:_GIVEN_WITHIN]
        if any(word[:1].isupper() or word[:1].isdigit() for word in following):
            continue  # `della banca Commerzbank`, `del decreto 42`
        if noun.endswith(_ABSTRACT) or (rest[:1].isspace() and following and _modifier(following[0])):
            continue  # `il terrorismo`: a notion; `il servizio militare`, `il blitz compiuto…`: says which
        if following and fold(following[0]).casefold() in COMPLEMENTS | RESTRICTIVE:
            continue  # `della speranza di vita`, `il progetto che…`
        if introduced(noun, told):
            return noun
    return None


def _introduced_in_text(noun: str, text: str) -> bool:
    """`text`, as written, names a particular one of `noun`, the very word: after an indefinite
    article (`una piattaforma`), or after a definite one with a lower-case adjective (`la banca
    olandese`, `La piattaforma digitale istituita…`) or a complement (`il compound di Abbottabad`)
    right after it on the same line; not a word of another form (`visiterà` is no `visita`), nor one
    before a name (`Banca Aurora`, `visita Washington`), nor one with no article (`una modalità di
    protesta simbolica` names no protest)."""
    for match in re.finditer(r"(?<!\w)[^\W\d_]{4,}(?![\w'’])", text):
        if fold(match.group(0)) != noun:
            continue
        before = re.search(r"(?:^|\s)(\S*?)\s*$", text[max(0, match.start() - 16) : match.start()])
        article = fold(before.group(1)).casefold().replace("’", "'") if before else ""
        if article in INDEFINITE_ARTICLES or article.endswith("un'"):
            return True
        if article not in _ANY_DETERMINER:
            continue  # `di protesta`, `l'ultimo incontro`: no article right before it
        after = re.match(r"[^\S\n]+([\w'’]+)", text[match.end() :])
        if after is None:
            continue
        word = after.group(1)
        elided = word.split("'")[0].split("’")[0] + "'" if ("'" in word or "’" in word) else word
        if word.islower() and _modifier(word):
            return True
        if fold(elided).casefold() in COMPLEMENTS:  # `il compound di Abbottabad`, not `il potere di gestire`
            then = re.match(r"[^\S\n]+([\w'’]+)", text[match.end() + after.end() :])
            if not (then and INFINITIVE.fullmatch(then.group(1).casefold())):
                return True
    return False


def _singular(text: str, match: re.Match[str], noun: str) -> bool:
    """The definite noun phrase `match` of `text` is singular (`della scuola`, `the book`): a plural
    (`nelle scuole`, `gli effetti`, `the books`) is most often all of them, not the ones named."""
    determiner = fold(text[match.start() : match.start("noun")].strip(" ,(")).casefold()
    return determiner in _SINGULAR and not (determiner == "the" and noun.endswith("s"))


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
        if before in INDEFINITE_ARTICLES or before.endswith("un'"):
            return True
        if after and (after in COMPLEMENTS or _modifier(after)):
            return True
    return False


def _modifier(word: str) -> bool:
    """A lower-case word after a noun that is no function word, preposition, conjunction or
    auxiliary: an adjective or a participle that says which one (`tedesca`, `compiuto`)."""
    folded = fold(word).casefold()
    return (
        word[:1].islower()
        and folded not in LONG_STOPWORDS
        and folded not in PREPOSITIONS
        and folded not in CLAUSE_CONJUNCTIONS
        and AUXILIARY.fullmatch(folded) is None
    )


_ABSTRACT = tuple(lang.union(lambda language: language.abstract_suffixes))
_PRENOMINAL = frozenset(
    fold(word).casefold() for word in lang.union(lambda language: language.prenominal_adjectives)
)
_ANY_DETERMINER = frozenset(fold(word).casefold().replace("’", "'") for word in DETERMINERS)
_RELATIVE_WORDS = frozenset(  # `nel quale`: a relative pronoun after its preposition, no noun
    fold(word).casefold() for language in lang.ALL for word in language.relative_pronouns.split("|")
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
    words = WORD.findall(rest)
    if not words or rest[:1] in ",;:.)":
        return True
    word = words[0].casefold()
    return (
        word in CLAUSE_CONJUNCTIONS or AUXILIARY.fullmatch(word) is not None or word.endswith(_VERB_ENDINGS)
    )


_SAYS_WHICH = PREPOSITIONS | COMPLEMENTS | RESTRICTIVE
