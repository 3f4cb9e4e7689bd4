"""A build interrupted mid-run (Ctrl-C, or a kill nothing can catch), then run again.

The build runs as a real subprocess against a slow local OpenAI-compatible server. After the
interruption the cache must open and pass SQLite's integrity check, hold every article whose answer
had arrived, `--out` must hold no briefing and no temporary file, and the next run must ask the
server only about the articles that had not finished.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from openai_server import FakeOpenAI

ARTICLES = 12
SECRET = "sk-test-INTERRUPT-4242"
runner = CliRunner()


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(latency=0.3) as running:
        yield running


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for index in range(1, ARTICLES + 1):
        (folder / f"{index:02d}.txt").write_text(
            f"date 2025-05-{index:02d} Agenzia – Il ministro numero {index} ha incontrato oggi a Roma "
            f"i sindaci di {index} comuni per discutere il bilancio.\n\n"
            f"La riunione numero {index} è durata tre ore e si è chiusa con un accordo sugli investimenti.\n",
            "utf-8",
        )
    return folder


def build_arguments(server: FakeOpenAI, news: Path, tmp_path: Path) -> list[str]:
    return [
        "build",
        str(news),
        "--out",
        str(tmp_path / "out"),
        "--format",
        "md,html,json",
        "--base-url",
        server.url,
        "--model",
        "fake",
        "--concurrency",
        "2",
        "--timeout",
        "60",
        "--cache",
        str(tmp_path / "cache"),
    ]


def start_build(server: FakeOpenAI, news: Path, tmp_path: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "briefing.cli", *build_arguments(server, news, tmp_path)]
    environment = {**os.environ, "OPENAI_API_KEY": SECRET}
    return subprocess.Popen(
        command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path
    )


def answered(server: FakeOpenAI) -> int:
    with server._lock:
        return sum(1 for r in server.requests if r.path.endswith("/chat/completions")) - server.in_flight


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 120.0) -> None:
    """Poll `condition` until it holds; the bound is generous because a build started on a
    loaded machine spends most of it importing openai and instructor."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def cached_articles(cache: Path) -> set[str]:
    """The article hashes in the cache, after SQLite's own integrity check."""
    connection = sqlite3.connect(cache / "extractions.sqlite3")
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return {row[0] for row in connection.execute("SELECT article_sha256 FROM extractions")}
    finally:
        connection.close()


def assert_no_output(out: Path) -> None:
    left = sorted(p.name for p in out.rglob("*")) if out.exists() else []
    assert not [name for name in left if name.startswith("briefing-") or name.endswith(".tmp")], left


def resume_and_check(
    server: FakeOpenAI, news: Path, tmp_path: Path, cached: set[str], in_process: bool = False
) -> float:
    """Run the same build again (in a new process, or in this one, which is faster): only the
    unfinished articles are asked for. Returns its wall time."""
    everything = {hashlib.sha256(p.read_bytes()).hexdigest() for p in news.iterdir()}
    assert cached < everything
    server.reset()
    server.latency = 0.05
    started = time.monotonic()
    if in_process:
        rerun = runner.invoke(
            app,
            build_arguments(server, news, tmp_path),
            env={"OPENAI_API_KEY": SECRET},
            catch_exceptions=False,
        )
        returncode, stdout, stderr = rerun.exit_code, rerun.stdout, rerun.stderr
    else:
        process = start_build(server, news, tmp_path)
        stdout, stderr = process.communicate(timeout=60)
        returncode = process.returncode
    elapsed = time.monotonic() - started
    assert returncode == 0, stderr
    assert "Traceback" not in stderr
    asked = [  # extraction requests; the briefing's key points are one more request, about facts
        hashlib.sha256(r.article.encode()).hexdigest()
        for r in server.chat_requests()
        if r.article is not None
    ]
    assert len(asked) == ARTICLES - len(cached)
    assert set(asked) == everything - cached  # each unfinished article once, no finished one again
    assert f"({len(cached)} from cache)" in stderr

    out = tmp_path / "out"
    (briefing_json,) = out.glob("briefing-*.json")
    assert len(json.loads(briefing_json.read_text("utf-8"))["sources"]) == ARTICLES
    checked = runner.invoke(app, ["check", str(briefing_json)])
    assert checked.exit_code == 0, checked.output
    for path in [*out.iterdir(), *(tmp_path / "cache").iterdir()]:
        assert SECRET.encode() not in path.read_bytes(), path
    assert SECRET not in stdout + stderr
    print(f"resume: {len(asked)} requests, {elapsed:.2f} s")
    return elapsed


def test_ctrl_c_exits_at_once_keeps_every_finished_article_and_the_rerun_resumes(
    server: FakeOpenAI, news: Path, tmp_path: Path
) -> None:
    build = start_build(server, news, tmp_path)
    wait_for(lambda: answered(server) >= 4, "four answers")
    server.latency = 30.0  # the next two requests hang: nobody should wait for them
    sent = server.chat_count()
    wait_for(lambda: server.chat_count() >= sent + 2, "two hanging requests")
    time.sleep(1.0)  # the answers sent before the hang have reached the build (and its cache)
    done_before = answered(server)

    build.send_signal(signal.SIGINT)
    interrupted = time.monotonic()
    stdout, stderr = build.communicate(timeout=20)
    took = time.monotonic() - interrupted
    assert build.returncode == 130, stderr
    # waiting for the hanging requests would take 30 s; a loaded machine may take a few to exit
    assert took < 15.0, f"Ctrl-C took {took:.1f} s to end the build: it waited for the requests"
    assert "interrupted: finished articles are saved in the cache" in stderr
    assert "Traceback" not in stderr and stdout == ""

    cached = cached_articles(tmp_path / "cache")
    assert len(cached) == done_before > 0  # every answer that arrived was cached, one by one
    assert_no_output(tmp_path / "out")
    resume_and_check(server, news, tmp_path, cached)


def test_a_kill_mid_run_leaves_a_sound_cache_and_the_rerun_asks_only_for_the_rest(
    server: FakeOpenAI, news: Path, tmp_path: Path
) -> None:
    build = start_build(server, news, tmp_path)
    wait_for(lambda: answered(server) >= 4, "four answers")
    done_before = answered(server)
    build.send_signal(signal.SIGKILL)
    build.communicate(timeout=20)
    assert build.returncode == -signal.SIGKILL

    cached = cached_articles(tmp_path / "cache")
    assert 0 < len(cached) <= done_before  # a row per finished article, written as each finished
    assert len(cached) >= done_before - 2  # at most the answers in the build's hands were lost
    assert_no_output(tmp_path / "out")
    resume_and_check(server, news, tmp_path, cached, in_process=True)


def rows_in(cache: Path) -> int:
    database = cache / "extractions.sqlite3"
    if not database.exists():
        return 0
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM extractions").fetchone()[0])
    except sqlite3.OperationalError:  # the table is not there yet
        return 0
    finally:
        connection.close()


def test_a_terminate_signal_stops_the_build_like_ctrl_c(
    server: FakeOpenAI, news: Path, tmp_path: Path
) -> None:
    build = start_build(server, news, tmp_path)
    wait_for(lambda: rows_in(tmp_path / "cache") >= 2, "two cached articles")
    build.send_signal(signal.SIGTERM)
    _stdout, stderr = build.communicate(timeout=20)
    assert build.returncode == 128 + signal.SIGTERM, stderr
    assert "interrupted:" in stderr and "Traceback" not in stderr
    assert 2 <= len(cached_articles(tmp_path / "cache")) < ARTICLES
    assert_no_output(tmp_path / "out")
