"""Two static pictures of a briefing, as inline SVG (no JavaScript, no external assets):

- `timeline_chart`: events on a date axis at their precision (a day is a point, a month or a year
  a band), publications in their own strip below the axis, the as-of date as a line, scheduled
  events after it drawn hollow and dashed, and undated items (and those dated only by when they
  were announced or reported) listed beside the axis, not on it.
  Each mark links to its statement (`#T3`), which links to its citations.
- `source_map`: which source supports which statement, so what rests on one source shows.

Both are computed as a layout first (plain data, testable: marks, labels with their boxes) and
then written as SVG. Legibility holds at any scale: marks closer than `CLUSTER_PX` merge into one
mark with a count, labels go into a few lanes and are shortened or left out when no lane has room
(the mark keeps its tooltip and link), tick labels are spaced by their width, and publications are
a histogram by day or by pixel bucket. Everything is greyscale-safe: shape and fill carry meaning,
colour only repeats it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from briefing.i18n import format_date, labels
from briefing.models import Briefing, PartialDate, Statement

WIDTH = 720
UNDATED_WIDTH = 190
FONT = 10.5
LANE_HEIGHT = 15.0
LANES = 4
CLUSTER_PX = 12.0  # at least two radii of the largest point mark: merged marks never overlap
MAX_RADIUS = 6.0
BAND_H = 6.0
LABEL_GAP = 6.0
MIN_BAND_PX = 5.0
CAPTION_CHARS = 26
UNDATED_ROWS = 8
PUB_STRIP = 26.0

INK = "#1b1b1b"
MID = "#6b6b6b"
LIGHT = "#c9c9c9"
LEADER = "#a0a0a0"
ACCENT = "#1f4e79"


# --- text metrics (DejaVu Sans, the font both chromium and weasyprint fall back to here) ---------


def text_width(text: str, size: float = FONT) -> float:
    """A generous estimate of the rendered width, so labels judged apart never touch."""
    width = 0.0
    for char in text:
        if char in "iljI.,:;'|!·()[] ":
            width += 0.34
        elif char in "MWmw@%—→":
            width += 0.92
        elif char.isupper() or char.isdigit():
            width += 0.70
        else:
            width += 0.62
    return width * size


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(",;:.–- ") + "…"


# --- layout ------------------------------------------------------------------------------------


@dataclass
class Item:
    """One dated statement to place: its anchor, date, text, and whether it is scheduled."""

    id: str
    date: PartialDate
    text: str
    scheduled: bool


@dataclass
class Mark:
    ids: list[str]
    date: PartialDate
    x0: float
    x1: float
    scheduled: bool
    titles: list[str]
    row: int = 0
    clipped: tuple[bool, bool] = (False, False)  # a band running past the axis' start or end

    @property
    def is_point(self) -> bool:
        return self.date.precision == "day"

    @property
    def count(self) -> int:
        return len(self.ids)

    @property
    def x(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Label:
    text: str
    x0: float
    x1: float
    lane: int
    mark: Mark
    anchor: float  # where the leader line meets the mark
    y: float = 0.0


@dataclass
class Tick:
    x: float
    text: str
    x0: float = 0.0
    x1: float = 0.0


@dataclass
class PublicationBar:
    x0: float
    x1: float
    count: int
    title: str
    precision: str


@dataclass
class UndatedEntry:
    id: str | None
    text: str
    title: str


@dataclass
class TimelineLayout:
    width: float
    height: float
    left: float
    right: float
    axis_y: float
    start: dt.date
    end: dt.date
    as_of_x: float
    as_of_label: str
    marks: list[Mark]
    labels: list[Label]
    ticks: list[Tick]
    publications: list[PublicationBar]
    undated: list[UndatedEntry]
    undated_more: int
    language: str
    words: dict[str, str] = field(repr=False)


def _items(briefing: Briefing) -> tuple[list[Item], list[Statement]]:
    """(dated timeline and outlook statements, statements that have no place on the axis)."""
    items: list[Item] = []
    off_axis: list[Statement] = []
    for section in briefing.sections:
        if section.key not in ("timeline", "outlook"):
            if section.key == "undated":
                off_axis.extend(section.statements)
            continue
        for statement in section.statements:
            # a date that is only when it was announced or reported is no day on the events' axis
            if statement.date and statement.date_basis not in ("announced", "reported") and statement.id:
                items.append(
                    Item(
                        statement.id,
                        PartialDate.parse(statement.date),
                        statement.text,
                        section.key == "outlook",
                    )
                )
            else:
                off_axis.append(statement)
    return items, off_axis


def _publications(briefing: Briefing) -> list[PartialDate]:
    return [PartialDate.parse(s.published) for s in briefing.sources if s.published]


class _Scale:
    def __init__(self, start: dt.date, end: dt.date, left: float, right: float) -> None:
        self.start, self.end, self.left, self.right = start, end, left, right
        self.days = max(1, (end - start).days)

    def __call__(self, day: dt.date, fraction: float = 0.0) -> float:
        offset = (day - self.start).days + fraction
        return self.left + (self.right - self.left) * offset / self.days


def _domain(
    items: list[Item], publications: list[PartialDate], as_of: PartialDate
) -> tuple[dt.date, dt.date]:
    """The days the axis spans: the as-of date and every dated item and publication, padded. A month
    or a year that overlaps what the days already span does not widen it (a week's briefing with
    one "March" item stays a week; the band is clipped at the edge, with an arrow); one that lies
    apart does (November 2024 before a run of 2025 days). With scheduled items, at least a tenth of
    the axis lies after the as-of date, so what is coming stands apart from what happened."""
    dates = [i.date for i in items] + publications + [as_of]
    days = [d for d in dates if d.precision == "day"]
    if days and (max(d.last_day() for d in days) - min(d.first_day() for d in days)).days >= 7:
        low, high = min(d.first_day() for d in days), max(d.last_day() for d in days)
        spans = days + [d for d in dates if d.last_day() < low or d.first_day() > high]
    else:
        spans = dates
    first = min(d.first_day() for d in spans)
    last = max(d.last_day() for d in spans)
    span = max(7, (last - first).days)
    if any(i.scheduled for i in items):
        last = max(last, as_of.last_day() + dt.timedelta(days=math.ceil(span * 0.1)))
        span = (last - first).days
    pad = max(2, math.ceil(span * 0.03))
    return first - dt.timedelta(days=pad), last + dt.timedelta(days=pad + 1)


def _place(date: PartialDate, scale: _Scale) -> tuple[float, float]:
    """(x0, x1) of a date: one x for a day, the whole span (at least `MIN_BAND_PX`) otherwise."""
    if date.precision == "day":
        x = scale(date.first_day(), 0.5)
        return x, x
    x0, x1 = scale(date.first_day()), scale(date.last_day(), 1.0)
    if x1 - x0 < MIN_BAND_PX:
        middle = (x0 + x1) / 2
        x0, x1 = middle - MIN_BAND_PX / 2, middle + MIN_BAND_PX / 2
    return x0, x1


def _clip(mark: Mark, left: float, right: float) -> None:
    clipped = (mark.x0 < left, mark.x1 > right)
    mark.x0, mark.x1 = max(mark.x0, left), min(mark.x1, right)
    if mark.x1 - mark.x0 < MIN_BAND_PX:  # a band wholly outside the axis: a stub at the edge
        mark.x0, mark.x1 = (left, left + MIN_BAND_PX) if clipped[0] else (right - MIN_BAND_PX, right)
    mark.clipped = clipped


def _cluster(items: list[Item], scale: _Scale) -> list[Mark]:
    """Marks in x order. A point closer than `CLUSTER_PX` to the start of the previous point mark
    (of the same kind: happened or scheduled) joins it, and the mark stays where its first point is,
    so point marks are at least `CLUSTER_PX` apart. Bands of the same period are one mark; bands
    that overlap go on separate rows above the axis."""
    order = {id(item): index for index, item in enumerate(items)}
    ordered = sorted(items, key=lambda i: (i.date.sort_key(), order[id(i)]))
    points: list[Mark] = []
    last_point: dict[bool, Mark] = {}
    bands: dict[tuple[str, bool], Mark] = {}
    for item in ordered:
        x0, x1 = _place(item.date, scale)
        if item.date.precision == "day":
            mark = last_point.get(item.scheduled)
            if mark is not None and x0 - mark.x0 < CLUSTER_PX:
                mark.ids.append(item.id)
                mark.titles.append(item.text)
                continue
            mark = Mark([item.id], item.date, x0, x0, item.scheduled, [item.text])
            points.append(mark)
            last_point[item.scheduled] = mark
        else:
            key = (item.date.iso(), item.scheduled)
            if key in bands:
                bands[key].ids.append(item.id)
                bands[key].titles.append(item.text)
            else:
                bands[key] = Mark([item.id], item.date, x0, x1, item.scheduled, [item.text])
    row_ends: list[float] = []
    for band in sorted(bands.values(), key=lambda m: (m.x0, m.x1)):
        _clip(band, scale.left, scale.right)
        for row, end in enumerate(row_ends):
            if band.x0 >= end + 1:
                band.row, row_ends[row] = row, band.x1
                break
        else:
            band.row = len(row_ends)
            row_ends.append(band.x1)
    return sorted(points + list(bands.values()), key=lambda m: (m.x0, not m.is_point))


def _mark_caption(mark: Mark, language: str, words: dict[str, str], full: bool) -> str:
    """`8 Apr 2026 · Rutte incontrerà Trump…` (+2 when the mark stands for three statements);
    the date alone when space is short."""
    date = format_date(mark.date, language, short=True)
    more = f" (+{mark.count - 1})" if mark.count > 1 else ""
    if not full:
        return f"{date}{more}"
    return f"{date} · {shorten(mark.titles[0], CAPTION_CHARS)}{more}"


def _priority(mark: Mark) -> tuple[int, int, float]:
    """Which marks get a label first: more statements, then finer dates, then the later."""
    finer = {"day": 0, "month": 1, "year": 2}[mark.date.precision]
    return (-mark.count, finer, -mark.x)


def _anchors(mark: Mark, width: float) -> list[tuple[float, float]]:
    """(label start, leader x) candidates: centred over the mark, then to its right, then to its
    left; along a band, also at its quarters."""
    spots = (
        [mark.x]
        if mark.is_point
        else [mark.x, mark.x0 + (mark.x1 - mark.x0) / 4, mark.x1 - (mark.x1 - mark.x0) / 4]
    )
    found = []
    for x in spots:
        found += [(x - width / 2, x), (x - 4, x), (x + 4 - width, x)]
    return found


def _labels(
    marks: list[Mark], left: float, right: float, language: str, words: dict[str, str]
) -> list[Label]:
    """Labels in up to `LANES` lanes above the axis, most important marks first: the full caption
    where it fits, else the date alone, else none (the mark keeps its tooltip and link). By
    construction no two labels in a lane come within `LABEL_GAP` of each other. Labels are drawn on
    a white ground, so a leader line passing behind one never strikes through its text."""
    boxes: list[list[tuple[float, float]]] = [[] for _ in range(LANES)]
    placed: list[Label] = []

    def free(lane: int, x0: float, x1: float) -> bool:
        return not any(x0 < b1 + LABEL_GAP and b0 < x1 + LABEL_GAP for b0, b1 in boxes[lane])

    for mark in sorted(marks, key=_priority):
        done = False
        for full in (True, False):
            text = _mark_caption(mark, language, words, full)
            width = text_width(text)
            for lane in range(LANES):
                for start, anchor in _anchors(mark, width):
                    x0 = min(max(start, left), right - width)
                    if not x0 - 0.5 <= anchor <= x0 + width + 0.5 or not free(lane, x0, x0 + width):
                        continue
                    boxes[lane].append((x0, x0 + width))
                    placed.append(Label(text, x0, x0 + width, lane, mark, anchor))
                    done = True
                    break
                if done:
                    break
            if done:
                break
    return sorted(placed, key=lambda label: label.x0)


_STEPS = [  # (unit, count): candidate tick intervals, finest first
    ("day", 1),
    ("day", 2),
    ("week", 1),
    ("week", 2),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 25),
    ("year", 50),
    ("year", 100),
]


def _tick_dates(start: dt.date, end: dt.date, unit: str, count: int) -> list[dt.date]:
    dates: list[dt.date] = []
    if unit in ("day", "week"):
        step = count * (7 if unit == "week" else 1)
        day = start + dt.timedelta(days=(-start.weekday()) % 7) if unit == "week" else start
        while day <= end:
            dates.append(day)
            day += dt.timedelta(days=step)
    elif unit == "month":
        year, month = start.year, start.month
        while True:
            if (month - 1) % count == 0:
                day = dt.date(year, month, 1)
                if day > end:
                    break
                if day >= start:
                    dates.append(day)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            if dt.date(year, month, 1) > end:
                break
    else:
        year = start.year + (-start.year) % count
        while dt.date(year, 1, 1) <= end:
            if dt.date(year, 1, 1) >= start:
                dates.append(dt.date(year, 1, 1))
            year += count
    return dates


def _tick_text(day: dt.date, unit: str, first: bool, language: str) -> str:
    if unit == "year":
        return str(day.year)
    if unit == "month":
        if first or day.month == 1:
            return format_date(PartialDate(year=day.year, month=day.month), language, short=True)
        return format_date(PartialDate(year=day.year, month=day.month), language, short=True).split()[0]
    text = format_date(day, language, short=True)
    return text if first or (day.month == 1 and day.day <= 7 * 2) else text.rsplit(" ", 1)[0]


def _ticks(scale: _Scale, language: str) -> list[Tick]:
    """The finest interval whose labels fit side by side; any label that would still touch its
    neighbour is left out."""
    for unit, count in _STEPS:
        dates = _tick_dates(scale.start, scale.end, unit, count)
        if len(dates) < 2:
            continue
        spacing = (scale.right - scale.left) * (dates[1] - dates[0]).days / scale.days
        texts = [
            _tick_text(d, unit, False, language) for d in dates
        ]  # the first, longer, may drop its neighbour
        if spacing >= max(text_width(t) for t in texts) + LABEL_GAP:
            break
    ticks: list[Tick] = []
    last_end = -math.inf
    for index, day in enumerate(dates):
        x = scale(day)
        text = _tick_text(day, unit, index == 0, language)
        width = text_width(text)
        x0 = max(x - width / 2, scale.left - 8)
        if x0 >= last_end + LABEL_GAP and x0 + width <= scale.right + 12:
            ticks.append(Tick(x, text, x0, x0 + width))
            last_end = x0 + width
    return ticks


def _publication_bars(
    dates: list[PartialDate], scale: _Scale, language: str, words: dict[str, str]
) -> list[PublicationBar]:
    """A histogram of publication dates: one bar per day (or per couple of pixels when days are
    finer than that); dates known only to the month or year are drawn as a band outline."""
    buckets: dict[tuple[str, int], list[PartialDate]] = {}
    bucket_px = max(2.0, (scale.right - scale.left) / scale.days)
    for date in dates:
        if date.precision == "day":
            key = ("day", int(scale(date.first_day(), 0.5) // bucket_px))
        else:
            key = (date.iso(), 0)
        buckets.setdefault(key, []).append(date)
    bars = []
    for (kind, index), items in sorted(buckets.items(), key=lambda kv: kv[1][0].sort_key()):
        first, last = items[0], max(items, key=PartialDate.sort_key)
        if kind == "day":
            x0 = index * bucket_px
            x1 = x0 + max(bucket_px - 0.5, 1.5)
            precision = "day"
        else:
            x0, x1 = _place(first, scale)
            precision = first.precision
        when = format_date(first, language, short=True)
        if last != first:
            when += " – " + format_date(last, language, short=True)
        bars.append(
            PublicationBar(
                x0, x1, len(items), f"{words['chart_published']}: {when} ({len(items)})", precision
            )
        )
    return bars


def fit(text: str, max_width: float, size: float = FONT) -> str:
    """`text`, shortened with an ellipsis until it fits in `max_width`."""
    text = " ".join(text.split())
    if text_width(text, size) <= max_width:
        return text
    limit = len(text)
    while limit > 1 and text_width(shorten(text, limit), size) > max_width:
        limit -= 1
    return shorten(text, limit)


LEFT = 62.0  # room for the row names ("Events", "Published")
HEADER = 30.0  # the as-of label's row


def timeline_layout(briefing: Briefing, width: float = WIDTH) -> TimelineLayout | None:
    """The chart's layout, or None when there is nothing dated to draw."""
    language = briefing.language
    words = labels(language)
    items, off_axis = _items(briefing)
    publications = _publications(briefing)
    undated_sources = [s for s in briefing.sources if not s.published]
    as_of = PartialDate.parse(briefing.as_of)
    if not items and not publications:
        return None
    has_side = bool(off_axis or undated_sources)
    left = LEFT
    right = width - (UNDATED_WIDTH + 16 if has_side else 12.0)
    start, end = _domain(items, publications, as_of)
    scale = _Scale(start, end, left, right)
    marks = _cluster(items, scale)
    placed = _labels(marks, left, right, language, words)
    band_rows = max((m.row + 1 for m in marks if not m.is_point), default=0)
    lanes_used = max((label.lane + 1 for label in placed), default=0)
    axis_y = HEADER + lanes_used * LANE_HEIGHT + 10 + band_rows * (BAND_H + 2)
    for label in placed:
        label.y = HEADER + (lanes_used - 1 - label.lane) * LANE_HEIGHT + FONT
    side_width = UNDATED_WIDTH - 14
    entries = [
        UndatedEntry(s.id, fit(s.text, side_width, 8.5), " ".join(s.text.split())) for s in off_axis if s.id
    ]
    entries += [
        UndatedEntry(
            None,
            fit(f"{words['source_undated']}: {s.title or s.source}", side_width, 8.5),
            f"{words['source_undated']}: {s.source}",
        )
        for s in undated_sources
    ]
    shown = entries[:UNDATED_ROWS]
    plot_height = axis_y + 20 + PUB_STRIP + 30
    side_height = 40 + (len(shown) + (1 if len(entries) > len(shown) else 0)) * 14 + 4
    return TimelineLayout(
        width=width,
        height=max(plot_height, side_height),
        left=left,
        right=right,
        axis_y=axis_y,
        start=start,
        end=end,
        as_of_x=scale(as_of.last_day(), 1.0),
        as_of_label=f"{words['as_of']} {format_date(as_of, language, short=True)}",
        marks=marks,
        labels=placed,
        ticks=_ticks(scale, language),
        publications=_publication_bars(publications, scale, language, words),
        undated=shown,
        undated_more=len(entries) - len(shown),
        language=language,
        words=words,
    )


