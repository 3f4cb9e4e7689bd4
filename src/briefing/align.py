"""Place a quote in its article: exact, then normalised, then fuzzy.

Whatever a model or a rule says a quote is, the span returned here is cut from the article itself,
so `text[start:end] == quote` holds by construction. Model-given offsets are never used.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from briefing.lang import fold
from briefing.models import Alignment, Evidence

# One character in, one character out, so that offsets map back one to one.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u00b4": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)

FUZZY_MIN_SCORE = 92.0
FUZZY_MIN_LENGTH = 20


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    alignment: Alignment


@dataclass(frozen=True)
class _Normalized:
    """A folded copy of a text and, for each of its characters, the offset it came from."""

    text: str
    origin: tuple[int, ...]


def _fold_char(char: str) -> str:
    folded = char.translate(_FOLD)
    if folded.isspace():
        return " "
    lowered = folded.lower()
    if len(lowered) != 1:
        return folded
    accentless = fold(lowered)
    return accentless if len(accentless) == 1 else lowered  # one character for one: offsets stay valid


@lru_cache(maxsize=64)
def _normalize(text: str) -> _Normalized:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        if folded == " " and chars and chars[-1] == " ":
            continue  # a run of white space counts as one space
        chars.append(folded)
        origin.append(index)
    return _Normalized("".join(chars), tuple(origin))


def _normalize_quote(quote: str) -> str:
    return _normalize(quote).text.strip()


def align(text: str, quote: str) -> Span | None:
    """Find `quote` in `text`; None when it cannot be placed with confidence."""
    quote = quote.strip()
    if not quote:
        return None
    start = text.find(quote)
    if start >= 0:
        return Span(start, start + len(quote), "exact")

    normalized = _normalize(text)
    needle = _normalize_quote(quote)
    if not needle:
        return None
    position = normalized.text.find(needle)
    if position >= 0:
        return _span_back(normalized, position, position + len(needle), "normalized")

    if len(needle) < FUZZY_MIN_LENGTH:
        return None
    result = fuzz.partial_ratio_alignment(needle, normalized.text, score_cutoff=FUZZY_MIN_SCORE)
    if result is None:
        return None
    found_length = result.dest_end - result.dest_start
    if found_length < 0.9 * len(needle) or found_length > 1.1 * len(needle):
        return None
    return _span_back(normalized, result.dest_start, result.dest_end, "fuzzy")


def _span_back(normalized: _Normalized, start: int, end: int, alignment: Alignment) -> Span | None:
    if end <= start:
        return None
    origin = normalized.origin
    return Span(origin[start], origin[end - 1] + 1, alignment)


def evidence_for(source: str, text: str, quote: str) -> Evidence | None:
    """An `Evidence` cut from `text` for `quote`, or None when the quote is not in the text."""
    span = align(text, quote)
    if span is None:
        return None
    cut = text[span.start : span.end]
    if not cut.strip():
        return None
    return Evidence(source=source, start=span.start, end=span.end, quote=cut, alignment=span.alignment)


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset (any of \\n, \\r\\n, \\r ends a line)."""
    head = text[:offset]
    return head.count("\n") + head.count("\r") - head.count("\r\n") + 1
