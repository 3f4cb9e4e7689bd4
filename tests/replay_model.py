"""A replayed model: the test server answering with answers written beforehand for known articles.

`tests/replays/seeds.json` holds, for each seed, the answer a strong model (GPT-4o class) would
honestly give to the extraction request the tool sends with `--lang en` (`facts`), and wrong
statements with verbatim quotes (`probes`: changed numbers, dates, people, negation, speaker,
comparison, title, near-miss names). An article is recognised by its opening words.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from openai_server import FakeOpenAI

REPLAY = Path(__file__).resolve().parent / "replays" / "seeds.json"


def replay_articles() -> list[dict[str, Any]]:
    articles: list[dict[str, Any]] = json.loads(REPLAY.read_text("utf-8"))["articles"]
    return articles


def _answer(fact: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fact.items() if key != "why"}


class ReplayModel(FakeOpenAI):
    """Answers each known article with its replayed facts, and with its probes too when `probes`."""

    def __init__(self, *, probes: bool = False, doubts: tuple[str, ...] = (), **options: Any) -> None:
        super().__init__(**options)
        self.probes = probes
        self.doubts = doubts  # statements this model judges unsupported when asked to --verify
        self.articles = replay_articles()

    def entry_for(self, article: str) -> dict[str, Any]:
        opening = " ".join(article.split())
        for entry in self.articles:
            if entry["opening"] in opening[:200]:
                return entry
        raise KeyError(f"no replayed answer for the article starting {opening[:60]!r}")

    def facts_for(self, article: str, fault: str) -> list[dict[str, Any]]:
        entry = self.entry_for(article)
        facts = [_answer(fact) for fact in entry["facts"]]
        if self.probes:
            facts += [_answer(probe) for probe in entry["probes"]]
        return facts

    def verdicts_for(self, listing: str) -> list[dict[str, Any]]:
        return [
            {"id": cid, "supported": statement.strip() not in self.doubts}
            for cid, statement in re.findall(r"^\[(C\d+)\] (.+)$", listing, re.MULTILINE)
        ]
