"""A strong model's honest answers to the real extraction requests pass the support check on the
first ask; wrong statements with verbatim quotes never reach a briefing (replayed over HTTP)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from cli_runs import build_seeds
from replay_model import ReplayModel, replay_articles

runner = CliRunner()
CORRECT = sum(len(entry["facts"]) for entry in replay_articles())
PROBES = [probe for entry in replay_articles() for probe in entry["probes"]]


@pytest.fixture
def honest() -> Iterator[ReplayModel]:
    with ReplayModel() as running:
        yield running


@pytest.fixture
def with_probes() -> Iterator[ReplayModel]:
    with ReplayModel(probes=True) as running:
        yield running


def _kept(stderr: str) -> int:
    found = re.search(r"(\d+) facts kept", stderr)
    assert found, stderr
    return int(found.group(1))


def test_the_replay_covers_every_kind_of_wrong_statement() -> None:
    kinds = " ".join(probe["why"] for probe in PROBES)
    for kind in (
        "number",
        "number word",
        "date",
        "person",
        "negation",
        "speaker",
        "comparison",
        "title",
        "near-miss",
    ):
        assert kind in kinds, kind
    assert CORRECT >= 45


def test_a_strong_models_correct_facts_pass_on_the_first_ask(honest: ReplayModel, workdir: Path) -> None:
    result = build_seeds(honest, "--lang", "en", "--format", "json", timeout=30)
    assert result.exit_code == 0, result.output
    assert len(honest.article_requests()) == 5  # one request per seed: nothing was sent back
    assert _kept(result.stderr) >= 0.95 * CORRECT


def test_no_wrong_statement_with_a_verbatim_quote_reaches_the_briefing(
    with_probes: ReplayModel, workdir: Path
) -> None:
    result = build_seeds(with_probes, "--lang", "en", "--format", "md,json", timeout=30)
    assert result.exit_code == 0, result.output
    assert len(with_probes.article_requests()) == 10  # each seed re-asked once, the model insisted
    assert _kept(result.stderr) >= 0.95 * CORRECT  # the honest facts stay
    written = [Path(line) for line in result.stdout.split()]
    text = "\n".join(path.read_text("utf-8") for path in written)
    for probe in PROBES:
        assert probe["statement"] not in text, probe["why"]
    briefing = next(path for path in written if path.suffix == ".json")
    assert json.loads(briefing.read_text("utf-8"))["sections"]
    checked = runner.invoke(app, ["check", str(briefing)])
    assert checked.exit_code == 0, checked.output
