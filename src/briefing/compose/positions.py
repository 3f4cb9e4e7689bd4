"""Positions: what each actor said, grouped by speaker, with the attributed quotes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from briefing.compose.candidates import Candidate, pick

ACTORS_MAX = 6
PER_ACTOR = 4


def speaker_of(candidate: Candidate) -> str | None:
    """The quoted speaker; for a `position` fact without one, its first actor."""
    fact = candidate.fact
    if fact.speaker and fact.speaker.strip():
        return " ".join(fact.speaker.split())
    if fact.kind == "position" and fact.actors:
        return fact.actors[0].name
    return None


def display_name(name: str, candidates: Sequence[Candidate]) -> str:
    """`Mark Rutte (segretario generale della NATO)` when an engine gave the role."""
    for candidate in candidates:
        for actor in candidate.fact.actors:
            if actor.name.casefold() == name.casefold() and actor.role:
                return f"{actor.name} ({actor.role})"
    return name


def positions(candidates: Sequence[Candidate]) -> list[tuple[str, list[Candidate]]]:
    """Up to `ACTORS_MAX` speakers, the most prominent first, each with up to `PER_ACTOR`
    statements in date order (undated last), of those the briefing may print under the speaker's
    name; a speaker with none is left out."""
    by_speaker: dict[str, list[Candidate]] = defaultdict(list)
    names: dict[str, str] = {}
    for candidate in candidates:
        speaker = speaker_of(candidate)
        if speaker:
            key = speaker.casefold()
            by_speaker[key].append(candidate)
            names.setdefault(key, speaker)

    def prominence(key: str) -> float:
        scores = sorted((c.score for c in by_speaker[key]), reverse=True)
        return sum(scores[:PER_ACTOR])

    result: list[tuple[str, list[Candidate]]] = []
    for key in sorted(by_speaker, key=lambda k: (-prominence(k), k)):
        if len(result) >= ACTORS_MAX:
            break
        # what can be printed under the speaker's name (`Candidate.printable`)
        shown = [c for c in by_speaker[key] if c.printable(under_speaker=True)]
        ranked = sorted(shown, key=lambda c: -c.score)
        chosen = pick(ranked, PER_ACTOR, per_article=2)
        if not chosen:
            continue
        chosen.sort(key=lambda c: c.when.sort_key() if c.when else (9999, 99, 99))
        result.append((display_name(names[key], chosen), chosen))
    return result
