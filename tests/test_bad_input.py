"""Bad input: each bad file is named on stderr with its reason and what to do; the rest is briefed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.models import Article
from briefing.pipeline import RunReport, extract, ingest

runner = CliRunner()

ITALIAN = (
    "date 2025-03-04 Roma – Il ministro della Difesa ha annunciato oggi un aumento della spesa "
    "militare al 2,5% del PIL entro il 2027.\n\nLa decisione è stata presa dopo un vertice con "
    "gli alleati, perché la sicurezza europea è più fragile.\n"
)


@pytest.fixture
def messy(tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(seeds / "002_b8096001e4abbe8a.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 50)
    (folder / "windows.txt").write_bytes(ITALIAN.replace("–", "-").encode("cp1252"))
    (folder / "old.md").write_bytes(ITALIAN.replace("–", "-").encode("latin-1"))
    (folder / "bom-crlf.txt").write_bytes(b"\xef\xbb\xbf" + ITALIAN.replace("\n", "\r\n").encode())
    (folder / "saved-page.txt").write_text(
        "<!DOCTYPE html><html><head><title>x</title></head><body><p>Testo</p></body></html>"
    )
    (folder / "gone.txt").symlink_to(tmp_path / "deleted-meanwhile.txt")
    (folder / "kept-as.html").write_text("<html><body><p>Testo</p></body></html>")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    (folder / "sub").mkdir()
    (folder / "sub" / "back-up").symlink_to(folder)
    monkeypatch.chdir(tmp_path)
    return folder


def test_a_messy_folder_is_briefed_and_every_bad_file_is_named_with_what_to_do(messy: Path) -> None:
    result = runner.invoke(app, ["build", "news", "--out", "out"])
    assert result.exit_code == 0, result.output
    errors = result.stderr
    assert "news/empty.txt: is empty; remove it or fill it" in errors
    assert "news/image.txt: looks like a binary file" in errors
    assert "news/saved-page.txt: is an HTML page" in errors and "save the article as plain text" in errors
    assert "news/gone.txt: vanished before it could be read" in errors
    assert "symbolic link loop" in errors
    # an article kept as a web page or a document is named, not passed over in silence; a picture is
    assert "news/kept-as.html: is a .html file, not a .txt or .md article" in errors
    assert "save the article's text as .txt" in errors and "photo.jpg" not in errors
    assert "Traceback" not in result.output

    data = json.loads(next((messy.parent / "out").glob("*.json")).read_text("utf-8"))
    encodings = {Path(s["source"]).name: s["encoding"] for s in data["sources"]}
    assert encodings == {
        "good.txt": "utf-8",
        "windows.txt": "cp1252",
        "old.md": "cp1252",
        "bom-crlf.txt": "utf-8-sig",
    }
    skipped = {Path(s["source"]).name for s in data["skipped"]}
    assert {"empty.txt", "image.txt", "saved-page.txt", "gone.txt", "kept-as.html"} <= skipped
    check = runner.invoke(app, ["check", str(next((messy.parent / "out").glob("*.json")))])
    assert check.exit_code == 0, check.output


def test_offsets_stay_exact_in_utf8_with_bom_and_crlf(messy: Path) -> None:
    report = RunReport()
    from briefing.engines.extractive import ExtractiveEngine

    articles = [a for a in ingest([str(messy / "bom-crlf.txt")], report)]
    facts = extract(articles, ExtractiveEngine(), None, report)
    text = (messy / "bom-crlf.txt").read_bytes().decode("utf-8-sig")
    assert facts
    for fact in facts:
        for evidence in fact.evidence:
            assert text[evidence.start : evidence.end] == evidence.quote


def test_an_engine_crash_on_one_article_skips_it_and_keeps_the_others(seeds: Path) -> None:
    class Fragile:
        name = "fragile"
        cacheable = False
        parallel = True
        processes = False

        def identity(self) -> str:
            return "fragile"

        def prepare(self) -> None:
            """Nothing to load."""

        def extract(self, article: Article):
            if "002_" in article.source:
                raise ZeroDivisionError("boom")
            from briefing.engines.extractive import ExtractiveEngine

            return ExtractiveEngine().extract(article)

    report = RunReport()
    articles = ingest([str(seeds)], report)
    facts = extract(articles, Fragile(), None, report)
    assert {Path(f.evidence[0].source).name[:3] for f in facts} == {"000", "001", "003", "004"}
    assert [Path(s.source).name[:3] for s in report.skipped] == ["002"]
    assert "ZeroDivisionError: boom" in report.skipped[0].reason


def test_a_folder_with_no_articles_exits_1_saying_what_to_do(tmp_path: Path) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "a.jpg").write_bytes(b"\xff\xd8")
    result = runner.invoke(app, ["build", str(tmp_path / "photos"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "folder holds no *.txt or *.md articles" in result.stderr
    assert "error: no usable articles" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_3_mb_article_is_briefed_with_exact_offsets(tmp_path: Path, seeds: Path) -> None:
    seed = (seeds / "003_fdceb2a563e04028.txt").read_text("utf-8")
    body = "\n\n".join(seed.split("\n\n")[1:])
    big = tmp_path / "dump.txt"
    big.write_text(seed + ("\n\n" + body) * (3_000_000 // len(body)), "utf-8")
    assert big.stat().st_size > 3_000_000
    result = runner.invoke(app, ["build", str(big), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    check = runner.invoke(app, ["check", str(tmp_path / "out" / "briefing-2026-02-11.json")])
    assert check.exit_code == 0, check.output


def test_thousands_of_files_are_all_read(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    for index in range(2000):
        sub = folder / f"{index // 100:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{index:04d}.txt").write_text(
            f"date 2025-05-{1 + index % 28:02d} Agenzia – Il ministro numero {index} ha incontrato "
            f"oggi a Roma i rappresentanti di {index} comuni per discutere il bilancio.\n",
            "utf-8",
        )
    result = runner.invoke(app, ["build", str(folder), "--out", str(tmp_path / "out"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "briefing-2025-05-28.json").read_text("utf-8"))
    assert len(data["sources"]) == 2000
