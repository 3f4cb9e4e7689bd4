"""The build use case: sources → corpus of verified facts → one or more dated briefings on disk.

Windows (`--since`, `--until`, `--every`), stated once here and in the README:

- An article is in a window when its publication date overlaps [since, until] at the date's own
  precision (`2024-11` overlaps `--since 2024-11-20`). Undated articles are always included, and
  every statement drawn only from them says that its source is undated.
- A fact is kept when its article is, unless it is dated entirely before `since` (background that
  belongs to an earlier window). Facts dated after `until` are kept: they are the outlook.
- `--as-of` defaults to `--until` when given, else to the latest publication date in the window.
- `--every week|month` writes one briefing per calendar month (or ISO week, Monday to Sunday) that
  holds articles, named `briefing-2025-04` / `briefing-2025-W14`, each as of the latest publication
  date in its period, plus `index.md` (and `index.json` / `index.html` with those formats) linking
  them. An article goes to the period holding the *last* day its date can mean (an article dated
  `2024-11` was out by 30 November), so nothing is briefed before it could have been published.
  Undated articles go to the latest period, labelled as undated.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from briefing.cache import ExtractionCache, default_cache_dir
from briefing.engines import EngineConfig, Extractor, make_extractor
from briefing.errors import BriefingError
from briefing.i18n import format_date, labels
from briefing.models import AboutNote, Article, Fact, PartialDate, Period
from briefing.pipeline import Corpus, RunReport, default_jobs, extract, ingest, start_processes_early

if TYPE_CHECKING:
    from briefing.render import IndexEntry

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
    length: Literal["short", "standard", "long"] = "standard"
    about: str | None = None


class BuildResult(BaseModel):
    written: list[Path]
    report: RunReport


def _progress_bar(total: int) -> tuple[Callable[[Article], None], Callable[[], None]]:
    """A rich progress bar on stderr when it is a terminal; silent (and rich not even imported)
    otherwise."""
    if total < 2 or not sys.stderr.isatty():
        return (lambda _article: None), (lambda: None)
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
        disable=not console.is_terminal,
    )
    task = progress.add_task("extracting", total=total)
    progress.start()
    return (lambda _article: progress.advance(task)), progress.stop


def extract_corpus(
    sources: list[str],
    engine: Extractor,
    concurrency: int,
    cache_dir: Path | None,
    say: Say,
    while_waiting: Callable[[], None] | None = None,
    jobs: int | None = None,
    on_extracted: Callable[[Article, list[Fact]], None] | None = None,
) -> Corpus:
    """Every source read and extracted (the cache first); `while_waiting` runs once the first
    requests of an LLM engine are in flight; `jobs` worker processes for an engine that runs in
    processes (default: one per core); `on_extracted` hears each article and its facts as soon
    as they are known."""
    report = RunReport()
    jobs = jobs or default_jobs()
    articles = ingest(  # extract() fills in their languages, the cache's first
        sources,
        report,
        detect_languages=False,
        on_found=lambda found: start_processes_early(engine, jobs, found),
    )
    for skipped in report.skipped:
        say(f"skipped {skipped.source}: {skipped.reason}")
    for warning in report.warnings:
        say(f"warning: {warning}")
    if not articles:
        raise BriefingError(
            "no usable articles in " + ", ".join(sources),
            "name files or folders holding .txt or .md news articles",
        )
    cache = (
        ExtractionCache(cache_dir or default_cache_dir(), warn=lambda message: say(f"warning: {message}"))
        if engine.cacheable
        else None
    )
    already_skipped, already_warned = len(report.skipped), len(report.warnings)
    advance, stop = _progress_bar(len(articles))
    try:
        facts = extract(
            articles,
            engine,
            cache,
            report,
            concurrency,
            on_done=advance,
            while_waiting=while_waiting,
            jobs=jobs,
            say=say,
            on_extracted=on_extracted,
        )
    finally:
        stop()
        if cache is not None:
            cache.close()
    for skipped in report.skipped[already_skipped:]:
        say(f"skipped {skipped.source}: {skipped.reason}")
    for warning in report.warnings[already_warned:]:
        say(f"warning: {warning}")  # sentences that address a model, among others
    failed = {s.source for s in report.skipped[already_skipped:]}
    if len(failed) == len(articles):
        reason = report.skipped[already_skipped].reason
        raise BriefingError(f"no article could be extracted ({reason})", "fix the cause above and run again")
    return Corpus(articles=[a for a in articles if a.source not in failed], facts=facts, report=report)


def in_window(date: PartialDate | None, since: PartialDate | None, until: PartialDate | None) -> bool:
    """A date overlaps [since, until] at its own precision; an undated item is kept."""
    if date is None:
        return True
    if since is not None and date.before(since):
        return False
    return not (until is not None and date.after(until))


def facts_of(articles: list[Article], facts: list[Fact], since: PartialDate | None) -> list[Fact]:
    """The facts of `articles` (evidence from other articles left out), without those dated
    entirely before `since`."""
    kept_sources = {a.source for a in articles}
    selected = []
    for fact in facts:
        if fact.when is not None and since is not None and fact.when.before(since):
            continue
        evidence = [e for e in fact.evidence if e.source in kept_sources]
        if len(evidence) == len(fact.evidence):
            selected.append(fact)
        elif evidence:
            selected.append(fact.model_copy(update={"evidence": evidence}))
    return selected


def select_window(
    corpus: Corpus, since: PartialDate | None, until: PartialDate | None
) -> tuple[list[Article], list[Fact]]:
    """Articles published in the window, and their facts that happened in it or after it."""
    articles = [a for a in corpus.articles if in_window(a.published, since, until)]
    return articles, facts_of(articles, corpus.facts, since)


class SeriesPeriod(BaseModel):
    """One briefing's share of an `--every` series."""

    name: str
    label: str
    since: PartialDate
    until: PartialDate
    articles: list[Article]


