"""Credentials written into `--base-url` (`http://user:pass@host/v1?key=…`) never reach an output,
a message or a `--debug` log, on the good path and the error paths alike."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.redact import public_url
from openai_server import FakeOpenAI

PASSWORD = "pw-NEVER-SHOWN-5521"
QUERY_KEY = "qk-NEVER-SHOWN-9034"
API_KEY = "sk-test-HEADER-KEY-4410"


def with_credentials(url: str) -> str:
    return url.replace("http://", f"http://analyst:{PASSWORD}@") + f"?key={QUERY_KEY}"


def run_build(workdir: Path, base_url: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "briefing.cli", "--debug", "build", "seeds", "--out", "out"]
    command += ["--base-url", base_url, "--model", "fake", "--cache", "cache", "--format", "md,json,html"]
    environment = {**os.environ, "OPENAI_API_KEY": API_KEY}
    return subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, cwd=workdir)


def assert_nowhere(workdir: Path, text: str) -> None:
    for secret in (PASSWORD, QUERY_KEY, API_KEY):
        assert secret not in text
        for path in workdir.rglob("*"):
            if path.is_file() and path.suffix in {".md", ".json", ".html", ".sqlite3"}:
                assert secret.encode() not in path.read_bytes(), (secret, path)


def test_a_url_is_shown_without_its_credentials() -> None:
    shown = public_url(f"https://analyst:{PASSWORD}@llm.example:8443/v1?key={QUERY_KEY}&x=1")
    assert shown == "https://llm.example:8443/v1?key=***&x=***"


def test_credentials_in_the_base_url_reach_no_output_and_no_debug_log(
    server: FakeOpenAI, workdir: Path
) -> None:
    server.script("500", "500", "500", "500", "500", "500")  # errors name the endpoint
    result = run_build(workdir, with_credentials(server.url))
    assert "DEBUG" in result.stderr  # --debug did log the requests
    assert_nowhere(workdir, result.stdout + result.stderr)


def test_an_unreachable_server_with_credentials_is_named_without_them(workdir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
    result = run_build(workdir, with_credentials(dead))
    assert result.returncode == 1
    assert "cannot reach http://127.0.0.1:" in result.stderr
    assert_nowhere(workdir, result.stdout + result.stderr)


@pytest.fixture
def workdir(workdir: Path) -> Path:
    return workdir
