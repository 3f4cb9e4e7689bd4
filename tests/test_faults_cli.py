"""An article the LLM server keeps failing on, through the command line: the briefing is written
from the others, the failed file is named on stderr with its reason and what to do, the briefing's
method note says which source is missing, and the next run asks only about that one."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from openai_server import FakeOpenAI

runner = CliRunner()
FAILING = "002_b8096001e4abbe8a.txt"


class OneArticleRateLimited(FakeOpenAI):
    """Answers every article well, except the one about Rutte's visit: always 429."""

    def __init__(self) -> None:
        super().__init__(retry_after=0.01)
        self.failing = True

    def _next_fault(self, article: str | None, facts: str | None = None) -> str:
        fault = super()._next_fault(article, facts)
        return "429" if self.failing and article and "Rutte vola a Washington" in article else fault


@pytest.fixture
def server() -> Iterator[OneArticleRateLimited]:
    with OneArticleRateLimited() as running:
        yield running


def test_a_source_that_keeps_failing_is_reported_and_the_briefing_is_written_from_the_rest(
    server: OneArticleRateLimited, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(seeds, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    arguments = ["build", "seeds", "--out", "out", "--format", "md,html,json"]
    arguments += ["--base-url", server.url, "--model", "fake", "--timeout", "2"]

    result = runner.invoke(app, arguments)
    assert result.exit_code == 0, result.output
    failed = [r for r in server.chat_requests() if r.article and "Rutte vola" in r.article]
    assert len(failed) == 5  # the first request and the client's four retries: bounded
    assert f"skipped seeds/{FAILING}: {server.url} kept failing (HTTP 429) after retries" in result.stderr
    assert "retry later; finished articles are cached" in result.stderr
    assert "Traceback" not in result.output

    written = {Path(line).suffix: tmp_path / line for line in result.stdout.split()}
    data = json.loads(written[".json"].read_text("utf-8"))
    assert [s["source"] for s in data["skipped"]] == [f"seeds/{FAILING}"]
    assert "HTTP 429" in data["skipped"][0]["reason"]
    assert f"seeds/{FAILING}" not in {c["source"] for c in data["citations"].values()}
    assert len(data["sources"]) == 4
    markdown = written[".md"].read_text("utf-8")
    method = markdown.split("## Method", 1)[1]
    assert f"Not used, each with its reason under “Skipped sources”: seeds/{FAILING}." in method
    html = written[".html"].read_text("utf-8")
    footer = html.split("<footer>", 1)[1]
    assert f"Not used, each with its reason under “Skipped sources”: seeds/{FAILING}." in footer
    checked = runner.invoke(app, ["check", str(written[".json"])])
    assert checked.exit_code == 0, checked.output

    server.failing = False
    server.reset()
    again = runner.invoke(app, arguments)
    assert again.exit_code == 0, again.output
    (request,) = [r for r in server.chat_requests() if r.article]  # only the failed one is asked again
    assert request.article is not None and "Rutte vola" in request.article
    written = {Path(line).suffix: tmp_path / line for line in again.stdout.split()}
    data = json.loads(written[".json"].read_text("utf-8"))
    assert data["skipped"] == [] and len(data["sources"]) == 5
    assert "Not used" not in written[".md"].read_text("utf-8")
