"""An article cut into the sentences worth reading, each with its exact span in the text.

Lines come first: news text puts headlines, standfirsts, subheadings, embedded posts and site
furniture on lines of their own, so each line is classified before its sentences are cut (by
sentencex, which keeps a quotation that spans several sentences in one piece and knows the
abbreviations of each language). Hard-wrapped lines are read as one before sentences are cut: a
line that stops mid-sentence and a next line that starts in lower case; in a release wrapped at a
fixed width (~70 columns), a line the next line's first word would not have fitted on; and the
lines of a Markdown list item.

Spans are trimmed of white space and markup, and of header furniture at the start of the lead
(`date 2024-11 AgenPress – `, `BRUXELLES (BELGIO) (ITALPRESS) – `, `WASHINGTON, April 2
(Reuters) - `, `Roma - 03 apr 2026 (Prima Notizia 24) `), so that a citation starts where the
news does.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Literal

import sentencex

from briefing import lang
from briefing.dates import DATE_LABELS, MONTH_WORD, TWEET_SIGNOFF_RE, date_in, dates_in
from briefing.ingest import AGENCIES, BYLINE, SECTION_LABEL, date_line, headline_start, teaser_excerpt
from briefing.models import PartialDate

Role = Literal["headline", "standfirst", "body", "tweet"]

_TERMINAL = ".!?…:;"
_CLOSERS = "\"”»’)]'*_ "
_LEFT_MARKUP = " \t\r\n\f\v#*_>|"
_RIGHT_MARKUP = " \t\r\n\f\v*_|"
_LONGEST = 2000  # characters: past this, a "sentence" is text with no punctuation, not a fact
# A list item's mark: a bullet, or its number (`3.`, `17)`, `100)`, and `18 )24 marzo`, where the
# page set the space before the parenthesis instead of after it).
_BULLET = re.compile(r"(?:[-•·▪◦]|\d{1,2}\.|\d{1,3}\))\s+|\d{1,3}\s\)\s*")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_MONTH = MONTH_WORD
# The day a picture was taken, at the end of its caption (`sabato 19 febbraio`, `19 febbraio 2011`).
_CAPTION_DAY = re.compile(
    rf"(?:(?:{lang.weekday_pattern()})\s+)?\d{{1,2}}\s+{_MONTH}(?:\s+(?:19|20)\d{{2}})?", re.IGNORECASE
)
_WEEKDAY = f"(?:{lang.weekday_pattern()})"
_AGENCIES = r"(?i:" + "|".join(re.escape(name) for name in AGENCIES) + r")"

# Furniture at the start of the lead sentence, stripped one piece after another.
_LEAD_FURNITURE = [
    # `date 2024-11 AgenPress – ` (a header line the corpus tool wrote, then the outlet)
    re.compile(
        rf"^\W*(?:{DATE_LABELS})\s*:?\s*\d{{4}}-\d{{2}}(?:-\d{{2}})?\s+"
        r"(?:[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3}\s*[–—-]+\s+)?",
        re.IGNORECASE,
    ),
    # `(ANSA) - `
    re.compile(rf"^\(\s*{_AGENCIES}\s*\)\s*[–—-]+\s*"),
    # `BRUXELLES (BELGIO) (ITALPRESS) – `, `WASHINGTON, April 2 (Reuters) - `, `ROMA, 3 APR - `
    re.compile(
        r"^[A-ZÀ-Ý][A-ZÀ-Ý'’. ]{2,40}(?:\s*\([^()\n]{1,40}\))*"
        r"(?:,\s*[^–—\n()]{1,30}?)?\s*(?:\([^()\n]{1,40}\)\s*)?[–—-]+\s*"
    ),
    # `Roma - 03 apr 2026 (Prima Notizia 24) `, `Milano, 3 aprile 2026 – `, `Roma, 3 apr. (AdnKronos) - `
    re.compile(
        rf"^[A-ZÀ-Ý][\wÀ-ÿ'’.]*(?:\s[A-ZÀ-Ý][\wÀ-ÿ'’.]*){{0,2}}\s*[,–—-]\s*(?:{_WEEKDAY},?\s+)?"
        rf"\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\s*(?:\([^()\n]{{1,40}}\)\s*)?(?:[–—-]+\s*)?",
        re.IGNORECASE,
    ),
]
# A heading in capitals run into its paragraph's first sentence, before a dash.
_RUN_IN_HEADING = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’]*){0,7}\s+[–—-]\s+(?=[A-ZÀ-Ý«“\"])")
_NAME_HEADING = re.compile(r"([A-ZÀ-Ý][\wà-ÿ'’-]+)\s+(?=\1\s+[A-ZÀ-Ý])")
# `#NATOFMM pic.twitter.com/uVYnsz1sjA` at the end of an embedded post, or links.
_TRAILING_LINKS = re.compile(r"(?:\s*(?:#\w+|pic\.twitter\.com/\S+|https?://\S+))+\s*$")
_POST_MARKERS = re.compile(r"pic\.twitter\.com|https?://t\.co/|(?<!\w)@\w{2,}|(?<![\w&])#[A-Za-z]\w+")
_FURNITURE_LINE = re.compile(
    # site text that opens a line
    r"^\W*(?:(?:" + lang.alternatives(lambda language: language.furniture_openers) + r")\b|©"
    # a label alone, or a caption after it: `Foto: …`, `Video`, `Tags: …`
    r"|(?:" + lang.alternatives(lambda language: language.furniture_labels) + r")\s*(?:[:|].*)?$)",
    re.IGNORECASE,
)
# `Tags: AD ALTO RISCHIO, Gen. Mario Mori, …`: the page's keywords, however many.
_KEYWORD_LINE = re.compile(
    r"^\W*(?:" + lang.alternatives(lambda language: language.keyword_labels) + r")\s*:", re.IGNORECASE
)
# A line that ends on a link to another page (`…si sarebbe dovuta estinguere con...leggi tutto »`):
# a sidebar's teaser of an article elsewhere, of whatever time, not a paragraph of this page.
_TEASER_LINE = re.compile(
    r"(?:" + lang.alternatives(lambda language: language.teaser_links) + r")\s*$", re.IGNORECASE
)
# A line that advertises the site (`Se vuoi restare aggiornato … iscriviti alla newsletter`).
_PROMOTION = re.compile(lang.alternatives(lambda language: language.promotions), re.IGNORECASE)
# The line that opens the readers' comments under an article (`37 commenti per …`, `Leave a Reply`).
_COMMENT_THREAD = re.compile(
    r"^\W*(?:" + lang.alternatives(lambda language: language.comment_thread_openers) + r")", re.IGNORECASE
)
_CREDITS = re.compile(lang.alternatives(lambda language: language.credit_phrases), re.IGNORECASE)
_CONTINUES = re.compile(
    r"\s(?:" + lang.alternatives(lambda language: language.continuation_words) + r")$", re.IGNORECASE
)
# A sentence that points at a picture or video on the page (`Nel video qui sotto si vede…`); a
# remark in parentheses inside a fact (`(il video qui sotto è impressionante)`) leaves it a fact.
_MEDIA_REFERENCE = re.compile(
    r"\b(?:" + lang.alternatives(lambda language: language.media_references) + r")\b", re.IGNORECASE
)
_PARENTHESES = re.compile(r"\([^()]*\)")
# `…il primo pozzo in Libia: è l'ottobre del 1961 (Ap)`: a picture's caption, credited to its agency.
_AGENCY_CREDIT = re.compile(rf"\(\s*{_AGENCIES}\s*\)\W*$")
# `Ulteriori informazioni sulla piattaforma https://… e sul sito del Ministero`: a service line
_SERVICE_POINTER = re.compile(
    r"^\W*(?:" + lang.alternatives(lambda language: language.service_pointers) + r")\b", re.IGNORECASE
)
_WEB_ADDRESS = re.compile(r"https?://|\bwww\.|\b[\w-]+\.(?:it|com|org|gov|eu|net|int)\b", re.IGNORECASE)
# A caption or subheading that lost its line break, before a sentence's opening word
# (`Focus sui privati Al momento l'indagine…`): a short run with no punctuation, then an opener
# that never follows a word inside a sentence, then a word in lower case.
_GLUED_OPENERS = [opener for language in lang.ALL for opener in language.glued_openers]
_GLUED = re.compile(
    r"^[A-ZÀ-Ý][^.,!?:;«»\"“”()\n]{2,120}?[\wà-ÿ’'](?P<gap>\s+)(?=(?:"
    + "|".join(re.escape(opener) for opener in sorted(_GLUED_OPENERS, key=len, reverse=True))
    + r")\s+[a-zà-ÿ])"
)
# The same after a break the page lost (`…è di 3-3.\xa0 \xa0 La cronaca della sesta regata Partenza
# testa a testa…`): after a gap of blanks with a no-break space in a line, a run that ends on a
# word in lower case, then any capitalised word that a word in lower case follows.
_WIDE_GAP = re.compile(
    r"[ \t]*\xa0[ \t\xa0]+$|[ \t\xa0]+\xa0[ \t]*$"
)  # two blanks or more, one a no-break space
_GLUED_AFTER_GAP = re.compile(
    r"^[A-ZÀ-Ý][^.,!?:;«»\"“”()\n]{2,80}?\s[a-zà-ÿ’']{3,}(?P<gap>\s+)(?=[A-ZÀ-Ý][a-zà-ÿ’']+\s+[a-zà-ÿ])"
)
# A photo's caption that names a person, run into the sentence that opens on the surname
# (`Matteo Gabbia da piccolo con la maglia del Milan Gabbia è nato nel 1999…`).
_CAPTION_NAMING = re.compile(
    r"^[A-ZÀ-Ý][\wà-ÿ’'-]+\s+(?P<surname>[A-ZÀ-Ý][\wà-ÿ’'-]+)[^.,!?:;«»\"“”()\n]{3,100}?"
    r"(?P<gap>\s+)(?=(?P=surname)\s+[a-zà-ÿ])"
)
# `State of Israel`, `Repubblica ha`: a capitalised word that a word going on follows is a name's
_GOES_ON = re.compile(
    r"\S+\s+(?:" + lang.alternatives(lambda language: language.continuation_words) + r"|of|ha|è)\b",
    re.IGNORECASE,
)
_STOPWORDS = lang.union(lambda language: language.stopwords)
CAPTION_WORDS = 15  # words of a caption or subheading run into the text, at most
SUBHEADING_WORDS = 6  # words of a subheading left at a line's end, at most
HEADLINE_WORDS = 20  # words of a headline that trails off in an ellipsis, at most
NUMBERED_ENTRIES = 3  # lines ending on an entry's number that make a numbered live blog
TEASER_WORDS = 25  # words of another page's headline in a list of teasers, at most
BYLINE_WORDS = 6  # words of a byline alone on its line (`di Roberto Napoletano`), at most
BYLINED_TEASERS = 3  # bylines alone on their lines below the article's top that make a list of teasers
_CUT_TITLE = re.compile(r"\w(?:\.\.\.|…)$")  # `… le mani legate...`: cut right after a word
_WHO_COLON = re.compile(r"[^:.]{3,40}:\s")  # `Bossi contro il governo: …`
_ENTRY_NUMBER = re.compile(r"[\w\"”»]\s\d{1,3}$")  # `… all'attacco" 222`: three digits at most, no year
SUBHEADING_COMMON_WORDS = 1  # of them, words in lower case that are not function words
_ABBREVIATED_NAME = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,3}$")  # `come E.` + `R., Ally McBeal e C.`
# `Gli "Indipendenti" Rossi e Bianchi: "Ci siamo messi a nudo"`: a name, a colon and a quotation
# that closes the line with no full stop, the way a headline quotes someone; before a subheading,
# a link to another page (a sentence puts its stop inside or after the quotation).
_QUOTING_HEADLINE = re.compile(r"^[^:]{3,120}:\s*[«“\"][^«»“”\"]+[»”\"]$")
# A live blog's entry stamped with the hour of its day (`20,47 – `, `18.23 - `): it starts a report of
# its own, whatever the line before told. The stamp is no part of the sentence (its span starts after
# it), so a statement never prints it; `stamped` tells from the text before a sentence.
_HOUR = r"\d{1,2}[.,:]\d{2}"  # `20,47`, `18.23`: the hour of a live blog's entry
CLOCK_ENTRY = re.compile(r"\s*" + _HOUR + r"\s*[–—-]\s")
_STAMP_BEFORE = re.compile(r"(?:^|\n)[ \t\xa0]*" + _HOUR + r"[ \t\xa0]*[–—-][ \t\xa0]*$")


def stamped(text: str, start: int) -> bool:
    """The sentence at `start` opens a live blog's entry: its line begins with an hour stamp."""
    return _STAMP_BEFORE.search(text, max(0, start - 20), start) is not None


