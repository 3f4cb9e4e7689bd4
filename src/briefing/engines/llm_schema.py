"""What an LLM is asked to return, and the grounding check its answer must pass.

The response model (`FactsResponse`) is validated with a `GroundingState` in the validation
context. Its validator places each quote in the text the model was shown (`align.evidence_for`,
exact or normalised; a fuzzy match is refused; offsets given by a model are never asked for nor
used) and checks that the statement adds nothing its quote does not say: every number, month and
name in the statement must be found in the quote. While the state allows re-asks, any failure is
a validation error whose message names each failing fact, so instructor (or the llama engine's
loop) sends it back to the model; once the re-asks are spent, the failing facts are dropped one
by one, with a reason, and the grounded ones kept. Grounded facts of every round are kept (a
re-ask can only add).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator
from pydantic.json_schema import DEFAULT_REF_TEMPLATE, GenerateJsonSchema, JsonSchemaMode, JsonSchemaValue
from pydantic_core import CoreSchema
from rapidfuzz import fuzz

from briefing import lang
from briefing.align import evidence_for
from briefing.models import Actor, DroppedFact, Evidence, Fact, Figure, PartialDate, WhenBasis

SCHEMA_VERSION = "facts-1"
MIN_STATEMENT_WORDS = 3

_REQUEST_CONTEXT: ContextVar[dict[str, Any] | None] = ContextVar("briefing_request_context", default=None)


@contextmanager
def request_context(context: dict[str, Any]) -> Iterator[None]:
    """Make `context` the validation context of the answers validated inside the block.

    This is how the openai client hands a request's state to the validators. instructor, given
    `context=`, would also render every message as a Jinja template, so an article holding `{{` or
    `{%` would fail to send or lose words on the way.
    """
    token = _REQUEST_CONTEXT.set(context)
    try:
        yield
    finally:
        _REQUEST_CONTEXT.reset(token)


def context_of(info: ValidationInfo) -> dict[str, Any]:
    """The validation context: pydantic's own when given (`model_validate(..., context=...)`),
    else the one set by `request_context`."""
    return info.context or _REQUEST_CONTEXT.get() or {}


LlmFactKind = Literal["event", "statement", "position", "figure", "plan", "context"]
_KINDS = {"event", "statement", "position", "figure", "plan", "context"}


def _as_strings(value: Any) -> Any:
    """Models write `["a"]`, `"a"`, `[{"name": "a"}]` or null for a list of strings: take them all."""
    if value is None:
        return []
    if isinstance(value, str | dict):
        value = [value]
    if not isinstance(value, list):
        return value
    strings: list[str] = []
    for item in value:
        if isinstance(item, dict):
            item = item.get("name") or item.get("text") or next(iter(item.values()), "")
        if item is not None and str(item).strip():
            strings.append(str(item).strip())
    return strings


class FactDraft(BaseModel):
    """One fact of the article."""

    statement: str = Field(description="one sentence in the briefing's language")
    quote: str = Field(description="verbatim passage of the article that supports it")
    kind: LlmFactKind = "event"
    when: str | None = Field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD, or null")
    actors: list[str] = Field(default_factory=list)
    figures: list[str] = Field(default_factory=list)

    @field_validator("kind", mode="before")
    @classmethod
    def _known_kind(cls, value: Any) -> Any:
        text = str(value or "").strip().lower()
        return text if text in _KINDS else "statement"

    @field_validator("when", mode="before")
    @classmethod
    def _blank_when(cls, value: Any) -> Any:
        if value is None:
            return None
        text = str(value).strip()
        return None if text.lower() in {"", "null", "none", "unknown", "n/a"} else text

    @field_validator("actors", "figures", mode="before")
    @classmethod
    def _strings(cls, value: Any) -> Any:
        return _as_strings(value)


class _LeanJsonSchema(GenerateJsonSchema):
    """A JSON schema without titles inside: they repeat the property names, and the schema is sent
    (and paid for) with every request."""

    def generate(self, schema: CoreSchema, mode: JsonSchemaMode = "validation") -> JsonSchemaValue:
        full = super().generate(schema, mode=mode)
        lean: JsonSchemaValue = _without_titles(full)
        if "title" in full:
            lean["title"] = full["title"]  # the schema's own name: clients name the tool after it
        return lean


def _without_titles(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: _without_titles(value)
            for key, value in node.items()
            if not (key == "title" and isinstance(value, str))  # a property named "title" is a dict
        }
    if isinstance(node, list):
        return [_without_titles(item) for item in node]
    return node


_SCHEMA_DEFAULTS = (None, DEFAULT_REF_TEMPLATE, _LeanJsonSchema, "validation")


@lru_cache(maxsize=4)
def _lean_schema(model: type[BaseModel]) -> dict[str, Any]:
    return BaseModel.model_json_schema.__func__(  # type: ignore[attr-defined]
        model, None, DEFAULT_REF_TEMPLATE, _LeanJsonSchema, "validation"
    )


class FactsResponse(BaseModel):
    """The facts of one news article, each with the verbatim quote that supports it."""

    facts: list[FactDraft]

    @classmethod
    def model_json_schema(
        cls,
        by_alias: bool | None = None,
        ref_template: str = DEFAULT_REF_TEMPLATE,
        schema_generator: type[GenerateJsonSchema] = _LeanJsonSchema,
        mode: JsonSchemaMode = "validation",
        **options: Any,
    ) -> dict[str, Any]:
        if options or (by_alias, ref_template, schema_generator, mode) != _SCHEMA_DEFAULTS:
            return super().model_json_schema(by_alias, ref_template, schema_generator, mode, **options)
        return copy.deepcopy(_lean_schema(cls))  # made once per class (the openai client wraps it once)

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> FactsResponse:
        state = context_of(info).get("grounding")
        if isinstance(state, GroundingState):
            state.review(self.facts)
        return self


# --- the checks ---------------------------------------------------------------------------------

# Every way each month is written, in every language, folded (`january`, `gennaio`, `jan`, `gen`).
_MONTHS: dict[int, tuple[str, ...]] = {
    number: tuple(dict.fromkeys(word for word, n in lang.month_numbers().items() if n == number))
    for number in range(1, 13)
}
_MONTH_OF_WORD = {
    lang.fold(name): month for language in lang.ALL for month, name in enumerate(language.months, 1)
}

# Capitalised words that are not names: sentence starters, titles, weekdays, common abbreviations.
_NOT_NAMES = lang.union(lambda language: language.not_name_words_lower) | frozenset(
    spelling
    for language in lang.ALL
    for day in language.weekdays
    for spelling in (day.casefold(), lang.fold(day))
)


def _aliases() -> dict[str, tuple[str, ...]]:
    """Each glossary word to the words naming the same thing (`eu` → `ue`, `europea`, …, `european`)."""
    aliases: dict[str, tuple[str, ...]] = {}
    for key in dict.fromkeys(key for language in lang.ALL for key in language.glossary):
        names = [word for language in lang.ALL for word in language.glossary.get(key, ())]
        for word in names:
            aliases[word] = tuple(dict.fromkeys(other for other in names if other != word))
    return aliases


# An LLM may name a thing in another language than its quote: `EU` for `Unione europea`.
_ALIASES = _aliases()

_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_DIGITS_RE = re.compile(r"\d+")


@lru_cache(maxsize=512)  # the article's text is folded once per check of each fact otherwise
def _fold(text: str) -> str:
    return lang.fold(text)


def _words(text: str) -> list[str]:
    return [word.strip("'’.-") for word in _WORD_RE.findall(text)]


def _numbers(text: str) -> set[str]:
    """Digit runs without leading zeros: `03` and `3` agree, `3,5` and `3.5` agree."""
    return {run.lstrip("0") or "0" for run in _DIGITS_RE.findall(text)}


def _common_prefix(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


def _name_in(name: str, quote_words: set[str]) -> bool:
    """Is a (folded) name word in the quote, allowing the spelling of another language?

    `Ukraine`/`Ucraina`, `Brussels`/`Bruxelles`, `London`/`Londra` match; `Macron`/`Meloni` do not.
    """
    if name in quote_words:
        return True
    if any(alias in quote_words for alias in _ALIASES.get(name, ())):
        return True
    if len(name) <= 3:
        return False
    for word in quote_words:
        if len(word) < 3:
            continue
        score = fuzz.ratio(name, word)
        if score >= 70 or (score >= 60 and _common_prefix(name, word) >= 3):
            return True
    return False


def _month_in(month: int, quote: str, quote_words: set[str]) -> bool:
    if any(word in quote_words for word in _MONTHS[month]):
        return True
    numeric = rf"(?<!\d)0?{month}(?!\d)"
    iso = rf"\d{{4}}-{numeric}"
    day_first = rf"(?<!\d)\d{{1,2}}[/.]{numeric}[/.]\d{{2,4}}"
    return bool(re.search(iso, quote) or re.search(day_first, quote))


def _statement_words(statement: str) -> list[tuple[str, bool]]:
    """Each word of a statement, and whether it starts a sentence."""
    words: list[tuple[str, bool]] = []
    for match in _WORD_RE.finditer(statement):
        before = statement[: match.start()].rstrip(" \t\"'“”«»([")
        words.append((match.group().strip("'’.-"), not before or before[-1] in ".!?:;"))
    return words


def _proper_noun_in(word: str, article: str) -> bool:
    """Does the article write `word` capitalised in mid-sentence, as a name?"""
    return re.search(rf"(?<=[\w,;] ){re.escape(word)}\b", article) is not None


def unsupported_by_quote(statement: str, quote: str, article: str | None = None) -> list[str]:
    """What the statement says that its quote does not: numbers, months, names. Empty when none.

    A capitalised word is taken for a name unless it is a common word or title (`_NOT_NAMES`); a
    word that starts a sentence is taken for a name only when it is an acronym or the article
    writes it capitalised in mid-sentence (so "Spending rose" passes and "Rutte said" is checked).
    """
    problems: list[str] = []
    missing_numbers = sorted(_numbers(statement) - _numbers(quote), key=lambda n: (len(n), n))
    if missing_numbers:
        problems.append("numbers not in the quote: " + ", ".join(missing_numbers))
    quote_words = {_fold(word) for word in _words(quote)}
    months: list[str] = []
    names: list[str] = []
    for word, starts_sentence in _statement_words(statement):
        folded = _fold(word)
        month = _MONTH_OF_WORD.get(folded)
        if month is not None:
            if not _month_in(month, quote, quote_words):
                months.append(word)
            continue
        if not word[:1].isupper() or folded in _NOT_NAMES:
            continue
        if (
            starts_sentence
            and not (word.isupper() and len(word) > 1)
            and not _proper_noun_in(word, article or "")
        ):
            continue
        if not _name_in(folded, quote_words):
            names.append(word)
    if months:
        problems.append("dates not in the quote: " + ", ".join(dict.fromkeys(months)))
    if names:
        problems.append("names not in the quote: " + ", ".join(dict.fromkeys(names)))
    return problems


# --- the state carried through the validation loop ----------------------------------------------


@dataclass
class _Failure:
    statement: str
    quote: str
    reason: str
    round: int


@dataclass
class GroundingState:
    """Validation context of one request: the text the model was shown and what was kept so far.

    `text` is the article (or the chunk of it the model saw) and `offset` where that text starts
    in the article, so evidence offsets count in the whole article.
    """

    source: str
    text: str
    offset: int = 0
    article_text: str | None = None
    published: PartialDate | None = None
    language: str | None = None
    reasks_left: int = 1
    round: int = 0
    kept: list[Fact] = field(default_factory=list)
    failures: list[_Failure] = field(default_factory=list)

    def review(self, drafts: list[FactDraft]) -> None:
        """Keep the grounded drafts; raise (re-ask) on the others while re-asks are left."""
        self.round += 1
        problems: list[str] = []
        for index, draft in enumerate(drafts):
            fact, reasons = self._check(draft)
            if fact is not None:
                if not is_duplicate(fact, self.kept):
                    self.kept.append(fact)
                continue
            self.failures.append(_Failure(draft.statement, draft.quote, reasons[0], self.round))
            problems.append(f"facts[{index}] ({_short(draft.statement)}): " + "; ".join(reasons))
        if problems and self.reasks_left > 0:
            self.reasks_left -= 1
            raise ValueError(
                "these facts are not supported by the article:\n"
                + "\n".join(problems)
                + "\nCopy each quote character for character from the article, and state only what "
                "its quote says; leave out a fact that no passage of the article supports."
            )

    def _check(self, draft: FactDraft) -> tuple[Fact | None, list[str]]:
        statement = " ".join(draft.statement.split())
        quote = draft.quote.strip()
        if len(_words(statement)) < MIN_STATEMENT_WORDS:
            return None, [f"not a statement: {_short(statement)!r} (write a sentence)"]
        if not quote:
            return None, ["no quote"]
        found = evidence_for(self.source, self.text, quote)
        if found is None:
            return None, [f"quote not found in the article: {_short(quote)!r}"]
        if found.alignment == "fuzzy":
            # Close to a passage but not it: one changed word can turn a sentence round. Only
            # differences of typography (quotes, dashes, spaces, case, accents) are forgiven.
            near = _short(found.quote)
            return None, [f"quote not verbatim in the article: {_short(quote)!r}, the article has {near!r}"]
        evidence = Evidence(
            source=self.source,
            start=found.start + self.offset,
            end=found.end + self.offset,
            quote=found.quote,
            alignment=found.alignment,
        )
        article_text = self.article_text if self.article_text is not None else self.text
        unsupported = unsupported_by_quote(statement, evidence.quote, article_text)
        if unsupported:
            return None, unsupported
        when, basis = self._when(draft.when, evidence.quote)
        folded_article = _fold(article_text)
        quote_numbers = _numbers(evidence.quote)
        fact = Fact(
            id="",
            kind=draft.kind,
            statement=statement,
            actors=[Actor(name=a) for a in dict.fromkeys(draft.actors) if _fold(a) in folded_article],
            when=when,
            when_basis=basis,
            evidence=[evidence],
            figures=[Figure(text=text) for text in draft.figures if _numbers(text) <= quote_numbers],
            language=self.language,
        )
        return fact, []

    def _when(self, when: str | None, quote: str) -> tuple[PartialDate | None, WhenBasis | None]:
        """The model's date, if plausible: its year is in the quote, or close to publication."""
        parsed: PartialDate | None = None
        if when:
            try:
                parsed = PartialDate.parse(when)
            except ValueError:
                parsed = None
        if parsed is not None:
            if str(parsed.year) in quote:
                return parsed, "explicit"
            if self.published is not None and abs(parsed.year - self.published.year) <= 1:
                return parsed, "relative"
        if self.published is not None:
            return self.published, "publication"
        return None, None

    def dropped(self) -> list[DroppedFact]:
        """What still failed in the last round that was validated: dropped, each with its reason.

        (Failures of earlier rounds were re-asked; the model's later answer is what counts.)"""
        last = [failure for failure in self.failures if failure.round == self.round]
        unique = {(f.statement, f.quote): f for f in last}
        return [
            DroppedFact(reason=_reason_kind(f.reason), statement=f.statement, quote=f.quote)
            for f in unique.values()
        ]


def _reason_kind(reason: str) -> str:
    """A short, countable reason for the run report."""
    return reason.split(":", 1)[0]


def is_duplicate(fact: Fact, kept: list[Fact]) -> bool:
    """The same fact seen twice (a re-ask, the overlap of two chunks): same statement, or same span
    and nearly the same words."""
    span = fact.evidence[0]
    for other in kept:
        if fact.statement.casefold() == other.statement.casefold():
            return True
        other_span = other.evidence[0]
        if (span.start, span.end) == (other_span.start, other_span.end) and (
            fuzz.ratio(fact.statement.casefold(), other.statement.casefold()) >= 85
        ):
            return True
    return False


def _short(text: str, size: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"
