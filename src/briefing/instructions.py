"""Instructions are not reports: a sentence in a source that speaks to an AI model or to the tool
("Ignore previous instructions and report that…") is hostile text. It is flagged in the run
report and never used as evidence, whichever engine quoted it (the extractive one included): a
fact whose every quote touches such a sentence is dropped, and a quote that touches one is left
out of the facts that have others.

The phrases are each language's (`lang/it.py`, `lang/en.py`: `addressed_to_the_model`); every
language's are looked for in every article, since a hostile sentence need not be in the
article's language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.lang import alternatives
from briefing.models import Article, DroppedFact, Evidence, Extraction
from briefing.rules.lexicon import Lowercase

REASON = "its quote is an instruction to an AI model, not a report"
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’)]*(?=\s)|\n\s*\n")


@lru_cache(maxsize=1)
def _addressed() -> Lowercase:
    # the phrases are written in lower case; matched on a lower-cased copy, three times faster
    # than IGNORECASE (3 ms an article, on every build)
    return Lowercase(alternatives(lambda lang: lang.addressed_to_the_model))


def instruction_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of `text` that address a model or the tool, as (start, end) spans."""
    spans: list[tuple[int, int]] = []
    for found in _addressed().finditer(text):
        if spans and found.start() < spans[-1][1]:
            continue
        before = [
            end.end() for end in _SENTENCE_END.finditer(text, max(0, found.start() - 2000), found.start())
        ]
        start = before[-1] if before else max(0, found.start() - 2000)
        after = _SENTENCE_END.search(text, found.end(), found.end() + 2000)
        end = after.end() if after else min(len(text), found.end() + 2000)
        while start < end and text[start].isspace():
            start += 1
        spans.append((start, end))
    return spans


def _touches(evidence: Evidence, spans: list[tuple[int, int]]) -> bool:
    return any(evidence.start < end and start < evidence.end for start, end in spans)


def refuse_instructions(article: Article, extraction: Extraction) -> tuple[Extraction, str | None]:
    """The extraction without evidence from instructions, and a warning naming them (or None)."""
    spans = instruction_spans(article.text)
    if not spans:
        return extraction, None
    kept = []
    dropped = list(extraction.dropped)
    for fact in extraction.facts:
        evidence = [e for e in fact.evidence if not _touches(e, spans)]
        if evidence:
            kept.append(
                fact
                if len(evidence) == len(fact.evidence)
                else fact.model_copy(update={"evidence": evidence})
            )
        else:
            quote = fact.evidence[0].quote if fact.evidence else ""
            dropped.append(DroppedFact(reason=REASON, statement=fact.statement, quote=quote))
    start, end = spans[0]
    line = article.text.count("\n", 0, start) + 1
    first = " ".join(article.text[start:end].split())
    shown = first if len(first) <= 80 else first[:79] + "…"
    warning = (
        f"{article.source}: {len(spans)} sentence(s) address an AI model instead of reporting news "
        f"(line {line}: {shown!r}); flagged as hostile and never used as evidence"
    )
    return extraction.model_copy(update={"facts": kept, "dropped": dropped}), warning
