"""Does a quote say what a statement says? The one support rule every LLM answer passes (facts,
key points; openai and llama engines alike).

A statement is written in the briefing's language and its quote in the article's, so the rule is
literal where a program can be literal and leaves the rest to the model's own links:

- every proper name, number (digits or number words, `1,5` = `1.5`, `tre` = `3`), scale word
  (`miliardi` = `billion`), month, weekday and year of the statement must be in the quote or the
  attribution passage, literally (case, accents, elisions such as `l'Ucraina`, possessives such as
  `NATO's` and hyphenated compounds are handled by tokenising) or through a `Mention` the model
  gave (`Ukraine` written `Ucraina`) whose article form lies inside the quote or attribution;
- a statement denies iff its quote does (negation parity, it/en);
- a comparison keeps its direction (more/less, above/below, rise/fall);
- a speaker named by the statement ("Rutte said ...") is one the quote or attribution gives.

Nothing here is fuzzy: `Iraq` never stands for `Iran`. Each problem is worded as the fix a model
can make, because problems are sent back to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefing import lang

_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|(?:[^\W\d_]\.){2,}|[^\W\d_]+", re.UNICODE)
_ISO_DATE_RE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?!\d)")
_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+")
_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish")

MONTHS = {lang.fold(name): number for name, number in lang.month_numbers().items()}
_ABBREVIATED_MONTHS = frozenset(name for name in MONTHS if len(name) <= 4) - {"june", "july", "may"}
SCALE_WORDS = {lang.fold(word): value for language in lang.ALL for word, value in language.scales.items()}
# `one`, `uno`, `una` are pronouns and articles as often as numbers, and `dozens` counts nothing
# exactly: not numbers here; `thousand` is a scale (`3 thousand` is `3 mila` or `3.000`).
NUMBER_WORDS = {
    lang.fold(word): value
    for language in lang.ALL
    for word, value in language.number_words.items()
    if value != 1 and lang.fold(word) not in SCALE_WORDS and not word.endswith("s")
}
NEGATIONS = lang.union(lambda language: language.negations)
NEGATIVE_WORDS = lang.union(lambda language: language.negative_words)
MORE_WORDS = lang.union(lambda language: language.more_words)
LESS_WORDS = lang.union(lambda language: language.less_words)
SPEECH_WORDS = lang.union(lambda language: language.speech_words)
WEEKDAYS = {lang.fold(day): number for language in lang.ALL for number, day in enumerate(language.weekdays)}
NOT_NAMES = frozenset(
    lang.fold(word)
    for language in lang.ALL
    for word in language.function_words | language.not_name_words_lower
)
# Names of one thing in every language (`united states`: `us`, `usa`, `stati`, `americani`, ...).
_GLOSSARY: list[frozenset[str]] = [
    frozenset(lang.fold(form) for language in lang.ALL for form in language.glossary.get(key, ()))
    | frozenset(key.split())
    for key in dict.fromkeys(key for language in lang.ALL for key in language.glossary)
]


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Lower case, no accents: `Città` and `citta` are one word (`lang.fold`, cached)."""
    return lang.fold(word)


@dataclass(frozen=True)
class Token:
    text: str
    folded: str
    start: int
    sentence_start: bool


def tokens(text: str) -> list[Token]:
    """Words and numbers. Apostrophes and hyphens split (`dell'Ucraina` is `dell`, `Ucraina`;
    `NATO's` is `NATO`, `s`; `UN-monitored` is `UN`, `monitored`); a number keeps its separators;
    a dotted acronym is one word (`U.S.` is `us`)."""
    found: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        word = match.group()
        folded = fold(word.replace(".", "")) if word.endswith(".") else fold(word)  # `U.S.` is `us`
        found.append(Token(word, folded, match.start(), _starts_sentence(text, match.start())))
    return found


def _starts_sentence(text: str, at: int) -> bool:
    """Does a word at `at` open a sentence: only quotes, brackets, dashes or spaces between it and
    the start of the text or a `.!?:;`? (Walks back from `at`, not over the whole text before it.)"""
    while at > 0 and text[at - 1] in " \t\n\"'“”«»‘’([*-–—":
        at -= 1
    return at == 0 or text[at - 1] in ".!?:;"


def _matches(word: str, words: Iterable[str]) -> bool:
    """Is `word` one of `words`, where an entry ending in `*` is a stem?"""
    for entry in words:
        if entry.endswith("*"):
            if word.startswith(entry[:-1]):
                return True
        elif word == entry:
            return True
    return False