# --- SVG ---------------------------------------------------------------------------------------


def _attrs(**values: object) -> str:
    """`key="value"` pairs; a trailing `_` is dropped and `_` becomes `-` (`class_`, `font_size`)."""
    return "".join(
        f" {key.rstrip('_').replace('_', '-')}={quoteattr(_number(value))}"
        for key, value in values.items()
        if value is not None
    )


def _number(value: object) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def _text(x: float, y: float, content: str, **attrs: object) -> str:
    return f"<text{_attrs(x=x, y=y, **attrs)}>{escape(content)}</text>"


def _title(text: str) -> str:
    return f"<title>{escape(text)}</title>"


def _tooltip(text: str, shown: bool) -> str:
    """What a mark shows when the pointer rests on it: nothing on paper, where WeasyPrint would
    still parse and keep a `<title>` element for each (a sixth of a long source map's layout)."""
    return _title(text) if shown else ""


def _line(x1: float, y1: float, x2: float, y2: float, **attrs: object) -> str:
    return f"<line{_attrs(x1=x1, y1=y1, x2=x2, y2=y2, **attrs)}/>"


def _rect(x: float, y: float, width: float, height: float, **attrs: object) -> str:
    return f"<rect{_attrs(x=x, y=y, width=width, height=height, **attrs)}/>"


