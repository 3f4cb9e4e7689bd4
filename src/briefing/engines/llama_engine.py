"""The `llama` engine: a local GGUF model run in-process by llama-cpp-python (the `llama` extra).

    briefing build seeds/ --backend llama --model path/to/model.gguf

The model answers under a JSON-schema grammar (`response_format={"type": "json_object",
"schema": ...}`), so its output always parses; what it says is then validated exactly as the
openai engine's answers are: the same `FactsResponse` model with the article's `GroundingState`
as validation context, the same bounded re-asks with the validation error, the same drops. A
model's invented quotes and unsupported statements never become facts. One model instance is
shared and used by one thread at a time.
"""

from __future__ import annotations

import copy
import threading
from pathlib import Path
from typing import Any, cast

import llama_cpp
from pydantic import ValidationError

from briefing.engines import EngineConfig
from briefing.engines.chunking import DEFAULT_MAX_CHARS
from briefing.engines.llm_extract import ChunkRequest, assemble, chunk_requests, identity_suffix
from briefing.engines.llm_schema import FactsResponse
from briefing.errors import ConfigError, EngineError
from briefing.models import Article, Extraction, Usage

MAX_REASKS = 2
DATE_PATTERN = "^[12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?$"
REASK_INSTRUCTION = "Fix the errors and answer again in JSON."
DEFAULT_CONTEXT = 8192
MAX_OUTPUT_TOKENS = 2048
CHARS_PER_TOKEN = 2.5  # a cautious figure for Italian and English prose
PROMPT_RESERVE = 900  # tokens of instructions around the article


def grammar_schema(max_facts: int = 8, max_text: int = 400) -> dict[str, Any]:
    """`FactsResponse`'s schema, bounded so that a small model cannot write without end, and with
    the date's shape spelled out (the grammar then makes it impossible to write anything else)."""
    schema = copy.deepcopy(FactsResponse.model_json_schema())
    schema["properties"]["facts"]["maxItems"] = max_facts
    draft = schema["$defs"]["FactDraft"]
    properties = draft["properties"]
    for name in ("statement", "quote"):
        properties[name]["maxLength"] = max_text
    properties["when"] = {"anyOf": [{"type": "string", "pattern": DATE_PATTERN}, {"type": "null"}]}
    for name in ("actors", "figures"):
        properties[name]["maxItems"] = 4
        properties[name]["items"]["maxLength"] = 60
    properties["mentions"]["maxItems"] = 6
    properties["attribution"]["maxLength"] = 120
    draft["required"] = ["statement", "quote", "kind", "when"]
    return schema


class LlamaEngine:
    name = "llama"
    cacheable = True
    parallel = False  # one model in this process; llama.cpp contexts are not for concurrent calls
    processes = False  # one model, loaded once: not one per worker process

    def __init__(
        self,
        config: EngineConfig,
        *,
        n_ctx: int = DEFAULT_CONTEXT,
        n_threads: int | None = None,
        max_facts: int = 8,
        max_output_tokens: int = MAX_OUTPUT_TOKENS,
    ) -> None:
        if not config.model:
            raise ConfigError("the llama backend needs a model file", "pass --model PATH.gguf")
        path = Path(config.model).expanduser()
        if not path.is_file() or path.suffix.lower() != ".gguf":
            raise ConfigError(f"{config.model}: no such .gguf file", "pass --model PATH.gguf (a local file)")
        self.path = path
        self.language = config.language
        try:
            self._llm = llama_cpp.Llama(
                model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, seed=0, verbose=False
            )
        except (ValueError, RuntimeError) as error:
            raise ConfigError(
                f"{path}: llama.cpp cannot load it ({error})", "is it a GGUF model file?"
            ) from error
        context = min(n_ctx, int(self._llm.n_ctx()))
        self.max_output_tokens = max_output_tokens
        room = context - max_output_tokens - PROMPT_RESERVE
        self.max_chars = max(1000, min(DEFAULT_MAX_CHARS, int(room * CHARS_PER_TOKEN)))
        self.max_facts = max_facts
        self._schema = grammar_schema(max_facts)
        self._lock = threading.Lock()

    def prepare(self) -> None:
        """Nothing more: the model is loaded when the engine is made."""

    def identity(self) -> str:
        size = self.path.stat().st_size
        suffix = identity_suffix(self.language, self.max_chars)
        return f"llama:{self.path.name}:{size};facts={self.max_facts};{suffix}"

    def extract(self, article: Article) -> Extraction:
        usage = Usage()
        requests = chunk_requests(article, self.language, self.max_chars)
        for request in requests:
            self._ask(request, usage)
        facts, dropped = assemble([request.state for request in requests])
        return Extraction(facts=facts, dropped=dropped, usage=usage)

    def _complete(self, messages: list[dict[str, str]], usage: Usage) -> str:
        with self._lock:
            result: Any = self._llm.create_chat_completion(
                messages=cast(Any, messages),
                response_format={"type": "json_object", "schema": self._schema},
                temperature=0.0,
                max_tokens=self.max_output_tokens,
            )
        usage.requests += 1
        counted = result.get("usage") or {}
        usage.prompt_tokens += int(counted.get("prompt_tokens", 0))
        usage.completion_tokens += int(counted.get("completion_tokens", 0))
        return str(result["choices"][0]["message"].get("content") or "")

    def _ask(self, request: ChunkRequest, usage: Usage) -> None:
        messages = list(request.messages)
        error: Exception | None = None
        for attempt in range(MAX_REASKS + 1):
            if attempt:
                usage.retries += 1
            answer = self._complete(messages, usage)
            try:
                FactsResponse.model_validate_json(answer, context={"grounding": request.state})
                return
            except ValidationError as invalid:
                error = invalid
                messages += [
                    {"role": "assistant", "content": answer},
                    {
                        "role": "user",
                        "content": f"Validation Error found:\n{invalid}\n" + REASK_INSTRUCTION,
                    },
                ]
        if request.state.kept:
            return  # the re-asks are spent, but some facts were grounded on the way
        detail = " ".join(str(error).split())[:200] if error else ""
        raise EngineError(
            f"{self.path.name} gave no valid answer after {MAX_REASKS + 1} attempts: {detail}",
            "use a larger model",
        )