def _period_of(day: dt.date, every: str) -> tuple[str, PartialDate, PartialDate]:
    if every == "month":
        month = PartialDate(year=day.year, month=day.month)
        return f"{day.year:04d}-{day.month:02d}", month, month
    year, week, _ = day.isocalendar()
    monday = day - dt.timedelta(days=day.weekday())
    return f"{year:04d}-W{week:02d}", PartialDate.of(monday), PartialDate.of(monday + dt.timedelta(days=6))


def _period_label(key: str, since: PartialDate, every: str, language: str) -> str:
    if every == "month":
        return format_date(since, language)
    year, week = key.split("-W")
    return labels(language)["week_label"].format(week=int(week), year=year)


def split_periods(articles: list[Article], every: str, language: str = "en") -> list[SeriesPeriod]:
    """One period per calendar month or ISO week that holds a dated article, oldest first; each
    article in the period holding the last day its date can mean; undated ones in the latest."""
    periods: dict[str, SeriesPeriod] = {}
    for article in articles:
        if article.published is None:
            continue
        key, since, until = _period_of(article.published.last_day(), every)
        if key not in periods:
            periods[key] = SeriesPeriod(
                name=output_stem(key),
                label=_period_label(key, since, every, language),
                since=since,
                until=until,
                articles=[],
            )
        periods[key].articles.append(article)
    ordered = [periods[key] for key in sorted(periods)]
    undated = [a for a in articles if a.published is None]
    if ordered and undated:
        ordered[-1].articles.extend(undated)
    return ordered


def output_stem(date_or_period: str) -> str:
    name = f"briefing-{date_or_period}"
    if not re.fullmatch(r"briefing-[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2})?", name):
        raise ValueError(name)  # names come from dates only, never from inputs
    return name


def output_name(as_of: PartialDate) -> str:
    return output_stem(as_of.iso())


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


def select_about_articles(
    articles: list[Article], facts: list[Fact], query: str, say: Say
) -> tuple[list[Article], list[Fact], AboutNote]:
    """`--about`: the articles about `query` and their facts; says on stderr what was left out."""
    from briefing.about import select_about

    kept, note = select_about(articles, query)
    if not kept:
        raise BriefingError(
            f"no article is about {query!r} (none shares a word with it)",
            "try other words for the subject, or leave out --about",
        )
    if note.left_out:
        shown = ", ".join(note.left_out[:5]) + (
            f", … (+{len(note.left_out) - 5})" if len(note.left_out) > 5 else ""
        )
        say(
            f"--about {query!r}: kept {note.kept} of {note.total} articles; left out {len(note.left_out)} "
            f"scoring below {note.cut:.0%} of the best match: {shown}"
        )
    return kept, facts_of(kept, facts, None), note


def _import_composition(pdf: bool = False) -> None:
    """Composition and rendering are imported while the first requests are in flight (or the
    worker processes extract), not before they go out (about 0.2 s of a cold start), nor after:
    with them the libraries they load on first use, scikit-learn (about 1.6 s of CPU, which
    `--jobs` would otherwise spend with the workers done) and, for a PDF, WeasyPrint (0.5 s)."""
    import briefing.compose
    import briefing.engines.keypoint_writer
    import briefing.render  # noqa: F401
    from briefing.compose.storylines import import_libraries

    import_libraries()
    if pdf:
        import weasyprint  # noqa: F401


def _no_facts_hint(engine: Extractor) -> str:
    if engine.name == "extractive":
        return "check that the files are news articles (sentences of prose, not lists or markup)"
    return (
        "check --model (a chat model that follows instructions), --mode (try json_schema, json or "
        "md_json) and the endpoint (--base-url): no answer held a quote found in its article"
    )


