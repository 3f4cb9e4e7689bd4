"""Key points written by the LLM of the openai engine.

`compose` hands a `KeyPointRequest` (the ranked candidate facts, at most `KEY_POINT_CANDIDATES`)
to a `KeyPointWriter`. This one lists the facts in a prompt under short ids (`F1`, `F2`, …) with
their date, how many sources carry them and their verified quotes, and asks, through the engine's
own `StructuredClient` (openai + instructor, same transport retries and usage counting), for
`KeyPoints`: sentences of the model's own in the briefing's language, each citing fact ids.

The answer is validated inside instructor's loop (a `KeyPointState` as validation context), with
the rules of `validate_key_points`: every cited id must be one of the listed ones, every number
in a sentence must be in a quote of a cited fact (days and years included: dates are numbers
too), every name and month it writes must be in those quotes or the cited facts' statements
(`briefing.support.names_and_dates`, as for extracted facts), and a sentence that cites nothing
is invalid. Any problem is sent back to the model once
(a re-ask); points still invalid after it are dropped, the valid ones kept. When none survive,
the writer returns nothing and compose falls back to the salience key points; when the server
keeps failing, the writer says so and returns the salience key points itself: a build never
fails for its key points.

Answers are cached in the SQLite cache under everything they depend on (endpoint, model, mode,
schema version, the rendered prompts, the facts' ids), so a warm rebuild sends no request.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from briefing.cache import ExtractionCache, default_cache_dir
from briefing.compose.keypoints import (
    KeyPointRequest,
    KeyPointWriter,
    SalienceKeyPoints,
    WrittenKeyPoint,
    validate_key_points,
)
from briefing.engines import Extractor
from briefing.engines.llm_extract import LANGUAGE_NAMES
from briefing.engines.llm_schema import context_of
from briefing.engines.openai_engine import OpenAIEngine
from briefing.errors import EngineError
from briefing.models import Fact, Usage
from briefing.prompt_templates import load_prompt
from briefing.support import Support, names_and_dates

SYSTEM_PROMPT = "keypoints_system.j2"
USER_PROMPT = "keypoints_user.j2"
SCHEMA_VERSION = "keypoints-1"
CACHE_KIND = "key_points"
# One re-ask, for a malformed answer or one naming every invalid point; then the invalid points are
# dropped (or, with no answer that parsed, the salience key points stand in): a briefing's key
# points are not worth more round trips at the end of a build.
KEYPOINT_REASKS = 1
QUOTES_PER_FACT = 2
QUOTE_CHARS = 400

Say = Callable[[str], None]

_ID_IN_TEXT = re.compile(r"\s*[\[(]\s*F\d+(?:\s*[,;]\s*F\d+)*\s*[\])]", re.IGNORECASE)


def prompt_version() -> str:
    return f"{load_prompt(SYSTEM_PROMPT).version},{load_prompt(USER_PROMPT).version}"


def short_id(value: Any) -> str:
    """`F3`, `f3`, `[F3]`, `3` and 3 are all `F3`."""
    text = str(value).strip().strip("[]()").strip().upper()
    return f"F{text}" if text.isdigit() else text


class PointDraft(BaseModel):
    """One key point."""

    text: str = Field(description="one sentence of your own, in the briefing's language")
    fact_ids: list[str] = Field(default_factory=list, description='ids of the facts it rests on, e.g. "F3"')

    @field_validator("text", mode="before")
    @classmethod
    def _without_ids(cls, value: Any) -> Any:
        return " ".join(_ID_IN_TEXT.sub("", value).split()) if isinstance(value, str) else value

    @field_validator("fact_ids", mode="before")
    @classmethod
    def _short_ids(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str | int):
            value = re.split(r"[,;\s]+", str(value))
        if not isinstance(value, list):
            return value
        return [short_id(item) for item in value if str(item).strip()]


class KeyPoints(BaseModel):
    """The key points of a briefing, most important first, each citing the facts it rests on."""

    points: list[PointDraft]

    @model_validator(mode="after")
    def _supported(self, info: ValidationInfo) -> KeyPoints:
        state = context_of(info).get("key_points")
        if isinstance(state, KeyPointState):
            state.review(self.points)
        return self


@dataclass
class KeyPointState:
    """What the model was shown (facts under short ids) and what survived validation so far."""

    facts: dict[str, Fact]  # short id -> fact
    limit: int
    reasks_left: int = KEYPOINT_REASKS
    kept: list[WrittenKeyPoint] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def problems(self, drafts: list[PointDraft]) -> list[list[str]]:
        found: list[list[str]] = []
        for draft in drafts:
            if not draft.text:
                found.append(["has no text"])
            elif not draft.fact_ids:
                found.append(["cites no fact id: every key point must cite the facts it rests on"])
            else:
                point = WrittenKeyPoint(text=draft.text, fact_ids=draft.fact_ids)
                problems = validate_key_points([point], self.facts)[0]
                if not problems:  # numbers and ids are right: now names and dates, as for facts
                    cited = [self.facts[i] for i in draft.fact_ids if i in self.facts]
                    # The cited facts' statements passed the same check against their quotes, so
                    # they may carry names in the briefing's language (`Ukraine` for `Ucraina`).
                    support = "\n".join(
                        [e.quote for f in cited for e in f.evidence] + [f.statement for f in cited]
                    )
                    problems = names_and_dates(draft.text, Support(support))
                found.append(problems)
        return found

    def review(self, drafts: list[PointDraft]) -> None:
        """Keep the valid points; while a re-ask is left, raise naming each invalid one."""
        drafts = drafts[: self.limit]
        problems = self.problems(drafts)
        self.kept = [
            WrittenKeyPoint(
                text=draft.text, fact_ids=[self.facts[i].id for i in dict.fromkeys(draft.fact_ids)]
            )
            for draft, found in zip(drafts, problems, strict=True)
            if not found
        ]
        self.dropped = [
            f'point {n} ("{draft.text[:80]}"): ' + "; ".join(found)
            for n, (draft, found) in enumerate(zip(drafts, problems, strict=True), start=1)
            if found
        ]
        if self.dropped and self.reasks_left > 0:
            self.reasks_left -= 1
            raise ValueError(
                "some key points break the rules; write all the key points again, fixing these: "
                + " | ".join(self.dropped)
            )


class KeyPointAnswer(BaseModel):
    """What the cache keeps of one key-point request."""

    points: list[WrittenKeyPoint]
    dropped: list[str] = Field(default_factory=list)


def _clip(quote: str) -> str:
    text = " ".join(quote.split())
    if len(text) <= QUOTE_CHARS:
        return text
    return text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def key_point_messages(request: KeyPointRequest) -> tuple[list[dict[str, str]], dict[str, Fact]]:
    """The prompt for `request`, and the facts under the short ids it uses."""
    by_short = {f"F{n}": fact for n, fact in enumerate(request.facts, start=1)}
    listed = [
        {
            "id": short,
            "statement": " ".join(fact.statement.split()),
            "date": fact.when.iso() if fact.when else None,
            "sources": len({e.source for e in fact.evidence}),
            "quotes": [_clip(q) for q in dict.fromkeys(e.quote for e in fact.evidence)][:QUOTES_PER_FACT],
        }
        for short, fact in by_short.items()
    ]
    language = LANGUAGE_NAMES.get(request.language, request.language)
    system = load_prompt(SYSTEM_PROMPT).render(language_name=language, limit=request.limit)
    user = load_prompt(USER_PROMPT).render(as_of=request.as_of.iso(), facts=listed)
    messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
    return messages, by_short


class LLMKeyPoints:
    """A `KeyPointWriter` asking the openai engine's model; requests counted into `usage`."""

    name = "openai"

    def __init__(self, engine: OpenAIEngine, cache_dir: Path | None, usage: Usage, say: Say) -> None:
        self.engine = engine
        self.cache_dir = cache_dir
        self.usage = usage
        self.say = say

    def identity(self) -> str:
        return f"{self.engine.endpoint()};keypoints={prompt_version()};schema={SCHEMA_VERSION}"

    def write(self, request: KeyPointRequest) -> list[WrittenKeyPoint]:
        if not request.facts or request.limit < 1:
            return []
        messages, by_short = key_point_messages(request)
        material = json.dumps(
            {"writer": self.identity(), "messages": messages, "ids": [f.id for f in request.facts]},
            ensure_ascii=False,
            sort_keys=True,
        )
        answer = self._cached(material)
        if answer is None:
            try:
                answer = self._ask(messages, by_short, request.limit)
            except EngineError as error:
                self.say(f"key points: {error.message}; using the most salient facts instead")
                return SalienceKeyPoints().write(request)
            self._store(material, answer)
        if answer.dropped:
            self.say(
                f"key points: dropped {len(answer.dropped)} that the model wrote "
                "(an unknown fact id, a number no cited quote holds, or no fact id)"
            )
        if not answer.points:
            self.say(
                "key points: none the model wrote passed validation; using the most salient facts instead"
            )
        return answer.points

    def _ask(self, messages: list[dict[str, str]], facts: dict[str, Fact], limit: int) -> KeyPointAnswer:
        from briefing.engines.openai_client import NoValidAnswer

        state = KeyPointState(facts=facts, limit=limit)
        # With no valid answer, the valid points of the last answer that parsed (if any) are in the state.
        with contextlib.suppress(NoValidAnswer):
            client = self.engine.client()
            client.structured(messages, KeyPoints, {"key_points": state}, self.usage, reasks=KEYPOINT_REASKS)
        return KeyPointAnswer(points=state.kept, dropped=state.dropped)

    def _cached(self, material: str) -> KeyPointAnswer | None:
        cache = ExtractionCache(self.cache_dir or default_cache_dir())
        try:
            payload = cache.get_answer(CACHE_KIND, material)
        finally:
            cache.close()
        if payload is None:
            return None
        try:
            return KeyPointAnswer.model_validate_json(payload)
        except ValueError:
            return None  # written by an older version: ask again

    def _store(self, material: str, answer: KeyPointAnswer) -> None:
        cache = ExtractionCache(self.cache_dir or default_cache_dir())
        try:
            cache.put_answer(CACHE_KIND, material, answer.model_dump_json())
        finally:
            cache.close()


def make_key_writer(engine: Extractor, cache_dir: Path | None, usage: Usage, say: Say) -> KeyPointWriter:
    """The LLM writer, on the extraction's own connection, when the build extracts with the openai
    engine; the salience writer otherwise."""
    if isinstance(engine, OpenAIEngine):
        return LLMKeyPoints(engine, cache_dir, usage, say)
    return SalienceKeyPoints()
