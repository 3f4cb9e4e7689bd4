"""Facts → a `Briefing`: key points (bottom line first), a timeline ordered by when things happened,
an outlook of what is coming, positions by actor, figures as series with conflicts flagged, undated
reports, and the sources. Every statement carries citation ids that resolve to verified evidence.

The same claim from several articles is one statement citing all of them (`merge_facts`), and
says how many sources carry it (`sources_count`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import PurePath

from pydantic import BaseModel

from briefing.compose import figures as fig
from briefing.compose.annex import (
    QuotedText,
    chronology,
    chronology_fill_ins,
    further_reports,
    readable_alone,
)
from briefing.compose.budget import STATEMENT_OVERHEAD, Length, Printed, body_budget, fill, words_of
from briefing.compose.candidates import Candidate, pick, prepare, printable
from briefing.compose.citations import CitationTable
from briefing.compose.day_tellers import Tellers, day_tellers, last_teller
from briefing.compose.furniture import furniture_lines
from briefing.compose.keypoints import (
    KeyPointRequest,
    KeyPointWriter,
    SalienceKeyPoints,
    WrittenKeyPoint,
    bottom_line,
    frames_only,
    key_point_text,
    validate_key_points,
)
from briefing.compose.positions import display_name, positions, speaker_of
from briefing.compose.quoted import nameless_quotation
from briefing.compose.storylines import (
    LEAD_MAX,
    Storyline,
    age_in_days,
    covering_most,
    find_storylines,
    stale_after_days,
)
from briefing.compose.timeline import by_date, outlook, ranked_timeline
from briefing.compose.titles import headline_words, title_as_cut
from briefing.i18n import format_date, labels
from briefing.merge import merge_facts
from briefing.models import (
    Article,
    Briefing,
    Citation,
    Fact,
    FigurePoint,
    PartialDate,
    Period,
    Section,
    SkippedSource,
    SourceInfo,
    Statement,
    StorylineInfo,
)
from briefing.rules.salience import is_background

KEY_POINTS = 6
KEY_POINTS_MAX = 12  # in all storylines together: one request to an LLM writer
KEY_POINTS_PER_STORYLINE = 4
KEY_POINT_CANDIDATES = 40
KEY_POINTS_PER_ARTICLE = 2
RECENCY_FLOOR = 0.4  # an old fact keeps this share of its score; the latest keeps all of it
FIGURE_SERIES_MAX = 5
FIGURE_SINGLES_MAX = 5
FIGURES_PER_STORYLINE = 2
KEY_POINT_SHARE = 0.35  # of a storyline's words
TIMELINE_SHARE = 0.5  # of the words left after the key points: the days that matter come first
WATCH_SHARE = 0.3  # of what the key points leave
BACKGROUND_SHARE = 0.2  # of the body's words, when there is background
SPECIFICS_WEIGHT = 0.12  # per name, number or quotation
INFORMATION_WEIGHT = 0.5  # the same, in the annex: each is worth more than the engine's salience
DAY_BONUS = 0.3  # a statement for a day the timeline chose, over one it did not
HEADING_WORDS_SHARED = 2  # a statement that writes this many words of its storyline's heading speaks to it
BACKGROUND_ROUNDS = 8  # at most this many statements for one background storyline
MOST_OF_THE_COVERAGE = 0.5  # of the articles: what "most of the coverage" means in the header


class ComposeOptions(BaseModel):
    as_of: PartialDate | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None
    language: str = "en"
    title: str | None = None
    period_label: str | None = None  # e.g. "April 2025", for one briefing of `--every month`
    engine: str = "extractive"
    key_points: int = KEY_POINTS
    length: Length = "standard"


def latest_publication(articles: Iterable[Article]) -> PartialDate | None:
    published = [a.published for a in articles if a.published]
    return max(published, key=PartialDate.sort_key) if published else None


def default_as_of(articles: Iterable[Article], facts: Iterable[Fact]) -> PartialDate | None:
    """The latest publication date among the inputs (so a build is reproducible); else the latest
    date any fact carries; None when nothing is dated."""
    published = latest_publication(articles)
    if published:
        return published
    dated = [f.when for f in facts if f.when]
    return max(dated, key=PartialDate.sort_key) if dated else None


def _unique_ids(facts: list[Fact]) -> list[Fact]:
    seen: set[str] = set()
    unique = []
    for fact in facts:
        fid, n = fact.id, 1
        while fid in seen:
            n += 1
            fid = f"{fact.id}#{n}"
        seen.add(fid)
        unique.append(fact if fid == fact.id else fact.model_copy(update={"id": fid}))
    return unique


def _key_point_ranking(
    candidates: Sequence[Candidate],
    as_of: PartialDate,
    start: dt.date,
    limit: int = KEY_POINT_CANDIDATES,
    per_article: int = KEY_POINTS_PER_ARTICLE,
) -> list[Candidate]:
    """Recency × (salience + corroboration + kind): what is latest (or coming) and most attested
    is the bottom line. Only what the briefing may print (`Candidate.printable`) is ranked, what
    shows the sign of reading alone first (`reading_alone_first`); when nothing is printable,
    what fails only on a likely pointer (a storyline keeps its bottom line)."""
    alone = printable(candidates) or [c for c in candidates if c.printable_as_lead()]
    return pick(reading_alone_first(_by_recency(alone, as_of, start)), limit, per_article)


def reading_alone_first(ranked: Sequence[Candidate]) -> list[Candidate]:
    """`ranked` with the statements that show the sign of reading alone (`Candidate.reads_alone`)
    first, each part in its order: a storyline's bottom line merely passes the grade only where
    no statement of it shows that sign."""
    alone = [c.reads_alone() for c in ranked]
    return [c for c, ok in zip(ranked, alone, strict=True) if ok] + [
        c for c, ok in zip(ranked, alone, strict=True) if not ok
    ]


def _by_recency(candidates: Sequence[Candidate], as_of: PartialDate, start: dt.date) -> list[Candidate]:
    """All of `candidates`, best first by recency × (salience + corroboration + kind)."""
    end = as_of.last_day()
    span = max(1, (end - start).days)

    def recency(c: Candidate) -> float:
        if c.first_day is None or c.last_day is None:
            return 0.25
        if c.first_day > end:
            return 1.1
        return 1.0 - min(1.0, max(0, (end - known_last_day(c, c.last_day)).days) / span)

    return sorted(candidates, key=lambda c: -(c.base * (RECENCY_FLOOR + (1 - RECENCY_FLOOR) * recency(c))))


def known_last_day(candidate: Candidate, last: dt.date) -> dt.date:
    """The latest day a statement can tell of: its date's `last` day, but no later than its
    sources' publication when it reports what happened (only a plan tells of days ahead).
    `Hezbollah's attack reached Haifa`, dated `2024` in an article of 22 September 2024, tells of
    that day at the latest, not of 31 December: it is no later news than a report of 27 September."""
    if candidate.fact.kind == "plan" or candidate.reported_by is None:
        return last
    return min(last, max(candidate.reported_by, candidate.first_day or last))


def _bottom_line(ranked: Sequence[Candidate], as_of: PartialDate, since: dt.date) -> list[Candidate]:
    """The bottom line (`keypoints.bottom_line`), as a list of none or one: among the statements
    that show the sign of reading alone (`Candidate.reads_alone`) where there are any, so that a
    statement that only passes the grade (`Insieme alla professoressa …, Sulla è tra le altre cose
    autore…`) is not chosen over them for being newer or shorter."""
    readable = [c for c in ranked if c.reads_alone()]
    found = bottom_line(readable or ranked, as_of, since)
    return [found] if found is not None else []


class _Writer:
    """Turns chosen candidates into `Statement`s, numbering citations in order of first use."""

    def __init__(self, citations: CitationTable, language: str) -> None:
        self.citations = citations
        self.words = labels(language)
        self.language = language

    def note(self, items: Sequence[Candidate]) -> str | None:
        return self.words["source_undated"] if items and all(c.sources_undated for c in items) else None

    def statement(self, candidate: Candidate, dated: bool = True, **extra: object) -> Statement:
        """A chosen fact as printed: in its own words, with its speaker's name before it where no
        `actor` heading shows it and the words do not name them (`Mark Rutte: “…”`)."""
        fact = candidate.fact
        fields: dict[str, object] = {
            "text": fact.statement if extra.get("actor") else key_point_text(fact),
            "citations": self.citations.ids(fact.evidence),
            "date": fact.when.iso() if dated and fact.when else None,
            "kind": fact.kind,
            "sources_count": len(candidate.sources),
            "note": self.note([candidate]),
        }
        if dated and fact.when and fact.when_end and fact.when_end != fact.when:
            fields["date_end"] = fact.when_end.iso()  # a span prints as one: `21–22 Sep 2024`
        if dated and candidate.reported and fact.when:
            fields["date_basis"] = "reported"
        fields.update(extra)
        return Statement.model_validate(fields)


def _source_name(candidate: Candidate, articles: dict[str, Article]) -> str:
    article = articles.get(candidate.article)
    return (article.outlet if article and article.outlet else None) or PurePath(candidate.article).name


def _reported(mention: fig.FigureMention) -> bool:
    """A figure dated only by its statement's report (`Candidate.reported`): when its source was
    published, not when the figure held."""
    candidate = mention.candidate
    return candidate.reported and mention.when is not None and mention.when == candidate.fact.when


def _figure_date(mention: fig.FigureMention, language: str, words: dict[str, str]) -> str | None:
    """`2 Apr 2025`, or `reported 2 Apr 2025` when that day is only its report's (`_reported`)."""
    if mention.when is None:
        return None
    date = format_date(mention.when, language, short=True)
    return f"{words['reported_on']} {date}" if _reported(mention) else date


