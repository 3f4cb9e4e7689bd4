"""Ingest: discovery, exact decoding, and the title/outlet/date shapes of real news files."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.dates import publication_date
from briefing.errors import SourceError
from briefing.ingest import SourceFile, discover, read_article
from briefing.models import PartialDate


def article_at(path: Path):
    return read_article(SourceFile(str(path), path))


@pytest.mark.parametrize(
    ("name", "published", "basis", "outlet"),
    [
        ("000_c81cc95113a03d59.txt", "2024-11", "header line", "AgenPress"),
        ("001_cfac6969a9721c82.txt", "2025-04-02", "latest embedded post", None),
        ("002_b8096001e4abbe8a.txt", "2026-04-03", "dateline", "Prima Notizia 24"),
        ("003_fdceb2a563e04028.txt", "2026-02-11", "header line", "ITALPRESS"),
        ("004_b4a61009c6d04b47.txt", None, None, None),
    ],
)
def test_seed_metadata(
    seeds: Path, name: str, published: str | None, basis: str | None, outlet: str | None
) -> None:
    article = article_at(seeds / name)
    assert (article.published.iso() if article.published else None) == published
    assert article.published_basis == basis
    assert article.outlet == outlet
    assert article.language == "it"
    # every seed has a headline but 000 and 003, which open on a wire's dateline and its lead sentence:
    # no title, not the lead sentence (issue 15, session 14, round 2)
    assert (article.title is None) == (name in ("000_c81cc95113a03d59.txt", "003_fdceb2a563e04028.txt"))


def test_an_undated_article_is_not_given_a_date(seeds: Path) -> None:
    article = article_at(seeds / "004_b4a61009c6d04b47.txt")
    assert article.published is None
    assert (
        article.title
        == "Nuova telefonata tra Donald Trump e Vladimir Putin prevista per la prossima settimana"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2024-11 AgenPress – Il segretario…", "2024-11"),
        ("date: 2026-02-11 BRUXELLES (BELGIO) (ITALPRESS) – Alla vigilia", "2026-02-11"),
        ("## Titolo\n\n**Roma - 03 apr 2026 (Prima Notizia 24) Al centro**\n", "2026-04-03"),
        (
            "Titolo\n\nTesto dell'articolo, senza data in testa.\n\n"
            "*(Prima Notizia 24) Venerdì 03 Aprile 2026*",
            "2026-04-03",
        ),
        ("WASHINGTON, April 2, 2025 — The Secretary said", "2025-04-02"),
        ("LONDON, 2 April 2025 - Ministers met", "2025-04-02"),
        ("Milano, 7/11/2024 - La riunione", "2024-11-07"),
        ("Title\nBody.\n— Mark Rutte (@SecGenNATO) April 2, 2025\nMore body text here.", "2025-04-02"),
    ],
)
def test_publication_date_shapes(text: str, expected: str) -> None:
    found, _basis = publication_date(text)
    assert found == PartialDate.parse(expected)


def test_a_date_inside_the_body_is_not_a_publication_date() -> None:
    text = (
        "Rubio a Bruxelles\nIl segretario di Stato americano, Marco Rubio, sarà a Bruxelles "
        "da mercoledì 2 a venerdì 4 aprile 2025 per la riunione.\nAltro testo."
    )
    assert publication_date(text) == (None, None)


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", "Perché la NATO è più forte — “sì”.\n".encode()),
        ("utf-8-sig", "\ufeffPerché la NATO è più forte — “sì”.\n".encode()),
        ("cp1252", "Perché la NATO è più forte — “sì”.\n".encode("cp1252")),
        ("cp1252", "Perché la NATO è più forte, così è.\n".encode("latin-1")),
    ],
)
def test_encodings_are_detected_and_text_kept_exactly(tmp_path: Path, encoding: str, data: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = article_at(path)
    assert article.encoding == encoding
    assert article.text == data.decode(encoding)
    assert "Perché la NATO è più forte" in article.text


def test_crlf_line_ends_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"date 2025-03-01 Titolo\r\n\r\nPrima frase lunga abbastanza.\r\n")
    article = article_at(path)
    assert "\r\n" in article.text
    assert article.text == path.read_bytes().decode("utf-8")


def test_white_space_controls_are_text_and_other_controls_above_one_in_twenty_are_binary(
    tmp_path: Path,
) -> None:
    prose = "The council met on Monday and voted the budget.\n"  # 49 characters
    spaced = tmp_path / "spaced.txt"
    spaced.write_text(prose.replace(" ", "\t", 3) + "\f\r\n" * 30 + prose, "utf-8")
    assert article_at(spaced).text
    few = tmp_path / "few.txt"  # 4 in 102 characters: under 5 %
    few.write_text(prose + "\x01\x02\x0b\x1f" + prose, "utf-8")
    assert article_at(few).text
    many = tmp_path / "many.txt"  # 6 in 104: over 5 %
    many.write_text(prose + "\x01\x02\x0b\x1f\x00\x08" + prose, "utf-8")
    with pytest.raises(SourceError, match="binary"):
        article_at(many)


def test_empty_and_binary_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    with pytest.raises(SourceError, match="empty"):
        article_at(empty)
    with pytest.raises(SourceError, match="binary"):
        article_at(binary)


def test_discover_walks_folders_for_txt_and_md_and_keeps_the_given_prefix(tmp_path: Path) -> None:
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text("x")
    (tmp_path / "news" / "deep" / "b.md").write_text("x")
    (tmp_path / "news" / "c.pdf").write_text("x")
    files, problems = discover([str(tmp_path / "news")])
    assert [f.source for f in files] == [
        str(tmp_path / "news" / "a.txt"),
        str(tmp_path / "news" / "deep" / "b.md"),
    ]
    # the PDF is not read, and said so (an article kept in a form the tool does not read)
    assert [(p.source, p.reason) for p in problems] == [
        (str(tmp_path / "news" / "c.pdf"), "is a .pdf file, not a .txt or .md article, so it was not read")
    ]


def test_discover_reports_missing_paths_and_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("x")
    (tmp_path / "news" / "loop").symlink_to(tmp_path / "news")
    files, problems = discover([str(tmp_path / "news"), str(tmp_path / "missing")])
    assert [Path(f.source).name for f in files] == ["a.txt"]
    reasons = " ".join(str(p) for p in problems)
    assert "symbolic link loop" in reasons
    assert "no such file or folder" in reasons
