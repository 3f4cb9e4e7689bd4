"""Storylines, --about and the body's length, on small hand-written articles about unrelated
stories (a harbour strike, a chess tournament, a vaccine trial), and on the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.about import select_about
from briefing.cli import app
from briefing.compose.budget import STANDARD_WORDS, body_budget
from briefing.compose.storylines import cluster, find_storylines, names
from briefing.compose.titles import main_actor, titles
from briefing.engines.extractive import ExtractiveEngine
from briefing.ingest import SourceFile, read_article
from briefing.models import Actor, Article, Evidence, Fact, PartialDate

runner = CliRunner()

ARTICLES = {
    "strike-1.txt": """date 2026-03-02
Dockers strike at the port of Valmora

The dockworkers' union of Valmora called a 48-hour strike at the container port on Monday.
Union leader Marta Oderisi said the port authority had ignored the dockers' safety demands.
Cranes stood still and twelve container ships waited outside the Valmora harbour.
""",
    "strike-2.txt": """date 2026-03-04
Valmora port strike extended as talks fail

The Valmora dockworkers extended their strike after talks with the port authority failed.
Marta Oderisi, the union leader, said the dockers would not return until safety rules change.
The port authority of Valmora said the strike had cost shippers millions.
""",
    "strike-3.txt": """date 2026-03-06
Valmora dockers end strike after safety deal

The strike at the port of Valmora ended on Friday when the union and the port authority signed
a safety agreement. Marta Oderisi said the dockworkers had won new crane inspections.
The first container ships entered the Valmora harbour on Friday evening.
""",
    "chess.txt": """date 2026-03-05
Grandmaster Ilvani wins the Corsell chess open

The grandmaster Teodor Ilvani won the Corsell chess open on Thursday with a round to spare.
Ilvani beat the defending champion in a long endgame of the ninth round.
The Corsell open will be held again in the spring of next year.
""",
    "vaccine.txt": """date 2024-06-10
Trial of a malaria vaccine begins in Brenna

Doctors in Brenna began the trial of a new malaria vaccine on Monday, the health ministry said.
The trial will enrol two thousand volunteers over eighteen months.
""",
}


def write_articles(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def read(folder: Path) -> list[Article]:
    return [read_article(SourceFile(str(path), path)) for path in sorted(folder.iterdir())]


def by_name(paths: list[str]) -> list[str]:
    return sorted(Path(p).name for p in paths)


def test_articles_telling_the_same_story_are_one_storyline_and_unrelated_ones_apart(tmp_path: Path) -> None:
    articles = read(write_articles(tmp_path / "news"))
    storylines = find_storylines(articles, PartialDate.parse("2026-03-06"), verified_facts(articles))
    assert [by_name(s.sources) for s in storylines] == [
        ["strike-1.txt", "strike-2.txt", "strike-3.txt"],
        ["chess.txt"],
        ["vaccine.txt"],
    ]
    strike, chess, vaccine = storylines
    assert [s.id for s in storylines] == ["s1", "s2", "s3"]
    assert strike.lead and not chess.lead and not vaccine.lead  # one article each: background
    # the story three articles tell (no phrase of its headlines is a statement's, none names who
    # leads it) is headed by its most attested headline that names what its statements name, not
    # by a list of nouns, nor by the bare name of its lead actor (`Marta Oderisi`)
    assert strike.title == "Dockers strike at the port of Valmora"
    assert chess.title == "Grandmaster Ilvani wins the Corsell chess open"


OBITUARIES = {
    "obit-ferrandi.txt": """date 2026-03-02
Addio a Paola Ferrandi, la voce di Radio Serena

È morta a Torino, all'età di 61 anni, la giornalista Paola Ferrandi, voce storica di Radio Serena.
I colleghi della redazione ricordano con affetto la sua gentilezza e la sua grande professionalità.
I funerali saranno celebrati venerdì nella chiesa della Crocetta.
«Paola era una cronista seria e appassionata», ha detto il direttore Marco Livelli.
""",
    "obit-giraudo.txt": """date 2026-03-03
Addio a Paola Giraudo, l'architetta della televisione

