"""Merge facts that state the same thing into one fact carrying every source's evidence."""

from __future__ import annotations

from briefing.models import Fact


def _key(fact: Fact) -> str:
    return " ".join(fact.statement.casefold().split())


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """One fact per distinct statement (case and white space ignored), evidence concatenated in
    order, first occurrence kept in place; the merged fact keeps the highest salience."""
    merged: dict[str, Fact] = {}
    for fact in facts:
        key = _key(fact)
        if key not in merged:
            merged[key] = fact
            continue
        kept = merged[key]
        spans = {(e.source, e.start, e.end) for e in kept.evidence}
        extra = [e for e in fact.evidence if (e.source, e.start, e.end) not in spans]
        merged[key] = kept.model_copy(
            update={"evidence": kept.evidence + extra, "salience": max(kept.salience, fact.salience)}
        )
    return list(merged.values())
