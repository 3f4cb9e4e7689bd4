"""The `openai` engine: any OpenAI-compatible endpoint through the `openai` client and `instructor`.

- Endpoint: `--base-url` or `OPENAI_BASE_URL` (OpenAI itself when neither is set); key from
  `OPENAI_API_KEY`, or a placeholder for a local server that needs none. The key is never logged,
  cached or put in an error message.
- Structured output: instructor sends the `FactsResponse` schema with the request (tools by
  default; `--mode json_schema|json|md_json` for servers that need another), validates the answer
  with the article's `GroundingState` as validation context and re-asks on validation errors
  (malformed JSON, a quote not in the article, a statement its quote does not support), bounded.
- Transport: the openai client retries 429 (honouring `Retry-After`), 5xx, timeouts and dropped
  connections itself, with backoff; every HTTP request is counted by an httpx event hook.
- Thread-safe: the pipeline calls `extract` from a pool of `--concurrency` threads sharing one
  client (its connection pool is far larger than any concurrency we allow).
"""

from __future__ import annotations

import logging
import os
import threading
import weakref
from typing import Any
from urllib.parse import urlsplit

import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorError, InstructorRetryException

from briefing.engines import EngineConfig
from briefing.engines.chunking import DEFAULT_MAX_CHARS
from briefing.engines.llm_extract import ChunkRequest, assemble, chunk_requests, identity_suffix
from briefing.engines.llm_schema import FactsResponse
from briefing.errors import ConfigError, EngineError
from briefing.models import Article, Extraction, Usage

DEFAULT_MODEL = "gpt-4o-mini"
LOCAL_SERVER_KEY = "not-needed"
MAX_REASKS = 3  # validation re-asks per request: malformed JSON, schema errors, ungrounded facts

MODES = {
    "tools": instructor.Mode.TOOLS,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "md_json": instructor.Mode.MD_JSON,
}

# instructor logs every failed attempt at ERROR level; with no handler configured Python would
# print those to stderr. The engine reports failures itself.
logging.getLogger("instructor").addHandler(logging.NullHandler())
logging.getLogger("instructor").propagate = False


def resolve_mode(name: str | None) -> instructor.Mode:
    if name is None:
        return instructor.Mode.TOOLS
    key = name.strip().lower().replace("-", "_")
    if key not in MODES:
        raise ConfigError(f"unknown --mode {name!r}", "use one of: " + ", ".join(MODES))
    return MODES[key]


