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

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from briefing.engines import EngineConfig
from briefing.engines.chunking import DEFAULT_MAX_CHARS
from briefing.engines.llm_extract import ChunkRequest, assemble, chunk_requests, identity_suffix
from briefing.engines.verify import prompt_version as verify_prompt_version
from briefing.engines.verify import verify
from briefing.errors import ConfigError, EngineError
from briefing.models import Article, DroppedFact, Extraction, Usage
from briefing.redact import public_url, register

if TYPE_CHECKING:
    from briefing.engines.openai_client import StructuredClient

DEFAULT_MODEL = "gpt-4o-mini"
LOCAL_SERVER_KEY = "not-needed"
MODE_NAMES = ("tools", "json_schema", "json", "md_json")


def resolve_mode(name: str | None) -> str:
    if name is None:
        return "tools"
    key = name.strip().lower().replace("-", "_")
    if key not in MODE_NAMES:
        raise ConfigError(f"unknown --mode {name!r}", "use one of: " + ", ".join(MODE_NAMES))
    return key


class OpenAIEngine:
    name = "openai"
    cacheable = True
    parallel = True  # I/O-bound: --concurrency requests in flight
    processes = False

    def __init__(self, config: EngineConfig, *, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        self.model = config.model or DEFAULT_MODEL
        self.base_url = config.base_url or os.environ.get("OPENAI_BASE_URL") or None
        self.language = config.language
        self.verify_model: str | None = (
            (config.verify_model or self.model) if config.verify or config.verify_model else None
        )
        self.max_chars = max_chars
        self._mode_given = config.mode is not None
        self._mode = resolve_mode(config.mode)  # checked now: a wrong --mode fails before any work
        key = config.api_key.get_secret_value() if config.api_key else os.environ.get("OPENAI_API_KEY")
        if not key:
            if self.base_url is None:
                raise ConfigError(
                    "the openai backend needs an API key or a server",
                    "set OPENAI_API_KEY, or pass --base-url for a local server (Ollama, vLLM, llama-server)",
                )
            key = LOCAL_SERVER_KEY
        self._secret = key
        register(key if key != LOCAL_SERVER_KEY else None)
        if self.base_url:
            public_url(self.base_url)  # registers any credentials written into it
        self.batch = config.batch
        self._batch_wait = config.batch_wait
        self._batch_reask = config.batch_reask
        self._timeout = config.timeout
        self._max_retries = config.max_retries
        self._client: StructuredClient | None = None
        self._client_lock = threading.Lock()

    def client(self) -> StructuredClient:
        """The connection, made at the first request (the openai and instructor imports are slow)."""
        with self._client_lock:
            if self._client is None:
                from briefing.engines.openai_client import StructuredClient

                self._client = StructuredClient(
                    model=self.model,
                    base_url=self.base_url,
                    api_key=self._secret,
                    mode=self._mode,
                    mode_given=self._mode_given,
                    timeout=self._timeout,
                    max_retries=self._max_retries,
                    replay=self.batch,
                )
            return self._client

    def prepare(self) -> None:
        self.client()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    # --- the Extractor protocol -----------------------------------------------------------------

    def endpoint(self) -> str:
        """Whom the requests go to, for cache keys: engine, model, host and mode; never the key."""
        host = urlsplit(self.base_url).hostname if self.base_url else "api.openai.com"
        mode = self._mode if self._mode_given else "auto"
        return f"openai:{self.model}@{host};mode={mode}"

    def identity(self) -> str:
        identity = f"{self.endpoint()};{identity_suffix(self.language, self.max_chars)}"
        if self.verify_model is not None:  # the verdicts are part of the cached extraction
            identity += f";verify={self.verify_model}:{verify_prompt_version()}"
        return identity

    def requests_for(self, article: Article) -> list[ChunkRequest]:
        return chunk_requests(article, self.language, self.max_chars)

    def before_extracting(
        self, articles: list[Article], store: Path | None, say: Callable[[str], None]
    ) -> dict[str, str]:
        """With --batch: the articles' requests answered through the Batch API first (see
        `openai_batch`); returns sha256 → why an article got no answer. Without: nothing to do."""
        if not self.batch or not articles:
            return {}
        if store is None:
            raise ConfigError("--batch keeps its batches in the cache", "leave the cache on (--cache FOLDER)")
        from briefing.batch_ledger import BatchLedger
        from briefing.engines.openai_batch import BatchRun

        ledger = BatchLedger(store)
        try:
            run = BatchRun(self, ledger, say, wait=self._batch_wait, reask=self._batch_reask)
            return run.prepare(articles)
        finally:
            ledger.close()

    def extract(self, article: Article) -> Extraction:
        usage = Usage()
        failures: list[DroppedFact] = []
        requests = self.requests_for(article)
        client = self.client()
        try:
            for request in requests:
                failure = client.ask(request, usage)
                if failure is not None:
                    failures.append(failure)
        except EngineError as error:
            error.usage = usage  # the article failed, but its requests were sent: count them
            raise
        facts, dropped = assemble([request.state for request in requests])
        if failures and len(failures) == len(requests) and not facts:
            # HTML, prose or another shape for every request: not a result to cache or brief from.
            useless = EngineError(
                f"{self.where()} never answered with the structured JSON asked for "
                "(re-asks included): HTML, prose or another shape",
                "check --model (a chat model), --mode (try json_schema, json or md_json) and that "
                "--base-url is the OpenAI-compatible endpoint (usually ending in /v1)",
            )
            useless.usage = usage
            raise useless
        if self.verify_model is not None:
            try:
                facts, judged = verify(client, facts, self.language, self.verify_model, usage)
            except EngineError as error:
                error.usage = usage
                raise
            dropped += judged
        return Extraction(facts=facts, dropped=dropped + failures, usage=usage)

    def where(self) -> str:
        """The endpoint as it may be shown: no credentials."""
        return public_url(self.base_url) if self.base_url else "api.openai.com"