_DEFS = (
    '<defs><pattern id="future" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><rect width="6" height="6" fill="#f3f3f3"/>'
    '<line x1="0" y1="0" x2="0" y2="6" stroke="#dddddd" stroke-width="2"/></pattern></defs>'
)


def timeline_svg(briefing: Briefing, tooltips: bool = True) -> str:
    """The timeline chart as an inline `<svg>` element; empty when there is nothing to draw.
    `tooltips=False` (paper, where nothing hovers): no `<title>` per mark, bar and entry."""
    layout = timeline_layout(briefing)
    if layout is None:
        return ""
    w = layout.words
    axis = layout.axis_y
    strip_top = axis + 20
    strip_base = strip_top + PUB_STRIP
    parts: list[str] = []
    # What is after the as-of date: hatched.
    if layout.as_of_x < layout.right:
        parts.append(
            _rect(
                layout.as_of_x,
                HEADER - 6,
                layout.right - layout.as_of_x,
                strip_base - HEADER + 6,
                fill="url(#future)",
                class_="future",
            )
        )
    # Row names, axis, ticks (with a faint grid through the publication strip).
    parts.append(_text(4, axis + 3, w["chart_events"], fill=MID, font_size=8.5))
    parts.append(_text(4, strip_base - 4, w["chart_published"], fill=MID, font_size=8.5))
    parts.append(_line(layout.left, strip_base, layout.right, strip_base, stroke=LIGHT))
    for tick in layout.ticks:
        parts.append(_line(tick.x, axis, tick.x, axis + 4, stroke=INK))
        parts.append(_line(tick.x, strip_top, tick.x, strip_base, stroke="#ececec"))
        parts.append(_text(tick.x0, axis + 15, tick.text, class_="tick", fill=INK))
    parts.append(_line(layout.left, axis, layout.right, axis, stroke=INK, stroke_width=1.2))
    # Publications: a histogram strip.
    top_count = max((bar.count for bar in layout.publications), default=1)
    for bar in layout.publications:
        if bar.precision == "day":
            height = 5 + (PUB_STRIP - 9) * math.sqrt(bar.count / top_count)
            shape = _rect(bar.x0, strip_base - height, bar.x1 - bar.x0, height, fill=MID)
        else:
            shape = _rect(
                bar.x0, strip_base - 7, bar.x1 - bar.x0, 7, fill="none", stroke=MID, stroke_dasharray="2 1.5"
            )
        tip = _tooltip(bar.title, tooltips)
        parts.append(f"<g{_attrs(class_='publication', data_count=bar.count)}>{tip}{shape}</g>")
    # The as-of line, then leader lines, marks and labels over it: a label's white ground breaks
    # the line, which never strikes through a caption (`8 Apr 2026 · Il momento centrale…`).
    parts.append(
        _line(
            layout.as_of_x,
            HEADER - 10,
            layout.as_of_x,
            strip_base,
            class_="as-of",
            stroke=INK,
            stroke_width=1,
            stroke_dasharray="4 3",
        )
    )
    for label in layout.labels:
        mark = label.mark
        mark_top = axis - MAX_RADIUS if mark.is_point else _band_y(mark, axis)
        parts.append(
            _line(label.anchor, label.y + 3, label.anchor, mark_top, stroke=LEADER, stroke_width=0.8)
        )
    parts.extend(_mark_svg(mark, axis, tooltips) for mark in layout.marks)
    for label in layout.labels:
        mark = label.mark
        text = _text(
            label.x0,
            label.y,
            label.text,
            fill=INK if mark.scheduled else ACCENT,
            font_style="italic" if mark.scheduled else None,
        )
        ground = _rect(label.x0 - 1.5, label.y - FONT + 1, label.x1 - label.x0 + 3, FONT + 2, fill="#ffffff")
        attrs = _attrs(href="#" + mark.ids[0], class_="label", data_lane=label.lane)
        parts.append(f"<a{attrs}>{ground}{text}</a>")
    # The as-of date's label (left of the line when there is room, else right of it).
    width = text_width(layout.as_of_label)
    anchor_left = layout.as_of_x - width - 4 >= layout.left
    parts.append(
        _text(
            layout.as_of_x - 4 if anchor_left else layout.as_of_x + 4,
            HEADER - 12,
            layout.as_of_label,
            text_anchor="end" if anchor_left else "start",
            fill=INK,
            font_weight="bold",
            class_="as-of-label",
        )
    )
    parts.append(_legend(layout, strip_base + 22))
    if layout.undated or layout.undated_more:
        parts.append(_undated_svg(layout, tooltips))
    return _svg("timeline-chart", w["chart"], layout.width, layout.height, _DEFS + "".join(parts))


