"""Housekeeping of `--out`: temporary files an interrupted write left behind are cleaned on the
next build into that folder; a set of formats is replaced together or not at all; a write that
fails says so in one line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing import render
from briefing.cli import app

runner = CliRunner()

ARTICLE = (
    "date 2025-06-10 Agenzia – Il ministro della Difesa ha annunciato oggi a Roma un aumento della "
    "spesa militare al 2,5% del PIL entro il 2027.\n\nLa decisione è stata presa dopo un vertice con "
    "gli alleati a Bruxelles, perché la sicurezza europea è diventata più fragile.\n"
)


@pytest.fixture
def news(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE, "utf-8")
    return tmp_path / "news"


def test_stray_temporary_files_of_an_interrupted_write_are_cleaned_on_the_next_build(news: Path) -> None:
    out = Path("out")
    out.mkdir()
    strays = [".briefing-2025-06-10.md.k2j4h1ab.tmp", ".index.json.x9_y8.tmp", ".briefing-2025-W14.pdf.q.tmp"]
    for name in strays:
        (out / name).write_text("half a briefing", "utf-8")
    (out / "notes.tmp").write_text("the user's own file", "utf-8")  # not ours: left alone
    result = runner.invoke(app, ["build", "news", "--out", "out", "--format", "md,json"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "briefing-2025-06-10.json",
        "briefing-2025-06-10.md",
        "notes.tmp",
    ]


def test_a_set_of_formats_is_replaced_together_or_not_at_all(
    news: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = runner.invoke(app, ["build", "news", "--out", "out", "--format", "md,json,html"])
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in Path("out").iterdir()}
    Path("news/a.txt").write_text(ARTICLE.replace("2,5%", "3%"), "utf-8")  # a new briefing

    real_write = render._write_temporary

    def disk_full_at_the_third(path: Path, data: bytes) -> str:
        if path.suffix == ".html":
            raise OSError(28, "No space left on device")
        return real_write(path, data)

    monkeypatch.setattr(render, "_write_temporary", disk_full_at_the_third)
    second = runner.invoke(app, ["build", "news", "--out", "out", "--format", "md,json,html"])
    assert second.exit_code == 1
    assert "cannot write out/briefing-2025-06-10.html: No space left on device" in second.stderr
    assert "no file of this briefing was replaced" in second.stderr and "Traceback" not in second.output
    after = {p.name: p.read_bytes() for p in Path("out").iterdir()}
    assert after == before  # the old md and json too, and no temporary file


def test_a_folder_out_cannot_be_made_in_is_one_clear_line(news: Path) -> None:
    Path("blocked").write_text("a file where the folder would be", "utf-8")
    result = runner.invoke(app, ["build", "news", "--out", "blocked/out", "--format", "md"])
    assert result.exit_code == 1
    assert "cannot write blocked/out/briefing-2025-06-10.md" in result.stderr
    assert "Traceback" not in result.output and os.path.isfile("blocked")
