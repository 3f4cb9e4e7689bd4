"""The timeline keeps the dates that matter: the ones most articles attest within the period, with
the best-supported statement for each (hand-written facts; no corpus)."""

from __future__ import annotations

import datetime as dt

from briefing.compose import ComposeOptions, compose
from briefing.compose.annex import QuotedText, chronology, chronology_fill_ins
from briefing.compose.budget import Printed
from briefing.compose.candidates import Candidate, prepare
from briefing.compose.timeline import (
    LIST_DATES,
    MATTERS_SHARE,
    PUBLICATION_REPORT_WEIGHT,
    TIMELINE_MAX,
    TIMELINE_MIN,
    date_reports,
    list_discount,
    publication_days,
    ranked_timeline,
    timeline,
    timeline_length,
)
from briefing.compose.topic import NEUTRAL, Topic
from briefing.models import Article, Evidence, Fact, PartialDate

AS_OF = PartialDate.parse("2025-06-30")
START = PartialDate.parse("2025-01-01")


def told(fid: str, source: str, text: str, when: str, salience: float = 0.5, basis: str = "explicit") -> Fact:
    """A fact whose article dates it itself (`basis` "explicit"), or by its publication."""
    return Fact(
        id=fid,
        kind="event",
        statement=text,
        when=PartialDate.parse(when),
        when_basis=basis,  # type: ignore[arg-type]
        evidence=[Evidence(source=source, start=0, end=len(text), quote=text)],
        salience=salience,
    )


def reprinted(fact: Fact, *sources: str) -> Fact:
    """The same sentence found in several files (what the cross-outlet merge makes of it)."""
    extra = [e.model_copy(update={"source": s}) for s in sources for e in fact.evidence[:1]]
    return fact.model_copy(update={"evidence": fact.evidence + extra})


def dates(chosen: list[Candidate]) -> list[str]:
    return [c.when.iso() for c in chosen if c.when]


def candidates(*facts: Fact) -> list[Candidate]:
    return prepare(list(facts), [])


def test_a_day_three_articles_attest_comes_before_a_salient_day_only_one_attests() -> None:
    facts = candidates(
        told("a1", "a.txt", "Il vertice di Roma si è aperto il 3 marzo con i ministri.", "2025-03-03", 0.2),
        told("b1", "b.txt", "I ministri sono arrivati a Roma il 3 marzo per il vertice.", "2025-03-03", 0.2),
        told("c1", "c.txt", "Il 3 marzo a Roma è cominciato il vertice dei ministri.", "2025-03-03", 0.2),
        told(
            "d1", "d.txt", "Il 9 aprile la commissione ha approvato il bilancio annuale.", "2025-04-09", 1.0
        ),
    )
    assert dates(timeline(facts, AS_OF, START, length=1)) == ["2025-03-03"]
    assert dates(timeline(facts, AS_OF, START, length=2)) == ["2025-03-03", "2025-04-09"]


def test_one_statement_a_date_the_best_supported() -> None:
    facts = candidates(
        told("a1", "a.txt", "Il 3 marzo il parlamento ha votato la fiducia al governo.", "2025-03-03", 0.3),
        reprinted(
            told(
                "b1", "b.txt", "Il governo ha ottenuto la fiducia il 3 marzo con 320 voti.", "2025-03-03", 0.3
            ),
            "c.txt",
        ),
        told(
            "d1", "d.txt", "Pubblicato oggi: la giornata politica a Roma.", "2025-03-03", 0.9, "publication"
        ),
    )
    chosen = timeline(facts, AS_OF, START, length=5)
    assert len(chosen) == 1
    assert chosen[0].fact.id == "b1"  # dated by its own text, and two sources carry it


def test_a_sentence_reprinted_in_many_files_is_one_report_of_its_date() -> None:
    furniture = reprinted(
        told("f1", "f.txt", "Iscriviti alla newsletter: evento del 12 febbraio in redazione.", "2025-02-12"),
        "g.txt",
        "h.txt",
        "i.txt",
    )
    facts = candidates(
        furniture,
        told("a1", "a.txt", "Il 20 maggio è stato firmato l'accordo sul gas.", "2025-05-20"),
        told("b1", "b.txt", "L'accordo sul gas, firmato il 20 maggio, entra in vigore subito.", "2025-05-20"),
    )
    reports = {r.when.iso(): r.reports for r in date_reports(facts, AS_OF, START)}
    assert reports == {"2025-05-20": 2, "2025-02-12": 1}
    assert dates(timeline(facts, AS_OF, START, length=1)) == ["2025-05-20"]


