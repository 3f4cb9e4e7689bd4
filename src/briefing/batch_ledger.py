"""What a Batch API run must remember across processes, kept in the cache's SQLite database.

- `batches`: every batch this cache submitted (its id, the engine identity it was made for, its
  last known status, and whether it is still `open`, i.e. not yet collected or ended).
- `batch_requests`: for each batch, each request's `custom_id` and what it stands for: the hash of
  the request body, the article (sha256) and the source file it was made from, and its chunk.
- `batch_uploads` and `upload_requests`: an uploaded input file (its id and requests) recorded
  before the batch is created from it, and moved to `batches` in the same transaction that
  records the batch. One left here means a run died in between, perhaps after the server had
  created the batch: the next run looks for a batch made from that file before paying again.
- `batch_answers`: each answer collected from a batch's output file, under the request body's
  hash, written as soon as it is read, so an interrupted collection loses nothing.

A rerun looks up each request body's hash: answered (served from here), in an open batch (waited
for, not sent again), in an upload without a batch (the batch made from it, if any, adopted) or
none of these (sent in a new batch). Keys are hashes of request bodies, never
secrets.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from pydantic import BaseModel


class BatchRequest(BaseModel):
    custom_id: str
    body_hash: str
    article_sha256: str
    source: str
    chunk: int


def _row(request: BatchRequest) -> tuple[str, str, str, str, int]:
    return (request.custom_id, request.body_hash, request.article_sha256, request.source, request.chunk)


def _request(row: tuple[object, ...]) -> BatchRequest:
    custom_id, body_hash, article_sha256, source, chunk = row
    return BatchRequest.model_validate(
        {
            "custom_id": custom_id,
            "body_hash": body_hash,
            "article_sha256": article_sha256,
            "source": source,
            "chunk": chunk,
        }
    )


class BatchLedger:
    """Thread-safe: one connection, guarded by a lock."""

    def __init__(self, database: Path) -> None:
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(database, check_same_thread=False, timeout=30)
        with self._lock, self._connection:
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute(
                "CREATE TABLE IF NOT EXISTS batches (batch_id TEXT PRIMARY KEY, identity TEXT NOT NULL,"
                " created REAL NOT NULL, status TEXT NOT NULL, open INTEGER NOT NULL)"
            )
            self._connection.execute(
                "CREATE TABLE IF NOT EXISTS batch_requests (batch_id TEXT NOT NULL, custom_id TEXT NOT NULL,"
                " body_hash TEXT NOT NULL, article_sha256 TEXT NOT NULL, source TEXT NOT NULL,"
                " chunk INTEGER NOT NULL, PRIMARY KEY (batch_id, custom_id))"
            )
            self._connection.execute(
                "CREATE INDEX IF NOT EXISTS batch_requests_by_body ON batch_requests (body_hash)"
            )
            self._connection.execute(
                "CREATE TABLE IF NOT EXISTS batch_answers (body_hash TEXT PRIMARY KEY,"
                " batch_id TEXT NOT NULL,"
                " created REAL NOT NULL, payload TEXT NOT NULL)"
            )
            self._connection.execute(
                "CREATE TABLE IF NOT EXISTS batch_uploads (input_file_id TEXT PRIMARY KEY,"
                " identity TEXT NOT NULL, created REAL NOT NULL)"
            )
            self._connection.execute(
                "CREATE TABLE IF NOT EXISTS upload_requests (input_file_id TEXT NOT NULL,"
                " custom_id TEXT NOT NULL, body_hash TEXT NOT NULL, article_sha256 TEXT NOT NULL,"
                " source TEXT NOT NULL, chunk INTEGER NOT NULL, PRIMARY KEY (input_file_id, custom_id))"
            )

    def record_upload(self, input_file_id: str, identity: str, requests: list[BatchRequest]) -> None:
        """An input file uploaded, before a batch is created from it."""
        with self._lock, self._connection:
            self._connection.execute(
                "INSERT OR REPLACE INTO batch_uploads VALUES (?, ?, ?)",
                (input_file_id, identity, time.time()),
            )
            self._connection.executemany(
                "INSERT OR REPLACE INTO upload_requests VALUES (?, ?, ?, ?, ?, ?)",
                [(input_file_id, *_row(r)) for r in requests],
            )

    def record_batch(
        self,
        batch_id: str,
        identity: str,
        status: str,
        requests: list[BatchRequest],
        input_file_id: str | None = None,
    ) -> None:
        """A batch created (from the upload `input_file_id`, which is forgotten at the same time)."""
        with self._lock, self._connection:
            self._connection.execute(
                "INSERT OR REPLACE INTO batches VALUES (?, ?, ?, ?, 1)",
                (batch_id, identity, time.time(), status),
            )
            self._connection.executemany(
                "INSERT OR REPLACE INTO batch_requests VALUES (?, ?, ?, ?, ?, ?)",
                [(batch_id, *_row(r)) for r in requests],
            )
            if input_file_id is not None:
                self._forget_upload(input_file_id)

    def forget_upload(self, input_file_id: str) -> None:
        """No batch was made from this upload: its requests count as never sent."""
        with self._lock, self._connection:
            self._forget_upload(input_file_id)

    def _forget_upload(self, input_file_id: str) -> None:
        self._connection.execute("DELETE FROM upload_requests WHERE input_file_id = ?", (input_file_id,))
        self._connection.execute("DELETE FROM batch_uploads WHERE input_file_id = ?", (input_file_id,))

    def uploads_holding(self, body_hashes: list[str]) -> dict[str, str]:
        """Body hash → id of an uploaded input file holding it that no recorded batch was made from."""
        return dict(
            self._pairs_in(
                "SELECT body_hash, input_file_id FROM upload_requests WHERE body_hash IN ({marks})",
                body_hashes,
            )
        )

    def upload(self, input_file_id: str) -> list[BatchRequest]:
        """The requests of an upload no recorded batch was made from (yet)."""
        with self._lock:
            rows = self._connection.execute(
                "SELECT custom_id, body_hash, article_sha256, source, chunk FROM upload_requests"
                " WHERE input_file_id = ?",
                (input_file_id,),
            ).fetchall()
        return [_request(row) for row in rows]

    def open_batches_holding(self, body_hashes: list[str]) -> dict[str, str]:
        """Body hash → id of an open batch that holds a request with that body."""
        return dict(
            self._pairs_in(
                "SELECT r.body_hash, r.batch_id FROM batch_requests r JOIN batches b"
                " ON b.batch_id = r.batch_id WHERE b.open = 1 AND r.body_hash IN ({marks})",
                body_hashes,
            )
        )

    def _pairs_in(self, query: str, values: list[str]) -> list[tuple[str, str]]:
        """The two-column rows of `query`, whose `{marks}` stands for an IN list of `values`, asked
        500 values at a time (under SQLite's bound on parameters)."""
        rows: list[tuple[str, str]] = []
        with self._lock:
            for start in range(0, len(values), 500):
                part = values[start : start + 500]
                found = self._connection.execute(query.format(marks=",".join("?" * len(part))), part)
                rows += [(str(first), str(second)) for first, second in found.fetchall()]
        return rows

    def requests_of(self, batch_id: str) -> dict[str, BatchRequest]:
        """custom_id → what that request of the batch stands for."""
        with self._lock:
            rows = self._connection.execute(
                "SELECT custom_id, body_hash, article_sha256, source, chunk FROM batch_requests"
                " WHERE batch_id = ?",
                (batch_id,),
            ).fetchall()
        return {str(row[0]): _request(row) for row in rows}

    def put_answer(self, body_hash: str, batch_id: str, payload: str) -> None:
        with self._lock, self._connection:
            self._connection.execute(
                "INSERT OR REPLACE INTO batch_answers VALUES (?, ?, ?, ?)",
                (body_hash, batch_id, time.time(), payload),
            )

    def answers(self, body_hashes: list[str]) -> dict[str, str]:
        """Body hash → the answer (a chat completion's JSON) collected for it."""
        return dict(
            self._pairs_in(
                "SELECT body_hash, payload FROM batch_answers WHERE body_hash IN ({marks})", body_hashes
            )
        )

    def close_batch(self, batch_id: str, status: str) -> None:
        """The batch ended (collected, or failed/expired/cancelled): never waited for again."""
        with self._lock, self._connection:
            self._connection.execute(
                "UPDATE batches SET status = ?, open = 0 WHERE batch_id = ?", (status, batch_id)
            )

    def batch_count(self) -> int:
        with self._lock:
            (count,) = self._connection.execute("SELECT COUNT(*) FROM batches").fetchone()
        return int(count)

    def close(self) -> None:
        with self._lock:
            self._connection.close()