_QUOTE_OPENED = re.compile(r"\s[«“\"]$")  # `… della Camera. «` + `Esprimo…`: the quote opens the next
# A line of HTML left in the text (`<img src=…>`, `<figcaption>…`): a picture and its caption.
_HTML_TAG = re.compile(
    r"^</?(?:img|figure|figcaption|picture|source|video|iframe|div|span|p|a|em|br)\b", re.I
)
_FIGURE_START = re.compile(r"<fig(?:caption|ure)\b", re.IGNORECASE)
_CAPTION_END = re.compile(r"</fig(?:caption|ure)>\s*$", re.IGNORECASE)
_LONG_LAST_WORD = re.compile(r"(?:\S{21,}|https?://\S*|\]\(\S*)$")
_LINK = re.compile(r"https?://|\]\(")
# `[Briefings &\n Statements](https://…/briefings-statements/)`: a breadcrumb's or a menu's link, no news
# (a link before a colon names who speaks next: `[Senator Jane Doe](https://…): “…”`)
_LINK_ALONE = re.compile(r"\W*\[[^\[\]]+\]\((?:https?://|/|www\.)[^()\s]*\)[^\w:]*")
# A web address alone, or with the path a search result shows after it (`www.endoacustica.com ›
# tecnologia`): a link's credit under a picture, never a sentence's next line.
_URL_ONLY = re.compile(r"^\W*(?:https?://|www\.)\S+(?:\s+›\s+[\w-]+)*\W*$")


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


