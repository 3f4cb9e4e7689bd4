"""`briefing build` over the seeds, run in-process against a FakeOpenAI: the LLM tests' CLI runs."""

from __future__ import annotations

from typer.testing import CliRunner, Result

from briefing.cli import app
from openai_server import FakeOpenAI

runner = CliRunner()


def build_seeds(server: FakeOpenAI, *args: str, timeout: float) -> Result:
    """`briefing build seeds/ --out out` with the server's URL, model `fake` and `--timeout`."""
    command = ["build", "seeds/", "--out", "out", "--base-url", server.url, "--model", "fake"]
    return runner.invoke(app, [*command, "--timeout", str(timeout), *args])
