"""The API key reaches the server and nothing else, on the error paths too: a server that refuses
the key and echoes it back (as some do), a server that is not there, and `--debug`, which prints
tracebacks and the libraries' debug logs. (The good path: tests/test_openai_engine.py and
tests/test_interruption.py.)"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from openai_server import FakeOpenAI

SECRET = "sk-test-NEVER-ON-DISK-7731"


@pytest.fixture
def workdir(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared working folder, with the API key in the environment."""
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    return workdir


def assert_nowhere(*places: Path, text: str = "") -> None:
    assert SECRET not in text
    for place in places:
        for path in place.rglob("*"):
            if path.is_file():
                assert SECRET.encode() not in path.read_bytes(), path


def test_a_refused_key_is_not_shown_even_with_debug(server: FakeOpenAI, workdir: Path) -> None:
    server.script("401")  # the server's error message repeats the key
    command = [sys.executable, "-m", "briefing.cli", "--debug", "build", "seeds", "--out", "out"]
    command += ["--base-url", server.url, "--concurrency", "1", "--cache", "cache"]
    result = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ), timeout=60)
    assert result.returncode == 1
    assert server.chat_requests()[0].headers["authorization"] == f"Bearer {SECRET}"
    assert "refused the API key (HTTP 401)" in result.stderr
    assert "DEBUG" in result.stderr and "Traceback" in result.stderr  # --debug did show its details
    assert_nowhere(workdir, text=result.stdout + result.stderr)


def test_an_unreachable_server_is_named_without_the_key(workdir: Path) -> None:
    from briefing.build import BuildRequest, run_build
    from briefing.engines import EngineConfig
    from briefing.errors import BriefingError

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/v1"
    said: list[str] = []
    engine = EngineConfig(backend="openai", base_url=dead, max_retries=0)  # the CLI retries 4 times
    request = BuildRequest(sources=["seeds"], out=workdir / "out", engine=engine, cache_dir=workdir / "cache")
    with pytest.raises(BriefingError) as raised:
        run_build(request, say=said.append)
    message = f"{raised.value.message} {raised.value.hint}"
    assert f"cannot reach {dead}" in message and "check --base-url" in message
    assert len(said) == 5 and all("cannot reach" in line for line in said)
    assert not (workdir / "out").exists()
    assert_nowhere(workdir, text=message + "\n".join(said))
