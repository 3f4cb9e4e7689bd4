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
import email.parser
import email.policy
import hashlib
import itertools
import json
import math
import re
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

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
    batch: str | None = None  # the batch whose input file held this request (None: sent over HTTP)


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


class _Server(ThreadingHTTPServer):
    """A client that goes away mid-request (a build killed by a test) resets its connection: that is
    no error of the server's, and its traceback would land in whatever stderr a test is capturing
    at the time (a rerun's, under load)."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


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
        # Hold each chat request until this many are in flight at once (0: don't), for at most
        # `gather_seconds`: a client that serialises its requests never gets there, whereas one that
        # sends them together does however slowly a loaded machine starts its threads.
        self.gather = 0
        self.gather_seconds = 10.0
        self._gathered = threading.Condition(threading.Lock())
        self._script: tuple[str, ...] = ()
        self._key_script: tuple[str, ...] = ()
        self._seen: defaultdict[str, int] = defaultdict(int)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", port), _handler_for(self), bind_and_activate=False)
        self._httpd.daemon_threads = True
        self._httpd.request_queue_size = 256
        self._httpd.server_bind()
        self._httpd.server_activate()
        self._thread: threading.Thread | None = None
        self.files: dict[str, StoredFile] = {}
        self.batches: dict[str, FakeBatch] = {}
        self.batch_outcomes: list[str] = []  # how the 1st, 2nd, … batch created ends (default: completed)
        self.batch_steps = 2  # polls a batch spends in progress, answering a share of its lines at each
        self.hold_batches = False  # keep every batch in progress (answering nothing) until set False
        self.failing_lines: tuple[str, ...] = ()  # batch lines about an article holding one of these fail
        self.batch_api = True  # False: /v1/files and /v1/batches answer 404, as most local servers do
        self._ids = itertools.count(1)
        self._batch_lock = threading.Lock()  # one poll moves a batch at a time
        # Called as POST /v1/batches is answered: instead of making the batch, or after making it
        # but before the client hears of it (a test kills its client there).
        self.before_batch_created: Callable[[], None] | None = None
        self.after_batch_created: Callable[[], None] | None = None

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

    def script_batches(self, *outcomes: str) -> FakeOpenAI:
        """How the 1st, 2nd, … batch created ends; later ones complete."""
        unknown = [outcome for outcome in outcomes if outcome not in BATCH_OUTCOMES]
        if unknown:
            raise ValueError(f"unknown batch outcomes {unknown}; known: {BATCH_OUTCOMES}")
        with self._lock:
            self.batch_outcomes = list(outcomes)
        return self

    def batch_count(self) -> int:
        """Batches created (POST /v1/batches answered)."""
        with self._lock:
            return len(self.batches)

    def batch_lines(self) -> list[RecordedRequest]:
        """Requests answered from batches' input files."""
        with self._lock:
            return [r for r in self.requests if r.batch is not None]

    def interactive_requests(self) -> list[RecordedRequest]:
        """Chat requests sent over HTTP (not in a batch)."""
        return [r for r in self.chat_requests() if r.batch is None]

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

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
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

    def wait_for_company(self) -> None:
        """With `gather` set, hold this request until that many have been in flight at once."""
        if not self.gather:
            return
        with self._gathered:
            self._gathered.notify_all()
            self._gathered.wait_for(lambda: self.peak_in_flight >= self.gather, self.gather_seconds)

    def answer(
        self, body: dict[str, Any], article: str | None, fault: str, facts: str | None
    ) -> tuple[int, dict[str, Any], dict[str, str]]:
        """A chat completion request's answer: HTTP status, JSON body, headers."""

        def error(status: int, message: str) -> dict[str, Any]:
            return {"error": {"message": message, "type": "fake_error", "code": status}}

        if fault == "429":
            return 429, error(429, "rate limited"), {"Retry-After": str(self.retry_after)}
        if fault in ("500", "hang", "broken_body", "401"):
            return 500, error(500, "internal error"), {}
        if facts is not None:
            payload = json.dumps({"points": self.key_points_for(facts, fault)}, ensure_ascii=False)
        elif article is None:
            return 400, error(400, "no <article> or <facts> in the prompt"), {}
        else:
            payload = json.dumps({"facts": self.facts_for(article, fault)}, ensure_ascii=False)
        if fault == "truncated":
            payload = payload[: len(payload) // 2]
        elif fault == "invalid":
            payload = json.dumps({"points" if facts is not None else "facts": "none found"})
        if self.ignore_tools and fault == "ok":
            fault = "no_tool"
        return 200, _completion(body, payload, fault), {}


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


# --- the files and batches endpoints --------------------------------------------------------------

BATCH_OUTCOMES = ("completed", "expired", "failed", "cancelled")


@dataclass
class StoredFile:
    id: str
    filename: str
    purpose: str
    data: bytes
    created_at: int = field(default_factory=lambda: int(time.time()))

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "object": "file",
            "bytes": len(self.data),
            "created_at": self.created_at,
            "filename": self.filename,
            "purpose": self.purpose,
            "status": "processed",
        }


