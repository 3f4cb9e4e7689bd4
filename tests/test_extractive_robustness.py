"""The offline engine on text it has never seen: it never crashes, cites only what is there, dates sanely."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.engines.extractive import ExtractiveEngine
from briefing.ingest import SourceFile, detect_language, read_article
from briefing.models import Article, PartialDate
from briefing.rules.when import find_dates

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
DATA = Path(__file__).resolve().parent / "data"

FRAGMENTS = [
    line
    for path in sorted([*SEEDS.glob("*.txt"), *DATA.glob("*")])
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
] + [
    "", " ", "\n", "\r\n", "\n\n", "**", "## ", "> ", "- ", "«", "»", "“", "”", '"', "'", "—", "–", "(", ")",
    "pic.twitter.com/abc", "— Someone (@handle) March 3, 2025", "😀", "\u200b", "\t", "U.S.", "S.p.A.",
    "il 31 febbraio", "dal 30 al 2 aprile", "oggi", "ieri", "next week", "2024-13-45", "99/99/2099",
    "3%", "€", "$1.5 billion", "Mr. Smith said.", "ha dichiarato", "Rutte", "NATO.",
]  # fmt: skip


def make_article(text: str, published: PartialDate | None = None) -> Article:
    return Article(
        source="fuzz.txt",
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
        encoding="utf-8",
        published=published,
        language=detect_language(text),
    )


dates = st.one_of(
    st.none(),
    st.builds(PartialDate, year=st.integers(1990, 2030)),
    st.builds(PartialDate, year=st.integers(1990, 2030), month=st.integers(1, 12)),
    st.dates().filter(lambda d: 1990 <= d.year <= 2030).map(PartialDate.of),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=30),
    separators=st.lists(st.sampled_from([" ", "\n", "\n\n", "\r\n", ". ", ""]), min_size=1, max_size=5),
    published=dates,
)
def test_any_text_gives_grounded_facts(
    parts: list[str], separators: list[str], published: PartialDate | None
) -> None:
    text = "".join(part + separators[i % len(separators)] for i, part in enumerate(parts))
    source = make_article(text, published)
    extraction = ExtractiveEngine().extract(source)
    ids = set()
    for fact in extraction.facts:
        assert fact.id not in ids
        ids.add(fact.id)
        assert fact.evidence
        for evidence in fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote
        assert 0 < fact.salience <= 1
        if fact.when is not None:
            assert fact.when_basis is not None
        if fact.when_end is not None:
            assert fact.when is not None and fact.when_end.first_day() >= fact.when.first_day()


def test_dates_stay_near_the_publication_date() -> None:
    """A date the text does not write in full lands within a year of publication."""
    engine = ExtractiveEngine()
    for path in sorted([*SEEDS.glob("*.txt"), *DATA.glob("*")]):
        source = read_article(SourceFile(str(path), path))
        for fact in engine.extract(source).facts:
            if fact.when is None or source.published is None or fact.when_basis == "explicit":
                continue
            when, published = fact.when, source.published
            gap = max(
                (when.first_day() - published.last_day()).days,
                (published.first_day() - when.last_day()).days,
                0,
            )
            assert gap <= 366, (path.name, fact.statement, fact.when)


def test_text_with_windows_line_endings_and_no_publication_date() -> None:
    text = (
        "Nuovo vertice a Roma\r\n\r\nIl ministro degli Esteri Antonio Tajani ha incontrato ieri a Roma il "
        "segretario di Stato Marco Rubio.\r\n«Siamo alleati», ha detto Tajani.\r\n"
    )
    facts = ExtractiveEngine().extract(make_article(text)).facts
    assert [f.statement for f in facts][-2:] == [
        "Il ministro degli Esteri Antonio Tajani ha incontrato ieri a Roma il segretario di Stato Marco "
        "Rubio.",
        "«Siamo alleati», ha detto Tajani.",
    ]
    assert facts[-1].speaker == "Antonio Tajani"
    assert all(f.when is None for f in facts)  # `ieri` with no publication date to count from


def test_an_article_of_furniture_only_gives_no_fact() -> None:
    text = "Notizia\n\n.\n\n— Someone (@someone) April 2, 2025\n\nRiproduzione riservata © Copyright ANSA\n"
    assert ExtractiveEngine().extract(make_article(text)).facts == []


def test_seed_sized_articles_are_extracted_quickly() -> None:
    """A loose bound (the CI machine is shared): the target is under 20 ms of CPU per article."""
    engine = ExtractiveEngine()
    articles = [read_article(SourceFile(str(p), p)) for p in sorted(SEEDS.glob("*.txt"))]
    for source in articles:
        engine.extract(source)  # warm up: imports, compiled patterns
    started = time.process_time()
    for index in range(50):
        engine.extract(articles[index % len(articles)])
    per_article = (time.process_time() - started) / 50
    assert per_article < 0.1


def test_text_without_punctuation_gives_no_endless_fact() -> None:
    text = " ".join(["parola"] * 2000)
    assert ExtractiveEngine().extract(make_article(text)).facts == []


def test_numeric_dates_that_read_both_ways_are_read_in_the_article_s_language() -> None:
    # Italian writes the day first: `4/2/2025` is 4 February (session 10; it used to be left unread)
    text = "Il governo ha approvato il decreto il 4/2/2025 e lo ha pubblicato il 13/02/2025 in Gazzetta."
    facts = ExtractiveEngine().extract(make_article(text, PartialDate.parse("2025-03-01"))).facts
    assert [f.when.iso() if f.when else None for f in facts] == ["2025-02-04"]


def test_numeric_dates_that_read_both_ways_are_not_guessed_in_a_language_we_do_not_know() -> None:
    page = PartialDate.parse("2025-03-01")
    mentions = find_dates("Le décret du 4/2/2025, publié le 13/02/2025.", page, "fr")
    assert [m.date.iso() for m in mentions if m.date] == ["2025-02-13"]
