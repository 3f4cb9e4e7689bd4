"""A background story opens on its bottom line, or is not shown (hand-written statements)."""

from __future__ import annotations

import datetime as dt

from briefing.compose.budget import Printed
from briefing.compose.candidates import Candidate
from briefing.compose.core import _choose_background, speaks_to
from briefing.compose.storylines import Storyline, _headed_by
from briefing.models import Evidence, Fact, FactKind, PartialDate

AS_OF = PartialDate.parse("2024-09-30")


def candidate(source: str, statement: str, kind: FactKind, day: str | None, score: float) -> Candidate:
    fact = Fact(
        id=f"{source}:{abs(hash(statement))}",
        statement=statement,
        kind=kind,
        evidence=[Evidence(source=source, start=0, end=len(statement), quote=statement)],
    )
    first = dt.date.fromisoformat(day) if day else None
    return Candidate(
        fact, (source,), score, score, graded=False, first_day=first, last_day=first, reported_by=first
    )


def story(number: int, source: str) -> Storyline:
    day = PartialDate.parse("2024-09-24")
    return Storyline(f"s{number}", source, [source], day, day, 1, 1.0)


def told_by_one(title: str, sources: list[str], day: PartialDate, told_by: str) -> Storyline:
    """A story of `sources` on one `day`, headed by the headline of `told_by`."""
    return Storyline("s1", title, sources, day, day, len(sources), 1.0, told_by=told_by)


def test_a_background_story_whose_bottom_line_does_not_fit_is_left_out_not_told_by_an_aside() -> None:
    season = candidate(
        "ohtani.txt",
        " ".join(
            ["Il campione giapponese ha chiuso la stagione con cinquanta fuoricampo e cinquanta basi."] * 3
        ),
        "event",
        "2024-09-24",
        0.9,
    )
    aside = candidate(
        "ohtani.txt", "Il vecchio presidente intuì l'affare ma non seppe guadagnarci.", "event", None, 0.6
    )
    bridge = candidate(
        "ponte.txt", "Il ponte sul fiume è stato riaperto al traffico.", "event", "2024-09-28", 0.8
    )
    ohtani, ponte = story(1, "ohtani.txt"), story(2, "ponte.txt")
    printed = Printed()
    shown = _choose_background(
        [ohtani, ponte],
        {"s1": [season, aside], "s2": [bridge]},
        AS_OF,
        dt.date(2024, 9, 1),
        30,  # words: the bridge fits, the season's 39 words do not
        printed,
    )
    assert [(s.id, c.fact.statement) for s, c in shown] == [("s2", bridge.fact.statement)]
    # with the words for it, the season leads its story
    shown = _choose_background(
        [ohtani, ponte], {"s1": [season, aside], "s2": [bridge]}, AS_OF, dt.date(2024, 9, 1), 200, Printed()
    )
    assert shown[0] == (ohtani, season)


def test_a_background_story_opens_on_the_article_its_heading_is_the_headline_of() -> None:
    """A story headed by one article's headline (`Guida alle rivolte…`) opens on that article's
    best statement, not on its latest article's (a Nobel forecast weeks later)."""
    guide = candidate(
        "guida.txt",
        "Le proteste in Tunisia hanno costretto Ben Ali a lasciare il paese.",
        "event",
        "2024-09-10",
        0.7,
    )
    nobel = candidate(
        "nobel.txt",
        "Il comitato del premio Nobel si riunisce oggi a Oslo per l'ultima volta.",
        "event",
        "2024-09-28",
        0.8,
    )
    day = PartialDate.parse("2024-09-28")
    rivolte = told_by_one("Guida alle rivolte nel Nordafrica", ["guida.txt", "nobel.txt"], day, "guida.txt")
    shown = _choose_background([rivolte], {"s1": [guide, nobel]}, AS_OF, dt.date(2024, 9, 1), 15, Printed())
    assert [c.fact.statement for _, c in shown] == [guide.fact.statement]
    # a story headed by no one article's headline opens on its bottom line, the latest
    rivolte.told_by = None
    shown = _choose_background([rivolte], {"s1": [guide, nobel]}, AS_OF, dt.date(2024, 9, 1), 15, Printed())
    assert [c.fact.statement for _, c in shown] == [nobel.fact.statement]


