"""Where a time began is no day of the news: a quotation that opens on its starting point
(`«Da febbraio, i ribelli…»`) is dated by its report, as a sentence that opens on one is; and with
the present, `da febbraio` is the February before, not the next one."""

from __future__ import annotations

from pathlib import Path

from briefing.models import PartialDate
from handwritten import date_of, dates_of

SEPTEMBER = PartialDate(year=2011, month=9, day=8)

REVIEW = (
    "date 2011-09-08\n"
    "Il mito dei mercenari\n\n"
    'Lo storico Mario Rossi ha riassunto il contesto in cui è nato il mito del "soldato straniero": '
    '"Da febbraio, i ribelli '
    "hanno sostenuto che la guerra era tra il re e la sua famiglia da una parte e tutto il popolo "
    "dall'altra. La loro spiegazione è stata che i soldati del re erano stranieri\".\n"
)


def test_a_quotation_that_opens_on_its_starting_point_is_dated_by_its_report(tmp_path: Path) -> None:
    (date,) = [d for s, d in dates_of(tmp_path, REVIEW).items() if s.startswith("Lo storico")]
    assert date != "2011-02"


def test_since_a_month_with_the_present_is_the_month_before() -> None:
    assert date_of("Da febbraio gli insorti combattono nelle strade della città.", SEPTEMBER) != "2012-02"