def _contains_run(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    size = len(needle)
    return size > 0 and any(
        list(haystack[i : i + size]) == list(needle) for i in range(len(haystack) - size + 1)
    )


# --- numbers ------------------------------------------------------------------------------------


def number_values(token: str) -> set[float]:
    """What a written number may mean: `1,5` is 1.5; `1.500` and `1,500` are 1500 or 1.5 (Italian
    and English separators); `tre` and `three` are 3. Empty for a word that is no number."""
    if token[:1].isdigit():
        values: set[float] = set()
        for decimal in ",.":
            thousands = "." if decimal == "," else ","
            head, _, tail = token.partition(decimal)
            groups = head.split(thousands)
            if len(groups) > 1 and any(len(group) != 3 for group in groups[1:]):
                continue
            try:
                values.add(float("".join(groups) + ("." + tail if tail else "")))
            except ValueError:
                continue
        return values
    value = NUMBER_WORDS.get(fold(token))
    return {value} if value is not None else set()


def _number_runs(text: str) -> list[list[Token]]:
    """Numbers as written, a run of number words counting as one (`two hundred`, `twenty-five`)."""
    runs: list[list[Token]] = []
    previous_word = False
    for token in tokens(text):
        if not number_values(token.text):
            previous_word = False
            continue
        is_word = not token.text[:1].isdigit()
        if is_word and previous_word:
            runs[-1].append(token)
        else:
            runs.append([token])
        previous_word = is_word
    return runs


def _run_value(run: list[Token]) -> float | None:
    """`two hundred` is 200, `twenty-five` 25; None for a single number."""
    if len(run) < 2:
        return None
    total = 0.0
    for token in run:
        value = min(number_values(token.text))
        total = max(total, 1.0) * value if value == 100 and total < 100 else total + value
    return total


def numbers_in(text: str) -> set[float]:
    """Every value a text writes, digits and number words alike."""
    values = {value for token in tokens(text) for value in number_values(token.text)}
    return values | {v for run in _number_runs(text) if (v := _run_value(run)) is not None}


def missing_numbers(statement: str, support: str) -> list[str]:
    """The numbers of `statement` that `support` does not write (the one number rule). A run of
    number words passes when its value (`two hundred` = 200) or each of its words is there."""
    held = numbers_in(support)
    missing: list[str] = []
    for run in _number_runs(_ISO_DATE_RE.sub(lambda m: f"{m[1]} {m[3] or ''}", statement)):
        combined = _run_value(run)
        if combined is not None and combined in held:
            continue
        missing += [t.text for t in run if not number_values(t.text) & held]
    return list(dict.fromkeys(missing))


# --- dates --------------------------------------------------------------------------------------


def _month_of(token: Token) -> int | None:
    if token.folded not in MONTHS or token.folded in _ABBREVIATED_MONTHS:
        return None
    if token.folded == "may" and not token.text[:1].isupper():
        return None  # the verb
    return MONTHS[token.folded]


def _months_in(text: str) -> set[int]:
    found = {MONTHS[t.folded] for t in tokens(text) if t.folded in MONTHS}
    found |= {int(m[2]) for m in _ISO_DATE_RE.finditer(text)}
    found |= {int(m) for m in re.findall(r"(?<!\d)\d{1,2}[/.](\d{1,2})[/.]\d{2,4}", text)}
    return found


# --- the support of a statement -----------------------------------------------------------------


@dataclass(frozen=True)
class Mention:
    """How the article writes a name, number or date the statement writes its own way."""

    statement: str
    article: str


@dataclass
class Support:
    """What may support a statement: its quote, the attribution passage near it (who said it), the
    model's mentions, and the whole article (to tell a name from a word that starts a sentence)."""

    quote: str
    attribution: str = ""
    mentions: Sequence[Mention] = ()
    article: str = ""
    _words: set[str] = field(default_factory=set, init=False)
    _linked: set[str] = field(default_factory=set, init=False)
    bad_mentions: list[str] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        passages = [[t.folded for t in tokens(self.quote)], [t.folded for t in tokens(self.attribution)]]
        self._words = {word for passage in passages for word in passage}
        for mention in self.mentions:
            article_words = [t.folded for t in tokens(mention.article)]
            if not any(_contains_run(passage, article_words) for passage in passages):
                self.bad_mentions.append(
                    f"the mention {mention.statement!r} → {mention.article!r}: {mention.article!r} is not "
                    "in the quote or the attribution (copy the article's words, or widen the quote)"
                )
            elif numbers_in(mention.statement) != numbers_in(mention.article) or _months_in(
                mention.statement
            ) != _months_in(mention.article):
                self.bad_mentions.append(
                    f"the mention {mention.statement!r} → {mention.article!r} changes a number or date"
                )
            else:
                self._linked |= {t.folded for t in tokens(mention.statement)}

    @property
    def text(self) -> str:
        return f"{self.quote}\n{self.attribution}"

    def holds_name(self, word: str) -> bool:
        if word in self._words or word in self._linked:
            return True
        if word.endswith(_DEMONYM_ENDINGS) and any(w[:4] == word[:4] for w in self._words if len(w) > 4):
            return True  # `Russian` for `russo`, `European` for `europei`; never `Iraqi` for `Iran`
        return any(word in forms and forms & self._words for forms in _GLOSSARY)

    def written_as_name(self, word: str) -> bool:
        """Does the article write `word` capitalised in mid-sentence?"""
        return re.search(rf"(?<=[\w,;] ){re.escape(word)}\b", self.article) is not None


def _is_name(token: Token, following: str, support: Support) -> bool:
    if not token.text[:1].isupper() or token.folded in NOT_NAMES or len(token.text) < 2:
        return False
    if _month_of(token) is not None or token.folded in WEEKDAYS:
        return False
    if not token.sentence_start:
        return True
    # A capitalised word that starts a sentence is a name only when something says so.
    return token.text.isupper() or following.startswith(("'s", "’s")) or support.written_as_name(token.text)


def names_and_dates(statement: str, support: Support) -> list[str]:
    """Names, months and weekdays of the statement that its support does not account for."""
    names: list[str] = []
    dates: list[str] = []
    months = _months_in(support.text)
    linked_months = {m for mention in support.mentions for m in _months_in(mention.article)}
    held_days = {WEEKDAYS[t.folded] for t in tokens(support.text) if t.folded in WEEKDAYS}
    for token in tokens(statement):
        month = _month_of(token)
        following = statement[token.start + len(token.text) :]
        if month is not None:
            if month not in months | linked_months:
                dates.append(token.text)
        elif token.folded in WEEKDAYS:
            if WEEKDAYS[token.folded] not in held_days:
                dates.append(token.text)
        elif _is_name(token, following, support) and not support.holds_name(token.folded):
            names.append(token.text)
    problems: list[str] = []
    if dates:
        problems.append("dates not in the quote: " + ", ".join(dict.fromkeys(dates)))
    if names:
        problems.append("names not in the quote: " + ", ".join(dict.fromkeys(names)))
    return problems


def _denies(words: Sequence[str], text: str) -> bool:
    return any(word in NEGATIONS for word in words) or re.search(r"n['’]t\b", text, re.IGNORECASE) is not None


def _negative(words: Sequence[str]) -> bool:
    return any(_matches(word, NEGATIVE_WORDS) for word in words)


def negation_problem(statement: str, quote: str) -> str | None:
    """The statement denies iff its quote does (in at least one of the quote's sentences)."""
    said = [t.folded for t in tokens(statement)]
    sentences = [s for s in _SENTENCE_RE.split(quote.strip()) if s.strip()] or [quote]
    quoted = [([t.folded for t in tokens(s)], s) for s in sentences]
    if _denies(said, statement) and not any(_denies(w, s) or _negative(w) for w, s in quoted):
        return "the statement denies what its quote affirms: state it as the quote does, or drop the fact"
    if (
        not _denies(said, statement)
        and not _negative(said)
        and all(_denies(w, s) or _negative(w) for w, s in quoted)
    ):
        return (
            "the quote denies what the statement affirms: keep the negation, narrow the quote to the "
            "words that support the statement, or drop the fact"
        )
    return None


def _direction(words: Sequence[str]) -> tuple[bool, bool]:
    return any(_matches(w, MORE_WORDS) for w in words), any(_matches(w, LESS_WORDS) for w in words)


def comparison_problem(statement: str, quote: str) -> str | None:
    """A rise stays a rise: the statement's comparison points the way its quote's does."""
    said_more, said_less = _direction([t.folded for t in tokens(statement)])
    quoted_more, quoted_less = _direction([t.folded for t in tokens(quote)])
    if (said_more and not said_less and quoted_less and not quoted_more) or (
        said_less and not said_more and quoted_more and not quoted_less
    ):
        return "the statement's comparison goes the other way from its quote's (more/less, rise/fall)"
    return None


_AUXILIARIES = frozenset(
    {"has", "had", "have", "also", "again", "then", "further", "previously", "reportedly"}
)


def _speakers(statement: str) -> list[Token]:
    """Who the statement says said something: the name just before `said`, `warned`, ... or after
    `according to`."""
    found: list[Token] = []
    words = tokens(statement)
    for index, token in enumerate(words):
        if token.folded in SPEECH_WORDS:
            before = [w for w in words[:index] if w.folded not in _AUXILIARIES][-1:]
            if before and before[0].text[:1].isupper() and before[0].folded not in NOT_NAMES:
                found.append(before[0])
        elif token.folded == "according" and index + 2 < len(words) and words[index + 1].folded == "to":
            after = [w for w in words[index + 2 : index + 6] if w.text[:1].isupper()]
            found.extend(w for w in after[-1:] if w.folded not in NOT_NAMES)
    return found


def _person_like(token: Token) -> bool:
    return token.text[:1].isupper() and not token.text.isupper() and token.folded not in NOT_NAMES


def _says(quoted: list[Token], at: int) -> bool:
    """Is the name at `quoted[at]` the subject of a reporting verb: `Rutte ha detto`, `ha spiegato
    Rutte`, with no other name in between?"""
    run_start = at
    while run_start > 0 and _person_like(quoted[run_start - 1]):
        run_start -= 1  # `Steve Witkoff`: the first name is part of the name
    for j, token in enumerate(quoted):
        if not _matches(token.folded, SPEECH_WORDS):
            continue
        if at < j <= at + SPEAKER_REACH_AFTER:
            between = quoted[at + 1 : j]
        elif run_start - SPEAKER_REACH_BEFORE <= j < run_start:
            between = quoted[j + 1 : run_start]
        else:
            continue
        if not any(_person_like(t) for t in between):
            return True
    return False


SPEAKER_REACH_AFTER = (
    12  # tokens from a name to its verb: `Trump ha suscitato polemiche quando, ... ha affermato`
)
SPEAKER_REACH_BEFORE = (
    9  # tokens from a verb to its name: `ha affermato l'inviato speciale ... Steve Witkoff`
)


def speaker_problem(statement: str, support: Support) -> str | None:
    """A speaker the statement names must be given as the speaker by the attribution passage, or be
    the subject of a reporting verb in the quote."""
    quoted = tokens(support.quote)
    attribution = {t.folded for t in tokens(support.attribution)}
    for speaker in _speakers(statement):
        name = speaker.folded
        places = [i for i, t in enumerate(quoted) if t.folded == name]
        if name in attribution or any(_says(quoted, i) for i in places):
            continue
        if not places and support.holds_name(name):
            continue  # linked by a mention (`Kremlin` for `Cremlino`)
        return (
            f"the quote does not say that {speaker.text} said it: add the attribution passage (the "
            "article's words naming who said it, such as 'ha spiegato Rutte'), or do not name a speaker"
        )
    return None


def problems(statement: str, support: Support) -> list[str]:
    """Everything the statement says that its support does not; empty when it is supported."""
    found = list(support.bad_mentions)
    numbers = missing_numbers(statement, support.text)
    if numbers:
        found.append("numbers not in the quote: " + ", ".join(numbers))
    scales = {SCALE_WORDS[t.folded] for t in tokens(statement) if t.folded in SCALE_WORDS}
    held_scales = {SCALE_WORDS[t.folded] for t in tokens(support.text) if t.folded in SCALE_WORDS}
    # `3 thousand` for `3.000` (a year is no count of thousands)
    largest = max((n for n in numbers_in(support.text) if not 1900 <= n <= 2100), default=0.0)
    if {scale for scale in scales - held_scales if largest < scale}:
        found.append("the statement's thousands, millions or billions are not the quote's")
    found += names_and_dates(statement, support)
    for problem in (
        negation_problem(statement, support.quote),
        comparison_problem(statement, support.quote),
        speaker_problem(statement, support),
    ):
        if problem is not None:
            found.append(problem)
    return found