def dated(source: str, statement: str, day: str, score: float) -> Candidate:
    found = candidate(source, statement, "event", day, score)
    found.when = PartialDate.parse(day)
    return found


def test_an_opening_handed_to_the_full_timeline_gives_way_only_to_one_of_its_own_article() -> None:
    """The last statement able to tell its day in the full timeline is handed to it, and the story
    opens on another; not on another article's months older statement (a treaty's history under
    `Mubarak clinicamente morto`): the story then keeps its opening."""
    dying = dated(
        "morte.txt", "Hosni Mubarak è clinicamente morto in un ospedale del Cairo.", "2024-09-20", 0.9
    )
    treaty = dated(
        "trattato.txt", "Il trattato di pace tra i due paesi ha salvato la frontiera.", "2024-03-02", 0.5
    )
    day = PartialDate.parse("2024-09-20")
    mubarak = told_by_one("Mubarak clinicamente morto", ["trattato.txt", "morte.txt"], day, "morte.txt")
    tellers = {dying.when: [dying]} if dying.when else {}
    shown = _choose_background(
        [mubarak], {"s1": [dying, treaty]}, AS_OF, dt.date(2024, 1, 1), 30, Printed(), tellers
    )
    assert [c.fact.statement for _, c in shown][:1] == [dying.fact.statement]
    # a later statement of its own article may open it, and the full timeline tells both days
    lawyer = dated(
        "morte.txt", "L'avvocato di Hosni Mubarak ha smentito la notizia della morte.", "2024-09-19", 0.6
    )
    shown = _choose_background(
        [mubarak], {"s1": [dying, lawyer, treaty]}, AS_OF, dt.date(2024, 1, 1), 30, Printed(), tellers
    )
    assert [c.fact.statement for _, c in shown][:1] == [lawyer.fact.statement]


def test_a_bottom_line_of_another_article_that_speaks_to_the_heading_stays() -> None:
    """Another article's bottom line that writes a word of the heading (`Mubarak clinicamente
    morto`, told by a second outlet the same day) speaks for it: the story opens on it, not on a
    lesser line of the heading's own article."""
    told = dated(
        "agenzia.txt", "Hosni Mubarak è clinicamente morto, riferiscono i medici.", "2024-09-20", 0.9
    )
    teaser = candidate(
        "morte.txt", "In Egitto è scontro tra militari e partiti sul voto.", "event", None, 0.5
    )
    day = PartialDate.parse("2024-09-20")
    mubarak = told_by_one(
        "Mubarak clinicamente morto, ma l'avvocato smentisce", ["morte.txt", "agenzia.txt"], day, "morte.txt"
    )
    shown = _choose_background([mubarak], {"s1": [told, teaser]}, AS_OF, dt.date(2024, 1, 1), 15, Printed())
    assert [c.fact.statement for _, c in shown] == [told.fact.statement]


def test_a_line_that_names_one_word_of_the_heading_in_passing_does_not_speak_to_it() -> None:
    heading = 'Bin Laden, "Le foto sono atroci" Obama sceglie di non mostrarle'
    regime = candidate(
        "regime.txt",
        "Il regime di Gheddafi ha molte facce e ha ricevuto sorrisi da Sarkozy e Barack Obama.",
        "event",
        "2024-09-08",
        0.5,
    )
    photos = candidate(
        "foto.txt", "Barack Obama ha deciso di non pubblicare le foto del corpo.", "event", "2024-05-04", 0.5
    )
    assert not speaks_to(heading, regime)
    assert speaks_to(heading, photos)