def _metric_label(series: fig.Series, words: dict[str, str]) -> str:
    """`Defence spending, % of GDP` (with ` — topic` when the engine gives one)."""
    label = words.get(f"metric_{series.metric}") or series.metric.removeprefix("unit:")
    if series.measure:
        label = f"{words.get(f'measure_{series.measure}', series.measure)}, {label}"
    return f"{label} — {series.topic}" if series.topic else label


def _figure_statements(
    candidates: Sequence[Candidate], writer: _Writer, articles: dict[str, Article]
) -> tuple[list[Statement], Statement | None]:
    """(the Figures section, the series worth a key point)."""
    words, language = writer.words, writer.language
    found = fig.mentions(candidates, articles)
    all_series = fig.group(found)
    conflict_statements: list[Statement] = []
    series_statements: list[tuple[float, Statement]] = []
    in_series: set[str] = set()
    for clash in fig.conflicts(found):
        first = clash[0]
        label = _metric_label(fig.Series(first.metric, first.topic, clash, first.measure), words)
        what = f"{label}, {first.actor}, {_figure_date(first, language, words)}"
        values = " vs ".join(
            f"{' '.join(m.figure.text.split())} ({_source_name(m.candidate, articles)})" for m in clash
        )
        conflict_statements.append(
            Statement(
                text=words["conflict"].format(what=what, values=values),
                citations=writer.citations.for_facts(m.candidate.fact for m in clash),
                date=first.when.iso() if first.when else None,
                date_basis="reported" if _reported(first) else None,
                kind="conflict",
                conflict=True,
                metric=label,
                sources_count=len({s for m in clash for s in m.candidate.sources}),
            )
        )
    for series in all_series:
        label = _metric_label(series, words)
        steps = fig.trajectory(series)
        if not fig.is_trajectory(steps):
            continue
        points, texts = [], []
        for step in steps:
            head = step[0]
            value = " ".join(head.figure.text.split())
            date = _figure_date(head, language, words)
            who = ", ".join(part for part in (head.actor, date) if part)
            texts.append(f"{value} ({who})" if who else value)
            points.append(
                FigurePoint(
                    value=value,
                    number=head.number,
                    actor=head.actor,
                    date=head.when.iso() if head.when else None,
                    date_basis="reported" if _reported(head) else None,
                    citations=writer.citations.for_facts(m.candidate.fact for m in step),
                )
            )
            in_series.update(m.candidate.fact.id for m in step)
        cited = [m.candidate for step in steps for m in step]
        statement = Statement(
            text=words["series"].format(metric=label, steps=" → ".join(texts)),
            citations=list(dict.fromkeys(c for p in points for c in p.citations)),
            kind="figure_series",
            metric=label,
            points=points,
            sources_count=len({s for c in cited for s in c.sources}),
        )
        series_statements.append((len(steps) + sum(c.score for c in cited) / len(cited), statement))
    series_statements.sort(key=lambda item: -item[0])
    best = series_statements[0][1] if series_statements else None
    singles = sorted(
        (c for c in candidates if c.fact.figures and c.fact.id not in in_series),
        key=lambda c: -c.score,
    )
    single_statements = [writer.statement(c) for c in pick(singles, FIGURE_SINGLES_MAX, 2)]
    shown = [s for _, s in series_statements[:FIGURE_SERIES_MAX]]
    return conflict_statements + shown + single_statements, best


