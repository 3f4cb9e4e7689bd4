"""Dates a page gives beside its text. A post that an account reposts from someone else (a
roundup's `Rapid Response 47` quoting a secretary or a senator) was posted on its sign-off's day,
not said then: the quotation is dated by its page, and its speaker is the person it quotes; a post
of the speaker's own keeps its day. A live blog's entry is reported on its update line's day."""

from __future__ import annotations

from pathlib import Path

from briefing.engines.extractive import ExtractiveEngine
from briefing.ingest import SourceFile, read_article
from briefing.models import Fact
from handwritten import dates_of

RELEASE = (
    "date 2025-06-28\n"
    "Leaders Praise the President's Decisive Action on Norland\n\n"
    "The world continues to applaud the decisive action the President took this week to end the "
    "Norland crisis. Leaders from both parties have welcomed the agreement.\n\n"
    "Secretary of Commerce Dana Whitlow spoke to reporters about the agreement on Monday.\n\n"
    'SECRETARY WHITLOW: "Nobody else could have brought both sides to the table. Nobody." '
    "pic.twitter.com/AbCdEf123\n"
    "— Rapid Response 47 (@RapidResponse47) June 26, 2025\n\n"
    "Senator Ann Ford thanked the President in a post of her own.\n\n"
    "I thank the President for standing firm on Norland. Peace through strength works, and I will "
    "keep saying it. #Norland\n"
    "— Ann Ford (@SenAnnFord) June 24, 2025\n"
)


def _facts(tmp_path: Path, text: str) -> list[Fact]:
    path = tmp_path / "release.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(SourceFile(str(path), path), with_language=False)
    return ExtractiveEngine().extract(article.model_copy(update={"language": "en"})).facts


def test_a_repost_of_someone_else_s_words_is_not_dated_by_the_repost(tmp_path: Path) -> None:
    facts = _facts(tmp_path, RELEASE)
    reposted = [f for f in facts if "both sides to the table" in f.statement]
    assert reposted, [f.statement for f in facts]
    for fact in reposted:
        assert fact.when is None or fact.when.iso() == "2025-06-28", (fact.statement, fact.when)
        assert fact.speaker == "Dana Whitlow", (fact.statement, fact.speaker)


def test_a_post_of_its_author_s_own_keeps_its_day(tmp_path: Path) -> None:
    facts = _facts(tmp_path, RELEASE)
    own = next(f for f in facts if "standing firm on Norland" in f.statement)
    assert own.when is not None and own.when.iso() == "2025-06-24"
    assert own.speaker == "Ann Ford"


def test_a_quotation_beside_a_repost_s_status_link_is_dated_by_its_page(tmp_path: Path) -> None:
    # both posts were made at 19:50 UTC on 28 February; only the senator's own dates his words
    dated = dates_of(
        tmp_path,
        "date 2025-03-02\n"
        "Support for the President\n\n"
        "[**Sen. Harold Pike**](https://x.com/RapidResponse47/status/1895562247570931834)**:** "
        "“The President delivered peace where others only delivered speeches.”\n\n"
        "[**Rep. Nora Quill**](https://x.com/RepNoraQuill/status/1895562247570931834)**:** "
        "“I have never been more proud of this administration.”\n\n"
        "[**Norland President Ivo Renk**](https://x.com/NLpresidency/status/1895562247570931834)**:** "
        "“We welcome the plan to end the war.”\n",
        language="en",
    )
    pike = next(statement for statement in dated if "Pike" in statement)
    quill = next(statement for statement in dated if "Quill" in statement)
    renk = next(statement for statement in dated if "Renk" in statement)
    assert dated[pike] != "2025-02-28", dated
    assert dated[quill] == "2025-02-28", dated
    assert dated[renk] == "2025-02-28", dated  # the office's own account


def test_a_live_blog_s_entry_is_reported_on_its_own_day_not_the_page_s(tmp_path: Path) -> None:
    # the page was filed the evening before its entries: each entry's line says its day
    dated = dates_of(
        tmp_path,
        "date 2024-09-22\n"
        "Medio Oriente, le notizie della notte in diretta\n\n"
        "23 settembre 2024, 08:15\n"
        "L'esercito israeliano ha colpito trecento obiettivi di Hezbollah nel sud del Libano.\n\n"
        "23 settembre 2024, 10:30\n"
        "Il ministro degli Esteri libanese Samir Haddad ha chiesto una riunione urgente del Consiglio di "
        "sicurezza dell'Onu.\n",
    )
    haddad = next(statement for statement in dated if "Haddad" in statement)
    assert dated[haddad] == "2024-09-23", dated


