"""A hard-wrapped page can hold one line longer than its width, in the middle of a paragraph, that
stops mid-sentence on a name the next line ends (`… fino a Porta` + `Pia, sede del ministero …`): the
two lines are one sentence, and a statement cut at the line break would end on half a name.
Headings, datelines and signatures over the width stay lines of their own."""

from __future__ import annotations

import itertools

from briefing.rules.lines import read_lines, wrap_width, wrapped
from briefing.rules.sentences import split_article


def flat(text: str) -> str:
    return " ".join(text.split())


def sentences(text: str, language: str) -> list[str]:
    return [flat(s.text) for s in split_article(text, language).sentences]


def joins(text: str, upper: str) -> bool:
    """Whether the line that ends on `upper` goes on onto the next one."""
    lines = read_lines(text)
    width = wrap_width(lines)
    assert width is not None, "the page is hard-wrapped"
    for line, following in itertools.pairwise(lines):
        if line.text.endswith(upper):
            return wrapped(line, following, width)
    raise AssertionError(f"no line ends on {upper!r}")


# Wrapped at about 76 columns, but for one line of 100 that stops on half of a square's name.
CORTEO = """date 2025-03-04
Sciopero dei medici ospedalieri, giovedì il corteo nel centro di Roma

I medici ospedalieri hanno proclamato per giovedì uno sciopero nazionale di
ventiquattro ore contro i tagli previsti dalla legge di bilancio approvata.
I sindacati hanno annunciato che i manifestanti partiranno da piazza Esedra e sfileranno fino a Porta
Pia, sede del ministero delle Infrastrutture, per chiedere un incontro con
il governo sul rinnovo del contratto nazionale scaduto da più di tre anni.

Il ministro della Salute ha convocato i sindacati per lunedì prossimo, ma la
protesta resta confermata, fanno sapere gli organizzatori della giornata. Le
regioni hanno chiesto di garantire i servizi essenziali nei pronto soccorso,
nei reparti di terapia intensiva e nelle sale parto di tutti gli ospedali.

Secondo i sindacati, negli ultimi cinque anni gli ospedali pubblici hanno
perso migliaia di medici, andati in pensione o passati alla sanità privata,
e i turni di notte e dei giorni festivi ricadono su chi è rimasto in corsia.
Per questo chiedono un piano di assunzioni che copra almeno i posti vacanti
nei pronto soccorso, dove le attese superano spesso le dodici ore di fila.
"""

# Wrapped at 72 columns, with a line of 97 that stops between a minister's two names.
CAMPAIGN = """date 2025-03-04
Ministry of Health to vaccinate children in rural areas

The Ministry of Health announced on Tuesday a new plan to vaccinate the
children of rural areas before the start of the next school year.
The campaign will be launched next week at a press conference with the Health Minister Khaled
Abdel on Sunday, the ministry said, and should reach every governorate
of the country by the end of April, according to the ministry's plan.

Doctors and nurses from the provincial hospitals will join the teams of the
ministry in the villages, where many families live far from a health unit
and children often miss the doses they are due at school age, it added.
"""


def test_a_line_past_the_width_goes_on_with_a_name_and_a_comma() -> None:
    assert joins(CORTEO, "fino a Porta")
    assert any(
        s.startswith("I sindacati")
        and "fino a Porta Pia, sede del ministero delle Infrastrutture, per chiedere" in s
        for s in sentences(CORTEO, "it")
    )
    assert not any(s.endswith("fino a Porta") for s in sentences(CORTEO, "it"))


def test_a_line_past_the_width_goes_on_with_a_name_and_words_in_lower_case() -> None:
    assert joins(CAMPAIGN, "Health Minister Khaled")
    assert any(
        "Health Minister Khaled Abdel on Sunday, the ministry said" in s for s in sentences(CAMPAIGN, "en")
    )


def test_a_line_that_ends_its_sentence_stays_apart() -> None:
    page = CORTEO.replace("fino a Porta\nPia, sede", "fino a Porta.\nPia, sede")
    assert not joins(page, "fino a Porta.")


def test_a_long_heading_over_a_paragraph_that_opens_on_an_article_stays_apart() -> None:
    page = CORTEO.replace(
        "I medici ospedalieri hanno proclamato",
        "Sciopero nazionale dei medici ospedalieri contro i tagli alla sanità della legge di bilancio\n"
        "I medici ospedalieri hanno proclamato",
    )
    assert not joins(page, "sanità della legge di bilancio")
    assert (
        "Sciopero nazionale dei medici ospedalieri contro i tagli alla sanità della legge di bilancio"
        in sentences(page, "it")
    )


def test_a_heading_in_title_case_over_a_paragraph_that_opens_on_a_name_stays_apart() -> None:
    page = CAMPAIGN.replace(
        "Doctors and nurses from the provincial hospitals will join the teams of the",
        "Provincial Hospitals Will Send Doctors and Nurses to the Villages of Every Governorate\n"
        "Hassan, the deputy minister, said the provincial hospitals would join the",
    )
    assert not joins(page, "Villages of Every Governorate")


def test_a_long_line_over_a_dateline_stays_apart() -> None:
    for dateline in ("ROMA, 4 marzo – I medici ospedalieri", "Roma, 4 marzo – I medici ospedalieri"):
        page = CORTEO.replace(
            "I medici ospedalieri hanno proclamato per giovedì uno sciopero nazionale di",
            "Sciopero nazionale dei medici ospedalieri contro i tagli alla sanità della legge di bilancio\n"
            f"{dateline} hanno proclamato uno sciopero di",
        )
        assert not joins(page, "sanità della legge di bilancio")


def test_a_signature_over_the_width_stays_apart() -> None:
    page = CAMPAIGN + (
        "\nDr. Ahmed Hassan, Director of the Department of Public Health and Preventive Medicine\n"
        "Ministry of Health, Cairo\n"
    )
    assert not joins(page, "Preventive Medicine")


def test_a_line_past_the_width_over_a_line_past_it_stays_apart() -> None:
    """A standfirst printed on one long line and a lead on another (`… Fatima e Safia` + `Omar,
    Said, …`): neither is a line of the wrapped paragraphs."""
    page = CORTEO.replace(
        "I medici ospedalieri hanno proclamato",
        "Tre giorni di proteste negli ospedali, poi lo sciopero e il corteo dei camici bianchi a Roma\n"
        "Giovedì, in tutta Italia, i medici ospedalieri incroceranno le braccia per ventiquattro ore\n"
        "I medici ospedalieri hanno proclamato",
    )
    assert not joins(page, "camici bianchi a Roma")
