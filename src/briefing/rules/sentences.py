"""An article cut into the sentences worth reading, each with its exact span in the text.

Lines come first (`rules/lines.py`): news text puts headlines, standfirsts, subheadings, embedded
posts and site furniture on lines of their own, so each line is classified
(`rules/page_furniture.py`) before its sentences are cut (`rules/segment.py`, by sentencex, which
keeps a quotation that spans several sentences in one piece and knows the abbreviations of each
language); hard-wrapped lines are read as one run first.

Spans are trimmed of white space and markup, and of header furniture at the start of the lead
(`date 2024-11 AgenPress – `, `BRUXELLES (BELGIO) (ITALPRESS) – `, `WASHINGTON, April 2
(Reuters) - `, `Roma - 03 apr 2026 (Prima Notizia 24) `), so that a citation starts where the
news does; and of what the page ran into a paragraph: a heading, a live entry's hour, a caption.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from briefing import lang
from briefing.dates import DATE_LABELS, MONTH_WORD, TWEET_SIGNOFF_RE
from briefing.headline import SECTION_LABEL, headline_start
from briefing.models import PartialDate
from briefing.rules.lexicon import ACTION, Lowercase, reporting_forms
from briefing.rules.lines import CONTINUES, WORD, Line, ends_sentence, read_lines, trim, word_count
from briefing.rules.page_furniture import AGENCY_NAME, CAPTION_WORDS, classify
from briefing.rules.segment import segment

Role = Literal["headline", "standfirst", "body", "tweet"]
_LONGEST = 2000  # characters: past this, a "sentence" is text with no punctuation, not a fact

_MONTH = MONTH_WORD

_WEEKDAY = f"(?:{lang.weekday_pattern()})"

# Furniture at the start of the lead sentence, stripped one piece after another.
_LEAD_FURNITURE = [
    # `date 2024-11 AgenPress – ` (a header line the corpus tool wrote, then the outlet)
    re.compile(
        rf"^\W*(?:{DATE_LABELS})\s*:?\s*\d{{4}}-\d{{2}}(?:-\d{{2}})?\s+"
        r"(?:[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3}\s*[–—-]+\s+)?",
        re.IGNORECASE,
    ),
    # `(ANSA) - `
    re.compile(rf"^\(\s*{AGENCY_NAME}\s*\)\s*[–—-]+\s*"),
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
# A lead's dateline that names only its place, in mixed case, maybe with its agency in parentheses
# (`Larena - Autobus e tram…`, `Il Cairo (AsiaNews) - A un anno…`): a body's lead only, since a
# headline may join two names so (`Ucraina - Russia, nuovi colloqui`).
PLACE_DATELINE = re.compile(
    r"^[A-ZÀ-Ý][\wÀ-ÿ'’]+(?:\s[A-ZÀ-Ý][\wÀ-ÿ'’]+){0,2}(?:\s*\([^()\n]{1,40}\))?\s+[–—-]\s+"
)
# A heading in capitals run into its paragraph's first sentence, before a dash, maybe in quotation
# marks (`GLI ATTACCHI - `, `«BUON GIORNO» - `).
_CAPITALS = r"[A-ZÀ-Ý][A-ZÀ-Ý'’]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’]*){0,7}"
_RUN_IN_HEADING = re.compile(rf"(?:{_CAPITALS}|[«“\"]{_CAPITALS}[»”\"])\s+[–—-]\s+(?=[A-ZÀ-Ý«“\"])")
_NAME_HEADING = re.compile(r"([A-ZÀ-Ý][\wà-ÿ'’-]+)\s+(?=\1\s+[A-ZÀ-Ý])")
# A name set as its paragraph's heading, run into a sentence that opens on an article (`Khamis
# L'altro fedelissimo …`, `Saif al-Islam Il suo "delfino" …`): no sentence writes a capitalised
# article right after a name.
_ARTICLE_AFTER = "|".join(
    rf"{re.escape(article[:-1].capitalize())}['’](?=[a-zà-ÿ])"
    if article.endswith("'")
    else rf"{re.escape(article.capitalize())}\s+(?=[a-zà-ÿ«“\"])"
    for article in sorted(lang.union(lambda language: language.articles), key=len, reverse=True)
)
# A name of up to three capitalised words, one maybe after a particle (`Saif al-Arab`): a heading
_HEADING_NAME = r"[A-ZÀ-Ý][\wà-ÿ'’-]+(?:\s+(?:[a-z]{2}-)?[A-ZÀ-Ý][\wà-ÿ'’-]+){0,2}"
_NAME_BEFORE_ARTICLE = re.compile(_HEADING_NAME + r"\s+(?=(?:" + _ARTICLE_AFTER + r"))")
# A name of up to three words (`Saif al-Arab`), a capitalised word and a word in lower case: where a
# heading that the sentence names again may end (`_name_named_again`)
_NAME_THEN_WORD = re.compile(
    rf"(?P<name>{_HEADING_NAME})\s+"
    r"(?P<word>[A-ZÀ-Ý][a-zà-ÿ'’]+)\s+(?P<next>[a-zà-ÿ]\w*)"
)
# A handle that only credits the sentence it ends (`… (via @Sandmonkey)`, `…. via @a @b`, `…. @a`,
# a post's sign-off with no day, or after its picture's link, run into its words: `… — Mahmoud
# Salem (@Sandmonkey)`); not one the sentence speaks to or of (`…, grazie, @POTUS`, `grazie a @POTUS.`).
_HANDLES = r"@\w+(?:\s*(?:,|&|\be\b|\band\b)?\s*@\w+)*"
_CREDIT_WORD = r"(?i:" + lang.alternatives(lambda language: language.handle_credits) + r")"
_SIGNOFF_DAY = rf"(?:\s+(?:\d{{1,2}}\s+{MONTH_WORD}|{MONTH_WORD}\s+\d{{1,2}}),?(?:\s+(?:19|20)\d{{2}})?)?"
_TRAILING_CREDIT = re.compile(
    rf"(?:\s*[(\[]\s*(?:{_CREDIT_WORD}\s*:?\s*)?{_HANDLES}\s*[)\]]"  # `(via @x)`, `(@x)`
    rf"|(?<=[.!?…»”\"])\s*(?:{_CREDIT_WORD}\s*:?\s*)?{_HANDLES}"  # `…. via @x`, `…. @x`
    rf"|\s+[—–]\s*(?:(?:[A-Z][\w.'’-]*\s+){{1,5}}\(@\w+\)|@\w+){_SIGNOFF_DAY}"  # `— Name (@x) 3 March 2011`
    r")\s*$"
)
_HANDLE = re.compile(r"@\w+")
HANDLED_WORDS = 4  # words a sentence holds besides its handles, at least
# `#NATOFMM pic.twitter.com/uVYnsz1sjA` at the end of an embedded post, or links.
_TRAILING_LINKS = re.compile(r"(?:\s*(?:#\w+|pic\.twitter\.com/\S+|https?://\S+))+\s*$")

# What a post says when it says something, not only what its picture shows: an auxiliary or a
# first person of any language, or an English contraction (`It’s time…`, `We will reopen…`).
_SAYS = re.compile(
    r"(?<![\w'’])(?i:"
    + lang.alternatives(lambda language: language.auxiliaries)
    + r"|"
    + lang.words(lang.union(lambda language: language.first_person_words))
    + r")(?![\w'’])|\w['’](?:s|re|ll|ve|m|d)\b|n['’]t\b"
)


def _picture_caption(post: str) -> bool:
    """An embedded post that shows a picture (`pic.twitter.com/…`) and whose words only say what it
    shows (`Harbour square empty Friday, guarded by armored vehicles`, `Smoke pouring from…`): no
    auxiliary, no first person, no contraction (`_SAYS`). Such words are the picture's caption; a
    post with a picture that says something (`We will reopen the harbour…`) is a post."""
    if "pic.twitter.com/" not in post:
        return False
    words = _TRAILING_LINKS.sub(
        "", " ".join(re.sub(r"pic\.twitter\.com/\S+|https?://\S+", " ", post).split())
    )
    return _SAYS.search(words) is None


# A sentence that points at a picture or video on the page (`Nel video qui sotto si vede…`); a
# remark in parentheses inside a fact (`(il video qui sotto è impressionante)`) leaves it a fact.
_MEDIA_REFERENCE = re.compile(
    r"\b(?:" + lang.alternatives(lambda language: language.media_references) + r")\b", re.IGNORECASE
)
_PARENTHESES = re.compile(r"\([^()]*\)")
# `Il Guardian ha una mappa che mostra…`, `… ha pubblicato su YouTube un video degli scontri…`: the
# label of a map or a video that another page shows (`Language.media_postings`)
_MEDIA_POSTING = re.compile(lang.alternatives(lambda language: language.media_postings), re.IGNORECASE)
MEDIA_POSTING_WORDS = 45  # words of a sentence up to which such a label is the whole of it
# `… un video su YouTube dove un uomo d'affari dichiara …`: the posted video's clause tells what
# someone said or did (a reporting verb, an action, a violent act): testimony, not a label
_MEDIA_TESTIMONY = re.compile(
    r"\b(?:" + lang.alternatives(lambda language: language.media_testimony) + r")\b", re.IGNORECASE
)
_TESTIMONY_ACTS = Lowercase(r"\b(?:" + lang.alternatives(lambda language: language.testimony_acts) + r")\b")


def _testimony(sentence: str) -> bool:
    """A posting's relative clause (`dove`, `in cui`, `where`, `in which`) that reports what someone
    said or did (`dove un uomo d'affari dichiara …`, `in cui si vedono gli agenti sparare …`)."""
    relative = _MEDIA_TESTIMONY.search(sentence)
    if relative is None:
        return False
    clause = sentence[relative.end() :]
    return (
        any(pattern.search(clause) for pattern in reporting_forms(None))
        or ACTION.search(clause) is not None
        or _TESTIMONY_ACTS.search(clause) is not None
    )


# `Roma-Bilbao 1-1 LIVE, per la prima giornata…`: a live blog's title set again over its entries
_LIVE_LABEL = re.compile(
    r"(?<![\w-])(?:" + lang.words(lang.union(lambda language: language.live_labels)) + r")(?![\w-])"
)
# `… l'ultimatum dell'esercito a Morsi (fonte video: Euronews)`: a caption, credited in parentheses
# `Un manifesto di protesta contro lo SCAF: "Le nostre figlie sono una linea rossa".`: a caption,
# what a picture shows and the words on it, which close it (`Un cartello: «Basta», è apparso…` is news).
_PICTURE_CAPTION = re.compile(
    r"^\W*(?:"
    + lang.alternatives(lambda language: language.pictured_things)
    + r")\b[^:.]{0,80}:\s*[«“\"][^«»“”\"]*[»”\"]\W*$",
    re.IGNORECASE,
)
_CREDIT_IN_PARENTHESES = re.compile(
    r"\((?:" + lang.alternatives(lambda language: language.picture_credits) + r")\s*:[^()]*\)\W*$",
    re.IGNORECASE,
)

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
SUBHEADING_WORDS = 6  # words of a subheading left at a line's end, at most

SUBHEADING_COMMON_WORDS = 1  # of them, words in lower case that are not function words

# A live blog's entry stamped with the hour of its day (`20,47 – `, `18.23 - `): it starts a report of
# its own, whatever the line before told. The stamp is no part of the sentence (its span starts after
# it), so a statement never prints it; `stamped` tells from the text before a sentence.
_HOUR = r"\d{1,2}[.,:]\d{2}"  # `20,47`, `18.23`: the hour of a live blog's entry
CLOCK_ENTRY = re.compile(r"\s*" + _HOUR + r"\s*[–—-]\s")
_STAMP_BEFORE = re.compile(r"(?:^|\n)[ \t\xa0]*" + _HOUR + r"[ \t\xa0]*[–—-][ \t\xa0]*$")


def stamped(text: str, start: int) -> bool:
    """The sentence at `start` opens a live blog's entry: its line begins with an hour stamp."""
    return _STAMP_BEFORE.search(text, max(0, start - 20), start) is not None


