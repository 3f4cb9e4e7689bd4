"""Publication dates from the shapes news articles carry them in (ARCHITECTURE.md, "Dates").

Kept partial: `date 2024-11` is November 2024. Nothing here guesses: no date found means None.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import NamedTuple

from briefing import lang
from briefing.models import PartialDate

MONTHS: dict[str, int] = lang.month_numbers()

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # the longest first: `settembre`, not `set`
_MONTH = rf"(?P<month>{_MONTH_NAMES})\.?"
MONTH_WORD = rf"(?:{_MONTH_NAMES})\.?"  # a month's name or abbreviation, in patterns that need no group
_WEEKDAY = f"(?:{lang.weekday_pattern()})"
DATE_LABELS = "|".join(label for language in lang.ALL for label in language.date_labels)

# `date 2024-11`, `date: 2026-02-11`, `Data: 2025-04-02` at the start of the text.
HEADER_RE = re.compile(
    rf"^\W*(?:{DATE_LABELS})\s*:?\s*(?P<iso>\d{{4}}-\d{{2}}(?:-\d{{2}})?)\b",
    re.IGNORECASE,
)
# `03 apr 2026`, `3 aprile 2026`, `Venerdì 03 Aprile 2026`, `2 April 2025`.
DAY_MONTH_YEAR_RE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
# `April 2, 2025`, `Apr. 2 2025`.
MONTH_DAY_YEAR_RE = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE
)
# `2026-04-03`, `03/04/2026` (day first, as in Italian and British usage).
ISO_RE = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b")
NUMERIC_RE = re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>(?:19|20)\d{2})\b")
# A tweet's sign-off: `— Mark Rutte (@SecGenNATO) April 2, 2025`.
TWEET_SIGNOFF_RE = re.compile(r"^\s*[—–-]\s*.+\(@\w+\)\s+(?P<date>.+?)\s*$")


def _build(year: str, month: str | int, day: str | None) -> PartialDate | None:
    month_number = month if isinstance(month, int) else MONTHS.get(month.lower().rstrip("."))
    if isinstance(month, str) and month.isdigit():
        month_number = int(month)
    if month_number is None:
        return None
    try:
        return PartialDate(year=int(year), month=month_number, day=int(day) if day else None)
    except ValueError:
        return None


def dates_in(text: str) -> list[tuple[int, PartialDate]]:
    """Every full calendar date written in `text`, with its offset, in order of appearance."""
    found: list[tuple[int, PartialDate]] = []
    taken: list[range] = []
    for pattern in (DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE, ISO_RE, NUMERIC_RE):
        for match in pattern.finditer(text):
            if any(match.start() in span for span in taken):
                continue
            date = _build(match["year"], match["month"], match["day"])
            if date:
                found.append((match.start(), date))
                taken.append(range(match.start(), match.end()))
    return sorted(found, key=lambda item: item[0])


def date_in(text: str) -> PartialDate | None:
    """The first full calendar date written in `text`, in any of the shapes above."""
    found = dates_in(text)
    return found[0][1] if found else None


def _dateline_date(line: str) -> PartialDate | None:
    """A date near the start of a line, after at most a place name: `Roma - 03 apr 2026`."""
    for position, date in dates_in(line[:120]):
        prefix = re.sub(r"[*#_>\[\]]", " ", line[:position])
        if len(prefix.split()) <= 4 and not re.search(r"[.!?]", prefix):
            return date
    return None


def header_date(line: str) -> PartialDate | None:
    match = HEADER_RE.match(line)
    return PartialDate.parse(match["iso"]) if match else None


def _closing_date(line: str) -> PartialDate | None:
    """A short line that ends with a date: `*(Prima Notizia 24) Venerdì 03 Aprile 2026*`."""
    if len(line) > 100 or TWEET_SIGNOFF_RE.match(line):
        return None
    for pattern in (DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE, ISO_RE, NUMERIC_RE):
        for match in pattern.finditer(line):
            if not re.search(r"\w", line[match.end() :]):
                return _build(match["year"], match["month"], match["day"])
    return None


def publication_date(text: str) -> tuple[PartialDate | None, str | None]:
    """The publication date of an article and where it was read; (None, None) when undated.

    Looked for, in order: a header line (`date 2024-11`), a dateline in the first lines
    (`Roma - 03 apr 2026`), a closing line (`Venerdì 03 Aprile 2026`), then the latest date that
    signs an embedded post (`— Name (@handle) April 2, 2025`): the article cannot be older.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return None, None
    found = header_date(lines[0])
    if found:
        return found, "header line"
    for line in lines[:4]:
        found = _dateline_date(line)
        if found and not TWEET_SIGNOFF_RE.match(line):
            return found, "dateline"
    for line in reversed(lines[-2:]):
        found = _closing_date(line)
        if found:
            return found, "closing line"
    signed = [date_in(match["date"]) for line in lines if (match := TWEET_SIGNOFF_RE.match(line))]
    dated = [d for d in signed if d is not None]
    if dated:
        return max(dated, key=PartialDate.sort_key), "latest embedded post"
    return None, None


