"""Answers from a batch, served to the interactive code path as if the server had given them.

The `openai` engine in `--batch` mode runs exactly its interactive code: instructor builds each
request, the openai client sends it, instructor validates the answer (grounding included) and
re-asks. Underneath, this transport answers every chat request whose body was answered in a batch
with that answer, and passes the others to the real transport. While a thread is *deferring*
(finding out what a batch must hold), a request with no answer is not sent: its body is recorded
and the client gets a refusal that `StructuredClient` turns into `RequestDeferred`.

So the batch input file holds the very bodies instructor sends, and a batch answer goes through
the very validation an interactive answer does.
"""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

import httpx2  # the openai client's HTTP library

DEFERRED_HEADER = "x-briefing-deferred"


class RequestDeferred(Exception):
    """A request was recorded for a batch instead of being sent."""


def body_hash(body: dict[str, Any]) -> str:
    """The identity of a request body (key order and spacing do not matter)."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


class ReplayTransport(httpx2.BaseTransport):
    def __init__(self, inner: httpx2.BaseTransport) -> None:
        self.inner = inner
        self.answers: dict[str, bytes] = {}  # body hash → a chat completion's JSON
        self.deferred: dict[str, dict[str, Any]] = {}  # body hash → the body not sent
        self._local = threading.local()
        self._lock = threading.Lock()

    def deferring(self, on: bool) -> None:
        """On this thread, record unanswered chat requests instead of sending them."""
        self._local.deferring = on

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if request.method == "POST" and request.url.path.endswith("/chat/completions"):
            body = json.loads(request.read() or b"{}")
            key = body_hash(body)
            with self._lock:
                answer = self.answers.get(key)
                if answer is None and getattr(self._local, "deferring", False):
                    self.deferred[key] = body
            if answer is not None:
                return httpx2.Response(
                    200, content=answer, headers={"content-type": "application/json"}, request=request
                )
            if getattr(self._local, "deferring", False):
                return httpx2.Response(
                    418,
                    json={"error": {"message": "deferred to a batch", "type": "deferred"}},
                    headers={DEFERRED_HEADER: key, "x-should-retry": "false"},
                    request=request,
                )
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()