@dataclass
class FakeBatch:
    """A batch and its scripted life: validating → in_progress (a share of the lines answered at
    each poll) → finalizing → completed; or failed (at validation), expired (half-way: the rest
    are `batch_expired` error lines), cancelled (by the client, or scripted, half-way)."""

    id: str
    input_file_id: str
    lines: list[dict[str, Any]]
    outcome: str
    metadata: dict[str, Any] | None
    status: str = "validating"
    answered: int = 0
    output: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    output_file_id: str | None = None
    error_file_id: str | None = None
    created_at: int = field(default_factory=lambda: int(time.time()))
    completed_at: float | None = None  # time.monotonic() when it ended

    def describe(self) -> dict[str, Any]:
        failed_batch = self.status == "failed"
        return {
            "id": self.id,
            "object": "batch",
            "endpoint": "/v1/chat/completions",
            "errors": {
                "object": "list",
                "data": [
                    {"code": "invalid_input", "message": "scripted failure", "param": None, "line": None}
                ],
            }
            if failed_batch
            else None,
            "input_file_id": self.input_file_id,
            "completion_window": "24h",
            "status": self.status,
            "output_file_id": self.output_file_id,
            "error_file_id": self.error_file_id,
            "created_at": self.created_at,
            "request_counts": {
                "total": len(self.lines),
                "completed": len(self.output),
                "failed": sum(1 for e in self.errors if e.get("error", {}).get("code") != "batch_expired")
                if self.errors
                else 0,
            },
            "metadata": self.metadata,
        }


class BatchDesk:
    """Answers /v1/files and /v1/batches for a `FakeOpenAI` (under its lock where state changes)."""

    def __init__(self, server: FakeOpenAI) -> None:
        self.server = server

    def _not_found(self, what: str) -> tuple[int, dict[str, Any]]:
        return 404, {"error": {"message": f"no such {what}", "type": "invalid_request_error", "code": 404}}

    def get(self, path: str) -> tuple[int, bytes | dict[str, Any]]:
        server = self.server
        parts = path.split("/")
        if "files" in parts:
            stored = server.files.get(parts[parts.index("files") + 1] if parts[-1] != "files" else "")
            if stored is None:
                return self._not_found("file")
            return (200, stored.data) if parts[-1] == "content" else (200, stored.describe())
        if parts[-1] == "batches":
            with server._lock:  # newest first (the tool reads the whole list in any order)
                data = [batch.describe() for batch in reversed(server.batches.values())]
            return 200, {"object": "list", "data": data, "has_more": False}
        batch = server.batches.get(parts[-1])
        if batch is None:
            return self._not_found("batch")
        with server._batch_lock:
            self._advance(batch)
        with server._lock:
            return 200, batch.describe()

    def post(self, path: str, raw: bytes, content_type: str, body: Any) -> tuple[int, bytes | dict[str, Any]]:
        server = self.server
        if path.endswith("/files"):
            fields = _multipart(raw, content_type)
            if "file" not in fields or fields.get("purpose", (b"", ""))[0] != b"batch":
                return 400, {"error": {"message": "need a file and purpose=batch", "code": 400}}
            data, filename = fields["file"]
            stored = StoredFile(id=f"file-{next(server._ids)}", filename=filename, purpose="batch", data=data)
            with server._lock:
                server.files[stored.id] = stored
            return 200, stored.describe()
        if path.endswith("/cancel"):
            batch = server.batches.get(path.split("/")[-2])
            if batch is None:
                return self._not_found("batch")
            with server._lock:
                if batch.status in ("validating", "in_progress", "finalizing"):
                    batch.status = "cancelling"
                return 200, batch.describe()
        if not isinstance(body, dict) or body.get("endpoint") != "/v1/chat/completions":
            return 400, {"error": {"message": "endpoint must be /v1/chat/completions", "code": 400}}
        given = server.files.get(str(body.get("input_file_id")))
        if given is None:
            return self._not_found("input file")
        if server.before_batch_created is not None:  # then no batch is made
            server.before_batch_created()
            return 503, {
                "error": {"message": "no batch made (scripted)", "type": "server_error", "code": 503}
            }
        try:
            lines = [json.loads(line) for line in given.data.decode().splitlines() if line.strip()]
        except ValueError:
            return 400, {"error": {"message": "the input file is not JSON lines", "code": 400}}
        with server._lock:
            outcome = (
                server.batch_outcomes[len(server.batches)]
                if len(server.batch_outcomes) > len(server.batches)
                else "completed"
            )
            batch = FakeBatch(
                id=f"batch_{next(server._ids)}",
                input_file_id=given.id,
                lines=lines,
                outcome=outcome,
                metadata=body.get("metadata"),
            )
            server.batches[batch.id] = batch
            described = batch.describe()
        if server.after_batch_created is not None:
            server.after_batch_created()
        return 200, described

    def _advance(self, batch: FakeBatch) -> None:
        """One poll's worth of the batch's life."""
        server = self.server
        if batch.status == "validating":
            batch.status = "failed" if batch.outcome == "failed" else "in_progress"
        elif batch.status == "in_progress" and not server.hold_batches:
            share = max(1, math.ceil(len(batch.lines) / max(1, server.batch_steps)))
            for line in batch.lines[batch.answered : batch.answered + share]:
                self._answer_line(batch, line)
            batch.answered = min(len(batch.lines), batch.answered + share)
            halfway = batch.answered >= len(batch.lines) / 2
            if batch.outcome == "expired" and halfway:
                for line in batch.lines[batch.answered :]:
                    batch.errors.append(
                        _error_line(
                            line,
                            "batch_expired",
                            "This request could not be executed before the completion window expired.",
                        )
                    )
                self._finish(batch, "expired")
            elif batch.outcome == "cancelled" and halfway:
                batch.status = "cancelling"
            elif batch.answered >= len(batch.lines):
                batch.status = "finalizing"
        elif batch.status == "finalizing":
            self._finish(batch, "completed")
        elif batch.status == "cancelling":
            self._finish(batch, "cancelled")

    def _finish(self, batch: FakeBatch, status: str) -> None:
        server = self.server
        for lines, kind in ((batch.output, "output"), (batch.errors, "error")):
            if lines:
                data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode()
                stored = StoredFile(
                    id=f"file-{next(server._ids)}",
                    filename=f"{batch.id}_{kind}.jsonl",
                    purpose=f"batch_{kind}",
                    data=data,
                )
                with server._lock:
                    server.files[stored.id] = stored
                if kind == "output":
                    batch.output_file_id = stored.id
                else:
                    batch.error_file_id = stored.id
        batch.status = status
        batch.completed_at = time.monotonic()

    def _answer_line(self, batch: FakeBatch, line: dict[str, Any]) -> None:
        server = self.server
        given = line.get("body")
        body: dict[str, Any] = given if isinstance(given, dict) else {}
        article = _article_in(body)
        facts = None if article is not None else _article_in(body, _FACTS_RE)
        record = RecordedRequest(
            "POST", str(line.get("url")), {}, body, article=article, facts=facts, batch=batch.id
        )
        if article is not None and any(marker in article for marker in server.failing_lines):
            record.fault = "500"
            server._record(record)
            batch.errors.append(
                _error_line(line, "server_error", "The server had an error processing this request.")
            )
            return
        record.fault = server._next_fault(article, facts)
        server._record(record)
        status, answer, _headers = server.answer(body, article, record.fault, facts)
        response = {"status_code": status, "request_id": f"req_{next(server._ids)}", "body": answer}
        entry = {
            "id": f"batch_req_{next(server._ids)}",
            "custom_id": line.get("custom_id"),
            "response": response,
            "error": None,
        }
        (batch.output if status == 200 else batch.errors).append(entry)


