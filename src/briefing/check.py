"""Re-verify a written briefing against its sources: every statement cited, every id resolves,
every quote exactly where it says, in the file as decoded with its recorded encoding.

What it reads, and no more: the briefing JSON (a regular file, at most `MAX_JSON_BYTES`), and each
source that the briefing lists in `sources` (regular files, at most the article size limit),
found beside the briefing: relative to its folder, its folder's parent (the usual `out/` beside
the sources' folder) or, last, the working folder, so `briefing check` works from any folder. A
file named in a citation but not listed in `sources` is never opened. Messages quote at most the
quote the briefing expected, never what a file holds instead.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from briefing.errors import SourceError
from briefing.ingest import MAX_BYTES, read_bounded, source_path
from briefing.models import INDEX_SCHEMA, SCHEMA

MAX_JSON_BYTES = 256 * 1024 * 1024


class CheckReport(BaseModel):
    statements: int = 0
    citations: int = 0
    problems: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _shown(text: object, limit: int = 60) -> str:
    """A value from the JSON as it can be shown on one line: repr-escaped and shortened."""
    value = str(text)
    return ascii(value[:limit] + ("…" if len(value) > limit else ""))


def _load(path: Path, report: CheckReport) -> Any:
    try:
        data = read_bounded(path, str(path), MAX_JSON_BYTES)
        return json.loads(data.decode("utf-8"))
    except SourceError as error:
        report.problems.append(f"{error.message}")
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        report.problems.append(f"{path}: not a JSON file ({type(error).__name__})")
    return None


def check_briefing(path: Path, _listed_by: frozenset[Path] = frozenset()) -> CheckReport:
    report = CheckReport()
    data = _load(path, report)
    if report.problems:
        return report
    if isinstance(data, dict) and data.get("schema") == INDEX_SCHEMA:
        return _check_index(path, data, report, _listed_by)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        schema = data.get("schema") if isinstance(data, dict) else None
        report.problems.append(f"{path}: not a {SCHEMA} briefing (schema is {_shown(schema)})")
        return report

    citations = data.get("citations")
    sections = data.get("sections")
    if not isinstance(citations, dict) or not isinstance(sections, list):
        report.problems.append(f"{path}: has no citations object or no sections list")
        return report
    _check_statements(sections, citations, report)
    if report.statements == 0:
        report.problems.append(f"{path}: holds no statements; an empty briefing verifies nothing")
    _check_citations(path, data, citations, report)
    return report


def _check_statements(sections: list[Any], citations: dict[str, Any], report: CheckReport) -> None:
    for section in sections:
        if not isinstance(section, dict) or not isinstance(section.get("statements", []), list):
            report.problems.append(f"section {_shown(section)}: not a section with a statements list")
            continue
        heading = _shown(section.get("heading", "?"))
        for number, statement in enumerate(section.get("statements") or [], start=1):
            report.statements += 1
            where = f"section {heading}, statement {number}"
            if not isinstance(statement, dict) or not isinstance(statement.get("text"), str):
                report.problems.append(f"{where}: not a statement with a text")
                continue
            if not statement["text"].strip():
                report.problems.append(f"{where}: is empty")
            cited = [statement, *[p for p in statement.get("points") or [] if isinstance(p, dict)]]
            for item in cited:
                ids = item.get("citations")
                if not isinstance(ids, list) or not ids:
                    report.problems.append(f"{where}: has no citation")
                    continue
                for cid in ids:
                    if not isinstance(cid, str) or cid not in citations:
                        report.problems.append(f"{where}: cites {_shown(cid)}, which is not in citations")


def _check_citations(
    path: Path, data: dict[str, Any], citations: dict[str, Any], report: CheckReport
) -> None:
    listed = data.get("sources")
    sources = (
        {s["source"]: s for s in listed if isinstance(s, dict) and isinstance(s.get("source"), str)}
        if isinstance(listed, list)
        else {}
    )
    texts: dict[str, str | None] = {}
    for cid, citation in citations.items():
        report.citations += 1
        name = _shown(cid)
        if not isinstance(citation, dict):
            report.problems.append(f"{name}: not a citation object")
            continue
        source, start, end, quote = (citation.get(k) for k in ("source", "start", "end", "quote"))
        if not isinstance(source, str) or source not in sources:
            report.problems.append(f"{name}: its source {_shown(source)} is not listed in sources; not read")
            continue
        if not (type(start) is int and type(end) is int and 0 <= start < end):
            report.problems.append(f"{name}: start and end must be integers with 0 <= start < end")
            continue
        if not isinstance(quote, str) or not quote:
            report.problems.append(f"{name}: has no quote")
            continue
        if source not in texts:
            texts[source] = _read_source(source, sources[source], path, report)
        text = texts[source]
        if text is None:
            report.problems.append(f"{name}: source {_shown(source, 200)} could not be read")
        elif text[start:end] != quote:
            report.problems.append(
                f"{name}: {_shown(source, 200)}[{start}:{end}] does not hold the quoted {_shown(quote)}"
            )


def _candidates(source: str, briefing: Path) -> list[Path]:
    path = source_path(source)
    if path.is_absolute():
        return [path]
    folder = briefing.resolve().parent
    found: list[Path] = []
    for base in (folder, folder.parent, Path.cwd()):
        candidate = base / path
        if candidate not in found and candidate.is_file():
            found.append(candidate)
    return found


def _read_source(source: str, info: dict[str, Any], briefing: Path, report: CheckReport) -> str | None:
    """The listed source's text; with a recorded sha256, the first candidate that matches it."""
    expected = info.get("sha256")
    shown = _shown(source, 200)
    candidates = _candidates(source, briefing)
    if not candidates:
        report.problems.append(f"{shown}: not found beside {briefing} nor in the working folder")
        return None
    data = None
    for candidate in candidates:
        try:
            data = read_bounded(candidate, source, MAX_BYTES)
        except SourceError as error:
            report.problems.append(f"{shown}: {error.reason}")
            return None
        if not expected or hashlib.sha256(data).hexdigest() == expected:
            break
    else:
        report.problems.append(f"{shown}: its sha256 is not the one recorded: the source has changed")
        return None
    if not expected:
        report.warnings.append(f"{shown}: no sha256 recorded, so the file's identity is not verified")
    try:
        return data.decode(str(info.get("encoding") or "utf-8"))
    except (UnicodeDecodeError, LookupError):
        report.problems.append(f"{shown}: cannot be decoded as {_shown(info.get('encoding'))}")
        return None


def _check_index(
    path: Path, data: dict[str, Any], report: CheckReport, listed_by: frozenset[Path]
) -> CheckReport:
    """An `--every` index passes when every briefing/1 JSON it lists passes."""
    here = path.resolve()
    if here in listed_by:
        report.problems.append(f"{path}: an index that lists itself (or an index that lists it)")
        return report
    rows = data.get("briefings")
    if not isinstance(rows, list) or not rows:
        report.problems.append(f"{path}: an index that lists no briefings")
        return report
    for row in rows:
        files = row.get("files") if isinstance(row, dict) else None
        name = files.get("json") if isinstance(files, dict) else None
        if not name:
            continue
        if not isinstance(name, str) or Path(name).name != name or name.startswith("."):
            report.problems.append(f"{path}: lists {_shown(name)}, not a file name in its folder")
            continue
        listed = path.parent / name
        if not listed.is_file():
            report.problems.append(f"{path}: lists {name}, which is missing")
            continue
        found = check_briefing(listed, listed_by | {here})
        report.statements += found.statements
        report.citations += found.citations
        report.problems += [f"{name}: {problem}" for problem in found.problems]
        report.warnings += [f"{name}: {warning}" for warning in found.warnings]
    return report
