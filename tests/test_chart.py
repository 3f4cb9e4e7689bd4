"""The timeline chart and the source map: structure on the seeds (golden), legibility at scale."""

from __future__ import annotations

import datetime as dt
import random
import xml.etree.ElementTree as ET
from itertools import pairwise

import pytest

from briefing.chart import (
    CLUSTER_PX,
    LABEL_GAP,
    LANES,
    UNDATED_ROWS,
    source_map_layout,
    source_map_svg,
    text_width,
    timeline_layout,
    timeline_svg,
)
from briefing.compose import ComposeOptions, compose
from briefing.models import Briefing, Citation, Period, Section, SourceInfo, Statement
from briefing.render import render_html
from seed_facts import articles, seed_facts

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return compose(articles(), seed_facts(), ComposeOptions())


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def marks(root: ET.Element) -> list[ET.Element]:
    return [a for a in root.iter(f"{SVG}a") if "mark" in a.get("class", "").split()]


def test_golden_marks_on_the_seeds(briefing: Briefing) -> None:
    """Nov 2024 → Apr 2025 → Feb 2026 → (as of 3 Apr 2026) → the 8 April meeting, each mark at its
    date's precision, linking to its first statement."""
    root = parse(timeline_svg(briefing))
    found = [
        (a.get("data-date"), a.get("data-precision"), a.get("data-ids"), "scheduled" in a.get("class", ""))
        for a in marks(root)
    ]
    # Since storylines (issue 13) the body prints each fact once: the dated facts that became
    # key points or positions (Apr 2025, Feb 2026) are not in a timeline section any more.
    # The 2024 fact ("nei primi tre mesi del 2024 … 20 miliardi") is cut from the middle of its
    # sentence in these hand-built facts: it cannot be read alone, so it is not printed (issue 15).
    assert found == [
        ("2024-11", "month", "T1", False),  # Rutte meets Trump in Florida
        ("2024-11-07", "day", "T2", False),  # Budapest: Rutte backs spending beyond 2%
        # the press conference in Brussels: a development of its day, no key point (it says that
        # Rutte spoke, not what)
        ("2026-02-11", "day", "T3", False),
        ("2026-04-08", "day", "O1 O2", True),  # Rutte meets Trump; talks with Rubio and Hegseth
    ]
    for a in marks(root):
        assert a.get("href") == "#" + (a.get("data-ids") or "").split()[0]
    html = render_html(briefing)
    for a in marks(root):
        assert f'id="{(a.get("data-ids") or "").split()[0]}"' in html


def test_a_day_is_a_point_a_month_or_year_a_band(briefing: Briefing) -> None:
    for a in marks(parse(timeline_svg(briefing))):
        shapes = [child.tag.removeprefix(SVG) for child in a if child.tag != f"{SVG}title"]
        expected = "circle" if a.get("data-precision") == "day" else "rect"
        assert shapes[0] == expected, a.attrib


def test_the_as_of_line_separates_what_happened_from_what_is_scheduled(briefing: Briefing) -> None:
    layout = timeline_layout(briefing)
    assert layout is not None
    past = [m for m in layout.marks if not m.scheduled]
    coming = [m for m in layout.marks if m.scheduled]
    assert max(m.x1 for m in past) < layout.as_of_x < min(m.x0 for m in coming)
    assert layout.as_of_label == "as of 3 Apr 2026"
    root = parse(timeline_svg(briefing))
    assert [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "as-of-label"] == [
        "as of 3 Apr 2026"
    ]
    # drawn before (under) every label, whose white ground breaks it: it strikes through no caption
    order = [e.get("class") for e in root.iter() if e.get("class") in ("as-of", "label")]
    assert order[0] == "as-of" and order.count("label") >= 1


def test_the_undated_article_is_listed_beside_the_axis_not_on_it(briefing: Briefing) -> None:
    root = parse(timeline_svg(briefing))
    undated_ids = [s.id for sec in briefing.sections if sec.key == "undated" for s in sec.statements]
    listed = [a.get("href") for a in root.iter(f"{SVG}a") if a.get("class") == "undated-item"]
    assert listed == [f"#{sid}" for sid in undated_ids]
    assert any(g.get("class") == "undated-source" for g in root.iter(f"{SVG}g"))
    on_axis = {i for a in marks(root) for i in (a.get("data-ids") or "").split()}
    assert not on_axis & set(undated_ids)


