"""Sources in, `Article`s out: find the files, decode them exactly, read title, outlet and date
(ARCHITECTURE.md, "The pipeline" and "The data model")."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from briefing import lang
from briefing.dates import HEADER_RE, MONTH_WORD, dates_in, file_name_date, publication_date
from briefing.errors import SourceError
from briefing.models import Article

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64  # folder levels below a source folder; deeper trees are not news archives


@dataclass(frozen=True)
class SourceFile:
    """A file to read: `source` is the name as the user gave it, `path` where it is."""

    source: str
    path: Path

    @classmethod
    def named(cls, name: str) -> SourceFile:
        """A file by the name the system gave it: `source` is that name as text (a byte that is not
        UTF-8 written `\\xe9`), `path` the file itself."""
        return cls(source_name(name), Path(name))


def source_name(name: str) -> str:
    """A file name as text that any output can hold: bytes that are not UTF-8 (which Python keeps
    as lone surrogates) written as `\\xe9`. `source_path` turns it back into the file's path."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", errors="backslashreplace")
    return name


_ESCAPED_BYTE = re.compile(r"\\x([0-9a-f]{2})")


def source_path(source: str) -> Path:
    """The path of a file named by `source_name` (undoing its `\\xe9` escapes, when the name
    with them is not a file)."""
    path = Path(source)
    if path.exists() or not _ESCAPED_BYTE.search(source):
        return path
    raw = _ESCAPED_BYTE.split(source)
    data = b"".join(
        bytes([int(piece, 16)]) if index % 2 else piece.encode("utf-8") for index, piece in enumerate(raw)
    )
    return Path(os.fsdecode(data))


def discover(arguments: list[str]) -> tuple[list[SourceFile], list[SourceError]]:
    """Expand files and folders (`*.txt`, `*.md`, recursively) into source files, sorted.

    Problems with an argument (missing, unreadable, a loop) are returned, not raised, so that the
    rest of the run goes on.
    """
    files: list[SourceFile] = []
    problems: list[SourceError] = []
    seen: set[Path] = set()
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = list(_walk(argument, problems))
            if not found:
                problems.append(
                    SourceError(
                        source_name(argument),
                        "folder holds no *.txt or *.md articles",
                        "point briefing at the folder that holds the articles",
                    )
                )
            candidates = found
        elif path.is_file():
            candidates = [SourceFile.named(argument)]
        elif path.exists():
            problems.append(SourceError(source_name(argument), "not a regular file or folder", "skip it"))
            continue
        else:
            problems.append(SourceError(source_name(argument), "no such file or folder", "check the path"))
            continue
        for candidate in candidates:
            try:
                real = candidate.path.resolve()
            except (OSError, RuntimeError):
                real = candidate.path.absolute()
            if real not in seen:
                seen.add(real)
                files.append(candidate)
    return files, problems


def _walk(root: str, problems: list[SourceError]) -> Iterator[SourceFile]:
    visited: set[tuple[int, int]] = set()

    def on_error(error: OSError) -> None:
        problems.append(
            SourceError(
                source_name(str(error.filename or root)),
                f"cannot list folder: {error.strerror or error}",
                "check its permissions",
            )
        )

    base_depth = root.rstrip(os.sep).count(os.sep)
    for folder, subfolders, names in os.walk(root, followlinks=True, onerror=on_error):
        if folder.count(os.sep) - base_depth >= MAX_DEPTH and subfolders:
            problems.append(
                SourceError(
                    source_name(root),
                    f"folder tree deeper than {MAX_DEPTH} levels; the folders below "
                    f"{_printable(source_name(folder)[:200])}… were not read",
                    "point briefing at the folders that hold the articles",
                )
            )
            subfolders.clear()
        try:
            status = os.stat(folder)
        except OSError:
            continue
        identity = (status.st_dev, status.st_ino)
        if identity in visited:
            problems.append(
                SourceError(
                    source_name(folder),
                    "symbolic link loop; not read twice",
                    "remove the link that points back up the tree",
                )
            )
            subfolders.clear()
            continue
        visited.add(identity)
        subfolders.sort()
        for name in sorted(names):
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                yield SourceFile.named(os.path.join(folder, name))


