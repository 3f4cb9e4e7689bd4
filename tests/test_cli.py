"""The command line, through its runner: exit codes, outputs, and the briefing/1 contract."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()


def build(*args: str):
    return runner.invoke(app, ["build", *args])


def test_build_writes_md_and_json_named_by_the_as_of_date(workdir: Path) -> None:
    result = build("seeds/", "--out", "out")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (workdir / "out").iterdir()) == [
        "briefing-2026-04-03.json",
        "briefing-2026-04-03.md",
    ]


def test_the_json_follows_the_briefing_1_contract(workdir: Path) -> None:
    assert build("seeds/", "--out", "out").exit_code == 0
    data = json.loads((workdir / "out" / "briefing-2026-04-03.json").read_text("utf-8"))
    assert data["schema"] == "briefing/1"
    assert data["as_of"] == "2026-04-03"
    assert data["period"] == {"start": "2024-11-01", "end": "2026-04-03"}
    statements = [s for section in data["sections"] for s in section["statements"]]
    assert statements
    for statement in statements:
        assert statement["citations"], statement
        assert all(cid in data["citations"] for cid in statement["citations"])
    for section in data["sections"]:
        if section["heading"] in ("Timeline", "Outlook"):
            assert all("date" in s for s in section["statements"])
    for citation in data["citations"].values():
        assert citation["source"].startswith("seeds/")
        text = (workdir / citation["source"]).read_bytes().decode("utf-8")
        assert text[citation["start"] : citation["end"]] == citation["quote"]
    published = {Path(s["source"]).name: s["published"] for s in data["sources"]}
    assert published["004_b4a61009c6d04b47.txt"] is None
    assert published["000_c81cc95113a03d59.txt"] == "2024-11"
    outlets = {Path(s["source"]).name: (s["outlet"], s["outlet_basis"]) for s in data["sources"]}
    assert outlets["000_c81cc95113a03d59.txt"] == ("AgenPress", "header line")  # says where it was read


def test_as_of_can_be_set_and_names_the_files(workdir: Path) -> None:
    assert build("seeds/", "--out", "out", "--as-of", "2026-05-01").exit_code == 0
    assert (workdir / "out" / "briefing-2026-05-01.json").exists()


def test_check_passes_on_a_built_briefing_and_fails_when_a_quote_is_edited(workdir: Path) -> None:
    assert build("seeds/", "--out", "out").exit_code == 0
    path = workdir / "out" / "briefing-2026-04-03.json"
    ok = runner.invoke(app, ["check", str(path)])
    assert ok.exit_code == 0, ok.output
    assert "OK" in ok.output

    data = json.loads(path.read_text("utf-8"))
    cid, citation = next(iter(data["citations"].items()))
    citation["quote"] = ("X" if citation["quote"][0] != "X" else "Y") + citation["quote"][1:]
    assert citation["quote"] != json.loads(path.read_text("utf-8"))["citations"][cid]["quote"]
    path.write_text(json.dumps(data), "utf-8")
    failed = runner.invoke(app, ["check", str(path)])
    assert failed.exit_code == 1
    assert cid in failed.output


def test_check_fails_on_a_statement_without_citations(workdir: Path) -> None:
    assert build("seeds/", "--out", "out").exit_code == 0
    path = workdir / "out" / "briefing-2026-04-03.json"
    data = json.loads(path.read_text("utf-8"))
    data["sections"][0]["statements"][0]["citations"] = []
    data["sections"][0]["statements"].append({"text": "x", "citations": ["c999"]})
    path.write_text(json.dumps(data), "utf-8")
    failed = runner.invoke(app, ["check", str(path)])
    assert failed.exit_code == 1
    assert "has no citation" in failed.output and "c999" in failed.output


def test_extract_prints_verified_facts_as_json_lines(workdir: Path) -> None:
    result = runner.invoke(app, ["extract", "seeds/000_c81cc95113a03d59.txt"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines
    text = (workdir / "seeds" / "000_c81cc95113a03d59.txt").read_text("utf-8")
    for fact in lines:
        for evidence in fact["evidence"]:
            assert text[evidence["start"] : evidence["end"]] == evidence["quote"]


def test_extract_stops_quietly_when_its_reader_goes_away(workdir: Path) -> None:
    """`briefing extract … | head`: the pipe closes before the facts are written."""
    command = [sys.executable, "-m", "briefing.cli", "extract", "seeds/", "--backend", "extractive"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    process.stdout.close()  # the reader is gone before the first line
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 128 + signal.SIGPIPE
    assert "error" not in stderr and "Traceback" not in stderr, stderr


def test_bad_files_are_named_and_the_rest_is_briefed(workdir: Path) -> None:
    (workdir / "seeds" / "empty.txt").write_bytes(b"")
    result = build("seeds/", "--out", "out")
    assert result.exit_code == 0
    assert "seeds/empty.txt: is empty" in result.stderr


def test_no_usable_articles_exits_1_with_one_clear_line(workdir: Path) -> None:
    (workdir / "nothing").mkdir()
    result = build("nothing", "--out", "out")
    assert result.exit_code == 1
    assert "error: no usable articles" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args",
    [
        ["build"],
        ["build", "seeds/", "--backend", "magic"],
        ["build", "seeds/", "--format", "docx"],
        ["build", "seeds/", "--as-of", "yesterday"],
        ["frobnicate"],
    ],
)
def test_usage_errors_exit_2(workdir: Path, args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


def test_help_explains_every_build_option() -> None:
    result = runner.invoke(app, ["build", "--help"])
    assert result.exit_code == 0
    for option in (
        "--out",
        "--format",
        "--backend",
        "--model",
        "--base-url",
        "--concurrency",
        "--as-of",
        "--since",
        "--until",
        "--every",
        "--lang",
        "--cache",
    ):
        assert option in result.output
