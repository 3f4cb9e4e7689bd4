"""Re-verify a written briefing against its sources: every statement cited, every id resolves,
every quote exactly where it says, in the file as decoded with its recorded encoding."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import BaseModel, Field

from briefing.models import INDEX_SCHEMA, SCHEMA


class CheckReport(BaseModel):
    statements: int = 0
    citations: int = 0
    problems: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _locate(source: str, briefing_path: Path) -> Path | None:
    """The source as named (relative to the working folder), else relative to the briefing's
    folder or its parent (a briefing moved together with its sources)."""
    candidates = [Path(source)]
    if not Path(source).is_absolute():
        candidates += [briefing_path.parent / source, briefing_path.parent.parent / source]
    return next((path for path in candidates if path.is_file()), None)


def check_briefing(path: Path) -> CheckReport:
    report = CheckReport()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        report.problems.append(f"{path}: cannot read as JSON: {error}")
        return report
    if isinstance(data, dict) and data.get("schema") == INDEX_SCHEMA:
        return _check_index(path, data, report)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        report.problems.append(
            f"{path}: not a {SCHEMA} briefing (schema is "
            f"{data.get('schema') if isinstance(data, dict) else None!r})"
        )
        return report

    citations = data.get("citations") or {}
    for section in data.get("sections") or []:
        heading = section.get("heading", "?")
        for number, statement in enumerate(section.get("statements") or [], start=1):
            report.statements += 1
            ids = statement.get("citations") or []
            where = f"section {heading!r}, statement {number}"
            if not ids:
                report.problems.append(f"{where}: has no citation")
            for cid in ids:
                if cid not in citations:
                    report.problems.append(f"{where}: cites {cid!r}, which is not in citations")

    sources = {s.get("source"): s for s in data.get("sources") or [] if isinstance(s, dict)}
    texts: dict[str, str | None] = {}
    for cid, citation in citations.items():
        report.citations += 1
        source = citation.get("source", "")
        if source not in texts:
            texts[source] = _read_source(source, sources.get(source, {}), path, report)
        text = texts[source]
        if text is None:
            report.problems.append(f"{cid}: source {source} could not be read")
            continue
        start, end, quote = citation.get("start"), citation.get("end"), citation.get("quote")
        if not isinstance(start, int) or not isinstance(end, int) or not isinstance(quote, str):
            report.problems.append(f"{cid}: start, end and quote must be two integers and a text")
        elif text[start:end] != quote:
            found = text[start:end]
            report.problems.append(
                f"{cid}: {source}[{start}:{end}] is {found[:60]!r}, not the quoted {quote[:60]!r}"
            )
    return report


def _read_source(source: str, info: dict[str, str], briefing: Path, report: CheckReport) -> str | None:
    located = _locate(source, briefing)
    if located is None:
        return None
    data = located.read_bytes()
    expected = info.get("sha256")
    if expected and hashlib.sha256(data).hexdigest() != expected:
        report.warnings.append(f"{source} has changed since the briefing was built")
    try:
        return data.decode(info.get("encoding") or "utf-8")
    except (UnicodeDecodeError, LookupError):
        return None


def _check_index(path: Path, data: dict[str, object], report: CheckReport) -> CheckReport:
    """An `--every` index passes when every briefing/1 JSON it lists passes."""
    rows = data.get("briefings")
    for row in rows if isinstance(rows, list) else []:
        name = (row.get("files") or {}).get("json") if isinstance(row, dict) else None
        if not name:
            continue
        listed = path.parent / str(name)
        if not listed.is_file():
            report.problems.append(f"{path}: lists {name}, which is missing")
            continue
        found = check_briefing(listed)
        report.statements += found.statements
        report.citations += found.citations
        report.problems += [f"{name}: {problem}" for problem in found.problems]
        report.warnings += [f"{name}: {warning}" for warning in found.warnings]
    return report
