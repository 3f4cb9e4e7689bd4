"""The data model: every boundary of the pipeline is one of these pydantic models (ARCHITECTURE.md,
"The data model").

    Article ──extract──▶ Fact (+ Evidence) ──compose──▶ Briefing

`Evidence` is the grounding unit: `article.text[start:end] == quote`, always, with offsets in
Unicode code points of the text exactly as decoded (no newline translation).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA = "briefing/1"
INDEX_SCHEMA = "briefing-index/1"  # the index an `--every` build writes beside its briefings
FORMATS = ("md", "json", "html", "pdf")  # what `briefing build --format` can write

_PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class PartialDate(BaseModel):
    """A date known to the precision the source gives: `2024-11` is November 2024, not 1 November."""

    model_config = ConfigDict(frozen=True)

    year: int = Field(ge=1, le=9999)
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31)

    @model_validator(mode="after")
    def _consistent(self) -> PartialDate:
        if self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            dt.date(self.year, self.month, self.day)  # raises on 31 February
        return self

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`."""
        match = _PARTIAL_DATE_RE.match(value.strip())
        if not match:
            raise ValueError(f"not a date: {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = match.groups()
        return cls(
            year=int(year),
            month=int(month) if month else None,
            day=int(day) if day else None,
        )

    @classmethod
    def of(cls, day: dt.date) -> PartialDate:
        return cls(year=day.year, month=day.month, day=day.day)

    @property
    def precision(self) -> Literal["day", "month", "year"]:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None and self.month is not None:
            return dt.date(self.year, self.month, self.day)
        month = self.month or 12
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    def after(self, other: PartialDate) -> bool:
        """Strictly after `other`, at the coarser of the two precisions: every day of this date
        falls after every day of `other` (`2024-10` is after `2024-09-30`; `2024-09` is not after
        `2024-09-15`)."""
        return self.first_day() > other.last_day()

    def before(self, other: PartialDate) -> bool:
        """Strictly before `other`, at the coarser of the two precisions (see `after`)."""
        return self.last_day() < other.first_day()

    def sort_key(self) -> tuple[int, int, int]:
        """Orders by start; at equal start a coarser date sorts first (month before its days)."""
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        return self.iso()


Alignment = Literal["exact", "normalized", "fuzzy"]
FactKind = Literal["event", "statement", "position", "figure", "plan", "context"]
WhenBasis = Literal["explicit", "relative", "publication"]


class Article(BaseModel):
    """One source file, decoded; `text` is exactly `bytes.decode(encoding)`."""

    source: str
    text: str
    sha256: str
    encoding: str
    title: str | None = None
    outlet: str | None = None
    published: PartialDate | None = None
    published_basis: str | None = Field(
        default=None, description="where the publication date was read, e.g. 'header line'"
    )
    outlet_basis: str | None = Field(
        default=None,
        description=(
            "where the outlet was read: 'metadata line', 'header line', 'dateline', 'closing line' "
            "or 'file name'"
        ),
    )
    language: str | None = None


class Evidence(BaseModel):
    """A verbatim span of an article: `article.text[start:end] == quote`."""

    source: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    quote: str = Field(min_length=1)
    alignment: Alignment = "exact"

    @model_validator(mode="after")
    def _span_matches_quote(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError("evidence span length differs from the quote's length")
        return self

    def holds_in(self, text: str) -> bool:
        return text[self.start : self.end] == self.quote


class Actor(BaseModel):
    name: str
    role: str | None = None


class Figure(BaseModel):
    """A number as the source states it, with its unit: `3% del PIL`, `20 miliardi`."""

    text: str
    value: float | None = None
    unit: str | None = None


class Fact(BaseModel):
    id: str
    kind: FactKind = "statement"
    statement: str
    actors: list[Actor] = Field(default_factory=list)
    when: PartialDate | None = None
    when_basis: WhenBasis | None = None
    when_end: PartialDate | None = Field(
        default=None, description="last day of a range (`dall'8 al 12 aprile`): `when` is its first"
    )
    evidence: list[Evidence] = Field(min_length=1)
    topics: list[str] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    speaker: str | None = Field(default=None, description="who is quoted, for attributed quotes")
    salience: float = 0.0
    rank: int | None = Field(
        default=None, description="the engine's order of importance in its article: 1 is first"
    )
    language: str | None = None
    embedded: bool = Field(
        default=False, description="a sentence of a post embedded in the article (a tweet), not its own words"
    )


class Usage(BaseModel):
    requests: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, other: Usage) -> None:
        self.requests += other.requests
        self.retries += other.retries
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens


class DroppedFact(BaseModel):
    """A candidate fact that never reaches a briefing, and why."""

    reason: str
    statement: str = ""
    quote: str = ""


class Extraction(BaseModel):
    """What an engine returns for one article."""

    facts: list[Fact] = Field(default_factory=list)
    dropped: list[DroppedFact] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    language: str | None = Field(default=None, description="the article's language, kept with the cache")


# --- the briefing (contract: ARCHITECTURE.md, "Contract 1", briefing/1) ---------------------


class Citation(BaseModel):
    source: str
    start: int
    end: int
    quote: str
    line: int | None = None
    alignment: Alignment = "exact"
    context_before: str | None = Field(
        default=None, description="the quote's paragraph before it (up to a few hundred characters)"
    )
    context_after: str | None = Field(default=None, description="the quote's paragraph after it, likewise")


class FigurePoint(BaseModel):
    """One value of a figure series: what was said, by whom, when, citing what."""

    value: str
    number: float | None = None
    actor: str | None = None
    date: str | None = None
    date_basis: str | None = Field(default=None, description="`reported`: as `Statement.date_basis`")
    citations: list[str] = Field(min_length=1)


class Statement(BaseModel):
    text: str
    citations: list[str] = Field(min_length=1)
    date: str | None = None
    kind: str | None = None
    sources_count: int | None = None
    # Extra keys (the contract, ARCHITECTURE.md, welcomes them; none changes the meaning of the ones above):
    id: str | None = Field(default=None, description="anchor of the statement, e.g. `T3`")
    actor: str | None = Field(default=None, description="who holds the position (Positions)")
    group: str | None = Field(default=None, description="the source it is listed under (Also reported)")
    note: str | None = Field(default=None, description="a caveat, e.g. that the source is undated")
    date_end: str | None = Field(
        default=None,
        description="the last day of a span that `date` opens (`tra sabato e domenica`): `date` is its first",
    )
    date_basis: str | None = Field(
        default=None,
        description="`announced`: `date` is when it was announced, not when it happens; `reported`: `date`"
        " is only when its source was published (the source gives no date of its own)",
    )
    metric: str | None = Field(default=None, description="what a figure series measures")
    points: list[FigurePoint] | None = None
    conflict: bool | None = None
    storyline: str | None = Field(default=None, description="the storyline it belongs to (Background)")


class Section(BaseModel):
    heading: str
    key: str
    statements: list[Statement] = Field(default_factory=list)
    storyline: str | None = Field(default=None, description="the id of the storyline it belongs to")
    annex: bool | None = Field(
        default=None, description="after the body, measured apart from it (`chronology`, `further`)"
    )

    @property
    def anchor(self) -> str:
        """A unique id in the page: `s1-timeline`, or the key for a section of no storyline."""
        return f"{self.storyline}-{self.key}" if self.storyline else self.key


class StorylineInfo(BaseModel):
    """One storyline (design.md §7): what articles tell the same story, ranked; `lead` ones get
    their own block, the rest are background."""

    id: str
    title: str
    sources: list[str] = Field(description="source paths as in the briefing's `sources`")
    lead: bool = False
    first: str | None = Field(default=None, description="earliest publication date among its articles")
    last: str | None = Field(default=None, description="latest publication date among its articles")


class AboutNote(BaseModel):
    """What `--about QUERY` kept, and what it left out and why."""

    query: str
    kept: int
    total: int
    left_out: list[str] = Field(default_factory=list, description="sources left out, as in `sources`")
    cut: float = Field(default=0.0, description="kept: a BM25 score at least this share of the best")


class Period(BaseModel):
    start: str | None
    end: str | None


class SourceInfo(BaseModel):
    source: str
    sha256: str
    encoding: str
    title: str | None
    outlet: str | None
    published: str | None
    published_basis: str | None = None
    outlet_basis: str | None = None
    language: str | None = None


class SkippedSource(BaseModel):
    source: str
    reason: str


class Briefing(BaseModel):
    schema_: str = Field(default=SCHEMA, alias="schema")
    title: str
    as_of: str
    period: Period
    language: str = "en"
    engine: str = "extractive"
    sections: list[Section]
    citations: dict[str, Citation]
    sources: list[SourceInfo]
    skipped: list[SkippedSource] = Field(default_factory=list)
    window: Period | None = Field(
        default=None, description="the --since/--until window the articles were selected by (extra key)"
    )
    storylines: list[StorylineInfo] = Field(default_factory=list)
    overview: str | None = Field(default=None, description="how many storylines, and which lead")
    about: AboutNote | None = None
    body_words: int | None = Field(default=None, description="words in the body's statements")
    body_budget: int | None = Field(default=None, description="the body's word budget (`--length`)")
    background_hidden: int = Field(
        default=0,
        description="storylines the page does not show: for length, or as nothing in them reads alone",
    )
    hidden_storylines: list[str] = Field(
        default_factory=list, description="the titles of the storylines the page does not show (extra key)"
    )

    model_config = ConfigDict(populate_by_name=True)

    def to_json_dict(self) -> dict[str, object]:
        data = self.model_dump(by_alias=True, mode="json")
        for section in data["sections"]:
            if section.get("storyline") is None:
                section.pop("storyline", None)
            section["statements"] = [
                {key: value for key, value in statement.items() if value is not None}
                for statement in section["statements"]
            ]
        return data
