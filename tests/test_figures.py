"""Figures: a series only for the same measure, unit and subject; everything else a single figure
(hand-written facts)."""

from __future__ import annotations

from briefing.compose import figures as fig
from briefing.compose.candidates import prepare
from briefing.models import Actor, Evidence, Fact, Figure, PartialDate


def fact(fid: str, text: str, figure: str, unit: str, when: str, actor: str) -> Fact:
    return Fact(
        id=fid,
        kind="figure",
        statement=text,
        when=PartialDate.parse(when),
        when_basis="explicit",
        actors=[Actor(name=actor)],
        figures=[Figure(text=figure, unit=unit)],
        evidence=[Evidence(source=f"{fid}.txt", start=0, end=len(text), quote=text)],
        salience=0.5,
    )


UNRELATED = [
    fact(
        "a",
        "Il partito FPÖ ha ottenuto il 28,8% dei voti alle elezioni in Austria.",
        "28,8%",
        "%",
        "2024-09-29",
        "FPÖ",
    ),
    fact(
        "b",
        "La spesa pubblica italiana crescerà dell'1,5% del PIL nel 2025, dice il governo.",
        "1,5% del PIL",
        "% del PIL",
        "2024-10-15",
        "Giancarlo Giorgetti",
    ),
    fact(
        "c",
        "La BCE mantiene l'obiettivo di inflazione al 2% del PIL nominale.",
        "2% del PIL",
        "% del PIL",
        "2024-12-12",
        "BCE",
    ),
]
NATO = [
    fact(
        "n1",
        "I paesi della NATO devono spendere per la difesa il 2% del PIL, ha detto Trump.",
        "2% del PIL",
        "% del PIL",
        "2024-02-10",
        "Donald Trump",
    ),
    fact(
        "n2",
        "Rutte chiede di aumentare la spesa militare oltre il 3% del PIL.",
        "3% del PIL",
        "% del PIL",
        "2025-04-02",
        "Mark Rutte",
    ),
    fact(
        "n3",
        "Allies must reach 5% defense spending, Rubio said.",
        "5% defense spending",
        "%",
        "2025-04-03",
        "Marco Rubio",
    ),
]


def trajectories(facts: list[Fact]) -> list[list[float | None]]:
    series = fig.group(fig.mentions(prepare(facts, [])))
    found = []
    for one in series:
        steps = fig.trajectory(one)
        if fig.is_trajectory(steps):
            found.append([step[0].number for step in steps])
    return found


def test_unrelated_percentages_of_gdp_stay_single_figures() -> None:
    assert trajectories(UNRELATED) == []


def test_the_nato_spending_target_is_one_series_bare_percent_included() -> None:
    assert trajectories(NATO + UNRELATED) == [[2.0, 3.0, 5.0]]


def test_the_measure_is_the_one_named_nearest_the_number() -> None:
    text = "Il deficit scende al 3% del PIL mentre la spesa per la difesa sale al 2% del PIL."
    assert fig.measure_near(text, "3% del PIL") == "deficit"
    assert fig.measure_near(text, "2% del PIL") == "defence_spending"
    assert fig.measure_near("Ha ottenuto il 12% in Baviera.", "12%") is None


def test_a_measure_named_before_the_number_wins_over_one_after_it() -> None:
    text = "La crescita, all'1% quest'anno, salirà all'1,2% nel 2025, il deficit calerà sotto il 3% nel 2026."
    assert fig.measure_near(text, "1,2%") == "growth"
    assert fig.measure_near(text, "3%") == "deficit"
    assert fig.measure_near("Il criterio del 2% di spesa per la difesa.", "2%") == "defence_spending"
    assert fig.measure_near("The call for 5% defense spending.", "5% defense spending") == "defence_spending"


def test_an_undated_repeat_of_a_dated_number_is_not_a_point_of_its_own() -> None:
    again = fact(
        "n4",
        "Rutte ha ribadito la necessità di aumentare la spesa militare ben oltre il 3% del PIL.",
        "3% del PIL",
        "% del PIL",
        "2025-04-02",
        "Mark Rutte",
    ).model_copy(update={"when": None, "when_basis": None, "actors": []})
    assert trajectories([*NATO, again]) == [[2.0, 3.0, 5.0]]  # not [2, 3, 5, 3] with an undated 3 last


def budget_fact(fid: str, text: str, figures: list[str]) -> Fact:
    return Fact(
        id=fid,
        kind="figure",
        statement=text,
        when=PartialDate.parse("2024-09-26"),
        when_basis="publication",
        figures=[Figure(text=figure, unit="%") for figure in figures],
        evidence=[Evidence(source=f"{fid}.txt", start=0, end=len(text), quote=text)],
        salience=0.5,
    )


def dated_points(facts: list[Fact]) -> list[list[tuple[float | None, str | None]]]:
    found = []
    for series in fig.group(fig.mentions(prepare(facts, []))):
        steps = fig.trajectory(series)
        if fig.is_trajectory(steps):
            found.append([(s[0].number, s[0].when.iso() if s[0].when else None) for s in steps])
    return found


def test_each_number_takes_the_year_its_own_clause_names() -> None:
    forecast = budget_fact(
        "psb",
        "La crescita, all'1% nel 2024, salirà all'1,2% nel 2025 e all'1,4% nel 2026.",
        ["1%", "1,2%", "1,4%"],
    )
    # not three points all dated by the statement (26 September 2024)
    assert dated_points([forecast]) == [[(1.0, "2024"), (1.2, "2025"), (1.4, "2026")]]


def test_a_number_whose_year_its_words_leave_open_is_no_point_of_a_series() -> None:
    open_year = budget_fact(
        "def",
        "Nel piano la crescita per il 2024 è all'1%, e negli anni seguenti salirà all'1,2%.",
        ["1%", "1,2%"],
    )
    later = budget_fact("nadef", "La crescita salirà all'1,3% nel 2026, secondo il governo.", ["1,3%"])
    # the statement names 2024 and its date; the 1,2% could be either, so it is left out
    assert dated_points([open_year, later]) == [[(1.0, "2024"), (1.3, "2026")]]
