"""Ingest → extract (cached, concurrent, grounded) for a set of sources.

The engine is passed in: this module knows the `Extractor` protocol's shape, not any engine.

How articles are spread: an I/O-bound engine (`parallel`) gets `concurrency` threads; a CPU-bound
one that may run in other processes (`processes`, the extractive engine, which is not
thread-safe) gets a pool of `jobs` worker processes (`briefing.workers`), each taking a chunk of
whole articles and sending back their checked extractions (grounded, instructions refused). The
cache and the report stay in this process.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.forkserver
import os
import sys
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed, wait
from typing import Protocol

from pydantic import BaseModel, Field

from briefing import workers
from briefing.cache import ExtractionCache
from briefing.checked import Checked, check
from briefing.errors import EngineError, SourceError
from briefing.ingest import detect_language, discover, read_article
from briefing.models import Article, Extraction, Fact, SkippedSource, Usage

logger = logging.getLogger(__name__)


# Fewer articles than this are extracted in this process: starting worker processes (a fresh
# interpreter importing the engine) costs more than a handful of articles take.
MIN_ARTICLES_FOR_PROCESSES = 16
# Articles per task sent to a worker process: fewer round trips through this process (which
# competes with the workers for the cores), while the last chunks still spread evenly.
MAX_CHUNK = 8
# While worker processes extract, this process's threads that hand them work and take their
# results back (concurrent.futures' manager thread, the call queue's feeder) wait for the GIL,
# which the main thread, busy reading each result ahead for composing, gives up only every 5 ms
# by default (`sys.getswitchinterval`): a worker whose result fills the pipe, or whose queue ran
# dry, waits that long. Given up every half millisecond, a worker waited 20-27 ms between
# chunks instead of 27-52 ms (300 articles, the machine loaded 12 deep).
HANDOVER_SECONDS = 0.0005


class _Engine(Protocol):
    name: str
    cacheable: bool
    parallel: bool
    processes: bool

    def identity(self) -> str: ...

    def extract(self, article: Article) -> Extraction: ...

    def prepare(self) -> None: ...


class RunReport(BaseModel):
    """What a run did: printed at the end of a build, kept in the briefing's method note."""

    articles: int = 0
    articles_from_cache: int = 0
    facts_kept: int = 0
    facts_dropped: int = 0
    dropped_reasons: dict[str, int] = Field(default_factory=dict)
    usage: Usage = Field(default_factory=Usage)
    skipped: list[SkippedSource] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)  # read, but something needs a look


class Corpus(BaseModel):
    articles: list[Article]
    facts: list[Fact]
    report: RunReport


def _skipped(error: SourceError) -> SkippedSource:
    hint = f"; {error.hint}" if error.hint else ""
    return SkippedSource(source=error.source, reason=f"{error.reason}{hint}")


def _fill_languages(articles: list[Article]) -> None:
    for article in articles:
        if article.language is None:
            article.language = detect_language(article.text)


def default_jobs() -> int:
    """The cores this process may run on (`--jobs` when not given)."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counted is not None:
        return max(1, counted() or 1)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _forkserver(engine: _Engine) -> multiprocessing.context.ForkServerContext:
    """The context of worker processes forked from a fresh server process that imports the engine
    and loads the language model once (not from this process, whose threads a fork would copy
    mid-step)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([type(engine).__module__, "briefing.forkserver_preload"])
    return context


def start_processes_early(engine: _Engine, jobs: int, sources: int) -> None:
    """Start the worker processes' server now, when `sources` files are about to be read and
    extracted in `jobs` processes: it imports the engine and loads the language model (a second
    of CPU) on another core while this process reads the articles, and the first workers fork
    from it as soon as there is work. (A server started in vain, should most articles come from
    the cache, ends with this process.)"""
    if engine.processes and jobs > 1 and sources >= MIN_ARTICLES_FOR_PROCESSES:
        _forkserver(engine)
        multiprocessing.forkserver.ensure_running()


def _process_pool(engine: _Engine, count: int, send_raw: bool) -> ProcessPoolExecutor:
    """Workers forked from the server process (`_forkserver`); each gets the engine once, when
    it starts."""
    context = _forkserver(engine)
    return ProcessPoolExecutor(
        max_workers=count, mp_context=context, initializer=workers.start, initargs=(engine, send_raw)
    )


def _submit_chunks(pool: Executor, articles: list[Article], chunks: list[list[int]]) -> list[Future[bytes]]:
    return [pool.submit(workers.extract_chunk, [articles[index] for index in chunk]) for chunk in chunks]


