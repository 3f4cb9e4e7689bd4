"""A page's text read as lines (ARCHITECTURE.md, "Engines": the offline engine): each line with its
span, its paragraph and its marks (a bullet, a Markdown heading, bold), and whether the next line only
goes on with its sentence, wrapped onto a new line: a line that stops mid-sentence and a next line
that starts in lower case; in a release wrapped at a fixed width (~70 columns), a line the next
line's first word would not have fitted on (`wrap_width`); and the lines of a Markdown list item."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from briefing import lang
from briefing.dates import MONTH_WORD, dates_in, opens_entry
from briefing.headline import BYLINE, CLOSERS
from briefing.models import PartialDate

_TERMINAL = ".!?…:;"
_LEFT_MARKUP = " \t\r\n\f\v#*_>|"
_RIGHT_MARKUP = " \t\r\n\f\v*_|"

BYLINE_WORDS = 6  # words of a byline alone on its line (`di Roberto Napoletano`), at most
# A list item's mark: a bullet, or its number (`3.`, `17)`, `100)`, and `18 )24 marzo`, where the
# page set the space before the parenthesis instead of after it).
_BULLET = re.compile(r"(?:[-•·▪◦]|\d{1,2}\.|\d{1,3}\))\s+|\d{1,3}\s\)\s*")
WORD = re.compile(r"\w+(?:['’]\w+)*")

# A post's marks: its picture's or link's address, a handle, a hashtag. Each alternative opens on
# its mark, the look-behind after it (`@(?<!\w@)` is `(?<!\w)@`): `re` then tries a line only
# where a mark stands, not the look-behinds at every character (seven times faster on real pages).
POST_MARKERS = re.compile(r"pic\.twitter\.com|https?://t\.co/|@(?<!\w@)\w{2,}|#(?<![\w&]#)[A-Za-z]\w+")

# Credits at an article's end (`ha collaborato`, `tradotto da`, `reporting by`).
CREDITS = re.compile(lang.alternatives(lambda language: language.credit_phrases), re.IGNORECASE)
# A line that ends on a word that goes on (`al`, `the`): it stops mid-sentence.
CONTINUES = re.compile(
    r"\s(?:" + lang.alternatives(lambda language: language.continuation_words) + r")$", re.IGNORECASE
)

# A line of HTML left in the text (`<img src=…>`, `<figcaption>…`): a picture and its caption.
HTML_TAG = re.compile(r"^</?(?:img|figure|figcaption|picture|source|video|iframe|div|span|p|a|em|br)\b", re.I)

_DIGIT = re.compile(r"\d")
_OPENERS = lang.union(lambda language: language.function_words)  # `Il`, `The`: no name
_CALENDAR_WORD = re.compile(rf"(?:{lang.weekday_pattern()}|{MONTH_WORD})\b", re.IGNORECASE)
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_LONG_LAST_WORD = re.compile(r"(?:\S{21,}|https?://\S*|\]\(\S*)$")
_LINK = re.compile(r"https?://|\]\(")

# A web address alone, or with the path a search result shows after it (`www.endoacustica.com ›
# tecnologia`): a link's credit under a picture, never a sentence's next line.
URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+(?:\s+›\s+[\w-]+)*\W*$")


@dataclass
class Line:
    """One line of the page with words on it: its span (markup trimmed) and what it is (`kind`,
    set by `rules/page_furniture.classify`)."""

    start: int  # content span, markup trimmed
    end: int
    text: str
    paragraph: int
    markdown_heading: bool
    bold: bool
    kind: str = "body"  # body | heading | headline | standfirst | subheading | furniture | signoff | tweet
    reason: str = ""
    tweet_author: str | None = None
    tweet_date: PartialDate | None = None
    tweet_voice: str | None = None  # whom a reposted post quotes (`SECRETARY RUBIO`), not its author
    joins_next: bool = False
    width: int = 0  # characters of the raw line, markup included
    bullet: bool = False  # opens a list item
    indented: bool = False  # starts with white space (a list item's continuation)
    hard_break: bool = False  # ends with two spaces or a backslash: Markdown's own line break


def word_count(text: str) -> int:
    """Words, an apostrophe's elision counted with its word (`dell'anno`: one)."""
    return len(WORD.findall(text))


def words_up_to(text: str, limit: int) -> int:
    """`min(word_count(text), limit)`, reading a long line no further than the limit: a line of
    megabytes is counted in no time (a regex's scan holds the GIL, and a Ctrl-C waits for it)."""
    return sum(1 for _ in itertools.islice(WORD.finditer(text), limit))


def at_most_words(text: str, limit: int) -> bool:
    """`word_count(text) <= limit`, reading a long line no further than the word past the limit."""
    return next(itertools.islice(WORD.finditer(text), limit, None), None) is None


def open_quotation(text: str) -> bool:
    """A quotation opened (“, «) and not closed in `text`: what follows goes on with it."""
    return text.count("“") > text.count("”") or text.count("«") > text.count("»")


def ends_sentence(text: str) -> bool:
    """A full stop (or ! ? … : ;), perhaps inside closing quotes: `… più forte"` does not end one."""
    stripped = text.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def trim(
    text: str, start: int, end: int, left: str = _LEFT_MARKUP, right: str = _RIGHT_MARKUP
) -> tuple[int, int]:
    while start < end and text[start] in left:
        start += 1
    while end > start and text[end - 1] in right:
        end -= 1
    return start, end


