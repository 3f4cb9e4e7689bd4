"""What a statement shows of a sentence whose evidence quote keeps the source's Markdown exactly
(ARCHITECTURE.md, "Engines": a statement shows a Markdown link as its words)."""

from __future__ import annotations

import re
from functools import cache

from briefing import lang

_MARKDOWN_LINK = re.compile(r"(?<!!)\[(?P<label>[^\[\]\n]+)\]\((?:https?://|/|www\.)[^()\s]*\)")
# The language of the page a link led to, left after the link's words by a translation (`in un
# post del 28 giugno 2011 [it],`, `[en, come tutti i link che seguono tranne ove indicato]`).
_LINK_LANGUAGE = re.compile(r"\s*\[[a-z]{2}(?:\s*,[^\[\]\n]*)?\](?!\()")
# Strong emphasis (`**…**`, `__…__`): a run of two or more marks is never prose, and a span may
# open or close inside one (`President Trump** **said** **he arranged…:** “…”`).
_STRONG_MARKS = re.compile(r"\*{2,}|(?<!\w)_{2,}|_{2,}(?!\w)")
# Emphasis (`*The Wall Street Journal*`, `_Le Monde_`): a mark that opens on a word and one that
# closes on one, with no word character glued outside them (`002_b8.txt`, `2*3` stay).
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?P<star>[^\s*](?:[^*]*[^\s*])?)\*(?![\w*])"
    r"|(?<![\w_])_(?P<under>[^\s_](?:[^_]*[^\s_])?)_(?![\w_])"
)
# The other half of an emphasis that the span cut (`*The Valmora` + `Courier* Editorial Board`):
# a star glued to one side of a word only.
_HALF_EMPHASIS = re.compile(r"(?<=[\w.!?])\*(?=[\s:;,.!?”\"’)]|$)|(?:^|(?<=[\s(“\"‘]))\*(?=\w)")

# A backslash escape (`\[Zelenskyy\]`, `5\*`): the punctuation mark itself (CommonMark: any ASCII
# punctuation may be escaped; a backslash before anything else is a backslash).
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")

# A parenthesis that holds no other parenthesis, with the white space before it.
_PARENTHESIS = re.compile(r"\s*\((?P<inside>[^()\n]*)\)")
_YEAR = re.compile(r"(?:1[5-9]|20)\d{2}")
CITATION_PARTS = 3  # parts of a bibliographic reference between commas, at least


@cache
def _cited_number() -> re.Pattern[str]:
    """A citation mark of any language and its number (`p. 35`, `vol. 12`, `pp. 10-12`)."""
    marks = lang.words(mark.removesuffix(".") for mark in lang.union(lambda each: each.citation_marks))
    return re.compile(rf"(?i:{marks})\.\s*\d+(?:\s*[-–]\s*\d+)?")


def cites_a_work(inside: str) -> bool:
    """Whether a parenthesis's words are a bibliographic reference: three parts or more between
    commas, a year alone among them, the last a year or a citation mark and its number
    (`Miles Davidson, 1997, p. 268`; `Akram Belkaid …, "Egypte, …", SlateAfrique, 12, 2011`); not
    an aside that names a year (`in carica dal 2011, poi …`)."""
    parts = [part.strip() for part in inside.split(",")]
    return (
        len(parts) >= CITATION_PARTS
        and any(_YEAR.fullmatch(part) for part in parts)
        and (_YEAR.fullmatch(parts[-1]) is not None or _cited_number().fullmatch(parts[-1]) is not None)
    )


@cache
def _reader_pointer() -> re.Pattern[str]:
    """The words of any language that open a pointer to the reader (`Language.reader_pointers`)."""
    pointers = lang.alternatives(lambda each: each.reader_pointers)
    return re.compile(rf"\s*(?i:{pointers})(?![\w'’])")


def points_the_reader(inside: str) -> bool:
    """Whether a parenthesis's words send the reader elsewhere on the page or the web: they open on
    an imperative to look, read or click (`si veda anche questa foto e questo articolo`, `leggi
    anche…`, `vedi la gallery`, `see also…`, `Read more: …`); not an aside that only begins with
    such letters (`vedetta del golfo`, `reading`)."""
    return _reader_pointer().match(inside) is not None


def without_citations(text: str) -> str:
    """The text without the bibliographic references it gives in parentheses (`…, afferma lo
    storico Toby Wilkinson ("The Army and Politics in Ancient Egypt", Historically Speaking, vol.
    12, n. 3, 2011, p. 35).` → `…, afferma lo storico Toby Wilkinson.`) and without its pointers to
    the reader in parentheses (`… della ditta. (si veda anche questa foto e questo articolo)`,
    `points_the_reader`): a reader of a briefing reads what a source says, and its evidence quote
    keeps the reference."""
    if "(" not in text:
        return text
    return _PARENTHESIS.sub(
        lambda match: "" if cites_a_work(match["inside"]) or points_the_reader(match["inside"]) else match[0],
        text,
    )


# Each pattern above needs one of these to match.
_MARKUP_MARKS = "[*_\\"


def without_markup(text: str) -> str:
    """What a statement shows of a sentence whose evidence quote keeps the source's Markdown
    exactly: a link as its label (`[Senator Mark Olsen](https://…)` → `Senator Mark Olsen`),
    emphasis as its words (`**Speaker Mike Johnson****:**` → `Speaker Mike Johnson:`), an escaped
    mark as the mark (`\\[Zelenskyy\\]` → `[Zelenskyy]`), and no note of a link's language
    (`[it]`, `[en, come tutti i link che seguono…]`), nor a bibliographic reference
    (`without_citations`)."""
    text = without_citations(text)
    if not any(mark in text for mark in _MARKUP_MARKS):
        return " ".join(text.split())  # most sentences: nothing for the patterns below to find
    text = _MARKDOWN_LINK.sub(lambda match: match["label"], text)
    text = _LINK_LANGUAGE.sub("", text)
    text = _STRONG_MARKS.sub("", text)
    text = _EMPHASIS.sub(lambda match: match["star"] or match["under"], text)
    text = _HALF_EMPHASIS.sub("", text)
    text = _ESCAPED.sub(lambda match: match[1], text)
    return " ".join(text.split())