def _chunks(indices: list[int], count: int) -> list[list[int]]:
    """`indices` in order, cut into chunks of at most `MAX_CHUNK`, at least four per worker."""
    size = max(1, min(MAX_CHUNK, len(indices) // (4 * count)))
    return [indices[start : start + size] for start in range(0, len(indices), size)]


def _prepare(engine: _Engine) -> None:
    try:
        engine.prepare()
    except Exception:  # the first extraction meets the same error and reports it per article
        logger.debug("the %s engine failed to get ready", engine.name, exc_info=True)


def ingest(
    arguments: list[str],
    report: RunReport,
    detect_languages: bool = True,
    on_found: Callable[[int], None] | None = None,
) -> list[Article]:
    """Read every source; with `detect_languages=False` the (slow to load) language model is left
    to `extract`, which takes cached articles' languages from the cache instead. `on_found` hears
    how many files there are before they are read."""
    files, problems = discover(arguments)
    if on_found is not None:
        on_found(len(files))
    for problem in problems:
        report.skipped.append(_skipped(problem))
    articles: list[Article] = []
    for source_file in files:
        try:
            articles.append(read_article(source_file, detect_languages, report.warnings))
        except SourceError as error:
            report.skipped.append(_skipped(error))
    return articles


def extract(
    articles: list[Article],
    engine: _Engine,
    cache: ExtractionCache | None,
    report: RunReport,
    concurrency: int = 1,
    on_done: Callable[[Article], None] | None = None,
    while_waiting: Callable[[], None] | None = None,
    jobs: int = 1,
    say: Callable[[str], None] | None = None,
    on_extracted: Callable[[Article, list[Fact]], None] | None = None,
) -> list[Fact]:
    """Extract facts from every article, the cached ones first, the rest `concurrency` at a time
    (an I/O-bound engine) or in `jobs` worker processes (an engine that runs in processes).

    Each finished extraction is written to the cache at once, so an interrupted run loses nothing.
    An article whose engine fails is reported in `report.skipped` (in the articles' order); the
    others go on. `while_waiting` runs on this thread once the requests are out (work the caller
    needs next, done while an I/O-bound engine waits for answers), or at the end when nothing was
    pending. `on_extracted` hears each article with its kept facts, in the articles' order, as
    soon as it and every article before it are done (on this thread, while the later ones are
    still extracted; a failed article is left out). The result does not depend on `concurrency`
    or `jobs`.
    """
    results: dict[int, Checked] = {}
    identity = engine.identity()
    use_cache = cache is not None and engine.cacheable
    pending: list[int] = []
    for index, article in enumerate(articles):
        cached = cache.get(article.sha256, identity) if use_cache and cache is not None else None
        if cached is not None:
            article.language = article.language or cached.language
            results[index] = check(article, cached.model_copy(update={"usage": Usage()}))
            report.articles_from_cache += 1
            if on_done:
                on_done(article)
        else:
            pending.append(index)

    failures: dict[int, str] = {}
    before = getattr(engine, "before_extracting", None)  # an engine's own step first (--batch)
    if before is not None and pending:
        unanswered = before(
            [articles[index] for index in pending],
            cache.path if use_cache and cache is not None else None,
            say or (lambda _line: None),
        )
        for index in [index for index in pending if articles[index].sha256 in unanswered]:
            failures[index] = unanswered[articles[index].sha256]
            pending.remove(index)
            if on_done:
                on_done(articles[index])

    apart = engine.processes and jobs > 1 and len(pending) >= MIN_ARTICLES_FOR_PROCESSES
    warm_up = threading.Thread(target=_prepare, args=(engine,), name="engine-warm-up", daemon=True)
    if pending and not apart:  # the engine gets ready (imports, a connection, a model) on its own thread
        warm_up.start()
    if not engine.parallel and not apart:
        _fill_languages(articles)  # a CPU-bound engine reads them; nothing to overlap with

    def keep(article: Article, raw: Extraction) -> Extraction:
        """Cache an extraction with the article's language as known now (it may still be None)."""
        kept = raw.model_copy(update={"language": article.language})
        if use_cache and cache is not None:
            cache.put(article.sha256, identity, kept)
        return kept

    def run(index: int) -> Extraction:
        """Extract on a worker thread and cache the result there and then: what finished is saved
        even while the main thread is busy (detecting languages) or is killed a moment later."""
        article = articles[index]
        return keep(article, engine.extract(article))

    def finish(index: int, future: Future[Extraction]) -> None:
        """Record one article's outcome from a thread (on the main thread)."""
        article = articles[index]
        try:
            raw = future.result()
        except Exception as error:  # one article's failure must not end the run
            failures[index] = workers.failure_reason(engine.name, article, error)
            if isinstance(error, EngineError) and error.usage is not None:
                report.usage.add(error.usage)
        else:
            if raw.language != article.language:
                keep(article, raw)  # its language was detected after it was cached
            results[index] = check(article, raw)
        if on_done:
            on_done(article)

    def finish_chunk(chunk: list[int], future: Future[bytes]) -> None:
        """Record the outcomes of a chunk of articles from a worker process (on the main thread)."""
        from briefing.rules.sentences import furniture_read_elsewhere  # (imported where it is needed)

        try:
            outcomes = workers.DONE_CHUNK.validate_json(future.result())
        except Exception as error:  # a worker died (killed, out of memory): its chunk is lost
            for index in chunk:
                failures[index] = workers.failure_reason(engine.name, articles[index], error)
            outcomes = []
        for index, done in zip(chunk, outcomes, strict=False):
            article = articles[index]
            article.language = article.language or done.language  # detected over there
            if done.furniture is not None:
                furniture_read_elsewhere(article.text, done.furniture)
            if done.checked is None:
                failures[index] = done.failure or "the worker process sent no extraction back"
            else:
                if done.raw is not None:
                    keep(article, done.raw)  # cached from this process only
                results[index] = done.checked
        if on_done:
            for index in chunk:
                on_done(articles[index])

    def tell(told: int) -> int:
        """`on_extracted` for the articles done after the first `told`, up to the first not yet
        done; how many are told now."""
        while told < len(articles) and (told in results or told in failures):
            if on_extracted is not None and told in results:
                on_extracted(articles[told], results[told].extraction.facts)
            told += 1
        return told

    pool: Executor
    futures: dict[Future[Extraction], int] = {}
    chunk_futures: dict[Future[bytes], list[int]] = {}
    if apart:
        count = min(jobs, len(pending))
        pool = _process_pool(engine, count, send_raw=use_cache)
    else:
        threads = max(1, min(concurrency if engine.parallel else 1, len(pending)))
        pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="extract")
    submitting: Future[list[Future[bytes]]] | None = None
    switch_interval = sys.getswitchinterval()
    if apart:
        sys.setswitchinterval(HANDOVER_SECONDS)  # (the workers wait less for this process)
    try:
        if apart:
            # The first chunk waits for the forkserver to start (imports, the language model: a
            # second or so); the chunks go out from a thread of their own, and this one does
            # `while_waiting` meanwhile.
            chunks = _chunks(pending, count)
            submitter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="submit")
            submitting = submitter.submit(_submit_chunks, pool, articles, chunks)
            submitter.shutdown(wait=False)
        else:
            futures = {pool.submit(run, index): index for index in pending}
        if warm_up.is_alive():
            warm_up.join()  # first the requests go out (the GIL is shared), then…
        if while_waiting is not None:
            while_waiting()
            while_waiting = None
        told = tell(0)  # the cached ones (after `while_waiting`, which may import what it needs)
        if submitting is not None:
            chunk_futures = dict(zip(submitting.result(), chunks, strict=True))
        else:  # (worker processes detect their articles' languages themselves)
            _fill_languages(articles)  # …languages are detected while they are in flight
        for future in as_completed(futures):
            finish(futures[future], future)
            told = tell(told)
        for chunk_future in as_completed(chunk_futures):
            finish_chunk(chunk_futures[chunk_future], chunk_future)
            told = tell(told)
    except BaseException:
        # Ctrl-C: articles not yet started are cancelled; every extraction that finished is in the
        # cache already. Threads in flight are abandoned (an LLM's answer may be a --timeout
        # away, and nobody would read it). Worker processes finish their chunk (a fraction of a
        # second) and are told to stop: the CLI leaves without the interpreter's teardown, and a
        # worker nobody stops waits for work for ever.
        if submitting is not None:
            wait([submitting])  # the workers being started are started
        pool.shutdown(wait=apart, cancel_futures=True)
        raise
    finally:
        sys.setswitchinterval(switch_interval)
    pool.shutdown(wait=True)
    if while_waiting is not None:
        while_waiting()
    for index in sorted(failures):
        report.skipped.append(SkippedSource(source=articles[index].source, reason=failures[index]))

    facts: list[Fact] = []
    reasons: Counter[str] = Counter(report.dropped_reasons)
    for index in sorted(results):
        extraction, warning = results[index].extraction, results[index].warning
        if warning is not None:
            report.warnings.append(warning)
        facts.extend(extraction.facts)
        report.usage.add(extraction.usage)
        report.facts_dropped += len(extraction.dropped)
        reasons.update(dropped.reason for dropped in extraction.dropped)
    report.dropped_reasons = dict(reasons)
    report.facts_kept += len(facts)
    report.articles += len(articles)
    return facts