def test_a_repost_that_signs_its_quotation_with_a_dash_is_its_speaker_s(tmp_path: Path) -> None:
    text = (
        "date 2025-06-28\n"
        "Leaders Praise the President's Decisive Action on Norland\n\n"
        "The world continues to applaud the decisive action the President took this week to end the "
        "Norland crisis. Leaders from both parties have welcomed the agreement.\n\n"
        '"We will not stop until every soldier is home." —@SecDefNorland Pete Hegseth '
        "pic.twitter.com/Zz9Yy8\n"
        "— Rapid Response 47 (@RapidResponse47) June 25, 2025\n"
    )
    fact = next(f for f in _facts(tmp_path, text) if "every soldier is home" in f.statement)
    assert fact.speaker == "Pete Hegseth"
    assert fact.when is None or fact.when.iso() == "2025-06-28", fact.when


def test_a_repost_that_labels_its_speaker_by_title_without_quotation_marks(tmp_path: Path) -> None:
    text = RELEASE.replace(
        'SECRETARY WHITLOW: "Nobody else could have brought both sides to the table. Nobody." ',
        "Secretary Whitlow: Nobody else could have brought both sides to the table. Nobody. ",
    )
    reposted = [f for f in _facts(tmp_path, text) if "both sides to the table" in f.statement]
    assert reposted
    assert all(f.when is None or f.when.iso() == "2025-06-28" for f in reposted), reposted
    assert {f.speaker for f in reposted} == {"Dana Whitlow"}


def test_a_post_that_opens_on_a_label_of_its_own_is_its_author_s(tmp_path: Path) -> None:
    text = (
        "date 2025-06-28\n"
        "Leaders Praise the President's Decisive Action on Norland\n\n"
        "The world continues to applaud the decisive action the President took this week to end the "
        "Norland crisis. Leaders from both parties have welcomed the agreement.\n\n"
        "Update on Norland: I have signed the peace order this morning. #Norland\n"
        "— Ann Ford (@SenAnnFord) June 24, 2025\n"
    )
    fact = next(f for f in _facts(tmp_path, text) if "peace order" in f.statement)
    assert fact.when is not None and fact.when.iso() == "2025-06-24"


def test_a_live_blog_s_entry_line_may_leave_out_the_year(tmp_path: Path) -> None:
    dated = dates_of(
        tmp_path,
        "date 2024-09-22\n"
        "Medio Oriente, le notizie della notte in diretta\n\n"
        "23 settembre, ore 08:15\n"
        "L'esercito israeliano ha colpito trecento obiettivi di Hezbollah nel sud del Libano.\n\n"
        "23 settembre, ore 10:30\n"
        "Il ministro degli Esteri libanese Samir Haddad ha chiesto una riunione urgente del Consiglio di "
        "sicurezza dell'Onu.\n",
    )
    haddad = next(statement for statement in dated if "Haddad" in statement)
    assert dated[haddad] == "2024-09-23", dated


def test_a_span_that_tells_a_vague_past_and_a_day_has_no_one_date(tmp_path: Path) -> None:
    # `qualche anno fa` counts no day: the span's date would read as the interview's too
    path = tmp_path / "article.txt"
    path.write_text(
        "date 2024-09-30\nI sessant'anni di Lucia Ferri\n\n"
        "Qualche anno fa, in un'intervista a una rivista, l'attrice Lucia Ferri aveva fatto notare come "
        "dopo i quarant'anni le venissero proposti solo ruoli da streghe. Per il suo sessantesimo "
        "compleanno, il 30 settembre, Ferri è effettivamente nei cinema con un film in cui interpreta "
        "una strega.\n",
        encoding="utf-8",
    )
    article = read_article(SourceFile(str(path), path), with_language=False)
    facts = ExtractiveEngine().extract(article.model_copy(update={"language": "it"})).facts
    span = next(f for f in facts if "Qualche anno fa" in f.statement)
    assert "cinema" in span.statement  # printed with the sentence after it
    # dated by its report, not as if the interview were of 30 September
    assert span.when_basis != "explicit", (span.when, span.when_basis)