# `ansa-2024-09-21-titolo.txt`, `2024_09_21 note.md`, `20240921-report.txt`: a whole date, not part
# of a longer number or word.
_FILE_NAME_DATE = re.compile(
    r"(?<![0-9A-Za-z])(?P<year>(?:19|20)\d{2})(?P<sep>[-_.]?)(?P<month>[01]\d)(?P=sep)(?P<day>[0-3]\d)"
    r"(?![0-9A-Za-z])"
)


def file_name_date(name: str) -> PartialDate | None:
    """The date a file's name carries (`ansa-2024-09-21-…`), or None; the last one when there are several."""
    found = None
    for match in _FILE_NAME_DATE.finditer(name):
        found = _build(match["year"], match["month"], match["day"]) or found
    return found


# What an update line of a live blog holds besides its date: times, zones, `ore`, `updated`.
_STAMP_REST = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b(?:ore|h|a\.?m\.?|p\.?m\.?|et|gmt|cet|cest|utc|bst|edt|est|update[ds]?"
    r"|aggiornamento|aggiornato|alle)\b|[*_#>|()\[\],.:–—-]",
    re.IGNORECASE,
)


# A live blog runs for days, not weeks: a stamp later than this after the publication is not one of
# its updates but something else the page carries (`FIRSTonline | 11 Novembre 2020` on a page of 2011).
LIVE_BLOG_SPAN = dt.timedelta(days=14)
# A page's own `last updated` line stands among its first lines, before what it reports.
_PAGE_TOP_LINES = 5
_UPDATE_LABEL = re.compile(
    r"\b(?:" + "|".join(label for language in lang.ALL for label in language.update_labels) + r")\b",
    re.IGNORECASE,
)


# `(Traduzione di Carlo Antonio Biscotto)`, `tradotto daStefano Ignone`: a credit opens its line or
# its parenthesis (not `la traduzione di Dante` in a sentence).
_TRANSLATION_CREDIT = re.compile(
    r"(?:^|\()[ \t*_]*(?:"
    + "|".join(credit for language in lang.ALL for credit in language.translation_credits)
    + r")",
    re.IGNORECASE | re.MULTILINE,
)


def translated(text: str) -> bool:
    """Whether the page credits a translation: its text was written first for another page, on a
    day it does not give, so its day words (`ieri`, `yesterday`) do not count from this page's."""
    return _TRANSLATION_CREDIT.search(text) is not None


class Stamp(NamedTuple):
    """A dated update line of a live blog: where it stands and its day. `page`: the page's own
    `last updated` line at its top (`(Aggiornato alle 04:28 del 20 marzo 2011)`), which says when
    the page was last written, not when the text under it was."""

    offset: int
    date: PartialDate
    page: bool = False