def test_articles_published_on_a_day_attest_it_at_half_weight() -> None:
    facts = candidates(
        told("a1", "a.txt", "Le proteste continuano nella capitale.", "2025-02-01", basis="publication"),
        told("b1", "b.txt", "Migliaia di persone sono scese in piazza.", "2025-02-01", basis="publication"),
        told("c1", "c.txt", "Il 14 gennaio il presidente ha lasciato il paese.", "2025-01-14"),
        told("d1", "d.txt", "Il 5 febbraio il ministro si è dimesso dall'incarico.", "2025-02-05"),
    )
    reports = {r.when.iso(): r.reports for r in date_reports(facts, AS_OF, START)}
    assert reports == {"2025-02-01": 1.0, "2025-01-14": 1, "2025-02-05": 1}


def test_dates_long_before_the_period_or_after_the_as_of_date_stay_off() -> None:
    facts = candidates(
        told("a1", "a.txt", "Il dittatore è nato il 7 giugno 1942 in un accampamento.", "1942-06-07"),
        told("b1", "b.txt", "Il 20 dicembre la crisi era già cominciata con i primi scontri.", "2024-12-20"),
        told("c1", "c.txt", "Il 3 luglio si terrà la conferenza dei donatori a Ginevra.", "2025-07-03"),
        told("d1", "d.txt", "Il 2 marzo la polizia ha sgomberato la piazza centrale.", "2025-03-02"),
    )
    assert dates(timeline(facts, AS_OF, START, length=10)) == ["2024-12-20", "2025-03-02"]


def test_no_statement_is_printed_twice_under_two_dates() -> None:
    text = "Il ministro Rossi ha annunciato il piano di ricostruzione per la regione colpita."
    facts = candidates(
        told("a1", "a.txt", text, "2025-03-02"),
        told("b1", "b.txt", text + " ", "2025-03-03"),
    )
    assert len(timeline(facts, AS_OF, START, length=10)) == 1


def test_the_timeline_grows_with_the_corpus_and_the_period_within_bounds() -> None:
    assert timeline_length(3, 7) == TIMELINE_MIN
    assert timeline_length(10, 30) < timeline_length(100, 30) < timeline_length(100, 365)
    assert timeline_length(30, 365) == 41
    assert timeline_length(100_000, 10_000) == TIMELINE_MAX


# --- what attests a day: furniture, tellers, publication (issue 13, session 4) ---------------


def article(source: str, published: str, *lines: str) -> Article:
    text = "\n".join(lines) + "\n"
    return Article(
        source=source, text=text, sha256=source, encoding="utf-8", published=PartialDate.parse(published)
    )


def quoted(fid: str, source: Article, line: str, when: str, basis: str = "explicit") -> Fact:
    """A fact quoting one line of a hand-written article, at its real place in the text."""
    start = source.text.index(line)
    return Fact(
        id=fid,
        kind="event",
        statement=line,
        when=PartialDate.parse(when),
        when_basis=basis,  # type: ignore[arg-type]
        evidence=[Evidence(source=source.source, start=start, end=start + len(line), quote=line)],
        salience=0.5,
    )


SIDEBAR = "Convegno sull'intelligence del 12 febbraio a Roma: iscrizioni aperte a tutti."


def test_a_line_recurring_on_pages_of_many_days_is_furniture_and_attests_no_day() -> None:
    pages = [
        article("a.txt", "2025-02-10", "Il 9 febbraio la polizia ha sgomberato la piazza.", SIDEBAR),
        article("b.txt", "2025-03-20", "Il 19 marzo il governo ha presentato il piano.", SIDEBAR),
        article("c.txt", "2025-05-02", "Il primo maggio migliaia di persone hanno sfilato.", SIDEBAR),
    ]
    sidebar = reprinted(quoted("s1", pages[0], SIDEBAR, "2025-02-12"), "b.txt", "c.txt")
    sidebar.evidence[1:] = [quoted("s", page, SIDEBAR, "2025-02-12").evidence[0] for page in pages[1:]]
    news = quoted("n1", pages[0], "Il 9 febbraio la polizia ha sgomberato la piazza.", "2025-02-09")
    facts = prepare([sidebar, news], pages)
    assert [c.furniture for c in facts] == [True, False]
    assert [r.when.iso() for r in date_reports(facts, AS_OF, START)] == ["2025-02-09"]


