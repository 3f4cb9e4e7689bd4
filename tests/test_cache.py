"""The SQLite cache: keyed by article hash + engine identity; a warm run asks the engine nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from briefing.cache import ExtractionCache
from briefing.models import Article, Evidence, Extraction, Fact, Usage
from briefing.pipeline import RunReport, extract, ingest


class CountingEngine:
    """A fake at our own interface: quotes the first sentence of each article, counts calls."""

    name = "counting"
    cacheable = True
    parallel = True
    processes = False

    def __init__(self, version: str = "v1") -> None:
        self.version = version
        self.calls: list[str] = []

    def identity(self) -> str:
        return f"counting/{self.version}"

    def prepare(self) -> None:
        """Nothing to load."""

    def extract(self, article: Article) -> Extraction:
        self.calls.append(article.source)
        first = article.text.strip().split(".")[0]
        start = article.text.index(first)
        return Extraction(
            facts=[
                Fact(
                    id="f1",
                    statement=first,
                    evidence=[
                        Evidence(source=article.source, start=start, end=start + len(first), quote=first)
                    ],
                )
            ],
            usage=Usage(requests=1, prompt_tokens=10, completion_tokens=5),
        )


def test_put_then_get_round_trips_and_another_identity_misses(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    extraction = Extraction(usage=Usage(requests=1))
    cache.put("abc", "engine/model/prompt-1", extraction)
    assert cache.get("abc", "engine/model/prompt-1") == extraction
    assert cache.get("abc", "engine/model/prompt-2") is None
    assert cache.get("abd", "engine/model/prompt-1") is None
    assert len(cache) == 1
    cache.close()
    mode = sqlite3.connect(tmp_path / "extractions.sqlite3").execute("PRAGMA journal_mode").fetchone()
    assert mode == ("wal",)


def test_a_second_run_over_unchanged_articles_calls_the_engine_zero_times(
    seeds: Path, tmp_path: Path
) -> None:
    engine = CountingEngine()
    first_report, second_report = RunReport(), RunReport()
    articles = ingest([str(seeds)], first_report)

    cache = ExtractionCache(tmp_path)
    first = extract(articles, engine, cache, first_report, concurrency=2)
    assert len(engine.calls) == 5 and first_report.usage.requests == 5

    second = extract(articles, engine, ExtractionCache(tmp_path), second_report, concurrency=2)
    assert len(engine.calls) == 5, "the warm run must not call the engine"
    assert second_report.articles_from_cache == 5
    assert second_report.usage.requests == 0
    assert [f.statement for f in second] == [f.statement for f in first]


def test_a_changed_article_or_engine_version_re_extracts_only_what_changed(
    seeds: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for path in sorted(seeds.iterdir())[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    engine = CountingEngine()
    extract(ingest([str(folder)], RunReport()), engine, ExtractionCache(tmp_path), RunReport())
    assert len(engine.calls) == 3

    changed = sorted(folder.iterdir())[0]
    changed.write_bytes(changed.read_bytes() + b"\nUna frase aggiunta dopo.")
    extract(ingest([str(folder)], RunReport()), engine, ExtractionCache(tmp_path), RunReport())
    assert engine.calls[3:] == [str(changed)]

    newer = CountingEngine(version="v2")
    extract(ingest([str(folder)], RunReport()), newer, ExtractionCache(tmp_path), RunReport())
    assert len(newer.calls) == 3


def test_a_warm_run_takes_each_articles_language_from_the_cache(seeds: Path, tmp_path: Path) -> None:
    engine = CountingEngine()
    cold = ingest([str(seeds)], RunReport(), detect_languages=False)
    assert all(a.language is None for a in cold)
    extract(cold, engine, ExtractionCache(tmp_path), RunReport())
    assert [a.language for a in cold] == ["it"] * 5

    warm = ingest([str(seeds)], RunReport(), detect_languages=False)
    monkey = pytest.MonkeyPatch()
    with monkey.context() as patch:
        patch.setattr("briefing.pipeline.detect_language", _no_detection)
        extract(warm, engine, ExtractionCache(tmp_path), RunReport())
    assert [a.language for a in warm] == ["it"] * 5
    assert len(engine.calls) == 5


def _no_detection(text: str) -> str:
    raise AssertionError("a cached article's language comes from the cache")


def _package(root: Path, rule: str, page: str) -> Path:
    """A stand-in for the `briefing` package: the files the extractive engine's identity reads,
    and one it does not."""
    for name, text in {
        "engines/extractive.py": "ENGINE = 1\n",
        "rules/when.py": rule,
        "lang/it.py": "MONTHS = ['gennaio']\n",
        "dates.py": "YEAR = 2025\n",
        "models.py": "class Fact: ...\n",
        "render.py": page,
    }.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_the_offline_engine_serves_no_extraction_cached_by_other_rules(tmp_path: Path) -> None:
    from briefing.engines.extractive import ExtractiveEngine, rules_digest

    before = rules_digest(_package(tmp_path / "a", "TODAY = 'oggi'\n", "<p>\n"))
    changed_rule = rules_digest(_package(tmp_path / "b", "TODAY = 'oggi|stamane'\n", "<p>\n"))
    changed_page = rules_digest(_package(tmp_path / "c", "TODAY = 'oggi'\n", "<div>\n"))
    assert changed_rule != before  # a rule changed: the cache's old extractions are not served
    assert changed_page == before  # how a briefing is drawn does not decide what is extracted

    identity = ExtractiveEngine().identity()
    assert identity.startswith("extractive-1+") and identity == ExtractiveEngine().identity()
    cache = ExtractionCache(tmp_path / "cache")
    extraction = Extraction(facts=[], usage=Usage())
    cache.put("sha", "extractive-1", extraction)  # cached by the rules before this identity
    assert cache.get("sha", identity) is None
    cache.close()