def update_stamps(text: str, published: PartialDate | None = None) -> list[Stamp]:
    """The dated update lines of a live blog (`22 settembre 2024, 10:30`, `Sept. 22, 2024 – 9:15
    a.m. ET`), with their offsets, in order: each dates the relative words (`oggi`, `yesterday`)
    of the text after it until the next one. A line dated more than `LIVE_BLOG_SPAN` after the
    publication is not an update of this page. A page's only stamp, among its first lines, with no
    time of day and dated after its publication, is the page's own second date (a column
    republished under a later dateline), like a `last updated` line: the text under it was written
    some day between the two (or before), not on the later day."""
    stamps: list[Stamp] = []
    clocked: list[bool] = []  # whether each stamp gives its time of day
    headings = {heading.offset for heading in _chronology_headings(text, published)}  # days before it
    offset, number, top_end = 0, 0, 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        number += bool(stripped)
        top_end = offset + len(line) if number <= _PAGE_TOP_LINES else top_end
        if 0 < len(stripped) <= 60 and offset not in headings:
            found = dates_in(stripped) or _yearless_day(stripped, published)
            if len(found) == 1 and found[0][1].precision == "day" and _within_span(found[0][1], published):
                rest = _STAMP_REST.sub(" ", DAY_MONTH_YEAR_RE.sub(" ", MONTH_DAY_YEAR_RE.sub(" ", stripped)))
                rest = _DAY_MONTH_RE.sub(" ", _MONTH_DAY_RE.sub(" ", rest))
                rest = ISO_RE.sub(" ", NUMERIC_RE.sub(" ", rest))
                rest = re.sub(rf"\b(?:{_WEEKDAY}|{DATE_LABELS})\b", " ", rest, flags=re.IGNORECASE)
                if len(rest.split()) <= 1:
                    page = number <= _PAGE_TOP_LINES and not stamps and bool(_UPDATE_LABEL.search(stripped))
                    stamps.append(Stamp(offset, found[0][1], page))
                    clocked.append(_CLOCK.search(stripped) is not None)
        offset += len(line)
    if (
        clocked == [False]
        and stamps[0].offset < top_end
        and published is not None
        and stamps[0].date.after(published)
    ):
        return [Stamp(stamps[0].offset, stamps[0].date, page=True)]
    return stamps


# A live blog's day line with no year (`Lunedì 23 settembre`, `Sept. 23`, `23 settembre, ore 8:15`).
_DAY_MONTH_RE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?\b(?P<day>\d{{1,2}})\s+{_MONTH}(?![\w.])(?!\s+\d)", re.IGNORECASE
)
_MONTH_DAY_RE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?\b{_MONTH}\s+(?P<day>\d{{1,2}})\b(?!,?\s+\d{{4}})", re.IGNORECASE
)


def _yearless_day(line: str, published: PartialDate | None) -> list[tuple[int, PartialDate]]:
    """The one day a line writes with no year, in the year that puts it on or after the page's
    publication day (`23 settembre` on a page of 22 September 2024: 23 September 2024; `2 gennaio`
    on a page of 31 December: the next year's), as `dates_in` gives it; none on an undated page."""
    if published is None or published.day is None:
        return []
    found = [m for pattern in (_DAY_MONTH_RE, _MONTH_DAY_RE) for m in pattern.finditer(line)]
    if len(found) != 1:
        return []
    match = found[0]
    for year in (published.year, published.year + 1):
        date = _build(str(year), match["month"], match["day"])
        if date is not None and date.first_day() >= published.first_day():
            return [(match.start(), date)]
    return []


_CLOCK = re.compile(r"(?<![\d.])\d{1,2}[:.]\d{2}(?![\d.])")  # `10:30`: a live blog's update has its time


def _within_span(date: PartialDate, published: PartialDate | None) -> bool:
    return published is None or date.first_day() <= published.last_day() + LIVE_BLOG_SPAN


def written_between(first: PartialDate, last: PartialDate) -> PartialDate | None:
    """The most precise date that holds every day from `first` to `last`: the day when they are the
    same, else their month, else their year, else None."""
    if first.first_day() == last.first_day() and first.precision == last.precision:
        return first
    if first.year != last.year:
        return None
    if first.month is not None and first.month == last.month:
        return PartialDate(year=first.year, month=first.month)
    return PartialDate(year=first.year)


# A year written with two digits after a day and month: `8 febbraio '90`, `8 febbraio 90,` (a bare
# number needs the punctuation after it: `il 22 settembre 90 anni` is an age).
SHORT_YEAR = r"(?:['’]\d{2}(?!\d)|\d{2}(?=[,;:.)](?!\d)|\s*$))"


