"""Engines behind one protocol. The core never imports this package; the CLI picks an engine."""

from __future__ import annotations

import os
from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel, Field, SecretStr

from briefing.errors import ConfigError
from briefing.models import Article, Extraction

Backend = Literal["auto", "extractive", "openai", "llama"]


@runtime_checkable
class Extractor(Protocol):
    """Reads one article and returns facts whose evidence is cut from that article's text.

    The pipeline re-verifies every evidence span anyway: an engine cannot smuggle in a quote.
    """

    name: str
    cacheable: bool
    parallel: bool  # may several articles be extracted at once (I/O-bound engines)?
    processes: bool  # may articles be extracted in worker processes (CPU-bound, picklable engines)?

    def identity(self) -> str:
        """Engine, model and prompt/schema versions: what the cache key needs. Never a secret."""
        ...

    def extract(self, article: Article) -> Extraction: ...

    def prepare(self) -> None:
        """Get ready to extract (imports, a connection, a model): called once, on a background
        thread, when some article is not in the cache. May do nothing."""
        ...


class EngineConfig(BaseModel):
    backend: Backend = "auto"
    model: str | None = None
    base_url: str | None = None
    api_key: SecretStr | None = Field(default=None, exclude=True, repr=False)
    mode: str | None = None
    concurrency: int = Field(default=4, ge=1, le=256)
    jobs: int | None = Field(default=None, ge=1, le=1024)  # worker processes; None: one per core
    batch: bool = False  # openai: cache misses through the Batch API
    batch_wait: bool = True  # wait for the batch to end (else submit and stop)
    batch_reask: bool = False  # re-asks as further batches, not interactive requests
    timeout: float = Field(default=120.0, gt=0)
    max_retries: int = Field(default=4, ge=0, le=20)
    language: str = "en"
    verify: bool = False  # openai: one more request per article judging each kept fact
    verify_model: str | None = None  # the model that judges (default: --model)

    def resolved_backend(self) -> Backend:
        """`auto` is `openai` when an endpoint or key is configured, else `extractive`."""
        if self.backend != "auto":
            return self.backend
        if self.base_url or os.environ.get("OPENAI_BASE_URL") or os.environ.get("OPENAI_API_KEY"):
            return "openai"
        return "extractive"


def make_extractor(config: EngineConfig) -> Extractor:
    backend = config.resolved_backend()
    if (config.verify or config.verify_model) and backend != "openai":
        raise ConfigError(
            f"--verify asks an LLM to judge each fact; the {backend} engine has none to ask",
            "use --backend openai with --base-url or OPENAI_API_KEY, or leave out --verify",
        )
    if backend == "extractive":
        from briefing.engines.extractive import ExtractiveEngine

        return ExtractiveEngine()
    if backend == "openai":
        from briefing.engines.openai_engine import OpenAIEngine

        return OpenAIEngine(config)
    if backend == "llama":
        try:
            from briefing.engines.llama_engine import LlamaEngine
        except ImportError as error:
            raise ConfigError(
                "the llama engine needs llama-cpp-python",
                "install it with: pip install 'briefing[llama]'",
            ) from error
        return LlamaEngine(config)
    raise ConfigError(f"unknown backend {backend!r}", "use auto, extractive, openai or llama")