def test_publications_are_drawn_apart_from_events(briefing: Briefing) -> None:
    root = parse(timeline_svg(briefing))
    bars = [g for g in root.iter(f"{SVG}g") if g.get("class") == "publication"]
    assert len(bars) == 4  # four dated articles; the undated one is not drawn
    titles = sorted(g.find(f"{SVG}title").text or "" for g in bars)  # type: ignore[union-attr]
    assert titles == sorted(
        [
            "Published: Nov 2024 (1)",
            "Published: 2 Apr 2025 (1)",
            "Published: 11 Feb 2026 (1)",
            "Published: 3 Apr 2026 (1)",
        ]
    )


def test_labels_are_in_the_briefings_language(briefing: Briefing) -> None:
    italian = compose(articles(), seed_facts(), ComposeOptions(language="it"))
    svg = timeline_svg(italian)
    assert "aggiornato al 3 apr 2026" in svg and "Senza data" in svg and "Pubblicazioni" in svg
    assert "as of" not in svg


def test_a_script_in_an_article_is_text_in_the_chart() -> None:
    b = synthetic(days=3, statements=4, sources=2, text="<script>alert(1)</script> Rutte")
    svg = timeline_svg(b) + source_map_svg(b)
    assert "<script" not in svg
    parse(timeline_svg(b))


def test_the_source_map_shows_what_rests_on_one_source(briefing: Briefing) -> None:
    layout = source_map_layout(briefing)
    assert layout is not None
    statements = [s for sec in briefing.sections for s in sec.statements]
    assert [c[0] for c in layout.columns] == [s.id for s in statements]
    merged = next(s for s in statements if s.sources_count == 2 and s.kind == "position")
    assert merged.id not in layout.single_source
    assert "K1" in layout.single_source  # the Washington visit: one article
    assert layout.rows[0][1] == "1. AgenPress · Nov 2024"
    # with no outlet, its headline (cut to fit), never the date
    assert layout.rows[1][1].startswith("2. Il segretario Usa Rubio") and layout.rows[1][1].endswith(
        " · 2 Apr 2025"
    )
    root = parse(source_map_svg(briefing))
    diamonds = [p.get("data-id") for p in root.iter(f"{SVG}path") if p.get("class") == "single-source"]
    assert diamonds == layout.single_source


# --- legibility at scale -----------------------------------------------------------------------