def read_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    offset = 0
    paragraph = 0
    previous_blank = True
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        start, end = trim(text, offset, offset + len(body))
        if start < end:
            bullet = _BULLET.match(text, start, end)
            if bullet:
                start = bullet.end()
            stripped = body.lstrip()
            if previous_blank and lines:
                paragraph += 1
            lines.append(
                Line(
                    start=start,
                    end=end,
                    text=text[start:end],
                    paragraph=paragraph,
                    markdown_heading=stripped.startswith("#"),
                    bold=stripped.startswith(("**", "__")),
                    width=len(body.rstrip()),
                    bullet=bullet is not None,
                    indented=body[:1] in (" ", "\t"),
                    hard_break=body.endswith(("  ", "\\")),
                )
            )
            previous_blank = False
        else:
            previous_blank = True
        offset += len(raw)
    return lines


def opens_item(text: str, start: int) -> bool:
    """Whether the sentence at `start` opens an item of a list on its own line: after a bullet or
    an item's number (`- `, `3.`), or on a chronicle entry's day (`15 giugno, ad Agrigento …`). The
    sentence before it ends the item before, and tells another story (`… Bonaccolta Gianluca 4
    mesi.` + `15 giugno, …`): it neither explains this one nor is explained by it."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text[line_start:start]
    if opening.strip() and not _BULLET.fullmatch(opening.lstrip()):
        return False  # the sentence goes on a line another sentence opened
    if line_start == 0 or not text[: line_start - 1].strip():
        return False  # the text's first line: no item before it
    line_end = text.find("\n", start)
    return bool(opening.strip()) or opens_entry(text[start : line_end if line_end >= 0 else len(text)])


def wrap_width(lines: list[Line]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None when its lines were not wrapped.

    Lines followed by another line of the same paragraph are the sample: wrapped at a fixed width,
    most of them end within a word's length of the same column (a long link overflows it, and a line
    before one ends early)."""
    sample = sorted(
        line.width
        for line, following in itertools.pairwise(lines)
        if following.paragraph == line.paragraph
        and line.width >= 30
        and not _LINK.search(line.text)
        and len(_first_word(following.text)) <= 20
    )
    if len(sample) < 3:
        return None
    width = sample[int(0.8 * (len(sample) - 1))]
    near = sum(1 for w in sample if width - 20 <= w <= width)
    if width > 100 or near < 0.6 * len(sample):
        return None
    return max(w for w in sample if w <= width + 8)  # the column itself, not most lines' end


def _first_word(text: str) -> str:
    return text.split(maxsplit=1)[0] if text.split() else ""


