"""Only regular files are read, and never more than the size limit: device files, FIFOs and deep
folder trees in a source folder are named on stderr with their reason, and the rest is briefed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.errors import SourceError
from briefing.ingest import MAX_DEPTH, SourceFile, discover, read_article, read_bounded
from briefing.pipeline import RunReport, ingest

runner = CliRunner()

GOOD = (
    "date 2025-03-04 Roma – Il ministro della Difesa ha annunciato oggi un aumento della spesa "
    "militare al 2,5% del PIL entro il 2027.\n\nLa decisione è stata presa dopo un vertice con "
    "gli alleati, perché la sicurezza europea è più fragile.\n"
)


@pytest.fixture
def hostile_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, "utf-8")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "random.md").symlink_to("/dev/urandom")
    os.mkfifo(folder / "pipe.txt")
    monkeypatch.chdir(tmp_path)
    return folder


def test_devices_and_fifos_in_a_folder_are_skipped_by_name_and_the_rest_is_briefed(
    hostile_folder: Path,
) -> None:
    # Before: /dev/zero was read until the kernel killed the process, and the FIFO hung the build.
    result = runner.invoke(app, ["build", "news", "--out", "out", "--format", "json"])
    assert result.exit_code == 0, result.output
    errors = result.stderr
    assert "news/zero.txt: is a device, not a regular file" in errors
    assert "news/random.md: is a device, not a regular file" in errors
    assert "news/pipe.txt: is a named pipe (FIFO), not a regular file" in errors
    data = json.loads(next(Path("out").glob("*.json")).read_text("utf-8"))
    assert [Path(s["source"]).name for s in data["sources"]] == ["good.txt"]
    assert {Path(s["source"]).name for s in data["skipped"]} == {"zero.txt", "random.md", "pipe.txt"}


def test_a_device_named_on_the_command_line_is_refused_without_reading_it(tmp_path: Path) -> None:
    files, problems = discover(["/dev/zero"])
    assert files == [] and "not a regular file" in str(problems[0])
    with pytest.raises(SourceError, match="is a device, not a regular file"):
        read_article(SourceFile("/dev/zero", Path("/dev/zero")))


def test_a_read_stops_at_the_limit_whatever_the_file_claims(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"parola " * 200)
    assert read_bounded(big, "big.txt", limit=2000) == b"parola " * 200
    with pytest.raises(SourceError, match="over the 0 MiB limit"):
        read_bounded(big, "big.txt", limit=1000)


def test_a_thousand_level_folder_tree_gives_a_clear_error_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/top.txt").write_text(GOOD, "utf-8")
    deepest = "news"
    for _level in range(1000):  # os.makedirs would recurse 1,000 deep
        deepest += "/d"
        os.mkdir(deepest)
    try:
        _build_and_expect_a_depth_error()
    finally:  # bottom up: pytest's own clean-up would recurse 1,000 levels deep
        while deepest != "news":
            os.rmdir(deepest)
            deepest = os.path.dirname(deepest)


def _build_and_expect_a_depth_error() -> None:
    report = RunReport()
    articles = ingest(["news"], report)
    assert [a.source for a in articles] == ["news/top.txt"]
    reasons = [s.reason for s in report.skipped]
    assert any(f"folder tree deeper than {MAX_DEPTH} levels" in reason for reason in reasons), reasons
    result = runner.invoke(app, ["build", "news", "--out", "out", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"deeper than {MAX_DEPTH} levels" in result.stderr and "Traceback" not in result.output


def test_utf8_damaged_in_one_place_is_read_with_a_warning_naming_the_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    data = GOOD.encode("utf-8")
    cut = data.index(b"decisione")
    Path("news/damaged.txt").write_bytes(data[:cut] + b"\xff" + data[cut:])
    result = runner.invoke(app, ["build", "news", "--out", "out", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert f"news/damaged.txt: is valid UTF-8 except 1 invalid byte(s) (the first at byte {cut})" in (
        result.stderr
    )
    assert "re-save it as UTF-8" in result.stderr
    checked = runner.invoke(app, ["check", str(next(Path("out").glob("*.json")))])
    assert checked.exit_code == 0, checked.output


def test_a_cp1252_file_is_read_without_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/windows.txt").write_bytes(GOOD.replace("–", "-").encode("cp1252"))
    report = RunReport()
    assert ingest(["news"], report)[0].encoding == "cp1252"
    assert report.warnings == []
