"""What a statement shows of a sentence whose evidence quote keeps the source's Markdown exactly
(ARCHITECTURE.md, "Engines": a statement shows a Markdown link as its words)."""

from __future__ import annotations

import re

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

# Each pattern above needs one of these to match.
_MARKUP_MARKS = "[*_\\"


def without_markup(text: str) -> str:
    """What a statement shows of a sentence whose evidence quote keeps the source's Markdown
    exactly: a link as its label (`[Senator Mark Olsen](https://…)` → `Senator Mark Olsen`),
    emphasis as its words (`**Speaker Mike Johnson****:**` → `Speaker Mike Johnson:`), an escaped
    mark as the mark (`\\[Zelenskyy\\]` → `[Zelenskyy]`), and no note of a link's language
    (`[it]`, `[en, come tutti i link che seguono…]`)."""
    if not any(mark in text for mark in _MARKUP_MARKS):
        return " ".join(text.split())  # most sentences: nothing for the patterns below to find
    text = _MARKDOWN_LINK.sub(lambda match: match["label"], text)
    text = _LINK_LANGUAGE.sub("", text)
    text = _STRONG_MARKS.sub("", text)
    text = _EMPHASIS.sub(lambda match: match["star"] or match["under"], text)
    text = _HALF_EMPHASIS.sub("", text)
    text = _ESCAPED.sub(lambda match: match[1], text)
    return " ".join(text.split())
