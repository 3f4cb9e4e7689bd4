"""A fault-injecting OpenAI-compatible server for tests and benchmarks (stdlib only, 127.0.0.1).

Its "model" is deterministic and honest by default: it finds the article between `<article>` and
`</article>` in the prompt and answers with facts made of the article's own sentences (statement
and quote alike), so every answer is grounded. Faults are scripted per article, so they stay
deterministic under concurrency: with `script("429", "truncated")` the first request about each
article is rate-limited, the second (the client's retry) gets truncated JSON, the third (the
re-ask) a good answer. `plant=True` adds invented facts to every answer.

It also writes a briefing's key points: a request listing facts between `<facts>` and `</facts>`
(lines `[F1] statement`) is answered with points citing the first facts listed, each point that
fact's statement. Those requests follow their own script (`script_key_points`), in which
`bad_points` adds invalid points (an unknown fact id, a number no quote holds, no id at all) to
the good ones and `all_bad` answers with the invalid points only; `plant=True` adds them too.

    with FakeOpenAI(latency=0.05) as server:
        server.script("429", "ok")
        ... OpenAI(base_url=server.url, api_key="x") ...
        assert server.chat_count() == 2

Standalone, for benchmarks or trying the CLI by hand:

    python -m tests.openai_server --port 8765 --latency 0.5 [--script 429,ok] [--plant]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

FAULTS = ("ok", "401", "429", "500", "hang", "truncated", "broken_body", "invalid", "plant", "no_tool")
KEY_POINT_FAULTS = (*FAULTS, "bad_points", "all_bad")
KEY_POINT_PREFIX = "In brief: "  # what the fake model puts before each key point it writes

# What `plant=True` slips into every answer; none of it may ever reach a briefing.
PLANTED_QUOTE = "Il ministro Zanzibarov ha annunciato 987 miliardi per una base lunare entro il 2031."
PLANTED_STATEMENT = "Minister Zanzibarov announced 987 billion for a lunar base by 2031."
PLANTED_NUMBER_STATEMENT = "Officials confirmed 4321 new tanks would be delivered."
PLANTED_TEXTS = ("Zanzibarov", "987", "lunar base", "base lunare", "4321")

_ARTICLE_RE = re.compile(r"<article>\n?(.*?)\n?</article>", re.DOTALL)
_FACTS_RE = re.compile(r"<facts>\n?(.*?)\n?</facts>", re.DOTALL)
_CLAIMS_RE = re.compile(r"<claims>\n?(.*?)\n?</claims>", re.DOTALL)  # a --verify request
_LISTED_CLAIM_RE = re.compile(r"^\[(C\d+)\] (.+)$", re.MULTILINE)
_LISTED_FACT_RE = re.compile(r"^\[(F\d+)\] (.+)$", re.MULTILINE)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    body: dict[str, Any] | None
    fault: str | None = None
    article: str | None = None
    facts: str | None = None  # the fact listing of a key-points request
    claims: str | None = None  # the fact listing of a --verify request
    at: float = field(default_factory=time.monotonic)


def article_sentences(text: str, limit: int) -> list[str]:
    """Sentences of at least eight words, exactly as they appear in the text (no links, no embeds)."""
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        for sentence in _SENTENCE_END_RE.split(paragraph.strip()):
            sentence = sentence.strip()
            if len(sentence.split()) >= 8 and "http" not in sentence and "@" not in sentence:
                found.append(sentence)
                if len(found) >= limit:
                    return found
    return found


class FakeOpenAI:
    """An OpenAI-compatible chat completions server on 127.0.0.1 with scripted faults."""

    def __init__(
        self,
        *,
        latency: float = 0.0,
        facts_per_article: int = 3,
        plant: bool = False,
        retry_after: float = 0.01,
        hang_seconds: float = 5.0,
        ignore_tools: bool = False,
        port: int = 0,
    ) -> None:
        self.latency = latency
        self.ignore_tools = ignore_tools  # answer in the message content even when asked for a tool call
        self.facts_per_article = facts_per_article
        self.plant = plant
        self.retry_after = retry_after
        self.hang_seconds = hang_seconds
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.peak_in_flight = 0  # the most chat requests being answered at once
        self._script: tuple[str, ...] = ()
        self._key_script: tuple[str, ...] = ()
        self._seen: defaultdict[str, int] = defaultdict(int)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler_for(self), bind_and_activate=False)
        self._httpd.daemon_threads = True
        self._httpd.request_queue_size = 256
        self._httpd.server_bind()
        self._httpd.server_activate()
        self._thread: threading.Thread | None = None

    # --- control --------------------------------------------------------------------------------

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def script(self, *faults: str) -> FakeOpenAI:
        """Faults for the 1st, 2nd, … request about each article; later requests are answered well."""
        unknown = [fault for fault in faults if fault not in FAULTS]
        if unknown:
            raise ValueError(f"unknown faults {unknown}; known: {FAULTS}")
        with self._lock:
            self._script = tuple(faults)
            self._seen.clear()
        return self

    def script_key_points(self, *faults: str) -> FakeOpenAI:
        """Faults for the 1st, 2nd, … key-points request about each fact listing."""
        unknown = [fault for fault in faults if fault not in KEY_POINT_FAULTS]
        if unknown:
            raise ValueError(f"unknown faults {unknown}; known: {KEY_POINT_FAULTS}")
        with self._lock:
            self._key_script = tuple(faults)
            self._seen.clear()
        return self

    def reset(self) -> None:
        """Forget the requests seen so far (the script starts over for every article)."""
        with self._lock:
            self.requests.clear()
            self._seen.clear()
            self.peak_in_flight = self.in_flight

    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def chat_count(self) -> int:
        return len(self.chat_requests())

    def article_requests(self) -> list[RecordedRequest]:
        return [r for r in self.chat_requests() if r.facts is None and r.claims is None]

    def verify_requests(self) -> list[RecordedRequest]:
        return [r for r in self.chat_requests() if r.claims is not None]

    def key_point_requests(self) -> list[RecordedRequest]:
        return [r for r in self.chat_requests() if r.facts is not None]

    def start(self) -> FakeOpenAI:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- behaviour ------------------------------------------------------------------------------

    def _next_fault(self, article: str | None, facts: str | None = None) -> str:
        key = hashlib.sha256((article or "").encode()).hexdigest()
        script = self._script
        if facts is not None:
            key, script = "facts:" + hashlib.sha256(facts.encode()).hexdigest(), self._key_script
        with self._lock:
            index = self._seen[key]
            self._seen[key] += 1
            return script[index] if index < len(script) else "ok"

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def facts_for(self, article: str, fault: str) -> list[dict[str, Any]]:
        sentences = article_sentences(article, self.facts_per_article)
        planted = [
            {"statement": PLANTED_STATEMENT, "quote": PLANTED_QUOTE, "kind": "plan", "when": "2031"},
        ]
        if sentences:
            planted.append({"statement": PLANTED_NUMBER_STATEMENT, "quote": sentences[0], "kind": "event"})
        if fault == "plant":
            return planted
        facts: list[dict[str, Any]] = [
            {"statement": " ".join(s.split()), "quote": s, "kind": "event", "when": None, "actors": []}
            for s in sentences
        ]
        return facts + planted if self.plant else facts

    def key_points_for(self, listing: str, fault: str) -> list[dict[str, Any]]:
        listed = _LISTED_FACT_RE.findall(listing)
        good: list[dict[str, Any]] = [
            {"text": KEY_POINT_PREFIX + statement, "fact_ids": [fid]} for fid, statement in listed[:3]
        ]
        if len(good) == 3 and len(listed) > 3:
            good[2]["fact_ids"].append(listed[3][0])  # one point resting on two facts
        first = listed[0][0] if listed else "F1"
        bad: list[dict[str, Any]] = [
            {"text": "Minister Zanzibarov resigned over the summit.", "fact_ids": ["F999"]},
            {"text": PLANTED_NUMBER_STATEMENT, "fact_ids": [first]},
            {"text": "Zanzibarov chaired the talks without any source.", "fact_ids": []},
        ]
        if fault == "all_bad":
            return bad
        return good + bad if fault == "bad_points" or self.plant else good

    def verdicts_for(self, listing: str) -> list[dict[str, Any]]:
        """A --verify request's answer: every listed fact supported."""
        return [{"id": cid, "supported": True} for cid, _statement in _LISTED_CLAIM_RE.findall(listing)]

    def sleep(self, seconds: float) -> None:
        self._stopping.wait(seconds)


