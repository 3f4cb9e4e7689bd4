"""`--jobs N`: the extractive engine in N worker processes gives exactly what one process gives."""

from __future__ import annotations

import os
from pathlib import Path

from typer.testing import CliRunner

from briefing.cli import app
from briefing.engines.extractive import ExtractiveEngine
from briefing.ingest import discover, read_article
from briefing.models import Article, Extraction
from briefing.pipeline import MIN_ARTICLES_FOR_PROCESSES, RunReport, default_jobs, extract

runner = CliRunner()


def many_articles(workdir: Path, count: int) -> Path:
    """`count` articles made from the seeds, each one different (an update line of its own)."""
    seeds = sorted((workdir / "seeds").glob("*.txt"))
    folder = workdir / "many"
    folder.mkdir()
    for number in range(count):
        seed = seeds[number % len(seeds)].read_text("utf-8")
        first, rest = seed.split("\n", 1)
        text = f"{first}\nAggiornamento numero {number} delle ore {8 + number % 10}.\n{rest}"
        (folder / f"article_{number:03d}.txt").write_text(text, "utf-8")
    return folder


class WhereEngine(ExtractiveEngine):
    """The extractive engine, signing each fact with the process that extracted it."""

    def extract(self, article: Article) -> Extraction:
        extraction = super().extract(article)
        signed = [fact.model_copy(update={"speaker": f"pid {os.getpid()}"}) for fact in extraction.facts]
        return extraction.model_copy(update={"facts": signed})


def read_all(folder: Path) -> list[Article]:
    files, _problems = discover([str(folder)])
    return [read_article(source_file, False) for source_file in files]


def test_a_build_in_two_processes_writes_the_same_briefing_as_in_one(workdir: Path) -> None:
    corpus = many_articles(workdir, MIN_ARTICLES_FOR_PROCESSES + 4)
    written = {}
    for jobs in (1, 2):
        out = workdir / f"out{jobs}"
        result = runner.invoke(
            app, ["build", str(corpus), "--backend", "extractive", "--jobs", str(jobs), "--out", str(out)]
        )
        assert result.exit_code == 0, result.output
        written[jobs] = {path.name: path.read_bytes() for path in sorted(out.iterdir())}
    assert written[1].keys() == written[2].keys() and any(name.endswith(".json") for name in written[1])
    assert written[1] == written[2]


def test_extract_prints_the_same_facts_and_ids_for_any_number_of_jobs(workdir: Path) -> None:
    corpus = many_articles(workdir, MIN_ARTICLES_FOR_PROCESSES + 2)
    printed = []
    for jobs in ("1", "3"):
        result = runner.invoke(app, ["extract", str(corpus), "--backend", "extractive", "--jobs", jobs])
        assert result.exit_code == 0, result.output
        printed.append(result.stdout)
    assert printed[0].count("\n") > MIN_ARTICLES_FOR_PROCESSES
    assert printed[0] == printed[1]


def test_with_jobs_the_articles_are_extracted_in_other_processes_and_languages_come_back(
    workdir: Path,
) -> None:
    articles = read_all(many_articles(workdir, MIN_ARTICLES_FOR_PROCESSES))
    assert all(article.language is None for article in articles)
    facts = extract(articles, WhereEngine(), None, RunReport(), jobs=2)
    workers = {fact.speaker for fact in facts}
    assert f"pid {os.getpid()}" not in workers
    assert 1 <= len(workers) <= 2
    assert {article.language for article in articles} == {"it"}  # detected over there, kept here


def test_a_handful_of_articles_stays_in_this_process(workdir: Path) -> None:
    articles = read_all(workdir / "seeds")
    assert len(articles) < MIN_ARTICLES_FOR_PROCESSES
    facts = extract(articles, WhereEngine(), None, RunReport(), jobs=4)
    assert {fact.speaker for fact in facts} == {f"pid {os.getpid()}"}


def test_the_default_is_one_job_per_core() -> None:
    assert 1 <= default_jobs() <= (os.cpu_count() or 1)
