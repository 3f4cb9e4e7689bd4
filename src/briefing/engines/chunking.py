"""Split an article longer than a model's context into overlapping chunks.

Chunks end on a paragraph break where one is near enough (else a sentence end, else white space)
and the next chunk starts `overlap` characters earlier, on the same kind of boundary, so a fact
cut by one chunk's end is whole in the next. Each chunk knows where it starts in the article, so
a quote placed in a chunk maps back to the whole text by adding `start`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DEFAULT_MAX_CHARS = 12_000
DEFAULT_OVERLAP = 1_000

_PARAGRAPH = re.compile(r"\r?\n[ \t]*\r?\n\s*")
_SENTENCE = re.compile(r"[.!?…][\"'”»)]*\s+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Chunk:
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def _boundaries(text: str, pattern: re.Pattern[str]) -> list[int]:
    return [match.end() for match in pattern.finditer(text)]


def _last_boundary(candidates: list[list[int]], low: int, high: int) -> int | None:
    """The last boundary in (low, high], trying paragraph, then sentence, then space boundaries."""
    for boundaries in candidates:
        inside = [b for b in boundaries if low < b <= high]
        if inside:
            return inside[-1]
    return None


def split_text(text: str, max_chars: int = DEFAULT_MAX_CHARS, overlap: int = DEFAULT_OVERLAP) -> list[Chunk]:
    """Chunks of at most `max_chars` covering `text`, each overlapping the previous by about `overlap`."""
    if max_chars < 200:
        raise ValueError("max_chars must be at least 200")
    overlap = max(0, min(overlap, max_chars // 3))
    if len(text) <= max_chars:
        return [Chunk(0, text)]
    candidates = [_boundaries(text, p) for p in (_PARAGRAPH, _SENTENCE, _SPACE)]
    chunks: list[Chunk] = []
    start = 0
    while start < len(text):
        limit = start + max_chars
        if limit >= len(text):
            chunks.append(Chunk(start, text[start:]))
            break
        end = _last_boundary(candidates, start + max_chars // 2, limit) or limit
        chunks.append(Chunk(start, text[start:end]))
        if not overlap:
            start = end
            continue
        next_start = _last_boundary(candidates, max(start, end - 2 * overlap), end - overlap // 2)
        start = next_start if next_start is not None and next_start > start else end - overlap
    return chunks
