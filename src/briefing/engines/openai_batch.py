"""`--batch`: the openai engine's cache misses sent through the Batch API, then extracted as usual.

1. *Defer*: each article's chunk requests go through the interactive code path with the replay
   transport deferring (see `openai_replay`): the bodies instructor would send are recorded, not
   sent. Answers already collected (the ledger) are served, so what is deferred is what is missing.
2. *Submit*: bodies no open batch holds become one JSON-lines input file (one request per body,
   `custom_id` = the body's hash), uploaded with the files API; the upload and its requests
   (custom_id → article, source, chunk) go into the ledger, then a batch is created from it and
   its id replaces the upload there. A run that died in between left the upload in the ledger:
   the next one lists the server's batches for one made from that file and adopts it (else the
   upload is forgotten and its bodies sent anew), so a batch created is never paid for twice.
3. *Wait*: every open batch those bodies are in is polled with backoff, its counts shown; once it
   ends, its output file's answers go into the ledger as they are read, and the requests that got
   none (an error line, an expired, failed or cancelled batch) are reported by article.
4. The pipeline then extracts every article the interactive way: answers come from the batch,
   re-asks (grounding, malformed JSON) go to the server interactively, `--concurrency` at a time.
   With `--batch-reask`, steps 1–3 are repeated first, so re-asks go out as further batches.

A rerun finds the open batch in the ledger and waits for it instead of paying twice.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import openai

from briefing.batch_ledger import BatchLedger, BatchRequest
from briefing.engines.openai_replay import RequestDeferred
from briefing.errors import BatchPending, EngineError
from briefing.models import Article, Usage

if TYPE_CHECKING:
    from briefing.engines.openai_client import StructuredClient
    from briefing.engines.openai_engine import OpenAIEngine

ENDED = ("completed", "failed", "expired", "cancelled")
MAX_BATCH_REQUESTS = 50_000  # the Batch API's limit per input file
FIRST_POLL_SECONDS = 2.0
LONGEST_POLL_SECONDS = 60.0
MAX_REASK_ROUNDS = 3

Say = Callable[[str], None]


def _poll_seconds() -> float:
    """How long to wait before the first poll (BRIEFING_BATCH_POLL_SECONDS: tests, benchmarks)."""
    try:
        return float(os.environ.get("BRIEFING_BATCH_POLL_SECONDS", FIRST_POLL_SECONDS))
    except ValueError:
        return FIRST_POLL_SECONDS


class BatchRun:
    def __init__(
        self, engine: OpenAIEngine, ledger: BatchLedger, say: Say, *, wait: bool, reask: bool
    ) -> None:
        self.engine = engine
        self.ledger = ledger
        self.say = say
        self.wait = wait
        self.reask = reask
        self.client: StructuredClient = engine.client()
        replay = self.client.replay
        if replay is None:
            raise RuntimeError("the openai engine was made without --batch")
        self.replay = replay
        self.failures: dict[str, str] = {}  # article sha256 → why it was not answered

    # --- 1. defer ---------------------------------------------------------------------------------

    def _defer(self, article: Article) -> dict[str, tuple[dict[str, Any], int]]:
        """The bodies this article still needs answered (by hash), each with the number of the
        article's chunk it asks about; answers already collected served along the way."""
        while True:
            self.replay.deferred.clear()
            chunk_of: dict[str, int] = {}
            self.replay.deferring(True)
            try:
                for number, request in enumerate(self.engine.requests_for(article), start=1):
                    try:
                        self.client.ask(request, Usage())  # what it costs is counted when extracting
                    except RequestDeferred:
                        pass
                    except EngineError:
                        pass  # a transport failure meets the interactive pass, which reports it
                    for key in self.replay.deferred:
                        chunk_of.setdefault(key, number)
            finally:
                self.replay.deferring(False)
            wanted = {key: (body, chunk_of[key]) for key, body in self.replay.deferred.items()}
            collected = self.ledger.answers(list(wanted))
            if not collected:
                return wanted
            for key, payload in collected.items():
                self.replay.answers[key] = payload.encode()

    # --- 2. submit --------------------------------------------------------------------------------

    def _submit(self, bodies: dict[str, dict[str, Any]], owners: dict[str, tuple[Article, int]]) -> list[str]:
        created: list[str] = []
        keys = list(bodies)
        for start in range(0, len(keys), MAX_BATCH_REQUESTS):
            part = keys[start : start + MAX_BATCH_REQUESTS]
            lines = [
                json.dumps(
                    {"custom_id": key, "method": "POST", "url": "/v1/chat/completions", "body": bodies[key]},
                    ensure_ascii=False,
                )
                for key in part
            ]
            data = ("\n".join(lines) + "\n").encode()
            api = self.client.api
            uploaded = api.files.create(
                file=("briefing-batch.jsonl", data, "application/jsonl"), purpose="batch"
            )
            requests = [
                BatchRequest(
                    custom_id=key,
                    body_hash=key,
                    article_sha256=owners[key][0].sha256,
                    source=owners[key][0].source,
                    chunk=owners[key][1],
                )
                for key in part
            ]
            self.ledger.record_upload(uploaded.id, self.engine.identity(), requests)
            batch = api.batches.create(
                input_file_id=uploaded.id,
                endpoint="/v1/chat/completions",
                completion_window="24h",
                metadata={"made_by": "briefing"},
            )
            self.ledger.record_batch(
                batch.id, self.engine.identity(), batch.status, requests, input_file_id=uploaded.id
            )
            articles = len({request.article_sha256 for request in requests})
            self.say(f"batch {batch.id} submitted: {len(part)} request(s) for {articles} article(s)")
            created.append(batch.id)
        return created

    def _adopt_uploads(self, body_hashes: list[str]) -> dict[str, str]:
        """For bodies in an upload that a run which died left without a batch: the batch the
        server made from it (body hash → batch id), recorded now; an upload no batch was made
        from is forgotten, so its bodies go out anew."""
        uploads = self.ledger.uploads_holding(body_hashes)
        if not uploads:
            return {}
        recorded = {file_id: self.ledger.upload(file_id) for file_id in sorted(set(uploads.values()))}
        found: dict[str, Any] = {}
        # Page by page until each upload's batch is found (the API documents no order, so the
        # whole list is read when one is missing: a rare path, after a run died at that moment).
        for batch in self.client.api.batches.list(limit=100):
            if batch.input_file_id in recorded:
                found.setdefault(batch.input_file_id, batch)
            if len(found) == len(recorded):
                break
        held: dict[str, str] = {}
        for file_id, requests in recorded.items():
            made = found.get(file_id)
            if made is None:
                self.ledger.forget_upload(file_id)
                continue
            self.ledger.record_batch(
                made.id, self.engine.identity(), made.status, requests, input_file_id=file_id
            )
            self.say(
                f"batch {batch.id} found on the server, made from {file_id} by a run that was interrupted"
            )
            held.update({request.body_hash: batch.id for request in requests})
        return held

    # --- 3. wait and collect ----------------------------------------------------------------------

    def _wait(self, batch_ids: list[str]) -> None:
        waiting = list(dict.fromkeys(batch_ids))
        shown: dict[str, tuple[Any, ...]] = {}
        pause = _poll_seconds()
        while waiting:
            for batch_id in list(waiting):
                batch = self.client.api.batches.retrieve(batch_id)
                counts = batch.request_counts
                done, failed, total = (counts.completed, counts.failed, counts.total) if counts else (0, 0, 0)
                if shown.get(batch_id) != (batch.status, done, failed):
                    shown[batch_id] = (batch.status, done, failed)
                    self.say(f"batch {batch_id}: {batch.status}, {done}/{total} answered, {failed} failed")
                if batch.status in ENDED:
                    self._collect(batch)
                    waiting.remove(batch_id)
            if waiting and not self.wait:
                raise BatchPending(
                    f"batch {', '.join(waiting)} is still running; nothing is lost",
                    "run the same command again (without --no-wait to wait for it) to collect the answers",
                )
            if waiting:
                time.sleep(pause)
                pause = min(pause * 1.5, LONGEST_POLL_SECONDS)

    def _collect(self, batch: Any) -> None:
        requests = self.ledger.requests_of(batch.id)
        errors: dict[str, str] = {}
        if batch.output_file_id:
            for line in self.client.api.files.content(batch.output_file_id).text.splitlines():
                self._read_line(batch.id, line, requests, errors)
        if batch.error_file_id:
            for line in self.client.api.files.content(batch.error_file_id).text.splitlines():
                self._read_line(batch.id, line, requests, errors)
        batch_errors = "; ".join(
            f"{error.code}: {error.message}" for error in (batch.errors.data if batch.errors else None) or []
        )
        answered = self.ledger.answers([request.body_hash for request in requests.values()])
        in_parts = {request.article_sha256 for request in requests.values() if request.chunk > 1}
        for custom_id, request in requests.items():
            if request.body_hash in answered:
                continue
            reason = errors.get(custom_id) or (
                f"the batch {batch.status}"
                + (f" ({batch_errors})" if batch_errors else "")
                + " before answering it"
            )
            part = f" (part {request.chunk})" if request.article_sha256 in in_parts else ""
            self.failures.setdefault(
                request.article_sha256,
                f"batch {batch.id}: no answer{part}: {reason}; run again to send it in a new batch",
            )
        self.ledger.close_batch(batch.id, batch.status)

    def _read_line(
        self, batch_id: str, line: str, requests: dict[str, BatchRequest], errors: dict[str, str]
    ) -> None:
        if not line.strip():
            return
        try:
            item = json.loads(line)
            custom_id = str(item["custom_id"])
        except (ValueError, KeyError, TypeError):
            return  # not a line of ours: nothing to attribute it to
        request = requests.get(custom_id)
        if request is None:
            return
        response = item.get("response") or {}
        body = response.get("body")
        if item.get("error") is None and response.get("status_code") == 200 and isinstance(body, dict):
            payload = json.dumps(body, ensure_ascii=False)
            self.ledger.put_answer(request.body_hash, batch_id, payload)  # kept at once
            self.replay.answers[request.body_hash] = payload.encode()
            return
        error = item.get("error") or (body.get("error") if isinstance(body, dict) else None) or {}
        message = error.get("message") if isinstance(error, dict) else str(error)
        code = error.get("code") if isinstance(error, dict) else None
        status = response.get("status_code")
        said = f"{code}: {message}" if code and message else str(code or message or "no message")
        errors[custom_id] = f"HTTP {status}, {said}" if status else said

    def _batch_error(self, error: Exception) -> EngineError:
        where = self.engine.base_url or "api.openai.com"
        status = getattr(error, "status_code", None)
        said = " ".join(str(error).split())[:300]
        return EngineError(
            f"the Batch API at {where} failed" + (f" (HTTP {status})" if status else "") + f": {said}",
            "check that the server offers /v1/files and /v1/batches (OpenAI does; most local servers "
            "do not), or leave out --batch; batches already submitted are resumed by the next run",
        )

    # --- the whole run ----------------------------------------------------------------------------

    def prepare(self, articles: list[Article]) -> dict[str, str]:
        """Get every article's batch answers collected; returns sha256 → why an article has none."""
        todo = list({article.sha256: article for article in articles}.values())
        rounds = 1 + (MAX_REASK_ROUNDS if self.reask else 0)
        for _ in range(rounds):
            bodies: dict[str, dict[str, Any]] = {}
            owners: dict[str, tuple[Article, int]] = {}
            needing: list[Article] = []
            for article in todo:
                wanted = self._defer(article)
                if wanted:
                    needing.append(article)
                for key, (body, chunk) in wanted.items():
                    bodies.setdefault(key, body)
                    owners.setdefault(key, (article, chunk))
            if not bodies:
                break
            try:
                open_batches = self.ledger.open_batches_holding(list(bodies))
                open_batches.update(self._adopt_uploads([key for key in bodies if key not in open_batches]))
                fresh = {key: body for key, body in bodies.items() if key not in open_batches}
                waiting = sorted(set(open_batches.values()))
                if waiting:
                    sent = len(bodies) - len(fresh)
                    self.say(f"resuming batch {', '.join(waiting)} ({sent} requests already sent)")
                waiting += self._submit(fresh, owners) if fresh else []
                self._wait(waiting)
            except openai.OpenAIError as error:
                raise self._batch_error(error) from None
            todo = [article for article in needing if article.sha256 not in self.failures]
        return self.failures
