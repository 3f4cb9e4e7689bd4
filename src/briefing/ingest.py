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
from urllib.parse import urlsplit

from briefing import lang
from briefing.dates import file_name_date, publication_date
from briefing.errors import SourceError
from briefing.headline import find_title, metadata_fields
from briefing.models import Article

ARTICLE_SUFFIXES = (".txt", ".md")
# Documents that may hold an article the folder meant to include, in a form not read: named among
# the skipped sources (pictures, data and the like in the same folder are left unsaid)
DOCUMENT_SUFFIXES = (".html", ".htm", ".pdf", ".docx", ".doc", ".odt", ".rtf", ".epub", ".xml")
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
            if name.startswith("."):
                continue
            if name.lower().endswith(ARTICLE_SUFFIXES):
                yield SourceFile.named(os.path.join(folder, name))
            elif name.lower().endswith(DOCUMENT_SUFFIXES):  # an article saved another way: say so
                suffix = name.rsplit(".", 1)[-1].lower()
                problems.append(
                    SourceError(
                        source_name(os.path.join(folder, name)),
                        f"is a .{suffix} file, not a .txt or .md article, so it was not read",
                        "save the article's text as .txt next to it to include it",
                    )
                )


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

_AGENCY = re.compile(r"\((?P<name>[A-Z][A-Za-z0-9 .'&-]{2,40})\)")
_HEADER_OUTLET = re.compile(
    r"^\W*(?:date|data)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\s+(?P<name>[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3})"
    r"\s*[-–—:]",
)
_PLACES_UPPER = re.compile(r"^[A-ZÀ-Ü][A-ZÀ-Ü ()'.]+$")


# Agencies and outlets that sign a dateline or a closing line, known by name.
# The news agencies that sign datelines (`(ANSA) -`, `(Reuters) -`): the one home of their names.
AGENCIES = (
    "ANSA", "AGI", "Adnkronos", "LaPresse", "Askanews", "Dire", "ITALPRESS", "Prima Notizia 24",
    "Reuters", "AP", "AFP", "dpa", "EFE", "Bloomberg",
)  # fmt: skip
KNOWN_AGENCIES = frozenset(name.casefold() for name in AGENCIES)
# Outlets whose files are often named by their site, its words run together (`ilpost-2024-…`,
# `whitehouse-2025-…`): how each spells itself, for `file_name_outlet`.
OUTLETS = (
    "Il Post", "The White House", "Al Jazeera", "Il Foglio", "Il Giornale", "Il Messaggero",
    "Il Mattino", "Il Manifesto", "Il Secolo XIX", "La Nazione", "Il Resto del Carlino", "Sky TG24",
    "Rai News", "The Guardian", "The New York Times", "The Washington Post", "The Times", "Le Monde",
)  # fmt: skip
_DASH_AFTER = re.compile(r"^\s*[-–—]")
_DATE_NEAR = re.compile(r"\d{4}\W*$|^\W*(?:\w+\s+)?\d{1,2}\s+\w+\.?\s+\d{4}")


def signed_outlet(lines: list[str]) -> tuple[str, str] | None:
    """(the outlet or agency that signs the article, where it was read), or None (see
    ARCHITECTURE.md, "Ingest").

    Read from a metadata line (`Source: Reuters`, `headline.metadata_fields`), a header line
    (`date 2024-11 AgenPress – …`) or a parenthesised name in the
    dateline or the closing line that signs the text: a known agency (`(ANSA)`), or a name set
    between the dateline and a dash or a date (`BRUXELLES (BELGIO) (ITALPRESS) –`, `(Prima Notizia
    24) Venerdì 03 Aprile 2026`). A name in parentheses inside a sentence (`Mestre (Venezia), è
    morto`, `Schlein (Pd) ha detto`) is a place or a party, not the outlet."""
    fields, _ = metadata_fields(lines)
    if "outlet" in fields:  # `Source: Reuters`, `Fonte: https://www.ansa.it/…` (its site)
        named = fields["outlet"][1]
        site = urlsplit(named).hostname if named.startswith(("http://", "https://")) else None
        outlet = site.removeprefix("www.") if site else named
        if outlet:
            return outlet, "metadata line"
    if lines:
        match = _HEADER_OUTLET.match(lines[0])
        if match:
            return match["name"], "header line"
    opening = min(4, len(lines))
    for at, line in enumerate(lines[:4] + lines[-2:]):
        for match in _AGENCY.finditer(line[:300]):
            name = match["name"].strip()
            basis = "dateline" if at < opening else "closing line"
            if name.casefold() in KNOWN_AGENCIES:
                return name, basis
            before, after = line[: match.start()], line[match.end() :]
            signs = _DASH_AFTER.match(after) or _DATE_NEAR.search(before) or _DATE_NEAR.match(after)
            if signs and not (_PLACES_UPPER.match(name) and name.isupper() and len(name.split()) == 1):
                return name, basis  # (BELGIO) before (ITALPRESS) is a country, not an outlet
    return None


