"""A recap of long-past events is dated by the days it tells, or left undated: never shown as news
of the day it was published. A chronology under bare day headings (`- 7 febbraio.`) looks back
from its page, it is no live blog's update lines; a span that tells two days long before its page is
history. Each article here is hand-written."""

from __future__ import annotations

from pathlib import Path

from briefing.dates import chronicle_entries, update_stamps
from briefing.models import PartialDate
from handwritten import date_of, dates_of

BANNED = "Il prefetto Luigi Conti annuncia il divieto di ogni corteo in città."
RESIGNS = "Il vicepresidente Marco Testa annuncia in televisione le dimissioni del governatore Carlo Bassi."
CHRONOLOGY = (
    "date 2012-01-25\nUn anno di proteste: le tappe\n\n"
    "Un anno fa cominciava la protesta dei portuali contro il governatore Carlo Bassi.\n\n"
    "- 25 gennaio.\nMigliaia di portuali scendono in piazza a Genova contro il governatore Carlo Bassi.\n\n"
    "- 2 febbraio.\nIl governatore Carlo Bassi vieta i cortei nel centro della città.\n\n"
    f"- 7 febbraio.\n{BANNED}\n\n"
    f"- 18 marzo.\n{RESIGNS}\n"
)


def test_a_chronology_under_bare_day_headings_looks_back_from_its_page(tmp_path: Path) -> None:
    # published a year later: 7 February and 18 March are of the year before, not days ahead
    dated = dates_of(tmp_path, CHRONOLOGY)
    assert dated[BANNED] == "2011-02-07"
    assert dated[RESIGNS] == "2011-03-18"


def test_the_headings_of_a_chronology_are_no_update_lines_of_a_live_blog() -> None:
    published = PartialDate(year=2012, month=1, day=25)
    assert update_stamps(CHRONOLOGY, published) == []
    days = [day.iso() for _, _, day in chronicle_entries(CHRONOLOGY, published)]
    assert days == ["2011-01-25", "2011-02-02", "2011-02-07", "2011-03-18"]


def test_a_live_blogs_bare_day_lines_over_its_days_are_still_its_update_lines(tmp_path: Path) -> None:
    # every day line lies within the days a live blog runs: they date the text under them
    spoke = "Il ministro Carlo Neri ha presentato oggi il piano per le zone alluvionate."
    dated = dates_of(
        tmp_path,
        "date 2024-09-22\nAlluvione, la diretta\n\n22 settembre\n\n"
        "Il fiume Lamone è esondato nella notte a Traversara.\n\n23 settembre\n\n"
        "I sindaci della zona hanno chiesto lo stato di emergenza.\n\n24 settembre\n\n"
        f"{spoke}\n",
    )
    assert dated[spoke] == "2024-09-24"


def test_a_span_that_tells_two_days_long_before_its_page_is_history_not_news(tmp_path: Path) -> None:
    # the second sentence points back (`Poi`), so the two are one statement: neither day is the
    # whole statement's, and both are more than a year before the page: left undated, not reported
    dated = dates_of(
        tmp_path,
        "date 2011-06-21\nIl boss resta al carcere duro\n\n"
        "Il boss Gino Rossi è stato condannato dal tribunale di Lecco il 18 febbraio del 2010. "
        "Poi, il 7 aprile del 2010, il ministro della Giustizia Angelo Neri ha firmato il carcere duro.\n",
    )
    span = next(statement for statement in dated if "Poi, il 7 aprile del 2010" in statement)
    assert span.startswith("Il boss Gino Rossi è stato condannato")
    assert dated[span] is None


def test_a_span_that_tells_two_recent_days_is_still_dated_by_its_report(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2024-09-25\nIl decreto sulla sanità\n\n"
        "Il ministro Orazio Schillaci ha firmato ieri il decreto sulle liste d'attesa. "
        "Oggi lo ha presentato ai sindaci a Roma.\n",
    )
    span = next(statement for statement in dated if "Oggi lo ha presentato" in statement)
    assert dated[span] == "2024-09-25"


def test_a_speech_report_under_a_recalled_year_stays_news_of_its_page(tmp_path: Path) -> None:
    # the reporting verb in the passato prossimo is the day's news; the appointment is an aside
    said = "Il ministro Paolo Rossi, nominato nel 2019, ha detto che il governo non cadrà."
    dated = dates_of(tmp_path, f"date 2020-05-12\nIl governo regge\n\n{said}\n")
    assert dated[said] == "2020-05-12"


def test_a_person_an_irregular_participle_qualifies_keeps_its_date_out_of_the_main_clause(
    tmp_path: Path,
) -> None:
    # `eletto`, `ucciso` qualify the person as `arrestato` does: their day is not the main clause's,
    # and a day long past leaves the sentence undated (not 3 March after the page, not 2000)
    published = PartialDate(year=2012, month=1, day=25)
    elected = "Il deputato Carlo Verdi, eletto il 3 marzo, viene arrestato con l'accusa di corruzione."
    assert date_of(elected, published) is None
    nephew = (
        "Marco Neri è nipote di Diego Neri, ucciso il 14 ottobre del 2000, e gestisce il bar di famiglia."
    )
    dated = dates_of(tmp_path, f"date 2012-01-25\nIl bar di via Roma\n\n{nephew}\n")
    assert dated[nephew] is None


def test_a_span_that_recalls_two_days_long_past_in_any_clause_is_history(tmp_path: Path) -> None:
    # the second day stands in a participle phrase (`ucciso il 9 luglio del 1992`), the first after
    # a noun: neither is the day of the arrests the span reports, and both are long past
    dated = dates_of(
        tmp_path,
        "date 2011-02-05\nGli arresti della settimana\n\n"
        "Luca Neri è figlio di Gino Neri, vittima della strage di Borgo Alto, il 21 settembre del 1986. "
        "Poi a Valle Bassa è stato arrestato Mario Testa, figlio del sindaco ucciso il 9 luglio del 1992.\n",
    )
    span = next(statement for statement in dated if "Poi a Valle Bassa" in statement)
    assert span.startswith("Luca Neri è figlio di Gino Neri")
    assert dated[span] is None


def test_a_live_blogs_day_lines_newest_first_are_no_chronology() -> None:
    # weeks of a live blog, its latest day on top: not days of the year before its page
    published = PartialDate(year=2024, month=9, day=22)
    text = (
        "date 2024-09-22\nAlluvione, la diretta\n\n12 ottobre\n\nIl fiume è tornato nel suo letto.\n\n"
        "2 ottobre\n\nI sindaci hanno chiesto lo stato di emergenza.\n\n"
        "22 settembre\n\nIl fiume Lamone è esondato nella notte a Traversara.\n"
    )
    assert chronicle_entries(text, published) == []
