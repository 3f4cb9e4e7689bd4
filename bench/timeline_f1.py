"""Timeline Date-F1 on the ML-Crisis topics in `../shared/corpus/tls/` (issue 13).

    .venv/bin/python -m bench.timeline_f1            # every topic found there
    .venv/bin/python -m bench.run --only timeline    # the same, as rows of the bench table

Each topic folder holds `articles/` and `reference.txt` (a human timeline); `date_f1.py` beside
them scores a briefing's timeline days against the reference days (Martschat & Markert 2018).
This builds one offline JSON briefing per topic and runs that script on it, reading the corpus
where it lies: nothing of it is copied into the repository.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from pydantic import BaseModel

ROOT = Path(__file__).resolve().parents[1]
TARGET = 0.25  # issue 13: Date-F1 >= 0.25 on hidden ML-Crisis topics (goal 0.35)
_SCORE = re.compile(r"Date-F1=([0-9.]+)")


class TopicScore(BaseModel):
    topic: str
    line: str  # what date_f1.py printed
    f1: float


def tls_corpus() -> Path | None:
    """`shared/corpus/tls` beside the repository (or beside a folder holding it, for a git
    worktree); `BRIEFING_TLS_CORPUS` overrides."""
    given = os.environ.get("BRIEFING_TLS_CORPUS")
    if given:
        return Path(given)
    for folder in ROOT.parents:
        candidate = folder / "shared" / "corpus" / "tls"
        if (candidate / "date_f1.py").is_file():
            return candidate
    return None


def score_topic(topic: Path, work: Path) -> TopicScore:
    out = work / topic.name
    build = [sys.executable, "-m", "briefing.cli", "build", str(topic / "articles")]
    build += ["--out", str(out), "--format", "json"]
    done = subprocess.run(build, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"briefing build {topic.name} failed:\n{done.stderr[-2000:]}")
    briefings = sorted(str(p) for p in out.glob("briefing-*.json"))
    scorer = [sys.executable, str(topic.parent / "date_f1.py"), str(topic / "reference.txt"), *briefings]
    line = subprocess.run(scorer, capture_output=True, text=True, check=True).stdout.strip()
    match = _SCORE.search(line)
    if not match:
        raise SystemExit(f"date_f1.py printed no Date-F1 for {topic.name}: {line!r}")
    return TopicScore(topic=topic.name, line=line, f1=float(match.group(1)))


def score_all(work: Path) -> list[TopicScore]:
    corpus = tls_corpus()
    if corpus is None:
        return []
    topics = sorted(p for p in corpus.iterdir() if (p / "reference.txt").is_file())
    return [score_topic(topic, work) for topic in topics]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="briefing-tls-") as temporary:
        scores = score_all(Path(temporary))
    if not scores:
        raise SystemExit("no shared/corpus/tls beside the repository: set BRIEFING_TLS_CORPUS")
    for score in scores:
        print(f"{score.topic}: {score.line}")
    mean = sum(s.f1 for s in scores) / len(scores)
    print(f"mean Date-F1 {mean:.3f} (target >= {TARGET})")


if __name__ == "__main__":
    main()