# --- decoding -------------------------------------------------------------------------------


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes exactly (no newline translation); returns (text, codec name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise SourceError(
            source,
            "looks like a binary file, not text",
            "remove it from the folder or convert it to plain text",
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in {"latin_1", "iso8859_15", "iso8859_1"} or encoding.startswith("cp125"):
        # Western text: cp1252 is a superset of latin-1 for printable characters.
        encoding = "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as error:
            raise SourceError(
                source, "cannot tell its text encoding", "save it as UTF-8 and run again"
            ) from error


def _broken_utf8(data: bytes) -> str | None:
    """`valid UTF-8 except 2 bytes (the first at byte 1234)` when the file is UTF-8 text damaged
    in a few places (which no single encoding reads right), else None (a cp1252 file is fine)."""
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for char in text if ord(char) > 127 and char != "\ufffd")
    if invalid == 0 or multibyte == 0:
        return None
    first = 0
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        first = error.start
    return f"is valid UTF-8 except {invalid} invalid byte(s) (the first at byte {first})"


# Control characters that text does not hold (tab, line feed, form feed and carriage return do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    return len(_CONTROL.findall(sample)) / len(sample) > 0.05


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


# --- metadata -------------------------------------------------------------------------------

_MARKUP = re.compile(r"^[\s#>*_›»•|]+|[\s*_]+$")  # `››  OPAL: …`: a breadcrumb's marks
_AGENCY = re.compile(r"\((?P<name>[A-Z][A-Za-z0-9 .'&-]{2,40})\)")
_HEADER_OUTLET = re.compile(
    r"^\W*(?:date|data)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\s+(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})"
    r"\s*[-–—:]",
)
_LEAD_PREFIX = re.compile(
    r"^\W*(?:date|data)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\s+"
    r"(?:[A-Z][\w.&'()-]*(?:\s+[A-Z(][\w.&'()-]*){0,4}\s*[-–—:]\s*)?"
)
_PLACES_UPPER = re.compile(r"^[A-ZÀ-Ü][A-ZÀ-Ü ()'.]+$")


def _clean_line(line: str) -> str:
    return _MARKUP.sub("", line).strip()


# A kicker set in capitals on the headline's line (`IL SINDACO DI GENOVA Lo sfogo di Bucci: …`,
# `I DATI DEL COVID «Io avevo…»`): two or more words in capitals before a quotation or a word in
# lower case after its capital.
_KICKER = re.compile(r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’]*\s+){2,8}(?=[«“\"]|[A-ZÀ-Ý][a-zà-ÿ])")
# A kicker whose words in capitals go on in lower case after a conjunction (`CONSIGLI RIVOLUZIONARI E
# voglia di riferimenti istituzionali`): the whole line is the kicker, over the headline's own line.
_KICKER_GOES_ON = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’]*\s+){2,8}(?i:"
    + lang.words(lang.union(lambda language: language.clause_conjunctions))
    + r")\s+[a-zà-ÿ]"
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
# presidente`), or a closing quotation mark glued to one (`"Giustizia è fatta"I talebani`).
_GLUED_PARTS = re.compile(r"(?<=[a-zà-ÿ]{2})(?=[A-ZÀ-Ý][a-zà-ÿ])|(?<=[”»\"])(?=[A-ZÀ-Ý])")
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


_PROMOTION = re.compile(lang.alternatives(lambda language: language.promotions), re.IGNORECASE)
_PROFESSION = lang.alternatives(lambda language: language.professions)
_JOINS = lang.words(lang.union(lambda language: language.clause_conjunctions))
# `Scrittore e giornalista, The Independent`, `Sociologa e giurista`: what the author is.
_AUTHOR_CREDIT = re.compile(
    rf"^(?:{_PROFESSION})(?:\s*(?:,|&|\b(?:{_JOINS})\b)\s*(?:{_PROFESSION}))*"
    r"(?:\s*,\s*[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})?$",
    re.IGNORECASE,
)
# The excerpt of a teaser to another page, dated and cut short (`Roma, 8 gennaio 2020. Il rischio
# … La…`).
_CUT_EXCERPT = re.compile(r"[\w,;'’]\s*(?:…|\.\.\.)$")
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


def teaser_excerpt(line: str) -> bool:
    """`Roma, 16 luglio 2019. Nei dati diffusi oggi l'Istat certifica, per il mese di maggio 2019,…`:
    the excerpt of a teaser to another page, dated and cut short."""
    return (
        len(line.split()) >= 8
        and bool(_CUT_EXCERPT.search(line))
        and bool(dates_in(line[:_TEASER_DATE_WITHIN]))
    )


def _cut_teaser(lines: list[str], at: int) -> bool:
    if not 0 <= at < len(lines):
        return False
    line = _clean_line(lines[at])
    return len(line.split()) >= _TEASER_WORDS and bool(_CUT_EXCERPT.search(line))


def _script(line: str) -> bool:
    """A line of the page's script (`var d = new Date();`, `"Giugno", "Luglio",`)."""
    return bool(_CODE_END.search(line) or _STRINGS_LINE.match(line) or _CODE_OPENING.match(line))


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
        _PROMOTION.search(line)
        or line.endswith(":")
        or (_DANGLING.search(line) and not _SENTENCE_END_INSIDE.search(line))
        or _script(line)
        or (_cut_teaser(lines, at) and (_cut_teaser(lines, at - 1) or _cut_teaser(lines, at + 1)))
        or date_line(line)
        or _AUTHOR_CREDIT.match(line)
        or _opens_in_lower_case(line)
        or _KICKER_GOES_ON.match(line)
    )
    return 1 if furniture else 0


