"""Text a page carries that was written on another day than the page's: a column translated from
another newspaper counts its day words from a day the page does not give; a quotation beside the
link of the news page that reported it is of that page's day."""

from __future__ import annotations

from pathlib import Path

from briefing.dates import translated
from handwritten import dates_of

COLUMN = (
    "date 2013-07-06\n"
    "Egitto, il colpo di Stato che piace a Damasco\n\n"
    "L'esercito egiziano ha deposto il presidente Mohamed Morsi il 3 luglio. "
    "E comunque proprio ieri Assad ci ha ricordato che nessuno deve strumentalizzare la religione.\n\n"
    "© The Independent, 6 luglio 2013 {credit}\n"
)
ASSAD = "E comunque proprio ieri Assad ci ha ricordato che nessuno deve strumentalizzare la religione."


def test_a_translated_column_s_day_words_count_from_no_day_the_page_gives(tmp_path: Path) -> None:
    dated = dates_of(tmp_path, COLUMN.format(credit="(Traduzione di Carlo Rossi)"))
    assert dated[ASSAD] in (None, "2013-07-06")  # reported that day, not told as the day before
    # a date it writes is still its own
    assert dated["L'esercito egiziano ha deposto il presidente Mohamed Morsi il 3 luglio."] == "2013-07-03"


def test_the_page_s_own_text_counts_its_day_words_from_its_day(tmp_path: Path) -> None:
    dated = dates_of(tmp_path, COLUMN.format(credit=""))
    assert dated[ASSAD] == "2013-07-05"


def test_a_translation_is_credited_where_a_line_or_parenthesis_opens_on_it() -> None:
    assert translated("Il Fatto Quotidiano, 6 Luglio 2013 (Traduzione di Carlo Antonio Biscotto)\n")
    assert translated("scritto da Afef Abrougui\ntradotto daStefano Ignone\n")
    assert translated("Translated by Jane Doe\n")
    assert not translated("Ha curato la traduzione di Dante in inglese.\n")


def test_a_quotation_beside_a_dated_news_link_is_of_that_page_s_day(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2025-06-26\nAllies praise the summit\n\n"
        "The agreement was met with praise at home and across the world.\n\n"
        "[Sen. Chris Coons](https://www.nytimes.com/2025/06/25/world/europe/nato-spending.html): "
        "“The summit won commitments from our allies to invest more in our collective defense.”\n",
        language="en",
    )
    quotation = next(statement for statement in dated if "collective defense" in statement)
    assert dated[quotation] == "2025-06-25"


def test_a_dated_address_far_from_any_quotation_dates_nothing_around_it(tmp_path: Path) -> None:
    # a page with no blank line is one paragraph: a reader's comment that cites a dated address
    # (`…/2011/03/31/…`) and a quotation further on do not make the whole page that day's
    dated = dates_of(
        tmp_path,
        "date 2012-01-14\nVoci sull'associazione\n"
        "Girano parecchie voci sull'associazione dei lettori di Valmora, ma non ci sono prove.\n"
        "Un lettore commenta: tra questo articolo e http://www.esempio.it/2011/03/31/lettori-di-valmora/ , "
        "la reputazione dell'associazione è a terra. Un altro risponde: «Non è vero».\n",
    )
    rumour = next(statement for statement in dated if "Girano parecchie voci" in statement)
    assert dated[rumour] != "2011-03-31"