class OpenAIEngine:
    name = "openai"
    cacheable = True

    def __init__(self, config: EngineConfig, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.model = config.model or DEFAULT_MODEL
        self.base_url = config.base_url or os.environ.get("OPENAI_BASE_URL") or None
        self.language = config.language
        self.max_chars = max_chars
        self.mode = resolve_mode(config.mode)
        key = config.api_key.get_secret_value() if config.api_key else os.environ.get("OPENAI_API_KEY")
        if not key:
            if self.base_url is None:
                raise ConfigError(
                    "the openai backend needs an API key or a server",
                    "set OPENAI_API_KEY, or pass --base-url for a local server (Ollama, vLLM, llama-server)",
                )
            key = LOCAL_SERVER_KEY
        self._secret = key
        self._local = threading.local()
        self._fatal: EngineError | None = None
        http_client = openai.DefaultHttpxClient(event_hooks={"request": [self._count_request]})
        client = openai.OpenAI(
            api_key=key,
            base_url=self.base_url,
            timeout=config.timeout,
            max_retries=config.max_retries,
            http_client=http_client,
        )
        self._client = instructor.from_openai(client, mode=self.mode)
        self._client.on("completion:response", self._count_tokens)
        self._close = weakref.finalize(self, http_client.close)  # its sockets go with the engine

    def close(self) -> None:
        self._close()

    # --- the Extractor protocol -----------------------------------------------------------------

    def identity(self) -> str:
        host = urlsplit(self.base_url).hostname if self.base_url else "api.openai.com"
        return f"openai:{self.model}@{host};{identity_suffix(self.language, self.max_chars)}"

    def extract(self, article: Article) -> Extraction:
        if self._fatal is not None:
            raise self._fatal
        usage = Usage()
        self._local.usage = usage
        try:
            requests = chunk_requests(article, self.language, self.max_chars)
            for request in requests:
                self._ask(request, usage)
        finally:
            self._local.usage = None
        facts, dropped = assemble([request.state for request in requests])
        return Extraction(facts=facts, dropped=dropped, usage=usage)

    # --- one request, with its re-asks ----------------------------------------------------------

    def _ask(self, request: ChunkRequest, usage: Usage) -> None:
        sent_before = usage.requests
        try:
            self._client.chat.completions.create(
                model=self.model,
                messages=request.messages,  # type: ignore[arg-type]
                response_model=FactsResponse,
                max_retries=MAX_REASKS,
                context={"grounding": request.state},
            )
        except (InstructorError, openai.OpenAIError) as error:
            if request.state.kept and not _transport_failure(error):
                return  # re-asks spent on malformed answers after some facts were grounded: keep those
            raise self._engine_error(error) from None
        finally:
            usage.retries += max(0, usage.requests - sent_before - 1)

    def _count_request(self, _request: Any) -> None:
        usage = getattr(self._local, "usage", None)
        if usage is not None:
            usage.requests += 1

    def _count_tokens(self, response: Any) -> None:
        usage = getattr(self._local, "usage", None)
        counted = getattr(response, "usage", None)
        if usage is not None and counted is not None:
            usage.prompt_tokens += int(getattr(counted, "prompt_tokens", 0) or 0)
            usage.completion_tokens += int(getattr(counted, "completion_tokens", 0) or 0)

    # --- errors that say what to do -------------------------------------------------------------

    def _scrub(self, text: str) -> str:
        if len(self._secret) >= 6:
            text = text.replace(self._secret, "***")
        return text if len(text) <= 300 else text[:299] + "…"

    def _engine_error(self, error: BaseException) -> EngineError:
        cause = _root_cause(error)
        where = self.base_url or "api.openai.com"
        if isinstance(cause, openai.AuthenticationError | openai.PermissionDeniedError):
            self._fatal = EngineError(
                f"{where} refused the API key (HTTP {cause.status_code})",
                "check OPENAI_API_KEY (a local server usually needs none)",
            )
            return self._fatal
        if isinstance(cause, openai.NotFoundError):
            self._fatal = EngineError(
                f"{where} has no model {self.model!r} or no chat completions endpoint (HTTP 404)",
                "check --model, and that --base-url ends where /chat/completions starts (usually /v1)",
            )
            return self._fatal
        if isinstance(cause, openai.APITimeoutError):
            return EngineError(
                f"no answer from {where} within the timeout, after retries", "retry later or raise --timeout"
            )
        if isinstance(cause, openai.APIConnectionError):
            self._fatal = EngineError(
                f"cannot reach {where}", "check --base-url and that the server is running"
            )
            return self._fatal
        if isinstance(cause, openai.BadRequestError):
            return EngineError(
                f"{where} rejected the request (HTTP 400): {self._scrub(_message(cause))}",
                "if the server does not support this structured-output mode, try --mode json_schema, "
                "--mode json or --mode md_json",
            )
        if isinstance(cause, openai.APIStatusError):
            return EngineError(
                f"{where} kept failing (HTTP {cause.status_code}) after retries: "
                + self._scrub(_message(cause)),
                "retry later; finished articles are cached",
            )
        if isinstance(error, IncompleteOutputException):
            return EngineError(
                "the model's answer was cut off (length limit)", "use a model with a longer output"
            )
        if isinstance(error, InstructorRetryException):
            attempts = getattr(error, "n_attempts", None)
            return EngineError(
                f"no valid answer after {attempts or MAX_REASKS + 1} attempts: "
                + self._scrub(_message(error)),
                "try another --mode, or a more capable --model",
            )
        return EngineError(f"{type(cause).__name__}: {self._scrub(_message(cause))}")


def _root_cause(error: BaseException) -> BaseException:
    """instructor wraps the client's exceptions; find the client's one when there is one."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, openai.OpenAIError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return error


def _transport_failure(error: BaseException) -> bool:
    return isinstance(_root_cause(error), openai.OpenAIError)


def _message(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__