È morta a Bari, all'età di 64 anni, l'architetta e conduttrice televisiva Paola Giraudo.
Gli amici e i colleghi ricordano con affetto la sua gentilezza e la sua grande eleganza.
I funerali saranno celebrati sabato nella basilica di San Nicola.
«Paola era una donna generosa e appassionata», ha scritto l'amica Lucia Sarti.
""",
}


def test_two_stories_told_in_the_same_words_about_different_people_are_two_storylines(tmp_path: Path) -> None:
    folder = tmp_path / "obituaries"
    folder.mkdir()
    for name, text in OBITUARIES.items():
        (folder / name).write_text(text, "utf-8")
    articles = read(folder)
    assert cluster(articles) == [[0, 1]]  # their words alone (addio, morta, funerali, Paola…) join them
    storylines = find_storylines(articles, PartialDate.parse("2026-03-03"))
    # but they name no one and nowhere in common: a first name shared is not a person shared
    assert [by_name(s.sources) for s in storylines] == [["obit-giraudo.txt"], ["obit-ferrandi.txt"]]


def test_the_names_an_article_uses_are_people_and_places_not_capitalised_words(tmp_path: Path) -> None:
    text = (
        "date 2026-03-03\nThe truce holds\n\n"
        "President Oren Vellani welcomed the truce at Lake Dorn with Sen. Ivo Tassi in Pellam.\n"
        "Now the truce will hold, Tassi said. Vellani thanked Pellam. Pellam is quiet.\n"
    )
    found = names(read_article_text(tmp_path, text))
    # `Tassi` and `Vellani` alone are the people named in full; `Pellam` is named inside a sentence
    assert found == {"oren vellani": 2, "lake dorn": 1, "ivo tassi": 2, "pellam": 3}
    # `Now` only opens a sentence, `Sen.` is a title, `The truce holds` a headline: no names


def read_article_text(folder: Path, text: str) -> Article:
    path = folder / "article.txt"
    path.write_text(text, "utf-8")
    return read_article(SourceFile(str(path), path))


def verified_facts(articles: list[Article]) -> dict[str, list[Fact]]:
    return {a.source: ExtractiveEngine().extract(a).facts for a in articles}


def test_a_title_is_read_from_the_verified_facts_only(tmp_path: Path) -> None:
    articles = read(write_articles(tmp_path / "news"))
    facts = verified_facts(articles)
    strike_1 = next(a for a in articles if a.source.endswith("strike-1.txt"))
    facts[strike_1.source] = facts[strike_1.source][:1]  # the other sentences were never verified
    storylines = find_storylines(articles, PartialDate.parse("2026-03-06"), facts)
    title_words = set(storylines[0].title.replace(",", " ").split())
    verified_words = {w.strip(".,") for f in facts.values() for fact in f for w in fact.statement.split()}
    headline_words = {w for a in articles for w in (a.title or "").split()}  # (the Sources print them)
    assert title_words - {"—", "…"} <= verified_words | headline_words
    # no facts: its headline
    assert (
        find_storylines(articles, PartialDate.parse("2026-03-06"))[0].title
        == "Dockers strike at the port of Valmora"
    )


def test_a_title_never_names_a_fragment_of_a_longer_name() -> None:
    def said(statement: str, *names: str) -> Fact:
        return Fact(
            id=str(abs(hash(statement))),
            kind="event",
            statement=statement,
            actors=[Actor(name=n) for n in names],
            evidence=[Evidence(source="a.txt", start=0, end=len(statement), quote=statement)],
        )

    # `President Donald` of `President Donald J. Trump`: the name runs on past it
    trump = [
        said(
            "President Donald J. Trump spoke with the leaders on Monday.",
            "President Donald",
            "Donald J. Trump",
        ),
        said("President Donald J. Trump signed the order.", "President Donald"),
    ]
    assert main_actor(trump) == "Donald J. Trump"
    # `Paschi di Siena` is the tail of `Monte dei Paschi di Siena`; `Mediobanca` is whole
    bank = [
        said(
            "L'offerta del Monte dei Paschi di Siena su Mediobanca è partita.",
            "Paschi di Siena",
            "Mediobanca",
        ),
        said("Il Monte dei Paschi di Siena ha convocato i soci.", "Paschi di Siena"),
    ]
    assert main_actor(bank) == "Mediobanca"
    assert main_actor([said("Hezbollah ha colpito.", "Hezbollah Hezbollah")]) is None


def _fact(source: str, statement: str, *names: str) -> Fact:
    return Fact(
        id=f"{source}:{abs(hash(statement))}",
        kind="event",
        statement=statement,
        actors=[Actor(name=n) for n in names],
        evidence=[Evidence(source=source, start=0, end=len(statement), quote=statement)],
    )


def test_storylines_that_name_the_same_person_most_are_told_apart_by_their_titles() -> None:
    facts = {
        "gaza-1.txt": [
            _fact(
                "gaza-1.txt",
                "Donald J. Trump signed the Board of Peace charter.",
                "Donald J. Trump",
                "Board of Peace",
            )
        ],
        "gaza-2.txt": [
            _fact(
                "gaza-2.txt",
                "Donald J. Trump chairs the Board of Peace.",
                "Donald J. Trump",
                "Board of Peace",
            ),
            _fact("gaza-2.txt", "Donald J. Trump spoke in Davos.", "Donald J. Trump"),
        ],
        "kyiv-1.txt": [
            _fact(
                "kyiv-1.txt",
                "Donald J. Trump sent Steve Witkoff to the talks.",
                "Donald J. Trump",
                "Steve Witkoff",
            ),
            _fact("kyiv-1.txt", "Steve Witkoff met the delegation in Riyadh.", "Steve Witkoff"),
        ],
    }
    gaza, kyiv = titles([["gaza-1.txt", "gaza-2.txt"], ["kyiv-1.txt"]], facts)
    assert gaza is not None and gaza.startswith("Donald J. Trump")
    assert kyiv is not None and kyiv.startswith("Steve Witkoff")


def test_a_title_word_is_a_whole_word_not_the_tail_of_a_number() -> None:
    statements = [
        "La difesa del 37enne ha chiesto una nuova perizia.",
        "Per la difesa del 37enne la perizia è decisiva.",
        "Il consulente della difesa del 37enne ha letto la perizia.",
    ]
    facts = {"garlasco.txt": [_fact("garlasco.txt", s) for s in statements]}
    (title,) = titles([["garlasco.txt"]], facts)
    assert title is not None and "enne" not in title.split(" ")[-1] and " del enne" not in title


def test_with_no_story_told_twice_the_latest_leads_and_stale_news_never_does(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("chess.txt", "vaccine.txt"):
        (folder / name).write_text(ARTICLES[name], "utf-8")
    storylines = find_storylines(read(folder), PartialDate.parse("2026-03-05"))
    assert (by_name(storylines[0].sources), storylines[0].lead) == (["chess.txt"], True)
    assert not storylines[1].lead  # the 2024 trial is stale by March 2026


def test_the_briefing_says_how_many_storylines_and_puts_each_in_its_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", "news", "--out", "out", "--format", "md,json"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "briefing-2026-03-06.json").read_text("utf-8"))
    listed = {s["source"] for s in data["sources"]}
    assert [s["id"] for s in data["storylines"]] == ["s1", "s2", "s3"]
    assert all(set(s["sources"]) <= listed for s in data["storylines"])
    assert by_name(data["storylines"][0]["sources"]) == ["strike-1.txt", "strike-2.txt", "strike-3.txt"]
    # every section of the lead storyline cites only its articles; the others are background
    strike_sources = set(data["storylines"][0]["sources"])
    for section in data["sections"]:
        if section.get("storyline") == "s1":
            cited = {data["citations"][c]["source"] for s in section["statements"] for c in s["citations"]}
            assert cited <= strike_sources
    assert data["sections"][0]["storyline"] == "s1" and data["sections"][0]["key"] == "key_points"
    assert "Valmora" in data["sections"][0]["statements"][0]["text"]  # the bottom line
    background = next(s for s in data["sections"] if s["key"] == "background")
    assert {s["storyline"] for s in background["statements"]} <= {"s2", "s3"}
    assert "storyline" not in background
    markdown = (tmp_path / "out" / "briefing-2026-03-06.md").read_text("utf-8")
    assert "3 storylines; 1 carries most of the coverage (3/5 of the articles)." in markdown
    assert "Statements are quoted from the sources in their original language." in markdown
    texts = [" ".join(s["text"].split()) for sec in data["sections"] for s in sec["statements"]]
    assert len(texts) == len(set(texts))


def test_about_keeps_the_articles_about_the_subject_and_says_what_it_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = read(write_articles(tmp_path / "news"))
    kept, note = select_about(articles, "Valmora dockers strike")
    assert by_name([a.source for a in kept]) == ["strike-1.txt", "strike-2.txt", "strike-3.txt"]
    assert (note.kept, note.total, by_name(note.left_out)) == (3, 5, ["chess.txt", "vaccine.txt"])

    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", "news", "--out", "out", "--about", "chess open"])
    assert result.exit_code == 0, result.output
    assert "kept 1 of 5 articles; left out 4" in result.output
    markdown = (tmp_path / "out" / "briefing-2026-03-05.md").read_text("utf-8")
    assert "Selected by relevance to “chess open” (BM25): 1 of 5 articles kept; 4 left out" in markdown
    data = json.loads((tmp_path / "out" / "briefing-2026-03-05.json").read_text("utf-8"))
    assert by_name([s["source"] for s in data["sources"]]) == ["chess.txt"]
    assert data["about"]["kept"] == 1


def test_about_a_subject_no_article_mentions_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["build", "news", "--out", "out", "--about", "volcano eruption"])
    assert result.exit_code == 1
    assert "no article is about 'volcano eruption'" in result.output
    assert not (tmp_path / "out").exists()


def test_the_budget_fits_ten_articles_in_two_pages_and_grows_slowly_beyond() -> None:
    def corpus(count: int, words: int) -> list[Article]:
        text = " ".join(["parola"] * words)
        return [Article(source=f"{i}.txt", text=text, sha256="0", encoding="utf-8") for i in range(count)]

    ten = body_budget(corpus(10, 600))
    assert ten == STANDARD_WORDS
    assert (
        body_budget(corpus(10, 600), "short") == ten // 2 and body_budget(corpus(10, 600), "long") == 2 * ten
    )
    forty = body_budget(corpus(40, 600))
    assert ten < forty < 2 * ten  # four times the articles, well under twice the words
    thousand = body_budget(corpus(1000, 600))
    assert thousand <= 0.25 * 1000 * 600 and thousand < 4 * ten
    assert body_budget(corpus(2, 400)) == 400  # never more than half of a small folder's words
    assert body_budget(corpus(1, 50)) == 120  # but room for a bottom line and a few statements


def test_length_changes_the_body_and_short_is_shorter(workdir: Path) -> None:
    words = {}
    for length in ("short", "standard", "long"):
        result = runner.invoke(
            app, ["build", "seeds", "--out", length, "--format", "json", "--length", length]
        )
        assert result.exit_code == 0, result.output
        data = json.loads((workdir / length / "briefing-2026-04-03.json").read_text("utf-8"))
        words[length] = data["body_words"]
        assert data["body_words"] <= data["body_budget"]
    assert words["short"] < words["standard"] < words["long"]
    result = runner.invoke(app, ["build", "seeds", "--length", "huge"])
    assert result.exit_code == 2 and "--length" in result.output


def test_an_llm_facts_rank_is_its_importance_and_falls_off_gently() -> None:
    """Every fact the model kept is a candidate: the ninth keeps a third of the first's weight
    (1/√rank), where a salience of 1/rank would leave it a ninth."""
    from briefing.compose.candidates import KIND_WEIGHT, importance, prepare
    from briefing.models import Evidence, Fact

    text = "Uno. Due. Tre. Quattro. Cinque. Sei. Sette. Otto. Nove."
    article = Article(source="a.txt", text=text, sha256="0", encoding="utf-8")
    facts = []
    for rank, sentence in enumerate(text.split(" "), start=1):
        start = text.index(sentence)
        evidence = Evidence(source="a.txt", start=start, end=start + len(sentence), quote=sentence)
        facts.append(
            Fact(id=f"llm{rank}", statement=sentence, evidence=[evidence], rank=rank, salience=1 / rank)
        )
    assert importance(facts[8]) == pytest.approx(1 / 3)
    candidates = prepare(facts, [article])
    assert len(candidates) == 9
    kind = KIND_WEIGHT["statement"]
    assert candidates[0].base == pytest.approx(1 + kind)
    assert candidates[8].base == pytest.approx(1 / 3 + kind)
