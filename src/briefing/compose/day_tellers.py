"""Which statements are the last that can tell a day of the full timeline (issue 13).

The full timeline (`compose/annex.py`) tells each day it ranks with a statement that reads alone
there and is printed nowhere else. When the body's Background takes a day's last such statement,
that day is told in no timeline: a reader looking up the day does not find it, and the timeline
loses a day its sources attest. After a storyline's first statement (which names the storyline in
the body), Background hands such a statement to the full timeline (`core._choose_background`): it
is printed once, on its day, and Background keeps what else it chose, unchanged (the words the
statement would have taken are left unspent, not given to a statement ranked lower). A storyline
whose first statement is such a statement opens on its next possible opening (a dated development
told as news) of the same article whose day another statement can still tell, where it has one;
else it keeps it.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from briefing.compose.annex import readable_alone
from briefing.compose.budget import Printed
from briefing.compose.candidates import Candidate, near_duplicate
from briefing.compose.timeline import TIMELINE_MAX, date_reports, ranked_timeline
from briefing.models import PartialDate

Tellers = dict[PartialDate, list[Candidate]]


def day_tellers(
    candidates: Sequence[Candidate],
    as_of: PartialDate,
    start: PartialDate | None,
    articles: int,
    shown: Collection[PartialDate],
) -> Tellers:
    """For each day the full timeline ranks (as `annex.chronology` ranks them; `shown`: the days
    the body's timelines tell already, left out), its statements that read alone there."""
    ranked = ranked_timeline(
        candidates,
        as_of,
        start,
        articles,
        length=TIMELINE_MAX,
        shown=shown,
        skip=lambda c: not readable_alone(c),
    )
    days = {candidate.when for candidate in ranked}
    return {
        reports.when: [c for c in reports.tellers() if readable_alone(c)]
        for reports in date_reports(candidates, as_of, start)
        if reports.when in days
    }


def last_teller(candidate: Candidate, tellers: Tellers, printed: Printed) -> bool:
    """`candidate` can tell its ranked day in the full timeline, and no other statement of that
    day not printed yet can (a near-copy of it is the same statement)."""
    others = tellers.get(candidate.when) if candidate.when is not None else None
    if not others or not any(c is candidate for c in others):
        return False
    return not any(
        other is not candidate
        and not near_duplicate(other.words, candidate.words)
        and not printed.repeats(other)
        for other in others
    )