def _band_y(mark: Mark, axis: float) -> float:
    """Bands sit in rows just above the axis, clear of the point marks on it."""
    return axis - MAX_RADIUS - 3 - BAND_H - mark.row * (BAND_H + 2)


def _mark_svg(mark: Mark, axis: float, tooltips: bool) -> str:
    tooltip = " · ".join(shorten(t, 140) for t in mark.titles[:5])
    if mark.count > 5:
        tooltip += f" (+{mark.count - 5})"
    fill = "#ffffff" if mark.scheduled else (ACCENT if mark.is_point else LIGHT)
    dash = "3 2" if mark.scheduled else None
    if mark.is_point:
        radius = 4.0 if mark.count == 1 else min(MAX_RADIUS, 4.5 + 0.5 * math.log2(mark.count))
        circle = _attrs(
            cx=mark.x, cy=axis, r=radius, fill=fill, stroke=INK, stroke_width=1.2, stroke_dasharray=dash
        )
        shape = f"<circle{circle}/>"
        if mark.count > 1:
            shape += _text(
                mark.x,
                axis + 2.5,
                str(mark.count) if mark.count < 100 else "99+",
                text_anchor="middle",
                font_size=7,
                font_weight="bold",
                fill=INK if mark.scheduled else "#ffffff",
            )
    else:
        y = _band_y(mark, axis)
        shape = _rect(
            mark.x0,
            y,
            mark.x1 - mark.x0,
            BAND_H,
            rx=1.5,
            fill=fill,
            stroke=INK,
            stroke_width=1,
            stroke_dasharray=dash,
        )
        for side, clipped in zip((mark.x0, mark.x1), mark.clipped, strict=True):
            if clipped:  # an arrowhead: the period runs on past the axis
                tip = side - 5 if side == mark.x0 else side + 5
                middle, bottom = y + BAND_H / 2, y + BAND_H + 1
                arrow = f"M{side:.1f} {y - 1:.1f} L{tip:.1f} {middle:.1f} L{side:.1f} {bottom:.1f} Z"
                shape += f"<path{_attrs(d=arrow, fill=INK, class_='clipped')}/>"
    kind = ("scheduled" if mark.scheduled else "event") + (" point" if mark.is_point else " band")
    attrs = _attrs(
        href="#" + mark.ids[0],
        class_=f"mark {kind}",
        data_ids=" ".join(mark.ids),
        data_date=mark.date.iso(),
        data_precision=mark.date.precision,
        data_count=mark.count,
    )
    return f"<a{attrs}>{_tooltip(tooltip, tooltips)}{shape}</a>"


