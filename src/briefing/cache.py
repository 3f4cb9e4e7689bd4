"""A SQLite cache of extractions, keyed by article hash + engine identity (engine, model, prompt
and schema versions). One row per article, written in one transaction, in WAL mode, so an
interrupted build leaves either the whole extraction of an article or none of it.

Beside the extractions, a table of other model answers (a briefing's key points), each stored as
JSON text under a kind and a key made from everything the answer depends on (the caller says what
that is; the cache keeps only its hash).

No secret enters a key or a row: engines name themselves by engine, model, endpoint host and
prompt version, never by API key.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from pathlib import Path

from briefing.models import Extraction

CACHE_SCHEMA = 1


def default_cache_dir() -> Path:
    configured = os.environ.get("BRIEFING_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("briefing"))


def cache_key(article_sha256: str, engine_identity: str) -> str:
    material = f"{CACHE_SCHEMA}\x00{article_sha256}\x00{engine_identity}"
    return hashlib.sha256(material.encode()).hexdigest()


def answer_key(kind: str, material: str) -> str:
    return hashlib.sha256(f"{CACHE_SCHEMA}\x00{kind}\x00{material}".encode()).hexdigest()


class ExtractionCache:
    """Thread-safe: one connection, guarded by a lock (SQLite writes are serialised anyway)."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.path = directory / "extractions.sqlite3"
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        with self._lock:
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute("PRAGMA synchronous=NORMAL")
            self._connection.execute(
                "CREATE TABLE IF NOT EXISTS extractions ("
                " key TEXT PRIMARY KEY, article_sha256 TEXT NOT NULL, engine TEXT NOT NULL,"
                " created REAL NOT NULL, payload TEXT NOT NULL)"
            )
            self._connection.execute(
                "CREATE TABLE IF NOT EXISTS answers ("
                " key TEXT PRIMARY KEY, kind TEXT NOT NULL, created REAL NOT NULL, payload TEXT NOT NULL)"
            )
            self._connection.commit()

    def get(self, article_sha256: str, engine_identity: str) -> Extraction | None:
        key = cache_key(article_sha256, engine_identity)
        with self._lock:
            row = self._connection.execute("SELECT payload FROM extractions WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return Extraction.model_validate_json(row[0])
        except ValueError:
            return None  # a row from an older model of the data: extract again

    def put(self, article_sha256: str, engine_identity: str, extraction: Extraction) -> None:
        key = cache_key(article_sha256, engine_identity)
        payload = extraction.model_dump_json()
        with self._lock, self._connection:
            self._connection.execute(
                "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?)",
                (key, article_sha256, engine_identity, time.time(), payload),
            )

    def get_answer(self, kind: str, material: str) -> str | None:
        """The JSON text stored for `material` (what the answer depends on), or None."""
        key = answer_key(kind, material)
        with self._lock:
            row = self._connection.execute("SELECT payload FROM answers WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def put_answer(self, kind: str, material: str, payload: str) -> None:
        with self._lock, self._connection:
            self._connection.execute(
                "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?)",
                (answer_key(kind, material), kind, time.time(), payload),
            )

    def __len__(self) -> int:
        with self._lock:
            (count,) = self._connection.execute("SELECT COUNT(*) FROM extractions").fetchone()
        return int(count)

    def close(self) -> None:
        with self._lock:
            self._connection.close()