# Agencies and outlets that sign a dateline or a closing line, known by name.
# The news agencies that sign datelines (`(ANSA) -`, `(Reuters) -`): the one home of their names.
AGENCIES = (
    "ANSA", "AGI", "Adnkronos", "LaPresse", "Askanews", "Dire", "ITALPRESS", "Prima Notizia 24",
    "Reuters", "AP", "AFP", "dpa", "EFE", "Bloomberg",
)  # fmt: skip
KNOWN_AGENCIES = frozenset(name.casefold() for name in AGENCIES)
_DASH_AFTER = re.compile(r"^\s*[-–—]")
_DATE_NEAR = re.compile(r"\d{4}\W*$|^\W*(?:\w+\s+)?\d{1,2}\s+\w+\.?\s+\d{4}")
_ESCAPED_CHARACTER = re.compile(r"\\u(?P<hex>[0-9a-fA-F]{4})")
_HEADLINE_LONGEST = 200


def find_outlet(lines: list[str]) -> str | None:
    """The outlet or agency that signs the article, or None (see ARCHITECTURE.md, "Ingest").

    Read from a header line (`date 2024-11 AgenPress – …`) or a parenthesised name in the
    dateline or the closing line that signs the text: a known agency (`(ANSA)`), or a name set
    between the dateline and a dash or a date (`BRUXELLES (BELGIO) (ITALPRESS) –`, `(Prima Notizia
    24) Venerdì 03 Aprile 2026`). A name in parentheses inside a sentence (`Mestre (Venezia), è
    morto`, `Schlein (Pd) ha detto`) is a place or a party, not the outlet."""
    if lines:
        match = _HEADER_OUTLET.match(lines[0])
        if match:
            return match["name"]
    for line in lines[:4] + lines[-2:]:
        for match in _AGENCY.finditer(line[:300]):
            name = match["name"].strip()
            if name.casefold() in KNOWN_AGENCIES:
                return name
            before, after = line[: match.start()], line[match.end() :]
            signs = _DASH_AFTER.match(after) or _DATE_NEAR.search(before) or _DATE_NEAR.match(after)
            if signs and not (_PLACES_UPPER.match(name) and name.isupper() and len(name.split()) == 1):
                return name  # (BELGIO) before (ITALPRESS) is a country, not an outlet
    return None


def _is_header(line: str) -> bool:
    """A header line that holds nothing but the date (`date 2024-09-21`)."""
    match = HEADER_RE.match(line)
    return match is not None and not line[match.end() :].strip(" \t*_#:-–—")


def find_title(lines: list[str]) -> str | None:
    """The headline: the first line after any header lines (`date 2024-09-21`), when it is short
    enough to be one; else the lead sentence, when that is short enough to read as a headline.
    Never a header line, and never a lead cut short: a text with no headline has no title."""
    headline, lead, _ = _opening(lines)
    return _shorten(headline) if headline else _headline(lead or "")


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


def _opening(lines: list[str]) -> tuple[str | None, str | None, int | None]:
    """(the headline, None, its line's index among the lines that are no header line), or (None,
    the lead sentence, None) for a text that opens on its body. Page furniture above the headline
    is passed over (`_above_the_headline`), and so are a kicker, a slogan or other pages'
    headlines over a headline that stands over its byline (`_over_its_byline`)."""
    lines = [line for line in lines if not _is_header(line)]
    if not lines:
        return None, None, None
    first = _ESCAPED_CHARACTER.sub(lambda m: chr(int(m["hex"], 16)), lines[0])
    if HEADER_RE.match(first):
        lead = _LEAD_PREFIX.sub("", first)
        lead = re.sub(r"^[A-ZÀ-Ü ()]{3,}\s*[-–—]\s*", "", lead)  # BRUXELLES (BELGIO) (AGENCY) –
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
    if len(cleaned) > _HEADLINE_LONGEST:  # the text opens on its body: its lead sentence
        return None, re.split(r"(?<=[.!?])\s", cleaned, maxsplit=1)[0], None
    over = _over_its_byline(lines, at)
    if over != at:
        at, cleaned = over, _clean_line(_ESCAPED_CHARACTER.sub(lambda m: chr(int(m["hex"], 16)), lines[over]))
    return _without_site_name(_first_part(_headline_only(cleaned), "\n".join(lines)), lines), None, at


