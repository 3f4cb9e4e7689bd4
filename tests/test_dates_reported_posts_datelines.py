"""Dates the text does not write beside a sentence: a sentence with no date of its own is printed as
*reported* on its page's day, never as if it happened that day; a post a roundup quotes is dated by
its status link; a dateline inside the text dates the paragraph it opens."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.compose import ComposeOptions, compose
from briefing.dates import post_day
from briefing.engines.extractive import ExtractiveEngine
from briefing.models import Briefing, PartialDate
from briefing.render import render_html, render_json, render_markdown
from handwritten import date_of, dates_of, handwritten_article

STABBED = (
    "date 2024-09-21\n"
    "Mestre, giovane ucciso durante una rapina\n\n"
    "Un giovane di 26 anni, Giacomo Gobbato, è morto a Mestre dopo essere stato accoltellato mentre "
    "tentava di sventare una rapina.\n\n"
    "Il sindaco di Venezia Luigi Brugnaro ha proclamato ieri il lutto cittadino per la morte di "
    "Giacomo Gobbato.\n"
)


def _briefing(text: str, language: str) -> Briefing:
    article = handwritten_article(
        "mestre.txt", text, language="it", published=PartialDate(year=2024, month=9, day=21)
    )
    facts = ExtractiveEngine().extract(article).facts
    return compose([article], facts, ComposeOptions(language=language))


def _printed(briefing: Briefing, words: str) -> list[tuple[str | None, str | None]]:
    return [(s.date, s.date_basis) for sec in briefing.sections for s in sec.statements if words in s.text]


def test_a_statement_dated_only_by_its_page_is_printed_as_reported_that_day() -> None:
    briefing = _briefing(STABBED, "en")
    assert set(_printed(briefing, "Un giovane di 26 anni")) == {("2024-09-21", "reported")}
    assert set(_printed(briefing, "ha proclamato ieri")) == {("2024-09-20", None)}

    markdown = render_markdown(briefing)
    assert "**reported 21 Sep 2024** — Un giovane di 26 anni" in markdown
    assert "**21 Sep 2024** — Un giovane" not in markdown
    assert "**20 Sep 2024** — Il sindaco di Venezia" in markdown

    html = render_html(briefing)
    assert "reported 21 Sep 2024" in html

    data = json.loads(render_json(briefing))
    dated = [s for sec in data["sections"] for s in sec["statements"] if "Un giovane" in s["text"]]
    assert dated and all(s["date"] == "2024-09-21" and s["date_basis"] == "reported" for s in dated)


def test_an_italian_briefing_says_when_it_was_reported_in_italian() -> None:
    markdown = render_markdown(_briefing(STABBED, "it"))
    assert "**notizia del 21 set 2024** — Un giovane di 26 anni" in markdown


def test_a_post_s_status_id_gives_the_day_it_was_posted() -> None:
    assert post_day(1937960004574748907) == PartialDate(year=2025, month=6, day=25)  # 19:44 UTC


def test_a_quotation_of_a_post_beside_its_status_link_is_dated_by_the_post(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2025-06-26\n"
        "Lawmakers Praise the NATO Agreement\n\n"
        "Allies agreed on Wednesday to raise defense spending to 5% of GDP by 2035.\n\n"
        "[Speaker Mike\nJohnson](https://x.com/SpeakerJohnson/status/1937960004574748907): “NATO\n"
        "countries bumping defense funding from less than 2% to 5%! No more free\n"
        "rides for the rest of the world.”\n\n"
        "[Rep. Michael McCaul](https://x.com/RepMcCaul/status/1937990291421859867): “Today's\n"
        "extraordinary commitment by our NATO allies is a win for America.”\n",
        language="en",
    )
    posted = {statement: day for statement, day in dated.items() if "NATO" in statement}
    assert posted and set(posted.values()) == {"2025-06-25"}, posted


def test_a_line_of_nothing_but_a_non_breaking_space_ends_a_post_s_paragraph(tmp_path: Path) -> None:
    # a page converted from HTML separates its quotations with `\xa0` lines: each is a paragraph
    # of one post, dated by its own link, not one paragraph of two links that dates neither
    dated = dates_of(
        tmp_path,
        "date 2025-03-02\n"
        "Support for the President\n\n"
        "[**Press Secretary Karoline Leavitt**]"
        "(https://x.com/RapidResponse47/status/1895655537343389872)**:** "
        "“The American people are sick and tired of footing this bill.”  \n\xa0  \n"
        "[**Sen. Lindsey Graham**](https://x.com/LindseyGrahamSC/status/1895562247570931834)**:** "
        "“I have never been more proud of the president.”\n",
        language="en",
    )
    graham = next(statement for statement in dated if "Graham" in statement)
    assert dated[graham] == "2025-02-28"  # 19:50 UTC: the afternoon of 28 February in Washington too
    # 02:01 UTC on 1 March is the evening of 28 February in Washington: the post says no day of its
    # own, so it is the page's, on which it was reported
    leavitt = next(statement for statement in dated if "Leavitt" in statement)
    assert dated[leavitt] == "2025-03-02"


def test_a_dateline_inside_the_text_anchors_the_day_words_after_it(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2012-06-22\n"
        "Egitto: migliaia in piazza contro la giunta militare\n\n"
        "Il Consiglio supremo delle forze armate ha annunciato oggi nuove misure di sicurezza al Cairo.\n\n"
        "Roma, 16 luglio 2019. Nei dati diffusi oggi l'Istat certifica un calo della produzione "
        "industriale in Italia.\n",
    )
    cairo = "Il Consiglio supremo delle forze armate ha annunciato oggi nuove misure di sicurezza al Cairo."
    istat = "Nei dati diffusi oggi l'Istat certifica un calo della produzione industriale in Italia."
    assert dated[cairo] == "2012-06-22"
    assert dated[istat] == "2019-07-16"


def test_a_sentence_that_opens_on_a_starting_point_gives_its_next_sentence_no_day(tmp_path: Path) -> None:
    # `Da venerdì` is where the killings began: Ban's remark after it is not of that Friday
    dated = dates_of(
        tmp_path,
        "date 2011-12-21\nEgitto, le proteste\n\n"
        "Da venerdì almeno 14 persone sono state uccise nelle ultime proteste di piazza Tahrir. "
        "Il segretario generale delle Nazioni Unite Ban Ki-Moon ha definito la tattica per domare le "
        'proteste "eccessiva".\n',
    )
    ban = next(statement for statement in dated if "Ban Ki-Moon" in statement)
    assert dated[ban] == "2011-12-21"


def test_a_state_that_holds_since_a_day_long_gone_is_not_dated_by_that_day(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2011-12-21\nEgitto, le proteste\n\n"
        "Dal 27 febbraio 2011 la Repubblica Araba d'Egitto è governata dai militari del Consiglio supremo "
        "delle Forze armate.\n",
    )
    assert set(dated.values()) != {"2011-02-27"}, dated


def test_a_day_word_after_a_run_in_heading_in_capitals_is_a_day() -> None:
    # the heading is no sentence before it: `Ieri` opens what the sentence says, it names nothing
    sentence = (
        "GLI ATTACCHI ISRAELIANI - Ieri un raid aereo israeliano ha ucciso il capo delle operazioni "
        "militari di Hamas a Gaza, Ahmed Jabari, 52 anni, e il suo assistente."
    )
    assert date_of(sentence, PartialDate(year=2012, month=11, day=15)) == "2012-11-14"


def test_a_year_ahead_in_a_quotation_is_what_is_promised_not_when_it_was_said(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2025-03-31\nPensioni, il governo blocca l'aumento\n\n"
        "Il sottosegretario al Lavoro Claudio Durigon ha detto: “Bloccheremo l'aumento dell'età "
        "pensionabile nel 2027, lo sterilizzeremo”.\n",
    )
    assert "2027" not in dated.values(), dated  # undated, or dated by its report: when it was said


def test_a_dateline_above_a_chronicle_still_dates_its_own_paragraph(tmp_path: Path) -> None:
    # the dateline's paragraph comes first in the text, the chronicle's entries after it: each
    # paragraph keeps its own day, whichever kind of line gave it
    dated = dates_of(
        tmp_path,
        "date 2019-07-25\n"
        "Agrigento, un mese di cronaca\n\n"
        "Roma, 16 luglio 2019. Nei dati diffusi oggi l'Istat certifica un calo della produzione "
        "industriale in Italia.\n\n"
        "19 luglio, a Racalmuto, un incendio ha distrutto oggi un capannone agricolo.\n\n"
        "20 luglio, a Favara, la polizia ha arrestato oggi due giovani per furto.\n\n"
        "21 luglio, a Licata, un peschereccio è rimasto oggi senza motore al largo.\n",
    )
    istat = "Nei dati diffusi oggi l'Istat certifica un calo della produzione industriale in Italia."
    assert dated[istat] == "2019-07-16"
    favara = next(statement for statement in dated if "Favara" in statement)
    assert dated[favara] == "2019-07-20"


def test_a_demand_someone_unnamed_makes_is_reported_on_its_page_s_day(tmp_path: Path) -> None:
    # no one named holds the stance, so it is no position; but the page reports it that day
    dated = dates_of(
        tmp_path,
        "date 2024-10-02\n"
        "Milano, proteste davanti alla Regione\n\n"
        "I manifestanti chiedono le dimissioni dell'assessore ai trasporti dopo il guasto della "
        "metropolitana.\n",
    )
    protest = next(statement for statement in dated if "manifestanti" in statement)
    assert dated[protest] == "2024-10-02"


def test_a_quotation_that_goes_on_from_its_speaker_was_said_when_the_sentence_before_says(
    tmp_path: Path,
) -> None:
    # the second quotation is Gabbia's too, said last February: not news of the page's day
    dated = dates_of(
        tmp_path,
        "date 2024-09-23\n"
        "Il derby di Gabbia\n\n"
        "Il difensore del Milan Matteo Gabbia ha deciso il derby di domenica con un colpo di testa.\n\n"
        "«In Spagna è stata la prima volta che sono andato all'estero», aveva spiegato Gabbia lo scorso "
        "febbraio, dopo essere rientrato dal prestito. «Ho imparato cose completamente nuove che mi "
        "hanno dato più fiducia».\n\n"
        "«Abbiamo vinto da squadra», ha detto ieri Gabbia. «Adesso pensiamo alla prossima partita».\n",
    )
    february = next(statement for statement in dated if statement.startswith("«Ho imparato"))
    assert dated[february] == "2024-02"
    yesterday = next(statement for statement in dated if statement.startswith("«Adesso"))
    assert dated[yesterday] == "2024-09-22"


def test_a_document_quoted_over_several_sentences_is_not_news_of_the_page_s_day(tmp_path: Path) -> None:
    # the dossier's words, opened by the quotation mark of its first sentence and closed after the
    # last: undated as that first sentence is, not "reported" on the day of the page that quotes it
    dated = dates_of(
        tmp_path,
        "date 2011-02-23\n"
        "L'Eni e le sanzioni\n\n"
        "C'è un dossier dell'Eni del 1998 sulla Libia. Dice il dossier:\n\n"
        '"Le sanzioni colpiscono le società che operano in Libia con contratti successivi alla legge. '
        "Sono esclusi i contratti precedenti e le forniture di beni, tra le seguenti: 1) le garanzie alle "
        "società sanzionate. 2) Il Governo degli USA non può concedere permessi di esportazione alle "
        "società sanzionate. 3) Le banche statunitensi non possono concedere finanziamenti alle società "
        'sanzionate".\n\n'
        "La società energetica ieri ha comunicato la sospensione delle attività in Libia.\n",
    )
    government = next(statement for statement in dated if "Il Governo degli USA" in statement)
    assert dated[government] is None


def test_words_quoted_from_a_publication_the_sentence_cites_are_not_reported_that_day(tmp_path: Path) -> None:
    # the historian wrote it in 2011, in the journal the parenthesis cites: not news of 2013
    dated = dates_of(
        tmp_path,
        "date 2013-08-17\n"
        "Esercito egiziano: centro del potere\n\n"
        '"I militari hanno sempre avuto un ruolo importante nella Valle del Nilo", afferma lo storico '
        'Toby Wilkinson ("The Army and Politics in Ancient Egypt", Historically Speaking, vol. 12, 2011, '
        "p. 35).\n\n"
        "Il generale al-Sisi ha parlato ieri alla televisione di Stato.\n",
    )
    wilkinson = next(statement for statement in dated if "Wilkinson" in statement)
    assert dated[wilkinson] is None
    assert dated["Il generale al-Sisi ha parlato ieri alla televisione di Stato."] == "2013-08-16"