def test_the_same_story_reprinted_by_three_outlets_the_same_week_is_news_not_furniture() -> None:
    line = "Il 12 febbraio il parlamento ha approvato la riforma della giustizia."
    pages = [article(f"{name}.txt", f"2025-02-1{i}", line) for i, name in enumerate("abc", start=2)]
    fact = quoted("r1", pages[0], line, "2025-02-12")
    fact.evidence[1:] = [quoted("r", page, line, "2025-02-12").evidence[0] for page in pages[1:]]
    facts = prepare([fact], pages)
    assert not facts[0].furniture
    assert [r.when.iso() for r in date_reports(facts, AS_OF, START)] == ["2025-02-12"]


def test_one_fact_told_in_their_own_words_by_two_articles_is_two_reports() -> None:
    own_words = told("p1", "a.txt", "Il 4 aprile il ministro si è dimesso.", "2025-04-04")
    words = "Il ministro ha lasciato il 4 aprile"
    other = Evidence(source="b.txt", start=0, end=len(words), quote=words)
    merged = own_words.model_copy(update={"evidence": [*own_words.evidence, other]})
    copied = reprinted(
        told("c1", "c.txt", "Il 6 aprile è stato nominato il successore.", "2025-04-06"), "d.txt"
    )
    reports = {r.when.iso(): r.reports for r in date_reports(candidates(merged, copied), AS_OF, START)}
    assert reports == {"2025-04-04": 2, "2025-04-06": 1}


def test_an_article_published_the_day_after_attests_the_day_at_half_weight() -> None:
    facts = candidates(
        told("a1", "a.txt", "Il 3 marzo l'esercito ha preso il controllo del palazzo.", "2025-03-03"),
        told(
            "b1",
            "b.txt",
            "La capitale si è svegliata sotto il coprifuoco.",
            "2025-03-04",
            basis="publication",
        ),
        told("c1", "c.txt", "Il 10 marzo si è riunito il consiglio di sicurezza.", "2025-03-10"),
    )
    reports = {r.when.iso(): r.reports for r in date_reports(facts, AS_OF, START)}
    assert reports == {"2025-03-03": 1.5, "2025-03-04": 0.5, "2025-03-10": 1}
    assert dates(timeline(facts, AS_OF, START, length=1)) == ["2025-03-03"]


def test_a_reprinted_sentence_dated_by_one_files_publication_does_not_make_the_others_published_then() -> (
    None
):
    furniture = reprinted(
        told(
            "f1",
            "f.txt",
            "Abbonati per leggere tutti gli articoli del sito.",
            "2025-02-07",
            basis="publication",
        ),
        "g.txt",
        "h.txt",
    )
    facts = candidates(
        furniture, told("f2", "f.txt", "Oggi il ministro ha parlato.", "2025-02-07", basis="publication")
    )
    reports = {r.when.iso(): r.reports for r in date_reports(facts, AS_OF, START)}
    assert reports == {"2025-02-07": 0.5}  # f.txt alone was published that day


def test_a_month_or_a_year_rides_along_without_taking_a_days_place() -> None:
    facts = candidates(
        told("m1", "a.txt", "A marzo la crisi si è aggravata.", "2025-03"),
        told("m2", "b.txt", "Nel mese di marzo sono cominciati gli scontri.", "2025-03"),
        told("d1", "c.txt", "Il 14 aprile è stato firmato il cessate il fuoco.", "2025-04-14"),
    )
    assert dates(timeline(facts, AS_OF, START, length=1)) == ["2025-03", "2025-04-14"]


def test_the_chronology_leaves_out_the_days_the_body_shows_and_the_statements_it_prints() -> None:
    printed_elsewhere = told(
        "a1", "a.txt", "Il 3 marzo il parlamento ha votato la fiducia al governo.", "2025-03-03", 0.9
    )
    on_the_body_timeline = told(
        "b1", "b.txt", "Il 9 aprile la commissione ha approvato il bilancio annuale.", "2025-04-09"
    )
    left = told("c1", "c.txt", "Il 12 maggio il governo ha nominato il nuovo ambasciatore.", "2025-05-12")
    facts = candidates(printed_elsewhere, on_the_body_timeline, left)
    printed = Printed()
    printed.add(facts[0])  # the body quotes it under, say, its key points
    # the body's developments show 9 April with another statement of that day
    days = chronology(facts, AS_OF, START, 3, printed, shown={PartialDate.parse("2025-04-09")})
    assert [c.fact.id for c in days] == ["c1"]