def _legend(layout: TimelineLayout, y: float) -> str:
    w = layout.words
    size = 8.5
    x = layout.left
    parts = ['<g class="legend">']
    swatches = [
        (
            lambda x: f'<circle cx="{x + 4:.1f}" cy="{y - 3:.1f}" r="3.5" fill="{ACCENT}" stroke="{INK}"/>',
            w["chart_day"],
        ),
        (lambda x: _rect(x, y - 7, 14, 7, fill=LIGHT, stroke=INK), w["chart_span"]),
        (
            lambda x: (
                f'<circle cx="{x + 4:.1f}" cy="{y - 3:.1f}" r="3.5" fill="#ffffff" stroke="{INK}" '
                'stroke-dasharray="2 1.5"/>'
            ),
            w["chart_scheduled"],
        ),
        (lambda x: _rect(x + 2, y - 8, 3, 8, fill=MID), w["chart_publication"]),
        (lambda x: _line(x + 4, y - 9, x + 4, y + 1, stroke=INK, stroke_dasharray="3 2"), w["as_of"]),
    ]
    for swatch, text in swatches:
        parts.append(swatch(x))
        parts.append(_text(x + 18, y, text, font_size=size, fill=INK))
        x += 18 + text_width(text, size) + 12
    parts.append("</g>")
    return "".join(parts)


