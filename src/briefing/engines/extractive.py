"""The offline engine: the source's own sentences as facts, chosen and dated by rules.

Every fact's statement is a sentence of the article and its evidence is that sentence's span, so
it is grounded by construction. (First version: sentence split, furniture filter, explicit dates,
position-based salience.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from briefing.dates import dates_in
from briefing.models import Article, Evidence, Extraction, Fact

ENGINE_VERSION = "extractive-0"

_FURNITURE = re.compile(
    r"pic\.twitter\.com|^\s*[—–-]\s*.+\(@\w+\)|^\W*(?:date|data)\s*:?\s*\d{4}-\d{2}\s*$",
    re.IGNORECASE,
)
_MIN_WORDS = 6


@lru_cache(maxsize=8)
def _segmenter(language: str) -> Any:
    import pysbd

    supported = language if language in {"it", "en", "de", "fr", "es", "nl"} else "en"
    return pysbd.Segmenter(language=supported, clean=False, char_span=True)


def sentence_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding white space and markup."""
    spans: list[tuple[int, int]] = []
    segmenter = _segmenter(language or "en")
    offset = 0
    for paragraph in re.split(r"(\r?\n\s*\r?\n)", text):
        if paragraph.strip():
            for sentence in segmenter.segment(paragraph):
                start = offset + sentence.start
                end = offset + sentence.end
                raw = text[start:end]
                lead = len(raw) - len(raw.lstrip(" \t\r\n*#_>"))
                tail = len(raw) - len(raw.rstrip(" \t\r\n*_"))
                if end - tail > start + lead:
                    spans.append((start + lead, end - tail))
        offset += len(paragraph)
    return spans


class ExtractiveEngine:
    name = "extractive"
    cacheable = False

    def identity(self) -> str:
        return ENGINE_VERSION

    def extract(self, article: Article) -> Extraction:
        facts: list[Fact] = []
        spans = sentence_spans(article.text, article.language)
        for index, (start, end) in enumerate(spans):
            sentence = article.text[start:end]
            if _FURNITURE.search(sentence) or len(sentence.split()) < _MIN_WORDS:
                continue
            found = dates_in(sentence)
            when = found[0][1] if found else article.published
            facts.append(
                Fact(
                    id=f"s{index}",
                    kind="event",
                    statement=" ".join(sentence.split()),
                    when=when,
                    when_basis="explicit" if found else ("publication" if when else None),
                    evidence=[Evidence(source=article.source, start=start, end=end, quote=sentence)],
                    salience=1.0 / (1 + index),
                    language=article.language,
                )
            )
        return Extraction(facts=facts)
