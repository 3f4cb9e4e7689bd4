"""Where the readers' comments under an article begin (ARCHITECTURE.md, "Engines": the offline engine
leaves out furniture): from there to the page's end, no line is the article's.

A thread opens on a line that announces it (`37 commenti per …`, `Lascia un commento`, `Commenti`:
`Language.comment_thread_openers`), on a comment's reply button (`Rispondi`, `Reply`), or on the
signatures its comments carry when nothing announces them: a writer's name and the day and hour
they wrote (`Mario Rossi 12 marzo 2011 alle 10:32`, `Scritto da Mario Rossi il 12/03/2011 alle
10:32`, `Jane Doe says:` over `March 12, 2011 at 10:32 am`). A name and an hour are a signature only
with a signer's words before them (`Scritto da`), or with a second signature or a reply button
below; a signer's words and a name with no day (`Scritto da Mario Rossi`) sign a comment only over
a reply button (a page may set several articles, each with its byline). A line of the article's
own text (a body line of a dozen words) must come above.
"""

from __future__ import annotations

import re

from briefing import lang
from briefing.dates import DAY_MONTH_YEAR_RE, ISO_RE, MONTH_DAY_YEAR_RE, NUMERIC_RE
from briefing.rules.lines import Line, at_most_words, word_count

THREAD_REASON = "readers' comments"
ARTICLE_LINE_WORDS = 12  # words of a body line that shows the article's own text came above
SIGNATURE_WORDS = 16  # words of a comment's signature line, at most

_OPENER = re.compile(
    r"^\W*(?:" + lang.alternatives(lambda language: language.comment_thread_openers) + r")", re.IGNORECASE
)
_REPLY_BUTTON = re.compile(
    r"^\W*(?:" + lang.alternatives(lambda language: language.reply_buttons) + r")\W*$", re.IGNORECASE
)
_SIGNER = r"(?i:" + lang.alternatives(lambda language: language.comment_signers) + r")"
_VERB = r"(?i:" + lang.alternatives(lambda language: language.comment_verbs) + r")"
_TIME_WORD = r"(?i:" + lang.alternatives(lambda language: language.comment_time_words) + r")"
# A commenter: up to four capitalised words, one maybe after a short particle (`Maria de Luca`), or a
# user name that holds a digit or an underscore.
_NAME = r"(?:[A-Z][\w'’.-]*|[\w.-]*[\d_][\w.-]*)(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]*){0,3}"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?"

# What comes before the day: at most a signer, the name, a verb and a colon, the words before a day.
_BEFORE_DAY = re.compile(
    rf"\s*(?P<signer>{_SIGNER}\s+)?(?P<name>{_NAME})?\s*(?:{_VERB}\s*:?)?\s*(?:{_TIME_WORD}\s*)*"
)
# What comes after it: the hour, then at most a verb's colon or a reply button.
_AFTER_DAY = re.compile(
    rf"\s*(?:{_TIME_WORD}\s*)*{_CLOCK}\s*(?:{_VERB}\s*:|[|–—-]|(?i:"
    + lang.alternatives(lambda language: language.reply_buttons)
    + r"))*\s*"
)
# `Mario Rossi ha scritto:`, `Jane Doe says:`, or the name alone, over the comment or its day.
_NAME_OVER = re.compile(rf"(?:{_SIGNER}\s+)?{_NAME}\s*(?:{_VERB}\s*:)?")
# `Aggiornato il …`, `Published on …`: a page's own date line opens on such a label, not on a name.
_DATE_LABEL = re.compile(
    r"(?:"
    + "|".join(label for language in lang.ALL for label in (*language.date_labels, *language.update_labels))
    + r")\b",
    re.IGNORECASE,
)
_DAYS = (DAY_MONTH_YEAR_RE, MONTH_DAY_YEAR_RE, NUMERIC_RE, ISO_RE)


def _signature(lines: list[Line], index: int) -> tuple[int, bool] | None:
    """Where the comment that `lines[index]` signs begins (this line, or the name's line over it),
    and whether a signer's words (`Scritto da`) make it one alone; None if it signs nothing."""
    text = lines[index].text.strip()
    if word_count(text) > SIGNATURE_WORDS:
        return None
    day = next((found for pattern in _DAYS if (found := pattern.search(text))), None)
    if day is None or not _AFTER_DAY.fullmatch(text, day.end()):
        return None
    before = _BEFORE_DAY.fullmatch(text, 0, day.start())
    if before is None:
        return None
    name = before["name"]
    if name:  # not a dateline's place in capitals (`ROMA, 12 marzo …`), nor a date line's label
        return None if name.isupper() or _DATE_LABEL.match(name) else (index, bool(before["signer"]))
    if before.group(0).strip() or index == 0:
        return None
    above = lines[index - 1].text.strip()  # the day and hour alone, under the name
    if (
        word_count(above) > 6
        or not _NAME_OVER.fullmatch(above)
        or above.isupper()
        or _DATE_LABEL.match(above)
    ):
        return None
    return index - 1, bool(re.match(_SIGNER, above))


def _top_of_comment(lines: list[Line], index: int, floor: int) -> int:
    """The first line of the comment over a reply button: the name over it (`Mario Rossi ha
    scritto:`), a few lines up at most, else the button itself."""
    for above in range(index - 1, max(floor, index - 4), -1):
        text = lines[above].text.strip()
        if word_count(text) <= 6 and _NAME_OVER.fullmatch(text) and not text.endswith("."):
            return above
    return index


def thread_start(lines: list[Line]) -> int | None:
    """The index of the line where the readers' comments begin, or None."""
    long_lines = (
        index
        for index, line in enumerate(lines)
        if line.kind == "body" and not at_most_words(line.text, ARTICLE_LINE_WORDS - 1)
    )
    article = next(long_lines, None)
    if article is None:
        return None
    pending: int | None = None  # a first signature, waiting for a second or a reply button
    for index in range(article + 1, len(lines)):
        text = lines[index].text
        if _OPENER.match(text):
            return index if pending is None else pending
        if _REPLY_BUTTON.match(text):
            return pending if pending is not None else _top_of_comment(lines, index, article)
        signed = _signature(lines, index)
        if signed is None or signed[0] <= article:
            continue
        start, alone = signed
        if alone or pending is not None:
            return start if pending is None else pending
        pending = start
    return None


def end_at_comment_thread(lines: list[Line]) -> None:
    """The readers' comments are not the article: from the line where they begin to the page's end,
    every line is furniture."""
    start = thread_start(lines)
    if start is None:
        return
    lines[start - 1].joins_next = False
    for below in lines[start:]:
        below.kind, below.reason, below.joins_next = "furniture", THREAD_REASON, False