def _undated_height(layout: TimelineLayout) -> float:
    return 40 + (len(layout.undated) + (1 if layout.undated_more else 0)) * 14 - 8


def _undated_svg(layout: TimelineLayout, tooltips: bool) -> str:
    w = layout.words
    x = layout.width - UNDATED_WIDTH
    parts = [
        '<g class="undated">',
        _rect(x - 6, 4, UNDATED_WIDTH, _undated_height(layout), fill="none", stroke=LIGHT),
        _text(
            x, 18, fit(w["chart_undated"], UNDATED_WIDTH - 12, 9), font_weight="bold", font_size=9, fill=INK
        ),
    ]
    y = 36.0
    for entry in layout.undated:
        text = _text(x, y, ("▪ " if entry.id else "▫ ") + entry.text, font_size=8.5, fill=INK)
        if entry.id:
            attrs = _attrs(href="#" + entry.id, class_="undated-item", data_id=entry.id)
            parts.append(f"<a{attrs}>{_tooltip(entry.title, tooltips)}{text}</a>")
        else:
            parts.append(f'<g class="undated-source">{_tooltip(entry.title, tooltips)}{text}</g>')
        y += 14
    if layout.undated_more:
        parts.append(_text(x, y, w["chart_more"].format(n=layout.undated_more), font_size=8.5, fill=MID))
    parts.append("</g>")
    return "".join(parts)


