"""A file whose UTF-8 text was once decoded as Latin-1 and saved again (`cittÃ ` for `città`,
`perchÃ©` for `perché`: mojibake) is repaired as it is read, by ftfy's encoding repair alone, and
a warning names the file (issue 15, session 21: a strict reader found `prenderÃ ` in a held-out
briefing). The repair is recorded in the source's encoding (`utf-8+ftfy`), so `briefing check`
finds every quote in the text as repaired; a file that holds no mojibake is read exactly as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.ingest import SourceFile, decode_recorded, read_article

CLEAN = (
    "date 2011-03-18 La città di Bengasi è stata bombardata ieri sera, e perché la tregua regga "
    "il governo prenderà una decisione entro domani, ha detto il ministro Franco Frattini.\n\n"
    "L'Unione Africana sarà a Tripoli già domani mattina con una delegazione di cinque capi di Stato.\n"
)
GARBLED = CLEAN.encode("utf-8").decode("latin-1")  # `cittÃ\xa0`, `perchÃ©`, `prenderÃ\xa0`

runner = CliRunner()


def _read(path: Path, notes: list[str]):
    return read_article(SourceFile(str(path), path), notes=notes)


def test_the_handwritten_file_holds_mojibake() -> None:
    assert "cittÃ" in GARBLED and "perchÃ©" in GARBLED and "prenderÃ" in GARBLED


def test_mojibake_is_repaired_as_the_file_is_read_and_a_warning_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "libia.txt"
    path.write_text(GARBLED, "utf-8")
    notes: list[str] = []
    article = _read(path, notes)
    assert article.text == CLEAN
    assert article.encoding == "utf-8+ftfy"
    assert decode_recorded(path.read_bytes(), article.encoding) == article.text
    [note] = notes
    assert str(path) in note and "ftfy" in note


@pytest.mark.parametrize(
    "text",
    [
        CLEAN,
        # letters that look like mojibake's but are the text's own
        "SÃO PAULO - Il sindaco di São Paulo ha detto che la città è pronta per la visita del papa.\n",
        "Il prezzo è salito a 3 € al litro, secondo l'associazione dei consumatori “Altroconsumo”.\n",
    ],
)
def test_a_file_with_no_mojibake_is_read_exactly(tmp_path: Path, text: str) -> None:
    path = tmp_path / "pulito.txt"
    path.write_text(text, "utf-8")
    notes: list[str] = []
    article = _read(path, notes)
    assert article.text == text and article.encoding == "utf-8" and notes == []


def test_a_briefing_of_a_repaired_file_passes_its_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/libia.txt").write_text(GARBLED, "utf-8")
    built = runner.invoke(app, ["build", "news", "--out", "out", "--format", "json,md"])
    assert built.exit_code == 0, built.output
    assert "news/libia.txt" in built.output and "ftfy" in built.output
    [json_path] = Path("out").glob("*.json")
    data = json.loads(json_path.read_text("utf-8"))
    assert data["sources"][0]["encoding"] == "utf-8+ftfy"
    printed = json_path.with_suffix(".md").read_text("utf-8")
    assert "città" in printed and "Ã" not in printed
    checked = runner.invoke(app, ["check", str(json_path)])
    assert checked.exit_code == 0, checked.output