def short_year(written: str, published: PartialDate | None) -> int | None:
    """The year a two-digit year stands for: the latest one ending in those digits that is not after
    the publication's year (`90` on a page of 2011 is 1990, `09` is 2009); None with no publication."""
    if published is None:
        return None
    digits = int(written.lstrip("'’"))
    return published.year - (published.year - digits) % 100


# `19 luglio, a Racalmuto, ignoti hanno sparato …`: a paragraph that opens on its day and a comma.
_ENTRY_RE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:º|°)?\s+{_MONTH}"
    rf"(?:\s+(?P<year>(?:19|20)\d{{2}})|\s+(?P<short>{SHORT_YEAR}))?\s*[,:]\s+\w",
    re.IGNORECASE,
)
# `33) 20 maggio Il Napoli vince la coppa Italia.`: a numbered entry of a year's review, whose day
# needs no comma after it (the number says it is an entry); `18 )24 marzo` too.
_NUMBERED_ENTRY_RE = re.compile(
    rf"\d{{1,3}}(?:[).]\s+|\s\)\s*)(?P<day>\d{{1,2}})(?:º|°)?\s+{_MONTH}(?:\s+(?P<year>(?:19|20)\d{{2}}))?"
    r"(?:\s*[,:–—-])?\s+\w",
    re.IGNORECASE,
)
# A chronicle has several such paragraphs; one alone may be a schedule (`12 maggio, vertice a Bruxelles`).
_CHRONICLE_ENTRIES = 3


def opens_entry(line: str) -> bool:
    """Whether `line` opens as a chronicle's entry does, on its day (`15 giugno, ad Agrigento …`,
    `12) 3 febbraio La capitale …`): the entry starts there, whatever the line before it told."""
    opening = line.lstrip()
    return bool(_ENTRY_RE.match(opening) or _NUMBERED_ENTRY_RE.match(opening))


