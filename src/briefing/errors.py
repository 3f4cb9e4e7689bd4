"""Errors that say what went wrong and what to do about it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.models import Usage


class BriefingError(Exception):
    """A problem a user can fix; the CLI prints `message` and `hint`, never a traceback."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class SourceError(BriefingError):
    """One source file cannot be used; the rest of the run goes on."""

    def __init__(self, source: str, reason: str, hint: str = "") -> None:
        super().__init__(f"{source}: {reason}", hint)
        self.source = source
        self.reason = reason


class EngineError(BriefingError):
    """An engine could not extract from one article (after its retries). `usage` is what the
    attempts cost (a `models.Usage`), set by an engine that counts requests, so that the run
    report still counts them."""

    usage: Usage | None = None


class BatchPending(BriefingError):
    """A batch was submitted (or is still running) and `--no-wait` asked not to wait: not a
    failure; the CLI says how to collect it and exits 0."""


class ConfigError(BriefingError):
    """The command line or environment asks for something that cannot work."""
