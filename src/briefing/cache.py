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
import sys
import threading
import time
from collections.abc import Callable
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


_WARNED_UNWRITABLE: set[Path] = set()


def _say_warning(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr, flush=True)


class ExtractionCache:
    """Thread-safe: one connection, guarded by a lock (SQLite writes are serialised anyway).

    Answers cost money, so a cache that fails never loses one: a corrupt file is moved aside (one
    line names where) and a new one started; a cache that cannot be written (a full disk, a
    read-only folder) keeps what it is given in memory for the rest of the build, with one warning.
    """

    def __init__(self, directory: Path, warn: Callable[[str], None] = _say_warning) -> None:
        self.path = directory / "extractions.sqlite3"
        self._lock = threading.Lock()
        self._warn = warn
        self._memory: dict[tuple[str, str], str] = {}  # (table, key) → payload, when not written
        self._connection: sqlite3.Connection | None = None
        try:
            directory.mkdir(parents=True, exist_ok=True)
            self._connection = self._open()
        except sqlite3.OperationalError as error:
            self._unwritable(error)
        except sqlite3.DatabaseError:  # not a database, or a malformed one
            aside = self._move_aside()
            self._warn(f"the cache {self.path} was corrupt; moved aside to {aside.name}, starting a new one")
            try:
                self._connection = self._open()
            except sqlite3.Error as error:
                self._unwritable(error)
        except OSError as error:
            self._unwritable(error)

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS extractions ("
                " key TEXT PRIMARY KEY, article_sha256 TEXT NOT NULL, engine TEXT NOT NULL,"
                " created REAL NOT NULL, payload TEXT NOT NULL)"
            )
            connection.execute(
                "CREATE TABLE IF NOT EXISTS answers ("
                " key TEXT PRIMARY KEY, kind TEXT NOT NULL, created REAL NOT NULL, payload TEXT NOT NULL)"
            )
            connection.execute("SELECT COUNT(*) FROM extractions").fetchone()
            connection.commit()
        except BaseException:
            connection.close()
            raise
        return connection

    def _move_aside(self) -> Path:
        number = 1
        while (aside := self.path.with_name(f"{self.path.name}.corrupt-{number}")).exists():
            number += 1
        os.replace(self.path, aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        return aside

    def _unwritable(self, error: BaseException) -> None:
        """Say once that answers stay in memory for this build, and why."""
        if self.path not in _WARNED_UNWRITABLE:  # once a process, however often it is opened
            _WARNED_UNWRITABLE.add(self.path)
            self._warn(
                f"cannot write the cache {self.path} ({error}); answers are kept in memory for this "
                "build only: free some space or pass --cache with another folder"
            )

    def _read(self, table: str, key: str) -> str | None:
        if (table, key) in self._memory:
            return self._memory[(table, key)]
        if self._connection is None:
            return None
        try:
            with self._lock:
                row = self._connection.execute(
                    f"SELECT payload FROM {table} WHERE key = ?", (key,)
                ).fetchone()
        except sqlite3.Error as error:
            self._unwritable(error)
            return None
        return None if row is None else str(row[0])

    def _write(self, table: str, key: str, values: tuple[object, ...]) -> None:
        payload = str(values[-1])
        if self._connection is not None:
            marks = ", ".join("?" * (len(values) + 1))
            try:
                with self._lock, self._connection:
                    self._connection.execute(
                        f"INSERT OR REPLACE INTO {table} VALUES ({marks})", (key, *values)
                    )
                return
            except sqlite3.Error as error:
                self._unwritable(error)
        self._memory[(table, key)] = payload

    def get(self, article_sha256: str, engine_identity: str) -> Extraction | None:
        payload = self._read("extractions", cache_key(article_sha256, engine_identity))
        if payload is None:
            return None
        try:
            return Extraction.model_validate_json(payload)
        except ValueError:
            return None  # a row from an older model of the data: extract again

    def put(self, article_sha256: str, engine_identity: str, extraction: Extraction) -> None:
        key = cache_key(article_sha256, engine_identity)
        payload = extraction.model_dump_json()
        self._write("extractions", key, (article_sha256, engine_identity, time.time(), payload))

    def get_answer(self, kind: str, material: str) -> str | None:
        """The JSON text stored for `material` (what the answer depends on), or None."""
        return self._read("answers", answer_key(kind, material))

    def put_answer(self, kind: str, material: str, payload: str) -> None:
        self._write("answers", answer_key(kind, material), (kind, time.time(), payload))

    def __len__(self) -> int:
        """Extractions held: on disk, and in memory when the disk refused them."""
        in_memory = sum(1 for table, _key in self._memory if table == "extractions")
        if self._connection is None:
            return in_memory
        with self._lock:
            (count,) = self._connection.execute("SELECT COUNT(*) FROM extractions").fetchone()
        return int(count) + in_memory

    def close(self) -> None:
        if self._connection is not None:
            with self._lock:
                self._connection.close()
