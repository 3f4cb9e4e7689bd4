"""`--verify`: a second opinion on the facts the support check kept, from the model itself (or
`--verify-model`).

The program's check (`briefing.support`) is literal: it cannot tell that a verbatim quote's
numbers were attached to the wrong year, or that a statement misreads a clause. With `--verify`,
the openai engine sends one more request per article listing each kept fact (statement, quote,
attribution) and asks whether the quote entails the statement. Facts judged unsupported are
dropped and counted in the run report; a fact the answer does not judge is kept. The verdicts are
part of the article's extraction, cached with it under an identity that names the verifying model
and this prompt, so a rebuild asks nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field, field_validator

from briefing.engines.llm_extract import LANGUAGE_NAMES
from briefing.models import DroppedFact, Fact, Usage
from briefing.prompt_templates import load_prompt

if TYPE_CHECKING:
    from briefing.engines.openai_client import StructuredClient

SYSTEM_PROMPT = "verify_system.j2"
USER_PROMPT = "verify_user.j2"
VERIFY_REASKS = 1
UNSUPPORTED = "judged unsupported by its quote (--verify)"


def prompt_version() -> str:
    return f"{load_prompt(SYSTEM_PROMPT).version},{load_prompt(USER_PROMPT).version}"


class Verdict(BaseModel):
    id: str
    supported: bool

    @field_validator("id", mode="before")
    @classmethod
    def _short_id(cls, value: Any) -> Any:
        text = str(value).strip().strip("[]").strip().upper()
        return f"C{text}" if text.isdigit() else text


class Verdicts(BaseModel):
    """Whether each fact's quote (and attribution) entails its statement."""

    verdicts: list[Verdict] = Field(default_factory=list)


def verify_messages(facts: list[Fact], language: str) -> list[dict[str, str]]:
    listed = [
        {
            "id": f"C{number}",
            "statement": fact.statement,
            "quote": " ".join(fact.evidence[0].quote.split()),
            "attribution": " ".join(e.quote for e in fact.evidence[1:2]),
        }
        for number, fact in enumerate(facts, start=1)
    ]
    system = load_prompt(SYSTEM_PROMPT).render(language_name=LANGUAGE_NAMES.get(language, language))
    user = load_prompt(USER_PROMPT).render(facts=listed)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def verify(
    client: StructuredClient, facts: list[Fact], language: str, model: str | None, usage: Usage
) -> tuple[list[Fact], list[DroppedFact]]:
    """The facts the model judges supported (and those it does not judge), and the others as drops.

    Raises `EngineError` on a transport failure; an answer that never validates judges nothing."""
    from briefing.engines.openai_client import NoValidAnswer

    if not facts:
        return [], []
    try:
        answer = client.structured(
            verify_messages(facts, language), Verdicts, {}, usage, reasks=VERIFY_REASKS, model=model
        )
    except NoValidAnswer:
        return facts, []
    unsupported = {verdict.id for verdict in answer.verdicts if not verdict.supported}
    kept: list[Fact] = []
    dropped: list[DroppedFact] = []
    for number, fact in enumerate(facts, start=1):
        if f"C{number}" in unsupported:
            dropped.append(
                DroppedFact(reason=UNSUPPORTED, statement=fact.statement, quote=fact.evidence[0].quote)
            )
        else:
            kept.append(fact)
    return kept, dropped