def test_a_storyline_is_told_by_the_article_whose_headline_heads_it() -> None:
    headlines = {
        "guida.txt": "Guida alle rivolte (tutte) in Nordafrica",
        "nobel.txt": "Nobel per la pace, i favoriti",
    }
    sources = ["nobel.txt", "guida.txt"]
    assert _headed_by("Guida alle rivolte in Nordafrica", sources, headlines) == "guida.txt"
    # a title of an actor and a phrase speaks for several articles: for none of them alone
    assert _headed_by("Tawakkul Karman — premio Nobel", sources, headlines) is None


def test_a_story_that_opens_on_its_headings_article_goes_on_with_what_speaks_to_its_heading() -> None:
    """Once the heading's article opens the story (its latest article spoke of something else),
    what Background prints after it is that article's, or speaks to the heading too: not the
    other article's Nobel forecasts under `Guida alle rivolte…`."""
    guide = candidate(
        "guida.txt",
        "In Tunisia le proteste hanno costretto Ben Ali a lasciare il paese.",
        "event",
        "2024-09-10",
        0.7,
    )
    more = candidate(
        "guida.txt", "In Egitto Hosni Mubarak si è dimesso dopo diciotto giorni.", "event", "2024-09-11", 0.6
    )
    revolts = candidate(
        "nobel.txt",
        "Le rivolte in Nordafrica e Medio Oriente hanno segnato l'anno.",
        "event",
        "2024-09-27",
        0.5,
    )
    nobel = candidate(
        "nobel.txt", "Il comitato del premio Nobel si riunisce oggi a Oslo.", "event", "2024-09-28", 0.8
    )
    later = candidate(
        "nobel.txt", "Il premio Nobel sarà annunciato il 7 ottobre a Oslo.", "event", "2024-09-29", 0.75
    )
    day = PartialDate.parse("2024-09-28")
    rivolte = told_by_one(
        "Guida alle rivolte in Nordafrica e Medio Oriente", ["guida.txt", "nobel.txt"], day, "guida.txt"
    )
    every = [guide, more, revolts, nobel, later]
    shown = _choose_background([rivolte], {"s1": every}, AS_OF, dt.date(2024, 9, 1), 300, Printed())
    printed = {c.fact.statement for _, c in shown}
    assert printed == {guide.fact.statement, more.fact.statement, revolts.fact.statement}


def test_an_opening_handed_to_the_full_timeline_does_not_give_way_to_a_quotation_naming_nobody() -> None:
    """`Il Governo interverrà per bloccare l’aumento dell’età pensionabile… Lo afferma Durigon` is
    the story's opening; the quotation after it (`“Bloccheremo l’aumento nel 2027”`) names neither
    its speaker nor what `l'aumento` is: the story keeps its opening rather than open on it."""
    pair = dated(
        "istat.txt",
        "Il Governo interverrà per bloccare l’aumento dell’età pensionabile. Lo afferma il "
        "sottosegretario al Lavoro, Claudio Durigon.",
        "2024-09-27",
        0.9,
    )
    quotation = dated("istat.txt", "“Bloccheremo l’aumento nel 2027, lo sterilizzeremo”.", "2024-09-27", 0.6)
    quotation.fact = quotation.fact.model_copy(update={"speaker": "Claudio Durigon"})
    day = PartialDate.parse("2024-09-27")
    istat = told_by_one("Istat, sale la speranza di vita", ["istat.txt"], day, "istat.txt")
    tellers = {day: [pair]}
    shown = _choose_background(
        [istat], {"s1": [pair, quotation]}, AS_OF, dt.date(2024, 9, 1), 60, Printed(), tellers
    )
    assert [c.fact.statement for _, c in shown][:1] == [pair.fact.statement]
    # told in the reporter's words, the later statement may open it in its place
    reported = dated(
        "istat.txt", "Durigon ha confermato che il governo bloccherà l’aumento nel 2027.", "2024-09-27", 0.6
    )
    shown = _choose_background(
        [istat], {"s1": [pair, reported]}, AS_OF, dt.date(2024, 9, 1), 60, Printed(), tellers
    )
    assert [c.fact.statement for _, c in shown][:1] == [reported.fact.statement]