# `tel. 011/837.688`, `numero verde 800 123 456`: a phone number, in a sentence of service
# information (opening hours, booking), which tells no news
_PHONE_NUMBER = re.compile(
    rf"\b(?:{lang.alternatives(lambda language: language.phone_labels)})\b\.?:?\s*\+?\d[\d .\/-]{{5,}}\d",
    re.IGNORECASE,
)
SERVICE_INFORMATION = "service information (a phone number)"

# A raw web address in the text (`… entro il 2047".  http://banchedati.camera.it/…`), not a
# Markdown link's target (`[Senator Jane Doe](https://…)`) and not a site's name (`www.quirinale.it`)
_RAW_ADDRESS = re.compile(r"(?<!\]\()(?<![\w/])https?://\S+")
_STOP_INSIDE = re.compile(r"[.!?…][\"”»’)']*\s")
_FULL_STOP_END = re.compile(r"[.!?…][\"”»’)'*_]*$")
# A post's words closed by a bracket, then the address of its picture (`… (in dialetto) http://…`).
_CLOSED_BY_A_BRACKET = re.compile(r"\)$")


def _addresses(text: str, run: _Run) -> list[tuple[int, int]]:
    """The spans of the raw web addresses in a paragraph, in order. Most paragraphs hold none, and
    `str.find` says so at a glance, where `_RAW_ADDRESS`, opening on look-behinds, would be tried at
    every character."""
    if text.find("http", run.start, run.end) < 0:
        return []
    return [(match.start(), match.end()) for match in _RAW_ADDRESS.finditer(text, run.start, run.end)]