def _error_line(line: dict[str, Any], code: str, message: str) -> dict[str, Any]:
    return {
        "id": "batch_req_error",
        "custom_id": line.get("custom_id"),
        "response": None,
        "error": {"code": code, "message": message},
    }


def _multipart(raw: bytes, content_type: str) -> dict[str, tuple[bytes, str]]:
    """Form fields of a multipart/form-data body: name → (bytes, file name)."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw
    )
    fields: dict[str, tuple[bytes, str]] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            payload = part.get_payload(decode=True)
            fields[name] = (payload if isinstance(payload, bytes) else b"", part.get_filename() or "")
    return fields


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
            path = self.path.split("?")[0].rstrip("/")
            if path.endswith("/models"):
                models = {"object": "list", "data": [{"id": "fake", "object": "model", "owned_by": "tests"}]}
                self._send(200, json.dumps(models))
            elif ("/files/" in path or "/batches" in path) and server.batch_api:
                self._route(*BatchDesk(server).get(path))
            else:
                self._error(404, f"no route {self.path}")

        def _route(
            self, status: int, body: bytes | dict[str, Any], content_type: str = "application/json"
        ) -> None:
            if isinstance(body, dict):
                self._send(status, json.dumps(body, ensure_ascii=False))
            else:
                self._send(status, body, {"Content-Type": content_type})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                body = None
            record = RecordedRequest("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            server._record(record)
            path = self.path.split("?")[0].rstrip("/")
            if (path.endswith("/files") or "/batches" in path) and server.batch_api:
                self._route(*BatchDesk(server).post(path, raw, self.headers.get("Content-Type", ""), body))
                return
            if not path.endswith("/chat/completions"):
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
                server.wait_for_company()
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
            if fault == "hang":
                server.sleep(server.hang_seconds)
                self.close_connection = True
                return  # the client has timed out by now; the connection just closes
            if fault == "broken_body":
                self._send(200, '{"id": "chatcmpl-fake", "object": "chat.completion", "choices": [{"ind')
                return
            if fault == "401":
                auth = self.headers.get("Authorization", "")
                self._error(401, f"Incorrect API key provided: {auth.removeprefix('Bearer ')}")
                return
            status, answer, headers = server.answer(body, article, fault, facts)
            self._send(status, json.dumps(answer, ensure_ascii=False), headers)

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