# --- source map --------------------------------------------------------------------------------

SOURCE_ROWS = 40
ROW_LABEL = 250.0
ROW_FONT = FONT  # the row labels read at the body's size
CELL_MAX = 16.0


@dataclass
class SourceMapLayout:
    columns: list[tuple[str, str, str]]  # (statement id, section key, tooltip)
    rows: list[tuple[int, str, str]]  # (number in the sources table, label, tooltip)
    cells: set[tuple[int, int]]  # (row, column) where the row's source supports the column
    counts: list[int]  # sources per column
    more_rows: int  # sources left out of the rows (fewest statements first)
    more_cells: set[int]  # columns that one of the left-out sources supports
    cell: float
    words: dict[str, str] = field(repr=False)

    @property
    def single_source(self) -> list[str]:
        return [column[0] for column, count in zip(self.columns, self.counts, strict=True) if count == 1]


def source_map_layout(briefing: Briefing) -> SourceMapLayout | None:
    words = labels(briefing.language)
    language = briefing.language
    columns: list[tuple[str, str, str]] = []
    supports: list[set[str]] = []
    for section in briefing.sections:
        if section.annex:  # the map is the body's: the annexes are measured apart
            continue
        for statement in section.statements:
            if not statement.id:
                continue
            columns.append((statement.id, section.key, shorten(statement.text, 140)))
            supports.append(
                {briefing.citations[c].source for c in statement.citations if c in briefing.citations}
            )
    if not columns:
        return None
    number = {s.source: index for index, s in enumerate(briefing.sources, start=1)}
    info = {s.source: s for s in briefing.sources}
    cited: dict[str, int] = {}
    for sources in supports:
        for source in sources:
            cited[source] = cited.get(source, 0) + 1

    def order(source: str) -> tuple[int, tuple[int, int, int], int]:
        published = info[source].published if source in info else None
        key = PartialDate.parse(published).sort_key() if published else (9999, 0, 0)
        return (0 if published else 1, key, number.get(source, 0))

    by_weight = sorted(cited, key=lambda s: (-cited[s], order(s)))
    kept = sorted(by_weight[:SOURCE_ROWS], key=order)
    left_out = set(by_weight[SOURCE_ROWS:])
    rows = []
    for source in kept:
        meta = info.get(source)
        # who published it, else its headline, else its file: the date is never the part cut short
        name = (meta.outlet or meta.title if meta else None) or source.rsplit("/", 1)[-1]
        when = (
            format_date(PartialDate.parse(meta.published), language, short=True)
            if meta and meta.published
            else words["undated_source"]
        )
        head, tail = f"{number.get(source, '?')}. ", f" · {when}"
        room = ROW_LABEL - 10 - text_width(head + tail, ROW_FONT)
        label = f"{head}{fit(name, room, ROW_FONT)}{tail}"
        rows.append((number.get(source, 0), label, f"{(meta.title if meta else None) or source} — {source}"))
    row_of = {source: index for index, source in enumerate(kept)}
    cells = {(row_of[s], col) for col, sources in enumerate(supports) for s in sources if s in row_of}
    more_cells = {col for col, sources in enumerate(supports) if sources & left_out}
    cell = max(5.0, min(CELL_MAX, (WIDTH - ROW_LABEL - 10) / len(columns)))
    return SourceMapLayout(
        columns=columns,
        rows=rows,
        cells=cells,
        counts=[len(s) for s in supports],
        more_rows=len(left_out),
        more_cells=more_cells,
        cell=cell,
        words=words,
    )