def chronicle_entries(text: str, published: PartialDate | None) -> list[tuple[int, int, PartialDate]]:
    """The paragraphs of a chronicle (`19 luglio, a Racalmuto, …`; `24 giugno, incidente stradale
    a Butera.`; `12) 3 febbraio La capitale si sveglia sotto la neve.`), each with its span and
    its day: the day dates what the paragraph reports, and its relative words count from it. A
    day with no year is the last one on or before the publication (a chronicle looks back); with
    no publication date it stays out. Fewer than three such paragraphs are not a chronicle. A
    chronology's bare day headings (`- 7 febbraio.`, `_chronology_headings`) date the paragraph
    under each."""
    entries: list[tuple[int, int, PartialDate]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        match = _ENTRY_RE.match(line.lstrip()) or _NUMBERED_ENTRY_RE.match(line.lstrip())
        date = _entry_day(match, published) if match else None
        if date is not None:
            entries.append((offset, offset + len(line), date))
        offset += len(line)
    if len(entries) < _CHRONICLE_ENTRIES:
        entries = []
    headed = [(start, end, day) for _, start, end, day in _chronology_headings(text, published)]
    headed += _run_in_entries(text, published)
    return sorted(entries + headed, key=lambda entry: entry[0]) if headed else entries


# A chronology's entry run into its paragraph, opening on its day and a full stop after a dash or
# at a line's start (`… ha avuto effetti in tutta la regione. - 25 gennaio 2011. Migliaia di
# egiziani scendono in piazza … - 7 febbraio. L'attivista Wael Ghonim … viene rilasciato …`).
_RUN_IN_DAY = re.compile(
    rf"(?:^[ \t]*|(?<=\s)[-–—][ \t]+)(?:{_WEEKDAY},?[ \t]+)?(?P<day>\d{{1,2}})(?:º|°)?[ \t]+{_MONTH}"
    rf"(?:[ \t]+(?P<year>(?:19|20)\d{{2}}))?\.?(?<=\.)[ \t]+(?=[^\W\d_])",
    re.IGNORECASE | re.MULTILINE,
)


def _run_in_entries(text: str, published: PartialDate | None) -> list[tuple[int, int, PartialDate]]:
    """The entries of a chronology run into its paragraphs (`_RUN_IN_DAY`), each from its day to
    the next entry or its line's end, dated by its day: with a year as written; with none, the
    last such day on or before the next entry's (a chronology runs forward and looks back from the
    page). Fewer than three are no chronology (`È successo il 3 marzo. Poi…` is none)."""
    if published is None or published.day is None:
        return []
    found = list(_RUN_IN_DAY.finditer(text))
    if len(found) < _CHRONICLE_ENTRIES:
        return []
    entries: list[tuple[int, int, PartialDate]] = []
    for number, (match, day) in enumerate(zip(found, _looking_back(found, published), strict=True)):
        following = found[number + 1].start() if number + 1 < len(found) else len(text)
        line_end = text.find("\n", match.end())
        if day is not None:
            entries.append((match.end(), min(following, line_end if line_end >= 0 else len(text)), day))
    return entries


# A line that is only a day with no year, a list's dash before it at most (`- 7 febbraio.`,
# `Lunedì 23 settembre`): a live blog's update line, or a chronology's heading.
_BARE_DAY_LINE = re.compile(
    rf"[ \t]*(?:[-*•–—][ \t]*)?(?:{_WEEKDAY},?\s+)?(?P<day>\d{{1,2}})(?:º|°)?\s+{_MONTH}"
    r"(?![\w.])\.?[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


class Heading(NamedTuple):
    """A chronology's bare day heading: its line's offset, the paragraph under it, and its day."""

    offset: int
    start: int
    end: int
    day: PartialDate


def _chronology_headings(text: str, published: PartialDate | None) -> list[Heading]:
    """A chronology's bare day headings (`- 25 gennaio.`, `- 7 febbraio.`, `- 18 marzo.`), each
    with the paragraph under it, dated the last such day on or before the publication (a chronology
    looks back) and no later than the next heading's (it runs forward). A live blog's day lines name
    the days it runs, on or after its page: lines of which one would fall more than
    `LIVE_BLOG_SPAN` after the page read that way tell a story told before it, unless they run
    newest first (more than one day earlier in the calendar than the line before it: a chronology
    turns a year once at most). Fewer than three are no chronology."""
    if published is None or published.day is None:
        return []
    lines: list[tuple[int, int, re.Match[str]]] = []  # each line's offset, its end and its day
    offset = 0
    for line in text.splitlines(keepends=True):
        if match := _BARE_DAY_LINE.match(line.rstrip("\r\n")):
            lines.append((offset, offset + len(line), match))
        offset += len(line)
    ahead = [_yearless_day(match.group(), published) for _, _, match in lines]
    if len(lines) < _CHRONICLE_ENTRIES or all(day and _within_span(day[0][1], published) for day in ahead):
        return []
    calendar = [(MONTHS.get(m["month"].lower().rstrip("."), 0), int(m["day"])) for _, _, m in lines]
    if sum(later < earlier for earlier, later in itertools.pairwise(calendar)) > 1:
        return []  # newest first: a live blog's days, not a chronology (which turns a year once at most)
    headings = [
        Heading(at, *_paragraph_under(text, after), day)
        for (at, after, _), day in zip(lines, _looking_back([m for _, _, m in lines], published), strict=True)
        if day is not None
    ]
    return [heading for heading in headings if heading.start < heading.end]


def _looking_back(days: Sequence[re.Match[str]], published: PartialDate) -> list[PartialDate | None]:
    """The day each of a chronology's day markers writes, read from the last: with a year as
    written; with none, the last such day on or before the next marker's (the page's, for the last
    one): a chronology runs forward and looks back from its page."""
    found: list[PartialDate | None] = []
    latest = published
    for match in reversed(days):
        written = match.groupdict().get("year")
        day = _build(written, match["month"], match["day"]) if written else _on_or_before(match, latest)
        latest = day or latest
        found.append(day)
    return found[::-1]


def _on_or_before(match: re.Match[str], latest: PartialDate) -> PartialDate | None:
    """The day `match` writes with no year, in the last year that puts it on or before `latest`."""
    for year in (latest.year, latest.year - 1):
        date = _build(str(year), match["month"], match["day"])
        if date is not None and date.first_day() <= latest.first_day():
            return date
    return None


def _paragraph_under(text: str, start: int) -> tuple[int, int]:
    """The span of the paragraph that starts at `start` or after the blank lines there: up to the
    next blank line, or the text's end."""
    while start < len(text) and text[start].isspace():
        start += 1
    end = _BLANK_LINE.search(text, start)
    return start, end.start() + 1 if end else len(text)


def _entry_day(match: re.Match[str], published: PartialDate | None) -> PartialDate | None:
    if match["year"]:
        return _build(match["year"], match["month"], match["day"])
    if match.groupdict().get("short"):  # `27 gennaio 81, a Raffadali, …`
        year = short_year(match["short"], published)
        return _build(str(year), match["month"], match["day"]) if year else None
    if published is None or published.precision != "day":
        return None
    return _on_or_before(match, published)


# An X/Twitter post's link, whose status id (a "snowflake", since November 2010: 17 digits or
# more) encodes when it was posted: `https://x.com/SpeakerJohnson/status/1937960004574748907`.
_POST_LINK = re.compile(
    r"https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/(?P<handle>\w+)/status(?:es)?/(?P<id>\d{17,20})\b"
)
# The words of a Markdown link right before its address: `[**Sen. Lindsey Graham**](`.
_LINK_WORDS = re.compile(r"\[(?P<words>[^\[\]]{1,200})\]\($")
# A news page's link whose path holds the day it was published, the day the quotation beside it
# was reported: `https://www.cnn.com/2025/06/25/europe/rutte-…`.
_DATED_PAGE_LINK = re.compile(
    r"https?://[^\s()\"<>]+?/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/[^\s()\"<>]*"
)
_SNOWFLAKE_EPOCH_MS = 1288834974657  # Twitter's epoch: the milliseconds a snowflake counts from
_SNOWFLAKE_TIME_SHIFT = 22  # the bits below the time: worker, process and sequence numbers
# a paragraph (or list item) ends at a blank line (blank of any space: a page converted from HTML
# leaves `\xa0` there) or at the next item of a list
_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n|\n[ \t]*[-*+][ \t]+")
# the link is followed right away by a colon and a quotation (`…](…): “NATO countries …`); a
# quotation further on in the paragraph is not the linked page's (a comment's bare address)
_QUOTE_AFTER_COLON = re.compile(r"[^\s()\"<>]*\)?[*_]*\s*:[*_]*\s*[“\"«]")  # the address's rest (`?s=20`)


# The hours (UTC) in which one day holds from Washington (UTC-5) to Brussels (UTC+2 in summer): a
# post made outside them is of one day in the Americas and of another in Europe: no day of its own.
_ONE_DAY_HOURS = range(5, 22)


def _post_time(status_id: int) -> dt.datetime:
    ms = (status_id >> _SNOWFLAKE_TIME_SHIFT) + _SNOWFLAKE_EPOCH_MS
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC)


def post_day(status_id: int) -> PartialDate:
    """The day (UTC) an X/Twitter post was published, read from its status id."""
    day = _post_time(status_id).date()
    return PartialDate(year=day.year, month=day.month, day=day.day)


def _post_day_everywhere(status_id: int) -> PartialDate | None:
    """The day of a post where it is that day from the Americas to Europe (`post_day` at 19:44 UTC),
    else None (at 02:01 UTC it is the evening before in Washington, at 23:23 the next day in Brussels)."""
    return post_day(status_id) if _post_time(status_id).hour in _ONE_DAY_HOURS else None


def _safe_day(match: re.Match[str]) -> PartialDate | None:
    try:
        return PartialDate(year=int(match["y"]), month=int(match["m"]), day=int(match["d"]))
    except ValueError:  # `/2025/02/31/`: not a day
        return None


def _reposted(text: str, link: re.Match[str]) -> bool:
    """A post link whose account is not the person its link names: a repost of their words by an
    account that gathers them (`[**Sen. Lindsey Graham**](https://x.com/RapidResponse47/status/…)`),
    posted when it was gathered, not when it was said. The account is the person's own, or their
    office's, where its handle holds a capitalised word of the link, its first six letters for a
    longer one (`[Speaker Mike Johnson](https://x.com/SpeakerJohnson/…)`, `[**Lebanese President
    Joseph Aoun**](https://x.com/LBpresidency/…)`, `[**… Foreign Ministers of Qatar …**]
    (https://x.com/MofaQatar_EN/…)`)."""
    words = _LINK_WORDS.search(text, max(0, link.start() - 202), link.start())
    if words is None:
        return False
    names = [
        lang.fold(name)[:6] for name in re.findall(r"(?<!\w)[^\W\d_a-z][^\W\d_]{2,}(?![\w.])", words["words"])
    ]
    handle = lang.fold(link["handle"])
    return bool(names) and not any(name in handle for name in names)


def quoted_posts(text: str, published: PartialDate | None) -> list[tuple[int, int, PartialDate]]:
    """The paragraphs that quote a post whose status link stands before the quotation (a
    roundup's `[Speaker Mike Johnson](https://x.com/…/status/…): “NATO countries …”`), or a news
    page whose link gives its day (`[Sen. Chris Coons](https://www.nytimes.com/2025/06/25/…): “…”`),
    each with its span and the day of the post (`post_day`) or page: the day the quotation was
    said, and the day its relative words count from (`today's … commitment`). A paragraph with
    links to several posts or pages is left alone (which one a quotation is, it does not say), as is
    a post dated after the page, one made at an hour when Washington and Europe are on two days
    (`_post_day_everywhere`), or one that reposts the words of the person its link names
    (`_reposted`): the page's day is what it was reported on."""
    breaks = list(_PARAGRAPH_END.finditer(text))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(text)]
    entries: list[tuple[int, int, PartialDate]] = []
    for start, end in zip(starts, ends, strict=True):
        links: list[tuple[int, PartialDate | None]] = [
            (m.end(), None if _reposted(text, m) else _post_day_everywhere(int(m["id"])))
            for m in _POST_LINK.finditer(text, start, end)
        ]
        links += [(m.end(), _safe_day(m)) for m in _DATED_PAGE_LINK.finditer(text, start, end)]
        if len(links) != 1 or not _QUOTE_AFTER_COLON.match(text, links[0][0], end):
            continue
        day = links[0][1]
        if day is not None and (published is None or not day.after(published)):
            entries.append((start, end, day))
    return entries


