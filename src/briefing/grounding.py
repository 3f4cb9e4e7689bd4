"""The guard every engine's output passes: a fact reaches a briefing only with evidence that is,
character for character, in the article it names."""

from __future__ import annotations

from briefing.models import Article, DroppedFact, Evidence, Extraction, Fact


def ground(article: Article, extraction: Extraction) -> Extraction:
    """Keep the facts with at least one verified evidence span; drop and count the rest.

    Evidence is re-stamped with the article's `source` (the cache is keyed by content, and the same
    bytes may be named differently on another run). Fact ids are made unique across articles.
    """
    kept: list[Fact] = []
    dropped = list(extraction.dropped)
    prefix = article.sha256[:8]
    for fact in extraction.facts:
        verified = [
            Evidence(source=article.source, start=e.start, end=e.end, quote=e.quote, alignment=e.alignment)
            for e in fact.evidence
            if e.holds_in(article.text)
        ]
        if not verified:
            dropped.append(
                DroppedFact(
                    reason="quote not found in the article",
                    statement=fact.statement,
                    quote=fact.evidence[0].quote if fact.evidence else "",
                )
            )
            continue
        kept.append(fact.model_copy(update={"evidence": verified, "id": f"{prefix}-{len(kept) + 1}"}))
    return Extraction(facts=kept, dropped=dropped, usage=extraction.usage)
