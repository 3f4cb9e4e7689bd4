"""Failures that cost money are not thrown away: a corrupt cache is moved aside with one line
naming it, and a cache that cannot be written (a full disk) keeps answers in memory for the build,
with one warning; either way the build goes on and asks the server once per article."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from briefing.cache import ExtractionCache
from briefing.cli import app
from briefing.models import Extraction, Usage
from openai_server import FakeOpenAI

runner = CliRunner()

ARTICLE = (
    "date 2025-06-{day:02d} Agenzia – Il ministro numero {day} della Difesa ha annunciato oggi a Roma un "
    "aumento della spesa militare al {day}% del PIL entro il 2027.\n\nLa decisione numero {day} è stata "
    "presa dopo un vertice con gli alleati a Bruxelles, perché la sicurezza europea è più fragile.\n"
)


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    for day in (1, 2, 3):
        (tmp_path / "news" / f"{day}.txt").write_text(ARTICLE.format(day=day), "utf-8")
    return tmp_path / "news"


def test_a_corrupt_cache_is_moved_aside_with_one_line_and_the_build_goes_on(
    news: Path, tmp_path: Path, server: FakeOpenAI
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "extractions.sqlite3").write_bytes(b"this is not a database, whatever it was\n" * 100)
    arguments = ["build", "news", "--out", "out", "--base-url", server.url, "--model", "fake"]
    result = runner.invoke(app, [*arguments, "--cache", str(cache)])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "corrupt" in line]
    assert lines == [
        f"warning: the cache {cache / 'extractions.sqlite3'} was corrupt; moved aside to "
        "extractions.sqlite3.corrupt-1, starting a new one"
    ]
    assert (cache / "extractions.sqlite3.corrupt-1").read_bytes().startswith(b"this is not a database")
    assert len(ExtractionCache(cache)) == 3  # the new cache holds this build's answers
    asked = server.chat_count()
    again = runner.invoke(app, [*arguments, "--cache", str(cache)])
    assert again.exit_code == 0 and server.chat_count() == asked  # and a rerun asks nothing


class RefusingConnection:
    """A SQLite connection whose disk is full: it reads, but every write fails."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self.real = real

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")
        return self.real.execute(sql, *args)

    def __enter__(self) -> RefusingConnection:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def close(self) -> None:
        self.real.close()


def test_a_cache_that_cannot_be_written_keeps_answers_in_memory_and_warns_once(tmp_path: Path) -> None:
    warnings: list[str] = []
    cache = ExtractionCache(tmp_path, warn=warnings.append)
    cache._connection = RefusingConnection(cache._connection)  # type: ignore[arg-type,assignment]
    paid = Extraction(usage=Usage(requests=1, prompt_tokens=100))
    cache.put("article-1", "engine", paid)
    cache.put("article-2", "engine", paid)
    cache.put_answer("key_points", "material", '{"points": []}')
    assert cache.get("article-1", "engine") == paid and cache.get("article-2", "engine") == paid
    assert cache.get_answer("key_points", "material") == '{"points": []}'
    assert len(warnings) == 1 and "database or disk is full" in warnings[0]
    assert "kept in memory for this build" in warnings[0] and str(tmp_path) in warnings[0]


def test_a_full_disk_under_a_real_build_loses_no_answer(
    news: Path, tmp_path: Path, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every cache the build opens refuses writes, as SQLite does on a full disk. (A file size
    limit, RLIMIT_FSIZE, would also stop py3langid unpacking its model to a temporary file.)"""
    real_open = ExtractionCache._open
    monkeypatch.setattr(ExtractionCache, "_open", lambda self: RefusingConnection(real_open(self)))
    arguments = ["build", "news", "--out", "out", "--format", "md,json", "--base-url", server.url]
    result = runner.invoke(app, [*arguments, "--model", "fake", "--cache", str(tmp_path / "cache")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "cannot write the cache" in line]
    assert len(warnings) == 1, result.stderr  # once, though every article's write failed
    asked = [r.article for r in server.chat_requests() if r.article]
    assert len(asked) == len(set(asked)) == 3  # each article asked once, its answer used
    data = json.loads(next((tmp_path / "out").glob("*.json")).read_text("utf-8"))
    assert {Path(s["source"]).name for s in data["sources"]} == {"1.txt", "2.txt", "3.txt"}
    assert data["citations"]
