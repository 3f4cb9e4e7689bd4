"""A useless answer is not a result, and `--timeout` bounds a whole answer. The servers here listen
on 127.0.0.1 only, answer a bounded number of requests and stop by themselves."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cache import ExtractionCache
from briefing.cli import app
from briefing.engines import EngineConfig
from briefing.engines.openai_engine import OpenAIEngine
from briefing.errors import EngineError
from briefing.ingest import SourceFile, read_article

runner = CliRunner()

ARTICLE = (
    "date 2025-06-0{day} Agenzia – Il ministro numero {day} della Difesa ha annunciato oggi a Roma un "
    "aumento della spesa militare al {day}% del PIL entro il 2027.\n"
)
PROSE = {
    "id": "x",
    "object": "chat.completion",
    "created": 0,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "finish_reason": "stop",
            "message": {"role": "assistant", "content": "Sure! The minister spoke about defence."},
        }
    ],
}


class Server:
    """Answers every POST with `kind`: `html` (a web page), `prose` (a chat answer without the
    JSON asked for) or `drip` (a JSON answer that arrives a byte every 0.2 s). At most 200
    requests, then it stops; a drip ends after 30 s whatever happens."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length", 0)))
                owner.requests += 1
                if owner.kind == "html":
                    self._send(b"<html><body><h1>Welcome to nginx!</h1></body></html>", "text/html")
                elif owner.kind == "prose":
                    self._send(json.dumps(PROSE).encode(), "application/json")
                else:
                    self._drip(json.dumps(PROSE).encode())

            def _send(self, body: bytes, kind: str) -> None:
                self.send_response(200)
                self.send_header("content-type", kind)
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _drip(self, body: bytes) -> None:
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                stop = time.monotonic() + 30
                for byte in body:
                    if time.monotonic() > stop:
                        return
                    try:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                    except OSError:
                        return  # the client gave up: good
                    time.sleep(0.2)

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while self.requests < 200:
            self.http.handle_request()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}/v1"

    def __enter__(self) -> Server:
        self.http.timeout = 1
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.requests = 10**6
        self.thread.join(timeout=5)
        self.http.server_close()


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    for day in (1, 2):
        (tmp_path / "news" / f"{day}.txt").write_text(ARTICLE.format(day=day), "utf-8")
    return tmp_path / "news"


@pytest.mark.parametrize("kind", ["html", "prose"])
def test_answers_that_are_not_the_json_asked_for_end_in_exit_1_and_are_not_cached(
    news: Path, tmp_path: Path, kind: str
) -> None:
    with Server(kind) as server:
        arguments = ["build", "news", "--out", "out", "--base-url", server.url, "--model", "m"]
        result = runner.invoke(app, [*arguments, "--cache", str(tmp_path / "cache"), "--timeout", "5"])
    assert result.exit_code == 1, result.output  # before: exit 0 and an empty briefing
    assert "no article could be extracted" in result.stderr
    assert "--model" in result.stderr and "--mode" in result.stderr and "--base-url" in result.stderr
    assert not (tmp_path / "out").exists()
    assert len(ExtractionCache(tmp_path / "cache")) == 0  # nothing cached as a valid empty extraction


def test_timeout_bounds_a_whole_answer_from_a_server_that_drips(news: Path) -> None:
    article = read_article(SourceFile("news/1.txt", news / "1.txt"))
    with Server("drip") as server:
        config = EngineConfig(backend="openai", base_url=server.url, model="m", timeout=1.0, max_retries=0)
        engine = OpenAIEngine(config)
        started = time.monotonic()
        with pytest.raises(EngineError, match="within the timeout"):
            engine.extract(article)
        elapsed = time.monotonic() - started
        engine.close()
    assert elapsed < 6, elapsed  # the answer would take 0.2 s a byte, over a minute in all