def source_map_svg(briefing: Briefing, tooltips: bool = True) -> str:
    """Sources (rows) × statements (columns): a filled cell where the source supports the
    statement; ◇ under every statement that rests on a single source. `tooltips=False` (paper):
    no `<title>` per column and row."""
    layout = source_map_layout(briefing)
    if layout is None:
        return ""
    w = layout.words
    cell = layout.cell
    line = max(cell, ROW_FONT + 4)  # a row is as tall as its label, however narrow the columns
    header = 34.0
    left = ROW_LABEL
    row_count = len(layout.rows) + (1 if layout.more_rows else 0)
    grid_bottom = header + row_count * line
    width = left + len(layout.columns) * cell + 10
    height = grid_bottom + 18
    parts: list[str] = []
    previous = None
    for col, (sid, section, tooltip) in enumerate(layout.columns):
        x = left + col * cell
        if section != previous:
            if previous is not None:
                parts.append(_line(x, header - 30, x, grid_bottom, stroke=MID, stroke_width=0.8))
            previous = section
        cx = x + cell / 2
        label = _text(
            0,
            0,
            sid,
            font_size=min(9.0, cell * 0.75),
            fill=INK,
            transform=f"translate({cx + 2.5:.1f},{header - 3:.1f}) rotate(-90)",
        )
        tip = _tooltip(tooltip, tooltips)
        parts.append(f"<a{_attrs(href='#' + sid, class_='column', data_id=sid)}>{tip}{label}</a>")
        if layout.counts[col] == 1:
            y = grid_bottom + 6
            half = min(3.5, cell / 2 - 0.5)
            diamond = (
                f"M{cx:.1f} {y - half:.1f} L{cx + half:.1f} {y:.1f} "
                f"L{cx:.1f} {y + half:.1f} L{cx - half:.1f} {y:.1f} Z"
            )
            path = _attrs(
                class_="single-source", data_id=sid, d=diamond, fill="none", stroke=INK, stroke_width=1
            )
            parts.append(f"<path{path}/>")
    for row, (_, label, tooltip) in enumerate(layout.rows):
        y = header + row * line
        text = _text(0, y + line - 3, label, font_size=ROW_FONT, fill=INK)
        parts.append(f'<g class="row">{_tooltip(tooltip, tooltips)}{text}</g>')
        if row % 2 == 0:
            parts.append(_rect(left, y, len(layout.columns) * cell, line, fill="#f5f5f5"))
    if layout.more_rows:
        y = header + len(layout.rows) * line
        parts.append(
            _text(0, y + line - 3, w["more_sources"].format(n=layout.more_rows), font_size=ROW_FONT, fill=MID)
        )
        for col in layout.more_cells:
            parts.append(
                _rect(left + col * cell + 1, y + 1, cell - 2, line - 2, fill=MID, class_="cell more")
            )
    for row, col in sorted(layout.cells):
        parts.append(
            _rect(
                left + col * cell + 1,
                header + row * line + 1,
                cell - 2,
                line - 2,
                fill=INK,
                class_="cell",
                data_row=layout.rows[row][0],
                data_id=layout.columns[col][0],
            )
        )
    return _svg("source-map", w["source_map"], width, height, "".join(parts))


def _svg(kind: str, label: str, width: float, height: float, body: str) -> str:
    """The `<svg>` element around a chart: its size, font, accessible name and title."""
    size = _attrs(
        viewBox=f"0 0 {width:.0f} {height:.0f}",
        width=f"{width:.0f}",
        height=f"{height:.0f}",
        font_family="DejaVu Sans, Verdana, sans-serif",
        font_size=FONT,
        aria_label=label,
    )
    opening = f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {kind}" role="img"{size}>'
    return f"{opening}{_title(label)}{body}</svg>"