def _without_addresses(text: str, run: _Run, start: int, end: int) -> tuple[int, int] | str:
    """The sentence at `start`…`end` without the web addresses the page printed around it, or why
    it is left out. A statement never prints a raw address: one (or a few) before the sentence is
    dropped, with the reference's title it ends (`The convergence of … verification http://…
    Anche secondo …`: a line of a bibliography, no full stop before the address); one after the
    sentence's full stop, or after a post's words closed by a bracket, is cut off (`… entro il
    2047".  http://…`, `… (in dialetto locale) http://yfrog…`), and so is the tail of an
    address the segmenter cut at its dot (`Asp?idAtto=…  L'Italia …`); a sentence that an address
    stands inside of (`… di Mark Williams http://… dimostra …`) or that ends on one (`all'indirizzo
    https://…`) needs it, and is left out."""
    # the paragraph's addresses were found once (`_Run.addresses`): those that overlap the sentence
    addresses = run.addresses_within(start, end)
    if not addresses:
        return start, end
    for address_start, address_end in addresses:
        if address_start <= start or (
            not _STOP_INSIDE.search(text, start, address_start)
            and text[address_end:end].lstrip()[:1].isupper()
            and word_count(text[address_end:end]) >= 4
        ):
            start = max(start, address_end)  # an address (or a reference's title and address) before it
    start, end = trim(text, start, end)
    if start >= end or not WORD.search(text, start, end):
        return "a web address alone"
    rest = [address_start for address_start, address_end in addresses if address_end > start]
    if not rest:
        return start, end
    if (
        _FULL_STOP_END.search(text[start : rest[0]].rstrip())
        or _CLOSED_BY_A_BRACKET.search(text[start : rest[0]].rstrip())
    ) and not _RAW_ADDRESS.sub("", text[rest[0] : end]).strip():
        return trim(text, start, rest[0])
    return "a web address inside the sentence"


