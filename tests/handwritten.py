"""Hand-written articles for the rule tests, and what those tests ask of them: the dates the
extractor gives their sentences, the compose candidates made of their facts. One home for the helpers
that several test modules share."""

from __future__ import annotations

import hashlib
from pathlib import Path

from briefing.compose.candidates import Candidate, prepare
from briefing.engines.extractive import ExtractiveEngine
from briefing.ingest import SourceFile, read_article
from briefing.models import Article, PartialDate
from briefing.rules.actors import ActorIndex
from briefing.rules.salience import main_tense
from briefing.rules.when import find_dates, main_date

PUBLISHED = PartialDate(year=2025, month=3, day=31)


def handwritten_article(
    source: str, text: str, language: str = "it", published: PartialDate = PUBLISHED
) -> Article:
    """An article published on `published`, in `language`, as ingest would read it."""
    return Article(
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        encoding="utf-8",
        published=published,
        language=language,
    )


def candidates_of(*articles: Article) -> list[Candidate]:
    """The compose candidates made of the offline engine's facts of `articles`."""
    engine = ExtractiveEngine()
    return prepare([fact for a in articles for fact in engine.extract(a).facts], articles)


def candidate_with(candidates: list[Candidate], words: str) -> Candidate:
    """The candidate whose statement holds `words`."""
    return next(c for c in candidates if words in c.fact.statement)


def date_of(sentence: str, published: PartialDate = PUBLISHED) -> str | None:
    """The date of what `sentence` reports, read in its main clause's tense."""
    mention = main_date(find_dates(sentence, published), main_tense(sentence), published)
    return mention.date.iso() if mention and mention.date else None


def dates_of(tmp_path: Path, text: str, language: str = "it") -> dict[str, str | None]:
    """Each fact's statement and date, as the offline engine extracts `text` read from a file."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    read = read_article(SourceFile(str(path), path), with_language=False)
    facts = ExtractiveEngine().extract(read.model_copy(update={"language": language})).facts
    return {f.statement: f.when.iso() if f.when else None for f in facts}


def organisations(text: str) -> list[str]:
    """The organisations the actor rules find in `text`, read as one article, in order."""
    index = ActorIndex.build(text)
    return [m.name for m in index.mentions(text) if m.kind == "organisation"]