def test_a_day_whose_statement_the_body_prints_elsewhere_gets_its_next_statement_while_quotes_fit() -> None:
    vote = "Il 3 marzo il Parlamento ha votato la fiducia al governo."
    speech = "Il 3 marzo il premier Livio Ferri ha parlato alla camera per due ore."
    page = article("a.txt", "2025-03-04", vote, speech, "Altre notizie dal paese, senza date.")
    best, next_best = quoted("a1", page, vote, "2025-03-03"), quoted("a2", page, speech, "2025-03-03")
    best.salience = 0.9
    facts = prepare([best, next_best], [page])

    def fill_ins(share: float) -> list[str]:
        printed = Printed()
        printed.add(facts[0])  # the body quotes the day's best statement under its key points
        listed = chronology(facts, AS_OF, START, 1, printed)
        assert listed == []
        room = QuotedText([page], share)
        return [c.fact.id for c in chronology_fill_ins(facts, AS_OF, START, 1, printed, room, (), listed)]

    assert fill_ins(0.9) == ["a2"]
    assert fill_ins(0.2) == []  # the quotes would pass the share the annex may quote


# --- what a day is about: the folder's story weighs its reports (issue 13, session 5) --------

STORY = [
    "Il 3 marzo migliaia di manifestanti hanno occupato la piazza della capitale contro il presidente.",
    "Il 9 marzo l'esercito ha circondato la piazza e i manifestanti chiedono le dimissioni del presidente.",
    "Il 14 marzo il presidente Ortega si è dimesso dopo settimane di proteste dei manifestanti.",
]
CRIME_NEWS = (
    "Il 2 marzo i carabinieri di Chioggia hanno arrestato un pensionato per furto di gasolio al porto."
)


def test_a_statement_about_the_folders_common_story_is_more_topical_than_local_news() -> None:
    pages = [article(f"{n}.txt", f"2025-03-1{n}", line) for n, line in enumerate(STORY)]
    pages.append(article("x.txt", "2025-03-20", CRIME_NEWS, STORY[0]))
    story, crime = Topic(pages).about([STORY[1], CRIME_NEWS])
    assert story > 1.5 * crime
    assert Topic(pages[:1]).about([CRIME_NEWS]) == [NEUTRAL]  # one article: nothing to tell apart


def test_a_day_only_unrelated_news_in_the_folder_dates_ranks_below_a_day_of_the_story() -> None:
    pages = [article(f"{n}.txt", f"2025-03-2{n}", line) for n, line in enumerate(STORY)]
    chronicle = article("x.txt", "2025-03-29", CRIME_NEWS)  # a local paper's page, crawled along
    pages.append(chronicle)
    crime = quoted("x1", chronicle, CRIME_NEWS, "2025-03-02")
    crime.salience = 0.9  # the old ranking broke the tie by score, then the earlier date: this one
    story = quoted("s1", pages[2], STORY[2], "2025-03-14")
    facts = prepare([crime, story], pages)
    ranked = date_reports(facts, AS_OF, START)
    assert [r.when.iso() for r in ranked] == ["2025-03-14", "2025-03-02"]
    assert [r.reports for r in ranked] == [1, 1]  # each is still one article's report
    assert timeline(facts, AS_OF, START, length=1)[0].fact.id == "s1"


def test_a_page_listing_many_dates_tells_less_of_each_than_an_article_of_one_day() -> None:
    listed = [
        told(
            f"l{day}",
            "list.txt",
            f"Il {day} marzo i carabinieri hanno arrestato un uomo.",
            f"2025-03-{day:02d}",
            0.9,
        )
        for day in range(1, 13)
    ]  # a chronicle page: twelve days, one line each
    news = told("n1", "news.txt", "Il 20 marzo il governo si è dimesso dopo il voto.", "2025-03-20", 0.2)
    ranked = date_reports(candidates(*listed, news), AS_OF, START)
    assert ranked[0].when.iso() == "2025-03-20"
    assert {r.reports for r in ranked} == {1}  # every day is still one article's report
    assert list_discount(LIST_DATES) == 1.0
    assert list_discount(4 * LIST_DATES) == 0.5


# --- how many days the full timeline lists (issue 13, session 6) ------------------------------

WHO = [  # each names whom it is about, as the full timeline wants (`subject.opens_on_its_subject`)
    "il ministro Rossi",
    "la polizia di Lecce",
    "il sindaco Bianchi",
    "l'esercito italiano",
    "il tribunale di Roma",
    "la Banca d'Italia",
    "il vescovo Verdi",
    "la flotta russa",
]
WHAT = [
    "ha chiuso il porto",
    "ha sgomberato la piazza",
    "ha firmato il decreto",
    "ha liberato gli ostaggi",
    "ha alzato i tassi",
    "ha vietato il corteo",
    "ha aperto il confine",
    "ha sequestrato le armi",
]
WHERE = ["Genova", "Bari", "Torino", "Palermo", "Trieste", "Cagliari", "Verona", "Ancona"]
MONTHS = {3: "marzo", 4: "aprile", 5: "maggio"}