def _key_points(
    ranked: list[Candidate],
    key_writer: KeyPointWriter,
    as_of: PartialDate,
    options: ComposeOptions,
    limit: int,
) -> list[tuple[WrittenKeyPoint, list[Candidate]]]:
    """One request to the writer for every storyline's key points; only valid points are kept."""
    by_id = {c.fact.id: c for c in ranked}
    request = KeyPointRequest(
        facts=[c.fact for c in ranked], as_of=as_of, language=options.language, limit=limit
    )
    written = key_writer.write(request)[:limit]
    problems = validate_key_points(written, {fid: c.fact for fid, c in by_id.items()})
    kept = [point for point, found in zip(written, problems, strict=True) if not found]
    return [(point, [by_id[fid] for fid in dict.fromkeys(point.fact_ids)]) for point in kept]


def _interleave(groups: Sequence[Sequence[Candidate]], limit: int) -> list[Candidate]:
    """The best of each group in turn (round robin), so every storyline is in a request."""
    merged: list[Candidate] = []
    for rank in range(max((len(g) for g in groups), default=0)):
        merged.extend(g[rank] for g in groups if rank < len(g))
    return merged[:limit]


class _Block:
    """One storyline's share of the body, chosen before it is written."""

    def __init__(self, storyline: Storyline, candidates: list[Candidate], words: int) -> None:
        self.storyline = storyline
        self.candidates = candidates
        self.words = words
        self.key_points: list[tuple[str, list[Candidate]]] = []  # (text, cited)
        self.developments: list[Candidate] = []
        self.positions: list[tuple[str, list[Candidate]]] = []
        self.scheduled: list[Candidate] = []
        self.announced: list[Candidate] = []
        self.context: list[Candidate] = []  # what else the storyline's articles report


def _prints_anything(block: _Block, figures: Sequence[Statement]) -> bool:
    return bool(
        block.key_points
        or block.developments
        or block.positions
        or block.scheduled
        or block.announced
        or block.context
        or figures
    )


