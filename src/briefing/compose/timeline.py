"""What happened when (timeline), what is coming (outlook), and what carries no date at all.

- Timeline: the *dates that matter*, then one statement for each. A date matters as much as the
  reports that attest it within the period: each article that states something happened on that date
  (`when` found in its text) is one report. A sentence reprinted verbatim across files counts once,
  while the same fact told in different words by several articles (merged as one fact) counts each
  of them. An article published on the day or the day after is half a report (it was the news then:
  the publication counts of Gholipour Ghalandari & Ifrim 2020 and of DATEWISE, Martschat & Markert
  2018); a live blog, whose entries are stamped with the hour of its day (`live_blogs`), tells that
  day as it happens: a whole report. Site furniture (a line recurring across the pages of many days,
  `compose/furniture.py`) attests nothing. Each report weighs as much as the article's statement of
  the date is about the folder's story (`compose/topic.py`), so that a page of unrelated news
  carried into the folder (a local paper's year of crime reports) does not outvote the story's own
  days; and a page that dates more than `LIST_DATES` things weighs less for each of them
  (`list_discount`). A day matters only when its reports together weigh at least `MATTERS_SHARE`
  of a typical article's report (`matters`): a day that only a long list page or a line far from
  the story dates goes on no timeline, however few days the story's own articles date. Dates are
  ranked by weighed reports (ties: the best statement's score, then
  earliest first); a storyline's timeline keeps as many days as `timeline_length` allows for the
  corpus and the period, the full timeline in the annex every day that matters up to `TIMELINE_MAX`
  (`compose/annex.py`) (a coarser date, a month or a year, rides along in its rank without taking a
  day's place), and for each the best-supported statement (one that dates the thing itself, then the
  best scored, which counts its sources) that does not repeat one already chosen, taken from a report
  that makes the day matter (`DateReports.carried`: its source counts at least `CARRYING_SHARE` of
  the day's best report), so that a day a story's article dates is not told by the line a page of
  unrelated news has for it. A date more than
  `BEFORE_PERIOD_DAYS` before the period is background, not timeline. The result reads by the date
  things happened, each at its own precision. This is the datewise approach of the
  timeline-summarisation literature (date mentions counted across articles, ranked), measured with
  Date-F1 by `bench/timeline_f1.py`.
- Outlook: facts dated after the as-of date; and plans dated only by a recent publication, which
  are *announced* as coming without a date (their `date` is the announcement's, and they say so).
- Undated: facts from sources with no publication date and no date of their own. They never go on
  the timeline, and each says that its source is undated.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from briefing import lang
from briefing.compose.candidates import Candidate, near_duplicate, pick
from briefing.compose.topic import NEUTRAL
from briefing.models import PartialDate
from briefing.rules.sentences import CLOCK_ENTRY, stamped

TIMELINE_MIN = 8
TIMELINE_MAX = 60
PUBLICATION_REPORT_WEIGHT = 0.5
LIST_DATES = 10  # a news article dates a handful of days; a page that dates more is a list
BEFORE_PERIOD_DAYS = 30  # what led up to the first article still belongs to its story
OUTLOOK_MAX = 8
UNDATED_MAX = 8
UNDATED_PER_ARTICLE = 3
ANNOUNCED_WITHIN_DAYS = 14
LIVE_ENTRIES = 3  # a page with this many entries stamped with the hour is a live blog
CARRYING_SHARE = 0.5  # of the day's best report: what a report must count to tell the day
MATTERS_SHARE = 0.25  # of a typical article's report: what a day's reports must weigh to matter


def _after(candidate: Candidate, as_of_end: dt.date) -> bool:
    return candidate.first_day is not None and candidate.first_day > as_of_end


def by_date(candidates: Sequence[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: (c.when.sort_key() if c.when else (0, 0, 0), -c.score))


def _ranked(candidates: Sequence[Candidate]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: -c.score)


def timeline_length(articles: int, period_days: int) -> int:
    """How many dates a timeline holds at most: it grows with the square root of the corpus and
    with the months the period spans (two a month: a long story has more turning points), within
    [`TIMELINE_MIN`, `TIMELINE_MAX`]. 5 articles over a month: 9; 10 over a month: 12; 30 over a
    year: 41; 1,000 over any period: 60."""
    months = max(0, period_days) / 30.4
    wanted = math.ceil(3 * math.sqrt(max(0, articles)) + 2 * months)
    return max(TIMELINE_MIN, min(TIMELINE_MAX, wanted))


@dataclass
class DateReports:
    """Who attests one date: articles whose text dates something to it (`told`), articles
    published on it or the day after (`published`), and the candidate statements for it; for each
    article, how much its report of the date counts (`worth`: how much its statements of the date
    are about the folder's story, less for a page that lists many dates)."""

    when: PartialDate
    told: set[str] = field(default_factory=set)
    published: set[str] = field(default_factory=set)
    statements: list[Candidate] = field(default_factory=list)
    worth: dict[str, float] = field(default_factory=dict)

    @property
    def best_score(self) -> float:
        return max((c.score for c in self.statements), default=0.0)

    @property
    def reports(self) -> float:
        return len(self.told) + PUBLICATION_REPORT_WEIGHT * len(self.published - self.told)

    @property
    def weight(self) -> float:
        """The reports, each counted for what it is worth: 1 for an article's own report on the
        story, less as its statements of the date are less about the folder's story
        (`Candidate.topicality`) or as it lists more dates (`list_discount`)."""
        told = sum(self.worth.get(source, NEUTRAL) for source in self.told)
        published = sum(self.worth.get(source, NEUTRAL) for source in self.published - self.told)
        return told + PUBLICATION_REPORT_WEIGHT * published

    def heard(self, source: str, topicality: float) -> None:
        self.worth[source] = max(self.worth.get(source, 0.0), topicality)

    def carried(self, candidate: Candidate) -> bool:
        """The statement comes from a report that makes the day matter: one of its sources
        counts at least `CARRYING_SHARE` of the day's best report (`worth`). A day another
        article dates counts for the story; the entry for it on a page of unrelated news (a
        year of local crime reports, worth little) does not tell it."""
        best = max(self.worth.values(), default=0.0)
        return any(self.worth.get(source, 0.0) >= CARRYING_SHARE * best for source in candidate.sources)

    def tellers(self) -> list[Candidate]:
        """The statements that can tell the day (`carried`), best supported first."""
        return sorted((c for c in self.statements if self.carried(c)), key=best_supported)


def list_discount(dates_told: int) -> float:
    """1 for an article that dates up to `LIST_DATES` things; for a page that dates more (a local
    paper's year of crime news, an archive of headlines with their days), √(LIST_DATES / dates):
    it spreads its word over all of them and tells less of each, as a long document's words weigh
    less in it (the square root damps it as TF-IDF's sublinear counts do)."""
    return min(1.0, math.sqrt(LIST_DATES / max(1, dates_told)))


def typical_report(attested: Sequence[DateReports]) -> float:
    """What one article's report of a day typically weighs: the median, over the articles that
    attest any date, of their weightiest report (`DateReports.worth`)."""
    best: dict[str, float] = {}
    for reports in attested:
        for source, worth in reports.worth.items():
            best[source] = max(best.get(source, 0.0), worth)
    return statistics.median(best.values()) if best else 0.0


def matters(reports: DateReports, typical: float) -> bool:
    """A day matters when its reports together weigh at least `MATTERS_SHARE` of a typical
    article's report (`typical_report`): a day that only a long list page dates (a local paper's
    year of crime news, each of its days weighing √(LIST_DATES / dates), `list_discount`), or only a
    line far from the folder's story (`Candidate.topicality`), is no day of the story, however
    few days the story's own articles date."""
    return reports.weight >= MATTERS_SHARE * typical


def _eligible(candidate: Candidate, start: dt.date | None, end: dt.date) -> bool:
    if candidate.when is None or candidate.last_day is None or _after(candidate, end):
        return False
    if start is not None and candidate.last_day < start - dt.timedelta(days=BEFORE_PERIOD_DAYS):
        return False
    if candidate.furniture:
        return False
    return candidate.fact.kind != "context" or candidate.fact.when_basis in ("explicit", "relative")


def _tellers(candidate: Candidate) -> set[str]:
    """The articles that tell a fact in their own words: a verbatim reprint adds no teller."""
    firsts: dict[str, str] = {}
    for evidence in candidate.fact.evidence:
        firsts.setdefault(reprint_key(evidence.quote), evidence.source)
    return set(firsts.values())


@lru_cache(maxsize=1 << 18)  # per quote: `compose.ahead`
def reprint_key(quote: str) -> str:
    """What a quote's reprints have in common: its words, folded."""
    return lang.fold(" ".join(quote.split())).casefold()


def _published_by_one(candidate: Candidate) -> bool:
    when = candidate.when
    dated_by_publication = candidate.fact.when_basis == "publication" and bool(when and when.day)
    return dated_by_publication and len(candidate.sources) == 1


def publication_days(candidates: Sequence[Candidate]) -> dict[str, dt.date]:
    """Each article's day of publication, as most of its publication-dated facts give it (a
    sentence that goes on telling an earlier story carries that story's day instead; on a tie,
    the first one's)."""
    days: dict[str, Counter[dt.date]] = {}
    for candidate in candidates:
        if _published_by_one(candidate):
            assert candidate.when is not None
            days.setdefault(candidate.sources[0], Counter())[candidate.when.first_day()] += 1
    return {source: counted.most_common(1)[0][0] for source, counted in days.items()}


def _news_topicality(candidates: Sequence[Candidate]) -> dict[str, float]:
    """How much each article's publication-dated statements are about the folder's story, at best."""
    best: dict[str, float] = {}
    for candidate in candidates:
        if _published_by_one(candidate) and not candidate.furniture:
            source = candidate.sources[0]
            best[source] = max(best.get(source, 0.0), candidate.topicality)
    return best


def _stamped(candidate: Candidate) -> bool:
    """The candidate's sentence opens a live blog's entry: an hour stamp before its quote in the
    source (the offline engine's spans start after it), or at the start of its statement."""
    return stamped(candidate.text, candidate.fact.evidence[0].start) or bool(
        CLOCK_ENTRY.match(candidate.fact.statement)
    )


def live_blogs(candidates: Sequence[Candidate]) -> set[str]:
    """The articles with at least `LIVE_ENTRIES` entries that open on a clock time and that only
    their publication dates (`20,47 – Reuters scrive che…`): live blogs of their day, whose
    entries report it as it happens."""
    entries = Counter(
        candidate.sources[0]
        for candidate in candidates
        if _published_by_one(candidate) and _stamped(candidate)
    )
    return {source for source, count in entries.items() if count >= LIVE_ENTRIES}


def date_reports(
    candidates: Sequence[Candidate], as_of: PartialDate, start: PartialDate | None = None
) -> list[DateReports]:
    """Every date the candidates attest within the period, best attested first."""
    end = as_of.last_day()
    first = start.first_day() if start else None
    dates: dict[PartialDate, DateReports] = {}
    for candidate in candidates:
        if not _eligible(candidate, first, end):
            continue
        assert candidate.when is not None
        reports = dates.setdefault(candidate.when, DateReports(candidate.when))
        if candidate.fact.when_basis in ("explicit", "relative"):
            for source in _tellers(candidate):
                reports.told.add(source)
                reports.heard(source, candidate.topicality)
        reports.statements.append(candidate)
    dates_told = Counter(source for reports in dates.values() for source in reports.told)
    for reports in dates.values():
        for source in reports.told:
            reports.worth[source] *= list_discount(dates_told[source])
    news_topicality = _news_topicality(candidates)
    published_on = publication_days(candidates)
    for source in live_blogs(candidates):  # it tells its day as it happens: a full report
        attested = dates.get(PartialDate.of(published_on[source]))
        if attested is not None:
            attested.told.add(source)
            attested.heard(source, news_topicality.get(source, NEUTRAL))
    for source, day in published_on.items():
        for news_of in (day, day - dt.timedelta(days=1)):
            attested = dates.get(PartialDate.of(news_of))
            if attested is not None and source not in attested.told:
                attested.published.add(source)
                attested.heard(source, news_topicality.get(source, NEUTRAL))
    return sorted(dates.values(), key=lambda r: (-r.weight, -r.best_score, r.when.sort_key()))


def best_supported(candidate: Candidate) -> tuple[int, float]:
    """A statement that dates the thing itself first, then the best scored (its score counts its
    sources, its salience and its kind)."""
    told = candidate.fact.when_basis in ("explicit", "relative")
    return (-int(told), -candidate.score)


def ranked_timeline(
    candidates: Sequence[Candidate],
    as_of: PartialDate,
    start: PartialDate | None = None,
    articles: int = 0,
    length: int | None = None,
    shown: Collection[PartialDate] = (),
    skip: Callable[[Candidate], bool] | None = None,
) -> list[Candidate]:
    """The best-attested dates of the period, one best-supported statement each, best first.
    Dates in `shown` (printed already) take their place among the days but are not repeated; a
    statement `skip` rejects (printed in another section already) gives way to the day's next."""
    period_days = (as_of.last_day() - start.first_day()).days if start else 0
    room = length if length is not None else timeline_length(articles, period_days)
    chosen: list[Candidate] = []
    days = 0
    attested = date_reports(candidates, as_of, start)
    typical = typical_report(attested)
    for reports in attested:
        if days >= room or not matters(reports, typical):  # best attested first: the rest weigh less
            break
        a_day = int(reports.when.precision == "day")
        if reports.when in shown:
            days += a_day
            continue
        for candidate in reports.tellers():
            if not candidate.printable():  # furniture, or it cannot be read alone: the next one
                continue
            if skip is not None and skip(candidate):
                continue
            if not any(near_duplicate(candidate.words, other.words) for other in chosen):
                chosen.append(candidate)
                days += a_day
                break
    return chosen


def timeline(
    candidates: Sequence[Candidate],
    as_of: PartialDate,
    start: PartialDate | None = None,
    articles: int = 0,
    length: int | None = None,
) -> list[Candidate]:
    """`ranked_timeline`, in the order things happened."""
    return by_date(ranked_timeline(candidates, as_of, start, articles, length))


def outlook(candidates: Sequence[Candidate], as_of: PartialDate) -> tuple[list[Candidate], list[Candidate]]:
    """(scheduled after the as-of date, announced recently without a date of their own)."""
    end = as_of.last_day()
    scheduled = [c for c in candidates if _after(c, end)]
    horizon = end - dt.timedelta(days=ANNOUNCED_WITHIN_DAYS)
    announced = [
        c
        for c in candidates
        if c.fact.kind == "plan"
        and c.first_day is not None
        and c.fact.when_basis == "publication"
        and horizon <= c.first_day <= end
    ]
    chosen_scheduled = pick(_ranked(scheduled), OUTLOOK_MAX, OUTLOOK_MAX, same_date_only=True)
    room = OUTLOOK_MAX - len(chosen_scheduled)
    chosen_announced = pick(_ranked(announced), room, 2, chosen=chosen_scheduled) if room > 0 else []
    return by_date(chosen_scheduled), by_date(chosen_announced)


def undated(candidates: Sequence[Candidate]) -> list[Candidate]:
    eligible = [c for c in candidates if c.when is None and c.sources_undated]
    chosen = pick(_ranked(eligible), UNDATED_MAX, UNDATED_PER_ARTICLE)
    return chosen