# A dateline that opens a paragraph inside the text (a press release quoted in a teaser): a place
# of one to four capitalised words, a comma or dash, a whole date, then a full stop or dash and the
# text it dates: `Roma, 16 luglio 2019. Nei dati diffusi oggi …`, `Roma, 16 luglio 2019 – …`.
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
_PLACE_RE = re.compile(rf"[*_>\s]*{_CAPITAL}[\w'’.]*(?:\s+{_CAPITAL}[\w'’.]*){{0,3}}\s*(?:,|\s[–—-])\s*")
_DATELINE_END = re.compile(r"\s*[.–—-]\s+\S")


def datelines(text: str, published: PartialDate | None) -> list[tuple[int, int, PartialDate]]:
    """The paragraphs (lines) of the text that open on a dateline of their own, each with its span
    and the dateline's day, where that day is not within the page's publication: the day dates what the
    paragraph reports, and its relative words (`oggi`, `ieri`) count from it, as a live blog's
    update line does for the text under it (`update_stamps`)."""
    entries: list[tuple[int, int, PartialDate]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        place = _PLACE_RE.match(line)
        if place is not None:
            date = _date_at(line, place.end())
            if date is not None and not _within(date, published):
                entries.append((offset, offset + len(line), date))
        offset += len(line)
    return entries


def _date_at(line: str, position: int) -> PartialDate | None:
    """The whole day written at `position` of `line` and followed by the dateline's end."""
    for pattern in (DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE):
        match = pattern.match(line, position)
        if match is not None and _DATELINE_END.match(line, match.end()):
            return _build(match["year"], match["month"], match["day"])
    return None


def _within(date: PartialDate, published: PartialDate | None) -> bool:
    return published is not None and published.first_day() <= date.first_day() <= published.last_day()