def _stamp(line: str) -> bool:
    """The line a page sets under its headline: the author's byline or the day (`di Paola Caridi`,
    `21 Agosto 2013`); not a stamp of the page's update in parentheses (`(Aggiornato alle 23:37 del
    02 maggio 2011)`), which may come under a picture's caption."""
    if date_line(line):
        return not line.startswith("(")
    return bool(BYLINE.match(line)) and not line.rstrip(_CLOSERS).endswith(".")


_CLOSERS = "\"”»’)]'*_ "


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
            and not headline.rstrip(_CLOSERS).endswith(".")
            and not _above_the_headline(lines, over)
        ):
            return over
        return at
    return at


def _opens_in_lower_case(line: str) -> bool:
    first = line.split(maxsplit=1)[0] if line.split() else ""
    return first.isalpha() and first.islower()


def _headline(lead: str, limit: int = 140) -> str | None:
    """A lead sentence as the title when it is as short as a headline; else none."""
    return lead if lead and len(lead) <= limit else None


def _shorten(text: str, limit: int = 140) -> str | None:
    if not text:
        return None
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def read_bounded(path: Path, source: str, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, at most `limit` of them; anything else raises `SourceError`.

    The file is opened without blocking and its type checked on the open descriptor, so a FIFO
    (which would wait forever for a writer) or a device (`/dev/zero` never ends) is refused before
    a byte is read, even one reached through a symbolic link or swapped in after the folder was
    listed. The read stops at `limit + 1` bytes whatever the file's size claims.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError as error:
        raise SourceError(
            source, "vanished before it could be read", "check whether something else is moving files"
        ) from error
    except IsADirectoryError as error:
        raise SourceError(source, "is a folder, not a file", "name its files instead") from error
    except OSError as error:
        raise SourceError(
            source, f"cannot be read: {error.strerror or error}", "check its permissions"
        ) from error
    with os.fdopen(descriptor, "rb", buffering=0) as stream:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise SourceError(source, f"is {_file_kind(mode)}, not a regular file; not read", "remove it")
        chunks: list[bytes] = []
        size = 0
        try:
            while size <= limit:
                chunk = stream.read(min(1 << 20, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as error:
            raise SourceError(
                source, f"cannot be read: {error.strerror or error}", "check its permissions"
            ) from error
    if size > limit:
        raise SourceError(
            source,
            f"is over the {limit // 2**20} MiB limit for one article",
            "split it into articles",
        )
    return b"".join(chunks)


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _printable(text: str) -> str:
    """A name as it can be shown on one line: control characters and bidi overrides escaped."""
    return "".join(
        char if char.isprintable() and not _BIDI.match(char) else ascii(char)[1:-1] for char in text
    )


_BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def read_article(
    source_file: SourceFile, with_language: bool = True, notes: list[str] | None = None
) -> Article:
    """Read and decode one file; raises `SourceError` saying what is wrong and what to do."""
    source = source_file.source
    data = read_bounded(source_file.path, source)
    if not data.strip():
        raise SourceError(source, "is empty", "remove it or fill it with the article's text")
    text, encoding = decode(data, source)
    damage = _broken_utf8(data) if encoding not in ("utf-8", "utf-8-sig", "utf-16") else None
    if damage is not None and notes is not None:
        notes.append(
            f"{source}: {damage}, so the whole file was read as {encoding} and its accented letters "
            f"may be garbled; re-save it as UTF-8 (or fix those bytes) and run again"
        )
    if _looks_binary(text):
        raise SourceError(
            source,
            "looks like a binary file, not text",
            "remove it from the folder or convert it to plain text",
        )
    if _looks_like_html(text):
        raise SourceError(
            source, "is an HTML page, not article text", "save the article as plain text (.txt) and run again"
        )
    lines = [line for line in text.splitlines() if line.strip()]
    published, basis = publication_date(text)
    if published is None:  # the text has no date: the file's name may (`ansa-2024-09-21-….txt`)
        published = file_name_date(source_file.path.name)
        basis = "file name" if published else None
    return Article(
        source=source,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        title=find_title(lines),
        outlet=find_outlet(lines),
        published=published,
        published_basis=basis,
        language=detect_language(text) if with_language else None,
    )


# The characters py3langid reads from an article's start. It walks its model byte by byte in
# Python: 5,000 characters cost about 2.8 ms an article (a tenth of the offline engine's time),
# 1,500 about a third of that, and name the same language on every article of seeds/ and the
# shared corpus (`bench.stages` measures it).
LANGUAGE_SAMPLE = 1500


def detect_language(text: str) -> str | None:
    """`it`, `en`, … by py3langid (its model ships with the package), from the text's start."""
    sample = text[:LANGUAGE_SAMPLE].strip()
    if not sample:
        return None
    import py3langid

    language, _score = py3langid.classify(sample)
    return str(language)