# `[Briefings &\n Statements](https://…/briefings-statements/)`: a breadcrumb's or a menu's link, no news
# (a link before a colon names who speaks next: `[Senator Jane Doe](https://…): “…”`)
_LINK_ALONE = re.compile(r"\W*\[[^\[\]]+\]\((?:https?://|/|www\.)[^()\s]*\)[^\w:]*")


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
    tweet_voice: str | None = None  # whom a reposted post quotes: its speaker, not its author


@dataclass(frozen=True)
class Skipped:
    start: int
    end: int
    text: str
    reason: str


@dataclass
class SplitArticle:
    sentences: list[Sentence] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _name_named_again(text: str, start: int, end: int) -> int | None:
    """Where the sentence starts after a name set as its heading that the sentence names again
    (`Saif al-Arab Poco si sapeva infine di Saif al-Arab, …`): the name, then a capitalised word
    that the article never writes inside a sentence (after a word in lower case or a comma; `con
    Ferri` makes `Ferri` a name, and `Marco Bianchi Ferri ha detto…` one person), then a word in
    lower case."""
    heading = _NAME_THEN_WORD.match(text, start, end)
    if heading is None:
        return None
    name, word = re.escape(heading["name"]), re.escape(heading["word"])
    said_again = re.search(rf"(?<![\w'’-]){name}(?![\w'’-])", text[heading.end("word") : end])
    inside = re.search(rf"(?:(?<![\w'’-])[a-zà-ÿ][\w'’]*|[,;])\s+{word}(?![\w'’-])", text)
    return heading.start("word") if said_again and not inside else None


