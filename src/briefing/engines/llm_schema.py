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

from briefing.align import evidence_for
from briefing.models import Actor, DroppedFact, Evidence, Fact, Figure, PartialDate, WhenBasis
from briefing.support import Mention, Support, fold, numbers_in, problems, tokens

SCHEMA_VERSION = "facts-2"
ATTRIBUTION_REACH = 400  # characters between a quote and the passage that says who said it
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


class MentionDraft(BaseModel):
    # How the article writes a name, number or date that the statement writes its own way. (No
    # docstring: it would be sent, as the schema's description, with every request.)
    statement: str
    article: str


def _as_mentions(value: Any) -> Any:
    """Models write `[{"statement": a, "article": b}]`, `{a: b}`, `[[a, b]]` or null: take them all."""
    if value is None:
        return []
    if isinstance(value, dict) and not {"statement", "article"} & set(value):
        return [{"statement": k, "article": v} for k, v in value.items() if isinstance(v, str)]
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return value
    mentions: list[dict[str, str]] = []
    for item in value:
        if isinstance(item, list | tuple) and len(item) == 2:
            item = {"statement": item[0], "article": item[1]}
        if (
            isinstance(item, dict)
            and str(item.get("statement") or "").strip()
            and str(item.get("article") or "").strip()
        ):
            mentions.append({"statement": str(item["statement"]), "article": str(item["article"])})
    return mentions


class FactDraft(BaseModel):
    # One fact of the article. The prompt says what each field is: descriptions here would be sent
    # a second time, in the schema, with every request.
    statement: str
    quote: str
    attribution: str = ""
    mentions: list[MentionDraft] = Field(default_factory=list)
    kind: LlmFactKind = "event"
    when: str | None = None
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

    @field_validator("mentions", mode="before")
    @classmethod
    def _mentions(cls, value: Any) -> Any:
        return _as_mentions(value)

    @field_validator("attribution", mode="before")
    @classmethod
    def _blank_attribution(cls, value: Any) -> Any:
        text = str(value or "").strip()
        return "" if text.lower() in {"null", "none", "n/a"} else text


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


def unsupported_by_quote(
    statement: str,
    quote: str,
    article: str | None = None,
    attribution: str = "",
    mentions: list[MentionDraft] | None = None,
) -> list[str]:
    """What the statement says that its quote (and attribution) does not: `briefing.support`'s
    rule. Empty when it is supported."""
    links = [Mention(m.statement, m.article) for m in mentions or []]
    return problems(statement, Support(quote, attribution, links, article or ""))


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
    first_ranks: dict[str, int] = field(default_factory=dict)  # a first answer's quotes and statements

    def _rank(self, draft: FactDraft, index: int) -> int:
        """The model's order is the fact's rank; a fact fixed on a re-ask keeps its first one."""
        keys = [_key(draft.quote), _key(draft.statement)]
        if self.round == 1:
            for key in keys:
                self.first_ranks.setdefault(key, index + 1)
        return next(
            (self.first_ranks[key] for key in keys if key in self.first_ranks),
            len(self.first_ranks) + index + 1,
        )

    def review(self, drafts: list[FactDraft]) -> None:
        """Keep the grounded drafts; raise (re-ask) on the others while re-asks are left."""
        self.round += 1
        problems: list[str] = []
        for index, draft in enumerate(drafts):
            rank = self._rank(draft, index)
            fact, reasons = self._check(draft)
            if fact is not None:
                if not is_duplicate(fact, self.kept):
                    self.kept.append(fact.model_copy(update={"rank": rank}))
                continue
            self.failures.append(_Failure(draft.statement, draft.quote, reasons[0], self.round))
            problems.append(f"facts[{index}] ({_short(draft.statement)}): " + "; ".join(reasons))
        if problems and self.reasks_left > 0:
            self.reasks_left -= 1
            raise ValueError(
                "these facts are not supported by the article:\n"
                + "\n".join(problems)
                + "\nMatching is literal and in the article's language: copy quotes, attributions and "
                "the article forms of mentions character for character from the article. For each "
                "fact: add the missing mention, widen the quote or add the attribution passage, drop "
                "the unsupported word, or drop the fact. Send all the facts again."
            )

    def _check(self, draft: FactDraft) -> tuple[Fact | None, list[str]]:
        statement = " ".join(draft.statement.split())
        quote = draft.quote.strip()
        if len(tokens(statement)) < MIN_STATEMENT_WORDS:
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
        attribution, problem = self._attribution(draft.attribution, found.start, found.end)
        if problem:
            return None, [problem]
        article_text = self.article_text if self.article_text is not None else self.text
        unsupported = unsupported_by_quote(
            statement, evidence.quote, article_text, attribution.quote if attribution else "", draft.mentions
        )
        if unsupported:
            return None, unsupported
        when, basis = self._when(draft.when, evidence.quote)
        folded_article = fold(article_text)
        quote_numbers = numbers_in(evidence.quote)
        fact = Fact(
            id="",
            kind=draft.kind,
            statement=statement,
            actors=[Actor(name=a) for a in dict.fromkeys(draft.actors) if fold(a) in folded_article],
            when=when,
            when_basis=basis,
            evidence=[evidence, attribution] if attribution else [evidence],
            figures=[Figure(text=text) for text in draft.figures if numbers_in(text) <= quote_numbers],
            language=self.language,
        )
        return fact, []

    def _attribution(self, passage: str, start: int, end: int) -> tuple[Evidence | None, str | None]:
        """The attribution passage placed in the text (verbatim, near the quote), as evidence; None
        when it lies inside the quote already."""
        if not passage:
            return None, None
        found = evidence_for(self.source, self.text, passage)
        if found is None or found.alignment == "fuzzy":
            return None, f"attribution not verbatim in the article: {_short(passage)!r} (copy it exactly)"
        if found.start >= start and found.end <= end:
            return None, None
        if found.start > end + ATTRIBUTION_REACH or found.end < start - ATTRIBUTION_REACH:
            return None, (
                f"attribution too far from the quote: {_short(passage)!r} (take the words next to the quote)"
            )
        evidence = Evidence(
            source=self.source,
            start=found.start + self.offset,
            end=found.end + self.offset,
            quote=found.quote,
            alignment=found.alignment,
        )
        return evidence, None

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


def _key(text: str) -> str:
    return " ".join(t.folded for t in tokens(text))


def _short(text: str, size: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"
