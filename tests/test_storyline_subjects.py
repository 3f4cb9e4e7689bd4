"""Two articles, each about its own person, that name each other are two storylines (hand-written)."""

from __future__ import annotations

from pathlib import Path

from briefing.compose.storylines import cluster, find_storylines
from briefing.ingest import SourceFile, read_article
from briefing.models import PartialDate

BIRTHDAYS = {
    "ferri.txt": """date 2026-03-02
Aldo Ferri compie novant'anni

Il cantautore Aldo Ferri compie oggi novant'anni e festeggia con un concerto a Genova.
Aldo Ferri ha scritto le sue canzoni più famose negli anni settanta, tra Genova e il mare.
«Non avrei mai immaginato di arrivarci», ha detto Aldo Ferri ai giornalisti.
Tra gli amici di sempre c'è Lina Sarti, che ha cantato con lui in molti concerti.
""",
    "sarti.txt": """date 2026-03-03
Lina Sarti, novant'anni irresistibili

La cantante Lina Sarti compie oggi novant'anni e festeggia con un concerto a Torino.
Lina Sarti ha inciso le sue canzoni più famose negli anni settanta, tra Torino e il mare.
«La musica mi ha salvata», ha detto Lina Sarti ai giornalisti.
Con Aldo Ferri ha diviso il palco in molti concerti, e sono rimasti amici tutta la vita.
""",
    "ferri-2.txt": """date 2026-03-03
Aldo Ferri, il concerto dei novant'anni

Al concerto di Genova per i novant'anni di Aldo Ferri c'erano tremila persone.
Aldo Ferri ha cantato per due ore le canzoni degli anni settanta.
Sul palco, a sorpresa, è salita anche Lina Sarti.
Aldo Ferri ha ringraziato il pubblico di Genova.
""",
}


def test_two_birthdays_that_name_each_other_are_two_storylines(tmp_path: Path) -> None:
    for name, text in BIRTHDAYS.items():
        (tmp_path / name).write_text(text, "utf-8")
    articles = [read_article(SourceFile(str(p), p)) for p in sorted(tmp_path.iterdir())]
    assert cluster(articles) == [[0, 1, 2]]  # their words alone (compie, novant'anni, concerto…) join them
    storylines = find_storylines(articles, PartialDate.parse("2026-03-03"))
    groups = sorted(sorted(Path(s).name for s in storyline.sources) for storyline in storylines)
    # each names the other's subject, and only that: Lina Sarti's birthday is her own story, while
    # the two reports of Aldo Ferri's stay one
    assert groups == [["ferri-2.txt", "ferri.txt"], ["sarti.txt"]]


RELEASES = {
    "alliance.txt": """date 2026-06-26
Vision drives the alliance breakthrough

President Aldo Verran secured a deal to raise defence spending across the Northern Alliance.
Aldo Verran said the Northern Alliance is stronger than ever after the summit in Halden.
Aldo Verran thanked the ministers of the Northern Alliance for the deal.
The partners of the summit included Israel, named once.
""",
    "truce.txt": """date 2026-10-01
Global support for the vision of a truce in Gaza

President Aldo Verran presented his plan for a truce in Gaza, praised by many leaders.
Aldo Verran said the plan for Gaza brings the hostages home.
The plan of Aldo Verran was welcomed in Israel and by the Palestinian Authority.
Leaders from Qatar and Egypt praised the vision of Aldo Verran for Gaza.
""",
}


def test_one_president_and_one_country_both_name_tie_no_two_releases(tmp_path: Path) -> None:
    for name, text in RELEASES.items():
        (tmp_path / name).write_text(text, "utf-8")
    articles = [read_article(SourceFile(str(p), p)) for p in sorted(tmp_path.iterdir())]
    assert cluster(articles) == [[0, 1]]  # their words alone (president, vision, plan, praised…) join them
    storylines = find_storylines(articles, PartialDate.parse("2026-10-01"))
    # Aldo Verran, and Israel named in passing: a president and one country say little
    assert sorted(len(s.sources) for s in storylines) == [1, 1]