def synthetic(
    days: int,
    statements: int,
    sources: int,
    start: dt.date = dt.date(2026, 3, 2),
    undated: int = 0,
    text: str = "Ministers met in Brussels to discuss the defence budget and the next summit",
) -> Briefing:
    """A briefing over `days` days: `sources` articles, `statements` dated statements (some after
    the as-of date), `undated` undated ones; every statement cites one or two articles."""
    rng = random.Random(7)
    as_of = start + dt.timedelta(days=days - 1)
    infos = [
        SourceInfo(
            source=f"news/{n:05d}.txt",
            sha256=f"{n:064x}",
            encoding="utf-8",
            title=f"Article {n}",
            outlet=f"Outlet {n % 37}",
            published=(start + dt.timedelta(days=rng.randrange(days))).isoformat(),
        )
        for n in range(sources)
    ]
    citations: dict[str, Citation] = {}

    def cite() -> list[str]:
        ids = []
        for info in rng.sample(infos, k=min(len(infos), rng.choice([1, 1, 2]))):
            cid = f"c{len(citations) + 1}"
            citations[cid] = Citation(source=info.source, start=0, end=4, quote="text", line=1)
            ids.append(cid)
        return ids

    timeline: list[Statement] = []
    outlook: list[Statement] = []
    for n in range(statements):
        day = start + dt.timedelta(days=rng.randrange(days + max(1, days // 5)))
        precise = rng.random() < 0.85
        date = day.isoformat() if precise else day.isoformat()[:7]
        statement = Statement(text=f"{text} {n}", citations=cite(), date=date)
        (outlook if day > as_of and precise else timeline).append(statement)
    timeline.sort(key=lambda s: s.date or "")
    outlook.sort(key=lambda s: s.date or "")
    for n, s in enumerate(timeline, start=1):
        s.id = f"T{n}"
    for n, s in enumerate(outlook, start=1):
        s.id = f"O{n}"
    loose = [
        Statement(id=f"U{n}", text=f"Undated report {n}", citations=cite()) for n in range(1, undated + 1)
    ]
    sections = [Section(heading="Timeline", key="timeline", statements=timeline)]
    if outlook:
        sections.append(Section(heading="Outlook", key="outlook", statements=outlook))
    if loose:
        sections.append(Section(heading="Undated reports", key="undated", statements=loose))
    return Briefing(
        title="Synthetic",
        as_of=as_of.isoformat(),
        period=Period(start=start.isoformat(), end=as_of.isoformat()),
        sections=sections,
        citations=citations,
        sources=infos,
    )


def assert_legible(b: Briefing) -> None:
    layout = timeline_layout(b)
    assert layout is not None
    # Labels: inside the plot, and never overlapping within a lane (lanes are a line apart).
    lanes: dict[int, list[tuple[float, float]]] = {}
    for label in layout.labels:
        assert layout.left - 0.5 <= label.x0 and label.x1 <= layout.right + 0.5, label.text
        assert 0 <= label.lane < LANES
        assert abs(label.x1 - label.x0 - text_width(label.text)) < 0.01
        lanes.setdefault(label.lane, []).append((label.x0, label.x1))
    for boxes in lanes.values():
        boxes.sort()
        for (_, end), (start, _) in pairwise(boxes):
            assert start >= end + LABEL_GAP - 0.01
    # Tick labels do not overlap either.
    for left, right in pairwise(layout.ticks):
        assert right.x0 >= left.x1 + LABEL_GAP - 0.01
    assert len(layout.ticks) >= 2
    # Points closer than a few pixels are merged, so marks never pile up.
    points = sorted(m.x for m in layout.marks if m.is_point and not m.scheduled)
    assert all(b - a >= CLUSTER_PX - 0.01 for a, b in pairwise(points))
    # Every statement on the axis is reachable from exactly one mark.
    on_axis = [i for m in layout.marks for i in m.ids]
    on_the_axis = [sec for sec in b.sections if sec.key in ("timeline", "outlook")]
    expected = [s.id or "" for sec in on_the_axis for s in sec.statements]
    assert sorted(on_axis) == sorted(expected)
    assert len(layout.undated) <= UNDATED_ROWS
    svg = timeline_svg(b)
    parse(svg)
    assert len(svg) < 400_000


def test_a_thousand_articles_over_one_week_stay_legible() -> None:
    b = synthetic(days=7, statements=400, sources=1000, undated=25)
    assert_legible(b)
    layout = timeline_layout(b)
    assert layout is not None
    assert len(layout.publications) <= 7  # one bar per day
    assert sum(bar.count for bar in layout.publications) == 1000
    assert len(layout.marks) <= 60
    assert layout.labels  # the busiest days are labelled
    assert layout.undated_more == 25 + 0 - UNDATED_ROWS


def test_five_articles_over_eighteen_months_stay_legible() -> None:
    b = synthetic(days=540, statements=20, sources=5, start=dt.date(2024, 11, 1))
    assert_legible(b)


def test_many_distinct_days_over_eighteen_months_thin_the_labels() -> None:
    b = synthetic(days=540, statements=300, sources=200, start=dt.date(2024, 11, 1), undated=3)
    assert_legible(b)
    layout = timeline_layout(b)
    assert layout is not None
    assert len(layout.labels) < len(layout.marks)  # thinned, not piled


def test_the_source_map_caps_its_rows_and_counts_the_rest() -> None:
    b = synthetic(days=7, statements=60, sources=1000)
    layout = source_map_layout(b)
    assert layout is not None
    assert len(layout.rows) == 40 and layout.more_rows > 0
    parse(source_map_svg(b))