def _by_score(candidates: Iterable[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: -c.score)


_SPECIFIC = re.compile(r"\d+|(?<=\w[\s,;:])[A-Z][\w’'-]+|[“«\"]")


def specifics(text: str) -> int:
    """Names, numbers and quotations a sentence holds (a capital inside a sentence, a number, an
    opening quote mark): what an analyst can act on, against words that only frame it."""
    return len(_SPECIFIC.findall(text))


_LINK_TARGET = re.compile(r"\]\([^)\s]*\)|https?://\S+")


def information(candidate: Candidate) -> int:
    """`specifics` of the words a reader sees (not a link's address, whose digits are no figures),
    and the figures the engine found written in words (`quattro regioni`, `cinque o dieci anni`):
    numbers all the same."""
    spelled = sum(1 for f in candidate.fact.figures if not any(ch.isdigit() for ch in f.text))
    return specifics(_LINK_TARGET.sub("]", candidate.fact.statement)) + spelled


def _by_density(candidates: Iterable[Candidate], preferred: set[int]) -> list[Candidate]:
    """Best value for the words it takes first: score per square root of length (a long sentence
    must say more to earn its place; one printed with the sentence before it, by its own words),
    the days the timeline chose ahead of the rest; the lines of
    a post the article embeds after the article's own sentences."""

    def value(c: Candidate) -> float:
        bonus = DAY_BONUS if id(c) in preferred else 0.0
        return (c.score + bonus + SPECIFICS_WEIGHT * information(c)) / math.sqrt(words_of(c.own_words))

    return sorted(candidates, key=lambda c: (c.fact.embedded, -value(c)))


def _by_information(candidates: Iterable[Candidate]) -> list[Candidate]:
    """For the annex, where what counts is the sources' text it quotes: the most names, numbers and
    quotations per word first (then the score), a post the article embeds after its own sentences."""

    def value(c: Candidate) -> float:
        return (c.score + INFORMATION_WEIGHT * information(c)) / words_of(c.fact.statement)

    return sorted(candidates, key=lambda c: (c.fact.embedded, -value(c)))


def _choose_block(
    block: _Block,
    ranked: list[Candidate],
    written: list[tuple[WrittenKeyPoint, list[Candidate]]] | None,
    as_of: PartialDate,
    printed: Printed,
) -> None:
    """Fill one storyline's block within its words: the bottom line and key points first, then
    what to watch, the developments, and who said what; whatever a part leaves goes on."""
    words = block.words
    start = printed.used
    key_words = max(int(words * KEY_POINT_SHARE), 1)
    if written:
        for point, cited in written:
            cost = words_of(point.text)
            if printed.used - start + cost > key_words and block.key_points:
                break
            if all(c.fact.id in printed.fact_ids for c in cited):
                continue
            block.key_points.append((point.text, cited))
            for candidate in cited:
                printed.add(candidate, 0)
            printed.used += cost
    else:
        # The bottom line is the best-ranked fact that is not a mere announcement (it is always
        # printed, whatever its length); further key points leave what is scheduled or announced
        # to "what to watch".
        # Every key point stands alone: no anaphor without its antecedent, no quotation whose
        # speaker is unknown (a quotation is shown after its speaker's name).
        scheduled, announced = outlook(block.candidates, as_of)
        coming = {id(c) for c in scheduled} | {id(c) for c in announced}
        announced_ids = {id(c) for c in announced}
        alone = ranked  # every one of them stands alone (`_key_point_ranking`)
        since = _first_day(block.storyline, as_of.first_day())
        lead = _bottom_line([c for c in alone if id(c) not in announced_ids], as_of, since) or alone[:1]
        for candidate in lead:
            printed.add(candidate, words_of(key_point_text(candidate.fact)))
        rest = [c for c in alone if id(c) not in coming and not frames_only(c.fact) and c.reads_alone()]
        chosen = fill(rest, key_words - (printed.used - start), printed, limit=KEY_POINTS_PER_STORYLINE - 1)
        block.key_points = [(key_point_text(c.fact), [c]) for c in lead + chosen]

    # The rest, one article's best in turn (so every article of the storyline is heard), each
    # statement in its place: scheduled → what to watch, quoted → who said what, dated (the days
    # the timeline chooses) → developments, anything else → one more key point.
    scheduled, announced = outlook(block.candidates, as_of)
    future = {id(c) for c in scheduled}
    announced_ids = {id(c) for c in announced}
    shown = positions(block.candidates)
    speaker = {id(c): name for name, group in shown for c in group}
    # A quotation of a speaker beyond the few `positions` picks still goes under its speaker, never
    # to the context, where nothing would say who speaks (`“Il supporto non è improvvisato…”`).
    display = {(speaker_of(group[0]) or name).casefold(): name for name, group in shown}
    quoted_by = {
        id(c): display.get(quoted.casefold()) or display_name(quoted, [c])
        for c in block.candidates
        if (quoted := speaker_of(c))
    }
    # A day whose best statement is printed already (a key point) or belongs elsewhere (a
    # speaker's words, an announcement), or does not show the sign of reading alone
    # (`Candidate.reads_alone`), is told by its next statement.
    days = ranked_timeline(
        block.candidates,
        as_of,
        block.storyline.first,
        block.storyline.articles,
        skip=lambda c: (
            id(c) in announced_ids
            or id(c) in speaker
            or id(c) in quoted_by
            or printed.repeats(c)
            or not c.reads_alone()
        ),
    )
    on_timeline = {id(c) for c in days}
    # The days that matter come first (best attested first), within a share of the words.
    block.developments += fill(days, int(max(0, words - (printed.used - start)) * TIMELINE_SHARE), printed)
    by_article: dict[str, list[Candidate]] = {}

    # Only what can be printed where it would go: under its speaker's name (who said what), or
    # alone; never site furniture.
    def under_speaker(c: Candidate) -> bool:  # where the loop below puts it: who said what
        if id(c) in future or id(c) in announced_ids:
            return False
        return id(c) in speaker or (id(c) not in on_timeline and id(c) in quoted_by)

    # A sentence that says only that someone spoke ("The following is a statement from…") tells
    # nothing in the context; on its own day it is a development.
    # A statement that only passes the grade (`Candidate.reads_alone`) is told in the reporter's
    # words nowhere: under its speaker's name or as what to watch (a plan and its date) it may be.
    def labelled(c: Candidate) -> bool:
        return under_speaker(c) or id(c) in future or id(c) in announced_ids

    eligible = [
        c
        for c in block.candidates
        if (c.reads_alone(under_speaker(c)) or (labelled(c) and c.printable(under_speaker(c))))
        and (id(c) in on_timeline or not frames_only(c.fact))
    ]
    for candidate in _by_density(eligible, on_timeline):
        by_article.setdefault(candidate.article, []).append(candidate)
    order = _interleave(list(by_article.values()), len(eligible))
    chosen = fill(order, max(0, words - (printed.used - start)), printed)
    said: dict[str, list[Candidate]] = {}
    for candidate in chosen:
        if id(candidate) in future:
            block.scheduled.append(candidate)
        elif id(candidate) in announced_ids:
            block.announced.append(candidate)
        elif id(candidate) in speaker:
            said.setdefault(speaker[id(candidate)], []).append(candidate)
        elif id(candidate) in on_timeline:
            block.developments.append(candidate)
        elif id(candidate) in quoted_by:
            said.setdefault(quoted_by[id(candidate)], []).append(candidate)
        else:
            block.context.append(candidate)
    block.scheduled = by_date(block.scheduled)
    block.announced = by_date(block.announced)
    block.developments = by_date(block.developments)
    block.context = by_date(block.context)
    prominence = [name for name, _ in shown]  # the most prominent first, then the others as met
    prominence += [name for name in said if name not in prominence]
    block.positions = [(name, by_date(said[name])) for name in prominence if name in said]


def _first_day(storyline: Storyline, default: dt.date) -> dt.date:
    return storyline.first.first_day() if storyline.first else default


def _choose_background(
    background: Sequence[Storyline],
    per_storyline: dict[str, list[Candidate]],
    as_of: PartialDate,
    start_day: dt.date,
    budget: int,
    printed: Printed,
    tellers: Tellers | None = None,
    unopened: set[str] | None = None,
) -> list[tuple[Storyline, Candidate]]:
    """The best statement of each background storyline in rank order while words remain (its
    bottom line, or nothing: the storyline is then left out); then, if words still remain (a small
    folder), a second best of each, and so on. A statement after the bottom line that is the last
    able to tell a day of the full timeline (`day_tellers.last_teller` among `tellers`) is handed
    to it: printed here, that day would be in no timeline. Its words stay unspent, so Background
    prints nothing it would not have printed otherwise. A story's opening that is such a statement
    is handed on too when the story has another opening (`opening`) of the same article that is
    not: the story opens on that one, and the full timeline tells both days. A story headed by one
    article's headline (`Storyline.told_by`) whose bottom line is another article's and writes no
    two words of the heading (`speaks_to`) opens on that article's bottom line where it has one,
    and goes on only with that article's statements and those that speak to the heading.
    The ids of the storylines that have nothing to open on are added to `unopened`."""
    ranked = {}
    opening: dict[str, list[Candidate]] = {}
    for s in background:
        best = _background_ranking(per_storyline[s.id], as_of, _first_day(s, start_day))
        # its bottom line first (as a lead block's); then what says most for its words; of a story
        # headed by one article's headline, where its bottom line is another article's and does
        # not speak to the heading, that article's bottom line, where it has one that reads alone:
        # the heading speaks for it (`Guida alle rivolte…`, not the Nobel forecast of the story's
        # latest article); what follows it is then that article's, or speaks to the heading too
        lead = _bottom_line(best, as_of, _first_day(s, start_day))
        if s.told_by and not any(s.told_by in c.sources or speaks_to(s.title, c) for c in lead):
            own = _background_ranking(
                [c for c in per_storyline[s.id] if s.told_by in c.sources], as_of, _first_day(s, start_day)
            )
            if heard := [c for c in _bottom_line(own, as_of, _first_day(s, start_day)) if c.reads_alone()]:
                lead = heard
                best = own + [c for c in best if s.told_by not in c.sources and speaks_to(s.title, c)]
        # what it may open on when its bottom line does not fit: a dated development told as news
        # (not `Luciano Gaucci intuì l'affare…`, an aside in the tense of history); a story none
        # of whose statements shows the sign of reading alone opens on none: a reader meeting it
        # in Background has no sentence before it to lean on
        lead = [c for c in lead or best[:1] if c.reads_alone()]
        opening[s.id] = lead + [c for c in ranked_rest(best, lead) if opens_a_story(c)]
        if not opening[s.id] and unopened is not None:
            unopened.add(s.id)
        ranked[s.id] = lead + ranked_rest(best, lead)
    chosen: dict[str, list[Candidate]] = {s.id: [] for s in background}
    handed = Printed()  # left to the full timeline (with their words), so never printed here
    for _round in range(BACKGROUND_ROUNDS):
        added = False
        for storyline in background:
            left = budget - printed.used - handed.used
            if left <= 0:
                break
            # a story opens on its bottom line, or is not shown: a lesser statement that happens
            # to fit (`Luciano Gaucci intuì l'affare…`) would read as what the story is
            offered = ranked[storyline.id] if chosen[storyline.id] else opening[storyline.id]
            choice = _first_fit(offered, left, printed, handed)
            if choice is None:
                continue
            added = True
            told = tellers or {}
            if last_teller(choice, told, printed):
                if chosen[storyline.id]:
                    handed.add(choice)
                    continue
                # an opening gives way to the story's next one whose day is told elsewhere, of its
                # own article: another article's (a months older treaty under `Mubarak
                # clinicamente morto`) would tell a story its heading does not name
                instead = _first_fit(
                    [
                        c
                        for c in offered
                        if c is not choice
                        and set(c.sources) & set(choice.sources)
                        and not last_teller(c, told, printed)
                    ],
                    left,
                    printed,
                    handed,
                )
                if instead is not None:
                    handed.add(choice)
                    choice = instead
            printed.add(choice)
            chosen[storyline.id].append(choice)
        if not added:
            break
    return [(s, c) for s in background for c in chosen[s.id]]


def speaks_to(heading: str, candidate: Candidate) -> bool:
    """Whether a statement writes `HEADING_WORDS_SHARED` words of a heading or more
    (`titles.headline_words`): `Hosni Mubarak è clinicamente morto` under `Egitto, 'Mubarak
    clinicamente morto'…`, not a Nobel forecast under `Guida alle rivolte in Nordafrica…`, nor
    Gheddafi's regime under `Bin Laden, "Le foto sono atroci" Obama…` for naming Obama in passing."""
    shared = headline_words(heading) & headline_words(candidate.fact.statement)
    return len(shared) >= HEADING_WORDS_SHARED


def _background_ranking(
    candidates: Sequence[Candidate], as_of: PartialDate, since: dt.date
) -> list[Candidate]:
    """A background storyline's best statements (`_key_point_ranking`), what happened before what
    is only scheduled: a background item is a fact."""
    end = as_of.last_day()
    return sorted(
        _key_point_ranking(candidates, as_of, since, BACKGROUND_ROUNDS, BACKGROUND_ROUNDS),
        key=lambda c: c.first_day is not None and c.first_day > end,
    )


def ranked_rest(best: Sequence[Candidate], lead: Sequence[Candidate]) -> list[Candidate]:
    """A background storyline's statements after its bottom line that show the sign of reading
    alone (`Candidate.reads_alone`): what says most for its words."""
    return _by_density([c for c in best if not any(c is b for b in lead) and c.reads_alone()], set())


def opens_a_story(candidate: Candidate) -> bool:
    """Whether a statement may open a background story in place of its bottom line: a dated
    development (not undated background) told as news (`rules.salience.is_background`) in the
    reporter's words, not a quotation that names nobody (`quoted.nameless_quotation`: `“Bloccheremo
    l’aumento nel 2027…”`, whose speaker and whose `aumento` the sentence before names)."""
    return (
        candidate.first_day is not None
        and candidate.fact.kind != "context"
        and not is_background(candidate.fact.statement)
        and not nameless_quotation(candidate.fact.statement, candidate.fact.speaker)
    )


def _first_fit(
    ranked: Sequence[Candidate], words: int, printed: Printed, handed: Printed
) -> Candidate | None:
    """What `fill(ranked, words, printed, limit=1)` would take, leaving out what was `handed`
    on, without printing it."""
    if words <= STATEMENT_OVERHEAD:
        return None
    return next(
        (
            c
            for c in ranked
            if words_of(c.fact.statement) <= words and not printed.repeats(c) and not handed.repeats(c)
        ),
        None,
    )


def _storyline_label(storyline: Storyline, number: int, words: dict[str, str], language: str) -> str:
    return f"{words['storyline'].format(n=number)} · {storyline.title}"


def _overview(
    storylines: Sequence[Storyline],
    leads: Sequence[Storyline],
    background: Sequence[Storyline],
    as_of: PartialDate,
    stale_days: int,
    words: dict[str, str],
    unreadable: Iterable[Storyline] = (),
    language: str = "en",
) -> str:
    """The mix, plainly: `9 storylines; 2 of them carry most of the coverage (40/52 of the
        articles).` (or that the coverage is spread over many single-article stories), then where each
        storyline is, counting what the page shows: how many `leads` lead below, how many are shown
        under Background (`background`), and how many are left out and why (`unreadable`: none of
        its statements reads alone; the others for length); then how many of those not leading are
        stale, by the newest of their last reports (`no report since 4 January 2026`: a count of days
    says less plainly how old a story is). Every count agrees in number with its
    words (`_one` for one)."""
    lead_ids = {id(s) for s in leads}
    if len(storylines) == 1 and lead_ids == {id(storylines[0])}:
        return words["overview_one"]
    total = sum(s.articles for s in storylines)
    most = covering_most(storylines, MOST_OF_THE_COVERAGE)
    largest = sorted(storylines, key=lambda s: -s.articles)[:most]
    held = sum(s.articles for s in largest)
    others = [s.articles for s in storylines if all(s is not big for big in largest)]
    # `2 carry most of the coverage` only where those two are larger than the rest: three stories
    # of one article each are spread thin, not carried by two of them
    tied = bool(others) and min(s.articles for s in largest) <= max(others)
    single = sum(1 for s in storylines if s.articles == 1)
    said = []
    if len(storylines) == 1:
        said.append(words["overview_one"])
    elif most > LEAD_MAX or tied:
        if single == len(storylines):
            spread = "overview_spread_each"
        else:  # no single-article story: only that none carries most of the coverage
            spread = _one("overview_spread", single) if single else "overview_spread_even"
        said.append(words[spread].format(n=len(storylines), total=total, single=single))
    elif most == 1:
        said.append(words["overview_most_one"].format(n=len(storylines), share=f"{held}/{total}"))
    else:
        said.append(words["overview_most"].format(n=len(storylines), k=most, share=f"{held}/{total}"))
    shown = lead_ids | {id(s) for s in background}
    left_out = [s for s in storylines if id(s) not in shown]
    unread = {id(s) for s in unreadable}
    no_room = sum(1 for s in left_out if id(s) not in unread)
    parts = [words["overview_no_lead"] if not leads else _count(words, "overview_leads", len(leads))]
    if leads and lead_ids != {id(s) for s in largest} and single < len(storylines):
        # which share of the articles leads, where the first sentence has not said it
        parts[0] += words["overview_lead_share"].format(share=f"{sum(s.articles for s in leads)}/{total}")
    parts += [
        _count(words, key, count)
        for key, count in (
            ("overview_background", len(background)),
            ("overview_no_room", no_room),
            ("overview_unreadable", len(left_out) - no_room),
        )
        if count
    ]
    where = ", ".join(parts[:-1]) + words["overview_and"] + parts[-1] if len(parts) > 1 else parts[0]
    said.append(where[:1].upper() + where[1:] + ".")
    stale = [s for s in storylines if id(s) not in lead_ids and (age_in_days(s, as_of) or 0) > stale_days]
    if stale:
        # the newest of their last reports: none of them has had one since (the day `stale_days`
        # before the as-of date would read as a report's day, and no report was of that day)
        newest = max((s.last for s in stale if s.last), key=PartialDate.last_day)
        since = format_date(newest, language)
        said.append(words[_one("overview_stale", len(stale))].format(stale=len(stale), since=since))
    return " ".join(said)


def _one(key: str, count: int) -> str:
    """The label `key` in the number `count` asks for: `key_one` for one."""
    return f"{key}_one" if count == 1 else key


def _count(words: dict[str, str], key: str, count: int) -> str:
    return words[_one(key, count)].format(n=count)


def compose(
    articles: list[Article],
    facts: list[Fact],
    options: ComposeOptions,
    skipped: list[SkippedSource] | None = None,
    key_writer: KeyPointWriter | None = None,
) -> Briefing:
    words = labels(options.language)
    as_of = options.as_of or default_as_of(articles, facts)
    if as_of is None:  # never today's date silently: a briefing must be reproducible
        raise ValueError("nothing in the inputs is dated: give ComposeOptions(as_of=...)")
    published = [a.published for a in articles if a.published]
    first = min(published, key=PartialDate.sort_key) if published else None
    start = options.since or first
    furniture = furniture_lines(articles)  # (read once: for the statements and the storylines)
    candidates = prepare(_unique_ids(merge_facts(facts)), articles, options.engine == "extractive", furniture)
    by_source = {a.source: a for a in articles}
    writer = _Writer(CitationTable({a.source: a.text for a in articles}), options.language)
    # Storylines are named from the verified facts only: no word of an article reaches the page
    # unless a quote the tool checked holds it.
    named_by: dict[str, list[Fact]] = {}
    for candidate in candidates:
        for source in candidate.sources:
            named_by.setdefault(source, []).append(candidate.fact)
    storylines = find_storylines(articles, as_of, named_by, furniture)
    storyline_of = {source: s for s in storylines for source in s.sources}
    per_storyline: dict[str, list[Candidate]] = {s.id: [] for s in storylines}
    for candidate in candidates:
        home = storyline_of.get(candidate.article)
        if home is not None:
            per_storyline[home.id].append(candidate)

    budget = body_budget(articles, options.length)
    printed = Printed()
    start_day = start.first_day() if start else as_of.first_day()
    leads = [s for s in storylines if s.lead and per_storyline[s.id]]
    background = [s for s in storylines if not (s.lead and per_storyline[s.id]) and per_storyline[s.id]]

    # Figures: series of one measure, and conflicts, each within its storyline (a series never
    # chains the numbers of unrelated stories).
    figures_of: dict[str, list[Statement]] = {}
    for storyline in leads:
        found, _best = _figure_statements(per_storyline[storyline.id], writer, by_source)
        figures_of[storyline.id] = [f for f in found if f.points or f.conflict][:FIGURES_PER_STORYLINE]
    figure_words = sum(words_of(f.text) for found in figures_of.values() for f in found)
    printed.used += figure_words

    background_words = int(budget * BACKGROUND_SHARE) if background else 0
    lead_words = max(0, budget - background_words - figure_words)
    total_weight = sum(math.sqrt(s.weight) for s in leads) or 1.0
    blocks = [
        _Block(s, per_storyline[s.id], int(lead_words * math.sqrt(s.weight) / total_weight)) for s in leads
    ]
    # Recency within each storyline's own span: its latest news leads its block.
    ranked = {
        b.storyline.id: _key_point_ranking(b.candidates, as_of, _first_day(b.storyline, start_day))
        for b in blocks
    }

    written_by_storyline: dict[str, list[tuple[WrittenKeyPoint, list[Candidate]]]] = {}
    if key_writer is not None and not isinstance(key_writer, SalienceKeyPoints) and blocks:
        pool = _interleave([ranked[b.storyline.id] for b in blocks], KEY_POINT_CANDIDATES)
        limit = min(KEY_POINTS_MAX, max(options.key_points, KEY_POINTS_PER_STORYLINE * len(blocks)))
        home_of = {c.fact.id: storyline_of[c.article].id for c in pool}
        for point, cited in _key_points(pool, key_writer, as_of, options, limit):
            homes = [home_of[c.fact.id] for c in cited]
            written_by_storyline.setdefault(max(dict.fromkeys(homes), key=homes.count), []).append(
                (point, cited)
            )

    for block in blocks:
        _choose_block(
            block, ranked[block.storyline.id], written_by_storyline.get(block.storyline.id), as_of, printed
        )
    # A storyline none of whose statements may be printed leads nothing: it is counted with
    # Background's, among those left out (`Chi è…`: a profile whose every sentence leans on another).
    silent = [b for b in blocks if not _prints_anything(b, figures_of[b.storyline.id])]
    blocks = [b for b in blocks if b not in silent]
    background += [b.storyline for b in silent]
    # The days the body's timelines tell (the full timeline leaves them out): what it ranks.
    developed = {c.when for block in blocks for c in block.developments if c.when is not None}
    tellers = day_tellers(candidates, as_of, start, len(articles), developed) if background else {}
    unopened: set[str] = set()
    background_items = _choose_background(
        background, per_storyline, as_of, start_day, budget, printed, tellers, unopened
    )

    # Write in reading order, so that citation numbers follow the page.
    sections: list[Section] = []
    for number, block in enumerate(blocks, start=1):
        sid = block.storyline.id
        key_statements = []
        for text, cited in block.key_points:
            dates = {c.when for c in cited}
            when = dates.pop() if len(dates) == 1 else None
            ends = {c.fact.when_end for c in cited}
            end = ends.pop() if when and len(ends) == 1 else None
            key_statements.append(
                Statement(
                    text=text,
                    citations=writer.citations.for_facts(c.fact for c in cited),
                    date=when.iso() if when else None,
                    date_end=end.iso() if end and end != when else None,
                    # the day only its sources' publication gives (`Candidate.reported`)
                    date_basis="reported" if when and all(c.reported for c in cited) else None,
                    kind=cited[0].fact.kind if len(cited) == 1 else None,
                    sources_count=len({s for c in cited for s in c.sources}),
                    note=writer.note(cited),
                )
            )
        label = _storyline_label(block.storyline, number, words, options.language)
        sections += [
            Section(heading=label, key="key_points", storyline=sid, statements=key_statements),
            Section(
                heading=words["developments"],
                key="timeline",
                storyline=sid,
                statements=[writer.statement(c) for c in block.developments],
            ),
            Section(
                heading=words["who_said"],
                key="positions",
                storyline=sid,
                statements=[
                    writer.statement(c, actor=name) for name, group in block.positions for c in group
                ],
            ),
            Section(
                heading=words["watch"],
                key="outlook",
                storyline=sid,
                statements=[writer.statement(c) for c in block.scheduled]
                + [
                    writer.statement(c, date_basis="announced", note=words["announced_note"])
                    for c in block.announced
                ],
            ),
            Section(
                heading=words["context"],
                key="context",
                storyline=sid,
                statements=[writer.statement(c) for c in block.context],
            ),
            Section(heading=words["figures"], key="figures", storyline=sid, statements=figures_of[sid]),
        ]
    sections.append(
        Section(
            heading=words["background"],
            key="background",
            statements=[writer.statement(c, group=s.title, storyline=s.id) for s, c in background_items],
        )
    )
    body_words = sum(words_of(st.text) for sec in sections for st in sec.statements)
    sections += _annex(
        candidates, storylines, per_storyline, storyline_of, as_of, start, articles, writer, sections, printed
    )
    sections = [section for section in sections if section.statements]
    _number(sections)
    # Figures were written before the key points (to find the best series); renumber citations
    # into reading order now that every statement is known.
    citations = _renumber(sections, writer.citations)

    period_label = options.period_label
    as_of_label = format_date(as_of, options.language)
    title = options.title or (
        f"{words['title']} — {period_label} ({words['as_of']} {as_of_label})"
        if period_label
        else f"{words['title']} — {words['as_of']} {as_of_label}"
    )
    shown_background = {s.id for s, _ in background_items}
    # every storyline the page does not show, whether or not it had anything to print
    left_out = [
        s for s in storylines if s.id not in shown_background and all(b.storyline is not s for b in blocks)
    ]
    return Briefing(
        title=title,
        as_of=as_of.iso(),
        period=Period(start=start.first_day().isoformat() if start else None, end=as_of.iso()),
        language=options.language,
        engine=options.engine,
        sections=sections,
        citations=citations,
        sources=[_source_info(a) for a in articles],
        skipped=list(skipped or []),
        storylines=[
            StorylineInfo(
                id=s.id,
                title=s.title,
                sources=s.sources,
                lead=any(b.storyline is s for b in blocks),
                first=s.first.iso() if s.first else None,
                last=s.last.iso() if s.last else None,
            )
            for s in storylines
        ],
        overview=_overview(
            storylines,
            [b.storyline for b in blocks],
            [s for s in background if s.id in shown_background],
            as_of,
            stale_after_days(articles),
            words,
            # a storyline with no printable statement, or none it may open on, is left out for that
            unreadable=[s for s in storylines if not per_storyline[s.id] or s.id in unopened],
            language=options.language,
        ),
        body_words=body_words,
        body_budget=budget,
        background_hidden=len(left_out),
        hidden_storylines=[s.title for s in left_out],
    )


def _annex(
    candidates: Sequence[Candidate],
    storylines: Sequence[Storyline],
    per_storyline: dict[str, list[Candidate]],
    storyline_of: dict[str, Storyline],
    as_of: PartialDate,
    start: PartialDate | None,
    articles: Sequence[Article],
    writer: _Writer,
    body: Sequence[Section],
    printed: Printed,
) -> list[Section]:
    """The chronology and the further reports (`annex`), after the body and apart from its budget."""
    words = labels(writer.language)
    quoted = QuotedText(articles)
    quoted.add([writer.citations.table[c] for sec in body for st in sec.statements for c in st.citations])
    timelines = [st for sec in body if sec.key == "timeline" for st in sec.statements]
    on_timelines = {PartialDate.parse(st.date) for st in timelines if st.date}
    days = chronology(candidates, as_of, start, len(articles), printed, on_timelines)
    home = {id(c): storyline_of[c.article].id for c in days if c.article in storyline_of}
    written = {id(c): writer.statement(c, storyline=home.get(id(c))) for c in days}
    quoted.add([writer.citations.table[c] for st in written.values() for c in st.citations])
    with_facts = [s for s in storylines if per_storyline[s.id]]
    ranked = {
        s.id: _by_information([c for c in per_storyline[s.id] if readable_alone(c)]) for s in with_facts
    }
    by_article: dict[str, list[Candidate]] = {}
    for storyline in with_facts:
        for candidate in ranked[storyline.id]:
            by_article.setdefault(candidate.article, []).append(candidate)
    # The days whose statement the body prints elsewhere, with their next statement, as quotes fit:
    # a day the full timeline ranks comes before what else the articles report.
    filled = chronology_fill_ins(candidates, as_of, start, len(articles), printed, quoted, on_timelines, days)
    taken = {id(c) for group in further_reports(list(by_article.values()), printed, quoted) for c in group}
    further = [[c for c in ranked[s.id] if id(c) in taken] for s in with_facts]  # by storyline
    for candidate in filled:
        home_of = storyline_of.get(candidate.article)
        written[id(candidate)] = writer.statement(candidate, storyline=home_of.id if home_of else None)
    chronology_statements = [written[id(c)] for c in by_date([*days, *filled])]
    return [
        Section(heading=words["chronology"], key="chronology", annex=True, statements=chronology_statements),
        Section(
            heading=words["further"],
            key="further",
            annex=True,
            statements=[
                writer.statement(c, group=s.title, storyline=s.id)
                for s, chosen in zip(with_facts, further, strict=True)
                for c in chosen
            ],
        ),
    ]


_PREFIX = {
    "key_points": "K",
    "timeline": "T",
    "outlook": "O",
    "positions": "P",
    "figures": "F",
    "undated": "U",
    "background": "B",
    "context": "C",
    "chronology": "D",
    "further": "R",
}


def _number(sections: list[Section]) -> None:
    """Statement ids by section kind across storylines: `K1`, `K2`, … `T1`, … (unique anchors)."""
    counts: dict[str, int] = {}
    for section in sections:
        prefix = _PREFIX.get(section.key, section.key[:1].upper())
        for statement in section.statements:
            counts[prefix] = counts.get(prefix, 0) + 1
            statement.id = f"{prefix}{counts[prefix]}"


def _renumber(sections: list[Section], table: CitationTable) -> dict[str, Citation]:
    """Citation ids `c1`, `c2`, … in reading order; only citations some statement uses."""
    mapping: dict[str, str] = {}
    for section in sections:
        for statement in section.statements:
            for cid in statement.citations:
                mapping.setdefault(cid, f"c{len(mapping) + 1}")
    for section in sections:
        for statement in section.statements:
            statement.citations = [mapping[c] for c in statement.citations]
            for point in statement.points or []:
                point.citations = [mapping[c] for c in point.citations]
    return {new: table.table[old] for old, new in mapping.items()}


def _source_info(article: Article) -> SourceInfo:
    return SourceInfo(
        source=article.source,
        sha256=article.sha256,
        encoding=article.encoding,
        title=title_as_cut(article.title),
        outlet=article.outlet,
        published=article.published.iso() if article.published else None,
        published_basis=article.published_basis,
        outlet_basis=article.outlet_basis,
        language=article.language,
    )