def days_told(count: int) -> list[Fact]:
    """`count` days from 1 March on, each told by one of three articles in a sentence of its own
    (no two share more than the month and one of who or what)."""
    facts = []
    for n in range(count):
        day = dt.date(2025, 3, 1) + dt.timedelta(days=n)
        who, what = n % len(WHO), (n // len(WHO)) % len(WHAT)
        where = WHERE[(who + what) % len(WHERE)]
        text = f"Il {day.day} {MONTHS[day.month]} {WHO[who]} {WHAT[what]} a {where}."
        facts.append(told(f"f{n}", f"{'abc'[n % 3]}.txt", text, day.isoformat()))
    return facts


def test_the_full_timeline_lists_every_day_a_small_folder_attests() -> None:
    # Three articles over a month: the body's timelines hold 8 days (`timeline_length`); an
    # editor's reference may hold every other day of the period, so the annex lists all 12.
    facts = candidates(*days_told(12))
    march, end_of_march = PartialDate.parse("2025-03-01"), PartialDate.parse("2025-03-31")
    assert timeline_length(3, 30) == TIMELINE_MIN < 12
    listed = chronology(facts, end_of_march, march, 3, Printed())
    assert dates(listed) == [f"2025-03-{day:02d}" for day in range(1, 13)]


def test_the_full_timeline_stops_at_its_ceiling_however_many_days_are_attested() -> None:
    facts = candidates(*days_told(TIMELINE_MAX + 10))  # 1 March to 9 May
    start, as_of = PartialDate.parse("2025-03-01"), PartialDate.parse("2025-05-31")
    assert len(date_reports(facts, as_of, start)) == TIMELINE_MAX + 10
    assert len(chronology(facts, as_of, start, 3, Printed())) == TIMELINE_MAX


# --- a day keeps its place when its best statement is printed elsewhere (issue 13, session 8) --


def test_a_day_whose_best_statement_is_printed_elsewhere_is_told_by_its_next_statement() -> None:
    facts = candidates(
        told("a1", "a.txt", "Il 3 marzo il Parlamento ha votato la fiducia al governo.", "2025-03-03", 0.9),
        told(
            "b1", "b.txt", "Il 3 marzo i deputati del Partito liberale hanno lasciato l'aula.", "2025-03-03"
        ),
        told("c1", "c.txt", "Il 3 marzo il Senato ha approvato il bilancio dello Stato.", "2025-03-03"),
        told(
            "d1", "d.txt", "Il 9 aprile la commissione ha approvato la legge elettorale.", "2025-04-09", 0.9
        ),
        told(
            "e1", "e.txt", "Il 12 maggio il governo ha nominato il nuovo ambasciatore a Parigi.", "2025-05-12"
        ),
    )
    printed_elsewhere = {"a1", "d1"}  # say, the key points quote them

    def skip(c: Candidate) -> bool:
        return c.fact.id in printed_elsewhere

    assert [c.fact.id for c in ranked_timeline(facts, AS_OF, START, length=2)] == ["a1", "d1"]
    # 3 March is told by its next statement; 9 April has none, so 12 May takes its place
    assert [c.fact.id for c in ranked_timeline(facts, AS_OF, START, length=2, skip=skip)] == ["b1", "e1"]


def _compose(
    pages: list[tuple[str, str, list[tuple[str, str, float]]]], as_of: str, filler: str = ""
) -> dict:
    """A briefing of hand-written articles (name, publication day, lines with their dates and
    salience), each line one fact; the keys of its sections with their (date, text) statements."""
    articles, facts = [], []
    for name, published, lines in pages:
        page = article(name, published, *[line for line, _, _ in lines], *([filler] if filler else []))
        articles.append(page)
        for n, (line, when, salience) in enumerate(lines):
            fact = quoted(f"{name}{n}", page, line, when)
            fact.salience = salience
            facts.append(fact)
    briefing = compose(articles, facts, ComposeOptions(as_of=PartialDate.parse(as_of)))
    shown: dict[str, list[tuple[str | None, str]]] = {}
    for section in briefing.sections:
        shown.setdefault(section.key, []).extend((s.date, s.text) for s in section.statements)
    return shown


ORTEGA = [
    (
        "a.txt",
        "2025-03-10",
        [
            ("Il 3 marzo il presidente Ortega ha sciolto il parlamento di Managua.", "2025-03-03", 0.5),
            ("Il 9 marzo migliaia di manifestanti hanno occupato la piazza di Managua.", "2025-03-09", 0.5),
        ],
    ),
    (
        "b.txt",
        "2025-03-11",
        [
            ("Il 10 marzo il presidente Ortega ha parlato alla nazione da Managua.", "2025-03-10", 0.5),
        ],
    ),
    (
        "c.txt",
        "2025-03-12",
        [
            (
                "Il 11 marzo i vescovi del Nicaragua hanno chiesto a Ortega di dimettersi.",
                "2025-03-11",
                0.5,
            ),
        ],
    ),
]


def test_a_day_whose_best_statement_is_a_key_point_is_told_in_the_developments_by_another() -> None:
    walkout = "Il 3 marzo i deputati del Partito liberale hanno lasciato l'Assemblea nazionale per protesta."
    (dissolved, day, _), protest = ORTEGA[0][2]
    pages = [
        ("a.txt", "2025-03-10", [(dissolved, day, 0.9), protest]),  # the dissolution: the bottom line
        ("b.txt", "2025-03-11", [*ORTEGA[1][2], (walkout, day, 0.5)]),
        ORTEGA[2],
    ]
    shown = _compose(pages, "2025-03-12")
    assert (day, dissolved) in shown["key_points"]
    # the day is a development, not context (before: its best statement taken, the day dropped)
    assert ("2025-03-03", walkout) in shown["timeline"]
    assert ("2025-03-03", walkout) not in shown.get("context", [])


# A ferry company's storyline: eight dated steps in March, and its launch on 5 March.
FERRY_DOINGS = [
    (1, "assunto venti marittimi per la linea di Pirano"),
    (2, "comprato due motonavi dalla Grecia"),
    (4, "aperto una biglietteria al molo Audace"),
    (6, "firmato un accordo con il porto di Capodistria"),
    (7, "presentato l'orario estivo delle corse"),
    (8, "ridotto le tariffe per gli studenti"),
    (10, "noleggiato un aliscafo da Spalato"),
    (11, "rinnovato la flotta dei rimorchiatori"),
]
LAUNCH = "Il 5 marzo la società Velora di Trieste ha varato il nuovo traghetto per l'Istria."
FERRY_FILLER = "Il resto della pagina racconta la storia della città e dei suoi porti, senza date. " * 40


def ferry_days() -> list[tuple[str, str, float]]:
    """The ferry company's eight steps as (statement, day, salience)."""
    return [
        (f"Il {d} marzo la società Velora di Trieste ha {what}.", f"2025-03-{d:02d}", 0.8)
        for d, what in FERRY_DOINGS
    ]


def test_a_day_background_prints_keeps_its_place_in_the_full_timeline_before_further_reports() -> None:
    # A ferry company's storyline, under Background: its eight best statements fill it, among
    # them the launch on 5 March; the mayor's word on that day is left for the annex.
    mayor = "Il 5 marzo il sindaco di Pirano Andrej Novak ha ringraziato la Velora per il nuovo collegamento."
    ferry = [(LAUNCH, "2025-03-05", 0.9), *ferry_days(), (mayor, "2025-03-05", 0.05)]
    shown = _compose([*ORTEGA, ("d.txt", "2025-03-09", ferry)], "2025-03-12", FERRY_FILLER)
    assert ("2025-03-05", LAUNCH) in shown["background"]
    # the full timeline gives the day its next statement before the further reports take it
    assert ("2025-03-05", mayor) in shown["chronology"]
    assert ("2025-03-05", mayor) not in shown.get("further", [])


def test_background_hands_the_full_timeline_the_one_statement_that_tells_a_ranked_day() -> None:
    # The same ferry storyline under Background, but no one else reports 5 March: the launch is
    # the only statement that can tell that day. Printed in Background (before: it was), the day
    # would be in no timeline; the full timeline prints it. Background still names the
    # storyline with its first statement and prints nothing it would not have printed otherwise.
    ferry = ferry_days()
    pages = [*ORTEGA, ("d.txt", "2025-03-09", [*ferry, (LAUNCH, "2025-03-05", 0.85)])]
    shown = _compose(pages, "2025-03-12", FERRY_FILLER)
    assert ("2025-03-05", LAUNCH) in shown["chronology"]
    assert ("2025-03-05", LAUNCH) not in shown["background"]
    ferry_lines = {line for line, _, _ in ferry}
    assert any(text in ferry_lines for _, text in shown["background"])  # the storyline is named
    printed = [text for section in shown.values() for _, text in section]
    assert len(printed) == len(set(printed))  # and nothing is printed twice


def test_a_live_blog_tells_its_day_as_it_happens_a_whole_report() -> None:
    # A live blog of 21 November: entries stamped with the hour, dated by its publication only;
    # an article of 14 November reports that day's news without a date of its own.
    entries = [
        "17,40 – I manifestanti hanno occupato di nuovo piazza Tahrir al Cairo.",
        "19,39 – Reuters scrive che il governo ha presentato le sue dimissioni al Consiglio militare.",
        "20,47 – Il ministro dell'Informazione ha detto che le dimissioni non sono state accettate.",
    ]
    live = [
        told(f"l{n}", "live.txt", line, "2025-03-21", basis="publication") for n, line in enumerate(entries)
    ]
    news = [
        told(
            "n1",
            "news.txt",
            "I sindacati hanno proclamato uno sciopero dei trasporti.",
            "2025-03-14",
            0.9,
            "publication",
        ),
        told(
            "n2",
            "news.txt",
            "Il ministro ha convocato le parti sociali al ministero.",
            "2025-03-14",
            0.9,
            "publication",
        ),
        told(
            "n3",
            "news.txt",
            "Il governo ha approvato il decreto sulle pensioni.",
            "2025-03-14",
            0.9,
            "publication",
        ),
    ]
    reports = {r.when.iso(): r for r in date_reports(candidates(*news, *live), AS_OF, START)}
    assert reports["2025-03-21"].told == {"live.txt"}  # a whole report of its day
    assert reports["2025-03-21"].reports == 1.0
    assert reports["2025-03-14"].reports == PUBLICATION_REPORT_WEIGHT  # the news article: half
    assert [r.when.iso() for r in date_reports(candidates(*news, *live), AS_OF, START)][:1] == ["2025-03-21"]
    # two stamped lines do not make a live blog
    assert date_reports(candidates(*live[:2]), AS_OF, START)[0].reports == PUBLICATION_REPORT_WEIGHT


def test_an_article_is_published_on_the_day_most_of_its_publication_dated_facts_carry() -> None:
    # The first entry goes on telling the day before (the dates' rules gave it that story's day);
    # the page still reports, and was published on, 21 March.
    entries = [
        (
            "20,47 – Il ministro ha detto che le dimissioni del governo non sono state accettate.",
            "2025-03-20",
        ),
        ("20,32 – Il Consiglio militare vuole un accordo sul nuovo primo ministro.", "2025-03-21"),
        ("20,10 – Il giornale al-Shorouk scrive che il Consiglio ha accettato le dimissioni.", "2025-03-21"),
        ("19,39 – Reuters scrive che il governo ha presentato le sue dimissioni.", "2025-03-21"),
    ]
    live = [
        told(f"l{n}", "live.txt", line, day, basis="publication") for n, (line, day) in enumerate(entries)
    ]
    assert publication_days(candidates(*live)) == {"live.txt": dt.date(2025, 3, 21)}
    reports = {r.when.iso(): r for r in date_reports(candidates(*live), AS_OF, START)}
    assert reports["2025-03-21"].told == {"live.txt"}  # a live blog of its own day


# --- which statement tells a day (issue 13, session 10) ----------------------------------------


def _chronicle(day: str) -> list[Fact]:
    """A local paper's page crawled into the folder: a line for each of fifty days, one of them
    `day` (a page that dates this many things counts little for each: `list_discount`)."""
    first = dt.date(2025, 1, 1)
    days = [first + dt.timedelta(days=n) for n in range(50)]
    return [
        told(
            f"x{n}",
            "chronicle.txt",
            f"Il {d.day} del mese la polizia di Lecce ha arrestato un uomo.",
            d.isoformat(),
            0.9,
        )
        for n, d in enumerate(days)
        if d.isoformat() != day
    ] + [told("x-day", "chronicle.txt", "La polizia di Lecce ha arrestato un pescatore al porto.", day, 0.9)]


def test_a_day_is_told_by_the_report_that_makes_it_matter_not_by_a_list_pages_entry() -> None:
    resigned = "Il 5 febbraio il governo di Lima si è dimesso dopo il voto di sfiducia."
    facts = candidates(*_chronicle("2025-02-05"), told("n1", "news.txt", resigned, "2025-02-05", 0.2))
    reports = {r.when.iso(): r for r in date_reports(facts, AS_OF, START)}
    assert reports["2025-02-05"].told == {"news.txt", "chronicle.txt"}  # both still attest the day
    chosen = {
        c.when.iso(): c.fact.statement for c in ranked_timeline(facts, AS_OF, START, length=60) if c.when
    }
    # before: the chronicle's arrest, the better scored statement, told the government's day
    assert chosen["2025-02-05"] == resigned
    # a day only the chronicle dates is still told by its own line
    assert chosen["2025-01-01"] == "Il 1 del mese la polizia di Lecce ha arrestato un uomo."


def test_a_background_story_opens_on_its_next_opening_when_its_best_is_the_one_teller_of_a_day() -> None:
    # The ferry storyline under Background, its launch on 8 March its bottom line; no one else
    # reports 8 March. Opened on the launch (before: it was), the day would be in no timeline;
    # the story opens on its next dated development instead, whose day another statement can
    # still tell, and the full timeline tells 8 March with the launch.
    launch = "L'8 marzo la società Velora di Trieste ha varato il nuovo traghetto per l'Istria."
    hires = "Il 9 marzo la società Velora di Trieste ha assunto venti marittimi per la linea di Pirano."
    fares = "Il 9 marzo la società Velora di Trieste ha ridotto le tariffe per gli studenti."
    ferry = [(launch, "2025-03-08", 0.9), (hires, "2025-03-09", 0.5), (fares, "2025-03-09", 0.4)]
    shown = _compose([*ORTEGA, ("d.txt", "2025-03-09", ferry)], "2025-03-12", FERRY_FILLER)
    assert ("2025-03-08", launch) in shown["chronology"]
    assert ("2025-03-08", launch) not in shown["background"]
    assert ("2025-03-09", hires) in shown["background"]  # the storyline is still named
    assert ("2025-03-09", fares) in shown["chronology"]  # and its day still told
    printed = [text for section in shown.values() for _, text in section]
    assert len(printed) == len(set(printed))


# --- a day matters when its reports weigh (issue 13, session 20) ------------------------------

MONTH_NAMES = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno"]


def listed_days(source: str, count: int) -> list[Fact]:
    """A page that dates `count` days from 1 January on, one line each, in words of its own."""
    facts = []
    for n in range(count):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=n)
        who, what = WHO[n % len(WHO)], WHAT[(n // len(WHO)) % len(WHAT)]
        text = f"Il {day.day} {MONTH_NAMES[day.month - 1]} {who} {what} a {WHERE[n % len(WHERE)]}."
        facts.append(told(f"{source}{n}", source, text, day.isoformat(), 0.9))
    return facts


STORY_DAYS = [
    told("a1", "a.txt", "Il 3 marzo il governo ha chiuso il porto di Genova.", "2025-03-03"),
    told("b1", "b.txt", "Il 9 aprile la flotta russa ha lasciato il porto di Tartus.", "2025-04-09"),
    told("c1", "c.txt", "Il 2 maggio il ministro Rossi ha firmato il decreto sui porti.", "2025-05-02"),
]


def test_a_day_only_a_long_list_page_attests_does_not_matter_beside_the_storys_days() -> None:
    # A local paper's half year of crime news crawled along with the story: 180 days, one line
    # each. Each of its days weighs less than a quarter of a story article's report
    # (`list_discount`): none of them is a day of the story, however few the story's days are.
    facts = candidates(*listed_days("cronaca.txt", 180), *STORY_DAYS)
    assert list_discount(180) < MATTERS_SHARE
    assert len(date_reports(facts, AS_OF, START)) == 180  # each day is still attested
    assert dates(timeline(facts, AS_OF, START, length=40)) == ["2025-03-03", "2025-04-09", "2025-05-02"]


def test_the_days_a_page_of_a_dozen_dates_attests_still_matter() -> None:
    # It tells less of each of them, but a dozen days is a story told day by day, not a list.
    facts = candidates(*listed_days("diario.txt", 12), *STORY_DAYS)
    assert list_discount(12) > MATTERS_SHARE
    assert len(timeline(facts, AS_OF, START, length=40)) == 15


def test_the_full_timeline_leaves_out_the_days_only_a_long_list_page_attests() -> None:
    # Its ceiling (`TIMELINE_MAX`) is no reason to fill it with the list's days.
    facts = candidates(*listed_days("cronaca.txt", 180), *STORY_DAYS)
    listed = chronology(facts, AS_OF, START, 4, Printed())
    assert dates(listed) == ["2025-03-03", "2025-04-09", "2025-05-02"]