@dataclass(frozen=True)
class Sentence:
    """One sentence (or one quotation that spans several) with its exact span."""

    start: int
    end: int
    text: str
    role: Role
    paragraph: int
    run: int
    tweet_author: str | None = None
    tweet_date: PartialDate | None = None


@dataclass(frozen=True)
class Skipped:
    start: int
    end: int
    text: str
    reason: str


@dataclass
class _Line:
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
    joins_next: bool = False
    width: int = 0  # characters of the raw line, markup included
    bullet: bool = False  # opens a list item
    indented: bool = False  # starts with white space (a list item's continuation)
    hard_break: bool = False  # ends with two spaces or a backslash: Markdown's own line break


@dataclass
class SplitArticle:
    sentences: list[Sentence] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _ends_sentence(text: str) -> bool:
    """A full stop (or ! ? … : ;), perhaps inside closing quotes: `… più forte"` does not end one."""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def _trim(
    text: str, start: int, end: int, left: str = _LEFT_MARKUP, right: str = _RIGHT_MARKUP
) -> tuple[int, int]:
    while start < end and text[start] in left:
        start += 1
    while end > start and text[end - 1] in right:
        end -= 1
    return start, end


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    offset = 0
    paragraph = 0
    previous_blank = True
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        start, end = _trim(text, offset, offset + len(body))
        if start < end:
            bullet = _BULLET.match(text, start, end)
            if bullet:
                start = bullet.end()
            stripped = body.lstrip()
            if previous_blank and lines:
                paragraph += 1
            lines.append(
                _Line(
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


def _signoff_author(line: str) -> tuple[str | None, PartialDate | None]:
    """`— Secretary Marco Rubio (@SecRubio) April 2, 2025` → ("Secretary Marco Rubio", 2025-04-02)."""
    match = re.match(r"^\s*[—–-]+\s*(?P<name>.+?)\s*\(@\w+\)\s*(?P<date>.*)$", line)
    if not match:
        return None, None
    return match["name"].strip() or None, date_in(match["date"])


def _looks_like_post(line: _Line, language: str | None) -> bool:
    if _POST_MARKERS.search(line.text):
        return True
    if language and _words(line.text) >= 5:
        from briefing.ingest import detect_language

        return detect_language(line.text) not in (None, language)
    return False


def wrap_width(lines: list[_Line]) -> int | None:
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


def _in_capitals(text: str) -> bool:
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


def _wrapped(line: _Line, following: _Line, width: int | None) -> bool:
    """True when `following` goes on with `line`'s sentence: it was only wrapped onto a new line."""
    if (
        following.paragraph != line.paragraph
        or following.bullet
        or following.markdown_heading
        or line.hard_break
    ):
        return False
    if any(_HTML_TAG.match(x.text) or _URL_ONLY.match(x.text) for x in (line, following)):
        return False
    if BYLINE.match(following.text) and (dates_in(following.text) or _byline_alone(following.text)):
        return False  # `di Redazione · 24 novembre 2011` under a standfirst: the byline, not its words
    if _byline_alone(line.text) and (_CREDITS.search(following.text) or dates_in(following.text[:40])):
        return False  # `scritto da Anna Rossi` over `tradotto da Luca Neri` or `il 28 dicembre 2011, …`
    if width is None and _POST_MARKERS.search(line.text):
        return False
    if _in_capitals(line.text) and not _in_capitals(following.text):
        return False  # `ANALISI DEL DATO POLITICO` over `sinceramente …`: a heading, set in capitals
    if not _ends_sentence(line.text) and (following.text[:1].islower() or _CONTINUES.search(line.text)):
        return True  # stops mid-sentence (on `al`, `the`) or before a line in lower case
    if (line.bullet or line.indented) and following.indented:
        return True  # a Markdown list item goes on in its indented lines
    if line.text.count("[") > line.text.count("]") and following.text.count("]") > following.text.count("["):
        return True  # a Markdown link's words go on: `[Rep. Jim` + `Jordan](https://…)`
    # Wrapped at a fixed width: the next line's first word would not have fitted on this line. A
    # line past the width is a wrapped one only when a link (or another long word) pushed it there.
    if width is None or (line.width > width and not _LONG_LAST_WORD.search(line.text)):
        return False
    return line.width + 1 + len(_first_word(following.text)) > width


def _classify(lines: list[_Line], language: str | None, headline_at: int | None = None) -> None:
    width = wrap_width(lines)
    for line, following in itertools.pairwise(lines):
        # a teaser ends on its link, whatever line comes after it (`…leggi tutto »` + `watches iltv.tv`)
        # nor is a picture's caption, credited to its agency (`… del 1961 (Ap)`), part of a paragraph
        line.joins_next = (
            _wrapped(line, following, width)
            and not _TEASER_LINE.search(line.text)
            and not any(_AGENCY_CREDIT.search(x.text) for x in (line, following))
        )
    # Above the headline's line (`ingest.headline_start`): the page's furniture, not the article.
    for line in lines:
        if headline_at is None or line.start >= headline_at:
            break
        line.kind, line.reason, line.joins_next = "furniture", "page furniture above the headline", False
    in_figure = open_tag = False
    for line in lines:
        if _HTML_TAG.match(line.text) or in_figure or open_tag:
            line.kind, line.reason, line.joins_next = "furniture", "picture or caption", False
            in_figure = (in_figure or bool(_FIGURE_START.search(line.text))) and not _CAPTION_END.search(
                line.text
            )
            open_tag = line.text.rfind("<") > line.text.rfind(">") or (open_tag and ">" not in line.text)
    for index, line in enumerate(lines):
        text = line.text
        if line.kind == "furniture" or line.joins_next or (index and lines[index - 1].joins_next):
            continue  # a picture, or a line of a wrapped paragraph: body
        words = _words(text)  # counted once; a long line is no promotion or byline, unsearched
        if TWEET_SIGNOFF_RE.match(text) and "(@" in text:
            line.kind, line.reason = "signoff", "embedded post sign-off"
            line.tweet_author, line.tweet_date = _signoff_author(text)
        elif (words <= 12 and _FURNITURE_LINE.match(text)) or _URL_ONLY.match(text):
            line.kind, line.reason = "furniture", "site furniture"
        elif _KEYWORD_LINE.match(text):
            line.kind, line.reason = "furniture", "the page's keywords"
        elif words <= CAPTION_WORDS * 2 and (_AGENCY_CREDIT.search(text) or _dated_caption(text)):
            line.kind, line.reason = "furniture", "a picture's caption"
        elif _TEASER_LINE.search(text) or teaser_excerpt(text):
            line.kind, line.reason = "furniture", "teaser of another page"
        elif words <= 80 and _PROMOTION.search(text):
            line.kind, line.reason = "furniture", "site promotion"
        elif (BYLINE.match(text) and not _ends_sentence(text)) or (words <= 16 and _CREDITS.search(text)):
            line.kind, line.reason = "furniture", "byline"
        elif date_line(text):
            line.kind, line.reason = "furniture", "date line"
        elif words < 3 and not _ends_sentence(text):
            line.kind, line.reason = "furniture", "stray text"
        elif line.markdown_heading or (not _ends_sentence(text) and words <= 40):
            line.kind = "heading"

    _end_at_comment_thread(lines)
    _numbered_entry_headings(lines)

    # Embedded posts: the lines right above a sign-off that read like a post.
    for index, line in enumerate(lines):
        if line.kind != "signoff":
            continue
        back = index - 1
        while back >= 0 and index - back <= 6:
            above = lines[back]
            if above.paragraph != line.paragraph and above.kind == "body":
                break
            if above.kind in ("signoff", "furniture") or not _looks_like_post(above, language):
                break
            above.kind = "tweet"
            above.tweet_author, above.tweet_date = line.tweet_author, line.tweet_date
            back -= 1
    for line in lines:
        if line.kind in ("body", "heading") and re.search(r"pic\.twitter\.com|https?://t\.co/", line.text):
            line.kind = "tweet"

    # The top of the article: headline, then standfirst lines, until the first body line.
    headline_seen = False
    for index, line in enumerate(lines):
        if line.kind == "body":
            if line.bold and index <= 3 and not line.joins_next:  # not the first line of a wrapped paragraph
                line.kind = "standfirst"
                continue
            if not headline_seen and _trailing_off(line):
                line.kind, headline_seen = "headline", True  # `Servizi Segreti: un uomo di Intelligence…`
                continue
            break
        if line.kind != "heading":
            continue
        if not headline_seen:
            line.kind, headline_seen = "headline", True
        elif _words(line.text) >= 6:
            line.kind = "standfirst"
        else:
            line.kind, line.reason = "furniture", "stray text"
    last_body = max((i for i, line in enumerate(lines) if line.kind == "body"), default=-1)
    for index, line in enumerate(lines):
        if line.kind == "heading" and index > last_body >= 0:
            line.kind, line.reason = "furniture", "trailing text"
        elif line.kind == "heading":
            if _words(line.text) <= 12:
                line.kind, line.reason = "subheading", "subheading"
            elif _QUOTING_HEADLINE.match(line.text) and _before_subheading(lines, index):
                line.kind, line.reason = "furniture", "a headline quoting someone"
            else:
                line.kind = "body"  # a sentence that lost its full stop
    _teaser_titles(lines)
    _bylined_teasers(lines)


def _dated_caption(text: str) -> bool:
    """`Il Principe Ereditario Sh. Salman bin Isa Al-Khalifa alla TV nazionale, sabato 19 febbraio`:
    a line that says who is pictured where, then the day after a comma, with no full stop."""
    head, _, day = text.rpartition(",")
    return bool(head) and not _ends_sentence(text) and bool(_CAPTION_DAY.fullmatch(day.strip()))


def _byline_alone(text: str) -> bool:
    """`di Roberto Napoletano`: a line that is a byline and nothing else."""
    return _words(text) <= BYLINE_WORDS and bool(BYLINE.match(text)) and not _ends_sentence(text)


def _bylined_teasers(lines: list[_Line]) -> None:
    """A list of other pages' teasers, each a headline, its author's byline and an excerpt cut short
    (`L'esempio di Baffi e Sarcinelli in tempi «amari»` / `di Roberto Napoletano` / `«Caro direttore,
    … Da`): where `BYLINED_TEASERS` bylines or more stand alone on their lines below the article's
    top, each one's headline and excerpt are the page's furniture, not sentences of the article; so
    is an excerpt cut short on a word no sentence ends on, right above one of those headlines."""
    bylines = [
        index
        for index, line in enumerate(lines)
        if index > 1 and lines[index - 1].kind not in ("headline", "standfirst") and _byline_alone(line.text)
    ]
    if len(bylines) < BYLINED_TEASERS:
        return
    for index in bylines:
        headline, byline, above = lines[index - 1], lines[index], lines[index - 2]
        above.joins_next = False
        if above.kind == "body" and _CONTINUES.search(above.text):  # the excerpt of a teaser above
            above.kind, above.reason = "furniture", "teaser of another page"
        for line in (headline, byline):
            line.kind, line.reason, line.joins_next = "furniture", "teaser of another page", False
        excerpt = lines[index + 1] if index + 1 < len(lines) else None
        if excerpt is not None and excerpt.kind == "body" and not _ends_sentence(excerpt.text):
            excerpt.kind, excerpt.reason, excerpt.joins_next = "furniture", "teaser of another page", False


def _teaser_titles(lines: list[_Line]) -> None:
    """A list of other pages' headlines, cut short (`La Libia è nel caos ma l'Europa ha le mani
    legate...` under `26 Agosto 2014 | Paolo Ribichini`): a short line that trails off in an
    ellipsis right after a word, next to a line that is no sentence of the article (a teaser's
    date and author, another headline), is a teaser of another page."""
    for index, line in enumerate(lines):
        if line.kind != "body" or line.joins_next or _words(line.text) > TEASER_WORDS:
            continue
        if not _CUT_TITLE.search(line.text):
            continue
        neighbours = [lines[i] for i in (index - 1, index + 1) if 0 <= i < len(lines)]
        if any(other.kind not in ("body", "headline", "standfirst") for other in neighbours):
            line.kind, line.reason = "furniture", "teaser of another page"


def _numbered_entry_headings(lines: list[_Line]) -> None:
    """A live blog numbers its entries' headlines (`Tv libica: "Crociati all'attacco" 222`, `Colpite
    diverse zone di Tripoli 221`): where `NUMBERED_ENTRIES` lines or more end on such a number with
    no full stop, each is a headline of the page, not a sentence of it, and so is the line under it
    that reads as a headline (`_entry_headline`); an entry's own text may end on no full stop too."""
    numbered = [
        index
        for index, line in enumerate(lines)
        if line.kind in ("body", "heading") and not line.joins_next and _ENTRY_NUMBER.search(line.text)
    ]
    if len(numbered) < NUMBERED_ENTRIES:
        return
    for index in numbered:
        lines[index].kind, lines[index].reason = "furniture", "a live entry's numbered headline"
        below = lines[index + 1] if index + 1 < len(lines) else None
        if below is not None and below.kind in ("body", "heading") and _entry_headline(below.text):
            below.kind, below.reason = "furniture", "a live entry's headline"
            below.joins_next = False


def _entry_headline(text: str) -> bool:
    """A headline that quotes someone (`La Russa: "I nostri aerei pronti in 15 minuti…"`), or a short
    name and a colon before one clause that ends on no full stop (`Bossi contro il governo:
    Bombardare la Libia porterà…`; `Berlusconi: i missili… Per ora abbiamo fornito…` is a report)."""
    if _QUOTING_HEADLINE.match(text):
        return True
    return bool(_WHO_COLON.match(text)) and not _ends_sentence(text) and not _SENTENCE_GAP.search(text)


def _trailing_off(line: _Line) -> bool:
    """A short line on its own that trails off in an ellipsis, as a blog's headline does."""
    return (
        not line.joins_next
        and _words(line.text) <= HEADLINE_WORDS
        and line.text.rstrip(_CLOSERS).endswith(("…", "..."))
    )


def _end_at_comment_thread(lines: list[_Line]) -> None:
    """The readers' comments are not the article: from the line that opens them (`26 commenti per
    Servizi Segreti…`, `Lascia un commento`) to the page's end, every line is furniture, once a
    line of the article's own text (a body line of a dozen words) came above it."""
    for index, line in enumerate(lines):
        if _COMMENT_THREAD.match(line.text) and any(
            above.kind == "body" and _words(above.text) >= 12 for above in lines[:index]
        ):
            lines[index - 1].joins_next = False
            for below in lines[index:]:
                below.kind, below.reason, below.joins_next = "furniture", "readers' comments", False
            return


def _before_subheading(lines: list[_Line], index: int) -> bool:
    """Whether the line after `index` is a subheading (a short line with no full stop): a headline
    there links to another page; in a live blog's entries, a quoting line opens the entry's text."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        following is not None and following.kind in ("heading", "subheading") and _words(following.text) <= 12
    )


def _run_in_heading(text: str, start: int, end: int) -> int:
    """Where a paragraph's sentence starts after the heading the page ran into it: one in capitals
    before a dash (`GLI ATTACCHI ISRAELIANI - Ieri un raid…`, `OBAMA - Il presidente…`), or a name
    that the sentence then opens on (`Saadi Saadi Gheddafi è…`, `Hannibal Hannibal Gaddafi…`)."""
    heading = _RUN_IN_HEADING.match(text, start, end) or _NAME_HEADING.match(text, start, end)
    if heading and _words(text[heading.end() : end]) >= 4:
        return heading.end()
    return start


def _strip_lead(text: str, start: int, end: int, role: str) -> int:
    """Skip header furniture at the start of a lead, standfirst or headline sentence."""
    for _ in range(3):
        moved = False
        patterns = [*_LEAD_FURNITURE, SECTION_LABEL] if role == "headline" else _LEAD_FURNITURE
        for pattern in patterns:
            match = pattern.match(text[start:end])
            if match and match.end() > 0:
                rest = text[start + match.end() : end]
                if (_words(rest) >= 4 and rest[:1].isupper()) or rest[:1] in "\"“«'‘":
                    start += match.end()
                    moved = True
        if not moved:
            break
    return start


@dataclass
class _Run:
    start: int
    end: int
    kind: str
    paragraph: int
    lines: list[_Line]


def _runs(lines: list[_Line]) -> list[_Run]:
    runs: list[_Run] = []
    current: _Run | None = None
    for line in lines:
        if current is not None and current.lines[-1].joins_next and line.kind == current.kind:
            current.end = line.end
            current.lines.append(line)
            continue
        current = _Run(line.start, line.end, line.kind, line.paragraph, [line])
        runs.append(current)
    return runs


# sentencex's Italian rules read any capitalised word before a full stop as an abbreviation
# (`… della NATO. Nel frattempo …` stays one sentence); an acronym with no inner dots is not one.
_ACRONYM_STOP = re.compile(r"(?<![\w.])[A-Z]{2,6}[.!?](?P<gap>\s+)(?=[\"“«]?[A-ZÀ-Ý])")
# A dotted initialism ends a sentence when a capitalised stop word follows it (`come E.R. e
# C.S.I. Da allora …`, `quello U.S.A. I suoi …`); before a name it does not (`This U.N. Council`).
_INITIALISM_STOP = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}(?P<gap>\s+)(?=[\"“«]?(?P<next>[A-ZÀ-Ý]\w*))")


# sentencex's time grows with the square of a paragraph's length (a 1 MB paragraph took 25 s);
# a longer text is cut first, at a sentence end (else a space) before this many characters.
_WINDOW = 4000
_SENTENCE_GAP = re.compile(r"[.!?…][\"”»’)\]']*\s+")
_SPACE = re.compile(r"\s+")


def _windows(text: str) -> list[tuple[int, str]]:
    """`text` in pieces of at most `_WINDOW` characters, each with its offset; cut after the last
    sentence end in each window, else after its last space, else (no space at all) at the limit."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > _WINDOW:
        limit = start + _WINDOW
        end = limit
        for gap in (_SENTENCE_GAP, _SPACE):
            cuts = [match.end() for match in gap.finditer(text, start + _WINDOW // 2, limit)]
            if cuts:
                end = cuts[-1]
                break
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces


# A middle initial after a capitalised name (`Donald J.`) ends no sentence.
_INITIAL_END = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-Z]\.$")


def _join_abbreviations(language: str, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences that sentencex ended on an abbreviation (`Mrs.`, `the U.S.` at a wrapped line's
    end) go on into the next one, unless that one opens on a stop word (`… the U.S. The next day`)."""
    words = lang.language(language)
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            last_word = (text[joined[-1][0] : joined[-1][1]].split() or [""])[-1]  # a span of white
            next_word = (text[start:end].split() or [""])[0].strip('"“«(').casefold()  # space: none
            if last_word in words.abbreviations and next_word not in words.stopwords:
                joined[-1] = (joined[-1][0], end)
                continue
        joined.append((start, end))
    return joined


def _cut_at_initialisms(language: str, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span cut again after a dotted initialism that a capitalised stop word follows: sentencex
    reads the initialism's letters as abbreviations, and the mending above joins them back."""
    stopwords = lang.language(language).stopwords
    cut: list[tuple[int, int]] = []
    for start, end in spans:
        for stop in _INITIALISM_STOP.finditer(text, start, end):
            if stop["next"].casefold() in stopwords and start < stop.start("gap") and stop.end("gap") < end:
                cut.append((start, stop.start("gap")))
                start = stop.end("gap")
        cut.append((start, end))
    return cut


def _segment(language: str, text: str) -> list[tuple[int, int]]:
    if len(text) > _WINDOW:  # linear in the length: sentencex sees one window at a time
        return [
            (offset + start, offset + end)
            for offset, piece in _windows(text)
            for start, end in _segment(language, piece)
        ]
    try:
        bounds = sentencex.get_sentence_boundaries(language, text)
    except Exception:  # an unknown language code: fall back to English rules
        bounds = sentencex.get_sentence_boundaries("en", text)
    spans = []
    for bound in bounds:
        if bound.get("is_paragraph_break"):
            continue
        start, end = int(bound["start_index"]), int(bound["end_index"])
        if not 0 <= start < end <= len(text):
            continue
        for cut in _ACRONYM_STOP.finditer(text, start, end):
            spans.append((start, cut.start("gap")))
            start = cut.end("gap")
        if spans and _INITIAL_END.search(text, spans[-1][0], spans[-1][1]):
            start = spans.pop()[0]  # `President Donald J.` + `Trump …`: an initial, not a full stop
        spans.append((start, end))
    mended = _mend(text, _join_abbreviations(language, text, spans))
    return _cut_at_initialisms(language, text, mended) or [(0, len(text))]


def _mend(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two cuts sentencex makes in the wrong place: after an initialism's first letter (`come E.` +
    `R., Ally McBeal`), joined again; and before a quotation's opening mark, which goes to the
    sentence it opens (`… della Camera. «` + `Esprimo…`)."""
    mended: list[tuple[int, int]] = []
    for start, end in spans:
        if mended:
            last_start, last_end = mended[-1]
            last = text[last_start:last_end].rstrip()
            if _ABBREVIATED_NAME.search(last) and re.match(r"[A-Z]\.", text[start:end]):
                mended[-1] = (last_start, end)
                continue
            if _QUOTE_OPENED.search(last) and last_end - last_start > 1:
                mark = last_start + len(last) - 1
                mended[-1] = (last_start, mark)
                start = mark
        mended.append((start, end))
    return mended


def _glued_caption(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a caption or subheading run into the sentence at `start` ends, and where the sentence
    itself starts (`_GLUED`, `_GLUED_AFTER_GAP`, `_CAPTION_NAMING`); None when there is none. A
    caption ends on no word that goes on (`della`, `the`), and the sentence's first word is not
    one that such a word would lead into (`Repubblica ha…` after `Il presidente della`)."""
    sentence = text[start:end]
    patterns = [_GLUED, _CAPTION_NAMING]
    if _WIDE_GAP.search(text, max(0, start - 8), start):
        patterns.append(_GLUED_AFTER_GAP)
    for pattern in patterns:
        glued = pattern.match(sentence)
        if not glued or _words(sentence[: glued.start("gap")]) > CAPTION_WORDS:
            continue
        if pattern is _GLUED_AFTER_GAP and (
            _CONTINUES.search(sentence[: glued.start("gap")]) or _GOES_ON.match(sentence, glued.end("gap"))
        ):
            continue
        return start + glued.start("gap"), start + glued.end("gap")
    return None


def _subheading_at_line_end(text: str, run: _Run, start: int, end: int) -> bool:
    """The last piece of a paragraph's line is a short run with no full stop after the line's
    sentences, mostly names and function words (a heading, not a sentence that lost its stop),
    and the next line opens in capitals (`…degli effetti dei bombardamenti. Il Libano del
    sud` + `Il grosso dei bombardamenti…`): the next part's subheading, which lost its own line."""
    piece = text[start:end]
    following = text[run.end : run.end + 200].lstrip(" \t\xa0\r")
    words = _WORD.findall(piece)
    described = [w for w in words if w.islower() and w.casefold() not in _STOPWORDS]
    return (
        not _ends_sentence(piece)
        and len(words) <= SUBHEADING_WORDS
        and len(described) <= SUBHEADING_COMMON_WORDS  # a name and a word, no clause
        and piece[:1].isupper()
        and following.startswith("\n")
        and following.lstrip()[:1].isupper()
    )


def split_article(text: str, language: str | None) -> SplitArticle:
    """The sentences of an article in reading order, and what was left out and why."""
    lines = _lines(text)
    _classify(lines, language, headline_start(text))
    result = SplitArticle()
    lead_runs = 0
    for run_index, run in enumerate(_runs(lines)):
        if run.kind in ("furniture", "signoff", "subheading"):
            reason = run.lines[0].reason or run.kind
            result.skipped.append(Skipped(run.start, run.end, text[run.start : run.end], reason))
            continue
        role: Role = run.kind if run.kind in ("headline", "standfirst", "tweet") else "body"  # type: ignore[assignment]
        first_line = run.lines[0]
        segment_language = "en" if role == "tweet" else (language or "en")
        pieces = _segment(segment_language, text[run.start : run.end])
        for piece_index, (piece_start, piece_end) in enumerate(pieces):
            start, end = _trim(text, run.start + piece_start, run.start + piece_end)
            if start >= end:
                continue
            if piece_index == 0 and (
                role in ("headline", "standfirst") or (role == "body" and lead_runs < 2)
            ):
                start = _strip_lead(text, start, end, role)
            if role == "tweet":
                links = _TRAILING_LINKS.search(text, start, end)
                if links and links.start() > start:
                    end = links.start()
                start, end = _trim(text, start, end)
            if role == "body":
                if piece_index == 0:
                    start = _run_in_heading(text, start, end)
                clock = CLOCK_ENTRY.match(text, start, end)
                if clock and _words(text[clock.end() : end]) >= 4:
                    start = clock.end()  # `20,10 – Il giornale…`: the entry's hour, not its news
                glued = _glued_caption(text, start, end)
                if glued is not None:
                    result.skipped.append(Skipped(start, glued[0], text[start : glued[0]],
                                                  "caption or subheading run into the text"))  # fmt: skip
                    start = glued[1]
                if (
                    piece_index == len(pieces) - 1
                    and piece_index
                    and _subheading_at_line_end(text, run, start, end)
                ):
                    result.skipped.append(Skipped(start, end, text[start:end], "subheading at a line's end"))
                    continue
            sentence = text[start:end]
            if _LINK_ALONE.fullmatch(sentence):
                result.skipped.append(Skipped(start, end, sentence, "a link alone (navigation)"))
                continue
            words = _words(sentence)  # counted once; a long sentence is not searched for a picture
            if words <= 30 and _MEDIA_REFERENCE.search(_PARENTHESES.sub(" ", sentence)):
                result.skipped.append(Skipped(start, end, sentence, "points at a picture or video"))
                continue
            if words <= 30 and _SERVICE_POINTER.match(sentence) and _WEB_ADDRESS.search(sentence):
                result.skipped.append(Skipped(start, end, sentence, "sends the reader elsewhere"))
                continue
            if words < 4:
                result.skipped.append(Skipped(start, end, sentence, "too short"))
                continue
            if len(sentence) > _LONGEST:
                result.skipped.append(Skipped(start, end, sentence[:200], "too long to be one sentence"))
                continue
            result.sentences.append(
                Sentence(
                    start=start,
                    end=end,
                    text=sentence,
                    role=role,
                    paragraph=first_line.paragraph,
                    run=run_index,
                    tweet_author=first_line.tweet_author,
                    tweet_date=first_line.tweet_date,
                )
            )
        if role == "body":
            lead_runs += 1
    return result
