"""Synthetic articles and facts at scale, for timing compose + render without any engine."""

from __future__ import annotations

import hashlib
import random
import re
import tempfile
import time
from pathlib import Path

from briefing.compose import ComposeOptions, compose
from briefing.models import Actor, Article, Evidence, Fact, FactKind, PartialDate
from briefing.render import write_briefing

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]")
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed_sentences() -> list[str]:
    sentences: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for paragraph in re.split(r"\n\s*\n", path.read_text("utf-8")):
            for sentence in re.split(r"(?<=[.!?])\s+", paragraph.strip()):
                if len(sentence.split()) >= 8 and "pic.twitter" not in sentence:
                    sentences.append(" ".join(sentence.split()))
    return sentences


def write_corpus(folder: Path, count: int, seed: int = 7) -> Path:
    """`count` seed-sized articles (about 3 KB), each unique, dated across 2024-2026."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        year, month, day = 2024 + index % 3, 1 + index % 12, 1 + index % 28
        body: list[str] = []
        while sum(len(s) for s in body) < 2800:
            paragraph = " ".join(rng.sample(sentences, 3))
            body.append(paragraph)
        text = (
            f"date {year}-{month:02d}-{day:02d} Agenzia{index % 17} – Notizia numero {index}: "
            + body[0]
            + "\n\n"
            + "\n\n".join(body[1:])
            + "\n"
        )
        (folder / f"article_{index:05d}.txt").write_text(text, "utf-8")
    return folder


def synthetic_corpus(count: int, seed: int = 3) -> tuple[list[Article], list[Fact]]:
    """`count` articles over one week of 2026 and about eight facts each, as an engine makes them."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    actors = ["Mark Rutte", "Donald Trump", "Marco Rubio", "Pete Hegseth", "Vladimir Putin"]
    kinds: list[FactKind] = ["event", "statement", "position", "figure", "plan", "context"]
    articles: list[Article] = []
    facts: list[Fact] = []
    for index in range(count):
        day = 1 + index % 7
        text = f"date 2026-03-{day:02d} Agenzia{index % 23} – " + " ".join(rng.sample(sentences, 10)) + "\n"
        source = f"corpus/article_{index:05d}.txt"
        published = PartialDate(year=2026, month=3, day=day)
        articles.append(
            Article(
                source=source,
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                encoding="utf-8",
                title=f"Notizia {index}",
                outlet=f"Agenzia{index % 23}",
                published=published,
                published_basis="header line",
                language="it",
            )
        )
        for number, match in enumerate(list(_SENTENCE.finditer(text))[1:9]):
            quote = match.group().strip()
            start = text.index(quote, match.start())
            when_day = min(28, max(1, day + rng.randint(-3, 10)))
            facts.append(
                Fact(
                    id=f"{index}-{number}",
                    kind=rng.choice(kinds),
                    statement=quote,
                    actors=[Actor(name=rng.choice(actors))],
                    when=PartialDate(year=2026, month=3, day=when_day) if number % 3 else published,
                    when_basis="explicit" if number % 3 else "publication",
                    evidence=[Evidence(source=source, start=start, end=start + len(quote), quote=quote)],
                    salience=rng.random(),
                    language="it",
                    speaker=rng.choice(actors) if number % 4 == 0 else None,
                )
            )
    return articles, facts


def compose_and_render(count: int, out: str | None = None) -> float:
    """Seconds to compose the facts of `count` articles and write md, json and html."""
    articles, facts = synthetic_corpus(count)
    started = time.perf_counter()
    briefing = compose(articles, facts, ComposeOptions(language="en"))
    write_briefing(briefing, Path(out or tempfile.mkdtemp()), "briefing-bench", ["md", "json", "html"])
    return time.perf_counter() - started
