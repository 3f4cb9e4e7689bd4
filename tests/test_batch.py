"""`--batch`: the openai engine's cache misses as one Batch API job, over real HTTP to the local
test server's /v1/files and /v1/batches, resumed (not paid twice) after an interruption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from briefing.cli import app
from openai_server import FakeOpenAI

runner = CliRunner()
SEED_FILES = 5
FAILING_SEED = "seeds/002_b8096001e4abbe8a.txt"
FAILING_MARKER = "Rutte vola a Washington"  # a phrase only that seed holds


@pytest.fixture(autouse=True)
def _quick_polls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_BATCH_POLL_SECONDS", "0.01")


def extract(server: FakeOpenAI, *args: str) -> Result:
    command = ["extract", "seeds/", "--backend", "openai", "--base-url", server.url, "--model", "fake"]
    return runner.invoke(app, [*command, "--timeout", "20", *args])


def build(server: FakeOpenAI, out: str, *args: str) -> Result:
    command = [
        "build",
        "seeds/",
        "--out",
        out,
        "--format",
        "json",
        "--base-url",
        server.url,
        "--model",
        "fake",
    ]
    return runner.invoke(app, [*command, "--timeout", "20", *args])


def paid_per_article(server: FakeOpenAI) -> Counter[str]:
    """How many requests (batch lines and interactive ones) were about each article."""
    return Counter(request.article for request in server.article_requests() if request.article)


def grounding(briefing: Path) -> list[object]:
    """What a briefing says and on which quotes it rests (not its run report)."""
    data = json.loads(briefing.read_text("utf-8"))
    return [data[key] for key in sorted(data) if key not in ("method", "generated", "run")]


def test_the_cache_misses_become_one_batch_and_the_facts_are_the_interactive_ones(
    workdir: Path, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    interactive = extract(server)
    assert interactive.exit_code == 0, interactive.output
    assert server.batch_count() == 0
    server.reset()

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "another-cache"))
    batched = extract(server, "--batch")
    assert batched.exit_code == 0, batched.output
    assert server.batch_count() == 1
    assert len(server.batch_lines()) == SEED_FILES  # one request per article (each is one chunk)
    assert server.interactive_requests() == []
    assert batched.stdout == interactive.stdout and batched.stdout.count("\n") > SEED_FILES
    assert "completed, 5/5 answered" in batched.stderr

    (upload,) = [r for r in server.requests if r.path.endswith("/files") and r.method == "POST"]
    batch_request = next(r for r in server.requests if r.path.endswith("/batches") and r.method == "POST")
    assert batch_request.body is not None
    assert batch_request.body == {
        "input_file_id": batch_request.body["input_file_id"],
        "endpoint": "/v1/chat/completions",
        "completion_window": "24h",
        "metadata": {"made_by": "briefing"},
    }
    assert upload.body is None  # multipart, not JSON

    rerun = extract(server, "--batch")
    assert rerun.exit_code == 0 and rerun.stdout == interactive.stdout
    assert server.batch_count() == 1  # all cached: nothing to send


def test_a_batch_line_holds_the_very_body_an_interactive_request_sends(
    workdir: Path, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert extract(server).exit_code == 0
    sent = {r.article: r.body for r in server.interactive_requests()}
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "another-cache"))
    assert extract(server, "--batch").exit_code == 0
    lines = {r.article: r.body for r in server.batch_lines()}
    assert len(lines) == SEED_FILES and lines == sent


def test_a_built_briefing_is_grounded_as_the_interactive_one_with_key_points_asked_interactively(
    workdir: Path, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert build(server, "interactive").exit_code == 0
    server.reset()
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "another-cache"))
    result = build(server, "batched", "--batch")
    assert result.exit_code == 0, result.output
    assert server.batch_count() == 1
    assert len(server.interactive_requests()) == len(server.key_point_requests()) == 1
    (first,) = Path("interactive").glob("*.json")
    (second,) = Path("batched").glob("*.json")
    assert grounding(first) == grounding(second)


def test_answers_that_fail_validation_are_asked_again_interactively_or_in_a_second_batch(
    workdir: Path, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    server.script("truncated")  # every article's first answer is cut short: a re-ask is needed
    result = extract(server, "--batch")
    assert result.exit_code == 0, result.output
    assert server.batch_count() == 1
    assert len(server.interactive_requests()) == SEED_FILES  # the re-asks
    facts = result.stdout

    server.reset()
    server.script("truncated")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "another-cache"))
    result = extract(server, "--batch", "--batch-reask")
    assert result.exit_code == 0, result.output
    assert server.batch_count() == 1 + 2 and server.interactive_requests() == []
    assert len(server.batch_lines()) == 2 * SEED_FILES
    assert result.stdout == facts


def test_a_failed_line_names_its_article_and_a_rerun_sends_only_that_one(
    workdir: Path, server: FakeOpenAI
) -> None:
    server.failing_lines = (FAILING_MARKER,)
    result = extract(server, "--batch")
    assert result.exit_code == 0, result.output
    assert f"skipped {FAILING_SEED}: batch batch_" in result.stderr
    assert "server_error" in result.stderr and "run again" in result.stderr
    assert result.stderr.count("skipped ") == 1

    server.failing_lines = ()
    rerun = extract(server, "--batch")
    assert rerun.exit_code == 0, rerun.output
    assert server.batch_count() == 2
    assert len(server.batch_lines()) == SEED_FILES + 1
    assert "skipped seeds/" not in rerun.stderr


@pytest.mark.parametrize("outcome", ["expired", "cancelled"])
def test_a_batch_that_ends_half_way_keeps_what_it_answered_and_names_the_rest(
    workdir: Path, server: FakeOpenAI, outcome: str
) -> None:
    server.script_batches(outcome)
    result = extract(server, "--batch")
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped seeds/")]
    assert 1 <= len(skipped) < SEED_FILES
    assert all(f"the batch {outcome}" in line or "batch_expired" in line for line in skipped), skipped

    rerun = extract(server, "--batch")
    assert rerun.exit_code == 0, rerun.output
    assert server.batch_count() == 2
    assert set(paid_per_article(server).values()) == {1}  # no article paid twice
    assert len(paid_per_article(server)) == SEED_FILES


def test_a_failed_batch_is_reported_for_every_article_and_the_next_run_sends_a_new_one(
    workdir: Path, server: FakeOpenAI
) -> None:
    server.script_batches("failed")
    result = extract(server, "--batch")
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped seeds/")]
    assert len(skipped) == SEED_FILES
    assert all("the batch failed (invalid_input: scripted failure)" in line for line in skipped)
    assert extract(server, "--batch").exit_code == 0
    assert server.batch_count() == 2


def test_no_wait_submits_and_exits_and_the_next_run_collects_the_same_batch(
    workdir: Path, server: FakeOpenAI
) -> None:
    server.hold_batches = True
    submitted = extract(server, "--batch", "--no-wait")
    assert submitted.exit_code == 0, submitted.output
    assert submitted.stdout == ""
    assert "to collect: run the same command again" in submitted.stderr
    server.hold_batches = False
    collected = extract(server, "--batch")
    assert collected.exit_code == 0, collected.output
    assert server.batch_count() == 1 and "resuming batch" in collected.stderr
    assert paid_per_article(server) == Counter({article: 1 for article in paid_per_article(server)})
    assert collected.stdout.count("\n") > SEED_FILES


def test_no_wait_and_batch_reask_go_with_batch_and_batch_with_the_openai_backend(
    workdir: Path, server: FakeOpenAI
) -> None:
    assert extract(server, "--no-wait").exit_code == 2
    assert extract(server, "--batch-reask").exit_code == 2
    offline = runner.invoke(app, ["extract", "seeds/", "--backend", "extractive", "--batch"])
    assert offline.exit_code == 2 and "openai backend" in offline.output


def test_a_build_killed_while_its_batch_runs_resumes_the_same_batch_and_pays_no_article_twice(
    workdir: Path, server: FakeOpenAI, tmp_path: Path
) -> None:
    server.hold_batches = True
    command = [sys.executable, "-m", "briefing.cli", "build", "seeds/", "--out", "out", "--format", "json"]
    command += ["--base-url", server.url, "--model", "fake", "--batch", "--cache", str(tmp_path / "cache")]
    environment = {**os.environ, "OPENAI_API_KEY": "sk-test-batch", "BRIEFING_BATCH_POLL_SECONDS": "0.05"}
    first = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True, cwd=workdir)
    deadline = time.monotonic() + 60
    while not any(batch.status == "in_progress" for batch in server.batches.values()):
        assert time.monotonic() < deadline and first.poll() is None, "the batch never got going"
        time.sleep(0.05)
    first.send_signal(signal.SIGTERM)
    _, stderr = first.communicate(timeout=30)
    assert first.returncode == 128 + signal.SIGTERM, stderr
    assert "interrupted" in stderr and not Path(workdir / "out").exists()

    server.hold_batches = False
    second = subprocess.run(command, env=environment, capture_output=True, text=True, cwd=workdir)
    assert second.returncode == 0, second.stderr
    assert "resuming batch" in second.stderr
    assert server.batch_count() == 1
    assert len(server.batch_lines()) == SEED_FILES
    assert set(paid_per_article(server).values()) == {1}
    assert list(Path(workdir / "out").glob("*.json"))


def test_a_server_without_the_batch_api_gets_a_clear_error(workdir: Path, server: FakeOpenAI) -> None:
    server.batch_api = False
    result = extract(server, "--batch")
    assert result.exit_code == 1
    assert "the Batch API at" in result.stderr and "HTTP 404" in result.stderr
    assert "leave out --batch" in result.stderr


def killed_at_batch_creation(server: FakeOpenAI, workdir: Path, tmp_path: Path, moment: str) -> list[str]:
    """Run a --batch build that is killed (SIGKILL: no clean-up) as the server answers its
    POST /v1/batches: `before` the batch is made, or `after` it is made but before the build hears
    of it. Returns the command, to run again."""
    command = [sys.executable, "-m", "briefing.cli", "build", "seeds/", "--out", "out", "--format", "json"]
    command += ["--base-url", server.url, "--model", "fake", "--batch", "--cache", str(tmp_path / "cache")]
    environment = {**os.environ, "OPENAI_API_KEY": "sk-test-batch", "BRIEFING_BATCH_POLL_SECONDS": "0.05"}
    first = subprocess.Popen(command, env=environment, stderr=subprocess.PIPE, text=True, cwd=workdir)

    def kill() -> None:
        first.kill()
        first.wait()

    setattr(server, f"{moment}_batch_created", kill)
    first.communicate(timeout=60)
    assert first.returncode == -signal.SIGKILL
    setattr(server, f"{moment}_batch_created", None)
    return command


def test_a_build_killed_as_its_batch_is_created_adopts_that_batch_and_pays_no_article_twice(
    workdir: Path, server: FakeOpenAI, tmp_path: Path
) -> None:
    command = killed_at_batch_creation(server, workdir, tmp_path, "after")
    assert server.batch_count() == 1  # made, and paid for, but the build never heard of it

    environment = {**os.environ, "OPENAI_API_KEY": "sk-test-batch", "BRIEFING_BATCH_POLL_SECONDS": "0.05"}
    second = subprocess.run(command, env=environment, capture_output=True, text=True, cwd=workdir)
    assert second.returncode == 0, second.stderr
    (batch_id,) = server.batches
    assert f"batch {batch_id} found on the server" in second.stderr
    assert server.batch_count() == 1
    assert len(server.batch_lines()) == SEED_FILES
    assert set(paid_per_article(server).values()) == {1}
    assert list(Path(workdir / "out").glob("*.json"))


def test_a_build_killed_before_its_batch_was_made_sends_its_requests_in_one_new_batch(
    workdir: Path, server: FakeOpenAI, tmp_path: Path
) -> None:
    command = killed_at_batch_creation(server, workdir, tmp_path, "before")
    assert server.batch_count() == 0

    environment = {**os.environ, "OPENAI_API_KEY": "sk-test-batch", "BRIEFING_BATCH_POLL_SECONDS": "0.05"}
    second = subprocess.run(command, env=environment, capture_output=True, text=True, cwd=workdir)
    assert second.returncode == 0, second.stderr
    assert "found on the server" not in second.stderr
    assert server.batch_count() == 1
    assert len(server.batch_lines()) == SEED_FILES
    assert set(paid_per_article(server).values()) == {1}


def test_a_failed_line_names_the_part_of_its_article_it_asked_about(
    workdir: Path, server: FakeOpenAI
) -> None:
    sentences = [
        f"Il consiglio comunale di Borgo {n} ha approvato il bilancio con {n + 10} voti favorevoli."
        for n in range(170)
    ]
    marker = "Il sindaco ha chiuso la seduta alle ventitré."
    long_article = workdir / "long" / "lungo.txt"
    long_article.parent.mkdir()
    long_article.write_text("Borgo, 3 marzo 2025\n\n" + " ".join(sentences) + "\n\n" + marker + "\n", "utf-8")
    assert len(long_article.read_text("utf-8")) > 14_000  # two chunks: the marker is in the second
    server.failing_lines = (marker,)
    command = [
        "extract",
        "long/",
        "--backend",
        "openai",
        "--base-url",
        server.url,
        "--model",
        "fake",
        "--batch",
    ]
    first = runner.invoke(app, command)
    assert "skipped long/lungo.txt: batch batch_" in first.stderr and "no answer (part 2)" in first.stderr
    again = runner.invoke(app, command)  # now the second part is all that is missing
    assert server.batch_count() == 2
    assert "skipped long/lungo.txt" in again.stderr and "no answer (part 2)" in again.stderr
