"""Storylines are average-linkage clusters of the names articles share, not chains: one pair of
articles from two stories that share a president and a capital does not make the two stories one."""

from __future__ import annotations

import hashlib

from briefing.compose.storylines import SHARED_NAMES, names, split_by_names
from briefing.models import Article, PartialDate

GAZA = {
    "gaza-1.txt": (
        "The board for the reconstruction of Gaza met on a cold morning in Davos, where the members "
        "signed its charter after a long night of talks.\n\n"
        "The envoy Nickolay Mladenov will report to the board on the rebuilding of Gaza, and the first "
        "funds are expected in the spring, the members said.\n\n"
        "Mladenov thanked the donors from Egypt and Qatar for their patience during the talks."
    ),
    "gaza-2.txt": (
        "In Davos the members of the board named Nickolay Mladenov as their envoy for Gaza, and they "
        "asked him to report every month on the rebuilding.\n\n"
        "Donald Trump praised the choice of Mladenov in a short message, and officials in Washington "
        "welcomed the move as a sign of progress.\n\n"
        "Egypt and Qatar pledged new funds for the reconstruction of the strip, and the former premier "
        "Tony Blair joined the board with the banker Ajay Banga."
    ),
}
KYIV = {
    "kyiv-1.txt": (
        "In Riyadh the envoy Steve Witkoff met the delegations of Ukraine and Russia for a second round "
        "of talks on a ceasefire and on the ports of the sea.\n\n"
        "Donald Trump spoke to Witkoff from Washington during the talks, and the two sides agreed to meet "
        "again next week, the delegates said.\n\n"
        "Ukraine asked for an end to the strikes on its power plants, said the adviser Andriy Yermak, who "
        "met the envoy Kirill Dmitriev in Jeddah."
    ),
    "kyiv-2.txt": (
        "Steve Witkoff returned to Riyadh for a third round of talks on the war between Russia and "
        "Ukraine, with the ports and the power plants on the table.\n\n"
        "Russia and Ukraine agreed to stop the strikes on the power plants for thirty days, and Witkoff "
        "said that the next round would deal with the ports.\n\n"
        "Kyiv and Moscow will exchange prisoners on Friday."
    ),
}


def article(source: str, text: str) -> Article:
    return Article(
        source=source,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        encoding="utf-8",
        published=PartialDate.parse("2026-01-20"),
        language="en",
    )


def test_one_pair_of_articles_sharing_a_president_does_not_chain_two_stories_into_one() -> None:
    articles = [article(source, text) for source, text in {**GAZA, **KYIV}.items()]
    bridge = set(names(articles[1])) & set(names(articles[2]))  # gaza-2 and kyiv-1
    assert bridge == {"donald trump", "washington"} and len(bridge) >= SHARED_NAMES  # they are linked
    assert not set(names(articles[0])) & set(names(articles[3]))  # the stories' ends share nothing
    parts = split_by_names([[0, 1, 2, 3]], articles)
    assert sorted(parts) == [[0, 1], [2, 3]]


REUNIONS = {
    "reunion-1.txt": (
        "Clara Whitfield, the wife of the president, brought seven children back to their families in "
        "Ukraine on Monday, after months of quiet work with Russia.\n\n"
        "Whitfield thanked the officials of Russia and Ukraine who helped her, and she said that more "
        "children would come home before the winter."
    ),
    "reunion-2.txt": (
        "Six more children went home to their parents in Ukraine, the second group that Clara Whitfield "
        "has helped to return from Russia.\n\n"
        "Whitfield met the mothers in a school in Kyiv, and she promised them that the work with Russia "
        "and Ukraine would go on."
    ),
}
SUMMIT = (
    "The foreign minister Paolo Ferraris hosted the delegations of Russia and Ukraine in Geneva for a "
    "first round of talks on a ceasefire along the front.\n\n"
    "Ferraris said that Russia and Ukraine agreed to exchange prisoners, and the delegations will meet "
    "again in Geneva next month."
)


def test_articles_that_share_only_countries_tell_different_stories() -> None:
    articles = [article(source, text) for source, text in {**REUNIONS, "summit.txt": SUMMIT}.items()]
    shared = set(names(articles[0])) & set(names(articles[2]))
    assert shared == {"russia", "ukraine"} and len(shared) >= SHARED_NAMES  # enough names, but only countries
    assert sorted(split_by_names([[0, 1, 2]], articles)) == [[0, 1], [2]]