def in_capitals(text: str) -> bool:
    """A line of two words or more whose letters are all capitals (six letters at least). Read
    letter by letter up to the first that is not a capital: most lines end the reading there."""
    if len(text.split()) < 2:
        return False
    letters = 0
    for character in text:
        if character.isalpha():
            if not character.isupper():
                return False
            letters += 1
    return letters >= 6


def wrapped(line: Line, following: Line, width: int | None) -> bool:
    """True when `following` goes on with `line`'s sentence: it was only wrapped onto a new line."""
    if (
        following.paragraph != line.paragraph
        or following.bullet
        or following.markdown_heading
        or line.hard_break
    ):
        return False
    if any(HTML_TAG.match(x.text) or URL_ONLY.match(x.text) for x in (line, following)):
        return False
    if BYLINE.match(following.text) and (_DIGIT.search(following.text) or byline_alone(following.text)):
        # `di Redazione · 24 novembre 2011` under a standfirst, `di Anna NeriCronologia articolo14
        # dicembre 2012Commenti (13)` under a headline: the byline and its day, not their words
        return False
    if byline_alone(line.text) and (CREDITS.search(following.text) or dates_in(following.text[:40])):
        return False  # `scritto da Anna Rossi` over `tradotto da Luca Neri` or `il 28 dicembre 2011, …`
    if width is None and POST_MARKERS.search(line.text):
        return False
    if in_capitals(line.text) and not in_capitals(following.text):
        return False  # `ANALISI DEL DATO POLITICO` over `sinceramente …`: a heading, set in capitals
    if not ends_sentence(line.text) and (following.text[:1].islower() or CONTINUES.search(line.text)):
        return True  # stops mid-sentence (on `al`, `the`) or before a line in lower case
    if (line.bullet or line.indented) and following.indented:
        return True  # a Markdown list item goes on in its indented lines
    if line.text.count("[") > line.text.count("]") and following.text.count("]") > following.text.count("["):
        return True  # a Markdown link's words go on: `[Rep. Jim` + `Jordan](https://…)`
    if width is None:
        return False
    if (
        line.width > width
        and not ends_sentence(line.text)
        and not _title_case(line.text)
        and _goes_on_after_a_name(following, width)
    ):
        return True  # a line left past the width mid-sentence: `… fino a Porta` + `Pia, sede del …`
    # Wrapped at a fixed width: the next line's first word would not have fitted on this line. A
    # line past the width is a wrapped one only when a link (or another long word) pushed it there.
    if line.width > width and not _LONG_LAST_WORD.search(line.text):
        return False
    return line.width + 1 + len(_first_word(following.text)) > width


def _goes_on_after_a_name(following: Line, width: int) -> bool:
    """`following` is a line of the wrapped text (it ends near the width, not past it, or ends its
    sentence) that goes on with a sentence on a name: a capitalised word that opens no sentence
    (not `Il`, `The`, nor a dateline's `ROMA`), then, after a comma or not, a word in lower case
    (`Pia, sede del ministero …`, `Abdel on Sunday`) that is no dateline's day (`Roma, giovedì`,
    `Roma, 4 marzo`). A signature's next line (`Ministry of Health, Cairo`) ends short of both."""
    if following.width > width or not (following.width >= width - 20 or ends_sentence(following.text)):
        return False
    words = following.text.split(maxsplit=2)
    if len(words) < 2:
        return False
    name = words[0].removesuffix(",")
    if not (name[:1].isupper() and name[1:].isalpha() and name[1:].islower()) or name in _OPENERS:
        return False
    return words[1][:1].islower() and not _CALENDAR_WORD.match(words[1])


def _title_case(text: str) -> bool:
    """`Ministry Launches a Campaign for the Children of Rural Areas`: a heading, most of whose
    words of four letters or more are capitalised."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and sum(word[0].isupper() for word in words) >= 0.7 * len(words)


def byline_alone(text: str) -> bool:
    """`di Roberto Napoletano`: a line that is a byline and nothing else."""
    return at_most_words(text, BYLINE_WORDS) and bool(BYLINE.match(text)) and not ends_sentence(text)