def _article_in(body: dict[str, Any], pattern: re.Pattern[str] = _ARTICLE_RE) -> str | None:
    for message in body.get("messages", []):
        content = message.get("content")
        if isinstance(content, list):  # content parts
            content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
        if message.get("role") == "user" and isinstance(content, str):
            match = pattern.search(content)
            if match:
                return match.group(1)
    return None


def _tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / 4))  # a rough estimate; real tokenizers differ


def _completion(body: dict[str, Any], payload: str, fault: str) -> dict[str, Any]:
    """A chat completion carrying `payload` the way the request asked for it."""
    message: dict[str, Any] = {"role": "assistant", "content": None}
    tools = body.get("tools")
    if tools and fault != "no_tool":
        function = tools[0].get("function", {})
        choice = body.get("tool_choice")
        if isinstance(choice, dict):
            function = choice.get("function", function)
        message["tool_calls"] = [
            {
                "id": "call_0",
                "type": "function",
                "function": {"name": function.get("name", "FactsResponse"), "arguments": payload},
            }
        ]
        finish = "tool_calls"
    elif body.get("response_format") or tools:
        message["content"] = payload
        finish = "stop"
    else:
        message["content"] = f"```json\n{payload}\n```"
        finish = "stop"
    prompt = json.dumps(body.get("messages", [])) + json.dumps(tools or body.get("response_format") or "")
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "fake"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": _tokens(prompt),
            "completion_tokens": _tokens(payload),
            "total_tokens": _tokens(prompt) + _tokens(payload),
        },
    }


