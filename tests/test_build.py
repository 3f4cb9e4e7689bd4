"""Dated briefings: --since/--until windows, --every week|month series and their index."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from briefing.build import facts_of, in_window, split_periods
from briefing.cli import app
from briefing.models import Article
from seed_facts import article, date, seed_facts

runner = CliRunner()


def dated(source: str, published: str | None) -> Article:
    return Article(
        source=source,
        text="x",
        sha256="0" * 64,
        encoding="utf-8",
        published=date(published) if published else None,
    )


def test_a_date_is_in_a_window_when_it_overlaps_it_at_its_own_precision() -> None:
    assert in_window(date("2024-11"), date("2024-11-20"), None)
    assert not in_window(date("2024-10"), date("2024-11-01"), None)
    assert in_window(date("2025-04-02"), None, date("2025-04"))
    assert not in_window(date("2025-05-01"), None, date("2025-04"))
    assert in_window(None, date("2030"), date("2030"))  # undated: kept, and labelled by compose


def test_a_date_is_after_or_before_another_only_when_every_day_of_it_is() -> None:
    assert date("2024-10").after(date("2024-09-30"))
    assert not date("2024-09").after(date("2024-09-15"))  # at the coarser precision: not strictly
    assert not date("2024-09-15").after(date("2024-09"))
    assert date("2023").before(date("2024-01-01"))
    assert not date("2024-12-31").before(date("2024"))


def test_month_periods_hold_each_article_by_the_last_day_its_date_can_mean() -> None:
    articles = [
        dated("a", "2024-11"),
        dated("b", "2025-04-02"),
        dated("c", "2025-04-30"),
        dated("d", "2026-02-11"),
        dated("e", None),
    ]
    periods = split_periods(articles, "month")
    assert [(p.name, p.label, [a.source for a in p.articles]) for p in periods] == [
        ("briefing-2024-11", "November 2024", ["a"]),
        ("briefing-2025-04", "April 2025", ["b", "c"]),
        ("briefing-2026-02", "February 2026", ["d", "e"]),  # the undated one goes to the latest
    ]
    assert (periods[1].since.iso(), periods[1].until.iso()) == ("2025-04", "2025-04")


def test_week_periods_are_iso_weeks_and_a_month_dated_article_waits_for_its_last_week() -> None:
    periods = split_periods([dated("a", "2024-11"), dated("b", "2025-04-02")], "week", language="it")
    assert [(p.name, p.label, p.since.iso(), p.until.iso()) for p in periods] == [
        ("briefing-2024-W48", "Settimana 48 del 2024", "2024-11-25", "2024-12-01"),
        ("briefing-2025-W14", "Settimana 14 del 2025", "2025-03-31", "2025-04-06"),
    ]


def test_facts_dated_before_the_window_are_left_out_and_later_ones_kept_as_outlook() -> None:
    facts = seed_facts()
    kept = facts_of([article("000"), article("002")], facts, since=date("2024-11"))
    ids = {f.id for f in kept}
    assert "000-3" not in ids  # February 2024: before the window
    assert {"000-1", "000-4", "002-1", "002-2"} <= ids  # in it, or scheduled after it
    assert not ids & {f.id for f in facts if f.id.startswith(("001", "003", "004"))}
    merged_claim = [f for f in kept if f.id == "000-6"]
    assert merged_claim and all(
        e.source.endswith("000_c81cc95113a03d59.txt") for e in merged_claim[0].evidence
    )


def test_every_month_writes_one_briefing_per_month_and_an_index(workdir: Path) -> None:
    result = runner.invoke(
        app,
        [
            "build",
            "seeds/",
            "--out",
            "out",
            "--every",
            "month",
            "--format",
            "md,json,html",
            "--concurrency",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (workdir / "out").iterdir())
    stems = ["briefing-2024-11", "briefing-2025-04", "briefing-2026-02", "briefing-2026-04"]
    assert names == sorted(
        [f"{s}.{e}" for s in stems for e in ("md", "json", "html")] + ["index.html", "index.json", "index.md"]
    )
    index = json.loads((workdir / "out" / "index.json").read_text("utf-8"))
    assert index["schema"] == "briefing-index/1" and index["every"] == "month"
    assert [row["name"] for row in index["briefings"]] == stems
    assert [row["as_of"] for row in index["briefings"]] == [
        "2024-11",
        "2025-04-02",
        "2026-02-11",
        "2026-04-03",
    ]
    assert index["briefings"][-1]["undated_articles"] == 1 and index["undated_articles"] == 1
    april = json.loads((workdir / "out" / "briefing-2025-04.json").read_text("utf-8"))
    assert april["title"] == "Briefing — April 2025 (as of 2 April 2025)"
    assert april["window"] == {"start": "2025-04", "end": "2025-04"}
    assert [Path(s["source"]).name[:3] for s in april["sources"]] == ["001"]
    md = (workdir / "out" / "index.md").read_text("utf-8")
    assert "[md](briefing-2025-04.md)" in md and "**April 2025**" in md
    for stem in stems:
        ok = runner.invoke(app, ["check", f"out/{stem}.json"])
        assert ok.exit_code == 0, ok.output
    whole = runner.invoke(app, ["check", "out/index.json"])
    assert whole.exit_code == 0 and "OK" in whole.output


def test_since_and_until_select_articles_and_set_the_as_of_date(workdir: Path) -> None:
    result = runner.invoke(
        app, ["build", "seeds/", "--out", "out", "--since", "2025-01", "--until", "2025-12"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads((workdir / "out" / "briefing-2025-12.json").read_text("utf-8"))
    assert data["as_of"] == "2025-12" and data["window"] == {"start": "2025-01", "end": "2025-12"}
    assert sorted(Path(s["source"]).name[:3] for s in data["sources"]) == ["001", "004"]
    assert data["period"]["start"] == "2025-01-01"
    md = (workdir / "out" / "briefing-2025-12.md").read_text("utf-8")
    assert "Articles published since January 2025 until December 2025" in md


def test_an_empty_window_is_a_clear_error(workdir: Path) -> None:
    result = runner.invoke(app, ["build", "seeds/", "--out", "out", "--since", "2030", "--until", "2031"])
    assert result.exit_code == 1
    assert "no article falls in the requested --since/--until window" in result.stderr


def test_every_with_as_of_is_a_usage_error(workdir: Path) -> None:
    result = runner.invoke(app, ["build", "seeds/", "--every", "month", "--as-of", "2026-01-01"])
    assert result.exit_code == 2


def test_help_documents_the_window_semantics() -> None:
    result = runner.invoke(app, ["build", "--help"])
    text = " ".join(result.output.split())
    assert "undated articles are kept and labelled" in text
    assert "briefing-2025-04" in text and "index.md" in text
