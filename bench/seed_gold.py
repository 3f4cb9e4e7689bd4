"""The seeds' gold facts (`tests/seed_gold.py`), fact by fact: where a real offline build puts each
one, and why a missed one is missed (issue 13).

    .venv/bin/python -m bench.seed_gold

For each gold fact: BODY or ANNEX (the sections whose statements carry it), or MISS with what the
extractive engine made of it: `not extracted` (no fact of the engine holds the phrases), `lost in
merge`, or the facts that hold it with their kind, salience and quoted length (extracted, then
ranked out of the body and left out of the annex by its quote share). Then the totals: facts
covered, in the body alone, and the share of the sources' text the briefing quotes (the union of
its citations' spans, as `tests/test_seed_gold.py` measures it).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from typer.testing import CliRunner

from briefing.cli import app
from briefing.engines.extractive import ExtractiveEngine
from briefing.merge import merge_facts
from briefing.pipeline import RunReport, extract, ingest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from seed_gold import GOLD  # noqa: E402


def _holds(text: str, phrases: tuple[str, ...]) -> bool:
    return all(p.casefold() in text.casefold() for p in phrases)


def main() -> None:
    seeds = str(ROOT / "seeds")
    with tempfile.TemporaryDirectory() as out:
        result = CliRunner().invoke(app, ["build", seeds, "--out", out, "--format", "json", "--jobs", "1"])
        if result.exit_code != 0:
            raise SystemExit(result.output)
        data = json.loads(next(Path(out).glob("briefing-*.json")).read_text("utf-8"))
    report = RunReport()
    facts = extract(ingest([seeds], report), ExtractiveEngine(), None, report)
    merged = merge_facts(facts)
    printed = [
        (section["key"], bool(section.get("annex")), statement["text"])
        for section in data["sections"]
        for statement in section["statements"]
        if statement["citations"]
    ]
    covered = in_body = total = 0
    for key, gold in GOLD.items():
        for phrases in gold:
            total += 1
            where = [(section, annex) for section, annex, text in printed if _holds(text, phrases)]
            covered += bool(where)
            in_body += any(not annex for _, annex in where)
            if where:
                place = "BODY " if any(not annex for _, annex in where) else "ANNEX"
                print(f"{place} {key} {phrases}: {', '.join(section for section, _ in where)}")
                continue
            holders = [f for f in facts if _holds(f.statement, phrases)]
            if not holders:
                why = "not extracted"
            elif not any(_holds(f.statement, phrases) for f in merged):
                why = "lost in merge"
            else:
                why = "; ".join(
                    f"{f.kind}, salience {f.salience:.2f}, {sum(e.end - e.start for e in f.evidence)} "
                    f"characters: {f.statement[:70]}…"
                    for f in holders
                )
            print(f"MISS  {key} {phrases}: {why}")
    sources = {s["source"]: Path(s["source"]).read_text("utf-8") for s in data["sources"]}
    spans: dict[str, set[int]] = {}
    for citation in data["citations"].values():
        spans.setdefault(citation["source"], set()).update(range(citation["start"], citation["end"]))
    quoted = sum(len(v) for v in spans.values()) / sum(len(t) for t in sources.values())
    print(
        f"covered {covered}/{total} ({covered / total:.0%}), body alone {in_body}/{total}, "
        f"quoting {quoted:.1%} of the sources' text; body {data['body_words']}/{data['body_budget']} words"
    )


if __name__ == "__main__":
    main()