def run_build(request: BuildRequest, say: Say) -> BuildResult:
    engine = make_extractor(request.engine)
    corpus = extract_corpus(
        request.sources,
        engine,
        request.engine.concurrency,
        request.cache_dir,
        say,
        lambda: _import_composition(pdf="pdf" in request.formats),
        jobs=request.engine.jobs,
        on_extracted=_reader_ahead(request) if _extracts_alongside(engine, request.engine.jobs) else None,
    )
    printing = "pdf" in request.formats and len(corpus.articles) >= ARTICLES_FOR_A_LONG_PDF
    if printing:
        from briefing.paper import start_printer

        start_printer()  # its imports on a free core while the briefing is composed
    try:
        return _compose_and_write(request, engine, corpus, say)
    finally:
        from briefing.compose.ahead import forget

        forget()
        if printing:
            from briefing.paper import stop_printer

            stop_printer()


# From about this many articles a briefing cites enough quotes for its PDF to be laid out in two
# halves at once (`briefing.paper`); the process for the second half starts before composing.
ARTICLES_FOR_A_LONG_PDF = 200


def _extracts_alongside(engine: Extractor, jobs: int | None) -> bool:
    """Whether this process is free while articles are extracted (in worker processes, or
    waiting for answers): then composing reads each article ahead as it comes; in one process
    extracting one article after another, that would only come first."""
    return engine.parallel or (engine.processes and (jobs or default_jobs()) > 1)


def _reader_ahead(request: BuildRequest) -> Callable[[Article, list[Fact]], None]:
    """Composition's per-article work, done as each article's facts come (`compose.ahead`); the
    statements graded when composing grades them (the offline engine's)."""
    graded = request.engine.resolved_backend() == "extractive"

    def read_ahead(article: Article, facts: list[Fact]) -> None:
        from briefing.compose.ahead import read_ahead

        read_ahead(article, facts, graded)

    return read_ahead


def _compose_and_write(request: BuildRequest, engine: Extractor, corpus: Corpus, say: Say) -> BuildResult:
    if not corpus.facts:
        say(describe_report(corpus.report))
        raise BriefingError(
            f"no fact survived from any of the {len(corpus.articles)} articles", _no_facts_hint(engine)
        )
    from briefing.compose import ComposeOptions, compose, default_as_of
    from briefing.compose.core import latest_publication
    from briefing.engines.keypoint_writer import make_key_writer
    from briefing.render import IndexEntry, write_briefing, write_index

    articles, facts = select_window(corpus, request.since, request.until)
    windowed = request.since is not None or request.until is not None
    if not articles or (windowed and not any(a.published for a in articles)):
        raise BriefingError(
            "no article falls in the requested --since/--until window", "widen the window or leave it out"
        )
    about: AboutNote | None = None
    if request.about is not None:
        articles, facts, about = select_about_articles(articles, facts, request.about, say)
    window = (
        Period(
            start=request.since.iso() if request.since else None,
            end=request.until.iso() if request.until else None,
        )
        if request.since or request.until
        else None
    )
    engine_name = request.engine.resolved_backend()
    key_writer = make_key_writer(engine, request.cache_dir, corpus.report.usage, say)
    if request.every is None:
        as_of = request.as_of or request.until or default_as_of(articles, facts)
        if as_of is None:
            raise BriefingError(
                "no article carries a publication date, so the briefing has none", "pass --as-of YYYY-MM-DD"
            )
        options = ComposeOptions(
            as_of=as_of,
            since=request.since,
            until=request.until,
            language=request.language,
            engine=engine_name,
            length=request.length,
        )
        briefing = compose(articles, facts, options, skipped=corpus.report.skipped, key_writer=key_writer)
        briefing.window = window
        briefing.about = about
        written = write_briefing(briefing, request.out, output_name(as_of), request.formats)
        say(describe_report(corpus.report))
        return BuildResult(written=written, report=corpus.report)

    periods = split_periods(articles, request.every, request.language)
    if not periods:
        raise BriefingError(
            f"--every {request.every} needs dated articles, and none carries a publication date",
            "leave out --every to build one briefing, with --as-of YYYY-MM-DD",
        )
    written = []
    entries: list[IndexEntry] = []
    for period in periods:
        as_of = latest_publication(period.articles) or period.until
        options = ComposeOptions(
            as_of=as_of,
            since=period.since,
            until=period.until,
            language=request.language,
            engine=engine_name,
            period_label=period.label,
            length=request.length,
        )
        briefing = compose(
            period.articles,
            facts_of(period.articles, facts, period.since),
            options,
            skipped=corpus.report.skipped,
            key_writer=key_writer,
        )
        briefing.window = Period(start=period.since.iso(), end=period.until.iso())
        briefing.about = about
        paths = write_briefing(briefing, request.out, period.name, request.formats)
        written.extend(paths)
        entries.append(
            IndexEntry(name=period.name, label=period.label, briefing=briefing, files=[p.name for p in paths])
        )
    undated = sum(1 for a in articles if a.published is None)
    written.extend(
        write_index(entries, request.out, request.formats, request.every, request.language, undated)
    )
    say(describe_report(corpus.report))
    return BuildResult(written=written, report=corpus.report)
