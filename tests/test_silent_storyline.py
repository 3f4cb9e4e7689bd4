"""A storyline none of whose statements may be printed leads nothing (hand-written articles): the
newest article here is a profile whose every sentence leans on one the briefing cannot show, and
the header once said "Leading below: 1" over a body with no storyline in it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from briefing.cli import app

ARTICLES = {
    "profilo.txt": """date 2025-03-31
Chi è Marco Lenti, l'uomo alla guida dell'auto

«Abbiamo visto l'auto che arrivava veloce e non si è fermata», ha raccontato un testimone.
Domani alle 9.30 è attesa l'udienza di convalida del fermo.
Il trentenne di Fenegrò guidava con il piede destro ingessato.
Faceva il corriere e si era infortunato durante una consegna.
""",
    "moda.txt": """date 2024-09-30
La nuova collezione di Valentino

Domenica 29 settembre Valentino ha presentato a Parigi la collezione disegnata da Aldo Neri.
La sfilata si è tenuta nel giardino di un palazzo del centro di Parigi.
""",
    "cinema.txt": """date 2024-09-30
I sessant'anni di Lina Sarti

L'attrice Lina Sarti ha compiuto sessant'anni e ha annunciato un nuovo film con il regista Paolo Conti.
Il film di Paolo Conti sarà girato a Roma nella primavera del 2025.
""",
}


def test_a_storyline_with_nothing_printable_is_not_said_to_lead(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    for name, text in ARTICLES.items():
        (news / name).write_text(text, "utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(news), "--out", str(out), "--format", "md,json"])
    assert result.exit_code == 0, result.output
    (path,) = out.glob("briefing-*.json")
    briefing = json.loads(path.read_text("utf-8"))
    profile = next(s for s in briefing["storylines"] if any(p.endswith("profilo.txt") for p in s["sources"]))
    printed_under = {section.get("storyline") for section in briefing["sections"] if section["statements"]}
    assert profile["id"] not in printed_under  # nothing of the profile reads alone
    assert not profile["lead"]
    leading = [s["id"] for s in briefing["storylines"] if s["lead"]]
    assert all(s in printed_under for s in leading)  # a storyline said to lead has its block
    if not leading:
        assert "None leads below" in briefing["overview"]
    assert "1 leads below" not in briefing["overview"]
    (markdown,) = out.glob("briefing-*.md")
    assert "1 more background story is not shown" in markdown.read_text("utf-8")
