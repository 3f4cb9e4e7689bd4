"""What sources say, and what their files are called, is shown as text in every format: no link,
image, footnote, heading, comment or code span of a source's making in the Markdown, no bidi
override or control character in Markdown or HTML, and file names of any bytes (not UTF-8, a
newline, backticks) never break a build, a format or `briefing check`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from briefing.cli import app

runner = CliRunner()

HOSTILE_MARKDOWN = (
    "date 2025-06-10 Agenzia – Il ministro della Difesa ha annunciato oggi a Roma un aumento della "
    "spesa militare ![](http://tracker.example/pixel.png) e [clicca qui](javascript:alert(1)) "
    "entro il 2027[^c1].\n\n"
    "# Il governo ha approvato oggi il documento <!-- nascosto --> con `codice` e **grassetto** "
    "e www.example.org come promesso.\n\n"
    "La decisione del governo di aumentare i fondi è stata presa dopo un vertice con gli alleati a "
    "Bruxelles, perché la sicurezza europea è diventata più fragile \u202egnp.exe\u202c negli ultimi mesi.\n"
)


def build(*arguments: str) -> dict[str, Path]:
    result = runner.invoke(app, ["build", *arguments, "--out", "out"])
    assert result.exit_code == 0, result.output
    return {Path(line).suffix: Path(line) for line in result.stdout.split()}


def tokens(markdown: str) -> list[tuple[str, str]]:
    """Every token (inline ones included) a CommonMark renderer with tables makes of the text."""
    found = []
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        found.append((token.type, token.content))
        found += [(child.type, child.content) for child in token.children or []]
    return found


def test_link_image_footnote_heading_and_comment_syntax_from_a_source_stays_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/hostile.txt").write_text(HOSTILE_MARKDOWN, "utf-8")
    files = build("news", "--format", "md,json,html")
    data = json.loads(files[".json"].read_text("utf-8"))
    quotes = " ".join(c["quote"] for c in data["citations"].values())
    assert "![](http://tracker" in quotes and "<!-- nascosto -->" in quotes and "[^c1]" in quotes  # cited

    markdown = files[".md"].read_text("utf-8")
    active = [
        (kind, content)
        for kind, content in tokens(markdown)
        if kind in {"image", "link_open", "html_inline", "html_block"} and content != "<br>"  # ours
    ]
    assert active == []
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    # a source's `#` starts no heading (a storyline's title may name the government, in its own words)
    assert all("governo ha approvato" not in line for line in headings)
    references = set(re.findall(r"(?<!\\)\[\^(\w+)\](?!:)", markdown))
    assert references <= set(data["citations"])  # footnote markers are the briefing's own only
    code = [content for kind, content in tokens(markdown) if kind == "code_inline"]
    assert "codice" not in code
    assert "www\\.example.org" in markdown and "http:\\/\\/tracker" in markdown  # no autolink either

    for path in (files[".md"], files[".html"]):
        text = path.read_text("utf-8")
        assert "\u202e" not in text and "\u202c" not in text, path.name
        assert "U+202E" in text, path.name  # shown, not obeyed


ODD_NAMES = [b"caf\xe9-latin1.txt", b"new\nline.txt", b"back`tick``s`.txt", b"rtl-\xe2\x80\xaetxt.md"]
BODY = "Il ministro ha incontrato oggi a Roma i sindaci di molti comuni per discutere il bilancio."


def test_file_names_of_any_bytes_break_no_format_and_no_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    for day, name in enumerate(ODD_NAMES, start=1):
        with open(b"news/" + name, "w", encoding="utf-8") as stream:
            stream.write(f"date 2025-06-0{day} Agenzia – {BODY}\n")
    files = build("news", "--format", "md,json,html,pdf")
    assert set(files) == {".md", ".json", ".html", ".pdf"}
    data = json.loads(files[".json"].read_text("utf-8"))
    assert sorted(s["source"] for s in data["sources"]) == [
        "news/back`tick``s`.txt",
        "news/caf\\xe9-latin1.txt",  # the byte that is not UTF-8, written out
        "news/new\nline.txt",
        "news/rtl-\u202etxt.md",
    ]
    markdown = files[".md"].read_text("utf-8")
    assert "```news/back`tick``s`.txt```" in markdown  # a code span no backtick in the name can end
    assert "`news/new<U+000A>line.txt`" in markdown and "\nline.txt" not in markdown
    assert "\u202e" not in markdown and "\u202e" not in files[".html"].read_text("utf-8")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # check finds the sources beside the briefing, from any folder
    checked = runner.invoke(app, ["check", str(tmp_path / files[".json"])])
    assert checked.exit_code == 0, checked.output
    assert f"{len(data['citations'])} citations verified" in checked.output


def test_a_file_name_with_terminal_escapes_is_shown_inert_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("news").mkdir()
    Path("news/ok.txt").write_text(f"date 2025-06-01 Agenzia – {BODY}\n", "utf-8")
    Path("news/\x1b[2J\x1b[31mred\u202e.txt").write_text("", "utf-8")  # empty: skipped, and named
    result = runner.invoke(app, ["build", "news", "--out", "out", "--format", "md"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "news/<U+001B>[2J<U+001B>[31mred<U+202E>.txt: is empty" in result.stderr
