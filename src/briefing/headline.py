"""Which line of a page is its headline, and what the title reads of it (ARCHITECTURE.md, "The
data model": `Article.title`). The one reading of the headline: the title is read from it
(`find_title`), and the sentence splitter takes the lines above it for the page's furniture
(`headline_start`, read by `rules/page_furniture.py`).

The page's furniture above the headline is passed over: a banner ending on a colon or on a word no
sentence ends on, the site's promotions, a date line, the author's credit, a teaser to another page
or a list of them cut short, a block of script, the tail of a kicker; and a kicker, a slogan, the
site's name or other pages' headlines over a headline that stands over its byline or its day. The
headline is read without a section label, a breadcrumb's marks, a subheading run into it or the
site's name after a dash.
"""

from __future__ import annotations

import re

from briefing import lang
from briefing.dates import HEADER_RE, MONTH_WORD, dates_in

_MARKUP = re.compile(r"^[\s#>*_›»•|]+|[\s*_]+$")  # `››  OPAL: …`: a breadcrumb's marks
# A wire's dateline that opens its lead (`BRUXELLES (BELGIO) (AGENCY) –`, `WASHINGTON (AP) -`): where
# and from whom, no words of what the lead says (a heading read from the lead never shows it).
_DATELINE = re.compile(r"^[A-ZÀ-Ü ()]{3,}\s*[-–—]\s*")
_LEAD_PREFIX = re.compile(
    r"^\W*(?:date|data)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\s+"
    r"(?:[A-Z][\w.&'()-]*(?:\s+[A-Z(][\w.&'()-]*){0,4}\s*[-–—:]\s*)?"
)


def _clean_line(line: str) -> str:
    return _MARKUP.sub("", line).strip()


# A kicker set in capitals on the headline's line (`IL SINDACO DI GENOVA Lo sfogo di Bucci: …`,
# `I DATI DEL COVID «Io avevo…»`): two or more words in capitals before a quotation or a word in
# lower case after its capital.
_KICKER = re.compile(r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’]*\s+){2,8}(?=[«“\"]|[A-ZÀ-Ý][a-zà-ÿ])")
# A kicker whose words in capitals go on in lower case after a conjunction (`CONSIGLI RIVOLUZIONARI E
# voglia di riferimenti istituzionali`), or make a sentence in capitals that the line goes on after
# in lower case (`LE ELEZIONI IN EGITTO, VINCE MORSI. LA Casa bianca: «…»`): the whole line is the
# kicker, over the headline's own line.
_KICKER_GOES_ON = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’]*\s+){2,8}(?i:"
    + lang.words(lang.union(lambda language: language.clause_conjunctions))
    + r")\s+[a-zà-ÿ]"
    + r"|^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’]*,?\s+){2,12}[A-ZÀ-Ý][A-ZÀ-Ý'’]*\.\s(?=.*[a-zà-ÿ])"
)
# A page's media label after the headline, in capitals (`… nell'infrarosso VIDEO`).
_MEDIA_LABEL = re.compile(
    r"\s*[-–|]?\s+(?P<label>" + lang.alternatives(lambda language: language.furniture_labels) + r")$",
    re.IGNORECASE,
)


