"""`briefing check` checks what it should and nothing else: statements and citations alike, the
sources' hashes, only the sources the briefing lists (found beside the briefing), never echoing
what a file holds, and it refuses briefings that verify nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from briefing.cli import app

runner = CliRunner()

ARTICLE = (
    "date 2025-06-10 Agenzia – Il ministro della Difesa ha annunciato oggi a Roma un aumento della "
    "spesa militare al 2,5% del PIL entro il 2027.\n\nLa decisione è stata presa dopo un vertice con "
    "gli alleati a Bruxelles, perché la sicurezza europea è diventata più fragile.\n"
)
SECRET = "TOP-SECRET-LINE: the password is hunter2, never to be printed by a check."


@pytest.fixture
def briefing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/a.txt").write_text(ARTICLE, "utf-8")
    Path("secret.txt").write_text(SECRET, "utf-8")
    built = runner.invoke(app, ["build", "news", "--out", "out", "--format", "json"])
    assert built.exit_code == 0, built.output
    return tmp_path / "out" / "briefing-2025-06-10.json"


def tamper(path: Path, change: Callable[[dict[str, Any]], object]) -> Result:
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data), "utf-8")
    return runner.invoke(app, ["check", str(path)])


def first_citation(data: dict[str, Any]) -> dict[str, Any]:
    return next(iter(data["citations"].values()))


def test_an_untouched_briefing_passes(briefing: Path) -> None:
    result = runner.invoke(app, ["check", str(briefing)])
    assert result.exit_code == 0, result.output
    assert "OK" in result.stdout and "warning" not in result.output


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (lambda d: first_citation(d).update(start=5, end=5), "0 <= start < end"),
        (lambda d: first_citation(d).update(start=-10), "0 <= start < end"),
        (lambda d: first_citation(d).update(start=True), "0 <= start < end"),
        (lambda d: first_citation(d).update(end=first_citation(d)["start"] - 1), "0 <= start < end"),
        (lambda d: first_citation(d).update(quote=""), "has no quote"),
        (lambda d: d["sections"][0]["statements"][0].update(text="  "), "is empty"),
        (lambda d: d["sections"][0]["statements"][0].update(citations="c1"), "has no citation"),
        (lambda d: d.update(sections=[]), "holds no statements"),
        (lambda d: d.pop("schema"), "not a briefing/1 briefing"),
        (lambda d: d.update(citations=[]), "no citations object"),
    ],
)
def test_a_crafted_briefing_fails_with_a_reason(
    briefing: Path, change: Callable[[dict[str, Any]], object], said: str
) -> None:
    result = tamper(briefing, change)
    assert result.exit_code == 1, result.output
    assert said in result.output and "Traceback" not in result.output


def test_an_empty_or_non_json_file_is_refused(briefing: Path) -> None:
    for content in ("", "{}", "[]", "null", "not json"):
        briefing.write_text(content, "utf-8")
        result = runner.invoke(app, ["check", str(briefing)])
        assert result.exit_code == 1, (content, result.output)


def test_a_changed_source_fails_its_hash_and_a_missing_hash_is_a_warning(briefing: Path) -> None:
    source = briefing.parent.parent / "news" / "a.txt"
    source.write_text(ARTICLE + "Una riga aggiunta dopo.\n", "utf-8")  # quotes still where they were
    changed = runner.invoke(app, ["check", str(briefing)])
    assert changed.exit_code == 1 and "sha256 is not the one recorded" in changed.output

    source.write_text(ARTICLE, "utf-8")
    unhashed = tamper(briefing, lambda d: d["sources"][0].pop("sha256"))
    assert unhashed.exit_code == 0, unhashed.output
    assert "warning:" in unhashed.output and "no sha256 recorded" in unhashed.output


def test_a_file_the_briefing_does_not_list_is_never_read(briefing: Path) -> None:
    def point_at_the_secret(data: dict[str, Any]) -> None:
        first_citation(data).update(source="secret.txt", start=0, end=20, quote="something else here")

    result = tamper(briefing, point_at_the_secret)
    assert result.exit_code == 1
    assert "not listed in sources; not read" in result.output
    assert "TOP-SECRET" not in result.output and "hunter2" not in result.output


def test_a_listed_file_that_does_not_hold_the_quote_is_not_echoed(briefing: Path) -> None:
    def list_the_secret(data: dict[str, Any]) -> None:
        data["sources"].append({"source": "secret.txt", "encoding": "utf-8", "sha256": None})
        first_citation(data).update(source="secret.txt", start=0, end=40, quote="the quote it expected")

    result = tamper(briefing, list_the_secret)
    assert result.exit_code == 1
    assert "does not hold the quoted 'the quote it expected'" in result.output
    assert "TOP-SECRET" not in result.output and "hunter2" not in result.output


def test_check_works_from_any_folder(briefing: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "elsewhere" / "news").mkdir(parents=True)
    (tmp_path / "elsewhere" / "news" / "a.txt").write_text("a decoy with the same name", "utf-8")
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = runner.invoke(app, ["check", str(briefing)])
    assert result.exit_code == 0, result.output


def test_an_index_that_lists_itself_is_a_clear_error(briefing: Path) -> None:
    index = briefing.parent / "index.json"
    index.write_text(
        json.dumps({"schema": "briefing-index/1", "briefings": [{"files": {"json": "index.json"}}]}), "utf-8"
    )
    result = runner.invoke(app, ["check", str(index)])
    assert result.exit_code == 1
    assert "an index that lists itself" in result.output and "Traceback" not in result.output
