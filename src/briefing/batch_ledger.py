"""What a Batch API run must remember across processes, kept in the cache's SQLite database.

- `batches`: every batch this cache submitted (its id, the engine identity it was made for, its
  last known status, and whether it is still `open`, i.e. not yet collected or ended).
- `batch_requests`: for each batch, each request's `custom_id` and what it stands for: the hash of
  the request body, the article (sha256) and the source file it was made from, and its chunk.
- `batch_answers`: each answer collected from a batch's output file, under the request body's
  hash, written as soon as it is read, so an interrupted collection loses nothing.

A rerun looks up each request body's hash: answered (served from here), in an open batch (waited
for, not sent again) or neither (sent in a new batch). Keys are hashes of request bodies, never
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

    def record_batch(self, batch_id: str, identity: str, status: str, requests: list[BatchRequest]) -> None:
        with self._lock, self._connection:
            self._connection.execute(
                "INSERT OR REPLACE INTO batches VALUES (?, ?, ?, ?, 1)",
                (batch_id, identity, time.time(), status),
            )
            self._connection.executemany(
                "INSERT OR REPLACE INTO batch_requests VALUES (?, ?, ?, ?, ?, ?)",
                [(batch_id, r.custom_id, r.body_hash, r.article_sha256, r.source, r.chunk) for r in requests],
            )

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
        return {
            str(row[0]): BatchRequest(
                custom_id=row[0], body_hash=row[1], article_sha256=row[2], source=row[3], chunk=row[4]
            )
            for row in rows
        }

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