# `Esteri - ` before a headline or a lead: a section label (one or two words, then a dash).
SECTION_LABEL = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+(?:\s[A-Za-zà-ÿ]+)?\s[–—-]\s+(?=\S)")
# A headline and its subheading run together where the page lost the break between them: a word
# in lower case glued to a capitalised one (`sulla LibiaGheddafi minaccia`, `della Lega arabaIl
# presidente`), a closing quotation mark glued to one (`"Giustizia è fatta"I talebani`), or a word
# glued to an opening quotation mark (`vince Mohammed Morsi«Sarò il presidente di tutti»`).
_GLUED_PARTS = re.compile(
    r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Ý][a-zà-ÿ])|(?<=[”»\"])(?=[A-ZÀ-Ý])|(?<=[a-zà-ÿ])(?=[«“])"
)
_WORD_AT = re.compile(r"\S+")
# A site's name after the headline (`… non interviene - Diritto di critica`): a short tail after a
# dash or a bar.
_TAIL = re.compile(r"\s[-–—|]\s+(?P<name>[^-–—|]{3,40})$")
_SITE_TAIL = re.compile(r"\s[-|]\s+(?P<name>[A-ZÀ-Ý][^\W\d_]*(?:\s+[^\W\d_]+){1,3})$")


def _headline_only(line: str) -> str:
    """The headline without the kicker above it and the media label after it, where the page set
    them on its line in capitals, and without a section label before it (`Esteri - `)."""
    label = _MEDIA_LABEL.search(line)
    if label and label["label"].isupper():
        line = line[: label.start()]
    kicker = _KICKER.match(line)
    line = line[kicker.end() :] if kicker and kicker.end() < len(line) else line
    section = SECTION_LABEL.match(line)
    if section:
        rest = line[section.end() :]
        if (len(rest.split()) >= 4 and rest[:1].isupper()) or rest[:1] in "\"“«'‘":
            line = rest
    return line


def _first_part(headline: str, text: str) -> str:
    """A headline run together with its subheading, cut to the headline: where a word is glued to
    the next one's capital (`LibiaGheddafi`) and the text writes that glued word nowhere but in
    copies of the headline (a name written so, `YouTube`, turns up in the text too)."""
    for glue in _GLUED_PARTS.finditer(headline):
        word = next(m[0] for m in _WORD_AT.finditer(headline) if m.start() <= glue.start() <= m.end())
        head = headline[: glue.start()].rstrip()
        if head.endswith('"') and head.count('"') % 2:
            continue  # `"I` opens a quotation
        if len(head.split()) >= 3 and text.count(word) <= text.count(headline):
            return head
    return headline


def _without_site_name(headline: str, lines: list[str]) -> str:
    """The headline without the site's name after it (`… - Diritto di critica`), where another line
    of the page opens on that name (`Diritto di critica | July 29, 2020`), or where the name is a
    few words with no figure or mark after a hyphen or a bar, as a page's title sets its site's
    name, whose capitalised words no line but a copy of the headline writes (a headline's own tail
    names what the article tells of: `Derby Roma - Lazio finisce in parità`)."""
    tail = _TAIL.search(headline)
    if tail and any(_clean_line(line).startswith(tail["name"].strip()) for line in lines):
        return headline[: tail.start()].rstrip()
    site = _SITE_TAIL.search(headline)
    if site:
        head = headline[: site.start()]
        names = [re.compile(rf"\b{re.escape(word)}\b") for word in site["name"].split() if word[0].isupper()]
        others = [line for line in lines if head not in line]
        if not any(name.search(line) for name in names for line in others):
            return head.rstrip()
    return headline


# The site's own lines (`Seguimi su Twitter`, `iscriviti alla newsletter`): above a headline or anywhere.
PROMOTION = re.compile(lang.alternatives(lambda language: language.promotions), re.IGNORECASE)
_PROFESSION = lang.alternatives(lambda language: language.professions)
_JOINS = lang.words(lang.union(lambda language: language.clause_conjunctions))
# `Scrittore e giornalista, The Independent`, `Sociologa e giurista`: what the author is.
_AUTHOR_CREDIT = re.compile(
    rf"^(?:{_PROFESSION})(?:\s*(?:,|&|\b(?:{_JOINS})\b)\s*(?:{_PROFESSION}))*"
    r"(?:\s*,\s*[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})?$",
    re.IGNORECASE,
)
# A line cut short: it trails off in an ellipsis right after a word or its comma (`… le mani
# legate...`, `… attraverso un processo di fusione,...`).
_CUT_SHORT = re.compile(r"[\w,;'’]\s*(?:…|\.\.\.)$")
CLOSERS = "\"”»’)]'*_ "  # what may close a line after its last word or stop
_TEASER_DATE_WITHIN = 40  # characters: the excerpt's dateline
# A line of the page's script (`var d = new Date();`, `if (minutes < 10){…}`), an array's strings
# on a line of their own (`"Giugno", "Luglio", "Agosto",`), or a statement that opens a line
# (`var m_names = new Array("Gennaio",`).
_CODE_END = re.compile(r"[;{}]$")
_STRINGS_LINE = re.compile(r"^\s*\"[^\"]*\"\s*,(?:\s*\"[^\"]*\"\s*[,)\];]*)*$")
_CODE_OPENING = re.compile(r"^(?:var|let|const|function|if|for|document|window)\b[^=(]*[=(]")
# A line that ends on a word no headline ends on (`Questo sito contribuisce all'audience di`); one
# that holds a sentence's end before it is a paragraph's line, wrapped (`… home. For the third
# time, the`).
_DANGLING = re.compile(r"\b(?:" + lang.alternatives(lambda language: language.continuation_words) + r")$")
_SENTENCE_END_INSIDE = re.compile(r"[.!?]\s+[A-ZÀ-Ý]")
# Other pages' teasers in a list, cut short: long lines, one after another, that trail off in an
# ellipsis (a headline alone may trail off too).
_TEASER_WORDS = 15
_DATE_WORDS = re.compile(rf"\([^()]*\)|\d+|{MONTH_WORD}|(?:{lang.weekday_pattern()})", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:['’]\w+)*")
_HEADLINE_SEARCH = 8  # lines of page furniture a headline may stand under, at most
# The author's byline (`di Roberto Napoletano`, `di: Paola Caridi`, `Scritto da Redazione`, `By Jane
# Doe`): a byline opener, then a capitalised name and a few words more.
BYLINE = re.compile(
    r"^\W*(?:" + lang.alternatives(lambda language: language.byline_openers) + r")\s*:?\s+[A-ZÀ-Ý][\w'’.-]*"
    r"(?:\s+\S+){0,9}\s*$",
    re.IGNORECASE,
)
_HEADLINE_WORDS = 15  # a headline's words, at most, where the page sets it over its byline
_SIDEBAR_WORDS = 25  # words of a line in a page's top, above the headline, at most (longer: the body)


def date_line(line: str) -> bool:
    """`*(Prima Notizia 24) Venerdì 03 Aprile 2026*`, `Giovedì • 10 Settembre 2015 • Aggiornato
    alle 14:54`: a short line that is a date and little else."""
    if len(line) > 90 or not dates_in(line):
        return False
    return len(_WORD.findall(_DATE_WORDS.sub(" ", line))) <= 3


def cut_short(line: str) -> bool:
    """The line trails off in an ellipsis after a word, whatever closes it after that: a headline
    that trails off (`Servizi Segreti: un uomo di Intelligence…`), or an excerpt or a headline of
    another page, cut short (`… le mani legate...`)."""
    return bool(_CUT_SHORT.search(line.rstrip(CLOSERS)))


def teaser_excerpt(line: str) -> bool:
    """`Roma, 16 luglio 2019. Nei dati diffusi oggi l'Istat certifica, per il mese di maggio 2019,…`:
    the excerpt of a teaser to another page, dated and cut short."""
    return len(line.split()) >= 8 and cut_short(line) and bool(dates_in(line[:_TEASER_DATE_WITHIN]))


def _cut_teaser(lines: list[str], at: int) -> bool:
    if not 0 <= at < len(lines):
        return False
    line = _clean_line(lines[at])
    return len(line.split()) >= _TEASER_WORDS and cut_short(line)


def _script(line: str) -> bool:
    """A line of the page's script (`var d = new Date();`, `"Giugno", "Luglio",`)."""
    return bool(_CODE_END.search(line) or _STRINGS_LINE.match(line) or _CODE_OPENING.match(line))


# A section's label alone on its line (`Stato e Spettacolo`, `Cronaca`): three words at most, every
# one capitalised but a short joining word.
_LABEL = re.compile(r"[A-ZÀ-Ý][^\W\d_]*(?:\s+(?:[a-zà-ÿ]{1,3}|&))?(?:\s+[A-ZÀ-Ý][^\W\d_]*)?")


def _section_label(lines: list[str], at: int) -> bool:
    """A label of the site's section over the headline (`Stato e Spettacolo` / `Il Cavaliere della
    depilazione`): a line of a few capitalised words, over a line short enough to be a headline,
    whose capitalised words no other line of the page writes (a headline that names what the
    article tells of, `Tawakkul Karman`, is written again in the text)."""
    line = _clean_line(lines[at])
    if at + 1 >= len(lines) or not _LABEL.fullmatch(line):
        return False
    below = _clean_line(lines[at + 1])
    if len(below.split()) > _HEADLINE_WORDS or below.rstrip(CLOSERS).endswith("."):
        return False
    names = [re.compile(rf"\b{re.escape(word)}\b") for word in line.split() if word[0].isupper()]
    return not any(name.search(other) for name in names for other in lines[at + 1 :])


# A column's name over the article (`Esteri: il giro del mondo in tremila battute`): a label of one or
# two capitalised words, a colon, then words in lower case that name no one.
_COLUMN = re.compile(r"(?P<label>[A-ZÀ-Ý][^\W\d_]+(?:\s[A-ZÀ-Ý][^\W\d_]+)?):\s+(?P<rest>[a-zà-ÿ][^A-ZÀ-Ý]*)")
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_RELATIVE = re.compile(r"\b(?:" + lang.alternatives(lambda language: language.relative_pronouns) + r")\b")


def _column_name(lines: list[str], at: int) -> bool:
    """A column's or a rubric's name over the article (`Esteri: il giro del mondo in tremila
    battute`), not what it tells: a label and a colon, then lower-case words that name no one, hold
    no relative clause and are not cut short, none of whose words of four letters or more the page
    writes again below it (a headline's words come back in the story it heads: `Valmora: il porto
    riapre` over a text about the port)."""
    line = _clean_line(lines[at])
    match = _COLUMN.fullmatch(line)
    if not match or at + 1 >= len(lines) or cut_short(line) or _RELATIVE.search(match["rest"]):
        return False  # a headline cut short, or one that tells (`un archivio che racconta…`)
    below = lang.fold("\n".join(lines[at + 1 :]).casefold())
    return not any(
        re.search(rf"\b{re.escape(lang.fold(word.casefold()))}\b", below)
        for word in _CONTENT_WORD.findall(line)
    )


def _above_the_headline(lines: list[str], at: int) -> int:
    """How many lines from `at` on are page furniture that a headline never is: the site's own text
    (`Seguimi su Twitter`, `Partecipa ad AgoraVox!`), a banner that ends on a colon or on a word no
    sentence ends on (`… contribuisce all'audience di`), a date line, the author's credit, a line
    that opens in lower case (the end of a kicker) or a kicker set in capitals that goes on in lower
    case after a conjunction (`CONSIGLI RIVOLUZIONARI E voglia di …`), a line of script, or a
    teaser to another page (a headline, then its excerpt, dated and cut short; or a long excerpt
    cut short): 0, 1 or 2."""
    line = _clean_line(lines[at])
    if at + 1 < len(lines) and teaser_excerpt(_clean_line(lines[at + 1])):
        return 2
    furniture = (
        PROMOTION.search(line)
        or line.endswith(":")
        or (_DANGLING.search(line) and not _SENTENCE_END_INSIDE.search(line))
        or _script(line)
        or (_cut_teaser(lines, at) and (_cut_teaser(lines, at - 1) or _cut_teaser(lines, at + 1)))
        or date_line(line)
        or _AUTHOR_CREDIT.match(line)
        or _opens_in_lower_case(line)
        or _KICKER_GOES_ON.match(line)
        or _section_label(lines, at)
        or _column_name(lines, at)
    )
    return 1 if furniture else 0


_ESCAPED_CHARACTER = re.compile(r"\\u(?P<hex>[0-9a-fA-F]{4})")
_HEADLINE_LONGEST = 200


def _is_header(line: str) -> bool:
    """A header line that holds nothing but the date (`date 2024-09-21`)."""
    match = HEADER_RE.match(line)
    return match is not None and not line[match.end() :].strip(" \t*_#:-–—")


def find_title(lines: list[str]) -> str | None:
    """The headline: the first line after any header lines (`date 2024-09-21`), when it is short
    enough to be one. Never a header line, and never the body's lead sentence: a text that opens on
    its body (a first line as long as a paragraph, or a wire's dateline and its lead, `date 2024-11
    AgenPress – Il segretario…`) has no headline, and no title, however short its first sentence."""
    headline, _, _ = _opening(lines)
    return _shorten(headline) if headline else None


def short_lead(text: str) -> str | None:
    """The lead sentence of a text that opens on its body, where it is as short as a headline (or a
    lead on a line of its own, cut as a title is cut: `Le proteste contro …, iniziate tre mesi fa,
    … di porre fine…`): no title (the Sources table says the page has no headline), but what the
    article says its story is, for a storyline's heading to read with the other articles'
    headlines."""
    lines = [line for line in text.splitlines() if line.strip()]
    headline, lead, _ = _opening(lines)
    return lead if not headline and lead and len(lead.removesuffix("…")) <= _TITLE_LONGEST else None


def opening(text: str) -> str | None:
    """What a text opens on: its headline, or else its lead sentence whatever its length."""
    headline, lead, _ = _opening([line for line in text.splitlines() if line.strip()])
    return headline or lead


def headline_start(text: str) -> int | None:
    """Where the line the page sets its headline on starts in `text`; None where the text opens on
    its body or has no headline under its furniture. The one reading of which line is the
    headline: the title is read from it (`find_title`), and the sentence splitter takes the lines
    above it for the page's furniture (`rules/sentences`)."""
    starts: list[int] = []
    lines: list[str] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        if line.strip() and not _is_header(line):
            starts.append(offset)
            lines.append(line)
        offset += len(raw)
    headline, _, at = _opening(lines)
    return starts[at] if headline and at is not None else None


_TITLE_LABELS = frozenset(lang.union(lambda language: language.title_labels))
_OUTLET_LABELS = frozenset(lang.union(lambda language: language.outlet_labels))
_FIELD_LABELS = frozenset(lang.union(lambda language: language.field_labels))
_FENCE = re.compile(r"^\s*---\s*$")  # the fence of a Markdown page's YAML front matter
_FIELD = re.compile(r"^[\s*_#>]*(?P<label>[^\W\d_][^\W\d]*(?: [^\W\d]+)?)[*_]*\s*:[*_]*\s*(?P<value>\S.*)$")


def metadata_fields(lines: list[str]) -> tuple[dict[str, tuple[int, str]], int]:
    """The metadata lines a saved page opens on (`Title: …`, `Source: Reuters`, `Published: …`,
    `URL: …`, one after another above the text; `Language.title_labels`, `outlet_labels`,
    `field_labels`): {"title" | "outlet": (the line's index, what follows the label)}, and how many
    lines the block holds. A text that opens on anything else has none. A Markdown page's front
    matter is such a block between two fences (`---` / `title: …` / `date: …` / `---`), the fences
    in the block."""
    found: dict[str, tuple[int, str]] = {}
    fenced = bool(lines) and _FENCE.match(lines[0]) is not None
    for at, line in enumerate(lines):
        if fenced and _FENCE.match(line):
            if at:
                return found, at + 1  # the closing fence ends the block
            continue
        match = _FIELD.match(line)
        label = match["label"].casefold() if match else ""
        kind = "title" if label in _TITLE_LABELS else "outlet" if label in _OUTLET_LABELS else label
        if not match or (kind not in ("title", "outlet") and label not in _FIELD_LABELS):
            return found, at
        found.setdefault(kind, (at, _clean_line(match["value"])))
    return found, len(lines)


def _opening(lines: list[str]) -> tuple[str | None, str | None, int | None]:
    """(the headline, None, its line's index among the lines that are no header line), or (None,
    the lead sentence, None) for a text that opens on its body. A block of metadata lines at the top
    gives the headline where it has one (`Title: …`) and is passed over where it has none
    (`metadata_fields`)."""
    lines = [line for line in lines if not _is_header(line)]
    fields, block = metadata_fields(lines)
    if "title" in fields:
        line, title = fields["title"]
        return title or None, None, line
    headline, lead, at = _page_opening(lines[block:])
    return headline, lead, None if at is None else at + block


def _page_opening(lines: list[str]) -> tuple[str | None, str | None, int | None]:
    """`_opening` of a page with no metadata block. Page furniture above the headline is passed
    over (`_above_the_headline`), and so are a kicker, a slogan or other pages' headlines over a
    headline that stands over its byline (`_over_its_byline`)."""
    if not lines:
        return None, None, None
    first = _ESCAPED_CHARACTER.sub(lambda m: chr(int(m["hex"], 16)), lines[0])
    if HEADER_RE.match(first):
        lead = _LEAD_PREFIX.sub("", first)
        lead = _DATELINE.sub("", lead)
        return None, _clean_line(re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0]), None
    at = passed = 0  # a block of script counts as one piece of furniture, however long
    while at < len(lines) and (skip := _above_the_headline(lines, at)):
        passed += 0 if _script(_clean_line(lines[at])) else skip
        at += skip
        if at >= len(lines) or passed >= _HEADLINE_SEARCH:
            return None, None, None  # no headline under the page's furniture
    if at:
        first = _ESCAPED_CHARACTER.sub(lambda m: chr(int(m["hex"], 16)), lines[at])
    cleaned = _clean_line(first).rstrip("\\ ")  # a cut escape at the end: `Children\u2019\\`
    if _clean_line(first).endswith("\\") and cleaned:  # Markdown's line break, its next line lost:
        cleaned += "…"  # `… Ukraine–Russia Family\\`, a headline cut short
    if len(cleaned) > _HEADLINE_LONGEST:  # the text opens on its body: its lead sentence
        return None, re.split(r"(?<=[.!?])\s", _DATELINE.sub("", cleaned), maxsplit=1)[0], None
    if _lead_sentence(cleaned):  # the lead on a line of its own, cut as a title is (for a heading)
        return None, _shorten(_DATELINE.sub("", cleaned)), None
    over = _over_its_byline(lines, at)
    if over != at:
        at, cleaned = over, _clean_line(_ESCAPED_CHARACTER.sub(lambda m: chr(int(m["hex"], 16)), lines[over]))
    return _without_site_name(_first_part(_headline_only(cleaned), "\n".join(lines)), lines), None, at


_LEAD_WORDS = 20  # words of a first line ending on a full stop, beyond which it is the lead sentence


def _lead_sentence(line: str) -> bool:
    """A first line that is a sentence longer than a headline, ending on its full stop (`Le proteste
    contro …, iniziate tre mesi fa, continuano a infuriare … regime.`): the body's lead, no headline
    (a headline that quotes someone may end on the quotation's stop: `Servizi Segreti: "… alti."`)."""
    return len(line.split()) > _LEAD_WORDS and line.endswith(".")


def _stamp(line: str) -> bool:
    """The line a page sets under its headline: the author's byline or the day (`di Paola Caridi`,
    `21 Agosto 2013`); not a stamp of the page's update in parentheses (`(Aggiornato alle 23:37 del
    02 maggio 2011)`), which may come under a picture's caption."""
    if date_line(line):
        return not line.startswith("(")
    return bool(BYLINE.match(line)) and not line.rstrip(CLOSERS).endswith(".")


def _over_its_byline(lines: list[str], at: int) -> int:
    """Where the headline is: the page sets it right over its byline or its day (`2012, un anno in
    101 immagini` / `di Alessandra` / `29 Dicembre 2012`). Where a few short lines from `at` on lead
    to such a stamp, the line over it (over the lines in lower case that go with the byline) is the
    headline, and the lines above it were a kicker (`Cosa è successo nel 2012`), the site's slogan or
    name (`Corriere della Sera`) or other pages' headlines; a standfirst (a long sentence) is not
    one. Else the headline is the line at `at`."""
    for below in range(at + 1, min(len(lines), at + _HEADLINE_SEARCH)):
        line = _clean_line(lines[below])
        if len(line.split()) > _SIDEBAR_WORDS:
            return at  # the body, or a standfirst: no stamp under a headline
        if not _stamp(line):
            continue
        over = below - 1
        while over > at and _opens_in_lower_case(_clean_line(lines[over])):
            over -= 1  # `di la tua ostetrica Alessandra`: the byline's own words
        headline = _clean_line(lines[over])
        if (
            over > at
            and len(headline.split()) <= _HEADLINE_WORDS
            and not headline.rstrip(CLOSERS).endswith(".")
            and not _above_the_headline(lines, over)
        ):
            return over
        return at
    return at


def _opens_in_lower_case(line: str) -> bool:
    first = line.split(maxsplit=1)[0] if line.split() else ""
    return first.isalpha() and first.islower()


_TITLE_LONGEST = 140  # characters of a title, at most (a longer headline is cut at a word: `…`)


def _shorten(text: str, limit: int = _TITLE_LONGEST) -> str | None:
    if not text:
        return None
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"
