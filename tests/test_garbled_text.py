"""Mojibake (text a wrong encoding garbled before the file was saved) never reaches a briefing:
the statements whose quotes hold garbled words are left out, the file is named with how to
repair it, and every citation still counts its characters in the file as it is (briefing/1)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.garbled import REASON, leave_out_garbled
from briefing.models import Article, Evidence, Extraction, Fact

runner = CliRunner()

CLEAN = (
    "Il sindaco di Pisa ha annunciato ieri un piano da 12 milioni di euro per le scuole della città, "
    "che partirà a settembre con i primi cantieri."
)
# Written as UTF-8, read back as Latin-1 and saved again: `città` becomes `cittÃ\xa0`.
GARBLED = (
    (
        "La giunta regionale ha spiegato che la decisione sarà presa entro la fine del mese perché i "
        "fondi europei non possono più attendere."
    )
    .encode()
    .decode("latin-1")
)
PAGE = f"date 2025-05-06 Il Tirreno – {CLEAN}\n\n{GARBLED}\n"


def article(text: str) -> Article:
    return Article(source="news/pisa.txt", text=text, sha256="0" * 64, encoding="utf-8")


def fact_quoting(text: str, quote: str, number: int) -> Fact:
    start = text.index(quote)
    evidence = Evidence(source="news/pisa.txt", start=start, end=start + len(quote), quote=quote)
    return Fact(id=f"f{number}", kind="event", statement=quote, evidence=[evidence])


def test_a_fact_whose_quote_is_garbled_is_left_out_and_the_file_named_with_how_to_repair_it() -> None:
    page = article(PAGE)
    extraction = Extraction(facts=[fact_quoting(PAGE, CLEAN, 1), fact_quoting(PAGE, GARBLED, 2)])
    legible, warning = leave_out_garbled(page, extraction)
    assert [fact.id for fact in legible.facts] == ["f1"]
    assert [dropped.reason for dropped in legible.dropped] == [REASON]
    assert warning is not None
    assert warning.startswith("news/pisa.txt: ") and "sarÃ" in warning
    assert "ftfy news/pisa.txt" in warning and "UTF-8" in warning


@pytest.mark.parametrize(
    "text",
    [
        PAGE.replace(
            GARBLED, "Il corteo ha attraversato il centro di SÃO PAULO e di Reykjavík, con 30° all'ombra."
        ),
        "Firmato il contratto: 1,5 milioni di € per l’ospedale «San Luca», annuncia l'assessora.",
    ],
)
def test_text_with_rare_letters_is_not_garbled(text: str) -> None:
    extraction = Extraction(facts=[fact_quoting(text, text[:40], 1)])
    assert leave_out_garbled(article(text), extraction) == (extraction, None)


def test_a_file_read_in_a_legacy_code_page_keeps_its_facts_as_ingest_warned() -> None:
    page = article(PAGE).model_copy(update={"encoding": "cp1252"})
    extraction = Extraction(facts=[fact_quoting(PAGE, GARBLED, 1)])
    assert leave_out_garbled(page, extraction) == (extraction, None)


def test_a_build_prints_no_garbled_words_and_its_citations_count_in_the_file_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "pisa.txt").write_text(PAGE, "utf-8")
    result = runner.invoke(app, ["build", "news", "--format", "md,json", "--out", "out"])
    assert result.exit_code == 0, result.output
    assert "news/pisa.txt: its text was garbled by a wrong encoding" in result.output
    briefing = json.loads(next((tmp_path / "out").glob("*.json")).read_text("utf-8"))
    text = (tmp_path / "news" / "pisa.txt").read_bytes().decode(briefing["sources"][0]["encoding"])
    quotes = [citation["quote"] for citation in briefing["citations"].values()]
    assert quotes and all("Ã" not in quote for quote in quotes)
    for citation in briefing["citations"].values():
        assert text[citation["start"] : citation["end"]] == citation["quote"]
    assert "Ã" not in next((tmp_path / "out").glob("*.md")).read_text("utf-8")
    assert runner.invoke(app, ["check", str(next((tmp_path / "out").glob("*.json")))]).exit_code == 0