def _handler_for(server: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; with Nagle's algorithm the body then waits for
        # the client's delayed ACK of the headers on a kept-alive connection: 40 ms added to
        # every answer after the first few (measured). Real servers (uvicorn, …) set TCP_NODELAY.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def _send(self, status: int, body: bytes | str, headers: dict[str, str] | None = None) -> None:
            data = body.encode() if isinstance(body, str) else body
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout): nothing to answer

        def _error(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
            error = {"error": {"message": message, "type": "fake_error", "code": status}}
            self._send(status, json.dumps(error), headers)

        def do_GET(self) -> None:
            server._record(
                RecordedRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()}, None)
            )
            if self.path.rstrip("/").endswith("/models"):
                models = {"object": "list", "data": [{"id": "fake", "object": "model", "owned_by": "tests"}]}
                self._send(200, json.dumps(models))
            else:
                self._error(404, f"no route {self.path}")

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                body = None
            record = RecordedRequest("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            server._record(record)
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._error(404, f"no route {self.path}")
                return
            if not isinstance(body, dict):
                self._error(400, "the body is not JSON")
                return
            article = _article_in(body)
            facts = None if article is not None else _article_in(body, _FACTS_RE)
            claims = None if article is not None or facts is not None else _article_in(body, _CLAIMS_RE)
            record.article, record.facts, record.claims = article, facts, claims
            fault = record.fault = "ok" if claims is not None else server._next_fault(article, facts)
            with server._lock:
                server.in_flight += 1
                server.peak_in_flight = max(server.peak_in_flight, server.in_flight)
            try:
                if server.latency:
                    server.sleep(server.latency)
                if claims is not None:
                    payload = json.dumps({"verdicts": server.verdicts_for(claims)}, ensure_ascii=False)
                    self._send(200, json.dumps(_completion(body, payload, fault), ensure_ascii=False))
                else:
                    self._answer(body, article, fault, facts)
            finally:
                with server._lock:
                    server.in_flight -= 1

        def _answer(self, body: dict[str, Any], article: str | None, fault: str, facts: str | None) -> None:
            if fault == "429":
                self._error(429, "rate limited", {"Retry-After": str(server.retry_after)})
                return
            if fault == "401":
                auth = self.headers.get("Authorization", "")
                self._error(401, f"Incorrect API key provided: {auth.removeprefix('Bearer ')}")
                return
            if fault == "500":
                self._error(500, "internal error")
                return
            if fault == "hang":
                server.sleep(server.hang_seconds)
                self.close_connection = True
                return  # the client has timed out by now; the connection just closes
            if fault == "broken_body":
                self._send(200, '{"id": "chatcmpl-fake", "object": "chat.completion", "choices": [{"ind')
                return
            if facts is not None:
                payload = json.dumps({"points": server.key_points_for(facts, fault)}, ensure_ascii=False)
            elif article is None:
                self._error(400, "no <article> or <facts> in the prompt")
                return
            else:
                payload = json.dumps({"facts": server.facts_for(article, fault)}, ensure_ascii=False)
            if fault == "truncated":
                payload = payload[: len(payload) // 2]
            elif fault == "invalid":
                payload = json.dumps({"points" if facts is not None else "facts": "none found"})
            if server.ignore_tools and fault == "ok":
                fault = "no_tool"
            self._send(200, json.dumps(_completion(body, payload, fault), ensure_ascii=False))

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each chat answer")
    parser.add_argument(
        "--script", default="", help="comma-separated faults per article: " + ",".join(FAULTS)
    )
    parser.add_argument("--plant", action="store_true", help="add invented facts to every answer")
    parser.add_argument("--facts", type=int, default=3, help="facts per article")
    arguments = parser.parse_args()
    server = FakeOpenAI(
        latency=arguments.latency,
        facts_per_article=arguments.facts,
        plant=arguments.plant,
        port=arguments.port,
    )
    if arguments.script:
        server.script(*[fault.strip() for fault in arguments.script.split(",") if fault.strip()])
    print(f"fake OpenAI server on {server.url}", flush=True)
    try:
        server.start()
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


if __name__ == "__main__":
    main()
