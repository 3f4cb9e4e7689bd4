"""Shared fixtures: a private cache folder for every test, no network but loopback, the seeds
copied into a working folder, and a fake OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from openai_server import FakeOpenAI

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "BRIEFING_MODEL", "BRIEFING_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    return cache


_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else address
    if (
        self.family == socket.AF_UNIX
        or str(host) in {"127.0.0.1", "::1", "localhost"}
        or str(host).startswith("127.")
    ):
        return _real_connect(self, address)  # type: ignore[arg-type]
    raise RuntimeError(f"tests may not reach the network (tried {address!r})")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    yield


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def workdir(tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding a copy of the seeds, made the working folder (sources stay relative)."""
    shutil.copytree(seeds, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as running:
        yield running