def _run_in_heading(text: str, start: int, end: int) -> int:
    """Where a paragraph's sentence starts after the heading the page ran into it: one in capitals
    before a dash (`GLI ATTACCHI ISRAELIANI - Ieri un raid…`, `OBAMA - Il presidente…`), or a name
    that the sentence then opens on (`Saadi Saadi Gheddafi è…`, `Hannibal Hannibal Gaddafi…`), or
    before a capitalised article (`Khamis L'altro fedelissimo…`), or names again
    (`_name_named_again`)."""
    heading = (
        _RUN_IN_HEADING.match(text, start, end)
        or _NAME_HEADING.match(text, start, end)
        or _NAME_BEFORE_ARTICLE.match(text, start, end)
    )
    if heading and word_count(text[heading.end() : end]) >= 4:
        return heading.end()
    after = _name_named_again(text, start, end)
    if after is not None and word_count(text[after:end]) >= 4:
        return after
    return start


def _strip_lead(text: str, start: int, end: int, role: str) -> int:
    """Skip header furniture at the start of a lead, standfirst or headline sentence."""
    for _ in range(3):
        moved = False
        patterns = [*_LEAD_FURNITURE, SECTION_LABEL] if role == "headline" else _LEAD_FURNITURE
        if role == "body":
            patterns = [*_LEAD_FURNITURE, PLACE_DATELINE]
        for pattern in patterns:
            match = pattern.match(text[start:end])
            if match and match.end() > 0:
                rest = text[start + match.end() : end]
                if (word_count(rest) >= 4 and rest[:1].isupper()) or rest[:1] in "\"“«'‘":
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
    lines: list[Line]
    addresses: list[tuple[int, int]] = field(default_factory=list)  # its web addresses' spans, in order

    def addresses_within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The addresses that overlap `start`…`end`: found by bisection, as a paragraph of many
        sentences and many links asks once a sentence (they do not overlap, so their ends are in
        order too)."""
        if not self.addresses:
            return []
        first = bisect.bisect_right(self.addresses, start, key=lambda address: address[1])
        return self.addresses[first : bisect.bisect_left(self.addresses, end, key=lambda address: address[0])]


def _runs(lines: list[Line]) -> list[_Run]:
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
        if not glued or word_count(sentence[: glued.start("gap")]) > CAPTION_WORDS:
            continue
        if pattern is _GLUED_AFTER_GAP and (
            CONTINUES.search(sentence[: glued.start("gap")]) or _GOES_ON.match(sentence, glued.end("gap"))
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
    words = WORD.findall(piece)
    described = [w for w in words if w.islower() and w.casefold() not in _STOPWORDS]
    return (
        not ends_sentence(piece)
        and len(words) <= SUBHEADING_WORDS
        and len(described) <= SUBHEADING_COMMON_WORDS  # a name and a word, no clause
        and piece[:1].isupper()
        and following.startswith("\n")
        and following.lstrip()[:1].isupper()
    )


def classified_lines(text: str, language: str | None) -> list[Line]:
    """The page's lines, each with its kind (`rules/page_furniture.classify`): every line above
    the headline (`headline.headline_start`) is furniture. The one reading of which lines are the
    page's furniture: the sentences are cut from the others, and storylines read them
    (`furniture_spans`)."""
    lines = read_lines(text)
    if not classify(lines, language, headline_start(text)):  # read the same in any language
        _remember_furniture(text, lines)
    return lines


Span = tuple[int, int]
_FURNITURE_READ: dict[bytes, tuple[Span, ...]] = {}  # by the text's digest: a worker keeps no text
_FURNITURE_KEPT = 1 << 15  # pages, the oldest forgotten first


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _remember_furniture(text: str, lines: list[Line]) -> tuple[Span, ...]:
    return _keep_furniture(text, tuple((line.start, line.end) for line in lines if line.kind == "furniture"))


def _keep_furniture(text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    if len(_FURNITURE_READ) >= _FURNITURE_KEPT:
        del _FURNITURE_READ[next(iter(_FURNITURE_READ))]
    _FURNITURE_READ[_digest(text)] = spans
    return spans


def furniture_spans(text: str) -> tuple[Span, ...]:
    """The spans of the lines the page sets apart from its article (`classified_lines`), in text
    order, read in no language: its embedded posts' lines are the article's whatever language
    they are in. A page the sentences were cut from in this process is not read again where its
    language changed nothing (no embedded post's sign-off), so storylines
    (`compose/furniture.page_furniture`) take the offline engine's reading at no cost."""
    found = _FURNITURE_READ.get(_digest(text))
    if found is not None:
        return found
    lines = read_lines(text)
    classify(lines, None, headline_start(text))
    return _remember_furniture(text, lines)


def furniture_read_elsewhere(text: str, spans: Sequence[Span]) -> None:
    """Take `furniture_spans(text)` as read by another process (a `--jobs` worker, which cut the
    article's sentences and so read its page already): this one need not read the page again."""
    _keep_furniture(text, tuple((start, end) for start, end in spans))


def forget_furniture() -> None:
    """Forget the pages read (a build is written)."""
    _FURNITURE_READ.clear()


def split_article(text: str, language: str | None) -> SplitArticle:
    """The sentences of an article in reading order, and what was left out and why."""
    lines = classified_lines(text, language)
    result = SplitArticle()
    lead_runs = 0
    for run_index, run in enumerate(_runs(lines)):
        if run.kind in ("furniture", "signoff", "subheading"):
            reason = run.lines[0].reason or run.kind
            result.skipped.append(Skipped(run.start, run.end, text[run.start : run.end], reason))
            continue
        role: Role = run.kind if run.kind in ("headline", "standfirst", "tweet") else "body"  # type: ignore[assignment]
        if role == "tweet" and _picture_caption(text[run.start : run.end]):
            result.skipped.append(
                Skipped(run.start, run.end, text[run.start : run.end], "a post that captions its picture")
            )
            continue
        first_line = run.lines[0]
        run.addresses = _addresses(text, run)  # once, not once a sentence
        segment_language = "en" if role == "tweet" else (language or "en")
        pieces = segment(segment_language, text[run.start : run.end])
        for piece_index, (piece_start, piece_end) in enumerate(pieces):
            start, end = trim(text, run.start + piece_start, run.start + piece_end)
            if start >= end:
                continue
            if piece_index == 0 and (
                role in ("headline", "standfirst") or (role == "body" and lead_runs < 2)
            ):
                start = _strip_lead(text, start, end, role)
            if "@" in text[start:end]:
                credit = _TRAILING_CREDIT.search(text, start, end)
                said = text[start : credit.start() if credit else end]
                if word_count(_HANDLE.sub(" ", said)) < HANDLED_WORDS:
                    result.skipped.append(Skipped(start, end, text[start:end], "handles and their credit"))
                    continue
                if credit:
                    start, end = trim(text, start, credit.start())
            if role == "body" and _PHONE_NUMBER.search(text, start, end):
                result.skipped.append(Skipped(start, end, text[start:end], SERVICE_INFORMATION))
                continue
            if role == "tweet":
                links = _TRAILING_LINKS.search(text, start, end)
                if links and links.start() <= start:  # `pic.twitter.com/…` after the post's last stop
                    result.skipped.append(Skipped(start, end, text[start:end], "a post's links"))
                    continue
                if links:
                    end = links.start()
                start, end = trim(text, start, end)
            if role == "body":
                if piece_index == 0:
                    start = _run_in_heading(text, start, end)
                clock = CLOCK_ENTRY.match(text, start, end)
                if clock and word_count(text[clock.end() : end]) >= 4:
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
            if role != "tweet":
                kept = _without_addresses(text, run, start, end)
                if isinstance(kept, str):
                    result.skipped.append(Skipped(start, end, text[start:end], kept))
                    continue
                start, end = kept
            sentence = text[start:end]
            if TWEET_SIGNOFF_RE.match(sentence) and "(@" in sentence:  # run into the post's last words
                result.skipped.append(Skipped(start, end, sentence, "embedded post sign-off"))
                continue
            if _LINK_ALONE.fullmatch(sentence):
                result.skipped.append(Skipped(start, end, sentence, "a link alone (navigation)"))
                continue
            words = word_count(sentence)  # counted once; a long sentence is not searched for a picture
            if words <= 30 and (
                _MEDIA_REFERENCE.search(_PARENTHESES.sub(" ", sentence))
                or _CREDIT_IN_PARENTHESES.search(sentence)
                or _PICTURE_CAPTION.match(sentence)
            ):
                result.skipped.append(Skipped(start, end, sentence, "points at a picture or video"))
                continue
            if role == "body" and words <= 30 and _LIVE_LABEL.search(sentence):
                result.skipped.append(Skipped(start, end, sentence, "a live blog's title"))
                continue
            if (
                words <= MEDIA_POSTING_WORDS
                and _MEDIA_POSTING.search(_PARENTHESES.sub(" ", sentence))
                and not _testimony(sentence)
            ):
                result.skipped.append(Skipped(start, end, sentence, "points at a map or video elsewhere"))
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
                    tweet_voice=first_line.tweet_voice,
                )
            )
        if role == "body":
            lead_runs += 1
    return result
