"""The build use case: sources → corpus of verified facts → one or more dated briefings on disk."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from briefing.cache import ExtractionCache, default_cache_dir
from briefing.compose import ComposeOptions, compose, default_as_of
from briefing.engines import EngineConfig, make_extractor
from briefing.errors import BriefingError
from briefing.models import Article, Fact, PartialDate
from briefing.pipeline import Corpus, RunReport, extract, ingest
from briefing.render import write_briefing

Say = Callable[[str], None]


class BuildRequest(BaseModel):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    sources: list[str]
    out: Path = Path("briefings")
    formats: list[str] = Field(default_factory=lambda: ["md", "json"])
    engine: EngineConfig = Field(default_factory=EngineConfig)
    as_of: PartialDate | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    every: str | None = None
    language: str = "en"
    cache_dir: Path | None = None


class BuildResult(BaseModel):
    written: list[Path]
    report: RunReport


def _progress_bar(total: int) -> tuple[Callable[[Article], None], Callable[[], None]]:
    """A rich progress bar on stderr when it is a terminal; silent otherwise."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    console = Console(stderr=True)
    progress = Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal or total < 2,
    )
    task = progress.add_task("extracting", total=total)
    progress.start()
    return (lambda _article: progress.advance(task)), progress.stop


def extract_corpus(sources: list[str], config: EngineConfig, cache_dir: Path | None, say: Say) -> Corpus:
    report = RunReport()
    articles = ingest(sources, report)
    for skipped in report.skipped:
        say(f"skipped {skipped.source}: {skipped.reason}")
    if not articles:
        raise BriefingError(
            "no usable articles in " + ", ".join(sources),
            "name files or folders holding .txt or .md news articles",
        )
    engine = make_extractor(config)
    cache = ExtractionCache(cache_dir or default_cache_dir()) if engine.cacheable else None
    already_skipped = len(report.skipped)
    advance, stop = _progress_bar(len(articles))
    try:
        facts = extract(articles, engine, cache, report, config.concurrency, on_done=advance)
    finally:
        stop()
        if cache is not None:
            cache.close()
    for skipped in report.skipped[already_skipped:]:
        say(f"skipped {skipped.source}: {skipped.reason}")
    failed = {s.source for s in report.skipped[already_skipped:]}
    if len(failed) == len(articles):
        reason = report.skipped[already_skipped].reason
        raise BriefingError(f"no article could be extracted ({reason})", "fix the cause above and run again")
    return Corpus(articles=[a for a in articles if a.source not in failed], facts=facts, report=report)


def in_window(date: PartialDate | None, since: PartialDate | None, until: PartialDate | None) -> bool:
    """A date overlaps [since, until] at its own precision; an undated item is kept."""
    if date is None:
        return True
    if since is not None and date.last_day() < since.first_day():
        return False
    return not (until is not None and date.first_day() > until.last_day())


def select_window(
    corpus: Corpus, since: PartialDate | None, until: PartialDate | None
) -> tuple[list[Article], list[Fact]]:
    """Articles published in the window, and their facts that happened in it; facts dated after
    `until` are kept as outlook of the articles in the window."""
    articles = [a for a in corpus.articles if in_window(a.published, since, until)]
    kept_sources = {a.source for a in articles}
    facts = [
        f
        for f in corpus.facts
        if f.evidence[0].source in kept_sources
        and (f.when is None or since is None or f.when.last_day() >= since.first_day())
    ]
    return articles, facts


def output_name(as_of: PartialDate) -> str:
    name = f"briefing-{as_of.iso()}"
    if not re.fullmatch(r"briefing-[0-9-]+", name):  # names come from dates only, never inputs
        raise ValueError(name)
    return name


def run_build(request: BuildRequest, say: Say) -> BuildResult:
    if request.every is not None:
        raise BriefingError("--every is not available yet", "build one briefing per --since/--until")
    corpus = extract_corpus(request.sources, request.engine, request.cache_dir, say)
    articles, facts = select_window(corpus, request.since, request.until)
    if not articles:
        raise BriefingError(
            "no article falls in the requested --since/--until window", "widen the window or leave it out"
        )
    as_of = request.as_of or request.until or default_as_of(articles, facts)
    if as_of is None:
        raise BriefingError(
            "no article carries a publication date, so the briefing has none", "pass --as-of YYYY-MM-DD"
        )
    engine_name = request.engine.resolved_backend()
    briefing = compose(
        articles,
        facts,
        ComposeOptions(as_of=as_of, language=request.language, engine=engine_name),
        skipped=corpus.report.skipped,
    )
    written = write_briefing(briefing, request.out, output_name(as_of), request.formats)
    say(describe_report(corpus.report))
    return BuildResult(written=written, report=corpus.report)


def describe_report(report: RunReport) -> str:
    """The run report in one line: articles, facts kept and dropped (and why), requests, tokens."""
    reasons = ", ".join(f"{reason}: {count}" for reason, count in sorted(report.dropped_reasons.items()))
    usage = report.usage
    tokens = (
        f", {usage.prompt_tokens} prompt + {usage.completion_tokens} completion tokens"
        if usage.prompt_tokens or usage.completion_tokens
        else ""
    )
    return (
        f"{report.articles} articles ({report.articles_from_cache} from cache), "
        f"{report.facts_kept} facts kept, {report.facts_dropped} dropped"
        + (f" ({reasons})" if reasons else "")
        + f", {usage.requests} requests, {usage.retries} retries{tokens}, {len(report.skipped)} skipped"
    )