def test_the_country_an_italian_article_calls_il_paese_ties_no_two_stories() -> None:
    colony = (
        "Nel 1911 le truppe del generale Aurelio Franzoni sbarcarono sulla costa di Derbena.\n\n"
        "Il Paese resistette per vent'anni agli occupanti, racconta lo storico Ettore Malvisi.\n\n"
        "Migliaia di abitanti fuggirono in Egitto e in Tunisia, e molti non tornarono più."
    )
    monastery = (
        "Padre Marco Delvani vive da trent'anni nel monastero di Qarsun, tra le montagne.\n\n"
        "Il Paese è diviso tra il governo e i ribelli, dice Delvani, e la guerra non finisce.\n\n"
        "Molti profughi sono arrivati in Egitto e in Tunisia, ricorda il vescovo Luigi Ardenti."
    )
    articles = [article("colony.txt", colony), article("monastery.txt", monastery)]
    assert set(names(articles[0])) & set(names(articles[1])) == {"paese", "egitto", "tunisia"}
    assert split_by_names([[0, 1]], articles) == [[0], [1]]


ACTIVIST = {
    "march.txt": (
        "A Sanaa la giornalista Lina Qasem ha guidato ieri un corteo di migliaia di donne verso il "
        "palazzo del governo.\n\n"
        "Lina Qasem ha chiesto le dimissioni del presidente Omar Dahlan, al potere da trent'anni.\n\n"
        "La polizia di Sanaa ha disperso il corteo con gli idranti, racconta Qasem."
    ),
    "veils.txt": (
        "Le donne di Sanaa hanno bruciato i loro veli in piazza, e Lina Qasem ha acceso il primo fuoco.\n\n"
        "Qasem, che ha ricevuto il premio Nobel, ha detto che il presidente Omar Dahlan deve lasciare.\n\n"
        "Amnesty International ha chiesto alla polizia di Sanaa di non arrestare le manifestanti."
    ),
}
WOMEN_DAY = (
    "Amnesty International dedica la giornata delle donne alle attiviste di Teheran, e chiede la "
    "liberazione dell'avvocata Dara Farhadi.\n\n"
    "Dara Farhadi è in carcere da due anni, ricorda Amnesty International, e la sua famiglia non la vede.\n\n"
    "Tra le attiviste che Amnesty International ricorda c'è una vincitrice del premio Nobel."
)


TRIAL = (
    "Il tribunale di Sanaa ha rinviato il processo a Lina Qasem, accusata di aver offeso il presidente.\n\n"
    "Lina Qasem rischia tre anni di carcere, e i suoi avvocati chiedono che il processo si tenga a Sanaa "
    "in pubblico."
)


def test_an_article_tied_to_one_article_of_a_story_alone_is_not_part_of_it() -> None:
    articles = [article(source, text) for source, text in {**ACTIVIST, "women-day.txt": WOMEN_DAY}.items()]
    assert len(set(names(articles[0])) & set(names(articles[1]))) >= SHARED_NAMES  # the story's two
    assert len(set(names(articles[1])) & set(names(articles[2]))) >= SHARED_NAMES  # one strong tie
    assert not set(names(articles[0])) & set(names(articles[2]))  # and none to the story's other article
    assert sorted(split_by_names([[0, 1, 2]], articles)) == [[0, 1], [2]]


def test_an_article_tied_to_two_articles_of_a_story_is_part_of_it() -> None:
    texts = {**ACTIVIST, "trial.txt": TRIAL, "women-day.txt": WOMEN_DAY}
    articles = [article(source, text) for source, text in texts.items()]
    assert not set(names(articles[2])) & set(names(articles[3]))  # the trial names none of the appeal's
    assert sorted(split_by_names([[0, 1, 2, 3]], articles)) == [[0, 1, 2], [3]]


SECRETARY = {
    "florida.txt": (
        "The secretary general Ada Lind met Karl Brenner in Florida on Friday to talk about the alliance.\n\n"
        "Ada Lind and Karl Brenner spoke for two hours, and Brenner asked the allies to spend more.\n\n"
        "Lind said after the meeting that Karl Brenner was a friend of the alliance."
    ),
    "summit.txt": (
        "Ada Lind opened the summit of the ministers with the envoy Tomas Reyes on Wednesday.\n\n"
        "Tomas Reyes said that Karl Brenner wants the allies to pay more, and Ada Lind agreed with him.\n\n"
        "Reyes and Lind will meet Karl Brenner again in the spring."
    ),
    "posture.txt": (
        "Ada Lind said on Tuesday that the alliance is ready to defend every member.\n\n"
        "Ada Lind told the ministers that the threats from the east have grown this year.\n\n"
        "Lind thanked the envoy Tomas Reyes for his work, and Ada Lind asked for more air defence."
    ),
}


def test_an_article_about_a_person_the_others_all_name_is_part_of_their_story() -> None:
    articles = [article(source, text) for source, text in SECRETARY.items()]
    assert set(names(articles[0])) & set(names(articles[2])) == {"ada lind"}  # one name: no tie
    assert len(set(names(articles[1])) & set(names(articles[2]))) >= SHARED_NAMES  # the one tie
    assert names(articles[2])["ada lind"] >= 4  # whom the third article is about
    assert split_by_names([[0, 1, 2]], articles) == [[0, 1, 2]]
