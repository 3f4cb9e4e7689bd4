"""What the LLM engines share: the messages for an article (chunked when long), the grounding state
of each request, and the assembly of the grounded facts into one `Extraction`.

An engine only has to send each `ChunkRequest`'s messages and validate the answer as
`FactsResponse` with `{"grounding": request.state}` as validation context, re-asking on a
validation error while `state.reasks_left` allows (the state decides when to stop re-asking).
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.engines.chunking import DEFAULT_MAX_CHARS, DEFAULT_OVERLAP, split_text
from briefing.engines.llm_schema import SCHEMA_VERSION, GroundingState, is_duplicate
from briefing.models import Article, DroppedFact, Fact
from briefing.prompt_templates import load_prompt

SYSTEM_PROMPT = "extract_system.j2"
USER_PROMPT = "extract_user.j2"
LANGUAGE_NAMES = {"en": "English", "it": "Italian"}
MAX_FACTS_PER_REQUEST = 12
GROUNDING_REASKS = 1


def prompt_version() -> str:
    return f"{load_prompt(SYSTEM_PROMPT).version},{load_prompt(USER_PROMPT).version}"


def identity_suffix(language: str, max_chars: int) -> str:
    """The part of an LLM engine's identity that is about what it asks, not whom."""
    return f"prompt={prompt_version()};schema={SCHEMA_VERSION};lang={language};chunk={max_chars}"


@dataclass
class ChunkRequest:
    messages: list[dict[str, str]]
    state: GroundingState


def chunk_requests(
    article: Article,
    language: str,
    max_chars: int = DEFAULT_MAX_CHARS,
    overlap: int = DEFAULT_OVERLAP,
    reasks: int = GROUNDING_REASKS,
) -> list[ChunkRequest]:
    system = load_prompt(SYSTEM_PROMPT).render(
        language_name=LANGUAGE_NAMES.get(language, language), max_facts=MAX_FACTS_PER_REQUEST
    )
    chunks = split_text(article.text, max_chars, overlap)
    requests: list[ChunkRequest] = []
    for number, chunk in enumerate(chunks, start=1):
        user = load_prompt(USER_PROMPT).render(
            title=article.title,
            outlet=article.outlet,
            published=article.published.iso() if article.published else None,
            part=number,
            parts=len(chunks),
            text=chunk.text,
        )
        state = GroundingState(
            source=article.source,
            text=chunk.text,
            offset=chunk.start,
            article_text=article.text,
            published=article.published,
            language=language,
            reasks_left=reasks,
        )
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        requests.append(ChunkRequest(messages=messages, state=state))
    return requests


def assemble(states: list[GroundingState]) -> tuple[list[Fact], list[DroppedFact]]:
    """Grounded facts of every chunk, without duplicates, in the model's order (chunk by chunk):
    `rank` 1 is the article's first fact (a fact fixed on a re-ask keeps the rank it was first
    given), and salience falls with rank."""
    facts: list[Fact] = []
    dropped: list[DroppedFact] = []
    for state in states:
        for fact in sorted(state.kept, key=lambda kept: kept.rank or 0):
            if not is_duplicate(fact, facts):
                rank = len(facts) + 1
                update = {"id": f"llm{rank}", "rank": rank, "salience": 1.0 / rank}
                facts.append(fact.model_copy(update=update))
        dropped.extend(state.dropped())
    return facts, dropped
