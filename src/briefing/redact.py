"""Secrets never reach a message, an output or a log: the API key and any credentials written into
`--base-url` (`https://user:pass@host/v1`, `?key=…`) are registered here and scrubbed from text."""

from __future__ import annotations

import logging
import threading
from urllib.parse import parse_qsl, urlsplit, urlunsplit

_SECRETS: set[str] = set()
_LOCK = threading.Lock()
MASK = "***"


def register(secret: str | None) -> None:
    """Remember `secret` so that `scrub` hides it (too short a value would hide ordinary text)."""
    if secret and len(secret) >= 4:
        with _LOCK:
            _SECRETS.add(secret)


def scrub(text: str) -> str:
    with _LOCK:
        secrets = sorted(_SECRETS, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, MASK)
    return text


def public_url(url: str) -> str:
    """`url` as it may be shown: no user name or password, every query value masked. Its
    credentials are registered, so `scrub` hides them wherever else they turn up."""
    parts = urlsplit(url)
    register(parts.password)
    register(parts.username)
    host = parts.hostname or ""
    if parts.port is not None:
        host = f"{host}:{parts.port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    for _name, value in pairs:
        register(value)
    query = "&".join(f"{name}={MASK}" for name, _value in pairs)
    return urlunsplit((parts.scheme, host, parts.path, query, ""))


class ScrubFilter(logging.Filter):
    """On a log handler: each record's message, arguments merged, with every secret masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        scrubbed = scrub(message)
        if scrubbed != message:
            record.msg, record.args = scrubbed, None
        if record.exc_info and not record.exc_text:  # a logged traceback quotes URLs too
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True
