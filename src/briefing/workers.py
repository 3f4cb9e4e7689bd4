"""The worker-process side of `--jobs`: whole articles in, checked extractions out.

Workers are forked from a forkserver that has imported this module and the engine's, and run
`warm_up` (`briefing.forkserver_preload`): the language model is loaded there once and every
worker shares it. A worker gets the engine once,
when it starts; each task is then a chunk of articles. For each article it detects the language
(when not known), extracts, grounds and refuses instructions (`briefing.checked`), and sends the
outcome back as JSON, which pydantic turns back into models several times faster than pickle.
The parent process only records what comes back (and writes its cache: from one place).
"""

from __future__ import annotations

import logging
import signal
from typing import Protocol

from pydantic import BaseModel, TypeAdapter

from briefing.checked import Checked, check
from briefing.errors import BriefingError
from briefing.ingest import detect_language
from briefing.models import Article, Extraction
from briefing.rules.sentences import furniture_spans

logger = logging.getLogger(__name__)


class _Engine(Protocol):
    name: str

    def extract(self, article: Article) -> Extraction: ...


class Done(BaseModel):
    """One article's outcome in a worker process."""

    language: str | None
    checked: Checked | None = None
    raw: Extraction | None = None  # the engine's own extraction, when the parent caches it
    failure: str | None = None  # why the engine failed, in words for the report
    # The lines its page sets apart (`rules.sentences.furniture_spans`), read here while the
    # article was cut into sentences: composing needs them too, and need not read the page again.
    furniture: list[tuple[int, int]] | None = None


DONE_CHUNK = TypeAdapter(list[Done])


def failure_reason(engine_name: str, article: Article, error: Exception) -> str:
    """Why an article was skipped, in words for the report."""
    if isinstance(error, BriefingError):
        return str(error)
    logger.debug("the %s engine failed on %s", engine_name, article.source, exc_info=error)
    return (
        f"the {engine_name} engine failed ({type(error).__name__}: {error}); run with --debug for the details"
    )


_engine: _Engine | None = None
_send_raw = False


def start(engine: _Engine, send_raw: bool) -> None:
    """A worker's initializer: keep the engine; leave Ctrl-C to the parent, which stops the pool."""
    global _engine, _send_raw
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _engine, _send_raw = engine, send_raw


def _extract_one(engine: _Engine, article: Article) -> Done:
    try:
        if article.language is None:
            article.language = detect_language(article.text)
        raw = engine.extract(article).model_copy(update={"language": article.language})
        return Done(
            language=article.language,
            checked=check(article, raw),
            raw=raw if _send_raw else None,
            furniture=list(furniture_spans(article.text)),
        )
    except Exception as error:  # one article's failure must not end the others
        return Done(language=article.language, failure=failure_reason(engine.name, article, error))


def extract_chunk(articles: list[Article]) -> bytes:
    """In a worker: each article's `Done`, in order, as one JSON document (`DONE_CHUNK`)."""
    if _engine is None:
        raise RuntimeError("briefing.workers.start() has not run in this process")
    engine = _engine
    return DONE_CHUNK.dump_json([_extract_one(engine, article) for article in articles])


def warm_up() -> None:
    """Load what every worker needs and would otherwise load for itself: the language model
    (about 0.6 s of CPU). Run by the forkserver (`briefing.forkserver_preload`), before it forks."""
    detect_language("Il modello della lingua si carica una volta sola, prima dei processi.")
