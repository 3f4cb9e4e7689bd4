"""Storylines read each article's own text, not its site's furniture: two unrelated stories of one
site share its menus, its copyright line and its appeals to readers, which name its places and
people, and that is no story (`compose.furniture.own_texts`). Invented site, places and people."""

from __future__ import annotations

from pathlib import Path

from briefing.compose.storylines import find_storylines, names
from briefing.ingest import SourceFile, read_article
from briefing.models import Article, PartialDate

# What every page of the site prints under its article, one line each: its sections, its
# address and its copyright (lines the page sets apart from its article).
FOOTER = """Notizie dal Golfo di Varenna e dalla Riviera Lirenta
Fondazione Ettore Barsanti per la stampa locale
Redazione di Varenna, Corso Aurelio Mancini 12
© Copyright 2024 Il Corriere di Varenna - Editrice Tosalli
Contatti | Redazione | Privacy | Pubblicità
"""
# An appeal the site runs under every article, written in sentences: lines that recur in files
# of different days (site furniture, `compose.furniture.furniture_lines`).
APPEAL = """Sostieni il Corriere di Varenna: la Fondazione Ettore Barsanti raddoppia ogni abbonamento.
Il direttore Lorenzo Gadda ringrazia i lettori della Riviera Lirenta e del Golfo di Varenna.
In queste settimane i nostri cronisti hanno raccontato ogni giorno i paesi della Riviera Lirenta.
Tutto questo lavoro ha un costo, e la pubblicità non basta più a pagarlo.
Per questo chiediamo a chi legge queste righe un contributo pari a un caffè alla settimana.
Abbonati al Corriere di Varenna e ricevi ogni mattina la rassegna di Lorenzo Gadda.
"""


def paragraphs(*lines: str) -> str:
    """A story as such a site's pages are scraped: its headline, then each paragraph on one line."""
    return "".join(f"{line}\n" for line in lines)


BRIDGE = paragraphs(
    "Crolla il ponte sul Tenno a Borvale, nessun ferito",
    "Il ponte sul torrente Tenno a Borvale è crollato nella notte dopo tre giorni di pioggia. "
    "Nessuna auto era sul ponte al momento del crollo, ha detto la polizia locale.",
    "Il sindaco Dario Fenoglietti ha chiuso la strada provinciale e chiesto aiuto ai vigili del "
    "fuoco. I tecnici ispezioneranno gli altri ponti della valle del Tenno entro la settimana.",
    "La strada provinciale resterà chiusa almeno fino a domenica, quando i tecnici avranno finito i "
    "controlli. Gli abitanti della valle raggiungono Borvale dalla strada dei boschi.",
    "La regione ha promesso i fondi per la ricostruzione del ponte, ha detto il sindaco Fenoglietti. "
    "Il vecchio ponte era stato costruito nel 1958 e restaurato vent'anni fa.",
)
BRIDGE_AGAIN = paragraphs(
    "Borvale, il ponte sul Tenno sarà ricostruito entro l'estate",
    "Il ponte crollato sul torrente Tenno a Borvale sarà ricostruito entro l'estate. Il cantiere "
    "aprirà lunedì e lavorerà anche di notte.",
    "Il sindaco Dario Fenoglietti ha firmato l'appalto per il nuovo ponte sul Tenno. Fino ad allora "
    "i pullman per Borvale passeranno dalla strada della valle.",
    "Il nuovo ponte avrà due corsie e un marciapiede per chi va a piedi, secondo il progetto "
    "approvato dal comune. La regione pagherà la maggior parte dei lavori.",
    "I commercianti di Borvale chiedono che il cantiere finisca prima della stagione turistica. Il "
    "sindaco Fenoglietti ha promesso di incontrarli la prossima settimana.",
)
HARVEST = paragraphs(
    "Vendemmia record a Castelmora, la festa torna in piazza",
    "A Castelmora la vendemmia di quest'anno ha dato il raccolto più ricco da dieci anni. I "
    "vignaioli hanno finito di raccogliere l'uva con una settimana di anticipo.",
    "La presidente della cantina sociale, Nives Aldrovani, ha annunciato la festa dell'uva in "
    "piazza. Le botti della cantina di Castelmora saranno aperte ai visitatori per tre giorni.",
    "La festa dell'uva comincerà venerdì sera con la sfilata dei carri lungo il corso di "
    "Castelmora. Sabato i vignaioli premieranno il vino migliore dell'annata.",
    "La cantina sociale ha venduto quest'anno metà del suo vino all'estero, ha detto Nives "
    "Aldrovani. I prezzi dell'uva sono saliti per il secondo anno di fila.",
)
CHESS = paragraphs(
    "Il maestro Ugo Prandelli vince il torneo di scacchi di Sorvino",
    "Ugo Prandelli ha vinto il torneo di scacchi di Sorvino con un turno di anticipo. Prandelli ha "
    "battuto il campione uscente in un lungo finale di torri.",
    "Il torneo di Sorvino tornerà la prossima primavera con duecento giocatori. Gli organizzatori "
    "cercano già una sala più grande.",
    "Al torneo hanno giocato centoventi scacchisti arrivati da tutta la regione e da due paesi "
    "vicini. La partita più lunga è durata sei ore.",
    "Il premio del vincitore è una scacchiera di legno intagliata a mano dagli artigiani di "
    "Sorvino. Prandelli ha detto che la regalerà al circolo dove ha imparato a giocare.",
)


def page(day: str, story: str, furniture: str) -> str:
    return f"date {day}\n{story}{furniture}"


def read(folder: Path, pages: dict[str, str]) -> list[Article]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / name).write_text(text, "utf-8")
    return [read_article(SourceFile(str(folder / name), folder / name)) for name in sorted(pages)]


def grouped(articles: list[Article], as_of: str) -> list[list[str]]:
    found = find_storylines(articles, PartialDate.parse(as_of))
    return sorted(sorted(Path(source).name for source in s.sources) for s in found)


def test_the_names_of_an_article_are_those_of_its_own_text_not_its_pages_furniture(tmp_path: Path) -> None:
    (article,) = read(tmp_path / "site", {"bridge.txt": page("2024-05-06", BRIDGE, FOOTER)})
    named = names(article)
    assert "dario fenoglietti" in named and "borvale" in named
    furniture_words = ("barsanti", "mancini", "lirenta", "tosalli", "varenna")
    assert not [name for name in named if any(word in name for word in furniture_words)]


def test_two_stories_of_one_site_that_share_only_its_furniture_are_two_storylines(tmp_path: Path) -> None:
    articles = read(
        tmp_path / "site",
        {
            "bridge.txt": page("2024-05-06", BRIDGE, FOOTER),
            "harvest.txt": page("2024-05-07", HARVEST, FOOTER),
        },
    )
    assert grouped(articles, "2024-05-07") == [["bridge.txt"], ["harvest.txt"]]


def test_stories_that_share_only_the_lines_a_site_repeats_on_every_page_are_apart(tmp_path: Path) -> None:
    articles = read(
        tmp_path / "site",
        {
            "bridge.txt": page("2024-05-06", BRIDGE, APPEAL),
            "harvest.txt": page("2024-05-20", HARVEST, APPEAL),
            "chess.txt": page("2024-06-03", CHESS, APPEAL),
            "bridge-again.txt": page("2024-06-10", BRIDGE_AGAIN, APPEAL),
        },
    )
    # the bridge's two reports stay one story; the harvest and the chess open are stories of their own
    assert grouped(articles, "2024-06-10") == [
        ["bridge-again.txt", "bridge.txt"],
        ["chess.txt"],
        ["harvest.txt"],
    ]