# A file named by the outlet, then the day, then the headline's words (`ansa-2024-09-21-….txt`,
# `il-sole-24-ore-2025-03-31-….txt`): the outlet's name as a slug, one to six words.
_FILE_NAME_OUTLET = re.compile(
    r"^(?P<slug>[a-z][a-z0-9]*(?:-[a-z0-9]+){0,5})[-_](?:19|20)\d{2}[-_.]?[01]\d[-_.]?[0-3]\d(?:[-_.]|$)"
)
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-Ý][\w'’.&-]*$")


def file_name_outlet(name: str, text: str) -> str | None:
    """The outlet a file's name gives before its day (`ansa-2024-09-21-….txt`), for a text that no
    outlet signs: a known agency or outlet as it is spelled (`ANSA`, `ilpost` → `Il Post`), else the
    slug's words capitalised but for their function words (`corriere-della-sera` → `Corriere della
    Sera`), the same for every file of that outlet. Never a person or a party: a name the text
    writes after a first name or a title (`Giorgia Rossi`, `ministro Rossi`), or in parentheses
    after a name (`Bianchi (Pd)`), is not taken."""
    match = _FILE_NAME_OUTLET.match(name)
    if not match:
        return None
    words = match["slug"].split("-")
    if not any(sum(char.isalpha() for char in word) >= 2 for word in words):
        return None
    letters = "".join(words)
    spelled = re.compile(
        r"(?<![\w])" + r"[\s-]?".join(re.escape(char) for char in letters) + r"(?![\w])", re.IGNORECASE
    )
    for found in spelled.finditer(text):
        before = text[: found.start()]
        if before.rstrip().endswith("(") or _names_a_person(before):
            return None  # `Bianchi (Pd)`, `Giorgia Rossi`: a party or a person, not the outlet
    agency = _KNOWN_BY_LETTERS.get(letters)
    if agency:
        return agency
    return " ".join(
        word if index and word in _FUNCTION_WORDS else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def _letters(name: str) -> str:
    return re.sub(r"[\W_]", "", name).casefold()


# a known agency or outlet by the letters of its name, with and without an English `The` (`whitehouse`)
_KNOWN_BY_LETTERS = {_letters(name): name for name in AGENCIES} | {
    letters: name for name in OUTLETS for letters in (_letters(name), _letters(name.removeprefix("The ")))
}


def _names_a_person(before: str) -> bool:
    """Whether the text before a name ends on a capitalised word inside a sentence (a first name,
    `Giorgia`, or a title, `Ministro`), not one that opens it (`Secondo`) nor an article (`Il`), or
    on a role in lower case (`il ministro`)."""
    head = before.rstrip(" ")
    if len(head) == len(before) or head.endswith("\n"):
        return False  # the name opens its line, or is glued to what comes before it
    word = _CAPITALISED_WORD.search(head)
    if not word:
        return bool(_AFTER_A_ROLE.search(head))
    if word[0].casefold() in _FUNCTION_WORDS:
        return False  # `secondo Il Corriere di Valmora`: the outlet's own article
    earlier = head[: word.start()].rstrip(" ")
    return bool(earlier) and earlier[-1] not in '.!?:;\n"“«(*#>|-–—'


_FUNCTION_WORDS = lang.union(lambda language: language.stopwords)
_AFTER_A_ROLE = re.compile(
    r"\b(?:" + lang.words(lang.union(lambda language: language.role_heads)) + r")$", re.IGNORECASE
)


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
    signed = signed_outlet(lines)
    outlet, outlet_basis = signed if signed else (file_name_outlet(source_file.path.name, text), "file name")
    return Article(
        source=source,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        title=find_title(lines),
        outlet=outlet,
        outlet_basis=outlet_basis if outlet else None,
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
